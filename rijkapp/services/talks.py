"""Talks of the gesprekscyclus Rijk: check and save, delete, the PDF for the manager, and
reading the manager's part back from it.

:func:`save_talk` checks a talk at the edge (:func:`validate_talk`: each refusal names its field,
in the employee's words) and saves it with its agreements in one transaction; :func:`delete_talk`
removes one. Both return ``Changes`` (``Area.TALKS``). :func:`talk_pdf_bytes` makes the PDF of a
talk (for the preview inside the app, changing no data); :func:`save_talk_pdf` writes it to a
file. :func:`read_talk_reply` reads a returned PDF and says what it would change, changing
nothing; :func:`store_talk_reply` stores the manager's part in one transaction and returns
``Changes`` (``Area.TALKS``), or ``NOTHING`` when the talk already holds it, so reading the same
file twice changes nothing.

For the window's preview, :func:`preview_talk_pdf` makes the PDF with what it holds
(:class:`TalkPdf`) and :func:`write_talk_pdf` saves exactly the PDF that was shown. The names
and descriptions the PDF uses (sections, components, fields, the CAO's scores) are passed on
from :mod:`rijkapp.reports.talk_pdf`, so the window words them as the PDF does.

A word another tool wrote and Rijkapp does not know (an agreement's kind or status, a section
chosen for the PDF) is kept as imported: a talk that already holds it may be saved again with it,
but the app never writes a new one.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rijkapp.domain.codecs import MAX_NAME
from rijkapp.domain.errors import ValidationError
from rijkapp.domain.records import TALK_SECTIONS, Agreement, Dossier, Talk, TalkStatus
from rijkapp.files import write_whole
from rijkapp.i18n import N_
from rijkapp.reports.talk_import import PdfRefused, TalkReply, read_pdf_file, read_reply
from rijkapp.reports.talk_pdf import (
    AGREEMENT_KINDS,
    AGREEMENT_STATUSES,
    FIELD_LABELS,
    PURPOSE_NAMES,
    SCORE_DESCRIPTIONS,
    SCORES,
    SECTION_TITLES,
    TalkNotFound,
    find_talk,
    make_talk_pdf,
    talk_content,
)
from rijkapp.services.changes import Area, Changes, changed
from rijkapp.services.checked import save_checked
from rijkapp.store.repository import Store

# The statuses of a talk that took place.
HAPPENED = frozenset({TalkStatus.GEVOERD, TalkStatus.AFGEROND})

__all__ = [
    "FIELD_LABELS",
    "HAPPENED",
    "PURPOSE_NAMES",
    "SCORE_DESCRIPTIONS",
    "SECTION_TITLES",
    "PdfRefused",
    "TalkNotFound",
    "TalkPdf",
    "TalkReply",
    "delete_talk",
    "load_talk",
    "preview_talk_pdf",
    "read_talk_reply",
    "save_talk",
    "save_talk_pdf",
    "store_talk_reply",
    "talk_pdf_bytes",
    "validate_talk",
    "write_talk_pdf",
]


# ------------------------------------------------------------------------------- checks


def _known(word: str, known: Collection[str], imported: Collection[str]) -> bool:
    """Whether ``word`` may be saved: one Rijkapp knows, or one the record already had."""
    return word in known or word in imported


def _too_long(field: str, text: str) -> list[ValidationError]:
    if len(text) <= MAX_NAME:
        return []
    return [
        ValidationError(
            field,
            N_("is too long ({length} characters; at most {limit})."),
            length=len(text),
            limit=MAX_NAME,
        )
    ]


def _agreement_errors(
    index: int, agreement: Agreement, before: Agreement | None
) -> list[ValidationError]:
    where = f"agreements[{index}]"
    errors = []
    if not agreement.text.strip():
        errors.append(ValidationError(f"{where}.text", N_("Fill in what the agreement is.")))
    kinds = (before.kind,) if before is not None else ()
    if not _known(agreement.kind, AGREEMENT_KINDS, kinds):
        errors.append(
            ValidationError(
                f"{where}.kind",
                N_("Choose the kind of agreement: result, development, career or employability."),
            )
        )
    statuses = (before.status,) if before is not None else ()
    if not _known(agreement.status, AGREEMENT_STATUSES, statuses):
        errors.append(
            ValidationError(
                f"{where}.status",
                N_("Choose the status of the agreement: open, under way, done or stopped."),
            )
        )
    return errors


def validate_talk(talk: Talk, today: date, stored: Talk | None = None) -> list[ValidationError]:
    """What is wrong with a talk on ``today``, each naming its field; empty when it may be saved.

    ``stored`` is the talk as it is stored now (None for a new one): the words another tool
    wrote that it holds may stay.
    """
    errors: list[ValidationError] = []
    if not isinstance(talk.on, date):
        errors.append(ValidationError("on", N_("Fill in the date of the talk.")))
    elif talk.on > today and talk.status in HAPPENED:
        errors.append(
            ValidationError(
                "status",
                N_(
                    "A talk on a day still to come has not been held yet; keep it as concept "
                    "or shared."
                ),
            )
        )
    start, end = talk.period_from, talk.period_to
    if start is not None and end is not None and end < start:
        errors.append(
            ValidationError("period_to", N_("The end of the period lies before its start."))
        )
    errors += _too_long("manager", talk.manager)
    if not isinstance(talk.status, TalkStatus):
        errors.append(
            ValidationError(
                "status",
                N_("Choose the status of the talk: concept, shared, held or completed."),
            )
        )
    for index, informant in enumerate(talk.informants):
        field = f"informants[{index}].name"
        if not informant.name.strip():
            errors.append(ValidationError(field, N_("Fill in the name of the informant.")))
        errors += _too_long(field, informant.name)
    ids = [a.id for a in talk.agreements]
    before = {a.id: a for a in stored.agreements} if stored is not None else {}
    for index, agreement in enumerate(talk.agreements):
        if not agreement.id or ids.index(agreement.id) < index:
            raise ValueError(f"agreement ids must be unique and given: {ids}")
        errors += _agreement_errors(index, agreement, before.get(agreement.id))
    for field in ("self_score", "manager_score"):
        score = getattr(talk, field)
        if score is not None and score not in SCORES:
            errors.append(ValidationError(field, N_("Choose a score: ++, +, +/- or -.")))
    imported = stored.in_pdf if stored is not None else ()
    for index, section in enumerate(talk.in_pdf):
        if not _known(section, TALK_SECTIONS, imported):
            errors.append(
                ValidationError(
                    f"in_pdf[{index}]",
                    N_("{value} is not a part of the talk that can go in the PDF."),
                    value=section,
                )
            )
    return errors


# ------------------------------------------------------------------------------- talks


def _stored(store: Store, talk_id: str) -> Talk | None:
    for talk in store.talks():
        if talk.id == talk_id:
            return talk
    return None


def save_talk(store: Store, talk: Talk, *, today: date) -> Changes:
    """Add or change a talk with its agreements, checked on ``today``, in one transaction."""
    return save_checked(
        store, talk, lambda: validate_talk(talk, today, _stored(store, talk.id)), Area.TALKS
    )


def delete_talk(store: Store, talk_id: str) -> Changes:
    """Delete a talk; its agreements go with it."""
    return changed(store.delete(Talk, talk_id), Area.TALKS)


# ------------------------------------------------------------------------------- the PDF


def talk_pdf_bytes(store: Store, talk_id: str, language: str = "nl") -> bytes:
    """The PDF of the talk ``talk_id`` in ``language`` (``nl`` or ``en``); nothing is changed."""
    return make_talk_pdf(store.dossier(), talk_id, language)


def save_talk_pdf(store: Store, talk_id: str, path: Path, language: str = "nl") -> None:
    """Write the PDF of the talk ``talk_id`` to ``path``; a file already there is replaced only
    once the new one is complete."""
    write_whole(path, talk_pdf_bytes(store, talk_id, language))


def read_talk_reply(store: Store, path: Path) -> TalkReply:
    """The talk PDF at ``path`` read against the stored talks; nothing is changed."""
    return read_reply(read_pdf_file(path), Dossier(talks=store.talks()))


def store_talk_reply(store: Store, path: Path) -> tuple[TalkReply, Changes]:
    """Store the manager's part of the talk PDF at ``path``, in one transaction."""
    data = read_pdf_file(path)
    with store.db.transaction():
        reply = read_reply(data, Dossier(talks=store.talks()))
        return reply, changed(store.save(reply.updated), Area.TALKS)


# ---------------------------------------------------------------- for the window's preview
@dataclass(frozen=True)
class TalkPdf:
    """A talk's PDF as the window previews it: the bytes, and which sections it holds.

    ``shown`` are the chosen sections with something to show, in the PDF's order; ``empty`` are
    chosen but have nothing to show, so they are not in it; ``not_chosen`` are left out.
    """

    talk: Talk
    language: str
    data: bytes
    shown: tuple[str, ...]
    empty: tuple[str, ...]
    not_chosen: tuple[str, ...]


def preview_talk_pdf(store: Store, talk_id: str, language: str | None = None) -> TalkPdf:
    """The PDF of the talk ``talk_id`` with what it shows; nothing is written. Without a
    ``language`` it is in the one the profile prefers for documents."""
    dossier = store.dossier()
    talk = find_talk(dossier, talk_id)
    language = language or dossier.profile.language or "nl"
    shown = tuple(s["name"] for s in talk_content(dossier, talk, language)["sections"])
    chosen = tuple(name for name in TALK_SECTIONS if name in talk.in_pdf)
    return TalkPdf(
        talk,
        language,
        make_talk_pdf(dossier, talk_id, language),
        shown,
        tuple(name for name in chosen if name not in shown),
        tuple(name for name in TALK_SECTIONS if name not in chosen),
    )


def write_talk_pdf(path: Path, data: bytes) -> Path:
    """Write a PDF made before (the one previewed) to ``path``; a file already there is replaced
    only once the new one is complete (``FileNotWritten`` says why it could not be)."""
    write_whole(path, data)
    return path


def load_talk(store: Store, talk_id: str) -> Talk:
    """The talk ``talk_id`` as stored now (``TalkNotFound`` when it is not there)."""
    return find_talk(Dossier(talks=store.talks()), talk_id)

"""The PDF of one talk for the manager: what it shows, the data it carries, and making it.

The employee chooses per section what goes in (``Talk.in_pdf``); nothing else does. Salary, IKB,
leave, private notes and what informants said are never in the dossier's part that this module
reads, so they cannot end up in the PDF; the private reflection on learning goes in only when the
employee chooses the section ``leerreflectie``. The content is
worked out here, without reportlab (:func:`talk_content`); :mod:`rijkapp.reports.talk_layout`
lays it out with reportlab and pypdf, both imported only when a PDF is made.

The PDF carries its data as the attachment :data:`ATTACHMENT`: the talk id, an id for this
document, the format version, the content shown and a SHA-256 checksum over all of that. The
checksum shows that the attachment was changed; it is not a signature (anyone can compute one).
The manager's part is a set of form fields named in :data:`FIELD_NAMES`, read back by
:mod:`rijkapp.reports.talk_import`.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from rijkapp.domain.errors import RijkappError
from rijkapp.domain.records import (
    TALK_SECTIONS,
    TALK_TOPICS,
    Agreement,
    Dossier,
    LearningActivity,
    LearningKind,
    LearningStatus,
    Talk,
    TalkPurpose,
)
from rijkapp.domain.values import Hours
from rijkapp.i18n import N_

ATTACHMENT = "rijkapp-gesprek.json"
DOCUMENT_FORMAT = "rijkapp-gesprek"
FORMAT_VERSION = 1
SCORES = ("++", "+", "+/-", "-")
# The form fields of the manager's part and the employee's reaction, in the order of the PDF.
FIELD_NAMES = (
    "manager_conclusion",
    "manager_score",
    "manager_remarks",
    "manager_name",
    "review_date",
    "employee_reaction",
)

FIELD_LABELS: Mapping[str, str] = {
    "manager_conclusion": N_("Summary conclusion"),
    "manager_score": N_("Score"),
    "manager_remarks": N_("Remarks"),
    "manager_name": N_("Name of the manager"),
    "review_date": N_("Date of the review"),
    "employee_reaction": N_("My reaction"),
}

PURPOSE_NAMES: Mapping[str, str] = {
    TalkPurpose.PLANNEN: N_("Planning talk"),
    TalkPurpose.REFLECTEREN: N_("Reflecting on functioning"),
    TalkPurpose.EVALUEREN: N_("Evaluation with conclusion"),
}
SECTION_TITLES: Mapping[str, str] = {
    "omstandigheden": N_("The circumstances in which the work was done"),
    "resultaten": N_("The results and how they were reached"),
    "eigen_oordeel": N_("My own view of my functioning"),
    "afspraken_werk": N_("Agreements on the work for the coming period"),
    "ontwikkeling": N_("Agreements on my development (lifelong learning)"),
    "loopbaan": N_("My career after five years in this function"),
    "inzetbaarheid": N_("Employability and vitality"),
    "integriteit": N_("Integrity and outside work"),
    "werkbeleving": N_("How I experience my work"),
    "informanten": N_("Informants"),
    "afspraken": N_("Agreements"),
    "leeractiviteiten": N_("Learning in this period"),
    "leerreflectie": N_("What I learned: my reflection"),
    "vragen": N_("My questions for my manager"),
}
# The CAO Rijk's description of each score of the summary conclusion.
SCORE_DESCRIPTIONS: Mapping[str, str] = {
    "++": N_("well above the agreements and expectations"),
    "+": N_("in line with the agreements and expectations"),
    "+/-": N_(
        "(not yet) fully in line with the agreements and expectations; improvement needed in parts"
    ),
    "-": N_("clearly behind the agreements and expectations; an improvement plan is needed"),
}
AGREEMENT_KINDS: Mapping[str, str] = {
    "result": N_("Result"),
    "development": N_("Development"),
    "career": N_("Career"),
    "inzetbaarheid": N_("Employability"),
}
AGREEMENT_STATUSES: Mapping[str, str] = {
    "open": N_("Open"),
    "busy": N_("Under way"),
    "done": N_("Done"),
    "stopped": N_("Stopped"),
}


class TalkNotFound(RijkappError):
    """The talk asked for is not in the dossier."""


def find_talk(dossier: Dossier, talk_id: str) -> Talk:
    for talk in dossier.talks:
        if talk.id == talk_id:
            return talk
    raise TalkNotFound(N_("There is no talk {id} in your data."), id=talk_id)


def covering_plannen(dossier: Dossier, talk: Talk) -> Talk | None:
    """The planning talk whose period covers the date of a reflecting or evaluating talk (both
    edges inclusive); the latest of them when periods overlap; None for a planning talk."""
    if talk.purpose == TalkPurpose.PLANNEN:
        return None
    covering = [
        planned
        for planned in dossier.talks
        if planned.purpose == TalkPurpose.PLANNEN
        and planned.period_from is not None
        and planned.period_to is not None
        and planned.period_from <= talk.on <= planned.period_to
    ]
    return max(covering, key=lambda planned: (planned.on, planned.id), default=None)


def agreements_source(dossier: Dossier, talk: Talk) -> Talk | None:
    """The talk whose agreements ``talk`` shows: its own when it has them or plans them, else
    those of the planning talk whose period covers it (carried from plannen to reflecteren and
    evalueren)."""
    if talk.agreements or talk.purpose == TalkPurpose.PLANNEN:
        return talk
    return covering_plannen(dossier, talk)


def carried_agreements(dossier: Dossier, talk: Talk) -> tuple[Agreement, ...]:
    """The agreements of a talk; a reflecting or evaluating talk without its own agreements
    carries those of the planning talk whose period covers its date."""
    source = agreements_source(dossier, talk)
    return source.agreements if source is not None else ()


@dataclass(frozen=True)
class PeriodCertificate:
    title: str  # the file name, as the certificate is known in the app
    valid_until: date | None  # the last valid day; None: it does not expire


@dataclass(frozen=True)
class PeriodActivity:
    """One learning activity of a talk's period, as the preparation and the PDF show it."""

    activity_id: str
    title: str
    kind: LearningKind | str  # a kind another tool wrote stays its own text
    start: date | None
    end: date | None
    hours: Hours
    status: LearningStatus
    budget_id: str | None
    certificates: tuple[PeriodCertificate, ...]
    # Private: shown in the app's preparation; in the PDF only when "leerreflectie" is chosen.
    reflection: str


def activities_in_period(dossier: Dossier, talk: Talk) -> tuple[LearningActivity, ...]:
    """The learning activities that ran during the talk's period (none without a period), by
    start."""
    if talk.period_from is None or talk.period_to is None:
        return ()
    start, end = talk.period_from, talk.period_to

    def overlaps(activity: LearningActivity) -> bool:
        first = activity.start or activity.end
        last = activity.end or activity.start
        return first is not None and last is not None and first <= end and last >= start

    found = [a for a in dossier.learning_activities if overlaps(a)]
    return tuple(sorted(found, key=lambda a: (a.start or a.end or date.min, a.id)))


def learning_of_period(dossier: Dossier, talk: Talk) -> tuple[PeriodActivity, ...]:
    """The learning of the talk's period: what the preparation shows and the PDF is made from."""
    return tuple(
        PeriodActivity(
            activity_id=a.id,
            title=a.title,
            kind=a.kind,
            start=a.start,
            end=a.end,
            hours=a.hours,
            status=a.status,
            budget_id=a.budget_id,
            certificates=tuple(
                PeriodCertificate(c.filename, c.valid_until) for c in a.certificates
            ),
            reflection=a.reflection,
        )
        for a in activities_in_period(dossier, talk)
    )


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _rows(
    dossier: Dossier, talk: Talk, name: str, learning: tuple[PeriodActivity, ...]
) -> tuple[str, list[dict[str, Any]]] | None:
    """The rows of a section that is a list, under their key; None for a name not known."""
    if name == "informanten":
        return "informants", [{"name": i.name, "function": i.function} for i in talk.informants]
    if name == "afspraken":
        agreements = [
            {
                "id": a.id,
                "kind": a.kind,
                "text": a.text,
                "measure": a.measure,
                "due": _day(a.due),
                "status": a.status,
                "reflection": a.reflection,
            }
            for a in carried_agreements(dossier, talk)
        ]
        return "agreements", agreements
    if name == "leeractiviteiten":
        activities = [
            {
                "title": a.title,
                "kind": str(a.kind),
                "start": _day(a.start),
                "end": _day(a.end),
                "hours": str(a.hours),
                "status": str(a.status),
            }
            for a in learning
        ]
        return "activities", activities
    if name == "leerreflectie":
        reflections = [
            {"title": a.title, "reflection": a.reflection.strip()}
            for a in learning
            if a.reflection.strip()
        ]
        return "reflections", reflections
    return None


def _section(
    dossier: Dossier, talk: Talk, name: str, learning: tuple[PeriodActivity, ...]
) -> dict[str, Any] | None:
    """One chosen section as the PDF shows it, or None when it has nothing to show."""
    if name in TALK_TOPICS or name == "vragen":
        text = talk.topic(name) if name in TALK_TOPICS else talk.questions_for_manager
        return {"name": name, "text": text.strip()} if text.strip() else None
    found = _rows(dossier, talk, name, learning)
    if found is None:
        return None  # a section name from a newer version: this one does not know what it shows
    key, rows = found
    return {"name": name, key: rows} if rows else None


def talk_content(dossier: Dossier, talk: Talk, language: str) -> dict[str, Any]:
    """Everything the PDF shows, as plain JSON values, in the order it shows it."""
    chosen = [name for name in TALK_SECTIONS if name in talk.in_pdf]
    learning = learning_of_period(dossier, talk)
    found = (_section(dossier, talk, name, learning) for name in chosen)
    sections = [section for section in found if section is not None]
    profile = dossier.profile
    return {
        "language": language,
        "employee": {
            "name": profile.name,
            "job_title": profile.job_title,
            "organisation": profile.organisation,
            "unit": profile.unit,
        },
        "talk": {
            "purpose": str(talk.purpose),
            "date": talk.on.isoformat(),
            "period_from": _day(talk.period_from),
            "period_to": _day(talk.period_to),
            "manager": talk.manager,
        },
        "sections": sections,
    }


def checksum(document: Mapping[str, Any]) -> str:
    """The SHA-256 of an attachment's data (everything in it but the checksum itself)."""
    signed = {key: value for key, value in document.items() if key != "sha256"}
    canonical = json.dumps(signed, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def attachment_document(talk_id: str, content: dict[str, Any], document_id: str) -> dict[str, Any]:
    """The JSON the PDF carries: which talk, which document, which version, what it shows."""
    document: dict[str, Any] = {
        "format": DOCUMENT_FORMAT,
        "version": FORMAT_VERSION,
        "talk_id": talk_id,
        "document_id": document_id,
        "content": content,
    }
    document["sha256"] = checksum(document)
    return document


def make_talk_pdf(
    dossier: Dossier, talk_id: str, language: str = "nl", document_id: str | None = None
) -> bytes:
    """The PDF of the talk ``talk_id`` in ``language`` (``nl`` or ``en``), as bytes."""
    from rijkapp.reports import talk_layout  # reportlab and pypdf: only when a PDF is made

    talk = find_talk(dossier, talk_id)
    content = talk_content(dossier, talk, language)
    document = attachment_document(talk.id, content, document_id or str(uuid.uuid4()))
    return talk_layout.render(content, document, language)

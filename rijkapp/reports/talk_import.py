"""Reading a talk PDF back: the manager's part, from a PDF that Rijkapp made for this dossier.

What is refused, each with its own message and without changing anything (:class:`PdfRefused`):
a file that is not a PDF, one larger than :data:`MAX_PDF`, a malformed or truncated one, one
without Rijkapp's attachment, one whose attachment was changed (its checksum no longer holds),
one whose form field holds something other than text (a number, a name, a dictionary), and one
for a talk that is not in the dossier. Form fields other than Rijkapp's (a signature, say) are
not read. The attachment is looked up by its exact name and read into memory; no name from the
file is ever used as a path. pypdf is imported only here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from rijkapp.domain.codecs import MAX_NAME, MAX_TEXT
from rijkapp.domain.errors import RijkappError
from rijkapp.domain.records import Dossier, Talk
from rijkapp.i18n import N_
from rijkapp.reports.talk_pdf import (
    ATTACHMENT,
    DOCUMENT_FORMAT,
    FIELD_NAMES,
    FORMAT_VERSION,
    SCORES,
    checksum,
)

MAX_PDF = 20 * 1024 * 1024  # bytes of a talk PDF
MAX_ATTACHMENT = 2 * 1024 * 1024  # bytes of its data
_DUTCH_DATE = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$")
_SURROGATE = re.compile("[\ud800-\udfff]")  # cannot be stored as text


class PdfRefused(RijkappError):
    """The file cannot be read back as a talk PDF; nothing was changed."""


@dataclass(frozen=True)
class ManagerPart:
    """What the form fields hold; None where a field was left empty."""

    conclusion: str | None
    score: str | None
    remarks: str | None
    name: str | None
    review_date: date | None
    employee_reaction: str | None


@dataclass(frozen=True)
class Difference:
    """One field of the talk that reading the PDF changes."""

    field: str  # the Talk attribute
    before: str | None
    after: str


@dataclass(frozen=True)
class TalkReply:
    """A talk PDF read back: which talk and document, the manager's part, what would change."""

    talk_id: str
    document_id: str
    part: ManagerPart
    talk: Talk  # the talk as it is now
    updated: Talk  # the talk with the manager's part

    @property
    def differences(self) -> tuple[Difference, ...]:
        found = []
        for name in _ATTRIBUTES:
            before, after = getattr(self.talk, name), getattr(self.updated, name)
            if before != after:
                found.append(Difference(name, _text(before), _text(after) or ""))
        return tuple(found)


# The Talk attributes the manager's part fills, in the order of the PDF.
_ATTRIBUTES = (
    "manager_conclusion",
    "manager_score",
    "manager_remarks",
    "manager_name",
    "review_date",
    "employee_reaction",
)


def _text(value: object) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _refuse(template: str, **values: str | int) -> PdfRefused:
    return PdfRefused(template, **values)


def read_pdf_file(path: Path) -> bytes:
    """The bytes of a talk PDF, refused when too large before anything is read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(
            N_("The file {file} cannot be read: {reason}"), file=path.name, reason=str(exc)
        ) from None
    if size > MAX_PDF:
        raise _refuse(
            N_("The file is too large for a talk PDF ({size} MB; at most {limit} MB)."),
            size=size // (1024 * 1024),
            limit=MAX_PDF // (1024 * 1024),
        )
    return path.read_bytes()


def _attachment(data: bytes) -> tuple[dict[str, Any], dict[str, str | None]]:
    """The attachment's document and the form's values, from a PDF's bytes."""
    import io

    from pypdf import PdfReader

    if len(data) > MAX_PDF:
        raise _refuse(
            N_("The file is too large for a talk PDF ({size} MB; at most {limit} MB)."),
            size=len(data) // (1024 * 1024),
            limit=MAX_PDF // (1024 * 1024),
        )
    if b"%PDF-" not in data[:1024]:
        raise _refuse(N_("This file is not a PDF."))
    if b"%%EOF" not in data[-2048:]:
        raise _refuse(N_("This PDF is incomplete: its end is missing. Ask for the file again."))
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        found = reader.attachments.get(ATTACHMENT)
        fields = reader.get_fields() or {}
        values = {
            name: _field_text(fields[name].get("/V")) for name in FIELD_NAMES if name in fields
        }
    except PdfRefused:
        raise
    except Exception:  # whatever a damaged file makes pypdf raise
        raise _refuse(N_("This PDF is damaged and cannot be read.")) from None
    if not found:
        raise _refuse(
            N_("This PDF was not made by Rijkapp for a talk: it does not carry the talk's data.")
        )
    raw = found[0]
    if len(raw) > MAX_ATTACHMENT:
        raise _refuse(N_("The talk's data in this PDF has been changed; it cannot be read back."))
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _refuse(
            N_("The talk's data in this PDF has been changed; it cannot be read back.")
        ) from None
    if not isinstance(document, dict) or document.get("format") != DOCUMENT_FORMAT:
        raise _refuse(
            N_("This PDF was not made by Rijkapp for a talk: it does not carry the talk's data.")
        )
    if not _intact(document):
        raise _refuse(N_("The talk's data in this PDF has been changed; it cannot be read back."))
    if document.get("version") != FORMAT_VERSION:
        raise _refuse(
            N_("This PDF was made by another version of Rijkapp (format {version})."),
            version=str(document.get("version")),
        )
    return document, values


def _intact(document: dict[str, Any]) -> bool:
    """Whether the attachment's checksum holds; it cannot over a lone surrogate, which Rijkapp
    never writes."""
    try:
        return bool(document.get("sha256") == checksum(document))
    except UnicodeEncodeError:
        return False


def _field_text(value: Any) -> str | None:
    """What one of Rijkapp's form fields holds as text, None when it holds nothing; refused
    when it holds something else (a number, a name, a dictionary, bytes that are not text)."""
    from pypdf.generic import ArrayObject, NullObject, TextStringObject

    if isinstance(value, ArrayObject):  # a choice field may hold a list
        value = value[0] if value else None
    if value is None or isinstance(value, NullObject):
        return None
    if not isinstance(value, TextStringObject) or _SURROGATE.search(value):
        raise _refuse(N_("A field of the PDF holds something other than text."))
    return str(value)


def _value(values: dict[str, str | None], name: str, limit: int = MAX_TEXT) -> str | None:
    """A field's text, with its line ends as in the app; None when empty."""
    value = values.get(name)
    if value is None:
        return None
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > limit:
        raise _refuse(
            N_("A field of the PDF is too long ({length} characters; at most {limit})."),
            length=len(text),
            limit=limit,
        )
    return text if text.strip() else None


def _review_date(text: str | None) -> date | None:
    if text is None:
        return None
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    match = _DUTCH_DATE.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise _refuse(
        N_("The date of the review, {value}, is not a date (YYYY-MM-DD or DD-MM-YYYY)."),
        value=text[:40],
    )


def manager_part(values: dict[str, str | None]) -> ManagerPart:
    score = _value(values, "manager_score")
    if score is not None:
        score = score.strip()
        if score not in SCORES:
            raise _refuse(
                N_("The score {value} is not one of: {allowed}."),
                value=score[:10],
                allowed=", ".join(SCORES),
            )
    return ManagerPart(
        conclusion=_value(values, "manager_conclusion"),
        score=score,
        remarks=_value(values, "manager_remarks"),
        name=_value(values, "manager_name", MAX_NAME),
        review_date=_review_date(_value(values, "review_date")),
        employee_reaction=_value(values, "employee_reaction"),
    )


T = TypeVar("T")


def _or(filled: T | None, held: T | None) -> T | None:
    """What a field holds; a field left empty keeps what the talk holds."""
    return filled if filled is not None else held


def read_reply(data: bytes, dossier: Dossier) -> TalkReply:
    """The talk PDF in ``data`` read against ``dossier``; refused (:class:`PdfRefused`) when it
    cannot be. A field left empty leaves what the talk holds as it is."""
    import dataclasses

    document, values = _attachment(data)
    talk_id = document.get("talk_id")
    talk = next((t for t in dossier.talks if t.id == talk_id), None)
    if talk is None:
        raise _refuse(
            N_("This PDF is for a talk that is not in your data ({id})."), id=str(talk_id)[:100]
        )
    part = manager_part(values)
    updated = dataclasses.replace(
        talk,
        manager_conclusion=_or(part.conclusion, talk.manager_conclusion),
        manager_score=_or(part.score, talk.manager_score),
        manager_remarks=_or(part.remarks, talk.manager_remarks),
        manager_name=_or(part.name, talk.manager_name),
        review_date=_or(part.review_date, talk.review_date),
        employee_reaction=_or(part.employee_reaction, talk.employee_reaction),
    )
    return TalkReply(talk.id, str(document.get("document_id", "")), part, talk, updated)

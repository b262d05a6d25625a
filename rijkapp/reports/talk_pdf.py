"""The PDF of one talk for the manager: what it shows, the data it carries, and making it.

The employee chooses per section what goes in (``Talk.in_pdf``); nothing else does. Salary, IKB,
leave, private notes, the private reflection on learning and what informants said are never in
the dossier's part that this module reads, so they cannot end up in the PDF. The content is
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
from datetime import date
from typing import Any

from rijkapp.domain.errors import RijkappError
from rijkapp.domain.records import (
    TALK_SECTIONS,
    TALK_TOPICS,
    Agreement,
    Dossier,
    LearningActivity,
    Talk,
    TalkPurpose,
)
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


def carried_agreements(dossier: Dossier, talk: Talk) -> tuple[Agreement, ...]:
    """The agreements of a talk; a reflecting or evaluating talk without its own agreements
    carries those of the planning talk whose period covers its date."""
    if talk.agreements or talk.purpose == TalkPurpose.PLANNEN:
        return talk.agreements
    for planned in dossier.talks:
        if (
            planned.purpose == TalkPurpose.PLANNEN
            and planned.period_from is not None
            and planned.period_to is not None
            and planned.period_from <= talk.on <= planned.period_to
        ):
            return planned.agreements
    return ()


def activities_in_period(dossier: Dossier, talk: Talk) -> tuple[LearningActivity, ...]:
    """The learning activities that ran during the talk's period (none without a period)."""
    if talk.period_from is None or talk.period_to is None:
        return ()
    start, end = talk.period_from, talk.period_to

    def overlaps(activity: LearningActivity) -> bool:
        first = activity.start or activity.end
        last = activity.end or activity.start
        return first is not None and last is not None and first <= end and last >= start

    return tuple(a for a in dossier.learning_activities if overlaps(a))


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _section(dossier: Dossier, talk: Talk, name: str) -> dict[str, Any] | None:
    """One chosen section as the PDF shows it, or None when it has nothing to show."""
    if name in TALK_TOPICS:
        text = talk.topic(name).strip()
        return {"name": name, "text": text} if text else None
    if name == "vragen":
        text = talk.questions_for_manager.strip()
        return {"name": name, "text": text} if text else None
    if name == "informanten":
        people = [{"name": i.name, "function": i.function} for i in talk.informants]
        return {"name": name, "informants": people} if people else None
    if name == "afspraken":
        rows = [
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
        return {"name": name, "agreements": rows} if rows else None
    if name == "leeractiviteiten":
        found = [
            {
                "title": a.title,
                "kind": str(a.kind),
                "start": _day(a.start),
                "end": _day(a.end),
                "hours": str(a.hours),
                "status": str(a.status),
            }
            for a in activities_in_period(dossier, talk)
        ]
        return {"name": name, "activities": found} if found else None
    return None  # a section name from a newer version: this one does not know what it shows


def talk_content(dossier: Dossier, talk: Talk, language: str) -> dict[str, Any]:
    """Everything the PDF shows, as plain JSON values, in the order it shows it."""
    chosen = [name for name in TALK_SECTIONS if name in talk.in_pdf]
    sections = [s for s in (_section(dossier, talk, name) for name in chosen) if s is not None]
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

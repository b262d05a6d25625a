"""Dossier to exchange document (version 1), as the records' declarations say.

Fields the project adds to the format are written only when they differ from their default,
so a document from another tool round-trips unchanged. Fields and sections an import did not
know are written back as they came: a record's after its known fields, sections at the end.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rijkapp.domain import json_text
from rijkapp.domain.declarations import LISTS, PROFILE
from rijkapp.domain.fields import RecordKind, Records
from rijkapp.domain.records import Dossier

FORMAT = "rijkapp"
VERSION = 1


def export_record(kind: RecordKind[Any], record: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for field in kind.fields:
        value = getattr(record, field.attr)
        if field.omit_default and value == kind.defaults[field.attr]:
            continue
        if value is None:
            found[field.key] = None
        elif isinstance(field.codec, Records):
            found[field.key] = [export_record(field.codec.kind, child) for child in value]
        else:
            found[field.key] = field.codec.export(value)
    for name, value in record.extra:
        found.setdefault(name, json_text.loads(value))
    return found


def export_document(dossier: Dossier, exported_at: datetime) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        PROFILE.section: export_record(PROFILE, dossier.profile),
    }
    for kind in LISTS:
        document[kind.section] = [export_record(kind, r) for r in getattr(dossier, kind.section)]
    if dossier.settings:
        document["settings"] = dict(dossier.settings)
    for key, value in dossier.extra_sections:
        document.setdefault(key, json_text.loads(value))
    return document


def to_json(document: dict[str, Any]) -> str:
    """The document as pretty UTF-8 JSON, numbers exactly as held."""
    return json_text.dumps(document, indent=2) + "\n"

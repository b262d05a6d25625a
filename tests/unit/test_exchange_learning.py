"""The exchange format's learning activities and budgets: certificates, reason, funding, owner."""

from __future__ import annotations

import base64
import json
import os
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from rijkapp.domain.errors import ImportRefused
from rijkapp.domain.records import (
    BudgetOwner,
    Certificate,
    Funding,
    LearningKind,
    LearningStatus,
    StudyReason,
)
from rijkapp.exchange import export_document, parse_document
from rijkapp.exchange.parse import ImportRefusedWithErrors
from rijkapp.services import exchange
from rijkapp.store.session import Session
from tests.helpers import EXAMPLE, NOW

AT = datetime(2026, 11, 28, 16, 0, tzinfo=timezone(timedelta(hours=1)))
PAYLOAD = os.urandom(4096)


def example() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return document


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def older_document() -> dict[str, Any]:
    """The example as a file from before certificates[], reason and funding: one certificate."""
    doc = example()
    activity = doc["learning_activities"][0]
    for key in ("reason", "funding", "self_study_hours", "agreement_id", "certificates"):
        del activity[key]
    activity["certificate"] = {
        "filename": "certificaat.pdf",
        "media_type": "application/pdf",
        "data_base64": b64(PAYLOAD),
    }
    return doc


def errors_of(document: dict[str, Any]) -> list[str]:
    with pytest.raises(ImportRefusedWithErrors) as caught:
        parse_document(json.dumps(document))
    return [e.render("nl") for e in caught.value.errors]


def test_an_older_file_with_one_certificate_imports_it_as_the_only_one() -> None:
    dossier = parse_document(json.dumps(older_document()))
    (activity,) = dossier.learning_activities
    assert activity.certificates == (
        Certificate("certificaat.pdf", "application/pdf", PAYLOAD, id="c1"),
    )
    assert (activity.reason, activity.funding, activity.self_study_hours) == (None, (), Decimal(0))
    assert activity.agreement_id is None
    assert dossier.development_budgets[0].owner is BudgetOwner.ORGANISATIE
    exported = export_document(dossier, AT)["learning_activities"][0]
    assert "certificate" not in exported
    assert exported["certificates"] == [
        {
            "id": "c1",
            "filename": "certificaat.pdf",
            "media_type": "application/pdf",
            "issued": None,
            "valid_until": None,
            "data_base64": b64(PAYLOAD),
        }
    ]


def test_an_older_file_with_a_null_certificate_has_none() -> None:
    doc = older_document()
    doc["learning_activities"][0]["certificate"] = None
    assert parse_document(json.dumps(doc)).learning_activities[0].certificates == ()


def test_the_new_fields_are_read_as_their_words() -> None:
    (activity,) = parse_document(EXAMPLE.read_bytes()).learning_activities
    assert activity.kind is LearningKind.CURSUS and activity.status is LearningStatus.DONE
    assert activity.reason is StudyReason.LOOPBAANAFSPRAAK
    assert activity.funding == (Funding.BUDGET,)
    assert (activity.self_study_hours, activity.agreement_id) == (Decimal("12"), "g1")
    (certificate,) = activity.certificates
    assert (certificate.issued, certificate.valid_until) == (date(2026, 3, 15), date(2029, 3, 14))


def test_a_kind_from_another_tool_is_kept_as_written() -> None:
    doc = example()
    doc["learning_activities"][0]["kind"] = "workshop"
    dossier = parse_document(json.dumps(doc))
    assert dossier.learning_activities[0].kind == "workshop"
    assert export_document(dossier, AT)["learning_activities"][0]["kind"] == "workshop"


def test_two_certificates_come_back_byte_for_byte_through_export_and_import(
    session: Session, tmp_path: Path
) -> None:
    second = os.urandom(4096)
    doc = example()
    first = doc["learning_activities"][0]["certificates"][0] | {"data_base64": b64(PAYLOAD)}
    doc["learning_activities"][0]["certificates"] = [
        first,
        first
        | {"id": "c2", "filename": "diploma.png", "media_type": "image/png"}
        | {"valid_until": None, "data_base64": b64(second)},
    ]
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    exchange.import_file(session, source, NOW)
    target = tmp_path / "out.json"
    exchange.export_file(session, target, NOW)
    exchange.import_file(session, target, NOW)
    (activity,) = session.store.dossier().learning_activities
    assert [(c.id, c.filename, c.data) for c in activity.certificates] == [
        ("c1", "certificaat.txt", PAYLOAD),
        ("c2", "diploma.png", second),
    ]
    assert activity.certificates[1].valid_until is None
    written = json.loads(target.read_text(encoding="utf-8"))
    assert (
        written["learning_activities"][0]["certificates"]
        == doc["learning_activities"][0]["certificates"]
    )


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda a: a.update(funding=["eigen", "loterij"]),
            'learning_activities[0].funding[1]: "loterij" is niet een van',
        ),
        (
            lambda a: a.update(funding=["ikb", "ikb"]),
            "learning_activities[0].funding[1]: ikb komt twee keer voor.",
        ),
        (lambda a: a.update(funding="ikb"), "learning_activities[0].funding: moet een lijst zijn."),
        (
            lambda a: a.update(reason="omdat het moet"),
            'learning_activities[0].reason: "omdat het moet" is niet een van',
        ),
        (
            lambda a: a.update(status="afgerond"),
            'learning_activities[0].status: "afgerond" is niet een van',
        ),
        (
            lambda a: a.update(self_study_hours="-3"),
            "learning_activities[0].self_study_hours: mag niet negatief zijn",
        ),
        (
            lambda a: a.update(cost="12.345"),
            "learning_activities[0].cost: heeft meer dan twee decimalen",
        ),
        (
            lambda a: a.update(end="2026-01-01"),
            "learning_activities[0].end: 2026-01-01 ligt vóór het begin 2026-02-01.",
        ),
        (
            lambda a: a["certificates"][0].update(valid_until="2026-03-14"),
            "learning_activities[0].certificates[0].valid_until: 2026-03-14 ligt vóór het begin",
        ),
        (
            lambda a: a["certificates"][0].update(issued="15-03-2026"),
            "learning_activities[0].certificates[0].issued",
        ),
        (
            lambda a: a["certificates"][0].pop("filename"),
            "learning_activities[0].certificates[0].filename: ontbreekt.",
        ),
        (
            lambda a: a["certificates"].append(dict(a["certificates"][0])),
            "learning_activities[0].certificates[1].id: c1 komt twee keer voor.",
        ),
        (
            lambda a: (
                a.update(certificate={"filename": "x.pdf", "media_type": "application/pdf"})
                or a.pop("certificates")
            ),
            "learning_activities[0].certificate.data_base64: ontbreekt.",
        ),
    ],
)
def test_a_wrong_learning_value_is_refused_naming_the_field(mutate: Any, expected: str) -> None:
    doc = example()
    mutate(doc["learning_activities"][0])
    messages = errors_of(doc)
    assert any(expected in m for m in messages), messages


def test_an_unknown_budget_owner_is_refused_in_english_too() -> None:
    doc = example()
    doc["development_budgets"][0]["owner"] = "baas"
    with pytest.raises(ImportRefusedWithErrors) as caught:
        parse_document(json.dumps(doc))
    owner, booked = caught.value.errors  # the activity booked on it then has no budget
    assert owner.render("en") == (
        'development_budgets[0].owner: "baas" is not one of: organisatie, team, eigen.'
    )
    assert booked.field == "learning_activities[0].budget_id"


def test_a_refused_learning_import_changes_nothing(session: Session, tmp_path: Path) -> None:
    exchange.import_file(session, EXAMPLE, NOW)
    before = exchange.export_text(session, NOW)
    doc = example()
    doc["learning_activities"][0]["funding"] = ["budget", "loterij"]
    doc["profile"]["name"] = "Iemand anders"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"learning_activities\[0\]\.funding\[1\]"):
        exchange.import_file(session, bad, NOW)
    assert exchange.export_text(session, NOW) == before

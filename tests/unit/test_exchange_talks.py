"""The exchange format's talks: the cycle's statuses, informants with a function, the sections
chosen for the PDF and the manager's part read back from it."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from rijkapp.domain.records import Informant, TalkPurpose, TalkStatus
from rijkapp.exchange import export_document, parse_document
from rijkapp.exchange.parse import ImportRefusedWithErrors
from tests.helpers import EXAMPLE

AT = datetime(2026, 11, 28, 16, 0, tzinfo=timezone(timedelta(hours=1)))


def example() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return document


def round_trip(document: dict[str, Any]) -> dict[str, Any]:
    exported: dict[str, Any] = export_document(parse_document(json.dumps(document)), AT)
    return exported


def test_an_older_talk_with_the_former_status_draft_imports_as_concept() -> None:
    doc = example()
    doc["talks"][0]["status"] = "draft"
    (talk,) = parse_document(json.dumps(doc)).talks
    assert (talk.purpose, talk.status) == (TalkPurpose.PLANNEN, TalkStatus.CONCEPT)
    assert round_trip(doc)["talks"][0]["status"] == "concept"


def test_an_older_talk_round_trips_without_the_fields_added_since() -> None:
    doc = example()
    doc["talks"][0]["informants"] = ["C. Smit"]
    exported = round_trip(doc)
    assert exported["talks"] == doc["talks"]
    for added in ("in_pdf", "manager_remarks", "manager_name", "review_date"):
        assert added not in exported["talks"][0]


def test_informants_keep_their_function_and_sections_for_the_pdf_their_order() -> None:
    doc = example()
    talk = doc["talks"][0]
    talk["informants"] = [{"name": "C. Smit", "function": "projectleider"}, "D. de Vries"]
    talk["in_pdf"] = ["resultaten", "afspraken"]
    talk["manager_remarks"] = "Goed werk; één ding: plan eerder."
    talk["manager_name"] = "B. Jansen"
    talk["review_date"] = "2026-02-20"
    (read,) = parse_document(json.dumps(doc)).talks
    assert read.informants == (Informant("C. Smit", "projectleider"), Informant("D. de Vries"))
    assert read.in_pdf == ("resultaten", "afspraken")
    assert read.review_date == date(2026, 2, 20)
    assert round_trip(doc)["talks"] == doc["talks"]


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"status": "klaar"}, "talks[0].status"),
        ({"informants": [{"function": "adviseur"}]}, "talks[0].informants[0].name"),
        ({"review_date": "20-02-2026"}, "talks[0].review_date"),
        ({"purpose": "beoordelen"}, "talks[0].purpose"),
    ],
)
def test_a_talk_that_is_not_right_is_refused_naming_the_field(
    change: dict[str, Any], where: str
) -> None:
    doc = example()
    doc["talks"][0].update(change)
    with pytest.raises(ImportRefusedWithErrors) as caught:
        parse_document(json.dumps(doc))
    assert [e.field for e in caught.value.errors] == [where]

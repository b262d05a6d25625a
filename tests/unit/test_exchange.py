"""The exchange format: round trips, and malformed imports refused naming the field."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import hypothesis
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rijkapp.domain.errors import ImportRefused
from rijkapp.exchange import export_document, parse_document, to_json
from rijkapp.exchange.parse import (
    MAX_DEPTH,
    ImportRefusedWithErrors,
    _Constant,
    _unusable,
    _usable,
)
from rijkapp.services import exchange
from rijkapp.store.backups import backup_dir
from rijkapp.store.repository import Store
from rijkapp.store.session import Session
from tests.helpers import EXAMPLE, NOW

CET = timezone(timedelta(hours=1))
AT = datetime(2026, 11, 28, 16, 0, tzinfo=CET)


def example() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return document


def refused(document: Any, language: str = "nl") -> list[str]:
    data = document if isinstance(document, (str, bytes)) else json.dumps(document)
    with pytest.raises(ImportRefused) as caught:
        parse_document(data)
    if isinstance(caught.value, ImportRefusedWithErrors):
        return [e.render(language) for e in caught.value.errors]
    return [caught.value.render(language)]


def test_the_example_document_round_trips_exactly() -> None:
    document = export_document(parse_document(EXAMPLE.read_bytes()), AT)
    assert document == example() | {"exported_at": "2026-11-28T16:00:00+01:00"}


def test_export_import_export_is_identical_apart_from_exported_at(
    session: Session, tmp_path: Path
) -> None:
    exchange.import_file(session, EXAMPLE, NOW)
    first = tmp_path / "first.json"
    exchange.export_file(session, first, NOW)
    exchange.import_file(session, first, NOW)
    second = tmp_path / "second.json"
    exchange.export_file(session, second, NOW + timedelta(hours=2))
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    assert a.pop("exported_at") != b.pop("exported_at")
    assert a == b


def test_certificate_bytes_survive_the_round_trip() -> None:
    doc = example()
    pdf = b"%PDF-1.4\n\x00\xff binary \xe2\x82\xac"
    doc["learning_activities"][0]["certificates"][0]["data_base64"] = base64.b64encode(pdf).decode()
    dossier = parse_document(json.dumps(doc))
    assert dossier.learning_activities[0].certificates[0].data == pdf
    again = export_document(dossier, AT)
    assert (
        again["learning_activities"][0]["certificates"][0]["data_base64"]
        == base64.b64encode(pdf).decode()
    )


def test_numbers_are_read_as_decimals_never_through_float() -> None:
    doc = example()
    text = json.dumps(doc).replace(
        '"monthly_salary_fulltime": "4500.00"', '"monthly_salary_fulltime": 4012.10'
    )
    dossier = parse_document(text)
    assert str(dossier.employment[0].monthly_salary_fulltime) == "4012.10"


def test_unknown_top_level_sections_are_kept() -> None:
    doc = example() | {"x_later_feature": {"a": [1, 2]}}
    assert export_document(parse_document(json.dumps(doc)), AT)["x_later_feature"] == {"a": [1, 2]}


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d["leave"][0].update(start="2026-02-30"),
            "leave[0].start: 2026-02-30 is geen bestaande datum.",
        ),
        (lambda d: d["leave"][1].update(start="13-02-2026"), "leave[1].start"),
        (
            lambda d: d["leave"][0].update(end="2026-07-01"),
            "leave[0].end: 2026-07-01 ligt vóór het begin",
        ),
        (
            lambda d: d["employment"][0].update(monthly_salary_fulltime="-4500.00"),
            "employment[0].monthly_salary_fulltime: mag niet negatief zijn",
        ),
        (
            lambda d: d["employment"][0].update(scale="elf"),
            "employment[0].scale: moet een geheel getal zijn",
        ),
        (lambda d: d["employment"][0].update(hours_per_week=True), "employment[0].hours_per_week"),
        (
            lambda d: d["ikb_choices"][1].update(amount="12.345"),
            "ikb_choices[1].amount: heeft meer dan twee decimalen",
        ),
        (
            lambda d: d["ikb_choices"][0].update(kind="steal"),
            'ikb_choices[0].kind: "steal" is niet een van',
        ),
        (lambda d: d["ikb_choices"][0].update(month="2026-13"), "ikb_choices[0].month"),
        (lambda d: d["leave"][0].pop("id"), "leave[0].id: ontbreekt."),
        (lambda d: d["leave"][1].update(id="l1"), "leave[1].id: l1 komt twee keer voor."),
        (
            lambda d: d["leave_balances"][0].update(year=None),
            "leave_balances[0].year: is nodig bij soort wettelijk",
        ),
        (
            lambda d: d["learning_activities"][0].update(budget_id="nope"),
            "learning_activities[0].budget_id",
        ),
        (
            lambda d: d["learning_activities"][0]["certificates"][0].update(
                data_base64="not base64!"
            ),
            "learning_activities[0].certificates[0].data_base64: is geen geldige base64.",
        ),
        (
            lambda d: d["profile"].update(name="x" * 10_000_000),
            "profile.name: is te lang (10000000 tekens",
        ),
        (lambda d: d["talks"][0].update(self_score="+++"), "talks[0].self_score"),
        (
            lambda d: d["work_schedule"][0]["hours"].update(mon="25"),
            "work_schedule[0].hours.mon: een dag heeft hoogstens 24 uur.",
        ),
        (lambda d: d.update(leave="not a list"), "leave: moet een lijst zijn."),
        (lambda d: d.update(version=2), "version: 2 wordt door deze Rijkapp niet ondersteund"),
        (lambda d: d.update(format="other"), "geen Rijkapp-export"),
    ],
)
def test_malformed_documents_are_refused_naming_the_field(
    mutate: Callable[[dict[str, Any]], object], expected: str
) -> None:
    doc = example()
    mutate(doc)
    messages = refused(doc)
    assert any(expected in m for m in messages), messages


@pytest.mark.parametrize(
    "data", [b"", b"not json at all", b"[1, 2", b"\xff\xfe\x00", "[]", "null", "42"]
)
def test_not_json_or_not_a_document(data: bytes | str) -> None:
    (message,) = refused(data)
    assert "JSON" in message or "Rijkapp-export" in message


def test_a_refused_import_changes_nothing(session: Session, tmp_path: Path) -> None:
    exchange.import_file(session, EXAMPLE, NOW)
    before = exchange.export_text(session, NOW)
    bad = example()
    bad["leave"].append({"id": "l9", "start": "2026-02-30", "end": "2026-03-01"})
    bad_file = tmp_path / "bad.json"
    bad_file.write_text(json.dumps(bad))
    made = sorted(backup_dir(session.db_path).iterdir())
    with pytest.raises(ImportRefused, match=r"leave\[2\].start"):
        exchange.import_file(session, bad_file, NOW)
    assert exchange.export_text(session, NOW) == before
    # The backup copied while the file was read is thrown away: no backup more, no half file.
    assert sorted(backup_dir(session.db_path).iterdir()) == made


def test_after_an_import_the_pages_get_exactly_what_the_database_holds(
    session: Session, tmp_path: Path
) -> None:
    """The dossier an import wrote is handed to the pages without reading it back: it must be
    the one a fresh read gives, with every value, unknown field and record in its place."""
    doc = example()
    doc["ikb_choices"][1]["x_colour"] = "#ff8800"  # one column more, between two records without
    doc["talks"][0]["agreements"][0]["x_link"] = "https://example.org/afspraak"
    path = tmp_path / "unknown.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    exchange.import_file(session, path, NOW)
    on_show = session.store.dossier()
    held = Store(session.store.db).dossier()  # a store that has kept nothing reads the database
    assert held is not on_show
    assert repr(on_show) == repr(held)
    assert to_json(export_document(on_show, AT)) == to_json(export_document(held, AT))
    assert [c.id for c in held.ikb_choices] == [c["id"] for c in doc["ikb_choices"]]
    assert held.ikb_choices[1].extra == (("x_colour", '"#ff8800"'),)
    assert held.ikb_choices[0].extra == held.ikb_choices[2].extra == ()


def test_english_messages_when_english_is_chosen() -> None:
    doc = example()
    doc["leave"][0]["start"] = "2026-02-30"
    assert refused(doc, "en") == ["leave[0].start: 2026-02-30 is not a date."]
    assert refused(doc, "nl") != refused(doc, "en")


def test_export_is_pretty_utf8_json() -> None:
    text = to_json(export_document(parse_document(EXAMPLE.read_bytes()), AT))
    assert "Rijksacademie" in text and "\\u" not in text and text.endswith("\n")


def test_the_shared_example_is_written_back_byte_for_byte() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    again = to_json(export_document(parse_document(text), AT))
    assert again == text.rstrip("\n") + "\n"  # the example has exactly this exported_at


def _with_unknown_fields() -> str:
    """The example with fields this version does not know, after the known ones, as text.

    ``"@RATE@"`` stands for the JSON number 1.50, which json.dumps cannot write."""
    doc = example()
    doc["profile"]["x_pronouns"] = "zij/haar"
    doc["employment"][0]["x_contract"] = {"kind": "vast", "since": 2010, "rate": "@RATE@"}
    doc["leave"][0]["x_colour"] = "#ff8800"
    doc["leave"][0]["x_tags"] = ["zomer", None, True, {"nested": []}]
    doc["ikb_choices"][0]["x_reference"] = 1234567890123456789012345678901234567890
    doc["talks"][0]["agreements"][0]["x_link"] = "https://example.org/afspraak"
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return text.replace('"@RATE@"', "1.50")


def test_unknown_fields_of_records_are_written_back_unchanged() -> None:
    text = _with_unknown_fields()
    dossier = parse_document(text)
    assert dict(dossier.leave[0].extra) == {
        "x_colour": '"#ff8800"',
        "x_tags": '["zomer", null, true, {"nested": []}]',
    }
    assert to_json(export_document(dossier, AT)) == text


def test_unknown_fields_come_after_the_known_ones_and_never_replace_them() -> None:
    doc = example()
    doc["leave"][1] = {"x_first": 1, **doc["leave"][1]}
    exported = export_document(parse_document(json.dumps(doc)), AT)["leave"][1]
    assert list(exported) == ["id", "start", "end", "hours", "bucket", "status", "note", "x_first"]


def test_an_unknown_value_must_be_json_and_its_place_is_named() -> None:
    (message,) = refused('{"format": "rijkapp", "version": 1, "leave": [{"id": "l1", "x": NaN}]}')
    assert message == "leave[0].x: NaN is geen getal dat JSON toestaat."


def test_numbers_in_unknown_sections_are_kept_exactly() -> None:
    text = json.dumps(example() | {"x_later_feature": {"rate": "@RATE@"}})
    dossier = parse_document(text.replace('"@RATE@"', "0.10"))
    assert '"rate": 0.10' in to_json(export_document(dossier, AT))


_texts = st.text(st.characters(exclude_categories=()), max_size=6)  # lone surrogates included
_leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | _texts
)
_values = st.recursive(
    _leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_texts, inner, max_size=4),
    max_leaves=20,
)


@given(value=_values, depth=st.integers(0, MAX_DEPTH + 2))
@hypothesis.example(value={"\udfff": 1}, depth=0)
@hypothesis.example(value=[float("nan")], depth=MAX_DEPTH)
def test_the_quick_look_at_a_document_finds_what_the_full_walk_names(
    value: Any, depth: int
) -> None:
    """Every document gets the quick look; only one it finds fault with is walked again to name
    each problem. The two must agree, or a problem would go unnamed or be let in."""
    for _ in range(depth):
        value = [value]
    document = json.loads(json.dumps({"x_later": value}), parse_constant=_Constant)
    assert _usable(document) == (not list(_unusable(document, "", 0)))

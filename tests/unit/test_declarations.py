"""Each record is declared once; the database rows, the export and the import follow from it."""

from __future__ import annotations

import ast
import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from rijkapp.domain import json_text
from rijkapp.domain.declarations import (
    AGREEMENTS,
    CERTIFICATES,
    EMPLOYMENT,
    LEARNING_ACTIVITIES,
    LISTS,
    PROFILE,
    TALKS,
)
from rijkapp.domain.fields import RecordKind
from rijkapp.domain.records import (
    Agreement,
    Bucket,
    BudgetOwner,
    Certificate,
    DevelopmentBudget,
    Employment,
    Funding,
    IkbChoice,
    IkbChoiceKind,
    Informant,
    LearningActivity,
    LearningKind,
    LearningStatus,
    LeaveBalance,
    LeaveEntry,
    LeaveStatus,
    Profile,
    StudyReason,
    Talk,
    TalkPurpose,
    TalkStatus,
    WorkSchedule,
)
from rijkapp.exchange.export import export_record
from rijkapp.exchange.parse import read_record
from rijkapp.store import rows
from rijkapp.store.session import Session

ROOT = Path(__file__).resolve().parents[2]
KINDS: tuple[RecordKind[Any], ...] = (PROFILE, *LISTS, AGREEMENTS, CERTIFICATES)
# Each kind of record inside another, with the kind it is inside.
INSIDE: dict[RecordKind[Any], RecordKind[Any]] = {
    AGREEMENTS: TALKS,
    CERTIFICATES: LEARNING_ACTIVITIES,
}
D = Decimal
EXTRA = (("x_later", '{"a": [1, 2.50]}'),)
AGREEMENT = Agreement("g1", "result", "Rapport", "naar de Kamer", date(2026, 6, 1), "done", "ok")
CERTIFICATE = Certificate(
    "c.pdf", "application/pdf", b"%PDF\x00\xff", date(2026, 3, 15), date(2029, 3, 14), "c1"
)

# Records in which every field has a value other than its default (an IKB choice has two kinds).
SAMPLES: dict[str, list[Any]] = {
    "profile": [
        Profile(
            name="Anouk Bakker",
            birth_date=date(1975, 2, 28),
            rijk_start_date=date(2001, 9, 1),
            organisation="Ministerie van Financiën",
            unit="Belastingdienst",
            job_title="Teamleider",
            function_start_date=date(2019, 5, 1),
            manager="K. de Boer",
            language="en",
            chose_pas=True,
        )
    ],
    "employment": [
        Employment(
            "e1", date(2025, 1, 1), D("36"), 11, 5, D("4500.00"), D("12.50"), date(2027, 1, 31)
        )
    ],
    "work_schedule": [
        WorkSchedule("w1", date(2025, 1, 1), (D("7.2"),) * 4 + (D("3.6"), D("0"), D("0.5")))
    ],
    "leave_balances": [
        LeaveBalance("b1", date(2025, 1, 1), Bucket.WETTELIJK, 2024, D("-4.5"), "correctie")
    ],
    "leave": [
        LeaveEntry(
            "l1",
            date(2026, 2, 13),
            date(2026, 2, 16),
            D("3.6"),
            Bucket.SPAARVERLOF,
            LeaveStatus.TAKEN,
            "middag",
        )
    ],
    "ikb_choices": [
        IkbChoice(
            "k1",
            date(2026, 3, 1),
            IkbChoiceKind.FISCAL_GOAL,
            D("210.00"),
            None,
            "vakbondscontributie",
            True,
            "ingevoerd",
        ),
        IkbChoice("k2", date(2026, 4, 1), IkbChoiceKind.BUY_HOURS, hours=D("16")),
    ],
    "development_budgets": [
        DevelopmentBudget(
            "d1",
            "Ontwikkelbudget",
            "organisatie",
            D("2500.00"),
            D("40"),
            date(2026, 1, 1),
            date(2030, 12, 31),
            BudgetOwner.TEAM,
        )
    ],
    "learning_activities": [
        LearningActivity(
            "a1",
            "Data-analyse",
            LearningKind.CURSUS,
            "Rijksacademie",
            date(2026, 2, 1),
            date(2026, 3, 15),
            D("24"),
            D("850.00"),
            LearningStatus.DONE,
            "d1",
            ("data", "beleid"),
            "geleerd",
            StudyReason.ANDERE_REDEN,
            (Funding.BUDGET, Funding.EIGEN),
            D("12.5"),
            "g1",
            (CERTIFICATE, dataclasses.replace(CERTIFICATE, id="c2", extra=EXTRA)),
        ),
        # A kind Rijkapp does not know is kept as written.
        LearningActivity(
            "a2",
            "Workshop",
            "workshop",
            "",
            None,
            None,
            D("0"),
            D("0.00"),
            LearningStatus.PLANNED,
            None,
        ),
    ],
    "talks": [
        Talk(
            "t1",
            TalkPurpose.PLANNEN,
            date(2026, 2, 10),
            date(2026, 1, 1),
            date(2026, 12, 31),
            "B. Jansen",
            (Informant("C. Smit", "projectleider"), Informant("D. de Vries")),
            (AGREEMENT, dataclasses.replace(AGREEMENT, id="g2", extra=EXTRA)),
            (("resultaten", "op koers"), ("ontwikkeling", "cursus")),
            "vragen",
            "+",
            "goed",
            "++",
            "eens",
            TalkStatus.AFGEROND,
            ("resultaten", "afspraken"),
            "Blijf zo doorgaan",
            "B. Jansen",
            date(2026, 2, 20),
        )
    ],
    "agreements": [AGREEMENT],
    "certificates": [CERTIFICATE],
}


def samples(kind: RecordKind[Any]) -> list[Any]:
    """The samples of ``kind``, each also with a field Rijkapp does not know."""
    found = SAMPLES[kind.section]
    return [*found, *(dataclasses.replace(r, extra=EXTRA) for r in found)]


def same(a: Any, b: Any) -> bool:
    """Equal, unknown fields included, also of records inside (they take no part in ``==``)."""
    return bool(a == b and repr(a) == repr(b))


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.section)
def test_every_field_of_the_record_is_declared_once(kind: RecordKind[Any]) -> None:
    declared = [f.attr for f in kind.fields]
    attributes = [f.name for f in dataclasses.fields(kind.type) if f.name != "extra"]
    assert sorted(declared) == sorted(attributes)
    assert len({f.key for f in kind.fields}) == len(kind.fields)
    for f in kind.fields:  # the samples below hold a value other than the default in each
        default = kind.defaults.get(f.attr, None)
        assert any(getattr(r, f.attr) not in (default, None) for r in SAMPLES[kind.section])


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.section)
def test_the_database_row_follows_from_the_declaration(kind: RecordKind[Any]) -> None:
    for record in samples(kind):
        row = rows.to_row(kind, record)
        inside = {codec.kind.table: found for codec, found in rows.child_rows(kind, record)}
        assert same(rows.from_row(kind, row, inside), record)
        assert not any(isinstance(v, Decimal | float) for v in row.values())
    row = rows.to_row(kind, samples(kind)[-1])
    assert set(row) == {c for f in kind.fields for c in f.columns} | {
        *dict(kind.fixed_columns),
        rows.EXTRA,
    }


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.section)
def test_the_export_and_the_import_follow_from_the_declaration(kind: RecordKind[Any]) -> None:
    keys: set[str] = set()
    for record in samples(kind):
        exported = export_record(kind, record)
        keys |= set(exported)
        document = json_text.loads(json_text.dumps(exported))
        assert same(read_record(kind, document, kind.section, set()), record)
    assert keys == {f.key for f in kind.fields} | {"x_later"}


def test_the_tables_have_exactly_the_declared_columns(session: Session) -> None:
    for kind in KINDS:
        found = {r[1] for r in session.store.conn.execute(f"PRAGMA table_info({kind.table})")}
        declared = {c for f in kind.fields for c in f.columns} | {
            *dict(kind.fixed_columns),
            rows.EXTRA,
        }
        for _, codec in INSIDE[kind].children if kind in INSIDE else ():
            declared |= {codec.parent_column, codec.position_column}
        assert found == declared, kind.table


def test_no_record_field_is_named_outside_the_declaration() -> None:
    names = {f.key for kind in KINDS for f in kind.fields}
    names |= {c for kind in KINDS for f in kind.fields for c in f.columns}
    for module in (
        "rijkapp/store/rows.py",
        "rijkapp/exchange/export.py",
        "rijkapp/exchange/parse.py",
    ):
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        constants = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)}
        assert constants & names == set(), module


def test_a_renamed_field_is_renamed_in_rows_export_and_import() -> None:
    fields = tuple(
        dataclasses.replace(f, key="van", column="vanaf") if f.attr == "valid_from" else f
        for f in EMPLOYMENT.fields
    )
    renamed = dataclasses.replace(EMPLOYMENT, fields=fields)
    (record,) = SAMPLES["employment"]
    assert rows.to_row(renamed, record)["vanaf"] == "2025-01-01"
    exported = export_record(renamed, record)
    assert exported["van"] == "2025-01-01" and "from" not in exported
    assert read_record(renamed, exported, "employment[0]", set()) == record

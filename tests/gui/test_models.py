"""The item models behave as Qt expects (pytest-qt's model tester)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from rijkapp.domain.audit import AuditEntry
from rijkapp.domain.records import Employment, WorkSchedule
from tests.helpers import TODAY
from tests.unit.leave_fixtures import H
from ui import formatting as fmt
from ui.models.audit import AuditModel, describe_changes
from ui.models.employment import SALARY, EmploymentModel
from ui.models.schedule import TOTAL, ScheduleModel


def test_employment_model(qtmodeltester: ModelTester) -> None:
    model = EmploymentModel()
    model.set_records(
        (
            Employment("e2", date(2026, 4, 1), H("32"), 11, 6, H("4871.00")),
            Employment("e1", date(2025, 1, 1), H("36"), 11, 5, H("4712.00")),
        ),
        TODAY,
    )
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    oldest = model.record(0)
    assert oldest is not None and oldest.id == "e1"  # oldest first
    assert model.current_row() == 1
    assert model.data(model.index(1, SALARY)) == fmt.money(H("4871.00"))
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()


def test_schedule_model(qtmodeltester: ModelTester) -> None:
    model = ScheduleModel()
    model.set_records(
        (WorkSchedule("w1", date(2025, 1, 1), (H("7.2"),) * 5 + (H(0), H(0))),), TODAY
    )
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, TOTAL)) == fmt.number(H(36), 2)


def test_audit_model(qtmodeltester: ModelTester) -> None:
    model = AuditModel()
    model.set_entries(
        [
            AuditEntry(
                2,
                datetime(2026, 11, 28, 9, 0, tzinfo=UTC),
                "profile",
                "1",
                "update",
                {"name": ["Anne", "Anna"]},
            ),
            AuditEntry(
                1,
                datetime(2026, 11, 28, 8, 0, tzinfo=UTC),
                "employment",
                "e1",
                "insert",
                {"id": "e1", "salary_fulltime_cents": 471200, "scale": 11},
            ),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert "Anne → Anna" in model.data(model.index(0, 3))
    assert fmt.money(H("4712.00")) in describe_changes("insert", {"salary_fulltime_cents": 471200})

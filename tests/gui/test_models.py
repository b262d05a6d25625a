"""The item models behave as Qt expects (pytest-qt's model tester)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from rijkapp.domain.records import Employment, WorkSchedule
from rijkapp.i18n import N_
from rijkapp.message import Message
from rijkapp.views.changelog import ChangeLine
from tests.helpers import TODAY
from tests.unit.leave_fixtures import H
from ui import formatting as fmt
from ui.models.audit import AuditModel
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
    assert model.data(model.index(0, TOTAL)) == fmt.hours(H(36))


def test_audit_model(qtmodeltester: ModelTester) -> None:
    model = AuditModel()
    model.set_entries(
        [
            ChangeLine(
                datetime(2026, 11, 28, 9, 0, tzinfo=UTC),
                Message(N_("{what} deleted."), what=Message(N_("Your profile"))),
            ),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 1)) == fmt.text(
        Message(N_("{what} deleted."), what=Message(N_("Your profile")))
    )

"""The audit trail (every change the store made) as a read-only table, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from rijkapp.domain.audit import AuditEntry
from ui import formatting as fmt

Index = QModelIndex | QPersistentModelIndex
WHEN, PART, ACTION, DETAILS = range(4)


def part_name(table: str) -> str:
    names = {
        "profile": QCoreApplication.translate("AuditModel", "Profile"),
        "employment": QCoreApplication.translate("AuditModel", "Employment"),
        "work_schedule": QCoreApplication.translate("AuditModel", "Work schedule"),
        "leave_balances": QCoreApplication.translate("AuditModel", "Leave balance"),
        "leave": QCoreApplication.translate("AuditModel", "Leave"),
        "ikb_choices": QCoreApplication.translate("AuditModel", "IKB choice"),
        "development_budgets": QCoreApplication.translate("AuditModel", "Development budget"),
        "learning_activities": QCoreApplication.translate("AuditModel", "Learning activity"),
        "talks": QCoreApplication.translate("AuditModel", "Talk"),
        "talk_agreements": QCoreApplication.translate("AuditModel", "Agreements of a talk"),
        "settings": QCoreApplication.translate("AuditModel", "Setting"),
        "*": QCoreApplication.translate("AuditModel", "All data"),
    }
    return names.get(table, table)


def action_name(action: str) -> str:
    names = {
        "insert": QCoreApplication.translate("AuditModel", "Added"),
        "update": QCoreApplication.translate("AuditModel", "Changed"),
        "delete": QCoreApplication.translate("AuditModel", "Deleted"),
        "import": QCoreApplication.translate("AuditModel", "Imported"),
        "restore": QCoreApplication.translate("AuditModel", "Restored"),
    }
    return names.get(action, action)


def field_name(key: str) -> str:
    """A stored column name in words; money columns (``*_cents``) drop the suffix."""
    names = {
        "name": QCoreApplication.translate("AuditModel", "name"),
        "birth_date": QCoreApplication.translate("AuditModel", "birth date"),
        "rijk_start_date": QCoreApplication.translate("AuditModel", "start at the Rijk"),
        "organisation": QCoreApplication.translate("AuditModel", "organisation"),
        "unit": QCoreApplication.translate("AuditModel", "unit"),
        "job_title": QCoreApplication.translate("AuditModel", "job title"),
        "function_start_date": QCoreApplication.translate("AuditModel", "start in this function"),
        "manager": QCoreApplication.translate("AuditModel", "manager"),
        "language": QCoreApplication.translate("AuditModel", "language"),
        "chose_pas": QCoreApplication.translate("AuditModel", "chose PAS"),
        "valid_from": QCoreApplication.translate("AuditModel", "from"),
        "hours_per_week": QCoreApplication.translate("AuditModel", "hours per week"),
        "scale": QCoreApplication.translate("AuditModel", "scale"),
        "step": QCoreApplication.translate("AuditModel", "step"),
        "salary_fulltime_cents": QCoreApplication.translate("AuditModel", "full-time salary"),
        "allowances_cents": QCoreApplication.translate("AuditModel", "allowances"),
        "end_date": QCoreApplication.translate("AuditModel", "last working day"),
        "amount_cents": QCoreApplication.translate("AuditModel", "amount"),
        "cost_cents": QCoreApplication.translate("AuditModel", "cost"),
        "hours": QCoreApplication.translate("AuditModel", "hours"),
        "note": QCoreApplication.translate("AuditModel", "note"),
        "key": QCoreApplication.translate("AuditModel", "setting"),
        "value": QCoreApplication.translate("AuditModel", "value"),
        "mon": QCoreApplication.translate("AuditModel", "Mon"),
        "tue": QCoreApplication.translate("AuditModel", "Tue"),
        "wed": QCoreApplication.translate("AuditModel", "Wed"),
        "thu": QCoreApplication.translate("AuditModel", "Thu"),
        "fri": QCoreApplication.translate("AuditModel", "Fri"),
        "sat": QCoreApplication.translate("AuditModel", "Sat"),
        "sun": QCoreApplication.translate("AuditModel", "Sun"),
    }
    return names.get(key, key.removesuffix("_cents").replace("_", " "))


def _value(key: str, value: object) -> str:
    if value is None or value == "":
        return "–"
    if key.endswith("_cents") and isinstance(value, int):
        from decimal import Decimal

        return fmt.money(Decimal(value) / 100)
    return str(value)


def describe_changes(action: str, changes: dict[str, Any]) -> str:
    """A short, readable summary: ``name: Anne → Anna``; field names as stored."""
    if action == "update":
        parts = []
        for key, pair in changes.items():
            if isinstance(pair, list) and len(pair) == 2:
                parts.append(f"{field_name(key)}: {_value(key, pair[0])} → {_value(key, pair[1])}")
            else:
                parts.append(f"{field_name(key)}: {_value(key, pair)}")
        return "; ".join(parts)
    if action == "insert":
        shown = [
            f"{field_name(k)}: {_value(k, v)}"
            for k, v in changes.items()
            if k not in ("id",) and v not in (None, "")
        ]
        return "; ".join(shown[:6]) + (" …" if len(shown) > 6 else "")
    if action in ("import", "restore"):
        return "; ".join(f"{k}: {v}" for k, v in changes.items())
    return ""


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("When"), self.tr("What"), self.tr("Change"), self.tr("Details"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == WHEN:
                local = entry.at.astimezone()
                return f"{fmt.day(local.date(), fmt='medium')} {local:%H:%M}"
            if column == PART:
                return part_name(entry.table)
            if column == ACTION:
                return action_name(entry.action)
            return describe_changes(entry.action, entry.changes)
        return None

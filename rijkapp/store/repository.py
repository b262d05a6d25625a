"""Reading and writing the employee's records, with an audit trail of every change."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from rijkapp.domain.audit import AuditEntry
from rijkapp.domain.records import (
    DevelopmentBudget,
    Dossier,
    Employment,
    IkbChoice,
    LearningActivity,
    LeaveBalance,
    LeaveEntry,
    Profile,
    Talk,
    WorkSchedule,
)
from rijkapp.store import rows
from rijkapp.store.database import Database

# Record type -> (table, to_row). Tables are listed in the order an import fills them.
_LISTS: dict[str, tuple[str, Callable[[Any], rows.Row], Callable[[rows.Row], Any]]] = {
    "employment": ("employment", rows.employment_row, rows.employment_from),
    "work_schedule": ("work_schedule", rows.schedule_row, rows.schedule_from),
    "leave_balances": ("leave_balances", rows.balance_row, rows.balance_from),
    "leave": ("leave", rows.leave_row, rows.leave_from),
    "ikb_choices": ("ikb_choices", rows.choice_row, rows.choice_from),
    "development_budgets": ("development_budgets", rows.budget_row, rows.budget_from),
    "learning_activities": ("learning_activities", rows.activity_row, rows.activity_from),
}

_TABLE_OF = {
    Employment: "employment",
    WorkSchedule: "work_schedule",
    LeaveBalance: "leave_balances",
    LeaveEntry: "leave",
    IkbChoice: "ikb_choices",
    DevelopmentBudget: "development_budgets",
    LearningActivity: "learning_activities",
}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _audit_value(value: Any) -> Any:
    # Certificates are kept out of the audit trail: it records that they changed, not their bytes.
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


class Store:
    """The repository over one open database. Every public write is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db
        import sqlite_utils

        self._utils = sqlite_utils.Database(db.conn)

    @property
    def conn(self) -> Any:
        return self.db.conn

    # ---------------------------------------------------------------- reading
    def _rows(self, table: str, order: str = "rowid") -> list[rows.Row]:
        cursor = self.conn.execute(f"SELECT * FROM {table} ORDER BY {order}")
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def profile(self) -> Profile:
        found = self._rows("profile")
        return rows.profile_from(found[0]) if found else Profile()

    def has_profile(self) -> bool:
        return bool(self._rows("profile"))

    def records(self, kind: str) -> tuple[Any, ...]:
        table, _, from_row = _LISTS[kind]
        return tuple(from_row(r) for r in self._rows(table))

    def talks(self) -> tuple[Talk, ...]:
        agreements: dict[str, list[rows.Row]] = {}
        for a in self._rows("talk_agreements"):
            agreements.setdefault(a["talk_id"], []).append(a)
        return tuple(rows.talk_from(t, agreements.get(t["id"], [])) for t in self._rows("talks"))

    def settings(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._rows("settings", "key")}

    def dossier(self) -> Dossier:
        return Dossier(
            profile=self.profile(),
            employment=self.records("employment"),
            work_schedule=self.records("work_schedule"),
            leave_balances=self.records("leave_balances"),
            leave=self.records("leave"),
            ikb_choices=self.records("ikb_choices"),
            development_budgets=self.records("development_budgets"),
            learning_activities=self.records("learning_activities"),
            talks=self.talks(),
            settings=tuple(sorted(self.settings().items())),
            extra_sections=tuple((r["key"], r["value"]) for r in self._rows("extra_sections")),
        )

    def audit(self, limit: int = 500) -> list[AuditEntry]:
        found = self.conn.execute(
            "SELECT seq, at, table_name, record_id, action, changes FROM audit "
            "ORDER BY seq DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [
            AuditEntry(seq, datetime.fromisoformat(at), table, rid, action, json.loads(changes))
            for seq, at, table, rid, action, changes in found
        ]

    # ---------------------------------------------------------------- writing
    def _log(self, table: str, record_id: str, action: str, changes: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO audit (at, table_name, record_id, action, changes) VALUES (?,?,?,?,?)",
            (
                _now(),
                table,
                record_id,
                action,
                json.dumps(changes, ensure_ascii=False, default=str),
            ),
        )

    def _put_row(self, table: str, row: rows.Row, pk: str = "id") -> bool:
        """Insert or update one row and audit the difference. Returns whether anything changed."""
        cursor = self.conn.execute(f"SELECT * FROM {table} WHERE {pk} = ?", (row[pk],))
        names = [c[0] for c in cursor.description]
        old_values = cursor.fetchone()
        if old_values is None:
            self._utils.table(table).insert(row)
            self._log(table, str(row[pk]), "insert", {k: _audit_value(v) for k, v in row.items()})
            return True
        old = dict(zip(names, old_values, strict=True))
        diff = {
            k: [_audit_value(old.get(k)), _audit_value(v)]
            for k, v in row.items()
            if old.get(k) != v
        }
        if not diff:
            return False
        self._utils.table(table).update(row[pk], row)
        self._log(table, str(row[pk]), "update", diff)
        return True

    def save_profile(self, profile: Profile) -> bool:
        with self.db.transaction():
            return self._put_row("profile", rows.profile_row(profile))

    def save(self, record: Any) -> bool:
        """Insert or update one list record (employment, leave entry, IKB choice, ...)."""
        table = _TABLE_OF[type(record)]
        to_row = _LISTS[table][1]
        with self.db.transaction():
            return self._put_row(table, to_row(record))

    def delete(self, kind: type[Any], record_id: str) -> bool:
        table = _TABLE_OF[kind]
        with self.db.transaction():
            cursor = self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
            if cursor.rowcount:
                self._log(table, record_id, "delete", {})
            return bool(cursor.rowcount)

    def save_talk(self, talk: Talk) -> bool:
        with self.db.transaction():
            changed = self._put_row("talks", rows.talk_row(talk))
            before = self._rows("talk_agreements")
            new = rows.agreement_rows(talk)
            old = [r for r in before if r["talk_id"] == talk.id]
            if old != new:
                self.conn.execute("DELETE FROM talk_agreements WHERE talk_id = ?", (talk.id,))
                if new:
                    self._utils.table("talk_agreements").insert_all(new)
                self._log("talk_agreements", talk.id, "update", {"count": [len(old), len(new)]})
                changed = True
            return changed

    def delete_talk(self, talk_id: str) -> bool:
        with self.db.transaction():
            cursor = self.conn.execute("DELETE FROM talks WHERE id = ?", (talk_id,))
            if cursor.rowcount:
                self._log("talks", talk_id, "delete", {})
            return bool(cursor.rowcount)

    def set_setting(self, key: str, value: str) -> bool:
        with self.db.transaction():
            return self._put_row("settings", {"key": key, "value": value}, pk="key")

    def replace_all(self, dossier: Dossier, action: str = "import") -> None:
        """Replace everything with ``dossier``, in one transaction (import and restore)."""
        with self.db.transaction():
            for table in (
                "talk_agreements",
                "talks",
                "learning_activities",
                "development_budgets",
                "ikb_choices",
                "leave",
                "leave_balances",
                "work_schedule",
                "employment",
                "profile",
                "settings",
                "extra_sections",
            ):
                self.conn.execute(f"DELETE FROM {table}")
            self._utils.table("profile").insert(rows.profile_row(dossier.profile))
            counts: dict[str, int] = {}
            for kind, (table, to_row, _) in _LISTS.items():
                records: Sequence[Any] = getattr(dossier, kind)
                if records:
                    self._utils.table(table).insert_all([to_row(r) for r in records])
                counts[kind] = len(records)
            for talk in dossier.talks:
                self._utils.table("talks").insert(rows.talk_row(talk))
                agreements = rows.agreement_rows(talk)
                if agreements:
                    self._utils.table("talk_agreements").insert_all(agreements)
            counts["talks"] = len(dossier.talks)
            for key, value in dossier.settings:
                self._utils.table("settings").insert({"key": key, "value": value})
            for key, value in dossier.extra_sections:
                self._utils.table("extra_sections").insert({"key": key, "value": value})
            self._log("*", "*", action, counts)

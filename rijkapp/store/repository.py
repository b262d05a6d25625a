"""Reading and writing the employee's records, with an audit trail of every change."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from itertools import groupby
from typing import Any

from rijkapp.domain.audit import AuditEntry
from rijkapp.domain.declarations import BY_SECTION, BY_TYPE, LISTS, PROFILE
from rijkapp.domain.fields import ID, RecordKind, Records
from rijkapp.domain.records import Dossier, Profile, Talk
from rijkapp.store import rows
from rijkapp.store.database import Database


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
        self._writer: Any = None
        # The dossier last read, with the connection's count of changes at that moment.
        self._dossier: tuple[int, Dossier] | None = None

    @property
    def _utils(self) -> Any:
        """sqlite-utils over the connection, for writing: loaded on the first write, so that
        what only reads (the start, ``balances``) never imports it."""
        if self._writer is None:
            import sqlite_utils

            self._writer = sqlite_utils.Database(self.db.conn)
        return self._writer

    @property
    def conn(self) -> Any:
        return self.db.conn

    # ---------------------------------------------------------------- reading
    def _rows(
        self, table: str, order: str = "rowid", where: tuple[str, Any] | None = None
    ) -> list[rows.Row]:
        """The rows of ``table``; with ``where`` (a column and a value), only those that match."""
        condition, params = (f"WHERE {where[0]} = ?", (where[1],)) if where else ("", ())
        cursor = self.conn.execute(f"SELECT * FROM {table} {condition} ORDER BY {order}", params)
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def profile(self) -> Profile:
        found = self._rows(PROFILE.table)
        return rows.from_row(PROFILE, found[0]) if found else Profile()

    def has_profile(self) -> bool:
        return bool(self._rows(PROFILE.table))

    def records(self, kind: str) -> tuple[Any, ...]:
        """The records of one list of the dossier (``"employment"``, ``"leave"``, ...)."""
        declared = BY_SECTION[kind]
        inside = {codec.kind.table: self._rows_by_parent(codec) for _, codec in declared.children}
        return tuple(
            rows.from_row(
                declared,
                row,
                {table: found.get(row[ID.column], []) for table, found in inside.items()},
            )
            for row in self._rows(declared.table)
        )

    def _rows_by_parent(self, codec: Records) -> dict[Any, list[rows.Row]]:
        grouped: dict[Any, list[rows.Row]] = {}
        for row in self._rows(codec.kind.table):
            grouped.setdefault(row[codec.parent_column], []).append(row)
        return grouped

    def talks(self) -> tuple[Talk, ...]:
        return self.records("talks")

    def settings(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._rows("settings", "key")}

    def dossier(self) -> Dossier:
        """Everything the employee keeps, read once and handed out again until the data changes.

        The records are frozen, so every reader can share one ``Dossier``; what a calculator
        works out from it can be kept beside it (``rijkapp.calc.memo``). Any write since, even
        one rolled back, counts as a change (``total_changes``); a dossier read inside a
        transaction is not kept, since the transaction may still be rolled back.
        """
        changes = self.conn.total_changes
        if self._dossier is not None and self._dossier[0] == changes:
            return self._dossier[1]
        dossier = self._read_dossier()
        self._dossier = None if self.conn.in_transaction else (changes, dossier)
        return dossier

    def _read_dossier(self) -> Dossier:
        return Dossier(
            profile=self.profile(),
            **{kind.section: self.records(kind.section) for kind in LISTS},
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

    def _put_inside(self, codec: Records, parent: str, new: list[rows.Row]) -> bool:
        """Replace the records inside one record (a talk's agreements) when they changed.

        An inside record saved without the fields an import did not know keeps the stored ones.
        """
        table = codec.kind.table
        old = self._rows(table, where=(codec.parent_column, parent))
        stored = {r[ID.column]: r[rows.EXTRA] for r in old}
        new = [{rows.EXTRA: stored.get(r[ID.column]), **r} for r in new]
        if old == new:
            return False
        self.conn.execute(f"DELETE FROM {table} WHERE {codec.parent_column} = ?", (parent,))
        if new:
            self._utils.table(table).insert_all(new)
        self._log(table, parent, "update", {"count": [len(old), len(new)]})
        return True

    def save_profile(self, profile: Profile) -> bool:
        with self.db.transaction():
            return self._put_row(PROFILE.table, rows.to_row(PROFILE, profile))

    def save(self, record: Any) -> bool:
        """Insert or update one list record (employment, leave entry, IKB choice, talk, ...).

        Fields an import did not know stay stored when ``record`` carries none (a record built
        by an edit in the app); ``record`` carries them when it was read from the store.
        """
        kind: RecordKind[Any] = BY_TYPE[type(record)]
        with self.db.transaction():
            changed = self._put_row(kind.table, rows.to_row(kind, record))
            for codec, inside in rows.child_rows(kind, record):
                changed = self._put_inside(codec, getattr(record, ID.attr), inside) or changed
            return changed

    def delete(self, kind: type[Any], record_id: str) -> bool:
        """Delete one list record; the records inside it go with it (ON DELETE CASCADE)."""
        table = BY_TYPE[kind].table
        with self.db.transaction():
            cursor = self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
            if cursor.rowcount:
                self._log(table, record_id, "delete", {})
            return bool(cursor.rowcount)

    def save_talk(self, talk: Talk) -> bool:
        return self.save(talk)

    def delete_talk(self, talk_id: str) -> bool:
        return self.delete(Talk, talk_id)

    def set_setting(self, key: str, value: str) -> bool:
        with self.db.transaction():
            return self._put_row("settings", {"key": key, "value": value}, pk="key")

    def _insert_rows(self, table: str, found: Iterable[rows.Row]) -> None:
        """Insert ``found`` in its order, one prepared statement per run of rows that have the
        same columns (a record with fields an import did not know has one more)."""
        for columns, run in groupby(found, key=tuple):
            names = ", ".join(columns)
            marks = ", ".join("?" * len(columns))
            self.conn.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({marks})", (tuple(r.values()) for r in run)
            )

    def replace_all(self, dossier: Dossier, action: str = "import") -> None:
        """Replace everything with ``dossier``, in one transaction (import and restore).

        The rows go in as prepared statements, many at a time. Once the transaction is
        committed, ``dossier`` is what the store holds: it is kept as the dossier last read, so
        the pages that show the imported data do not read it all back.
        """
        kinds = (PROFILE, *LISTS)
        with self.db.transaction():
            for kind in reversed(kinds):
                for _, codec in kind.children:
                    self.conn.execute(f"DELETE FROM {codec.kind.table}")
                self.conn.execute(f"DELETE FROM {kind.table}")
            self.conn.execute("DELETE FROM settings")
            self.conn.execute("DELETE FROM extra_sections")
            self._insert_rows(PROFILE.table, [rows.to_row(PROFILE, dossier.profile)])
            counts: dict[str, int] = {}
            for kind in LISTS:
                records: Sequence[Any] = getattr(dossier, kind.section)
                self._insert_rows(kind.table, (rows.to_row(kind, r) for r in records))
                inside_rows: dict[str, list[rows.Row]] = {}
                for record in records:
                    for codec, inside in rows.child_rows(kind, record):
                        inside_rows.setdefault(codec.kind.table, []).extend(inside)
                for table, found in inside_rows.items():
                    self._insert_rows(table, found)
                counts[kind.section] = len(records)
            self._insert_rows("settings", ({"key": k, "value": v} for k, v in dossier.settings))
            self._insert_rows(
                "extra_sections", ({"key": k, "value": v} for k, v in dossier.extra_sections)
            )
            self._log("*", "*", action, counts)
        if not self.conn.in_transaction:  # committed, not part of a larger one still open
            self._dossier = (self.conn.total_changes, dossier)

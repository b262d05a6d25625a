"""One line of the change log: what the store changed, when, as the database recorded it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    table: str
    record_id: str
    action: str  # insert, update, delete, import, restore
    changes: dict[str, Any]  # per field [old, new] for an update; the row for an insert

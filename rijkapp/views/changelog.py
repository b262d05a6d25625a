"""Help > Wijzigingslog: the change log as the dialog shows it, newest first."""

from __future__ import annotations

from rijkapp.domain.audit import AuditEntry
from rijkapp.store.repository import Store

SHOWN = 500  # the newest lines; the log itself keeps everything


def load_change_log(store: Store, limit: int = SHOWN) -> tuple[AuditEntry, ...]:
    return tuple(store.audit(limit))

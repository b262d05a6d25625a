"""The one way a service saves a record it has to check: check and write in one transaction.

The check runs inside the transaction, so it sees exactly what is stored when the record is
written (another record from the same date, the leave ledger with this entry, the IKB plan with
this choice). A refusal raises the first error, naming its field, and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rijkapp.domain.errors import ValidationError
from rijkapp.services.changes import Area, Changes, changed
from rijkapp.store.repository import Store


def save_checked(
    store: Store,
    record: object,
    check: Callable[[], Sequence[ValidationError]],
    *areas: Area,
) -> Changes:
    """Save ``record`` when ``check()`` finds nothing wrong; ``areas`` are what it touches."""
    with store.db.transaction():
        errors = check()
        if errors:
            raise errors[0]
        return changed(store.save(record), *areas)

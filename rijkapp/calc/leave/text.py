"""How the leave ledger names buckets and leave entries in its sentences (as messages)."""

from __future__ import annotations

from rijkapp.domain.records import Bucket, LeaveEntry
from rijkapp.i18n import N_
from rijkapp.message import Message

# The buckets counted per year: (label with its year, label without one).
_YEARLY_LABELS: dict[Bucket, tuple[str, str]] = {
    Bucket.WETTELIJK: (N_("statutory hours {year}"), N_("statutory hours")),
    Bucket.IKB_UREN: (N_("IKB-uren {year}"), N_("IKB-uren")),
    Bucket.IKB_GEKOCHT: (N_("bought IKB-uren {year}"), N_("bought IKB-uren")),
}


def bucket_label(bucket: Bucket, year: int | None = None) -> Message:
    """The bucket in the words of the CAO, e.g. ``statutory hours 2026``."""
    labels = _YEARLY_LABELS.get(bucket)
    if labels is not None:
        with_year, without_year = labels
        return Message(with_year, year=year) if year else Message(without_year)
    if bucket is Bucket.SPAARVERLOF:
        return Message(N_("spaarverlof"))
    return Message(N_("compensatie-uren"))


def entry_label(entry: LeaveEntry) -> str:
    """The entry as the ledger's lines name it: its note and id, or only the id."""
    return f"“{entry.note}” ({entry.id})" if entry.note else entry.id

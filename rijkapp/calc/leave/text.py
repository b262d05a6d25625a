"""How the leave ledger names buckets and leave entries in its sentences (as messages)."""

from __future__ import annotations

from rijkapp.domain.records import Bucket, LeaveEntry
from rijkapp.i18n import N_
from rijkapp.message import Message


def bucket_label(bucket: Bucket, year: int | None = None) -> Message:
    """The bucket in the words of the CAO, e.g. ``statutory hours 2026``."""
    if bucket is Bucket.WETTELIJK:
        return (
            Message(N_("statutory hours {year}"), year=year)
            if year
            else Message(N_("statutory hours"))
        )
    if bucket is Bucket.IKB_UREN:
        return Message(N_("IKB-uren {year}"), year=year) if year else Message(N_("IKB-uren"))
    if bucket is Bucket.IKB_GEKOCHT:
        return (
            Message(N_("bought IKB-uren {year}"), year=year)
            if year
            else Message(N_("bought IKB-uren"))
        )
    if bucket is Bucket.SPAARVERLOF:
        return Message(N_("spaarverlof"))
    return Message(N_("compensatie-uren"))


def entry_label(entry: LeaveEntry) -> str:
    """The entry as the ledger's lines name it: its note and id, or only the id."""
    return f"“{entry.note}” ({entry.id})" if entry.note else entry.id

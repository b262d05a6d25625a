"""How the leave ledger writes numbers, dates and bucket names in its sentences."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rijkapp import formatting as fmt
from rijkapp.domain.records import Bucket, LeaveEntry
from rijkapp.i18n import gettext as _


def number_text(value: Decimal) -> str:
    """A number with as many decimals as it needs (at most four): ``144``, ``57,6``, ``72,3288``."""
    exponent = value.normalize().as_tuple().exponent
    places = 0 if not isinstance(exponent, int) else min(max(-exponent, 0), 4)
    return fmt.number(value, places)


def hours_text(value: Decimal) -> str:
    return fmt.hours(value)


def day_text(day: date) -> str:
    return fmt.day(day)


def bucket_label(bucket: Bucket, year: int | None = None) -> str:
    """The bucket in the words of the CAO, e.g. ``statutory hours 2026``."""
    if bucket is Bucket.WETTELIJK:
        return _("statutory hours {year}").format(year=year) if year else _("statutory hours")
    if bucket is Bucket.IKB_UREN:
        return _("IKB-uren {year}").format(year=year) if year else _("IKB-uren")
    if bucket is Bucket.IKB_GEKOCHT:
        return _("bought IKB-uren {year}").format(year=year) if year else _("bought IKB-uren")
    if bucket is Bucket.SPAARVERLOF:
        return _("spaarverlof")
    return _("compensatie-uren")


def entry_label(entry: LeaveEntry) -> str:
    return f"“{entry.note}” ({entry.id})" if entry.note else entry.id

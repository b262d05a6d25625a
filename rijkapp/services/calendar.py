"""Your leave, and the last valid days of your certificates, in calendar files (.ics) for
Outlook and others: which leave, which years, where.

The files themselves are made by :mod:`rijkapp.reports.ical` (all-day events only); this is the
one way the GUI asks for them. Nothing is sent anywhere: a file is written where you say.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from rijkapp.reports.ical import certificate_calendar, leave_calendar, write_calendar, years_of
from rijkapp.store.repository import Store

__all__ = [
    "CERTIFICATES_FILE_NAME",
    "CalendarChoice",
    "export_certificate_calendar",
    "export_leave_calendar",
    "years_to_choose",
]

CERTIFICATES_FILE_NAME = "certificaten.ics"  # the name to suggest for the certificates' file


@dataclass(frozen=True)
class CalendarChoice:
    """What goes into the file: one year (None: every year worth exporting), which leave."""

    year: int | None
    planned: bool = True
    taken: bool = True
    holidays: bool = True

    @property
    def file_name(self) -> str:
        """The name to suggest for the file."""
        return f"verlof-{self.year}.ics" if self.year is not None else "verlof.ics"


def years_to_choose(today: date) -> list[int]:
    """The years offered to export on their own: last year, this year and next year."""
    return sorted({today.year - 1, today.year, today.year + 1})


def export_leave_calendar(
    store: Store,
    path: Path,
    choice: CalendarChoice,
    *,
    today: date,
    now: datetime,
    language: str = "nl",
) -> Path:
    """Write the leave of the open dossier to ``path`` as ``choice`` says; returns ``path``."""
    dossier = store.dossier()
    years = [choice.year] if choice.year is not None else years_of(dossier, today)
    data = leave_calendar(
        dossier,
        years,
        now,
        language=language if language in ("nl", "en") else "nl",
        include_planned=choice.planned,
        include_taken=choice.taken,
        include_holidays=choice.holidays,
    )
    write_calendar(str(path), data)
    return path


def export_certificate_calendar(
    store: Store, path: Path, *, now: datetime, language: str = "nl"
) -> Path:
    """Write the last valid day of every certificate that has one to ``path``, each with
    reminders 90, 60, 30 and 7 days before; returns ``path``."""
    data = certificate_calendar(
        store.dossier(), now, language=language if language in ("nl", "en") else "nl"
    )
    write_calendar(str(path), data)
    return path

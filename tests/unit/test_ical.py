"""The .ics export: all-day leave events and the Rijk's holidays, readable back by icalendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from icalendar import Calendar

from rijkapp.domain.records import Dossier, LeaveEntry, LeaveStatus
from rijkapp.reports.ical import leave_calendar

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=timezone(timedelta(hours=1)))


def events(data: bytes) -> list[tuple[str, date, date]]:
    cal = Calendar.from_ical(data)
    return [
        (str(c.get("summary")), c.decoded("dtstart"), c.decoded("dtend"))
        for c in cal.walk("VEVENT")
    ]


def test_leave_is_all_day_and_the_end_day_is_included() -> None:
    dossier = Dossier(
        leave=(
            LeaveEntry(
                "l1",
                date(2026, 7, 20),
                date(2026, 7, 31),
                None,
                None,
                LeaveStatus.PLANNED,
                "zomervakantie",
            ),
            LeaveEntry(
                "l2", date(2026, 2, 13), date(2026, 2, 13), Decimal("3.6"), None, LeaveStatus.TAKEN
            ),
        )
    )
    found = events(leave_calendar(dossier, [2026], NOW, include_holidays=False))
    assert ("Verlof (gepland): zomervakantie", date(2026, 7, 20), date(2026, 8, 1)) in found
    assert ("Verlof", date(2026, 2, 13), date(2026, 2, 14)) in found
    assert all(not isinstance(start, datetime) for _, start, _ in found)  # dates, no time zone


def test_rijk_holidays_include_bevrijdingsdag_and_not_goede_vrijdag() -> None:
    found = {start: summary for summary, start, _ in events(leave_calendar(Dossier(), [2026], NOW))}
    assert found[date(2026, 5, 5)] == "Bevrijdingsdag"
    assert date(2026, 4, 3) not in found  # Goede Vrijdag
    assert found[date(2026, 4, 27)] == "Koningsdag"
    assert len(found) == 10


def test_english_holiday_names() -> None:
    found = {
        start: s for s, start, _ in events(leave_calendar(Dossier(), [2026], NOW, language="en"))
    }
    assert found[date(2026, 12, 25)] == "Christmas Day"

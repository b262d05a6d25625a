"""Leave and the Rijk's public holidays as an iCalendar (.ics) file for Outlook and others.

All-day events only: leave is about days, so there is no time zone to get wrong (an event on
20 July stays on 20 July wherever the calendar is opened). The file is written locally; nothing
is sent anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from rijkapp.calc.holidays import rijk_holidays
from rijkapp.domain.records import Dossier, LeaveStatus
from rijkapp.i18n import N_, translate

PRODID = "-//Rijkapp//Verlof//NL"


def leave_calendar(
    dossier: Dossier,
    years: Iterable[int],
    now: datetime,
    *,
    language: str = "nl",
    include_planned: bool = True,
    include_taken: bool = True,
    include_holidays: bool = True,
) -> bytes:
    """The calendar as bytes, ready to be written to a ``.ics`` file, its text in ``language``."""
    from icalendar import Calendar, Event

    wanted = sorted(set(years))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", translate(N_("Leave (Rijkapp)"), language))
    stamp = now.astimezone().replace(microsecond=0)

    for entry in sorted(dossier.leave, key=lambda e: (e.start, e.id)):
        if entry.end.year not in wanted and entry.start.year not in wanted:
            continue
        planned = entry.status is LeaveStatus.PLANNED
        if (planned and not include_planned) or (not planned and not include_taken):
            continue
        event = Event()
        event.add("uid", f"leave-{entry.id}@rijkapp.invalid")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.start)
        event.add("dtend", entry.end + timedelta(days=1))  # DTEND of an all-day event is exclusive
        summary = translate(N_("Leave (planned)") if planned else N_("Leave"), language)
        event.add("summary", f"{summary}: {entry.note}" if entry.note else summary)
        event.add("transp", "OPAQUE")
        event.add("categories", [translate(N_("Leave"), language)])
        calendar.add_component(event)

    if include_holidays:
        for year in wanted:
            for day, name in sorted(rijk_holidays(year, language).items()):
                event = Event()
                event.add("uid", f"holiday-{day.isoformat()}@rijkapp.invalid")
                event.add("dtstamp", stamp)
                event.add("dtstart", day)
                event.add("dtend", day + timedelta(days=1))
                event.add("summary", name)
                event.add("transp", "TRANSPARENT")
                event.add("categories", [translate(N_("Public holiday"), language)])
                calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def write_leave_calendar(path: str, data: bytes) -> None:
    from pathlib import Path

    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(data)
    partial.replace(target)


def years_of(dossier: Dossier, today: date) -> list[int]:
    """The years worth exporting: this year, next year, and any year with leave."""
    years = {today.year, today.year + 1}
    years.update(e.start.year for e in dossier.leave)
    return sorted(years)

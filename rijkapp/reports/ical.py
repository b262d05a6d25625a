"""Leave and the Rijk's public holidays, and the last valid days of certificates, as iCalendar
(.ics) files for Outlook and others.

All-day events only: leave and validity are about days, so there is no time zone to get wrong
(an event on 20 July stays on 20 July wherever the calendar is opened). A certificate's event
carries reminders 90, 60, 30 and 7 days before. The file is written locally; nothing is sent
anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from rijkapp.calc.holidays import rijk_holidays
from rijkapp.domain.records import Certificate, Dossier, LearningActivity, LeaveStatus
from rijkapp.i18n import N_, translate
from rijkapp.message import Day, Message

PRODID = "-//Rijkapp//Verlof//NL"
CERTIFICATES_PRODID = "-//Rijkapp//Certificaten//NL"
# Days before a certificate's last valid day on which the calendar reminds you.
REMINDER_DAYS = (90, 60, 30, 7)


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


def certificate_calendar(dossier: Dossier, now: datetime, *, language: str = "nl") -> bytes:
    """One all-day event on the last valid day of each certificate that has one, with a
    reminder 90, 60, 30 and 7 days before; its text in ``language``."""
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", CERTIFICATES_PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", translate(N_("Certificates (Rijkapp)"), language))
    stamp = now.astimezone().replace(microsecond=0)
    for activity in sorted(dossier.learning_activities, key=lambda a: a.id):
        for certificate in activity.certificates:
            if certificate.valid_until is not None:
                calendar.add_component(
                    _certificate_event(
                        activity, certificate, certificate.valid_until, stamp, language
                    )
                )
    data: bytes = calendar.to_ical()
    return data


def _certificate_event(
    activity: LearningActivity,
    certificate: Certificate,
    last_day: date,
    stamp: datetime,
    language: str,
) -> Any:
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", f"certificate-{activity.id}-{certificate.id}@rijkapp.invalid")
    event.add("dtstamp", stamp)
    event.add("dtstart", last_day)
    event.add("dtend", last_day + timedelta(days=1))  # DTEND of an all-day event is exclusive
    title = Message(N_("Last valid day of the certificate: {title}"), title=activity.title)
    event.add("summary", title.render(language))
    reminder = Message(
        N_("The certificate for {title} is valid up to and including {day}. Renew it in time."),
        title=activity.title,
        day=Day(last_day),
    ).render(language)
    event.add("description", f"{certificate.filename}: {reminder}")
    event.add("transp", "TRANSPARENT")
    event.add("categories", [translate(N_("Certificate"), language)])
    for days in REMINDER_DAYS:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", timedelta(days=-days))  # before the start of the last valid day
        alarm.add("description", reminder)
        event.add_component(alarm)
    return event


def write_calendar(path: str, data: bytes) -> None:
    """Write a calendar file: next to the target first, then moved in place."""
    from pathlib import Path

    from rijkapp.files import write_whole

    write_whole(Path(path), data)


def years_of(dossier: Dossier, today: date) -> list[int]:
    """The years worth exporting: this year, next year, and any year with leave."""
    years = {today.year, today.year + 1}
    years.update(e.start.year for e in dossier.leave)
    return sorted(years)

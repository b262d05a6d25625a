"""The calendar exports as the GUI asks for them: which years, which leave, the file name; the
certificates' last valid days with their reminders."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from icalendar import Calendar

from rijkapp.domain.records import (
    Certificate,
    LearningActivity,
    LearningStatus,
    LeaveEntry,
    LeaveStatus,
)
from rijkapp.services.calendar import (
    CERTIFICATES_FILE_NAME,
    CalendarChoice,
    export_certificate_calendar,
    export_leave_calendar,
    years_to_choose,
)
from rijkapp.store.session import Session
from tests.helpers import NOW, TODAY


def test_the_years_to_choose_and_the_file_name() -> None:
    assert years_to_choose(TODAY) == [2025, 2026, 2027]
    assert CalendarChoice(2026).file_name == "verlof-2026.ics"
    assert CalendarChoice(None).file_name == "verlof.ics"


def test_the_file_holds_the_leave_asked_for(session: Session, tmp_path: Path) -> None:
    store = session.store
    store.save(LeaveEntry("t", date(2026, 2, 16), date(2026, 2, 20), status=LeaveStatus.TAKEN))
    store.save(LeaveEntry("p", date(2026, 7, 20), date(2026, 7, 24), note="week weg"))
    store.save(LeaveEntry("old", date(2024, 7, 1), date(2024, 7, 5)))
    target = tmp_path / "verlof.ics"
    choice = CalendarChoice(2026, taken=False, holidays=False)
    written = export_leave_calendar(store, target, choice, today=TODAY, now=NOW)
    assert written == target
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [(e.decoded("dtstart"), e.decoded("dtend")) for e in events] == [
        (date(2026, 7, 20), date(2026, 7, 25))  # the end of an all-day event is exclusive
    ]
    # Every year: 2024 (it has leave), 2026 and 2027, with the Rijk's public holidays.
    everything = export_leave_calendar(
        store, tmp_path / "alles.ics", CalendarChoice(None), today=TODAY, now=NOW
    )
    events = Calendar.from_ical(everything.read_bytes()).walk("VEVENT")
    leave = sorted(str(e["uid"]) for e in events if str(e["uid"]).startswith("leave-"))
    assert leave == [
        "leave-old@rijkapp.invalid",
        "leave-p@rijkapp.invalid",
        "leave-t@rijkapp.invalid",
    ]
    holidays = {e.decoded("dtstart").year for e in events if str(e["uid"]).startswith("holiday-")}
    assert holidays == {2024, 2026, 2027}


def test_the_certificate_calendar_has_one_event_per_last_valid_day_with_four_reminders(
    session: Session, tmp_path: Path
) -> None:
    store = session.store
    course = LearningActivity(
        "a1",
        "BHV",
        "training",
        "",
        None,
        None,
        Decimal("8"),
        Decimal("0.00"),
        LearningStatus.DONE,
        None,
        certificates=(
            Certificate(
                "bhv.pdf", "application/pdf", b"%PDF", valid_until=date(2027, 2, 14), id="c1"
            ),
            Certificate("foto.png", "image/png", b"\x89PNG", id="c2"),  # does not expire
        ),
    )
    store.save(course)
    target = tmp_path / CERTIFICATES_FILE_NAME
    assert export_certificate_calendar(store, target, now=NOW, language="en") == target
    (event,) = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["uid"]) == "certificate-a1-c1@rijkapp.invalid"
    assert (event.decoded("dtstart"), event.decoded("dtend")) == (
        date(2027, 2, 14),
        date(2027, 2, 15),
    )
    assert str(event["summary"]) == "Last valid day of the certificate: BHV"
    alarms = event.walk("VALARM")
    assert [a.decoded("trigger") for a in alarms] == [
        timedelta(days=-90),
        timedelta(days=-60),
        timedelta(days=-30),
        timedelta(days=-7),
    ]
    # 90 days before 14 February 2027 is 16 November 2026.
    assert date(2027, 2, 14) + alarms[0].decoded("trigger") == date(2026, 11, 16)
    assert {str(a["action"]) for a in alarms} == {"DISPLAY"}
    assert "14 February 2027" in str(alarms[0]["description"])
    dutch = export_certificate_calendar(store, tmp_path / "nl.ics", now=NOW)
    (event,) = Calendar.from_ical(dutch.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Laatste geldige dag van het certificaat: BHV"

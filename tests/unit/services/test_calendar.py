"""The calendar export as the GUI asks for it: which years, which leave, the file name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from icalendar import Calendar

from rijkapp.domain.records import LeaveEntry, LeaveStatus
from rijkapp.services.calendar import CalendarChoice, export_leave_calendar, years_to_choose
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

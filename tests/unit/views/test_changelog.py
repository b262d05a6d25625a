"""Help > Wijzigingslog: every change as a sentence in the reader's language, never as columns."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from rijkapp.domain.records import (
    IkbChoice,
    IkbChoiceKind,
    Informant,
    LeaveEntry,
    LeaveStatus,
    Talk,
    TalkPurpose,
)
from rijkapp.store.session import Session
from rijkapp.views.changelog import load_change_log
from tests.helpers.sessions import OpenData

NBSP = "\N{NO-BREAK SPACE}"
RAW = re.compile(r"\b[a-z]+_[a-z_]+\b|: [01]\b|\b[01] \(was|\d{4}-\d{2}-\d{2}")


def sentences(session: Session, language: str) -> list[str]:
    return [line.text.render(language) for line in load_change_log(session.store)]


def test_a_changed_ikb_choice_says_which_choice_and_what_changed(session: Session) -> None:
    choice = IkbChoice("c1", date(2026, 3, 1), IkbChoiceKind.BUY_HOURS, hours=Decimal(10))
    session.store.save(choice)
    session.store.save(replace(choice, hours=Decimal(20), submitted=True))
    newest, added = sentences(session, "nl")[:2]
    assert added == f"Keuze voor maart 2026 toegevoegd: 10{NBSP}uur kopen."
    assert newest == (
        f"Keuze voor maart 2026 gewijzigd: uren 20{NBSP}uur (was 10{NBSP}uur); "
        "ingediend in P-Direkt ja (was nee)."
    )
    assert sentences(session, "en")[0] == (
        f"Choice for March 2026 changed: hours 20{NBSP}hours (was 10{NBSP}hours); "
        "submitted in P-Direkt yes (was no)."
    )


def test_leave_added_and_deleted_is_named_by_its_days(session: Session) -> None:
    entry = LeaveEntry("l1", date(2026, 8, 3), date(2026, 8, 7), note="zomer")
    session.store.save(entry)
    session.store.delete(LeaveEntry, "l1")
    deleted, added = sentences(session, "nl")[:2]
    assert added == (
        "Verlof 3 augustus 2026 t/m 7 augustus 2026 toegevoegd: status gepland, "
        "omschrijving ‘zomer’."
    )
    assert deleted == "Verlof 3 augustus 2026 t/m 7 augustus 2026 verwijderd."
    assert sentences(session, "en")[0] == "Leave 3 August 2026 to 7 August 2026 deleted."
    assert LeaveStatus.PLANNED.value not in added


def test_a_talk_is_logged_with_its_informants_and_the_titles_of_its_topics(
    session: Session,
) -> None:
    talk = Talk(
        "t1",
        TalkPurpose.REFLECTEREN,
        date(2026, 6, 24),
        None,
        None,
        informants=(Informant("Carla Smit", "projectleider"), Informant("Youssef El Amrani")),
        topics=(("eigen_oordeel", "Tevreden, vooral over de planning."), ("resultaten", " ")),
        in_pdf=("eigen_oordeel", "informanten"),
    )
    session.store.save(talk)
    session.store.save(replace(talk, informants=(), topics=()))
    changed, added = sentences(session, "nl")[:2]
    assert added == (
        "Gesprek op 24 juni 2026 toegevoegd: soort gesprek reflecteren, datum 24 juni 2026, "
        "mensen gevraagd om input Carla Smit (projectleider); Youssef El Amrani, "
        "onderwerpen Mijn eigen oordeel over mijn functioneren, status concept, "
        "in de pdf Mijn eigen oordeel over mijn functioneren; Informanten."
    )
    assert "Tevreden" not in added  # the texts of the topics are not repeated in the log
    assert changed.startswith("Gesprek op 24 juni 2026 gewijzigd: mensen gevraagd om input – (was")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_line_of_the_example_shows_a_column_a_code_or_a_stored_value(
    make_session: OpenData, data_dir: Path, language: str
) -> None:
    lines = sentences(make_session(data_dir, example=True), language)
    assert len(lines) > 10
    for line in lines:
        assert not RAW.search(line), line
        assert line.endswith(".")

"""The Leren page's read model and the Overzicht's learning tile, on 28 November 2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rijkapp.domain.records import Dossier, LearningKind, LearningStatus
from rijkapp.views.leren import (
    CertificateStatus,
    LogFilter,
    filter_rows,
    learning_tile,
    leren_page,
    matching_rows,
)
from tests.helpers import TODAY
from tests.unit.calc.learning_fixtures import activity, budget, certificate, text

LOG = Dossier(
    development_budgets=(budget("d1", amount="400.00", valid_to=date(2026, 12, 31)),),
    learning_activities=(
        activity(
            "a1",
            title="Data-analyse voor beleid",
            hours="24",
            cost="850.00",
            skills=("data-analyse", "digitale vaardigheden"),
            start=date(2026, 2, 1),
            end=date(2026, 3, 15),
            certificates=(certificate(date(2027, 2, 14)),),
        ),
        activity(
            "a2",
            title="Schrijven voor het web",
            kind=LearningKind.E_LEARNING,
            hours="6",
            skills=("schrijven",),
            status=LearningStatus.PLANNED,
            start=date(2026, 12, 7),
            end=date(2026, 12, 8),
        ),
        activity(
            "a3",
            title="BHV",
            kind=LearningKind.TRAINING,
            hours="8",
            cost="150.00",
            skills=("veiligheid",),
            start=date(2024, 3, 4),
            end=date(2024, 3, 5),
            certificates=(certificate(date(2025, 3, 4)),),
        ),
        activity(
            "a4",
            title="Hackathon",
            kind="hackathon",  # a kind from another tool: kept as its own text
            hours="16",
            status=LearningStatus.STOPPED,
            start=date(2025, 10, 1),
            end=date(2025, 10, 2),
        ),
    ),
)


def test_the_log_newest_first_with_its_filter_choices() -> None:
    page = leren_page(LOG, TODAY)
    assert [r.activity.id for r in page.rows] == ["a2", "a1", "a4", "a3"]
    assert page.years == (2026, 2025, 2024)
    assert page.kinds == ("cursus", "training", "e-learning", "hackathon")
    assert page.skills == ("data-analyse", "digitale vaardigheden", "schrijven", "veiligheid")
    names = {
        r.activity.id: r.kind_name if isinstance(r.kind_name, str) else text(r.kind_name, "nl")
        for r in page.rows
    }
    assert names == {"a1": "Cursus", "a2": "Online leren", "a3": "Training", "a4": "hackathon"}


def test_filter_by_year_kind_status_skill_and_search() -> None:
    rows = leren_page(LOG, TODAY).rows

    def ids(wanted: LogFilter, language: str = "nl") -> list[str]:
        return [r.activity.id for r in filter_rows(rows, wanted, language)]

    assert ids(LogFilter(year=2026)) == ["a2", "a1"]
    assert ids(LogFilter(kind="training")) == ["a3"]
    assert ids(LogFilter(status=LearningStatus.PLANNED)) == ["a2"]
    assert ids(LogFilter(skill="Schrijven")) == ["a2"]
    # every word, any case, in title, provider, kind, skills or certificate file name
    assert ids(LogFilter(text="DATA beleid")) == ["a1"]
    assert ids(LogFilter(text="online")) == ["a2"]  # the kind's Dutch name
    assert ids(LogFilter(text="online"), "en") == []
    assert ids(LogFilter(text="certificaat.pdf")) == ["a1", "a3"]
    assert ids(LogFilter(year=2026, text="web")) == ["a2"]


def test_typing_on_searches_only_the_rows_found_so_far_and_finds_the_same() -> None:
    rows = leren_page(LOG, TODAY).rows
    before = LogFilter(year=2026, text="da")
    assert LogFilter(year=2026, text="data").narrows(before)
    assert LogFilter(year=2026, text="data beleid").narrows(before)
    assert not LogFilter(year=2026, text="d").narrows(before)  # a letter taken back
    assert not LogFilter(year=2025, text="data").narrows(before)  # another choice
    found = matching_rows(rows, before, "nl")
    assert [rows[n].activity.id for n in found] == ["a1"]
    # typing on: the rows found so far hold every row the longer search finds
    for searched in ("dat", "data", "data-analyse", "data beleid"):
        wanted = LogFilter(year=2026, text=searched)
        assert wanted.narrows(before)
        assert matching_rows(rows, wanted, "nl", found) == matching_rows(rows, wanted, "nl")


def test_a_row_is_made_when_asked_for() -> None:
    rows = leren_page(LOG, TODAY).rows
    assert len(rows) == 4
    first, last = rows[0], rows[-1]
    assert (first.activity.id, first.year, first.kind) == ("a2", 2026, "e-learning")
    assert text(first.status, "en") == "Planned" and first.certificates == ()
    assert last.activity.id == "a3" and [c.status for c in last.certificates] == [
        CertificateStatus.EXPIRED
    ]
    assert [r.activity.id for r in rows[1:3]] == ["a1", "a4"]
    assert rows[3].kind_name == rows[-1].kind_name


def test_hours_and_costs_per_year_for_the_chart_and_skills_over_the_years() -> None:
    page = leren_page(LOG, TODAY)
    # 2024: a3 8 h, € 150; 2025: a4 stopped, 0 h but 1 activity; 2026: a1 24 + a2 6 = 30 h, € 850
    assert [(t.year, t.hours, t.cost) for t in page.totals] == [
        (2024, Decimal(8), Decimal(150)),
        (2025, Decimal(0), Decimal(0)),
        (2026, Decimal(30), Decimal(850)),
    ]
    assert page.skills_by_year == {
        2024: ("veiligheid",),
        2026: ("data-analyse", "digitale vaardigheden", "schrijven"),
    }


def test_certificates_with_their_status() -> None:
    page = leren_page(LOG, TODAY)
    assert [(c.activity.id, c.status, c.days_left) for c in page.certificates] == [
        ("a3", CertificateStatus.EXPIRED, -634),  # 4 Mar 2025 -> 28 Nov 2026 is 634 days
        ("a1", CertificateStatus.EXPIRING, 78),
    ]


def test_the_overzicht_tile_hours_this_year_next_to_renew_and_what_lapses() -> None:
    tile = learning_tile(LOG, TODAY)
    assert tile.has_activities
    assert tile.hours_this_year == Decimal(30)  # a1 24 + a2 6 in 2026
    assert tile.next_to_renew is not None and tile.next_to_renew.activity.id == "a1"
    # 14 Feb 2027 - 90 days = 16 Nov 2026: the 90-day reminder is on
    assert [(r.activity.id, r.reminder) for r in tile.reminders] == [("a1", 90)]
    assert [e.activity.id for e in tile.expired] == ["a3"]
    # d1: € 400 left, lapses on 1 January 2027
    assert [b.budget.id for b in tile.lapsing] == ["d1"]
    assert len(tile.warnings) == 1


def test_an_empty_log_gives_an_empty_tile() -> None:
    tile = learning_tile(Dossier(), TODAY)
    assert not tile.has_activities
    assert tile.hours_this_year == 0
    assert tile.next_to_renew is None and tile.reminders == () and tile.lapsing == ()

"""The Gesprekken page's read model on 28 November 2026: talks per year, the warnings before
damage with their boundary days, and the preparation of a talk from the employee's records."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from rijkapp.domain.records import (
    TALK_TOPICS,
    Agreement,
    Dossier,
    LearningStatus,
    Profile,
    Talk,
    TalkPurpose,
    TalkStatus,
)
from rijkapp.rules.book import Confidence
from rijkapp.views.gesprekken import (
    GesprekkenView,
    TalkWarning,
    gesprekken_view,
    prepare_talk,
    talk_warnings,
)
from tests.helpers import TODAY
from tests.unit.calc.learning_fixtures import activity, budget, certificate, text

PLANNEN = TalkPurpose.PLANNEN
REFLECTEREN = TalkPurpose.REFLECTEREN
EVALUEREN = TalkPurpose.EVALUEREN


def talk(
    talk_id: str,
    on: date,
    purpose: TalkPurpose = PLANNEN,
    status: TalkStatus = TalkStatus.AFGEROND,
    period: tuple[date | None, date | None] = (None, None),
    **fields: Any,
) -> Talk:
    return Talk(talk_id, purpose, on, *period, manager="B. Jansen", status=status, **fields)


def agreement(
    agreement_id: str, due: date | None, status: str = "open", reflection: str = ""
) -> Agreement:
    return Agreement(
        agreement_id,
        "result",
        f"Afspraak {agreement_id}",
        due=due,
        status=status,
        reflection=reflection,
    )


HELD_THIS_YEAR = talk("t-held", date(2026, 3, 10))


def warnings_of(dossier: Dossier, today: date = TODAY) -> dict[str, TalkWarning]:
    return {w.kind: w for w in talk_warnings(dossier, today)}


def kinds(dossier: Dossier, today: date = TODAY) -> list[str]:
    return [w.kind for w in talk_warnings(dossier, today)]


# ------------------------------------------------------------------ the list


def test_talks_come_per_year_newest_year_first_and_in_date_order_within_a_year() -> None:
    talks = (
        talk("c", date(2026, 6, 1), REFLECTEREN, topics=(("resultaten", "Gaat goed."),)),
        talk(
            "a", date(2025, 2, 1), agreements=(agreement("g1", None), agreement("g2", None, "done"))
        ),
        talk("b", date(2026, 1, 20), manager_score="+"),
    )
    view = gesprekken_view(Dossier(talks=talks), TODAY)
    assert isinstance(view, GesprekkenView)
    assert [(y.year, [r.talk_id for r in y.rows]) for y in view.years] == [
        (2026, ["b", "c"]),
        (2025, ["a"]),
    ]
    first = view.years[1].rows[0]
    assert (first.open_agreements, first.prepared, first.has_manager_reply) == (1, False, False)
    assert view.years[0].rows[0].has_manager_reply
    assert view.years[0].rows[1].prepared
    assert set(view.talks) == {"a", "b", "c"} and view.talks["c"] == talks[0]
    assert view.today == TODAY


# ------------------------------------------------------------------ no talk this year


def test_no_held_talk_this_year_and_none_planned_is_warned_about() -> None:
    last_year = talk("t1", date(2025, 12, 9))
    forgotten = talk("t2", date(2026, 2, 1), status=TalkStatus.CONCEPT)  # its day has passed
    warning = warnings_of(Dossier(talks=(last_year, forgotten)))["no_talk_this_year"]
    assert warning.talk_id is None
    assert "in 2026 nog geen vastgelegd gesprek" in text(warning.message, "nl")
    assert "not had a registered talk with your manager in 2026" in text(warning.message, "en")


@pytest.mark.parametrize(
    "present",
    [
        HELD_THIS_YEAR,
        talk("t-gevoerd", date(2026, 1, 2), status=TalkStatus.GEVOERD),
        talk("t-planned", TODAY, status=TalkStatus.CONCEPT),  # today still counts as planned
        talk(
            "t-shared", date(2026, 12, 31), status=TalkStatus.GEDEELD, topics=(("resultaten", "x"),)
        ),
    ],
    ids=lambda t: t.id,
)
def test_a_held_or_planned_talk_this_year_takes_the_warning_away(present: Talk) -> None:
    assert "no_talk_this_year" not in kinds(Dossier(talks=(present,)))


def test_a_talk_planned_for_next_year_does_not_count_for_this_one() -> None:
    next_year = talk(
        "t", date(2027, 1, 5), status=TalkStatus.CONCEPT, topics=(("resultaten", "x"),)
    )
    assert "no_talk_this_year" in kinds(Dossier(talks=(next_year,)))


# ------------------------------------------------------------------ unprepared soon


@pytest.mark.parametrize(
    ("days", "warned", "dutch"),
    [
        (0, True, "Je gesprek is vandaag en je hebt het nog niet voorbereid."),
        (
            1,
            True,
            "Je gesprek op 29 november 2026 is over 1 dag en je hebt het nog niet voorbereid.",
        ),
        (
            14,
            True,
            "Je gesprek op 12 december 2026 is over 14 dagen en je hebt het nog niet voorbereid.",
        ),
        (15, False, ""),
        (-1, False, ""),
    ],
)
def test_a_concept_talk_within_14_days_without_preparation_is_warned_about(
    days: int, warned: bool, dutch: str
) -> None:
    soon = talk("t-soon", TODAY + timedelta(days=days), status=TalkStatus.CONCEPT)
    found = warnings_of(Dossier(talks=(HELD_THIS_YEAR, soon))).get("unprepared_soon")
    if not warned:
        assert found is None
        return
    assert found is not None and found.talk_id == "t-soon"
    assert text(found.message, "nl") == dutch
    assert "not prepared it yet" in text(found.message, "en")


@pytest.mark.parametrize(
    "change",
    [
        {"topics": (("werkbeleving", "Het werk past goed."),)},
        {"status": TalkStatus.GEDEELD},
    ],
    ids=["one topic written", "already shared"],
)
def test_a_prepared_or_shared_talk_is_not_warned_about(change: dict[str, Any]) -> None:
    soon = dataclasses.replace(
        talk("t", TODAY + timedelta(days=3), status=TalkStatus.CONCEPT), **change
    )
    assert "unprepared_soon" not in kinds(Dossier(talks=(HELD_THIS_YEAR, soon)))


def test_blank_topics_or_questions_alone_do_not_make_a_talk_prepared() -> None:
    soon = talk(
        "t",
        TODAY + timedelta(days=3),
        status=TalkStatus.CONCEPT,
        topics=tuple((name, "  \n") for name in TALK_TOPICS),
        questions_for_manager="Mag ik thuiswerken?",
    )
    assert "unprepared_soon" in kinds(Dossier(talks=(HELD_THIS_YEAR, soon)))


# ------------------------------------------------------------------ five years


@pytest.mark.parametrize(
    ("start", "warned"),
    [
        (date(2021, 11, 28), True),  # exactly five years before today
        (date(2021, 11, 29), False),  # one day short
        (date(2015, 1, 1), True),
        (None, False),
    ],
)
def test_five_years_in_the_function_prompts_the_career_question(
    start: date | None, warned: bool
) -> None:
    dossier = Dossier(profile=Profile(function_start_date=start), talks=(HELD_THIS_YEAR,))
    found = warnings_of(dossier).get("five_years")
    assert (found is not None) is warned
    if found is not None:
        years = "5" if start == date(2021, 11, 28) else "11,8"
        assert text(found.message, "nl").startswith(
            f"Je werkt {years} jaar in deze functie. Na 5 jaar"
        )
        assert "how your career goes on" in text(found.message, "en")


def test_the_five_year_prompt_points_to_the_next_planned_talk() -> None:
    coming = talk(
        "t-next", date(2026, 12, 20), status=TalkStatus.GEDEELD, topics=(("loopbaan", "x"),)
    )
    dossier = Dossier(
        profile=Profile(function_start_date=date(2020, 1, 1)), talks=(HELD_THIS_YEAR, coming)
    )
    assert warnings_of(dossier)["five_years"].talk_id == "t-next"


# ------------------------------------------------------------------ agreements due


def test_open_agreements_due_within_30_days_or_overdue_are_counted_with_the_first_date() -> None:
    plan = talk(
        "t-plan",
        date(2026, 1, 15),
        agreements=(
            agreement("g1", TODAY + timedelta(days=30)),  # the 30th day counts
            agreement("g2", TODAY + timedelta(days=31)),  # one day later does not
            agreement("g3", date(2026, 10, 1), "busy"),  # overdue, under way
            agreement("g4", date(2026, 9, 1), "done"),
            agreement("g5", date(2026, 9, 1), "stopped"),
            agreement("g6", None),
        ),
    )
    warning = warnings_of(Dossier(talks=(plan,)))["agreements_due"]
    assert warning.talk_id == "t-plan"
    assert text(warning.message, "nl") == (
        "2 open afspraken moeten binnenkort klaar zijn of zijn over tijd; "
        "de eerste op 1 oktober 2026."
    )
    assert text(warning.message, "en") == (
        "2 open agreements are due soon or overdue; the first on 1 October 2026."
    )


def test_an_agreement_carried_to_a_later_talk_counts_once_as_the_later_talk_has_it() -> None:
    planned = agreement("g1", TODAY + timedelta(days=10))
    plan = talk("t-plan", date(2026, 1, 15), agreements=(planned,))
    reflect = talk("t-reflect", date(2026, 6, 1), REFLECTEREN, agreements=(planned,))
    warning = warnings_of(Dossier(talks=(plan, reflect)))["agreements_due"]
    assert warning.talk_id == "t-reflect"
    assert text(warning.message, "nl").startswith("1 open afspraak moet binnenkort klaar zijn")
    done = talk(
        "t-reflect",
        date(2026, 6, 1),
        REFLECTEREN,
        agreements=(dataclasses.replace(planned, status="done"),),
    )
    assert "agreements_due" not in kinds(Dossier(talks=(plan, done)))


# ------------------------------------------------------------------ preparation

YEAR = (date(2026, 1, 1), date(2026, 12, 31))
PLAN = talk(
    "t-plan",
    date(2026, 1, 20),
    period=YEAR,
    agreements=(
        agreement("g1", date(2026, 10, 1), "done", reflection="Op tijd klaar."),
        Agreement("g2", "development", "Data-analyse leren", "Cursus afgerond", date(2026, 6, 30)),
    ),
)


@pytest.mark.parametrize(
    ("on", "covered"),
    [
        (date(2026, 1, 1), True),  # the first day of the period
        (date(2026, 12, 31), True),  # the last day
        (date(2027, 1, 1), False),
        (date(2025, 12, 31), False),
    ],
)
def test_a_reflecting_talk_looks_back_on_the_planning_talk_whose_period_covers_it(
    on: date, covered: bool
) -> None:
    reflect = talk("t-reflect", on, REFLECTEREN, status=TalkStatus.CONCEPT)
    preparation = prepare_talk(Dossier(talks=(PLAN, reflect)), reflect, TODAY)
    if not covered:
        assert preparation.covering_plannen is None and preparation.agreements == ()
        return
    assert preparation.covering_plannen is not None
    assert preparation.covering_plannen.talk_id == "t-plan"
    assert [
        (a.agreement_id, a.kind, a.status, a.reflection, a.from_talk_id)
        for a in preparation.agreements
    ] == [
        ("g1", "result", "done", "Op tijd klaar.", "t-plan"),
        ("g2", "development", "open", "", "t-plan"),
    ]
    assert preparation.agreements[1].measure == "Cursus afgerond"
    assert preparation.agreements[1].due == date(2026, 6, 30)


def test_a_planning_talk_looks_back_on_no_agreements_and_an_evaluation_on_its_own() -> None:
    evaluate = talk(
        "t-eval", date(2026, 12, 9), EVALUEREN, agreements=(agreement("g1", None, "done"),)
    )
    dossier = Dossier(talks=(PLAN, evaluate))
    assert prepare_talk(dossier, PLAN, TODAY).agreements == ()
    own = prepare_talk(dossier, evaluate, TODAY)
    assert [(a.agreement_id, a.from_talk_id) for a in own.agreements] == [("g1", "t-eval")]
    assert own.covering_plannen is not None and own.covering_plannen.talk_id == "t-plan"


def learning_dossier(talk_in_focus: Talk) -> Dossier:
    return Dossier(
        development_budgets=(
            budget("d1", amount="1000.00", hours="40"),
            budget("d2", amount="500.00"),
        ),
        learning_activities=(
            dataclasses.replace(
                activity(
                    "a1",
                    title="Data-analyse voor beleid",
                    cost="850.00",
                    hours="24",
                    budget_id="d1",
                    start=date(2026, 2, 1),
                    end=date(2026, 3, 15),
                    certificates=(certificate(date(2029, 3, 14)),),
                ),
                reflection="Wat ik hiervan echt vond",
            ),
            activity(
                "a2",
                title="Schrijven",
                cost="200.00",
                hours="6",
                budget_id="d1",
                status=LearningStatus.PLANNED,
                start=date(2026, 12, 1),
                end=date(2027, 1, 10),
            ),
            activity(
                "a3",
                title="Vorig jaar",
                cost="300.00",
                budget_id="d2",
                start=date(2025, 3, 1),
                end=date(2025, 3, 2),
            ),
        ),
        talks=(talk_in_focus,),
    )


def test_the_preparation_has_the_learning_of_the_period_and_what_it_used_of_budgets() -> None:
    reflect = talk("t-reflect", date(2026, 12, 9), EVALUEREN, period=YEAR)
    preparation = prepare_talk(learning_dossier(reflect), reflect, TODAY)
    assert [(a.title, a.hours, a.status) for a in preparation.learning] == [
        ("Data-analyse voor beleid", Decimal("24"), LearningStatus.DONE),
        ("Schrijven", Decimal("6"), LearningStatus.PLANNED),
    ]
    first = preparation.learning[0]
    assert [(c.title, c.valid_until) for c in first.certificates] == [
        ("certificaat.pdf", date(2029, 3, 14))
    ]
    assert first.reflection == "Wat ik hiervan echt vond"  # for the app; the PDF test is elsewhere
    ((used,),) = [preparation.budgets]
    assert used.budget_id == "d1"
    assert (used.spent_amount, used.spent_hours) == (Decimal("850.00"), Decimal("24"))
    assert (used.committed_amount, used.committed_hours) == (Decimal("200.00"), Decimal("6"))
    assert used.activity_ids == ("a1", "a2")


def test_a_talk_without_a_period_has_no_learning_to_show() -> None:
    bare = talk("t", date(2026, 12, 9), EVALUEREN)
    preparation = prepare_talk(learning_dossier(bare), bare, TODAY)
    assert (preparation.learning, preparation.budgets) == ((), ())


def test_the_preparation_prompts_the_career_question_on_the_talks_day() -> None:
    coming = talk("t", date(2027, 1, 10), status=TalkStatus.CONCEPT)
    short = Dossier(profile=Profile(function_start_date=date(2022, 1, 9)), talks=(coming,))
    assert prepare_talk(short, coming, TODAY).five_year is not None  # five years on 10 Jan 2027
    later = dataclasses.replace(coming, on=date(2027, 1, 8))
    assert prepare_talk(short, later, TODAY).five_year is None


def test_the_guidance_asks_p_direkts_questions_per_topic_and_says_where_they_come_from() -> None:
    plan = talk("t", date(2026, 12, 9), status=TalkStatus.CONCEPT)
    preparation = prepare_talk(Dossier(talks=(plan,)), plan, TODAY)
    guidance = dict(preparation.guidance)
    assert set(guidance) == {*TALK_TOPICS, "vragen"}
    assert all(guidance[name] for name in guidance)
    dutch = {m.render("nl") for questions in guidance.values() for m in questions}
    assert "Wat wil je doen in de komende periode?" in dutch
    assert "Hoe doe je je werk? Wat gaat goed, en wat kan beter?" in dutch
    assert all(m.render("en") != m.render("nl") for q in guidance.values() for m in q)
    rule = preparation.guidance_rule
    assert rule is not None and rule.confidence is Confidence.UNCONFIRMED
    assert rule.source.title == "P-Direkt: personeelsgesprekken"
    assert "zelf gekozen" in (rule.description_nl or "")

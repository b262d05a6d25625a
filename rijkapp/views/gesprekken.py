"""Gesprekken: the talks of the gesprekscyclus Rijk per year, the warnings before damage, and the
preparation of one talk from the employee's own records.

:func:`gesprekken_view` gives the page its talks per year (newest year first, each year's talks
in date order), the warnings and every talk by id for the editor. The warnings:

- ``no_talk_this_year``: no talk held (gevoerd or afgerond) dated in this calendar year, and none
  planned (concept or gedeeld, on a day still to come this year): the CAO asks for at least one
  registered conversation a year;
- ``unprepared_soon``: a concept talk within 14 days (the 14th day too) whose topics are all
  empty;
- ``five_years``: the profile's function started at least 5 years before today (CAO 12.1): the
  talk covers how the career goes on;
- ``agreements_due``: open agreements whose due date has passed or is at most 30 days away.

:func:`prepare_talk` gives a talk's preparation: for a reflecting or evaluating talk the agreements
it carries (its own, else those of the planning talk whose period covers its date); the learning
of its period and what of the development budgets it used; the 5-year prompt; and per topic the
questions P-Direkt asks employees to prepare, as guidance. The learning of the period is worked
out once, by :func:`rijkapp.reports.talk_pdf.learning_of_period`, which the PDF is made from too.
Nothing here is a sentence in a language: the core's messages are rendered by the page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING

from rijkapp.calc.career import career
from rijkapp.calc.development import budget_use
from rijkapp.domain.records import (
    TALK_TOPICS,
    Agreement,
    Dossier,
    Talk,
    TalkPurpose,
    TalkStatus,
)
from rijkapp.domain.values import Hours, Money
from rijkapp.i18n import N_
from rijkapp.message import Compact, Day, Message, plural
from rijkapp.reports.talk_pdf import (
    PeriodActivity,
    PeriodCertificate,
    agreements_source,
    covering_plannen,
    learning_of_period,
)
from rijkapp.rules import default_rulebook
from rijkapp.rules.book import Rule, RuleBook

if TYPE_CHECKING:
    from rijkapp.store.repository import Store

SOON_DAYS = 14  # a concept talk this close without preparation is warned about
DUE_DAYS = 30  # an open agreement due this close (or overdue) is warned about
HELD = frozenset({TalkStatus.GEVOERD, TalkStatus.AFGEROND})
PLANNED = frozenset({TalkStatus.CONCEPT, TalkStatus.GEDEELD})
CLOSED_AGREEMENT = frozenset({"done", "stopped"})  # every other status counts as open
TALKS_PER_YEAR_RULE = "registered_talks_per_year_min"
MOBILITY_RULE = "mobility_talk_after_years"
GUIDANCE_RULE = "talk_preparation_questions"

# The learning of the period as the preparation shows it: the very values the PDF is made from.
PreparedActivity = PeriodActivity
PreparedCertificate = PeriodCertificate


# ------------------------------------------------------------------ the list


@dataclass(frozen=True)
class TalkRow:
    """One talk in the list."""

    talk_id: str
    purpose: TalkPurpose
    on: date
    period_from: date | None
    period_to: date | None
    manager: str
    status: TalkStatus
    prepared: bool  # at least one topic has text
    open_agreements: int  # its own agreements not done or stopped
    has_manager_reply: bool  # the manager's conclusion, score or remarks came back


@dataclass(frozen=True)
class TalkYear:
    year: int
    rows: tuple[TalkRow, ...]  # in date order


@dataclass(frozen=True)
class TalkWarning:
    kind: str  # no_talk_this_year, unprepared_soon, five_years, agreements_due
    message: Message
    talk_id: str | None  # the talk it is about, to open it; None when it is about no one talk


@dataclass(frozen=True)
class GesprekkenView:
    years: tuple[TalkYear, ...]  # newest year first
    warnings: tuple[TalkWarning, ...]
    talks: Mapping[str, Talk]  # every talk by id, for the editor
    today: date


def is_prepared(talk: Talk) -> bool:
    """Whether any topic of the talk has text."""
    return any(talk.topic(name).strip() for name in TALK_TOPICS)


def is_open(agreement: Agreement) -> bool:
    return agreement.status not in CLOSED_AGREEMENT


def talk_row(talk: Talk) -> TalkRow:
    return TalkRow(
        talk_id=talk.id,
        purpose=talk.purpose,
        on=talk.on,
        period_from=talk.period_from,
        period_to=talk.period_to,
        manager=talk.manager,
        status=talk.status,
        prepared=is_prepared(talk),
        open_agreements=sum(1 for a in talk.agreements if is_open(a)),
        has_manager_reply=any(
            value is not None
            for value in (talk.manager_conclusion, talk.manager_score, talk.manager_remarks)
        ),
    )


def _in_date_order(talks: tuple[Talk, ...]) -> list[Talk]:
    return sorted(talks, key=lambda t: (t.on, t.id))


def talk_years(talks: tuple[Talk, ...]) -> tuple[TalkYear, ...]:
    """The talks per year of their date, newest year first, each year in date order."""
    by_year: dict[int, list[TalkRow]] = {}
    for talk in _in_date_order(talks):
        by_year.setdefault(talk.on.year, []).append(talk_row(talk))
    return tuple(TalkYear(year, tuple(by_year[year])) for year in sorted(by_year, reverse=True))


# ------------------------------------------------------------------ warnings


def no_talk_warning(talks: tuple[Talk, ...], today: date, book: RuleBook) -> TalkWarning | None:
    """No talk held this calendar year and none planned for the rest of it."""
    held = [t for t in talks if t.on.year == today.year and t.status in HELD]
    needed = book.get(TALKS_PER_YEAR_RULE, today).decimal
    planned = any(t.on.year == today.year and t.on >= today and t.status in PLANNED for t in talks)
    if len(held) >= needed or planned:
        return None
    return TalkWarning(
        "no_talk_this_year",
        Message(
            N_(
                "You have not had a registered talk with your manager in {year} yet, and none "
                "is planned. The CAO asks for at least one a year: plan one."
            ),
            year=str(today.year),
        ),
        None,
    )


def unprepared_warnings(talks: tuple[Talk, ...], today: date) -> tuple[TalkWarning, ...]:
    """Concept talks from today up to and including 14 days ahead whose topics are all empty."""
    last = today + timedelta(days=SOON_DAYS)
    return tuple(
        TalkWarning(
            "unprepared_soon",
            plural(
                "Your talk on {date} is in {count} day and you have not prepared it yet.",
                "Your talk on {date} is in {count} days and you have not prepared it yet.",
                (talk.on - today).days,
                date=Day(talk.on),
            )
            if talk.on > today
            else Message(N_("Your talk is today and you have not prepared it yet.")),
            talk.id,
        )
        for talk in _in_date_order(talks)
        if talk.status is TalkStatus.CONCEPT and today <= talk.on <= last and not is_prepared(talk)
    )


def five_year_prompt(dossier: Dossier, on: date, book: RuleBook) -> Message | None:
    """The CAO 12.1 career question, once the function started at least 5 years before ``on``."""
    figures = career(dossier.profile, on, book)
    if not figures.mobility_talk_due or figures.years_in_function is None:
        return None
    return Message(
        N_(
            "You have worked in this function for {years} years. After {limit} years the talk "
            "covers how your career goes on: in this function or in another one (CAO Rijk 12.1)."
        ),
        years=Compact(figures.years_in_function),
        limit=book.get(MOBILITY_RULE, on).value,
    )


def _next_planned(talks: tuple[Talk, ...], today: date) -> Talk | None:
    coming = [t for t in _in_date_order(talks) if t.on >= today and t.status in PLANNED]
    return coming[0] if coming else None


def current_agreements(talks: tuple[Talk, ...]) -> tuple[tuple[Talk, Agreement], ...]:
    """Every agreement once, as the latest talk that holds it says it stands.

    An agreement carried from a planning talk to a later talk keeps its id and its text; the
    later talk's copy (with its status and reflection) is the one that counts.
    """
    latest: dict[tuple[str, str], tuple[Talk, Agreement]] = {}
    for talk in _in_date_order(talks):
        for agreement in talk.agreements:
            latest[(agreement.id, agreement.text.strip())] = (talk, agreement)
    return tuple(latest.values())


def agreements_due_warning(talks: tuple[Talk, ...], today: date) -> TalkWarning | None:
    """Open agreements whose due date has passed or is at most 30 days away."""
    last = today + timedelta(days=DUE_DAYS)
    due = sorted(
        (
            (agreement.due, talk.id)
            for talk, agreement in current_agreements(talks)
            if is_open(agreement) and agreement.due is not None and agreement.due <= last
        ),
    )
    if not due:
        return None
    first, talk_id = due[0]
    return TalkWarning(
        "agreements_due",
        plural(
            "{count} open agreement is due soon or overdue: on {date}.",
            "{count} open agreements are due soon or overdue; the first on {date}.",
            len(due),
            date=Day(first),
        ),
        talk_id,
    )


def talk_warnings(
    dossier: Dossier, today: date, book: RuleBook | None = None
) -> tuple[TalkWarning, ...]:
    """Every warning of the page, in the order above."""
    book = book or default_rulebook()
    talks = dossier.talks
    found: list[TalkWarning] = []
    missing = no_talk_warning(talks, today, book)
    if missing is not None:
        found.append(missing)
    found.extend(unprepared_warnings(talks, today))
    prompt = five_year_prompt(dossier, today, book)
    if prompt is not None:
        coming = _next_planned(talks, today)
        found.append(TalkWarning("five_years", prompt, coming.id if coming else None))
    due = agreements_due_warning(talks, today)
    if due is not None:
        found.append(due)
    return tuple(found)


def gesprekken_view(dossier: Dossier, today: date, book: RuleBook | None = None) -> GesprekkenView:
    return GesprekkenView(
        years=talk_years(dossier.talks),
        warnings=talk_warnings(dossier, today, book),
        talks=MappingProxyType({t.id: t for t in dossier.talks}),
        today=today,
    )


def load_gesprekken(store: Store, today: date) -> GesprekkenView:
    """Read the dossier and work out the page, on the data thread."""
    return gesprekken_view(store.dossier(), today)


# ------------------------------------------------------------------ the preparation

# The questions P-Direkt asks employees to prepare (how you do your work, what you want to do next,
# what you contribute to the goals of team and organisation, what you need, other subjects), in
# our words, with each topic they fit; and for the subjects P-Direkt and the CAO name without a
# question (career, inzetbaarheid, integriteit, werkbeleving), a question of our own. Source and
# confidence: the rule GUIDANCE_RULE (resources/rules/career.toml).
_HOW = N_("How do you do your work? What goes well, and what could go better?")
_NEXT = N_("What do you want to do in the coming period?")
_CONTRIBUTE = N_("What do you contribute to the goals of your team, department and organisation?")
_NEED = N_("What do you need for that, from your manager and from others?")
_OTHER = N_("Which other subjects do you want to talk about?")
_GUIDANCE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("omstandigheden", (_HOW, N_("What in your work or around it helped or hindered you?"))),
    ("resultaten", (_CONTRIBUTE, N_("Which results did you reach, and how did you reach them?"))),
    ("eigen_oordeel", (_HOW,)),
    ("afspraken_werk", (_NEXT, _CONTRIBUTE)),
    ("ontwikkeling", (_NEED, N_("What do you want to learn, and how does it help your work?"))),
    (
        "loopbaan",
        (N_("Do you want to stay in this function, or take a next step? What would help you?"),),
    ),
    (
        "inzetbaarheid",
        (
            _NEED,
            N_("How is the balance between your work and your private life?"),
            N_("What do you need to keep working in good health?"),
        ),
    ),
    (
        "integriteit",
        (N_("Do you have work outside your job, or situations at work where integrity matters?"),),
    ),
    ("werkbeleving", (N_("How well does your work suit you?"), _OTHER)),
    ("vragen", (_OTHER,)),
)
GUIDANCE: tuple[tuple[str, tuple[Message, ...]], ...] = tuple(
    (topic, tuple(Message(question) for question in questions)) for topic, questions in _GUIDANCE
)


@dataclass(frozen=True)
class PreparedAgreement:
    """An agreement the talk looks back on, as it stands."""

    agreement_id: str
    kind: str  # result, development, career, inzetbaarheid (another tool's word is kept)
    text: str
    measure: str
    due: date | None
    status: str
    reflection: str
    from_talk_id: str  # the talk it was recorded in


@dataclass(frozen=True)
class PreparedBudget:
    """What the learning of the talk's period used of one development budget."""

    budget_id: str
    name: str
    spent_amount: Money  # activities of the period done or stopped
    spent_hours: Hours
    committed_amount: Money  # activities of the period planned or under way
    committed_hours: Hours
    activity_ids: tuple[str, ...]  # the activities of the period booked on it


@dataclass(frozen=True)
class Preparation:
    covering_plannen: TalkRow | None  # for reflecteren and evalueren: the planning talk
    agreements: tuple[PreparedAgreement, ...]
    learning: tuple[PreparedActivity, ...]  # the reflection in it is private: app only
    budgets: tuple[PreparedBudget, ...]
    five_year: Message | None
    guidance: tuple[tuple[str, tuple[Message, ...]], ...]  # per topic (and "vragen")
    guidance_rule: Rule | None  # the source of the guidance questions, with its confidence


def prepared_agreements(dossier: Dossier, talk: Talk) -> tuple[PreparedAgreement, ...]:
    """For a reflecting or evaluating talk, the agreements it looks back on; none for plannen."""
    if talk.purpose == TalkPurpose.PLANNEN:
        return ()
    source = agreements_source(dossier, talk)
    if source is None:
        return ()
    return tuple(
        PreparedAgreement(
            agreement_id=a.id,
            kind=a.kind,
            text=a.text,
            measure=a.measure,
            due=a.due,
            status=a.status,
            reflection=a.reflection,
            from_talk_id=source.id,
        )
        for a in source.agreements
    )


def period_budgets(
    dossier: Dossier, talk: Talk, learning: tuple[PreparedActivity, ...]
) -> tuple[PreparedBudget, ...]:
    """Per development budget, what the period's activities booked on it spent and committed."""
    ids = {a.activity_id for a in learning}
    activities = [a for a in dossier.learning_activities if a.id in ids]
    on = talk.period_to or talk.on
    found = []
    for budget in sorted(dossier.development_budgets, key=lambda b: (b.valid_from, b.id)):
        use = budget_use(budget, activities, on)
        if not use.activities:
            continue
        found.append(
            PreparedBudget(
                budget_id=budget.id,
                name=budget.name,
                spent_amount=use.spent_amount,
                spent_hours=use.spent_hours,
                committed_amount=use.committed_amount,
                committed_hours=use.committed_hours,
                activity_ids=tuple(a.id for a in use.activities),
            )
        )
    return tuple(found)


def prepare_talk(
    dossier: Dossier, talk: Talk, today: date, book: RuleBook | None = None
) -> Preparation:
    """The preparation of ``talk`` from the dossier; ``talk`` may be one still being edited."""
    book = book or default_rulebook()
    covering = covering_plannen(dossier, talk)
    learning = learning_of_period(dossier, talk)
    return Preparation(
        covering_plannen=talk_row(covering) if covering is not None else None,
        agreements=prepared_agreements(dossier, talk),
        learning=learning,
        budgets=period_budgets(dossier, talk, learning),
        five_year=five_year_prompt(dossier, talk.on, book),
        guidance=GUIDANCE,
        guidance_rule=book.find(GUIDANCE_RULE, today),
    )


def load_preparation(store: Store, talk: Talk, today: date) -> Preparation:
    """Read the dossier and prepare ``talk``, on the data thread."""
    return prepare_talk(store.dossier(), talk, today)


__all__ = [
    "DUE_DAYS",
    "GUIDANCE",
    "SOON_DAYS",
    "GesprekkenView",
    "Preparation",
    "PreparedActivity",
    "PreparedAgreement",
    "PreparedBudget",
    "PreparedCertificate",
    "TalkRow",
    "TalkWarning",
    "TalkYear",
    "current_agreements",
    "gesprekken_view",
    "is_prepared",
    "load_gesprekken",
    "load_preparation",
    "prepare_talk",
    "talk_row",
    "talk_warnings",
    "talk_years",
]

"""The employee's own records, as frozen dataclasses.

These mirror the exchange format (``docs/exchange-format.md``) one to one, so that import,
the store and the calculators speak about the same things. Money and hours are ``Decimal``;
dates are ``datetime.date``. How each record is stored and exchanged is declared once, in
``rijkapp.domain.declarations``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeAlias, TypeVar

from rijkapp.domain.values import Hours, Money

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Fields of an imported record that this version does not know (from a newer Rijkapp or another
# tool): (name, JSON text) in the order of the document. They are kept with the record and
# written back on export. They take no part in comparing records: a record edited in the app
# is equal to the same record as imported.
Extra: TypeAlias = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Profile:
    name: str = ""
    birth_date: date | None = None
    rijk_start_date: date | None = None
    organisation: str = ""
    unit: str = ""
    job_title: str = ""
    function_start_date: date | None = None
    manager: str = ""
    language: str = "nl"
    # Born before 1978 and chose PAS (or PAS-afbouw) before 2023: no transition IKB-uren (CAO 25.4).
    chose_pas: bool = False
    extra: Extra = field(default=(), compare=False)


@dataclass(frozen=True)
class Employment:
    """Terms of employment from a date on, until the next record (effective-dated)."""

    id: str
    valid_from: date
    hours_per_week: Hours
    scale: int
    step: int
    monthly_salary_fulltime: Money
    allowances_monthly: Money = Decimal("0.00")
    # Leaving service: the last day of employment, on the record that ends it.
    end_date: date | None = None
    extra: Extra = field(default=(), compare=False)


@dataclass(frozen=True)
class WorkSchedule:
    """Hours per weekday from a date on (Monday first)."""

    id: str
    valid_from: date
    hours: tuple[Hours, Hours, Hours, Hours, Hours, Hours, Hours]
    extra: Extra = field(default=(), compare=False)

    def hours_on(self, day: date) -> Hours:
        return self.hours[day.weekday()]

    @property
    def hours_per_week(self) -> Hours:
        return sum(self.hours, Decimal(0))


class Bucket(StrEnum):
    WETTELIJK = "wettelijk"
    IKB_UREN = "ikb_uren"
    IKB_GEKOCHT = "ikb_gekocht"
    SPAARVERLOF = "spaarverlof"
    COMPENSATIE = "compensatie"


# Buckets that belong to one year; spaarverlof and compensatie-uren do not.
YEARLY_BUCKETS = frozenset({Bucket.WETTELIJK, Bucket.IKB_UREN, Bucket.IKB_GEKOCHT})


@dataclass(frozen=True)
class LeaveBalance:
    """An opening balance or correction copied from P-Direkt: hours added to a bucket on a date."""

    id: str
    on: date
    bucket: Bucket
    year: int | None
    hours: Hours
    note: str = ""
    extra: Extra = field(default=(), compare=False)


class LeaveStatus(StrEnum):
    PLANNED = "planned"
    TAKEN = "taken"


@dataclass(frozen=True)
class LeaveEntry:
    id: str
    start: date
    end: date
    hours: Hours | None = None  # None: computed from the schedule and public holidays
    bucket: Bucket | None = None  # None: what expires first goes first
    status: LeaveStatus = LeaveStatus.PLANNED
    note: str = ""
    extra: Extra = field(default=(), compare=False)


class IkbChoiceKind(StrEnum):
    PAYOUT = "payout"
    BUY_HOURS = "buy_hours"
    SELL_HOURS = "sell_hours"
    FISCAL_GOAL = "fiscal_goal"


@dataclass(frozen=True)
class IkbChoice:
    id: str
    month: date  # the first day of the month the choice is for
    kind: IkbChoiceKind
    amount: Money | None = None  # payout, fiscal_goal
    hours: Hours | None = None  # buy_hours, sell_hours
    goal: str | None = None  # fiscal_goal
    submitted: bool = False  # marked as entered in the P-Direktportaal
    note: str = ""
    extra: Extra = field(default=(), compare=False)


class BudgetOwner(StrEnum):
    """Whose development budget it is."""

    ORGANISATIE = "organisatie"
    TEAM = "team"
    EIGEN = "eigen"


@dataclass(frozen=True)
class DevelopmentBudget:
    """A budget for development in money and/or hours, valid from ``valid_from`` to ``valid_to``."""

    id: str
    name: str
    source: str
    amount: Money
    hours: Hours
    valid_from: date
    valid_to: date
    owner: BudgetOwner = BudgetOwner.ORGANISATIE
    extra: Extra = field(default=(), compare=False)


class LearningKind(StrEnum):
    CURSUS = "cursus"
    OPLEIDING = "opleiding"
    TRAINING = "training"
    E_LEARNING = "e-learning"
    CONGRES = "congres"
    INTERVISIE = "intervisie"
    COACHING = "coaching"
    MENTORING = "mentoring"
    ON_THE_JOB = "on-the-job"
    STAGE = "stage"
    DETACHERING = "detachering"
    EVC = "evc"
    ZELFSTUDIE = "zelfstudie"


class LearningStatus(StrEnum):
    PLANNED = "planned"
    BUSY = "busy"
    DONE = "done"
    STOPPED = "stopped"


class StudyReason(StrEnum):
    """Why the employee studies, which decides the studiefaciliteiten (CAO Rijk 12.3)."""

    VERZOEK_LEIDINGGEVENDE = "verzoek_leidinggevende"
    LOOPBAANAFSPRAAK = "loopbaanafspraak"
    ANDERE_REDEN = "andere_reden"


class Funding(StrEnum):
    """Where the money or time for an activity comes from."""

    STUDIEFACILITEITEN = "studiefaciliteiten"
    BUDGET = "budget"
    IKB = "ikb"
    AO_BLIK_VOORUIT = "ao_blik_vooruit"
    AO_LOOPBAANADVIES = "ao_loopbaanadvies"
    EIGEN = "eigen"


@dataclass(frozen=True)
class Certificate:
    """A file that shows an activity was completed, kept inside the encrypted database."""

    filename: str
    media_type: str
    data: bytes
    issued: date | None = None
    valid_until: date | None = None  # the last valid day; None: it does not expire
    id: str = ""  # unique within its activity: c1, c2, ...
    extra: Extra = field(default=(), compare=False)


@dataclass(frozen=True)
class LearningActivity:
    id: str
    title: str
    # One of LearningKind; a kind from another tool that Rijkapp does not know is kept as text.
    kind: LearningKind | str
    provider: str
    start: date | None
    end: date | None
    hours: Hours  # lesson and exam hours
    cost: Money
    status: LearningStatus
    budget_id: str | None
    skills: tuple[str, ...] = ()
    reflection: str = ""  # private: what I learned, what it means for my work, what next
    reason: StudyReason | None = None  # None: no studiefaciliteiten asked
    funding: tuple[Funding, ...] = ()
    self_study_hours: Hours = Decimal(0)
    agreement_id: str | None = None  # an agreement of a talk that the activity serves
    certificates: tuple[Certificate, ...] = ()
    extra: Extra = field(default=(), compare=False)


@dataclass(frozen=True)
class Agreement:
    id: str
    kind: str  # result, development, career, inzetbaarheid (another tool's word is kept)
    text: str
    measure: str = ""
    due: date | None = None
    status: str = "open"
    reflection: str = ""
    extra: Extra = field(default=(), compare=False)


class TalkPurpose(StrEnum):
    """The three components of the gesprekscyclus Rijk (CAO Rijk 12.1, bijlage 12)."""

    PLANNEN = "plannen"
    REFLECTEREN = "reflecteren"  # reflecteren op functioneren
    EVALUEREN = "evalueren"  # evalueren met conclusie


class TalkStatus(StrEnum):
    CONCEPT = "concept"  # being prepared
    GEDEELD = "gedeeld"  # the preparation went to the manager
    GEVOERD = "gevoerd"  # the talk took place
    AFGEROND = "afgerond"  # the record is complete


# The CAO 12.1 topics and the further subjects of a talk, in the order of the record. The first
# four names are older than the rest; an older document holds only those.
TALK_TOPICS = (
    "omstandigheden",  # the circumstances in which the agreed work was done
    "resultaten",  # the results and how they were reached
    "eigen_oordeel",  # the employee's own opinion of their functioning
    "afspraken_werk",  # agreements on the work of the next period, its circumstances, results
    "ontwikkeling",  # agreements on development; leven lang leren is a fixed part
    "loopbaan",  # after 5 years in the same function: how the career goes on
    "inzetbaarheid",  # inzetbaarheid and vitaliteit: workload, balance, working healthily
    "integriteit",  # integriteit and nevenwerkzaamheden
    "werkbeleving",  # how the work suits the employee
)
# What can be chosen for the PDF besides the topics. "leerreflectie" is the private reflection on
# the learning of the period: never in the PDF unless the employee chooses it.
TALK_PARTS = ("informanten", "afspraken", "leeractiviteiten", "leerreflectie", "vragen")
TALK_SECTIONS = (*TALK_TOPICS, *TALK_PARTS)


@dataclass(frozen=True)
class Informant:
    """Someone with a functional working relationship who was consulted; what they said stays
    private and is never recorded."""

    name: str
    function: str = ""


@dataclass(frozen=True)
class Talk:
    id: str
    purpose: TalkPurpose
    on: date
    period_from: date | None
    period_to: date | None
    manager: str = ""
    informants: tuple[Informant, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    topics: tuple[tuple[str, str], ...] = ()
    questions_for_manager: str = ""
    self_score: str | None = None
    manager_conclusion: str | None = None
    manager_score: str | None = None
    employee_reaction: str | None = None
    status: TalkStatus = TalkStatus.CONCEPT
    # The sections (of TALK_SECTIONS) the employee chose to put in the PDF; nothing else goes.
    in_pdf: tuple[str, ...] = ()
    # The manager's part as read back from the PDF, beside manager_conclusion and manager_score.
    manager_remarks: str | None = None
    manager_name: str | None = None
    review_date: date | None = None
    extra: Extra = field(default=(), compare=False)

    def topic(self, name: str) -> str:
        """The text of one topic; empty when there is none."""
        return dict(self.topics).get(name, "")


@dataclass(frozen=True)
class Dossier:
    """Everything one employee keeps in Rijkapp: what an export holds and an import replaces."""

    profile: Profile = field(default_factory=Profile)
    employment: tuple[Employment, ...] = ()
    work_schedule: tuple[WorkSchedule, ...] = ()
    leave_balances: tuple[LeaveBalance, ...] = ()
    leave: tuple[LeaveEntry, ...] = ()
    ikb_choices: tuple[IkbChoice, ...] = ()
    development_budgets: tuple[DevelopmentBudget, ...] = ()
    learning_activities: tuple[LearningActivity, ...] = ()
    talks: tuple[Talk, ...] = ()
    settings: tuple[tuple[str, str], ...] = ()
    # Top-level sections of an imported document that this version does not know: kept, re-exported.
    extra_sections: tuple[tuple[str, str], ...] = ()


def employment_on(records: tuple[Employment, ...], day: date) -> Employment | None:
    """The employment record in force on ``day``; None before the first or after leaving."""
    current = _in_force(records, day)
    if current is not None and current.end_date is not None and day > current.end_date:
        return None
    return current


def schedule_on(records: tuple[WorkSchedule, ...], day: date) -> WorkSchedule | None:
    return _in_force(records, day)


Dated = TypeVar("Dated", Employment, WorkSchedule)

# Effective-dated records in date order, by the identity of the tuple they came in: a calculator
# asks for the record on every day of a career, and the tuple of a dossier does not change.
_ORDERED: dict[int, tuple[tuple[Any, ...], list[date], tuple[Any, ...]]] = {}


def _in_force(records: tuple[Dated, ...], day: date) -> Dated | None:
    """The last record (in date order, the later one of two on the same date) from ``day`` or
    before; None before the first."""
    found = _ORDERED.get(id(records))
    if found is None or found[0] is not records:
        ordered = tuple(sorted(records, key=lambda r: r.valid_from))
        if len(_ORDERED) >= 64:
            _ORDERED.clear()
        found = _ORDERED[id(records)] = (records, [r.valid_from for r in ordered], ordered)
    _records, starts, ordered = found
    index = bisect_right(starts, day)
    return ordered[index - 1] if index else None

"""Each record declared once: its fields, their codecs, its database table and columns, and its
names in the exchange document (``docs/exchange-format.md``).

Fields are listed in the order the document lists them. A column or document name is given only
where it differs from the attribute. Adding a field to a record: add it to the dataclass in
``rijkapp.domain.records``, declare it here, and add its column in a new migration in
``rijkapp.store.schema``; the database rows, the export and the import checks follow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from rijkapp.domain.codecs import (
    MAX_NAME,
    MORE_THAN_ZERO,
    Choice,
    ChoiceList,
    Day,
    FileBytes,
    Flag,
    HoursCodec,
    Informants,
    MoneyCodec,
    Month,
    OpenChoice,
    Rule,
    Text,
    TextList,
    TextMap,
    WeekHours,
    Whole,
)
from rijkapp.domain.errors import ValidationError
from rijkapp.domain.fields import ID, Check, Field, RecordKind, Records, Values, Where
from rijkapp.domain.records import (
    TALK_TOPICS,
    YEARLY_BUCKETS,
    Agreement,
    Bucket,
    BudgetOwner,
    Certificate,
    DevelopmentBudget,
    Dossier,
    Employment,
    Funding,
    IkbChoice,
    IkbChoiceKind,
    LearningActivity,
    LearningKind,
    LearningStatus,
    LeaveBalance,
    LeaveEntry,
    LeaveStatus,
    Profile,
    StudyReason,
    Talk,
    TalkPurpose,
    TalkStatus,
    WorkSchedule,
)
from rijkapp.i18n import N_

SCORES = ("++", "+", "+/-", "-")
PURPOSES = tuple(TalkPurpose)

DAY = Day()
HOURS = HoursCodec()
MONEY = MoneyCodec()
FLAG = Flag()
TEXT = Text()
NAME = Text(MAX_NAME)
YEAR = Whole(1990, 2100)


def not_before(start: str, end: str) -> Check:
    """The date ``end`` is not before the date ``start``."""

    def check(values: Values, where: Where) -> None:
        if values[end] < values[start]:
            raise ValidationError(
                where(end),
                N_("{end} is before the start {start}."),
                end=values[end].isoformat(),
                start=values[start].isoformat(),
            )

    return check


def not_before_if_both(start: str, end: str) -> Check:
    """The date ``end`` is not before the date ``start`` when both are given."""
    both = not_before(start, end)

    def check(values: Values, where: Where) -> None:
        if values[start] is not None and values[end] is not None:
            both(values, where)

    return check


def _year_of_a_yearly_bucket(values: Values, where: Where) -> None:
    bucket: Bucket = values["bucket"]
    if bucket in YEARLY_BUCKETS and values["year"] is None:
        raise ValidationError(
            where("year"), N_("is needed for bucket {bucket}."), bucket=bucket.value
        )


def kind_in(*kinds: IkbChoiceKind) -> Callable[[Values], bool]:
    """Read a field of an IKB choice only for these kinds of choice."""
    return lambda values: values["kind"] in kinds


PROFILE = RecordKind(
    Profile,
    "profile",
    "profile",
    (
        Field("name", NAME),
        Field("birth_date", DAY, nullable=True),
        Field("rijk_start_date", DAY, nullable=True),
        Field("organisation", NAME),
        Field("unit", NAME),
        Field("job_title", NAME),
        Field("function_start_date", DAY, nullable=True),
        Field("manager", NAME),
        Field("language", Choice(("nl", "en"), blank="nl")),
        Field("chose_pas", FLAG, omit_default=True),
    ),
    fixed_columns=(("id", 1),),
)

EMPLOYMENT = RecordKind(
    Employment,
    "employment",
    "employment",
    (
        ID,
        Field("valid_from", DAY, key="from", required=True),
        Field(
            "hours_per_week",
            HOURS,
            required=True,
            rules=(
                Rule(
                    lambda hours: Decimal(0) < hours <= Decimal(40),
                    N_("must be more than 0 and at most 40 hours."),
                ),
            ),
        ),
        Field("scale", Whole(1, 18), required=True),
        Field("step", Whole(0, 20), required=True),
        Field("monthly_salary_fulltime", MONEY, column="salary_fulltime_cents", required=True),
        Field("allowances_monthly", MONEY, column="allowances_cents", missing="0"),
        Field("end_date", DAY, nullable=True, omit_default=True),
    ),
)

WORK_SCHEDULE = RecordKind(
    WorkSchedule,
    "work_schedule",
    "work_schedule",
    (
        ID,
        Field("valid_from", DAY, key="from", required=True),
        Field("hours", WeekHours(), required=True),
    ),
)

LEAVE_BALANCES = RecordKind(
    LeaveBalance,
    "leave_balances",
    "leave_balances",
    (
        ID,
        Field("on", DAY, key="date", column="on_date", required=True),
        Field("bucket", Choice(tuple(Bucket)), required=True),
        Field("year", YEAR, nullable=True),
        Field("hours", HoursCodec(negative=True), required=True),
        Field("note", TEXT),
    ),
    check=_year_of_a_yearly_bucket,
)

LEAVE = RecordKind(
    LeaveEntry,
    "leave",
    "leave",
    (
        ID,
        Field("start", DAY, required=True),
        Field("end", DAY, required=True),
        Field("hours", HOURS, nullable=True),
        Field("bucket", Choice(tuple(Bucket)), nullable=True),
        Field("status", Choice(tuple(LeaveStatus)), missing=LeaveStatus.PLANNED.value),
        Field("note", TEXT),
    ),
    check=not_before("start", "end"),
)

IKB_CHOICES = RecordKind(
    IkbChoice,
    "ikb_choices",
    "ikb_choices",
    (
        ID,
        Field("month", Month(), required=True),
        Field("kind", Choice(tuple(IkbChoiceKind)), required=True),
        Field(
            "goal",
            Text(100, nonempty=True),
            nullable=True,
            required=True,
            omit_default=True,
            when=kind_in(IkbChoiceKind.FISCAL_GOAL),
        ),
        Field(
            "hours",
            HOURS,
            nullable=True,
            required=True,
            omit_default=True,
            when=kind_in(IkbChoiceKind.BUY_HOURS, IkbChoiceKind.SELL_HOURS),
            rules=(MORE_THAN_ZERO,),
        ),
        Field(
            "amount",
            MONEY,
            column="amount_cents",
            nullable=True,
            required=True,
            omit_default=True,
            when=kind_in(IkbChoiceKind.PAYOUT, IkbChoiceKind.FISCAL_GOAL),
            rules=(MORE_THAN_ZERO,),
        ),
        Field("submitted", FLAG, omit_default=True),
        Field("note", TEXT, omit_default=True),
    ),
)

DEVELOPMENT_BUDGETS = RecordKind(
    DevelopmentBudget,
    "development_budgets",
    "development_budgets",
    (
        ID,
        Field("name", Text(MAX_NAME, nonempty=True), required=True),
        Field("source", NAME),
        Field("amount", MONEY, column="amount_cents", required=True),
        Field("hours", HOURS, missing="0"),
        Field("valid_from", DAY, key="from", required=True),
        Field("valid_to", DAY, key="to", required=True),
        Field(
            "owner",
            Choice(tuple(BudgetOwner)),
            missing=BudgetOwner.ORGANISATIE.value,
            omit_default=True,
        ),
    ),
    check=not_before("valid_from", "valid_to"),
)

CERTIFICATES = RecordKind(
    Certificate,
    "certificates",
    "learning_certificates",
    (
        ID,
        Field("filename", Text(MAX_NAME, nonempty=True), required=True),
        Field("media_type", Text(100, nonempty=True), required=True),
        Field("issued", DAY, nullable=True),
        Field("valid_until", DAY, nullable=True),
        Field("data", FileBytes(), key="data_base64", required=True),
    ),
    check=not_before_if_both("issued", "valid_until"),
)

LEARNING_ACTIVITIES = RecordKind(
    LearningActivity,
    "learning_activities",
    "learning_activities",
    (
        ID,
        Field("title", Text(MAX_NAME, nonempty=True), required=True),
        Field("kind", OpenChoice(tuple(LearningKind))),
        Field("provider", NAME),
        Field("start", DAY, nullable=True),
        Field("end", DAY, nullable=True),
        Field("hours", HOURS, missing="0"),
        Field("cost", MONEY, column="cost_cents", missing="0"),
        Field("status", Choice(tuple(LearningStatus)), missing=LearningStatus.PLANNED.value),
        Field("budget_id", TEXT, nullable=True),
        Field("skills", TextList()),
        Field("reflection", TEXT),
        Field("reason", Choice(tuple(StudyReason)), nullable=True, omit_default=True),
        Field("funding", ChoiceList(tuple(Funding)), omit_default=True),
        Field("self_study_hours", HOURS, missing="0", omit_default=True),
        Field("agreement_id", Text(100, nonempty=True), nullable=True, omit_default=True),
        Field(
            "certificates",
            Records(
                CERTIFICATES, "activity_id", "position", former_key="certificate", former_id="c1"
            ),
            omit_default=True,
        ),
    ),
    check=not_before_if_both("start", "end"),
)

AGREEMENTS = RecordKind(
    Agreement,
    "agreements",
    "talk_agreements",
    (
        ID,
        Field("kind", Text(50)),
        Field("text", TEXT),
        Field("measure", TEXT),
        Field("due", DAY, nullable=True),
        Field("status", Text(50), missing="open"),
        Field("reflection", TEXT),
    ),
)

TALKS = RecordKind(
    Talk,
    "talks",
    "talks",
    (
        ID,
        Field("purpose", Choice(PURPOSES), required=True),
        Field("on", DAY, key="date", column="on_date", required=True),
        Field("period_from", DAY, nullable=True),
        Field("period_to", DAY, nullable=True),
        Field("manager", NAME),
        Field("informants", Informants()),
        Field("agreements", Records(AGREEMENTS, "talk_id", "position")),
        Field("topics", TextMap(TALK_TOPICS)),
        Field("questions_for_manager", TEXT),
        Field("self_score", Choice(SCORES), nullable=True),
        Field("manager_conclusion", TEXT, nullable=True),
        Field("manager_score", Choice(SCORES), nullable=True),
        Field("employee_reaction", TEXT, nullable=True),
        Field(
            "status",
            Choice(tuple(TalkStatus), former=(("draft", TalkStatus.CONCEPT),)),
            missing=TalkStatus.CONCEPT.value,
        ),
        Field("in_pdf", TextList(100), omit_default=True),
        Field("manager_remarks", TEXT, nullable=True, omit_default=True),
        Field("manager_name", NAME, nullable=True, omit_default=True),
        Field("review_date", DAY, nullable=True, omit_default=True),
    ),
)

# The lists of a dossier, in the order a document lists them and an import stores them.
LISTS: tuple[RecordKind[Any], ...] = (
    EMPLOYMENT,
    WORK_SCHEDULE,
    LEAVE_BALANCES,
    LEAVE,
    IKB_CHOICES,
    DEVELOPMENT_BUDGETS,
    LEARNING_ACTIVITIES,
    TALKS,
)
BY_SECTION: dict[str, RecordKind[Any]] = {kind.section: kind for kind in LISTS}
BY_TYPE: dict[type, RecordKind[Any]] = {kind.type: kind for kind in LISTS}


def references(dossier: Dossier) -> Iterator[ValidationError]:
    """What an import checks across records: a learning activity's budget is in the dossier."""
    budgets = {b.id for b in dossier.development_budgets}
    for i, activity in enumerate(dossier.learning_activities):
        if activity.budget_id is not None and activity.budget_id not in budgets:
            yield ValidationError(
                f"learning_activities[{i}].budget_id",
                N_("{value} is not a development budget."),
                value=activity.budget_id,
            )

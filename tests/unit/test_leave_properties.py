"""Properties of the leave ledger that must hold for any dossier and any date.

Hours are never created or lost: across grants, recalculations, leave, borrowing, year ends,
moves to spaarverlof and leaving service,
``grants + balances + bought − sold − taken − expired − reversed − paid out = total`` to the cent,
and every hour an entry costs is booked somewhere.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rijkapp.calc.leave import (
    CONSUMPTION_KINDS,
    LEAVING_KINDS,
    PostingKind,
    balances_section,
    entry_days,
    entry_hours,
    leaving_day,
    ledger,
)
from rijkapp.domain.records import (
    Bucket,
    Dossier,
    Employment,
    IkbChoice,
    LeaveBalance,
    LeaveEntry,
    Profile,
    WorkSchedule,
)
from tests.unit.leave_fixtures import BOOK, balance, buy, employment, entry, sell, week_of

PROPERTY_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

dates = st.dates(min_value=date(2022, 1, 1), max_value=date(2028, 12, 31))
week_hours = st.sampled_from(["8", "16", "24", "27", "28.8", "32", "36", "40"])
day_hours = st.sampled_from(["0", "4", "6.4", "7.2", "8", "9"])
amounts = st.decimals(min_value=Decimal("-40"), max_value=Decimal("300"), places=2)
buckets = st.sampled_from(list(Bucket))


@st.composite
def employments(draw: st.DrawFn) -> tuple[Employment, ...]:
    starts = sorted(draw(st.lists(dates, min_size=1, max_size=3, unique=True)))
    records = []
    for index, start in enumerate(starts):
        end = None
        if draw(st.booleans()) and draw(st.booleans()):
            end = start + timedelta(days=draw(st.integers(0, 700)))
        records.append(employment(start, draw(week_hours), end, f"e{index}"))
    return tuple(records)


@st.composite
def schedules(draw: st.DrawFn) -> tuple[WorkSchedule, ...]:
    starts = sorted(draw(st.lists(dates, min_size=0, max_size=2, unique=True)))
    return tuple(
        WorkSchedule(
            f"w{index}",
            start,
            week_of([Decimal(draw(day_hours)) for _day in range(7)]),
        )
        for index, start in enumerate(starts)
    )


@st.composite
def leave_entries(draw: st.DrawFn) -> tuple[LeaveEntry, ...]:
    entries = []
    for index in range(draw(st.integers(0, 8))):
        start = draw(dates)
        end = start + timedelta(days=draw(st.integers(0, 25)))
        explicit = draw(
            st.none() | st.decimals(min_value=Decimal("0.5"), max_value=Decimal("60"), places=2)
        )
        bucket = draw(st.none() | buckets)
        entries.append(entry(f"l{index}", start, end, explicit, bucket))
    return tuple(entries)


@st.composite
def leave_balances(draw: st.DrawFn) -> tuple[LeaveBalance, ...]:
    return tuple(
        balance(
            f"b{index}",
            draw(dates),
            draw(buckets),
            draw(st.none() | st.integers(2021, 2029)),
            draw(amounts),
        )
        for index in range(draw(st.integers(0, 3)))
    )


@st.composite
def ikb_choices(draw: st.DrawFn) -> tuple[IkbChoice, ...]:
    choices = []
    for index in range(draw(st.integers(0, 3))):
        day = draw(dates)
        choose = draw(st.sampled_from([buy, sell]))
        amount = draw(st.decimals(min_value=Decimal("1"), max_value=Decimal("60"), places=1))
        choices.append(choose(f"k{index}", date(day.year, day.month, 1), amount))
    return tuple(choices)


@st.composite
def dossiers(draw: st.DrawFn) -> Dossier:
    profile = Profile(
        birth_date=draw(st.none() | st.dates(date(1955, 1, 1), date(2000, 12, 31))),
        rijk_start_date=draw(st.none() | st.dates(date(1990, 1, 1), date(2026, 12, 31))),
        chose_pas=draw(st.booleans()),
    )
    return Dossier(
        profile=profile,
        employment=draw(employments()),
        work_schedule=draw(schedules()),
        leave=draw(leave_entries()),
        leave_balances=draw(leave_balances()),
        ikb_choices=draw(ikb_choices()),
    )


ledger_dates = st.dates(min_value=date(2022, 1, 1), max_value=date(2031, 12, 31))


def total_of(amounts: list[Decimal]) -> Decimal:
    return sum(amounts, Decimal(0))


@PROPERTY_SETTINGS
@given(dossiers(), ledger_dates)
def test_hours_are_never_created_or_lost(dossier: Dossier, on: date) -> None:
    figures = ledger(dossier, on, BOOK)

    def of(*kinds: PostingKind) -> Decimal:
        return total_of([p.amount for p in figures.postings if p.kind in kinds])

    granted = of(PostingKind.GRANT, PostingKind.RECALCULATION)
    balances = of(PostingKind.BALANCE)
    bought = of(PostingKind.BOUGHT)
    sold = -of(PostingKind.SOLD)
    consumed = -of(*CONSUMPTION_KINDS)
    expired = -of(PostingKind.EXPIRED)
    # Leaving service: unused bought hours reversed (their money goes back to the IKB budget),
    # the rest paid out. Both are outflows, never inflows.
    reversed_ = -of(PostingKind.REVERSED)
    paid_out = -of(PostingKind.PAID_OUT)
    assert reversed_ >= 0 and paid_out >= 0
    # A move to spaarverlof takes from one bucket what it adds to another.
    assert of(PostingKind.TO_SPAARVERLOF, PostingKind.FROM_IKB) == 0
    assert (
        granted + balances + bought - sold - consumed - expired - reversed_ - paid_out
        == figures.total
    )
    assert total_of([b.hours for b in figures.buckets]) == figures.total
    assert figures.total == figures.total.quantize(Decimal("0.01"))


@PROPERTY_SETTINGS
@given(dossiers(), ledger_dates)
def test_every_hour_of_leave_up_to_the_date_is_booked(dossier: Dossier, on: date) -> None:
    figures = ledger(dossier, on, BOOK)
    due = total_of(
        [hours for e in dossier.leave for day, hours in entry_days(e, dossier, BOOK) if day <= on]
    )
    booked = -total_of([p.amount for p in figures.postings if p.kind in CONSUMPTION_KINDS])
    assert booked == due
    assert all(p.on <= on for p in figures.postings)


@PROPERTY_SETTINGS
@given(dossiers(), ledger_dates)
def test_each_bucket_is_the_sum_of_its_lines(dossier: Dossier, on: date) -> None:
    figures = ledger(dossier, on, BOOK)
    sums: dict[tuple[Bucket, int | None], Decimal] = {}
    for posting in figures.postings:
        key = (posting.bucket, posting.year)
        sums[key] = sums.get(key, Decimal(0)) + posting.amount
        assert figures.lines[posting.line].amount == posting.amount
    listed = {(b.bucket, b.year): b.hours for b in figures.buckets}
    for key, amount in sums.items():
        assert listed.get(key, Decimal(0)) == amount
        assert figures.explain(*key) or amount == 0


@PROPERTY_SETTINGS
@given(dossiers(), ledger_dates)
def test_year_ends_leave_nothing_behind(dossier: Dossier, on: date) -> None:
    figures = ledger(dossier, on, BOOK)
    for item in figures.buckets:
        if item.bucket is Bucket.WETTELIJK and item.expires is not None and item.expires <= on:
            assert item.hours <= 0  # expired: only a debt can remain
        ikb_of_a_past_year = item.year is not None and item.year < on.year
        if item.bucket in (Bucket.IKB_UREN, Bucket.IKB_GEKOCHT) and ikb_of_a_past_year:
            assert item.hours <= 0  # moved to spaarverlof
        if item.bucket in (Bucket.SPAARVERLOF, Bucket.IKB_UREN, Bucket.IKB_GEKOCHT):
            assert item.expires is None
    for posting in figures.postings:
        if posting.kind in (PostingKind.EXPIRED, PostingKind.TO_SPAARVERLOF):
            assert posting.amount < 0
            assert posting.year is not None
        if posting.kind is PostingKind.EXPIRED:
            assert posting.year is not None and posting.on >= date(posting.year + 2, 1, 1)
        if posting.kind is PostingKind.TO_SPAARVERLOF:
            assert posting.year is not None and posting.on.year > posting.year
        if posting.kind in (PostingKind.GRANT, PostingKind.RECALCULATION):
            assert posting.amount == posting.amount.to_integral_value()  # whole hours


@PROPERTY_SETTINGS
@given(dossiers())
def test_leaving_service_settles_everything_and_nothing_rolls_on(dossier: Dossier) -> None:
    # On the day after the last day of employment every positive balance leaves the ledger
    # (reversed or paid out); only what that same day adds afterwards (a correction, a purchase
    # for a new job that starts later in the month) can be positive.
    settle_days = set()
    for year in range(2022, 2031):
        last = leaving_day(dossier.employment, year)
        if last is None:
            continue
        settled_on = last + timedelta(days=1)
        settle_days.add(settled_on)
        figures = ledger(dossier, settled_on, BOOK)
        added: dict[tuple[Bucket, int | None], Decimal] = {}
        for posting in figures.postings:
            if posting.on == settled_on and posting.kind not in LEAVING_KINDS:
                key = (posting.bucket, posting.year)
                added[key] = added.get(key, Decimal(0)) + posting.amount
        for item in figures.buckets:
            assert item.hours - added.get((item.bucket, item.year), Decimal(0)) <= 0
    for posting in ledger(dossier, date(2031, 12, 31), BOOK).postings:
        if posting.kind in LEAVING_KINDS:
            assert posting.amount < 0
            assert posting.on in settle_days
        if posting.kind is PostingKind.REVERSED:
            assert posting.bucket is Bucket.IKB_GEKOCHT


@PROPERTY_SETTINGS
@given(dossiers(), ledger_dates, st.integers(0, 800))
def test_expiring_within_is_bounded_by_the_statutory_hours(
    dossier: Dossier, on: date, days: int
) -> None:
    figures = ledger(dossier, on, BOOK)
    positive_statutory = total_of(
        [b.hours for b in figures.buckets if b.bucket is Bucket.WETTELIJK and b.hours > 0]
    )
    assert Decimal(0) <= figures.expiring_within(days) <= positive_statutory
    assert figures.expiring_within(days) <= figures.expiring_within(days + 365)


@PROPERTY_SETTINGS
@given(dossiers(), ledger_dates)
def test_balances_section_adds_up(dossier: Dossier, on: date) -> None:
    section = balances_section(dossier, on, BOOK)
    bucket_sum = total_of([Decimal(b["hours"]) for b in section["buckets"]])
    assert Decimal(section["total_hours"]) == bucket_sum
    assert all(Decimal(b["hours"]) != 0 for b in section["buckets"])
    keys = [(b["expires"] or "9999-12-31") for b in section["buckets"]]
    assert keys == sorted(keys)


@PROPERTY_SETTINGS
@given(dossiers(), leave_entries())
def test_an_entry_costs_its_days_and_hand_entered_hours_add_up(
    dossier: Dossier, entries: tuple[LeaveEntry, ...]
) -> None:
    for item in entries:
        days = entry_days(item, dossier, BOOK)
        assert [day for day, _cost in days] == [
            item.start + timedelta(days=n) for n in range((item.end - item.start).days + 1)
        ]
        assert all(cost >= 0 for _day, cost in days)
        total = entry_hours(item, dossier, BOOK)
        assert total == total_of([cost for _day, cost in days])
        if item.hours is not None:
            assert total in (item.hours, Decimal(0))

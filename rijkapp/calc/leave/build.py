"""The run that builds the ledger day by day, in the order the package docstring gives."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from rijkapp.calc.explain import Line
from rijkapp.calc.leave.entitlement import entitlement
from rijkapp.calc.leave.model import (
    IKB_BUCKETS,
    ONE_DAY,
    BucketBalance,
    LeaveLedger,
    Lot,
    Posting,
    PostingKind,
    consumption_order,
    display_key,
    expiry_date,
    find_rule,
    lot_of,
    order_index,
    rule_decimal,
)
from rijkapp.calc.leave.text import bucket_label, entry_label
from rijkapp.calc.leave.timeline import calendar_of, employed_in_month, last_employment, leaving_day
from rijkapp.calc.memo import once
from rijkapp.domain.records import (
    Bucket,
    Dossier,
    IkbChoice,
    IkbChoiceKind,
    LeaveBalance,
    LeaveEntry,
    employment_on,
)
from rijkapp.domain.values import ZERO, Hours, hours, round_down_whole
from rijkapp.i18n import N_
from rijkapp.message import (
    Capitalised,
    Day,
    Exact,
    Fixed,
    HourCount,
    Joined,
    Message,
    Month,
    Shown,
    Value,
)
from rijkapp.rules.book import Rule, RuleBook


def _before_rounding(value: Decimal) -> Shown:
    """A pro rata figure before it is rounded up, as hours are shown (two decimals:
    ``58,64``), or exactly where two decimals would hide why it is rounded up (``144,0012``)."""
    cents = value.quantize(Decimal("0.01"))
    if cents == cents.to_integral_value() and cents != value:
        return Exact(value)
    return Fixed(value, 2)


@dataclass
class _Item:
    """A posting under construction (consumption of one entry is summed per bucket and year)."""

    on: date
    lot: Lot
    amount: Hours
    kind: PostingKind
    entry_id: str | None
    rule: Rule | None
    text: Message | None = None  # None: consumption, described at the end
    last_day: date | None = None
    label: str = ""  # the leave entry, for the line written at the end
    # its line and posting, kept once its year is over (nothing adds to it then)
    finished: tuple[Line, Posting] | None = None


@dataclass
class _Run:
    dossier: Dossier
    on: date
    book: RuleBook
    balances: dict[Lot, Hours] = field(default_factory=dict)
    items: list[_Item] = field(default_factory=list)
    warnings: list[Shown] = field(default_factory=list)
    granted: dict[tuple[Bucket, int], Hours] = field(default_factory=dict)
    borrowed: dict[int, Hours] = field(default_factory=dict)
    overdrawn: dict[int, Hours] = field(default_factory=dict)
    borrow_limit: dict[int, Hours] = field(default_factory=dict)
    open_items: dict[tuple[str, Lot, int, PostingKind], _Item] = field(default_factory=dict)

    # -- going on from a checkpoint

    def resumed(self, on: date) -> _Run:
        """A run that goes on from this one's state towards ``on``, leaving this one as it is.

        Taken on a 1 January before its events, the state holds only items of years that are
        over, which nothing changes again (an entry's consumption is summed per year), so the
        items are shared and the rest is copied.
        """
        return _Run(
            self.dossier,
            on,
            self.book,
            balances=dict(self.balances),
            items=list(self.items),
            warnings=list(self.warnings),
            granted=dict(self.granted),
            borrowed=dict(self.borrowed),
            overdrawn=dict(self.overdrawn),
            borrow_limit=dict(self.borrow_limit),
        )

    # -- bookkeeping

    def post(
        self,
        day: date,
        lot: Lot,
        amount: Hours,
        *,
        kind: PostingKind,
        text: Message,
        rule: Rule | None = None,
        entry_id: str | None = None,
    ) -> None:
        amount = hours(amount)
        self.balances[lot] = self.balances.get(lot, ZERO) + amount
        self.items.append(_Item(day, lot, amount, kind, entry_id, rule, text))

    def warn(self, message: Shown) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # -- phase 0: leaving service

    def leave_service(self, day: date, last_day: date) -> None:
        """The final settlement on ``day``, the day after ``last_day``, the last day employed."""
        order, _rule = consumption_order(self.book, day)
        values: dict[str, Value] = {"date": Day(last_day)}
        for lot in sorted(self.balances, key=lambda lot: display_key(lot, self.book, order)):
            left = self.balances[lot]
            if left <= 0:
                continue  # a debt stays, with its warning: P-Direkt settles it
            bucket, year = lot
            values.update(hours=HourCount(left), bucket=bucket_label(bucket, year))
            kind = PostingKind.PAID_OUT
            if bucket is Bucket.IKB_GEKOCHT:
                # The same rule as the IKB plan's reversal: one truth.
                kind = PostingKind.REVERSED
                rule = find_rule(self.book, "ikb_leaving_reverse_unused_bought", last_day)
                template = N_(
                    "Leaving service (last day {date}): {hours} of {bucket} not used are "
                    "reversed; their money goes back to the IKB budget and is paid out with it."
                )
                if rule is not None and rule.value is not True:
                    rule = None
            elif bucket is Bucket.WETTELIJK:
                rule = find_rule(self.book, "leave_leaving_statutory_paid_out", last_day)
                template = N_(
                    "Leaving service (last day {date}): {hours} of {bucket} "
                    "paid out at the maandinkomen per uur."
                )
            elif bucket is Bucket.SPAARVERLOF:
                rule = find_rule(self.book, "leave_leaving_spaarverlof_paid_out", last_day)
                template = N_(
                    "Leaving service (last day {date}): {hours} of {bucket} "
                    "paid out at the kale uurloon."
                )
            else:
                rule = find_rule(self.book, "leave_leaving_other_hours_paid_out", last_day)
                template = N_(
                    "Leaving service (last day {date}): {hours} of {bucket} "
                    "paid out with the final settlement."
                )
            if rule is None:
                self.warn(
                    Message(
                        N_(
                            "{bucket}: {hours} left after leaving service (last day {date}); "
                            "Rijkapp has no rule for what happens to them."
                        ),
                        **values,
                    )
                )
                continue
            self.post(day, lot, -left, kind=kind, text=Message(template, **values), rule=rule)

    # -- phase 1: the year change

    def year_change(self, day: date) -> None:
        order, _rule = consumption_order(self.book, day)
        for lot in sorted(self.balances, key=lambda lot: display_key(lot, self.book, order)):
            self.settle(lot, day)

    def settle(self, lot: Lot, day: date) -> None:
        """Move or expire what is left of a bucket whose year is over."""
        bucket, year = lot
        left = self.balances.get(lot, ZERO)
        if left <= 0 or year is None:
            return
        if bucket in IKB_BUCKETS and year < day.year:
            rule = find_rule(self.book, "leave_ikb_to_spaarverlof", date(year, 12, 31))
            label = bucket_label(bucket, year)
            self.post(
                day,
                lot,
                -left,
                kind=PostingKind.TO_SPAARVERLOF,
                text=Message(
                    N_("Unused {bucket} moved to spaarverlof at the year change: {hours}."),
                    bucket=label,
                    hours=HourCount(left),
                ),
                rule=rule,
            )
            self.post(
                day,
                lot_of(Bucket.SPAARVERLOF, None),
                left,
                kind=PostingKind.FROM_IKB,
                text=Message(
                    N_("From {bucket} at the year change: {hours}. Spaarverlof does not expire."),
                    bucket=label,
                    hours=HourCount(left),
                ),
                rule=rule,
            )
            return
        expires = expiry_date(lot, self.book)
        if bucket is Bucket.WETTELIJK and expires is not None and expires <= day:
            rule = find_rule(self.book, "leave_statutory_valid_years", date(year, 1, 1))
            self.post(
                day,
                lot,
                -left,
                kind=PostingKind.EXPIRED,
                text=Message(
                    N_("Expired on {date}: {hours} of {bucket} not used in time."),
                    date=Day(expires),
                    hours=HourCount(left),
                    bucket=bucket_label(bucket, year),
                ),
                rule=rule,
            )

    # -- phase 2: entitlements

    def entitle(self, day: date) -> None:
        for bucket in (Bucket.WETTELIJK, Bucket.IKB_UREN):
            figures = entitlement(self.dossier, bucket, day.year, self.book, known_on=day)
            for note in figures.notes:
                self.warn(note)
            key = (bucket, day.year)
            before = self.granted.get(key)
            if figures.hours == (before or ZERO):
                continue
            label: Value = Capitalised(bucket_label(bucket, day.year))
            if figures.basis:
                label = Joined((label, " (", Joined(figures.basis, "; "), ")"))
            if before is None and figures.exact == figures.hours:
                text = Message(
                    N_("{bucket}: {formula} = {hours}."),
                    bucket=label,
                    formula=figures.formula(),
                    hours=HourCount(figures.hours),
                )
                kind = PostingKind.GRANT
            elif before is None:
                text = Message(
                    N_("{bucket}: {formula} = {exact}, rounded up to {hours}."),
                    bucket=label,
                    formula=figures.formula(),
                    exact=_before_rounding(figures.exact_decimal),
                    hours=HourCount(figures.hours),
                )
                kind = PostingKind.GRANT
            else:
                text = Message(
                    N_(
                        "{bucket} recalculated on {date} after a change of hours: "
                        "{formula} = {exact}, rounded up to {hours} (was {before})."
                    ),
                    bucket=label,
                    date=Day(day),
                    formula=figures.formula(),
                    exact=_before_rounding(figures.exact_decimal),
                    hours=HourCount(figures.hours),
                    before=HourCount(before),
                )
                kind = PostingKind.RECALCULATION
            amount = figures.hours - (before or ZERO)
            self.post(
                day, lot_of(bucket, day.year), amount, kind=kind, text=text, rule=figures.rule
            )
            self.granted[key] = figures.hours

    # -- phase 3: opening balances and corrections

    def opening_balance(self, day: date, balance: LeaveBalance) -> None:
        lot = lot_of(balance.bucket, balance.year if balance.year is not None else day.year)
        note = f" ({balance.note})" if balance.note else ""
        self.post(
            day,
            lot,
            balance.hours,
            kind=PostingKind.BALANCE,
            text=Message(
                N_("Opening balance or correction{note}: {hours}."),
                note=note,
                hours=HourCount(balance.hours),
            ),
            entry_id=balance.id,
        )
        self.settle(lot, day)  # hours added to a year that is already over

    # -- phase 4: IKB choices

    def ikb_choice(self, day: date, choice: IkbChoice) -> None:
        if choice.hours is None or choice.hours <= 0:
            return
        if not employed_in_month(self.dossier.employment, day):
            # The IKB plan refuses it too: no budget to buy with, no IKB-uren to sell.
            self.warn(
                Message(
                    N_(
                        "There is no employment in {month}, so there is no IKB budget for a choice "
                        "in that month."
                    ),
                    month=Month(day),
                )
            )
            return
        if choice.kind is IkbChoiceKind.BUY_HOURS:
            whole = round_down_whole(choice.hours)
            if whole != choice.hours:
                self.warn(
                    Message(
                        N_("IKB-uren are bought in whole hours: {hours} counts as {whole}."),
                        hours=HourCount(choice.hours),
                        whole=HourCount(whole),
                    )
                )
            if whole <= 0:
                return
            self.post(
                day,
                lot_of(Bucket.IKB_GEKOCHT, day.year),
                whole,
                kind=PostingKind.BOUGHT,
                text=Message(
                    N_("IKB-uren bought for {month}: {hours}."),
                    month=Month(day),
                    hours=HourCount(whole),
                ),
                rule=find_rule(self.book, "leave_ikb_buy_hours", day),
                entry_id=choice.id,
            )
        elif choice.kind is IkbChoiceKind.SELL_HOURS:
            sold = hours(choice.hours)
            self.post(
                day,
                lot_of(Bucket.IKB_UREN, day.year),
                -sold,
                kind=PostingKind.SOLD,
                text=Message(
                    N_("IKB-uren sold (paid out) in {month}: {hours}."),
                    month=Month(day),
                    hours=HourCount(sold),
                ),
                rule=find_rule(self.book, "leave_ikb_sell_hours", day),
                entry_id=choice.id,
            )

    # -- phase 5: leave

    def consume(self, day: date, entry: LeaveEntry, cost: Hours) -> None:
        order, order_rule = consumption_order(self.book, day)
        remaining = cost
        candidates = sorted(
            (
                lot
                for lot, balance in self.balances.items()
                if balance > 0 and (lot[1] is None or lot[1] <= day.year)
            ),
            key=lambda lot: (
                0 if entry.bucket is not None and lot[0] is entry.bucket else 1,
                order_index(lot[0], order),
                lot[1] or 0,
            ),
        )
        for lot in candidates:
            if remaining <= 0:
                break
            take = min(self.balances[lot], remaining)
            if entry.bucket is not None and lot[0] is not entry.bucket:
                self.warn(
                    Message(
                        N_(
                            "Leave {entry}: not enough {bucket}; "
                            "the rest is taken from other hours."
                        ),
                        entry=entry_label(entry),
                        bucket=bucket_label(entry.bucket),
                    )
                )
            self.take(day, entry, lot, take, kind=PostingKind.TAKEN, rule=order_rule)
            remaining -= take
        if remaining <= 0:
            return
        next_year = day.year + 1
        next_lot = lot_of(Bucket.WETTELIJK, next_year)
        limit = self.limit(day)
        # The limit follows the hours on the day: after a cut in hours, less may be borrowed.
        self.borrow_limit[next_year] = limit
        room = max(limit - self.borrowed.get(next_year, ZERO), ZERO)
        borrow_rule = find_rule(self.book, "leave_borrow_max_hours_fulltime", day)
        borrow = min(room, remaining)
        if borrow > 0:
            self.borrowed[next_year] = self.borrowed.get(next_year, ZERO) + borrow
            self.take(day, entry, next_lot, borrow, kind=PostingKind.BORROWED, rule=borrow_rule)
            remaining -= borrow
        if remaining > 0:
            self.overdrawn[next_year] = self.overdrawn.get(next_year, ZERO) + remaining
            self.take(day, entry, next_lot, remaining, kind=PostingKind.OVERDRAWN, rule=borrow_rule)

    def limit(self, day: date) -> Hours:
        """The borrowing limit: 57.6 hours at full time, pro rata to the hours on ``day``."""
        maximum, _rule = rule_decimal(self.book, "leave_borrow_max_hours_fulltime", day)
        fulltime, _ft = rule_decimal(self.book, "leave_fulltime_hours_per_week", day)
        employment = employment_on(self.dossier.employment, day)
        if maximum is None or not fulltime or employment is None:
            return ZERO
        return hours(maximum * employment.hours_per_week / fulltime)

    def take(
        self,
        day: date,
        entry: LeaveEntry,
        lot: Lot,
        amount: Hours,
        *,
        kind: PostingKind,
        rule: Rule | None,
    ) -> None:
        amount = hours(amount)
        self.balances[lot] = self.balances.get(lot, ZERO) - amount
        key = (entry.id, lot, day.year, kind)
        item = self.open_items.get(key)
        if item is None:
            item = _Item(day, lot, ZERO, kind, entry.id, rule, label=entry_label(entry))
            self.open_items[key] = item
            self.items.append(item)
        item.amount -= amount
        item.last_day = day

    # -- the end

    def finish(self) -> LeaveLedger:
        order, _rule = consumption_order(self.book, self.on)
        lines: list[Line] = []
        postings: list[Posting] = []
        for index, item in enumerate(self.items):
            finished = item.finished
            if finished is None:
                text = item.text or _consumption_text(item)
                bucket, year = item.lot
                finished = (
                    Line(item.on, text, item.amount, item.rule),
                    Posting(item.on, bucket, year, item.amount, item.kind, item.entry_id, index),
                )
                if item.on.year < self.on.year:
                    # Its year is over: nothing adds to it any more, and it keeps its place in
                    # every run that goes on from here (items are only added at the end).
                    item.finished = finished
            lines.append(finished[0])
            postings.append(finished[1])
        buckets = tuple(
            BucketBalance(lot[0], lot[1], balance, expiry_date(lot, self.book))
            for lot, balance in sorted(
                self.balances.items(), key=lambda pair: display_key(pair[0], self.book, order)
            )
            if balance != 0 or not self.closed(lot)
        )
        self.final_warnings()
        return LeaveLedger(
            on=self.on,
            buckets=buckets,
            total=sum(self.balances.values(), ZERO),
            lines=tuple(lines),
            warnings=tuple(self.warnings),
            postings=tuple(postings),
        )

    def closed(self, lot: Lot) -> bool:
        """A bucket whose year is over: expired or moved to spaarverlof."""
        bucket, year = lot
        if year is None:
            return False
        if bucket in IKB_BUCKETS:
            return year < self.on.year
        expires = expiry_date(lot, self.book)
        return expires is not None and expires <= self.on

    def final_warnings(self) -> None:
        for (bucket, year), balance in self.balances.items():
            if balance >= 0:
                continue
            if bucket is Bucket.WETTELIJK and year is not None and year > self.on.year:
                self.warn(
                    Message(
                        N_("You have borrowed {hours} from the statutory hours of {year}."),
                        hours=HourCount(-balance),
                        year=year,
                    )
                )
                over = self.overdrawn.get(year, ZERO)
                if over > 0:
                    self.warn(
                        Message(
                            N_(
                                "{hours} more than you may borrow (at most {limit}): "
                                "your leave balance is negative."
                            ),
                            hours=HourCount(over),
                            limit=HourCount(self.borrow_limit.get(year, ZERO)),
                        )
                    )
            else:
                self.warn(
                    Message(
                        N_("Negative balance: {bucket} is {hours}."),
                        bucket=bucket_label(bucket, year),
                        hours=HourCount(balance),
                    )
                )
        self.spaarverlof_cap()

    def spaarverlof_cap(self) -> None:
        spaarverlof = self.balances.get(lot_of(Bucket.SPAARVERLOF, None), ZERO)
        if spaarverlof <= 0:
            return
        maximum, rule = rule_decimal(self.book, "leave_spaarverlof_max_hours_fulltime", self.on)
        fulltime, _ft = rule_decimal(self.book, "leave_fulltime_hours_per_week", self.on)
        employment = employment_on(self.dossier.employment, self.on) or last_employment(
            self.dossier
        )
        if maximum is None or rule is None or not fulltime or employment is None:
            return
        cap = hours(maximum * employment.hours_per_week / fulltime)
        counted = spaarverlof + sum(
            (
                balance
                for (bucket, _year), balance in self.balances.items()
                if bucket in (Bucket.WETTELIJK, Bucket.COMPENSATIE) and balance > 0
            ),
            ZERO,
        )
        if counted <= cap:
            return
        message: Shown = Message(
            N_(
                "Spaarverlof and statutory hours together ({hours}) are above the maximum of {cap} "
                "at your hours. Rijkapp keeps all hours; ask P-Direkt what happens to the rest."
            ),
            hours=HourCount(counted),
            cap=HourCount(cap),
        )
        if not rule.confidence.is_certain:
            message = Joined((message, " ", Message(N_("This maximum is not confirmed."))))
        self.warn(message)


def _consumption_text(item: _Item) -> Message:
    bucket, year = item.lot
    last = item.last_day or item.on
    if last == item.on:
        when = Message(N_("on {date}"), date=Day(item.on))
    else:
        when = Message(N_("{first} to {last}"), first=Day(item.on), last=Day(last))
    values: dict[str, Value] = {
        "entry": item.label,
        "when": when,
        "hours": HourCount(-item.amount),
        "bucket": bucket_label(bucket, year),
    }
    if item.kind is PostingKind.BORROWED:
        return Message(N_("Leave {entry} {when}: {hours} borrowed from {bucket}."), **values)
    if item.kind is PostingKind.OVERDRAWN:
        return Message(
            N_("Leave {entry} {when}: {hours} beyond the borrowing limit, from {bucket}."), **values
        )
    return Message(N_("Leave {entry} {when}: {hours} from {bucket}."), **values)


def ledger(dossier: Dossier, on: date, book: RuleBook) -> LeaveLedger:
    """The leave balances at the end of ``on``, with every line that made them.

    Worked out once per dossier, date and rule book (``rijkapp.calc.memo``).
    """
    return once(dossier, ("leave ledger", on, book), lambda: _ledger(dossier, on, book))


def _ledger(dossier: Dossier, on: date, book: RuleBook) -> LeaveLedger:
    run = _Run(dossier, on, book)
    calendar = calendar_of(dossier, on, book)
    if calendar is None:
        return run.finish()
    # The run is the same up to any day for every later ``on``: it looks at ``on`` only at the
    # end. So the state on each 1 January before its events is kept for this dossier, and a
    # later question about another date goes on from the last 1 January before it.
    checkpoints: dict[date, _Run] = once(dossier, ("leave ledger checkpoints", book), dict)
    days = calendar.days()
    # A copy of the keys: the data thread may add a checkpoint while another thread reads.
    passed = [day for day in tuple(checkpoints) if day <= on]
    if passed:
        start = max(passed)
        run = checkpoints[start].resumed(on)
        days = [day for day in days if day >= start]
    for day in days:
        if day in calendar.year_changes and day not in checkpoints:
            checkpoints[day] = run.resumed(on)
        if day in calendar.leavings:
            run.leave_service(day, calendar.leavings[day])
        if day in calendar.year_changes:
            run.year_change(day)
        if day in calendar.recalculations:
            run.entitle(day)
        for balance in calendar.balances.get(day, ()):
            run.opening_balance(day, balance)
        for choice in calendar.choices.get(day, ()):
            run.ikb_choice(day, choice)
        for entry, cost in calendar.leave.get(day, ()):
            run.consume(day, entry, cost)
    return run.finish()


def reversed_on_leaving(dossier: Dossier, year: int, book: RuleBook) -> Hours:
    """Bought IKB-uren of ``year`` the ledger reverses on leaving service in ``year`` (else 0).

    What was bought and not used by the end of the last day of employment; the IKB plan pays
    exactly these hours back (:func:`rijkapp.calc.ikb.bought_hours_used`).
    """
    last = leaving_day(dossier.employment, year)
    if last is None:
        return ZERO
    figures = ledger(dossier, last + ONE_DAY, book)
    return -sum(
        (
            p.amount
            for p in figures.postings
            if p.kind is PostingKind.REVERSED and p.bucket is Bucket.IKB_GEKOCHT and p.year == year
        ),
        ZERO,
    )

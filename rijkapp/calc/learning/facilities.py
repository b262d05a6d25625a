"""Studiefaciliteiten (CAO Rijk 12.3) for one learning activity: who pays what, and the leave.

The share of the costs and of the lesson and exam time depends on why one studies (the
activity's ``reason``); the rules are read on the day the activity starts (``on`` when it has no
start), or with the book's first rules for an activity from before the book starts. A repayment
is never computed: the risk is said in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal

from rijkapp.calc.explain import Line
from rijkapp.domain.records import LearningActivity, LearningStatus, StudyReason
from rijkapp.domain.values import CENT, ZERO, Hours, Money, money
from rijkapp.i18n import N_
from rijkapp.message import Compact, Euro, HourCount, Message, Percent, plural
from rijkapp.rules.book import Rule, RuleBook

HUNDRED = Decimal(100)

COST_RULE = "study_cost_pct_"
LEAVE_RULE = "study_leave_pct_"
SELF_STUDY_RULE = "study_self_study_days_"
ENTITLED_RULE = "study_entitled_"
TRAVEL_RULE = "study_travel_"
NOT_COVERED_RULE = "study_not_covered"
REPAY_RESULTS_RULE = "study_repayment_insufficient_results"
REPAY_STOPPED_RULE = "study_repayment_stopped_early"
REPAY_OTHER_RULE = "study_repayment_other"
FREE_BY_LAW_RULE = "study_training_free_by_law"

MSG_NO_REASON = N_(
    "No reason for studiefaciliteiten is given, so the CAO shares do not apply to this activity."
)
MSG_REPAY = N_(
    "If your results fall short through your own fault, or you stop early through your own "
    "fault, your employer may ask you to pay back all or part of what it paid. Rijkapp does not "
    "work out an amount: ask your employer."
)
MSG_REPAY_STOPPED = N_(
    "You stopped this study. If that was your own fault, your employer may ask you to pay back "
    "all or part of what it paid. Rijkapp does not work out an amount: ask your employer."
)
MSG_FREE_BY_LAW = N_(
    "Training your employer must give you by law or by the CAO is free and counts as working "
    "time; an agreement to pay it back does not hold."
)


@dataclass(frozen=True)
class StudyFacilities:
    """What the Rijk pays for one activity and how much leave comes with it."""

    activity: LearningActivity
    reason: StudyReason
    rules_on: date  # the day the rules were read on
    cost: Money
    employer_share: Money  # for another reason: the most the employer may pay
    own_share: Money  # cost - employer share: at least this much for another reason
    employer_share_is_maximum: bool  # no entitlement: the employer decides, up to the share
    study_leave_hours: Hours  # of the lesson and exam hours
    self_study_days_per_week: Decimal  # at most this many days a week of leave for self-study
    travel_paid: bool  # travel and stay paid as a business trip
    repayment_risk: Message | None  # None: the employer pays nothing, so nothing to pay back
    free_by_law_hint: Message | None  # at the manager's request, from 1 August 2022
    lines: tuple[Line, ...]  # how each figure is made up, with its rule ("Hoe is dit berekend?")

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The rules the figures rest on, each once, in the order they were used."""
        found: dict[tuple[str, date], Rule] = {}
        for line in self.lines:
            if line.rule is not None:
                found.setdefault((line.rule.key, line.rule.valid_from), line.rule)
        return tuple(found.values())

    @property
    def rule_keys(self) -> tuple[str, ...]:
        return tuple(rule.key for rule in self.rules)


def rules_day(activity: LearningActivity, on: date, book: RuleBook) -> date:
    """The day the studiefaciliteiten of ``activity`` are read on: its start, else ``on``; a day
    before the book's first rule is read with the first rule."""
    day = activity.start or on
    first = book.periods(COST_RULE + StudyReason.VERZOEK_LEIDINGGEVENDE.value)[0].valid_from
    return max(day, first)


def study_facilities(
    activity: LearningActivity, on: date, book: RuleBook
) -> StudyFacilities | None:
    """The studiefaciliteiten of ``activity``; None when it has no reason (they do not apply)."""
    reason = activity.reason
    if reason is None:
        return None
    day = rules_day(activity, on, book)
    cost_rule = book.get(COST_RULE + reason.value, day)
    leave_rule = book.get(LEAVE_RULE + reason.value, day)
    self_rule = book.get(SELF_STUDY_RULE + reason.value, day)
    entitled_rule = book.get(ENTITLED_RULE + reason.value, day)
    travel_rule = book.get(TRAVEL_RULE + reason.value, day)
    maximum = entitled_rule.value is not True
    cost = money(activity.cost)
    employer = _share(cost * cost_rule.decimal / HUNDRED, maximum)
    own = cost - employer
    leave = _share(activity.hours * leave_rule.decimal / HUNDRED, maximum)
    days = self_rule.decimal
    travel = travel_rule.value == "dienstreis"
    lines = [
        Line(day, _entitlement(maximum), None, entitled_rule),
        Line(
            day,
            _cost_message(cost, cost_rule.decimal, (employer, own), maximum),
            employer,
            cost_rule,
        ),
        Line(
            day,
            _leave_message(activity.hours, leave_rule.decimal, leave, maximum),
            leave,
            leave_rule,
        ),
        Line(day, _self_study_message(days, reason), days, self_rule),
        Line(day, _travel_message(travel), None, travel_rule),
    ]
    risk: Message | None = None
    if employer > ZERO:
        risk = Message(
            MSG_REPAY_STOPPED if activity.status == LearningStatus.STOPPED else MSG_REPAY
        )
        for key in (REPAY_RESULTS_RULE, REPAY_STOPPED_RULE, REPAY_OTHER_RULE):
            rule = book.find(key, day)
            if rule is not None:
                lines.append(Line(day, risk, None, rule))
    hint: Message | None = None
    if reason is StudyReason.VERZOEK_LEIDINGGEVENDE:
        law = book.find(FREE_BY_LAW_RULE, day)
        if law is not None:
            hint = Message(MSG_FREE_BY_LAW)
            lines.append(Line(day, hint, None, law))
    return StudyFacilities(
        activity=activity,
        reason=reason,
        rules_on=day,
        cost=cost,
        employer_share=employer,
        own_share=own,
        employer_share_is_maximum=maximum,
        study_leave_hours=leave,
        self_study_days_per_week=days,
        travel_paid=travel,
        repayment_risk=risk,
        free_by_law_hint=hint,
        lines=tuple(lines),
    )


def not_covered(on: date, book: RuleBook) -> Line | None:
    """What is never a study cost (contributions and memberships), as a line with its rule."""
    rule = book.find(NOT_COVERED_RULE, on)
    if rule is None:
        return None
    return Line(on, Message(N_("Contributions and memberships are not study costs.")), None, rule)


def _share(exact: Decimal, maximum: bool) -> Decimal:
    """A share in cents or hundredths of an hour: half up, but down where it is a maximum.

    A maximum rounded up would promise more than the rule allows (50% of € 99,99 is at most
    € 49,99, not € 50,00).
    """
    return exact.quantize(CENT, rounding=ROUND_FLOOR) if maximum else money(exact)


def _entitlement(maximum: bool) -> Message:
    if maximum:
        return Message(
            N_(
                "For another reason you have no right to studiefaciliteiten: your employer "
                "decides, and the shares below are the most it can be."
            )
        )
    return Message(N_("You have a right to these studiefaciliteiten."))


def _cost_message(cost: Money, pct: Decimal, shares: tuple[Money, Money], maximum: bool) -> Message:
    employer, own = shares
    if maximum:
        template = N_(
            "Study costs {cost}: your employer may pay at most {pct}% = {employer}; "
            "you pay at least {own}."
        )
    else:
        template = N_("Study costs {cost}: your employer pays {pct}% = {employer}; you pay {own}.")
    return Message(
        template, cost=Euro(cost), pct=Percent(pct), employer=Euro(employer), own=Euro(own)
    )


def _leave_message(lessons: Hours, pct: Decimal, leave: Hours, maximum: bool) -> Message:
    if maximum:
        template = N_("Lessons and exams {hours}: at most {pct}% can be study leave = {leave}.")
    else:
        template = N_("Lessons and exams {hours}: {pct}% is study leave = {leave}.")
    return Message(template, hours=HourCount(lessons), pct=Percent(pct), leave=HourCount(leave))


def _self_study_message(days: Decimal, reason: StudyReason) -> Message:
    if days <= ZERO:
        return Message(N_("No leave for self-study."))
    if reason is StudyReason.VERZOEK_LEIDINGGEVENDE:
        return plural(
            "Leave for self-study: at most {days} day a week; your manager may give more.",
            "Leave for self-study: at most {days} days a week; your manager may give more.",
            int(days),
            days=Compact(days),
        )
    return plural(
        "Leave for self-study: at most {days} day a week.",
        "Leave for self-study: at most {days} days a week.",
        int(days),
        days=Compact(days),
    )


def _travel_message(paid: bool) -> Message:
    if paid:
        return Message(N_("Travel and stay are paid as for a business trip."))
    return Message(N_("Travel and stay are not paid."))

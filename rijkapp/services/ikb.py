"""IKB choices: validate against the CAO rules, then save; and the year plan with one truth.

The plan and the leave ledger read the same choices: a purchase is the bought-hours bucket of the
ledger, a sale takes from the IKB-uren bucket. On leaving service the ledger reverses the bought
hours not used and the plan pays exactly those back; both are worked out in the core
(``rijkapp.calc``), so this page and ``balances --json`` agree.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rijkapp.calc import ikb as ikb_calc
from rijkapp.domain.errors import RuleViolation, ValidationError
from rijkapp.domain.records import Dossier, IkbChoice, IkbChoiceKind
from rijkapp.domain.values import Hours
from rijkapp.i18n import N_
from rijkapp.rules.book import RuleBook
from rijkapp.services.changes import Area, Changes, changed
from rijkapp.services.checked import save_checked
from rijkapp.store.repository import Store

CUTOFF_SETTING = "ikb_cutoff_day"


def cutoff_day(dossier: Dossier) -> int | None:
    """The user's monthly P-Direkt cut-off day, or None for the rule book's default."""
    value = dict(dossier.settings).get(CUTOFF_SETTING)
    return int(value) if value and value.isdigit() and 1 <= int(value) <= 28 else None


def with_choices(dossier: Dossier, choices: tuple[IkbChoice, ...]) -> Dossier:
    return replace(dossier, ikb_choices=choices)


def bought_hours_used(dossier: Dossier, year: int, book: RuleBook) -> Hours:
    """Bought hours of ``year`` taken as leave by the last day of employment (for reversal).

    Delegates to the core (:func:`rijkapp.calc.ikb.bought_hours_used`), which ``balances --json``
    uses as well: one implementation.
    """
    return ikb_calc.bought_hours_used(dossier, year, book)


def plan(
    dossier: Dossier,
    year: int,
    book: RuleBook,
    on: date,
    choices: tuple[IkbChoice, ...] | None = None,
) -> ikb_calc.IkbYear:
    """The year plan as the IKB page shows it (``choices``: a what-if, saved nowhere).

    The core works out the bought hours used before leaving service from the leave ledger, with
    the what-if choices, exactly as for ``balances --json``.
    """
    return ikb_calc.year_plan(
        dossier, year, book, on=on, choices=choices, cutoff_day=cutoff_day(dossier)
    )


def validate_choice(choice: IkbChoice, dossier: Dossier, book: RuleBook) -> list[ValidationError]:
    """The rule violations this choice causes, with the field names of the choice itself.

    A choice can also break a rule elsewhere in the plan (buying hours in March can leave too
    little for a pay-out planned in September); such a violation is reported on this choice's
    amount or hours, since this choice is what changed.
    """
    others = tuple(c for c in dossier.ikb_choices if c.id != choice.id)
    choices = (*others, choice)
    index = len(choices) - 1
    prefix = f"ikb_choices[{index}]"
    before = {(v.field, v.sentence) for v in ikb_calc.validate_choices(dossier, book, others)}
    value_field = (
        "hours" if choice.kind in (IkbChoiceKind.BUY_HOURS, IkbChoiceKind.SELL_HOURS) else "amount"
    )
    own: list[ValidationError] = []
    elsewhere: list[ValidationError] = []
    for violation in ikb_calc.validate_choices(dossier, book, choices):
        if violation.field == prefix or violation.field.startswith(prefix + "."):
            field = violation.field.removeprefix(prefix).removeprefix(".") or value_field
            own.append(type(violation)(field, violation.template, **violation.params))
        elif (violation.field, violation.sentence) not in before:
            elsewhere.append(
                RuleViolation(
                    value_field,
                    N_("With this choice another choice breaks a rule: {reason}"),
                    reason=violation.sentence,
                )
            )
    return own + elsewhere  # what is wrong with the choice itself first


def areas_of(choice: IkbChoice) -> tuple[Area, ...]:
    # Buying or selling hours moves the leave ledger as well (one truth, see calc.leave).
    if choice.kind in (IkbChoiceKind.BUY_HOURS, IkbChoiceKind.SELL_HOURS):
        return (Area.IKB, Area.LEAVE)
    return (Area.IKB,)


def save_choice(store: Store, choice: IkbChoice, book: RuleBook) -> Changes:
    """Check a choice against the CAO rules and the plan with it, and save it in one transaction."""
    return save_checked(
        store, choice, lambda: validate_choice(choice, store.dossier(), book), *areas_of(choice)
    )


def change_choice(
    store: Store, before: IkbChoice | None, after: IkbChoice, book: RuleBook
) -> Changes:
    """Save an edited choice: only marking it (not) submitted needs no check against the rules."""
    if before is not None and replace(before, submitted=after.submitted) == after:
        return mark_submitted(store, before, after.submitted)
    return save_choice(store, after, book)


def delete_choice(store: Store, choice: IkbChoice) -> Changes:
    return changed(store.delete(IkbChoice, choice.id), *areas_of(choice))


def mark_submitted(store: Store, choice: IkbChoice, submitted: bool = True) -> Changes:
    """Note that a choice was (or was not) handed in in the P-Direktportaal; no rule changes."""
    return changed(store.save(replace(choice, submitted=submitted)), Area.IKB)


def set_cutoff_day(store: Store, day: int) -> Changes:
    if not 1 <= day <= 28:
        raise ValidationError(CUTOFF_SETTING, N_("The cut-off day is a day from 1 to 28."))
    return changed(store.set_setting(CUTOFF_SETTING, str(day)), Area.SETTINGS, Area.IKB)

"""The leave ledger: statutory hours, IKB-uren, bought hours, spaarverlof, in hours.

Pure functions of a :class:`~rijkapp.domain.records.Dossier`, a date and the rule book. Nothing here
reads the clock, the database or the GUI.

What a balance "on DATE" means (exchange format, "How the figures are meant"): the state at the end
of that day. Entitlements granted by then, opening balances and corrections dated up to then, IKB
hours bought or sold in months up to then, and every leave day up to and including DATE, planned
or taken. A later DATE gives the forecast.

How the ledger is built, day by day in date order; within one day in this order:

0. **Leaving service** (the day after the last day of employment, see :func:`leaving_day`; the
   final settlement of P-Direkt is made then). Bought IKB-uren of the year of leaving that were
   not used are reversed (``reversed``): the IKB plan pays their money back with the rest of the
   budget, so they leave the ledger and never reach spaarverlof, also when the last day is
   31 December. Every other positive balance is paid out (``paid_out``): statutory hours at
   maandinkomen per uur, spaarverlof at the kale uurloon, IKB-uren and compensatie-uren with them
   (their rate is not confirmed). Nothing rolls on into the years after the employment ended.
   A negative balance stays, with its warning: P-Direkt sets it off against vakantie-uren or
   deducts it from the last salary, and Rijkapp does not guess which. Moving within the Rijk is
   not leaving: the new employment record starts the next day and the hours move with you.
1. **Year change** (1 January). Unused IKB-uren and bought IKB-uren of earlier years move to
   spaarverlof (they are there from 1 January); statutory hours whose validity has ended (1 January
   of the year + 2) expire. Only what is left expires: hours used before are not touched.
2. **Entitlements.** Statutory hours and IKB-uren for the whole year are granted on 1 January, or
   on the first day of the first employment record. When an employment record starts during the
   year (a change of hours, a return after a gap), the year's entitlement is calculated again and
   the difference is booked that day. The entitlement is
   ``base × Σ(hours per week × days) / (full time × days in the year)``, rounded up to whole hours
   once: the time-weighted average of the hours over the calendar days of the year, with days
   without employment counting as 0 (``leave_partial_year_measure``). Each calculation uses the
   records known on its day: the record in force then is assumed to run on to its end date or the
   end of the year.
3. **Opening balances and corrections** (``LeaveBalance``), negative allowed.
4. **IKB choices.** Bought hours join ``ikb_gekocht`` of that year on the first day of the month;
   sold hours leave ``ikb_uren`` of that year on the first day of the month. A choice for a month
   without any day of employment is left out with a warning, as the IKB plan refuses it.
5. **Leave days.** Each day of an entry costs the hours of the schedule in force that day (0 on
   weekends, days off, Rijk public holidays and days without employment), or its share of the
   hours entered by hand. Hours are taken in ``leave_consumption_order``: statutory hours oldest
   first (they expire), then compensatie-uren, IKB-uren, bought IKB-uren and spaarverlof (these do
   not expire). An entry that names a bucket uses that bucket first and the default order for the
   rest. When everything is used, up to 57.6 hours (at full time, pro rata) are borrowed from next
   year's statutory hours: the statutory bucket of next year goes negative and next year's grant
   fills it. Beyond that limit the hours are still booked there (nothing is refused here: the
   dialog uses :func:`preview_entry`), and the ledger warns.

A bucket that goes below zero for another reason (hours cut after the leave was taken, more IKB-uren
sold than received, a negative correction) stays negative and the ledger warns: Rijkapp does not
guess how P-Direkt settles it. Compensatie-uren come in only as balances; their year-end rules
(up to 36 to spaarverlof, the rest lapses) are not modelled, so they never expire here.

Every change to a bucket is a :class:`Posting` with a :class:`~rijkapp.calc.explain.Line` that says
what happened and on what authority, so ``grants + balances + bought − sold − taken − expired −
reversed − paid out`` equals the total to the cent.
"""

from rijkapp.calc.leave.build import ledger, reversed_on_leaving
from rijkapp.calc.leave.days import entry_days, entry_hours, entry_warnings, leave_days
from rijkapp.calc.leave.entitlement import entitlement
from rijkapp.calc.leave.model import (
    CONSUMPTION_KINDS,
    LEAVING_KINDS,
    BucketBalance,
    Entitlement,
    EntitlementPart,
    EntryPreview,
    LeaveDay,
    LeaveLedger,
    Posting,
    PostingKind,
)
from rijkapp.calc.leave.text import bucket_label
from rijkapp.calc.leave.timeline import leaving_day
from rijkapp.calc.leave.views import (
    ExpiryPlan,
    balances_section,
    expiry_plans,
    hours_to_plan_before_expiry,
    preview_entry,
    would_exceed_borrowing,
)

__all__ = [
    "CONSUMPTION_KINDS",
    "LEAVING_KINDS",
    "BucketBalance",
    "Entitlement",
    "EntitlementPart",
    "EntryPreview",
    "ExpiryPlan",
    "LeaveDay",
    "LeaveLedger",
    "Posting",
    "PostingKind",
    "balances_section",
    "bucket_label",
    "entitlement",
    "entry_days",
    "entry_hours",
    "entry_warnings",
    "expiry_plans",
    "hours_to_plan_before_expiry",
    "leave_days",
    "leaving_day",
    "ledger",
    "preview_entry",
    "reversed_on_leaving",
    "would_exceed_borrowing",
]

"""The individueel keuzebudget (IKB): monthly accrual, choices, pay-out, and what may be chosen.

Pure functions of the employee's records, a date or year and the rule book: no database, no clock,
no Qt. Every figure comes with the lines that make it up and the rules behind them.

Decisions where the CAO and P-Direkt are silent (each one is also a rule or a test):

- **Part months.** A month in which the employment starts, ends or changes is pro rata by
  calendar days, as payroll pays the salary: each stretch of days contributes its monthly IKB
  times days / days in the month, and the sum is rounded to cents once.
- **Rounding.** The monthly salaris (scale amount x hours / 36) is rounded to cents, as payroll
  pays it; the IKB is rounded to cents once per month. Hourly values (salaris per uur,
  maandinkomen per uur, price of an hour) are rounded to cents before they are multiplied by hours.
- **Selling hours** pays money out on top of the budget; it does not spend the budget. A plan
  shows it as its own pay-out column, outside "spent", so that accrued = spent + paid out +
  available holds to the cent.
- **Leaving service.** The last day of employment in the year when no employment follows the
  next day (:func:`rijkapp.calc.leave.leaving_day`, the ledger's own definition), also when that
  day is 31 December. Accrual stops after the last day; the remainder is paid in the month after
  leaving (the rule says within two months), or in December when leaving in December. Bought hours
  not used are reversed at the price they were bought for, the latest purchase first. How many
  bought hours were used only the leave ledger knows: :func:`bought_hours_used` asks it, for every
  caller, and the ledger takes exactly the rest out as "reversed on leaving service".
- **Buy maximum.** 187 x average contract hours of the year / 36 over the days employed, rounded
  down; a part year is not cut further (the accrued budget limits it anyway).
- **Sell maximum.** From 2023 32 + the transition extra of each day, pro rata to the hours and
  days employed, rounded up once like IKB-uren (pro rata unconfirmed). Membership of a transition
  group and the extra are decided by :mod:`rijkapp.calc.transition`, the same function the
  IKB-uren use, so the extra stops on the AOW date in both. 2020-2022: all IKB-uren of the year
  by the same age table as the ledger (unknown birth date: the youngest band). Whether the hours are
  still there to sell, and that bought hours are not resold, only the leave ledger can tell.
- **Buy price.** ``salaris per uur x (1 + IKB%)`` until 2024-06-30, ``maandinkomen per uur`` of
  the month before from 2024-07-01 (switch date unconfirmed: the earliest date the new text is
  evidenced for; without toelagen both give the same price). Part-timers are priced at full time.
- **Spending rule.** Up to any month, payouts + bought hours + fiscal goals never exceed what has
  accrued by the end of that month. Every choice counts, refused or not, so that a plan without
  violations never has a negative balance, and a violation marks exactly where it turns negative.
- **Projection.** With ``on``, months after ``on``'s month use the terms in force on ``on``;
  whether and until when one is employed still comes from the records (a planned leaving stays).
- **Available on a date** is the balance after the choices of that month, before that month's
  automatic pay-out of the remainder (one can still choose until the cut-off).
- **Cut-off.** The monthly P-Direkt cut-off day is the user's setting (``cutoff_day``); the rule
  book only holds a default, which is not listed among the assumptions of a calculation.
- **Fiscal goals.** ``once_per_years`` counts calendar years back from the later choice; a goal
  with ``requires`` (fietsverzekering) needs that goal chosen within its period.
"""

from rijkapp.calc.ikb.accrual import monthly_budget
from rijkapp.calc.ikb.goals import fiscal_goals_on
from rijkapp.calc.ikb.messages import (
    MSG_AMOUNT_MISSING,
    MSG_BUY_CAP,
    MSG_BUY_NOT_ACCRUED,
    MSG_GOAL_MAX,
    MSG_GOAL_MISSING,
    MSG_GOAL_ONCE,
    MSG_GOAL_REQUIRES,
    MSG_GOAL_UNKNOWN,
    MSG_HOURS_MISSING,
    MSG_NO_EMPLOYMENT,
    MSG_NO_IKB,
    MSG_NOT_WHOLE,
    MSG_SELL_CAP,
    MSG_SPEND_NOT_ACCRUED,
)
from rijkapp.calc.ikb.model import ChoiceCost, IkbYear, MonthAccrual, MonthRow
from rijkapp.calc.ikb.planner import (
    bought_hours_used,
    cutoff_date,
    projection,
    validate_choices,
    year_plan,
)
from rijkapp.calc.ikb.prices import hour_price, sell_value

__all__ = [
    "MSG_AMOUNT_MISSING",
    "MSG_BUY_CAP",
    "MSG_BUY_NOT_ACCRUED",
    "MSG_GOAL_MAX",
    "MSG_GOAL_MISSING",
    "MSG_GOAL_ONCE",
    "MSG_GOAL_REQUIRES",
    "MSG_GOAL_UNKNOWN",
    "MSG_HOURS_MISSING",
    "MSG_NOT_WHOLE",
    "MSG_NO_EMPLOYMENT",
    "MSG_NO_IKB",
    "MSG_SELL_CAP",
    "MSG_SPEND_NOT_ACCRUED",
    "ChoiceCost",
    "IkbYear",
    "MonthAccrual",
    "MonthRow",
    "bought_hours_used",
    "cutoff_date",
    "fiscal_goals_on",
    "hour_price",
    "monthly_budget",
    "projection",
    "sell_value",
    "validate_choices",
    "year_plan",
]

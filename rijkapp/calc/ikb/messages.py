"""The rules an IKB choice can break, as messages translated when shown."""

from __future__ import annotations

from rijkapp.i18n import N_

MSG_NO_IKB = N_("There is no IKB in {month}: the IKB exists from January 2020.")
MSG_NO_EMPLOYMENT = N_(
    "There is no employment in {month}, so there is no IKB budget for a choice in that month."
)
MSG_AMOUNT_MISSING = N_("Give an amount above zero for this IKB choice.")
MSG_HOURS_MISSING = N_("Give a number of hours above zero for this IKB choice.")
MSG_GOAL_MISSING = N_("Choose a fiscal goal for this IKB choice.")
MSG_NOT_WHOLE = N_("IKB hours are bought in whole hours only; {hours} is not a whole number.")
MSG_BUY_CAP = N_(
    "You can buy at most {max} IKB hours in {year} ({fulltime_max} a year at {fulltime_hours} "
    "hours a week, pro rata to your average hours, rounded down); with this choice it would be "
    "{total}."
)
MSG_BUY_NOT_ACCRUED = N_(
    "In {month} only {accrued} has accrued. Buying {hours} IKB hours costs {cost}, which takes "
    "your IKB spending to {spent}. You can only buy hours with budget that has already accrued."
)
MSG_SPEND_NOT_ACCRUED = N_(
    "In {month} only {accrued} has accrued. With this choice your IKB spending reaches {spent}. "
    "You can only spend budget that has already accrued."
)
MSG_SELL_CAP = N_(
    "You can sell at most {max} IKB hours in {year}; with this choice it would be {total}."
)
MSG_GOAL_UNKNOWN = N_("'{goal}' is not a fiscal goal of the IKB in {month}.")
MSG_GOAL_MAX = N_(
    "The IKB pays at most {max} a year for the goal {goal}; in {year} your choices add up to "
    "{total}."
)
MSG_GOAL_ONCE = N_(
    "The IKB pays for the goal {goal} once every {years} calendar years; it was also chosen for "
    "{earlier}."
)
MSG_GOAL_REQUIRES = N_(
    "The goal {goal} is only allowed together with the goal {required} in the same {years} "
    "calendar years, and there is no such choice."
)

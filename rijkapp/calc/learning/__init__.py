"""Learning and development: pure functions of the log, the profile, the rule book and a day.

No database, no clock, no Qt. Each figure comes with the explanation lines and rules behind it
(``resources/rules/learning.toml``; the IKB goals from ``ikb.toml``). The development budgets are
in :mod:`rijkapp.calc.development`.

- :mod:`.facilities`: studiefaciliteiten (CAO Rijk 12.3) per activity: the employer's and your
  share of the cost, whether the employer's share is only a maximum, the study leave for lessons
  and exams, the days of leave for self-study, and the repayment risk in words.
- :mod:`.certificates`: valid / expiring (at most 90 days left) / expired, days left, and the
  reminders 90, 60, 30 and 7 days before the last valid day.
- :mod:`.regelingen`: A+O fonds Rijk Blik vooruit and Loopbaanadvies: open, or from which day.
- :mod:`.log`: hours, costs and skills by year.
- :mod:`.ikb_room`: the IKB room this year for the goals studie and studieschuld.

Decisions where the sources are silent (each also in a docstring and a test):

- Shares are rounded to cents (half up; down where the share is a maximum, so it never exceeds
  the rule) and your share is the rest, so employer share + own share = cost exactly; study
  leave hours are rounded to two decimals the same way.
- Studiefaciliteiten apply to an activity with a reason; without one Rijkapp shows none.
- A repayment is never computed. The risk is shown whenever the employer pays something.
"""

from rijkapp.calc.learning.certificates import (
    EXPIRING_WITHIN_DAYS,
    REMINDER_DAYS,
    CertificateState,
    CertificateStatus,
    certificate_state,
    certificate_states,
    certificate_status,
    next_to_renew,
    reminder_dates,
    reminder_on,
)
from rijkapp.calc.learning.facilities import StudyFacilities, not_covered, study_facilities
from rijkapp.calc.learning.ikb_room import IkbGoalRoom, IkbLearningRoom, ikb_learning_room
from rijkapp.calc.learning.log import (
    YearTotals,
    activity_year,
    all_skills,
    hours_by_year,
    in_date_order,
    skills_by_year,
    totals_by_year,
)
from rijkapp.calc.learning.regelingen import Eligibility, Regeling, eligibility, regelingen

__all__ = [
    "EXPIRING_WITHIN_DAYS",
    "REMINDER_DAYS",
    "CertificateState",
    "CertificateStatus",
    "Eligibility",
    "IkbGoalRoom",
    "IkbLearningRoom",
    "Regeling",
    "StudyFacilities",
    "YearTotals",
    "activity_year",
    "all_skills",
    "certificate_state",
    "certificate_states",
    "certificate_status",
    "eligibility",
    "hours_by_year",
    "ikb_learning_room",
    "in_date_order",
    "next_to_renew",
    "not_covered",
    "regelingen",
    "reminder_dates",
    "reminder_on",
    "skills_by_year",
    "study_facilities",
    "totals_by_year",
]

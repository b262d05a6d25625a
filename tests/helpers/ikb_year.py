"""One IKB year to test with: full time at € 4.000 from 2025, and one choice of every kind.

Worked out by hand in the tests that use it: 16,50% of € 4.000 is € 660,00 a month, € 7.920,00 in
the year; 20 hours bought in March, 8 sold in April, the union fee in May, € 500 paid in June.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rijkapp.domain.records import Employment, IkbChoice, IkbChoiceKind

H = Decimal

FULL_TIME_2025 = Employment("e1", date(2025, 1, 1), H("36"), 10, 5, H("4000.00"), H("0.00"))
CHOICES_2025 = (
    IkbChoice("b1", date(2025, 3, 1), IkbChoiceKind.BUY_HOURS, hours=H("20"), submitted=True),
    IkbChoice("s1", date(2025, 4, 1), IkbChoiceKind.SELL_HOURS, hours=H("8")),
    IkbChoice(
        "g1",
        date(2025, 5, 1),
        IkbChoiceKind.FISCAL_GOAL,
        amount=H("240.00"),
        goal="vakbondscontributie",
    ),
    IkbChoice("p1", date(2025, 6, 1), IkbChoiceKind.PAYOUT, amount=H("500.00")),
)

"""The learning rules say what CAO Rijk 12.3 and the A+O fonds Rijk say, with sources, in words."""

from __future__ import annotations

from datetime import date

import pytest

from rijkapp.rules.book import Confidence, Rule
from tests.unit.calc.learning_fixtures import BOOK

ON = date(2026, 11, 28)
LEARNING = [r for r in BOOK.all_periods() if r.key.startswith(("study_", "ao_"))]


@pytest.mark.parametrize(
    ("reason", "cost", "leave", "self_study", "entitled"),
    [
        ("verzoek_leidinggevende", "100", "100", "1", True),
        ("loopbaanafspraak", "100", "50", "1", True),
        ("andere_reden", "50", "25", "0", False),
    ],
)
def test_the_studiefaciliteiten_table_of_cao_12_3(
    reason: str, cost: str, leave: str, self_study: str, entitled: bool
) -> None:
    assert BOOK.get(f"study_cost_pct_{reason}", ON).value == cost
    assert BOOK.get(f"study_leave_pct_{reason}", ON).value == leave
    assert BOOK.get(f"study_self_study_days_{reason}", ON).value == self_study
    assert BOOK.get(f"study_entitled_{reason}", ON).value is entitled


def test_the_a_o_regelingen() -> None:
    assert BOOK.find("ao_blik_vooruit_max_amount", date(2022, 12, 31)) is None
    assert BOOK.decimal("ao_blik_vooruit_max_amount", date(2023, 1, 1)) == 1000
    assert BOOK.decimal("ao_blik_vooruit_years_in_function", ON) == 3
    assert BOOK.decimal("ao_blik_vooruit_once_per_years", ON) == 5
    assert BOOK.decimal("ao_loopbaanadvies_years_in_service", ON) == 3
    assert BOOK.decimal("ao_loopbaanadvies_once_per_years", ON) == 5
    amount = BOOK.get("ao_loopbaanadvies_max_amount", ON)
    assert amount.confidence is Confidence.UNCONFIRMED  # a third party's figure, kept marked


def test_what_is_not_confirmed_is_marked_so() -> None:
    assert {r.key for r in LEARNING if r.confidence is Confidence.UNCONFIRMED} == {
        "study_repayment_other",
        "ao_loopbaanadvies_max_amount",
    }


@pytest.mark.parametrize("rule", LEARNING, ids=lambda r: r.key)
def test_every_rule_is_explained_in_dutch_and_english_without_its_key(rule: Rule) -> None:
    assert rule.description_nl and rule.description_en
    dutch, english = rule.explanation("nl"), rule.explanation("en")
    assert dutch and english and dutch != english
    for text in (dutch, english, rule.description_nl, rule.description_en):
        assert rule.key not in text and "_" not in text
    # a source with an address, unless it is the unconfirmed amount nobody published
    assert rule.source.url or rule.confidence is Confidence.UNCONFIRMED

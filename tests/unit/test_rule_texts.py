"""Every rule of the rule book is written for a reader, in Dutch and in English.

Help > Regels en bronnen shows each rule by its name, with what it means for you and its value
in words and figures; an assumption says what it assumes; a source shows by its name.
"""

from __future__ import annotations

import re

import pytest

from rijkapp.i18n import LANGUAGES
from rijkapp.rules import default_rulebook
from rijkapp.rules.book import Confidence, Rule
from rijkapp.views.rules import period_text, value_text

BOOK = default_rulebook()
RULES = BOOK.all_periods()
RAW = re.compile(r"\b[a-z]+_[a-z_]+\b|\bTrue\b|\bFalse\b|\btrue\b|\bfalse\b|^\d+\.\d+$")
# Words that give a Dutch sentence away in English, and the other way round.
DUTCH = re.compile(r"\b(je|jij|het|een|uur|uren|niet|voor|van|wordt|naar|bij|gekocht)\b")
ENGLISH = re.compile(r"\b(the|you|your|hours|not|for|bought|with|a year|a month)\b")


def rule_id(rule: Rule) -> str:
    return f"{rule.key}@{rule.valid_from}"


@pytest.mark.parametrize("rule", RULES, ids=rule_id)
def test_every_rule_has_a_name_and_says_what_it_means_in_both_languages(rule: Rule) -> None:
    assert rule.about.complete, rule.key
    for language in LANGUAGES:
        assert rule.name(language) != rule.key
        assert rule.meaning(language).endswith((".", "?"))
    assert rule.name("nl") != rule.name("en")
    assert not DUTCH.search(rule.meaning("en")), rule.meaning("en")
    assert not ENGLISH.search(rule.meaning("nl")), rule.meaning("nl")


@pytest.mark.parametrize(
    "rule", [r for r in RULES if r.confidence is Confidence.UNCONFIRMED], ids=rule_id
)
def test_every_assumption_says_what_is_assumed_in_both_languages(rule: Rule) -> None:
    assert rule.description_nl and rule.description_en
    assert not DUTCH.search(rule.description_en), rule.description_en
    assert not ENGLISH.search(rule.description_nl), rule.description_nl


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_value_shows_as_a_key_a_boolean_or_a_bare_decimal(language: str) -> None:
    for rule in RULES:
        shown = value_text(rule, BOOK, language)
        assert shown and not RAW.search(shown), (rule.key, shown)
        if language == "nl":
            assert not re.search(r"\d\.\d{2}\b", shown), (rule.key, shown)  # 440.00
            assert not ENGLISH.search(shown), (rule.key, shown)
        else:
            assert not re.search(r"\d,\d{2}\b", shown), (rule.key, shown)  # 440,00
            assert not DUTCH.search(shown), (rule.key, shown)


def test_values_show_with_their_unit_in_each_language() -> None:
    minimum = BOOK.periods("ikb_minimum_budget_fulltime")[0]
    assert value_text(minimum, BOOK, "nl") == "€\N{NO-BREAK SPACE}440,00 per maand"
    assert value_text(minimum, BOOK, "en") == "€440.00 a month"
    percentage = BOOK.periods("ikb_percentage")[-1]
    assert (value_text(percentage, BOOK, "nl"), value_text(percentage, BOOK, "en")) == (
        "16,50%",
        "16.50%",
    )
    whole = BOOK.periods("ikb_buy_whole_hours")[0]
    assert (value_text(whole, BOOK, "nl"), value_text(whole, BOOK, "en")) == ("ja", "yes")
    borrow = BOOK.periods("leave_borrow_max_hours_fulltime")[0]
    assert value_text(borrow, BOOK, "nl") == "57,6\N{NO-BREAK SPACE}uur"
    valid = BOOK.periods("leave_statutory_valid_years")[0]
    assert (value_text(valid, BOOK, "nl"), value_text(valid, BOOK, "en")) == ("2 jaar", "2 years")
    payout = BOOK.periods("ikb_payout_month")[0]
    assert (value_text(payout, BOOK, "nl"), value_text(payout, BOOK, "en")) == (
        "december",
        "December",
    )
    assert period_text(percentage, "nl") == "vanaf 1 jan 2026"
    assert period_text(BOOK.periods("ikb_percentage")[0], "en") == "1 Jan 2020 to 30 Jun 2024"


def test_every_source_has_a_name_in_both_languages_and_no_address_in_it() -> None:
    for source in BOOK.sources.values():
        for language in LANGUAGES:
            name = source.render(language)
            assert name and "http" not in name and "://" not in name, source.id
        assert source.title_en, source.id

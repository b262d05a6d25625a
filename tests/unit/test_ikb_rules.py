"""The IKB rules file: every rule dated, sourced and graded; the facts carried over correctly."""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from itertools import pairwise

import pytest

from rijkapp.calc.ikb import fiscal_goals_on
from rijkapp.paths import resources_dir
from rijkapp.rules.book import Confidence, RuleBook, RuleBookError, default_rulebook

IKB_FILE = resources_dir() / "rules" / "ikb.toml"


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return default_rulebook()


@pytest.fixture(scope="module")
def raw() -> dict[str, object]:
    with IKB_FILE.open("rb") as handle:
        return tomllib.load(handle)


def test_every_ikb_rule_has_a_date_a_known_source_and_a_confidence(raw: dict[str, object]) -> None:
    # The loader already refuses unknown sources and confidences; this checks the file has no
    # rule without a start date and that it only defines ikb_ keys (no clash with leave rules).
    rules = raw["rules"]
    assert isinstance(rules, dict)
    for key, periods in rules.items():
        assert key.startswith("ikb_"), key
        for period in periods:
            assert isinstance(period["from"], date), key
            assert period["source"], key
            assert Confidence(period["confidence"])


def test_the_book_loads_with_the_ikb_file_and_has_no_overlaps() -> None:
    book = RuleBook.load(resources_dir() / "rules")
    assert book.get("ikb_percentage", date(2025, 6, 1)).decimal == Decimal("16.50")


@pytest.mark.parametrize(
    ("day", "percentage", "confidence"),
    [
        (date(2020, 1, 1), "16.37", Confidence.CONFIRMED),
        (date(2024, 6, 30), "16.37", Confidence.CONFIRMED),
        (date(2024, 7, 1), "16.50", Confidence.CONFIRMED),
        (date(2025, 12, 31), "16.50", Confidence.CONFIRMED),
        # No CAO for 2026 as of March 2026: assumed continuation.
        (date(2026, 1, 1), "16.50", Confidence.UNCONFIRMED),
    ],
)
def test_ikb_percentage_by_date(
    book: RuleBook, day: date, percentage: str, confidence: Confidence
) -> None:
    rule = book.get("ikb_percentage", day)
    assert rule.decimal == Decimal(percentage)
    assert rule.confidence is confidence


def test_no_ikb_before_2020(book: RuleBook) -> None:
    assert book.find("ikb_percentage", date(2019, 12, 31)) is None


@pytest.mark.parametrize(
    ("day", "amount", "confidence"),
    [
        (date(2020, 1, 1), "179.02", Confidence.CONFIRMED),
        (date(2020, 7, 1), "180.27", Confidence.DERIVED),  # amount confirmed, date derived
        (date(2023, 1, 1), "197.66", Confidence.UNCONFIRMED),  # date unknown
        (date(2024, 7, 1), "219.88", Confidence.UNCONFIRMED),  # amount confirmed, date not
    ],
)
def test_vakantie_uitkering_floor_until_2024(
    book: RuleBook, day: date, amount: str, confidence: Confidence
) -> None:
    rule = book.get("ikb_vu_minimum_fulltime", day)
    assert rule.decimal == Decimal(amount)
    assert rule.confidence is confidence


def test_from_2025_a_minimum_budget_replaces_the_vakantie_uitkering_floor(book: RuleBook) -> None:
    assert book.find("ikb_vu_minimum_fulltime", date(2025, 1, 1)) is None
    minimum = book.get("ikb_minimum_budget_fulltime", date(2025, 1, 1))
    assert minimum.decimal == Decimal("440.00")
    assert minimum.confidence is Confidence.SECONDARY
    assert book.find("ikb_minimum_budget_fulltime", date(2024, 12, 31)) is None
    assert book.get("ikb_minimum_budget_fulltime", date(2026, 3, 1)).confidence is (
        Confidence.UNCONFIRMED
    )
    pro_rata = book.get("ikb_minimum_budget_pro_rata", date(2025, 1, 1))
    assert pro_rata.value is True
    assert pro_rata.confidence is Confidence.UNCONFIRMED


def test_hour_divisor_payout_month_and_buy_maximum(book: RuleBook) -> None:
    day = date(2025, 1, 1)
    assert book.decimal("ikb_hour_divisor", day) == 156
    assert book.decimal("ikb_payout_month", day) == 12
    assert book.decimal("ikb_buy_max_hours_fulltime", day) == 187
    assert book.get("ikb_buy_whole_hours", day).value is True
    assert book.get("ikb_buy_resellable", day).value is False


def test_cutoff_day_is_an_unconfirmed_default(book: RuleBook) -> None:
    rule = book.get("ikb_cutoff_day", date(2026, 5, 1))
    assert rule.decimal == 12
    assert rule.confidence is Confidence.UNCONFIRMED


def test_buy_price_formula_switch_is_marked_unconfirmed(book: RuleBook) -> None:
    old = book.get("ikb_buy_price_formula", date(2021, 5, 1))
    assert (old.value, old.confidence) == ("salaris_per_uur_plus_ikb", Confidence.CONFIRMED)
    assert book.get("ikb_buy_price_formula", date(2023, 5, 1)).confidence is Confidence.UNCONFIRMED
    new = book.get("ikb_buy_price_formula", date(2024, 7, 1))
    assert (new.value, new.confidence) == ("maandinkomen_per_uur", Confidence.UNCONFIRMED)


def test_selling_rules(book: RuleBook) -> None:
    assert book.get("ikb_sell_hours_rule", date(2022, 12, 31)).value == "all"
    assert book.get("ikb_sell_hours_rule", date(2023, 1, 1)).value == "cap"
    assert book.decimal("ikb_sell_hours_max_fulltime", date(2023, 1, 1)) == 32
    assert book.get("ikb_sell_hours_pro_rata", date(2023, 1, 1)).confidence is (
        Confidence.UNCONFIRMED
    )
    assert book.get("ikb_sell_value_formula", date(2022, 1, 1)).confidence is Confidence.CONFIRMED
    assert book.get("ikb_sell_value_formula", date(2023, 1, 1)).confidence is (
        Confidence.UNCONFIRMED
    )
    # The transition rules are kept once, with the IKB-uren in leave.toml (read by both
    # calculators through rijkapp/calc/transition.py), not copied here.
    assert book.get("leave_ikb_transition_rijk_start_before", date(2023, 1, 1)).value == date(
        2022, 9, 1
    )
    for duplicate in ("ikb_transition_rijk_start_before", "ikb_transition_pas_born_before_year"):
        assert duplicate not in set(book.keys())
    with pytest.raises(RuleBookError):
        book.table("ikb_sell_transition")
    with pytest.raises(RuleBookError):
        book.table("ikb_sell_all_hours_by_age")
    # The sell maximum of a transition group is 32 + the extra IKB-uren of its band:
    # 1978-82 32 + 15 = 47; 1973-77 32 + 30 = 62; 1966-72 32 + 50 = 82; 1956-65 32 + 70 = 102.
    sell = book.decimal("ikb_sell_hours_max_fulltime", date(2023, 1, 1))
    bands = {
        (row["born_from"], row["born_to"]): sell + Decimal(row["extra"])
        for row in book.get("leave_ikb_transition_extra_hours", date(2023, 1, 1)).value
    }
    assert bands == {(1978, 1982): 47, (1973, 1977): 62, (1966, 1972): 82, (1956, 1965): 102}


def test_fiscal_goal_rows_are_complete(book: RuleBook) -> None:
    for row in book.table("fiscal_goals"):
        for column in ("code", "label_nl", "label_en", "from"):
            assert row.get(column), (row.values, column)
        if row.get("max_per_year") is not None:
            assert Decimal(row["max_per_year"]) > 0


def test_fiscal_goal_periods_do_not_overlap(book: RuleBook) -> None:
    by_code: dict[str, list[tuple[date, date | None]]] = {}
    for row in book.table("fiscal_goals"):
        by_code.setdefault(row["code"], []).append((row["from"], row.get("to")))
    for code, periods in by_code.items():
        periods.sort()
        for (_start, end), (next_start, _next_end) in pairwise(periods):
            assert end is not None and end < next_start, code


def test_all_goals_named_in_the_facts_are_there(book: RuleBook) -> None:
    codes = {row["code"] for row in fiscal_goals_on(book, date(2025, 6, 1))}
    assert codes == {
        "fiets",
        "fietsverzekering",
        "bedrijfsfitness",
        "vakbondscontributie",
        "vakliteratuur",
        "thuiswerkplek",
        "woon_werkverkeer",
        "studie",
        "studieschuld",
    }


def test_fiets_limits_by_period(book: RuleBook) -> None:
    def fiets(day: date) -> tuple[str, int, Confidence]:
        row = next(r for r in fiscal_goals_on(book, day) if r["code"] == "fiets")
        return row["max_per_year"], row["once_per_years"], row.confidence

    assert fiets(date(2020, 6, 1)) == ("750.00", 3, Confidence.CONFIRMED)
    assert fiets(date(2021, 6, 1)) == ("1500.00", 3, Confidence.CONFIRMED)
    assert fiets(date(2025, 6, 1)) == ("1500.00", 5, Confidence.UNCONFIRMED)


def test_studieschuld_only_from_2025(book: RuleBook) -> None:
    assert "studieschuld" not in {r["code"] for r in fiscal_goals_on(book, date(2024, 12, 31))}
    row = next(r for r in fiscal_goals_on(book, date(2025, 1, 1)) if r["code"] == "studieschuld")
    assert row["max_per_year"] == "2000.00"
    assert row.confidence is Confidence.CONFIRMED


def test_thuiswerkplek_only_from_2021(book: RuleBook) -> None:
    assert "thuiswerkplek" not in {r["code"] for r in fiscal_goals_on(book, date(2020, 12, 31))}
    assert "thuiswerkplek" in {r["code"] for r in fiscal_goals_on(book, date(2021, 1, 1))}


# ------------------------------------------------------------------ what an assumption is about

# What the IKB page says about each assumed rule, word for word in both languages.
ASSUMED = {
    "ikb_percentage": (
        "Het IKB-percentage: er is nog geen nieuwe CAO Rijk. Rijkapp gaat ervan uit dat de vorige "
        "blijft gelden.",
        "The IKB percentage: there is no new CAO Rijk yet, the last one is assumed to continue.",
    ),
    "ikb_vu_minimum_fulltime": (
        "Het minimumbedrag voor de vakantie-uitkering in het IKB, en vanaf wanneer het geldt.",
        "The minimum amount for the holiday allowance in the IKB, and from when it applies.",
    ),
    "ikb_vu_minimum_pro_rata": (
        "Dat dit minimum naar verhouding is als je in deeltijd werkt.",
        "That this minimum is pro rata when you work part-time.",
    ),
    "ikb_minimum_budget_fulltime": (
        "Het minimale IKB-budget per maand: er is nog geen nieuwe CAO Rijk.",
        "The minimum IKB budget a month: there is no new CAO Rijk yet.",
    ),
    "ikb_minimum_budget_pro_rata": (
        "Dat het minimale IKB-budget naar verhouding is als je in deeltijd werkt.",
        "That the minimum IKB budget is pro rata when you work part-time.",
    ),
    "ikb_leaving_payout_after_months": (
        "Dat wat er over is, wordt uitbetaald in de maand nadat je uit dienst gaat (de CAO zegt: "
        "binnen twee maanden).",
        "That what is left is paid in the month after you leave (the CAO says within two months).",
    ),
    "ikb_buy_price_formula": (
        "De prijs van een gekocht IKB-uur (maandinkomen per uur), en vanaf wanneer die geldt.",
        "The price of a bought IKB hour (monthly income per hour), and from when it applies.",
    ),
    "ikb_maandinkomen_fulltime_scaled": (
        "Dat de prijs van een uur bij deeltijd wordt berekend alsof je voltijd werkt.",
        "That for part-timers the price of an hour is worked out at full time.",
    ),
    "ikb_sell_hours_pro_rata": (
        "Dat het maximum aantal uren dat je kunt verkopen, naar verhouding van je uren is.",
        "That the most hours you can sell is pro rata to your hours.",
    ),
    "ikb_sell_value_formula": (
        "De waarde van een verkocht IKB-uur (salaris per uur).",
        "The value of a sold IKB hour (hourly salary).",
    ),
}


def test_every_assumed_ikb_rule_says_what_it_is_about(book: RuleBook) -> None:
    # The cut-off day is the one assumption with a section of its own (the user sets the day).
    assumed = [
        rule
        for rule in book.unconfirmed()
        if rule.key.startswith("ikb_") and rule.key != "ikb_cutoff_day"
    ]
    assert {rule.key for rule in assumed} == set(ASSUMED)
    for rule in assumed:
        assert (rule.description("nl"), rule.description("en")) == ASSUMED[rule.key], rule


def test_every_assumed_fiscal_goal_says_what_it_is_about_by_its_name(book: RuleBook) -> None:
    rows = [r for r in book.table("fiscal_goals") if r.confidence is Confidence.UNCONFIRMED]
    assert {r["code"] for r in rows} == {"fiets", "thuiswerkplek", "studieschuld"}
    for row in rows:
        assert row["description_nl"] == (
            f"Het fiscaal doel {row['label_nl']}: hoe vaak of vanaf wanneer het geldt."
        )
        assert row["description_en"] == (
            f"The tax-friendly goal {row['label_en']}: how often or from when it applies."
        )


def test_a_fiscal_goal_used_in_a_plan_carries_its_description(book: RuleBook) -> None:
    from rijkapp.calc.ikb import year_plan
    from rijkapp.domain.records import Dossier, Employment, IkbChoice, IkbChoiceKind

    job = Employment("e1", date(2025, 1, 1), Decimal(36), 10, 5, Decimal(4000), Decimal(0))
    goal = IkbChoice(
        "g", date(2026, 3, 1), IkbChoiceKind.FISCAL_GOAL, amount=Decimal(100), goal="studieschuld"
    )
    plan = year_plan(Dossier(employment=(job,), ikb_choices=(goal,)), 2026, book)
    rule = next(r for r in plan.unconfirmed_rules if r.key == "fiscal_goals.studieschuld")
    assert rule.description("nl") == (
        "Het fiscaal doel Aflossen studieschuld (DUO): hoe vaak of vanaf wanneer het geldt."
    )
    assert rule.description("en") == (
        "The tax-friendly goal Repaying a student loan (DUO): how often or from when it applies."
    )


def test_without_a_description_of_its_own_a_period_is_described_by_what_the_rule_means(
    book: RuleBook,
) -> None:
    rule = book.get("leave_ikb_hours_fulltime", date(2025, 1, 1))  # confirmed: no description
    assert rule.description_nl == ""
    assert rule.description("nl") == rule.meaning("nl") != rule.meaning("en")
    assert rule.description("en") == rule.meaning("en")
    assumed = book.get("leave_ikb_hours_fulltime", date(2026, 1, 1))
    assert assumed.description("nl") != assumed.meaning("nl")

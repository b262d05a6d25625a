"""Sentences of the core are kept as messages and rendered in the language asked for."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal

from rijkapp import i18n
from rijkapp.calc import ikb
from rijkapp.calc.leave import bucket_label, entry_warnings, ledger
from rijkapp.domain.errors import RuleViolation
from rijkapp.domain.records import Bucket
from rijkapp.i18n import N_
from rijkapp.message import Capitalised, Day, Euro, HourCount, Joined, Message, Named, plural
from tests.unit.leave_fixtures import BOOK, entry, fulltimer

NBSP = "\N{NO-BREAK SPACE}"


def test_one_ledger_line_renders_in_dutch_and_in_english() -> None:
    figures = ledger(fulltimer(date(2026, 1, 1)), date(2026, 3, 1), BOOK)
    grant = figures.explain(Bucket.WETTELIJK, 2026)[0]
    assert grant.render("nl") == f"Wettelijke uren 2026: 144 × 36/36 = 144{NBSP}uur."
    assert grant.render("en") == f"Statutory hours 2026: 144 × 36/36 = 144{NBSP}hours."
    # The same object again: rendering changes nothing, so it can be done as often as shown.
    assert grant.render("nl") == f"Wettelijke uren 2026: 144 × 36/36 = 144{NBSP}uur."


def test_an_ikb_line_formats_its_money_in_the_language_asked_for() -> None:
    dossier = fulltimer(date(2025, 1, 1))
    price, line = ikb.hour_price(dossier, date(2025, 3, 1), BOOK)
    assert price == Decimal("33.61")
    assert f"€{NBSP}33,61" in line.render("nl") and "maart 2025" in line.render("nl")
    assert "€33.61" in line.render("en") and "March 2025" in line.render("en")


def test_a_rule_violation_keeps_its_values_until_it_is_shown() -> None:
    violation = RuleViolation("ikb_choices[0].hours", ikb.MSG_SELL_CAP, max=48, year=2026, total=50)
    assert violation.render_reason("en") == (
        "You can sell at most 48 IKB hours in 2026; with this choice it would be 50."
    )
    assert violation.render("nl").startswith("ikb_choices[0].hours: ")
    assert violation.render_reason("nl") != violation.render_reason("en")


def test_values_show_themselves_in_each_language() -> None:
    message = Message(
        N_("{hours} of {bucket} on {date}"),
        hours=HourCount(Decimal("7.2")),
        bucket=Capitalised(bucket_label(Bucket.SPAARVERLOF)),
        date=Day(date(2026, 3, 1)),
    )
    assert message.render("nl") == f"7,2{NBSP}uur of Spaarverlof on 1 maart 2026"
    assert message.render("en") == f"7.2{NBSP}hours of Spaarverlof on 1 March 2026"
    assert (
        Joined((Euro(Decimal("1234.50")), " / ", Named("Koningsdag", "King's Day"))).render("en")
        == "€1,234.50 / King's Day"
    )


def test_a_plural_message_chooses_its_form_when_shown() -> None:
    one = plural(
        "{count} day falls outside your employment: it costs no leave hours.",
        "{count} days fall outside your employment: they cost no leave hours.",
        1,
    )
    assert one.render("en") == "1 day falls outside your employment: it costs no leave hours."
    warnings = entry_warnings(entry("l1", date(2023, 12, 28), date(2024, 1, 2)), fulltimer(), BOOK)
    assert any(w.render("en").startswith("4 days fall outside") for w in warnings)


def test_equal_messages_are_one_warning() -> None:
    first = Message(N_("Negative balance: {bucket} is {hours}."), hours=HourCount(Decimal(-1)))
    again = Message(N_("Negative balance: {bucket} is {hours}."), hours=HourCount(Decimal(-1)))
    assert first == again and len({first, again}) == 1
    assert first != Message(
        N_("Negative balance: {bucket} is {hours}."), hours=HourCount(Decimal(0))
    )


def test_the_core_has_no_language_of_its_own() -> None:
    # Nothing to set: every rendering is told its language.
    assert not hasattr(i18n, "set_language")
    assert not hasattr(i18n, "gettext")
    grant = ledger(fulltimer(date(2026, 1, 1)), date(2026, 3, 1), BOOK).lines[0]
    found: dict[str, str] = {}

    def render(language: str) -> None:
        for _round in range(200):
            found[language] = grant.render(language)

    threads = [threading.Thread(target=render, args=(lang,)) for lang in ("nl", "en")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert found == {"nl": grant.render("nl"), "en": grant.render("en")}
    assert found["nl"] != found["en"]

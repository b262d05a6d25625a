"""The window's language is for showing things on the GUI thread; the core never reads it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from rijkapp.calc.leave import ledger
from rijkapp.domain.records import Bucket
from tests.unit.leave_fixtures import BOOK, fulltimer
from ui import formatting as fmt

NBSP = "\N{NO-BREAK SPACE}"


@pytest.fixture
def dutch_window() -> Iterator[None]:
    before = fmt.language()
    fmt.set_language("nl")
    yield
    fmt.set_language(before)


@pytest.mark.usefixtures("dutch_window")
def test_a_line_renders_in_english_while_the_window_speaks_dutch() -> None:
    line = ledger(fulltimer(date(2026, 1, 1)), date(2026, 3, 1), BOOK).explain(
        Bucket.WETTELIJK, 2026
    )[0]
    assert line.render("en") == f"Statutory hours 2026: 144 × 36/36 = 144{NBSP}hours."
    assert fmt.text(line.message) == f"Wettelijke uren 2026: 144 × 36/36 = 144{NBSP}uur."
    fmt.set_language("en")
    assert fmt.text(line.message) == line.render("en")  # the kept line, in the new language


@pytest.mark.usefixtures("dutch_window")
def test_no_text_is_made_with_the_window_language_off_the_gui_thread() -> None:
    raised: list[BaseException] = []

    def job() -> None:
        try:
            fmt.money(Decimal("12.50"))
        except RuntimeError as error:
            raised.append(error)

    worker = threading.Thread(target=job)
    worker.start()
    worker.join()
    assert len(raised) == 1

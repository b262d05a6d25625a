"""Reading a typed date: the forms people type, and why text is refused rather than guessed."""

from __future__ import annotations

from datetime import date

import pytest

from rijkapp.formatting import DateProblem, parse_day, typed_day

MARCH_12 = date(1985, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        "12031985",
        "12-3-1985",
        "12-03-1985",
        "12/03/1985",
        "12.3.1985",
        "12 03 1985",
        " 12 - 03 - 1985 ",
        "1985-03-12",
        "1985-3-12",
    ],
)
def test_the_forms_people_type_give_the_date(text: str) -> None:
    assert parse_day(text) == MARCH_12


@pytest.mark.parametrize("text", ["", "   "])
def test_nothing_typed_is_no_date_and_no_problem(text: str) -> None:
    assert parse_day(text) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31-02-2026", DateProblem.NO_SUCH_DATE),
        ("29-02-2027", DateProblem.NO_SUCH_DATE),
        ("12-13-1985", DateProblem.NO_SUCH_DATE),
        ("00-03-1985", DateProblem.NO_SUCH_DATE),
        ("12-03-85", DateProblem.SHORT_YEAR),  # two digits: 1985 or 2085? never guessed
        ("120385", DateProblem.SHORT_YEAR),
        ("12-3-198", DateProblem.SHORT_YEAR),
        ("12-03-0985", DateProblem.OUT_OF_RANGE),
        ("12-03-2200", DateProblem.OUT_OF_RANGE),
        ("twaalf maart", DateProblem.FORMAT),
        ("12-03", DateProblem.FORMAT),
        ("1203", DateProblem.FORMAT),
        ("1203198", DateProblem.FORMAT),
        ("12--03-1985", DateProblem.FORMAT),
        ("123-03-1985", DateProblem.FORMAT),
        ("12-03-19850", DateProblem.FORMAT),
        ("12-03-1985-1", DateProblem.FORMAT),
        ("١٢-٠٣-١٩٨٥", DateProblem.FORMAT),  # digits of another script are not read as ours
    ],
)
def test_text_that_is_no_date_says_why(text: str, problem: DateProblem) -> None:
    assert parse_day(text) is problem


def test_29_february_of_a_leap_year_is_a_date() -> None:
    assert parse_day("29-2-2028") == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (MARCH_12, "12-03-1985"),
        (date(2026, 1, 1), "01-01-2026"),
        (date(1900, 12, 31), "31-12-1900"),
    ],
)
def test_a_date_shows_as_day_month_year_and_reads_back(value: date, shown: str) -> None:
    assert typed_day(value) == shown
    assert parse_day(shown) == value

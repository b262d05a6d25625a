"""The Dutch holidays Rijkapp works out itself are the ``holidays`` package's, day and name."""

from __future__ import annotations

from datetime import date

import pytest

from rijkapp.calc.holidays import OWN_YEARS, _own_holidays, _package_holidays, easter_sunday


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_own_year_is_the_package_s(language: str) -> None:
    differ = [
        year
        for year in OWN_YEARS
        if _own_holidays(year, language) != _package_holidays(year, language)
    ]
    assert differ == []


def test_easter_on_known_dates() -> None:
    assert easter_sunday(2026) == date(2026, 4, 5)
    assert easter_sunday(2038) == date(2038, 4, 25)  # the latest possible day
    assert easter_sunday(2285) == date(2285, 3, 22)  # the earliest possible day


def test_two_holidays_on_one_day_keep_both_names() -> None:
    assert _own_holidays(2005, "nl")[date(2005, 5, 5)] == ["Bevrijdingsdag", "Hemelvaartsdag"]

"""The terms of employment day by day, and the rules a calculation used."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from rijkapp.calc.ikb.model import FIRST_IKB_DAY
from rijkapp.domain.records import Employment, employment_on
from rijkapp.rules.book import Confidence, Rule, RuleBook, TableRow


class Rules:
    """The rule book, remembering every rule and table row used, for the 'assumed' list."""

    def __init__(self, book: RuleBook) -> None:
        self.book = book
        self._used: dict[tuple[str, date], Rule] = {}

    def find(self, key: str, day: date) -> Rule | None:
        rule = self.book.find(key, day)
        if rule is not None:
            self._used[(rule.key, rule.valid_from)] = rule
        return rule

    def get(self, key: str, day: date) -> Rule:
        rule = self.book.get(key, day)
        self._used[(rule.key, rule.valid_from)] = rule
        return rule

    def flag(self, key: str, day: date) -> bool:
        rule = self.find(key, day)
        return rule is not None and rule.value is True

    def note(self, rule: Rule) -> Rule:
        """Remember a rule found elsewhere (e.g. by :mod:`rijkapp.calc.transition`)."""
        self._used[(rule.key, rule.valid_from)] = rule
        return rule

    def row(self, table: str, row: TableRow) -> Rule:
        """A table row as a rule, so that explanations and the 'assumed' list treat it alike."""
        name = row.get("code") or row.get("born_from") or row.get("min_age")
        rule = Rule(
            key=f"{table}.{name}",
            valid_from=row.get("from", FIRST_IKB_DAY),
            valid_to=row.get("to"),
            value=dict(row.values),
            source=row.source,
            confidence=row.confidence,
            note=str(row.get("note", "")),
            description_nl=str(row.get("description_nl", "")),
            description_en=str(row.get("description_en", "")),
        )
        self._used[(rule.key, rule.valid_from)] = rule
        return rule

    def used(self) -> tuple[Rule, ...]:
        return tuple(self._used.values())

    def unconfirmed(self) -> tuple[Rule, ...]:
        return tuple(r for r in self._used.values() if r.confidence is Confidence.UNCONFIRMED)


@dataclass(frozen=True)
class Stretch:
    start: date
    end: date  # inclusive
    employment: Employment

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def month_end(month: date) -> date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


class Terms:
    """The employment on each day: the records, or in a projection the terms in force on ``on``."""

    def __init__(self, records: tuple[Employment, ...], on: date | None = None) -> None:
        self._records = records
        self._frozen = employment_on(records, on) if on is not None else None
        self._projection_from = month_end(on) if on is not None else None
        self._cache: dict[date, tuple[Stretch, ...]] = {}

    def at(self, day: date) -> Employment | None:
        actual = employment_on(self._records, day)
        if actual is None or self._frozen is None or self._projection_from is None:
            return actual
        return self._frozen if day > self._projection_from else actual

    def projected(self, month: date) -> bool:
        return self._projection_from is not None and month > self._projection_from

    def stretches(self, month: date) -> tuple[Stretch, ...]:
        """Runs of days in ``month`` with the same employment; days without one are left out."""
        cached = self._cache.get(month)
        if cached is not None:
            return cached
        runs: list[Stretch] = []
        day = month
        end = month_end(month)
        while day <= end:
            employment = self.at(day)
            if employment is not None:
                last = runs[-1] if runs else None
                if last is not None and last.employment == employment and last.end == day - ONE_DAY:
                    runs[-1] = Stretch(last.start, day, employment)
                else:
                    runs.append(Stretch(day, day, employment))
            day += ONE_DAY
        result = tuple(runs)
        self._cache[month] = result
        return result

    def first_in(self, month: date) -> Employment | None:
        runs = self.stretches(month)
        return runs[0].employment if runs else None


ONE_DAY = timedelta(days=1)


def months_of(year: int) -> list[date]:
    return [date(year, m, 1) for m in range(1, 13)]

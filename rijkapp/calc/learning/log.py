"""The learning log by year: hours, self-study hours, costs and skills.

An activity counts in the year it ends (the year it starts when it has no end; not at all without
either date). Hours (lesson and exam hours) and self-study hours leave out stopped activities:
they were not all followed. Costs count every activity, stopped ones too: what they cost was paid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rijkapp.domain.records import LearningActivity, LearningStatus
from rijkapp.domain.values import ZERO, Hours, Money


def activity_year(activity: LearningActivity) -> int | None:
    """The year ``activity`` counts in: the year it ends, else the year it starts."""
    day = activity.end or activity.start
    return day.year if day is not None else None


def hours_by_year(activities: Iterable[LearningActivity]) -> dict[int, Hours]:
    """Lesson and exam hours of the activities not stopped, by the year they end, oldest first."""
    found: dict[int, Hours] = {}
    for activity in activities:
        year = activity_year(activity)
        if year is not None and activity.status != LearningStatus.STOPPED:
            found[year] = found.get(year, ZERO) + activity.hours
    return dict(sorted(found.items()))


@dataclass(frozen=True)
class YearTotals:
    """One year of the log, for the chart of hours and costs."""

    year: int
    hours: Hours  # lesson and exam hours, not stopped
    self_study_hours: Hours  # not stopped
    cost: Money  # every activity
    activities: int  # how many count in the year (stopped ones too)


def totals_by_year(activities: Iterable[LearningActivity]) -> tuple[YearTotals, ...]:
    """Hours, self-study hours and costs per year, oldest first, every year between the first and
    the last (a year without activities shows as zero)."""
    dated = [(activity_year(a), a) for a in activities]
    years = sorted({year for year, _ in dated if year is not None})
    if not years:
        return ()
    rows = []
    for year in range(years[0], years[-1] + 1):
        of_year = [a for y, a in dated if y == year]
        followed = [a for a in of_year if a.status != LearningStatus.STOPPED]
        rows.append(
            YearTotals(
                year=year,
                hours=sum((a.hours for a in followed), ZERO),
                self_study_hours=sum((a.self_study_hours for a in followed), ZERO),
                cost=sum((a.cost for a in of_year), ZERO),
                activities=len(of_year),
            )
        )
    return tuple(rows)


def skills_by_year(activities: Iterable[LearningActivity]) -> dict[int, tuple[str, ...]]:
    """The skills learned per year (activities not stopped), oldest year first.

    Within a year each skill once, in the order of the activities' start; labels that differ only
    in upper and lower case are one skill, written as it first appears.
    """
    ordered = sorted(activities, key=lambda a: (a.start or a.end or date.min, a.id))
    found: dict[int, dict[str, str]] = {}
    for activity in ordered:
        year = activity_year(activity)
        if year is None or activity.status == LearningStatus.STOPPED:
            continue
        seen = found.setdefault(year, {})
        for skill in activity.skills:
            label = skill.strip()
            if label:
                seen.setdefault(label.casefold(), label)
    return {year: tuple(found[year].values()) for year in sorted(found)}


def all_skills(activities: Iterable[LearningActivity]) -> tuple[str, ...]:
    """Every skill label in the log, once each, sorted without regard to case (for the filter)."""
    seen: dict[str, str] = {}
    for activity in activities:
        for skill in activity.skills:
            label = skill.strip()
            if label:
                seen.setdefault(label.casefold(), label)
    return tuple(seen[key] for key in sorted(seen))

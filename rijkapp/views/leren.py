"""Leren: the learning log, its hours and costs per year, skills over the years and certificates.

:func:`leren_page` gives the page its rows (each with what the filters and the search look at),
the choices of each filter, the totals per year for the chart, the skills per year and every
certificate with its status on the day. :func:`matching_rows` is the filter and search the page
applies (:func:`filter_rows` gives the rows themselves), so that it is tested here.
:func:`learning_tile` is the Overzicht's learning tile: hours this year, the next certificate to
renew with its reminder (90, 60, 30 and 7 days before its last valid day), and what lapses of the
development budgets. :func:`balances_section` is the ``learning`` part of ``balances --json``.

Names of kinds and statuses are messages (:data:`KIND_NAMES`, :data:`STATUS_NAMES`) rendered by
the page; a kind another tool wrote and Rijkapp does not know keeps its own text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress, count
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, overload

from rijkapp.calc.development import BudgetState, BudgetUse, budget_uses
from rijkapp.calc.learning import (
    CertificateState,
    CertificateStatus,
    YearTotals,
    all_skills,
    certificate_state,
    certificate_states,
    hours_by_year,
    in_date_order,
    next_to_renew,
    skills_by_year,
    study_facilities,
    totals_by_year,
)
from rijkapp.domain.records import Dossier, LearningActivity, LearningKind, LearningStatus
from rijkapp.domain.values import ZERO, Hours, plain
from rijkapp.i18n import N_, translate
from rijkapp.message import Message
from rijkapp.rules import default_rulebook
from rijkapp.rules.book import RuleBook

if TYPE_CHECKING:
    from rijkapp.store.repository import Store

T = TypeVar("T")

KIND_NAMES: dict[LearningKind, str] = {
    LearningKind.CURSUS: N_("Course"),
    LearningKind.OPLEIDING: N_("Study programme"),
    LearningKind.TRAINING: N_("Training"),
    LearningKind.E_LEARNING: N_("E-learning"),
    LearningKind.CONGRES: N_("Conference"),
    LearningKind.INTERVISIE: N_("Peer review"),
    LearningKind.COACHING: N_("Coaching"),
    LearningKind.MENTORING: N_("Mentoring"),
    LearningKind.ON_THE_JOB: N_("Learning on the job"),
    LearningKind.STAGE: N_("Work placement elsewhere"),
    LearningKind.DETACHERING: N_("Secondment"),
    LearningKind.EVC: N_("Recognition of prior learning (EVC)"),
    LearningKind.ZELFSTUDIE: N_("Self-study"),
}
STATUS_NAMES: dict[LearningStatus, str] = {
    LearningStatus.PLANNED: N_("Planned"),
    LearningStatus.BUSY: N_("Under way"),
    LearningStatus.DONE: N_("Done"),
    LearningStatus.STOPPED: N_("Stopped"),
}


def kind_name(kind: LearningKind | str) -> Message | str:
    """The name of a kind of activity; an unknown kind as its own text."""
    try:
        known = LearningKind(kind)
    except ValueError:
        return str(kind)
    return Message(KIND_NAMES[known])


def status_name(status: LearningStatus) -> Message:
    return Message(STATUS_NAMES[status])


# ------------------------------------------------------------------ the log


class LogRow(NamedTuple):
    """One activity of the log, with what the filters, the sort and the search look at."""

    activity: LearningActivity
    year: int | None  # the year it counts in: the year it ends (or starts); None without dates
    kind: str  # the exchange value of its kind (the text of a kind Rijkapp does not know)
    certificates: tuple[CertificateState, ...]
    # What the search matches besides the kind's name, in lower case: title, provider, skills,
    # reflection, certificate file names (and an unknown kind's text).
    haystack: str

    @property
    def kind_name(self) -> Message | str:
        return kind_name(self.activity.kind)

    @property
    def status(self) -> Message:
        return status_name(self.activity.status)

    @property
    def sort_day(self) -> date:
        """For sorting by date: the start, else the end; undated rows sort last."""
        return self.activity.start or self.activity.end or date.min


@dataclass(frozen=True, eq=False)
class LogRows(Sequence[LogRow]):
    """The rows of the log, newest first, kept as columns: a row is made when it is asked for.

    A long career has a hundred thousand activities; an object per row would cost more than all
    the rest of the page. Each column is made in slices of :data:`SLICE` activities, so the GUI
    thread gets its turn between them while this is made on the data thread.
    """

    activities: tuple[LearningActivity, ...]
    years: tuple[int | None, ...]
    kinds: tuple[str, ...]
    haystacks: tuple[str, ...]
    certificates: dict[int, tuple[CertificateState, ...]]  # by row; only rows that have any

    def __len__(self) -> int:
        return len(self.activities)

    @overload
    def __getitem__(self, index: int) -> LogRow: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[LogRow]: ...

    def __getitem__(self, index: int | slice) -> LogRow | Sequence[LogRow]:
        if isinstance(index, slice):
            return [self[n] for n in range(len(self))[index]]
        return LogRow(
            self.activities[index],
            self.years[index],
            self.kinds[index],
            self.certificates.get(index % len(self) if index < 0 else index, ()),
            self.haystacks[index],
        )


SLICE = 2_000
_TITLE, _PROVIDER, _REFLECTION = (
    attrgetter("title"),
    attrgetter("provider"),
    attrgetter("reflection"),
)
_END, _YEAR, _STATUS = attrgetter("end"), attrgetter("year"), attrgetter("status")
_KIND, _SKILLS, _CERTIFICATES = attrgetter("kind"), attrgetter("skills"), attrgetter("certificates")
_KNOWN_KINDS = frozenset(kind.value for kind in LearningKind)
_SEARCHED = "{} {} {} {}".format


def log_rows(dossier: Dossier, today: date) -> LogRows:
    """Every activity as a row of the log, newest first (by start, else end; then by id)."""
    return _log_rows(in_date_order(dossier.learning_activities)[::-1], today)


def _log_rows(activities: list[LearningActivity], today: date) -> LogRows:
    years: list[int | None] = []
    kinds: list[str] = []
    haystacks: list[str] = []
    for first in range(0, len(activities), SLICE):
        part = activities[first : first + SLICE]
        ends = list(map(_END, part))
        if None in ends:
            years.extend(d.year if (d := a.end or a.start) else None for a in part)
        else:
            years.extend(map(_YEAR, ends))
        kinds.extend(map(str, map(_KIND, part)))
        texts = map(
            _SEARCHED,
            map(_TITLE, part),
            map(_PROVIDER, part),
            map(" ".join, map(_SKILLS, part)),
            map(_REFLECTION, part),
        )
        haystacks.extend(map(str.casefold, texts))
    with_certificates = list(compress(count(), map(_CERTIFICATES, activities)))
    unknown = set(kinds) - _KNOWN_KINDS  # kinds another tool wrote: searched as their text
    others = [n for n, kind in enumerate(kinds) if kind in unknown] if unknown else []
    for n in sorted({*with_certificates, *others}):
        a = activities[n]
        extra = [c.filename for c in a.certificates]
        if kinds[n] in unknown:
            extra.append(kinds[n])
        haystacks[n] = f"{haystacks[n]} {' '.join(extra)}".casefold()
    return LogRows(
        activities=tuple(activities),
        years=tuple(years),
        kinds=tuple(kinds),
        haystacks=tuple(haystacks),
        certificates={
            n: tuple(certificate_state(activities[n], c, today) for c in activities[n].certificates)
            for n in with_certificates
        },
    )


@dataclass(frozen=True)
class LogFilter:
    """The page's filter: None (or empty text) lets everything through."""

    year: int | None = None
    kind: str | None = None  # the exchange value of the kind
    status: LearningStatus | None = None
    skill: str | None = None
    text: str = ""

    def narrows(self, before: LogFilter) -> bool:
        """Whether every row that passes this filter passed ``before`` too: the same choices
        and every word searched before inside a word searched now (as when typing on)."""
        if (self.year, self.kind, self.status, self.skill) != (
            before.year,
            before.kind,
            before.status,
            before.skill,
        ):
            return False
        words = self.text.casefold().split()
        return all(any(old in word for word in words) for old in before.text.casefold().split())


def kinds_named(word: str, language: str) -> frozenset[str]:
    """The kinds whose name in ``language`` holds ``word`` (in lower case)."""
    return frozenset(
        kind.value
        for kind, name in KIND_NAMES.items()
        if word in translate(name, language).casefold()
    )


def matching_rows(
    rows: LogRows,
    wanted: LogFilter,
    language: str,
    among: Iterable[int] | None = None,
) -> list[int]:
    """The numbers of the rows that pass ``wanted``, in order; only of those ``among``, when
    given (the rows that passed a wider filter: see :meth:`LogFilter.narrows`).

    The search matches every word, in any case, anywhere in the row's texts or in the name of
    its kind in ``language``. One pass per condition over a column: a hundred thousand rows take
    a few dozen milliseconds, and typing on looks only at the rows found so far.
    """
    found = None if among is None else list(among)  # None: every row
    if wanted.year is not None:
        found = _where(rows.years, found, wanted.year.__eq__)
    if wanted.kind is not None:
        found = _where(rows.kinds, found, wanted.kind.__eq__)
    if wanted.status is not None:
        found = _where(tuple(map(_STATUS, rows.activities)), found, wanted.status.__eq__)
    if wanted.skill:
        skill = wanted.skill.strip().casefold()
        found = [
            n
            for n in (range(len(rows)) if found is None else found)
            if skill in rows.haystacks[n] and skill in _skill_keys(rows.activities[n])
        ]
    haystacks, kinds_of = rows.haystacks, rows.kinds
    for word in wanted.text.casefold().split():
        kinds = kinds_named(word, language)
        if found is None and not kinds:
            found = [n for n, hay in enumerate(haystacks) if word in hay]
        elif found is None:
            found = [
                n
                for n, (hay, kind) in enumerate(zip(haystacks, kinds_of, strict=True))
                if word in hay or kind in kinds
            ]
        elif not kinds:
            found = [n for n in found if word in haystacks[n]]
        else:
            found = [n for n in found if word in haystacks[n] or kinds_of[n] in kinds]
    return list(range(len(rows))) if found is None else found


def _where(column: Sequence[T], found: list[int] | None, test: Callable[[T], object]) -> list[int]:
    """The rows (of ``found``; all without) whose value in ``column`` passes ``test``."""
    if found is None:
        return list(compress(count(), map(test, column)))
    return [n for n in found if test(column[n])]


def _skill_keys(activity: LearningActivity) -> set[str]:
    return {skill.strip().casefold() for skill in activity.skills}


def filter_rows(rows: LogRows, wanted: LogFilter, language: str) -> tuple[LogRow, ...]:
    """The rows that pass ``wanted``; the search matches every word, in any case, anywhere."""
    return tuple(rows[n] for n in matching_rows(rows, wanted, language))


@dataclass(frozen=True)
class LerenPage:
    today: date
    rows: LogRows  # newest first
    years: tuple[int, ...]  # for the year filter, newest first
    kinds: tuple[str, ...]  # exchange values of the kinds in the log, in the order of LearningKind
    skills: tuple[str, ...]  # every skill label, once, alphabetical
    totals: tuple[YearTotals, ...]  # per year, oldest first, for the chart
    skills_by_year: dict[int, tuple[str, ...]]
    certificates: tuple[CertificateState, ...]  # the first to end first

    @property
    def statuses(self) -> tuple[LearningStatus, ...]:
        return tuple(LearningStatus)


def leren_page(dossier: Dossier, today: date) -> LerenPage:
    activities = dossier.learning_activities
    ordered = in_date_order(activities)
    rows = _log_rows(ordered[::-1], today)
    present = set(rows.kinds)
    known = [k.value for k in LearningKind if k.value in present]
    return LerenPage(
        today=today,
        rows=rows,
        years=tuple(sorted({year for year in set(rows.years) if year is not None}, reverse=True)),
        kinds=(*known, *sorted(present - set(known))),
        skills=all_skills(activities),
        totals=totals_by_year(activities),
        skills_by_year=skills_by_year(ordered, in_order=True),
        certificates=certificate_states([rows.activities[n] for n in rows.certificates], today),
    )


def load_leren(store: Store, today: date) -> LerenPage:
    """Read the dossier and work out the page, on the data thread."""
    return leren_page(store.dossier(), today)


# ------------------------------------------------------------------ the Overzicht tile


@dataclass(frozen=True)
class LearningTile:
    today: date
    has_activities: bool
    hours_this_year: Hours  # lesson and exam hours of this year's activities, not stopped
    next_to_renew: CertificateState | None  # the first certificate to end that has not yet
    reminders: tuple[CertificateState, ...]  # reached a reminder (90/60/30/7 days), first first
    expired: tuple[CertificateState, ...]
    lapsing: tuple[BudgetUse, ...]  # open budgets with a warning (lapses soon, or overbooked)

    @property
    def warnings(self) -> tuple[Message, ...]:
        return tuple(b.warning for b in self.lapsing if b.warning is not None)


def learning_tile(dossier: Dossier, today: date) -> LearningTile:
    activities = dossier.learning_activities
    states = certificate_states(activities, today)
    return LearningTile(
        today=today,
        has_activities=bool(activities),
        hours_this_year=hours_by_year(activities).get(today.year, ZERO),
        next_to_renew=next_to_renew(states),
        reminders=tuple(s for s in states if s.reminder is not None),
        expired=tuple(s for s in states if s.status is CertificateStatus.EXPIRED),
        lapsing=tuple(
            b
            for b in budget_uses(dossier, today)
            if b.state is not BudgetState.LAPSED and b.warning is not None
        ),
    )


# ------------------------------------------------------------------ balances --json


def balances_section(dossier: Dossier, on: date, book: RuleBook | None = None) -> dict[str, Any]:
    """The ``learning`` part of ``balances --json`` on ``on``.

    ``hours_by_year``: lesson and exam hours of the activities not stopped, by the year they end;
    ``activities``: the studiefaciliteiten of each activity with a reason, in the dossier's order;
    ``certificates``: every certificate with its status on ``on``, in the dossier's order.
    """
    book = book or default_rulebook()
    activities = []
    for activity in dossier.learning_activities:
        shares = study_facilities(activity, on, book)
        if shares is None:
            continue
        activities.append(
            {
                "id": activity.id,
                "reason": shares.reason.value,
                "cost": plain(shares.cost),
                "employer_share": plain(shares.employer_share),
                "own_share": plain(shares.own_share),
                "employer_share_is_maximum": shares.employer_share_is_maximum,
                "study_leave_hours": plain(shares.study_leave_hours),
                "self_study_days_per_week": plain(shares.self_study_days_per_week, 0),
            }
        )
    certificates = []
    for activity in dossier.learning_activities:
        for certificate in activity.certificates:
            state = certificate_state(activity, certificate, on)
            until = certificate.valid_until
            certificates.append(
                {
                    "activity_id": activity.id,
                    "valid_until": until.isoformat() if until else None,
                    "status": state.status.value,
                    "days_left": state.days_left,
                }
            )
    return {
        "hours_by_year": {
            str(year): plain(total)
            for year, total in hours_by_year(dossier.learning_activities).items()
        },
        "activities": activities,
        "certificates": certificates,
    }


__all__ = [
    "KIND_NAMES",
    "STATUS_NAMES",
    "CertificateState",
    "CertificateStatus",
    "LearningTile",
    "LerenPage",
    "LogFilter",
    "LogRow",
    "YearTotals",
    "balances_section",
    "filter_rows",
    "kind_name",
    "learning_tile",
    "leren_page",
    "load_leren",
    "log_rows",
    "matching_rows",
    "status_name",
]

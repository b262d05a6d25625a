"""Leren: the learning log, its hours and costs per year, skills over the years and certificates.

:func:`leren_page` gives the page its rows (each with what the filters and the search look at),
the choices of each filter, the totals per year for the chart, the skills per year and every
certificate with its status on the day. :func:`filter_rows` is the filter and search the page
applies, so that it is tested here. :func:`learning_tile` is the Overzicht's learning tile:
hours this year, the next certificate to renew with its reminder (90, 60, 30 and 7 days before
its last valid day), and what lapses of the development budgets. :func:`balances_section` is the
``learning`` part of ``balances --json``.

Names of kinds and statuses are messages (:data:`KIND_NAMES`, :data:`STATUS_NAMES`) rendered by
the page; a kind another tool wrote and Rijkapp does not know keeps its own text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from rijkapp.calc.development import BudgetState, BudgetUse, budget_uses
from rijkapp.calc.learning import (
    CertificateState,
    CertificateStatus,
    YearTotals,
    activity_year,
    all_skills,
    certificate_state,
    certificate_states,
    hours_by_year,
    next_to_renew,
    skills_by_year,
    study_facilities,
    totals_by_year,
)
from rijkapp.domain.records import Dossier, LearningActivity, LearningKind, LearningStatus
from rijkapp.domain.values import ZERO, Hours, plain
from rijkapp.i18n import N_
from rijkapp.message import Message
from rijkapp.rules import default_rulebook
from rijkapp.rules.book import RuleBook

if TYPE_CHECKING:
    from rijkapp.store.repository import Store

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


@dataclass(frozen=True)
class LogRow:
    """One activity of the log, with what the filters, the sort and the search look at."""

    activity: LearningActivity
    year: int | None  # the year it counts in: the year it ends (or starts); None without dates
    kind: Message | str  # its name (a message, or the text of an unknown kind)
    status: Message
    certificates: tuple[CertificateState, ...]
    skill_keys: frozenset[str]  # skills in lower case, for the skill filter

    @property
    def sort_day(self) -> date:
        """For sorting by date: the start, else the end; undated rows sort last."""
        return self.activity.start or self.activity.end or date.min

    def search_text(self, language: str) -> str:
        """Everything the search box matches, in lower case: title, provider, kind, skills,
        reflection and certificate file names. Made once per language: the search asks for it
        on every keystroke."""
        found = self._search_texts.get(language)
        if found is None:
            kind = self.kind if isinstance(self.kind, str) else self.kind.render(language)
            a = self.activity
            parts = [a.title, a.provider, kind, *a.skills, a.reflection]
            parts.extend(c.certificate.filename for c in self.certificates)
            found = self._search_texts[language] = " ".join(parts).casefold()
        return found

    @cached_property
    def _search_texts(self) -> dict[str, str]:
        return {}


@dataclass(frozen=True)
class LogFilter:
    """The page's filter: None (or empty text) lets everything through."""

    year: int | None = None
    kind: str | None = None  # the exchange value of the kind
    status: LearningStatus | None = None
    skill: str | None = None
    text: str = ""


def filter_rows(rows: Iterable[LogRow], wanted: LogFilter, language: str) -> tuple[LogRow, ...]:
    """The rows that pass ``wanted``; the search matches every word, in any case, anywhere."""
    words = wanted.text.casefold().split()
    skill = wanted.skill.casefold() if wanted.skill else None
    found = []
    for row in rows:
        if wanted.year is not None and row.year != wanted.year:
            continue
        if wanted.kind is not None and str(row.activity.kind) != wanted.kind:
            continue
        if wanted.status is not None and row.activity.status != wanted.status:
            continue
        if skill is not None and skill not in row.skill_keys:
            continue
        if words:
            haystack = row.search_text(language)
            if not all(word in haystack for word in words):
                continue
        found.append(row)
    return tuple(found)


@dataclass(frozen=True)
class LerenPage:
    today: date
    rows: tuple[LogRow, ...]  # newest first
    years: tuple[int, ...]  # for the year filter, newest first
    kinds: tuple[str, ...]  # exchange values of the kinds in the log, in the order of LearningKind
    skills: tuple[str, ...]  # every skill label, once, alphabetical
    totals: tuple[YearTotals, ...]  # per year, oldest first, for the chart
    skills_by_year: dict[int, tuple[str, ...]]
    certificates: tuple[CertificateState, ...]  # the first to end first

    @property
    def statuses(self) -> tuple[LearningStatus, ...]:
        return tuple(LearningStatus)


def log_rows(dossier: Dossier, today: date) -> tuple[LogRow, ...]:
    rows = [
        LogRow(
            activity=a,
            year=activity_year(a),
            kind=kind_name(a.kind),
            status=status_name(a.status),
            certificates=tuple(certificate_state(a, c, today) for c in a.certificates),
            skill_keys=frozenset(s.strip().casefold() for s in a.skills if s.strip()),
        )
        for a in dossier.learning_activities
    ]
    return tuple(sorted(rows, key=lambda r: (r.sort_day, r.activity.id), reverse=True))


def leren_page(dossier: Dossier, today: date) -> LerenPage:
    activities = dossier.learning_activities
    rows = log_rows(dossier, today)
    present = {str(a.kind) for a in activities}
    known = [k.value for k in LearningKind if k.value in present]
    return LerenPage(
        today=today,
        rows=rows,
        years=tuple(sorted({r.year for r in rows if r.year is not None}, reverse=True)),
        kinds=(*known, *sorted(present - set(known))),
        skills=all_skills(activities),
        totals=totals_by_year(activities),
        skills_by_year=skills_by_year(activities),
        certificates=certificate_states(activities, today),
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
    "status_name",
]

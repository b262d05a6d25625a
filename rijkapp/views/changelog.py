"""Help > Wijzigingslog: every change to the data as a sentence, newest first.

The store logs each change as the database saw it: the table, the record's id and its columns
(``{"kind": "buy_hours", "hours": "20", "submitted": 0}``). Here each line becomes a sentence in
the reader's language: ``Keuze voor maart 2026 gewijzigd: uren 20 uur (was 10 uur).``. The
columns are read back through the record declarations (``rijkapp.domain.declarations``), so a
value shows as what it is (an amount, hours, a date, yes or no) and every field of every kind of
record has a name. The whole log is replayed, oldest first, so a change can name its record by
what the record was at that moment (a later change to the month of an IKB choice does not rename
the earlier lines).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from rijkapp.calc.leave.text import bucket_label
from rijkapp.domain.codecs import Codec, MoneyCodec, WeekHours
from rijkapp.domain.declarations import LISTS, PROFILE
from rijkapp.domain.fields import Field, RecordKind
from rijkapp.domain.records import (
    Bucket,
    BudgetOwner,
    Funding,
    IkbChoiceKind,
    Informant,
    LearningKind,
    LearningStatus,
    LeaveStatus,
    StudyReason,
    TalkPurpose,
    TalkStatus,
)
from rijkapp.i18n import N_
from rijkapp.message import (
    Capitalised,
    Day,
    Euro,
    HourCount,
    Joined,
    Message,
    Month,
    Named,
    Value,
    plural,
)
from rijkapp.reports.talk_pdf import SECTION_TITLES
from rijkapp.rules import default_rulebook
from rijkapp.store import rows
from rijkapp.store.repository import Store

SHOWN = 500  # the newest lines; the log itself keeps everything
EVERYTHING = 1_000_000_000  # the whole log is replayed, to name each record as it was then
QUOTED = frozenset({"note", "text", "reflection", "name", "title", "goal"})
TALK_PARTS = frozenset({"informants", "topics", "in_pdf"})  # lists in a talk, shown in words

# Every field of every record, by its attribute, in words.
FIELD_NAMES: Mapping[str, str] = {
    "name": N_("name"),
    "birth_date": N_("birth date"),
    "rijk_start_date": N_("start at the Rijk"),
    "organisation": N_("organisation"),
    "unit": N_("department"),
    "job_title": N_("job"),
    "function_start_date": N_("in this job since"),
    "manager": N_("manager"),
    "language": N_("preferred language"),
    "chose_pas": N_("chose PAS before 2023"),
    "valid_from": N_("from"),
    "valid_to": N_("until"),
    "hours_per_week": N_("hours a week"),
    "scale": N_("scale"),
    "step": N_("step"),
    "monthly_salary_fulltime": N_("full-time monthly salary"),
    "allowances_monthly": N_("allowances a month"),
    "end_date": N_("last working day"),
    "on": N_("date"),
    "bucket": N_("kind of hours"),
    "year": N_("year"),
    "hours": N_("hours"),
    "note": N_("description"),
    "start": N_("first day"),
    "end": N_("last day"),
    "status": N_("status"),
    "month": N_("month"),
    "kind": N_("type"),
    "goal": N_("tax-friendly goal"),
    "amount": N_("amount"),
    "submitted": N_("submitted in P-Direkt"),
    "source": N_("provided by"),
    "title": N_("title"),
    "provider": N_("provider"),
    "cost": N_("cost"),
    "budget_id": N_("budget"),
    "skills": N_("skills"),
    "reflection": N_("reflection"),
    "certificate": N_("certificate"),
    "text": N_("text"),
    "measure": N_("measure"),
    "due": N_("due"),
    "purpose": N_("kind of talk"),
    "period_from": N_("period from"),
    "period_to": N_("period until"),
    "informants": N_("people asked for input"),
    "agreements": N_("agreements"),
    "topics": N_("topics"),
    "questions_for_manager": N_("questions for your manager"),
    "self_score": N_("your own score"),
    "manager_conclusion": N_("conclusion of your manager"),
    "manager_score": N_("score of your manager"),
    "employee_reaction": N_("your reaction"),
    "mon": N_("Monday"),
    "tue": N_("Tuesday"),
    "wed": N_("Wednesday"),
    "thu": N_("Thursday"),
    "fri": N_("Friday"),
    "sat": N_("Saturday"),
    "sun": N_("Sunday"),
    "owner": N_("whose budget"),
    "reason": N_("reason"),
    "funding": N_("paid from"),
    "self_study_hours": N_("self-study hours"),
    "agreement_id": N_("agreement"),
    "certificates": N_("certificates"),
    "in_pdf": N_("in the PDF"),
    "manager_remarks": N_("remarks of your manager"),
    "manager_name": N_("name of your manager"),
    "review_date": N_("date of the talk with your manager"),
    "key": N_("setting"),
    "value": N_("value"),
}

CHOICE_WORDS: Mapping[Enum | str, str] = {
    LeaveStatus.PLANNED: N_("planned"),
    LeaveStatus.TAKEN: N_("taken"),
    IkbChoiceKind.PAYOUT: N_("extra pay-out"),
    IkbChoiceKind.BUY_HOURS: N_("buy IKB hours"),
    IkbChoiceKind.SELL_HOURS: N_("sell IKB hours"),
    IkbChoiceKind.FISCAL_GOAL: N_("tax-friendly goal"),
    "nl": N_("Dutch"),
    "en": N_("English"),
    BudgetOwner.ORGANISATIE: N_("the organisation"),
    BudgetOwner.TEAM: N_("the team"),
    BudgetOwner.EIGEN: N_("your own"),
    Funding.STUDIEFACILITEITEN: N_("study facilities"),
    Funding.BUDGET: N_("a development budget"),
    Funding.IKB: N_("the IKB"),
    Funding.AO_BLIK_VOORUIT: N_("Blik vooruit of the A+O fonds Rijk"),
    Funding.AO_LOOPBAANADVIES: N_("Loopbaanadvies of the A+O fonds Rijk"),
    LearningKind.CURSUS: N_("course"),
    LearningKind.OPLEIDING: N_("study programme"),
    LearningKind.TRAINING: N_("training"),
    LearningKind.E_LEARNING: N_("e-learning"),
    LearningKind.CONGRES: N_("conference"),
    LearningKind.INTERVISIE: N_("peer consultation"),
    LearningKind.COACHING: N_("coaching"),
    LearningKind.MENTORING: N_("mentoring"),
    LearningKind.ON_THE_JOB: N_("learning on the job"),
    LearningKind.STAGE: N_("internship"),
    LearningKind.DETACHERING: N_("secondment"),
    LearningKind.EVC: N_("recognition of prior learning"),
    LearningKind.ZELFSTUDIE: N_("self-study"),
    LearningStatus.BUSY: N_("in progress"),
    LearningStatus.DONE: N_("done"),
    LearningStatus.STOPPED: N_("stopped"),
    StudyReason.VERZOEK_LEIDINGGEVENDE: N_("your manager asked for it"),
    StudyReason.LOOPBAANAFSPRAAK: N_("a career agreement"),
    StudyReason.ANDERE_REDEN: N_("another reason"),
    TalkPurpose.PLANNEN: N_("planning"),
    TalkPurpose.REFLECTEREN: N_("reflecting"),
    TalkPurpose.EVALUEREN: N_("evaluating"),
    TalkStatus.CONCEPT: N_("draft"),
    TalkStatus.GEDEELD: N_("shared"),
    TalkStatus.GEVOERD: N_("held"),
    TalkStatus.AFGEROND: N_("finished"),
}


@dataclass(frozen=True)
class ChangeLine:
    """One line of the log: when, and what changed as a sentence (rendered when shown)."""

    at: datetime
    text: Message


Row = dict[str, Any]


def _inside(table: str, new: int, old: int) -> Message:
    """A change to the records kept inside another (a talk's agreements): how many now."""
    if table == "talk_agreements":
        return plural(
            "now {count} agreement (was {old})", "now {count} agreements (was {old})", new, old=old
        )
    return plural(
        "now {count} certificate (was {old})", "now {count} certificates (was {old})", new, old=old
    )


KINDS: Mapping[str, RecordKind[Any]] = {kind.table: kind for kind in (PROFILE, *LISTS)}


def load_change_log(store: Store, limit: int = SHOWN) -> tuple[ChangeLine, ...]:
    """The newest ``limit`` changes, newest first, each as a sentence."""
    entries = list(reversed(store.audit(EVERYTHING)))
    known: dict[tuple[str, str], Row] = _current_rows(store)
    before: dict[tuple[str, str], Row] = {}
    lines: list[ChangeLine] = []
    for entry in entries:
        where = (entry.table, entry.record_id)
        if entry.action == "insert":
            before[where] = dict(entry.changes)
        elif entry.action == "update" and entry.table in KINDS:
            row = dict(before.get(where) or known.get(where) or {})
            row.update({k: v[1] for k, v in entry.changes.items() if _is_pair(v)})
            before[where] = row
        lines.append(
            ChangeLine(
                entry.at,
                _sentence(
                    entry.table, entry.action, entry.changes, before.get(where) or known.get(where)
                ),
            )
        )
        if entry.action == "delete":
            before.pop(where, None)
        if entry.action in ("import", "restore"):
            before.clear()
    return tuple(reversed(lines[-limit:])) if limit else ()


def _current_rows(store: Store) -> dict[tuple[str, str], Row]:
    """The rows as they are now: the names of records whose insert the log does not hold."""
    dossier = store.dossier()
    found: dict[tuple[str, str], Row] = {}
    for kind in LISTS:
        for record in getattr(dossier, kind.section):
            row = rows.to_row(kind, record)
            found[(kind.table, str(row["id"]))] = row
    return found


def _is_pair(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2


def _sentence(table: str, action: str, changes: Mapping[str, Any], row: Row | None) -> Message:
    if table == "*":
        if action == "restore":
            return Message(N_("All data restored from a backup."))
        return Message(N_("All data replaced by an import."))
    what = _subject(table, row or {})
    details: Value | None = None
    if action == "delete":
        return Message(N_("{what} deleted."), what=what)
    if action == "insert":
        details = _summary(table, changes)
        template = N_("{what} added: {details}.") if details else N_("{what} added.")
    elif table in ("talk_agreements", "learning_certificates") and "count" in changes:
        old, new = changes["count"]
        details = _inside(table, int(new), int(old))
        template = N_("{what} changed: {details}.")
    else:
        details = _differences(table, changes)
        template = N_("{what} changed: {details}.") if details else N_("{what} changed.")
    return Message(template, what=what, details=details or "")


def _differences(table: str, changes: Mapping[str, Any]) -> Value | None:
    """Each changed field: its name, the new value and what it was."""
    parts: list[Value] = [
        Message(
            N_("{field} {new} (was {old})"),
            field=_field_name(table, column),
            new=_shown(table, column, pair[1]),
            old=_shown(table, column, pair[0]),
        )
        for column, pair in changes.items()
        if _is_pair(pair)
    ]
    return Joined.of(parts, "; ") if parts else None


def _day(row: Row, column: str) -> Day:
    return Day(date.fromisoformat(str(row[column])))


def _leave(row: Row) -> Message:
    start, end = _day(row, "start"), _day(row, "end")
    if start == end:
        return Message(N_("Leave on {day}"), day=start)
    return Message(N_("Leave {start} to {end}"), start=start, end=end)


# How a sentence names a record, from its row: the columns it needs, and the words.
SUBJECTS: Mapping[str, tuple[tuple[str, ...], Callable[[Row], Value]]] = {
    "profile": ((), lambda row: Message(N_("Your profile"))),
    "employment": (
        ("valid_from",),
        lambda row: Message(N_("Employment from {day}"), day=_day(row, "valid_from")),
    ),
    "work_schedule": (
        ("valid_from",),
        lambda row: Message(N_("Work schedule from {day}"), day=_day(row, "valid_from")),
    ),
    "leave_balances": (
        ("on_date", "bucket"),
        lambda row: Message(
            N_("Balance of {bucket} on {day}"),
            bucket=bucket_label(Bucket(str(row["bucket"])), row.get("year")),
            day=_day(row, "on_date"),
        ),
    ),
    "leave": (("start", "end"), _leave),
    "ikb_choices": (
        ("month",),
        lambda row: Message(
            N_("Choice for {month}"), month=Month(date.fromisoformat(f"{row['month']}-01"))
        ),
    ),
    "development_budgets": (
        ("name",),
        lambda row: Message(N_("Development budget ‘{name}’"), name=str(row["name"])),
    ),
    "learning_activities": (
        ("title",),
        lambda row: Message(N_("Learning activity ‘{title}’"), title=str(row["title"])),
    ),
    "talks": (("on_date",), lambda row: Message(N_("Talk on {day}"), day=_day(row, "on_date"))),
    "talk_agreements": ((), lambda row: Message(N_("The agreements of a talk"))),
    "learning_certificates": (
        (),
        lambda row: Message(N_("The certificates of a learning activity")),
    ),
    "settings": ((), lambda row: Message(N_("A setting"))),
}


def _subject(table: str, row: Row) -> Value:
    """The record as a sentence names it, from its row (or by its kind, without one)."""
    found = SUBJECTS.get(table)
    if found is not None and all(row.get(column) for column in found[0]):
        return found[1](row)
    return Capitalised(_record_name(table))


def _record_name(table: str) -> Message:
    names = {
        "employment": N_("an employment"),
        "work_schedule": N_("a work schedule"),
        "leave_balances": N_("a leave balance"),
        "leave": N_("a leave"),
        "ikb_choices": N_("an IKB choice"),
        "development_budgets": N_("a development budget"),
        "learning_activities": N_("a learning activity"),
        "talks": N_("a talk"),
    }
    return Message(names.get(table, N_("a record")))


def _summary(table: str, row: Mapping[str, Any]) -> Value | None:
    """What a new record holds, in words; for an IKB choice what it does."""
    if table == "ikb_choices":
        kind = IkbChoiceKind(row["kind"])
        if kind in (IkbChoiceKind.BUY_HOURS, IkbChoiceKind.SELL_HOURS) and row.get("hours"):
            template = N_("buy {hours}") if kind is IkbChoiceKind.BUY_HOURS else N_("sell {hours}")
            return Message(template, hours=HourCount(Decimal(row["hours"])))
        if kind is IkbChoiceKind.FISCAL_GOAL and row.get("amount_cents") is not None:
            return Message(
                N_("tax-friendly goal ‘{goal}’, {amount}"),
                goal=_goal(str(row.get("goal") or "")),
                amount=_shown(table, "amount_cents", row["amount_cents"]),
            )
        if row.get("amount_cents") is not None:
            return Message(
                N_("extra pay-out of {amount}"),
                amount=_shown(table, "amount_cents", row["amount_cents"]),
            )
    named = {"employment": "valid_from", "work_schedule": "valid_from", "leave": "start"}
    skip = {"id", named.get(table, ""), "end" if table == "leave" else ""}
    if table in ("leave_balances",):
        skip |= {"on_date", "bucket", "year"}
    parts: list[Value] = [
        Message(N_("{field} {value}"), field=_field_name(table, column), value=shown)
        for column, value in row.items()
        if column not in skip
        and value not in (None, "", "[]", "{}")
        and (shown := _shown(table, column, value)) != ""
    ]
    return Joined.of(parts, ", ") if parts else None


def _goal(code: str) -> Value:
    """A fiscal goal by its name in the rule book (its code if the book does not know it)."""
    for row in default_rulebook().table("fiscal_goals"):
        if row["code"] == code:
            return Named(str(row["label_nl"]), str(row["label_en"]))
    return code


def _field(table: str, column: str) -> tuple[Field[Any], Codec[Any]] | None:
    kind = KINDS.get(table)
    if kind is None:
        return None
    for field in kind.fields:
        if column in field.columns:
            return field, field.codec
    return None


def _field_name(table: str, column: str) -> Message:
    found = _field(table, column)
    attr = column
    if found is not None:
        field, codec = found
        attr = column if isinstance(codec, WeekHours) else field.attr
    return Message(FIELD_NAMES.get(attr, N_("a field")))


def _shown(table: str, column: str, value: Any) -> Value:
    """A stored value as what it is: an amount, hours, a date, yes or no, a word."""
    found = _field(table, column)
    if value is None or value == "" or found is None:
        return "–" if value is None or value == "" else str(value)
    codec = found[1]
    if isinstance(codec, WeekHours):
        return HourCount(Decimal(str(value)))
    try:
        typed = codec.from_sql(value)
    except (ValueError, TypeError, ArithmeticError):
        return str(value)
    return _typed(codec, column, typed)


def _section(name: str) -> Value:
    """A part of a talk by its title; a name from another tool as it is."""
    return Message(SECTION_TITLES[name]) if name in SECTION_TITLES else name


def _talk_parts(column: str, typed: tuple[Any, ...]) -> Value:
    """A talk's informants by name and function, its topics and PDF choices by their titles
    (the topics' texts are not repeated in the log)."""
    if column == "informants":
        informants: tuple[Informant, ...] = typed
        parts: list[Value] = [
            f"{i.name} ({i.function})" if i.function else i.name for i in informants
        ]
    elif column == "topics":
        parts = [_section(name) for name, text in typed if text.strip()]
    else:
        parts = [_section(name) for name in typed]
    return Joined.of(parts, "; ") if parts else "–"


def _typed(codec: Codec[Any], column: str, typed: Any) -> Value:
    shown: Value = str(typed)
    if isinstance(typed, tuple) and column in TALK_PARTS:
        shown = _talk_parts(column, typed)
    elif isinstance(codec, MoneyCodec):
        shown = Euro(typed)
    elif isinstance(typed, bool):
        shown = Message(N_("yes") if typed else N_("no"))
    elif isinstance(typed, Bucket):
        shown = bucket_label(typed)
    elif isinstance(typed, str) and typed in CHOICE_WORDS and "Choice" in type(codec).__name__:
        shown = Message(CHOICE_WORDS[typed])
    elif isinstance(typed, tuple) and all(isinstance(word, str) for word in typed):
        shown = Joined.of((Message(CHOICE_WORDS.get(w, w)) for w in typed), ", ")
    elif isinstance(typed, Decimal):
        shown = HourCount(typed)
    elif isinstance(typed, date):
        shown = Month(typed) if column == "month" else Day(typed)
    elif column == "goal":
        shown = _goal(str(typed))
    elif isinstance(typed, str) and column in QUOTED:
        shown = f"‘{typed}’"
    return shown

"""Exchange document to Dossier, validating every field at the edge.

Every problem is reported with the field's path (``leave[3].start``) and a plain message; the
whole document is refused when anything is wrong, so an import is all or nothing.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from rijkapp.domain.errors import ImportRefused, ValidationError
from rijkapp.domain.records import (
    WEEKDAYS,
    YEARLY_BUCKETS,
    Agreement,
    Bucket,
    Certificate,
    DevelopmentBudget,
    Dossier,
    Employment,
    IkbChoice,
    IkbChoiceKind,
    LearningActivity,
    LeaveBalance,
    LeaveEntry,
    LeaveStatus,
    Profile,
    Talk,
    WorkSchedule,
)
from rijkapp.domain.values import money
from rijkapp.i18n import N_

FORMAT = "rijkapp"
SUPPORTED_VERSIONS = (1,)
MAX_TEXT = 20_000  # characters in one text field
MAX_NAME = 500  # characters in a name, title or label
MAX_CERTIFICATE = 25 * 1024 * 1024  # bytes of one certificate
MAX_ERRORS = 25
SCORES = ("++", "+", "+/-", "-")
PURPOSES = ("plannen", "reflecteren", "evalueren")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")

T = TypeVar("T")


class _Skip(Exception):
    """A field failed; its error is recorded, the record is skipped."""


class Reader:
    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def fail(self, path: str, template: str, **params: Any) -> _Skip:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(ValidationError(path, template, **params))
        return _Skip()

    # ---------------------------------------------------------------- primitives
    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, N_("must be an object ({{...}})."))
        return value

    def field(self, record: dict[str, Any], name: str, path: str) -> Any:
        if name not in record:
            raise self.fail(f"{path}.{name}", N_("is missing."))
        return record[name]

    def text(self, value: Any, path: str, *, limit: int = MAX_TEXT, required: bool = False) -> str:
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            raise self.fail(path, N_("must be text."))
        if len(value) > limit:
            raise self.fail(
                path,
                N_("is too long ({length} characters; at most {limit})."),
                length=len(value),
                limit=limit,
            )
        if required and not value.strip():
            raise self.fail(path, N_("must not be empty."))
        return value

    def opt_text(self, value: Any, path: str) -> str | None:
        return None if value is None else self.text(value, path)

    def day(self, value: Any, path: str) -> date:
        if not isinstance(value, str) or not _DATE.match(value):
            raise self.fail(path, N_("{value} is not a date (YYYY-MM-DD)."), value=_show(value))
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(path, N_("{value} is not a date."), value=value) from None

    def opt_day(self, value: Any, path: str) -> date | None:
        return None if value is None else self.day(value, path)

    def month(self, value: Any, path: str) -> date:
        if not isinstance(value, str) or not _MONTH.match(value):
            raise self.fail(path, N_("{value} is not a month (YYYY-MM)."), value=_show(value))
        try:
            return date.fromisoformat(value + "-01")
        except ValueError:
            raise self.fail(path, N_("{value} is not a month."), value=value) from None

    def number(self, value: Any, path: str, *, negative: bool = False) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
            raise self.fail(path, N_('must be a number written as text, such as "12.50".'))
        try:
            number = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
        except ArithmeticError:
            raise self.fail(path, N_("{value} is not a number."), value=_show(value)) from None
        if not number.is_finite() or abs(number) >= Decimal("1e9"):
            raise self.fail(path, N_("{value} is not a usable number."), value=_show(value))
        if not negative and number < 0:
            raise self.fail(path, N_("must not be negative ({value})."), value=_show(value))
        exponent = number.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -2:
            raise self.fail(path, N_("has more than two decimals ({value})."), value=_show(value))
        return number

    def amount(self, value: Any, path: str) -> Decimal:
        return money(self.number(value, path))

    def hours(self, value: Any, path: str, *, negative: bool = False) -> Decimal:
        return self.number(value, path, negative=negative)

    def integer(self, value: Any, path: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(path, N_("must be a whole number."))
        if not low <= value <= high:
            raise self.fail(
                path, N_("{value} is outside {low}..{high}."), value=value, low=low, high=high
            )
        return value

    def choice(self, value: Any, path: str, allowed: tuple[str, ...]) -> str:
        if value not in allowed:
            raise self.fail(
                path,
                N_("{value} is not one of: {allowed}."),
                value=_show(value),
                allowed=", ".join(allowed),
            )
        return str(value)

    def items(
        self, document: dict[str, Any], section: str, read: Callable[[dict[str, Any], str], T]
    ) -> tuple[T, ...]:
        value = document.get(section, [])
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(section, N_("must be a list."))
            return ()
        found: list[T] = []
        ids: set[str] = set()
        for index, raw in enumerate(value):
            path = f"{section}[{index}]"
            try:
                record = self.obj(raw, path)
                record_id = self.text(
                    self.field(record, "id", path), f"{path}.id", limit=100, required=True
                )
                if record_id in ids:
                    raise self.fail(f"{path}.id", N_("{value} is used twice."), value=record_id)
                ids.add(record_id)
                found.append(read(record, path))
            except _Skip:
                continue
        return tuple(found)


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


# -------------------------------------------------------------------- records
def _profile(r: Reader, value: Any) -> Profile:
    p = r.obj(value, "profile")
    language = p.get("language") or "nl"
    return Profile(
        name=r.text(p.get("name"), "profile.name", limit=MAX_NAME),
        birth_date=r.opt_day(p.get("birth_date"), "profile.birth_date"),
        rijk_start_date=r.opt_day(p.get("rijk_start_date"), "profile.rijk_start_date"),
        organisation=r.text(p.get("organisation"), "profile.organisation", limit=MAX_NAME),
        unit=r.text(p.get("unit"), "profile.unit", limit=MAX_NAME),
        job_title=r.text(p.get("job_title"), "profile.job_title", limit=MAX_NAME),
        function_start_date=r.opt_day(p.get("function_start_date"), "profile.function_start_date"),
        manager=r.text(p.get("manager"), "profile.manager", limit=MAX_NAME),
        language=r.choice(language, "profile.language", ("nl", "en")),
        chose_pas=bool(p.get("chose_pas", False)),
    )


def _employment(r: Reader, e: dict[str, Any], path: str) -> Employment:
    hours = r.hours(r.field(e, "hours_per_week", path), f"{path}.hours_per_week")
    if not Decimal(0) < hours <= Decimal(40):
        raise r.fail(f"{path}.hours_per_week", N_("must be more than 0 and at most 40 hours."))
    return Employment(
        id=e["id"],
        valid_from=r.day(r.field(e, "from", path), f"{path}.from"),
        hours_per_week=hours,
        scale=r.integer(r.field(e, "scale", path), f"{path}.scale", 1, 18),
        step=r.integer(r.field(e, "step", path), f"{path}.step", 0, 20),
        monthly_salary_fulltime=r.amount(
            r.field(e, "monthly_salary_fulltime", path), f"{path}.monthly_salary_fulltime"
        ),
        allowances_monthly=r.amount(e.get("allowances_monthly", "0"), f"{path}.allowances_monthly"),
        end_date=r.opt_day(e.get("end_date"), f"{path}.end_date"),
    )


def _schedule(r: Reader, w: dict[str, Any], path: str) -> WorkSchedule:
    days = r.obj(r.field(w, "hours", path), f"{path}.hours")
    hours = []
    for day in WEEKDAYS:
        value = r.hours(days.get(day, "0"), f"{path}.hours.{day}")
        if value > 24:
            raise r.fail(f"{path}.hours.{day}", N_("a day has at most 24 hours."))
        hours.append(value)
    return WorkSchedule(w["id"], r.day(r.field(w, "from", path), f"{path}.from"), tuple(hours))  # type: ignore[arg-type]


def _balance(r: Reader, b: dict[str, Any], path: str) -> LeaveBalance:
    bucket = Bucket(r.choice(r.field(b, "bucket", path), f"{path}.bucket", tuple(Bucket)))
    year = b.get("year")
    if bucket in YEARLY_BUCKETS:
        if year is None:
            raise r.fail(f"{path}.year", N_("is needed for bucket {bucket}."), bucket=bucket.value)
        year = r.integer(year, f"{path}.year", 1990, 2100)
    elif year is not None:
        year = r.integer(year, f"{path}.year", 1990, 2100)
    return LeaveBalance(
        b["id"],
        r.day(r.field(b, "date", path), f"{path}.date"),
        bucket,
        year,
        r.hours(r.field(b, "hours", path), f"{path}.hours", negative=True),
        r.text(b.get("note"), f"{path}.note"),
    )


def _leave(r: Reader, e: dict[str, Any], path: str) -> LeaveEntry:
    start = r.day(r.field(e, "start", path), f"{path}.start")
    end = r.day(r.field(e, "end", path), f"{path}.end")
    if end < start:
        raise r.fail(
            f"{path}.end",
            N_("{end} is before the start {start}."),
            end=end.isoformat(),
            start=start.isoformat(),
        )
    hours = e.get("hours")
    bucket = e.get("bucket")
    return LeaveEntry(
        id=e["id"],
        start=start,
        end=end,
        hours=None if hours is None else r.hours(hours, f"{path}.hours"),
        bucket=None
        if bucket is None
        else Bucket(r.choice(bucket, f"{path}.bucket", tuple(Bucket))),
        status=LeaveStatus(
            r.choice(e.get("status", "planned"), f"{path}.status", tuple(LeaveStatus))
        ),
        note=r.text(e.get("note"), f"{path}.note"),
    )


def _choice(r: Reader, c: dict[str, Any], path: str) -> IkbChoice:
    kind = IkbChoiceKind(r.choice(r.field(c, "kind", path), f"{path}.kind", tuple(IkbChoiceKind)))
    amount = hours = goal = None
    if kind in (IkbChoiceKind.PAYOUT, IkbChoiceKind.FISCAL_GOAL):
        amount = r.amount(r.field(c, "amount", path), f"{path}.amount")
        if amount == 0:
            raise r.fail(f"{path}.amount", N_("must be more than zero."))
    if kind is IkbChoiceKind.FISCAL_GOAL:
        goal = r.text(r.field(c, "goal", path), f"{path}.goal", limit=100, required=True)
    if kind in (IkbChoiceKind.BUY_HOURS, IkbChoiceKind.SELL_HOURS):
        hours = r.hours(r.field(c, "hours", path), f"{path}.hours")
        if hours == 0:
            raise r.fail(f"{path}.hours", N_("must be more than zero."))
    return IkbChoice(
        id=c["id"],
        month=r.month(r.field(c, "month", path), f"{path}.month"),
        kind=kind,
        amount=amount,
        hours=hours,
        goal=goal,
        submitted=bool(c.get("submitted", False)),
        note=r.text(c.get("note"), f"{path}.note"),
    )


def _budget(r: Reader, b: dict[str, Any], path: str) -> DevelopmentBudget:
    valid_from = r.day(r.field(b, "from", path), f"{path}.from")
    valid_to = r.day(r.field(b, "to", path), f"{path}.to")
    if valid_to < valid_from:
        raise r.fail(
            f"{path}.to",
            N_("{end} is before the start {start}."),
            end=valid_to.isoformat(),
            start=valid_from.isoformat(),
        )
    return DevelopmentBudget(
        b["id"],
        r.text(r.field(b, "name", path), f"{path}.name", limit=MAX_NAME, required=True),
        r.text(b.get("source"), f"{path}.source", limit=MAX_NAME),
        r.amount(r.field(b, "amount", path), f"{path}.amount"),
        r.hours(b.get("hours", "0"), f"{path}.hours"),
        valid_from,
        valid_to,
    )


def _certificate(r: Reader, value: Any, path: str) -> Certificate | None:
    if value is None:
        return None
    c = r.obj(value, path)
    data = r.field(c, "data_base64", path)
    if not isinstance(data, str):
        raise r.fail(f"{path}.data_base64", N_("must be base64 text."))
    if len(data) > MAX_CERTIFICATE * 4 // 3 + 4:
        raise r.fail(
            f"{path}.data_base64",
            N_("the file is larger than {limit} MB."),
            limit=MAX_CERTIFICATE // (1024 * 1024),
        )
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise r.fail(f"{path}.data_base64", N_("is not valid base64.")) from None
    return Certificate(
        r.text(r.field(c, "filename", path), f"{path}.filename", limit=MAX_NAME, required=True),
        r.text(r.field(c, "media_type", path), f"{path}.media_type", limit=100, required=True),
        raw,
    )


def _activity(r: Reader, a: dict[str, Any], path: str) -> LearningActivity:
    skills = a.get("skills") or []
    if not isinstance(skills, list):
        raise r.fail(f"{path}.skills", N_("must be a list."))
    return LearningActivity(
        id=a["id"],
        title=r.text(r.field(a, "title", path), f"{path}.title", limit=MAX_NAME, required=True),
        kind=r.text(a.get("kind"), f"{path}.kind", limit=100),
        provider=r.text(a.get("provider"), f"{path}.provider", limit=MAX_NAME),
        start=r.opt_day(a.get("start"), f"{path}.start"),
        end=r.opt_day(a.get("end"), f"{path}.end"),
        hours=r.hours(a.get("hours", "0"), f"{path}.hours"),
        cost=r.amount(a.get("cost", "0"), f"{path}.cost"),
        status=r.text(a.get("status", "planned"), f"{path}.status", limit=50, required=True),
        budget_id=r.opt_text(a.get("budget_id"), f"{path}.budget_id"),
        skills=tuple(
            r.text(s, f"{path}.skills[{i}]", limit=MAX_NAME) for i, s in enumerate(skills)
        ),
        reflection=r.text(a.get("reflection"), f"{path}.reflection"),
        certificate=_certificate(r, a.get("certificate"), f"{path}.certificate"),
    )


def _score(r: Reader, value: Any, path: str) -> str | None:
    return None if value is None else r.choice(value, path, SCORES)


def _talk(r: Reader, t: dict[str, Any], path: str) -> Talk:
    raw_agreements = t.get("agreements") or []
    if not isinstance(raw_agreements, list):
        raise r.fail(f"{path}.agreements", N_("must be a list."))
    agreements = []
    for i, raw in enumerate(raw_agreements):
        ap = f"{path}.agreements[{i}]"
        a = r.obj(raw, ap)
        agreements.append(
            Agreement(
                r.text(r.field(a, "id", ap), f"{ap}.id", limit=100, required=True),
                r.text(a.get("kind", ""), f"{ap}.kind", limit=50),
                r.text(a.get("text", ""), f"{ap}.text"),
                r.text(a.get("measure"), f"{ap}.measure"),
                r.opt_day(a.get("due"), f"{ap}.due"),
                r.text(a.get("status", "open"), f"{ap}.status", limit=50),
                r.text(a.get("reflection"), f"{ap}.reflection"),
            )
        )
    topics = r.obj(t.get("topics") or {}, f"{path}.topics")
    informants = t.get("informants") or []
    if not isinstance(informants, list):
        raise r.fail(f"{path}.informants", N_("must be a list."))
    return Talk(
        id=t["id"],
        purpose=r.choice(r.field(t, "purpose", path), f"{path}.purpose", PURPOSES),
        on=r.day(r.field(t, "date", path), f"{path}.date"),
        period_from=r.opt_day(t.get("period_from"), f"{path}.period_from"),
        period_to=r.opt_day(t.get("period_to"), f"{path}.period_to"),
        manager=r.text(t.get("manager"), f"{path}.manager", limit=MAX_NAME),
        informants=tuple(
            r.text(x, f"{path}.informants[{i}]", limit=MAX_NAME) for i, x in enumerate(informants)
        ),
        agreements=tuple(agreements),
        topics=tuple((str(k), r.text(v, f"{path}.topics.{k}")) for k, v in topics.items()),
        questions_for_manager=r.text(
            t.get("questions_for_manager"), f"{path}.questions_for_manager"
        ),
        self_score=_score(r, t.get("self_score"), f"{path}.self_score"),
        manager_conclusion=r.opt_text(t.get("manager_conclusion"), f"{path}.manager_conclusion"),
        manager_score=_score(r, t.get("manager_score"), f"{path}.manager_score"),
        employee_reaction=r.opt_text(t.get("employee_reaction"), f"{path}.employee_reaction"),
        status=r.text(t.get("status", "draft"), f"{path}.status", limit=50, required=True),
    )


KNOWN_SECTIONS = frozenset(
    {
        "format",
        "version",
        "exported_at",
        "profile",
        "employment",
        "work_schedule",
        "leave_balances",
        "leave",
        "ikb_choices",
        "development_budgets",
        "learning_activities",
        "talks",
        "settings",
    }
)


def parse_document(data: bytes | str) -> Dossier:
    """Read and check a whole document. Raises ImportRefused listing every problem found."""
    try:
        document = json.loads(data, parse_float=Decimal)
    except (ValueError, RecursionError) as exc:
        raise ImportRefused(
            N_("The file is not valid JSON: {reason}"), reason=str(exc)[:200]
        ) from None
    r = Reader()
    if not isinstance(document, dict):
        raise ImportRefused(N_("The file is not a Rijkapp export: the top level is not an object."))
    if document.get("format") != FORMAT:
        raise ImportRefused(
            N_("The file is not a Rijkapp export (format: {value})."),
            value=_show(document.get("format")),
        )
    version = document.get("version")
    if version not in SUPPORTED_VERSIONS:
        raise ImportRefused(
            N_("version: {value} is not supported by this Rijkapp (it reads version {known})."),
            value=_show(version),
            known=", ".join(str(v) for v in SUPPORTED_VERSIONS),
        )
    try:
        profile = _profile(r, document.get("profile") or {})
    except _Skip:
        profile = Profile()
    dossier = Dossier(
        profile=profile,
        employment=r.items(document, "employment", lambda e, p: _employment(r, e, p)),
        work_schedule=r.items(document, "work_schedule", lambda e, p: _schedule(r, e, p)),
        leave_balances=r.items(document, "leave_balances", lambda e, p: _balance(r, e, p)),
        leave=r.items(document, "leave", lambda e, p: _leave(r, e, p)),
        ikb_choices=r.items(document, "ikb_choices", lambda e, p: _choice(r, e, p)),
        development_budgets=r.items(document, "development_budgets", lambda e, p: _budget(r, e, p)),
        learning_activities=r.items(
            document, "learning_activities", lambda e, p: _activity(r, e, p)
        ),
        talks=r.items(document, "talks", lambda e, p: _talk(r, e, p)),
        settings=_settings(r, document.get("settings")),
        extra_sections=tuple(
            (k, json.dumps(v, ensure_ascii=False, default=str))
            for k, v in document.items()
            if k not in KNOWN_SECTIONS
        ),
    )
    budgets = {b.id for b in dossier.development_budgets}
    for i, a in enumerate(dossier.learning_activities):
        if a.budget_id is not None and a.budget_id not in budgets:
            r.fail(
                f"learning_activities[{i}].budget_id",
                N_("{value} is not a development budget."),
                value=a.budget_id,
            )
    if r.errors:
        raise ImportRefusedWithErrors(r.errors)
    return dossier


def _settings(r: Reader, value: Any) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        r.fail("settings", N_("must be an object ({{...}})."))
        return ()
    found = []
    for k, v in value.items():
        try:
            found.append((str(k), r.text(v, f"settings.{k}", limit=MAX_NAME)))
        except _Skip:
            continue
    return tuple(sorted(found))


class ImportRefusedWithErrors(ImportRefused):
    """The document has field errors; ``errors`` lists them (at most MAX_ERRORS)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        super().__init__(
            N_("The import was refused; nothing was changed. {count} problem(s):"),
            count=len(errors),
        )

    @property
    def message(self) -> str:
        head = super().message
        return "\n".join([head, *(f"- {e.message}" for e in self.errors)])

"""Domain records to database rows and back.

Money goes in as INTEGER cents, hours as exact decimal TEXT, dates as ISO TEXT. No Decimal
ever reaches sqlite-utils (it would turn it into a float).
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from rijkapp.domain.records import (
    WEEKDAYS,
    Agreement,
    Bucket,
    Certificate,
    DevelopmentBudget,
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
from rijkapp.domain.values import from_cents, to_cents

Row = dict[str, Any]


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _hours(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def profile_row(p: Profile) -> Row:
    return {
        "id": 1,
        "name": p.name,
        "birth_date": _d(p.birth_date),
        "rijk_start_date": _d(p.rijk_start_date),
        "organisation": p.organisation,
        "unit": p.unit,
        "job_title": p.job_title,
        "function_start_date": _d(p.function_start_date),
        "manager": p.manager,
        "language": p.language,
        "chose_pas": int(p.chose_pas),
    }


def profile_from(r: Row) -> Profile:
    return Profile(
        name=r["name"],
        birth_date=_date(r["birth_date"]),
        rijk_start_date=_date(r["rijk_start_date"]),
        organisation=r["organisation"],
        unit=r["unit"],
        job_title=r["job_title"],
        function_start_date=_date(r["function_start_date"]),
        manager=r["manager"],
        language=r["language"],
        chose_pas=bool(r["chose_pas"]),
    )


def employment_row(e: Employment) -> Row:
    return {
        "id": e.id,
        "valid_from": e.valid_from.isoformat(),
        "hours_per_week": str(e.hours_per_week),
        "scale": e.scale,
        "step": e.step,
        "salary_fulltime_cents": to_cents(e.monthly_salary_fulltime),
        "allowances_cents": to_cents(e.allowances_monthly),
        "end_date": _d(e.end_date),
    }


def employment_from(r: Row) -> Employment:
    return Employment(
        id=r["id"],
        valid_from=date.fromisoformat(r["valid_from"]),
        hours_per_week=Decimal(r["hours_per_week"]),
        scale=r["scale"],
        step=r["step"],
        monthly_salary_fulltime=from_cents(r["salary_fulltime_cents"]),
        allowances_monthly=from_cents(r["allowances_cents"]),
        end_date=_date(r["end_date"]),
    )


def schedule_row(w: WorkSchedule) -> Row:
    row: Row = {"id": w.id, "valid_from": w.valid_from.isoformat()}
    row.update({day: str(h) for day, h in zip(WEEKDAYS, w.hours, strict=True)})
    return row


def schedule_from(r: Row) -> WorkSchedule:
    h = tuple(Decimal(r[day]) for day in WEEKDAYS)
    return WorkSchedule(r["id"], date.fromisoformat(r["valid_from"]), h)  # type: ignore[arg-type]


def balance_row(b: LeaveBalance) -> Row:
    return {
        "id": b.id,
        "on_date": b.on.isoformat(),
        "bucket": b.bucket.value,
        "year": b.year,
        "hours": str(b.hours),
        "note": b.note,
    }


def balance_from(r: Row) -> LeaveBalance:
    return LeaveBalance(
        r["id"],
        date.fromisoformat(r["on_date"]),
        Bucket(r["bucket"]),
        r["year"],
        Decimal(r["hours"]),
        r["note"],
    )


def leave_row(e: LeaveEntry) -> Row:
    return {
        "id": e.id,
        "start": e.start.isoformat(),
        "end": e.end.isoformat(),
        "hours": _hours(e.hours),
        "bucket": e.bucket.value if e.bucket else None,
        "status": e.status.value,
        "note": e.note,
    }


def leave_from(r: Row) -> LeaveEntry:
    return LeaveEntry(
        id=r["id"],
        start=date.fromisoformat(r["start"]),
        end=date.fromisoformat(r["end"]),
        hours=Decimal(r["hours"]) if r["hours"] is not None else None,
        bucket=Bucket(r["bucket"]) if r["bucket"] else None,
        status=LeaveStatus(r["status"]),
        note=r["note"],
    )


def choice_row(c: IkbChoice) -> Row:
    return {
        "id": c.id,
        "month": c.month.strftime("%Y-%m"),
        "kind": c.kind.value,
        "amount_cents": to_cents(c.amount) if c.amount is not None else None,
        "hours": _hours(c.hours),
        "goal": c.goal,
        "submitted": int(c.submitted),
        "note": c.note,
    }


def choice_from(r: Row) -> IkbChoice:
    return IkbChoice(
        id=r["id"],
        month=date.fromisoformat(r["month"] + "-01"),
        kind=IkbChoiceKind(r["kind"]),
        amount=from_cents(r["amount_cents"]) if r["amount_cents"] is not None else None,
        hours=Decimal(r["hours"]) if r["hours"] is not None else None,
        goal=r["goal"],
        submitted=bool(r["submitted"]),
        note=r["note"],
    )


def budget_row(b: DevelopmentBudget) -> Row:
    return {
        "id": b.id,
        "name": b.name,
        "source": b.source,
        "amount_cents": to_cents(b.amount),
        "hours": str(b.hours),
        "valid_from": b.valid_from.isoformat(),
        "valid_to": b.valid_to.isoformat(),
    }


def budget_from(r: Row) -> DevelopmentBudget:
    return DevelopmentBudget(
        r["id"],
        r["name"],
        r["source"],
        from_cents(r["amount_cents"]),
        Decimal(r["hours"]),
        date.fromisoformat(r["valid_from"]),
        date.fromisoformat(r["valid_to"]),
    )


def activity_row(a: LearningActivity) -> Row:
    cert = a.certificate
    return {
        "id": a.id,
        "title": a.title,
        "kind": a.kind,
        "provider": a.provider,
        "start": _d(a.start),
        "end": _d(a.end),
        "hours": str(a.hours),
        "cost_cents": to_cents(a.cost),
        "status": a.status,
        "budget_id": a.budget_id,
        "skills": json.dumps(list(a.skills), ensure_ascii=False),
        "reflection": a.reflection,
        "certificate_filename": cert.filename if cert else None,
        "certificate_media_type": cert.media_type if cert else None,
        "certificate_data": cert.data if cert else None,
    }


def activity_from(r: Row) -> LearningActivity:
    cert = None
    if r["certificate_data"] is not None:
        cert = Certificate(
            r["certificate_filename"], r["certificate_media_type"], bytes(r["certificate_data"])
        )
    return LearningActivity(
        id=r["id"],
        title=r["title"],
        kind=r["kind"],
        provider=r["provider"],
        start=_date(r["start"]),
        end=_date(r["end"]),
        hours=Decimal(r["hours"]),
        cost=from_cents(r["cost_cents"]),
        status=r["status"],
        budget_id=r["budget_id"],
        skills=tuple(json.loads(r["skills"])),
        reflection=r["reflection"],
        certificate=cert,
    )


def talk_row(t: Talk) -> Row:
    return {
        "id": t.id,
        "purpose": t.purpose,
        "on_date": t.on.isoformat(),
        "period_from": _d(t.period_from),
        "period_to": _d(t.period_to),
        "manager": t.manager,
        "informants": json.dumps(list(t.informants), ensure_ascii=False),
        "topics": json.dumps(dict(t.topics), ensure_ascii=False),
        "questions_for_manager": t.questions_for_manager,
        "self_score": t.self_score,
        "manager_conclusion": t.manager_conclusion,
        "manager_score": t.manager_score,
        "employee_reaction": t.employee_reaction,
        "status": t.status,
    }


def agreement_rows(t: Talk) -> list[Row]:
    return [
        {
            "id": a.id,
            "talk_id": t.id,
            "position": i,
            "kind": a.kind,
            "text": a.text,
            "measure": a.measure,
            "due": _d(a.due),
            "status": a.status,
            "reflection": a.reflection,
        }
        for i, a in enumerate(t.agreements)
    ]


def talk_from(r: Row, agreements: list[Row]) -> Talk:
    return Talk(
        id=r["id"],
        purpose=r["purpose"],
        on=date.fromisoformat(r["on_date"]),
        period_from=_date(r["period_from"]),
        period_to=_date(r["period_to"]),
        manager=r["manager"],
        informants=tuple(json.loads(r["informants"])),
        agreements=tuple(
            Agreement(
                a["id"],
                a["kind"],
                a["text"],
                a["measure"],
                _date(a["due"]),
                a["status"],
                a["reflection"],
            )
            for a in sorted(agreements, key=lambda a: a["position"])
        ),
        topics=tuple(json.loads(r["topics"]).items()),
        questions_for_manager=r["questions_for_manager"],
        self_score=r["self_score"],
        manager_conclusion=r["manager_conclusion"],
        manager_score=r["manager_score"],
        employee_reaction=r["employee_reaction"],
        status=r["status"],
    )

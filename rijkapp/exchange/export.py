"""Dossier to exchange document (version 1).

Fields the project adds to the format are written only when they differ from their default,
so a document from another tool round-trips unchanged.
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime
from typing import Any

from rijkapp.domain.records import TALK_TOPICS, WEEKDAYS, Dossier
from rijkapp.domain.values import plain

FORMAT = "rijkapp"
VERSION = 1


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def export_document(dossier: Dossier, exported_at: datetime) -> dict[str, Any]:
    p = dossier.profile
    profile: dict[str, Any] = {
        "name": p.name,
        "birth_date": _d(p.birth_date),
        "rijk_start_date": _d(p.rijk_start_date),
        "organisation": p.organisation,
        "unit": p.unit,
        "job_title": p.job_title,
        "function_start_date": _d(p.function_start_date),
        "manager": p.manager,
        "language": p.language,
    }
    if p.chose_pas:
        profile["chose_pas"] = True

    employment = []
    for e in dossier.employment:
        row: dict[str, Any] = {
            "id": e.id,
            "from": e.valid_from.isoformat(),
            "hours_per_week": str(e.hours_per_week),
            "scale": e.scale,
            "step": e.step,
            "monthly_salary_fulltime": plain(e.monthly_salary_fulltime),
            "allowances_monthly": plain(e.allowances_monthly),
        }
        if e.end_date:
            row["end_date"] = e.end_date.isoformat()
        employment.append(row)

    choices = []
    for c in dossier.ikb_choices:
        choice: dict[str, Any] = {
            "id": c.id,
            "month": c.month.strftime("%Y-%m"),
            "kind": c.kind.value,
        }
        if c.goal is not None:
            choice["goal"] = c.goal
        if c.hours is not None:
            choice["hours"] = str(c.hours)
        if c.amount is not None:
            choice["amount"] = plain(c.amount)
        if c.submitted:
            choice["submitted"] = True
        if c.note:
            choice["note"] = c.note
        choices.append(choice)

    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "profile": profile,
        "employment": employment,
        "work_schedule": [
            {
                "id": w.id,
                "from": w.valid_from.isoformat(),
                "hours": {day: str(h) for day, h in zip(WEEKDAYS, w.hours, strict=True)},
            }
            for w in dossier.work_schedule
        ],
        "leave_balances": [
            {
                "id": b.id,
                "date": b.on.isoformat(),
                "bucket": b.bucket.value,
                "year": b.year,
                "hours": str(b.hours),
                "note": b.note,
            }
            for b in dossier.leave_balances
        ],
        "leave": [
            {
                "id": e.id,
                "start": e.start.isoformat(),
                "end": e.end.isoformat(),
                "hours": None if e.hours is None else str(e.hours),
                "bucket": e.bucket.value if e.bucket else None,
                "status": e.status.value,
                "note": e.note,
            }
            for e in dossier.leave
        ],
        "ikb_choices": choices,
        "development_budgets": [
            {
                "id": b.id,
                "name": b.name,
                "source": b.source,
                "amount": plain(b.amount),
                "hours": str(b.hours),
                "from": b.valid_from.isoformat(),
                "to": b.valid_to.isoformat(),
            }
            for b in dossier.development_budgets
        ],
        "learning_activities": [
            {
                "id": a.id,
                "title": a.title,
                "kind": a.kind,
                "provider": a.provider,
                "start": _d(a.start),
                "end": _d(a.end),
                "hours": str(a.hours),
                "cost": plain(a.cost),
                "status": a.status,
                "budget_id": a.budget_id,
                "skills": list(a.skills),
                "reflection": a.reflection,
                "certificate": None
                if a.certificate is None
                else {
                    "filename": a.certificate.filename,
                    "media_type": a.certificate.media_type,
                    "data_base64": base64.b64encode(a.certificate.data).decode("ascii"),
                },
            }
            for a in dossier.learning_activities
        ],
        "talks": [
            {
                "id": t.id,
                "purpose": t.purpose,
                "date": t.on.isoformat(),
                "period_from": _d(t.period_from),
                "period_to": _d(t.period_to),
                "manager": t.manager,
                "informants": list(t.informants),
                "agreements": [
                    {
                        "id": a.id,
                        "kind": a.kind,
                        "text": a.text,
                        "measure": a.measure,
                        "due": _d(a.due),
                        "status": a.status,
                        "reflection": a.reflection,
                    }
                    for a in t.agreements
                ],
                "topics": _topics(dict(t.topics)),
                "questions_for_manager": t.questions_for_manager,
                "self_score": t.self_score,
                "manager_conclusion": t.manager_conclusion,
                "manager_score": t.manager_score,
                "employee_reaction": t.employee_reaction,
                "status": t.status,
            }
            for t in dossier.talks
        ],
    }
    if dossier.settings:
        document["settings"] = dict(dossier.settings)
    for key, value in dossier.extra_sections:
        document.setdefault(key, json.loads(value))
    return document


def _topics(topics: dict[str, str]) -> dict[str, str]:
    ordered = {k: topics[k] for k in TALK_TOPICS if k in topics}
    ordered.update({k: v for k, v in topics.items() if k not in ordered})
    return ordered


def to_json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

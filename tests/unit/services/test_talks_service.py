"""Talks in a real SQLCipher store: checked at the edge, saved and deleted as TALKS, undone
through edits; the PDF from the store, with the private reflection on learning only when ticked;
and the example profile's talks with the warnings the page shows."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from rijkapp.domain.errors import ValidationError
from rijkapp.domain.records import (
    Agreement,
    Informant,
    LearningActivity,
    LearningKind,
    LearningStatus,
    Talk,
    TalkPurpose,
    TalkStatus,
)
from rijkapp.rules import default_rulebook
from rijkapp.services import learning, talks
from rijkapp.services.changes import NOTHING, Area, Changes
from rijkapp.services.edits import Edit, apply
from rijkapp.services.example_talks import NEXT_TALK_IN_DAYS
from rijkapp.store.repository import Store
from rijkapp.store.session import Session
from rijkapp.views.gesprekken import load_gesprekken, load_preparation
from tests.helpers import TODAY
from tests.helpers.sessions import OpenData
from tests.unit.calc.learning_fixtures import text

TALKS = Changes.of(Area.TALKS)
PRIVATE_REFLECTION = "Wat ik hiervan echt vond"
PLAN = Talk(
    "t1",
    TalkPurpose.PLANNEN,
    date(2026, 2, 10),
    date(2026, 1, 1),
    date(2026, 12, 31),
    manager="B. Jansen",
    informants=(Informant("C. Smit", "projectleider"),),
    agreements=(
        Agreement("g1", "result", "Evaluatie afronden", "Rapport naar de Kamer", date(2026, 10, 1)),
        Agreement("g2", "development", "Data-analyse leren", due=date(2026, 6, 30), status="busy"),
    ),
    topics=(("resultaten", "De consultatie is afgerond."),),
    status=TalkStatus.GEVOERD,
    in_pdf=("resultaten", "afspraken", "leeractiviteiten"),
)


def stored(store: Store) -> tuple[Talk, ...]:
    return store.talks()


@pytest.fixture
def store(session: Session) -> Store:
    """A store with the planning talk."""
    assert talks.save_talk(session.store, PLAN, today=TODAY) == TALKS
    return session.store


def test_a_talk_is_added_changed_and_deleted_as_talks(store: Store) -> None:
    assert stored(store) == (PLAN,)
    reflected = dataclasses.replace(
        PLAN,
        agreements=(dataclasses.replace(PLAN.agreements[0], status="done", reflection="Op tijd."),),
    )
    assert talks.save_talk(store, reflected, today=TODAY) == TALKS
    assert stored(store) == (reflected,)
    assert talks.save_talk(store, reflected, today=TODAY) == NOTHING
    assert talks.delete_talk(store, "t1") == TALKS
    assert stored(store) == ()
    assert talks.delete_talk(store, "t1") == NOTHING


def _agreement(**change: Any) -> dict[str, Any]:
    return {"agreements": (dataclasses.replace(PLAN.agreements[0], **change),)}


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"on": None}, "on", "Vul de datum van het gesprek in."),
        (
            {"period_to": date(2025, 12, 31)},
            "period_to",
            "Het einde van de periode ligt vóór het begin.",
        ),
        (
            {"informants": (Informant("C. Smit"), Informant("  ", "collega"))},
            "informants[1].name",
            "Vul de naam van de informant in.",
        ),
        (_agreement(text=" "), "agreements[0].text", "Vul in wat de afspraak is."),
        (
            _agreement(kind="ontwikkeldoel"),
            "agreements[0].kind",
            "Kies de soort afspraak: resultaat, ontwikkeling, loopbaan of inzetbaarheid.",
        ),
        (
            _agreement(status="gehaald"),
            "agreements[0].status",
            "Kies de status van de afspraak: open, bezig, klaar of gestopt.",
        ),
        (
            {"status": "draft"},
            "status",
            "Kies de status van het gesprek: concept, gedeeld, gevoerd of afgerond.",
        ),
        (
            {"on": TODAY + timedelta(days=1)},
            "status",
            "Een gesprek op een dag die nog moet komen, is nog niet gevoerd. Laat de status op "
            "concept of gedeeld staan.",
        ),
        ({"manager_score": "+++"}, "manager_score", "Kies een score: ++, +, +/- of -."),
        (
            {"in_pdf": ("resultaten", "salaris")},
            "in_pdf[1]",
            "salaris is geen deel van het gesprek dat in de pdf kan.",
        ),
    ],
)
def test_a_wrong_talk_is_refused_naming_the_field_and_nothing_is_written(
    store: Store, change: dict[str, Any], field: str, message: str
) -> None:
    audit = len(store.audit())
    wrong = dataclasses.replace(PLAN, manager="Nieuwe naam", **change)
    with pytest.raises(ValidationError) as caught:
        talks.save_talk(store, wrong, today=TODAY)
    assert (caught.value.field, caught.value.reason) == (field, message)
    assert caught.value.render("en") != caught.value.render("nl")
    with pytest.raises(ValidationError):
        talks.save_talk(store, dataclasses.replace(wrong, id="t2"), today=TODAY)
    assert stored(store) == (PLAN,)
    assert len(store.audit()) == audit


def test_a_word_another_tool_wrote_stays_as_imported_but_is_never_written_anew(
    store: Store,
) -> None:
    imported = dataclasses.replace(
        PLAN,
        agreements=(
            dataclasses.replace(PLAN.agreements[0], kind="ontwikkeldoel", status="gehaald"),
            PLAN.agreements[1],
        ),
        in_pdf=(*PLAN.in_pdf, "bijlagen"),
    )
    assert store.save(imported)  # as an import stores it, unchecked
    edited = dataclasses.replace(imported, manager="C. de Boer")
    assert talks.save_talk(store, edited, today=TODAY) == TALKS
    spread = dataclasses.replace(
        edited,
        agreements=(
            edited.agreements[0],
            dataclasses.replace(PLAN.agreements[1], kind="ontwikkeldoel"),
        ),
    )
    with pytest.raises(ValidationError) as caught:
        talks.save_talk(store, spread, today=TODAY)
    assert caught.value.field == "agreements[1].kind"
    assert stored(store) == (edited,)


def test_adding_changing_and_deleting_a_talk_is_undone_exactly(store: Store) -> None:
    book = default_rulebook()
    reflect = Talk(
        "t2",
        TalkPurpose.REFLECTEREN,
        date(2026, 6, 24),
        date(2026, 1, 1),
        date(2026, 6, 30),
        informants=(Informant("D. de Vries", "collega"),),
        agreements=(Agreement("g1", "career", "Meelopen met een projectleider"),),
    )
    for edit in (
        Edit(None, reflect),
        Edit(PLAN, dataclasses.replace(PLAN, agreements=PLAN.agreements[:1], manager="C. de Boer")),
        Edit(PLAN, None),
    ):
        before = stored(store)
        assert apply(store, edit, today=TODAY, book=book) == TALKS
        assert stored(store) != before
        assert apply(store, edit.reversed(), today=TODAY, book=book, check=False) == TALKS
        assert stored(store) == before
        assert [t.agreements for t in stored(store)] == [t.agreements for t in before]


def test_an_edit_is_checked_like_a_save_and_its_undo_is_not(store: Store) -> None:
    book = default_rulebook()
    wrong = dataclasses.replace(PLAN, informants=(Informant(""),))
    with pytest.raises(ValidationError):
        apply(store, Edit(PLAN, wrong), today=TODAY, book=book)
    assert stored(store) == (PLAN,)
    assert apply(store, Edit(PLAN, wrong), today=TODAY, book=book, check=False) == TALKS
    assert apply(store, Edit(wrong, PLAN), today=TODAY, book=book) == TALKS


# ------------------------------------------------------------------ the PDF


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def with_learning(store: Store) -> Store:
    activity = LearningActivity(
        "a1",
        "Data-analyse voor beleid",
        LearningKind.CURSUS,
        "Hogeschool",
        date(2026, 3, 1),
        date(2026, 4, 1),
        Decimal("24"),
        Decimal("0"),
        LearningStatus.DONE,
        None,
        reflection=PRIVATE_REFLECTION,
    )
    assert learning.save_activity(store, activity) == Changes.of(Area.LEARNING)
    return store


def test_the_private_reflection_is_in_the_preparation_but_not_in_the_pdf_until_ticked(
    with_learning: Store, tmp_path: Path
) -> None:
    store = with_learning
    preparation = load_preparation(store, PLAN, TODAY)
    assert [a.reflection for a in preparation.learning] == [PRIVATE_REFLECTION]
    shown = pdf_text(talks.talk_pdf_bytes(store, "t1"))
    assert "Data-analyse voor beleid" in shown
    assert PRIVATE_REFLECTION not in shown
    assert "Wat ik leerde: mijn reflectie" not in shown

    ticked = dataclasses.replace(PLAN, in_pdf=(*PLAN.in_pdf, "leerreflectie"))
    assert talks.save_talk(store, ticked, today=TODAY) == TALKS
    path = tmp_path / "gesprek.pdf"
    talks.save_talk_pdf(store, "t1", path, "en")
    english = pdf_text(path.read_bytes())
    assert PRIVATE_REFLECTION in english
    assert "What I learned: my reflection" in english
    assert not list(tmp_path.glob("*.partial"))


# ------------------------------------------------------------------ the example


def test_the_example_has_a_cycle_of_talks_and_the_page_warns_about_the_next_one(
    make_session: OpenData, tmp_path: Path
) -> None:
    store = make_session(tmp_path / "example", example=True).store
    view = load_gesprekken(store, TODAY)
    rows = [row for year in view.years for row in year.rows]
    assert [(r.purpose, r.status) for r in rows] == [
        (TalkPurpose.PLANNEN, TalkStatus.CONCEPT),
        (TalkPurpose.PLANNEN, TalkStatus.AFGEROND),
        (TalkPurpose.REFLECTEREN, TalkStatus.GEVOERD),
        (TalkPurpose.EVALUEREN, TalkStatus.AFGEROND),
    ]
    assert rows[0].on == TODAY + timedelta(days=NEXT_TALK_IN_DAYS) and not rows[0].prepared
    kinds = [w.kind for w in view.warnings]
    assert kinds == ["unprepared_soon", "five_years", "agreements_due"]
    assert "over 10 dagen" in text(view.warnings[0].message, "nl")
    plannen = view.talks["gesprek-1"]
    assert sorted(a.kind for a in plannen.agreements) == sorted(
        ["result", "development", "career", "inzetbaarheid"]
    )
    evaluation = view.talks["gesprek-3"]
    assert (evaluation.manager_score, evaluation.status) == ("+", TalkStatus.AFGEROND)
    assert evaluation.manager_conclusion
    assert [i.name for i in view.talks["gesprek-2"].informants] == [
        "Carla Smit",
        "Youssef El Amrani",
    ]
    preparation = load_preparation(store, view.talks["gesprek-2"], TODAY)
    assert preparation.covering_plannen is not None
    assert preparation.covering_plannen.talk_id == "gesprek-1"
    assert len(preparation.agreements) == 4

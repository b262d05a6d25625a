"""Learning activities, certificates and development budgets: checked, saved in one
transaction, reported as LEARNING; certificates in and out through files."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from rijkapp.domain.errors import ValidationError
from rijkapp.domain.records import (
    BudgetOwner,
    Certificate,
    DevelopmentBudget,
    Funding,
    LearningActivity,
    LearningKind,
    LearningStatus,
    StudyReason,
)
from rijkapp.services import learning
from rijkapp.services.changes import NOTHING, Area, Changes
from rijkapp.store.repository import Store
from rijkapp.store.session import Session

D = Decimal
PAYLOAD = os.urandom(4096)
BUDGET = DevelopmentBudget(
    "d1",
    "Teambudget",
    "team",
    D("1500.00"),
    D("16"),
    date(2026, 1, 1),
    date(2027, 12, 31),
    BudgetOwner.TEAM,
)
COURSE = LearningActivity(
    "a1",
    "Schrijven voor het web",
    LearningKind.CURSUS,
    "Rijksacademie",
    date(2026, 3, 2),
    date(2026, 3, 20),
    D("12"),
    D("495.00"),
    LearningStatus.PLANNED,
    "d1",
    reason=StudyReason.ANDERE_REDEN,
    funding=(Funding.BUDGET, Funding.EIGEN),
    self_study_hours=D("6"),
)
LEARNING = Changes.of(Area.LEARNING)


def activities(store: Store) -> tuple[LearningActivity, ...]:
    found: tuple[LearningActivity, ...] = store.records("learning_activities")
    return found


def only(store: Store) -> LearningActivity:
    (activity,) = activities(store)
    return activity


def a_file(tmp_path: Path, name: str, data: bytes = PAYLOAD) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.fixture
def store(session: Session) -> Store:
    """A store with the team budget and the course booked against it."""
    assert learning.save_budget(session.store, BUDGET) == LEARNING
    assert learning.save_activity(session.store, COURSE) == LEARNING
    return session.store


def test_an_activity_is_added_changed_and_deleted_as_learning(store: Store) -> None:
    assert only(store) == COURSE
    done = replace(COURSE, status=LearningStatus.DONE, agreement_id="g1")
    assert learning.save_activity(store, done) == LEARNING
    assert only(store).status is LearningStatus.DONE
    assert learning.save_activity(store, done) == NOTHING  # nothing changed, nothing written
    assert learning.delete_activity(store, "a1") == LEARNING
    assert activities(store) == ()


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (dict(end=date(2026, 3, 1)), "end", "De einddatum ligt vóór de begindatum."),
        (dict(hours=D("-1")), "hours", "Het aantal uren kan niet negatief zijn."),
        (
            dict(self_study_hours=D("1.255")),
            "self_study_hours",
            "Geef de uren met hoogstens twee decimalen.",
        ),
        (dict(cost=D("-0.01")), "cost", "De kosten kunnen niet negatief zijn."),
        (
            dict(cost=D("12.345")),
            "cost",
            "Geef het bedrag in euro's met hoogstens twee decimalen.",
        ),
        (dict(budget_id="d9"), "budget_id", "d9 is geen ontwikkelbudget."),
        (dict(title="  "), "title", "Vul in hoe de activiteit heet."),
        (
            dict(funding=(Funding.IKB, Funding.IKB)),
            "funding",
            "Elke soort financiering telt één keer.",
        ),
        (
            dict(
                certificates=(
                    Certificate(
                        "c.pdf",
                        "application/pdf",
                        b"%PDF",
                        date(2026, 3, 20),
                        date(2026, 3, 19),
                        "c1",
                    ),
                )
            ),
            "certificates[0].valid_until",
            "De laatste geldige dag van het certificaat ligt vóór de datum van uitgifte.",
        ),
    ],
)
def test_a_wrong_activity_is_refused_naming_the_field_and_nothing_changes(
    store: Store, change: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        learning.save_activity(store, replace(COURSE, **({"provider": "Nieuw"} | change)))
    assert (caught.value.field, caught.value.reason) == (field, message)
    assert caught.value.render("en") != caught.value.render("nl")
    assert only(store) == COURSE
    with pytest.raises(ValidationError):
        learning.save_activity(store, replace(COURSE, id="a2", **change))
    assert activities(store) == (COURSE,)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (
            dict(valid_to=date(2025, 12, 31)),
            "valid_to",
            "De laatste dag van het budget ligt vóór de eerste dag.",
        ),
        (dict(amount=D("-5.00")), "amount", "Het bedrag kan niet negatief zijn."),
        (
            dict(amount=D("0.001")),
            "amount",
            "Geef het bedrag in euro's met hoogstens twee decimalen.",
        ),
        (dict(hours=D("-2")), "hours", "Het aantal uren kan niet negatief zijn."),
        (
            dict(amount=D("0.00"), hours=D("0")),
            "amount",
            "Geef een bedrag, een aantal uren of allebei.",
        ),
        (dict(name=""), "name", "Vul in hoe het budget heet."),
    ],
)
def test_a_wrong_budget_is_refused_naming_the_field_and_nothing_changes(
    store: Store, change: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        learning.save_budget(store, replace(BUDGET, **change))
    assert (caught.value.field, caught.value.reason) == (field, message)
    assert store.records("development_budgets") == (BUDGET,)


def test_a_budget_in_hours_only_is_fine_and_deleting_it_unbooks_its_activities(
    store: Store,
) -> None:
    hours_only = replace(BUDGET, amount=D("0.00"), hours=D("40"))
    assert learning.save_budget(store, hours_only) == LEARNING
    assert learning.delete_budget(store, "d1") == LEARNING
    assert store.records("development_budgets") == ()
    assert only(store) == replace(COURSE, budget_id=None)
    assert learning.delete_budget(store, "d1") == NOTHING


def test_certificates_are_added_replaced_dated_and_removed(store: Store, tmp_path: Path) -> None:
    pdf = a_file(tmp_path, "bewijs.bin", b"%PDF-1.7\n" + PAYLOAD)
    changes = learning.add_certificate(
        store, "a1", pdf, issued=date(2026, 3, 20), valid_until=date(2029, 3, 19)
    )
    assert changes == LEARNING
    png = a_file(tmp_path, "diploma.png", PAYLOAD)
    learning.add_certificate(store, "a1", png)
    first, second = only(store).certificates
    assert (first.id, first.filename, first.media_type) == ("c1", "bewijs.bin", "application/pdf")
    assert (first.issued, first.valid_until) == (date(2026, 3, 20), date(2029, 3, 19))
    assert first.data == b"%PDF-1.7\n" + PAYLOAD  # the media type came from the first bytes
    assert (second.id, second.media_type, second.data) == ("c2", "image/png", PAYLOAD)

    other = a_file(tmp_path, "nieuw.jpg", b"\xff\xd8\xff\xe0" + PAYLOAD[:100])
    assert learning.replace_certificate(store, "a1", "c1", other) == LEARNING
    first = only(store).certificates[0]
    assert (first.id, first.filename, first.media_type) == ("c1", "nieuw.jpg", "image/jpeg")
    assert first.valid_until == date(2029, 3, 19)  # the dates stay with the certificate

    learning.set_certificate_dates(store, "a1", "c2", date(2026, 4, 1), None)
    assert only(store).certificates[1].issued == date(2026, 4, 1)
    assert learning.remove_certificate(store, "a1", "c1") == LEARNING
    assert [c.id for c in only(store).certificates] == ["c2"]
    learning.add_certificate(store, "a1", pdf)
    assert [c.id for c in only(store).certificates] == ["c2", "c3"]  # an id is never reused


def test_a_certificate_too_large_empty_or_unreadable_is_refused_plainly(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learning, "MAX_CERTIFICATE", 2 * 1024 * 1024)
    big = a_file(tmp_path, "scan.pdf", b"%PDF" + bytes(2 * 1024 * 1024))
    empty = a_file(tmp_path, "leeg.pdf", b"")
    cases: list[tuple[Path, str]] = [
        (big, "Het bestand is groter dan 2 MB; kies een kleiner bestand."),
        (empty, "Het bestand is leeg."),
        (tmp_path / "weg.pdf", "Het bestand " + str(tmp_path / "weg.pdf") + " kan niet"),
    ]
    for path, message in cases:
        with pytest.raises(ValidationError) as caught:
            learning.add_certificate(store, "a1", path)
        assert caught.value.field == "certificate"
        assert caught.value.reason.startswith(message), caught.value.reason
    assert only(store).certificates == ()


def test_a_certificate_of_a_deleted_activity_is_no_longer_there(
    store: Store, tmp_path: Path
) -> None:
    learning.add_certificate(store, "a1", a_file(tmp_path, "c.pdf"))
    with pytest.raises(ValidationError, match="certificaat is er niet meer"):
        learning.remove_certificate(store, "a1", "c9")
    learning.delete_activity(store, "a1")
    with pytest.raises(ValidationError, match="leeractiviteit is er niet meer"):
        learning.add_certificate(store, "a1", a_file(tmp_path, "d.pdf"))
    assert store.conn.execute("SELECT count(*) FROM learning_certificates").fetchone() == (0,)


def test_an_opened_certificate_is_a_private_file_removed_when_the_session_closes(
    session: Session, store: Store, tmp_path: Path
) -> None:
    learning.add_certificate(store, "a1", a_file(tmp_path, "../../Mijn bewijs?.pdf"))
    opened = learning.open_certificate(session, "a1", "c1")
    assert opened.read_bytes() == PAYLOAD
    assert opened.name == "Mijn bewijs_.pdf"  # a plain name inside the private folder
    assert opened.is_relative_to(session.scratch_dir())
    assert stat.S_IMODE(session.scratch_dir().stat().st_mode) == 0o700
    assert stat.S_IMODE(opened.stat().st_mode) == 0o400
    again = learning.open_certificate(session, "a1", "c1")  # opened twice: two files
    assert again != opened and again.read_bytes() == PAYLOAD
    scratch = session.scratch_dir()
    session.close()
    assert not opened.exists() and not scratch.exists()


def test_a_viewed_certificate_is_removed_when_the_block_ends(store: Store, tmp_path: Path) -> None:
    learning.add_certificate(store, "a1", a_file(tmp_path, "c.pdf"))
    with learning.viewed_certificate(store, "a1", "c1") as viewed:
        assert viewed.read_bytes() == PAYLOAD
    assert not viewed.exists() and not viewed.parent.exists()
    with pytest.raises(RuntimeError), learning.viewed_certificate(store, "a1", "c1") as viewed:
        raise RuntimeError("the viewer failed")
    assert not viewed.parent.exists()


def test_a_certificate_is_saved_where_the_user_chooses(store: Store, tmp_path: Path) -> None:
    learning.add_certificate(store, "a1", a_file(tmp_path, "c.pdf"))
    target = tmp_path / "gekozen" / "mijn-certificaat.pdf"
    target.parent.mkdir()
    assert learning.save_certificate_as(store, "a1", "c1", target) == target
    assert target.read_bytes() == PAYLOAD
    assert sorted(p.name for p in target.parent.iterdir()) == ["mijn-certificaat.pdf"]
    with pytest.raises(ValidationError, match="kon niet worden geschreven"):
        learning.save_certificate_as(store, "a1", "c1", tmp_path / "bestaat-niet" / "c.pdf")


def test_media_types_from_the_first_bytes_then_the_name() -> None:
    cases: list[tuple[str, bytes, str]] = [
        ("x.txt", b"%PDF-1.4", "application/pdf"),
        ("x.pdf", b"\x89PNG\r\n\x1a\n....", "image/png"),
        ("x.gif", b"GIF89a..", "image/gif"),
        ("Certificaat.PDF", b"not really", "application/pdf"),
        ("notities.txt", b"Geslaagd", "text/plain"),
        ("zonder-extensie", b"\x00\x01", "application/octet-stream"),
    ]
    assert [learning.media_type_of(name, data) for name, data, _ in cases] == [
        expected for _, _, expected in cases
    ]


SERVICES: list[Callable[[Store, Path], Changes]] = [
    lambda s, p: learning.add_certificate(s, "a1", p),
    lambda s, p: learning.save_activity(s, replace(COURSE, hours=D("13"))),
    lambda s, p: learning.save_budget(s, replace(BUDGET, name="Ander budget")),
    lambda s, p: learning.delete_activity(s, "a1"),
]


@pytest.mark.parametrize("call", SERVICES)
def test_every_change_says_it_touched_learning_only(
    store: Store, tmp_path: Path, call: Callable[[Store, Path], Changes]
) -> None:
    assert call(store, a_file(tmp_path, "c.pdf")) == LEARNING

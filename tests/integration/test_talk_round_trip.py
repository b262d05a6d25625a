"""The manager's round trip: Rijkapp writes the talk PDF, the manager fills it in another PDF
library (pypdf here, not reportlab that made it) and saves it, Rijkapp reads it back. And every
file that must be refused is, with nothing changed."""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from reportlab.pdfgen.canvas import Canvas

from rijkapp.domain.records import Dossier
from rijkapp.reports.talk_import import PdfRefused
from rijkapp.reports.talk_pdf import ATTACHMENT, checksum
from rijkapp.services import talks
from rijkapp.services.changes import NOTHING, Area
from rijkapp.store.session import Session
from tests.helpers.talks import talk_dossier

CONCLUSION = "Goed gedaan; verdere groei in één jaar"
REMARKS = "Let op de planning.\nEn: meer delegeren — ook in 2027."


@pytest.fixture
def stored(session: Session) -> Session:
    session.store.replace_all(talk_dossier())
    return session


def make_pdf(session: Session, folder: Path) -> Path:
    path = folder / "gesprek.pdf"
    talks.save_talk_pdf(session.store, "t1", path)
    return path


def fill(source: Path, target: Path, values: dict[str, str]) -> Path:
    """Fill the form as a manager's PDF program does, with pypdf, and save."""
    writer = PdfWriter(clone_from=source)
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=True)
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def filled(session: Session, folder: Path) -> Path:
    return fill(
        make_pdf(session, folder),
        folder / "terug.pdf",
        {
            "manager_conclusion": CONCLUSION,
            "manager_score": "+",
            "manager_remarks": REMARKS,
            "manager_name": "B. Jansen",
            "review_date": "20-02-2026",
        },
    )


def test_the_managers_part_is_stored_exactly_and_the_rest_stays(
    stored: Session, tmp_path: Path
) -> None:
    before = stored.store.dossier()
    path = filled(stored, tmp_path)
    preview = talks.read_talk_reply(stored.store, path)
    assert [d.field for d in preview.differences] == [
        "manager_conclusion",
        "manager_score",
        "manager_remarks",
        "manager_name",
        "review_date",
    ]
    assert stored.store.dossier() == before  # reading only: nothing changed yet
    reply, changes = talks.store_talk_reply(stored.store, path)
    assert (reply.talk_id, changes.areas) == ("t1", frozenset({Area.TALKS}))
    after = stored.store.dossier()
    (talk,) = after.talks
    assert (talk.manager_conclusion, talk.manager_score, talk.manager_remarks) == (
        CONCLUSION,
        "+",
        REMARKS,
    )
    assert (talk.manager_name, talk.review_date) == ("B. Jansen", date(2026, 2, 20))
    assert talk == dataclasses.replace(
        before.talks[0],
        manager_conclusion=CONCLUSION,
        manager_score="+",
        manager_remarks=REMARKS,
        manager_name="B. Jansen",
        review_date=date(2026, 2, 20),
    )
    assert dataclasses.replace(after, talks=before.talks) == before
    # The same file again: nothing changes, nothing is written.
    audit = len(stored.store.audit())
    again, changes = talks.store_talk_reply(stored.store, path)
    assert changes == NOTHING and again.differences == ()
    assert stored.store.dossier() == after and len(stored.store.audit()) == audit


def test_the_employees_reaction_comes_back_too(stored: Session, tmp_path: Path) -> None:
    path = fill(make_pdf(stored, tmp_path), tmp_path / "r.pdf", {"employee_reaction": "Eens."})
    talks.store_talk_reply(stored.store, path)
    (talk,) = stored.store.talks()
    assert (talk.employee_reaction, talk.manager_conclusion) == ("Eens.", None)


def rewrite_attachment(
    source: Path, target: Path, change: dict[str, object], *, sign: bool
) -> Path:
    """The PDF with its attachment changed, the checksum made again when ``sign``."""
    writer = PdfWriter(clone_from=source)
    document = json.loads(PdfReader(source).attachments[ATTACHMENT][0])
    document.update(change)
    if sign:
        document["sha256"] = checksum(document)
    for embedded in list(writer.attachment_list):
        embedded.delete()
    writer.add_attachment(ATTACHMENT, json.dumps(document).encode("utf-8"))
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def foreign_pdf(path: Path) -> Path:
    """A PDF that Rijkapp did not make: plain reportlab, no attachment."""
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Verslag personeelsgesprek")
    canvas.save()
    return path


def truncated(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def text_file(target: Path) -> Path:
    target.write_text("Beste Anneke, hierbij mijn reactie.", encoding="utf-8")
    return target


def huge(target: Path) -> Path:
    with target.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(50 * 1024 * 1024)
    return target


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda src, folder: rewrite_attachment(
                src, folder / "x.pdf", {"talk_id": "t9"}, sign=True
            ),
            "hoort bij een gesprek dat niet in je gegevens staat (t9)",
        ),
        (
            lambda src, folder: rewrite_attachment(
                src, folder / "x.pdf", {"talk_id": "t9"}, sign=False
            ),
            "zijn veranderd",
        ),
        (lambda src, folder: foreign_pdf(folder / "x.pdf"), "niet door Rijkapp gemaakt"),
        (lambda src, folder: truncated(src, folder / "x.pdf"), "niet compleet"),
        (lambda src, folder: huge(folder / "x.pdf"), "te groot"),
        (
            lambda src, folder: (folder / "x.pdf").write_text("geen pdf") and folder / "x.pdf",
            "geen pdf",
        ),
    ],
    ids=["retargeted", "changed", "foreign", "truncated", "50 MB", "not a PDF"],
)
def test_a_pdf_that_is_not_this_dossiers_reply_is_refused_and_nothing_changes(
    stored: Session, tmp_path: Path, make: Callable[[Path, Path], Path], message: str
) -> None:
    source = filled(stored, tmp_path)
    path = make(source, tmp_path)
    before: Dossier = stored.store.dossier()
    audit = len(stored.store.audit())
    for attempt in (talks.read_talk_reply, talks.store_talk_reply):
        with pytest.raises(PdfRefused) as refused:
            attempt(stored.store, path)
        assert message in refused.value.render("nl")
    assert stored.store.dossier() == before and len(stored.store.audit()) == audit


def test_a_malformed_pdf_is_refused_not_crashed_on(stored: Session, tmp_path: Path) -> None:
    path = tmp_path / "kapot.pdf"
    body = bytes((i * 7919) % 251 for i in range(20_000))  # no objects, no cross-reference
    path.write_bytes(b"%PDF-1.7\n" + body + b"\n%%EOF\n")
    with pytest.raises(PdfRefused, match="beschadigd"):
        talks.read_talk_reply(stored.store, path)


def test_a_score_outside_the_four_is_refused(stored: Session, tmp_path: Path) -> None:
    source = make_pdf(stored, tmp_path)
    writer = PdfWriter(clone_from=source)
    for page in writer.pages:
        for ref in page.get("/Annots", []):
            widget = ref.get_object()
            if widget["/T"] == "manager_score":
                widget[NameObject("/V")] = TextStringObject("+++")
    out = io.BytesIO()
    writer.write(out)
    path = tmp_path / "score.pdf"
    path.write_bytes(out.getvalue())
    with pytest.raises(PdfRefused, match=r"\+\+\+"):
        talks.store_talk_reply(stored.store, path)

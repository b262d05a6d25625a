"""The talk PDF through the window: the preview made on the data thread while the window stays
responsive, saving it, the manager's reply read back (filled in with pypdf, another library than
the one that made it), a reply read twice, a foreign PDF refused, and the reaction undone."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from rijkapp.domain.records import Talk, TalkStatus
from rijkapp.reports.talk_pdf import make_talk_pdf
from rijkapp.services.talks import TalkPdf, load_talk
from tests.helpers.gui import StartApp, child, wait_idle
from tests.helpers.sessions import OpenData
from tests.helpers.talks import talk_dossier
from ui.app import Rijkapp
from ui.dialogs.talk_preview import TalkPreviewDialog
from ui.dialogs.talk_reply import TalkReactionDialog, TalkReplyDialog
from ui.pages.gesprekken import GesprekkenPage

ROOT = Path(__file__).resolve().parents[2]
CONCLUSION = "Goed gedaan, Anneke; verdere groei in één jaar. Ideeën: coördinatie."
REMARKS = "Let op de planning.\nEn: meer delegeren — ook in 2027 (ĳverig, geëvalueerd)."
MANAGER = "Bé Jansen-Müller"
REACTION = "Ik zie het iets anders: de coördinatie ging goed.\nDat wil ik nog bespreken."


def stored_talk(qtbot: QtBot, app: Rijkapp) -> Talk:
    """The talk t1 as it is stored now, read on the data thread after what was asked before."""
    found: list[Talk] = []
    app.context.query(lambda store: load_talk(store, "t1"), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    return found[0]


@pytest.fixture
def app(start_app: StartApp, make_session: OpenData, tmp_path: Path) -> Rijkapp:
    """The example profile with the planning talk t1 of the PDF tests."""
    session = make_session(tmp_path / "data", example=True)
    (talk,) = talk_dossier().talks
    session.store.save(talk)
    session.close()
    started = start_app(tmp_path / "data")
    started.window.show_workspace("gesprekken")
    return started


def _page_button(qtbot: QtBot, app: Rijkapp, name: str) -> None:
    """A button of the Gesprekken page, with the talk t1 selected."""
    page = app.window.pages["gesprekken"]
    assert isinstance(page, GesprekkenPage)
    qtbot.waitUntil(lambda: page.model.row_of("t1") is not None, timeout=10_000)
    row = page.model.row_of("t1")
    assert row is not None
    page.table.selectRow(row)
    child(page, QPushButton, name).click()


def _preview(qtbot: QtBot, app: Rijkapp) -> TalkPreviewDialog:
    """Voorbeeld en pdf on the Gesprekken page, for the talk t1, once its PDF is on show."""
    _page_button(qtbot, app, "talkPdfButton")
    dialog = app.window.talk_actions.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pdf is not None and not dialog.is_busy, timeout=20_000)
    return dialog


def _save(qtbot: QtBot, app: Rijkapp, dialog: TalkPreviewDialog, path: Path) -> TalkPdf:
    """Opslaan als… with ``path`` chosen in the file dialog; the PDF shown is written."""
    pdf = dialog.pdf
    assert pdf is not None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
        dialog.save_button.click()
    qtbot.waitUntil(lambda: str(path) in app.window.notice.message(), timeout=10_000)
    return pdf


def test_the_preview_is_made_while_the_window_stays_responsive(
    qtbot: QtBot, app: Rijkapp, tmp_path: Path
) -> None:
    ticks: list[bool] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(bool(app.operations.busy)))
    timer.start()
    dialog = app.window.talk_actions.preview("t1")
    assert dialog.is_busy and dialog.busy_label.text() == "De pdf wordt gemaakt…"
    assert not dialog.save_button.isEnabled()  # nothing to save before it is made
    qtbot.waitUntil(lambda: dialog.pdf is not None and not dialog.is_busy, timeout=20_000)
    timer.stop()
    assert any(ticks), "the window did not tick once while the PDF was being made"

    pdf = dialog.pdf
    assert pdf is not None and pdf.language == "nl"
    pages = len(PdfReader(io.BytesIO(pdf.data)).pages)
    qtbot.waitUntil(lambda: dialog.document.pageCount() == pages)
    assert pages >= 2
    assert dialog.pages_label.text() == f"Pagina's: {pages}"
    assert "De resultaten en hoe ze zijn bereikt" in dialog.shown_list.text()
    assert "Informanten" in dialog.shown_list.text()
    left_out = dialog.left_out_list.text()
    assert "Integriteit en nevenwerkzaamheden" in left_out  # written, but not chosen
    assert "Integriteit" not in dialog.shown_list.text()
    assert dialog.heading.text() == "Plannen, 10 februari 2026"
    dialog.reject()

    gone = app.window.talk_actions.preview("t-weg")  # a talk deleted meanwhile
    qtbot.waitUntil(lambda: not gone.is_busy, timeout=10_000)
    assert gone.problem.isVisible() and gone.pdf is None
    assert gone.problem.text() == "Er is geen gesprek t-weg in je gegevens."
    assert not gone.save_button.isEnabled()


def test_the_pdf_in_english_zoomed_and_scrolled_by_keyboard(qtbot: QtBot, app: Rijkapp) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    dialog = _preview(qtbot, app)
    dutch = dialog.pdf
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.waitUntil(lambda: dialog.pdf is not dutch and not dialog.is_busy, timeout=20_000)
    assert dialog.pdf is not None and dialog.pdf.language == "en"
    english = PdfReader(io.BytesIO(dialog.pdf.data))
    assert english.root_object.get("/Lang") == "en"
    assert "The results and how they were reached" in english.pages[0].extract_text()
    assert dialog.zoom_label.text() == "Zoom: paginabreedte"
    dialog.zoom_in_button.click()
    bigger = dialog.view.zoomFactor()
    assert dialog.zoom_label.text() == f"Zoom: {round(bigger * 100)}%"
    dialog.zoom_out_button.click()
    assert dialog.view.zoomFactor() < bigger
    dialog.fit_button.click()
    assert dialog.zoom_label.text() == "Zoom: paginabreedte"

    dialog.resize(900, 600)
    qtbot.waitUntil(lambda: dialog.view.verticalScrollBar().maximum() > 0)
    dialog.view.setFocus()
    QTest.keyClick(dialog.view, Qt.Key.Key_PageDown)
    assert dialog.view.verticalScrollBar().value() > 0


def test_saving_writes_the_pdf_shown_and_asks_before_it_is_shared(
    qtbot: QtBot, app: Rijkapp, tmp_path: Path
) -> None:
    dialog = _preview(qtbot, app)
    target = tmp_path / "gesprek.pdf"
    target.write_bytes(b"an older file")
    pdf = _save(qtbot, app, dialog, target)
    assert target.read_bytes() == pdf.data  # what was shown is what is saved
    assert not list(tmp_path.glob("*.partial"))
    assert app.window.notice.message() == f"De pdf van je gesprek is opgeslagen in {target}."

    question = app.window.talk_actions.share_question
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    (not_now,) = [b for b in question.buttons() if b.objectName() == "talkSharedNo"]
    not_now.click()
    wait_idle(qtbot, app)
    assert stored_talk(qtbot, app).status == TalkStatus.CONCEPT  # asked, not done

    _save(qtbot, app, dialog, tmp_path / "nog een keer.pdf")
    question = app.window.talk_actions.share_question
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    (shared,) = [b for b in question.buttons() if b.objectName() == "talkSharedYes"]
    shared.click()
    qtbot.waitUntil(lambda: stored_talk(qtbot, app).status == TalkStatus.GEDEELD, timeout=10_000)
    app.context.undo_stack.undo()
    qtbot.waitUntil(lambda: stored_talk(qtbot, app).status == TalkStatus.CONCEPT, timeout=10_000)

    app.context.undo_stack.redo()
    qtbot.waitUntil(lambda: stored_talk(qtbot, app).status == TalkStatus.GEDEELD, timeout=10_000)
    app.window.talk_actions.share_question = None
    _save(qtbot, app, dialog, tmp_path / "gedeeld.pdf")
    assert app.window.talk_actions.share_question is None  # shared already: no question


def fill(source: Path, target: Path, values: dict[str, str]) -> Path:
    """Fill the form as a manager's PDF program does, with pypdf, and save."""
    writer = PdfWriter(clone_from=source)
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=True)
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def _read(qtbot: QtBot, app: Rijkapp, path: Path) -> None:
    """Reactie van leidinggevende inlezen… from the File menu, with ``path`` chosen."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
        app.window.talk_reply_action.trigger()
    wait_idle(qtbot, app)


def test_the_managers_reply_is_read_back_confirmed_and_undone(
    qtbot: QtBot, app: Rijkapp, tmp_path: Path
) -> None:
    made = _save(qtbot, app, _preview(qtbot, app), tmp_path / "gesprek.pdf")
    question = app.window.talk_actions.share_question
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    question.reject()
    app.window.talk_actions.preview_dialog.reject()  # type: ignore[union-attr]
    before = stored_talk(qtbot, app)
    assert made.talk == before
    reaction_button = child(app.window.pages["gesprekken"], QPushButton, "talkReactionButton")
    assert not reaction_button.isEnabled()  # no conclusion to react to yet
    returned = fill(
        tmp_path / "gesprek.pdf",
        tmp_path / "terug.pdf",
        {
            "manager_conclusion": CONCLUSION,
            "manager_score": "+",
            "manager_remarks": REMARKS,
            "manager_name": MANAGER,
            "review_date": "20-02-2026",
        },
    )

    _read(qtbot, app, returned)
    dialog = app.window.talk_actions.reply_dialog
    assert isinstance(dialog, TalkReplyDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert "Plannen" in dialog.intro.text() and "10 februari 2026" in dialog.intro.text()
    assert dialog.values["manager_conclusion"].text() == CONCLUSION
    assert dialog.values["manager_score"].text() == (
        "+  (overeenkomstig de afspraken en verwachtingen)"
    )
    assert dialog.values["manager_remarks"].text() == REMARKS
    assert dialog.values["review_date"].text() == "20 februari 2026"
    assert stored_talk(qtbot, app) == before  # nothing stored before Opslaan

    dialog.save_button.click()
    wait_idle(qtbot, app)
    stored = stored_talk(qtbot, app)
    assert stored.manager_conclusion == CONCLUSION
    assert stored.manager_score == "+"
    assert stored.manager_remarks == REMARKS
    assert stored.manager_name == MANAGER
    assert stored.review_date is not None and stored.review_date.isoformat() == "2026-02-20"
    untouched = dataclasses.replace(
        stored,
        manager_conclusion=None,
        manager_score=None,
        manager_remarks=None,
        manager_name=None,
        review_date=None,
    )
    assert untouched == before  # the rest of the talk as it was

    reaction = app.window.talk_actions.reaction_dialog
    assert isinstance(reaction, TalkReactionDialog)
    qtbot.waitUntil(reaction.isVisible)
    assert "waarmee u het niet eens hoeft te zijn" in reaction.quote.text()
    assert "bijlage 12" in reaction.source_label.text()
    assert "overeenkomstig de afspraken" in reaction.conclusion.text()
    reaction.reaction_edit.setPlainText(REACTION)
    assert reaction.count.text() == f"{len(REACTION)} van ten hoogste 20.000 tekens"
    reaction.save_button.click()
    qtbot.waitUntil(lambda: stored_talk(qtbot, app).employee_reaction is not None, timeout=10_000)
    assert stored_talk(qtbot, app).employee_reaction == REACTION
    app.context.undo_stack.undo()  # the reaction
    qtbot.waitUntil(lambda: stored_talk(qtbot, app).employee_reaction is None, timeout=10_000)
    assert stored_talk(qtbot, app) == stored

    _read(qtbot, app, returned)  # the same file again
    qtbot.waitUntil(lambda: "al ingelezen" in app.window.notice.message())
    assert app.window.notice.message() == "Dit antwoord is al ingelezen; er verandert niets."
    assert stored_talk(qtbot, app) == stored

    qtbot.waitUntil(reaction_button.isEnabled)
    _page_button(qtbot, app, "talkReactionButton")  # later again, from the page
    wait_idle(qtbot, app)
    again = app.window.talk_actions.reaction_dialog
    assert isinstance(again, TalkReactionDialog) and again is not reaction
    assert again.reaction_edit.toPlainText() == ""
    again.reject()


def _refused_files(folder: Path) -> dict[Path, str]:
    """Files that must be refused, each with the message it gets."""
    foreign = folder / "verslag.pdf"
    canvas = Canvas(str(foreign))
    canvas.drawString(72, 720, "Verslag personeelsgesprek")
    canvas.save()
    made = make_talk_pdf(talk_dossier(), "t1")
    truncated = folder / "half.pdf"
    truncated.write_bytes(made[: len(made) // 2])
    dossier = talk_dossier()
    other = dataclasses.replace(dossier, talks=(dataclasses.replace(dossier.talks[0], id="t9"),))
    elsewhere = folder / "ander gesprek.pdf"
    elsewhere.write_bytes(make_talk_pdf(other, "t9"))
    huge = folder / "groot.pdf"
    with huge.open("wb") as handle:
        handle.write(made)
        handle.truncate(50 * 1024 * 1024)
    return {
        foreign: "Deze pdf is niet door Rijkapp gemaakt voor een gesprek: de gegevens van het "
        "gesprek zitten er niet in.",
        truncated: "Deze pdf is niet compleet: het einde ontbreekt. Vraag het bestand opnieuw.",
        elsewhere: "Deze pdf hoort bij een gesprek dat niet in je gegevens staat (t9).",
        huge: "Het bestand is te groot voor een gespreks-pdf (50 MB; hoogstens 20 MB).",
    }


def test_refused_files_get_the_reason_and_change_nothing(
    qtbot: QtBot, app: Rijkapp, tmp_path: Path
) -> None:
    before = stored_talk(qtbot, app)
    for path, reason in _refused_files(tmp_path).items():
        _read(qtbot, app, path)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "problemMessage"
        assert box.text() == reason, path.name
        box.accept()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert app.window.talk_actions.reply_dialog is None
    assert stored_talk(qtbot, app) == before

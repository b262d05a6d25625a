"""Gesprekken: the example's talks per year with their status in words, the warnings with a step
to take, a new talk typed by keyboard, a topic changed with its live count, the "In de pdf"
choices kept, delete with undo, and a save the service refuses changing nothing.

The example on 28 November 2026 (TODAY) has last year's cycle (plannen 3 February 2025, afgerond;
reflecteren 24 June 2025, gevoerd; evalueren 9 December 2025, afgerond) and the next planning
talk on 8 December 2026, a concept with nothing written: the page warns about it.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rijkapp.domain.records import TalkPurpose, TalkStatus
from tests.helpers.gui import wait_idle
from ui.dialogs.talk_editor import AGREEMENTS_TAB, TOPICS_TAB, TalkEditor
from ui.models.talks import TALK_COLUMNS

DATA = Path(__file__).parent.parent / "data"


def _gesprekken(start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path) -> tuple[Any, Any]:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data")
    app.window.show_page("gesprekken")
    wait_idle(qtbot, app)
    page = app.window.pages["gesprekken"]
    assert page.data is not None
    return app, page


def _rows(page: Any) -> list[list[str]]:
    model = page.model
    return [
        [model.index(row, column).data() for column in range(TALK_COLUMNS)]
        for row in range(model.rowCount())
    ]


def _selected_on(page: Any) -> date | None:
    talk = page.selected_talk()
    return talk.on if talk is not None else None


def _open(page: Any, qtbot: Any, talk_id: str) -> TalkEditor:
    page.table.selectRow(page.model.row_of(talk_id))
    editor = page.edit_selected()
    assert isinstance(editor, TalkEditor) and editor.isVisible()
    qtbot.waitUntil(lambda: editor.preparation.preparation is not None)
    return editor


def _saved(app: Any, qtbot: Any, page: Any, editor: TalkEditor) -> None:
    editor.ok_button.click()
    assert not editor.isVisible()
    wait_idle(qtbot, app)
    wait_idle(qtbot, app)  # the page reads itself again after the change


def test_the_page_lists_the_example_talks_per_year_with_their_status(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    _app, page = _gesprekken(start_app, make_session, qtbot, tmp_path)
    assert _rows(page) == [
        ["2026", "", "", "", "", "", ""],
        ["8 dec 2026", "Plannen", "8 dec 2026 – 7 dec 2027", "Bram Jansen", "Concept",
         "Nee", "0"],
        ["2025", "", "", "", "", "", ""],
        ["3 feb 2025", "Plannen", "2025", "Bram Jansen", "Afgerond", "Ja", "1"],
        ["24 jun 2025", "Reflecteren op functioneren", "jan – jun 2025", "Bram Jansen",
         "Gevoerd", "Ja", "0"],
        ["9 dec 2025", "Evalueren met conclusie", "2025", "Bram Jansen", "Afgerond", "Ja", "0"],
    ]  # fmt: skip
    # the year heads its talks and is stepped over by the arrow keys
    assert page.table.columnSpan(0, 0) == TALK_COLUMNS
    assert page.selected_talk() is not None and page.selected_talk().on == date(2026, 12, 8)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: _selected_on(page) == date(2025, 2, 3))
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: _selected_on(page) == date(2026, 12, 8))
    assert page.table.isVisible() and not page.empty.isVisible()
    assert page.new_button.text() == "&Nieuw gesprek…"


def test_the_warnings_come_first_with_a_step_to_take(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    _app, page = _gesprekken(start_app, make_session, qtbot, tmp_path)
    warnings = page.warnings
    assert warnings.isVisible()
    texts = [label.text() for label in warnings.labels]
    assert any("over 10 dagen" in text and "nog niet voorbereid" in text for text in texts)
    assert any("loopbaan" in text for text in texts)
    button = next(iter(warnings.buttons.values()))
    assert button.text() == "Gesprek voorbereiden…"
    button.click()
    editor = page.editor
    assert isinstance(editor, TalkEditor) and editor.isVisible()
    assert editor.original is not None and editor.original.on == date(2026, 12, 8)
    qtbot.waitUntil(lambda: editor.preparation.preparation is not None)
    assert "jaar" in editor.sections["loopbaan"].prompt.text()  # the five-year prompt
    editor.reject()
    look = [b for b in warnings.buttons.values() if b.text() == "Afspraken bekijken…"]
    assert len(look) == 1
    look[0].click()
    editor = page.editor
    assert editor is not None and editor.tabs.currentIndex() == AGREEMENTS_TAB
    assert editor.original is not None and editor.agreements.agreements()
    editor.reject()


def test_a_reflecting_talk_is_prepared_from_the_planning_talk(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    _app, page = _gesprekken(start_app, make_session, qtbot, tmp_path)
    editor = _open(page, qtbot, "gesprek-2")
    shown = editor.preparation.agreements.text()
    assert shown.startswith("Uit het gesprek van 3 feb 2025 (Plannen, periode 2025):")
    assert "Resultaat: De evaluatie van de subsidieregeling lokale democratie afronden" in shown
    assert "Je reflectie: Het rapport ging op 24 oktober naar de Kamer." in shown
    guidance = editor.preparation.guidance.text()
    assert "Hoe doe je je werk?" in guidance
    assert editor.sections["omstandigheden"].edit.placeholderText()  # the questions as a start
    assert "nooit in de pdf" in editor.never.text()
    assert not editor.agreements.agreements()
    editor.agreements.carry_button.click()  # to say where each agreement stands now
    assert len(editor.agreements.agreements()) == 4
    editor.reject()


def test_a_new_talk_typed_by_keyboard_is_saved_and_listed(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    app, page = _gesprekken(start_app, make_session, qtbot, tmp_path)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    editor = page.editor
    assert isinstance(editor, TalkEditor) and editor.original is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.purpose_combo)  # first field
    qtbot.keyClick(editor.purpose_combo, Qt.Key.Key_Down)  # Reflecteren op functioneren
    qtbot.keyClick(editor.purpose_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.on_edit
    editor.on_edit.selectAll()
    qtbot.keyClicks(editor.on_edit, "15-06-2026")
    for _field in ("on", "from", "to"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.manager_edit
    editor.manager_edit.selectAll()
    qtbot.keyClicks(editor.manager_edit, "Fatima Bakker")
    editor.tabs.setCurrentIndex(TOPICS_TAB)
    qtbot.keyClicks(editor.sections["resultaten"].edit, "De consultatie is afgerond.")
    assert editor.sections["resultaten"].count.text() == "27 tekens"
    _saved(app, qtbot, page, editor)
    rows = _rows(page)
    assert rows[0][0] == "2026"
    assert rows[1] == [
        "15 jun 2026", "Reflecteren op functioneren", "2026",
        "Fatima Bakker", "Concept", "Ja", "0",
    ]  # fmt: skip
    assert rows[2][0] == "8 dec 2026"
    assert app.window.notice.message() == "Gesprek van 15 juni 2026 toegevoegd."
    selected = page.selected_talk()
    assert selected is not None and selected.manager == "Fatima Bakker"
    assert selected.topic("resultaten") == "De consultatie is afgerond."


def test_a_topic_changed_counts_live_and_the_pdf_choices_are_kept(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    app, page = _gesprekken(start_app, make_session, qtbot, tmp_path)
    editor = _open(page, qtbot, "gesprek-2")
    section = editor.sections["omstandigheden"]
    before = len(section.text())
    assert section.count.text() == f"{before} tekens"
    assert section.in_pdf.isChecked()
    editor.tabs.setCurrentIndex(TOPICS_TAB)
    section.edit.moveCursor(section.edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(section.edit, " Nu is het team weer compleet.")
    assert section.count.text() == f"{before + 30} tekens"
    section.in_pdf.setChecked(False)
    editor.sections["werkbeleving"].in_pdf.setChecked(True)
    editor.informants.in_pdf.setChecked(False)
    _saved(app, qtbot, page, editor)
    talk = page.data.talks["gesprek-2"]
    assert talk.topic("omstandigheden").endswith("Nu is het team weer compleet.")
    assert talk.in_pdf == ("resultaten", "eigen_oordeel", "werkbeleving", "afspraken")
    app.context.undo_stack.undo()
    wait_idle(qtbot, app)
    wait_idle(qtbot, app)
    assert "omstandigheden" in page.data.talks["gesprek-2"].in_pdf


def test_delete_at_once_and_undo_brings_it_back(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    app, page = _gesprekken(start_app, make_session, qtbot, tmp_path)
    page.table.selectRow(page.model.row_of("gesprek-3"))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    wait_idle(qtbot, app)
    wait_idle(qtbot, app)
    assert "gesprek-3" not in page.data.talks
    assert page.model.talk_count() == 3
    assert "Ctrl+Z" in app.window.notice.message()
    app.context.undo_stack.undo()
    wait_idle(qtbot, app)
    wait_idle(qtbot, app)
    assert "gesprek-3" in page.data.talks
    assert page.model.talk_count() == 4


def test_a_refused_save_says_why_beside_the_field_and_changes_nothing(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    app, page = _gesprekken(start_app, make_session, qtbot, tmp_path)
    before = dict(page.data.talks)
    editor = _open(page, qtbot, "gesprek-2")
    editor.to_edit.setText("01-01-2024")  # before the start of the period
    editor.to_edit.commit()
    editor.ok_button.click()
    assert editor.isVisible()
    error = editor.errors.labels["period_to"]
    assert error.isVisible() and error.text() == "Het einde van de periode ligt vóór het begin."
    assert QApplication.focusWidget() is editor.to_edit
    # a talk still to come cannot have been held
    editor.reject()
    editor = _open(page, qtbot, page.model.talk_row(1).talk_id)  # the next one
    editor.status_combo.setCurrentIndex(editor.status_combo.findData(TalkStatus.GEVOERD.value))
    editor.ok_button.click()
    assert editor.isVisible() and editor.errors.labels["status"].isVisible()
    editor.reject()
    wait_idle(qtbot, app)
    assert dict(page.data.talks) == before
    assert app.context.undo_stack.count() == 0


def test_the_empty_page_says_what_a_talk_is_and_how_to_start(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    from rijkapp.services.exchange import import_file
    from rijkapp.services.talks import delete_talk

    session = make_session(tmp_path / "data")
    import_file(session, DATA / "example.json", datetime(2026, 11, 28, 9, 0))
    for stored in session.store.talks():
        delete_talk(session.store, stored.id)
    session.close()
    app = start_app(tmp_path / "data")
    app.window.show_page("gesprekken")
    wait_idle(qtbot, app)
    page = app.window.pages["gesprekken"]
    assert page.empty.isVisible() and not page.table.isVisible()
    assert "Nieuw gesprek" in page.empty_start.text()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    editor = page.new_talk()
    assert editor is not None
    talk = editor.talk()  # a planning talk today, for this calendar year
    assert talk.purpose is TalkPurpose.PLANNEN and talk.on == date(2026, 11, 28)
    assert (talk.period_from, talk.period_to) == (date(2026, 1, 1), date(2026, 12, 31))
    editor.reject()


def test_an_agreement_is_added_by_keyboard_and_kept_with_the_talk(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    app, page = _gesprekken(start_app, make_session, qtbot, tmp_path)
    editor = _open(page, qtbot, page.model.talk_row(1).talk_id)  # the next planning talk
    editor.show_agreements()
    dialog = editor.agreements.add_agreement()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind_combo)  # its first field
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)  # Ontwikkeling
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Tab)
    dialog.ok_button.click()  # nothing agreed yet: refused, and said so beside the field
    assert dialog.isVisible() and dialog.text_error.text() == "Schrijf op wat je hebt afgesproken."
    qtbot.keyClicks(dialog.text_edit, "Een training feedback geven volgen")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.measure_edit, "Ik geef elke maand feedback in het teamoverleg")
    qtbot.keyClick(dialog.measure_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.due_edit, "30-06-2027")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert editor.agreements.model.index(0, 0).data() == "Ontwikkeling"
    assert editor.agreements.model.index(0, 2).data() == "30 jun 2027"
    _saved(app, qtbot, page, editor)
    (agreement,) = page.data.talks[page.model.talk_row(1).talk_id].agreements
    assert (agreement.kind, agreement.text, agreement.due, agreement.status) == (
        "development",
        "Een training feedback geven volgen",
        date(2027, 6, 30),
        "open",
    )
    assert _rows(page)[1][-1] == "1"  # its open agreements

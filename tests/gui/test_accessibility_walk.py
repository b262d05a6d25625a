"""Every page, every tab on a page and every main dialog, walked with the keyboard only.

In Dutch and in English, on the example data, with real Tab and Shift+Tab presses
(``tests.helpers.keyboard_walk``): every control has a name of its own on its screen, Tab reaches
it in reading order and moves on, and a dialog opens on its first field. Each screen is also read
for words of the other language (``tests.helpers.language_check``). A new page is walked because
it is in ``PAGES``; a new dialog needs one line in ``DIALOGS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from rijkapp.domain.records import Dossier
from rijkapp.rules import default_rulebook
from rijkapp.services.talks import save_talk_pdf
from rijkapp.store.repository import Store
from rijkapp.versions import versions
from tests.gui.test_talk_pdf_gui import fill
from tests.helpers.gui import StartApp, child, wait_idle
from tests.helpers.keyboard_walk import describe, first_control, walk
from tests.helpers.language_check import data_texts, language_problems
from tests.helpers.sessions import OpenData
from ui.app import Rijkapp
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.talk_editor import AGREEMENTS_TAB, PREPARATION_TAB, TOPICS_TAB
from ui.main_window import PAGES, WELCOME, MainWindow
from ui.pages.gesprekken import GesprekkenPage
from ui.pages.verlof import VerlofPage
from ui.widgets.page_tabs import PageTabs

# Texts of the other language that another change is rewriting right now (the rule book's
# descriptions, the change log in sentences, the IKB explanations); each goes when it lands.
KNOWN = (
    re.compile(r"^rules: rulesTable says "),
    re.compile(r"^change log: auditTable says "),
    re.compile(r"^ikb explanation: explainText says '.*(Salaris|toelagen)"),
    re.compile(r"^ikb: ikbAssumptions says "),
    # Names the menu of the P-Direktportaal in its own words; to be quoted as a name.
    re.compile(r"takeOverWhere says 'In the P-Direktportaal: Verlof"),
)


def _click(window: MainWindow, page: str, name: str) -> None:
    window.show_page(page)
    child(window.pages[page], QPushButton, name).click()


def _correction(window: MainWindow) -> None:
    page = window.pages["verlof"]
    assert isinstance(page, VerlofPage)
    window.show_page("verlof")
    page.tabs.setCurrentIndex(2)
    page.pdirekt.pdirekt_edit.setText("100")
    page.pdirekt.compare()
    page.pdirekt.add_correction()


def _talk_tab(tab: int) -> Callable[[MainWindow], object]:
    """A new talk at one of its tabs, on the tab's first field (the editor opens on the first)."""

    def open_(window: MainWindow) -> None:
        page = window.pages["gesprekken"]
        assert isinstance(page, GesprekkenPage)
        window.show_page("gesprekken")
        editor = page.new_talk()
        assert editor is not None
        editor.tabs.setCurrentIndex(tab)
        first = {
            TOPICS_TAB: editor.sections["omstandigheden"].edit,
            AGREEMENTS_TAB: editor.agreements.in_pdf,
            PREPARATION_TAB: editor.preparation,
        }
        first[tab].setFocus()

    return open_


def _talk_agreement(window: MainWindow) -> None:
    """The agreement dialog of a new talk; closing it closes the talk too, back to the window."""
    page = window.pages["gesprekken"]
    assert isinstance(page, GesprekkenPage)
    window.show_page("gesprekken")
    editor = page.new_talk()
    assert editor is not None
    dialog = editor.agreements.add_agreement()
    dialog.finished.connect(editor.reject)


def _restore(window: MainWindow) -> None:
    window.data_actions.make_backup()
    window.restore_action.trigger()


def _on_talk(talk_id: str, button: str) -> Callable[[MainWindow], object]:
    """A button of the Gesprekken page with the talk ``talk_id`` selected."""

    def open_(window: MainWindow) -> None:
        page = window.pages["gesprekken"]
        assert isinstance(page, GesprekkenPage)
        window.show_page("gesprekken")
        row = page.model.row_of(talk_id)
        assert row is not None
        page.table.selectRow(row)
        child(page, QPushButton, button).click()

    return open_


def _talk_reply(window: MainWindow) -> None:
    """The manager's reply to the example's evaluation, filled in as a manager's program does."""
    data_dir = window.context.own_data_dir
    assert data_dir is not None
    made, filled = data_dir.parent / "gesprek.pdf", data_dir.parent / "terug.pdf"
    values = {"manager_conclusion": "Goed gedaan.", "manager_score": "++", "manager_name": "B."}

    def work(store: Store) -> Path:
        save_talk_pdf(store, "gesprek-3", made)
        return fill(made, filled, values)

    window.context.query(work, window.talk_actions.read_reply)


# How to open each main dialog from the window, as a user would.
DIALOGS: dict[str, Callable[[MainWindow], object]] = {
    "leave entry": lambda window: _click(window, "verlof", "addLeaveButton"),
    "leave explanation": lambda window: _click(window, "verlof", "explainButton_wettelijk_2026"),
    "ics export": lambda window: _click(window, "verlof", "exportIcsButton"),
    "correction": _correction,
    "ikb choice": lambda window: _click(window, "ikb", "ikbAddChoiceButton"),
    "ikb what-if choice": lambda window: _click(window, "ikb", "whatIfAddButton"),
    "ikb explanation": lambda window: _click(window, "ikb", "ikbExplainYearButton"),
    "development budget": lambda window: _click(window, "ontwikkeling", "addBudgetButton"),
    "budget explanation": lambda window: _click(window, "ontwikkeling", "budgetExplain_d1"),
    "regeling explanation": lambda window: _click(
        window, "ontwikkeling", "blikVooruitCardExplainButton"
    ),
    "learning activity": lambda window: _click(window, "leren", "addLearningButton"),
    "talk editor": lambda window: _click(window, "gesprekken", "newTalkButton"),
    "talk editor, topics": _talk_tab(TOPICS_TAB),
    "talk editor, agreements": _talk_tab(AGREEMENTS_TAB),
    "talk editor, preparation": _talk_tab(PREPARATION_TAB),
    "talk agreement": _talk_agreement,
    "employment": lambda window: _click(window, "profiel", "addEmploymentButton"),
    "schedule": lambda window: _click(window, "profiel", "addScheduleButton"),
    "balance from P-Direkt": lambda window: window.open_start(only_balance=True),
    "rules": lambda window: window.rules_action.trigger(),
    "change log": lambda window: window.audit_action.trigger(),
    "about": lambda window: window.about_action.trigger(),
    "restore": _restore,
    "talk preview": _on_talk("gesprek-3", "talkPdfButton"),
    "talk reply": _talk_reply,
    "talk reaction": _on_talk("gesprek-3", "talkReactionButton"),
}


def _walk_start(qtbot: QtBot, app: Rijkapp, words: Words) -> list[str]:
    """The start again from Profiel, step by step: each step is a screen of its own."""
    dialog = _open_dialog(qtbot, app, lambda window: _click(window, "profiel", "startAgainButton"))
    assert isinstance(dialog, FirstRunDialog)
    problems = walk_dialog("start, step 1", dialog) + words("start, step 1", dialog)
    for step in range(1, len(dialog.order)):
        dialog.next()
        assert dialog.position == step, f"the start does not go on from step {step}"
        qtbot.waitUntil(lambda: _focus_in(dialog))
        screen = f"start, step {step + 1}"
        problems += walk_dialog(screen, dialog) + words(screen, dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    return problems


# Checks one screen for words of the other language: (screen, scope) -> problems.
Words = Callable[[str, QWidget], list[str]]


def _language_check(language: str, dossier: Dossier) -> Words:
    """The check for ``language``, leaving out the example's own texts and the sources' titles:
    her name and notes are Dutch in an English window too, as a document's title is."""
    book = default_rulebook()
    ignored = [*data_texts(dossier)]
    ignored += [rule.source.title for rule in book.all_periods()]
    ignored += [name for name, _version in versions()]  # the libraries in About

    def check(screen: str, scope: QWidget) -> list[str]:
        return language_problems(screen, scope, language, ignored)

    return check


def _unknown(problems: list[str]) -> list[str]:
    return [problem for problem in problems if not any(k.search(problem) for k in KNOWN)]


def _top(window: QWidget) -> QWidget:
    """Where reading starts: the first control at the top of the window."""
    first = first_control(window)
    assert first is not None
    return first


def _walk_pages(qtbot: QtBot, app: Rijkapp, words: Words) -> list[str]:
    window = app.window
    problems: list[str] = []
    for key, _icon, _page in PAGES:
        window.show_page(key)
        wait_idle(qtbot, app)
        problems += walk(key, window, _top(window)).problems + words(key, window)
        for tabs in window.pages[key].findChildren(PageTabs):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                wait_idle(qtbot, app)
                screen = f"{key}, {tabs.tabText(index)}"
                problems += walk(screen, window, _top(window)).problems + words(screen, window)
            tabs.setCurrentIndex(0)
    return problems


def _open_dialog(qtbot: QtBot, app: Rijkapp, open_: Callable[[MainWindow], object]) -> QDialog:
    open_(app.window)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    wait_idle(qtbot, app)
    qtbot.waitUntil(lambda: _focus_in(dialog))
    return dialog


def _focus_in(window: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and focused.window() is window


def walk_dialog(name: str, dialog: QWidget) -> list[str]:
    """The walk of a dialog that has just opened, and whether it opened on its first field."""
    focused = QApplication.focusWidget()
    assert focused is not None
    problems = []
    first = first_control(dialog)
    if focused is not first:
        problems.append(f"{name}: opens on {describe(focused)}, not on {describe(first)}")
    return problems + walk(name, dialog, focused).problems


@pytest.mark.parametrize("language", ["nl", "en"])
def test_keyboard_reaches_every_control_by_name(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    session = make_session(tmp_path / "data", example=True)
    dossier = session.store.dossier()
    session.close()
    app = start_app(tmp_path / "data", language=language)
    app.window.resize(1366, 768)
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    app.window.data_actions.make_backup()  # a confirmation under the header, walked with the rest
    qtbot.waitUntil(lambda: bool(app.window.notice.message()), timeout=20_000)
    words = _language_check(language, dossier)
    problems = _walk_pages(qtbot, app, words)
    for name, open_ in DIALOGS.items():
        dialog = _open_dialog(qtbot, app, open_)
        problems += walk_dialog(name, dialog) + words(name, dialog)
        dialog.reject()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    problems += _walk_start(qtbot, app, words)
    unknown = _unknown(problems)
    assert not unknown, "\n".join(unknown)


def test_a_confirmation_stays_until_it_is_closed_or_replaced(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data")
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    notice = window.notice
    assert notice.isHidden()
    window.data_actions.make_backup()
    qtbot.waitUntil(lambda: "Back-up gemaakt" in notice.message())
    assert notice.isVisible() and notice.accessibleName() == notice.message()
    made = notice.message()

    window.export_to(tmp_path / "export.json")
    qtbot.waitUntil(lambda: notice.message() != made)  # the next one takes its place
    assert "export.json" in notice.message() and notice.isVisible()

    close = child(window, QPushButton, "noticeCloseButton")
    assert close.accessibleName() == "Melding sluiten"
    window.navigation.setFocus()
    for _ in range(3):  # from the navigation, Shift+Tab goes back up to the message's Close
        focused = QApplication.focusWidget()
        if focused is None or focused is close:
            break
        QTest.keyClick(focused, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert close.hasFocus()
    QTest.keyClick(close, Qt.Key.Key_Space)
    assert notice.isHidden() and notice.message() == ""
    assert QApplication.focusWidget() is not None


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_first_start_by_keyboard(
    no_keyring: None, start_app: StartApp, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """Without a keyring a new user chooses a passphrase, then meets the welcome page."""
    app = start_app(tmp_path / "data", passphrase=None, language=language, wait=False)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = app.startup.passphrase_dialog
    assert dialog is not None and dialog is QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: _focus_in(dialog))
    problems = walk_dialog("passphrase", dialog) + language_problems("passphrase", dialog, language)
    dialog.passphrase_edit.setText("een lange zin als wachtwoord")
    dialog.repeat_edit.setText("een lange zin als wachtwoord")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: app.window.shell.currentIndex() == WELCOME)
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    problems += walk("welcome", window, _top(window)).problems
    problems += language_problems("welcome", window, language)
    unknown = _unknown(problems)
    assert not unknown, "\n".join(unknown)

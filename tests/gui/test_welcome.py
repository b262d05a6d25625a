"""First start: the welcome page, and the example profile in a folder of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from rijkapp.calc.career import aow_date
from rijkapp.rules import default_rulebook
from rijkapp.store.session import DB_NAME
from tests.helpers import PASSPHRASE
from tests.helpers.gui import StartApp, child, wait_idle
from tests.helpers.sessions import OpenData
from ui import formatting as fmt
from ui.main_window import WELCOME, WORKSPACE


def test_first_start_shows_the_welcome(start_app: StartApp, tmp_path: Path) -> None:
    app = start_app(tmp_path / "data")
    window = app.window
    assert window.shell.currentIndex() == WELCOME
    assert window.windowTitle() == "Rijkapp"
    new = child(window, QCommandLinkButton, "newProfileButton")
    example = child(window, QCommandLinkButton, "exampleProfileButton")
    assert new.isVisible() and example.isVisible()
    assert new.accessibleName() and example.accessibleName()
    assert not child(window, type(window.banner), "exampleBanner").isVisible()


def test_example_profile_shows_banner_and_aow_date(
    start_app: StartApp, qtbot: QtBot, tmp_path: Path, make_session: OpenData
) -> None:
    data_dir = tmp_path / "data"
    app = start_app(data_dir)
    window = app.window
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.shell.currentIndex() == WORKSPACE, timeout=10_000)
    wait_idle(qtbot, app)

    banner = child(window, type(window.banner), "exampleBanner")
    assert banner.isVisible()
    assert child(window, QLabel, "exampleBannerText").text()
    assert app.context.exploring_example
    assert window.current_page_key() == "overview"

    shown = window.overview.data
    assert shown is not None and shown.profile.birth_date is not None
    expected = aow_date(shown.profile.birth_date, default_rulebook())
    assert expected is not None
    value = child(window, QLabel, "careerTileValue")
    assert value.text() == fmt.day(expected.on)
    assert value.text() == "17 augustus 2051"  # born 17-05-1984: 67 years and 3 months
    assert "Sanne" in child(window, QLabel, "overviewPageIntro").text()

    # Every figure can explain itself: the tile shows its sources on request.
    details = child(window, QLabel, "careerTileDetails")
    assert not details.isVisible()
    qtbot.mouseClick(
        child(window, QPushButton, "careerTileDetailsButton"), Qt.MouseButton.LeftButton
    )
    assert details.isVisible()
    assert "CAO Rijk 12.1" in details.text()

    # The example lives in a folder of its own: the user's data holds no profile.
    example = app.context._example
    assert example is not None
    example_dir = example.data_dir
    assert example_dir != data_dir
    assert (example_dir / DB_NAME).exists()

    qtbot.mouseClick(window.leave_example_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.shell.currentIndex() == WELCOME, timeout=10_000)
    assert not banner.isVisible()
    assert not example_dir.exists()
    app.close()
    own = make_session(data_dir, passphrase=PASSPHRASE)
    assert not own.store.has_profile()


def test_new_profile_starts_the_steps_on_an_empty_name(
    start_app: StartApp, qtbot: QtBot, tmp_path: Path, make_session: OpenData
) -> None:
    data_dir = tmp_path / "data"
    app = start_app(data_dir)
    window = app.window
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.start_dialog is not None, timeout=10_000)
    dialog = window.start_dialog
    assert dialog is not None and dialog.isVisible()
    name = dialog.profile_step.name_edit
    assert name.text() == "" and name.hasFocus()
    assert not dialog.profile_step.errors.labels["name"].isVisible()  # not red from the start
    dialog.next_button.click()
    assert dialog.profile_step.errors.labels["name"].isVisible()
    assert dialog.current() == 0  # no further without a name
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.cancel_button.click()
    assert window.shell.currentIndex() == WELCOME
    app.close()
    assert not make_session(data_dir, passphrase=PASSPHRASE).store.has_profile()


def test_enter_on_the_example_card_opens_the_example(
    start_app: StartApp, qtbot: QtBot, tmp_path: Path
) -> None:
    app = start_app(tmp_path / "data")
    window = app.window
    qtbot.keyClick(window.welcome.example_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.shell.currentIndex() == WORKSPACE, timeout=10_000)
    assert app.context.exploring_example

"""Help > Regels en bronnen lists every rule with its source and marks the assumptions, written
for a reader in the window's language: names, not keys; values in words and figures."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QTableView
from pytestqt.qtbot import QtBot

from rijkapp.rules import default_rulebook
from tests.helpers.gui import child
from ui.dialogs.rules import RulesDialog
from ui.translators import Translators

RAW = re.compile(r"\b[a-z]+_[a-z_]+\b|\bTrue\b|\bFalse\b|https?://|^-?\d+\.\d+$")
ENGLISH_DECIMAL = re.compile(r"\d\.\d{2}\b")  # 440.00 in a Dutch screen


@pytest.fixture
def translators() -> Iterator[Translators]:
    translators = Translators()
    translators.apply("nl")
    yield translators
    translators.apply("nl")
    translators.remove_all()


def cells(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount(QModelIndex()))]
        for r in range(model.rowCount(QModelIndex()))
    ]


@pytest.mark.usefixtures("translators")
def test_every_rule_is_listed_and_assumptions_can_be_shown_alone(qtbot: QtBot) -> None:
    book = default_rulebook()
    dialog = RulesDialog(book, "nl")
    qtbot.addWidget(dialog)
    table = child(dialog, QTableView, "rulesTable")
    assert table.model().rowCount() == len(book.all_periods())
    only = child(dialog, QCheckBox, "rulesOnlyAssumptions")
    only.setChecked(True)
    unconfirmed = len(book.unconfirmed())
    assert 0 < unconfirmed == table.model().rowCount()
    certainty = {row[3] for row in cells(table)}
    assert certainty == {"aanname: niet bevestigd"}
    # every row names its source
    assert all(row[4] for row in cells(table))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_rules_show_names_and_formatted_values_never_keys_or_raw_data(
    qtbot: QtBot, translators: Translators, language: str
) -> None:
    translators.apply(language)
    book = default_rulebook()
    dialog = RulesDialog(book, language)
    qtbot.addWidget(dialog)
    table = child(dialog, QTableView, "rulesTable")
    shown = cells(table)
    for row in shown:
        for text in row:
            assert not RAW.search(text), text
            assert language == "en" or not ENGLISH_DECIMAL.search(text), text
    names = [row[0] for row in shown]
    values = [row[2] for row in shown]
    if language == "nl":
        assert "IKB-percentage" in names
        assert "€\N{NO-BREAK SPACE}440,00 per maand" in values
        assert {"16,50%", "ja", "nee"} <= set(values)
    else:
        assert "IKB percentage" in names
        assert "€440.00 a month" in values
        assert {"16.50%", "yes", "no"} <= set(values)


@pytest.mark.usefixtures("translators")
def test_the_chosen_rule_says_what_it_means_what_is_assumed_and_links_its_source(
    qtbot: QtBot,
) -> None:
    book = default_rulebook()
    dialog = RulesDialog(book, "nl")
    qtbot.addWidget(dialog)
    child(dialog, QCheckBox, "rulesOnlyAssumptions").setChecked(True)
    table = child(dialog, QTableView, "rulesTable")
    row = next(r for r, cells_ in enumerate(cells(table)) if cells_[0] == "IKB-percentage")
    table.selectRow(row)
    details = child(dialog, QLabel, "rulesDetails")
    text = details.text()
    assert "Elke maand bouw je dit deel van je salaris op als IKB-budget." in text
    assert "Dit is een aanname: Het IKB-percentage: er is nog geen nieuwe CAO Rijk." in text
    source = book.periods("ikb_percentage")[-1].source
    assert f'<a href="{source.url}">{source.title}</a>' in text
    assert details.openExternalLinks()


class _Browser(QObject):
    """Stands in for the web browser: Qt hands it every https address the app opens."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.mark.usefixtures("translators")
def test_the_source_link_opens_by_keyboard_alone(qtbot: QtBot) -> None:
    book = default_rulebook()
    dialog = RulesDialog(book, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = child(dialog, QTableView, "rulesTable")
    row = next(r for r, cells_ in enumerate(cells(table)) if cells_[0] == "IKB-percentage")
    table.selectRow(row)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    details = child(dialog, QLabel, "rulesDetails")
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # from the table to the text about the chosen rule
    qtbot.waitUntil(details.hasFocus)
    rule = dialog.selected_rule()
    assert rule is not None
    assert rule.source.url.startswith("https://")
    browser = _Browser()
    # PySide takes the slot's name as a str, whatever its stubs say.
    QDesktopServices.setUrlHandler("https", browser, "open")  # type: ignore[arg-type]
    try:
        qtbot.keyClick(details, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: browser.opened == [rule.source.url], timeout=2_000)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert dialog.isVisible(), "Enter on the link opens it; it does not close the dialog"
    close = child(dialog, QDialogButtonBox, "").button(QDialogButtonBox.StandardButton.Close)
    qtbot.keyClick(details, Qt.Key.Key_Tab)  # past the only link, on to the Close button
    qtbot.waitUntil(close.hasFocus)


@pytest.mark.usefixtures("translators")
def test_a_text_without_a_link_is_no_tab_stop(qtbot: QtBot) -> None:
    dialog = RulesDialog(default_rulebook(), "nl")
    qtbot.addWidget(dialog)
    details = child(dialog, QLabel, "rulesDetails")
    child(dialog, QTableView, "rulesTable").clearSelection()
    assert details.text() == ""
    assert details.focusPolicy() == Qt.FocusPolicy.NoFocus

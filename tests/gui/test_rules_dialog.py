"""Help > Regels en bronnen lists every rule with its source and marks the assumptions."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QTableView
from pytestqt.qtbot import QtBot

from rijkapp.rules import default_rulebook
from tests.helpers.gui import child
from ui.dialogs.rules import RulesDialog


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
    certainty = {table.model().index(r, 3).data() for r in range(table.model().rowCount())}
    assert len(certainty) == 1
    # every row names its source
    assert all(table.model().index(r, 4).data() for r in range(table.model().rowCount()))

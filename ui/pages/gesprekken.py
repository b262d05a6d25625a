"""Gesprekken: the talks of the gesprekscyclus Rijk per year, what needs doing before the next
one, and the editor to prepare each talk from your own records.

The page is read on the data thread (:func:`rijkapp.views.gesprekken.load_gesprekken`) and shows
what the read model says: the warnings first (``ui.widgets.talk_warnings``), then the talks in
one table (``ui.models.talks.TalkListModel``). Adding, changing and deleting a talk are undoable
steps (``ui.undo.EditCommand``) through :mod:`rijkapp.services.talks`; the editor
(``ui.dialogs.talk_editor``) asks for its preparation
(:func:`rijkapp.views.gesprekken.load_preparation`) through the page.

More buttons on the selected talk go in a second row under the toolbar: ``add_tools``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import pairwise

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rijkapp.domain.records import Talk
from rijkapp.services.changes import Area, Changes
from rijkapp.services.edits import Edit
from rijkapp.views.gesprekken import GesprekkenView, Preparation, load_gesprekken, load_preparation
from ui import formatting as fmt
from ui.context import AppContext
from ui.dialogs.talk_editor import TalkEditor, changed_talk
from ui.models.talks import TALK_COLUMNS, TalkListModel
from ui.pages.base import MAX_TEXT_WIDTH, PageFrame, add_capped
from ui.text import Retranslatable, arg
from ui.undo import EditCommand
from ui.widgets.buttons import make_primary
from ui.widgets.labels import plain_text, section_title
from ui.widgets.layout_pass import one_layout_pass
from ui.widgets.record_table import record_table
from ui.widgets.talk_warnings import TalkWarnings

# The talks and their agreements; the learning and budgets of a talk's preparation; the profile
# (the years in the function behind the five-year prompt).
READS = frozenset({Area.TALKS, Area.LEARNING, Area.PROFILE})


class GesprekkenPage(Retranslatable, QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.frame = PageFrame(self, "gesprekkenPage")
        self.data: GesprekkenView | None = None
        self.editor: TalkEditor | None = None
        self._select_after: str | None = None
        self._stale = True
        content = self.content = QWidget(self)
        content.setObjectName("gesprekkenContent")
        content.setMaximumWidth(MAX_TEXT_WIDTH)
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(12)
        add_capped(self.frame.body, content)
        self.frame.body.addStretch(1)
        self.warnings = TalkWarnings(content)
        self.warnings.prepare.connect(self.open_talk)
        self.column.addWidget(self.warnings)
        self.list_title = section_title("talksTitle", content)
        self.column.addSpacing(6)
        self.column.addWidget(self.list_title)
        self._build_toolbar(content)
        self.model = TalkListModel(self)
        self.table = record_table("talkTable", self.model, content)
        self.table.setWordWrap(True)  # on a narrow window a period takes two lines, not "…"
        self.column.addWidget(self.table)
        self._build_empty(content)
        self.keys_hint = plain_text("talksKeysHint", "hint", content)
        self.column.addWidget(self.keys_hint)
        self._build_keys()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._past_years)
        self.model.modelReset.connect(self._update_buttons)
        context.changed.connect(self._changed)
        context.languageChanged.connect(self._language_changed)
        self._update_buttons()
        self.retranslate()

    # ---------------------------------------------------------------- building
    def _build_toolbar(self, content: QWidget) -> None:
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(10)
        self.new_button = self._button(content, "newTalkButton", self.new_talk)
        make_primary(self.new_button)
        self.edit_button = self._button(content, "editTalkButton", self.edit_selected)
        self.delete_button = self._button(content, "deleteTalkButton", self.delete_selected)
        self.tools: list[QPushButton] = [self.new_button, self.edit_button, self.delete_button]
        self.more_tools: QHBoxLayout | None = None
        for button in self.tools:
            self.toolbar.addWidget(button)
        self.toolbar.addStretch(1)
        self.column.addLayout(self.toolbar)

    def add_tools(self, *buttons: QPushButton) -> None:
        """Put more buttons on the selected talk in a row under the toolbar (one row would not
        fit a 1024 pixel wide window), after Verwijderen in Tab order."""
        if self.more_tools is None:
            self.more_tools = QHBoxLayout()
            self.more_tools.setSpacing(10)
            self.more_tools.addStretch(1)
            self.column.insertLayout(self.column.indexOf(self.toolbar) + 1, self.more_tools)
        for button in buttons:
            self.more_tools.insertWidget(self.more_tools.count() - 1, button)
            self.tools.append(button)
        self._set_tab_order()

    def _button(self, parent: QWidget, name: str, action: Callable[..., object]) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    def _build_empty(self, content: QWidget) -> None:
        self.empty = QFrame(content)
        self.empty.setObjectName("talksEmpty")
        self.empty.setProperty("role", "emptyState")
        box = QVBoxLayout(self.empty)
        box.setContentsMargins(24, 20, 24, 22)
        box.setSpacing(8)
        self.empty_heading = section_title("talksEmptyHeading", self.empty)
        self.empty_heading.setWordWrap(True)
        self.empty_text = plain_text("talksEmptyText", "", self.empty)
        self.empty_start = plain_text("talksEmptyStart", "", self.empty)
        for label in (self.empty_heading, self.empty_text, self.empty_start):
            box.addWidget(label)
        self.empty.hide()
        self.column.addWidget(self.empty)

    def _build_keys(self) -> None:
        self.table.activated.connect(self.edit_selected)  # Enter and a double click
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        for sequence in (QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+N")):
            QShortcut(
                sequence,
                self,
                self.new_talk,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        for first, second in pairwise([*self.tools, self.table]):
            self.setTabOrder(first, second)

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.frame.title.setText(self.tr("Conversations"))
        self.frame.intro.setText(
            self.tr(
                "The conversations of the gesprekscyclus Rijk with your manager: planning, "
                "reflecting on your functioning and the evaluation with a conclusion. Prepare "
                "each one from your own records and choose what goes in the PDF."
            )
        )
        self.list_title.setText(self.tr("Your conversations per year"))
        self.new_button.setText(self.tr("&New conversation…"))
        self.new_button.setAccessibleName(self.tr("Add a new conversation"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected conversation"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected conversation"))
        self.table.setAccessibleName(self.tr("Your conversations"))
        self.keys_hint.setText(self.tr("Enter opens · Delete deletes · Insert adds"))
        self.empty_heading.setText(self.tr("No conversations yet"))
        self.empty_text.setText(
            self.tr(
                "Every year you have at least one registered conversation with your manager. "
                "In the planning conversation you agree on results and your development; later "
                "you reflect on how it goes, and the evaluation ends with your manager's "
                "conclusion."
            )
        )
        self.empty_start.setText(
            self.tr(
                "Choose New conversation… (or press Insert) to prepare your first one. Rijkapp "
                "fills in what it knows: your agreements, your learning and your budgets."
            )
        )
        self.model.retranslate()
        self.warnings.retranslate()

    # ---------------------------------------------------------------- loading
    def _changed(self, changes: Changes) -> None:
        if changes.touches(READS):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def _language_changed(self, _language: str) -> None:
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.warnings.apply_style()  # the theme may have changed while the page was hidden
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.context.is_open:
            return
        self._stale = False
        today = self.context.today()
        self.context.query(lambda store: load_gesprekken(store, today), self._show)

    def _show(self, data: GesprekkenView) -> None:
        with one_layout_pass(self.content):  # the parts shown, laid out once
            selected = self._select_after or self._selected_id()
            self._select_after = None
            self.data = data
            self.warnings.show_warnings(data.warnings, data.talks)
            self.model.set_years(data.years)
            self.table.clearSpans()
            for year_row in self.model.year_rows():
                self.table.setSpan(year_row, 0, 1, TALK_COLUMNS)
            has = self.model.talk_count() > 0
            self.table.setVisible(has)
            self.keys_hint.setVisible(has)
            self.empty.setVisible(not has)
            row = self.model.row_of(selected) if selected else None
            if row is None and has:
                row = 1  # the newest year's first talk, under its year
            if row is not None:
                self.table.selectRow(row)
            self._set_tab_order()
            self._update_buttons()
        self.loaded.emit()

    # ---------------------------------------------------------------- selection
    def _past_years(self, current: QModelIndex, previous: QModelIndex) -> None:
        """The arrow keys step over a year's row to the next talk, up or down."""
        row = current.row()
        if not current.isValid() or self.model.talk_row(row) is not None:
            return
        step = -1 if previous.isValid() and previous.row() > row else 1
        target = row + step
        if self.model.talk_row(target) is None:
            target = previous.row() if previous.isValid() else row + 1
        if self.model.talk_row(target) is not None:  # once the view is done with the key
            QTimer.singleShot(0, lambda: self.table.selectRow(target))

    def selected_talk(self) -> Talk | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.talk_row(rows[0].row()) if rows else None
        if row is None or self.data is None:
            return None
        return self.data.talks.get(row.talk_id)

    def _selected_id(self) -> str | None:
        talk = self.selected_talk()
        return talk.id if talk is not None else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_talk() is not None
        self.new_button.setEnabled(self.data is not None)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # ---------------------------------------------------------------- the editor
    def new_talk(self, *_args: object) -> TalkEditor | None:
        return self._open(None)

    def edit_selected(self, *_args: object) -> TalkEditor | None:
        talk = self.selected_talk()
        return self._open(talk) if talk is not None else None

    def open_talk(self, talk_id: str | None, agreements: bool = False) -> TalkEditor | None:
        """The editor on the talk ``talk_id`` (None: a new talk), at its agreements if asked."""
        talk = self.data.talks.get(talk_id) if self.data is not None and talk_id else None
        editor = self._open(talk)
        if editor is not None and agreements:
            editor.show_agreements()
        return editor

    def _open(self, talk: Talk | None) -> TalkEditor | None:
        if self.data is None:
            return None
        if self.editor is not None and self.editor.isVisible():
            return self.editor
        editor = TalkEditor(talk, self.data, self.context.today(), self._prepare, self)
        editor.accepted.connect(partial(self._accepted, editor))
        editor.finished.connect(partial(self._closed, editor))
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()
        return editor

    def _prepare(self, talk: Talk, done: Callable[[Preparation], None]) -> None:
        """The preparation of ``talk`` as the editor has it now, read on the data thread."""
        today = self.context.today()
        self.context.query(lambda store: load_preparation(store, talk, today), done)

    def _closed(self, editor: TalkEditor, _result: int) -> None:
        if self.editor is editor:
            self.editor = None

    def _accepted(self, editor: TalkEditor) -> None:
        after = changed_talk(editor)
        if after is None:
            return
        day = fmt.day(after.on)
        if editor.original is None:
            text = self.tr("Add conversation")
            message = arg(self.tr("Conversation of %1 added."), day)
        else:
            text = self.tr("Change conversation")
            message = arg(self.tr("Conversation of %1 changed."), day)
        self._select_after = after.id
        self.context.undo_stack.push(
            EditCommand(self.context, Edit(editor.original, after), text, message)
        )

    # ---------------------------------------------------------------- deleting
    def delete_selected(self, *_args: object) -> None:
        """Delete at once: undo brings it back, and the message under the header says so."""
        talk = self.selected_talk()
        if talk is None:
            return
        self.context.undo_stack.push(
            EditCommand(
                self.context,
                Edit(talk, None),
                self.tr("Delete conversation"),
                arg(
                    self.tr("Conversation of %1 deleted. Undo with Ctrl+Z."),
                    fmt.day(talk.on),
                ),
            )
        )

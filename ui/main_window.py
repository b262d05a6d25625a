"""The main window: a blue header, the navigation on the left, one page per area on the right.

Before the data is open it shows a quiet "opening" page; on a first start the welcome page.
The File menu's work on the data (export, import, backups) is in ``ui/data_actions.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rijkapp.services.changes import Area, Changes
from ui import formatting as fmt
from ui.context import AppContext
from ui.data_actions import DataActions
from ui.icons import app_icon, icon
from ui.pages.registry import MakePage, PageClass, Pages
from ui.pages.welcome import WelcomePage
from ui.talk_actions import TalkActions
from ui.text import Retranslatable, arg
from ui.widgets.navigation import Navigation
from ui.widgets.notice import NoticeBar

if TYPE_CHECKING:
    from rijkapp.domain.records import Profile
    from rijkapp.rules.book import RuleBook
    from ui.dialogs.first_run import FirstRunDialog
    from ui.dialogs.restore import RestoreDialog
    from ui.pages.gesprekken import GesprekkenPage
    from ui.pages.overview import OverviewPage
    from ui.pages.profiel import ProfielPage

# (key, icon, page class) in the order of the navigation. Each page is made, and its module
# imported, when it is first shown (ui/pages/registry.py); one made while data is open gets its
# refresh() at once, later ones come with the window's changed(EVERYTHING).
PAGES: tuple[tuple[str, str, PageClass], ...] = (
    ("overview", "overzicht", "ui.pages.overview:OverviewPage"),
    ("verlof", "verlof", "ui.pages.verlof:VerlofPage"),
    ("ikb", "ikb", "ui.pages.ikb:IkbPage"),
    ("ontwikkeling", "ontwikkeling", "ui.pages.ontwikkeling:OntwikkelingPage"),
    ("leren", "leren", "ui.pages.leren:LerenPage"),
    ("gesprekken", "gesprekken", "ui.pages.gesprekken:GesprekkenPage"),
    ("profiel", "profiel", "ui.pages.profiel:ProfielPage"),
)

LOADING, WELCOME, WORKSPACE = range(3)
WINDOW_FRAME = QSize(16, 48)  # about what a window manager adds: borders and a title bar


class MainWindow(Retranslatable, QMainWindow):
    languageRequested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context = context
        self.ask_before_closing = True  # about unsaved profile changes; off once data is closed
        self.start_dialog: FirstRunDialog | None = None  # the start last opened, for the tests
        self.setWindowIcon(app_icon())
        self.setMinimumSize(800, 560)
        self.resize(self.opening_size())

        central = QWidget(self)
        central.setObjectName("central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.setCentralWidget(central)
        outer.addWidget(self._build_header(central))
        outer.addWidget(self._build_banner(central))
        self.notice = NoticeBar(central)
        outer.addWidget(self.notice)
        self.shell = QStackedWidget(central)
        self.shell.setObjectName("shellStack")
        outer.addWidget(self.shell, 1)

        self.loading = QLabel(self.shell)
        self.loading.setObjectName("loadingPage")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setProperty("role", "muted")
        self.welcome = WelcomePage(self.shell)
        self.workspace = QWidget(self.shell)
        self.workspace.setObjectName("workspace")
        self.shell.addWidget(self.loading)
        self.shell.addWidget(self.welcome)
        self.shell.addWidget(self.workspace)
        self._build_workspace()
        self.welcome.newProfileRequested.connect(self.start_new_profile)
        self.welcome.exampleRequested.connect(self.explore_example)

        self.data_actions = DataActions(self)
        self.talk_actions = TalkActions(self)
        self._build_menus()
        self._build_status_bar()
        context.status.connect(self.show_status)
        context.sessionChanged.connect(self._session_changed)
        context.changed.connect(self._data_changed)
        context.operations.busyChanged.connect(self._busy_changed)
        self.retranslate()
        self._update_actions()

    def opening_size(self) -> QSize:
        """1240 by 780, or less where the screen has less room (a 1366 by 768 laptop)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        wanted = QSize(1240, 780)
        if screen is None:
            return wanted
        room = screen.availableGeometry().size() - WINDOW_FRAME
        return wanted.boundedTo(room).expandedTo(self.minimumSize())

    # ---------------------------------------------------------------- building
    def _build_header(self, parent: QWidget) -> QFrame:
        header = QFrame(parent)
        header.setObjectName("appHeader")
        header.setFixedHeight(64)
        row = QHBoxLayout(header)
        row.setContentsMargins(24, 8, 24, 8)
        row.setSpacing(16)
        band = QFrame(header)  # a quiet white band, as the Rijkshuisstijl has its ribbon
        band.setFixedSize(5, 40)
        band.setStyleSheet("background: #ffffff; border-radius: 1px;")
        row.addWidget(band)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.app_title = QLabel(header)
        self.app_title.setObjectName("appTitle")
        self.app_subtitle = QLabel(header)
        self.app_subtitle.setObjectName("appSubtitle")
        titles.addWidget(self.app_title)
        titles.addWidget(self.app_subtitle)
        row.addLayout(titles)
        row.addStretch(1)
        self.person = QLabel(header)
        self.person.setObjectName("headerPerson")
        self.person.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.person)
        return header

    def _build_banner(self, parent: QWidget) -> QFrame:
        self.banner = QFrame(parent)
        self.banner.setObjectName("exampleBanner")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(24, 8, 24, 8)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("exampleBannerText")
        self.banner_detail = QLabel(self.banner)
        self.banner_detail.setObjectName("exampleBannerDetail")
        self.banner_detail.setWordWrap(True)
        self.leave_example_button = QPushButton(self.banner)
        self.leave_example_button.setObjectName("leaveExampleButton")
        self.leave_example_button.clicked.connect(self.leave_example)
        row.addWidget(self.banner_text)
        row.addWidget(self.banner_detail, 1)
        row.addWidget(self.leave_example_button)
        self.banner.hide()
        return self.banner

    def _build_workspace(self) -> None:
        row = QHBoxLayout(self.workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.navigation = Navigation(self.workspace)
        self.navigation.pageKeyPressed.connect(self._scroll_page)
        self.pages_stack = QStackedWidget(self.workspace)
        self.pages_stack.setObjectName("pageStack")
        self.pages = Pages([(key, page) for key, _icon, page in PAGES], self._make_page)
        for key, icon_name, _page in PAGES:
            item = QListWidgetItem(icon(icon_name), "", self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setCurrentRow(0)
        row.addWidget(self.navigation)
        row.addWidget(self.pages_stack, 1)

    def _make_page(self, key: str, page_class: MakePage) -> QWidget:
        page = page_class(self.context, self.pages_stack)
        self.pages_stack.addWidget(page)
        if key == "overview":
            overview = cast("OverviewPage", page)
            overview.profileRequested.connect(partial(self.show_page, "profiel"))
            overview.fixRequested.connect(self.fix_missing)
        elif key == "gesprekken":
            self.talk_actions.add_to_page(cast("GesprekkenPage", page))
        refresh = getattr(page, "refresh", None)
        if self.context.is_open and self.shell.currentIndex() != LOADING and callable(refresh):
            # The data is on show already; while loading, the changed(EVERYTHING) that ends
            # it is still to come.
            refresh()
        return page

    def _show_row(self, row: int) -> None:
        """Row ``row`` of the navigation on show; its page is made now if it is new."""
        if self.in_workspace() and 0 <= row < len(PAGES):
            self.pages_stack.setCurrentWidget(self.pages[PAGES[row][0]])
        self._page_shown(row)

    def _scroll_page(self, down: bool) -> None:
        """Page Up and Page Down in the navigation scroll the page on show."""
        page = self.pages_stack.currentWidget()
        scroll = page.findChild(QScrollArea, "pageScroll") if page is not None else None
        if scroll is not None:
            step = QAbstractSlider.SliderAction
            action = step.SliderPageStepAdd if down else step.SliderPageStepSub
            scroll.verticalScrollBar().triggerAction(action)

    @property
    def overview(self) -> OverviewPage:
        return cast("OverviewPage", self.pages["overview"])

    @property
    def profiel(self) -> ProfielPage:
        return cast("ProfielPage", self.pages["profiel"])

    def _action(
        self,
        name: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.export_action = self._action("exportAction", self.data_actions.export_json)
        self.export_ics_action = self._action("exportIcsAction", self.data_actions.export_calendar)
        self.import_action = self._action("importAction", self.data_actions.import_json)
        self.talk_reply_action = self._action("talkReplyAction", self.talk_actions.import_reply)
        self.backup_action = self._action("backupAction", self.data_actions.make_backup)
        self.restore_action = self._action("restoreAction", self.data_actions.restore_backup)
        self.quit_action = self._action("quitAction", self.close, QKeySequence.StandardKey.Quit)
        for action in (self.export_action, self.export_ics_action, self.import_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.backup_action, self.restore_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.talk_reply_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("editMenu")
        # Qt words these itself ("Ongedaan maken: Profiel opslaan") through its own catalogue.
        self.undo_action = self.context.undo_stack.createUndoAction(self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.context.undo_stack.createRedoAction(self)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(name, self)  # each language in its own words, never translated
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.triggered.connect(partial(self.languageRequested.emit, code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.view_menu.addSeparator()
        self.page_actions: list[QAction] = []
        for index, (key, _icon, _page) in enumerate(PAGES):
            action = self._action(f"goTo_{key}", partial(self.show_page, key), f"Ctrl+{index + 1}")
            self.view_menu.addAction(action)
            self.page_actions.append(action)

        self._build_help_menu()

    def _build_help_menu(self) -> None:
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.audit_action = self._action("auditAction", self.show_audit)
        self.about_action = self._action("aboutAction", self.show_about)
        self.rules_action = self._action("rulesAction", self.show_rules)
        self.help_menu.addAction(self.rules_action)
        self.help_menu.addAction(self.audit_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.busy = QProgressBar(status)
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        status.addPermanentWidget(self.busy)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(400)  # quick work shows no flicker
        self._busy_timer.timeout.connect(self.busy.show)

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.setWindowTitle("Rijkapp")
        self.app_title.setText("Rijkapp")
        self.app_subtitle.setText(self.tr("Leave, IKB, development and conversations – CAO Rijk"))
        self.loading.setText(self.tr("Opening your data…"))
        self.banner_text.setText(self.tr("You are looking at an example profile."))
        self.banner_detail.setText(
            self.tr("The person and the data are made up. What you change here is not kept.")
        )
        self.leave_example_button.setText(self.tr("Stop exploring"))
        self.leave_example_button.setAccessibleName(self.tr("Stop exploring the example profile"))
        titles = self.page_titles()
        self.navigation.setAccessibleName(self.tr("Navigation"))
        for row, (key, _icon, _page) in enumerate(PAGES):
            item = self.navigation.item(row)
            item.setText(titles[key])
            item.setData(Qt.ItemDataRole.AccessibleTextRole, titles[key])
            item.setToolTip(arg(self.tr("%1 (Ctrl+%2)"), titles[key], row + 1))
            self.page_actions[row].setText(arg(self.tr("Go to %1"), titles[key]))
        self._page_shown(self.navigation.currentRow())

        self.file_menu.setTitle(self.tr("&File"))
        self.export_action.setText(self.tr("&Export to JSON…"))
        self.export_ics_action.setText(self.tr("Export leave to &calendar (.ics)…"))
        self.import_action.setText(self.tr("&Import from JSON…"))
        self.backup_action.setText(self.tr("Make a &backup"))
        self.restore_action.setText(self.tr("&Restore a backup…"))
        self.talk_reply_action.setText(self.tr("Read the reply of your &manager…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.rules_action.setText(self.tr("&Rules and sources"))
        self.audit_action.setText(self.tr("&Change log"))
        self.about_action.setText(self.tr("&About Rijkapp"))
        self._update_actions()

    def page_titles(self) -> dict[str, str]:
        return {
            "overview": self.tr("Overview"),
            "verlof": self.tr("Leave"),
            "ikb": self.tr("IKB"),
            "ontwikkeling": self.tr("Development"),
            "leren": self.tr("Learning"),
            "gesprekken": self.tr("Conversations"),
            "profiel": self.tr("Profile"),
        }

    def set_language_checked(self, language: str) -> None:
        action = self.language_actions.get(language)
        if action is not None:
            action.setChecked(True)

    # ---------------------------------------------------------------- states
    def show_loading(self) -> None:
        self.shell.setCurrentIndex(LOADING)
        self._update_actions()

    def show_welcome(self) -> None:
        self.shell.setCurrentIndex(WELCOME)
        self.welcome.new_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()

    def show_workspace(self, page: str = "overview") -> None:
        self.shell.setCurrentIndex(WORKSPACE)
        self.show_page(page)
        self.navigation.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()

    def show_page(self, key: str) -> None:
        keys = [k for k, _i, _p in PAGES]
        if self.in_workspace() and key in keys:
            row = keys.index(key)
            if self.navigation.currentRow() == row:
                self._show_row(row)  # the row did not change, its page may still be unmade
            else:
                self.navigation.setCurrentRow(row)

    def in_workspace(self) -> bool:
        return self.shell.currentIndex() == WORKSPACE

    def current_page_key(self) -> str:
        return PAGES[self.navigation.currentRow()][0]

    def _page_shown(self, row: int) -> None:
        page = self.pages_stack.currentWidget()
        if 0 <= row < len(PAGES) and page is not None and self.in_workspace():
            title = self.page_titles()[PAGES[row][0]]
            page.setAccessibleName(title)
            scroll = page.findChild(QScrollArea, "pageScroll")
            if scroll is not None:  # a Tab stop of its own, so the keyboard can scroll the page
                scroll.setAccessibleName(title)

    def _update_actions(self) -> None:
        open_ = self.context.is_open and self.shell.currentIndex() != LOADING
        own = open_ and not self.context.exploring_example
        self.export_action.setEnabled(open_)
        self.export_ics_action.setEnabled(open_)
        self.talk_reply_action.setEnabled(open_)
        for action in (self.import_action, self.backup_action, self.restore_action):
            action.setEnabled(own)
            action.setToolTip(
                "" if own or not open_ else self.tr("Not while you explore the example profile.")
            )
        self.audit_action.setEnabled(open_)
        for action in self.page_actions:
            action.setEnabled(self.in_workspace())
        self.banner.setVisible(self.context.exploring_example)

    def _session_changed(self) -> None:
        # The person is read again with the changed(EVERYTHING) that follows every switch.
        self._update_actions()
        # Other data, other pages: none keeps the scroll position of the example's.
        for page in self.pages.made().values():
            for area in page.findChildren(QScrollArea, "pageScroll"):
                area.verticalScrollBar().setValue(0)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches({Area.PROFILE}):
            self._refresh_person()

    def _refresh_person(self) -> None:
        if not self.context.is_open:
            self.person.setText("")
            return
        from rijkapp.views.profile import load_person

        self.context.query(load_person, self._show_person)

    def _show_person(self, profile: Profile | None) -> None:
        if profile is None or not profile.name:
            self.person.setText("")
            return
        parts = [profile.name] + ([profile.organisation] if profile.organisation else [])
        self.person.setText("\n".join(parts))
        self.person.setAccessibleName(", ".join(parts))

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.hide()

    def show_status(self, message: str) -> None:
        """What was just done, under the header until it is closed or the next one comes."""
        self.notice.show_message(message)

    # ---------------------------------------------------------------- welcome
    def start_new_profile(self) -> None:
        """The start, step by step; once it is saved the Overzicht shows the figures."""
        self.open_start()

    def open_start(self, *, only_balance: bool = False) -> None:
        from ui.dialogs.first_run import open_start

        open_start(self.context, self, only_balance=only_balance, opened=self._start_opened)

    def _start_opened(self, dialog: FirstRunDialog) -> None:
        self.start_dialog = dialog
        dialog.accepted.connect(self._start_saved)

    def _start_saved(self) -> None:
        if not self.in_workspace():
            self.show_workspace("overview")

    def fix_missing(self, what: str) -> None:
        """A button of the Overzicht's "Still to do": the page or dialog that fills it in."""
        from rijkapp.views.overview import Missing

        match Missing(what):
            case Missing.EMPLOYMENT:
                self.show_page("profiel")
                self.profiel.add_employment.click()
            case Missing.SCHEDULE:
                self.show_page("profiel")
                self.profiel.add_schedule.click()
            case Missing.PDIREKT:
                self.open_start(only_balance=True)
            case Missing.IKB_CHOICES:
                self.show_page("ikb")

    def explore_example(self) -> None:
        self.show_loading()
        self.context.start_example(self._example_ready, self._example_failed)

    def _example_ready(self, _result: object) -> None:
        self.show_workspace("overview")
        self.show_status(self.tr("You are exploring the example profile."))

    def _example_failed(self, error: BaseException) -> None:
        self.show_welcome()
        self.context.operations.unhandled.emit(error)

    def leave_example(self) -> None:
        self.show_loading()
        self.context.stop_example(self._example_left)

    def _example_left(self, _result: object) -> None:
        if self.context.own_has_profile:
            self.show_workspace("overview")
        else:
            self.show_welcome()
        self.show_status(self.tr("The example profile is closed. Nothing of it was kept."))

    # ---------------------------------------------------------------- file menu
    # The work itself is in ui/data_actions.py; these names are kept for callers of the window.
    def export_to(self, path: Path) -> None:
        self.data_actions.export_to(path)

    def import_from(self, path: Path) -> None:
        self.data_actions.import_from(path)

    def make_backup(self) -> None:
        self.data_actions.make_backup()

    def restore_backup(self) -> None:
        self.data_actions.restore_backup()

    @property
    def restore_dialog(self) -> RestoreDialog | None:
        """The restore dialog last shown from the File menu."""
        return self.data_actions.restore_dialog

    # ---------------------------------------------------------------- help menu
    def show_audit(self) -> None:
        from ui.dialogs.audit import AuditDialog

        dialog = AuditDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        self.audit_dialog = dialog
        from rijkapp.views.changelog import load_change_log

        self.context.query(load_change_log, dialog.set_entries)
        dialog.open()

    def show_rules(self) -> None:
        from rijkapp.rules import default_rulebook

        self.context.operations.run(default_rulebook, self._rules)

    def _rules(self, book: RuleBook) -> None:
        from ui.dialogs.rules import RulesDialog

        dialog = RulesDialog(book, self.context.language, self)
        dialog.finished.connect(dialog.deleteLater)
        self.rules_dialog = dialog
        dialog.open()

    def show_about(self) -> None:
        def versions() -> list[tuple[str, str]]:
            from PySide6.QtCore import qVersion

            from rijkapp.versions import versions as core_versions

            found = core_versions()
            return [(name, qVersion() if name == "Qt" else version) for name, version in found]

        self.context.operations.run(versions, self._about)

    def _about(self, versions: list[tuple[str, str]]) -> None:
        from ui.dialogs.about import AboutDialog

        dialog = AboutDialog(versions, self)
        dialog.finished.connect(dialog.deleteLater)
        self.about_dialog = dialog
        dialog.open()

    # ---------------------------------------------------------------- problems
    def show_error(self, error: BaseException) -> None:
        """A problem the user can act on; anything else goes to the crash handler."""
        from rijkapp.domain.errors import RijkappError

        if not isinstance(error, RijkappError):
            self.context.operations.unhandled.emit(error)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Rijkapp"),
            fmt.text(error),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("problemMessage")
        box.finished.connect(box.deleteLater)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if (
            self.ask_before_closing
            and self.in_workspace()
            and "profiel" in self.pages.made()
            and self.profiel.is_dirty()
            and self.profiel.saved is not None
            and self.context.operations.running
        ):
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr(
                    "Your profile has changes that are not saved yet. Save them before you quit?"
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and self.profiel.validate():
                self.profiel.save()
        super().closeEvent(event)

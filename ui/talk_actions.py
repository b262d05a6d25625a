"""The talk PDF for the window: preview and save it, read the manager's reply, write a reaction.

The main window owns one ``TalkActions``; the File menu and the Gesprekken page call it (its
buttons on the selected talk are made here: :meth:`TalkActions.add_to_page`). Every
file and data job runs on the data thread; nothing is stored without the user's say: the reply
is shown first and stored on Opslaan, the status "gedeeld" is offered after saving, never set
silently. What is stored goes through ``EditCommand``, so Ctrl+Z takes it back.

The window makes its ``TalkActions`` before its first paint, so the core's talk services (and
what they import) are loaded only once a talk is worked on.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from ui.text import arg

if TYPE_CHECKING:
    from rijkapp.domain.records import Talk
    from rijkapp.rules.book import Source
    from rijkapp.services.changes import Store
    from rijkapp.services.data import Session
    from rijkapp.services.talks import TalkPdf, TalkReply
    from ui.dialogs.talk_preview import TalkPreviewDialog
    from ui.dialogs.talk_reply import TalkReactionDialog, TalkReplyDialog
    from ui.main_window import MainWindow
    from ui.pages.gesprekken import GesprekkenPage

# Where the CAO says that the conclusion is the manager's opinion.
CONCLUSION_SOURCE = "caorijk_bijlage12"


def conclusion_source() -> Source:
    """The source of the CAO's words on the conclusion, from the rule book (data thread)."""
    from rijkapp.rules import default_rulebook

    return default_rulebook().sources[CONCLUSION_SOURCE]


class TalkActions(QObject):
    """Preview and save a talk's PDF, read the manager's reply, write the reaction."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        # The dialogs last shown, for the tests and the accessibility walk.
        self.preview_dialog: TalkPreviewDialog | None = None
        self.reply_dialog: TalkReplyDialog | None = None
        self.reaction_dialog: TalkReactionDialog | None = None
        self.share_question: QMessageBox | None = None
        self.page: GesprekkenPage | None = None

    # ---------------------------------------------------------------- on the Gesprekken page
    def add_to_page(self, page: GesprekkenPage) -> None:
        """Voorbeeld en pdf, Reactie van leidinggevende inlezen and Mijn reactie on the page."""
        self.page = page
        self.preview_button = QPushButton(page)
        self.preview_button.setObjectName("talkPdfButton")
        self.preview_button.clicked.connect(self._preview_selected)
        self.reply_button = QPushButton(page)
        self.reply_button.setObjectName("talkReplyButton")
        self.reply_button.clicked.connect(self.import_reply)
        self.reaction_button = QPushButton(page)
        self.reaction_button.setObjectName("talkReactionButton")
        self.reaction_button.clicked.connect(self._reaction_selected)
        page.add_tools(self.preview_button, self.reply_button, self.reaction_button)
        page.table.selectionModel().selectionChanged.connect(self._update_page_buttons)
        page.loaded.connect(self._update_page_buttons)
        self.context.languageChanged.connect(self._retranslate_page)
        self._retranslate_page()
        self._update_page_buttons()

    def _retranslate_page(self, *_language: str) -> None:
        self.preview_button.setText(self.tr("&Preview and PDF…"))
        self.preview_button.setAccessibleName(
            self.tr("Preview and PDF of the selected conversation")
        )
        self.reply_button.setText(self.tr("Read the reply…"))
        self.reply_button.setAccessibleName(self.tr("Read the reply of your manager from a PDF"))
        self.reply_button.setToolTip(self.tr("Read the reply of your manager from a PDF"))
        self.reaction_button.setText(self.tr("My reaction…"))
        self.reaction_button.setAccessibleName(
            self.tr("My reaction to the conclusion of the selected conversation")
        )

    def _update_page_buttons(self, *_args: object) -> None:
        talk = self.page.selected_talk() if self.page is not None else None
        self.preview_button.setEnabled(talk is not None)
        self.reply_button.setEnabled(self.context.is_open)
        answered = talk is not None and bool(talk.manager_conclusion or talk.manager_score)
        self.reaction_button.setEnabled(answered)

    def _preview_selected(self) -> None:
        talk = self.page.selected_talk() if self.page is not None else None
        if talk is not None:
            self.preview(talk.id)

    def _reaction_selected(self) -> None:
        talk = self.page.selected_talk() if self.page is not None else None
        if talk is not None:
            self.write_reaction(talk.id)

    # ---------------------------------------------------------------- preview and save
    def preview(self, talk_id: str) -> TalkPreviewDialog:
        """Voorbeeld en PDF: the talk's PDF made on the data thread and shown in a dialog."""
        from ui.dialogs.talk_preview import TalkPreviewDialog  # loads QtPdf: only now

        dialog = TalkPreviewDialog(self.context, talk_id, self.window)
        dialog.saveRequested.connect(partial(self.save_as, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def save_as(self, dialog: TalkPreviewDialog, pdf: TalkPdf) -> None:
        """Opslaan als…: a file name, then the PDF on show written there."""
        name = arg(self.tr("talk-%1-%2.pdf"), pdf.talk.purpose.value, pdf.talk.on.isoformat())
        path, _filter = QFileDialog.getSaveFileName(
            dialog, self.tr("Save the PDF"), str(Path.home() / name), self.tr("PDF file (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save(pdf, Path(path))

    def save(self, pdf: TalkPdf, path: Path) -> None:
        """Write the PDF on the data thread (a write: it runs even when the app closes first);
        then say where, and offer "gedeeld"."""
        talk_id, data = pdf.talk.id, pdf.data

        def work(session: Session) -> tuple[Path, Talk]:
            from rijkapp.services.talks import load_talk, write_talk_pdf

            return write_talk_pdf(path, data), load_talk(session.store, talk_id)

        self.context.with_session(work, self._saved, self.window.show_error)

    def _saved(self, result: tuple[Path, Talk]) -> None:
        from rijkapp.domain.records import TalkStatus

        path, talk = result
        self.window.show_status(arg(self.tr("The PDF of your talk is saved in %1."), str(path)))
        if talk.status == TalkStatus.CONCEPT:
            self._offer_shared(talk)

    def _offer_shared(self, talk: Talk) -> None:
        """Ask whether the PDF goes to the manager now; only a yes sets the status."""
        parent = self.preview_dialog if self.preview_dialog is not None else self.window
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Shared with your manager?"),
            self.tr(
                "Are you sending this PDF to your manager? Then the talk can get the status "
                "'gedeeld' (shared). You can undo that with Ctrl+Z."
            ),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setObjectName("talkSharedQuestion")
        yes = box.addButton(self.tr("Set to shared"), QMessageBox.ButtonRole.YesRole)
        yes.setObjectName("talkSharedYes")
        no = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.NoRole)
        no.setObjectName("talkSharedNo")
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        yes.clicked.connect(partial(self.mark_shared, talk))
        box.finished.connect(box.deleteLater)
        self.share_question = box
        box.open()

    def mark_shared(self, talk: Talk) -> None:
        from rijkapp.domain.records import TalkStatus

        self._push(
            talk,
            replace(talk, status=TalkStatus.GEDEELD),
            self.tr("Set the talk to shared"),
            self.tr("The talk has the status 'gedeeld' (shared)."),
        )

    def _push(self, before: Talk, after: Talk, command: str, done: str) -> None:
        """Store ``after`` in place of ``before`` as an undoable step."""
        from rijkapp.services.edits import Edit
        from ui.undo import EditCommand

        self.context.undo_stack.push(EditCommand(self.context, Edit(before, after), command, done))

    # ---------------------------------------------------------------- the manager's reply
    def import_reply(self) -> None:
        """Reactie van leidinggevende inlezen…: choose the PDF, then read it."""
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Read the reply of your manager"),
            str(Path.home()),
            self.tr("PDF file (*.pdf)"),
        )
        if path:
            self.read_reply(Path(path))

    def read_reply(self, path: Path) -> None:
        """Read the PDF on the data thread; changes nothing until the user confirms."""

        def work(store: Store) -> tuple[TalkReply, Source]:
            from rijkapp.services.talks import read_talk_reply

            return read_talk_reply(store, path), conclusion_source()

        self.context.query(work, self._reply_read, self.window.show_error)

    def _reply_read(self, result: tuple[TalkReply, Source]) -> None:
        reply, source = result
        if not reply.differences:
            self.window.show_status(self.tr("This reply was read before; nothing changes."))
            return
        from ui.dialogs.talk_reply import TalkReplyDialog

        dialog = TalkReplyDialog(reply, self.window)
        dialog.accepted.connect(partial(self._store_reply, reply, source))
        dialog.finished.connect(dialog.deleteLater)
        self.reply_dialog = dialog
        dialog.open()

    def _store_reply(self, reply: TalkReply, source: Source) -> None:
        from ui.dialogs.talk_reply import talk_name

        self._push(
            reply.talk,
            reply.updated,
            self.tr("Read the reply of your manager"),
            arg(
                self.tr("The reply of your manager to your talk (%1) is stored."),
                talk_name(reply.talk),
            ),
        )
        self._open_reaction(reply.updated, source)

    # ---------------------------------------------------------------- the reaction
    def write_reaction(self, talk_id: str) -> None:
        """Mijn reactie: the reaction to the conclusion of the talk ``talk_id``."""

        def work(store: Store) -> tuple[Talk, Source]:
            from rijkapp.services.talks import load_talk

            return load_talk(store, talk_id), conclusion_source()

        self.context.query(work, lambda found: self._open_reaction(*found), self.window.show_error)

    def _open_reaction(self, talk: Talk, source: Source) -> None:
        from ui.dialogs.talk_reply import TalkReactionDialog

        dialog = TalkReactionDialog(talk, source, self.window)
        dialog.accepted.connect(partial(self._store_reaction, dialog, talk))
        dialog.finished.connect(dialog.deleteLater)
        self.reaction_dialog = dialog
        dialog.open()

    def _store_reaction(self, dialog: TalkReactionDialog, talk: Talk) -> None:
        reaction = dialog.reaction()
        if reaction == talk.employee_reaction:
            return
        self._push(
            talk,
            replace(talk, employee_reaction=reaction),
            self.tr("Save my reaction"),
            self.tr("Your reaction is saved."),
        )

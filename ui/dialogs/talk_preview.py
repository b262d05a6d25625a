"""Voorbeeld en PDF: a talk's PDF shown inside the app before it is saved.

The PDF is made on the data thread (:func:`rijkapp.services.talks.preview_talk_pdf`) while the
dialog shows that it is busy; the window stays usable. The dialog shows the pages with QtPdf,
in the language chosen for the PDF, with the page count, zoom and scrolling by keyboard, and
says which sections are in the PDF and which are not, so nothing leaves unnoticed. "Opslaan
als…" asks the owner (``ui.talk_actions``) to save the bytes shown, through ``saveRequested``.

QtPdf is loaded with this module, which is imported only when the dialog opens.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rijkapp.i18n import translate
from rijkapp.services.talks import SECTION_TITLES, TalkPdf, preview_talk_pdf
from ui import formatting as fmt
from ui.context import AppContext
from ui.dialogs.talk_reply import opening_size, talk_name
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


def section_lines(names: tuple[str, ...], language: str) -> list[str]:
    """The titles of sections, as the PDF names them, in ``language``."""
    return [translate(SECTION_TITLES[name], language) for name in names if name in SECTION_TITLES]


class TalkPreviewDialog(Retranslatable, QDialog):
    """The PDF of one talk, made on the data thread, shown page by page."""

    saveRequested = Signal(object)  # the TalkPdf on show

    def __init__(self, context: AppContext, talk_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkPreviewDialog")
        self.setModal(True)
        self.context = context
        self.talk_id = talk_id
        self.pdf: TalkPdf | None = None  # what is on show
        self._asked: str | None = None  # the language of the PDF being made; None: the profile's
        self._buffer: QBuffer | None = None
        self._bytes = QByteArray()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)
        self.heading = QLabel(self)
        self.heading.setObjectName("talkPreviewHeading")
        self.heading.setProperty("role", "sectionTitle")
        outer.addWidget(self.heading)
        row = QHBoxLayout()
        row.setSpacing(16)
        outer.addLayout(row, 1)
        row.addWidget(self._build_side(), 0)
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._document_status)
        self.view = QPdfView(self)
        self.view.setObjectName("talkPdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setMinimumWidth(420)
        row.addWidget(self.view, 1)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("talkPdfSaveButton")
        make_primary(self.save_button)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("talkPdfCloseButton")
        self.save_button.clicked.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence("Ctrl+0"), self.fit_width),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self.retranslate()
        self._set_busy(False)
        self.resize(opening_size(self, QSize(1180, 780)))
        self.make(None)  # first in the language the profile prefers for documents

    def _build_side(self) -> QWidget:
        side = QWidget(self)
        side.setObjectName("talkPreviewSide")
        side.setFixedWidth(300)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        form = QFormLayout()
        self.language_label = QLabel(side)
        self.language_combo = QComboBox(side)
        self.language_combo.setObjectName("talkPdfLanguageCombo")
        for code, name in (("nl", "Nederlands"), ("en", "English")):  # each in its own words
            self.language_combo.addItem(name, code)
        self.language_label.setBuddy(self.language_combo)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.language_label, self.language_combo)
        column.addLayout(form)

        self.busy_label = QLabel(side)
        self.busy_label.setObjectName("talkPdfBusyLabel")
        self.busy_label.setProperty("role", "muted")
        self.busy = QProgressBar(side)
        self.busy.setObjectName("talkPdfBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.pages_label = QLabel(side)
        self.pages_label.setObjectName("talkPdfPages")
        self.problem = QLabel(side)
        self.problem.setObjectName("talkPdfProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        for widget in (self.busy_label, self.busy, self.pages_label, self.problem):
            column.addWidget(widget)
        self._build_zoom(side, column)
        self._build_sections(side, column)
        return side

    def _build_zoom(self, side: QWidget, column: QVBoxLayout) -> None:
        zoom = QHBoxLayout()
        zoom.setSpacing(6)
        self.zoom_out_button = QPushButton(side)
        self.zoom_out_button.setObjectName("talkPdfZoomOut")
        self.zoom_in_button = QPushButton(side)
        self.zoom_in_button.setObjectName("talkPdfZoomIn")
        self.fit_button = QPushButton(side)
        self.fit_button.setObjectName("talkPdfFitWidth")
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.clicked.connect(self.fit_width)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            zoom.addWidget(button)
        column.addLayout(zoom)
        self.zoom_label = QLabel(side)
        self.zoom_label.setObjectName("talkPdfZoom")
        self.zoom_label.setProperty("role", "muted")
        column.addWidget(self.zoom_label)

    def _build_sections(self, side: QWidget, column: QVBoxLayout) -> None:
        """Which sections are in the PDF and which are not; scrolls when the list is long."""
        self.sections_area = QScrollArea(side)
        self.sections_area.setObjectName("talkPdfSections")
        self.sections_area.setWidgetResizable(True)
        self.sections_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.sections_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sections = QWidget(self.sections_area)
        sections.setObjectName("talkPdfSectionsBody")
        inner = QVBoxLayout(sections)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.setSpacing(6)
        self.shown_title = QLabel(sections)
        self.shown_list = QLabel(sections)
        self.shown_list.setObjectName("talkPdfShown")
        self.left_out_title = QLabel(sections)
        self.left_out_list = QLabel(sections)
        self.left_out_list.setObjectName("talkPdfLeftOut")
        self.never = QLabel(sections)
        self.never.setObjectName("talkPdfNever")
        self.never.setProperty("role", "muted")
        for label in (
            self.shown_title,
            self.shown_list,
            self.left_out_title,
            self.left_out_list,
            self.never,
        ):
            label.setWordWrap(True)
            inner.addWidget(label)
        for title in (self.shown_title, self.left_out_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        inner.addStretch(1)
        self.sections_area.setWidget(sections)
        column.addWidget(self.sections_area, 1)

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preview and PDF"))
        self.language_label.setText(self.tr("&Language of the PDF:"))
        self.language_combo.setAccessibleName(self.tr("Language of the PDF"))
        self.busy_label.setText(self.tr("Making the PDF…"))
        self.busy.setAccessibleName(self.tr("Making the PDF"))
        self.zoom_out_button.setText(self.tr("Smaller"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button.setText(self.tr("Larger"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.fit_button.setText(self.tr("Page width"))
        self.fit_button.setAccessibleName(self.tr("Zoom to the page width"))
        self.fit_button.setToolTip(self.tr("Zoom to the page width (Ctrl+0)"))
        self.sections_area.setAccessibleName(self.tr("Sections of the PDF"))
        self.view.setAccessibleName(self.tr("The pages of the PDF"))
        self.view.setAccessibleDescription(
            self.tr("Scroll with the arrow keys and Page Up and Page Down.")
        )
        self.view.viewport().setAccessibleName(self.tr("The pages of the PDF"))
        self.shown_title.setText(self.tr("In the PDF"))
        self.left_out_title.setText(self.tr("Not in the PDF"))
        self.never.setText(
            self.tr(
                "Your salary, IKB, leave and private notes are never in the PDF. What you "
                "choose for the PDF, you choose per section in the talk."
            )
        )
        self.save_button.setText(self.tr("Save as…"))
        self.close_button.setText(self.tr("Close"))
        self._show_texts()

    def _show_texts(self) -> None:
        language = fmt.language()
        pdf = self.pdf
        if pdf is None:
            self.heading.setText(self.tr("The PDF of your talk"))
            self.pages_label.setText("")
            self.shown_list.setText("")
            self.left_out_list.setText("")
        else:
            self.heading.setText(talk_name(pdf.talk))
            shown = section_lines(pdf.shown, language)
            empty = [
                arg(self.tr("%1 (chosen, but empty)"), title)
                for title in section_lines(pdf.empty, language)
            ]
            left_out = empty + section_lines(pdf.not_chosen, language)
            self.shown_list.setText(
                "\n".join(f"• {line}" for line in shown) or self.tr("No section yet.")
            )
            self.left_out_list.setText(
                "\n".join(f"• {line}" for line in left_out) or self.tr("Nothing: every section.")
            )
            count = self.document.pageCount()
            self.pages_label.setText(arg(self.tr("Pages: %1"), count) if count else "")
        self._show_zoom()

    def _show_zoom(self) -> None:
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Zoom: page width"))
        else:
            self.zoom_label.setText(arg(self.tr("Zoom: %1%"), round(self.view.zoomFactor() * 100)))

    # ---------------------------------------------------------------- making
    def language(self) -> str:
        """The language chosen for the PDF (``nl`` or ``en``)."""
        return str(self.language_combo.currentData())

    def _language_chosen(self) -> None:
        self.make(self.language())

    def make(self, language: str | None) -> None:
        """Make the PDF in ``language`` (None: the profile's), on the data thread."""
        talk_id = self.talk_id
        self._asked = language
        self.problem.hide()
        self._set_busy(True)
        self.context.query(
            lambda store: preview_talk_pdf(store, talk_id, language), self._made, self._failed
        )

    def _made(self, pdf: TalkPdf) -> None:
        if self._asked is not None and pdf.language != self._asked:
            return  # another language was chosen meanwhile; its PDF comes next
        self._asked = pdf.language
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(pdf.language)))
        self.language_combo.blockSignals(False)
        self.pdf = pdf
        self._bytes = QByteArray(pdf.data)
        buffer = QBuffer(self)
        buffer.setData(self._bytes)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.close()
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def _document_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready and self.pdf is not None:
            self._set_busy(False)
            self._show_texts()
        elif status == QPdfDocument.Status.Error:
            self._set_busy(False)
            self._show_problem(self.tr("The PDF cannot be shown."))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_problem(fmt.reason(error))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.save_button.setEnabled(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.save_button.setEnabled(not busy and self.pdf is not None)

    @property
    def is_busy(self) -> bool:
        return self.busy.isVisibleTo(self)

    # ---------------------------------------------------------------- zoom
    def _zoom_to(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(high, max(low, factor)))
        self._show_zoom()

    def _current_zoom(self) -> float:
        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth:
            return self.view.zoomFactor()
        width = self.document.pagePointSize(0).width() if self.document.pageCount() else 0
        if width <= 0:
            return 1.0
        points_per_pixel = self.view.logicalDpiX() / 72
        return self.view.viewport().width() / (width * points_per_pixel)

    def zoom_in(self) -> None:
        self._zoom_to(self._current_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self._current_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    # ---------------------------------------------------------------- saving
    def _save(self) -> None:
        if self.pdf is not None and not self.is_busy:
            self.saveRequested.emit(self.pdf)

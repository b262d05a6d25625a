"""The talk PDF laid out with reportlab; :mod:`rijkapp.reports.talk_form` then adds the form
fields, the page numbers and the data with pypdf.

Imported only when a PDF is made (:func:`rijkapp.reports.talk_pdf.make_talk_pdf`), never at
start. The layout:

* A4, DejaVu Sans embedded (``resources/fonts/dejavu``); reportlab's own initial font is
  replaced, so no standard font is referenced anywhere. Document language and title are set and
  the title is what viewers show. Black on white: grey only for rules and table headers.
* A header with name, talk and period on every page, and room for "pagina X van Y" below; a
  bookmark per section; a page break before a heading unless what follows it starts on the same
  page (two lines, or a table's header and first row); long texts flow over pages; tables repeat
  their header row and never split a row (only a row taller than a whole page would be split).
* The manager's part: boxes whose places are noted while the pages are laid out, for the form
  fields, with the CAO's description of each score beside the score.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from rijkapp import formatting
from rijkapp.i18n import N_, translate
from rijkapp.reports.talk_form import FieldPlace, finish, fonts_dir
from rijkapp.reports.talk_pdf import (
    AGREEMENT_KINDS,
    AGREEMENT_STATUSES,
    PURPOSE_NAMES,
    SCORE_DESCRIPTIONS,
    SCORES,
    SECTION_TITLES,
)

FONT = "RijkappSans"
FONT_BOLD = "RijkappSans-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TOP = 27 * mm  # room for the header
BOTTOM = 22 * mm  # room for the footer
GREY = colors.Color(0.85, 0.85, 0.85)


@cache
def _register_fonts() -> None:
    folder = fonts_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    head_cell: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle


@cache
def _styles() -> _Styles:
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, spaceAfter=5)
    return _Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=3),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        head_cell=ParagraphStyle(
            "head_cell", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=8
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
        ),
        label=ParagraphStyle(
            "label", parent=body, fontName=FONT_BOLD, spaceBefore=6, spaceAfter=2, keepWithNext=1
        ),
    )


def _style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style in the embedded font (a table sets its cells' font even for paragraphs)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def _text(value: str) -> str:
    """User text as paragraph markup: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


class _Heading(Paragraph):  # type: ignore[misc]  # reportlab has no types
    """A section heading with a bookmark."""

    def __init__(self, text: str, style: ParagraphStyle, key: str) -> None:
        super().__init__(escape(text), style)
        self.bookmark = (key, text)


class _FieldBox(Flowable):  # type: ignore[misc]
    """The box of one form field: drawn on the page, its place noted for pypdf."""

    def __init__(
        self,
        name: str,
        kind: str,
        tooltip: str,
        *,
        size: tuple[float, float],
        places: list[FieldPlace],
    ) -> None:
        super().__init__()
        self.name, self.kind, self.tooltip = name, kind, tooltip
        self.width, self.height = size
        self._places = places

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, self.height)
        canvas.restoreState()
        x, y = canvas.absolutePosition(0, 0)
        page = canvas.getPageNumber()
        self._places.append(
            FieldPlace(
                self.name, self.kind, self.tooltip, page, (x, y, x + self.width, y + self.height)
            )
        )


class _Rows(Table):  # type: ignore[misc]
    """A table of records; ``lead`` is the height of its header row and first row."""

    lead: float = 0.0


class _Document(SimpleDocTemplate):  # type: ignore[misc]
    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
        bookmark = getattr(flowable, "bookmark", None)
        if bookmark is not None:
            key, title = bookmark
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=0, closed=False)


class _Layout:
    """The story of one talk PDF, in one language."""

    def __init__(self, content: dict[str, Any], language: str) -> None:
        self.content = content
        self.language = language
        self.styles = _styles()
        self.places: list[FieldPlace] = []
        self.frame_width = PAGE_WIDTH - 2 * MARGIN
        self.frame_height = PAGE_HEIGHT - TOP - BOTTOM

    def _(self, message: str) -> str:
        return translate(message, self.language)

    def day(self, iso: str | None, fmt: str = "long") -> str:
        return formatting.day(date.fromisoformat(iso), self.language, fmt) if iso else "–"

    def period(self) -> str:
        talk = self.content["talk"]
        if not talk["period_from"] or not talk["period_to"]:
            return ""
        return f"{self.day(talk['period_from'])} – {self.day(talk['period_to'])}"

    def title(self) -> str:
        talk = self.content["talk"]
        purpose = self._(PURPOSE_NAMES[talk["purpose"]])
        return f"{purpose}, {self.day(talk['date'])}"

    def header(self) -> str:
        name = self.content["employee"]["name"] or self._("Talk")
        parts = [name, self._(PURPOSE_NAMES[self.content["talk"]["purpose"]]), self.period()]
        return " · ".join(part for part in parts if part)

    # ---------------------------------------------------------------- the story
    def story(self, split_in_row: int) -> list[Any]:
        s = self.styles
        story: list[Any] = [Paragraph(escape(self.title()), s.title), self._facts()]
        for section in self.content["sections"]:
            story.extend(self._section(section, split_in_row))
        story.extend(self._manager_part())
        return story

    def _facts(self) -> Table:
        s, employee, talk = self.styles, self.content["employee"], self.content["talk"]
        rows = [
            (N_("Employee"), employee["name"]),
            (N_("Function"), employee["job_title"]),
            (
                N_("Organisation"),
                ", ".join(p for p in (employee["organisation"], employee["unit"]) if p),
            ),
            (N_("Manager"), talk["manager"]),
            (N_("Date of the talk"), self.day(talk["date"])),
            (N_("Period"), self.period()),
        ]
        data = [
            [Paragraph(escape(self._(label)), s.head_cell), Paragraph(_text(value or "–"), s.cell)]
            for label, value in rows
        ]
        table = Table(data, colWidths=(45 * mm, self.frame_width - 45 * mm), hAlign="LEFT")
        table.setStyle(
            _style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def _heading(self, name: str) -> _Heading:
        return _Heading(self._(SECTION_TITLES[name]), self.styles.heading, f"section-{name}")

    def _section(self, section: dict[str, Any], split_in_row: int) -> list[Any]:
        """A heading and its content, with a page break before the heading when what follows
        it would not start on the same page: two lines of text, or a table's first row."""
        name = section["name"]
        heading = self._heading(name)
        content: list[Any]
        if "text" in section:
            content = [
                Paragraph(_text(part.strip()), self.styles.body)
                for part in section["text"].split("\n\n")
                if part.strip()
            ]
            lead = 2 * self.styles.body.leading
        else:
            if "informants" in section:
                table = self._informants(section["informants"], split_in_row)
            elif "agreements" in section:
                table = self._agreements(section["agreements"], split_in_row)
            elif "reflections" in section:
                table = self._reflections(section["reflections"], split_in_row)
            else:
                table = self._activities(section["activities"], split_in_row)
            content, lead = [table], table.lead
        style = heading.style
        needed = heading.wrap(self.frame_width, PAGE_HEIGHT)[1] + style.spaceBefore
        needed += style.spaceAfter + lead
        return [CondPageBreak(min(needed, self.frame_height)), heading, *content]

    def _table(
        self, header: list[str], rows: list[list[str]], widths: list[float], split_in_row: int
    ) -> _Rows:
        s = self.styles
        data = [[Paragraph(escape(self._(h)), s.head_cell) for h in header]]
        data.extend([Paragraph(_text(cell), s.cell) for cell in row] for row in rows)
        total = sum(widths)
        columns = [self.frame_width * w / total for w in widths]
        style = _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), GREY),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
        table = _Rows(
            data,
            colWidths=columns,
            repeatRows=1,
            splitInRow=split_in_row,
            hAlign="LEFT",
            style=style,
        )
        # The height of the header row and the first row: what must fit below a heading.
        table.lead = Table(data[:2], colWidths=columns, style=style).wrap(
            self.frame_width, PAGE_HEIGHT
        )[1]
        return table

    def _named(self, names: Mapping[str, str], word: str) -> str:
        return self._(names[word]) if word in names else word

    def _informants(self, people: list[dict[str, str]], split_in_row: int) -> _Rows:
        rows = [[p["name"], p["function"] or "–"] for p in people]
        return self._table([N_("Name"), N_("Function")], rows, [1, 1], split_in_row)

    def _agreements(self, agreements: list[dict[str, Any]], split_in_row: int) -> _Rows:
        rows = [
            [
                self._named(AGREEMENT_KINDS, a["kind"]),
                a["text"],
                a["measure"] or "–",
                self.day(a["due"], "medium"),
                self._named(AGREEMENT_STATUSES, a["status"]),
                a["reflection"] or "–",
            ]
            for a in agreements
        ]
        header = [
            N_("Kind"),
            N_("Agreement"),
            N_("How it is measured"),
            N_("Due"),
            N_("Status"),
            N_("My reflection"),
        ]
        return self._table(header, rows, [19, 25, 18, 12, 10, 26], split_in_row)

    def _activities(self, activities: list[dict[str, Any]], split_in_row: int) -> Table:
        from rijkapp.domain.records import LearningStatus
        from rijkapp.views.leren import kind_name, status_name  # the names the app shows

        rows = [
            [
                a["title"],
                _shown(kind_name(a["kind"]), self.language),
                f"{self.day(a['start'], 'medium')} – {self.day(a['end'], 'medium')}",
                formatting.hours(Decimal(a["hours"]), self.language),
                status_name(LearningStatus(a["status"])).render(self.language),
            ]
            for a in activities
        ]
        header = [N_("Activity"), N_("Kind"), N_("When"), N_("Hours"), N_("Status")]
        return self._table(header, rows, [30, 17, 28, 12, 13], split_in_row)

    def _reflections(self, reflections: list[dict[str, str]], split_in_row: int) -> _Rows:
        rows = [[r["title"], r["reflection"]] for r in reflections]
        return self._table([N_("Activity"), N_("My reflection")], rows, [30, 70], split_in_row)

    # ---------------------------------------------------------------- the manager's part
    def _field(
        self, name: str, kind: str, label: str, height: float, width: float | None = None
    ) -> list[Any]:
        return [
            Paragraph(escape(label), self.styles.label),
            _FieldBox(
                name, kind, label, size=(width or self.frame_width, height), places=self.places
            ),
        ]

    def _manager_part(self) -> list[Any]:
        s, _ = self.styles, self._
        part: list[Any] = [CondPageBreak(110 * mm)]
        part.append(_Heading(_("For the manager"), s.heading, "manager"))
        part.append(
            Paragraph(escape(_("Fill in the fields below, save the PDF and send it back.")), s.body)
        )
        part.append(
            KeepTogether(
                self._field("manager_conclusion", "multiline", _("Summary conclusion"), 42 * mm)
            )
        )
        part.append(KeepTogether(self._score()))
        part.append(
            KeepTogether(self._field("manager_remarks", "multiline", _("Remarks"), 30 * mm))
        )
        half = (self.frame_width - 6 * mm) / 2
        part.append(
            KeepTogether(
                Table(
                    [
                        [
                            self._field(
                                "manager_name", "text", _("Name of the manager"), 8 * mm, half
                            ),
                            self._field(
                                "review_date",
                                "text",
                                _("Date of the review (DD-MM-YYYY)"),
                                8 * mm,
                                half,
                            ),
                        ]
                    ],
                    colWidths=(half + 6 * mm, half),
                    hAlign="LEFT",
                    style=_style(
                        [
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ]
                    ),
                )
            )
        )
        part.append(CondPageBreak(60 * mm))
        part.append(_Heading(_("My reaction after the talk"), s.heading, "reaction"))
        part.append(
            Paragraph(
                escape(
                    _(
                        "The conclusion is the opinion of your manager, which you need not share. "
                        "You can say so in the record of the talk."
                    )
                ),
                s.small,
            )
        )
        part.append(
            KeepTogether(self._field("employee_reaction", "multiline", _("My reaction"), 32 * mm))
        )
        return part

    def _score(self) -> list[Any]:
        s, _ = self.styles, self._
        descriptions = Table(
            [
                [
                    Paragraph(escape(score), s.head_cell),
                    Paragraph(escape(_(SCORE_DESCRIPTIONS[score])), s.cell),
                ]
                for score in SCORES
            ],
            colWidths=(12 * mm, self.frame_width - 40 * mm),
            hAlign="LEFT",
            style=_style(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1)]
            ),
        )
        box = _FieldBox(
            "manager_score", "choice", _("Score"), size=(20 * mm, 8 * mm), places=self.places
        )
        row = Table(
            [[box, descriptions]],
            colWidths=(26 * mm, self.frame_width - 26 * mm),
            hAlign="LEFT",
            style=_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]),
        )
        return [Paragraph(escape(_("Score")), s.label), row]

    # ---------------------------------------------------------------- pages
    def on_page(self, canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(colors.black)
        canvas.drawString(MARGIN, PAGE_HEIGHT - 15 * mm, self.header())
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, PAGE_HEIGHT - 17 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 17 * mm)
        canvas.line(MARGIN, 16 * mm, PAGE_WIDTH - MARGIN, 16 * mm)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, 11 * mm, "Rijkapp")
        canvas.restoreState()


def _shown(value: Any, language: str) -> str:
    return value if isinstance(value, str) else str(value.render(language))


def _build(layout: _Layout, title: str, split_in_row: int) -> bytes:
    out = io.BytesIO()
    document = _Document(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author=layout.content["employee"]["name"],
        subject=layout._("Preparation of a talk in the gesprekscyclus Rijk"),
        creator="Rijkapp",
        lang="nl-NL" if layout.language == "nl" else "en",
        displayDocTitle=True,
        initialFontName=FONT,
        initialFontSize=10,
    )
    document.build(
        layout.story(split_in_row), onFirstPage=layout.on_page, onLaterPages=layout.on_page
    )
    return out.getvalue()


def render(content: dict[str, Any], attachment: dict[str, Any], language: str) -> bytes:
    """The finished PDF: pages, page numbers, form fields with an embedded font, the data."""
    _register_fonts()
    layout = _Layout(content, language)
    title = f"{layout.title()} – {content['employee']['name']}".strip(" –")
    try:
        pages = _build(layout, title, split_in_row=0)
    except LayoutError:
        # A table row taller than a page (a very long text in one cell) cannot stay whole.
        layout = _Layout(content, language)
        pages = _build(layout, title, split_in_row=1)
    return finish(pages, layout.places, layout.language, attachment, footer=(MARGIN, 11 * mm))

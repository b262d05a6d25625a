"""The talk PDF's form fields, page numbers and attachment, added with pypdf to the pages that
reportlab laid out (:mod:`rijkapp.reports.talk_layout`); imported only when a PDF is made.

reportlab's own form fields can only use an unembedded standard font, so the fields are made
here, on the boxes whose places the layout noted. Their font is DejaVu Sans embedded whole, as
a simple TrueType font in WinAnsiEncoding, so any PDF program can show what the manager types
(é, ë, €, —); the AcroForm's default appearance and resources name it. The page numbers
("pagina X van Y") are written in the same font once the number of pages is known.
"""

from __future__ import annotations

import io
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    EncodedStreamObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.pdfbase.ttfonts import TTFontFace

from rijkapp.i18n import N_
from rijkapp.message import Message
from rijkapp.paths import resources_dir
from rijkapp.reports.talk_pdf import ATTACHMENT, SCORES

FORM_FONT = "/RjkF"  # the fields' font in the AcroForm's resources
MULTILINE = 1 << 12  # text field flag (PDF 32000-1, table 228)
COMBO = 1 << 17  # choice field flag (table 230)


def fonts_dir() -> Path:
    return resources_dir() / "fonts" / "dejavu"


@dataclass(frozen=True)
class FieldPlace:
    """Where a form field goes: its name, kind, page (from 1) and rectangle in points."""

    name: str
    kind: str  # "text", "multiline" or "choice"
    tooltip: str
    page: int
    rect: tuple[float, float, float, float]


@cache
def _form_font_file() -> tuple[bytes, int]:
    data = (fonts_dir() / "DejaVuSans.ttf").read_bytes()
    return zlib.compress(data, 6), len(data)


@cache
def _winansi_widths() -> tuple[list[int], dict[str, Any]]:
    """The glyph widths for codes 32..255 in WinAnsiEncoding, and the font's descriptor values."""
    face = TTFontFace(str(fonts_dir() / "DejaVuSans.ttf"))
    widths = []
    for code in range(32, 256):
        try:
            char = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            widths.append(0)
            continue
        widths.append(round(face.charWidths.get(ord(char), face.defaultWidth)))
    metrics = {
        "ascent": face.ascent,
        "descent": face.descent,
        "cap_height": face.capHeight,
        "bbox": face.bbox,
        "stem_v": face.stemV,
    }
    return widths, metrics


def _form_font(writer: PdfWriter) -> IndirectObject:
    """DejaVu Sans, embedded whole, as a simple TrueType font in WinAnsiEncoding."""
    compressed, length = _form_font_file()
    font_file = EncodedStreamObject()
    font_file._data = compressed  # compressed once per process (see _form_font_file)
    font_file[NameObject("/Filter")] = NameObject("/FlateDecode")
    font_file[NameObject("/Length1")] = NumberObject(length)
    widths, metrics = _winansi_widths()
    descriptor = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/FontDescriptor"),
            NameObject("/FontName"): NameObject("/DejaVuSans"),
            NameObject("/Flags"): NumberObject(32),
            NameObject("/FontBBox"): ArrayObject(FloatObject(v) for v in metrics["bbox"]),
            NameObject("/ItalicAngle"): NumberObject(0),
            NameObject("/Ascent"): FloatObject(metrics["ascent"]),
            NameObject("/Descent"): FloatObject(metrics["descent"]),
            NameObject("/CapHeight"): FloatObject(metrics["cap_height"]),
            NameObject("/StemV"): NumberObject(metrics["stem_v"]),
            NameObject("/FontFile2"): writer._add_object(font_file),
        }
    )
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/TrueType"),
            NameObject("/BaseFont"): NameObject("/DejaVuSans"),
            NameObject("/FirstChar"): NumberObject(32),
            NameObject("/LastChar"): NumberObject(255),
            NameObject("/Widths"): ArrayObject(NumberObject(w) for w in widths),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            NameObject("/FontDescriptor"): writer._add_object(descriptor),
        }
    )
    return writer._add_object(font)


def _stream(writer: PdfWriter, data: bytes, **entries: Any) -> IndirectObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    for key, value in entries.items():
        stream[NameObject(f"/{key}")] = value
    return writer._add_object(stream)


def _font_resources(font: IndirectObject) -> DictionaryObject:
    return DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject(FORM_FONT): font})})


def _widget(
    writer: PdfWriter, place: FieldPlace, page: Any, font: IndirectObject
) -> IndirectObject:
    x0, y0, x1, y1 = place.rect
    appearance = _stream(
        writer,
        b"/Tx BMC EMC",
        Type=NameObject("/XObject"),
        Subtype=NameObject("/Form"),
        BBox=ArrayObject(
            [FloatObject(0), FloatObject(0), FloatObject(x1 - x0), FloatObject(y1 - y0)]
        ),
        Resources=_font_resources(font),
    )
    widget = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/T"): TextStringObject(place.name),
            NameObject("/TU"): TextStringObject(place.tooltip),
            NameObject("/Rect"): ArrayObject(FloatObject(v) for v in place.rect),
            NameObject("/F"): NumberObject(4),  # print
            NameObject("/P"): page.indirect_reference,
            NameObject("/DA"): TextStringObject(f"{FORM_FONT} 10 Tf 0 g"),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): appearance}),
        }
    )
    if place.kind == "choice":
        widget[NameObject("/FT")] = NameObject("/Ch")
        widget[NameObject("/Ff")] = NumberObject(COMBO)
        widget[NameObject("/Opt")] = ArrayObject(TextStringObject(s) for s in SCORES)
    else:
        widget[NameObject("/FT")] = NameObject("/Tx")
        widget[NameObject("/Ff")] = NumberObject(MULTILINE if place.kind == "multiline" else 0)
        # No /MaxLen: the text has no length limit.
    return writer._add_object(widget)


def _page_number(
    writer: PdfWriter, page: Any, font: IndirectObject, text: str, at: tuple[float, float]
) -> None:
    """Write ``text`` (ASCII) at the foot of ``page`` in the form font, over what is there."""
    resources = page[NameObject("/Resources")].get_object()
    fonts = resources.get(NameObject("/Font"))
    if fonts is None:
        resources[NameObject("/Font")] = DictionaryObject()
    resources[NameObject("/Font")].get_object()[NameObject(FORM_FONT)] = font
    line = f"q BT {FORM_FONT} 8.5 Tf 0 g 1 0 0 1 {at[0]:.2f} {at[1]:.2f} Tm ({text}) Tj ET Q"
    before, after = _stream(writer, b"q\n"), _stream(writer, b"\nQ\n" + line.encode("ascii"))
    contents = page.raw_get(NameObject("/Contents"))  # the reference: a stream is never direct
    existing = contents.get_object()
    parts = list(existing) if isinstance(existing, ArrayObject) else [contents]
    page[NameObject("/Contents")] = ArrayObject([before, *parts, after])


def finish(
    pages: bytes,
    places: Sequence[FieldPlace],
    language: str,
    attachment: dict[str, Any],
    *,
    footer: tuple[float, float],
) -> bytes:
    """The laid-out ``pages`` with their numbers at ``footer``, the form fields at ``places``
    and the ``attachment``."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pages)))
    font = _form_font(writer)
    total = len(writer.pages)
    for number, page in enumerate(writer.pages, start=1):
        text = Message(N_("page {page} of {pages}"), page=number, pages=total)
        _page_number(writer, page, font, text.render(language), footer)
    fields = ArrayObject()
    for place in places:
        page = writer.pages[place.page - 1]
        widget = _widget(writer, place, page, font)
        if NameObject("/Annots") not in page:
            page[NameObject("/Annots")] = ArrayObject()
        annotations = page[NameObject("/Annots")].get_object()
        assert isinstance(annotations, ArrayObject)
        annotations.append(widget)
        fields.append(widget)
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Fields"): fields,
                NameObject("/DA"): TextStringObject(f"{FORM_FONT} 10 Tf 0 g"),
                NameObject("/DR"): _font_resources(font),
                NameObject("/NeedAppearances"): BooleanObject(False),
            }
        )
    )
    data = json.dumps(attachment, ensure_ascii=False, indent=1).encode("utf-8")
    embedded = writer.add_attachment(ATTACHMENT, data)
    embedded.subtype = NameObject("/application/json")
    embedded.description = TextStringObject("Rijkapp")
    embedded.associated_file_relationship = NameObject("/Data")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

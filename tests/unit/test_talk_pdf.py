"""The talk PDF as a manager's PDF program sees it, read back with pypdf (and rendered by
poppler): the chosen sections and nothing else, the attachment, the form fields, the fonts, the
language, the bookmarks, page headers and footers, and a long talk laid out without a split row
or a lone heading."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.platypus import CondPageBreak

from rijkapp.reports import talk_layout
from rijkapp.reports.talk_pdf import (
    ATTACHMENT,
    FIELD_NAMES,
    SCORES,
    checksum,
    find_talk,
    make_talk_pdf,
    talk_content,
)
from tests.helpers.talks import CHOSEN, NOT_CHOSEN_TEXT, PRIVATE, long_talk, talk_dossier


def reader_of(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def flat(text: str) -> str:
    """Text with every run of white space as one space: a phrase wrapped in a cell still reads."""
    return " ".join(text.split())


def text_of(reader: PdfReader) -> str:
    return flat(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def short_pdf() -> bytes:
    return make_talk_pdf(talk_dossier(), "t1", document_id="d-1")


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return make_talk_pdf(long_talk(), "t1")


def test_the_pdf_shows_the_chosen_sections_and_nothing_else(short_pdf: bytes) -> None:
    text = text_of(reader_of(short_pdf))
    for heading in (
        "De resultaten en hoe ze zijn bereikt",
        "Afspraken over mijn ontwikkeling (leven lang leren)",
        "Informanten",
        "Afspraken",
        "Leren in deze periode",
        "Mijn vragen aan mijn leidinggevende",
    ):
        assert heading in text
    assert "In 2025 heb ik de consultatie afgerond" in text
    assert "C. Smit" in text and "projectleider" in text
    assert "Evaluatie van de regeling afronden" in text
    assert "Data-analyse voor beleid" in text  # the learning activity of the period
    assert "traineeship" in text
    # Not chosen: integriteit, though it has text.
    assert "Integriteit en nevenwerkzaamheden" not in text
    assert NOT_CHOSEN_TEXT not in text
    for private in PRIVATE:
        assert private not in text


def test_a_section_not_chosen_stays_out_and_the_attachment_says_what_is_shown() -> None:
    dossier = talk_dossier()
    (talk,) = dossier.talks
    only = dataclasses.replace(talk, in_pdf=("vragen",))
    data = make_talk_pdf(dataclasses.replace(dossier, talks=(only,)), "t1")
    text = text_of(reader_of(data))
    assert "traineeship" in text
    assert "In 2025 heb ik de consultatie afgerond" not in text
    assert "Evaluatie van de regeling afronden" not in text
    document = json.loads(reader_of(data).attachments[ATTACHMENT][0])
    assert [s["name"] for s in document["content"]["sections"]] == ["vragen"]


def test_the_attachment_names_the_talk_and_its_checksum_holds(short_pdf: bytes) -> None:
    reader = reader_of(short_pdf)
    assert list(reader.attachments) == [ATTACHMENT]
    document = json.loads(reader.attachments[ATTACHMENT][0].decode("utf-8"))
    assert (document["talk_id"], document["document_id"], document["version"]) == ("t1", "d-1", 1)
    dossier = talk_dossier()
    assert document["content"] == talk_content(dossier, find_talk(dossier, "t1"), "nl")
    assert [s["name"] for s in document["content"]["sections"]] == list(CHOSEN)
    assert document["sha256"] == checksum(document)
    assert re.fullmatch(r"[0-9a-f]{64}", document["sha256"])
    assert "PDF/A" not in short_pdf.decode("latin-1")


def test_the_form_fields_are_the_managers_part_and_the_reaction(short_pdf: bytes) -> None:
    reader = reader_of(short_pdf)
    fields = reader.get_fields()
    assert fields is not None
    assert sorted(fields) == sorted(FIELD_NAMES)
    widgets = {
        str(a["/T"]): a
        for page in reader.pages
        for a in (ref.get_object() for ref in page.get("/Annots", []))
    }
    multiline = 1 << 12
    for name in ("manager_conclusion", "manager_remarks", "employee_reaction"):
        assert widgets[name]["/FT"] == "/Tx"
        assert widgets[name]["/Ff"] & multiline
        assert "/MaxLen" not in widgets[name]  # no limit on the length of the text
    for name in ("manager_name", "review_date"):
        assert widgets[name]["/FT"] == "/Tx" and not widgets[name]["/Ff"] & multiline
    score = widgets["manager_score"]
    assert score["/FT"] == "/Ch" and score["/Ff"] & (1 << 17)  # a combo box
    assert [str(option) for option in score["/Opt"]] == list(SCORES)
    text = text_of(reader)
    for description in (
        "ruim boven de afspraken en verwachtingen",
        "overeenkomstig de afspraken en verwachtingen",
        "verbetering op onderdelen nodig",
        "verbetertraject noodzakelijk",
    ):
        assert description in text
    assert "waarmee u het niet eens hoeft te zijn" in text


def _fonts(resources: Any, seen: set[int]) -> Iterator[tuple[str, DictionaryObject]]:
    """Every font in a resource dictionary, also inside form XObjects, with where it was."""
    if resources is None:
        return
    resources = resources.get_object()
    for name, ref in resources.get("/Font", DictionaryObject()).get_object().items():
        yield str(name), ref.get_object()
    for ref in resources.get("/XObject", DictionaryObject()).get_object().values():
        xobject = ref.get_object()
        if id(xobject) in seen or xobject.get("/Subtype") != "/Form":
            continue
        seen.add(id(xobject))
        yield from _fonts(xobject.get("/Resources"), seen)


def all_fonts(reader: PdfReader) -> list[tuple[str, DictionaryObject]]:
    seen: set[int] = set()
    found: list[tuple[str, DictionaryObject]] = []
    for page in reader.pages:
        found.extend(_fonts(page.get("/Resources"), seen))
        for ref in page.get("/Annots", []):
            for appearance in ref.get_object().get("/AP", DictionaryObject()).values():
                found.extend(_fonts(appearance.get_object().get("/Resources"), seen))
    form = catalog(reader)["/AcroForm"]
    found.extend(_fonts(form.get("/DR"), seen))
    return found


def catalog(reader: PdfReader) -> Any:
    """The document catalog (typed loosely: pypdf types its entries as any PDF object)."""
    return reader.trailer["/Root"]


def embedded(font: Any) -> bool:
    if font["/Subtype"] == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_every_font_is_embedded_the_form_fields_too(short_pdf: bytes) -> None:
    reader = reader_of(short_pdf)
    fonts = all_fonts(reader)
    assert {str(font["/BaseFont"]).lstrip("/").split("+")[-1] for _, font in fonts} == {
        "DejaVuSans",
        "DejaVuSans-Bold",
    }
    assert [name for name, font in fonts if not embedded(font)] == []
    form = catalog(reader)["/AcroForm"]
    assert str(form["/DA"]).split()[0] in form["/DR"]["/Font"]
    # The fields' font is embedded whole, not a subset: it has every letter a manager may type.
    (field_font,) = form["/DR"]["/Font"].values()
    assert field_font.get_object()["/Encoding"] == "/WinAnsiEncoding"
    assert "+" not in str(field_font.get_object()["/BaseFont"])


@pytest.mark.parametrize(("language", "tag"), [("nl", "nl-NL"), ("en", "en")])
def test_language_title_and_bookmarks_are_set(language: str, tag: str) -> None:
    reader = reader_of(make_talk_pdf(talk_dossier(), "t1", language))
    root = catalog(reader)
    assert root["/Lang"] == tag
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]  # viewers show the title, not the file
    assert reader.metadata is not None
    title = reader.metadata.title or ""
    assert "Anneke de Vriës" in title
    assert ("Plannen" if language == "nl" else "Planning talk") in title
    bookmarks = [item.title for item in reader.outline if not isinstance(item, list)]
    if language == "nl":
        assert bookmarks == [
            "De resultaten en hoe ze zijn bereikt",
            "Afspraken over mijn ontwikkeling (leven lang leren)",
            "Informanten",
            "Afspraken",
            "Leren in deze periode",
            "Mijn vragen aan mijn leidinggevende",
            "Voor de leidinggevende",
            "Mijn reactie na het gesprek",
        ]
    else:
        assert bookmarks[0] == "The results and how they were reached"
        assert "page 1 of" in flat(reader.pages[0].extract_text())


def test_every_page_has_the_header_and_page_x_of_y(long_pdf: bytes) -> None:
    reader = reader_of(long_pdf)
    total = len(reader.pages)
    assert total == 6
    for number, page in enumerate(reader.pages, start=1):
        text = flat(page.extract_text())
        assert "Anneke de Vriës · Plannen · 1 januari 2026 – 31 december 2026" in text
        assert f"pagina {number} van {total}" in text


def test_tables_repeat_their_header_keep_rows_whole_and_headings_have_room_below() -> None:
    dossier = long_talk()
    content = talk_content(dossier, find_talk(dossier, "t1"), "nl")
    story = talk_layout._Layout(content, "nl").story(split_in_row=0)
    tables = [f for f in story if isinstance(f, talk_layout._Rows)]
    assert len(tables) == 3  # informants, agreements, learning
    assert all(t.repeatRows == 1 and t.splitInRow == 0 for t in tables)
    for i, flowable in enumerate(story):
        if isinstance(flowable, talk_layout._Heading) and flowable.bookmark[0].startswith(
            "section"
        ):
            before, after = story[i - 1], story[i + 1]
            # A page break unless there is room for the heading and the start of what follows.
            assert isinstance(before, CondPageBreak)
            if isinstance(after, talk_layout._Rows):
                assert before.height > after.lead > 0


def test_a_long_talk_splits_no_row_and_leaves_no_heading_alone(long_pdf: bytes) -> None:
    raw = [page.extract_text() for page in reader_of(long_pdf).pages]
    pages = [flat(text) for text in raw]
    for i in range(1, 21):
        (first,) = [n for n, text in enumerate(pages) if f"Afspraak {i}:" in text]
        assert f"(einde {i})" in pages[first], f"the row of agreement {i} was split"
    with_rows = [text for text in pages if re.search(r"Afspraak \d+:", text)]
    assert len(with_rows) >= 2
    assert all("Hoe we het meten" in text for text in with_rows)  # the header row repeats
    headings = (
        "De omstandigheden waarin het werk is gedaan",
        "Afspraken",
        "Voor de leidinggevende",
    )
    for text in raw:
        lines = [line for line in text.splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith(("pagina ", "Rijkapp"))]
        assert body[-1].strip() not in headings, "a heading at the bottom of a page"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_poppler_renders_every_page(long_pdf: bytes, tmp_path: Path) -> None:
    source = tmp_path / "gesprek.pdf"
    source.write_bytes(long_pdf)
    result = subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(source), str(tmp_path / "p")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr
    rendered = sorted(tmp_path.glob("p-*.png"))
    assert len(rendered) == len(reader_of(long_pdf).pages)
    assert all(p.stat().st_size > 1000 for p in rendered)


def test_reportlab_and_pypdf_load_only_when_a_pdf_is_made_or_read() -> None:
    code = (
        "import sys, rijkapp.services.talks, rijkapp.cli, rijkapp.reports.talk_pdf\n"
        "print(sorted(m for m in ('reportlab', 'pypdf') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"

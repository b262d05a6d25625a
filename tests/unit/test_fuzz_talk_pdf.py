"""Fuzzing the talk PDF that comes back from the manager: real talk PDFs made wrong, read back
through the real service on a real SQLCipher store.

A generated file starts from the talk PDF Rijkapp made (filled in by the manager, or not) or
from bytes that are no PDF at all. It may then have its attachment changed (with the checksum
made again or not), renamed (path separators, ``..``, an absolute path) or made huge, many more
attachments added, a form field's value replaced by any PDF object (deep nesting, huge numbers,
odd strings, a reference), and its bytes damaged (cut off, bits flipped, bytes put in). Whatever
comes, reading it either stores the manager's part of the talk and nothing else, or is refused
with one of the core's messages and changes nothing; no attachment is ever written to a file,
under its name or any other.

CI runs a modest number of examples; ``pytest --hypothesis-profile=fuzz
tests/unit/test_fuzz_talk_pdf.py --hypothesis-show-statistics`` runs many more.
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import inspect
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NullObject,
    TextStringObject,
)

from rijkapp.reports import talk_import
from rijkapp.reports.talk_import import MAX_ATTACHMENT, PdfRefused
from rijkapp.reports.talk_pdf import ATTACHMENT, FIELD_NAMES, checksum
from rijkapp.services import exchange, talks
from rijkapp.store.session import Session, open_session
from tests.helpers import NOW
from tests.helpers.fuzz import Damage, fuzzing
from tests.helpers.fuzz import damages as fuzz_damages
from tests.helpers.memory_keyring import MemoryKeyring, active_keyring
from tests.helpers.talks import talk_dossier


def _core_messages() -> frozenset[str]:
    """Every message the talk PDF reader has: the N_("...") texts of its module."""
    tree = ast.parse(inspect.getsource(talk_import))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_":
            (text,) = node.args
            assert isinstance(text, ast.Constant) and isinstance(text.value, str)
            found.add(text.value)
    return frozenset(found)


CORE_MESSAGES = _core_messages()
FILLED = {
    "manager_conclusion": "Goed gedaan",
    "manager_score": "+",
    "manager_remarks": "Meer delegeren.",
    "manager_name": "B. Jansen",
    "review_date": "20-02-2026",
}
EVIL_NAMES = (
    "../../rijkapp-gesprek.json",
    "../escaped.json",
    "/tmp/rijkapp-fuzz-absolute.json",
    "sub/dir/rijkapp-gesprek.json",
    "..\\..\\windows.json",
    "rijkapp-gesprek.json/../../x",
    ".",
    "..",
    "",
    "rijkapp-gesprek.json\x00.exe",
    "RIJKAPP-GESPREK.JSON",
)
# PDF object text that a form field's value is made of; padded to the place it takes, so the
# file's cross-reference table still holds.
FIELD_VALUES = (
    "[" * 3000 + "]" * 3000,
    "[" * 300 + "(x)" + "]" * 300,
    "<< /A " * 200 + "1" + " >>" * 200,
    "1e400",
    "-0",
    "99999999999999999999999999999999999999",
    "/Name#20with#00nul",
    "<FEFFD800>",  # UTF-16 with a lone surrogate
    "<FEFF00410042>",
    "<FFFE4100>",
    "(\\377\\376\\000)",
    "(" + "x" * 30_000 + ")",
    "12 0 R",
    "999999 0 R",
    "true",
    "null",
    "[(+) (++)]",
    "[]",
    "(\\n\\r\\t\\b\\f\\(\\)\\\\)",
    "(+++)",
    "(2026-02-30)",
    "(31-12-99999)",
)

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(codec=None, exclude_categories=()), max_size=20)
    | st.sampled_from(("t1", "t9", "rijkapp-gesprek", "", 1, "1")),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)


# ---------------------------------------------------------------- what is done to the PDF


def _writer(data: bytes) -> PdfWriter:
    return PdfWriter(clone_from=io.BytesIO(data))


def _written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _attached(data: bytes) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(PdfReader(io.BytesIO(data)).attachments[ATTACHMENT][0])
    return document


def _replace_attachments(writer: PdfWriter, files: list[tuple[str, bytes]]) -> None:
    for embedded in list(writer.attachment_list):
        embedded.delete()
    for name, content in files:
        writer.add_attachment(name, content)


@dataclass(frozen=True)
class ChangeAttachment:
    key: str
    value: Any
    sign: bool  # make the checksum again, as someone who knows the format would

    def apply(self, data: bytes) -> bytes:
        document = _attached(data) | {self.key: self.value}
        if self.sign:
            with contextlib.suppress(UnicodeEncodeError):  # none over a lone surrogate
                document["sha256"] = checksum(document)
        writer = _writer(data)
        _replace_attachments(writer, [(ATTACHMENT, json.dumps(document).encode("utf-8"))])
        return _written(writer)


@dataclass(frozen=True)
class RenameAttachment:
    name: str
    keep: bool  # the real attachment stays beside the one with the odd name

    def apply(self, data: bytes) -> bytes:
        content = PdfReader(io.BytesIO(data)).attachments[ATTACHMENT][0]
        writer = _writer(data)
        files = [(self.name, content)] + ([(ATTACHMENT, content)] if self.keep else [])
        _replace_attachments(writer, files)
        return _written(writer)


@dataclass(frozen=True)
class HugeAttachment:
    extra: int  # bytes past the limit

    def apply(self, data: bytes) -> bytes:
        document = _attached(data)
        text = json.dumps(document)
        padded = text[:-1] + " " * (MAX_ATTACHMENT + self.extra - len(text)) + "}"
        writer = _writer(data)
        _replace_attachments(writer, [(ATTACHMENT, padded.encode("utf-8"))])
        return _written(writer)


@dataclass(frozen=True)
class ManyAttachments:
    count: int
    name: str

    def apply(self, data: bytes) -> bytes:
        writer = _writer(data)
        for i in range(self.count):
            writer.add_attachment(f"{self.name}{i}", b"{}" * (i % 7))
        return _written(writer)


@dataclass(frozen=True)
class FieldValue:
    field: str
    raw: str

    def apply(self, data: bytes) -> bytes:
        marker = "Q" * max(len(self.raw) - 2, 1)
        writer = _writer(data)
        for page in writer.pages:
            for ref in page.get("/Annots", []):
                widget = ref.get_object()
                if widget.get("/T") == self.field:
                    widget[NameObject("/V")] = TextStringObject(marker)
        written = _written(writer)
        raw = self.raw.ljust(len(marker) + 2).encode("latin-1")
        placed = written.replace(f"/V ({marker})".encode("ascii"), b"/V " + raw, 1)
        assert placed != written, "the field's value was not found in the file"
        return placed


Change = ChangeAttachment | RenameAttachment | HugeAttachment | ManyAttachments | FieldValue

changes = st.one_of(
    st.builds(
        ChangeAttachment,
        st.sampled_from(("talk_id", "document_id", "version", "format", "sha256", "content"))
        | st.text(max_size=8),
        JSON_VALUES,
        st.booleans(),
    ),
    st.builds(RenameAttachment, st.sampled_from(EVIL_NAMES) | st.text(max_size=20), st.booleans()),
    st.builds(HugeAttachment, st.integers(1, 1024 * 1024)),
    st.builds(ManyAttachments, st.integers(1, 300), st.sampled_from(EVIL_NAMES)),
    st.builds(
        FieldValue,
        st.sampled_from(FIELD_NAMES),
        st.sampled_from(FIELD_VALUES) | st.text(st.characters(max_codepoint=255), max_size=40),
    ),
)
damages = fuzz_damages((b"%%EOF", b"\x00", b"endobj", b"%PDF-"))
NOT_PDF = (
    b"",
    b"%PDF-",
    b"%PDF-1.7\n%%EOF",
    b"Beste Anneke, hierbij mijn reactie.",
    b'{"format": "rijkapp-gesprek", "version": 1}',
    b"PK\x03\x04" + bytes(100),
    bytes(range(256)) * 8,
)


@dataclass(frozen=True)
class Made:
    """How one file to read back was made."""

    start: str  # "filled", "blank" or "other"
    other: bytes
    change: Change | None
    damage: tuple[Damage, ...]


files = st.builds(
    Made,
    st.sampled_from(("filled", "blank", "other")),
    st.sampled_from(NOT_PDF) | st.binary(max_size=300),
    st.none() | changes,
    st.lists(damages, max_size=3).map(tuple),
)


# ---------------------------------------------------------------- the store and the check


class Fuzzed:
    """The store under test and the PDFs it made. Hypothesis prints the arguments of a failing
    example, a dataclass field by field (the session's key too); this it prints by its repr."""

    def __init__(self, session: Session, folder: Path) -> None:
        self.session = session
        self.folder = folder
        blank = folder / "gesprek.pdf"
        talks.save_talk_pdf(session.store, "t1", blank)
        self.pdfs = {"blank": blank.read_bytes(), "filled": _filled(blank.read_bytes())}

    def __repr__(self) -> str:
        return "<the store under test>"


def _filled(data: bytes) -> bytes:
    """Filled in as a manager's PDF program does (pypdf here, not reportlab that made it)."""
    writer = _writer(data)
    for page in writer.pages:
        writer.update_page_form_field_values(page, FILLED, auto_regenerate=True)
    return _written(writer)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzed]:
    """One SQLCipher store holding a dossier with a talk, and the talk's PDF."""
    with active_keyring(MemoryKeyring()):
        session = open_session(tmp_path_factory.mktemp("fuzz") / "data", now=NOW)
        session.store.replace_all(talk_dossier())
        yield Fuzzed(session, tmp_path_factory.mktemp("pdfs"))
        session.close()


def the_file(store: Fuzzed, made: Made) -> bytes:
    data = store.pdfs.get(made.start, made.other)
    if made.change is not None and made.start in store.pdfs:
        data = made.change.apply(data)
    for damage in made.damage:
        data = damage.apply(data)
    return data


def files_in(*folders: Path) -> set[Path]:
    return {path for folder in folders for path in folder.rglob("*")}


def names_in(data: bytes) -> set[str]:
    """The attachment names a file holds, as far as it can be read."""
    try:
        names = PdfReader(io.BytesIO(data), strict=False).attachments
    except Exception:  # a damaged file: its names cannot be read, by Rijkapp neither
        return set()
    # A damaged name table can hand back bytes for a name: as a file name, it reads as text.
    return {n.decode("latin-1") if isinstance(n, bytes) else str(n) for n in names}


def holds_only_text(data: bytes) -> bool:
    """Whether each of Rijkapp's form fields in the file holds text or nothing (as pypdf
    reads it)."""
    fields = PdfReader(io.BytesIO(data), strict=False).get_fields() or {}
    for name in set(FIELD_NAMES) & set(fields):
        value = fields[name].get("/V")
        if isinstance(value, ArrayObject):  # a choice field may hold a list
            value = value[0] if value else None
        if not (value is None or isinstance(value, NullObject | TextStringObject)):
            return False
    return True


def read_once(store: Fuzzed, data: bytes, here: Path) -> str:
    """Read ``data`` back as the manager's reply: stored or refused, as said above."""
    session = store.session
    path = store.folder / "terug.pdf"
    path.write_bytes(data)
    before = exchange.export_text(session, NOW)
    held = session.store.dossier()
    (last,) = session.store.audit(limit=1)
    present = files_in(store.folder, session.data_dir, here)
    try:
        preview = talks.read_talk_reply(session.store, path)
        reply, _ = talks.store_talk_reply(session.store, path)
    except PdfRefused as refused:
        assert refused.template in CORE_MESSAGES, refused.template
        for language in ("nl", "en"):
            refused.render(language).encode("utf-8")
        assert exchange.export_text(session, NOW) == before
        assert session.store.audit(limit=1)[0].seq == last.seq
        outcome = "refused"
    else:
        assert reply.updated == preview.updated
        assert holds_only_text(data)  # a number, a name or a dictionary is no text to store
        dossier = session.store.dossier()
        (talk,) = dossier.talks
        assert talk == reply.updated
        assert dataclasses.replace(dossier, talks=held.talks) == held  # the rest stays
        session.store.replace_all(talk_dossier())
        outcome = "stored"
    written = files_in(store.folder, session.data_dir, here) - present
    assert {p.name for p in written} <= {"rijkapp.db-wal", "rijkapp.db-shm"}, written
    for name in names_in(data) - {"", ".", ".."}:
        for folder in (here, store.folder, session.data_dir):
            if "\x00" not in name:
                assert not (folder / name).is_file() or folder / name in present, name
    return outcome


@pytest.fixture(scope="module")
def here(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An empty working folder: a name from an attachment would land here first."""
    folder = tmp_path_factory.mktemp("working")
    previous = Path.cwd()
    os.chdir(folder)
    try:
        yield folder
    finally:
        os.chdir(previous)


@fuzzing(100)
@given(made=files)
@example(made=Made("filled", b"", RenameAttachment("../../rijkapp-gesprek.json", False), ()))
@example(made=Made("filled", b"", RenameAttachment("/tmp/rijkapp-fuzz-absolute.json", True), ()))
@example(made=Made("filled", b"", ManyAttachments(300, "../"), ()))
@example(made=Made("filled", b"", HugeAttachment(1), ()))
@example(made=Made("filled", b"", ChangeAttachment("talk_id", "t9", True), ()))
@example(made=Made("filled", b"", ChangeAttachment("content", None, False), ()))
@example(made=Made("filled", b"", ChangeAttachment("talk_id", "\udfff", False), ()))
@example(made=Made("blank", b"", FieldValue("manager_conclusion", "[" * 3000 + "]" * 3000), ()))
@example(made=Made("blank", b"", FieldValue("manager_remarks", "null"), ()))
@example(made=Made("blank", b"", FieldValue("manager_conclusion", "<< /A 1 >>"), ()))
@example(made=Made("blank", b"", FieldValue("manager_conclusion", "<FEFFD800>"), ()))
@example(made=Made("blank", b"", FieldValue("employee_reaction", "12 0 R"), ()))
@example(made=Made("filled", b"", None, (Damage(0.5, "cut", b"x"),)))
@example(made=Made("other", bytes(range(256)) * 8, None, ()))
def test_a_returned_pdf_is_stored_or_refused_with_the_cores_message(
    store: Fuzzed, here: Path, made: Made
) -> None:
    event(read_once(store, the_file(store, made), here))


def test_a_50_mb_file_is_refused_before_it_is_read(store: Fuzzed, here: Path) -> None:
    data = store.pdfs["filled"]
    assert read_once(store, data + b" " * (50 * 1024 * 1024), here) == "refused"


def test_a_signature_beside_the_managers_part_is_no_reason_to_refuse(
    store: Fuzzed, here: Path
) -> None:
    """A manager's PDF program may add fields of its own, such as a signature, whose value is
    no text: only Rijkapp's fields are read."""
    writer = _writer(store.pdfs["filled"])
    signature = DictionaryObject(
        {
            NameObject("/FT"): NameObject("/Sig"),
            NameObject("/T"): TextStringObject("handtekening"),
            NameObject("/V"): DictionaryObject({NameObject("/Type"): NameObject("/Sig")}),
        }
    )
    fields = writer.root_object["/AcroForm"].get_object()["/Fields"].get_object()  # type: ignore[index]
    assert isinstance(fields, ArrayObject)
    fields.append(writer._add_object(signature))
    assert read_once(store, _written(writer), here) == "stored"

"""Fuzzing the import: valid documents made wrong in every way a file can be wrong, through the
real import service on a real SQLCipher store.

Each generated document is the example document with one to four mutations: a field given a
value of another type (numbers far out of range, ``NaN`` and ``Infinity`` literals, control
characters, text from every Unicode plane and lone surrogates, 10 MB of text, deep nesting), a
field or section left out, an unknown one added, a record repeated (duplicate ids), a key given
twice. Besides those, the document's bytes are damaged (cut off, bits flipped, bytes put in).
Whatever comes, the import either takes the whole document (the store then exports what the
document says, and the balances and the overview can be worked out from it) or refuses it with
a message that names the field, and then the store exports exactly what it did before: no record,
no audit line, no backup more.

CI runs a modest number of examples; ``pytest --hypothesis-profile=fuzz
tests/unit/test_fuzz_import.py --hypothesis-show-statistics`` runs many more and prints how many
documents were imported and refused (see ``tests/helpers/fuzz.py``).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st

from rijkapp import cli
from rijkapp.domain.errors import ImportRefused
from rijkapp.exchange import export_document, parse_document, to_json
from rijkapp.exchange.parse import ImportRefusedWithErrors
from rijkapp.services import exchange
from rijkapp.store import backups
from rijkapp.store.repository import Store
from rijkapp.store.session import Session, open_session
from rijkapp.views.overview import load_overview_page
from tests.helpers import EXAMPLE, NOW, TODAY
from tests.helpers.fuzz import Damage, fuzzing
from tests.helpers.fuzz import damages as fuzz_damages
from tests.helpers.memory_keyring import MemoryKeyring, active_keyring

Where = tuple[str | int, ...]
ORIGINAL: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _at(document: Any, path: Where) -> Any:
    for step in path:
        document = document[step]
    return document


def _nodes(value: Any, path: Where = ()) -> Iterator[Where]:
    yield path
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _nodes(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _nodes(inner, (*path, index))


NODES = tuple(_nodes(ORIGINAL))
FIELDS = NODES[1:]
OBJECTS = tuple(path for path in NODES if isinstance(_at(ORIGINAL, path), dict))
LIST_ITEMS = tuple(path for path in FIELDS if isinstance(path[-1], int))
LEAVES = tuple(
    _at(ORIGINAL, path) for path in FIELDS if not isinstance(_at(ORIGINAL, path), dict | list)
)
KEYS = tuple(sorted({step for path in FIELDS for step in path if isinstance(step, str)}))

# ---------------------------------------------------------------- values a field may be given


@dataclass(frozen=True)
class Raw:
    """JSON text put in the document as it stands: what ``json.dumps`` would never write."""

    text: str


RAW = (
    "NaN",
    "Infinity",
    "-Infinity",
    "-0",
    "-0.0",
    "1e308",
    "1e400",
    "-1e400",
    "1e-400",
    "1" + "0" * 400,  # 10**400
    "9" * 5000,  # more digits than Python turns into an int by default
    "0.000000000000000000001",
    "[" * 600 + "]" * 600,  # deeper than the writer went before it was refused
    '{"a": ' * 300 + "1" + "}" * 300,
    "[" * 100_000 + "]" * 100_000,  # deeper than any reader goes
)
TRICKY_TEXT = (
    "",
    " ",
    "\x00",
    "\x1b[31m\r\n\t\x7f",
    "\u2028\u2029",
    "\ud800",
    "\udfff",
    "a\ud83d",
    "\U0010ffff",
    "\ufeff",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "2026-02-30",
    "2026-13",
    "2026-1-1",
    " 12 ",
    "12,50",
    "1e3",
    "1E+999",
    "NaN",
    "-Infinity",
    "0x10",
    "-0",
    "++",
    "../../etc/passwd",
)
TEN_MB = "x" * (10 * 1024 * 1024)
CHARACTERS = st.characters(codec=None, exclude_categories=())  # every plane, surrogates too

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(CHARACTERS, max_size=30),
    st.sampled_from(TRICKY_TEXT),
    st.sampled_from(LEAVES),
    st.sampled_from((501, 20_001, 300_000)).map(lambda size: "x" * size),  # 10 MB: @example
    st.sampled_from(RAW).map(Raw),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(CHARACTERS, max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
keys = st.text(CHARACTERS, max_size=12) | st.sampled_from(KEYS)

# ---------------------------------------------------------------- what is done to the document


@dataclass(frozen=True)
class Pairs:
    """A JSON object written with its keys as listed, the same key more than once too."""

    items: tuple[tuple[str, Any], ...]


def _place(document: Any, path: Where) -> tuple[Any, str | int] | None:
    """The object or list holding ``path`` and the last step, or None when an earlier mutation
    took that place away."""
    for step in path[:-1]:
        if not _holds(document, step):
            return None
        document = document[step]
    return (document, path[-1]) if _holds(document, path[-1]) else None


def _holds(container: Any, step: str | int) -> bool:
    if isinstance(container, dict):
        return isinstance(step, str) and step in container
    return isinstance(container, list) and isinstance(step, int) and step < len(container)


@dataclass(frozen=True)
class Replace:
    path: Where
    value: Any

    def apply(self, document: dict[str, Any]) -> None:
        if place := _place(document, self.path):
            place[0][place[1]] = self.value


@dataclass(frozen=True)
class Remove:
    path: Where

    def apply(self, document: dict[str, Any]) -> None:
        if place := _place(document, self.path):
            del place[0][place[1]]


@dataclass(frozen=True)
class Add:
    path: Where  # of an object
    key: str
    value: Any

    def apply(self, document: dict[str, Any]) -> None:
        place = _place(document, self.path) if self.path else None
        target = place[0][place[1]] if place else None if self.path else document
        if isinstance(target, dict):
            target[self.key] = self.value


@dataclass(frozen=True)
class Repeat:
    path: Where  # of a list item: it is added again at the end of its list (the same id)

    def apply(self, document: dict[str, Any]) -> None:
        if place := _place(document, self.path):
            place[0].append(copy.deepcopy(place[0][place[1]]))


@dataclass(frozen=True)
class Twice:
    path: Where  # of an object (not the top level): its first key comes again, another value
    value: Any
    first: bool  # the new value before the old one (a reader keeps the last)

    def apply(self, document: dict[str, Any]) -> None:
        place = _place(document, self.path)
        if place and isinstance(target := place[0][place[1]], dict) and target:
            items = tuple(target.items())
            again = ((items[0][0], self.value),)
            place[0][place[1]] = Pairs(again + items if self.first else items + again)


Mutation = Replace | Remove | Add | Repeat | Twice

mutations = st.one_of(
    st.builds(Replace, st.sampled_from(FIELDS), values),
    st.builds(Remove, st.sampled_from(FIELDS)),
    st.builds(Add, st.sampled_from(OBJECTS), keys, values),
    st.builds(Repeat, st.sampled_from(LIST_ITEMS)),
    st.builds(Twice, st.sampled_from(OBJECTS[1:]), values, st.booleans()),
)


def write(value: Any) -> str:
    """JSON text of a document that may hold :class:`Raw` text and :class:`Pairs`."""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, Pairs | dict):
        items = value.items if isinstance(value, Pairs) else tuple(value.items())
        return "{" + ", ".join(f"{json.dumps(k)}: {write(v)}" for k, v in items) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(write(v) for v in value) + "]"
    return json.dumps(value)


def document_bytes(changes: list[Mutation]) -> bytes:
    document = copy.deepcopy(ORIGINAL)
    for change in changes:
        change.apply(document)
    return write(document).encode("ascii")


# ---------------------------------------------------------------- the store and the check

# What may be refused without naming a field below the top: the file as a whole is not a Rijkapp
# document. A document that is JSON apart from a NaN or a huge number is refused naming its field.
NOT_JSON = "The file is not valid JSON: {reason}"
WHOLE_FILE = (
    "The file is nested too deeply to be a Rijkapp export.",
    "The file is not a Rijkapp export: the top level is not an object.",
    "The file is not a Rijkapp export (format: {value}).",
    "version: {value} is not supported by this Rijkapp (it reads version {known}).",
)


class Fuzzed:
    """The store under test. Hypothesis prints the arguments of a failing example, a dataclass
    field by field (the session's key too); this it prints by its repr."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def __repr__(self) -> str:
        return "<the store under test>"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzed]:
    """One SQLCipher store for every example, holding the example document (key in a keyring
    that lives as long as this module)."""
    with active_keyring(MemoryKeyring()):
        session = open_session(tmp_path_factory.mktemp("fuzz") / "data", now=NOW)
        exchange.import_file(session, EXAMPLE, NOW)
        yield Fuzzed(session)
        session.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("documents")


def state(session: Session) -> tuple[str, int, list[Path]]:
    """Everything an import could change: the export, the last audit line, the backups."""
    (last,) = session.store.audit(limit=1)
    return (
        exchange.export_text(session, NOW),
        last.seq,
        [b.path for b in backups.list_backups(session.db_path)],
    )


def top_level_keys(data: bytes) -> frozenset[str]:
    """The names a path may start with: the document's sections, as a message writes them."""
    document = json.loads(data, parse_constant=str, parse_int=str)
    return frozenset(
        key.encode("utf-8", "backslashreplace").decode("utf-8") or '""' for key in document
    ) | {"settings"}


def assert_names_the_field(
    refused: ImportRefused, data: bytes, whole_file: tuple[str, ...]
) -> None:
    for language in ("nl", "en"):
        refused.render(language).encode("utf-8")  # can be shown and logged
    if not isinstance(refused, ImportRefusedWithErrors):
        assert refused.template in whole_file, refused.render("en")
        return
    assert refused.errors
    sections = top_level_keys(data)
    for error in refused.errors:
        root = re.match(r"[^.\[]+", error.field)
        assert root is not None and root.group() in sections, error.field
        assert error.render("nl").startswith(f"{error.field}: ")


def import_once(
    session: Session, folder: Path, data: bytes, whole_file: tuple[str, ...] = WHOLE_FILE
) -> str:
    """Import ``data``; check that it was taken whole or refused naming the field, changing
    nothing. Says which."""
    path = folder / "import.json"
    path.write_bytes(data)
    before = state(session)
    try:
        result = exchange.import_file(session, path, NOW)
    except ImportRefused as refused:
        assert_names_the_field(refused, data, whole_file)
        assert state(session) == before
        return "refused"
    try:
        assert (
            json.loads(data, parse_int=str)["version"] is not True
        )  # only the number 1 is version 1
        # The import hands its dossier to whoever reads next; the database must hold the same.
        dossier = session.store.dossier()
        held = Store(session.store.db).dossier()
        assert repr(held) == repr(dossier)
        assert to_json(export_document(held, NOW)) == to_json(
            export_document(parse_document(data), NOW)
        )
        cli.balances(dossier, TODAY)
        load_overview_page(session.store, TODAY)
    finally:
        result.backup.unlink()
        exchange.import_file(session, EXAMPLE, NOW)
        backups.list_backups(session.db_path)[0].path.unlink()
    return "imported"


@fuzzing()
@given(changes=st.lists(mutations, min_size=1, max_size=4))
@example(changes=[Replace(("profile", "name"), TEN_MB)])
@example(changes=[Add(("leave", 0), "note_long", TEN_MB)])
@example(changes=[Repeat(("leave", 0))])
@example(changes=[Remove(("version",))])
@example(changes=[Replace(("version",), True)])
@example(changes=[Add(("talks", 0), "\udfff", ["\udfff"])])
@example(changes=[Replace(("employment", 0, "hours_per_week"), Raw("NaN"))])
@example(changes=[Replace(("employment", 0, "scale"), Raw("9" * 5000))])
@example(changes=[Add((), "extra", Raw("[" * 5000 + "]" * 5000))])
@example(changes=[Add((), "", Raw("NaN"))])
def test_a_changed_document_is_imported_whole_or_refused_naming_the_field(
    store: Fuzzed, folder: Path, changes: list[Mutation]
) -> None:
    event(import_once(store.session, folder, document_bytes(changes)))


damages = fuzz_damages((b"\xed\xa0\x80", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00", b"\xc0\xaf"))


@fuzzing()
@given(damage=st.lists(damages, min_size=1, max_size=3))
@example(damage=[Damage(0.0, "insert", b"\xef\xbb\xbf")])
def test_a_damaged_file_is_imported_whole_or_refused_and_nothing_changes(
    store: Fuzzed, folder: Path, damage: list[Damage]
) -> None:
    data = EXAMPLE.read_bytes()
    for one in damage:
        data = one.apply(data)
    event(import_once(store.session, folder, data, (NOT_JSON, *WHOLE_FILE)))

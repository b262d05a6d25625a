"""Load and query the rule book.

Every value has a validity period, a source and a confidence, so that a past year recomputes
with its own rules and every figure can say where it comes from. The files are TOML:

``sources.toml``::

    [sources.caorijk_4_1]
    title = "CAO Rijk 4.1 Vakantie"              # the source's name in Dutch
    title_en = "CAO Rijk 4.1 Holidays"           # and in English
    url = "https://www.caorijk.nl/cao-rijk/hoofdstuk-4/vakantie"

any other file::

    [about.leave_statutory_hours_fulltime]      # what the rule is, once per key, for the reader
    name_nl = "Wettelijke vakantie-uren"
    name_en = "Statutory leave hours"
    meaning_nl = "..."                           # what the rule means for you, in plain words
    meaning_en = "..."
    unit = "hours_per_year"                      # how its value is shown (see rijkapp.views.rules)

    [[rules.statutory_leave_hours_fulltime]]
    from = 2020-01-01              # inclusive; omit "to" for "until further notice"
    value = "144"
    source = "caorijk_4_1"
    confidence = "confirmed"       # confirmed | secondary | derived | unconfirmed
    note = "..."                   # for whoever maintains the book, never shown
    description_nl = "..."         # an assumption (unconfirmed) says here what is assumed, in
    description_en = "..."         # words for the user; also on table rows
    value_nl = "..."               # optional: the value in words, where it is a list or table
    value_en = "..."

    [words]                        # symbolic values (``value = "salaris_per_uur"``) in words
    salaris_per_uur = { nl = "salaris per uur", en = "hourly salary" }

    [[tables.aow]]                 # a list of rows that are not keyed by date (AOW by birth date)
    ...

Parsing the TOML takes a noticeable part of a start, so the book read once is kept in the
user's cache folder (:func:`load_cached`), under the digest of the files and of this module's
record layout: a changed file, or a Rijkapp that reads them differently, reads them again.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import pickle
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from rijkapp.paths import resources_dir


class Confidence(StrEnum):
    CONFIRMED = "confirmed"  # read in a primary source
    SECONDARY = "secondary"  # read in a secondary source that agrees with the primary ones
    DERIVED = "derived"  # calculated from confirmed facts
    UNCONFIRMED = "unconfirmed"  # assumed; the app says so wherever it is used

    @property
    def is_certain(self) -> bool:
        return self is not Confidence.UNCONFIRMED


@dataclass(frozen=True)
class Source:
    id: str
    title: str  # in Dutch
    url: str
    title_en: str = ""

    def render(self, language: str) -> str:
        """The source's name in ``language`` (Dutch where it has no English name)."""
        return self.title_en if language == "en" and self.title_en else self.title


@dataclass(frozen=True)
class About:
    """What a rule is, for the reader: its name, what it means for you and how its value shows."""

    name_nl: str = ""
    name_en: str = ""
    meaning_nl: str = ""
    meaning_en: str = ""
    unit: str = ""

    @property
    def complete(self) -> bool:
        return all((self.name_nl, self.name_en, self.meaning_nl, self.meaning_en, self.unit))


@dataclass(frozen=True)
class Rule:
    key: str
    valid_from: date
    valid_to: date | None  # inclusive; None: until further notice
    value: Any
    source: Source
    confidence: Confidence
    note: str = ""
    description_nl: str = ""
    description_en: str = ""
    about: About = About()
    value_nl: str = ""
    value_en: str = ""

    def applies_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def decimal(self) -> Decimal:
        if isinstance(self.value, bool) or not isinstance(self.value, (str, int)):
            raise TypeError(f"rule {self.key} is not a number: {self.value!r}")
        return Decimal(str(self.value))

    def explanation(self, language: str = "nl") -> str:
        """The maintainer's note in one language: notes are written "Nederlands / English"."""
        dutch, sep, english = self.note.partition(" / ")
        if not sep:
            return self.note
        return english if language == "en" else dutch

    def name(self, language: str = "nl") -> str:
        """The rule's name for the reader, in ``language``."""
        return (self.about.name_en if language == "en" else self.about.name_nl) or self.key

    def meaning(self, language: str = "nl") -> str:
        """What the rule means for you, in ``language``."""
        return self.about.meaning_en if language == "en" else self.about.meaning_nl

    def description(self, language: str = "nl") -> str:
        """What this period of the rule is about, for the user, in ``language``: what it
        assumes, where the period says so, or else what the rule means."""
        own = self.description_en if language == "en" else self.description_nl
        return own or self.meaning(language)

    def value_words(self, language: str = "nl") -> str:
        """The value in words where the rule book writes it out (lists and tables), else ""."""
        return self.value_en if language == "en" else self.value_nl

    def citation(self, language: str = "nl") -> str:
        """The name of the rule's source in ``language``, for explanations."""
        return self.source.render(language)


class RuleBookError(Exception):
    """The rule files are inconsistent: a programming or packaging error, never user input."""


@dataclass(frozen=True)
class TableRow:
    values: Mapping[str, Any]
    source: Source
    confidence: Confidence

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


class RuleBook:
    def __init__(
        self,
        rules: Mapping[str, tuple[Rule, ...]],
        tables: Mapping[str, tuple[TableRow, ...]],
        sources: Mapping[str, Source],
        words: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self._rules = rules
        self._tables = tables
        self.sources = sources
        self.words: Mapping[str, Mapping[str, str]] = words or {}

    @classmethod
    def load(cls, directory: Path) -> RuleBook:
        return cls.parse({path: path.read_bytes() for path in sorted(directory.glob("*.toml"))})

    @classmethod
    def parse(cls, files: Mapping[Path, bytes]) -> RuleBook:
        """The book from the bytes of its files (by path, in the order given)."""
        return _parse(files)

    def _check_no_overlaps(self) -> None:
        for key, periods in self._rules.items():
            for earlier, later in itertools.pairwise(periods):
                if earlier.valid_to is None or earlier.valid_to >= later.valid_from:
                    raise RuleBookError(
                        f"rule {key}: period from {earlier.valid_from} overlaps {later.valid_from}"
                    )

    def keys(self) -> Iterator[str]:
        return iter(self._rules)

    def periods(self, key: str) -> tuple[Rule, ...]:
        try:
            return self._rules[key]
        except KeyError:
            raise RuleBookError(f"no rule {key!r} in the rule book") from None

    def find(self, key: str, on: date) -> Rule | None:
        for rule in self.periods(key):
            if rule.applies_on(on):
                return rule
        return None

    def get(self, key: str, on: date) -> Rule:
        rule = self.find(key, on)
        if rule is None:
            raise RuleBookError(f"rule {key!r} has no value on {on.isoformat()}")
        return rule

    def decimal(self, key: str, on: date) -> Decimal:
        return self.get(key, on).decimal

    def table(self, key: str) -> tuple[TableRow, ...]:
        try:
            return self._tables[key]
        except KeyError:
            raise RuleBookError(f"no table {key!r} in the rule book") from None

    def all_periods(self) -> list[Rule]:
        """Every rule period, by key and date: the whole book, for the 'rules and sources' view."""
        return [rule for key in sorted(self._rules) for rule in self._rules[key]]

    def unconfirmed(self) -> list[Rule]:
        """Every rule period that is not confirmed, for the app's 'what is assumed' list."""
        return [
            rule
            for periods in self._rules.values()
            for rule in periods
            if rule.confidence is Confidence.UNCONFIRMED
        ]


def _parse(files: Mapping[Path, bytes]) -> RuleBook:
    """The book from its files' bytes: the sources of all files first, then their rules."""
    import tomllib  # not when the book is kept: its regular expressions take a while too

    sources: dict[str, Source] = {}
    raw: list[tuple[Path, dict[str, Any]]] = []
    for path, content in files.items():
        data = tomllib.loads(content.decode("utf-8"))
        raw.append((path, data))
        for key, entry in data.get("sources", {}).items():
            sources[key] = Source(
                key,
                str(entry["title"]),
                str(entry.get("url", "")),
                str(entry.get("title_en", "")),
            )
    rules: dict[str, list[Rule]] = {}
    tables: dict[str, list[TableRow]] = {}
    words: dict[str, Mapping[str, str]] = {}
    for _path, data in raw:
        words.update(data.get("words", {}))
    for path, data in raw:
        abouts = data.get("about", {})
        for key, periods in data.get("rules", {}).items():
            about = About(**{k: str(v) for k, v in abouts.get(key, {}).items()})
            for period in periods:
                rules.setdefault(key, []).append(_rule(path, key, period, sources, about))
        for key, rows in data.get("tables", {}).items():
            for row in rows:
                source, confidence = _provenance(path, key, row, sources)
                tables.setdefault(key, []).append(TableRow(row, source, confidence))
    book = RuleBook(
        {k: tuple(sorted(v, key=lambda r: r.valid_from)) for k, v in rules.items()},
        {k: tuple(v) for k, v in tables.items()},
        sources,
        words,
    )
    book._check_no_overlaps()
    return book


def _provenance(
    path: Path, key: str, entry: Mapping[str, Any], sources: Mapping[str, Source]
) -> tuple[Source, Confidence]:
    source_id = entry.get("source")
    if source_id not in sources:
        raise RuleBookError(f"{path.name}: {key} names unknown source {source_id!r}")
    try:
        confidence = Confidence(str(entry.get("confidence")))
    except ValueError:
        raise RuleBookError(f"{path.name}: {key} has no valid confidence") from None
    return sources[str(source_id)], confidence


def _rule(
    path: Path,
    key: str,
    period: Mapping[str, Any],
    sources: Mapping[str, Source],
    about: About,
) -> Rule:
    source, confidence = _provenance(path, key, period, sources)
    valid_from = period.get("from")
    valid_to = period.get("to")
    if not isinstance(valid_from, date) or (
        valid_to is not None and not isinstance(valid_to, date)
    ):
        raise RuleBookError(f"{path.name}: {key} needs dates in 'from' (and 'to')")
    if "value" not in period:
        raise RuleBookError(f"{path.name}: {key} from {valid_from} has no value")
    return Rule(
        key=key,
        valid_from=valid_from,
        valid_to=valid_to,
        value=period["value"],
        source=source,
        confidence=confidence,
        note=str(period.get("note", "")),
        description_nl=str(period.get("description_nl", "")),
        description_en=str(period.get("description_en", "")),
        about=about,
        value_nl=str(period.get("value_nl", "")),
        value_en=str(period.get("value_en", "")),
    )


def _layout() -> bytes:
    """What a kept book depends on besides the files: its records' fields and how it is read."""
    kinds = (Rule, Source, About, TableRow)
    reading = (_parse, _rule, _provenance)
    return repr(
        [
            *((kind.__name__, [f.name for f in fields(kind)]) for kind in kinds),
            *(function.__code__.co_code for function in reading),
        ]
    ).encode()


def load_cached(directory: Path, cache_dir: Path) -> RuleBook:
    """The book in ``directory``, from ``cache_dir`` when it was read before as it is now.

    A kept book that cannot be read is read from the files again; one that cannot be kept
    (a read-only or full disk) is simply not kept.
    """
    files = {path: path.read_bytes() for path in sorted(directory.glob("*.toml"))}
    digest = hashlib.sha256(_layout())
    for path, content in files.items():
        digest.update(f"{path.name}\0{len(content)}\0".encode())
        digest.update(content)
    kept = cache_dir / f"rules-{digest.hexdigest()[:32]}.pickle"
    try:
        book = pickle.loads(kept.read_bytes())  # the user's own folder, as trusted as the code
        if isinstance(book, RuleBook):
            return book
    except Exception:  # absent, or written by something else: read the files
        pass
    book = RuleBook.parse(files)
    with contextlib.suppress(OSError):
        _keep(book, kept)
    return book


def _keep(book: RuleBook, kept: Path) -> None:
    """Write ``book`` to ``kept`` whole or not at all, and remove books kept before."""
    kept.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=kept.parent, prefix=".rules-", suffix=".partial")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(book, out, protocol=pickle.HIGHEST_PROTOCOL)
        Path(partial).replace(kept)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    for old in kept.parent.glob("rules-*.pickle"):
        if old != kept:
            old.unlink(missing_ok=True)


@cache
def default_rulebook() -> RuleBook:
    """The rule book shipped with this version of Rijkapp (loaded once per process, and read
    from its files once per version of them)."""
    import platformdirs

    cache_dir = Path(platformdirs.user_cache_dir("rijkapp", appauthor=False))
    return load_cached(resources_dir() / "rules", cache_dir)

"""Exchange document to Dossier, validating every field at the edge, as the records'
declarations say (``rijkapp.domain.declarations``).

Every problem is reported with the field's path (``leave[3].start``) and a plain message; the
whole document is refused when anything is wrong, so an import is all or nothing. Fields of a
record that this version does not know are kept with the record, as JSON; so are unknown
top-level sections. Neither is checked beyond being JSON that can be kept: text in UTF-8 (no lone
surrogate), no ``NaN`` or ``Infinity`` and no nesting deeper than :data:`MAX_DEPTH`, which every
part of the document is checked for first, each problem named by its path.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from typing import Any

from rijkapp.domain import json_text
from rijkapp.domain.codecs import MAX_NAME, Text, read_list, read_object, show
from rijkapp.domain.declarations import BY_SECTION, LISTS, PROFILE, references
from rijkapp.domain.errors import ImportRefused, ValidationError
from rijkapp.domain.fields import ID, Field, RecordKind, Records
from rijkapp.domain.records import Dossier, Profile
from rijkapp.i18n import N_

FORMAT = "rijkapp"
SUPPORTED_VERSIONS = (1,)
MAX_ERRORS = 25
MAX_DEPTH = 32  # levels of lists and objects; the format itself uses five
_SURROGATE = re.compile("[\ud800-\udfff]")

KNOWN_SECTIONS = frozenset(
    {"format", "version", "exported_at", PROFILE.section, *BY_SECTION, "settings"}
)


class Reader:
    """Collects the problems of one document (at most MAX_ERRORS)."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def note(self, error: ValidationError) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(error)

    def items(self, document: dict[str, Any], kind: RecordKind[Any]) -> tuple[Any, ...]:
        """The records of one list; a record with a problem is noted and left out."""
        value = document.get(kind.section, [])
        if value is None:
            return ()
        if not isinstance(value, list):
            self.note(ValidationError(kind.section, N_("must be a list.")))
            return ()
        found = []
        ids: set[str] = set()
        for index, raw in enumerate(value):
            try:
                found.append(read_record(kind, raw, f"{kind.section}[{index}]", ids))
            except ValidationError as error:
                self.note(error)
        return tuple(found)


def read_record(kind: RecordKind[Any], raw: Any, path: str, ids: set[str]) -> Any:
    """One record, field by field in the declared order; the first problem refuses it.

    ``ids`` holds the ids of the records before it in its list, which this one must not repeat.
    """
    record = read_object(raw, path)
    values: dict[str, Any] = {}
    for field in kind.fields:
        values[field.attr] = _read_field(kind, field, record, path, values)
        if field is ID:
            record_id = values[ID.attr]
            if record_id in ids:
                raise ValidationError(
                    f"{path}.{ID.key}", N_("{value} is used twice."), value=record_id
                )
            ids.add(record_id)
    if kind.check is not None:
        kind.check(values, kind.where(path))
    extra = tuple(
        (key, json_text.dumps(value)) for key, value in record.items() if key not in kind.keys
    )
    return kind.type(**values, extra=extra)


def _read_field(
    kind: RecordKind[Any], field: Field[Any], record: dict[str, Any], path: str, values: Any
) -> Any:
    if field.when is not None and not field.when(values):
        return kind.defaults.get(field.attr)
    where = f"{path}.{field.key}"
    if isinstance(field.codec, Records) and _former_only(field.codec, field.key, record):
        return _read_former(field.codec, record[field.codec.former_key], path)
    if field.key in record:
        raw = record[field.key]
    elif field.required:
        raise ValidationError(where, N_("is missing."))
    else:
        raw = field.missing
    if raw is None and field.nullable and not field.required:
        return None
    if isinstance(field.codec, Records):
        ids: set[str] = set()
        inner = field.codec.kind
        value: Any = tuple(
            read_record(inner, item, f"{where}[{i}]", ids)
            for i, item in enumerate(read_list(raw, where))
        )
    else:
        value = field.codec.read(raw, where)
    for rule in field.rules:
        if not rule.holds(value):
            raise ValidationError(where, rule.template)
    return value


def _former_only(codec: Records, key: str, record: dict[str, Any]) -> bool:
    """Whether ``record`` holds its inside record the older way only (one, under another key)."""
    return bool(codec.former_key) and codec.former_key in record and key not in record


def _read_former(codec: Records, raw: Any, path: str) -> tuple[Any, ...]:
    """The one record that an older document held without an id, as a list of it (or none)."""
    if raw is None:
        return ()
    where = f"{path}.{codec.former_key}"
    return (
        read_record(codec.kind, {ID.key: codec.former_id} | read_object(raw, where), where, set()),
    )


def parse_document(data: bytes | str) -> Dossier:
    """Read and check a whole document. Raises ImportRefused listing every problem found."""
    document = _load(data)
    r = Reader()
    if not isinstance(document, dict):
        raise ImportRefused(N_("The file is not a Rijkapp export: the top level is not an object."))
    if not _usable(document):
        unusable = list(islice(_unusable(document, "", 0), MAX_ERRORS))
        if unusable:
            raise ImportRefusedWithErrors(unusable)
    if document.get("format") != FORMAT:
        raise ImportRefused(
            N_("The file is not a Rijkapp export (format: {value})."),
            value=show(document.get("format")),
        )
    version = document.get("version")
    if isinstance(version, bool) or version not in SUPPORTED_VERSIONS:  # true == 1 in Python
        raise ImportRefused(
            N_("version: {value} is not supported by this Rijkapp (it reads version {known})."),
            value=show(version),
            known=", ".join(str(v) for v in SUPPORTED_VERSIONS),
        )
    try:
        profile = read_record(PROFILE, document.get(PROFILE.section) or {}, PROFILE.section, set())
    except ValidationError as error:
        r.note(error)
        profile = Profile()
    dossier = Dossier(
        profile=profile,
        **{kind.section: r.items(document, kind) for kind in LISTS},
        settings=_settings(r, document.get("settings")),
        extra_sections=tuple(
            (k, json_text.dumps(v)) for k, v in document.items() if k not in KNOWN_SECTIONS
        ),
    )
    for problem in references(dossier):
        r.note(problem)
    if r.errors:
        raise ImportRefusedWithErrors(r.errors)
    return dossier


@dataclass(frozen=True)
class _Constant:
    """``NaN``, ``Infinity`` or ``-Infinity`` where a document held it: not JSON, but read so
    that the message can say where it stood."""

    name: str


def _integer(text: str) -> int | Decimal:
    """A JSON integer; one with more digits than Python makes an int of, as a Decimal (no
    field takes such a number, and its message then names the field)."""
    return int(text) if len(text) < sys.get_int_max_str_digits() else Decimal(text)


def _load(data: bytes | str) -> Any:
    try:
        return json.loads(data, parse_float=Decimal, parse_int=_integer, parse_constant=_Constant)
    except RecursionError:
        raise ImportRefused(N_("The file is nested too deeply to be a Rijkapp export.")) from None
    except ValueError as exc:
        raise ImportRefused(
            N_("The file is not valid JSON: {reason}"), reason=str(exc)[:200]
        ) from None


def _usable(document: Any) -> bool:
    """Whether nothing in ``document`` is unusable: a quick look, level by level, without the
    paths; only a document that fails it is walked again to name each problem (``_unusable``).
    """
    texts: list[str] = []
    level: list[Any] = [document]
    depth = 0
    while level:
        below: list[Any] = []
        for value in level:
            if isinstance(value, str):
                texts.append(value)
            elif isinstance(value, dict):
                if depth >= MAX_DEPTH:
                    return False
                texts.extend(value)  # the keys
                below.extend(value.values())
            elif isinstance(value, list):
                if depth >= MAX_DEPTH:
                    return False
                below.extend(value)
            elif isinstance(value, _Constant):
                return False
        level = below
        depth += 1
    # Text in ASCII (most of it: ids, dates, numbers, certificates) holds no surrogate.
    odd = "".join(text for text in texts if not text.isascii())
    return _SURROGATE.search(odd) is None


def _unusable(value: Any, path: str, depth: int) -> Iterator[ValidationError]:
    """What in ``value`` cannot be read or kept, wherever it is, each named by its path."""
    if isinstance(value, _Constant):
        yield ValidationError(
            path, N_("{value} is not a number that JSON allows."), value=value.name
        )
    elif isinstance(value, str):
        found = _SURROGATE.search(value)
        if found:
            yield ValidationError(
                path,
                N_("holds a character that is not text (U+{code})."),
                code=f"{ord(found.group()):04X}",
            )
    elif isinstance(value, dict | list) and depth >= MAX_DEPTH:
        yield ValidationError(
            path, N_("is nested too deeply (more than {limit} levels)."), limit=MAX_DEPTH
        )
    elif isinstance(value, dict):
        for key, inner in value.items():
            where = f"{path}.{_safe(key)}" if path else _safe(key)
            if _SURROGATE.search(key):
                yield from _unusable(key, where, depth + 1)
            yield from _unusable(inner, where, depth + 1)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _unusable(inner, f"{path}[{index}]", depth + 1)


def _safe(key: str) -> str:
    """A key as a path can show it: a lone surrogate written as its escape, an empty key as
    ``""`` (a message would otherwise name no place at all)."""
    return key.encode("utf-8", "backslashreplace").decode("utf-8") or '""'


def _settings(r: Reader, value: Any) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        r.note(ValidationError("settings", N_("must be an object ({{...}}).")))
        return ()
    found = []
    for k, v in value.items():
        try:
            found.append((str(k), Text(MAX_NAME).read(v, f"settings.{k}")))
        except ValidationError as error:
            r.note(error)
    return tuple(sorted(found))


class ImportRefusedWithErrors(ImportRefused):
    """The document has field errors; ``errors`` lists them (at most MAX_ERRORS)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        super().__init__(
            N_("The import was refused; nothing was changed. {count} problem(s):"),
            count=len(errors),
        )

    def render(self, language: str) -> str:
        head = super().render(language)
        return "\n".join([head, *(f"- {e.render(language)}" for e in self.errors)])

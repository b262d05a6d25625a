"""The small language in which each record is declared once (``rijkapp.domain.declarations``).

A ``RecordKind`` names a record's dataclass, its section in the exchange document, its database
table and its fields, in the order the document lists them. A ``Field`` names the dataclass
attribute and the codec of its value (``rijkapp.domain.codecs``); where they differ from the
attribute, its name in the document (``key``) and its database ``column``; and further:

* ``nullable``: the value may be ``None`` (NULL, ``null``);
* ``required``: a document must have the field (``is missing.`` otherwise); a null in it is then
  read by the codec, which refuses it;
* ``missing``: what a document that leaves the field out means, read as if it had been written;
* ``omit_default``: written to the document only when it differs from the dataclass default
  (the fields Rijkapp adds to the shared format, so that a document without them round-trips);
* ``when``: read only when this holds for the fields read before it (otherwise the default);
* ``rules``: conditions the value must meet on import.

The row mapping (``rijkapp.store.rows``), the export (``rijkapp.exchange.export``) and the import
checks (``rijkapp.exchange.parse``) follow from the declarations and name no field themselves.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Generic, TypeVar

from rijkapp.domain.codecs import Codec, Rule, Text

T = TypeVar("T")
R = TypeVar("R")

Values = Mapping[str, Any]  # the values read so far, by attribute
Where = Callable[[str], str]  # attribute -> its path in the document, for a message
Check = Callable[[Values, Where], None]  # raises a ValidationError when the record is not right


@dataclass(frozen=True)
class Field(Generic[T]):
    attr: str
    codec: Codec[T]
    key: str = ""
    column: str = ""
    nullable: bool = False
    required: bool = False
    missing: Any = None
    omit_default: bool = False
    when: Callable[[Values], bool] | None = None
    rules: tuple[Rule, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", self.key or self.attr)
        object.__setattr__(self, "column", self.column or self.attr)

    @property
    def columns(self) -> tuple[str, ...]:
        return self.codec.columns(self.column)


# Every record in a list has one: unique in its list, stable across export and import.
ID = Field("id", Text(limit=100, nonempty=True), required=True)


@dataclass(frozen=True)
class RecordKind(Generic[R]):
    type: type[R]
    section: str  # the Dossier attribute and the document section holding these records
    table: str
    fields: tuple[Field[Any], ...]
    check: Check | None = None  # an import check across the fields of one record
    fixed_columns: tuple[tuple[str, Any], ...] = ()  # columns with one value (the profile's id)

    @cached_property
    def defaults(self) -> Mapping[str, Any]:
        """The dataclass default of each attribute that has one."""
        return {
            f.name: f.default
            for f in dataclasses.fields(self.type)  # type: ignore[arg-type]
            if f.default is not dataclasses.MISSING
        }

    @cached_property
    def keys(self) -> frozenset[str]:
        """The field names this version knows in the document; any other is kept as extra."""
        return frozenset(f.key for f in self.fields) | {
            codec.former_key for _, codec in self.children if codec.former_key
        }

    @cached_property
    def _keys_by_attr(self) -> Mapping[str, str]:
        return {f.attr: f.key for f in self.fields}

    def where(self, path: str) -> Where:
        """The document path of an attribute of the record at ``path``."""
        return lambda attr: f"{path}.{self._keys_by_attr[attr]}"

    @cached_property
    def children(self) -> tuple[tuple[Field[Any], Records], ...]:
        """The fields that hold records of their own table (a talk's agreements)."""
        return tuple((f, f.codec) for f in self.fields if isinstance(f.codec, Records))


@dataclass(frozen=True)
class Records(Codec[tuple[Any, ...]]):
    """Records inside a record (the agreements of a talk): a list in the document; in the
    database, rows of the kind's own table with the parent's id and their position.

    ``former_key`` names the field in which older documents held at most one such record,
    without an id (a learning activity's single ``certificate``): it is read as the only record
    of the list, with the id ``former_id``. The export writes the list only.
    """

    kind: RecordKind[Any]
    parent_column: str
    position_column: str
    former_key: str = ""
    former_id: str = ""

    def columns(self, column: str) -> tuple[str, ...]:
        return ()

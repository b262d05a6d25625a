"""Domain records to database rows and back, as their declarations say
(``rijkapp.domain.declarations``).

Money goes in as INTEGER cents, hours as exact decimal TEXT, dates as ISO TEXT (see
``rijkapp.domain.codecs``). No Decimal ever reaches sqlite-utils (it would turn it into a float).
Fields an import did not know are kept in the ``extra`` column as one JSON object. A record that
carries none leaves that column out of its row, so saving a record edited in the app keeps what
the import stored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from rijkapp.domain import json_text
from rijkapp.domain.fields import ID, RecordKind, Records
from rijkapp.domain.records import Extra

R = TypeVar("R")
Row = dict[str, Any]
EXTRA = "extra"


def to_row(kind: RecordKind[Any], record: Any) -> Row:
    """The record's row in ``kind.table`` (its records of another table aside: ``child_rows``)."""
    row: Row = dict(kind.fixed_columns)
    for field in kind.fields:
        if not field.columns:
            continue
        value = getattr(record, field.attr)
        if value is None:
            row.update(dict.fromkeys(field.columns))
        else:
            row.update(field.codec.to_row(value, field.column))
    if record.extra:
        row[EXTRA] = _extra_text(record.extra)
    return row


def child_rows(kind: RecordKind[Any], record: Any) -> list[tuple[Records, list[Row]]]:
    """The rows of the records inside ``record`` (a talk's agreements), table by table."""
    return [
        (
            codec,
            [
                to_row(codec.kind, child)
                | {codec.parent_column: getattr(record, ID.attr), codec.position_column: i}
                for i, child in enumerate(getattr(record, field.attr))
            ],
        )
        for field, codec in kind.children
    ]


def from_row(
    kind: RecordKind[R], row: Row, children: Mapping[str, Sequence[Row]] | None = None
) -> R:
    """The record in ``row``; ``children`` holds the rows of its records inside, by table."""
    children = children or {}
    values: dict[str, Any] = {}
    for field in kind.fields:
        codec = field.codec
        if isinstance(codec, Records):
            found = sorted(
                children.get(codec.kind.table, ()), key=lambda r: r[codec.position_column]
            )
            values[field.attr] = tuple(from_row(codec.kind, child) for child in found)
        else:
            values[field.attr] = codec.from_row(row, field.column)
    values["extra"] = _extra_of(row.get(EXTRA))
    return kind.type(**values)


def _extra_text(extra: Extra) -> str:
    return json_text.dumps({name: json_text.loads(value) for name, value in extra})


def _extra_of(text: str | None) -> Extra:
    if text is None:
        return ()
    return tuple((name, json_text.dumps(value)) for name, value in json_text.loads(text).items())

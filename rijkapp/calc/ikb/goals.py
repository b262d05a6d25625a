"""The fiscal goals the IKB may pay for, from the rule book's table."""

from __future__ import annotations

from datetime import date

from rijkapp.message import Named
from rijkapp.rules.book import RuleBook, TableRow


def fiscal_goals_on(book: RuleBook, day: date) -> tuple[TableRow, ...]:
    """The fiscal goals the IKB may pay for on ``day`` (rows of ``tables.fiscal_goals``)."""
    return tuple(row for row in book.table("fiscal_goals") if _row_applies(row, day))


def _row_applies(row: TableRow, day: date) -> bool:
    end = row.get("to")
    return bool(row["from"] <= day and (end is None or day <= end))


def goal_row(book: RuleBook, code: str, day: date) -> TableRow | None:
    for row in fiscal_goals_on(book, day):
        if row["code"] == code:
            return row
    return None


def goal_label(row: TableRow) -> Named:
    """The goal's name, in both languages as the rule book has it."""
    return Named(str(row["label_nl"]), str(row["label_en"]))

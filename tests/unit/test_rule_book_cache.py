"""The rule book read once is kept, and read again from its files whenever they changed."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from rijkapp.paths import resources_dir
from rijkapp.rules.book import RuleBook, load_cached

RULE, ON = "leave_fulltime_hours_per_week", date(2026, 1, 1)


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(resources_dir() / "rules", folder)
    return folder


def _not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(files: object) -> RuleBook:
        raise AssertionError("the files were parsed again")

    monkeypatch.setattr(RuleBook, "parse", parse)


def test_a_kept_book_is_the_book_its_files_hold(
    rules: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = load_cached(rules, cache)
    assert first.all_periods() == RuleBook.load(rules).all_periods()
    assert len(list(cache.glob("rules-*.pickle"))) == 1

    _not_parsed(monkeypatch)
    again = load_cached(rules, cache)
    assert again.all_periods() == first.all_periods()
    assert again.sources == first.sources and again.words == first.words
    assert again.table("aow") == first.table("aow")


def test_a_changed_file_is_read_again_and_replaces_the_kept_book(
    rules: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    assert load_cached(rules, cache).get(RULE, ON).value == "36"
    leave = rules / "leave.toml"
    leave.write_text(leave.read_text("utf-8").replace('value = "36"', 'value = "38"', 1), "utf-8")

    assert load_cached(rules, cache).get(RULE, ON).value == "38"
    assert len(list(cache.glob("rules-*.pickle"))) == 1, "the book kept before is gone"


def test_a_damaged_kept_book_is_read_from_the_files_again(rules: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_cached(rules, cache)
    (kept,) = cache.glob("rules-*.pickle")
    kept.write_bytes(b"not a rule book")
    assert load_cached(rules, cache).get(RULE, ON).value == "36"
    assert kept.read_bytes() != b"not a rule book", "and it is kept again"


def test_a_cache_folder_that_cannot_be_written_still_gives_the_book(
    rules: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", "utf-8")
    assert load_cached(rules, blocked / "cache").get(RULE, ON).value == "36"

"""Rijkapp finds its own files in an installed package or a checkout, or says they are gone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rijkapp import i18n
from rijkapp.paths import AppFiles, AppFilesMissing, app_files, find_app_files

ROOT = Path(__file__).resolve().parents[2]


def test_the_test_run_reads_the_checkout() -> None:
    files = app_files()
    assert files.resources == ROOT / "resources"
    assert files.compiled_translations == ROOT / "translations" / "compiled"
    assert files.translation_sources == ROOT / "translations"


def test_an_installed_package_reads_its_own_data(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "rijkapp"
    (package / "_data" / "resources").mkdir(parents=True)
    (tmp_path / "site-packages" / "resources").mkdir()  # another project's folder: not ours
    files = find_app_files(package)
    assert files == AppFiles(
        package / "_data" / "resources", package / "_data" / "translations", None
    )


def test_a_checkout_without_package_data_reads_the_top_level_folders(tmp_path: Path) -> None:
    (tmp_path / "rijkapp").mkdir()
    (tmp_path / "resources").mkdir()
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    files = find_app_files(tmp_path / "rijkapp")
    assert files.resources == tmp_path / "resources"
    assert files.compiled_translations == tmp_path / "translations" / "compiled"


def test_a_package_without_its_data_is_a_clear_error(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "rijkapp"
    package.mkdir(parents=True)
    with pytest.raises(AppFilesMissing, match=r"_data \(an installed Rijkapp\)"):
        find_app_files(package)


@pytest.fixture
def no_catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    installed = AppFiles(tmp_path / "resources", tmp_path / "translations", None)
    monkeypatch.setattr(i18n, "app_files", lambda: installed)
    i18n._catalogue.cache_clear()
    yield
    i18n._catalogue.cache_clear()


@pytest.mark.usefixtures("no_catalogues")
def test_a_missing_core_catalogue_is_an_error_not_english() -> None:
    with pytest.raises(AppFilesMissing, match=r"'nl' catalogue is missing"):
        i18n.translate("show balances on a date", "nl")


def test_the_cli_says_so_in_one_line_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from rijkapp import cli

    def gone() -> AppFiles:
        raise AppFilesMissing("Rijkapp's own files are missing: here")

    monkeypatch.setattr(i18n, "app_files", gone)
    i18n._catalogue.cache_clear()
    try:
        assert cli.main(["balances"]) == cli.EXIT_USER
    finally:
        i18n._catalogue.cache_clear()
    assert capsys.readouterr().err == "Rijkapp's own files are missing: here\n"

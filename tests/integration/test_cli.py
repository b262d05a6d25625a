"""The headless CLI as a user runs it: a real process, a real encrypted data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from tests.helpers import EXAMPLE, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def cli(data_dir: Path, *args: str, lang: str = "nl") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rijkapp", "--data-dir", str(data_dir), "--passphrase-stdin", *args],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "RIJKAPP_LANG": lang},
        check=False,
        timeout=120,
    )


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    result = cli(data, "import", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    return data


def test_import_then_export_round_trips_the_example(imported: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    assert cli(imported, "export", str(out)).returncode == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    original = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    exported.pop("exported_at")
    original.pop("exported_at")
    assert exported == original


def test_balances_json_agrees_with_the_worked_example(imported: Path) -> None:
    result = cli(imported, "balances", "--on", "2026-11-28", "--json")
    assert result.returncode == 0, result.stderr
    b = json.loads(result.stdout)
    # IKB 2026, 36 h at € 4.500,00 full time: 16,50% × 4500 = 742,50 a month.
    #   accrued Jan..Nov: 11 × 742,50 = 8167,50; whole year 12 × 742,50 = 8910,00
    #   spent: fiscal goal 210,00 (March) + 16 h bought in April at the maandinkomen per uur of
    #   (4500 + 742,50) / 156 = 33,6058 -> 33,61 an hour, × 16 = 537,76 + pay-out 750,00 (June)
    #   = 1497,76; available 8167,50 - 1497,76 = 6669,74; December 8910,00 - 1497,76 = 7412,24
    assert b["ikb"] == {
        "year": 2026, "accrued_to_date": "8167.50", "spent_to_date": "1497.76",
        "available": "6669.74", "projected_year_total": "8910.00",
        "projected_december_payout": "7412.24", "hours_bought": "16", "hours_buy_max": "187",
    }  # fmt: skip
    # Leave: statutory 2025 = 144 - 3,6 (13 Feb) - 10 days × 7,2 (20-31 July) = 68,40, gone on
    # 1 Jan 2027; statutory 2026 = 144; IKB-uren 2026 = 64 + 15 (born 1980, at the Rijk before
    # 1 Sept 2022) = 79; bought 16; spaarverlof = 64 (opening) + 79 IKB-uren 2025 = 143.
    # The opening 40 h of 2024 expired unused on 1 Jan 2026. Total 450,40.
    leave = b["leave"]
    assert leave["total_hours"] == "450.40"
    assert [(x["bucket"], x["year"], x["hours"], x["expires"]) for x in leave["buckets"]] == [
        ("wettelijk", 2025, "68.40", "2027-01-01"),
        ("wettelijk", 2026, "144.00", "2028-01-01"),
        ("ikb_uren", 2026, "79.00", None),
        ("ikb_gekocht", 2026, "16.00", None),
        ("spaarverlof", None, "143.00", None),
    ]
    assert leave["expiring_within_days"] == {"90": "68.40"}
    # Development: 2500 - 850 = 1650,00 and 40 - 24 = 16 hours; gone after 31 Dec 2030.
    assert b["development"] == [
        {
            "budget_id": "d1",
            "amount_left": "1650.00",
            "hours_left": "16.00",
            "expires": "2031-01-01",
        }
    ]
    # Born 17 May 1980: after 1 Oct 1964, so not fixed yet: at least 67 years and 3 months.
    assert b["career"]["aow_date"] == "2047-08-17"
    assert b["career"]["aow_provisional"] is True
    # In this function since 1 Jan 2021: 5 years and 10 months = 5,8 -> the 5-year talk is due.
    assert b["career"]["years_in_function"] == "5.8"
    assert b["career"]["mobility_talk_due"] is True


def test_a_forecast_counts_planned_leave_only_up_to_the_date(imported: Path) -> None:
    # On 19 July 2026 the summer leave (20-31 July, 72 h) has not started yet.
    before = json.loads(cli(imported, "balances", "--on", "2026-07-19", "--json").stdout)
    after = json.loads(cli(imported, "balances", "--on", "2026-08-01", "--json").stdout)
    assert Decimal(before["leave"]["total_hours"]) - Decimal(after["leave"]["total_hours"]) == 72


def test_a_bad_import_is_exit_1_with_the_field_and_no_traceback(
    imported: Path, tmp_path: Path
) -> None:
    bad = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    bad["leave"][0]["start"] = "2026-02-30"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    result = cli(imported, "import", str(path))
    assert result.returncode == 1
    assert "leave[0].start: 2026-02-30 is geen bestaande datum." in result.stderr
    assert "Traceback" not in result.stderr


def test_an_import_that_breaks_an_ikb_rule_is_refused_naming_the_rule(
    imported: Path, tmp_path: Path
) -> None:
    bad = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    bad["ikb_choices"].append({"id": "k9", "month": "2026-01", "kind": "buy_hours", "hours": "190"})
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    result = cli(imported, "import", str(path), lang="en")
    assert result.returncode == 1
    assert "ikb_choices[3].hours" in result.stderr
    assert "at most 187" in result.stderr


def test_usage_errors_are_exit_2(tmp_path: Path) -> None:
    assert cli(tmp_path, "balances", "--on", "morgen").returncode == 2
    assert cli(tmp_path, "frobnicate").returncode == 2


def test_version_names_every_part(tmp_path: Path) -> None:
    result = cli(tmp_path, "--version")
    assert result.returncode == 0
    for part in (
        "Rijkapp",
        "Python",
        "Qt",
        "PySide6",
        "SQLCipher",
        "sqlite-utils",
        "reportlab",
        "babel",
    ):
        assert part in result.stdout


def test_backup_and_restore_from_the_cli(imported: Path) -> None:
    made = cli(imported, "backup")
    assert made.returncode == 0
    listing = cli(imported, "restore")
    first = listing.stdout.split()[0]
    restored = cli(imported, "restore", first)
    assert restored.returncode == 0, restored.stderr
    assert "bewaard als" in restored.stdout


def test_a_leaver_sees_the_final_pay_out_not_a_december_one(tmp_path: Path) -> None:
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    document["employment"][0]["end_date"] = "2026-09-30"
    document["leave"] = [e for e in document["leave"] if e["start"] < "2026-09-30"]
    path = tmp_path / "leaver.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    data = tmp_path / "data"
    assert cli(data, "import", str(path)).returncode == 0
    as_json = json.loads(cli(data, "balances", "--on", "2026-11-28", "--json").stdout)
    assert as_json["ikb"]["leaving_date"] == "2026-09-30"
    text = cli(data, "balances", "--on", "2026-11-28").stdout
    assert "Laatste uitbetaling na uit dienst gaan (laatste werkdag 30 september 2026)" in text
    assert "december" not in text.split("IKB 2026")[1].splitlines()[1]


NBSP = "\N{NO-BREAK SPACE}"
BALANCES_TEXT = {
    "nl": f"""Saldi op 28 november 2026

Verlof: 450,4{NBSP}uur in totaal
  wettelijke uren 2025: 68,4{NBSP}uur, vervalt op 1 januari 2027
  wettelijke uren 2026: 144{NBSP}uur, vervalt op 1 januari 2028
  IKB-uren 2026: 79{NBSP}uur, vervalt niet
  gekochte IKB-uren 2026: 16{NBSP}uur, vervalt niet
  spaarverlof: 143{NBSP}uur, vervalt niet

IKB 2026: opgebouwd €{NBSP}8.167,50, besteed €{NBSP}1.497,76, beschikbaar €{NBSP}6.669,74
  Verwachte uitbetaling in december: €{NBSP}7.412,24

Ontwikkelbudget d1: nog €{NBSP}1.650,00 en 16{NBSP}uur over

AOW vanaf 17 augustus 2047 (voorlopig)
Jaren in de huidige functie: 5,8
Vijf jaar of langer in deze functie: bespreek een volgende stap in je volgende gesprek.
""",
    "en": f"""Balances on 28 November 2026

Leave: 450.4{NBSP}hours in total
  statutory hours 2025: 68.4{NBSP}hours, gone on 1 January 2027
  statutory hours 2026: 144{NBSP}hours, gone on 1 January 2028
  IKB-uren 2026: 79{NBSP}hours, does not expire
  bought IKB-uren 2026: 16{NBSP}hours, does not expire
  spaarverlof: 143{NBSP}hours, does not expire

IKB 2026: accrued €8,167.50, spent €1,497.76, available €6,669.74
  Expected pay-out in December: €7,412.24

Development budget d1: €1,650.00 and 16{NBSP}hours left

AOW from 17 August 2047 (provisional)
Years in the current function: 5.8
Five years or more in this function: discuss a next step in your next talk.
""",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_balances_prints_every_figure_in_the_language_asked_for(
    imported: Path, language: str
) -> None:
    # Word for word what `balances` printed before its sentences became messages.
    by_environment = cli(imported, "balances", "--on", "2026-11-28", lang=language)
    assert by_environment.returncode == 0, by_environment.stderr
    assert by_environment.stdout == BALANCES_TEXT[language]
    other = "en" if language == "nl" else "nl"
    by_option = cli(imported, "--lang", language, "balances", "--on", "2026-11-28", lang=other)
    assert by_option.stdout == BALANCES_TEXT[language]

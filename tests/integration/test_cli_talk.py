"""``python -m rijkapp talk pdf`` and ``talk import`` as a user runs them: a real process and a
real encrypted data folder; exit 0 done, 1 refused with a message, 2 wrong usage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from tests.helpers import EXAMPLE, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rijkapp", "--data-dir", str(data_dir), "--passphrase-stdin", *args],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "RIJKAPP_LANG": "nl"},
        check=False,
        timeout=120,
    )


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    document["talks"][0]["in_pdf"] = ["resultaten", "afspraken"]
    source = tmp_path / "dossier.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    data = tmp_path / "data"
    result = cli(data, "import", str(source))
    assert result.returncode == 0, result.stderr
    return data


def test_the_pdf_is_written_in_the_language_asked(imported: Path, tmp_path: Path) -> None:
    target = tmp_path / "gesprek-en.pdf"
    result = cli(imported, "talk", "pdf", "t1", str(target), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "t1" in result.stdout and str(target) in result.stdout
    reader = PdfReader(target)
    assert str(reader.root_object["/Lang"]) == "en"
    assert "The results and how they were reached" in reader.pages[0].extract_text()


def test_import_shows_then_stores_the_reply_and_a_second_time_changes_nothing(
    imported: Path, tmp_path: Path
) -> None:
    made = tmp_path / "gesprek.pdf"
    assert cli(imported, "talk", "pdf", "t1", str(made)).returncode == 0
    writer = PdfWriter(clone_from=made)
    for page in writer.pages:
        writer.update_page_form_field_values(
            page,
            {
                "manager_conclusion": "Goed gedaan; verdere groei in één jaar",
                "manager_score": "++",
                "review_date": "15-12-2026",
            },
            auto_regenerate=True,
        )
    returned = tmp_path / "terug.pdf"
    with returned.open("wb") as handle:
        writer.write(handle)

    dry = cli(imported, "talk", "import", str(returned), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "niets opgeslagen" in dry.stdout
    assert "Samenvattende conclusie: – → Goed gedaan; verdere groei in één jaar" in dry.stdout
    assert "Score: – → ++" in dry.stdout
    assert "Datum van bespreking: – → 15 december 2026" in dry.stdout  # a Dutch date, not ISO
    exported = tmp_path / "na-proef.json"
    assert cli(imported, "export", str(exported)).returncode == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["talks"][0]["manager_score"] is None

    done = cli(imported, "talk", "import", str(returned))
    assert done.returncode == 0, done.stderr
    assert "opgeslagen in gesprek t1" in done.stdout and "Score: – → ++" in done.stdout
    again = cli(imported, "talk", "import", str(returned))
    assert again.returncode == 0 and "Niets veranderd" in again.stdout
    assert cli(imported, "export", str(exported)).returncode == 0
    talk = json.loads(exported.read_text(encoding="utf-8"))["talks"][0]
    assert (talk["manager_conclusion"], talk["manager_score"]) == (
        "Goed gedaan; verdere groei in één jaar",
        "++",
    )


def test_a_refused_file_or_talk_exits_1_with_a_message(imported: Path, tmp_path: Path) -> None:
    unknown = cli(imported, "talk", "pdf", "t9", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 1 and "Er is geen gesprek t9" in unknown.stderr
    assert not (tmp_path / "x.pdf").exists()
    text = tmp_path / "brief.pdf"
    text.write_text("Beste Anneke,", encoding="utf-8")
    refused = cli(imported, "talk", "import", str(text))
    assert refused.returncode == 1 and "Dit bestand is geen pdf." in refused.stderr
    assert "Traceback" not in refused.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("talk",),
        ("talk", "pdf", "t1"),
        ("talk", "import"),
        ("talk", "pdf", "t1", "x.pdf", "--lang", "de"),
    ],
)
def test_wrong_usage_exits_2(imported: Path, args: tuple[str, ...]) -> None:
    assert cli(imported, *args).returncode == 2

"""The language on the command line: forced with --language, stored in the ledger, shown and filtered, and
scored per language by `headcount eval --by language`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from headcount.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "headcount" / "sample" / "languages.jsonl"


def cli(*args: str) -> tuple[int, str]:
    r = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return r.exit_code, str(r.stdout)


def test_extract_reads_a_text_in_its_detected_language(tmp_path: Path) -> None:
    p = tmp_path / "nota.txt"
    p.write_text("Según la Cruz Roja, 860 personas abandonaron sus hogares en la región durante el fin de semana.",
                 encoding="utf-8")
    code, out = cli("extract", str(p), "--format", "jsonl")
    assert code == 0
    (c,) = json.loads(out)["claims"]
    assert (c["low"], c["category"], c["event"]) == (860, "people", "evacuated")


def test_language_forces_the_reading(tmp_path: Path) -> None:
    p = tmp_path / "note.txt"
    p.write_text("Según la Cruz Roja, 860 personas abandonaron sus hogares en la región durante el fin de semana.",
                 encoding="utf-8")
    code, out = cli("extract", str(p), "--format", "jsonl", "--language", "en")
    assert code == 0
    assert all(c["category"] != "people" or c["event"] != "evacuated" for c in json.loads(out)["claims"])
    code, _ = cli("extract", str(p), "--language", "xx")
    assert code != 0


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    pytest.importorskip("sqlalchemy")
    path = str(tmp_path_factory.mktemp("lang") / "ledger.db")
    code, out = cli("ingest", str(SAMPLE), "--db", path)
    assert code == 0, out
    return path


def test_claims_are_filtered_and_shown_by_language(db: str) -> None:
    code, out = cli("claims", "--db", db, "--language", "ru", "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert rows and {r["language"] for r in rows} == {"ru"}
    code, out = cli("claims", "--db", db, "--language", "ar", "--format", "jsonl")
    assert {json.loads(line)["language"] for line in out.splitlines() if line.strip()} == {"ar"}
    code, out = cli("show", rows[0]["id"], "--db", db)
    assert code == 0 and "language" in out and "ru" in out


def test_one_series_holds_reports_in_two_languages(db: str) -> None:
    code, out = cli("claims", "--db", db, "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    series: dict[str, set[str]] = {}
    for r in rows:
        if r.get("series"):
            series.setdefault(r["series"], set()).add(r["language"])
    assert any(len(langs) >= 2 for langs in series.values()), series


def test_eval_by_language_prints_one_row_per_language(tmp_path: Path) -> None:
    text = "За сутки из поселка вывезли 140 жителей."
    gold = {"id": "g-ru", "language": "ru", "text": text, "claims": [
        {"figure": "140", "start": text.index("140"), "low": 140, "high": 140, "approx": False,
         "category": "residents", "event": "evacuated", "modality": "actual", "location": None,
         "source": [], "parent": None}]}
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out = cli("eval", str(p), "--by", "language")
    assert code == 0
    assert "| language |" in out and "| ru " in out

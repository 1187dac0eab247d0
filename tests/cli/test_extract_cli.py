"""The real CLI on the bundled sample and on bad inputs: one-line errors, exit codes, good docs still done."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from headcount.cli import main

SAMPLE = Path(str(resources.files("headcount") / "sample" / "aleppo.jsonl"))
FORMAT_FIELDS = {"start", "end", "figure", "low", "high", "approx", "category", "event", "modality", "location",
                 "source", "parent", "period_kind"}
GOOD = "Officials said about 1,200 people left the northern districts overnight, including 300 children.\n"


def run(*args: str, stdin: str | bytes | None = None) -> Any:
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def sample_ids() -> list[str]:
    return [json.loads(line)["id"] for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]


def check_document_line(obj: dict[str, Any], texts: dict[str, str]) -> None:
    assert set(obj) == {"id", "claims"}
    text = texts[obj["id"]]
    for i, claim in enumerate(obj["claims"]):
        assert set(claim) >= FORMAT_FIELDS, FORMAT_FIELDS - set(claim)
        assert text[claim["start"]:claim["end"]] == claim["figure"]
        assert claim["parent"] is None or (0 <= claim["parent"] < len(obj["claims"]) and claim["parent"] != i)


def test_sample_has_15_to_30_reports_with_outlet_and_date() -> None:
    lines = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    assert 15 <= len(lines) <= 30
    assert all(d["outlet"] and d["url"] and d["text"] and "published" in d for d in lines)
    assert len({d["id"] for d in lines}) == len(lines)


def test_extract_jsonl_on_the_sample() -> None:
    result = run("extract", str(SAMPLE), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in objs] == sample_ids()
    texts = {json.loads(x)["id"]: json.loads(x)["text"] for x in SAMPLE.read_text(encoding="utf-8").splitlines()}
    for o in objs:
        check_document_line(o, texts)
    assert sum(len(o["claims"]) for o in objs) >= len(objs)  # every report states at least one count


def test_extract_json_is_one_array_of_the_same_objects() -> None:
    as_json = json.loads(run("extract", str(SAMPLE), "--format", "json").stdout)
    as_jsonl = [json.loads(line) for line in run("extract", str(SAMPLE), "-f", "jsonl").stdout.splitlines()]
    assert as_json == as_jsonl


def test_extract_table_names_each_document() -> None:
    result = run("extract", str(SAMPLE))
    assert result.exit_code == 0
    for doc_id in sample_ids():
        assert doc_id in result.stdout


def test_stdin_and_published() -> None:
    result = run("extract", "-", "--format", "jsonl", "--published", "2016-12-14", stdin=GOOD)
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    assert obj["id"] == "stdin"
    assert any("1,200" in c["figure"] for c in obj["claims"])


@pytest.mark.parametrize("value", ["14/12/2016", "2016-13-01", "yesterday", "2016-12-1"])
def test_bad_published_is_one_line(value: str) -> None:
    result = run("extract", "-", "--published", value, stdin=GOOD)
    assert result.exit_code == 1
    assert result.stderr == f"Error: --published must be a date as YYYY-MM-DD, not {value!r}\n"


def make_bad_inputs(tmp: Path) -> dict[str, str]:
    """Files that cannot be read, each with the error line it must give (relative to tmp)."""
    (tmp / "latin1.txt").write_bytes("Caf\u00e9 owners said 40 people were hurt.".encode("latin-1"))
    (tmp / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp / "empty.md").write_text("  \n", encoding="utf-8")
    with (tmp / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (tmp / "docs.jsonl").write_text("\n".join([
        json.dumps({"id": "j-good", "text": GOOD}),
        '{"id": "j-broken", "text": "unterminated',
        json.dumps({"id": "j-notext", "title": "headline only"}),
        json.dumps({"id": "j-empty", "text": ""}),
    ]) + "\n", encoding="utf-8")
    return {
        "latin1.txt": "latin1.txt: not UTF-8 text (byte 0xe9 at offset 3)",
        "image.txt": "image.txt: not a text file (binary content)",
        "empty.md": "empty.md: empty document (no text to extract from)",
        "huge.txt": "huge.txt: document is 50 MB, over the 20 MB limit (raise it with --max-size)",
        "docs.jsonl:2": "docs.jsonl:2: not JSON (Unterminated string",
        "docs.jsonl:3": "docs.jsonl:3: no 'text' field",
        "docs.jsonl:4": "docs.jsonl:4: empty document (no text to extract from)",
    }


def test_bad_inputs_give_one_line_each_and_good_ones_are_processed(tmp_path: Path) -> None:
    expected = make_bad_inputs(tmp_path)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = run("extract", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert sorted(json.loads(line)["id"] for line in result.stdout.splitlines()) == ["good.txt", "j-good"]
    errors = result.stderr.splitlines()
    assert len(errors) == len(expected), errors
    assert all(line.startswith(f"error: {tmp_path}/") for line in errors)
    for message in expected.values():
        assert any(message in line for line in errors), (message, errors)
    assert "Traceback" not in result.output


def test_nothing_processed_exits_1(tmp_path: Path) -> None:
    make_bad_inputs(tmp_path)
    (tmp_path / "docs.jsonl").unlink()
    result = run("extract", str(tmp_path / "latin1.txt"), str(tmp_path / "huge.txt"), str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[-1] == "Error: no document could be processed (3 failed)"
    assert lines[2] == f"error: {tmp_path / 'nope.txt'}: no such file or directory"


def test_max_size_option(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD * 2000, encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"), "--max-size", "0.1")
    assert result.exit_code == 1
    assert "over the 102 KB limit" in result.stderr.splitlines()[0]


def test_real_console_script_on_sample_and_oversized_doc(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("headcount")
    if not script.exists():
        pytest.skip(f"console script not installed beside {sys.executable}")
    with (tmp_path / "big.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    proc = subprocess.run([str(script), "extract", "--format", "jsonl", str(tmp_path / "big.txt"), str(SAMPLE)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0
    assert proc.stderr == f"error: {tmp_path / 'big.txt'}: document is 50 MB, over the 20 MB limit (raise it with --max-size)\n"
    assert len(proc.stdout.splitlines()) == len(sample_ids())

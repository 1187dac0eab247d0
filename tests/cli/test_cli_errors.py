"""Errors name what went wrong: a bad output path is one line naming the path (never "internal error"),
``settle`` refuses a key that matches no series unless asked to create one, a database URL of a kind
headcount does not support says which kinds it does."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from headcount.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "headcount" / "sample"
KEY = "evacuated/civilians/Aleppo/east"


def cli(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return r.exit_code, str(r.stdout), str(r.stderr)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("errors") / "ledger.db")
    code, out, _ = cli("ingest", *map(str, sorted(SAMPLE.glob("*.jsonl"))), "--db", path)
    assert code == 0, out
    return path


def one_line_naming(code: int, err: str, path: str) -> str:
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert path in lines[0] and "internal error" not in lines[0] and "Traceback" not in err, lines[0]
    return lines[0]


@pytest.fixture
def bad_paths(tmp_path: Path) -> dict[str, str]:
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x", encoding="utf-8")
    return {"no such directory": str(tmp_path / "missing" / "out"), "not a directory": str(a_file / "out"),
            "a directory": str(tmp_path)}


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_export_to_a_bad_path_is_one_line_naming_it(db: str, bad_paths: dict[str, str], suffix: str) -> None:
    for why, base in bad_paths.items():
        path = base + suffix if why != "a directory" else base
        args = ["export", path, "--db", db] + (["-f", suffix[1:]] if why == "a directory" else [])
        code, _, err = cli(*args)
        assert code in (1, 2), err  # 2: click's own usage error for a directory
        assert path in err and "internal error" not in err and "Traceback" not in err, err


def test_report_and_plot_to_a_bad_path_are_one_line_naming_it(db: str, bad_paths: dict[str, str]) -> None:
    for why, base in bad_paths.items():
        if why == "a directory":
            continue
        line = one_line_naming(*cli("report", "--out", base + ".html", "--db", db)[::2], base + ".html")
        assert why.split()[-1] in line or "cannot write" in line
        one_line_naming(*cli("series", KEY, "--plot", base + ".svg", "--db", db)[::2], base + ".svg")


def test_settle_refuses_a_key_that_matches_no_series(db: str) -> None:
    code, _, err = cli("settle", "evacuated/civilians/Aleppo/esat", "--value", "9", "--as-of", "2016-12-20",
                       "--db", db)
    assert code == 1 and "no series evacuated/civilians/Aleppo/esat" in err and "--new" in err, err
    code, out, err = cli("settle", "evacuated/civilians/Aleppo/esat", "--value", "9", "--as-of", "2016-12-20",
                         "--new", "--db", db)
    assert code == 0 and "settled" in out, err
    code, out, err = cli("settle", KEY, "--value", "35000", "--as-of", "2016-12-22", "--db", db)
    assert code == 0 and "settled" in out, err


@pytest.mark.parametrize("url", ["mysql://user:secret@localhost/news", "mssql://h/db", "oracle://h/db"])
def test_unsupported_database_says_which_are_supported(url: str) -> None:
    code, _, err = cli("claims", "--db", url)
    assert code == 1 and "secret" not in err
    assert "SQLite" in err and "PostgreSQL" in err and "postgres]" not in err, err

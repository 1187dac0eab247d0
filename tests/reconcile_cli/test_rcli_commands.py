"""Each reconcile command on the bundled samples: series, series KEY (+ plots), check, settle, parties, report."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest
from rcli_helpers import as_json, cli


def test_rcli_series_lists_quantities(sample_db: str) -> None:
    rows = as_json(cli("series", "--db", sample_db, "--format", "json"))
    keys = {r["key"] for r in rows}
    assert "evacuated/civilians/Aleppo/east" in keys
    row = next(r for r in rows if r["key"] == "evacuated/civilians/Aleppo/east")
    assert row["claims"] >= row["reports"] >= 3 and row["parties"] >= 1 and row["first"] <= row["last"]
    table = cli("series", "--db", sample_db).output
    assert "evacuated · civilians · Aleppo (east)" in table  # the label; `--wide` adds the key
    only = as_json(cli("series", "--db", sample_db, "--event", "surrendered", "--format", "json"))
    assert only and all(r["key"].startswith("surrendered/") for r in only)


def test_rcli_series_key_timeline_and_sparkline(sample_db: str) -> None:
    out = cli("series", "evacuated/civilians/eastern Aleppo", "--db", sample_db).output
    assert "Russian Defence Ministry" in out and "Δ5,629" in out
    assert re.search(r"Russian Defence Ministry\s+[▁▂▃▄▅▆▇█ ]{2,}", out)
    rows = as_json(cli("series", "evacuated/civilians/Aleppo/east", "--db", sample_db, "--format", "json"))
    assert {r["party"] for r in rows} >= {"Russian Defence Ministry"}
    assert 5629 in {r["low"] for r in rows}


def test_rcli_series_unknown_key_is_one_line(sample_db: str) -> None:
    r = cli("series", "evacuated/unicorns/Atlantis", "--db", sample_db, ok=False)
    assert r.exit_code == 1 and "no series" in r.output and "Traceback" not in r.output
    r = cli("series", "nokey", "--db", sample_db, ok=False)
    assert r.exit_code == 1 and "not a series key" in r.output


def test_rcli_plot_svg_contains_the_series(sample_db: str, tmp_path: Path) -> None:
    out = tmp_path / "plot.svg"
    cli("series", "evacuated/civilians/Aleppo/east", "--db", sample_db, "--plot", str(out))
    svg = out.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "evacuated/civilians/Aleppo/east" in svg
    assert "Russian Defence Ministry" in svg and "5,629" in svg and 'class="increment"' in svg


def test_rcli_plot_svg_draws_a_settled_figure(sample_db: str, tmp_path: Path) -> None:
    """`series KEY --plot` shows a settled figure as the report does (a dashed line with its label)."""
    db = tmp_path / "settled.db"
    shutil.copyfile(sample_db, db)  # the module's ledger stays unsettled for the other tests
    key = "evacuated/civilians/Aleppo/east"
    cli("settle", key, "--value", "31000", "--as-of", "2016-12-20", "--note", "final count", "--db", str(db))
    out = tmp_path / "plot.svg"
    cli("series", key, "--db", str(db), "--plot", str(out))
    svg = out.read_text(encoding="utf-8")
    assert "settled-line" in svg and "settled 31,000 as of 2016-12-20 (final count)" in svg


def test_rcli_plot_png(sample_db: str, tmp_path: Path) -> None:
    out = tmp_path / "plot.png"
    r = cli("series", "evacuated/civilians/Aleppo/east", "--db", sample_db, "--plot", str(out), ok=False)
    if importlib.util.find_spec("matplotlib") is None:
        assert r.exit_code == 1 and "headcount[plot]" in r.output
        pytest.skip("matplotlib (the 'plot' extra) is not installed: PNG checked for its message only")
    assert r.exit_code == 0, r.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 5000


def test_rcli_check_answers_the_readers_stock_and_flow_question(flow_db: str) -> None:
    findings = as_json(cli("check", "--db", flow_db, "--format", "json"))
    flows = [f for f in findings if f["type"] == "stock_flow"]
    assert len(flows) == 1
    f = flows[0]
    n = f["numbers"]
    # 250,000-300,000 inside on 27 Nov; 30,000 + 8,000 left by 15 Dec; 50,000 still inside then.
    assert (n["stock_low"], n["stock_high"], n["outflow"]) == (250000, 300000, 38000)
    assert (n["implied_low"], n["implied_high"], n["later_high"]) == (212000, 262000, 50000)
    assert n["unexplained"] == 162000 and f["severity"] == "warning"
    assert "30,000 (Russian Defence Ministry, 2016-12-13) + 8,000" in f["explanation"]
    assert {c["figure"] for c in f["claims"]} == {"Between 250,000 and 300,000", "About 30,000", "8,000",
                                                  "Around 50,000"}
    assert all(c["sentence"] for c in f["claims"])
    table = " ".join(cli("check", "--db", flow_db).output.split())  # lines wrap at the table width
    assert "162,000 fewer than the remainder" in table and "still inside eastern Aleppo" in table


def test_rcli_check_tolerance_and_filters(sample_db: str) -> None:
    loose = as_json(cli("check", "--db", sample_db, "--format", "json", "--tolerance", "100"))
    strict = as_json(cli("check", "--db", sample_db, "--format", "json", "--tolerance", "0"))
    assert len(loose) <= len(strict)
    assert not [f for f in loose if f["type"] in ("contradiction", "revision")]
    besieged = as_json(cli("check", "--db", sample_db, "--format", "json", "--event", "besieged"))
    assert besieged and all(f["key"].startswith("besieged/") for f in besieged)
    killed = as_json(cli("check", "--db", sample_db, "--format", "json", "--event", "killed"))
    assert not [f for f in killed if not f["key"].startswith("killed/")]


def test_rcli_settle_and_track_record(flow_db: str, tmp_path: Path) -> None:
    db = str(tmp_path / "copy.db")
    Path(db).write_bytes(Path(flow_db).read_bytes())
    out = cli("settle", "population/people/eastern Aleppo", "--value", "100000", "--as-of", "2016-12-01",
              "--note", "a written test figure", "--db", db).output
    assert "settled: population/people/Aleppo/east = 100,000 as of 2016-12-01" in out
    again = cli("settle", "population/people/Aleppo/east", "--low", "90000", "--high", "110000", "--as-of",
                "2016-12-01", "--db", db).output
    assert again.startswith("replaced")
    parties = as_json(cli("parties", "--db", db, "--format", "json"))
    un = next(p for p in parties if p["key"] == "un")
    assert un["scored"] == 1 and un["bias"] > 0  # 250,000-300,000 against 90,000-110,000: over-counted
    assert un["median_abs_log_error"] == pytest.approx(round(__import__("math").log(273861.278752583 / 110000), 4),
                                                       abs=1e-3)
    bad = cli("settle", "population/people/Aleppo/east", "--as-of", "2016-12-01", "--db", db, ok=False)
    assert bad.exit_code == 2 and "--value" in bad.output


def test_rcli_parties_set_kind_and_alias(flow_db: str, tmp_path: Path) -> None:
    db = str(tmp_path / "copy.db")
    Path(db).write_bytes(Path(flow_db).read_bytes())
    out = cli("parties", "set", "Russian Defence Ministry", "--kind", "government", "--alias", "MoD press office",
              "--db", db).output
    assert "[russia-mod]: kind government" in out
    parties = as_json(cli("parties", "--db", db, "--format", "json"))
    mod = next(p for p in parties if p["key"] == "russia-mod")
    assert mod["kind"] == "government" and "MoD press office" in mod["aliases"] and mod["claims"] == 2
    new = cli("parties", "set", "Aleppo Local Council", "--kind", "government", "--db", db).output
    assert "Aleppo Local Council [user_aleppo_local_council]: kind government" in new
    r = cli("parties", "set", "Nobody We Know", "--db", db, "--alias", "x", ok=False)
    assert r.exit_code == 2 and "--kind" in r.output
    r = cli("parties", "set", "UN", "--kind", "wizard", "--db", db, ok=False)
    assert r.exit_code == 2 and "wizard" in r.output


def test_rcli_report_is_self_contained(sample_db: str, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    cli("report", "--db", sample_db, "--out", str(out))
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "evacuated/civilians/Aleppo/east" in page
    # nothing is fetched (links to the articles are for the reader to follow, not loaded)
    assert not re.search(r"(src=|<link[^>]*href=)\"(https?:)?//", page) and "<script" not in page and "@import" not in page
    assert re.search(r"<a href=\"https?://", page)
    assert "Findings" in page and re.search(r"\d+ findings? from \d+ comparisons? of figures", page) and "5,629" in page


def test_rcli_commands_need_a_ledger(tmp_path: Path) -> None:
    r = cli("check", "--db", str(tmp_path / "none.db"), ok=False)
    assert r.exit_code == 1 and "no ledger" in r.output and r.output[-1] == "\n" and r.output.count("\n") == 1

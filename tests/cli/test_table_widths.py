"""Every table command at 80 and 120 columns: no line past the width, no short cell (id, date) split.

The ledger is the bundled sample ingested with the real pipeline; the commands run through click as a user
runs them, with ``COLUMNS`` set as a terminal of that width would set it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("sqlalchemy")

from headcount.cli import main  # noqa: E402
from headcount.cli.tables import Column, Excerpt, centred, layout, table_width  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[2] / "headcount" / "sample"
WIDTHS = (80, 120)
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("tables") / "t.db")
    result = CliRunner().invoke(main, ["ingest", *(str(p) for p in sorted(SAMPLE.glob("*.jsonl"))), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def run(args: list[str], width: int) -> str:
    result = CliRunner().invoke(main, args, env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result.stdout


def records(args: list[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in run([*args, "-f", "jsonl"], 120).splitlines() if line.strip()]


def fits(text: str, width: int) -> None:
    long = [line for line in text.splitlines() if len(line) > width]
    assert not long, f"{len(long)} line(s) past {width} columns, first: {long[0]!r}"


def no_split_dates(text: str) -> None:
    """A date cut across two lines leaves a line ending in ``2016-1`` or starting with ``-27``."""
    for line in text.splitlines():
        assert not re.search(r"\d{4}-\d{0,2}$", line.rstrip()), line
        assert not re.match(r"\s*-\d{2}\b", line), line


@pytest.mark.parametrize("width", WIDTHS)
def test_claims_table_fits_with_whole_ids_and_dates(db: str, width: int) -> None:
    out = run(["claims", "--db", db], width)
    fits(out, width)
    no_split_dates(out)
    claims = records(["claims", "--db", db])
    for c in claims:
        line = next((ln for ln in out.splitlines() if ln.startswith(str(c["id"])[:8] + " ")), None)
        assert line is not None, f"claim {c['id']} has no row of its own"
        date = c["period_end"] or c["published"]
        if date:
            assert str(date) in line
    assert "[" in out and "]" in out  # the figure is marked when the output keeps no colour


def test_claims_table_wider_terminal_shows_more_columns(db: str) -> None:
    narrow = run(["claims", "--db", db], 80).splitlines()
    wide = run(["claims", "--db", db], 120).splitlines()
    header = [ln for ln in narrow if ln.startswith("id ")][0].split()
    header_wide = [ln for ln in wide if ln.startswith("id ")][0].split()
    assert set(header) < set(header_wide)
    every = run(["claims", "--db", db, "--wide"], 80)
    head = [ln for ln in every.splitlines() if ln.startswith("id ")][0].split()
    assert {"outlet", "source", "place", "who", "sentence"} <= set(head)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("args", [["documents"], ["failures"], ["series"], ["parties"], ["check"],
                                  ["series", "evacuated/civilians/Aleppo/east"]], ids=" ".join)
def test_every_table_command_fits(db: str, width: int, args: list[str]) -> None:
    out = run([*args, "--db", db], width)
    fits(out, width)
    no_split_dates(out)


@pytest.mark.parametrize("width", WIDTHS)
def test_extract_table_fits_and_prints_ledger_ids(db: str, width: int) -> None:
    sample = str(SAMPLE / "aleppo.jsonl")
    out = run(["extract", sample], width)
    fits(out, width)
    extracted = {str(c["id"]) for d in records(["extract", sample]) for c in d["claims"]}  # type: ignore[attr-defined]
    stored = {str(c["id"]) for c in records(["claims", "--db", db])}
    assert extracted and extracted <= stored  # extract's ids are the ledger's ids
    for cid in extracted:
        assert re.search(rf"^{cid[:8]} ", out, re.M), cid
    shown = run(["show", sorted(extracted)[0][:8], "--db", db], width)
    assert sorted(extracted)[0] in shown
    fits(shown, width)


def test_series_keys_are_labels_and_match_in_any_case(db: str) -> None:
    out = run(["series", "--db", db], 120)
    assert "evacuated · civilians · Aleppo (east)" in out
    upper = run(["series", "EVACUATED/Civilians/aleppo/EAST", "--db", db], 120)
    label = run(["series", "evacuated · civilians · Aleppo (east)", "--db", db], 120)
    exact = run(["series", "evacuated/civilians/Aleppo/east", "--db", db], 120)
    assert upper == exact == label
    assert "Δ new in that period" in exact  # the notation is explained under the table


def test_series_with_parties_too_many_for_the_width_prints_one_row_per_report(db: str) -> None:
    narrow = run(["series", "evacuated/civilians/Aleppo/east", "--db", db], 80)
    reports = records(["series", "evacuated/civilians/Aleppo/east", "--db", db])
    header = [ln for ln in narrow.splitlines() if ln.startswith("when")][0]
    parties = {str(r["party"]) for r in reports}
    if sum(len(p) + 2 for p in parties) + 30 > 80:
        assert "party" in header.split()
        body = [ln for ln in narrow.splitlines() if DATE.match(ln) or ln.startswith("undated")]
        assert len(body) == len(reports)


@given(st.text(alphabet="abc de\n", min_size=0, max_size=200), st.integers(0, 200), st.integers(1, 30),
       st.integers(8, 120))
def test_excerpt_fits_and_keeps_the_figure_in_view(text: str, at: int, length: int, width: int) -> None:
    at = min(at, len(text))
    end = min(len(text), at + length)
    out, fs, fe = centred(Excerpt(text, at, end), width)
    assert len(out) <= width
    assert 0 <= fs <= fe <= len(out)
    fig = " ".join(text[at:end].split())
    if len(fig) + 2 <= width and fig.strip():
        assert fig.strip() in out


@given(st.lists(st.tuples(st.integers(1, 40), st.integers(0, 100)), min_size=1, max_size=9),
       st.integers(40, 200))
def test_layout_never_exceeds_the_width(spec: list[tuple[int, int]], width: int) -> None:
    columns = [Column(f"c{i}", keep=k, most=30) for i, (_, k) in enumerate(spec)]
    columns.append(Column("text", keep=50, flex=True))
    rows = [["x" * n for n, _ in spec] + [Excerpt("word " * 40, 10, 14)]]
    shown, widths = layout(columns, rows, width)
    assert table_width(columns, widths, shown) <= width


OWN_GOLD = Path(__file__).resolve().parents[1] / "evaluate" / "fixtures" / "own.jsonl"


@pytest.mark.parametrize("width", WIDTHS)
def test_eval_by_table_fits_and_keeps_both_f1s(width: int) -> None:
    out = run(["eval", str(OWN_GOLD), "--by", "event_name"], width)
    fits(out, width)
    head = [ln for ln in out.splitlines() if ln.startswith("event_name ")][0].split()
    assert {"figure", "claim", "source", "place"} <= set(head)
    assert "|" not in out  # the terminal table is not the Markdown one
    names = [ln.split("  ")[0] for ln in out.splitlines() if "(fixture)" in ln or "…" in ln.split("  ")[0]]
    assert len(names) == 9  # one row per crisis, each on one line


def test_eval_by_markdown_format_is_the_pasteable_table() -> None:
    out = run(["eval", str(OWN_GOLD), "--by", "event_name", "--format", "markdown"], 80)
    rows = [ln for ln in out.splitlines() if ln.startswith("|")]
    assert rows[0].startswith("| event_name ") and set(rows[1]) <= {"|", "-"}
    assert len(rows) == 2 + 9 and all(r.endswith("|") for r in rows)


def test_claims_table_at_80_keeps_who_said_it(db: str) -> None:
    """At 80 columns a fact-checker still sees which claim, when, who said it and the sentence (docs/cli.md)."""
    head = [ln for ln in run(["claims", "--db", db], 80).splitlines() if ln.startswith("id ")][0].split()
    assert head[:3] == ["id", "date", "source"] and head[-1] == "sentence"


def test_value_notation_is_explained_only_where_the_value_column_is_shown(db: str) -> None:
    """The caption explains ≥ ≤ ~ under the claims table when values are printed, and not when the width
    left the value column out (a note about a column nobody sees is noise)."""
    def caption_explains(width: int) -> bool:
        return "≥ at least" in " ".join(run(["claims", "--db", db], width).split())

    head = [ln for ln in run(["claims", "--db", db], 120).splitlines() if ln.startswith("id ")][0].split()
    assert "value" in head and caption_explains(120)
    head = [ln for ln in run(["claims", "--db", db], 80).splitlines() if ln.startswith("id ")][0].split()
    assert "value" not in head and not caption_explains(80)


@pytest.mark.parametrize("width", WIDTHS)
def test_check_wraps_at_whole_words_with_hanging_indents(db: str, width: int) -> None:
    out = run(["check", "--db", db], width)
    fits(out, width)
    findings = json.loads(run(["check", "--db", db, "--format", "json"], 120))
    tokens = set(out.split())
    for f in findings:
        for word in f["explanation"].split():
            assert word in tokens, word  # never cut inside a word (a date, a figure, a name)
    for line in out.splitlines():  # a wrapped line is indented under its finding, never at the margin
        assert not line or line.startswith(("==", " ")) or re.match(r"\d+\. |\d+ (finding|claim|note)", line), line

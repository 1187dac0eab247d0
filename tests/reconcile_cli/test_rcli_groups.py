"""A finding is a group of comparisons resting on shared claims, in the JSON as in the table.

``finding_groups.grouped`` is checked as a pure function (hypothesis: every claim and every comparison
kept exactly once, records that share a claim in one finding), and through ``check`` on a written report
where three parties give three tolls for one province: three comparisons, one finding.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from rcli_helpers import as_json, cli

from headcount.reconcile.finding_groups import grouped, summary
from headcount.reconcile.pairing import group_findings

CONTESTED = Path(__file__).with_name("contested_toll.jsonl")


def _records(claim_sets: list[list[str]]) -> list[dict[str, Any]]:
    groups = group_findings([tuple(cs) for cs in claim_sets])
    return [{"type": "contradiction", "severity": "alert", "key": f"killed/people/P{i % 3}", "explanation": f"e{i}",
             "computation": "", "numbers": {}, "parties": [f"p{c}" for c in cs],
             "claims": [{"id": c, "figure": c, "party": f"p{c}", "when": None, "published": None} for c in cs],
             "group": g}
            for i, (cs, g) in enumerate(zip(claim_sets, groups, strict=True))]


claim_sets = st.lists(st.lists(st.sampled_from("abcdefghij"), min_size=1, max_size=4, unique=True),
                      min_size=1, max_size=12)


@given(claim_sets)
def test_grouping_keeps_every_claim_and_comparison_once(sets: list[list[str]]) -> None:
    records = _records(sets)
    out = grouped(records)
    assert sum(len(g["comparisons"]) for g in out) == len(records)
    assert sorted(c["id"] for g in out for c in g["claims"]) == sorted({c for cs in sets for c in cs})
    for g in out:  # a comparison's claims are listed on its finding
        ids = {c["id"] for c in g["claims"]}
        assert all(set(cmp["claims"]) <= ids for cmp in g["comparisons"])
        assert (g["summary"] is None) == (len(g["comparisons"]) == 1)
    assert [g["explanation"] for g in out] == [r["explanation"] for r in records
                                              if r["group"] not in {q["group"] for q in records[:records.index(r)]}]


@given(claim_sets)
def test_findings_share_no_claim(sets: list[list[str]]) -> None:
    out = grouped(_records(sets))
    seen: set[str] = set()
    for g in out:
        ids = {c["id"] for c in g["claims"]}
        assert not ids & seen
        seen |= ids


def test_three_parties_three_tolls_are_one_finding(tmp_path: Path) -> None:
    db = str(tmp_path / "contested.db")
    cli("ingest", str(CONTESTED), "--db", db)
    findings = as_json(cli("check", "--db", db, "--format", "json"))
    assert len(findings) == 1
    f = findings[0]
    assert len(f["comparisons"]) == 3 and f["type"] == "contradiction"
    assert {c["figure"] for c in f["claims"]} == {"1,250", "2,900", "640"}
    assert len(f["parties"]) == 3
    for figure in ("1,250", "2,900", "640"):
        assert figure in f["summary"]
    assert all(len(cmp["claims"]) == 2 and cmp["explanation"] for cmp in f["comparisons"])
    table = cli("check", "--db", db).output
    assert "1 finding(s) from 3 comparison(s)" in table
    assert "3 comparisons of 3 figures from 3 parties" in " ".join(table.split())
    lines = cli("check", "--db", db, "--format", "jsonl").output.splitlines()
    assert len(lines) == 1


TWO = Path(__file__).with_name("two_comparisons.jsonl")


def test_a_group_of_two_comparisons_has_its_summary_in_the_table_as_in_the_json(tmp_path: Path) -> None:
    """One threshold (``finding_groups.SUMMARY_FROM``): a party's fall and its clash with another party's
    figure are two comparisons over three figures, summed up in both forms; the party is one however its
    name is capitalised."""
    db = str(tmp_path / "two.db")
    cli("ingest", str(TWO), "--db", db)
    findings = as_json(cli("check", "--db", db, "--format", "json"))
    assert [len(f["comparisons"]) for f in findings] == [2]
    assert findings[0]["summary"].startswith("2 comparisons of 3 figures from 2 parties")
    table = " ".join(cli("check", "--db", db).output.split())
    assert "2 comparisons of 3 figures from 2 parties" in table


def test_a_claim_without_a_figure_is_left_out_of_the_summary() -> None:
    """A claim id the ledger no longer holds comes as a record with figure None: not "None (undated)"."""
    found = {"id": "a", "figure": "1,200", "party": "Ministry", "party_key": "m", "when": "2031-01-02"}
    gone = {"id": "b", "figure": None, "party": None, "when": None, "published": None}
    text = summary({"claims": [found, gone], "comparisons": [{}, {}]})
    assert "None" not in text and "1,200 (2031-01-02)" in text and "1 figures from 1 party" in text

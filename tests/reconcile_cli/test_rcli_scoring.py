"""The referee's score of `check` on a ledger of the dev texts, with floors pinned at what the rules reach.

../shared/eval/score_reconcile.py reads `check --format json` and `claims --format jsonl` and sets them
against ../shared/gold/reconcile-dev.jsonl (disagreements, look-alikes and running series a careful reader
finds in the dev texts). The floors are today's figures less a small margin, so that a change that loses a
flagged disagreement, or flags more look-alikes, fails here; docs/reconcile.md has the figures and the
commands. Skips with a message when ../shared is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rcli_helpers import cli

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SCORER = SHARED / "eval" / "score_reconcile.py"
GOLD = SHARED / "gold" / "reconcile-dev.jsonl"
DEV = SHARED / "gold" / "dev.jsonl"

# Pinned on the dev texts (see docs/reconcile.md, "Scored on the dev texts").
# Measured 2026-12-06: disagreements 0.189 (7 of 37), same kind 0.189, look-alikes 0.0115 (2 of 174),
# findings on known disagreements 0.33, series together 0.083 (1 of 12). After the attribution, place and
# party work of the same day: series together 0.333 (4 of 12), look-alikes 0.017 (3 of 174), findings on known
# 0.27: more claims now name their party, so more pairs are compared (33 findings against 25); the floor on
# that share moves from 0.28 to 0.25 for that reason, not because a rule got worse. After one party's running
# series were joined (reconcile/running.py) and state bodies, documents referred back to and regions' positions
# were read: series together 0.417 (5 of 12), disagreements 0.216 (8 of 37), findings on known 0.276 (38
# findings), look-alikes unchanged 0.017; the series floor moves to 0.40 (5 of 12).
# Issue 12, late: a district the gazetteer does not know lies in its document's one known place, a
# disagreement already shown under one key is not repeated under a wider one, a part picked out by who they
# are below a whole count is a breakdown. With main's series work: disagreements 0.243 (9 of 37), findings on
# known 0.32 (37 findings), look-alikes 0.0115 (2 of 174), series together 0.417.
# Lowered after the places work of issue 11 (location 0.7445 -> 0.7655): places now right by the gold's location
# conventions split pairs the reference treats as one quantity (a president's national count under the country,
# not under the city the other counts name; a government's count in its own country while an unplaced count of
# the same killings falls back to the document's place): disagreements 0.216 (8 of 37), findings on known 0.258,
# series together 0.333 (4 of 12), look-alikes 0.0115.
# Issue 12, 7 Dec (pairing: a share stated in a partitive is a breakdown, a part is compared only as a part, an
# "including" link across sibling places is no part/whole, a syndication note on a disagreement's claims is not a
# second finding): findings on known 0.308 (32 findings), the rest unchanged; that floor moves to 0.29.
# Series and parties (running.py rules 4-6, 7 Dec): a parent body's figures as its one counting member's (the UN
# as OCHA, as the WHO), a place and the place holding it (a district and its province, a national toll and the
# city's), the two ends of one exodus: series together 0.833 (10 of 12); the other figures unchanged Floor 0.80.
# The stored reconcile (issue 18) now keys claims as ``analyse`` does, one party's running counts joined
# (``running.join_running``; before, the stored findings were computed on per-document keys, so ``check``
# missed what the join brings together): 45 findings against 38, disagreements 0.243 (9 of 37), findings on
# known 0.243 (more findings, a smaller share on known ones), series and look-alikes unchanged (before main's pairing work of 7 Dec). After it, with the join: 37 findings
# (32 without), disagreements 0.243, findings on known 0.290, look-alikes 0.0057, series together 0.333.
# Parties round 3 (7 Dec: a party named inside a longer source, a state's noun qualified by a state, bare state
# nouns as the document's state, offices in apposition, a possessive office): registry parties 552 -> 624 of
# 1,022 claims, unresolved 148 -> 78. On main with the events round (32 findings: disagreements 0.270, findings
# on known 0.3125, look-alikes 0.0057, series 0.833) -> 34 findings: disagreements 0.297 (11 of 37: the Taliban
# interior ministry's spokesman's 2,440 against OCHA's 1,500 in Herat, once his surname resolved), findings on
# known 0.324, look-alikes and series unchanged. Three false contradictions go (Haiti's president against his
# own government and against the outlet, the outlet's one only on main; the Philippine presidential
# spokeswoman against her government; the branch alone, 31 -> 33, loses the other two), four come in one
# Puerto Rico text whose parties did not change (Puerto Rico's government now holds the 64 and 2,975 of two
# other texts, which moves how that series is paired; one is a listed look-alike), and the interior
# ministry's district toll against OCHA's Herat toll is keyed to Herat once his surname resolves (one
# finding out, two in). The
# disagreement floors move to 0.27.
# Round 3 of the pairing rules (7 Dec): a toll of two named parties that falls however far (one_toll), a
# revision the document reports ("from X to Y"), a part's toll above its whole's later toll: disagreements
# 0.2432 -> 0.3243 (12 of 37), findings on known 0.2903 -> 0.3333 (36 findings against 31), look-alikes 0,
# series together 0.833; floors 0.30 and 0.31.
# Both rounds merged (7 Dec, late): 40 findings, disagreements 0.3514 (13 of 37), findings on known 0.325,
# look-alikes 0.0057 (the parties round's Puerto Rico look-alike), series together 0.833; floors 0.34 and 0.31.
# Round 4 (8 Dec): a correction a document reports, an unplaced figure beside its document's one country:
# disagreements 0.3514 -> 0.4054 (15 of 37), findings on known 0.3514 -> 0.3684 (38 findings), look-alikes
# 0.0057, series together 0.833; disagreement floors 0.39.
# Findings grouped (8 Dec): `check --format json` prints one record per group of comparisons that share a
# claim, so the referee scores 11 records, not 38 comparisons: findings on known 0.8182 (9 of 11), disagreements
# 0.4324 (16 of 37), look-alikes 0.0172, series together 0.833; floors: findings on known 0.75, disagreements
# 0.42. Look-alikes read 0.0172 (3 of 174): a group record lists all its claims, so the referee sees pairs of
# claims that share a group though no comparison set them against each other; the ceiling moves from 0.015 to
# 0.02 for that reason (the bar is 0.10), not because a rule flags more.
# Sources round 5 (7 Dec, branch rsrc): a study's interval now carries its researchers, so it meets the
# official 64: disagreements 0.4324 -> 0.4595 (17 of 37), findings on known 0.8182, series 0.833; look-alikes
# 0.0172 -> 0.0230 (4 of 174): the new look-alike is the study's own point estimate and its interval, which no
# comparison sets against each other (4,645 lies inside 793-8,498) but which now share the group record of the
# Puerto Rico toll. Disagreement floors 0.45; the look-alike ceiling 0.025 for that grouping reason.
# A party's disputed figure restated in another document is set against the other party again (7 Dec, round
# 5 of pairing, `checks._restated_disagreements`): Haiti's government toll restated two years on against the
# study: disagreements 0.4324 -> 0.4595 (17 of 37); findings (11), look-alikes and the rest unchanged; floors 0.45.
# Both merged (7 Dec): disagreements 0.4865 (18 of 37), findings on known 0.8182, look-alikes 0.023 (4 of 174),
# series together 0.833; floors 0.48, look-alike ceiling 0.025.
# Round 6 of extraction (7 Dec, branch who): a count a place "still has" is a stock, so the dead a city's
# mortuaries still held no longer make a false falling-total finding against a UN agency's larger toll: 10 findings, findings on known 0.8182 ->
# 0.90 (9 of 10), the rest unchanged; floor 0.80 (one unrelated finding more would give 9 of 11, 0.818).
# Round 7 of extraction (7 Dec, branch whoB): a weekday in a statement coordinated after a figure ("and added, on
# Thursday, that N") is no longer the first figure's day, so Pakistan's OCHA figure of people affected meets the
# minister's larger figure of the same document: disagreements 0.4865 -> 0.5135 (19 of 37), findings on known
# 0.8182 -> 0.8333 (12 findings), look-alikes 0.023 and series unchanged; disagreement floors 0.50 on its own.
# Round 7 of pairing (7 Dec, built on half B, branch rpairB): a party's figure the text marks as said earlier
# (an opening clause with a span of time before the main event) against its last word (the Haiti pair of the
# communications minister): with whoB, disagreements 0.4865 -> 0.5405 (20 of 37), findings on known 0.8182 ->
# 0.8462 (11 of 13), look-alikes 0.023 and series 0.833 unchanged; disagreement floors 0.53. The round's other
# rule (two parties' stocks a few days apart in one text compared) found the same Pakistan pair as whoB and was
# dropped (fixpair7): the figures are the same without it.
# Round 8 of pairing (7 Dec, built on half A, branch rpairA): one day's count beside a count with no window
# reported that day (`day_counts`), and one party's one exact count of combatants named two ways in one text
# (`named_twice`): the two parties' counts of one surrender: disagreements 0.5405 -> 0.5676 (21 of 37),
# findings on known 0.8462 -> 0.8571 (12 of 14), look-alikes 0.023 and series 0.833 unchanged; floors 0.56.
# After review 8 (fix branch rpairA): rule 1 (`day_counts`) removed and `named_twice` narrowed to a figure
# outside a quotation beside the same figure in the party's quoted words: disagreements 0.5676 -> 0.5405 (20 of
# 37), findings on known 0.8571 -> 0.8462 (11 of 13), the figures before round 8; floors back to 0.53.
# Merged with main 77e420c (whoA: a one-day window read back from the publication day): 14 findings, findings on
# known 0.8462 -> 0.7857 (11 of 14; half A 0.80 -> 0.6667, half B 0.875 unchanged), disagreements 0.5405 and
# look-alikes 0.023 unchanged; the extra finding is not in the reference (not yet diagnosed); floor 0.78.
# Diagnosed: the text gives the party's figure twice in its own words (lead and recap) and once quoted, so the
# narrowed rule's "exactly two points" missed it, and the finding held the lead's claims, not the quoted one the
# reference lists. `named_twice` now takes any number of points naming one group only outside quotations and
# the other only inside: 14 -> 13 findings, disagreements 0.5405 -> 0.5676 (21 of 37; the surrender's two
# parties, now meeting as one day's window), findings on known 0.8462 (11 of 13), look-alikes 0.023, series
# 0.833; floors 0.56 and 0.80.
# Round 9 of pairing (7 Dec, built on half B, branch rpairB): a change told with only its "from" argument
# ("revised the toll from N") against the text's own figure, its new value (`revised_from`): the shipwreck
# toll that fell by one, in one text: disagreements 0.5676 -> 0.5946 (22 of 37), findings on known 0.8462 ->
# 0.8571 (12 of 14), look-alikes 0.023 and series 0.833 unchanged; floors 0.59 and 0.80.
# Round 9 of extraction (whoB, "a left-out noun comes from the whole"): "N others" after "including M children"
# now counts the whole's people, not children -- right, but in one Rohingya text those others keep a survey's
# place (the camps where the deaths were counted, not where they happened), so the aid group gains a series
# there and its unplaced toll of another text joins it (running rule 1) instead of meeting the army's figure:
# disagreements 0.5946 -> 0.5676 (21 of 37), findings on known, look-alikes and series unchanged. The rule is
# kept (it is right in general; reverting it to keep a pair that rested on a wrong category would be fitting);
# the place of a count made by a survey is left to the places work. Floors back to 0.56.
# Round 10 of pairing (7 Dec, built on half A, branch rpair10): a second named party's figure beside a stock,
# in the same words and with no time of its own, estimates that stock (`stock_beside`); a count over a window
# stated in words is not set against a total since a stated origin (`stated_window`); a sentence's list of
# three or more figures of one party is a breakdown (`listed_items`): 14 -> 15 findings, disagreements 0.5676
# -> 0.5946 (22 of 37), findings on known 0.8571 -> 0.8667 (13 of 15), look-alikes 0.023 and series 0.833
# unchanged. Merged with main cbf1fce (places round 10: the charity's survey no longer places its toll):
# disagreements 0.6216 (23 of 37). Floor 0.62 for disagreements; findings on known stays 0.80.
# Round 11 of pairing (8 Dec, built on half B, branch rpair11): a location that counts administrative divisions
# ("across seven provinces") names no one place (`place_sets`), and a country named beside its own divisions
# holds the breakdown (running.holding): one agency's national toll no longer splits into three keys. Series
# together 0.8333 -> 0.9167 (11 of 12); disagreements 0.6216, findings on known 0.8667, look-alikes 0.023
# unchanged. Floor 0.90 for series: a regression floor over a one-text gain (both rules are needed for it, and
# both rest on the one dev text crisis-231; review round 11 point 9). The common whole takes an unplaced
# figure only of its own scale since (running._one_scale).
FLOORS = {"disagreements_flagged": 0.62, "flagged_same_kind": 0.62, "findings_on_known_disagreements": 0.80,
          "series_together": 0.90}
CEILINGS = {"lookalikes_flagged": 0.025, "findings_without_refs": 0}


@pytest.fixture(scope="module")
def scores(dev_db: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not SCORER.exists() or not GOLD.exists():
        pytest.skip(f"scorer or reference list not found under {SHARED} (they live beside the repository)")
    out = tmp_path_factory.mktemp("scoring")
    findings, claims = out / "findings.json", out / "claims.jsonl"
    findings.write_text(cli("check", "--db", dev_db, "--format", "json").output, encoding="utf-8")
    claims.write_text(cli("claims", "--db", dev_db, "--format", "jsonl").output, encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(findings), "--claims", str(claims),
                           "--docs-from", str(DEV), "--json"], capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    result["_findings"] = json.loads(findings.read_text(encoding="utf-8"))
    result["_claims"] = [json.loads(line) for line in claims.read_text(encoding="utf-8").splitlines() if line]
    return result


def test_rcli_scoring_floors(scores: dict[str, Any]) -> None:
    for name, floor in FLOORS.items():
        assert scores[name] is not None and scores[name] >= floor, (name, scores[name], floor)
    for name, ceiling in CEILINGS.items():
        assert scores[name] is not None and scores[name] <= ceiling, (name, scores[name], ceiling)


def test_rcli_scoring_every_claim_names_its_document(scores: dict[str, Any]) -> None:
    """Each finding's claims and each listed claim carry the input's document id and the figure's offsets."""
    ids = {json.loads(line)["id"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert scores["_findings"], "no findings on the dev texts"
    for f in scores["_findings"]:
        for c in f["claims"]:
            assert c["document"] in ids and c["end"] > c["start"] >= 0, c
    for c in scores["_claims"]:
        assert c["document"] in ids and c["series"] and c["party"], c


def _comparisons(f: dict[str, Any]) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each comparison of a grouped record, with its claims' records (documents, sentences) from the group."""
    by_id = {c["id"]: c for c in f["claims"]}
    return [(c, [by_id[i] for i in c["claims"]]) for c in f["comparisons"]]


def test_rcli_scoring_one_document_never_revises_itself(scores: dict[str, Any]) -> None:
    """Unless it reports a revision ("from X to Y", ``pairing.stated_revision``): then one document holds
    both figures, in one sentence, and the finding says it is the document's report of the change; or a
    correction of the party's figure in a later sentence (``pairing.stated_correction``), and it says so; or
    the party's figure the text marks as said earlier beside its last word (``one_text.told_earlier``); or a
    change told with only its "from" argument beside the text's own figure (``revised_from.told_from``).
    Every comparison of a group is read, not only the first one the record shows."""
    for f in scores["_findings"]:
        for comp, claims in _comparisons(f):
            if comp["type"] in ("revision", "carrier_mismatch", "running_total") and len(
                    {c["document"] for c in claims}) == 1:
                assert comp["type"] == "revision" and "is reported revised from" in comp["explanation"], comp
                assert (len({c["sentence"] for c in claims}) == 1
                        or "reporting a correction" in comp["explanation"]
                        or "the party's earlier figure and its last" in comp["explanation"]
                        or "telling the change from the earlier figure" in comp["explanation"]), comp["explanation"]


def test_rcli_scoring_every_finding_says_why_and_what_was_not_checked(scores: dict[str, Any]) -> None:
    """Pair findings say why the two are one quantity; none is a stock-and-flow note that fits (each
    comparison of each group)."""
    for f in scores["_findings"]:
        assert f["comparisons"], f
        for comp, _ in _comparisons(f):
            if comp["type"] in ("contradiction", "revision", "carrier_mismatch"):
                assert "Taken as one quantity:" in comp["explanation"], comp["explanation"]
            assert "consistent with the remainder" not in comp["explanation"]

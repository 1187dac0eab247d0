"""Findings as a reader meets them: comparisons that rest on the same claims, one finding.

The checks compare figures two at a time (or a whole with its parts), so one contested toll gives many
comparisons: a ministry's 2,053 against an agency's 100, the same 2,053 against the agency's later 1,023,
the ministry's next 2,400 against that 1,023. Each is right, but a fact-checker reading them one by one
reads the same dispute five times and cannot see that it is one. ``check``'s table has always shown them
as one numbered finding with its "and:" sentences; this module gives the JSON and JSONL forms the same
unit, so that what a script counts is what a reader is shown.

A group is a connected set of comparisons over shared claims (``pairing.group_findings``): two
comparisons that share no claim are two findings, however alike. The group's first comparison is its most
serious (records come sorted by severity), and names its type, severity, explanation and computation;
every comparison stays listed under ``comparisons`` with its own explanation, numbers and claim ids, so
nothing a single comparison said is lost. Pure: records in, records out.
"""

from __future__ import annotations

from typing import Any

#: what each comparison keeps in a grouped finding: its words and numbers, and its claims by id (the claim
#: records themselves are listed once, on the finding)
_COMPARISON_FIELDS = ("type", "severity", "key", "explanation", "computation", "numbers", "parties")

#: a group of at least this many comparisons gets a summary, in the JSON record and in the table alike: with
#: two comparisons there are already three or four figures to keep apart
SUMMARY_FROM = 2


def grouped(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per group: the first comparison's fields, every claim and party once, and the comparisons.

    ``records`` are finding records as ``check`` builds them (``Finding.as_dict`` with ``group`` set and
    ``claims`` expanded to claim records), most serious first; the output keeps the order of each group's
    first record.
    """
    out: dict[Any, dict[str, Any]] = {}
    for d in records:
        comparison = {k: d[k] for k in _COMPARISON_FIELDS if k in d}
        comparison["claims"] = [c["id"] for c in d["claims"]]
        g = out.get(d["group"])
        if g is None:
            g = {**d, "claims": list(d["claims"]), "parties": list(d["parties"]), "keys": [],
                 "comparisons": []}
            out[d["group"]] = g
        else:
            seen = {c["id"] for c in g["claims"]}
            g["claims"] += [c for c in d["claims"] if c["id"] not in seen]
            g["parties"] += [p for p in d["parties"] if p not in g["parties"]]
        g["keys"] += [k for k in d["key"].split(" & ") if k not in g["keys"]]
        g["comparisons"].append(comparison)
    for g in out.values():
        g["summary"] = summary(g) if len(g["comparisons"]) >= SUMMARY_FROM else None
    return list(out.values())


def summary(group: dict[str, Any]) -> str:
    """Who gave which figures in a group of comparisons, party by party in order of first mention, each
    figure with its day: the dispute at a glance before its comparisons one by one.

    "3 comparisons of 4 figures from 2 parties: Ministry of Health: 2,053 (2023-10-08), 2,400 (2023-10-09);
    UN OCHA: 1,023 (2023-10-09)." A figure carried by several outlets is listed once per party, and a party is one by its key (the name
    as first written is shown); a claim
    record without a figure (a claim id the ledger no longer holds) is left out rather than shown as "None"."""
    by_party: dict[str, tuple[str, list[str]]] = {}  # a party's key (its name when it has none) -> name, figures
    for c in group["claims"]:
        if c.get("figure") is None:
            continue
        name = c.get("party") or "unknown party"
        shown = f"{c.get('figure')} ({c.get('when') or c.get('published') or 'undated'})"
        figures = by_party.setdefault(c.get("party_key") or name, (name, []))[1]
        if shown not in figures:
            figures.append(shown)
    n, m = len(group["comparisons"]), sum(len(figures) for _, figures in by_party.values())
    return (f"{n} comparisons of {m} figures from {len(by_party)} "
            f"{'party' if len(by_party) == 1 else 'parties'}: "
            + "; ".join(f"{party}: {', '.join(figs)}" for party, figs in by_party.values()) + ".")

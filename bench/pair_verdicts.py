"""Why two claims of a ledger were or were not compared: every pairing verdict for each pair asked.

    PYTHONPATH=. python bench/pair_verdicts.py LEDGER.db DOC:FIGURE,DOC:FIGURE ...

Each side is a claim named as the scorer names it (the document id the input gave, then the figure as
written: ``doc-12:about 40``; every claim of that document with that figure is tried) or a claim id.
For each pair it prints the two series keys, each report's party (key, how named, kind), period kind and
days, whether its day is an estimate, and then ``pairing.pair``'s answer and reason, the relation across
keys (``across._relation``), and ``part_fits_whole``. The first refusal says whose the miss is: a key or a
party that differs is extraction's or the party model's; a refusal by ``pair`` is the pairing rules'.

Rebuilt by each pairing round until round 8 kept it here. ``check`` reconciles the ledger it reads, so the
script copies the ledger given to a temporary directory and works on the copy; the ledger given is never
written.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from headcount.cli.check_cmds import stored_analysis
from headcount.reconcile import across, pairing
from headcount.reconcile.analysis import Filters
from headcount.reconcile.series import DocMeta, Point, Report, Series

USAGE = "usage: python bench/pair_verdicts.py LEDGER.db DOC:FIGURE,DOC:FIGURE ..."

Where = dict[str, tuple[Series, Report, Point]]


def _points(series: list[Series]) -> Where:
    """Each claim id with its series, report and point (an index: a name is looked up once per claim)."""
    return {p.id: (s, r, p) for s in series for r in s.reports for p in r.points}


def _named(where: Where, ref: str, docs: dict[str, DocMeta]) -> list[str]:
    """The claim ids ``ref`` names: an id, or DOC:FIGURE with DOC as the input named it."""
    if ref in where:
        return [ref]
    doc, _, figure = ref.partition(":")
    out = []
    for cid, (_, _, p) in where.items():
        meta = docs.get(p.claim.doc_id)
        if (meta.document if meta else p.claim.doc_id) == doc and p.claim.figure == figure:
            out.append(cid)
    return out


def _pairs(args: list[str]) -> list[tuple[str, str]]:
    """Each argument split at its comma; a malformed one ends the script with the usage line."""
    out = []
    for arg in args:
        left, comma, right = arg.partition(",")
        if not (comma and left and right):
            sys.exit(f"{USAGE}\n(not a pair: {arg!r})")
        out.append((left, right))
    return out


def main(db: str, args: list[str]) -> None:
    pairs = _pairs(args)
    if not Path(db).is_file():
        sys.exit(f"{USAGE}\n(no ledger at {db})")
    with tempfile.TemporaryDirectory() as tmp:
        copy = str(Path(tmp) / "ledger.db")
        for suffix in ("", "-wal", "-shm"):  # a ledger in WAL mode keeps its last writes beside the file
            if Path(db + suffix).is_file():
                shutil.copyfile(db + suffix, copy + suffix)
        _report(copy, pairs)


def _report(db: str, pairs: list[tuple[str, str]]) -> None:
    """Print the verdicts for each pair, from the ledger at ``db`` (a copy: ``check`` reconciles it)."""
    a = stored_analysis(db, Filters(), 0.1)
    where = _points(a.all_series)
    for left, right in pairs:
        for x in _named(where, left, a.docs):
            for y in _named(where, right, a.docs):
                (sa, ra, _), (sb, rb, _) = where[x], where[y]
                print(f"== {x} {y}: {sa.key} | {sb.key}")
                for r in (ra, rb):
                    print(f"   {r.first.claim.figure!r}: party {r.party.key} ({r.party.how}, {r.party.kind}), "
                          f"kind {r.kind}, days {r.start}..{r.end}, estimated {r.first.approx_by}, "
                          f"total-like {pairing.total_like(r)}, names the whole {pairing.names_whole(r)}")
                how = pairing.pair(ra, rb)
                print(f"   pair: {how.comparable} ({how.why}); relation {across._relation(ra, rb)}; "
                      f"part fits whole {pairing.part_fits_whole(ra, rb)}; one report {ra is rb}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(USAGE)
    main(sys.argv[1], sys.argv[2:])

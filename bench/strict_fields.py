"""Exact period text and strict source and location of the claims the referee pairs, per language.

The lenient referee (``hc eval``) accepts a period of the right kind, a source or a place sharing a word.
This counts, over the claims it pairs with a gold claim (its greedy pairing by span overlap), how many
have exactly the gold's period text at the gold's offset (both null agreeing), a source equal to one of
the gold's, and a location equal to the gold's, each compared after casefolding and dropping one leading
article ("the", "le", "la", "les", "l'", "el", "los", "las", "o", "a", "os", "as", "ال"):

    PYTHONPATH=. .venv/bin/python bench/strict_fields.py GOLD.jsonl [--show period|source|location]

One line a language and one for all ("ALL matched=... period_exact=... source_strict=... loc_strict=...
loc_len=... gold_periods=... gold_periods_exact=..."): ``loc_len`` is the referee's own lenient location,
``gold_periods`` the paired claims whose gold has a period and ``gold_periods_exact`` those of them exact.
``--show`` prints every paired claim that misses on that field (document, figure@offset, gold, ours).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from headcount.evaluate.gold import load_gold
from headcount.evaluate.run import predict
from headcount.evaluate.scorer import match, same_location

_ARTICLE = re.compile(r"^(the|le|la|les|l'|el|los|las|o|a|os|as|ال)\s*", re.I)
FIELDS = ("matched", "period_exact", "source_strict", "loc_strict", "loc_len", "gold_periods", "gold_periods_exact")


def fold(s: str | None) -> str | None:
    """A name compared strictly: trimmed, one leading article dropped, casefolded."""
    return None if s is None else _ARTICLE.sub("", s.strip(), count=1).casefold()


def _sources(p: dict[str, Any]) -> list[str]:
    s = p.get("source")
    return s if isinstance(s, list) else ([s] if s else [])


def measure(path: Path, show: str | None = None) -> dict[str, dict[str, int]]:
    """language (and "ALL") -> the counts of ``FIELDS``; prints the misses of ``show``."""
    gold = load_gold(path)
    raw = {d["id"]: d for d in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())}
    preds = predict(gold)
    tot: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(FIELDS, 0))
    for did, g in gold.items():
        gcs = raw[did]["claims"]
        for gi, pi in match(g.claims, preds[did]).items():
            gc, p = gcs[gi], preds[did][pi]
            period_ok = (gc.get("period") or None) == (p.get("period") or None) and (
                gc.get("period") is None or gc.get("period_start") == p.get("period_offset"))
            srcs, ps = gc.get("source") or [], _sources(p)
            source_ok = (not srcs and not ps) or any(fold(a) == fold(b) for a in srcs for b in ps)
            loc_ok = fold(gc.get("location")) == fold(p.get("location"))
            for t in (tot[raw[did].get("language") or "en"], tot["ALL"]):
                t["matched"] += 1
                t["period_exact"] += period_ok
                t["source_strict"] += source_ok
                t["loc_strict"] += loc_ok
                t["loc_len"] += same_location(p.get("location"), gc.get("location"))
                t["gold_periods"] += gc.get("period") is not None
                t["gold_periods_exact"] += period_ok and gc.get("period") is not None
            where = f"{did}\t{gc['figure']}@{gc['start']}"
            if show == "period" and not period_ok:
                print(f"{where}\tG={gc.get('period')!r}@{gc.get('period_start')} [{gc.get('period_kind')}]"
                      f"\tP={p.get('period')!r}@{p.get('period_offset')} [{p.get('period_kind')}]")
            elif show == "source" and not source_ok:
                print(f"{where}\tG={srcs!r}\tP={ps!r}")
            elif show == "location" and not loc_ok:
                print(f"{where}\tG={gc.get('location')!r}\tP={p.get('location')!r}")
    return dict(tot)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--show", choices=("period", "source", "location"))
    args = ap.parse_args()
    for lang, t in sorted(measure(args.gold, args.show).items()):
        print(lang, " ".join(f"{k}={v}" for k, v in t.items()))


if __name__ == "__main__":
    main()

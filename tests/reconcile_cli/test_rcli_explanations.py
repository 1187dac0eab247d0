"""Every finding's sentence names only figures of its claims, or numbers computed from them, and says how."""

from __future__ import annotations

import re
from typing import Any

from rcli_helpers import as_json, cli

NUMBER = re.compile(r"(?<![\w.-])\d[\d,]*(?:\.\d+)?(?![\w-])")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _figures(text: str) -> set[float]:
    text = DATE.sub(" ", text)
    return {float(m.group().replace(",", "")) for m in NUMBER.finditer(text)}


def _check(findings: list[dict[str, Any]]) -> None:
    assert findings, "no findings to check"
    for f in findings:
        allowed = {float(v) for v in f["numbers"].values()}
        allowed |= {float(c[k]) for c in f["claims"] for k in ("low", "high") if c.get(k) is not None}
        allowed |= {round(v, 2) for v in allowed} | {1.0}  # "one report", "counts once"
        # "one report carried by 2 outlets": a count of the finding's own claims' copies
        allowed |= {float(n) for n in range(2, len(f["claims"]) + 1)}
        key_numbers = _figures(f["key"])
        named = _figures(f["explanation"]) - key_numbers
        assert named <= allowed, (f["explanation"], named - allowed)
        assert f["computation"] and f["computation"] in f["explanation"], f["explanation"]


def test_rcli_explanations_on_the_samples(flow_db: str, sample_db: str) -> None:
    for db in (flow_db, sample_db):
        _check(as_json(cli("check", "--db", db, "--format", "json", "--tolerance", "0")))


def test_rcli_explanations_on_the_dev_ledger(dev_db: str) -> None:
    _check(as_json(cli("check", "--db", dev_db, "--format", "json")))

"""No test, fixture or sample text copies the dev texts: none shares a run of 8 or more words with them.

The dev texts (``../shared/gold/dev.jsonl``) are third-party news; the project reads them from beside the
repository to measure, and never copies them. Test sentences are written fresh, testing the same construction
in new words. This test reads every string literal of ``tests/**/*.py`` (with ``ast``), every text of the
gold-format fixtures in ``tests/`` and the bundled sample (``headcount/sample/*.jsonl``), and fails on any run
of ``RUN`` words it shares with a dev text (words: letters and digits, "8,461" one word, case folded, a party
name of ``lexicons/parties.toml`` one word). Common phrases of news ("the United Nations said on Friday that")
stay under 8 words; a copied sentence does not.

Run as a script to list the longest shared runs from a lower length (``python tests/test_no_gold_text.py 6``).
"""

from __future__ import annotations

import ast
import json
import re
import sys
import tomllib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "gold" / "dev.jsonl"
MULTILINGUAL = DEV.with_name("multilingual-dev.jsonl")  # the texts in six other languages, when present
RUN = 8

_WORD = re.compile(r"[^\W_]+(?:[,.'\u2019][^\W_]+)*")


def _tokens(text: str) -> list[str]:
    return [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]


@cache
def _names() -> dict[str, list[tuple[str, ...]]]:
    """Names of the parties the lexicon knows ("International Committee of the Red Cross"), by first word,
    longest first: a name is one word here, since naming an organisation in full copies nothing."""
    data = tomllib.loads((REPO / "headcount" / "lexicons" / "parties.toml").read_text(encoding="utf-8"))
    names: set[tuple[str, ...]] = set()
    for party in data["parties"].values():
        for key in ("name", "aliases", "members", "bare"):
            value = party.get(key, [])
            for name in [value] if isinstance(value, str) else value:
                if len(ws := tuple(_tokens(name))) > 1:
                    names.add(ws)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for ws in sorted(names, key=len, reverse=True):
        by_first.setdefault(ws[0], []).append(ws)
    return by_first


def words(text: str) -> list[str]:
    """The words of a text, case folded, each party name the lexicon knows folded into one word."""
    ws, out, i = _tokens(text), [], 0
    while i < len(ws):
        name = next((n for n in _names().get(ws[i], []) if tuple(ws[i:i + len(n)]) == n), None)
        out.append("_".join(name) if name else ws[i])
        i += len(name) if name else 1
    return out


def project_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every string literal of the tests and every text of the fixtures and the sample."""
    for path in sorted((REPO / "tests").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 30:
                yield f"{path.relative_to(REPO)}:{node.lineno}", node.value
    for path in sorted([*(REPO / "tests").rglob("*.jsonl"), *(REPO / "headcount" / "sample").glob("*.jsonl")]):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                for key in ("text", "title"):
                    if isinstance(row.get(key), str):
                        yield f"{path.relative_to(REPO)}:{n}:{key}", row[key]


def shared_runs(min_run: int) -> list[tuple[int, str, str, str]]:
    """(length, where, dev id, the run) for every project text sharing >= min_run words with a dev text."""
    dev = [json.loads(line) for path in (DEV, MULTILINGUAL) if path.is_file()
           for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev_words = {d["id"]: words(d["text"]) for d in dev}
    index: dict[tuple[str, ...], list[tuple[str, int]]] = {}
    for doc_id, ws in dev_words.items():
        for i in range(len(ws) - min_run + 1):
            index.setdefault(tuple(ws[i:i + min_run]), []).append((doc_id, i))
    found = []
    for where, text in project_texts():
        ws = words(text)
        best: tuple[int, str, str] | None = None
        for i in range(len(ws) - min_run + 1):
            for doc_id, j in index.get(tuple(ws[i:i + min_run]), []):
                dw, k = dev_words[doc_id], min_run
                while i + k < len(ws) and j + k < len(dw) and ws[i + k] == dw[j + k]:
                    k += 1
                if best is None or k > best[0]:
                    best = (k, doc_id, " ".join(ws[i:i + k]))
        if best:
            found.append((best[0], where, best[1], best[2]))
    return sorted(found, reverse=True)


def test_no_project_text_shares_a_long_run_with_the_dev_texts() -> None:
    if not DEV.is_file():
        pytest.skip(f"dev texts not found at {DEV} (../shared is absent): copy check not run")
    runs = shared_runs(RUN)
    assert not runs, "texts that share a run of words with a dev text (rewrite them in new words):\n" + "\n".join(
        f"  {n} words, {where} ~ {doc_id}: {run!r}" for n, where, doc_id, run in runs)


def test_the_check_finds_a_copied_run() -> None:
    """The matcher itself can fail: a run copied out of a text is found at its full length."""
    assert words("Some 8,461 civilians, including 2,934 children") == [
        "some", "8,461", "civilians", "including", "2,934", "children"]
    assert words("the International Committee of the Red Cross said")[1:] == [
        "international_committee_of_the_red_cross", "said"]


if __name__ == "__main__":
    for n, where, doc_id, run in shared_runs(int(sys.argv[1]) if len(sys.argv) > 1 else 6):
        print(f"{n:3d} {where} ~ {doc_id}: {run}")

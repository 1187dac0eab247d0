"""No test, fixture or sample text copies the dev texts: none shares a run of 8 or more words with them.

The dev texts (``../shared/gold/dev.jsonl``) are third-party news; the project reads them from beside the
repository to measure, and never copies them. Test sentences are written fresh, testing the same construction
in new words. This test reads every string literal of ``tests/**/*.py`` (with ``ast``), every text of the
gold-format fixtures in ``tests/`` and the bundled sample (``headcount/sample/*.jsonl``), and fails on any run
of ``RUN`` words it shares with a dev text (words: letters and digits, "8,461" one word, case folded, a party
name of ``lexicons/parties.toml`` one word). Common phrases of news ("the United Nations said on Friday that")
stay under 8 words; a copied sentence does not.

It also reads the string literals and comments of ``headcount/**/*.py`` and each paragraph of ``docs/*.md``,
where examples quoted in docstrings and design notes had slipped past it. Runs found there when the check was
extended (7 December 2026), in files other helpers owned at the time, are listed in ``_OLD`` by file and
accepted until rewritten; two are only organisations' names. Any other run fails, in those files too.

A second check catches short copies that carry a gold figure (a few of a dev text's words with its figure),
which stay far under 8 words. It reads the same places and flags a run of ``FIGURE_RUN`` (3) or more
tokens shared with a gold text (the dev and multilingual texts and titles, and the ``why`` notes of
``reconcile-dev.jsonl``) that holds a figure: a number of 3 or more digits as written, with its separators ("8,461",
"7.204", "6 418" one token), or a number before a scale word ("3.4 million"); a bare year (1900-2099) is a date,
not a figure. The run is matched case folded, but counted as written, and it is flagged only when it copies words
around the figure, by this rule:

- a word is a token that is neither a number, nor a scale word, nor a name (a token written with a capital:
  "Aleppo", "UNHCR", "Taliban"), nor a hedge just before a figure (the hedges and scale words are those of
  ``lexicons/numbers*.toml``: a record's figure is named as the extractor prints it, "at least 2,000"), nor
  a possessive right before a figure or its hedge, with the tokens before it ("the port authority's 4,310":
  whose figure it is, as a finding names it);
- a run with a distinctive figure (3 or more significant digits: "839", "4,873", "17 264") is flagged with 2 or
  more words ("lifting the sum to 839");
- a run whose figures are all round ("230,000", "5,000") is flagged with 4 or more words ("count to 80,000 his
  ministry"), since "more than 1,000" or "at least 20,000 civilians" are the stock phrases of every report.

So a place or party named with its figure, as a score table or a finding identifies a gold record ("Aleppo
275,000 vs 500,000", "Haiti 230,000", "13 December 2016"), is not flagged, while a phrase copied with the figure is.
The runs found when this check was added (7 December 2026) were all rewritten that day, so ``_OLD_FIGURES`` is
empty and any run fails.

Run as a script to list the longest shared runs from a lower length (``python tests/test_no_gold_text.py 6``), or
every figure run, accepted or not (``python tests/test_no_gold_text.py figures``).
"""

from __future__ import annotations

import ast
import hashlib
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

# Two runs accepted, by file, each as the first 16 hex digits of the SHA-256 of the run's words joined by spaces
# (so this file copies nothing): both are the names of the parties in findings that docs/reconcile.md quotes
# whole as `check` printed them ("a few findings quoted whole", issue 12), an investigative newsroom's name with
# its English gloss and a disaster authority's spokesman. Any other shared run fails, in that file too.
_OLD: dict[str, frozenset[str]] = {
    "docs/reconcile.md": frozenset({
        "986da13ea9531f6a",
        "f3e002a96d8a69e8",
    }),
}


def _digest(run: str) -> str:
    return hashlib.sha256(run.encode()).hexdigest()[:16]


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
    for path in sorted((REPO / "headcount").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source, filename=str(path))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 30:
                yield f"{path.relative_to(REPO)}:{node.lineno}", node.value
        yield from _comments(path, source)
    for path in sorted((REPO / "docs").glob("*.md")):
        yield from _paragraphs(path)
    for path in sorted([*(REPO / "tests").rglob("*.jsonl"), *(REPO / "headcount" / "sample").glob("*.jsonl")]):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                for key in ("text", "title"):
                    if isinstance(row.get(key), str):
                        yield f"{path.relative_to(REPO)}:{n}:{key}", row[key]


def _comments(path: Path, source: str) -> Iterator[tuple[str, str]]:
    """Each block of consecutive comment lines of a module, joined: a quoted example often runs over two."""
    block: list[str] = []
    first = 0
    lines = [*source.splitlines(), ""]
    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        at = line.find("#")
        if at >= 0 and (stripped.startswith("#") or _outside_string(line, at)):
            first = first or n
            block.append(line[at + 1:])
            continue
        if block:
            yield f"{path.relative_to(REPO)}:{first}", " ".join(block)
        block, first = [], 0


def _outside_string(line: str, at: int) -> bool:
    """A "#" at ``at`` opens a comment, not a character of a string (an even number of quotes before it)."""
    head = line[:at]
    return head.count('"') % 2 == 0 and head.count("'") % 2 == 0


def _paragraphs(path: Path) -> Iterator[tuple[str, str]]:
    """Each paragraph of a Markdown page (lines up to a blank line), with the line it starts on."""
    block: list[str] = []
    first = 0
    for n, line in enumerate([*path.read_text(encoding="utf-8").splitlines(), ""], 1):
        if line.strip():
            first = first or n
            block.append(line)
        elif block:
            yield f"{path.relative_to(REPO)}:{first}", " ".join(block)
            block, first = [], 0


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
    runs = [r for r in shared_runs(RUN) if _digest(r[3]) not in _OLD.get(r[1].split(":")[0], frozenset())]
    assert not runs, "texts that share a run of words with a dev text (rewrite them in new words):\n" + "\n".join(
        f"  {n} words, {where} ~ {doc_id}: {run!r}" for n, where, doc_id, run in runs)


def test_the_check_finds_a_copied_run() -> None:
    """The matcher itself can fail: a run copied out of a text is found at its full length."""
    assert words("Some 8,461 civilians, including 2,934 children") == [
        "some", "8,461", "civilians", "including", "2,934", "children"]
    assert words("the International Committee of the Red Cross said")[1:] == [
        "international_committee_of_the_red_cross", "said"]


def test_the_check_reads_comments_docstrings_and_docs() -> None:
    """Code comments (joined over their lines), docstrings and Markdown paragraphs are all read."""
    texts = list(project_texts())
    places = {where.split(":")[0] for where, _ in texts}
    assert {"docs/extraction.md", "headcount/extract/sentences.py", "headcount/extract/structure.py"} <= places
    joined = [text for where, text in texts if where.startswith("headcount/extract/sentences.py")]
    assert any("count of residents bussed out of the encircled district" in " ".join(t.split()) for t in joined)


FIGURE_RUN = 3
RECONCILE = DEV.with_name("reconcile-dev.jsonl")  # the gold disagreements, with a note ("why") on each

# Runs accepted by file, as in ``_OLD`` (the digest of the run's tokens, case folded, joined by spaces). Empty:
# every run found when the check was added was rewritten the same day; a digest goes here only with a reason.
_OLD_FIGURES: dict[str, frozenset[str]] = {}

_FIGURE_TOKEN = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|[^\W_]+(?:[,.'\u2019][^\W_]+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")


@cache
def _number_words() -> tuple[frozenset[str], dict[int, frozenset[tuple[str, ...]]]]:
    """The scale words ("million", "mil", "тисяч") and the hedges ("at least", "plus de"), by length, of the
    numbers lexicons: a hedge is read with its figure, as the extractor prints it ("at least 2,000")."""
    scales: set[str] = set()
    hedges: dict[int, set[tuple[str, ...]]] = {}
    for path in sorted((REPO / "headcount" / "lexicons").glob("numbers*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for table in (data.get("words", {}).get("scales", {}), data.get("scales", {})):
            scales.update(k.lower() for k in table if not any(c.isdigit() for c in k))
        for hedge in data.get("hedges", {}):
            if ws := tuple(w.lower() for w in figure_tokens(hedge)):
                hedges.setdefault(len(ws), set()).add(ws)
    return frozenset(scales), {n: frozenset(hs) for n, hs in hedges.items()}


def figure_tokens(text: str) -> list[str]:
    """The tokens of a text as written: words, and numbers with their separators ("6 418" one token)."""
    return [w.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
            for w in _FIGURE_TOKEN.findall(text)]


def _figure(ws: list[str], i: int) -> int:
    """0 if ``ws[i]`` is no figure, 3 if a distinctive one (3+ significant digits), else 1 (a round one)."""
    w = ws[i]
    if not w[0].isdigit() or _YEAR.fullmatch(w):
        return 0
    digits = re.sub(r"\D", "", w)
    if len(digits) < 3 and not (i + 1 < len(ws) and ws[i + 1].lower() in _number_words()[0]):
        return 0
    return 3 if len(digits.rstrip("0")) >= 3 else 1


def copies_words(run: list[str]) -> bool:
    """The run (tokens as written) copies words around a figure, by the rule of the module's docstring."""
    scales, hedges = _number_words()
    folded = [w.lower() for w in run]
    figures = [i for i in range(len(run)) if _figure(run, i)]
    hedged = {k for i in figures for n, hs in hedges.items() if i >= n and tuple(folded[i - n:i]) in hs
              for k in range(i - n, i)}
    # a possessive right before a figure (or its hedge) names whose figure it is: it and the words before it
    owner = max((k for k in range(len(run) - 1) if folded[k].endswith("'s") and (k + 1 in figures or k + 1 in hedged)),
                default=-1)
    words = sum(1 for k, w in enumerate(run)
                if k > owner and not w[0].isdigit() and w == folded[k] and w not in scales and k not in hedged)
    return bool(figures) and words >= (2 if max(_figure(run, i) for i in figures) == 3 else 4)


@cache
def _gold_figure_index() -> tuple[list[list[str]], dict[tuple[str, ...], list[tuple[int, int]]]]:
    """The gold texts' tokens (case folded), and each run of FIGURE_RUN tokens that holds a figure, indexed once."""
    gold: list[list[str]] = []
    for path in (DEV, MULTILINGUAL):
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line) if line.strip() else {}
                gold += [[w.lower() for w in figure_tokens(row[k])] for k in ("text", "title")
                         if isinstance(row.get(k), str)]
    if RECONCILE.is_file():
        gold += [[w.lower() for w in figure_tokens(json.loads(line).get("why") or "")]
                 for line in RECONCILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    index: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for g, ws in enumerate(gold):
        for i in range(len(ws) - FIGURE_RUN + 1):
            if any(_figure(ws, j) for j in range(i, i + FIGURE_RUN)):
                index.setdefault(tuple(ws[i:i + FIGURE_RUN]), []).append((g, i))
    return gold, index


def figure_runs(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(where, run as written) for each longest run a text shares with a gold text that copies words round a figure."""
    gold, index = _gold_figure_index()
    found = []
    for where, text in texts:
        written = figure_tokens(text)
        ws = [w.lower() for w in written]
        seen: set[str] = set()
        for i in range(len(ws) - FIGURE_RUN + 1):
            for g, j in index.get(tuple(ws[i:i + FIGURE_RUN]), []):
                gw, a, b = gold[g], i, i + FIGURE_RUN
                while a > 0 and j - (i - a) > 0 and ws[a - 1] == gw[j - (i - a) - 1]:
                    a -= 1
                while b < len(ws) and j + (b - i) < len(gw) and ws[b] == gw[j + (b - i)]:
                    b += 1
                run = " ".join(written[a:b])
                if run not in seen and copies_words(written[a:b]):
                    seen.add(run)
                    found.append((where, run))
    return found


def test_no_project_text_copies_words_round_a_gold_figure() -> None:
    if not DEV.is_file():
        pytest.skip(f"dev texts not found at {DEV} (../shared is absent): copy check not run")
    runs = [(where, run) for where, run in figure_runs(list(project_texts()))
            if _digest(run.lower()) not in _OLD_FIGURES.get(where.split(":")[0], frozenset())]
    assert not runs, "texts that copy a gold text's words round a figure (rewrite them, other figures and words):\n" + (
        "\n".join(f"  {where}: {run!r}" for where, run in runs))


def test_the_figure_check_flags_copies_not_identifiers() -> None:
    """The rule itself: words round a figure count, names and figures do not; a round figure needs more words."""
    assert figure_tokens("evacuated 6 418 people, 2.873 in all, in 2016") == [
        "evacuated", "6 418", "people", "2.873", "in", "all", "in", "2016"]
    assert copies_words(figure_tokens("lifting the sum to 839"))
    assert copies_words(figure_tokens("raised the toll to 90,000, his office"))
    assert not copies_words(figure_tokens("more than 90,000 people"))
    assert not copies_words(figure_tokens("Aleppo 275,000 vs 500,000"))
    assert not copies_words(figure_tokens("reported on 13 December 2016 that"))
    assert not copies_words(figure_tokens("inhabited by 9.1 million"))
    assert not copies_words(figure_tokens("Pakistan over 33 million"))
    assert not copies_words(figure_tokens("the Mayor's at least 2,317"))
    assert not copies_words(figure_tokens("the regional health office's 2,317"))
    assert copies_words(figure_tokens("the mayor's 2,317 dead in"))


if __name__ == "__main__":
    if sys.argv[1:] == ["figures"]:
        for where, run in figure_runs(list(project_texts())):
            old = _digest(run.lower()) in _OLD_FIGURES.get(where.split(":")[0], frozenset())
            print(f"{where}\t{run}\t{_digest(run.lower())}{' (accepted)' if old else ''}")
        sys.exit()
    for n, where, doc_id, run in shared_runs(int(sys.argv[1]) if len(sys.argv) > 1 else 6):
        print(f"{n:3d} {where} ~ {doc_id}: {run}")

"""List the runs of words the project's files share with evaluation texts that live outside the repository.

Why: tests/test_no_gold_text.py checks the dev gold beside the repository (``../shared``); the open unseen-crisis
sets of a round (gold-format files a round's probe writers keep in their own folders) are not there, so a test
sentence that copied one with a name swapped passed it (round-11 review of es/fr/pt). This script is the check
for those: give it the evaluation files and the project paths to read; it prints every run of ``--run`` words
(5 by default, the reviewers' length) shared with an evaluation text, with the file it is in.

Words are read as the gold-text test reads them: letters and digits, "8,461" one token, case folded.

    python bench/open_text_runs.py --run 5 /path/P4ml.jsonl /path/P5ml.jsonl --read tests/extract docs
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

_WORD = re.compile(r"[^\W_]+(?:[,.'\u2019][^\W_]+)*")
_SUFFIXES = {".py", ".md", ".toml", ".jsonl", ".txt"}


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _runs(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _eval_runs(files: list[Path], n: int) -> dict[tuple[str, ...], str]:
    """Every run of an evaluation text, with the id of a text that holds it."""
    found: dict[tuple[str, ...], str] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            text = " ".join(str(record.get(k, "")) for k in ("title", "text"))
            for run in _runs(_words(text), n):
                found.setdefault(run, str(record.get("id", path.name)))
    return found


def _project_files(paths: list[Path]) -> list[Path]:
    return [f for p in paths for f in ([p] if p.is_file() else sorted(p.rglob("*")))
            if f.is_file() and f.suffix in _SUFFIXES]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--run", type=int, default=5)
    parser.add_argument("evaluation", nargs="+", type=Path)
    parser.add_argument("--read", nargs="+", type=Path, default=[Path("tests"), Path("docs"), Path("headcount")],
                        help="project files or folders to read (tests, docs, headcount by default)")
    args = parser.parse_args(argv)
    where: list[Path] = args.read
    known = _eval_runs([p for p in args.evaluation if p.exists()], args.run)
    hits = 0
    for f in _project_files(where):
        for run in sorted(_runs(_words(f.read_text(encoding="utf-8", errors="replace")), args.run) & known.keys()):
            print(f"{f}: {' '.join(run)!r} ({known[run]})")
            hits += 1
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

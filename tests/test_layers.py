"""The stages stay apart: extract/ imports neither reconcile/ nor store/, and ingest/ does not import store/.

Why: the extractor is what ``extractor_version`` describes and what the Spark tasks ship to every core; a
dependency on reconcile or the store would pull their rules (and SQLAlchemy) into it. Ingest turns sources
into documents; storing them is the runner's job (``headcount/runner.py``). The check reads every import
statement with ``ast``, including the ones inside functions and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "headcount"

FORBIDDEN = {
    "extract": ("headcount.reconcile", "headcount.store"),
    "ingest": ("headcount.store",),
}


def imported_modules(source: str, package: str) -> list[tuple[int, str]]:
    """Every module a file of ``package`` imports, absolute, with its line (relative imports resolved)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                stem = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{stem}.{base}" if base else stem
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


@pytest.mark.parametrize("stage", sorted(FORBIDDEN))
def test_stage_does_not_import_later_stages(stage: str) -> None:
    files = sorted((PACKAGE / stage).glob("*.py"))
    assert files, f"no modules found under headcount/{stage}"
    bad = [f"{p.relative_to(PACKAGE.parent)}:{line} imports {mod}"
           for p in files for line, mod in imported_modules(p.read_text(encoding="utf-8"), f"headcount.{stage}")
           if any(mod == f or mod.startswith(f + ".") for f in FORBIDDEN[stage])]
    assert not bad, "\n".join(bad)


def test_the_check_sees_imports_inside_functions_and_relative_ones() -> None:
    """The scanner itself can fail: a lazy import, one under TYPE_CHECKING and a relative one are all found."""
    source = ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import headcount.store.tables\n"
              "def f():\n    from headcount.store.ledger import Entry\nfrom ..reconcile import checks\n")
    mods = [m for _, m in imported_modules(source, "headcount.extract")]
    assert "headcount.store.tables" in mods
    assert "headcount.store.ledger" in mods
    assert "headcount.reconcile.checks" in mods

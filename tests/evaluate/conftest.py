"""Shared paths for the evaluation tests: the referee and the dev set live beside the repo in ../shared."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
DEV = SHARED / "gold" / "dev.jsonl"
REFEREE = SHARED / "eval" / "score.py"

# Figures the dev gate measured in this run, printed in pytest's terminal summary.
GATE_REPORT: dict[str, Any] = {}


@pytest.fixture(scope="session")
def dev_path() -> Path:
    if not DEV.is_file():
        pytest.skip(f"dev set not found at {DEV} (../shared is absent): dev-set checks skipped")
    return DEV


@pytest.fixture(scope="session")
def referee_path() -> Path:
    if not REFEREE.is_file():
        pytest.skip(f"referee not found at {REFEREE} (../shared is absent): agreement checks skipped")
    return REFEREE


@pytest.fixture(scope="session")
def referee(referee_path: Path) -> ModuleType:
    """../shared/eval/score.py imported as a module, for in-process comparisons."""
    spec = importlib.util.spec_from_file_location("shared_eval_score", referee_path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def gate_report() -> dict[str, Any]:
    """A place for the dev gate to leave its figures for the terminal summary."""
    return GATE_REPORT


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not GATE_REPORT:
        return
    terminalreporter.section("headcount dev-set figures")
    for line in GATE_REPORT.get("lines", []):
        terminalreporter.write_line(line)

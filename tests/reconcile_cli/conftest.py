"""Ledgers for the reconcile commands: the bundled stock-and-flow sample, the 22-report sample, the dev texts.

Each is built once per module with the real CLI (`headcount ingest`, the real extractor) into a temporary
SQLite file. The dev ledger reads ../shared/gold/dev.jsonl (never copied here) and skips when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rcli_helpers import cli

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "headcount" / "sample"
DEV = ROOT / ".." / "shared" / "gold" / "dev.jsonl"


def _ledger(tmp_path_factory: pytest.TempPathFactory, source: Path, name: str) -> str:
    db = str(tmp_path_factory.mktemp(name) / "ledger.db")
    cli("ingest", str(source), "--db", db)
    return db


@pytest.fixture(scope="module")
def flow_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _ledger(tmp_path_factory, SAMPLE / "stock_flow.jsonl", "flow")


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _ledger(tmp_path_factory, SAMPLE / "aleppo.jsonl", "sample")


@pytest.fixture(scope="module")
def dev_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    if not DEV.exists():
        pytest.skip(f"dev texts not found at {DEV} (they live beside the repository, in ../shared/gold)")
    return _ledger(tmp_path_factory, DEV, "dev")

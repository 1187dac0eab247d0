"""Stopping the background refresh: a web refresh stops between its batches of documents, with what it
resolved summarised and the rest left dirty for the next one; the app's refresh thread does not start the web
refresh once asked to stop (the engine is disposed just after). On the bundled sample, real SQLite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select
from web_helpers import make_ledger

from headcount.store import web_index
from headcount.store.ledger import Ledger
from headcount.store.reconcile_repo import ReconcileStore
from headcount.store.web_tables import party_docs, series_summaries
from headcount.web.live import Live


def _summaries(eng: Any) -> dict[str, tuple[int, int]]:
    with eng.connect() as conn:
        return {r.key: (r.claims, r.reports) for r in conn.execute(select(series_summaries))}


def _dirty(eng: Any) -> int:
    overlay = web_index.overlay_hash(ReconcileStore(eng).party_overlay())
    with eng.connect() as conn:
        stale, gone = web_index._dirty(conn, overlay)
    return len(stale) + len(gone)


def test_live_stop_a_refresh_stops_between_batches_and_the_next_finishes(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    with Ledger.open(make_ledger(tmp_path / "stop.db")) as ledger:
        eng = ledger.engine
        overlay = ReconcileStore(eng).party_overlay()
        web_index.refresh(eng, overlay)
        whole = _summaries(eng)
        assert len(whole) > 3
        with eng.begin() as conn:  # every document dirty again, no summary left
            conn.execute(delete(party_docs))
            conn.execute(delete(series_summaries))
        n = _dirty(eng)
        monkeypatch.setattr(web_index, "DOC_BATCH", 2)
        asked = []
        got = web_index.refresh(eng, overlay, stop=lambda: asked.append(1) or True)
        assert asked and got.documents == 2 < n  # one batch, then stopped
        assert _dirty(eng) == n - 2
        part = _summaries(eng)
        assert part and all(whole[k] == v for k, v in part.items())  # what it resolved is summarised
        got = web_index.refresh(eng, overlay)
        assert got.documents == n - 2 and _dirty(eng) == 0
        assert _summaries(eng) == whole


def test_live_stop_before_the_web_refresh_leaves_it_for_the_next_start(tmp_path: Path) -> None:
    with Ledger.open(make_ledger(tmp_path / "stopped.db")) as ledger:
        live = Live(ledger.engine)
        assert _dirty(ledger.engine) > 0
        live.stop()  # asked to stop while the reconcile runs: the web refresh does not begin
        live._work()
        assert _dirty(ledger.engine) > 0
        live2 = Live(ledger.engine)
        live2._work()
        assert _dirty(ledger.engine) == 0

"""Helpers for the web tests: make a sample ledger, start the app on a free loopback port, screenshots.

Imported by ``conftest.py`` and the tests (a module with a unique name, so pytest's rootdir imports find it).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "headcount" / "sample"
SHOTS = ROOT / "artifacts" / "screenshots"


def make_ledger(path: Path) -> str:
    """A SQLite ledger of the bundled sample, ingested with the real pipeline, and one API token."""
    from headcount.runner import ingest
    from headcount.store.ledger import Ledger

    db = str(path)
    with Ledger.open(db, create=True) as ledger:
        summary = ingest([str(p) for p in sorted(SAMPLE.glob("*.jsonl"))], ledger)
        assert summary.claims > 0 and not summary.failures
    return db


def make_indexed_ledger(db: str, scratch: Path, extra: list[dict[str, Any]]) -> str:
    """The bundled sample and the ``extra`` documents ingested into ``db`` (a path or a URL), then the web
    index refreshed: the ledger the web read tests compare old and new queries on."""
    import json

    from headcount.runner import ingest
    from headcount.store.ledger import Ledger
    from headcount.store.reconcile_repo import ReconcileStore
    from headcount.store.web_index import refresh

    with Ledger.open(db, create=True) as ledger:
        path = scratch / "extra.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in extra), encoding="utf-8")
        summary = ingest([*(str(p) for p in sorted(SAMPLE.glob("*.jsonl"))), str(path)], ledger)
        assert summary.claims > 0 and not summary.failures
        refresh(ledger.engine, ReconcileStore(ledger.engine).party_overlay())
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str
    db: str
    token: str
    app: Any

    def wait_fresh(self) -> None:
        """Let the app's stored findings and web tables catch up with the ledger (after a write)."""
        self.app.state.web.live.wait_fresh(120)


def start_server(db: str, **kwargs: Any) -> Iterator[Server]:
    import httpx
    import uvicorn

    from headcount.store.ledger import Ledger
    from headcount.web import tokens
    from headcount.web.app import create_app

    with Ledger.open(db) as ledger:
        token = tokens.create(ledger.engine, f"tester-{free_port()}")
    app = create_app(db, **kwargs)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    headers = {"authorization": f"Bearer {token}"}
    while True:
        try:
            if httpx.get(url + "/api/overview", headers=headers, timeout=60).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("the web app did not start")
        time.sleep(0.1)
    srv = Server(url, db, token, app)
    if kwargs.get("reconcile_at_start", True):
        srv.wait_fresh()  # the app answers at once; the tests read series and parties the refresh stores
    yield srv
    server.should_exit = True
    thread.join(10)


def shot(page: Any, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


def sign_in(page: Any, server: Server) -> None:
    page.goto(server.url + "/signin")
    page.fill("#signin input[name=token]", server.token)
    page.click("#signin button[type=submit]")
    page.wait_for_load_state()

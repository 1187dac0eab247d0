"""Ingest requested through the web: queued, run one at a time in a background thread, progress kept.

Each job runs ``headcount.runner.ingest`` (the CLI's pipeline, with its safe fetching: address checks
on every hop, size and redirect caps, timeouts) over the URL or the upload it was given (kept in memory
under its own name, with the URL, outlet and date the user gave: ``headcount.ingest.uploads``), and counts
what happened to each document as it goes, so the page can show progress while it runs. One worker thread:
SQLite takes one writer at a time, and a queue keeps requests in the order they came.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from headcount.ingest.batch import UPLOAD_SOURCE, IngestOptions
from headcount.ingest.uploads import Upload
from headcount.runner import ingest
from headcount.store.ledger import Ledger

log = logging.getLogger(__name__)

KEEP_JOBS = 200


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class Job:
    id: int
    source: str  # what the user gave: a URL, or an uploaded file's name
    by: str  # the token name that asked for it
    status: str = "queued"  # queued, running, done, failed (an error, or not one document stored)
    counts: dict[str, int] = field(default_factory=lambda: {"new": 0, "updated": 0, "unchanged": 0, "failed": 0})
    claims: int = 0
    current: str | None = None
    failures: list[dict[str, str]] = field(default_factory=list)
    error: str | None = None
    queued_at: str = field(default_factory=_now)
    started_at: str | None = None
    finished_at: str | None = None
    upload: Upload | None = None  # an uploaded file or pasted text, dropped when the job ends

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "source": self.source, "by": self.by, "status": self.status,
            "counts": dict(self.counts), "processed": sum(self.counts.values()), "claims": self.claims,
            "current": self.current, "failures": list(self.failures),
            "error": self.error, "queued_at": self.queued_at, "started_at": self.started_at,
            "finished_at": self.finished_at,
        }


class JobRunner:
    """A queue of ingest jobs and the one thread that runs them."""

    def __init__(self, ledger: Ledger, options: IngestOptions, on_done: Callable[[], None] | None = None) -> None:
        self.ledger = ledger
        self.options = options
        self.on_done = on_done
        self._jobs: dict[int, Job] = {}
        self._ids = itertools.count(1)
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, source: str, by: str, upload: Upload | None = None) -> Job:
        job = Job(next(self._ids), source, by, upload=upload)
        with self._lock:
            self._jobs[job.id] = job
            for old in sorted(self._jobs)[:-KEEP_JOBS]:
                if self._jobs[old].status in ("done", "failed"):
                    del self._jobs[old]
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="headcount-ingest", daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job

    def get(self, job_id: int) -> Job | None:
        return self._jobs.get(job_id)

    def jobs(self) -> list[Job]:
        with self._lock:
            return sorted(self._jobs.values(), key=lambda j: -j.id)

    def stop(self) -> None:
        self._queue.put(None)

    def _work(self) -> None:
        while (job := self._queue.get()) is not None:
            self.run(job)

    def run(self, job: Job) -> None:
        job.status, job.started_at = "running", _now()
        opts = self.options if job.upload is None else dataclasses.replace(self.options, upload=job.upload)
        src = UPLOAD_SOURCE if job.upload is not None else job.source

        def tick(status: str, label: str) -> None:
            job.counts[status] = job.counts.get(status, 0) + 1
            job.current = label

        try:
            summary = ingest([src], self.ledger, opts, on_item=tick)
            job.claims = summary.claims
            job.failures = [{"source": f.source, "reason": f.reason, "stage": f.stage} for f in summary.failures]
            if summary.stored == 0 and summary.failures:  # nothing came of it: say so, and why
                job.status = "failed"
                job.error = "; ".join(f"{x['source']}: {x['reason']}" for x in job.failures[:3]) + (
                    f" (and {len(job.failures) - 3} more)" if len(job.failures) > 3 else "")
            else:
                job.status = "done"
        except Exception as exc:  # noqa: BLE001 - the job reports it; the server goes on
            log.exception("ingest job %d failed", job.id)
            job.status, job.error = "failed", f"{type(exc).__name__}: {exc}"
        finally:
            job.current, job.finished_at, job.upload = None, _now(), None
            if self.on_done:
                self.on_done()

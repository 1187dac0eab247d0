"""The reconciled view of a ledger, built once per ledger version and shared by every request.

Series, findings, parties and track records come from ``headcount.reconcile`` over all the ledger's claims:
party resolution reads each document's text, so building them takes seconds on a large ledger and cannot
happen per request. A :class:`Snapshot` holds the result with lookup tables (claim -> party, series,
report, findings); :class:`SnapshotCache` rebuilds it in a background thread when the ledger changes
(counts of documents and claims, latest fetch, settled figures and party edits) and meanwhile keeps serving
the previous one, so a page never waits for a rebuild except the very first.

Pure reads: the only I/O is the loading query; everything else is the reconcile library's.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select

from headcount.reconcile.analysis import analyse
from headcount.reconcile.findings import Finding
from headcount.reconcile.parties import Party, Registry, Resolution
from headcount.reconcile.series import Point, Report, Series
from headcount.reconcile.track_record import Settled, TrackRecord, track_records
from headcount.store.reconcile_repo import ReconcileStore
from headcount.store.tables import claims, documents

log = logging.getLogger(__name__)

CHECK_EVERY_S = 2.0
"""How often (at most) a request looks whether the ledger changed: two COUNT queries, a few ms at 100k claims."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What reconcile reads besides claims: the user's party edits (a registry overlay) and settled figures."""

    overlay: dict[str, Any] = field(default_factory=dict)
    settled: tuple[Settled, ...] = ()
    version: str = ""  # changes whenever either changes


def load_settings(engine: Engine) -> Settings:
    """The ledger's party edits and settled figures (small tables: read on every version check)."""
    store = ReconcileStore(engine)
    overlay = store.party_overlay()
    settled = tuple(store.settled())
    basis = repr((sorted(overlay.get("parties", {}).items()), sorted(overlay.get("merged", {}).items()),
                  [(x.key, x.low, x.high, x.as_of, x.note) for x in settled]))
    return Settings(overlay, settled, hashlib.sha256(basis.encode()).hexdigest()[:16])


SettingsLoader = Callable[[Engine], Settings]


@dataclass(frozen=True, slots=True)
class FindingView:
    id: str
    finding: Finding
    latest: str | None  # the latest publication date among its claims: "latest findings" sort on it

    def as_dict(self) -> dict[str, Any]:
        d = self.finding.as_dict()
        d["type"] = str(d["type"])
        d["severity"] = str(d["severity"])
        return {"id": self.id, **d, "latest": self.latest}


@dataclass(slots=True)
class PartyInfo:
    key: str
    name: str
    kind: str
    claims: int = 0
    series: set[str] = field(default_factory=set)
    party: Party | None = None  # the registry entry, when the party is a known one

    def as_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "kind": self.kind, "claims": self.claims,
                "series": len(self.series), "known": self.party is not None}


@dataclass(slots=True)
class Snapshot:
    version: tuple[Any, ...]
    settings: Settings
    registry: Registry
    series: list[Series]
    by_key: dict[str, Series]
    findings: list[FindingView]
    rank: dict[str, int]  # claim id -> position in the ledger's date order (newest first)
    claim_party: dict[str, Resolution]
    claim_series: dict[str, str]
    claim_report: dict[str, Report]
    claim_point: dict[str, Point]
    findings_by_claim: dict[str, list[int]]
    findings_by_key: dict[str, list[int]]
    parties: dict[str, PartyInfo]
    party_claims: dict[str, list[str]]
    series_claims: dict[str, list[str]]
    track: dict[str, TrackRecord]
    order: list[str] = field(default_factory=list)  # every claim id in the ledger's date order (newest first)
    built_s: float = 0.0
    memo: dict[Any, Any] = field(default_factory=dict)  # per-snapshot results pages ask for again and again

    def top_series(self, n: int) -> list[Series]:
        if "top" not in self.memo:
            self.memo["top"] = sorted(self.series, key=lambda s: (-len(s.points), str(s.key)))
        top: list[Series] = self.memo["top"]
        return top[:n]

    def latest_findings(self, n: int) -> list[FindingView]:
        if "latest" not in self.memo:
            self.memo["latest"] = sorted(self.findings, key=lambda f: (f.latest or "", f.id), reverse=True)
        latest: list[FindingView] = self.memo["latest"]
        return latest[:n]

    def finding(self, fid: str) -> FindingView | None:
        return next((f for f in self.findings if f.id == fid), None)


def ledger_version(engine: Engine) -> tuple[Any, ...]:
    """Cheap signature of the ledger's content: document and claim counts and the latest fetch."""
    with engine.connect() as conn:
        n_docs, latest = conn.execute(select(func.count(), func.max(documents.c.fetched_at))
                                      .select_from(documents)).one()
        n_claims = conn.execute(select(func.count()).select_from(claims)).scalar_one()
    return (int(n_docs), int(n_claims), latest)


def finding_id(f: Finding) -> str:
    basis = "\x1f".join((str(f.type), f.key, *f.claims))
    return hashlib.sha256(basis.encode()).hexdigest()[:12]


def build(engine: Engine, settings: Settings, version: tuple[Any, ...] = ()) -> Snapshot:
    """Read every claim with its document's metadata (the reconcile commands' reader) and reconcile them."""
    t0 = time.perf_counter()
    inputs = ReconcileStore(engine).inputs()
    order = (documents.c.published.desc().nulls_last(), claims.c.doc_id, claims.c.idx)
    with engine.connect() as conn:
        ordered = list(conn.execute(
            select(claims.c.id).join(documents, claims.c.doc_id == documents.c.id).order_by(*order)).scalars())
    rank = {cid: i for i, cid in enumerate(ordered)}
    result = analyse(inputs.claims, inputs.docs, overlay=settings.overlay, settled=settings.settled)
    snap = index(result.all_series, result.findings, rank, result.registry, settings, version)
    snap.order = ordered
    snap.memo["sentences"] = [p.claim.sentence.casefold() if (p := snap.claim_point.get(c)) else "" for c in ordered]
    snap.built_s = time.perf_counter() - t0
    log.info("reconciled %d claims into %d series and %d findings in %.1f s", len(inputs.claims),
             len(snap.series), len(snap.findings), snap.built_s)
    return snap


def index(series: list[Series], findings: list[Finding], rank: dict[str, int], registry: Registry,
          settings: Settings, version: tuple[Any, ...] = ()) -> Snapshot:
    """The lookup tables over reconciled series and findings."""
    far = len(rank)
    claim_party: dict[str, Resolution] = {}
    claim_series: dict[str, str] = {}
    claim_report: dict[str, Report] = {}
    claim_point: dict[str, Point] = {}
    published: dict[str, str | None] = {}
    parties: dict[str, PartyInfo] = {}
    party_claims: dict[str, list[str]] = defaultdict(list)
    series_claims: dict[str, list[str]] = {}
    for s in series:
        key = str(s.key)
        ids = []
        for r in s.reports:
            for p in r.points:
                claim_party[p.id] = p.party
                claim_series[p.id] = key
                claim_report[p.id] = r
                claim_point[p.id] = p
                published[p.id] = p.published
                info = parties.get(p.party.key)
                if info is None:
                    info = parties[p.party.key] = PartyInfo(p.party.key, p.party.name, p.party.kind,
                                                            party=registry.get(p.party.key))
                info.claims += 1
                info.series.add(key)
                party_claims[p.party.key].append(p.id)
                ids.append(p.id)
        series_claims[key] = sorted(ids, key=lambda c: rank.get(c, far))
    for ids in party_claims.values():
        ids.sort(key=lambda c: rank.get(c, far))
    views = []
    by_claim: dict[str, list[int]] = defaultdict(list)
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(findings):
        dates = [d for c in f.claims if (d := published.get(c))]
        views.append(FindingView(finding_id(f), f, max(dates) if dates else None))
        for c in dict.fromkeys(f.claims):
            by_claim[c].append(i)
        for k in f.key.split(" & "):
            by_key[k].append(i)
    track = {t.party: t for t in track_records(series, list(settings.settled))} if settings.settled else {}
    return Snapshot(
        version=version, settings=settings, registry=registry, series=series, by_key={str(s.key): s for s in series},
        findings=views, rank=rank, claim_party=claim_party, claim_series=claim_series, claim_report=claim_report,
        claim_point=claim_point,
        findings_by_claim=dict(by_claim), findings_by_key=dict(by_key), parties=parties,
        party_claims=dict(party_claims), series_claims=series_claims, track=track,
    )


class SnapshotCache:
    """One snapshot per ledger version; rebuilt in the background while the previous one keeps serving."""

    def __init__(self, engine: Engine, settings: SettingsLoader = load_settings) -> None:
        self.engine = engine
        self.settings_loader = settings
        self._snap: Snapshot | None = None
        self._lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self._building = threading.Event()
        self._checked = 0.0
        self._ready = threading.Event()
        self.error: str | None = None
        self.counts: tuple[int, int] = (0, 0)  # documents and claims at the latest check (at most CHECK_EVERY_S old)

    def _version(self) -> tuple[tuple[Any, ...], Settings]:
        settings = self.settings_loader(self.engine)
        version = ledger_version(self.engine)
        self.counts = (version[0], version[1])
        return (*version, settings.version), settings

    def _rebuild(self, version: tuple[Any, ...], settings: Settings) -> None:
        try:
            snap = build(self.engine, settings, version)
            with self._lock:
                self._snap = snap
            # Millions of long-lived objects: keep the cyclic collector from walking them on every full
            # collection (pauses of a second at 100,000 claims showed up as the requests' slowest tail).
            gc.freeze()
            self.error = None
        except Exception as exc:  # noqa: BLE001 - a failed rebuild keeps the old snapshot and says why
            log.exception("could not reconcile the ledger")
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            self._building.clear()
            self._ready.set()

    def start(self) -> None:
        """Begin the first build in the background (serve calls this at startup)."""
        self._refresh(force=True)

    def invalidate(self) -> None:
        """The app changed the ledger: look again on the next request."""
        self._checked = 0.0

    def _refresh(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._checked < CHECK_EVERY_S:
            return
        with self._refresh_lock:
            if not force and now - self._checked < CHECK_EVERY_S:
                return  # another request checked while this one waited for the lock
            self._checked = now
            if self._building.is_set():
                return
            version, settings = self._version()
            snap = self._snap
            if snap is not None and snap.version == version:
                return
            self._building.set()
        threading.Thread(target=self._rebuild, args=(version, settings), name="headcount-reconcile",
                         daemon=True).start()

    def get(self, timeout: float = 600.0) -> Snapshot:
        """The current snapshot; waits only when none has been built yet."""
        self._refresh()
        if self._snap is None:
            self._ready.wait(timeout)
            if self._snap is None:
                self._ready.clear()
                self._refresh(force=True)
                self._ready.wait(timeout)
        snap = self._snap
        if snap is None:
            from headcount.errors import StoreError

            raise StoreError(f"the ledger could not be reconciled: {self.error or 'timed out'}")
        return snap

    def wait_fresh(self, timeout: float = 600.0) -> Snapshot:
        """Block until the snapshot matches the ledger as it is now (tests, and after a web write)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            version, _ = self._version()
            snap = self._snap
            if snap is not None and snap.version == version and not self._building.is_set():
                return snap
            self._refresh(force=True)
            time.sleep(0.05)
        return self.get()

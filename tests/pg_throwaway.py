"""A throwaway PostgreSQL cluster in a temporary directory, for the tests and the bench (test infrastructure,
so it lives with the tests, not in the package; ``bench/ingest.py`` puts this directory on its path).

It finds the server binaries (``pg_config --bindir``, then ``/usr/lib/postgresql/*/bin``), runs ``initdb``
and ``pg_ctl`` as an unprivileged user when we are root (initdb refuses root: ``nobody`` via ``runuser``),
listens on a free loopback port with trust authentication, and removes everything on ``stop()``. fsync is
off: the cluster holds nothing worth keeping, and tests and bench should measure headcount, not the disk.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from headcount.errors import StoreError


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl are, or None when this machine has no PostgreSQL server."""
    candidates: list[Path] = []
    if shutil.which("pg_config"):
        try:
            out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True, timeout=10)
            candidates.append(Path(out.stdout.strip()))
        except (subprocess.SubprocessError, OSError):
            pass
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for d in candidates:
        if (d / "initdb").exists() and (d / "pg_ctl").exists():
            return d
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    root: Path
    port: int
    user: str | None  # the OS user the server runs as, when we are root

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def database_url(self, name: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)

    def create_database(self, name: str) -> str:
        """A fresh empty database in the cluster (psycopg, autocommit); returns its URL."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.database_url(name)

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start() -> Cluster:
    """Start a cluster, or raise StoreError saying why PostgreSQL is not available here."""
    bindir = find_bindir()
    if bindir is None:
        raise StoreError("PostgreSQL server binaries not found (no pg_config --bindir, no /usr/lib/postgresql/*/bin);"
                         " install Debian's postgresql package")
    user: str | None = None
    root = Path(tempfile.mkdtemp(prefix="headcount-pg-"))
    if os.geteuid() == 0:
        if not shutil.which("runuser"):
            raise StoreError("running as root and runuser is missing: cannot run initdb as an unprivileged user")
        user = "nobody"
        shutil.chown(root, user=user)
    cluster = Cluster(bindir, root, _free_port(), user)
    r = cluster._run(str(bindir / "initdb"), "-D", str(root / "data"), "-U", "postgres", "-A", "trust",
                     "-E", "UTF8", "--no-locale")
    if r.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise StoreError(f"initdb failed: {' '.join(r.stderr.split())[:300]}")
    opts = f"-p {cluster.port} -k {root} -c listen_addresses=127.0.0.1 -F -c full_page_writes=off"
    r = cluster._run(str(bindir / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "log"), "-o", opts, "-w", "start")
    if r.returncode != 0:
        log = (root / "log").read_text(errors="replace") if (root / "log").exists() else r.stderr
        shutil.rmtree(root, ignore_errors=True)
        raise StoreError(f"pg_ctl start failed: {' '.join(log.split())[-300:]}")
    for _ in range(50):  # -w waits for readiness already; this covers slow socket setup
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", cluster.port)) == 0:
                break
        time.sleep(0.1)
    return cluster

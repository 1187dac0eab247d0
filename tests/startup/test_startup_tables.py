"""The tables stored between processes (``headcount.startup_cache``, ``extract.lemma_store``) give what building
them in memory gives, are rebuilt when their source changes or the file is damaged, and cost little to read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import simplemma
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount import startup_cache
from headcount.extract import lemma_store
from headcount.reconcile import places

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEADCOUNT_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_table_is_built_once_then_read_back(cache: Path) -> None:
    source = cache / "source.txt"
    source.write_text("one", encoding="utf-8")
    calls: list[int] = []

    def build() -> dict[str, tuple[str, int]]:
        calls.append(1)
        return {"b": ("x", 2), "a": ("y", 1)}

    first = startup_cache.marshalled("t", [source], "v1", build)
    again = startup_cache.marshalled("t", [source], "v1", build)
    assert first == again and list(again) == ["b", "a"] and len(calls) == 1


def test_a_changed_source_or_version_builds_a_new_table(cache: Path) -> None:
    source = cache / "source.txt"
    source.write_text("one", encoding="utf-8")
    startup_cache.marshalled("t", [source], "v1", lambda: 1)
    startup_cache._file_digest.cache_clear()
    source.write_text("two", encoding="utf-8")
    assert startup_cache.marshalled("t", [source], "v1", lambda: 2) == 2
    assert startup_cache.marshalled("t", [source], "v2", lambda: 3) == 3
    assert len(list(cache.glob("t-*.marshal"))) == 1  # the older digests were pruned


def test_pruning_leaves_other_tables_alone(cache: Path) -> None:
    source = cache / "source.txt"
    source.write_text("one", encoding="utf-8")
    startup_cache.marshalled("t", [source], "v1", lambda: 1)
    startup_cache.marshalled("t-extra", [source], "v1", lambda: 2)
    startup_cache.marshalled("u", [source], "v1", lambda: 3)
    startup_cache.marshalled("t", [source], "v2", lambda: 4)
    names = sorted(p.name.rsplit("-", 1)[0] for p in cache.glob("*.marshal"))
    assert names == ["t", "t-extra", "u"]
    assert startup_cache.marshalled("t", [source], "v2", lambda: 5) == 4


def test_a_damaged_table_is_built_again(cache: Path) -> None:
    source = cache / "source.txt"
    source.write_text("one", encoding="utf-8")
    startup_cache.marshalled("t", [source], "v1", lambda: {"k": 1})
    (stored,) = cache.glob("t-*.marshal")
    stored.write_bytes(b"\x00not marshal")
    assert startup_cache.marshalled("t", [source], "v1", lambda: {"k": 2}) == {"k": 2}


def test_an_unwritable_cache_builds_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("HEADCOUNT_CACHE_DIR", str(blocker / "cache"))
    assert startup_cache.marshalled("t", [blocker], "v1", lambda: [1, 2]) == [1, 2]


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEADCOUNT_CACHE_DIR", "off")
    assert startup_cache.cache_dir() is None


def test_the_stored_gazetteer_is_the_one_built(cache: Path) -> None:
    built = places._fold_gazetteer()
    places._gazetteer.cache_clear()
    try:
        places._gazetteer()  # builds and stores
        places._gazetteer.cache_clear()
        countries, cities = places._gazetteer()  # read back
    finally:
        places._gazetteer.cache_clear()
    assert list(cache.glob("gazetteer-*.marshal"))
    assert {k: (e.name, e.country, e.population, e.admin1) for k, e in countries.items()} == built[0]
    assert {k: (e.name, e.country, e.population, e.admin1) for k, e in cities.items()} == built[1]


_WORDS = {
    "fr": ["réfugiés", "évacués", "blessées", "morts", "tués", "civils", "d'insurgés", "Alep", "quartiers",
           "Villeneuve-sur-Lot", "habitants", "déplacés"],
    "es": ["desplazados", "heridos", "muertos", "refugiadas", "civiles", "evacuadas", "barrios", "Alepo"],
    "uk": ["Маріуполя", "Харкові", "загиблих", "поранених", "біженців", "евакуйовано", "тисячі"],
}


@pytest.mark.parametrize("language", sorted(_WORDS))
def test_stored_lemmas_are_simplemma_s(cache: Path, language: str) -> None:
    stored = lemma_store.lemmatizer()
    for word in _WORDS[language]:
        assert stored.lemmatize(word, lang=language) == simplemma.lemmatize(word, lang=language), word
    assert list(cache.glob(f"lemmas-{language}-*.sqlite"))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(sorted({w for ws in _WORDS.values() for w in ws})), min_size=1, max_size=3),
       st.text(alphabet="abcdeéilnorstuàçñ-'", min_size=1, max_size=12), st.sampled_from(["fr", "es"]))
def test_any_word_gets_the_same_lemma(words: list[str], noise: str, language: str) -> None:
    """Made-up words (a known word with letters added, or letters alone) go through simplemma's decomposition
    strategies, which ask the dictionary many times: the stored dictionary must answer as the decoded one."""
    stored = _stored()
    for word in [*words, noise, words[0] + noise, noise + words[-1]]:
        assert stored.lemmatize(word, lang=language) == simplemma.lemmatize(word, lang=language)


def test_a_cache_directory_named_with_url_characters_is_used_as_named(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "lemma cache#3?x=1%20"
    monkeypatch.setenv("HEADCOUNT_CACHE_DIR", str(cache))
    for _ in range(2):  # built, then read back by a new lemmatiser
        stored = lemma_store.lemmatizer()
        assert stored.lemmatize("réfugiés", lang="fr") == simplemma.lemmatize("réfugiés", lang="fr")
    assert list(cache.glob("lemmas-fr-*.sqlite"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [cache.name]  # no stray file beside it


@pytest.mark.parametrize("content", [b"", b"garbage, not a database" * 50, b"SQLite format 3\x00" + b"\x00" * 80])
def test_a_damaged_lemma_file_is_built_again(cache: Path, content: bytes) -> None:
    lemma_store.lemmatizer().lemmatize("civiles", lang="es")
    (stored,) = cache.glob("lemmas-es-*.sqlite")
    stored.write_bytes(content)
    for word in _WORDS["es"]:
        assert lemma_store.lemmatizer().lemmatize(word, lang="es") == simplemma.lemmatize(word, lang="es")
    assert stored.stat().st_size > 1_000_000  # rebuilt whole


def test_a_lemma_file_that_cannot_be_rebuilt_is_decoded_in_memory(cache: Path) -> None:
    lemma_store.lemmatizer().lemmatize("civiles", lang="es")
    (stored,) = cache.glob("lemmas-es-*.sqlite")
    stored.unlink()
    stored.mkdir()  # neither readable as a database nor removable as a file
    assert lemma_store.lemmatizer().lemmatize("heridos", lang="es") == simplemma.lemmatize("heridos", lang="es")


_cached: list[object] = []


def _stored() -> object:
    if not _cached:
        _cached.append(lemma_store.lemmatizer())
    return _cached[0]


def test_a_second_process_decodes_no_compressed_dictionary(cache: Path) -> None:
    """The point of the cache: a process that looks up a place not in the gazetteer (tried in three
    languages) reads the stored tables and decodes none of simplemma's compressed dictionaries (the half
    second to a second each that the cache saves). Counted in fresh processes; with the cache off, the same
    lookups do decode, so the count can fail."""
    code = ("from simplemma.strategies.dictionaries import dictionary_factory as f\n"
            "from headcount.extract import lemma_store\n"
            "decoded = []\noriginal = f._load_dictionary_from_disk\n"
            "def counting(lang):\n    decoded.append(lang)\n    return original(lang)\n"
            "f._load_dictionary_from_disk = counting\nlemma_store._load_dictionary_from_disk = counting\n"
            "from headcount.reconcile.places import normalise_place\n"
            "normalise_place('Jabal Qasr'); normalise_place('Hama')\nprint(len(decoded))")
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def decoded(cache_dir: str) -> int:
        out = subprocess.run([sys.executable, "-c", code], env={**env, "HEADCOUNT_CACHE_DIR": cache_dir},
                             capture_output=True, text=True, check=True)
        return int(out.stdout.strip().splitlines()[-1])

    assert decoded("off") > 0
    decoded(str(cache))  # builds the tables
    assert decoded(str(cache)) == 0


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork() is POSIX only")
def test_a_forked_process_opens_its_own_lemma_connection(cache: Path) -> None:
    """SQLite forbids using a connection across fork(): the full reconcile's workers fork from a server that
    opened the stored dictionaries, so each must open its own, and still answer as simplemma does."""
    factory = lemma_store.StoredDictionaryFactory()
    stored = factory.get_dictionary("es")
    assert isinstance(stored, lemma_store.StoredDictionary)
    assert stored.get("heridos") is not None
    inherited = stored._conn
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer, say whether the connection is a new one, and leave at once
        ok = stored.get("muertos") is not None  # not asked before the fork: read from the file
        os.write(write, b"%d %d" % (ok, stored._conn is not inherited))
        os._exit(0)
    os.close(write)
    _, status = os.waitpid(pid, 0)
    answer = os.read(read, 16).decode().split()
    os.close(read)
    assert status == 0 and answer == ["1", "1"]
    assert stored._conn is inherited  # the parent's stays its own

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
    assert len(list(cache.glob("t-*.marshal"))) == 3


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


_cached: list[object] = []


def _stored() -> object:
    if not _cached:
        _cached.append(lemma_store.lemmatizer())
    return _cached[0]


def test_a_second_process_reads_places_quickly(cache: Path) -> None:
    """The point of the cache: a process that looks up a place not in the gazetteer (tried in three
    languages) pays a fraction of the decoding it paid before. Both runs in fresh processes, CPU time."""
    code = ("import resource, time\nfrom headcount.reconcile.places import normalise_place\n"
            "t = time.process_time()\nnormalise_place('Jabal Qasr'); normalise_place('Hama')\n"
            "print(time.process_time() - t)")
    env = {**os.environ, "PYTHONPATH": str(REPO), "HEADCOUNT_CACHE_DIR": str(cache)}

    def run(cache_dir: str) -> float:
        out = subprocess.run([sys.executable, "-c", code], env={**env, "HEADCOUNT_CACHE_DIR": cache_dir},
                             capture_output=True, text=True, check=True)
        return float(out.stdout.strip().splitlines()[-1])

    run(str(cache))  # builds the tables
    cold = run("off")
    warm = run(str(cache))
    assert warm < cold / 2, (warm, cold)

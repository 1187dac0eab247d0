"""The present perfect's participle is known by the endings in each language's period lexicon, checked at
load; the lexicon and the period words are read through one public loader of languages.py."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from headcount.errors import LexiconError
from headcount.extract.languages import LANGUAGES, read_lang_file
from headcount.extract.when_local import _check, period_words


def _data(code: str) -> dict[str, object]:
    ref = resources.files("headcount.lexicons").joinpath("lang", f"periods_{code}.toml")
    return tomllib.loads(ref.read_text(encoding="utf-8"))


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_period_lexicon_lists_participle_endings(code: str) -> None:
    pw = period_words(code)
    assert isinstance(pw.participle_endings, tuple)
    assert pw.calendar == pw.weekdays | pw.months
    if pw.tables["perfect"].first:
        assert pw.participle_endings


def test_a_perfect_without_participle_endings_is_refused() -> None:
    data = _data("es")
    periods = data["periods"]
    assert isinstance(periods, dict)
    periods["participle_endings"] = []
    assert any("participle_endings" in p for p in _check(data))
    del periods["participle_endings"]
    assert any("participle_endings" in p for p in _check(data))


def test_the_shared_loader_names_the_file_of_a_broken_lexicon() -> None:
    with pytest.raises(LexiconError, match="periods_es"):
        read_lang_file("periods_es", "es", lambda d: ["broken on purpose"])
    with pytest.raises(LexiconError):
        read_lang_file("periods_xx", "xx", lambda d: [])

"""The indexed attribute-ruler matcher finds exactly the matches spaCy's Matcher finds.

Sentences are written for this test, or generated from words the ruler has exceptions for (contractions,
pronoun-like nouns, subordinating words, spaces), so that the rare patterns are exercised too.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.extract import attribute_index, linguistic

pytestmark = pytest.mark.skipif(not linguistic.available(), reason="no English spaCy model installed")


def _nlp() -> Any:
    loaded = linguistic._load()
    assert loaded is not None
    return loaded[0]


def _before_ruler(text: str) -> Any:
    """The doc as the attribute ruler receives it (tagged and parsed)."""
    nlp = _nlp()
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            return doc
        doc = proc(doc)
    raise AssertionError("no attribute ruler")


def _spacy_matches(doc: Any) -> list[tuple[int, int, int, int]]:
    from spacy.pipeline import AttributeRuler

    ruler = _nlp().get_pipe("attribute_ruler")
    return list(AttributeRuler.match(ruler, doc))  # the class's own method: spaCy's Matcher


def test_installed_on_the_english_pipeline() -> None:
    assert isinstance(_nlp().get_pipe("attribute_ruler").match, attribute_index.IndexedMatcher)


@pytest.mark.parametrize("text", [
    "Y'all ain't seen nothin' yet, the mayor told 300 volunteers at the depot.",
    "Something that nobody expected happened:  about 40 people who had left came back.",
    "Because the bridge was down, those that could walk did so, while others waited until dawn.",
    "It's said that 5,000 ha'n't yet been counted;\nthe UN's office didn't say whether they'd return.",
])
def test_same_matches_as_spacy(text: str) -> None:
    doc = _before_ruler(text)
    found = _nlp().get_pipe("attribute_ruler").match(doc)
    assert found == _spacy_matches(doc)
    assert found  # every token gets at least its tag's part of speech


_WORDS = ["y'", "all", "ai", "n't", "nothin'", "that", "something", "nobody", "but", "the", "a", "those",
          "whether", "said", "were", "killed", "12", "people", "in", "Kestrel", "'s", "it", "was", "  ", "\n",
          "-", ",", ".", "who", "which", "up", "to", "be", "do", "does", "have", "not", "there", "than"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
def test_same_matches_as_spacy_on_any_word_sequence(words: list[str]) -> None:
    doc = _before_ruler(" ".join(words))
    assert _nlp().get_pipe("attribute_ruler").match(doc) == _spacy_matches(doc)


def test_same_token_attributes_as_spacys_ruler() -> None:
    from spacy.pipeline import AttributeRuler

    text = "Y'all ain't seen nothin' yet: something that nobody expected left 60 families homeless in Orrin."
    ruler = _nlp().get_pipe("attribute_ruler")
    ours, theirs = _before_ruler(text), _before_ruler(text)
    ruler(ours)
    AttributeRuler.set_annotations(ruler, theirs, AttributeRuler.match(ruler, theirs))

    def read(doc: Any) -> list[tuple[str, ...]]:
        return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]

    assert read(ours) == read(theirs)


def test_other_pattern_kinds_keep_spacys_matcher() -> None:
    # a quantifier operator is not a test on one token's values: the index refuses the whole ruler
    assert attribute_index.compile_rules([{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {}, "index": 0}],
                                         lambda s: hash(s)) is None
    assert attribute_index.compile_rules([{"patterns": [[{"LENGTH": {">=": 3}}]], "attrs": {}, "index": 0}],
                                         lambda s: hash(s)) is None

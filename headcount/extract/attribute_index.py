"""The spaCy attribute ruler's matches found by a look-up on each token's tag and lower-case form.

The English pipeline's ``attribute_ruler`` maps each fine tag to its part of speech and morphology and applies
a few hundred word exceptions ("that" tagged WDT is a PRON, "something" tagged NN is a PRON). spaCy finds
them with its general ``Matcher``, which tries every pattern's state machine on every token: measured on the
dev set's sentences, that was a tenth of the whole parse time, more than the tagger and the lemmatiser
together. Every pattern of the model is one or two tokens of equality, set (IN, NOT_IN) or regular-expression tests
on TAG, LOWER, DEP and IS_SPACE, so the same matches can be found by indexing the patterns by the tag (or
the word) they require and testing only those.

``install`` replaces the ruler's ``match`` with the indexed one only when every pattern is of those
kinds; any other pattern keeps spaCy's Matcher. The matches come back exactly as the ruler's own ``match``
gives them (sorted by rule, so later rules override earlier ones) and the ruler applies them itself, so the
tags, parts of speech, morphology and lemmas are the same token for token
(``tests/extract/test_attribute_index.py`` checks this against spaCy's Matcher on fresh text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

# The token attributes a pattern may test, by spaCy's attribute names (the Matcher compares their hashes).
_ATTRS = ("TAG", "LOWER", "ORTH", "TEXT", "DEP", "POS", "LEMMA", "IS_SPACE")
_KNOWN_MAX = 200_000  # combinations of attribute values remembered, at most (a few MB)


@dataclass(frozen=True, slots=True)
class Test:
    """One attribute test of a token pattern, on the attribute's hash (its 0/1 value for IS_SPACE): the value
    in ``values`` (equality or IN), not in it (NOT_IN), or matching ``regex`` (REGEX, searched in the
    attribute's text as spaCy's Matcher does)."""

    key: str
    values: frozenset[int] = frozenset()
    negated: bool = False
    regex: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class _Rule:
    """One pattern of one ruler entry: ``attr_id`` (its order, later wins), the matcher key, and the tests
    of each token of the pattern."""

    attr_id: int
    match_id: int
    tokens: tuple[tuple[Test, ...], ...]


def _value_id(key: str, value: object, strings: Callable[[str], int]) -> int:
    return int(bool(value)) if key == "IS_SPACE" else strings(str(value))


def _token_tests(spec: dict[str, Any], strings: Callable[[str], int]) -> tuple[Test, ...] | None:
    """The tests of one token pattern, or None when it uses anything but equality, IN, NOT_IN or REGEX."""
    tests: list[Test] = []
    for key, value in spec.items():
        if key not in _ATTRS:
            return None
        if isinstance(value, (str, bool)):
            tests.append(Test(key, frozenset({_value_id(key, value, strings)})))
        elif isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN", "REGEX"}:
            op, arg = next(iter(value.items()))
            if op == "REGEX" and isinstance(arg, str) and key != "IS_SPACE":
                tests.append(Test(key, regex=re.compile(arg)))
            elif op in ("IN", "NOT_IN") and isinstance(arg, list):
                tests.append(Test(key, frozenset(_value_id(key, v, strings) for v in arg), negated=op == "NOT_IN"))
            else:
                return None
        else:
            return None
    return tuple(tests)


def compile_rules(patterns: Sequence[dict[str, Any]], strings: Callable[[str], int]) -> list[_Rule] | None:
    """The ruler's patterns (``AttributeRuler.patterns``, in rule order) as rules; None when any pattern is
    of another kind (then spaCy's Matcher must stay). ``strings`` gives a string's hash (the vocab's)."""
    out: list[_Rule] = []
    for attr_id, entry in enumerate(patterns):
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                return None
            tokens = []
            for spec in pattern:
                tests = _token_tests(spec, strings) if isinstance(spec, dict) else None
                if tests is None:
                    return None
                tokens.append(tests)
            out.append(_Rule(attr_id, strings(str(attr_id)), tuple(tokens)))
    return out


class IndexedMatcher:
    """The rules indexed by a value their first token requires (of its tag, word, dependency or space-ness,
    in that order of preference); the few with no such value (a regular expression alone) are tried on
    every token."""

    def __init__(self, rules: Sequence[_Rule], text_of: Callable[[int], str]) -> None:
        used = sorted({t.key for rule in rules for tests in rule.tokens for t in tests}, key=_ATTRS.index)
        self.keys = tuple(used)
        self.column = {key: k for k, key in enumerate(used)}
        self.index: list[dict[int, list[_Rule]]] = [{} for _ in used]
        self.anywhere: list[_Rule] = []
        self.text_of = text_of
        self.searched: dict[tuple[str, int], bool] = {}
        self.known: dict[tuple[int, ...], list[_Rule]] = {}  # one-token matches (and longer candidates)
        for rule in rules:
            plain = [t for t in rule.tokens[0] if t.regex is None and not t.negated]
            if not plain:
                self.anywhere.append(rule)
                continue
            best = min(plain, key=lambda t: ("TAG", "LOWER", "ORTH", "TEXT", "LEMMA", "DEP", "POS",
                                             "IS_SPACE").index(t.key))
            for v in best.values:
                self.index[self.column[best.key]].setdefault(v, []).append(rule)

    def _passes(self, test: Test, row: Sequence[int]) -> bool:
        value = row[self.column[test.key]]
        if test.regex is not None:
            hit = self.searched.get((test.regex.pattern, value))
            if hit is None:
                hit = self.searched[(test.regex.pattern, value)] = bool(test.regex.search(self.text_of(value)))
            return hit
        return (value in test.values) != test.negated

    def _candidates(self, row: Sequence[int]) -> list[_Rule]:
        out: list[_Rule] = []
        for col, table in enumerate(self.index):
            if table:
                out.extend(table.get(row[col], ()))
        out.extend(self.anywhere)
        return out

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """(attr_id, match_id, start, end) of every match, sorted as ``AttributeRuler.match`` sorts them.

        A one-token rule's match depends only on the token's attribute values, so its matches are kept per
        combination of values (news text repeats its words and tags); longer rules are tried where their
        first token is indexed."""
        if not self.keys or not len(doc):
            return []
        rows: list[list[int]] = doc.to_array(list(self.keys)).reshape(len(doc), len(self.keys)).tolist()
        n = len(rows)
        found: list[tuple[int, int, int, int]] = []
        if len(self.known) > _KNOWN_MAX:
            self.known.clear()
        for i, row in enumerate(rows):
            key = tuple(row)
            hits = self.known.get(key)
            if hits is None:
                hits = [rule for rule in self._candidates(row)
                        if len(rule.tokens) > 1 or all(self._passes(test, row) for test in rule.tokens[0])]
                self.known[key] = hits
            for rule in hits:
                end = i + len(rule.tokens)
                if end == i + 1 or (end <= n and all(self._passes(test, rows[i + k])
                                                     for k, tests in enumerate(rule.tokens) for test in tests)):
                    found.append((rule.attr_id, rule.match_id, i, end))
        found.sort()
        return found


def install(nlp: Any) -> bool:
    """Give the pipeline's attribute ruler the indexed matcher; False (nothing changed) when it has no
    ruler or a pattern the index cannot read."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    strings = ruler.vocab.strings
    rules = compile_rules(ruler.patterns, lambda text: int(strings[text]))
    if rules is None:
        return False
    ruler.match = IndexedMatcher(rules, lambda h: str(strings[h]))
    ruler.set_annotations = _Annotator(ruler)
    return True


class _Annotator:
    """The ruler's ``set_annotations`` without a Span per match: each match's attributes go to its token
    (the match's ``index``-th, from the end when negative), in the order of the matches, through spaCy's own
    ``set_token_attrs``; an index outside its match is left to the ruler's method, which raises its error."""

    def __init__(self, ruler: Any) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        self.ruler = ruler
        self.set_token_attrs = set_token_attrs
        self.fallback = type(ruler).set_annotations

    def __call__(self, doc: Any, matches: Sequence[tuple[int, int, int, int]]) -> None:
        attrs, indices = self.ruler.attrs, self.ruler.indices
        if any(not -(end - start) <= indices[attr_id] < end - start for attr_id, _, start, end in matches):
            self.fallback(self.ruler, doc, matches)
            return
        for attr_id, _, start, end in matches:
            index = indices[attr_id]
            self.set_token_attrs(doc[start + index if index >= 0 else end + index], attrs[attr_id])

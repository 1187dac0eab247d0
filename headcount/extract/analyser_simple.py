"""A light analyser for the languages spaCy's small English model does not read: words and their lemmas.

It fills the linguistic layer's records (``linguistic.Analysis``/``Word``) so the claim stages of another
language read the same interface as the English ones. It gives what every language needs and a
dictionary lemmatiser can give reliably: word boundaries, the lower-case form and the lemma (simplemma,
which covers Russian, Ukrainian, Arabic, Spanish, Portuguese and French from one pure-Python package of
dictionaries). There is no parse: ``dep`` is empty and each word is its own head, so the stages work by
word order and word classes from the lexicons, not by dependency relations.

Arabic is normalised before lookup: short vowels, tanwin and tatweel are dropped and the Persian letters
that Iranian outlets use (ی، ک) are folded to their Arabic forms; the stages also try a word without
its one-letter clitics (و، ف، ب، ل) and article (ال), which the dictionary lemmatiser does not split.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from headcount.extract.linguistic import Analysis, Word
from headcount.extract.sentences import FOOTNOTE_MARKS, Sentence

log = logging.getLogger(__name__)

# a word (letters with inner apostrophes or hyphens), a run of digits with its separators, or one sign
# (a letter may carry combining marks, which are not word characters: the Arabic shadda and short vowels,
# Cyrillic stress marks; without them "وحذّرت" would fall into three pieces)
# Superscript and subscript digits (footnote marks: "civils²", sentences.FOOTNOTE_MARKS) are word characters
# to ``re`` but no letters: left out, so "civils²" is the word "civils" and the mark no word at all
_LETTERS = r"[^\W\d_" + FOOTNOTE_MARKS + r"](?:[^\W\d_" + FOOTNOTE_MARKS + r"]|[\u0300-\u036f\u064b-\u065f\u0670])*"
# a dotted abbreviation of short letter groups (в.о., т.в.о., и.о., т.е.) is one word: its inner stops are no
# clause ends, so a party named after a cue and such a title is not cut off. Shared by every language this
# analyser reads (es/fr/pt too: "EE.UU." is one word); a lone short word before a full stop still ends a sentence
_DOTTED = r"(?:[^\W\d_]{1,3}\.){2,}(?![^\W\d_])"
_TOKEN = re.compile(_DOTTED + "|" + _LETTERS + r"(?:['’\-]" + _LETTERS + r")*|\d+(?:[.,'’\u00a0\u202f ]\d+)*|[^\w\s]", re.UNICODE)
_ARABIC_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")
_ARABIC_FOLD = str.maketrans({"ی": "ي", "ک": "ك", "ى": "ى", "ۀ": "ه"})
_ARABIC_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
# plural and feminine endings of Romance nouns and participles, tried off when the lemmatiser reads the
# word as a verb ("desplazados" -> "desplazar", the people noun is "desplazado")
_PLURALS = {
    "es": (("as", "o"), ("os", "o"), ("es", ""), ("s", ""), ("a", "o")),
    "pt": (("as", "o"), ("os", "o"), ("es", ""), ("s", ""), ("a", "o")),
    "fr": (("ées", "é"), ("ée", "é"), ("es", ""), ("s", ""), ("e", "")),
}
_ARABIC_SUFFIXES = ("وا", "ون", "ين", "ات", "ها", "هم", "ة", "ت")  # plural and feminine endings, pronouns


def normalise(word: str, language: str) -> str:
    """The lower-case form used for lookups (Arabic: without vowel marks, Persian letters folded)."""
    w = word.lower().replace("’", "'")
    if language == "ar":
        w = _ARABIC_MARKS.sub("", w).translate(_ARABIC_FOLD)
    elif language == "ru":
        w = w.replace("ё", "е")
    return w


@cache
def lemmatiser() -> object | None:
    """simplemma's lemmatiser over dictionaries stored on disk and read word by word (``lemma_store``:
    decoding a whole dictionary costs up to a second per language in every process). Public because the
    number readers (numbers_locale) lemmatise with the same one copy."""
    try:
        from headcount.extract.lemma_store import lemmatizer
    except ImportError:
        log.warning("simplemma is not installed: words are matched by their form only")
        return None
    lib: object = lemmatizer()
    return lib


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    """The lower-case lemma of a normalised word (the word itself when the dictionary does not know it)."""
    lib = lemmatiser()
    if lib is None or not word[:1].isalpha():
        return word
    try:
        found = lib.lemmatize(word, lang=language)  # type: ignore[attr-defined]
    except (ValueError, KeyError):
        return word
    return normalise(str(found), language)


_FR_BARE_CAPITALS = {"A": "à", "E": "é"}


@lru_cache(maxsize=65536)
def variants(word: str, language: str) -> tuple[str, ...]:
    """The keys a word is looked up under: its form, its lemma, and for Arabic the same without clitics."""
    w = normalise(word, language)
    out = [w, lemma(w, language)]
    if language == "fr" and word[:1] in _FR_BARE_CAPITALS:
        # French capitals often drop their accent ("A ce jour", "Etat"): read the accented word too. A
        # sentence-initial "A" that is the verb ("A-t-il") also gets "à": harmless, as the
        # accented form is only added as a variant and the word's own form and lemma stay first
        bare = _FR_BARE_CAPITALS[word[:1]] + w[1:]
        out += [bare, lemma(bare, language)]
    if language == "ar":
        stems = [w]
        for p in _ARABIC_PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= 2:
                stems.append(w[len(p):])
        for stem in list(stems):
            for s in _ARABIC_SUFFIXES:
                if stem.endswith(s) and len(stem) - len(s) >= 3:
                    stems.append(stem[: -len(s)])
        for stem in stems[1:]:
            out += [stem, lemma(stem, language)]
    elif language in _PLURALS:
        bases = [w]
        if language == "fr" and "'" in w[:4]:  # an elided article or preposition: "d'insurgés", "l'onu"
            bases.append(w.split("'", 1)[1])
            out += [bases[-1], lemma(bases[-1], language)]
        for base in bases:
            for ending, repl in _PLURALS[language]:
                if base.endswith(ending) and len(base) - len(ending) >= 3:
                    out.append(base[: len(base) - len(ending)] + repl)
    return tuple(dict.fromkeys(out))


def _pos(text: str) -> str:
    if text[:1].isdigit():
        return "NUM"
    if text[:1].isalpha():
        return "X"
    return "PUNCT"


def analyse(text: str, start: int, end: int, language: str, elided: frozenset[str] = frozenset()) -> Analysis:
    """The words of ``text[start:end]`` with document offsets, lemmas and a coarse class (NUM, PUNCT, X).

    A word that opens with one of the language's ``elided`` words ("d'", "l'", "qu'" in French) is two
    words, as in the spelling rule: "d'Alep" is the preposition "d'" and the name "Alep", so the stages see
    the preposition before a place, the article before a noun, the complementiser before a clause."""
    span = text[start:end]
    pieces: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(span):
        a, b = m.start(), m.end()
        form = normalise(m.group(), language)
        cut = form.find("'")
        if 0 < cut < b - a - 1 and form[: cut + 1] in elided:
            pieces += [(a, a + cut + 1), (a + cut + 1, b)]
        else:
            pieces.append((a, b))
    words = []
    for k, (a, b) in enumerate(pieces):
        form = span[a:b]
        norm = normalise(form, language)
        words.append(Word(start + a, start + b, form, lemma(norm, language), _pos(form), "", "", k, "", "O"))
    return Analysis(start, end, span, tuple(words), ())


def sentence_analyses(text: str, sentences: Sequence[Sentence], language: str,
                      elided: frozenset[str]) -> Callable[[int], Analysis]:
    """Sentence ``i``'s analysis, made the first time a stage asks for it and kept for the others."""
    return cache(lambda i: analyse(text, sentences[i].start, sentences[i].end, language, elided))

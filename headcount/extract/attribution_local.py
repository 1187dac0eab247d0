"""Who says so, for the languages read by lexicon (the attribution stage of ``stages_local``).

A sentence's party is found by a cue with the party after it ("по данным X", "según X", "selon X"), or by a
reporting verb and its subject: before the verb when a complementiser, a quotation mark or a colon follows
it ("X a annoncé que ..."), after it when the verb comes first or closes a quotation ("... — заявили в
Минобороны"), and always after it in Arabic (VSO: "وقال المصدر"). A phrase that opens with a preposition is
not a subject; time words and articles are not names. A pronoun or a left-out subject is the party named
before; a sentence opening with a demonstrative ("Об этом", "Про це") also names the source of the
sentences before it in its paragraph; a paragraph that opens with a quotation mark or dash is one statement.
Names are copied as written, in their case forms (MULTILINGUAL.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from headcount.extract.analyser_simple import lemma, normalise
from headcount.extract.languages import Lexicon
from headcount.extract.linguistic import Analysis, Word
from headcount.extract.media_local import is_medium
from headcount.extract.sentences import Sentence
from headcount.extract.spans_local import (
    QUOTES,
    SPAN_WORDS,
    clause_sign,
    counted_subject,
    inside_other,
    negated_before,
    quoted_name_before,
    take,
)

if TYPE_CHECKING:  # only an annotation here; stages_local imports this module
    from headcount.extract.stages_local import LocalDraft

_CARRY = 3  # sentences back a continuing sentence looks for the statement it goes on with


@dataclass(frozen=True)
class Said:
    """Who a sentence says the figure comes from, and the words that said so."""

    source: str
    cue: str
    anaphoric: bool  # "Про це повідомив X" / "c'est ce qu'a dit X": X owns the sentence before


SaidReader = Callable[[int], Said | None]  # a sentence's attribution, by sentence index


def span_text(words: tuple[Word, ...], a: Analysis, lo: int, hi: int) -> str | None:
    if lo >= hi:
        return None
    return a.slice(words[lo].start, words[hi - 1].end).strip(" ,;:—–-،") or None


def _content(words: tuple[Word, ...], lo: int, hi: int, lex: Lexicon, language: str) -> bool:
    """The span holds a word that can name a party: not only grammatical words or short particles, and in
    a cased script a name or a noun of some length ("foi hoje" and "إلى" do not name anyone)."""
    for k in range(lo, hi):
        w = normalise(words[k].text, language)
        if w in lex.skip or w in lex.complementisers or w in lex.anaphora or w in lex.time_words or \
                w in lex.auxiliaries:
            continue
        acronym = len(words[k].text) >= 2 and words[k].text.isupper()  # "МЧС", "ONU", "MSF"
        if words[k].pos == "X" and (len(w) > 3 or acronym):
            return True
    return False


def _name(words: tuple[Word, ...], a: Analysis, lo: int, hi: int, lex: Lexicon, language: str) -> str:
    """A party's name as written, without a leading article ("le ministère russe" -> "ministère russe"), so
    the party registry, which folds English articles only, finds it."""
    lo, hi = _name_bounds(words, lo, hi, lex, language)
    hedged = False
    while lo + 1 < hi:
        hedge = lex.so_called.match(words, lo, language)
        if hedge is not None and hedge[1] < hi:  # "the so-called X": the writer's distance; X is the party
            lo, hedged = hedge[1], True
        elif normalise(words[lo].text, language) in lex.determiners | lex.time_words:
            lo += 1
        else:
            break
    # an auxiliary closing the subject belongs to the verb group ("l'OIM a estimé"), a conjunction to what
    # follows ("segundo X e 700 ..."): neither is part of the name
    while hi - 1 > lo and (normalise(words[hi - 1].text, language) in lex.auxiliaries
                           or normalise(words[hi - 1].text, language) in lex.coordinators):
        hi -= 1
    # In a script without capitals (Arabic) nothing marks where a name ends: it ends before an event word or
    # a count noun ("وزارة الصحة ... ارتفاع حصيلة القتلى"). In cased scripts the name's own words may be
    # event words ("Ministerio de Desplazados") and a report noun may head the source ("último balanço da
    # Defesa Civil"), so nothing is cut there.
    for k in range(lo + 1, hi):
        first = words[k].text[:1]
        if first.lower() != first.upper():
            continue
        if lex.events.match(words, k, language) or lex.count_nouns.match(words, k, language):
            hi = k
            break
    text = span_text(words, a, lo, hi) or ""
    first = normalise(words[lo].text, language) if lo < hi else ""
    if len(first) > 3 and first[1] == "'" and first[:2] in lex.determiners:  # "l'OIM": an elided article
        text = text[2:]
    if hedged and language == "ar" and text[:1] == "ب" and len(text.split()[0]) > 3:
        text = text[1:]  # "ما يسمى بالمرصد": the preposition the verb of naming governs is written onto the name
    return text


def _name_bounds(words: tuple[Word, ...], lo: int, hi: int, lex: Lexicon, language: str) -> tuple[int, int]:
    """The party's own words within a span read after a cue or around a reporting verb.

    - A leading preposition or auxiliary is not the party ("говорится в сообщении" names "сообщении",
      "وكان مراسل ..." names the correspondent), and a report noun heading the rest names its author after
      it when one follows ("в сообщении представителей X" names "представителей X").
    - A passive's agent is the party when only lower-case words (a report noun, a participle, a time) stand
      before it ("cifras revisadas el lunes por la alcaldía", "nota emitida pela Câmara").
    - The name ends before what the verb governs besides its subject: a preposition opening a complement
      clause ("وأشار المتحدث إلى أن"), a preposition before a report noun ("في بيان لها", "en un
      comunicado"), an outlet the statement was given to ("قال المصدر لوكالة ..."), a bracketed link, the
      medium it was published in ("sur son site", "na rede social", "в своём телеграм-канале").
    """
    def form(j: int) -> str:
        return normalise(words[j].text, language)

    def leading(j: int) -> bool:
        f = form(j)
        bare = f[1:] if language == "ar" and f[:1] in _AR_CONJUNCTIONS and len(f) > 3 else f
        return _preposition(words[j], lex, language) or f in lex.auxiliaries or bare in lex.auxiliaries

    while lo + 1 < hi and leading(lo):
        lo += 1
    if lo < hi and lex.report_nouns.match(words, lo, language) is not None:
        after = _past_report_noun(words, lo, hi, lex, language)
        if after < hi and _content(words, after, hi, lex, language):
            lo = after
    if language != "ar":
        for k in range(lo, hi - 1):
            if form(k) in lex.agents:
                if all(not words[j].text[:1].isupper() for j in range(lo, k)):
                    lo = k + 1
                break
    for k in range(lo + 1, hi):
        f = form(k)
        nxt = [form(j) for j in range(k + 1, min(k + 3, len(words)))]
        if _preposition(words[k], lex, language) and nxt and nxt[0] in lex.complementisers:
            return lo, k
        report = next((hit[1] for j in range(k + 1, min(k + 3, hi))
                       if (hit := lex.report_nouns.match(words, j, language)) is not None), None)
        if _preposition(words[k], lex, language) and report is not None:
            if any(words[j].text[:1].isupper() for j in range(report, hi)):
                return _past_report_noun(words, report - 1, hi, lex, language), hi  # "у ... звітом Червоного Хреста"
            return lo, k  # "في بيان لها", "en un comunicado": the statement the party issued
        # a lower-case word before the medium ("sur son site"); in Arabic, with no case, any word before a
        # noun that carries its possessive pronoun ("على صفحتها")
        reach = 2 if language == "ar" else 3
        if (words[k].text[:1].islower() or language == "ar") \
                and any(is_medium(words, j, lex, language) for j in range(k + 1, min(k + reach, hi))) \
                and not all(form(j) in lex.determiners for j in range(lo, k)):
            return lo, k  # "le HCR sur son site", "la OMS en su cuenta de X": where it published, not who
        if language == "ar" and f[:1] == "ل" and f[1:] in lex.relays:  # the dative: "told the agency"
            return lo, k
        if words[k].text == "(" and k + 1 < len(words) and (
                "://" in words[k + 1].text or words[k + 1].text.lower().startswith(("http", "www."))):
            return lo, k
    return lo, hi


@dataclass(frozen=True)
class Anchor:
    """One attribution in a sentence: the cue or reporting verb at words [start, end) and what it says."""

    start: int
    end: int
    said: Said
    quoted: bool  # the verb stands inside quotation marks (the speaker's words, not the statement's)
    verb: bool


def attribution(a: Analysis, lex: Lexicon, language: str, blocked: list[tuple[int, int]]) -> Said | None:
    """Who the sentence says its figures come from: a cue and the party after it, else a reporting verb and
    its subject (see the module docstring), a verb outside quotation marks before one inside ("“We can
    confirm that ...”, said X": X, not "we"). ``Said.source`` is "" when the subject is a pronoun or left
    out ("За його даними", "وأوضحت أن"): the party is the one named before."""
    found = anchors(a, lex, language, blocked)
    cues = [x for x in found if not x.verb]
    if cues:
        return cues[0].said
    verbs = sorted((x for x in found if x.verb), key=lambda x: x.quoted)
    return verbs[0].said if verbs else None


def said_for(found: list[Anchor], first: int, last: int, words: tuple[Word, ...]) -> Said | None:
    """The attribution of the figure at words [first, last) when its sentence names two parties or more
    ("X puts the dead at N, while Y counts M"); None when one named party speaks for the whole sentence. The
    figure's own is a cue or verb right after it in its clause ("N displaced, according to Y" with no sign
    between), else the nearest one before it, else the first one after it."""
    # parties whose names show as names (a capital: "ONU", "l'OIM"); a script without capitals gives no
    # such sign, and there the sentence's first attribution stands for all its figures
    named = [x for x in found if not x.quoted and any(c.isupper() for c in x.said.source)]
    if len({x.said.source for x in named}) < 2:
        return None
    for x in named:
        if x.start >= last:
            if not any(clause_sign(words[j]) for j in range(last, x.start)):
                return x.said
            break
    before = [x for x in named if x.end <= first]
    if before:
        return before[-1].said
    after = [x for x in named if x.start >= last]
    return after[0].said if after else None


def anchors(a: Analysis, lex: Lexicon, language: str, blocked: list[tuple[int, int]]) -> list[Anchor]:
    """Every attribution in the sentence, in word order: cues with a party (or an anaphoric one) after
    them, and reporting verbs with their subjects."""
    words = a.words
    # "Об этом сообщил X", "Про це повідомив X": a demonstrative opening the sentence points back
    opener = any(normalise(words[j].text, language) in lex.back_reference for j in range(min(3, len(words))))
    out: list[Anchor] = []
    for k in range(len(words)):
        hit = lex.cues.match(words, k, language)
        if hit is None or (k > 0 and normalise(words[k - 1].text, language) in lex.determiners):
            continue  # "um segundo grupo": after a determiner the word is not the cue ("segundo" = second)
        said = _cue(a, k, hit[1], lex, language, blocked, opener)
        if said is not None:
            out.append(Anchor(k, hit[1], said, False, False))
    quoted = quoted_words(words)
    for k in range(len(words)):
        hit = lex.reporting_verbs.match(words, k, language)
        if hit is None or _after_determiner(words, k, lex, language) or not _finite(words[k], lex, language):
            continue  # "l'avancée", "el anuncio": after an article the word is a noun, not the verb
        if counted_subject(words, k, lex, language):
            continue  # "1 200 familles ont vu leurs maisons détruites": the counted people do the verb
        if negated_before(words, k, lex, language):  # a denied verb of saying
            continue  # "a polícia não divulgou números", "n'a pas communiqué de bilan": nobody said it
        out.append(Anchor(k, hit[1], _verb(a, k, hit[1], lex, language, blocked, opener), quoted[k], True))
    return sorted(out, key=lambda x: x.start)


def _cue(a: Analysis, k: int, end: int, lex: Lexicon, language: str, blocked: list[tuple[int, int]],
         opener: bool) -> Said | None:
    words = a.words
    lo, hi = take(words, end, 1, lex.complementisers, blocked)
    later = _report_noun_later(words, lo, hi, lex, language, blocked)
    if later is not None:  # "згідно з поширеним у понеділок, 4 травня, повідомленням X"
        lo, hi = take(words, later, 1, lex.complementisers, blocked)
    lo = _past_report_noun(words, lo, hi, lex, language)
    cue = span_text(words, a, k, end) or ""
    if (lo < hi and normalise(words[lo].text, language) in lex.anaphora) or any(
            normalise(words[j].text, language) in lex.anaphora for j in range(k, end)):
        return Said("", cue, opener)  # "По его словам", "За його даними": the party named before
    if _content(words, lo, hi, lex, language):
        return Said(_name(words, a, lo, hi, lex, language), cue, opener)
    return None


def _verb(a: Analysis, k: int, end: int, lex: Lexicon, language: str, blocked: list[tuple[int, int]],
          opener: bool) -> Said:
    words = a.words
    cue = span_text(words, a, k, end) or ""
    after = take(words, _past_date(words, end, lex, language), 1, lex.complementisers, blocked)
    b = _past_date(words, k - 1, lex, language, -1)  # "X 3 июня сообщило": the date is not the party
    before = take(words, b, -1, lex.complementisers, blocked) if b >= 0 else (k, k)
    if before[0] >= before[1] and b >= 1:
        before = quoted_name_before(words, b, lex, blocked) or before
    back = [j for j in range(before[0], before[1])
            if normalise(words[j].text, language) in lex.anaphora or lex.cues.match(words, j, language)]
    if back:  # "Про це міністр X написав": the party starts after the anaphoric opener
        before = (back[-1] + 1, before[1])
    nxt = after[1]
    subject_first = nxt < len(words) and (
        normalise(words[nxt].text, language) in lex.complementisers or words[nxt].text in QUOTES
        or words[nxt].text == ":" or (words[nxt].text == "," and nxt + 1 < len(words)
                                      and normalise(words[nxt + 1].text, language) in lex.complementisers))
    if subject_first and before[0] >= before[1] and k > 1 and words[k - 1].text == ",":
        # the subject's name in apposition, between commas, just before a verb that introduces what was
        # said ("the president, X, confirmed that"): the name is the party
        before = take(words, k - 2, -1, lex.complementisers, blocked)
    if lex.subject_before_verb and before[0] < before[1] and not (
            before[0] > 0 and words[before[0] - 1].pos == "NUM"):
        # SVO languages: a subject written before the verb is its subject; the verb comes first only when
        # it opens its clause ("..., a indiqué l'OIM"). A span cut by a figure is the figure's noun phrase.
        subject_first = subject_first or not _preposition(words[before[0]], lex, language)
    order = [after, before] if language == "ar" or not subject_first else [before, after]
    # a phrase that opens with a preposition is not the verb's subject ("написав у Facebook")
    order.sort(key=lambda span: span[0] < span[1] and _preposition(words[span[0]], lex, language))
    for lo, hi in order:
        if _content(words, lo, hi, lex, language):
            return Said(_name(words, a, lo, hi, lex, language), cue, opener)
    return Said("", cue, opener)  # a reporting verb whose subject is a pronoun or left out


def quoted_words(words: tuple[Word, ...]) -> list[bool]:
    """Whether each word stands inside quotation marks (the marks count as inside). Directional marks pair
    by their direction ("«»", "“”", "„“"); straight ones alternate, and when a sentence holds an odd number
    of them and does not open with one, the first closes a quotation begun in an earlier sentence."""
    straight = [k for k, w in enumerate(words) if w.text == '"']
    open_straight = bool(straight) and (len(straight) % 2 == 0 or straight[0] == 0)
    out: list[bool] = []
    stack: list[str] = []
    inside_straight = not open_straight and bool(straight)  # a quotation carried in from before
    for w in words:
        t = w.text
        if t == '"':
            out.append(True)
            inside_straight = not inside_straight
        elif t in "«„" or (t == "“" and (not stack or stack[-1] != "„")):
            stack.append(t)
            out.append(True)
        elif t in "»”“":
            if stack:
                stack.pop()
            out.append(True)
        else:
            out.append(bool(stack) or inside_straight)
    return out


_AR_CONJUNCTIONS = ("و", "ف")  # clitics a finite verb may carry
_AR_NOMINAL = ("ب", "ل", "ك", "ال")  # a preposition or the article: what follows is a (verbal) noun


def _finite(w: Word, lex: Lexicon, language: str) -> bool:
    """In Arabic, the analyser's variants strip prepositions, the article and plural endings, which turns
    verbal nouns into their verbs ("بنقل" "by moving", "تحذيرات" "warnings"): a reporting verb must be a
    listed form, or have a listed lemma, with at most a conjunction before it and no preposition or
    article. Other languages mark nouns by their articles instead (``_after_determiner``)."""
    if language != "ar":
        return True
    form = normalise(w.text, language)
    forms = [form] + [form[1:] for c in _AR_CONJUNCTIONS if form.startswith(c) and len(form) > 3]
    for f in forms:
        if f in lex.reporting_verbs.first:
            return True
        if not f.startswith(_AR_NOMINAL) and lemma(f, language) in lex.reporting_verbs.first:
            return True
    return False


def _after_determiner(words: tuple[Word, ...], k: int, lex: Lexicon, language: str) -> bool:
    """The word at ``k`` follows an article, or carries an elided one ("l'annonce"): it is a noun."""
    if k > 0 and normalise(words[k - 1].text, language) in lex.determiners:
        return True
    form = normalise(words[k].text, language)
    return "'" in form[:3] and form.split("'", 1)[0] + "'" in lex.determiners


DETERMINER_MAX = 5  # "este", "cette", "neste": the longest word read as opening a time noun


def _past_date(words: tuple[Word, ...], k: int, lex: Lexicon, language: str, step: int = 1) -> int:
    """The first word from ``k`` in direction ``step`` that is not part of a date or time ("dimanche 5
    mars", "el domingo", "18 мая", "dans la soirée"): a reporting verb's subject stands beyond its time
    adjunct, a preposition and article included."""
    def timeword(j: int) -> bool:
        return 0 <= j < len(words) and normalise(words[j].text, language) in lex.time_words

    def determiner(j: int) -> bool:
        # an article, or a demonstrative or other short lower-case word opening a time noun ("este sábado",
        # "ce lundi", "cette nuit"): a word of DETERMINER_MAX letters or fewer directly before a time word
        if not 0 <= j < len(words):
            return False
        form = normalise(words[j].text, language)
        return form in lex.determiners or (words[j].text.islower() and len(form) <= DETERMINER_MAX
                                           and words[j].pos == "X" and timeword(j + 1))

    prepositions = lex.place_at | lex.place_from
    j = k
    while 0 <= j < len(words):
        form = normalise(words[j].text, language)
        if timeword(j) or (words[j].pos == "NUM" and (timeword(j - 1) or timeword(j + 1))) or (
                determiner(j) and timeword(j + 1)) or (
                form in prepositions and (timeword(j + 1) or (determiner(j + 1) and timeword(j + 2)))):
            # a preposition opening a time phrase is part of it ("a annoncé dans la soirée le ministère",
            # "dans la matinée de jeudi", "en la madrugada del martes")
            j += step
            continue
        break
    return j


def _past_report_noun(words: tuple[Word, ...], lo: int, hi: int, lex: Lexicon, language: str) -> int:
    """After a cue, a report noun ("according to the latest information", "según cifras oficiales") is what a
    party issues, not the party: the party is the noun phrase after it ("according to figures from X"), and
    there is none when nothing follows. The report noun may have one modifier before it."""
    for j in range(lo, min(lo + 2, hi)):
        hit = lex.report_nouns.match(words, j, language)
        if hit is None:
            continue
        k = hit[1]
        if lex.adjectives_follow:  # "cifras oficiales", "données officielles": the noun's own adjectives
            while k < hi and words[k].text[:1].islower() and not _linking(words[k], lex, language):
                k += 1
        while k < hi and _linking(words[k], lex, language):
            k += 1  # "de", "del", "da": the genitive that names the party
        return k
    return lo


def _report_noun_later(words: tuple[Word, ...], lo: int, hi: int, lex: Lexicon, language: str,
                       blocked: list[tuple[int, int]]) -> int | None:
    """Where the report noun governed by a cue starts when a participle and its adjuncts stand between
    ("according to the published on Tuesday, 28 February, report of X", the Slavic order): the words up to
    it are lower-case (no name has begun) and only dates and commas cross the clause; None otherwise."""
    if language == "ar" or any(words[j].text[:1].isupper() for j in range(lo, hi)):
        return None
    if any(lex.report_nouns.match(words, j, language) for j in range(lo, min(lo + 2, hi))):
        return None  # the report noun is right after the cue: _past_report_noun reads it
    for j in range(lo, min(lo + SPAN_WORDS, len(words))):
        w = words[j]
        if inside_other(j, blocked) or w.text in (".", "!", "?", ";", ":") or w.text[:1].isupper():
            return None
        if lex.report_nouns.match(words, j, language):
            return j if j >= hi else None
        if w.pos == "NUM" and not _dated(words, j, lex, language):
            return None
    return None


def _dated(words: tuple[Word, ...], j: int, lex: Lexicon, language: str) -> bool:
    return any(0 <= n < len(words) and normalise(words[n].text, language) in lex.time_words for n in (j - 1, j + 1))


def _linking(w: Word, lex: Lexicon, language: str) -> bool:
    form = normalise(w.text, language)
    return form in lex.skip or form in lex.place_from or form in lex.determiners


def _preposition(w: Word, lex: Lexicon, language: str) -> bool:
    form = normalise(w.text, language)
    return form in lex.place_from or form in lex.place_at


def continues(a: Analysis, lex: Lexicon, language: str) -> bool:
    """The sentence opens by going on with what was said before: a connective ("Кроме того", "Además"), a
    demonstrative determiner ("Este contingente", "Cette ...") or an inclusion cue ("Серед них") among its
    first two words, so it is part of the last attributed statement even across a line break."""
    words = a.words
    for k in range(min(2, len(words))):
        if lex.continuation.match(words, k, language) or lex.including.match(words, k, language):
            return True
    return False


def attribute(sentences: list[Sentence], drafts: list[LocalDraft], said_of: SaidReader,
              goes_on: Callable[[int], bool] | None = None, moves_on: Callable[[int], bool] | None = None) -> None:
    """Sources, sentence by sentence: the sentence's own; a pronoun's or a left-out subject's party named
    before; else the party of the next sentence when it opens with an anaphoric cue ("Про це повідомив X"
    names the source of the sentence before it); else the previous sentence's in the same paragraph (the
    statement continues); else a closing credit line's ("За інформацією X" ending the text); else none, the
    outlet's own voice."""
    by_sentence: dict[int, list[LocalDraft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence_index, []).append(d)
    named: tuple[int, Said] | None = None  # the last party named, with its paragraph
    resolved: dict[int, Said | None] = {}
    unnamed: set[int] = set()  # a verb of saying with no party, none named before ("foi ontem divulgado")
    for i, s in enumerate(sentences):
        own = said_of(i)
        if own is not None and not own.source:
            recent = named is not None and s.paragraph - named[0] <= 2
            own = Said(named[1].source, own.cue, own.anaphoric) if recent and named else None
            if own is None:
                unnamed.add(i)
        elif own is not None:
            named = (s.paragraph, own)
        resolved[i] = own
    quoted = _quoted_paragraphs(sentences, resolved)
    credit = _closing_line(sentences, resolved, set(by_sentence))
    for i, ds in by_sentence.items():
        own = resolved.get(i) or quoted.get(i)
        if own is None:
            own = _anaphoric_after(sentences, resolved, i, i in unnamed)
        if own is None and i > 0 and same_paragraph(sentences, i - 1, i) and not sentences[i].headline \
                and not (moves_on is not None and moves_on(i)):  # "Horas más tarde, ...": the narrator's
            own = resolved.get(i - 1)
        if own is None and not sentences[i].headline and goes_on is not None and goes_on(i):
            own = _statement_before(sentences, resolved, i, set(by_sentence))
        if own is None and not sentences[i].headline:
            own = credit
        for d in ds:
            mine = d.said or own  # the figure's own party when its sentence names several
            if mine is not None:
                d.source, d.cue = mine.source, mine.cue


def _statement_before(sentences: list[Sentence], resolved: dict[int, Said | None], i: int,
                      with_figures: set[int]) -> Said | None:
    """The attribution of the nearest sentence before ``i`` that is attributed or holds figures, at most
    _CARRY sentences back: a line with neither (a related link, "ЧИТАЙТЕ ТАКЖЕ: ...") is passed over, a
    headline with figures ends the search, and so does a figure in the outlet's own voice ("Нагадаємо,
    ..."): what goes on from it is the outlet's too."""
    for j in range(i - 1, max(-1, i - 1 - _CARRY), -1):
        if sentences[j].headline:
            if j in with_figures:
                return None
            continue
        found = resolved.get(j)
        if found is not None:
            return found if found.source else None
        if j in with_figures:
            return None
    return None


def _anaphoric_after(sentences: list[Sentence], resolved: dict[int, Said | None], i: int,
                     unnamed: bool = False) -> Said | None:
    """The attribution of the first attributed sentence after ``i`` in its paragraph (or opening the next
    paragraph) when it points back ("Про це повідомляє X", "Об этом сообщил X"): it names the source of
    the sentences before it. A sentence whose verb of saying has no party (an agentless passive, "foi hoje
    anunciado", with no party named before) takes the party the next attributed sentence names."""
    for j in range(i + 1, len(sentences)):
        if sentences[j].paragraph - sentences[i].paragraph > 1:
            return None
        found = resolved.get(j)
        if found is not None:
            return found if found.anaphoric or (unnamed and found.source) else None
        if sentences[j].paragraph != sentences[i].paragraph:
            return None
    return None


def _quoted_paragraphs(sentences: list[Sentence], resolved: dict[int, Said | None]) -> dict[int, Said]:
    """A paragraph that opens with a quotation mark or dash is one statement: its sentences take the attribution
    that closes it ("\"1830 ... . У тому числі - 212 дітей. ...\", - зазначив він"). A quoted paragraph with
    none of its own continues the speaker of the quoted paragraph just before it, else of the one just after
    it (news quotes one speaker over several paragraphs and names them once)."""
    out: dict[int, Said] = {}
    runs: list[tuple[int, int, Said | None]] = []  # quoted paragraphs: first and last sentence, attribution
    i = 0
    while i < len(sentences):
        j = i
        while j + 1 < len(sentences) and sentences[j + 1].paragraph == sentences[i].paragraph:
            j += 1
        if sentences[i].text[:1] in QUOTES or sentences[i].text[:1] in "—–":  # a quotation dash opens speech
            closing = next((resolved[k] for k in range(i, j + 1) if resolved.get(k) is not None), None)
            runs.append((i, j, closing))
        i = j + 1
    for n, (i, j, closing) in enumerate(runs):
        if closing is None:
            near = [runs[m] for m in (n - 1, n + 1) if 0 <= m < len(runs)]
            closing = next((c for a, b, c in near if c is not None and c.source
                            and abs(sentences[a].paragraph - sentences[i].paragraph) == 1), None)
        if closing is not None:
            out.update({k: closing for k in range(i, j + 1)})
    return out


def _closing_line(sentences: list[Sentence], resolved: dict[int, Said | None], with_figures: set[int]) -> Said | None:
    """A document that ends on a line of its own made of an attribution cue and a party ("According to X's
    channel", a credit line that names the originator) attributes the figures the text leaves unattributed."""
    if not sentences:
        return None
    last = len(sentences) - 1
    said = resolved.get(last)
    if said is None or not said.source or last in with_figures or not said.cue:
        return None
    if last > 0 and sentences[last - 1].paragraph == sentences[last].paragraph:
        return None
    return said if sentences[last].text.lower().startswith(said.cue.lower()) else None


def same_paragraph(sentences: list[Sentence], i: int, j: int) -> bool:
    return sentences[i].paragraph == sentences[j].paragraph

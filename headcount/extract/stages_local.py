"""The claim stages for the languages read by lexicon (Russian, Ukrainian, Arabic, Spanish, Portuguese,
French): who is counted, what happened to them, where, when, and who says so.

They are the English stages' rules stated over word order and word classes instead of a dependency parse
(the analyser of these languages gives words and lemmas, not a parse):

- **who**: the people noun that follows the figure, past skippable words ("de", "из") and one modifier
  ("мирных жителей", "civils", "شخصاً"); a figure with no noun of its own ("dont 1.120 au Malawi", "la
  cifra de víctimas llegó a 640") counts what a preceding "number of <people>" or the figure before it in
  the sentence counts. A figure followed by any other noun ("65 autobuses") is not a count of people.
- **what**: the event the people noun names ("погибших", "blessés"), else the event word nearest the figure
  in its clause, else the event of its whole (parent) or of the claim before it in the paragraph.
- **who says so** (``attribution_local``): an attribution cue with the party after it ("по данным X", "según X"), or a reporting
  verb with its subject: before the verb when a complementiser follows it ("X a annoncé que ...") and
  after it when the verb comes first or closes a quotation ("... — заявили в Минобороны", "وقال المصدر").
  A sentence without one carries the attribution of the sentence before it in the same paragraph, or of
  the sentence after it when that one opens with an anaphoric cue ("Про це повідомив X", "Об этом ...").
- **parts**: figures after an inclusion cue ("в том числе", "entre ellos", "dont", "بينهم") are parts of
  the figure before the cue.
- **where**: the words after the nearest place preposition, "from" for flows and "in/at" otherwise.
- **when** (``when_local``): the English period decision over the language's period words.

Names, figures and sentences are copied as written, in their case forms (MULTILINGUAL.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from headcount.extract import when_local
from headcount.extract.analyser_simple import normalise, sentence_analyses
from headcount.extract.attribution_local import (
    Said,
    anchors,
    attribute,
    attribution,
    continues,
    said_for,
    same_paragraph,
)
from headcount.extract.bound_after_noun import bound_after_noun
from headcount.extract.care_romance import care_event
from headcount.extract.coordination_local import gapped, harmed_together
from headcount.extract.discourse_local import opens_with_sequence
from headcount.extract.event_object_romance import object_event
from headcount.extract.event_predicate_slavic import part_takes_whole_event, predicate_event
from headcount.extract.languages import Lexicon, lexicon, registry_acronyms
from headcount.extract.linguistic import Analysis, Word
from headcount.extract.numbers import parse_numbers
from headcount.extract.others_noun_romance import others_noun
from headcount.extract.parts_local import among_whole, running_total_parts, sum_breakdowns
from headcount.extract.period_text_local import period_words_at
from headcount.extract.remain_romance import deprived_event, remain_event
from headcount.extract.sentences import Sentence
from headcount.extract.sentences_local import split_local
from headcount.extract.spans_local import clause_range, clause_sign, inside_other, is_sign, negated_before
from headcount.extract.version import extractor_version
from headcount.extract.where_local import place_of
from headcount.lexicons.groups import group_of
from headcount.models import ORIGIN_KEYED_EVENTS, Claim, Figure

_NOUN_WINDOW = 3  # words between a figure and its noun (skippable words and one modifier)
_EVENT_WINDOW = 12  # words either side of a figure searched for its event


@dataclass
class LocalDraft:
    """A claim being built for a document read by lexicon."""

    figure: Figure
    sentence_index: int
    first: int  # first word of the figure in the sentence's analysis
    last: int  # word after the figure's noun phrase
    category: str
    event: str | None
    modality: str
    location: str | None
    source: str | None
    cue: str | None
    parent: int | None = None
    period_kind: str | None = None
    period_basis: str | None = None  # what decided the kind (when_local.period_of): "default", "toll" or None
    period_span: tuple[int, int, int] | None = None  # the period's words: (sentence, first word, end word)
    event_from_noun: bool = False  # the people noun named the event ("blessés"), no verb did
    said: Said | None = None  # the figure's own attribution when its sentence names several parties
    among: bool = False  # a part told by "among" after it ("parmi ces victimes"): the whole's place is its place
    part_of: int | None = None  # "N of them" ("3 000 из них"): the index of the whole counted just before


FigureReader = Callable[[str], list[Figure]]  # a sentence's numbers (the number layer in its language)


def claims_of(text: str, language: str, figures_of: FigureReader) -> list[LocalDraft]:
    """The drafts of every count of people in ``text`` (``figures_of`` reads a sentence's numbers)."""
    lex = lexicon(language)
    sentences = split_local(text)
    drafts: list[LocalDraft] = []
    said: dict[int, Said | None] = {}
    spans_of: dict[int, list[tuple[int, int]]] = {}  # the figures' word spans, kept out of party names
    analysis = sentence_analyses(text, sentences, language, lex.elided)

    def said_at(i: int) -> Said | None:
        if i not in said:
            said[i] = attribution(analysis(i), lex, language, spans_of.get(i, [])) or (
                _headline_party(analysis(i), lex, language) if sentences[i].headline else None)
        return said[i]

    for i, s in enumerate(sentences):
        # people are counted in whole numbers: "magnitud 7,8" is not a count ("4,5 тисячі" is 4500)
        figures = [f for f in figures_of(s.text) if (f.low is not None or f.high is not None)
                   and all(v is None or float(v).is_integer() for v in (f.low, f.high))]
        if not figures:
            continue
        a = analysis(i)
        spans = [_word_span(a.words, s.start + f.start, s.start + f.end) for f in figures]
        spans_of[i] = spans
        first_here = len(drafts)
        here: list[LocalDraft] = []  # first pass: who each figure counts, so events skip the others' nouns
        for f, (w0, w1) in zip(figures, spans, strict=True):
            if w0 >= w1 or _bracketed(a.words, w0, w1):
                continue
            fig = Figure(f.start + s.start, f.end + s.start, f.figure, f.low, f.high, f.approx, f.qualifier, f.kind)
            bound = _bound_verb_before(a.words, w0, lex, language) if f.low is not None and f.high == f.low \
                else None
            if bound is not None and not any(w1 < v0 <= w1 + 2 for v0, _ in spans):  # "pasó de 3.000 a 8.000"
                low, high = (f.low, None) if bound == "more than" else (None, f.high)
                fig = Figure(fig.start, fig.end, fig.figure, low, high, f.approx, bound, f.kind)
            them = lex.of_them.match(a.words, w1, language) if w1 < len(a.words) else None
            whole_before = _whole_before(sentences, i, drafts, here, first_here) if them is not None else None
            if them is not None and whole_before is not None:  # "3 000 из них": the people counted before
                told = drafts[whole_before] if whole_before < first_here else here[whole_before - first_here]
                who: tuple[str, int, str | None] | None = (told.category, them[1], told.event)
            else:
                who = _who(a.words, w0, w1, spans, lex, language, here)
            if who is None:
                continue
            category, noun_end, noun_event = who
            if noun_end == w1 and (f.high or f.low or 0) <= 1:
                continue  # "one" with no noun of its own is a pronoun or a singular ("يوم واحد")
            after = bound_after_noun(a.words, noun_end, language) if noun_end > w1 and f.low == f.high else None
            if after is not None and fig.low is not None:  # "45 مدنياً على الأقل": the bound after the noun
                low, high = (fig.low, None) if after[0] == "low" else (None, fig.low)
                fig = Figure(fig.start, fig.end, fig.figure, low, high, fig.approx, after[1], fig.kind)
            modality = "expected" if _expected(a.words, w0, lex, language) else "actual"
            here.append(LocalDraft(fig, i, w0, noun_end, category, noun_event, modality, None, None, None,
                                   event_from_noun=noun_event is not None, part_of=whole_before))
        phrases = [*spans, *((d.first, d.last) for d in here)]
        for d in here:  # second pass: events (not another figure's noun: "470 soldats, dont 35 blessés")
            by_predicate = predicate_event(a.words, d.first, d.last, language, lex)  # the clause names no event itself
            if by_predicate is not None:
                d.event, d.event_from_noun = by_predicate, False  # the predicate decided, not the people noun
            if d.event is None:
                others = [p for p in phrases if p != (d.first, d.last) and not (d.first <= p[0] < d.last)]
                d.event = _count_subject_event(a.words, d.first, spans, lex, language) or deprived_event(
                    a.words, d.last, language) or remain_event(
                    a.words, d.first, d.last, lex, language) or object_event(
                    a.words, d.first, lex, language) or _event_near(
                    a.words, d.first, d.last, others, lex, language) or _subject_event(
                    a.words, d.first, lex, language) or _restated_event(sentences, i, d.first, analysis, lex,
                                                                        language)
            d.event = care_event(a.words, d.first, d.last, d.event, spans, lex, language) or d.event
            d.parent = _parent(a, drafts, first_here, d, lex, language)
            if d.parent is None and d.part_of is not None:
                d.parent, d.among = d.part_of, True  # "3 000 из них": the same people, the whole's place
            if d.parent is None:
                d.parent = among_whole(a.words, d, drafts, first_here, lex)
                d.among = d.parent is not None
            elif len(drafts) > first_here and drafts[-1].among and drafts[-1].parent == d.parent:
                d.among = True  # coordinated with a part told by "among" ("310 enfants et 205 femmes")
            whole = drafts[d.parent] if d.parent is not None else None
            if whole is not None and d.event_from_noun and whole.event and not whole.event_from_noun:
                d.event = whole.event  # "312 soldats se sont rendus, dont 17 blessés": the wounded surrendered
            elif whole is not None and whole.event and by_predicate is None \
                    and part_takes_whole_event(a.words, d.first, d.last, lex, language):
                d.event = whole.event  # "بينهم ستة أطفال، فيما ... المفقودين": the part is in the toll (ru/uk/ar)
            drafts.append(d)
        found = anchors(a, lex, language, spans)
        for d in drafts[first_here:]:
            d.said = said_for(found, d.first, d.last, a.words)
        own = said_at(i)
        named = a.text.find(own.source) if own is not None and own.source else -1
        party = (a.start + named, a.start + named + len(own.source)) if own is not None and named >= 0 else None
        for n, d in enumerate(drafts[first_here:], start=first_here):
            stops = _own_statements(a.words, drafts, n, lex, language)
            end = next((w1 for w0, w1 in spans if w0 == d.first), -1)
            whole_place = drafts[d.parent].location if d.parent is not None else None
            d.location = (whole_place if d.among else None) or place_of(
                sentences, i, d.first, d.event, analysis, lex, language, party, stops, end, whole_place) \
                or _series_place(drafts[:first_here], d)
    sum_breakdowns(sentences, drafts)
    pw = when_local.period_words(language)
    running_total_parts(drafts, lambda i: analysis(i).words, lex, pw.tables["tolls"], pw.brings_total,
                        pw.tables["contrast"])
    attribute(sentences, drafts, said_at, lambda i: continues(analysis(i), lex, language),
              lambda i: opens_with_sequence(analysis(i).words, language))
    _settle_events(sentences, drafts)
    when_local.settle(sentences, drafts, analysis, lex)
    return drafts


def _whole_before(sentences: list[Sentence], i: int, drafts: list[LocalDraft], here: list[LocalDraft],
                  first_here: int) -> int | None:
    """The index (into the document's drafts, counting this sentence's from ``first_here``) of the figure a
    partitive pronoun after a figure ("3 000 из них", "200 de ellos") points back to: the last figure of the
    sentence, else the last of the sentence before in the same paragraph."""
    if here:
        return first_here + len(here) - 1
    if drafts and drafts[-1].sentence_index == i - 1 and sentences[i - 1].paragraph == sentences[i].paragraph:
        return len(drafts) - 1
    return None


def _word_span(words: tuple[Word, ...], start: int, end: int) -> tuple[int, int]:
    a = next((k for k, w in enumerate(words) if w.end > start), len(words))
    b = next((k for k in range(a, len(words)) if words[k].start >= end), len(words))
    return a, b


def _own_statements(words: tuple[Word, ...], drafts: list[LocalDraft], n: int, lex: Lexicon,
                    language: str) -> tuple[int, ...]:
    """The first words of the later figures of the sentence that start a statement of their own, so that a
    place after one is not the earlier figure's: a figure of another event after an event word that
    closes the earlier one's statement ("N foram deslocadas ... e M retornaram ... de X"). Coordinated
    figures sharing one verb ("N morts et M blessés à X") and figures of one event share the place after
    them. A part opened by an inclusion cue after its whole starts its own statement at the cue: a place
    before the cue is the whole's (a stop before the figure)."""
    d = drafts[n]
    stops = []
    whole = drafts[d.parent] if d.parent is not None else None
    if whole is not None and whole.sentence_index == d.sentence_index and whole.last <= d.first:
        cue = next((k for k in range(whole.last, d.first) if lex.including.match(words, k, language) is not None),
                   None)
        if cue is not None:
            stops.append(cue)  # "N desplazados en X, de los que M siguen en campos": the part's statement
    for o in drafts[n + 1:]:
        if o.sentence_index == d.sentence_index and o.parent == n and o.first > d.first and any(
                lex.including.match(words, k, language) is not None for k in range(d.last, o.first)):
            stops.append(o.first)  # "N morts, dont M en Turquie": the place after a part is the part's
            continue
        if o.first <= d.first or o.event is None or o.event == d.event:
            continue
        if any(lex.events.match(words, k, language) is not None for k in range(d.last, o.first)):
            stops.append(o.first)
    return tuple(stops)


def _bracketed(words: tuple[Word, ...], w0: int, w1: int) -> bool:
    """A figure alone between brackets ("nesta terça-feira (14)") is a day or a reference, not a count."""
    return w0 > 0 and w1 < len(words) and words[w0 - 1].text == "(" and words[w1].text == ")"


HEADLINE_PARTY_WORDS = 4  # "ООН:", "L'ONU :", "الأمم المتحدة:": a party before a headline's colon is short


def _headline_party(a: Analysis, lex: Lexicon, language: str) -> Said | None:
    """A headline that opens with a party and a colon ("ONU : 300 000 déplacés ...", "الأمم المتحدة: نزوح
    ...") gives its figures that party's voice (annotation rule 8: "...: MSF"). The words before the colon
    must name an organisation: an organisation head of the language, or an acronym the party registry
    (lexicons/parties.toml) knows as one. A place ("Darfour : ..."), a topic, or a newsroom's label in
    capitals ("EN DIRECT :", "VIDÉO :", "СРОЧНО:") is no party."""
    words = a.words
    colon = next((k for k, w in enumerate(words[:HEADLINE_PARTY_WORDS + 1]) if w.text == ":"), None)
    if not colon or any(w.pos != "X" and w.text not in "'’-" for w in words[:colon]):
        return None
    organisation = any(lex.organisation_heads.match(words, k, language) is not None for k in range(colon)) or (
        any(w.text.replace(".", "") in registry_acronyms() for w in words[:colon]))
    if not organisation:
        return None
    return Said(a.slice(words[0].start, words[colon - 1].end).strip(), ":", False)


def _series_place(earlier: list[LocalDraft], d: LocalDraft) -> str | None:
    """A figure whose sentence, paragraph and headline name no place continues the series of the same event
    the document counted before ("959 soldats se sont rendus dans l'aciérie de X", then a paragraph on
    "260 soldats ont déposé les armes ..."): the place of the document's first figure of that event that has
    one, where the report opened the series (a later one may be a part counted elsewhere, "M more from X").
    Evacuations and displacements are one series, the outflows of a place (annotation rule 7 keys both by
    their origin): "12 mil vecinos abandonaron X", then "los evacuados podrían pasar de 30 mil"."""
    if d.event is None:
        return None
    flows = ORIGIN_KEYED_EVENTS if d.event in ORIGIN_KEYED_EVENTS else frozenset({d.event})
    return next((e.location for e in earlier if e.event in flows and e.location), None)


def _who(words: tuple[Word, ...], w0: int, w1: int, spans: list[tuple[int, int]], lex: Lexicon, language: str,
         before: list[LocalDraft]) -> tuple[str, int, str | None] | None:
    """(category, word after the noun, event the noun names) of the figure at words [w0, w1); None when the
    figure counts something other than people."""
    k = w1
    modifiers = 0
    verb = False  # a verb group follows the figure: its noun is left out
    while k < len(words) and k - w1 <= _NOUN_WINDOW:
        w = words[k]
        if is_sign(w) or w.pos == "NUM":
            break
        hit = lex.people.match(words, k, language)
        if hit is not None:
            event = lex.noun_events.match(words, k, language)
            category = "people" if _coordinated(words, hit[1], spans, lex, language) else hit[0]
            if event and k == w1 and gapped(words, w0, before, lex, language):
                category = before[-1].category  # "318 habitants ont été évacués et 96 relogés": participle
            if event and harmed_together(words, hit[1], event[0], lex, language):
                return category, hit[1], "casualties"  # "centenas de mortos e feridos": one count of both
            return category, hit[1], event[0] if event else None
        form = normalise(w.text, language)
        participle = lex.events.match(words, k, language) if modifiers == 0 and form not in lex.auxiliaries \
            and k + 1 < len(words) else None
        noun = lex.people.match(words, k + 1, language) if participle is not None else None
        if participle is not None and noun is not None:
            # "около 300 сдавшихся боевиков": a participle before the people noun names their event
            event = lex.noun_events.match(words, k + 1, language)
            category = "people" if _coordinated(words, noun[1], spans, lex, language) else noun[0]
            return category, noun[1], event[0] if event else participle[0]
        if form in lex.auxiliaries or _event_within(words, k, 1, lex, language) or \
                (form in lex.light_verbs and _event_within(words, k + 1, 1, lex, language)) or \
                lex.reporting_verbs.match(words, k, language):
            # "environ 7 500 ont fui", "otras 140 resultaron heridas", "61.700 estão ...", and a light verb
            # with its event noun ("ещё 40 получили ранения"): a verb group, the counted noun is left out
            verb = True
            break
        if form in lex.skip:
            k += 1
            continue
        if form in lex.place_at or form in lex.place_from:
            break  # "dont 1.120 au Malawi", "mais 415 no vizinho Malawi": a place, not a noun, follows
        modifiers += 1
        if modifiers > 1 or not _may_modify(words, k, lex, language):
            if w0 > 0 and lex.events.match(words, w0 - 1, language) is not None and k > w1:
                break  # "وأصيب 120 آخرون في": the event verb before, "others" after: the noun is left out
            if k > w1 and normalise(words[k - 1].text, language) in lex.skip and modifiers == 1 \
                    and lex.cues.match(words, k - 1, language) is None:
                return None  # "miles de viviendas": the figure's own noun after the partitive, no people
            counted = _count_noun(words, w0, lex, language)
            if counted is not None:  # "la cifra de heridos llega ya a los 4.300"
                return counted[0], w1, counted[1]
            return None  # "65 autobuses", "7,8 grados": another noun follows
        k += 1
    # the noun is left out: the count noun of the sentence ("число загиблих ... 22 тисячі"), else the figure
    # before it in the sentence ("212 personas murieron ... y otras 1,090 resultaron heridas")
    if before:
        prev = before[-1]
        counted = _count_noun(words, w0, lex, language, prev.last) if prev.last <= w0 else None
        if counted is not None:  # "N famílias partiram; com elas, a cifra de moradores levados sobe a M"
            return counted[0], w1, counted[1]
        return prev.category, w1, None
    counted = _count_noun(words, w0, lex, language)
    if counted is not None:
        return counted[0], w1, counted[1]
    if (other := others_noun(words, w0, lex, language)) is not None:
        return other, w1, None  # "a queda de um mineiro e o resgate de outros dois"
    if verb and _event_within(words, k, 3, lex, language):
        return "people", w1, None  # "2.600 siguen desaparecidas": a count of people by its verb
    return None


def _coordinated(words: tuple[Word, ...], k: int, spans: list[tuple[int, int]], lex: Lexicon,
                 language: str) -> bool:
    """The counted noun is coordinated with another people noun ("civils et insurgés", "боевиков и членов
    их семей", "combatientes con sus familias"): the figure counts a mixed group, ``people`` (gold rule 4)."""
    if k >= len(words) or normalise(words[k].text, language) not in lex.coordinators:
        return False
    for j in range(k + 1, min(k + 4, len(words))):
        if is_sign(words[j]) or words[j].pos == "NUM" or inside_other(j, spans):
            return False  # "três polícias e sete rebeldes": two counts, not one mixed group
        if lex.people.match(words, j, language) is not None:
            return True
        form = normalise(words[j].text, language)
        if len(form) > 4 and form not in lex.determiners and form not in lex.skip:
            return False  # only articles and possessives stand between ("y quemó sus casas": a new clause)
    return False


def _event_within(words: tuple[Word, ...], k: int, n: int, lex: Lexicon, language: str) -> bool:
    """An event word among the ``n`` words from ``k``, before a clause sign."""
    for j in range(k, min(k + n, len(words))):
        if is_sign(words[j]):
            return False
        if lex.events.match(words, j, language) is not None:
            return True
    return False


def _may_modify(words: tuple[Word, ...], k: int, lex: Lexicon, language: str) -> bool:
    """A word that may stand between a figure and its noun: an adjective, followed within two words by a
    people noun with no preposition between ("64 українських рятувальників"; not "dois grupos de civis",
    where the figure counts groups)."""
    for j in range(k + 1, min(k + 3, len(words))):
        if is_sign(words[j]) or normalise(words[j].text, language) in lex.skip:
            return False
        if lex.people.match(words, j, language) is not None:
            return True
    return False


def _count_noun(words: tuple[Word, ...], w0: int, lex: Lexicon, language: str,
                lo: int = 0) -> tuple[str, str | None] | None:
    """The people noun after a count noun ("число загиблих", "la cifra de muertos") earlier in the sentence
    or in the clause right after the figure ("A 1.460 ascendió el número de fallecidos"). ``lo``: the end of
    an earlier figure's phrase; a count noun after it is the subject this figure completes and names its
    people before that figure does."""
    after = w0
    while after < len(words) and not clause_sign(words[after]) and after - w0 < _EVENT_WINDOW:
        after += 1
    for k in [*range(w0 - 1, lo - 1, -1), *range(w0 + 1, after)]:
        if words[k].text in (".", "!", "?", ";") and k < w0:
            break
        if lex.count_nouns.match(words, k, language) is None:
            continue
        for j in range(k + 1, min(k + 4, len(words))):
            if words[j].pos == "NUM":
                break  # "au total 1.230 personnes": the noun of another figure, not "the total of people"
            hit = lex.people.match(words, j, language)
            if hit is not None:
                event = lex.noun_events.match(words, j, language) or _relative_event(words, hit[1], lex, language)
                return hit[0], event[0] if event else None
    return None


def _bound_verb_before(words: tuple[Word, ...], w0: int, lex: Lexicon, language: str) -> str | None:
    """The bound a verb right before the figure carries, an article between at most ("superar los 25 mil",
    "a dépassé les 12 000", "превысило 300", "تجاوز 75 ألفًا"): annotation rule 1 keeps the verb out of the
    figure and puts the bound in low/high, so the figure is a floor ("more than"). A negated verb ("no supera
    las 300", "n'a pas dépassé les 3 000", "не превысило 300") says the count stayed at or under the figure:
    a ceiling, read as the guide reads "no more than N" (low null, high N)."""
    end = w0 - 1 if w0 > 0 and normalise(words[w0 - 1].text, language) in lex.determiners else w0
    for k in range(max(0, end - 2), end):  # one word ("superar") or two ("passar de", "перевалить за")
        hit = lex.bound_verbs.match(words, k, language)
        if hit is not None and hit[1] == end:
            return "no more than" if negated_before(words, k, lex, language) else "more than"
    return None


RELATIVE_WINDOW = 3  # "عدد السكان الذين نزحوا", "el número de personas que huyeron": the verb after the noun


def _relative_event(words: tuple[Word, ...], k: int, lex: Lexicon, language: str) -> tuple[str, int] | None:
    """The event verb of a relative clause on the counted noun ("the number of Iraqis who fled", "le nombre
    de civils qui ont quitté"): within RELATIVE_WINDOW words after the noun, before a clause sign or number."""
    for j in range(k, min(k + RELATIVE_WINDOW, len(words))):
        if clause_sign(words[j]) or words[j].pos == "NUM":
            return None
        hit = lex.events.match(words, j, language)
        if hit is not None:
            return hit
    return None


def _subject_event(words: tuple[Word, ...], w0: int, lex: Lexicon, language: str) -> str | None:
    """The event of a "number of <people>" phrase earlier in the sentence ("Загальна кількість загиблих ...
    складає 4 380 людей"): the figure is that number."""
    for k in range(w0 - 1, -1, -1):
        event = _people_event_after(words, k, w0, lex, language)
        if event is not None:
            return event
    return None


def _people_event_after(words: tuple[Word, ...], k: int, w0: int, lex: Lexicon, language: str) -> str | None:
    """The event of a "number of <people>" phrase whose count noun is word ``k``: a people noun that names an
    event within three words after it, before the figure at ``w0`` ("Загальна кількість загиблих")."""
    if lex.count_nouns.match(words, k, language) is None:
        return None
    for j in range(k + 1, min(k + 4, w0)):
        hit = lex.noun_events.match(words, j, language)
        if hit is not None:
            return hit[0]
    return None


def _count_subject_event(words: tuple[Word, ...], w0: int, spans: list[tuple[int, int]], lex: Lexicon,
                         language: str) -> str | None:
    """The event of a "total of <people>" phrase that is the subject the figure completes ("la cifra de
    desalojados por las lluvias llega ya a N, y de ellos M permanecen sin techo"): the figure is that total,
    so its people's event wins over an event word near the figure, which may be a part's ("permanecen"). Only
    when no other figure stands between them ("la cifra de muertos subió a 50, mientras 300 personas fueron
    evacuadas": the 300 are not the dead), unless that figure is the whole this one is a part of (an inclusion cue
    between them: the part counts the same people)."""
    for k in range(w0 - 1, -1, -1):
        if words[k].text in (".", "!", "?", ";"):
            return None
        other = next((b for a, b in spans if a <= k < b), None)
        if other is not None:
            if not any(lex.including.match(words, j, language) is not None for j in range(other, w0)):
                return None
            continue
        event = _people_event_after(words, k, w0, lex, language)
        if event is not None:
            return event
    return None


def _restated_event(sentences: list[Sentence], i: int, w0: int, analysis: Callable[[int], Analysis], lex: Lexicon,
                    language: str) -> str | None:
    """A bare count noun before the figure ("ця кількість сягнула N", "le chiffre atteint N") restates the
    number of people the sentence before named ("Число жертв ... підтвердив"): the figure takes that
    phrase's event, as the English stage reads a bare total word as the count before it."""
    words = analysis(i).words
    bare = any(lex.count_nouns.match(words, k, language) is not None
               and not any(lex.people.match(words, j, language) or lex.noun_events.match(words, j, language)
                           for j in range(k + 1, min(k + 4, w0)))
               for k in range(w0))
    if not bare or i == 0 or sentences[i - 1].paragraph != sentences[i].paragraph:
        return None
    before = analysis(i - 1).words
    return _subject_event(before, len(before), lex, language)


def _event_near(words: tuple[Word, ...], w0: int, w1: int, spans: list[tuple[int, int]], lex: Lexicon,
                language: str) -> str | None:
    """The event word nearest the figure, not crossing a sentence end; a word after the figure wins a tie.
    An event noun after the figure that stands right before another figure governs that one ("مقتل 25 مدنيا
    وإصابة 60": the verbal noun of injury heads the second figure), so it does not name this figure's event."""
    best: tuple[int, str] | None = None
    starts = {a for a, _ in spans}
    for k in range(max(0, w0 - _EVENT_WINDOW), min(len(words), w1 + _EVENT_WINDOW)):
        if w0 <= k < w1 or inside_other(k, spans) or (k >= w1 and k + 1 in starts):
            continue
        hit = lex.events.match(words, k, language)
        if hit is None:
            continue
        lo, hi = (k, w0) if k < w0 else (w1, k)
        if any(words[j].text in (".", "!", "?", ";") for j in range(lo, hi)):
            continue
        dist = (w0 - k) * 2 + 1 if k < w0 else (k - w1) * 2
        if best is None or dist < best[0]:
            best = (dist, hit[0])
    return best[1] if best else None


def _expected(words: tuple[Word, ...], w0: int, lex: Lexicon, language: str) -> bool:
    return any(normalise(words[k].text, language) in lex.expected for k in clause_range(words, w0, w0))


def _parent(a: Analysis, drafts: list[LocalDraft], first_here: int, d: LocalDraft, lex: Lexicon,
            language: str) -> int | None:
    """The whole this figure is a part of: the figure before an inclusion cue that stands between the two
    (in this sentence, or opening this sentence after a figure in the one before), or the whole of the
    figure just before when the two are coordinated parts ("310 enfants et 205 femmes")."""
    if not drafts:
        return None
    prev_index = len(drafts) - 1
    prev = drafts[prev_index]
    same = prev_index >= first_here
    lo = prev.last if same else 0
    if not same and d.sentence_index - prev.sentence_index > 2:
        return None
    words = a.words
    for k in range(lo, d.first):
        if lex.including.match(words, k, language) is not None:
            return prev_index if prev.parent is None else prev.parent
    if same and prev.parent is None and [w.text for w in words[prev.last:d.first]] == [":"] \
            and _own_noun(words, prev, lex, language) and _smaller(d, prev):
        return prev_index  # "846 personas: 412 hombres, ...": a breakdown right after its total's colon
    if same and prev.parent is not None and all(
            is_sign(words[k]) or normalise(words[k].text, language) in lex.skip or len(words[k].text) <= 2
            or normalise(words[k].text, language) in lex.coordinators
            or lex.people.match(words, k, language) is not None
            for k in range(prev.last, d.first)):
        return prev.parent  # coordinated parts, their nouns coordinated too ("37 солдатів та офіцерів і троє")
    return None


def _own_noun(words: tuple[Word, ...], d: LocalDraft, lex: Lexicon, language: str) -> bool:
    """The figure has a people noun of its own ("1.198 personas"), so a colon after it opens its breakdown
    rather than a new statement."""
    return any(lex.people.match(words, k, language) is not None for k in range(d.first, d.last))


def _smaller(part: LocalDraft, whole: LocalDraft) -> bool:
    """A part is smaller than its whole (a value either side of a colon may also be a restatement)."""
    p, w = part.figure.low or part.figure.high, whole.figure.low or whole.figure.high
    return p is not None and w is not None and p < w


def _settle_events(sentences: list[Sentence], drafts: list[LocalDraft]) -> None:
    """A figure whose clause names no event takes its whole's event; a count of residents with no event is
    the population of a place (a stock: "a vila tem 18 mil moradores"); else the event of the claim
    before it in the same paragraph, else ``other``. The period kind is read after (``when_local``)."""
    for n, d in enumerate(drafts):
        if d.event is None and d.parent is not None:
            d.event = drafts[d.parent].event
        if d.event is None and d.category == "residents":
            d.event = "population"
        if d.event is None and n > 0 and same_paragraph(sentences, drafts[n - 1].sentence_index, d.sentence_index):
            d.event = drafts[n - 1].event
        if d.event is None:
            d.event = "other"


def extract_local(text: str, language: str, doc_id: str = "") -> list[Claim]:
    """Claims of a document in a language read by lexicon, frozen like the English pipeline's."""
    drafts = claims_of(text, language, lambda s: parse_numbers(s, language=language))
    sentences = split_local(text)
    version = extractor_version()
    lex = lexicon(language)
    analysis = sentence_analyses(text, sentences, language, lex.elided)
    periods = [period_words_at(text, lambda i: analysis(i).words, d.period_span) for d in drafts]
    return [
        Claim(doc_id=doc_id, start=d.figure.start, end=d.figure.end, figure=d.figure.figure, low=d.figure.low,
              high=d.figure.high, approx=d.figure.approx, qualifier=d.figure.qualifier, category=d.category,
              group=group_of(d.category), event=d.event or "other", modality=d.modality, location=d.location,
              place=None, period_kind=d.period_kind, period=period[0] if period else None,
              period_offset=period[1] if period else None, source=d.source, cue=d.cue, parent=d.parent,
              sentence=sentences[d.sentence_index].text, sentence_start=sentences[d.sentence_index].start,
              extractor_version=version)
        for d, period in zip(drafts, periods, strict=True)
    ]

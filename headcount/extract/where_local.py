"""Where the counted people are, for the languages read by lexicon (the place stage of ``stages_local``).

The place is the phrase after the place preposition nearest the figure ("в Харькове", "à Alep", "dans la
bande de Gaza"): "from" for a flow out of a place (evacuated, displaced), "in/at" otherwise. A sentence that
names none takes, as the annotation rules say, the nearest place of its paragraph (a bare name before it,
then after it), else a place the gazetteer knows written in it without a preposition, else the headline's.
Names are copied as written, in their case forms; their English gazetteer names, which place keys use,
come from ``place_names``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from headcount.extract.analyser_simple import normalise
from headcount.extract.attribution_local import span_text
from headcount.extract.languages import Lexicon
from headcount.extract.linguistic import Analysis, Word
from headcount.extract.media_local import is_medium
from headcount.extract.place_clause_end_local import clause_end
from headcount.extract.place_names import english_place, known_place
from headcount.extract.place_time_end import place_end
from headcount.extract.sentences import Sentence
from headcount.extract.spans_local import clause_sign, take
from headcount.extract.when_local import dateline_end
from headcount.models import ORIGIN_KEYED_EVENTS


def _place(a: Analysis, w0: int, event: str | None, lex: Lexicon, language: str,
           party: tuple[int, int] | None = None, stops: tuple[int, ...] = (), figure_end: int = -1) -> str | None:
    """The words after the place preposition nearest the figure in its sentence: "from" for flows out of a
    place, "in/at" otherwise (and as a fallback). ``stops`` are the first words of later figures that start
    a statement of their own: a place after one of them is that figure's ("dont 1.120 au Malawi")."""
    found = _place_described(a, w0, event, lex, language, party, stops, figure_end)
    return None if found is None else found[0]


def _place_described(a: Analysis, w0: int, event: str | None, lex: Lexicon, language: str,
                     party: tuple[int, int] | None = None, stops: tuple[int, ...] = (),
                     figure_end: int = -1, origin_only: bool = False,
                     before_only: bool = False) -> tuple[str, bool] | None:
    """``_place``'s phrase and whether a place noun describes it ("на турецькій території")."""
    words = a.words
    flows = event in ORIGIN_KEYED_EVENTS
    groups: tuple[frozenset[str], ...] = (lex.place_from, lex.place_at) if flows else (lex.place_at, lex.place_from)
    if origin_only:
        groups = (lex.place_from,)
    sides = _sides(words, lex, language)
    timed = _time_clauses(words, w0, lex, language)
    filed = dateline_end(words, language)  # "Ciudad de X, 3 mar (EFE).-": where the dispatch was filed
    for n, preps in enumerate(groups):
        best: tuple[int, str, bool] | None = None
        # "from" words double as the genitive ("de", "d'": "le régime d'Al-Assad", "un million d'Afghans"):
        # as a fallback for a count that is not a flow, the name after one must be a place the gazetteer knows
        genitive = n == 1 and not flows
        for k, w in enumerate(words):
            if k + 1 >= len(words) or normalise(w.text, language) not in preps and not (
                    flows and preps is lex.place_from and lex.leave_verbs.match(words, k, language) is not None):
                continue  # a verb of leaving opens the origin of a flow as "from" does ("ont quitté la ville")
            if party is not None and party[0] <= w.start < party[1]:
                continue  # "ministère russe de la Défense": a preposition inside the party's name
            if k + 1 == w0:
                continue  # "d'un million d'Afghans": the preposition governs the figure, not a place
            if k > 1 and words[k - 1].text[:1].isupper() and words[k + 1].text[:1].isupper() \
                    and words[k - 1].pos == "X" and language != "ar":
                continue  # "Rio Grande do Sul", "Ciudad de México": a connector inside a name opens no place
            if before_only and k > w0:
                continue
            if k < filed:
                continue  # a preposition inside the dateline's place names where the dispatch was filed
            if k == figure_end and normalise(words[k].text, language) in lex.place_from:
                continue  # "un million d'Afghans", "300 من المدنيين": a partitive names who is counted
            if any(w0 < stop < k or k < stop <= w0 for stop in stops):
                continue  # "N morts, dont M en Turquie": the place of a later figure's own statement
            if k in timed:
                continue  # "desde que el grupo invadió el norte del país, ...": where the earlier event was
            if lex.cues.match(words, k, language) or any(
                    (hit := lex.cues.match(words, j, language)) is not None and hit[1] >= k
                    for j in range(max(0, k - 2), k)):
                # "de acordo com o Governo", "d'après", "segundo a Polícia": the preposition opens a source
                # or ends the cue that opens one, not a place
                continue
            nxt = words[k + 1]
            if language == "ar" and normalise(w.text, language) not in preps and \
                    lex.place_nouns.match(words, k + 1, language) is None and known_place(nxt.text, language) is None:
                continue  # "تركوا منازلهم": with no capitals, the object of a verb of leaving must be a place
            if normalise(nxt.text, language) in lex.time_words:
                continue  # "في أكتوبر", "en Octubre": a time, not a place
            described = _place_noun_end(words, k + 1, lex, language)  # "в западную часть города"
            if nxt.pos != "X" or not (nxt.text[:1].isupper() or language == "ar" or _capital_within(words, k + 1)
                                      or described is not None):
                continue
            lo, hi = _place_span(words, k + 1, language)
            if language == "ar":
                hi = place_end(words, lo, hi, lex)  # "في مدينة X خلال الأسبوع": the window is when, not where
                hi = clause_end(words, lo, hi, lex)  # "في المنطقة بلغ", "... حيث": the next clause
            if lo == hi and described is not None:
                hi = described
            if any(j in sides for j in range(lo, hi)) and language != "ar":
                continue  # "de prisonniers entre l'Arménie et ...": a side of the exchange, not a place
            if normalise(w.text, language) not in preps and _inner_preposition(words, lo, hi, lex, language):
                continue  # "abandonaron sus casas en X": the object is not the place, the phrase after "en" is
            if any(normalise(words[j].text, language) in lex.time_words and words[j].text[:1].isupper()
                   for j in range(lo, hi)):
                continue  # "en Mayo", "до Четверга": a month or weekday name in capitals is a time, not a place
            if any(is_medium(words, j, lex, language) for j in range(max(0, k - MEDIUM_REACH), hi)):
                # "na sua página no Facebook", "sur son site", "в своём телеграм-канале": the phrase
                # names the statement's medium (or follows it as its genitive), not where people are;
                # "por conta das chuvas em X", "el sitio del derrumbe en X" name no medium (media_local)
                continue
            found = span_text(words, a, lo, hi)
            if found is None or _ORGANISATION.search(found) or _organisation_words(words, lo, hi, lex, language):
                continue  # "do Estado Islâmico (EI)", "da ONU", "del Consejo Danés": an organisation, not a place
            # a script without capitals shows no name: there a place needs a place noun or a gazetteer name
            # ("في قبضة تنظيم", "من سيطرة قوات" are a grip and a control, not places)
            if (genitive or language == "ar") and described is None and \
                    _known_name(Analysis(a.start, a.end, a.text, words[lo:hi], ()), lex, language) is None:
                continue
            if best is None or (_same_clause(words, k, w0, lex, language), -abs(k - w0)) > (
                    _same_clause(words, best[0], w0, lex, language), -abs(best[0] - w0)):
                best = (k, found, described is not None and hi >= described)
        if best is not None:
            return best[1], best[2]
    return None


def _time_clauses(words: tuple[Word, ...], w0: int, lex: Lexicon, language: str) -> frozenset[int]:
    """The words of the clauses of time ([grammar] time_clauses: "desde que", "depuis que", "с тех пор как";
    in Arabic also of contrast, "بينما")
    that do not hold the figure, each from its subordinator to the next clause sign: such a clause dates the
    count by an earlier event ("the displaced, since the group overran the north of the country, number
    N"), and a place in it is where that event happened, not where the counted people are."""
    out: set[int] = set()
    for k in range(len(words)):
        hit = lex.time_clauses.match(words, k, language)
        if hit is None:
            continue
        j = hit[1]
        while j < len(words) and not clause_sign(words[j]):
            j += 1
        if not k <= w0 < j:
            out.update(range(k, j))
    return frozenset(out)


MEDIUM_REACH = 3  # words from a medium noun ("rede social de") to a preposition that is its genitive
PLACE_LEAD = 5  # the words a described place may take up to its name: four lower-case ones and the name
PLACE_BACK = 3  # sentences looked back for the place a figure's sentence does not name


def _place_before(sentences: list[Sentence], i: int, event: str | None, analysis: Callable[[int], Analysis],
                  lex: Lexicon, language: str) -> str | None:
    """A sentence that names no place is about the place named last before it (news names the town once,
    then reports its figures): the place of the nearest of the previous sentences of its paragraph that
    names one. A new paragraph may move to another place ("Нагадаємо, ...", a recap), so none is carried
    across a paragraph break."""
    for j in range(i - 1, max(-1, i - 1 - PLACE_BACK), -1):
        if sentences[j].paragraph != sentences[i].paragraph:
            break
        b = analysis(j)
        found = _carried(_place_described(b, len(b.words), event, lex, language), lex, language)
        if found is not None:
            return found
    return None


def _origin_before(sentences: list[Sentence], i: int, event: str | None, analysis: Callable[[int], Analysis],
                   lex: Lexicon, language: str) -> str | None:
    """The origin of a flow whose sentence names only where people went ("вывезли на территории ...",
    "taken to the camps"): the place a previous sentence of its paragraph says they left (annotation rule 7
    keys every flow by its origin, so that the outflows of one place form one series)."""
    for j in range(i - 1, max(-1, i - 1 - PLACE_BACK), -1):
        if sentences[j].paragraph != sentences[i].paragraph:
            break
        b = analysis(j)
        found = _carried(_place_described(b, len(b.words), event, lex, language, origin_only=True), lex, language)
        if found is not None:
            return found
    return None


def _carried(found: tuple[str, bool] | None, lex: Lexicon, language: str) -> str | None:
    """A place another sentence may take: a plain name (after an article: "la Turquie"), or a place a place
    noun describes ("на турецькій території", "la zona oeste de X": news names the area once, then gives its
    figures), never a route
    ("з Харкова до Полтави", a place preposition inside)."""
    if found is None:
        return None
    place, described = found
    words = place.split()
    named = " ".join(words[1:]) if len(words) > 1 and normalise(words[0], language) in lex.determiners else place
    if not (_bare_name(named, language) or (described and not _NOT_A_NAME.search(place))):
        return None
    if any(normalise(w, language) in lex.place_from | lex.place_at for w in place.split()[1:]):
        return None
    return place


# an acronym (two capitals or more) or a bracket: how news names an organisation ("ONU", "Estado Islámico
# (EI)", "ЗСУ"); a place is written as a name
_ACRONYM = r"\b[A-ZÀ-ÞА-ЯЁІЇЄҐ]{2,5}\b"  # a whole word of 2 to 5 capitals (not a headline in capitals)
_ORGANISATION = re.compile(r"[()]|" + _ACRONYM)
_NOT_A_NAME = re.compile(r"[()/«»\"]|" + _ACRONYM)


def _bare_name(place: str, language: str) -> bool:
    """A place carried to another sentence must be a plain name: capitalised from its first word (not a
    described place such as "списку воїни"), with no acronym, bracket, quotation or slash in it, which
    mark an organisation or a photo credit rather than a town. (Nor a route, "з Харкова до Полтави",
    which names no one place: the caller drops a phrase with a place preposition inside.)"""
    return (language == "ar" or place[:1].isupper()) and not _NOT_A_NAME.search(place)


def _place_span(words: tuple[Word, ...], k: int, language: str) -> tuple[int, int]:
    """The place phrase from word ``k``: in a cased script, up to PLACE_LEAD lower-case words before a name and
    the name's capitalised words (short connectors inside it: "Fua y Kefraya", "Rio Grande do Sul"); in
    Arabic, which has no capitals, the words up to the clause's end. Never past a clause sign or a number."""
    lo, hi = take(words, k, 1)
    if language == "ar":
        return lo, hi
    j = lo
    while j < hi and not words[j].text[:1].isupper() and j - lo < PLACE_LEAD:
        j += 1
    if j >= hi or not words[j].text[:1].isupper():
        return lo, lo
    while j < hi and (words[j].text[:1].isupper() or (
            len(words[j].text) <= 3 and j + 1 < hi and words[j + 1].text[:1].isupper())):
        j += 1
    return lo, j


def _place_noun_end(words: tuple[Word, ...], k: int, lex: Lexicon, language: str) -> int | None:
    """A described place without a name ("la partie ouest de la ville", "западную часть города", "los
    campamentos"): the word after the last place noun ([grammar] place_nouns) among the PLACE_LEAD words
    from ``k``, before a clause sign or a number; None if there is none."""
    end = None
    for j in range(k, min(k + PLACE_LEAD + 2, len(words))):  # "la partie ouest de la ville": seven words
        if clause_sign(words[j]) or words[j].pos == "NUM":
            break
        if lex.place_nouns.match(words, j, language) is not None:
            end = j + 1
    return end


def _inner_preposition(words: tuple[Word, ...], lo: int, hi: int, lex: Lexicon, language: str) -> bool:
    """The lower-case lead of a place phrase holds a place preposition of its own ("sus casas en X"): the
    phrase is not one place; the place is the one after that preposition, a candidate of its own. Its first
    word may be an article written like a preposition (Portuguese "a": "deixaram a cidade")."""
    if lo < hi and normalise(words[lo].text, language) in lex.determiners:
        lo += 1
    for j in range(lo, hi):
        if words[j].text[:1].isupper():
            return False
        if normalise(words[j].text, language) in lex.place_at:
            return True
    return False


def _same_clause(words: tuple[Word, ...], k: int, w0: int, lex: Lexicon, language: str) -> bool:
    """No clause break between words ``k`` and ``w0``: a comma followed by "and" ("..., e dezenas de civis
    estão presos ... na siderúrgica") starts a clause with its own subject, and a place inside the
    figure's own clause is the figure's before a nearer one in the clause before it."""
    lo, hi = sorted((k, w0))
    return not any(words[j].text in ",;" and normalise(words[j + 1].text, language) in lex.coordinators
                   for j in range(lo, min(hi, len(words) - 1)))


def _capital_within(words: tuple[Word, ...], k: int) -> bool:
    """A lower-case place phrase ending in a name ("контролируемых повстанцами кварталов Хомса")."""
    for j in range(k, min(k + PLACE_LEAD, len(words))):
        if clause_sign(words[j]) or words[j].pos == "NUM":
            return False
        if words[j].text[:1].isupper():
            return True
    return False


def place_of(sentences: list[Sentence], i: int, w0: int, event: str | None,
             analysis: Callable[[int], Analysis], lex: Lexicon, language: str,
             party: tuple[int, int] | None, stops: tuple[int, ...] = (), figure_end: int = -1,
             whole: str | None = None) -> str | None:
    """The place of the figure at word ``w0`` of sentence ``i``: the place its sentence gives, else, for a
    part of a total ("У тому числі - N дітей", ``whole``: the total's place), the total's place, else the
    nearest bare place name of its paragraph (before it, then after it), else a place the gazetteer knows
    written in its sentence without a preposition, else the headline's place (annotation rule 7)."""
    found = None
    if event in ORIGIN_KEYED_EVENTS:  # a flow's place is its origin, in its sentence or just before
        a = analysis(i)
        origin = _place_described(a, w0, event, lex, language, party, stops, figure_end, origin_only=True) or \
            _place_described(a, w0, event, lex, language, party, stops, figure_end, before_only=True)
        # a place opening the sentence is where it happened ("En X, N personas fueron evacuadas"); one after
        # the verb with no origin anywhere in the sentence is where people were taken: look for the origin
        found = origin[0] if origin is not None else _origin_before(sentences, i, event, analysis, lex, language)
    if found is None:
        found = _place(analysis(i), w0, event, lex, language, party, stops, figure_end)
    if found is None:
        found = whole
    if found is None:
        found = _place_before(sentences, i, event, analysis, lex, language)
    if found is None:
        found = _known_name(analysis(i), lex, language, party)
    if found is None:
        found = _place_after(sentences, i, event, analysis, lex, language)
    if found is None and not sentences[i].headline:
        found = _headline_place(sentences, i, event, analysis, lex, language)
    return found


def _place_after(sentences: list[Sentence], i: int, event: str | None, analysis: Callable[[int], Analysis],
                 lex: Lexicon, language: str) -> str | None:
    """The bare place name of the nearest following sentence of the paragraph that names one; for a flow,
    only a place people left: a later sentence's destination ("the group was then taken to X") is where they
    went, and annotation rule 7 keys a flow by its origin."""
    for j in range(i + 1, min(len(sentences), i + 1 + PLACE_BACK)):
        if sentences[j].paragraph != sentences[i].paragraph:
            break
        b = analysis(j)
        found = _carried(_place_described(b, 0, event, lex, language,
                                          origin_only=event in ORIGIN_KEYED_EVENTS), lex, language)
        if found is not None:
            return found
    return None


def _headline_place(sentences: list[Sentence], i: int, event: str | None,
                    analysis: Callable[[int], Analysis], lex: Lexicon, language: str) -> str | None:
    """The place of the document's headline: the lines without final punctuation before its first
    sentence of body text, by a place preposition or a name the gazetteer knows."""
    for j in range(min(i, len(sentences))):
        if not sentences[j].headline:
            return None
        b = analysis(j)
        if _byline(b.words, lex, language):
            continue
        found = _place(b, 0, event, lex, language)
        if found is not None and _bare_name(found, language):
            return found
        found = _known_name(b, lex, language)
        if found is not None:
            return found
    return None


def _byline(words: tuple[Word, ...], lex: Lexicon, language: str) -> bool:
    """A credit line: "from" or "by" and a capitalised name, then a comma before a place ("Do X, em Y", "Por
    X, desde Y"): the place is where the writer files from, not the story's. In a cased script the word after
    "from"/"by" must be capitalised, so a headline opened by a cause ("Por la sequía, en X faltan ...")
    keeps its place."""
    if len(words) < 4 or normalise(words[0].text, language) not in lex.place_from | lex.agents:
        return False
    first = words[1].text[:1]
    if first.lower() != first.upper() and not first.isupper():
        return False  # a lower-case word in a cased script: no name
    comma = next((k for k in range(1, min(len(words), 6)) if words[k].text == ","), None)
    return comma is not None and comma + 1 < len(words) and \
        normalise(words[comma + 1].text, language) in lex.place_at | lex.place_from


def _known_name(a: Analysis, lex: Lexicon, language: str, party: tuple[int, int] | None = None) -> str | None:
    """A word of the sentence that the gazetteer knows as a place, in its own language or as an English
    spelling ("Alepo", "Харькове", "حلب"), as written; capitalised words only in a cased script. Not a word
    of the name of the sentence's source: that names who speaks ("the head of the X office, Y Z"), and a
    surname may be spelled like a village."""
    sides = _sides(a.words, lex, language)
    filed = dateline_end(a.words, language)
    for k, w in enumerate(a.words):
        if k < filed:
            continue  # "Maputo, 18 jan (Lusa) -": where the dispatch was filed, not where people were counted
        if w.pos != "X" or len(w.text) < 3 or (language != "ar" and not w.text[:1].isupper()):
            continue
        if party is not None and party[0] <= w.start < party[1]:
            continue
        if w.text.isupper() and len(w.text) <= 5:
            continue  # an acronym names an organisation ("ONU", "ЗСУ")
        if normalise(w.text, language) in lex.time_words:
            continue  # CLDR's month and weekday names are never places ("Mayo", "Domingo", "Août")
        if language == "ar" and _vocabulary(a.words, k, lex, language):
            continue  # with no capitals, a lexicon word ("بيان" "statement") is no town of the same spelling
        if language != "ar" and _organisation_words(a.words, *_name_run(a.words, k), lex, language):
            continue  # "la Croix et le Croissant Rouge", "le Conseil X pour la Libye": a word of a body's name
        if k in sides:
            continue  # "обмін між Україною та Росією", "entre Israel y Hamás": the two sides of an exchange
        name = known_place(w.text, language) or _hyphened_name(w.text, language)
        if name is None:
            continue
        initial = k == 0 or (k == 1 and a.words[0].pos == "PUNCT")
        if initial and _fold(name) != _fold(w.text) and english_place(w.text, language) is None:
            continue  # a capital opening a sentence is no sign of a name: "Selon" is not Salon-de-Provence
        return w.text
    return None


def _sides(words: tuple[Word, ...], lex: Lexicon, language: str) -> frozenset[int]:
    """The words after "between" ([grammar] between: "між", "entre", "بين") up to the end of the pair it opens:
    its names, articles and "and" ("entre l'Arménie et l'Azerbaïdjan"; in Arabic, which has no capitals, the
    two words after it). They name the two sides of an exchange, a talk or a war, not where people are
    counted (this is the fallback for a sentence with no place preposition)."""
    out: set[int] = set()
    for k, w in enumerate(words):
        if normalise(w.text, language) not in lex.between:
            continue
        j = k + 1
        while j < len(words) and (j - k <= 2 if language == "ar" else (
                words[j].text[:1].isupper() or normalise(words[j].text, language) in lex.determiners
                or normalise(words[j].text, language) in lex.coordinators)):
            out.add(j)
            j += 1
    return frozenset(out)


def _hyphened_name(text: str, language: str) -> str | None:
    """A name written with a hyphen where the gazetteer has a space, mostly after the Arabic article ("El-Fasher",
    "Ель-Фашер", "Al-Qusayr", "Deir ez-Zor"): the same name with spaces."""
    return known_place(text.replace("-", " "), language) if "-" in text.strip("-") else None


def _name_run(words: tuple[Word, ...], k: int) -> tuple[int, int]:
    """The capitalised name around word ``k``, across short lower-case connectors between capitals ("Cruz Roja
    y la Media Luna Roja", "Consejo Noruego para los Refugiados")."""
    def capital(j: int) -> bool:
        return 0 <= j < len(words) and words[j].text[:1].isupper()

    lo = k
    while True:
        j = lo - 1
        while j >= 0 and not capital(j) and len(words[j].text) <= 3 and words[j].text.isalpha() and lo - j <= 2:
            j -= 1
        if not capital(j) or j < 1:  # a sentence's first word is capitalised anyway
            break
        lo = j
    hi = k + 1
    while True:
        j = hi
        while j < len(words) and not capital(j) and len(words[j].text) <= 3 and words[j].text.isalpha() \
                and j - hi < 2:
            j += 1
        if not capital(j):
            break
        hi = j + 1
    return lo, hi


def _organisation_words(words: tuple[Word, ...], lo: int, hi: int, lex: Lexicon, language: str) -> bool:
    """Words ``lo`` to ``hi`` hold the head of an organisation's name ([grammar] organisation_heads:
    "Comisionado", "армии", "Estado Islámico"): the capitalised words with it name the organisation (its
    country or town included, "Consejo Noruego", "ejército de Malawi"), not where the counted people are."""
    if language == "ar":  # the phrase runs to the clause's end: only its head word names what it is
        hi = min(hi, lo + 1)
    else:  # the head opens the name or stands just before it ("ejército de Malawi"), not further off
        name = next((j for j in range(lo, hi) if words[j].text[:1].isupper()), None)
        if name is None:
            return False  # a place described without a name ("підконтрольних уряду територіях") names no body
        lo = max(0, name - 2)
    return any(lex.organisation_heads.match(words, j, language) is not None for j in range(lo, hi))


def _vocabulary(words: tuple[Word, ...], k: int, lex: Lexicon, language: str) -> bool:
    """The word is one of the language's lexicon words (people, events, saying, reporting, time)."""
    tables = (lex.people, lex.events, lex.reporting_verbs, lex.cues, lex.count_nouns, lex.report_nouns,
              lex.place_nouns)
    return any(t.match(words, k, language) is not None for t in tables) or \
        normalise(words[k].text, language) in lex.time_words


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum())

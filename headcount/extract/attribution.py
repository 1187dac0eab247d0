"""Who says so: the party a sentence attributes its figures to, and the cue that does it.

Patterns, from strongest to weakest:
- a relay names the originator: "citing the Defence Ministry", "quoting X" (the originator is listed, not the
  relay, gold convention 8);
- "according to X", "figures from X";
- a reporting verb with its subject: "X said", "X told reporters", or inverted: "..., said X";
- a headline with a party before a colon or after a dash: "UN: ...", "... – Russian MoD".
A subject that only points back ("he", "the body", "the statement") takes the last party named before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from headcount.extract.rules import AttributionWords, Rules
from headcount.extract.rules import rules as _rules
from headcount.extract.sentences import Sentence, Token, clause_end, clause_start

# Grammatical words and punctuation only; the longer word classes are in lexicons/attribution.toml [words].
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be"})
_FORWARD = frozenset({"that", ":", '"', "“", "'", "‘"})
_PREPOSITIONS_BEFORE_NP = frozenset({"from", "in", "to", "by", "with", "at", "on", "into", "across", "over"})
_BARE_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_NP_BREAK = frozenset({",", ";", ":", '"', "“", "”", "(", ")", "–", "—", "|", ".", "?", "!"})


def _w() -> AttributionWords:
    """The word classes (cached with the rules: one dict lookup)."""
    return _rules().attribution_words


@dataclass(frozen=True, slots=True)
class Attribution:
    """A party named in a sentence as the origin of what it says."""

    source: str | None  # None: no party (a bare carrier like "the latest statistics"), or a pointer
    cue: str
    position: int       # token index of the cue
    strength: int       # 3 relay, 2 according to, 1 reporting verb, 0 headline colon/dash
    pointer: bool = False  # the phrase points back to an earlier party ("he said", "the statement")
    span: tuple[int, int] = (0, 0)  # token span of the party's noun phrase (places inside it are not locations)
    phrase: str | None = None  # the words of a pointer ("the ministry"), kept when nothing earlier resolves it
    scope: tuple[int, int] = (0, 1 << 30)  # token range of the sentence the attribution covers

    def covers(self, token: int) -> bool:
        return self.scope[0] <= token < self.scope[1]


def find_attributions(sentence: Sentence, tokens: Sequence[Token], words: Sequence[str], rules: Rules,
                      text: str) -> list[Attribution]:
    """Every attribution in one sentence, strongest first."""
    found: list[Attribution] = []
    n = len(words)
    i = 0
    starts = rules.attribution_starts
    while i < n:
        w = words[i]
        if w not in starts:
            i += 1
            continue
        relay = rules.relay.match(words, i)
        if relay is not None:
            np = _np_after(tokens, words, i + relay[0], rules)
            found.append(_make(np, tokens, text, rules, relay[1], i, 3))
            i += relay[0]
            continue
        prep = rules.prepositional.match(words, i)
        if prep is not None:
            np = _np_after(tokens, words, i + prep[0], rules)
            if np is not None:
                found.append(_make(np, tokens, text, rules, "according to", i, 2))
            i += prep[0]
            continue
        if w in _w().publishing and not any(x in rules.carriers for x in words[i + 1 : i + 4]):
            i += 1
            continue  # "released 200 prisoners" is an event; "released a report" is an attribution
        if w in rules.reporting_verbs and w != "according":
            verb = i
            if w == "saying" and i >= 1 and words[i - 1] == "as":
                verb = i - 1  # "Konashenkov as saying"
                if i >= 3 and words[i - 2] in ("quoted", "cited") and words[i - 3] in _PASSIVE:
                    verb = i - 3  # "the ministry was quoted as saying": the subject comes before "was"
            np = _np_before(tokens, words, verb, rules)
            if sentence.headline and tokens[i].text[0].isupper() and n - i <= 5:
                after = _np_after(tokens, words, i + 1, rules)  # title case: "... in One Month Says MSF"
                if after is not None and after[1] == n:
                    np = after
            if np is None and w not in _w().takes_object and (i == 0 or words[i - 1] in {",", '"', "“", "”", "'", "’"}):
                # "..., said X" (but "..., told X" names the audience, not the speaker)
                np = _np_after(tokens, words, _skip_time(words, i + 1, rules), rules)
            counted = _counted_subject(words, np) if np is not None and np[1] <= i else None
            if counted is not None and np is not None and counted != np:
                # the figure counts the subject: no party, and the figure in it speaks for no one
                found.append(Attribution(None, w, i, 1, span=counted, scope=(counted[0], counted[1])))
            elif np is not None:
                att = _make(np, tokens, text, rules, w, i, 1)
                found.append(replace(att, scope=_verb_scope(words, np, i, rules)))
        i += 1
    if sentence.headline:
        # "... recorded across Europe - UNHCR": the headline's party covers what its verbs do not
        found.extend(_headline_party(tokens, words, rules, text))
    elif not found:
        # "SNHR: at least three civilians were killed ...": a body sentence opened by its author's name and
        # a colon, as releases and monitors' posts are written (the parse must read the label as a party)
        found.extend(replace(a, cue="label") for a in _headline_party(tokens, words, rules, text)
                     if a.position <= 4 and a.position < len(words) - 1 and words[a.position] == ":"
                     and a.source is not None and text.find(a.source, tokens[0].start) == tokens[0].start)
    if not found and (not sentence.headline or sentence.text.rstrip().endswith(_CUT_MARKS)):
        # a line ending in the one-character ellipsis "…" has no final stop, so the splitter took it for a
        # headline; "..." ends in a full stop and is a body sentence
        found.extend(_cut_off(sentence, tokens, words, rules, text))
    found.sort(key=lambda a: -a.strength)
    return found


_CUT_MARKS = ("...", "…")  # a snippet cut short by an aggregator or a feed
_CUT_REACH = 8  # words from the party's noun phrase to the cut: "the district governor in the region of..."


def _cut_off(sentence: Sentence, tokens: Sequence[Token], words: Sequence[str], rules: Rules,
             text: str) -> list[Attribution]:
    """"A drone strike killed 12 guards, the district governor in the northern region of...": a snippet
    cut before its verb of saying, after the comma that closes the reported clause and the speaker's noun
    phrase. The noun phrase after the sentence's last comma, headed by a noun of a party ("governor",
    "spokesman", "ministry") and running on to the cut, is an inverted "..., said X" whose verb was cut
    off; it covers the clause before the comma."""
    if not sentence.text.rstrip().endswith(_CUT_MARKS) or "," not in words:
        return []
    comma = len(words) - 1 - words[::-1].index(",")
    np = _np_after(tokens, words, comma + 1, rules)
    if np is None or comma < 3 or len(words) - np[1] > _CUT_REACH:
        return []
    nouns = {w.removesuffix("s") for w in words[np[0] : np[1]]}
    if not nouns & rules.party_nouns or any(w in rules.reporting_verbs for w in words[comma + 1 :]):
        return []
    return [replace(_make(np, tokens, text, rules, "said", comma + 1, 1), scope=(0, comma))]


def _counted_subject(words: Sequence[str], np: tuple[int, int]) -> tuple[int, int]:
    """The subject's span widened to a figure that counts it through a possessor: in "21 militants' Bodies
    found" (a headline's reduced passive) the figure is part of the subject, so no one speaks for it and the
    subject ("Bodies") is never a party of its own."""
    k = np[0] - 1
    while k >= 0 and np[0] - k <= 4 and words[k] not in _NP_BREAK and not words[k][:1].isdigit():
        k -= 1
    if k >= 0 and np[0] - k <= 4 and words[k][:1].isdigit() and any(
            w in ("'s", "'", "’", "’s") or w.endswith(("s'", "s’")) for w in words[k + 1 : np[1]]):
        return k, np[1]  # through a possessor only: "On 28 August NDMA said" is a date, not a count
    return np


def _verb_scope(words: Sequence[str], np: tuple[int, int], verb: int, rules: Rules) -> tuple[int, int]:
    """The part of the sentence a reporting verb covers.

    "X said (on Sunday) (that) N people left" covers what follows the verb, up to a clause break
    ("..., but ..."); "N people left, X said (in a statement / after the talks)." covers the clause before
    it. Figures outside the scope are not X's: "It was announced that 38 were bused out and the spokesman
    added that all of them got care".
    """
    n = len(words)
    if np[0] > verb:
        return 0, np[1]  # "..., said Fabrizio Carboni": an inverted attribution covers what came before
    if np[1] + 1 < verb and words[np[1]] == "," and words[np[1] + 1] in ("who", "which"):
        # "a flight of 9,000 herders into Chad, who told reporters of burned villages": a speaker in a
        # relative clause says what that clause says, not what the main clause before it says
        return verb, clause_end(words, verb)
    j = verb + 1
    if words[verb] in _w().takes_object:
        while j < n and j <= verb + 5 and words[j] not in _FORWARD and words[j] not in (",", ".", ";"):
            j += 1  # "told reporters in Geneva that", "told a news briefing"
    j = _skip_adjuncts(words, j, rules)
    if j < n and words[j] == ",":
        k = next((k for k in range(j + 1, min(n, j + 10)) if words[k] in (",", ".", ";")), n)
        if k + 1 < n and words[k] == "," and words[k + 1] == "that":
            j = k + 1  # "X report, based on witness accounts, that N": an aside, then the reported clause
    backward = j >= n or words[j] in (".", "?", "!", ",", ";", ")") or words[j] in _w().subordinators or (
        words[j] == "as" and j + 1 < n and words[j + 1] not in ("many", "much", "high", "few", "little"))
    if not backward:
        # "..., the governor wrote on Telegram.": a short phrase that ends the sentence is not the content
        rest = words[j : j + 6]
        if "." in rest and not any(w in _FORWARD or w[0].isdigit() for w in rest[: rest.index(".")]):
            backward = True
    if backward and j + 1 < n and words[j] == "," and words[j + 1].endswith("ing"):
        return 0, n  # "..., the Red Cross said, bringing the number of arrivals to ...": one statement
    if words[verb] in _w().takes_object and j < n and words[j] not in _FORWARD:
        backward = backward or j > verb + 5
    if backward:
        # "..., while about 52,000 are sleeping in school halls, officials said.": a sentence-final
        # attribution covers the whole sentence (gold convention 8)
        return 0, max(np[1], verb + 1)
    start = min(np[0], verb)
    if start > 0 and words[start - 1] in (",", "“", '"') and clause_start(words, start) == start:
        start = 0
    return start, clause_end(words, verb)


def _skip_adjuncts(words: Sequence[str], j: int, rules: Rules) -> int:
    """Step over 'on Tuesday', 'late on Monday, May 16', 'in a statement', 'earlier' after a verb."""
    n = len(words)
    while j < n:
        w = words[j]
        if w in rules.weekdays or w in _w().time_words or w in _w().adverbs:
            j += 1
        elif w in ("on", "in", "via", "through") and j + 1 < n and (
                words[j + 1] in rules.weekdays or words[j + 1] in _w().time_words or words[j + 1] in ("a", "an", "its", "their", "his", "her", "the")):
            k = j + 1
            while k < n and k <= j + 5 and words[k] not in (",", ".", "that", ":", '"', "“") and not words[k][0].isdigit():
                k += 1
            j = k
        else:
            break
    return j


def _make(np: tuple[int, int] | None, tokens: Sequence[Token], text: str, rules: Rules, cue: str,
          position: int, strength: int) -> Attribution:
    if np is None:
        return Attribution(None, cue, position, strength, pointer=True)
    a, b = np
    phrase = text[tokens[a].start : tokens[b - 1].end]
    low = " ".join(t.lower for t in tokens[a:b])
    if _is_pointer(low, rules):
        named = phrase if low not in _BARE_PRONOUNS else None
        return Attribution(None, cue, position, strength, pointer=True, span=np, phrase=named)
    if low in rules.carriers or low.removeprefix("the ") in rules.carriers:
        return Attribution(None, cue, position, strength, span=np)
    return Attribution(phrase, cue, position, strength, span=np)


def _is_pointer(low: str, rules: Rules) -> bool:
    hit = rules.pronouns.match(low.split(), 0)
    return hit is not None and hit[0] == len(low.split())


def _skip_time(words: Sequence[str], j: int, rules: Rules) -> int:
    while j < len(words) and (words[j] in rules.weekdays or words[j] in ("on", "late", "early", "last")):
        j += 1
    return j


def _is_party(tokens: Sequence[Token], words: Sequence[str], a: int, b: int, rules: Rules) -> bool:
    """A noun phrase is a party when it has a name (a capitalised word) or a party noun, or points back."""
    low = " ".join(words[a:b])
    if _is_pointer(low, rules):
        return True
    if low in rules.not_parties:
        return False
    for k in range(a, b):
        t = tokens[k].text
        if t[0].isupper() and not (k == a and words[k] in ("the", "a", "an")):
            return True
        if words[k] in _w().party_words and words[k] not in ("the", "of", "for", "'s", "a", "an", "'"):
            return True
    return False


def _np_before(tokens: Sequence[Token], words: Sequence[str], verb: int, rules: Rules) -> tuple[int, int] | None:
    """The subject of a reporting verb, read leftwards: 'UN humanitarian chief Stephen O'Brien said'."""
    j = verb - 1
    while j >= 0 and words[j] in _w().adverbs:
        j -= 1
    if j >= 0 and words[j] in _PASSIVE and words[verb] not in ("informed", "told", "briefed"):
        return None  # "was reported": the subject is what was reported, not who reported it
    if j >= 0 and words[j] in _PASSIVE:
        j -= 1  # "SOHR was informed that": the one informed passes it on
    relative = j >= 1 and words[j] in ("which", "who") and words[j - 1] == ","
    if relative:
        j -= 2  # "Myanmar authorities, which said": the party is the noun before the comma
    end = j + 1
    for size in (3, 2, 1):
        if (end - size >= 0 and _is_pointer(" ".join(words[end - size : end]), rules)
                and (end - size == 0 or words[end - size - 1] in _NP_BREAK or words[end - size - 1] in ("and", "but"))):
            return end - size, end
    # "X, which monitors the conflict, said": step over a relative clause between commas.
    if j >= 0 and words[j] == ",":
        k = j - 1
        while k >= 0 and words[k] != ",":
            k -= 1
        if k > 0 and words[k + 1] in ("which", "who", "whose", "that"):
            j = k - 1
            end = j + 1
        elif k > 0 and end - k <= 10:
            # an appositive: "Anna Petrova, a spokeswoman for the regional health department, said"
            start = _np_left(tokens, words, k - 1)
            if start is not None and start < k:
                a = start
                if _is_party(tokens, words, a, j, rules):
                    return a, j
            return None
        elif k < 0 and j >= 1:
            # "The press officer of the regional police Anton Varga, Tuesday said that": a comma
            # before the day of the statement, and no other comma before it
            j -= 1
            end = j + 1
        else:
            return None
    start = _np_left(tokens, words, j)
    if start is None:
        return None
    while start < end and words[start] in _w().leading_time:
        start += 1
    if start >= end:
        return None
    if start > 0 and words[start - 1] in _PREPOSITIONS_BEFORE_NP and not relative:
        return None  # "refugees from Ukraine recorded across Europe": a participle, not a speaker
    return (start, end) if _is_party(tokens, words, start, end, rules) else None


def _np_left(tokens: Sequence[Token], words: Sequence[str], j: int) -> int | None:
    """Leftmost index of the noun phrase that ends at token j.

    Lower-case modifiers inside a name ("the Russian reconciliation centre") are kept when a capitalised
    word or a party word comes within two words to their left.
    """
    start = None
    while j >= 0:
        w = words[j]
        t = tokens[j].text
        if w == ")" and j >= 2 and words[j - 2] == "(" and tokens[j - 1].text[:1].isupper():
            start = j - 2  # "The Red Cross (ICRC)"
            j -= 3
            continue
        if w in _NP_BREAK or w == "that":
            break
        if _name_like(t, w):
            start = j
            j -= 1
            continue
        if start is not None and w in ("in", "at") and j >= 1 and _name_like(tokens[j - 1].text, words[j - 1]):
            j -= 1  # "The Health Ministry in Gaza said", "the UN office at Geneva"
            continue
        if start is None and w.isalpha() and w not in _w().not_modifiers:
            # the phrase ends in a lower-case noun: "the Russian centre for the reconciliation of the warring
            # parties" is a name when a capitalised word comes a few words to its left
            k = j - 1
            while k >= 0 and j - k <= 6 and (words[k].isalpha() or words[k] == "'s") and words[k] not in _w().not_modifiers:
                if tokens[k].text[0].isupper() and words[k] not in ("the", "a", "an"):
                    start = k
                    j = k - 1
                    break
                k -= 1
            if start is not None:
                continue
        if start is not None and w.isalpha() and w not in _w().not_modifiers and j >= 1 and words[j - 1] in ("the", "a", "an"):
            start = j - 1  # "the ambulance service said"
            break
        if start is not None and w.isalpha() and w not in _w().not_modifiers and (j == 0 or words[j - 1] in _NP_BREAK):
            start = j  # ", aid agencies say": one modifier at the start of the clause
            break
        if start is not None and w.isalpha() and w not in _w().not_modifiers:
            left = next((x for x in (j - 1, j - 2) if x >= 0 and _name_like(tokens[x].text, words[x])
                         and words[x] not in ("the", "a", "an", "of", "for")), None)
            if left is not None and all(words[x].isalpha() and words[x] not in _w().not_modifiers
                                        for x in range(left + 1, j)):
                start = left
                j = left - 1
                continue
        break
    return start


def _name_like(t: str, w: str) -> bool:
    return t[0].isupper() or w in _w().party_words or w == "-" or w.endswith("'s") or w.startswith(_w().name_prefixes)


def _np_after(tokens: Sequence[Token], words: Sequence[str], j: int, rules: Rules) -> tuple[int, int] | None:
    """The party after 'according to', 'citing', or an inverted 'said': up to the next break."""
    n = len(words)
    start = j
    while j < n:
        w = words[j]
        t = tokens[j].text
        if w == "(" and j + 2 < n and words[j + 2] == ")" and tokens[j + 1].text[:1].isupper():
            j += 3  # "the International Organization for Migration (IOM)"
            continue
        if w in _NP_BREAK or w == "that":
            break
        if t[0].isupper() or w in _w().party_words or w in ("-", "and") or w.endswith("'s") or (
                w.isdigit() and len(w) == 4):
            j += 1  # a year inside the name of a report: "a March 2019 report from OCHA"
            continue
        if w in rules.carriers or w in _w().carrier_phrase:
            j += 1
            continue
        if j > start and w.isalpha() and w not in _w().not_modifiers and (j + 1 >= n or words[j + 1] in _NP_BREAK):
            j += 1  # "according to local partners.": the head noun that ends the phrase
            break
        if j > start and w.isalpha() and w not in _w().not_modifiers and any(
                k < n and _name_like(tokens[k].text, words[k]) and words[k] not in ("the", "a", "an", "of", "for")
                for k in (j + 1, j + 2)):
            j += 1  # "according to Russian reconciliation center": a lower-case word inside the name
            continue
        break
    while j > start and words[j - 1] in ("and", "the", "of", "-", "'s", "from", "by"):
        j -= 1
    if j <= start:
        return None
    if not _is_party(tokens, words, start, j, rules) and " ".join(words[start:j]) not in rules.carriers:
        return None
    return start, j


def _headline_party(tokens: Sequence[Token], words: Sequence[str], rules: Rules, text: str) -> list[Attribution]:
    """'UN: As many as 50,000 ...' or '... evacuation ongoing – Russian MoD'."""
    out: list[Attribution] = []
    n = len(words)
    if ":" in words:
        c = words.index(":")
        if 0 < c <= 4 and all(tokens[k].text[0].isupper() or words[k] in _w().party_words for k in range(c)):
            if words[0] not in _w().headline_not_party and words[0] not in rules.weekdays:
                out.append(Attribution(text[tokens[0].start : tokens[c - 1].end], "headline", c, 0))
        elif n - c - 1 <= 4 and c > 0 and all(tokens[k].text[0].isupper() for k in range(c + 1, n)) and c + 1 < n:
            out.append(Attribution(text[tokens[c + 1].start : tokens[-1].end], "headline", c, 0))
    for dash in ("–", "—", "-"):
        if dash in words[1:]:
            c = n - 1 - list(reversed(words)).index(dash)
            tail = range(c + 1, n)
            if 0 < n - c - 1 <= 4 and all(tokens[k].text[0].isupper() or words[k] in _w().party_words for k in tail):
                out.append(Attribution(text[tokens[c + 1].start : tokens[-1].end], "headline", c, 0))
                break
    return out

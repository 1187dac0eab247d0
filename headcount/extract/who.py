"""Who is counted: the head noun after a figure, and whether the figure counts people at all.

A figure counts people when its noun phrase ends in a people noun ("8,461 Syrian civilians", "thousands of
civilians"), or when it has no noun and the clause goes on with something only people do ("8,000 left",
"33 were discharged"). A figure whose first noun is something else ("10 ambulances", "7 hectares") is
dropped. Everything here looks at the tokens of one sentence; nothing is learned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from headcount.extract import elided, who_open
from headcount.extract.drafts import NounPhrase
from headcount.extract.rules import Rules
from headcount.extract.sentences import TOTAL_LOOKBACK, clause_before
from headcount.lexicons import load
from headcount.lexicons import words as word_list
from headcount.models import Figure

_SKIPPABLE_PUNCT = frozenset({'"', "“", "”", "'", "‘", "’", "(", ")", "-"})
# Adjectives that may stand between a figure and its noun; more than two unknown words means no noun.
_MAX_UNKNOWN = 2
_LOOKAHEAD = 7
_COORD_LINK = frozenset({"their", "his", "her", "other", "some", "the"})
_POSSESSIVE = frozenset({"'", "’", "'s", "’s"})


@dataclass(frozen=True, slots=True)
class Head:
    """The noun phrase a figure heads: its category and the token index just past it."""

    category: str | None  # None: no noun was found
    end: int              # index of the first token after the noun phrase
    people: bool | None   # True: counts people; False: counts something else; None: undecided
    noun: str | None = None  # the head noun before normalisation ("dead" for category "people")


def find_head(words: Sequence[str], raw: Sequence[str], start: int, vague: bool, rules: Rules,
              one: bool = False, before: Sequence[str] = ()) -> Head:
    """Look right of the figure (tokens from ``start``) for the head noun; ``one``: the figure is 1;
    ``before``: the words just before the figure (a verb that governs it, read by who_open)."""
    i = start
    n = len(words)
    if i < n and words[i] == "more" and vague:
        i += 1
    if i < n and words[i] == "of":
        i = who_open.after_partitive_of(words, i)  # "of the dead", "of the 107 pupils", "of its citizens"
    unknown = 0
    limit = min(n, i + _LOOKAHEAD)
    modifier: str | None = None  # a singular people noun used as a modifier ("civilian" in "civilian deaths")
    while i < limit:
        w = words[i]
        hit = rules.people.match(words, i)
        if hit is not None and hit[1] in rules.singular and not one:
            hit = None  # "a rebel withdrawal deal": a singular noun after a plural figure is a modifier
            modifier = w
            unknown += 1
            if unknown > _MAX_UNKNOWN:
                break
            i += 1
            continue
        if hit is not None:
            length, noun = hit
            end = i + length
            # "wounded people", "injured Ukrainian militants": an adjective used as a noun gives way to a
            # later head noun; after a real noun, "wounded" is a participle ("11 civilians wounded").
            # "48,000 Congolese refugees": a capitalised people name (a demonym) before a people noun is
            # its adjective, as "displaced" is; on its own it is the head ("some 6,500 Congolese crossed")
            demonym = length == 1 and raw[i][:1].isupper()
            while demonym or noun in rules.head.adjectival or noun in rules.modifiers:
                demonym = False
                k = end
                while k < n and k < end + 3 and raw[k][0].isupper() and rules.people.match(words, k) is None:
                    k += 1
                nxt = rules.people.match(words, k) if k < n else None
                if nxt is None or nxt[1] in rules.head.identities:
                    break  # "Rohingya Muslims" stays rohingya; "Rohingya refugees" is refugees
                length, noun = nxt
                end = k + length
                if noun in rules.singular and not one and end < n and words[end] in rules.not_people:
                    return Head(None, end, False)  # "several Rohingya refugee camps": a modifier of a thing
            if noun in rules.head.adjectival and end < n and words[end] in rules.not_people:
                return Head(None, end, False)  # "hundreds of dead goats": the adjective of a thing counted
            if (not noun.endswith("s") and end < n and words[end] in rules.not_people
                    and words[end] not in _time_nouns()):
                return Head(None, end, False)  # "dozens of population centres", "10 staff cars": a modifier
            if noun in rules.event_nouns and modifier is not None:
                # "60 civilian deaths": the dead are civilians (the category is whom the deaths count)
                return Head(_plural_of(modifier, rules), end, True, noun)
            if end + 1 < n and words[end] in _POSSESSIVE:
                owned = rules.people.match(words, end + 1 + (words[end + 1] == "s"))
                if owned is not None and owned[1] in rules.event_nouns:
                    # "21 militants' bodies": the figure counts the bodies
                    return Head(owned[1], end + 2, True, owned[1])
            category = _coordinated(words, end, rules) or rules.normalise.get(noun, rules.plurals.get(noun, noun))
            return Head(category, end, True, noun)
        if w == "cases":
            case_end = who_open.disease_cases_end(words, start, i)
            if case_end is not None:  # "214 suspected cholera cases" (gold convention 12)
                return Head("cases", case_end, True, "cases")
        if w in rules.not_people:
            if w in rules.head.counts_of_people and i + 2 < n and words[i + 1] == "of":
                hit = rules.people.match(words, i + 2)
                if hit is not None:  # "82 execution-style killings of civilians"
                    return Head(rules.normalise.get(hit[1], hit[1]), i + 2 + hit[0], True, w)
            return Head(None, i, False)
        if w in _SKIPPABLE_PUNCT:
            i += 1
            continue
        if raw[i].isupper() and len(raw[i]) > 1 and w.isalpha():
            i += 1  # an acronym, even one that spells a stop word: "seven IS militants", "US troops"
            continue
        if w in rules.head.stop or not w[0].isalpha():
            break
        if raw[i][0].isupper():
            if _demonym_plural(raw, i) and rules.people.match(words, i + 1) is None:
                first = i
                while first > start and raw[first - 1][:1].isupper() and raw[first - 1].isalpha():
                    first -= 1
                # "8,000 Angolans crossed": a plural of a people's name ends the phrase and is its head
                return Head(" ".join(words[first : i + 1]), i + 1, True, words[i])
            i += 1  # a name or nationality used as an adjective: "Syrian", "ISIS", "Jaish al-Islam"
            continue
        if who_open.lives_taken(w, before) and not unknown:
            return Head("lives", i + 1, True, "lives")
        if who_open.is_open_people_head(words, i, before, rules, start):
            return Head(w, i + 1, True, w)  # "14 devotees were killed": a head outside the list, by its role
        if who_open.skippable_modifier(w):
            i += 1  # "23 suspected rebel collaborators"
            continue
        unknown += 1
        if unknown > _MAX_UNKNOWN:
            break
        i += 1
    return Head(None, start, None)


def _demonym_plural(raw: Sequence[str], i: int) -> bool:
    """A capitalised plural in "-ans" that ends the capitalised run after a figure ("Mozambicans", "Sri
    Lankans", "Angolans"): the plural of a people's name, the shape of most English demonyms, so the
    figure counts those people. The listed peoples (lexicons/people.toml) are matched before this; a
    capitalised word that goes on with another ("Chilean Navy") is a name, not a head, and so is one
    followed by a people noun ("New Orleans residents", checked by the caller): then it is a modifier."""
    w = raw[i]
    if not (len(w) > 4 and w.endswith("ans") and w[0].isupper() and w[1:].islower() and w.isalpha()):
        return False
    return i + 1 >= len(raw) or not raw[i + 1][:1].isupper()


def _coordinated(words: Sequence[str], end: int, rules: Rules) -> str | None:
    """'militants and their families', 'civilians and rebels': a mixed group counts as people."""
    j = end
    if j < len(words) and words[j] in ("and", "or", ",", "with"):
        j += 1
        if j < len(words) and words[j] == "and":
            j += 1
        while j < len(words) and words[j] in _COORD_LINK:
            j += 1
        other = rules.people.match(words, j) if j < len(words) else None
        if other is not None and words[j] != "others" and other[1] not in rules.head.adjectival:
            # not "killed four guards, wounded at least 6 others" or "... soldiers and injured 30 more"
            return "people"
    return None


def _plural_of(singular: str, rules: Rules) -> str:
    """The plural people noun of a singular one ("civilian" -> "civilians")."""
    plural = rules.plurals.get(singular, singular)
    if plural == singular and rules.people.match([singular + "s"], 0) is not None:
        plural = singular + "s"
    return rules.normalise.get(plural, plural)


def starts_people_clause(words: Sequence[str], start: int, rules: Rules) -> bool:
    """A figure with no noun counts people when an auxiliary or an event verb follows it, possibly after
    one adverb ("as many as 7,400 eventually leave")."""
    k = start
    if k < len(words) and (words[k].endswith("ly") or words[k] in rules.head.adverbs) and k + 1 < len(words):
        k += 1
    if k >= len(words):
        return False
    w = words[k]
    if w in rules.head.subject_of:
        return True
    return rules.triggers.match(words, k) is not None




def noun_phrases(words: Sequence[str], raw: Sequence[str], figures: Sequence[Figure],
                 spans: Sequence[tuple[int, int]], r: Rules) -> list[NounPhrase | None]:
    """Each figure's noun phrase (None where the figure does not count people), in figure order.

    Done for all figures of a sentence before any event is read, so that the event search for one figure
    can step over the noun phrases of the others."""
    heads: list[NounPhrase | None] = []
    thing_before = False  # the figure before this one counted a thing ("40 villages")
    for f, (a, b) in zip(figures, spans, strict=True):
        if a >= b:
            heads.append(None)
            continue
        vague = words[b - 1] in r.head.vague or f.kind == "vague"
        # "at least one climber drowned": a bound on one still counts one person, so its noun is singular
        head = find_head(words, raw, b, vague, r, one=f.low == 1 and f.high in (1, None),
                         before=words[max(0, a - _BEFORE_REACH) : a])
        after_thing, thing_before = thing_before, head.people is False
        if head.people is False:
            heads.append(None)
            continue
        if after_thing and head.category is None and _things_predicate(words, b, r):
            heads.append(None)  # "40 villages are in the lowlands and 12 are in the hills": 12 villages
            continue
        category = head.category
        if (head.noun in r.head.adjectival and head.end == b + 1
                and any(w in r.event_words.resultative for w in words[max(0, a - _RESULT_REACH) : a])):
            category = "people"  # "leaving hundreds of thousands homeless": the adjective is the predicate
        earlier = [h for h in heads if h is not None]
        if category == "others" or (head.noun in r.head.elliptical and earlier and _verb_between(
                words, earlier[-1].head_end, a, r) and not _part_opener(words, earlier[-1].head_end, a)):
            # "two others were wounded", "300 residents have died and over 700 hurt":
            # the noun left out is the earlier figure's, a whole's rather than a part's ("4,100 herders,
            # including 260 children, were killed, and 1,900 others died of cholera": others of the herders)
            category = _last_whole(earlier, words, r).category if earlier else "people"
        head_end = head.end
        inner: str | None = None
        if category is None:
            category = _predicate_noun(words, b, r) or _fronted_partitive(words, a, r)
        if category is None:
            category = _implied_category(words, raw, a, b, r, [h.category for h in earlier],
                                         _last_whole(earlier, words, r).category if earlier else None)
            if category is None and words[b - 1] in r.head.people_sized and (b >= len(words) or words[b] != "of"):
                category = "people"  # "millions in urgent need", "the hundreds at the mosque"
            if category is None:  # "injured 2,000", "the toll is 900", "40 in the north, 25 in the south"
                category = elided.category_left_out(words, raw, spans, len(heads), r, earlier)
            if category is None:
                heads.append(None)
                continue
            head_end = b
        else:
            inner = r.implied_event.get(head.noun or "") or next(
                (r.implied_event[w] for w in words[b:head_end] if w in r.implied_event), None)
        total_noun = noun_after_number_of(clause_before(words, a, TOTAL_LOOKBACK), r)
        if total_noun is not None and total_noun in r.implied_event:
            inner = r.implied_event[total_noun]  # "the running count of IDPs hit 2,615 households"
        heads.append(NounPhrase(f, a, b, category, head_end, inner, head.category is None))
    if sum(h is not None for h in heads) == 1:
        heads = [h for h in heads if h is None or not _lone_singular(h.figure, words, h.start, r)]
    heads = [None if h is not None and _member_of(h, words) else h for h in heads]
    return heads


# Words before a figure read for the verb that governs it: "arrested 23 suspected rebel collaborators and 12"
_BEFORE_REACH = 8
_STATE_REACH = 4  # words after the copula in which a verb of an event on people would show


def _things_predicate(words: Sequence[str], b: int, r: Rules) -> bool:
    """A figure with no noun right after a figure that counted things ("reached 52 villages, and 12 are on
    higher ground") stands for the same things when a copula follows it and no verb of an event on people
    comes after the copula ("and 40 were killed" counts people). Rests on one dev text (half A: +1 claim)."""
    if b >= len(words) or words[b] not in _copulas():
        return False
    return not any(r.triggers.match(words, k) is not None for k in range(b + 1, min(len(words), b + 1 + _STATE_REACH)))


def _last_whole(earlier: Sequence[NounPhrase], words: Sequence[str], r: Rules) -> NounPhrase:
    """The last of the earlier noun phrases that is not a part of another ("including 5 children"), or the
    last one when all are parts."""
    wholes = [h for h in earlier if not elided.is_part(words, h.start, r)]
    return (wholes or list(earlier))[-1]


def _implied_category(words: Sequence[str], raw: Sequence[str], a: int, b: int, r: Rules,
                      earlier: Sequence[str], whole: str | None = None) -> str | None:
    """The category of a figure with no noun of its own, or None when it does not count people."""
    n = len(words)
    if who_open.after_relative_partitive(words, a):
        return earlier[-1] if earlier else "people"
    if b + 1 < n and words[b] == "of" and words[b + 1] in ("them", "whom", "those"):
        k = b + 2
        if k < n and words[k] in ("were", "are", "was", "is"):
            k += 1  # "Two of them were children"
        head = find_head(words, raw, k, False, r) if k < n else None
        if head is not None and head.category:
            return head.category
        return earlier[-1] if earlier else "people"
    before = clause_before(words, a, TOTAL_LOOKBACK)
    if "toll" in before or (("number" in before or "numbers" in before or "figure" in before) and "of" in before):
        noun = noun_after_number_of(before, r) or toll_noun(before, r)
        return noun or "people"
    if points_back(words, a, r):
        # "Aid groups put that number higher, at 11,300": the noun is the one the number stood for
        return earlier[-1] if earlier else "people"
    after = words[b : b + 4]
    if after[:2] in (["the", "toll"], ["the", "death"]):
        return "people"  # "brought to 59 the death toll"
    if after[:2] == [",", "including"]:
        # "14 farmers, including 3 children, in the east, 8, including 2 women, in the west": the
        # list's noun, not the part's
        return whole or (earlier[-1] if earlier else "people")
    if starts_people_clause(words, b, r):
        # the noun left out is the one the figure stands for earlier in the sentence ("six thousands fled"),
        # never a noun that is itself an event (N GROUP ..., M bodies ..., K are missing: K of the group named
        # before the bodies); after "but", only a noun of a group, not one of people named by what happened
        # to them (N survivors ..., but M remain trapped: no survivors; N GROUP ..., but M are missing: the
        # group). Round 11: the "but" rule had taken
        # `people` for every noun; two crises (half B, P1) name a group across "but".
        persons = [c for c in earlier if c not in r.event_nouns]
        if "but" in words[:a]:
            persons = [c for c in persons if c not in r.implied_event]
        return persons[-1] if persons else "people"
    return None




@cache
def _time_nouns() -> frozenset[str]:
    """Nouns of time and proportion after a count (lexicons/people.toml [predicate] time_nouns)."""
    return frozenset(word_list(load("people").get("predicate", {}), "time_nouns",
                               where="lexicons/people.toml [predicate]"))


@cache
def _copulas() -> frozenset[str]:
    """Copulas that tie a bare count to a people noun (lexicons/people.toml [predicate])."""
    return frozenset(word_list(load("people").get("predicate", {}), "copulas", where="lexicons/people.toml [predicate]"))


_PARTITIVE_REACH = 4  # "of those killed", "of them", "of the dead": words of a partitive before the copula


def _predicate_noun(words: Sequence[str], b: int, r: Rules) -> str | None:
    """The people noun a figure with no noun of its own is said to be: "140 were fighters", "at least 12 of
    the dead were children". The copula's complement names whom the figure counts (a plural people
    noun straight after it, with no article: "were a group" names no people)."""
    n = len(words)
    k = b
    if k < n and words[k] == "of":
        end = next((m for m in range(k + 1, min(n, k + 1 + _PARTITIVE_REACH)) if words[m] in _copulas()), None)
        if end is None:
            return None
        k = end
    if k + 1 >= n or words[k] not in _copulas():
        return None
    hit = r.people.match(words, k + 1)
    if hit is None or hit[1] in r.head.adjectival or hit[1] in r.modifiers or hit[1] in r.event_nouns:
        return None  # "were injured", "were civilian": a state or an adjective, not whom the figure counts
    noun = hit[1]
    return r.normalise.get(noun, r.plurals.get(noun, noun))


def _fronted_partitive(words: Sequence[str], a: int, r: Rules) -> str | None:
    """The people noun of a partitive that opens the sentence, when the figure after it has none of its own:
    "Of those rescued, 9 needed surgery": the figure counts some of those (who_open.fronted_partitive)."""
    group = who_open.fronted_partitive(words, a, r)
    return group.category if group is not None else None


def _member_of(h: NounPhrase, words: Sequence[str]) -> bool:
    """'The nurse was one of the 40 volunteers at the clinic': one person said to belong to a group, a
    singular reference (gold rule 11), not a count; the group's own figure is counted. A verb before "one of"
    makes it a count again ("killed one of the guards"). Rests on one dev text (half A unchanged)."""
    f = h.figure
    a, b = h.start, h.start + 1
    return (f.low == 1 and f.high == 1 and a >= 1 and words[a - 1] in _copulas()
            and b + 1 < len(words) and words[b] == "of" and words[b + 1] in ("the", "those", "them", "these"))


def _lone_singular(f: Figure, words: Sequence[str], a: int, r: Rules) -> bool:
    """'one young girl', 'one of those who fled': a singular reference, not a count (gold rule 11), unless
    a verb governs it ('killed one of the militants')."""
    if not (f.low == 1 and f.high == 1):
        return False
    k = a - 1
    while k >= 0 and words[k] in ("the", "a", "an", "only", "just", "at", "least"):
        k -= 1
    return not (k >= 0 and r.triggers.match(words, k) is not None)


def _part_opener(words: Sequence[str], a: int, b: int) -> bool:
    return any(w in ("including", "among", "of") for w in words[a:b])


def _verb_between(words: Sequence[str], a: int, b: int, r: Rules) -> bool:
    return any(r.triggers.match(words, k) is not None for k in range(a, b))


def noun_after_number_of(before: Sequence[str], r: Rules) -> str | None:
    """The people noun of "the number of X" in the words before a figure ("the number of IDPs reached")."""
    for k in range(len(before) - 1):
        if before[k] in ("number", "numbers") and before[k + 1] == "of":
            for j in range(k + 2, len(before)):
                hit = r.people.match(before, j)
                if hit is not None:
                    return r.normalise.get(hit[1], hit[1])
    return None


_TOLL_LINKS = frozenset({"of", "among"})
_TOLL_REACH = 5


def toll_noun(before: Sequence[str], r: Rules) -> str | None:
    """Whom a toll counts: "the civilian death toll" (civilians), "the death toll among Alawite residents"
    (residents), "the death toll of Turkish forces" (forces); None when it does not say."""
    for k in range(len(before)):
        if before[k] != "toll":
            continue
        j = k - 1 - (k >= 1 and before[k - 1] in ("death", "casualty"))
        if j >= 0:
            hit = r.people.match(before, j)
            if hit is not None and hit[0] == 1:
                return _plural_of(hit[1], r)  # "the civilian death toll"
        if k + 1 < len(before) and before[k + 1] in _TOLL_LINKS:
            for m in range(k + 2, min(len(before), k + 2 + _TOLL_REACH)):
                hit = r.people.match(before, m)
                if hit is not None and hit[1] in r.singular and m + 1 < len(before) and r.people.match(
                        before, m + 1) is not None:
                    continue  # "migrant workers": a singular noun before another is its modifier
                if hit is not None:
                    return r.normalise.get(hit[1], _plural_of(hit[1], r))
    return None


_POINTER_REACH = 10
_RESULT_REACH = 3  # "left more than 600 dead": how far before the figure the resultative verb may stand


def points_back(words: Sequence[str], a: int, r: Rules) -> bool:
    """The figure at token ``a`` gives a value for a number named before it in the sentence without its
    noun ("that number", "the figure", not "the number of IDPs"), so it counts what that number counted."""
    k = a - 1
    while k >= 1 and a - k <= _POINTER_REACH and words[k] not in (".", ";", "?", "!"):
        if (words[k] in r.head.pointers and words[k - 1] in r.head.pointer_determiners
                and (k + 1 >= len(words) or words[k + 1] != "of")):
            return True
        k -= 1
    return False

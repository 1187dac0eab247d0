"""What happened to the people counted: the event, and whether it happened or is expected.

The event comes from the trigger word nearest the figure in its clause: a verb or noun right before the
figure governs it ("killing at least 82 civilians", "the evacuation of 3,600"), otherwise the first trigger
after its noun phrase ("4,700 miners are still trapped"), otherwise the nearest one before it; a noun
that implies an event ("200 wounded", "4,000 refugees") is the fallback.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from headcount.extract import what_capacity, what_modality, what_prospect, what_shelter
from headcount.extract.drafts import NounPhrase
from headcount.extract.elided import table_column
from headcount.extract.rules import Rules
from headcount.extract.rules import rules as rule_tables
from headcount.extract.sentences import TOTAL_LOOKBACK, clause_before
from headcount.lexicons import groups
from headcount.models import Event, Modality

_GOVERNS = 3          # a trigger this close before the figure is its verb or noun ("killed eight militants")
_AFTER_WINDOW = 16    # how far after the noun phrase a predicate is looked for
_CLAUSE_END = frozenset({";", ".", "?", "!", ":"})
_MODALITY_WINDOW = 5
_RESULTATIVE_REACH = 12
_APPOSITION_MAX = 12
_TIGHT_STOP = frozenset({",", ")", "(", "–", "—"})
# After a comma, a word that opens a clause of its own ("..., and", "..., when the rebels captured the city",
# "..., after troops shelled it"): what it tells has its own subject, not the people counted.
_NEW_CLAUSE = frozenset({"and", "when", "where", "after", "because", "as", "before", "until", "if"})


@dataclass(frozen=True, slots=True)
class EventHit:
    event: str
    start: int  # token index of the trigger, or -1 when implied by the noun
    end: int


def find_event(
    words: Sequence[str], fig_start: int, head_end: int, category: str | None, rules: Rules,
    blocked: Sequence[tuple[int, int]] = (), inner: str | None = None, part: bool = False,
    existential: bool = False,
) -> EventHit:
    """The event of the figure whose tokens are [fig_start, head_end).

    ``blocked`` are the other figures' noun phrases (their words are theirs: "2,600 pilgrims and 40
    injured guides were flown out"); ``inner`` is an event implied by a word inside this figure's own noun
    phrase ("internally displaced persons"), used when the clause has no trigger of its own; ``part``: the
    figure is a part ("including 270 infants", "(of whom 40 children)"), whose own predicate, if it has
    one, follows it directly, so the search after it stops at the first comma or parenthesis.
    """
    before = _triggers_before(words, fig_start, rules)
    if before and _governs(words, before[0], fig_start, rules):
        gov = before[0]
        verb = words[gov.start]
        if verb in rules.event_words.resultative:
            # "the fighting has left 9,000 villagers dead or hurt": the adjective is the event
            after = _predicate_adjective(words, head_end, rules)
            if after is not None:
                return after
            if inner is not None:
                return EventHit(inner, -1, -1)
        if verb in rules.causatives:
            # "helped more than 6,500 villagers flee": the object does what the next verb says
            after = _trigger_after(words, head_end, rules, blocked, tight=True)
            if after is not None:
                return after
        if verb in rules.moving and moved_not_evacuated(category, rules):
            return EventHit(rules.implied_event.get(category or "", Event.OTHER.value), -1, -1)
        if verb in rules.conveying and _says_left(words, gov.start, rules):
            return EventHit(Event.EVACUATED.value, gov.start, gov.end)  # "the convoy left ... carrying 6,432"
        if what_shelter.hosted_displaced(words, gov.start, inner, rules):
            return EventHit(Event.DISPLACED.value, gov.start, gov.end)  # "tent camps housing about 1,300"
        return gov
    if inner is not None and _resultative_before(words, fig_start, rules):
        return EventHit(inner, -1, -1)  # "left hundreds dead, thousands displaced"
    if _object_of(words, fig_start, rules.causatives, rules):
        # "driving hundreds of villagers into hurried flight"
        after = _trigger_after(words, head_end, rules, blocked, tight=True)
        if after is not None:
            return after
    tight = part or (category is not None and category in rules.implied_event)
    after = _trigger_after(words, _skip_apposition(words, head_end, rules), rules, blocked, tight=tight)
    if (after is not None and inner is not None and after.start >= 0 and words[after.start] in rules.light_verbs
            and after.event == Event.BESIEGED.value and not existential):
        return EventHit(inner, -1, -1)  # "80,000 displaced families remain in parks": still displaced
    if (after is not None and after.event == Event.BESIEGED.value and not _armed(category)
            and (_staying_among_displaced(words, after, rules) or _displaced_before(words, fig_start, after, rules))):
        return EventHit(Event.DISPLACED.value, after.start, after.end)  # "are still in resettlement camps"
    if (after is not None and after.event == Event.DISPLACED.value and words[after.start] in rules.shelter_places
            and before and before[0].event == Event.AIDED.value):
        return before[0]  # "served meals to 4,100 people in evacuation centres": where the aided are, not an event
    if after is not None:
        return after
    if what_shelter.staying_in_shelter(words, head_end, rules):
        return EventHit(Event.DISPLACED.value, -1, -1)  # "3,050 are staying in the two tent camps"
    if before and words[before[0].start] in rules.reach_with and head_end < len(words) and words[head_end] == "with":
        return EventHit(Event.AIDED.value, before[0].start, before[0].end)  # "reached 740,000 people with water"
    if category and category in rules.implied_event:
        return EventHit(rules.implied_event[category], -1, -1)
    if inner is not None:
        return EventHit(inner, -1, -1)
    if before and not (part and _after_whole(before[0], blocked, _opener_before(words, fig_start, rules))):
        return before[0]
    colon = _colon_before(words, fig_start)
    if colon is not None and not part:
        # "the report listed needy households as: 2,140 in X, 170 in Y": a list after a colon counts
        # what the words before the colon name
        lead = _triggers_before(words, colon, rules)
        if lead:
            return lead[0]
    # a part with no predicate of its own ("18 were killed in raids on the remaining areas, including 12 in
    # the old town") shares its whole's event (structure.inherit_from_whole), not the nearest word before it
    return EventHit(Event.OTHER.value, -1, -1)




def moved_not_evacuated(category: str | None, rules: Rules) -> bool:
    """Combatants or captives as the object of a verb of moving: a deployment or a transfer in custody, no
    evacuation; their noun's own event stands (`other`, `detained`)."""
    return _armed(category) or rules.implied_event.get(category or "") == Event.DETAINED.value


def _armed(category: str | None) -> bool:
    """Combatants (groups.toml): their camp is a base, never where the displaced live ("300 soldiers
    remain in their camp")."""
    return groups.is_part_of(groups.group_of(category), _COMBATANTS)


_COMBATANTS = "combatants"


def _staying_among_displaced(words: Sequence[str], hit: EventHit, rules: Rules) -> bool:
    """A word of staying ("remain", "still in") whose place, in the next few words of its clause, is where
    the displaced live ("camps", "displacement"): the people stay displaced, not besieged."""
    if hit.start < 0 or rules.staying.match(words, hit.start) is None:
        return False
    return what_shelter.displaced_place_after(words, hit.end, rules)


def _displaced_before(words: Sequence[str], fig_start: int, hit: EventHit, rules: Rules) -> bool:
    """A word of staying after a figure whose sentence has already named displacement ("most displaced
    families have gone home, but 3,000 people remain in 60 schools"): those who remain are the rest of the
    displaced the sentence speaks of, not people in a besieged place."""
    if hit.start < 0 or rules.staying.match(words, hit.start) is None:
        return False
    for k in range(fig_start):
        found = rules.triggers.match(words, k)
        if found is not None and found[1] == Event.DISPLACED.value:
            return True
    return False


def _colon_before(words: Sequence[str], fig_start: int) -> int | None:
    """The colon that opens the list the figure stands in, within its sentence; None without one."""
    k = fig_start - 1
    while k >= 0 and words[k] not in (".", ";", "?", "!"):
        if words[k] == ":":
            return k
        k -= 1
    return None


def _after_whole(hit: EventHit, blocked: Sequence[tuple[int, int]], opener: int) -> bool:
    """The trigger stands between the whole's noun phrase and the part's opener: it tells of the whole
    (its verb or an adjunct of it), not of the part. A trigger inside the whole's noun phrase ("35 injured
    passengers, among them 12 pupils") or a subject with no figure ("The release includes four") is the
    part's too."""
    return any(end <= hit.start < opener for _, end in blocked)


def _trigger_after(words: Sequence[str], j: int, rules: Rules, blocked: Sequence[tuple[int, int]],
                   tight: bool = False) -> EventHit | None:
    """The first trigger after a noun phrase in its clause, stepping over other figures' noun phrases and
    stopping at "but" or "while" (``tight``: also at a comma or a parenthesis). A verb whose complement
    carries the event ("remained unaccounted for", "suffered injuries", "been left homeless") gives way to
    the trigger right after it."""
    limit = min(len(words), j + _AFTER_WINDOW)
    first = j
    while j < limit and words[j] not in _CLAUSE_END and words[j] not in rules.event_words.contrast and not (
            words[j] == "," and j + 1 < len(words) and words[j + 1] in _NEW_CLAUSE):
        if tight and words[j] == "(":
            close = next((k for k in range(j + 1, min(len(words), j + _APPOSITION_MAX)) if words[k] == ")"), None)
            if close is not None:
                j = close + 1  # "2,700 evacuees from five barangay (villages) went home": a gloss
                continue
        if tight and words[j] in _TIGHT_STOP:
            return None
        if any(s <= j < e for s, e in blocked):
            j += 1
            continue
        hit = rules.triggers.match(words, j)
        if hit is not None and hit[0] == 1 and words[j] in rules.governing_only:
            hit = None  # "2,817 shops damaged": a noun after the figure, not its verb
        if hit is not None and j > first and _reduced_relative(words, j, rules):
            hit = None  # "2,000 went to a district held by the militia": the district is held, not they
        if hit is not None:
            if hit[0] == 1 and words[j] in rules.light_verbs:
                m = j + 1
                while m < len(words) and words[m] in rules.event_words.degree:
                    m += 1
                complement = rules.triggers.match(words, m) if m < len(words) else None
                if complement is not None:
                    return EventHit(_refine(words, m, complement[1]), m, m + complement[0])
            return EventHit(_refine(words, j, hit[1]), j, j + hit[0])
        j += 1
    return None


def _reduced_relative(words: Sequence[str], j: int, rules: Rules) -> bool:
    """A past participle with its agent right after a noun ("areas held by the army", "a camp run by the
    agency"): a reduced relative clause that describes that noun, not a predicate of the people counted (a
    people noun or a count before it is still described by it: "the total displaced by the floods"). An
    auxiliary or an adverb before it ("were held by", "were reportedly held by") makes it a predicate."""
    if not (0 < j < len(words) - 1 and words[j + 1] == "by" and words[j].endswith(("ed", "en", "eld"))):
        return False
    prev = words[j - 1]
    if prev in ("those", "others") or prev in rules.period_words.totals or rules.people.match(words, j - 1):
        return False  # "the families displaced by", "the total displaced by": it still describes people
    return (prev.isalpha() and prev not in rules.event_words.auxiliaries and prev not in _BE
            and prev not in ("been", "being", "not", "never", "who", "which", "that") and not prev.endswith("ly")
            and prev not in rules.event_words.degree)


def _agent_is_figure(words: Sequence[str], k: int, fig_start: int, rules: Rules) -> bool:
    """The figure is the agent of the participle ending before token ``k``: "an island inhabited by N
    citizens" counts the people who live there, though the participle describes the noun before it."""
    if k >= fig_start or words[k] != "by":
        return False
    return all(w in rules.event_words.between_verb_and_object for w in words[k + 1 : fig_start])


def _object_of(words: Sequence[str], fig_start: int, verbs: frozenset[str], rules: Rules) -> bool:
    """The figure is the object of one of ``verbs`` (only articles and hedges between them)."""
    k = fig_start - 1
    while k >= 0 and fig_start - k <= _GOVERNS and words[k] in rules.event_words.between_verb_and_object:
        k -= 1
    return k >= 0 and words[k] in verbs


def _says_left(words: Sequence[str], skip: int, rules: Rules) -> bool:
    """The sentence says a vehicle left ("The convoy that left ... was made up of 64 coaches carrying")."""
    for j in range(len(words)):
        if j != skip and words[j] not in rules.conveying:
            hit = rules.triggers.match(words, j)
            if hit is not None and hit[1] == Event.EVACUATED.value:
                return True
    return False


def _skip_apposition(words: Sequence[str], k: int, rules: Rules) -> int:
    """Step over ', about 75% of the population,' between a subject and its verb."""
    n = len(words)
    if k < n and words[k] == ",":
        for m in range(k + 1, min(n - 1, k + _APPOSITION_MAX)):
            if words[m] in _CLAUSE_END:
                break
            if words[m] == ",":
                nxt = words[m + 1]
                if nxt in rules.event_words.auxiliaries or rules.triggers.match(words, m + 1) is not None:
                    return m + 1
                break
    return k


def _resultative_before(words: Sequence[str], fig_start: int, rules: Rules) -> bool:
    j = fig_start - 1
    while j >= 0 and fig_start - j <= _RESULTATIVE_REACH and words[j] not in _CLAUSE_END:
        if words[j] in rules.event_words.resultative:
            return True
        j -= 1
    return False


def _governs(words: Sequence[str], hit: EventHit, fig_start: int, rules: Rules) -> bool:
    """A trigger governs the figure when only articles stand between them ("killed eight militants",
    "the evacuation of 3,600"), not a conjunction ("killed and over 300 injured") or a comma."""
    between = words[hit.end : fig_start]
    if words[hit.start] in rules.event_words.not_governing:
        return False  # "the number of displaced reached 2,710 households": a total, not an arrival
    if words[hit.start] == "brought" and words[hit.end - 1] == "to":
        return False  # "brought to 71 the overall toll"
    if between and between[0] == "by" and hit.event == "population":
        # "a valley populated by 80,000 herders": the figure is the agent of a verb of living somewhere; the agent of
        # any other ("held by 2,000 rebels") does it to others, and is not what the event counts
        between = between[1:]
    if between[-3:] == ["a", "total", "of"]:
        between = between[:-3]  # "rescuing a total of 106 hostages": the phrase is outside the figure (rule 1)
    return len(between) < _GOVERNS and all(w in rules.event_words.between_verb_and_object for w in between)


def _predicate_adjective(words: Sequence[str], k: int, rules: Rules) -> EventHit | None:
    if k < len(words) and words[k] in rules.event_words.event_adjectives:
        hit = rules.triggers.match(words, k)
        if hit is not None:
            return EventHit(_refine(words, k, hit[1]), k, k + hit[0])
    return None


def _triggers_before(words: Sequence[str], fig_start: int, rules: Rules) -> list[EventHit]:
    """Triggers left of the figure in its clause, nearest first; of two that overlap, the longer one
    ("killed or injured dozens" is casualties, not injured)."""
    hits: list[EventHit] = []
    j = fig_start - 1
    while j >= 0 and words[j] not in _CLAUSE_END:
        hit = rules.triggers.match(words, j)
        if hit is not None and j + hit[0] <= fig_start and (not _reduced_relative(words, j, rules) or (
                hit[1] == "population" and _agent_is_figure(words, j + hit[0], fig_start, rules))):
            found = EventHit(_refine(words, j, hit[1]), j, j + hit[0])
            if hits and found.end >= hits[-1].end:
                hits[-1] = found
            else:
                hits.append(found)
        j -= 1
    return hits


# Words of harm a coordinated pair is read from: death and injury named together count casualties.
_HARM = {"killed": "killed", "dead": "killed", "deaths": "killed", "injured": "injured", "wounded": "injured",
         "injuries": "injured", "wounds": "injured"}
_COORD = ("or", "and", "/")


def _refine(words: Sequence[str], j: int, event: str) -> str:
    """'killed or injured' is casualties even when matched from its first word, and so is a pair matched
    from its second word ("deaths and injuries of dozens": the trigger nearest the figure is the second
    conjunct, the first is the other harm; gold convention 5 counts them together as casualties)."""
    if (event in ("killed", "injured") and j + 2 < len(words) and words[j + 1] in _COORD
            and words[j + 2] in ("injured", "wounded", "killed", "dead")):
        return Event.CASUALTIES.value
    if (event in ("killed", "injured") and j >= 2 and words[j - 1] in _COORD
            and _HARM.get(words[j - 2], event) != event):
        return Event.CASUALTIES.value
    if (event == "killed" and j + 2 < len(words) and words[j + 1] in ("or", "and", "/")
            and words[j + 2] == "missing"):
        return Event.OTHER.value  # "dead/missing": dead and missing counted together (gold convention 5)
    if (event == Event.BESIEGED.value and words[j] == "waiting"
            and what_prospect.awaits_a_decision(words, j, rule_tables().event_words)):
        return Event.POPULATION.value  # "are waiting for a decision": a wait for a ruling, not in a siege
    return event


def find_modality(words: Sequence[str], fig_start: int, hit: EventHit, rules: Rules, head_end: int = -1) -> str:
    """Expected when a modal or a word of planning stands right before the trigger or between it and the
    figure, or right after the figure's noun phrase ("thousands more could follow")."""
    if head_end >= 0:
        k = head_end
        while k < len(words) and k < head_end + 2 and words[k] in ("more", "others", "still"):
            k += 1
        if k < len(words) and words[k] in rules.event_words.modals or what_modality.projected_after(words, k):
            return Modality.EXPECTED.value
    if hit.start < 0:
        # no trigger word: the event is the figure's own noun ("45 deaths", "200,000 dead") or a total's
        # ("the toll could rise to 300"); a modal or word of planning then stands in the figure's own clause
        # right before it ("we anticipate there will be 200,000 dead"), unless it only estimates
        if head_end >= 0 and capacity(words, head_end, rules):
            return Modality.ACTUAL.value  # "the boats could take 40 people each": what fits, not a plan
        lo = fig_start
        while lo > 0 and fig_start - lo < _MODALITY_WINDOW and words[lo - 1] not in _CLAUSE_END | {","}:
            lo -= 1
        return Modality.EXPECTED.value if any(
            _projects(words, j, rules) and not _estimate(words, j) for j in range(lo, fig_start)) else Modality.ACTUAL.value
    lo = max(0, min(hit.start, fig_start) - _MODALITY_WINDOW)
    if hit.start > fig_start:
        lo = what_modality.clause_start(words, lo, fig_start)  # "could rise as dozens remained": not its clause
    if any(words[j] not in _CLAUSE_END and _projects(words, j, rules) for j in range(lo, hit.start)):
        return Modality.EXPECTED.value
    return Modality.ACTUAL.value


def _projects(words: Sequence[str], j: int, rules: Rules) -> bool:
    """A word of the expected table at j, except the "to" of an implicative verb ("managed to leave") and
    the "to be" / "to have" of a verb of belief ("are feared to be buried": what is believed to be so)."""
    return rules.expected.match(words, j) is not None and not what_modality.caused(words, j, rules.causatives) and not (
        what_modality.order_without_to(words, j, rules.directives)) and not (
        words[j] == "to" and j > 0 and (words[j - 1] in rules.implicative or (
            words[j - 1] in rules.belief and j + 1 < len(words) and words[j + 1] in ("be", "have"))))


_EPISTEMIC = frozenset({"could", "might", "may", "likely"})
_STATE_AUX = frozenset({"be", "have", "been"})


def _estimate(words: Sequence[str], j: int) -> bool:
    """An epistemic word before a copula, a perfect or a past form estimates what is or was, it does not
    project ("could be as high as", "might have lost", "likely exceeded": gold convention 6)."""
    nxt = words[j + 1] if j + 1 < len(words) else ""
    return words[j] in _EPISTEMIC and (nxt in _STATE_AUX or (len(nxt) > 3 and nxt.endswith("ed")))


_PREPOSITIONS = frozenset({"from", "in", "into", "by", "to", "at", "on", "since", "during"})
_NUMBER_OF_REACH = 4  # "the number of civilians killed": how far after 'number of' its event word may stand
_PART_REACH = 6     # how far back an 'including' or a '(' makes the figure a part
_LIST_REACH = 16    # how far back 'there were' reaches over a list of figures
_BE = frozenset({"are", "were", "is", "was", "remain", "remained", "be", "been"})


def event_of(words: Sequence[str], np: NounPhrase, rules: Rules,
             blocked: Sequence[tuple[int, int]]) -> EventHit:
    """The event of one figure's noun phrase: a toll counts deaths, a figure a share is taken of is a
    population, otherwise the trigger search of ``find_event``."""
    column = table_column(words, np.start, rules) if np.elided else None
    if column is not None:
        found = noun_event(column, rules)  # a cell of a flattened table: its column names the event
        if found is not None:
            return EventHit(found, -1, -1)
    own_participle = np.head_end < len(words) and rules.triggers.match(words, np.head_end) is not None
    if share_of(words, np.start, rules) and not own_participle:
        # "half of the country's 22 million people have fled": the figure is the population the share
        # is taken of (gold aleppo convention), a stock; but in "most of the 57 villagers killed" the
        # participle right after the noun says whom the figure counts
        return EventHit("population", -1, -1)
    if capacity(words, np.head_end, rules) or what_capacity.built_for(words, np.start, rules):
        return EventHit(Event.OTHER.value, -1, -1)  # "carry two climbers apiece": how many fit, a capacity
    if np.elided and what_capacity.beyond_capacity(words, np.start, rules):
        return EventHit("population", -1, -1)  # PLACE, built for N people, holds M: how many are there
    noun = words[np.head_end - 1] if np.head_end > np.end else (words[np.end] if np.end < len(words) else "")
    if noun in rules.event_nouns:
        # "45 deaths", "87 bodies have been found", "12 415 injuries": the noun is the event
        end = np.head_end if np.head_end > np.end else np.end + 1
        return EventHit(_together(rules.event_nouns[noun], words, end, rules), -1, -1)
    if ("toll" in clause_before(words, np.start, TOTAL_LOOKBACK) and np.implied_event in (None, "killed")
            and not _own_predicate(words, np.head_end, rules)):
        # "the death toll from the storm rose to 1,480 on Friday"; but "... rose to 760 and 212 people
        # are unaccounted for": a predicate of the figure's own says what it counts
        return EventHit("killed", -1, -1)
    of_number = _number_of_event(clause_before(words, np.start, TOTAL_LOOKBACK), rules) if np.elided else None
    if of_number is not None:
        return EventHit(of_number, -1, -1)  # "the number of civilians killed ... remained at 39"
    if _settlement_of(words, np.start, rules) or _gathering_of(words, np.start, rules):
        return EventHit("population", -1, -1)  # "a town of nearly 90,000 inhabitants", "a rally of 8,000"
    inner = np.implied_event or _among(words, np.start, rules)
    existential = inner is None and opens_existential(words, np.start)
    if existential:
        # "there are some 70,000 people in the northern suburbs"; "there are still 60 civilians in the
        # old town": those still there remain, the besieged of gold convention 5
        lead = clause_before(words, np.start, _LIST_REACH)
        there = len(lead) - lead[::-1].index("there") if "there" in lead else len(lead)
        inner = Event.BESIEGED.value if "still" in lead[there:] else "population"
    hit = find_event(words, np.start, np.head_end, np.category, rules, blocked, inner,
                     part=_is_part(words, np.start, rules), existential=existential)
    if hit.start > np.start and what_prospect.feared(words, hit.start, rules.event_words):
        # "about 90 reporters feared arrest if they stayed": what people fear has not happened to them;
        # only what their noun implies stands ("displaced families fear eviction"), not a presence read from
        # "there are" (a group singled out by its fear is no head count of the place)
        return EventHit(np.implied_event or Event.OTHER.value, -1, -1)
    if hit.event == Event.EVACUATED.value and hit.start < 0 and opens_existential(words, np.start):
        # "there were about 8,500 refugees": with no verb of their own, a noun that names people by a flight
        # they made ("refugees", "evacuees") counts, after "there are", the people who are there, a population
        return EventHit("population", -1, -1)
    return hit


def capacity(words: Sequence[str], k: int, rules: Rules) -> bool:
    """A distributive word right after the noun phrase ("two climbers apiece", "three passengers at a
    time", "40 people on each flight"): how many fit in one vehicle or trip. Over a unit of time ("each
    day", "per week") it is a rate, not a capacity."""
    if k >= len(words):
        return False
    hit = rules.capacity.match(words, k)
    if hit is None:
        return False
    nxt = k + hit[0]
    return not (nxt < len(words) and (words[nxt] in rules.period_words.units
                                      or words[nxt].rstrip("s") in rules.period_words.units))


def _own_predicate(words: Sequence[str], k: int, rules: Rules) -> bool:
    """A trigger right after the noun phrase, past auxiliaries and adverbs only ("392 sailors are missing",
    "1,200 wounded", "5,674 people injured")."""
    while k < len(words) and (words[k] in rules.event_words.auxiliaries or words[k] in rules.event_words.degree
                              or words[k] in _BE or words[k] in ("more", "others", "been")):
        k += 1
    return k < len(words) and rules.triggers.match(words, k) is not None


def _together(event: str, words: Sequence[str], k: int, rules: Rules) -> str:
    """The event of a noun coordinated with another event word right after it: 'deaths and injuries' are
    casualties, 'deaths and disappearances' or 'dead/missing' are `other` (gold convention 5)."""
    if k + 1 < len(words) and words[k] in ("and", "or", "/"):
        hit = rules.triggers.match(words, k + 1)
        other = rules.event_nouns.get(words[k + 1]) or (hit[1] if hit is not None else None)
        pair = {event, other}
        if pair == {Event.KILLED.value, Event.INJURED.value}:
            return Event.CASUALTIES.value
        if pair == {Event.KILLED.value, Event.MISSING.value}:
            return Event.OTHER.value
    return event


def _number_of_event(before: Sequence[str], rules: Rules) -> str | None:
    """The event a total names: 'the number of the dead', 'the number of villagers shot by', 'the number
    of those evacuated from' (a word of the event within a few words after 'number of')."""
    for k in range(len(before) - 1):
        if before[k] in ("number", "numbers", "total") and before[k + 1] == "of":
            last: str | None = None
            for j in range(k + 2, min(len(before), k + 2 + _NUMBER_OF_REACH)):
                if before[j] in _PREPOSITIONS:
                    break  # "the number of those moved out of the encircled town": the enclave is not it
                found = rules.event_nouns.get(before[j])
                hit = rules.triggers.match(before, j)
                if found is None and hit is not None and hit[0] == 1 and before[j] not in rules.governing_only:
                    found = hit[1]
                # the last one wins: in "displaced persons crossing into" the participle says what is counted
                last = found or last
            if last is not None:
                return last
    return None


def _settlement_of(words: Sequence[str], a: int, rules: Rules) -> bool:
    """'a town of nearly 90,000', 'the island of about 1.2 million': how many live there."""
    k = a - 1
    return k >= 1 and words[k] == "of" and words[k - 1] in rules.settlements


def _gathering_of(words: Sequence[str], a: int, rules: Rules) -> bool:
    """'a NOUN of N' with a noun of a crowd ([gatherings]): how many were gathered there."""
    k = a - 1
    return k >= 1 and words[k] == "of" and words[k - 1] in rules.gatherings


def _among(words: Sequence[str], a: int, rules: Rules) -> str | None:
    """'Among the victims were 14 pupils', '... are among the dead': the part shares the event of the
    noun it is counted among."""
    lo, hi = max(0, a - _PART_REACH), min(len(words) - 2, a + _AFTER_WINDOW)
    for k in range(lo, hi):
        if words[k] in _CLAUSE_END and k < a:
            lo = k
        if words[k] == "among" and words[k + 1] == "the":
            found = noun_event(words[k + 2], rules)
            if found is not None:
                return found
    return None


def noun_event(word: str, rules: Rules) -> str | None:
    """The event a noun or participle names on its own ("the dead", "the evacuees", "the wounded")."""
    found = rules.event_nouns.get(word) or rules.implied_event.get(word)
    if found is None:
        hit = rules.triggers.match([word], 0)
        found = hit[1] if hit is not None else None
    return found


def opens_existential(words: Sequence[str], a: int) -> bool:
    """'there are 500 people', 'there were about 310,000 aid recipients, 45,000 IDPs and 8,200 refugees'."""
    k = a - 1
    while k >= 1 and a - k <= _LIST_REACH and words[k] not in _CLAUSE_END:
        if words[k - 1] == "there" and words[k] in _BE:
            return True
        k -= 1
    return False


def _opener_before(words: Sequence[str], a: int, rules: Rules) -> int:
    """The token index of the part opener ("including", "among them", "(") before the figure, or -1."""
    k = a - 1
    while k >= 0 and a - k <= _PART_REACH and words[k] not in _CLAUSE_END:
        if words[k] in rules.event_words.part_openers or words[k] == "(":
            return k
        k -= 1
    return -1


def _is_part(words: Sequence[str], a: int, rules: Rules) -> bool:
    """The figure is a part: after 'including' or 'among them' close before it, or inside parentheses."""
    k = a - 1
    while k >= 0 and a - k <= _PART_REACH and words[k] not in _CLAUSE_END:
        if words[k] in rules.event_words.part_openers:
            return True
        if words[k] == "(":
            # "(including 270 infants)" is a part; "(almost 52,000 people)" restates the figure before
            return ")" not in words[k:a] and any(w in rules.event_words.part_openers or w == "of" for w in words[k:a])
        k -= 1
    return False


def share_of(words: Sequence[str], a: int, rules: Rules) -> bool:
    """'half of the country's 22 million', 'a third of its 300,000 residents'."""
    before = words[max(0, a - 5) : a]
    if "of" not in before:
        return False
    k = len(before) - 1 - before[::-1].index("of")
    head = before[k - 1] if k >= 1 else ""
    return head in rules.event_words.shares and all(w in ("the", "its", "their", "his", "her") or w.endswith("'s")
                                   for w in before[k + 1 :])

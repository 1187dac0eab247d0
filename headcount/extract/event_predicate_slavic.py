"""The predicate of a figure's clause decides its event in Russian, Ukrainian and Arabic when the clause
states no event of its own.

Three constructions where the verb alone (or the people noun) gives the wrong event (gold README rule 5):

- a verb of staying or being (оставаться, находиться, перебувати, لا يزال) takes its event from where the
  people stay (or a verb of bringing or admitting, from where they are brought): in a place of care they are
  aided (a stock of patients, whatever the people noun says: wounded who lie in a ward are aided, not newly
  injured), in a place of refuge displaced, under rubble besieged; the lexicon's reading of "remain" as
  besieged is right only for the rubble and the encircled place;
- "without" + a shelter noun (без крова, без житла, بلا مأوى) makes the people homeless: displaced, whatever
  the stay verb;
- a verb of pulling out with a word for alive (извлечены живыми, витягли живими, انتشال ... أحياء) is a
  rescue, and so is a verb that frees from rubble (деблокировать, деблокувати); a place of care that
  receives people (استقبل) aids them.

The rule only fills a gap. It stands back when the clause names its event itself: an event word that is
not one of the rule's own words ("получили ранения и доставлены в больницу" stays injured), or a body noun
(тела, тіла, جثث: the dead are carried to a morgue, not treated). The people noun's own event ("поранених")
is no such word: that is the case the rule is for.

The word classes are data, per language, in ``lexicons/lang/predicate_<code>.toml``: lemmas and word
sequences matched through the lexicon tables (form, simplemma lemma, Arabic forms without clitics), with a
few stems for participles the lemmatiser does not know. A language without that file is left alone. The
words are looked for inside the figure's clause (spans_local.clause_range), so a place in another clause
does not decide it. A verb of working or being deployed (работают, задіяні, يعمل) counts staff: other.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from headcount.extract.languages import Lexicon, WordTable, read_lang_file, word_table
from headcount.extract.linguistic import Word
from headcount.extract.spans_local import clause_range

CLASSES = frozenset({"stay", "bring", "receive", "care", "shelter_place", "rubble", "without", "shelter",
                     "pull_out", "alive", "free", "work", "body", "none"})


def _check(data: dict[str, Any]) -> list[str]:
    problems = []
    for section in ("words", "stems"):
        table = data.get(section, {})
        if not isinstance(table, dict):
            problems.append(f"[{section}] must be a table")
            continue
        problems += [f"[{section}] {key!r}: {value!r} is not a class" for key, value in table.items()
                     if value not in CLASSES]
    return problems


@cache
def predicate_words(language: str) -> WordTable | None:
    """The language's predicate word classes (lexicons/lang/predicate_<code>.toml), or None without one."""
    if not resources.files("headcount.lexicons").joinpath("lang", f"predicate_{language}.toml").is_file():
        return None
    data = read_lang_file(f"predicate_{language}", language, _check)
    return word_table(data.get("words", {}), language, data.get("stems", {}))


def _classes(words: Sequence[Word], clause: Sequence[int], table: WordTable, language: str) -> dict[str, list[int]]:
    """Where each class is found in the clause: the word index a match starts at."""
    found: dict[str, list[int]] = {}
    for k in clause:
        hit = table.match(words, k, language)
        if hit is not None:
            found.setdefault(hit[0], []).append(k)
    return found


def _states_own_event(words: Sequence[Word], clause: Sequence[int], own: set[int], lex: Lexicon,
                      language: str) -> bool:
    """The clause has an event word that is not one of the rule's own words nor another figure's people noun."""
    return any(k not in own and lex.noun_events.match(words, k, language) is None
               and lex.events.match(words, k, language) is not None for k in clause)


def predicate_event(words: Sequence[Word], w0: int, w1: int, language: str, lex: Lexicon) -> str | None:
    """The event the clause's predicate gives the figure at words ``w0:w1`` (the figure and its noun), or
    None to let the usual chain decide (the nearest event word, the noun's own event)."""
    table = predicate_words(language)
    if table is None:
        return None
    clause = [k for k in clause_range(words, w0, w1) if not w0 <= k < w1]
    found = _classes(words, clause, table, language)
    if "body" in found:
        return None
    own = {k for name, at in found.items() if name != "none" for k in at}
    if _states_own_event(words, clause, own, lex, language):
        return "other" if "work" in found else None  # staff at work on an evacuation are staff
    if any(k + 1 in found.get("shelter", ()) for k in found.get("without", ())):
        return "displaced"                     # "без крова остались", "залишилися без житла"
    if "pull_out" in found and "alive" in found or "free" in found:
        return "rescued"                       # "извлечены живыми", "деблокували з-під завалів"
    if "stay" in found or "receive" in found or "bring" in found:
        if "care" in found:
            return "aided"                     # "в больницах остаются", "مستشفيات استقبلت ... مصاب"
        if "shelter_place" in found and "stay" in found:
            return "displaced"                 # "в пунктах временного размещения находятся"
        if "rubble" in found and "stay" in found:
            return "besieged"                  # "под завалами остаются"
    if "work" in found:
        return "other"                         # "на месте работают ... спасателей"
    return None


def part_takes_whole_event(words: Sequence[Word], w0: int, w1: int, lex: Lexicon, language: str) -> bool:
    """A part of a total ("среди них N детей", "من بينهم N أطفال") whose own clause holds no event word is
    counted in the total's event (README rules 4 and 9): an event word in the next clause (the rest are
    missing, say) belongs to that clause's figure, not to the part. Languages with predicate classes only."""
    if predicate_words(language) is None:
        return False
    return not any(lex.events.match(words, k, language) is not None
                   for k in clause_range(words, w0, w1) if not w0 <= k < w1)

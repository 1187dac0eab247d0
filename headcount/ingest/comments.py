"""Reader comments under an article, as separate texts with the commenter's name where the page shows it.

The article text never includes them (``html.py`` asks trafilatura for ``include_comments=False``): a
reader's "my cousin says 10,000 left" is not the outlet's report. With ``--comments`` each comment becomes
its own document, linked to its article, and its claims name the commenter as their source.

Comment markup is not standard, so this follows the shapes that comment systems commonly render
(WordPress, Disqus exports, schema.org ``Comment``): an element whose class or id says comment, or whose
itemtype is a Comment, and that holds text; inside it the author is an element whose class says author,
name, username or ``fn`` (or ``itemprop="author"``), and the text is the element whose class says content,
body or text (else the comment's own text, author and date lines removed). Nested replies are comments too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# A comment element: a class token that is exactly "comment" (or comment-item, a numbered comment-123, a
# Disqus "post"), or an id like comment-123 / li-comment-123. Parts of a comment (comment-body,
# comment-content, comment-author) and the list around them (comments, comment-list) are not comments.
_COMMENT_TOKEN = re.compile(r"^(comment|comment-item|comment-\d+|commentitem|user-comment|post-comment)$", re.I)
_COMMENT_ID = re.compile(r"^(li-)?comment-?\d+$|^div-comment-\d+$", re.I)
_AUTHOR = re.compile(r"(^|[-_ ])(author|username|user-name|fn|commenter|comment-author|name)($|[-_ ])", re.I)
_BODY = re.compile(r"(^|[-_ ])(comment-)?(content|body|text|message)($|[-_ ])", re.I)
_META = re.compile(r"(^|[-_ ])(meta|date|time|reply|says|metadata|permalink)($|[-_ ])", re.I)


@dataclass(frozen=True, slots=True)
class Comment:
    text: str
    commenter: str | None
    anchor: str  # the element's id, or its position, to give the comment a stable URL fragment


def _classes(el: Any) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _is_comment(el: Any) -> bool:
    itemtype = el.get("itemtype") or ""
    if itemtype.rstrip("/").endswith("Comment"):
        return True
    if _COMMENT_ID.match(el.get("id") or "") and not _is_comment_part(el):
        return True
    return any(_COMMENT_TOKEN.match(tok) for tok in (el.get("class") or "").split())


def _is_comment_part(el: Any) -> bool:
    return any(tok.startswith(("comment-body", "comment-content", "comment-text")) for tok in
               (el.get("class") or "").split())


def _text(el: Any) -> str:
    return " ".join(" ".join(el.itertext()).split())


def find_comments(html: bytes | str) -> list[Comment]:
    """The comments on a page, in page order; an empty list when it shows none."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    out: list[Comment] = []
    for i, el in enumerate(e for e in tree.iter() if isinstance(e.tag, str) and _is_comment(e)):
        author_el = next((a for a in el.iter() if a is not el and isinstance(a.tag, str) and (
            a.get("itemprop") == "author" or _AUTHOR.search(_classes(a)))), None)
        commenter = _text(author_el) if author_el is not None else None
        if commenter:
            commenter = re.sub(r"\s+(says|said|wrote):?$", "", commenter, flags=re.I) or None
        body_el = _first_body(el)
        text = _own_text(body_el if body_el is not None else el, skip=author_el)
        if text:
            out.append(Comment(text, commenter or None, el.get("id") or f"comment-{i + 1}"))
    return out


def _first_body(el: Any) -> Any:
    """The comment's text element: content/text/message before body, never inside a nested reply."""
    best: tuple[int, Any] | None = None
    for b in el.iter():
        if b is el or not isinstance(b.tag, str):
            continue
        if _is_comment(b):
            break  # replies follow the comment's own text
        m = _BODY.search(_classes(b))
        rank = 0 if b.get("itemprop") in ("text", "commentText") else (2 if m and m.group(3) == "body" else 1) if m else None
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, b)
    return best[1] if best else None


def _own_text(el: Any, skip: Any = None) -> str:
    """The text of a comment without its replies, author line and date/reply links."""
    parts: list[str] = []

    def walk(node: Any, top: bool) -> None:
        if not top and isinstance(node.tag, str) and (
            node is skip or _is_comment(node) or _META.search(_classes(node)) or node.tag in ("script", "style")
        ):
            if node.tail:
                parts.append(node.tail)
            return
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            walk(child, False)
        if not top and node.tail:
            parts.append(node.tail)
        if isinstance(node.tag, str) and node.tag in ("p", "div", "br", "li"):
            parts.append("\n")

    walk(el, True)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)

"""Which language a document is written in, so the extractor reads it with that language's rules.

The detector is py3langid (a maintained fork of langid.py: a naive Bayes model over byte n-grams, 4.5 MB,
numpy only; why it and not lingua is in docs/decisions.md). It is restricted to the languages the
extractor reads (``SUPPORTED``), which makes it both faster and more accurate: on the gold texts it names
all 48 multilingual documents and all 191 English ones correctly.

A short text says little about its language ("5 killed"), so below ``MIN_LETTERS`` letters, or when the
detector is not confident, the answer is English, the extractor's historical default. A document that
declares its language (a JSONL ``language`` field, ``--language``) is never second-guessed.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

log = logging.getLogger(__name__)

SUPPORTED: tuple[str, ...] = ("en", "ru", "uk", "ar", "es", "pt", "fr")
"""ISO 639-1 codes of the languages the extractor reads (English first: the fallback)."""
DEFAULT = "en"
MIN_LETTERS = 20
MIN_CONFIDENCE = 0.8
_SAMPLE_CHARS = 4000  # the head of a long document says enough, and keeps detection O(1) per document


@cache
def _identifier() -> Any:
    """The py3langid model restricted to SUPPORTED, loaded once per process; None when not installed."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        log.warning("py3langid is not installed: every document is read as English unless it says otherwise")
        return None
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(SUPPORTED))
    return ident


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language among SUPPORTED; "en" when unsure or too short."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return DEFAULT
    ident = _identifier()
    if ident is None:
        return DEFAULT
    code, prob = ident.classify(sample)
    return str(code) if float(prob) >= MIN_CONFIDENCE and code in SUPPORTED else DEFAULT


def normalise_language(value: str | None) -> str | None:
    """A declared language as a lower-case ISO 639-1 code ("RU", "ru-RU", "pt_BR" -> "ru", "pt"); None when
    empty. Codes outside SUPPORTED are kept (the document is stored as declared, and read as English)."""
    if not value or not value.strip():
        return None
    return value.strip().replace("_", "-").split("-")[0].lower()


def language_of(text: str, declared: str | None = None) -> str:
    """The declared language when there is one, else the detected one."""
    return normalise_language(declared) or detect_language(text)

"""The errors headcount raises, one tree so callers can catch as narrowly as they like.

    HeadcountError
     ├── ConfigError          a setting or option with a bad value (names the key and the allowed values)
     ├── LexiconError         a rule file in headcount/lexicons/ that fails validation (names file and entry)
     ├── InputError           an input the user gave that cannot be read (names the file and line)
     │    └── DecodeError     bytes that are not text in the expected encoding
     ├── IngestError          a document that could not be turned into a Document
     │    └── FetchError      a URL that could not be fetched, or was refused for safety
     ├── ExtractionError      a document the extractor could not process (too large, empty ...)
     └── StoreError           the ledger could not be opened, migrated or written

Every message says what went wrong and where, in one line, so the CLI can print it as is; the CLI turns
these into a one-line error and a non-zero exit, never a traceback.
"""

from __future__ import annotations


class HeadcountError(Exception):
    """Base of every error headcount raises on purpose."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class ConfigError(HeadcountError):
    pass


class LexiconError(HeadcountError):
    pass


class InputError(HeadcountError):
    pass


class DecodeError(InputError):
    pass


class IngestError(HeadcountError):
    pass


class FetchError(IngestError):
    pass


class ExtractionError(HeadcountError):
    pass


class StoreError(HeadcountError):
    pass

"""The extractor's version: which rules made a stored claim.

It covers everything that decides the output: the Python of ``headcount/extract/`` (27 of 46 changes to
the extractor once touched only Python, which a digest of the rule files alone did not see), the rule files
and their loaders in ``headcount/lexicons/`` (the group table of ``lexicons/groups.py`` decides
``Claim.group``), the record types of ``headcount/models.py``, and the linguistic model, by name and
version. Two builds that can extract differently report different versions, so ``headcount reextract``
knows when a ledger is stale.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from importlib.abc import Traversable

from headcount.extract import linguistic

RULES_VERSION = "2"
# The packages whose files decide the output, and which of their files count (by suffix).
_SOURCES = (("headcount.extract", (".py",)), ("headcount.lexicons", (".py", ".toml")),
            ("headcount.lexicons.lang", (".toml",)), ("headcount", ("models.py",)))


def files_digest(files: Iterable[tuple[str, Traversable]]) -> str:
    """A short digest over (name, file) pairs, in name order: names count, so a renamed rule file is a change."""
    h = hashlib.sha256()
    for name, ref in sorted(files, key=lambda pair: pair[0]):
        h.update(name.encode())
        h.update(b"\0")
        h.update(ref.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:12]


def source_files(sources: Iterable[tuple[str, tuple[str, ...]]] = _SOURCES) -> list[tuple[str, Traversable]]:
    """Every file that decides what the extractor outputs, named package/file."""
    out: list[tuple[str, Traversable]] = []
    for package, suffixes in sources:
        root = resources.files(package)
        out.extend((f"{package}/{ref.name}", ref) for ref in root.iterdir()
                   if ref.is_file() and ref.name.endswith(suffixes))
    return out


@cache
def code_digest() -> str:
    """The digest of the extractor's code and rules (see ``source_files``)."""
    return files_digest(source_files())


def model_id() -> str:
    """The linguistic model the extractor uses, by name and version, or "none" when it runs on rules alone."""

    return linguistic.model_id()


@cache
def extractor_version() -> str:
    """``RULES_VERSION+digest+model``: changes with any change to the code, the rules or the model."""
    return f"{RULES_VERSION}+{code_digest()}+{model_id()}"

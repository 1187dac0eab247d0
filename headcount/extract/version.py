"""The extractor's version: which rules made a stored claim.

It covers everything that decides the output: the code of ``headcount/extract/`` (27 of 46 changes to the
extractor once touched only Python, which a digest of the rule files alone did not see), the rule files in
``headcount/lexicons/``, and the linguistic model, by name and version. Two builds that can extract
differently report different versions, so ``headcount reextract`` knows when a ledger is stale.
"""

from __future__ import annotations

import hashlib
import importlib
from functools import cache
from importlib import resources

RULES_VERSION = "2"


@cache
def code_digest() -> str:
    """A short digest of the extractor's Python sources (every ``*.py`` of ``headcount/extract``), by name."""
    h = hashlib.sha256()
    root = resources.files("headcount.extract")
    for ref in sorted((r for r in root.iterdir() if r.name.endswith(".py")), key=lambda r: r.name):
        h.update(ref.name.encode())
        h.update(ref.read_bytes())
    return h.hexdigest()[:8]


def model_id() -> str:
    """The linguistic model the extractor uses, by name and version, or "none" when it runs on rules alone."""
    try:  # the linguistic layer is optional at run time: without a model the stages run on rules alone
        linguistic = importlib.import_module("headcount.extract.linguistic")
    except ImportError:
        return "none"
    found = getattr(linguistic, "model_id", None)
    return str(found()) if callable(found) else "none"


@cache
def extractor_version() -> str:
    """``RULES_VERSION+code.lexicons+model``: changes with any change to the code, the rules or the model."""
    from headcount.lexicons import rules_digest

    return f"{RULES_VERSION}+{code_digest()}.{rules_digest()}+{model_id()}"

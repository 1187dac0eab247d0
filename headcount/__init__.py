"""headcount: extract counts of people from news text, with who says so, and reconcile them.

The public API is small on purpose; everything else is an implementation module.
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

from headcount.errors import HeadcountError  # noqa: E402
from headcount.extract.numbers import parse_numbers  # noqa: E402
from headcount.extract.pipeline import extract  # noqa: E402
from headcount.models import Claim, Document, Figure  # noqa: E402

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Claim", "Document", "Figure", "HeadcountError", "__version__", "extract", "parse_numbers"]

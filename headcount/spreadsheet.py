"""CSV cells a spreadsheet will not run: every CSV headcount writes goes through ``safe_cell``.

The text headcount keeps (sentences, titles, outlets, sources) comes from pages anyone can write. A cell
that starts with ``=``, ``+``, ``-`` or ``@`` is read as a formula by Excel, LibreOffice and Google Sheets,
and a leading tab or carriage return hides such a start from a quick look; so, as the OWASP guidance on
CSV injection says, such a cell gets a leading apostrophe, which spreadsheets show as text and do not
evaluate. Numbers are not touched: an int or float (``-5`` in a ``low`` column) cannot be a formula, and
neither can a string that is only a signed number (``-5``, ``+1.5``), so numeric columns stay numeric.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""The first characters OWASP lists as starting a formula (or hiding one)."""

_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """The value as a CSV cell that no spreadsheet evaluates; numbers and plain signed numbers unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """Every cell of a CSV row through ``safe_cell``."""
    return {k: safe_cell(v) for k, v in row.items()}

"""The public API is what ``headcount.__all__`` says: pinned, sorted and complete (httpx's test_exported_members)."""

from __future__ import annotations

import types

import headcount

PUBLIC = ["Claim", "Document", "Figure", "HeadcountError", "__version__", "extract", "parse_numbers"]


def test_all_is_pinned() -> None:
    # Changing the public API is a decision: update this list in the same commit and say so.
    assert headcount.__all__ == PUBLIC


def test_all_is_sorted() -> None:
    assert headcount.__all__ == sorted(headcount.__all__)


def test_all_is_complete_and_resolvable() -> None:
    for name in headcount.__all__:
        assert hasattr(headcount, name), name
    exported = {
        name for name, value in vars(headcount).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType) and name != "annotations"
        and name != "logging"
    }
    assert exported <= set(headcount.__all__), f"public but not in __all__: {sorted(exported - set(PUBLIC))}"


def test_version_is_a_string() -> None:
    assert isinstance(headcount.__version__, str) and headcount.__version__.count(".") == 2

"""Running the CLI in-process for the reconcile command tests."""

from __future__ import annotations

import json
from typing import Any

from click.testing import CliRunner

from headcount.cli import main


def cli(*args: str, ok: bool = True) -> Any:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def as_json(result: Any) -> Any:
    return json.loads(result.output)

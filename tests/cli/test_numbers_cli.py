"""The shape of `headcount numbers` output (the command itself belongs to the number layer)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from headcount.cli import main

LINES = "About 8,000 people left.\nNo numbers here.\nBetween 16,000 and 18,000 were inside.\n"


def test_numbers_prints_one_object_per_line() -> None:
    result = CliRunner().invoke(main, ["numbers", "-"], input=LINES, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["text"] for o in objs] == LINES.splitlines()
    for o in objs:
        assert set(o) == {"text", "figures"}
        for f in o["figures"]:
            assert {"start", "end", "figure", "low", "high", "approx", "qualifier"} <= set(f)
            assert o["text"][f["start"]:f["end"]] == f["figure"]
    assert objs[1]["figures"] == []
    assert any(f["low"] == 8000 for f in objs[0]["figures"])

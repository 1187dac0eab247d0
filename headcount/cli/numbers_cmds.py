"""``headcount numbers [FILE|-]``: the number layer on its own, one JSON line per input line.

This is how the layer is tried by hand and checked against other projects' suites: each line of the
input becomes ``{"text": line, "figures": [Figure.as_dict(), ...]}``.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

import click

from headcount.cli.app import main
from headcount.extract.numbers import parse_numbers


def _emit(stream: TextIO) -> None:
    for raw in stream:
        line = raw.rstrip("\r\n")
        figures = [f.as_dict() for f in parse_numbers(line)]
        click.echo(json.dumps({"text": line, "figures": figures}, ensure_ascii=False))


@main.command("numbers")
@click.argument("source", default="-", metavar="[FILE|-]")
def numbers_cmd(source: str) -> None:
    """Print every number expression of each input line (FILE, or standard input for - or nothing)."""
    if source == "-":
        _emit(sys.stdin)
        return
    try:
        with open(source, encoding="utf-8") as fh:
            _emit(fh)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        print(f"headcount numbers: {source}: cannot read ({reason})", file=sys.stderr)
        raise SystemExit(1) from None

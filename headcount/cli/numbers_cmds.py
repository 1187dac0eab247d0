"""``headcount numbers [FILE|-]``: the number layer on its own, one JSON line per input line.

This is how the layer is tried by hand and checked against other projects' suites: each line of the
input becomes ``{"text": line, "figures": [Figure.as_dict(), ...]}``. ``--language CODE`` reads the lines
by that language's number conventions ("5 210", "1.234,5", "тисячі", Arabic-Indic digits); without it
they are read as English, as before, since a line of figures is too short to identify its language.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

import click

from headcount.cli.app import main
from headcount.cli.extract_cmds import language_option
from headcount.extract.numbers import parse_numbers


def _emit(stream: TextIO, language: str) -> None:
    for raw in stream:
        line = raw.rstrip("\r\n")
        figures = [f.as_dict() for f in parse_numbers(line, language=language)]
        click.echo(json.dumps({"text": line, "figures": figures}, ensure_ascii=False))


@main.command("numbers")
@click.argument("source", default="-", metavar="[FILE|-]")
@language_option
def numbers_cmd(source: str, language: str | None) -> None:
    """Print every number expression of each input line (FILE, or standard input for - or nothing)."""
    lang = language or "en"
    if source == "-":
        _emit(sys.stdin, lang)
        return
    try:
        with open(source, encoding="utf-8") as fh:
            _emit(fh, lang)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        print(f"headcount numbers: {source}: cannot read ({reason})", file=sys.stderr)
        raise SystemExit(1) from None

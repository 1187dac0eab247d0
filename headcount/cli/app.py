"""The click group every command hangs on; command modules import ``main`` from here and register."""

from __future__ import annotations

import logging
import sys

import click

from headcount import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="headcount")
@click.option("-v", "--verbose", count=True, help="-v for INFO, -vv for DEBUG, on stderr.")
def main(verbose: int) -> None:
    """headcount: counts of people in the news, with who says so, kept and reconciled."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")

"""Command-line interface: a click group with one thin command per stage.

Each ``*_cmds`` module registers its commands on ``main`` when imported; keeping them in separate modules
keeps each under a few hundred lines and lets stages evolve without touching each other.
"""

from __future__ import annotations

from headcount.cli import (  # noqa: F401  (imported for their commands)
    check_cmds,
    extract_cmds,
    ledger_cmds,
    numbers_cmds,
    party_cmds,
    reconcile_cmds,
    spark_cmds,
    web_cmds,
)
from headcount.cli.app import main

__all__ = ["main"]

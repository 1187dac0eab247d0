"""Every CLI command and each of its options is documented, in docs/cli.md or the README.

Why: the CLI grows with each area (ledger, reconcile, Spark, web) and its docs fell behind it; a user reading
docs/cli.md should find every command and every option there. The test walks the click group, so a new
command or option fails it until it is written down.

Where it looks: a command's documentation is its ``## headcount COMMAND`` section of docs/cli.md (for a
subcommand, also its group's section), the section of options every ledger command takes, and the README
lines that name ``headcount COMMAND``. Each of the command's options (its long flag, or its short one when
it has no long one) must appear there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from headcount.cli import main

REPO = Path(__file__).resolve().parents[2]
CLI_MD = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
README = (REPO / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "") -> Iterator[tuple[str, click.Command]]:
    """(path, command) for every leaf command under the group, e.g. ("spark extract", ...)."""
    for name, cmd in sorted(group.commands.items()):
        path = f"{prefix}{name}"
        if isinstance(cmd, click.Group):
            yield from commands(cmd, path + " ")
        else:
            yield path, cmd


COMMANDS = dict(commands(main))  # type: ignore[arg-type]


def section(heading: str) -> str:
    """The body of the docs/cli.md section with this ``## `` heading, or ""."""
    found = re.search(rf"^## {re.escape(heading)}\s*$(.*?)(?=^## |\Z)", CLI_MD, re.M | re.S)
    return found.group(1) if found else ""


def documentation(path: str) -> str:
    """Where a command is documented: its ``## headcount PATH`` section of docs/cli.md (a subcommand also
    its group's), the section of options every ledger command shares, and the README lines naming it."""
    parts = path.split()
    own = "\n".join(section(f"headcount {' '.join(parts[:n])}") for n in range(len(parts), 0, -1))
    pattern = re.compile(rf"headcount {re.escape(path)}(?![\w-])")
    lines = [line for line in README.splitlines() if pattern.search(line)]
    if not own.strip() and not lines:
        return ""
    return "\n".join([own, section("Options every ledger command takes"), *lines])


def flag(param: click.Parameter) -> str:
    names = [*param.opts, *param.secondary_opts]
    longs = [n for n in names if n.startswith("--")]
    return max(longs, key=len) if longs else names[0]


def test_the_walk_finds_the_commands() -> None:
    assert {"extract", "ingest", "eval", "serve"} <= set(COMMANDS)
    assert any(" " in path for path in COMMANDS), "no subcommand of a group found"


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_every_command_and_option_is_documented(path: str) -> None:
    doc = documentation(path)
    assert doc.strip(), f"`headcount {path}` has no '## headcount {path}' section in docs/cli.md nor a README line"
    missing = [flag(p) for p in COMMANDS[path].params
               if isinstance(p, click.Option) and not p.hidden and flag(p) not in doc]
    assert not missing, f"`headcount {path}`: options not documented in docs/cli.md or README: {missing}"

"""Output formats and error reporting shared by every command (sqlite-utils' ``output_options`` idea).

- ``format_option(...)``: a decorator adding ``--format`` with the formats a command supports.
- ``RecordWriter``: streams records as JSONL (one per line, flushed as it goes), a JSON array (streamed
  too, so memory does not grow with the input) or CSV (cells a spreadsheet would run as a formula are
  neutralised, ``headcount.spreadsheet``); ``rich_table`` builds the human table.
- ``report`` prints one error line on stderr; ``one_line_errors`` wraps a command body so a
  ``HeadcountError`` becomes click's one-line ``Error: ...``, an operating-system error on a file names
  the file and what went wrong, and anything unexpected becomes ``internal error: ...`` instead of a
  traceback (the traceback is logged at DEBUG, ``-vv``).
- ``output_path`` checks a file a command is about to write before the work that fills it starts.
"""

from __future__ import annotations

import csv
import functools
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar, cast

import click

from headcount.errors import HeadcountError
from headcount.spreadsheet import safe_cell

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])

PIPE_WIDTH = 120
"""Table width when stdout is not a terminal and ``COLUMNS`` does not say: fixed, so a file or a pager gets
the same readable layout every time."""

FORMAT_HELP = {
    "table": "a readable table per document (default)",
    "jsonl": "one JSON object per line",
    "json": "one JSON array",
    "csv": "comma-separated values with a header row",
}


def format_option(choices: Sequence[str] = ("table", "jsonl", "json"), default: str | None = None) -> Callable[[F], F]:
    """``--format/-f`` limited to ``choices``; the value reaches the command as ``fmt``."""
    default = default or choices[0]
    help_text = "; ".join(f"{c}: {FORMAT_HELP.get(c, c)}" for c in choices)
    return click.option("--format", "-f", "fmt", type=click.Choice(list(choices)), default=default,
                        show_default=True, help=f"Output format ({help_text}).")


def _json_default(value: Any) -> Any:
    if hasattr(value, "as_dict"):
        return value.as_dict()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def dumps(record: Any) -> str:
    """Compact JSON, non-ASCII kept as is (news text is multilingual)."""
    return json.dumps(record, ensure_ascii=False, default=_json_default)


class RecordWriter:
    """Write records one at a time in jsonl, json (a streamed array) or csv; call ``close()`` at the end."""

    def __init__(self, fmt: str, stream: IO[str], fieldnames: Sequence[str] | None = None) -> None:
        if fmt not in ("jsonl", "json", "csv"):
            raise ValueError(f"RecordWriter: unknown format {fmt!r}")
        self.fmt = fmt
        self.stream = stream
        self.count = 0
        self._csv: csv.DictWriter[str] | None = None
        self._fieldnames = list(fieldnames) if fieldnames else None

    def write(self, record: Mapping[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.stream.write(dumps(record) + "\n")
            self.stream.flush()
        elif self.fmt == "json":
            self.stream.write(("[\n" if self.count == 0 else ",\n") + dumps(record))
        else:
            if self._csv is None:
                self._csv = csv.DictWriter(self.stream, fieldnames=self._fieldnames or list(record),
                                           extrasaction="ignore")
                self._csv.writeheader()
            self._csv.writerow({k: _csv_cell(v) for k, v in record.items()})
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


def _csv_cell(value: Any) -> Any:
    """A CSV cell: lists and dicts as JSON, None as empty, text that a spreadsheet would run neutralised."""
    if isinstance(value, list | dict):
        return safe_cell(dumps(value))
    return "" if value is None else safe_cell(value)


def write_records(records: Iterable[Mapping[str, Any]], fmt: str, stream: IO[str],
                  fieldnames: Sequence[str] | None = None) -> int:
    """Write all records in one go; returns how many."""
    writer = RecordWriter(fmt, stream, fieldnames)
    for r in records:
        writer.write(r)
    writer.close()
    return writer.count


def rich_table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[str]],
               caption: str | None = None, nowrap: Sequence[str] = ()) -> Any:
    """A rich.table.Table with the house style (imported lazily: rich costs time to import)."""
    from rich import box
    from rich.table import Table

    table = Table(title=title, caption=caption, box=box.SIMPLE_HEAD, title_justify="left", show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold", no_wrap=c in nowrap)
    for row in rows:
        table.add_row(*row)
    return table


def output_width(stream: IO[str] | None = None) -> int:
    """Columns to fill: the terminal's when printing to one, else ``COLUMNS`` when set, else ``PIPE_WIDTH``."""
    import shutil

    out = stream or sys.stdout
    env = os.environ.get("COLUMNS", "")
    if env.isdecimal() and int(env) >= 40:
        return int(env)
    try:
        if out.isatty():
            return max(40, shutil.get_terminal_size((PIPE_WIDTH, 24)).columns)
    except (AttributeError, ValueError, OSError):
        pass
    return PIPE_WIDTH


def console(stream: IO[str] | None = None, width: int | None = None) -> Any:
    """A rich Console on click's current stdout (so CliRunner captures it), ``output_width`` wide."""
    from rich.console import Console

    out = stream or sys.stdout
    return Console(file=out, soft_wrap=False, highlight=False, width=width or output_width(out))


def wide_option(fn: F) -> F:
    """``--wide``: every column at its full width, even past the terminal's edge (tables only)."""
    return click.option("--wide", is_flag=True, help="Tables: show every column in full, even past the "
                                                       "terminal's width.")(fn)


def report(message: str) -> None:
    """One error line on stderr: ``error: <where>: <what>``."""
    click.echo(f"error: {' '.join(str(message).split())}", err=True)


def internal_error(where: str, exc: BaseException) -> str:
    """The one line for a bug: where it happened and what was raised (the traceback goes to DEBUG)."""
    log.debug("internal error in %s", where, exc_info=exc)
    detail = " ".join(str(exc).split()) or "no message"
    return f"internal error in {where}: {type(exc).__name__}: {detail}"


def output_path(path: str) -> Path:
    """``path`` when a file can be written there; else one line naming it and what is wrong, raised before
    a command spends minutes on what it would write (a report, an export, a plot)."""
    p = Path(path).expanduser()
    parent = p.parent if str(p.parent) else Path(".")
    why = None
    if p.is_dir():
        why = "it is a directory"
    elif not parent.exists():
        why = f"no such directory {parent}"
    elif not parent.is_dir():
        why = f"{parent} is not a directory"
    elif (p.exists() and not os.access(p, os.W_OK)) or not os.access(parent, os.W_OK | os.X_OK):
        why = "permission denied"
    if why:
        raise click.ClickException(f"cannot write {path}: {why}")
    return p


def os_error_line(exc: OSError) -> str:
    """An operating-system error as one line that names the file: ``cannot use out.csv: No such file ...``."""
    name = exc.filename if exc.filename is not None else None
    what = exc.strerror or str(exc)
    return f"cannot use {name}: {what}" if name is not None else f"{type(exc).__name__}: {what}"


def one_line_errors(fn: F) -> F:
    """Wrap a command body: library errors and bugs leave as one ``Error: ...`` line and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt, SystemExit):
            raise
        except HeadcountError as exc:
            raise click.ClickException(" ".join(str(exc).split())) from None
        except BrokenPipeError:  # `headcount extract ... | head`: stop quietly
            raise SystemExit(0) from None
        except OSError as exc:  # a file that cannot be written or read: name it, it is not a bug
            log.debug("%s", exc, exc_info=exc)
            raise click.ClickException(os_error_line(exc)) from None
        except Exception as exc:
            raise click.ClickException(internal_error(fn.__name__, exc)) from None

    return cast(F, wrapper)

"""Tables that fit the terminal they are printed on.

Every table command describes its columns (``Column``): short ones (an 8-character id, a date, a value) are
never split; medium ones (who, place, party) end in "…" past their ``most`` width; one flexible column (the
sentence) takes what is left and shows an excerpt centred on the figure, with the figure marked. When even
that does not fit, the columns a reader needs least (lowest ``keep``) are left out, and the caption names
them and says ``--wide`` shows them. ``--wide`` prints every column in full whatever the width.

Each row is one line, so 80 columns show as many claims as 120 do, only with fewer columns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

SHORT_ID = 8
"""Characters of an id shown in a table; the ledger accepts any unique prefix of 6 or more (``show``)."""

FLEX_MIN = 28
"""Narrowest useful excerpt: below it, columns are left out so the sentence stays readable."""

GAP = 2
"""Spaces between two columns."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its header, how much it matters (``keep``: the lowest go first) and its widest cell."""

    name: str
    keep: int = 50
    most: int = 0  # widest cell in characters before "…" (0: as wide as its content)
    flex: bool = False  # the one column that takes the width left over (an excerpt)
    right: bool = False  # numbers align right


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A sentence and the figure's place in it (offsets into ``text``), cut to width only when printed."""

    text: str
    start: int
    end: int

    def plain(self) -> str:
        return " ".join(self.text.split())


Cell = str | Excerpt


def short_id(value: str | None) -> str:
    return (value or "")[:SHORT_ID]


def compact_date(value: str | None) -> str:
    """``2016-11-27`` stays; a timestamp loses its seconds and zone (``2016-11-27 14:05``)."""
    if not value:
        return ""
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", value)
    if not m:
        return value
    return m.group(1) if not m.group(2) else f"{m.group(1)} {m.group(2)}"


def cut(text: str, width: int) -> str:
    """``text`` on one line, at most ``width`` characters, "…" where it was cut."""
    flat = " ".join(str(text).split())
    if width <= 0 or len(flat) <= width:
        return flat
    return flat[: max(0, width - 1)] + "…"


def centred(ex: Excerpt, width: int) -> tuple[str, int, int]:
    """The excerpt of ``ex`` that fits ``width``, centred on the figure; returns (text, figure start, end)."""
    squash = re.compile(r"\s+")
    lead = squash.sub(" ", ex.text[: ex.start]).lstrip()
    fig = squash.sub(" ", ex.text[ex.start: ex.end])
    tail = squash.sub(" ", ex.text[ex.end:]).rstrip()
    flat = lead + fig + tail
    fs, fe = len(lead), len(lead) + len(fig)
    if len(flat) <= width:
        return flat, fs, fe
    room = width - len(fig)
    if room < 2:  # the figure alone fills the cell: show its beginning
        out = fig if len(fig) <= width else fig[: width - 1] + "…"
        return out, 0, min(len(out), len(fig))
    # context on each side, at least one character where there is any (room for its "…")
    left_n = min(len(lead), max(1 if lead else 0, room // 2))
    right_n = min(len(tail), room - left_n)
    left_n = min(len(lead), room - right_n)
    left = lead if left_n == len(lead) else "…" + lead[len(lead) - left_n + 1:]
    right = tail if right_n == len(tail) else tail[: right_n - 1] + "…"
    return left + fig + right, len(left), len(left) + len(fig)


def natural(col: Column, cells: Sequence[Cell]) -> int:
    widest = max((len(c.plain() if isinstance(c, Excerpt) else " ".join(str(c).split())) for c in cells),
                 default=0)
    width = max(len(col.name), widest)
    return min(width, max(col.most, len(col.name))) if col.most and not col.flex else width


def layout(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], width: int,
           wide: bool = False) -> tuple[list[int], dict[int, int]]:
    """Which columns to show (indexes) and their widths, so a line is at most ``width`` characters."""
    nat = {i: natural(c, [r[i] for r in rows]) for i, c in enumerate(columns)}
    if wide:
        full = {i: max(len(c.name), max((len(_flat(r[i])) for r in rows), default=0))
                for i, c in enumerate(columns)}
        return list(range(len(columns))), full
    shown = list(range(len(columns)))
    while True:
        fixed = sum(nat[i] for i in shown if not columns[i].flex) + GAP * (len(shown) - 1)
        flex = [i for i in shown if columns[i].flex]
        room = width - fixed
        if flex:
            if room >= min(FLEX_MIN, nat[flex[0]]) or len(shown) <= 2:
                widths = {i: nat[i] for i in shown}
                widths[flex[0]] = max(1, min(nat[flex[0]], room))
                return shown, widths
        elif room >= 0 or len(shown) <= 1:
            widths = {i: nat[i] for i in shown}
            over = -room
            for i in sorted(shown, key=lambda j: -widths[j]):  # still too wide: the widest give way
                if over <= 0:
                    break
                give = min(over, max(0, widths[i] - max(SHORT_ID, len(columns[i].name))))
                widths[i] -= give
                over -= give
            return shown, widths
        drop = min((i for i in shown if not columns[i].flex), key=lambda i: (columns[i].keep, -i))
        shown.remove(drop)


def _marked(cell: Cell) -> bool:
    return isinstance(cell, Excerpt) and cell.end > cell.start


def _flat(cell: Cell) -> str:
    return cell.plain() if isinstance(cell, Excerpt) else " ".join(str(cell).split())


def render(title: str | None, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *, width: int,
           wide: bool = False, caption: str | None = None, mark: str = "terminal", legend: bool = True,
           caption_for: str | None = None) -> Any:
    """A rich Table ready to print: every row one line, at most ``width`` wide (unless ``wide``).

    ``mark`` says how the figure in an excerpt is marked: ``terminal`` (highlighted), ``brackets``
    (``[figure]``, for output that keeps no colour).
    """
    from rich import box
    from rich.table import Table
    from rich.text import Text

    shown, widths = layout(columns, rows, width, wide)
    left_out = [columns[i].name for i in range(len(columns)) if i not in shown]
    # a caption that explains one column (``caption_for``) goes when that column is left out at this width
    explains = caption_for is None or any(columns[i].name == caption_for for i in shown)
    notes = [caption] if caption and explains else []
    if legend and any(isinstance(r[i], Excerpt) and _marked(r[i]) for r in rows for i in shown):
        notes.append("the figure is highlighted in its sentence" if mark == "terminal"
                     else "[ ] marks the figure in its sentence")
    if left_out:
        notes.append(f"not shown at this width: {', '.join(left_out)} (--wide shows them)")
    table = Table(title=title, caption="; ".join(notes) or None, box=box.SIMPLE_HEAD, title_justify="left",
                  caption_justify="left", show_edge=False, pad_edge=False, padding=(0, 1, 0, 0),
                  collapse_padding=True)
    for i in shown:
        c = columns[i]
        table.add_column(c.name, width=widths[i], no_wrap=True, overflow="ellipsis" if not wide else "fold",
                         justify="right" if c.right else "left")
    for r in rows:
        cells: list[Any] = []
        for i in shown:
            cell = r[i]
            if isinstance(cell, Excerpt):
                cells.append(_excerpt_text(cell, widths[i], mark, wide))
            else:
                cells.append(Text(cut(cell, widths[i]) if not wide else _flat(cell)))
        table.add_row(*cells)
    return table


def _excerpt_text(ex: Excerpt, width: int, mark: str, wide: bool) -> Any:
    from rich.text import Text

    room = width if mark == "terminal" else max(1, width - 2)
    text, fs, fe = centred(ex, 10**6 if wide else room)
    if mark != "terminal" and fe > fs:
        text = text[:fs] + "[" + text[fs:fe] + "]" + text[fe:]
        fe += 2
    out = Text(text)
    if mark == "terminal" and fe > fs:
        out.stylize("bold reverse", fs, fe)
    return out


def mark_legend(con: Any) -> str:
    """How the figure is marked on this console, for a legend printed once below several tables."""
    marked = con.is_terminal and con.color_system
    return "the figure is highlighted in its sentence" if marked else "[ ] marks the figure in its sentence"


def table_width(columns: Sequence[Column], widths: dict[int, int], shown: Sequence[int]) -> int:
    return sum(widths[i] for i in shown) + GAP * (len(shown) - 1)


def print_table(con: Any, title: str | None, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *,
                wide: bool = False, caption: str | None = None, legend: bool = True,
                caption_for: str | None = None) -> None:
    """Lay out and print on ``con`` (a rich Console); with ``wide`` the console widens to the table."""
    if not rows:
        con.print(title or "nothing to show")
        return
    mark = "terminal" if con.is_terminal and con.color_system else "brackets"
    table = render(title, columns, rows, width=con.width, wide=wide, caption=caption, mark=mark, legend=legend,
                   caption_for=caption_for)
    if wide:
        shown, widths = layout(columns, rows, con.width, wide=True)
        need = table_width(columns, widths, shown) + 4
        if need > con.width:
            con.width = need
    con.print(table)

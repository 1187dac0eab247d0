"""Groups for arithmetic: which categories count the same kind of people, and which are parts of which.

A careful reader adds "1,217 armed" to "728 militants" and checks "13 children" against "82 civilians"
without thinking; to do it by rule we fold each category into a group and keep the groups in a tree
(``lexicons/groups.toml``): children, women, elderly < civilians < people; fighters, soldiers <
combatants < people. Families and households are units of their own, never added to counts of people.

The extractor fills ``Claim.group`` from it and reconcile does its arithmetic with it, so it lives beside the
table it reads, where both can import it without the extractor depending on reconcile; it imports nothing heavy.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from headcount.errors import LexiconError
from headcount.lexicons import load

ROOT = "people"


@dataclass(frozen=True, slots=True)
class Group:
    name: str
    part_of: str | None
    unit: str
    members: frozenset[str]
    whole: frozenset[str]


@dataclass(frozen=True, slots=True)
class GroupTable:
    groups: dict[str, Group]
    by_word: dict[str, str]


def _validate(data: dict[str, Any]) -> GroupTable:
    where = "lexicons/groups.toml"
    tables = data.get("groups")
    if not isinstance(tables, dict) or not tables:
        raise LexiconError("'groups' must be a non-empty table of tables", where=where)
    problems: list[str] = []
    groups: dict[str, Group] = {}
    by_word: dict[str, str] = {}
    for name, t in tables.items():
        if not isinstance(t, dict):
            problems.append(f"groups.{name} must be a table")
            continue
        members = t.get("members", [])
        if not isinstance(members, list) or not all(isinstance(m, str) and m.strip() for m in members):
            problems.append(f"groups.{name}.members must be a list of non-empty strings")
            members = []
        part_of = t.get("part_of")
        if part_of is not None and part_of not in tables:
            problems.append(f"groups.{name}.part_of: no group {part_of!r}")
        unit = t.get("unit", "person")
        whole = t.get("whole", [name])
        if not isinstance(whole, list) or not all(isinstance(w, str) for w in whole):
            problems.append(f"groups.{name}.whole must be a list of strings")
            whole = [name]
        groups[name] = Group(name, part_of, unit, frozenset(m.lower() for m in [name, *members]),
                             frozenset(w.lower() for w in whole))
        for word in groups[name].members:
            if word in by_word and by_word[word] != name:
                problems.append(f"{word!r} is in both groups.{by_word[word]} and groups.{name}")
            by_word[word] = name
    for name, g in groups.items():  # no cycles, and a part has the unit of its whole
        seen = {name}
        cur = g
        while cur.part_of is not None:
            if cur.part_of in seen:
                problems.append(f"groups.{name}: part_of makes a cycle")
                break
            seen.add(cur.part_of)
            parent = groups.get(cur.part_of)
            if parent is None:
                break
            if parent.unit != g.unit:
                problems.append(f"groups.{name} (unit {g.unit}) cannot be part of {parent.name} (unit {parent.unit})")
            cur = parent
    if problems:
        raise LexiconError("; ".join(problems), where=where)
    return GroupTable(groups, by_word)


@cache
def table() -> GroupTable:
    """The packaged group table, validated once."""
    return _validate(load("groups"))


_IRREGULAR = {"child": "children", "woman": "women", "man": "men", "person": "people", "baby": "babies"}


def _fold(word: str) -> str:
    w = " ".join(word.lower().replace("’", "'").split())
    return _IRREGULAR.get(w, w)


def group_of(category: str | None) -> str:
    """The group a category belongs to ("kids" -> "children", "armed" -> "fighters"); "people" if unknown."""
    if not category:
        return ROOT
    t = table()
    w = _fold(category)
    for cand in (w, w.removesuffix("s"), w + "s", w.removesuffix("es"), w[:-1] + "ies" if w.endswith("y") else w,
                 w.split()[-1] if " " in w else w):
        if cand in t.by_word:
            return t.by_word[cand]
    return ROOT


def parents(group: str) -> list[str]:
    """The chain of wholes above a group, nearest first: "children" -> ["civilians", "people"]."""
    t = table()
    out: list[str] = []
    g = t.groups.get(group)
    while g is not None and g.part_of is not None and g.part_of not in out:
        out.append(g.part_of)
        g = t.groups.get(g.part_of)
    return out


def is_part_of(part: str, whole: str) -> bool:
    """True when every member of ``part`` is also counted in ``whole`` (strictly: a group is not its own part)."""
    return part != whole and whole in parents(part)


def counts_whole(category: str | None) -> bool:
    """True when a category names its whole group ("people", "civilians"), not a subset ("wounded")."""
    g = table().groups.get(group_of(category))
    return g is not None and _fold(category or "") in g.whole


def unit_of(group: str) -> str:
    """What one counted thing is for this group: "person", "family" or "household"."""
    g = table().groups.get(group)
    return g.unit if g else "person"


def comparable(a: str, b: str) -> bool:
    """Two groups whose counts can be compared or added: the same unit."""
    return unit_of(a) == unit_of(b)

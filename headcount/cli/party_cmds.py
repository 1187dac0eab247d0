"""`headcount parties`: each party of the ledger with its track record, and the edits (set, merge, unmerge)
stored in the ledger and laid over the packaged registry."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from headcount.cli.app import main
from headcount.cli.ledger_cmds import db_option, open_ledger
from headcount.cli.output import console, format_option, one_line_errors, wide_option, write_records
from headcount.cli.reconcile_cmds import run_analysis
from headcount.cli.tables import Column, Excerpt, print_table

if TYPE_CHECKING:
    from headcount.reconcile.analysis import Analysis


@main.group("parties", invoke_without_command=True)
@format_option(("table", "json", "jsonl", "csv"))
@db_option
@wide_option
@click.pass_context
@one_line_errors
def parties_group(ctx: click.Context, fmt: str, db: str, wide: bool = False) -> None:
    """Each party in the ledger: kind, aliases, claims, and its track record on settled quantities."""
    if ctx.invoked_subcommand is not None:
        return
    a = run_analysis(db, checks=False)
    records = _party_records(a)
    if fmt != "table":
        write_records(records, fmt, sys.stdout, list(records[0]) if records else None)
        return
    rows: list[list[str | Excerpt]] = [
        [r["name"], r["kind"], str(r["claims"]), str(r["scored"] or ""),
         "" if r["median_abs_log_error"] is None else f"{r['median_abs_log_error']:.2f}",
         "" if r["bias"] is None else f"{r['bias']:+.2f}", Excerpt("; ".join(a for a in r["aliases"] if a != r["name"]), 0, 0)]
        for r in records]
    columns = [Column("party", 100, most=32), Column("kind", 80, most=12), Column("claims", 90, right=True),
               Column("scored", 60, right=True), Column("error", 50, right=True), Column("bias", 55, right=True),
               Column("also called", 40, flex=True)]
    print_table(console(), f"{len(records)} parties", columns, rows, wide=wide,
                caption="scored: claims compared with a settled figure; error: median distance from it (log "
                        "ratio, 0 is exact); bias above 0: counts high, below 0: counts low")


def _party_records(a: Analysis) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    written: dict[str, set[str]] = {}
    first: dict[str, Any] = {}
    for s in a.all_series:
        for p in s.points:
            counts[p.party.key] = counts.get(p.party.key, 0) + 1
            first.setdefault(p.party.key, p.party)
            if p.party.as_written:
                written.setdefault(p.party.key, set()).add(" ".join(p.party.as_written.split()))
    records = {t.party: t for t in a.records()}
    out = []
    for key in sorted(counts, key=lambda k: (-counts[k], k)):
        party = a.registry.get(key)
        res = first[key]
        t = records.get(key)
        aliases = list(party.aliases) if party else []
        aliases += sorted(w for w in written.get(key, ()) if w not in aliases)
        out.append({"key": key, "name": party.name if party else res.name, "kind": party.kind if party else res.kind,
                    "known": party is not None, "claims": counts[key], "aliases": aliases,
                    "scored": t.scored if t else 0,
                    "median_abs_log_error": round(t.median_abs_error, 4) if t else None,
                    "bias": round(t.bias, 4) if t else None,
                    "scored_claims": [c for sc in t.scores for c in sc.claims] if t else []})
    return out


@parties_group.command("set")
@click.argument("name")
@click.option("--kind", help="government, military, un, ngo, monitor, media, armed_group, witness, unnamed, other.")
@click.option("--alias", "aliases", multiple=True, help="Another name that always means this party (repeatable).")
@click.option("--member", "members", multiple=True, help="A person who speaks for this party (repeatable).")
@db_option
@one_line_errors
def parties_set(name: str, kind: str | None, aliases: tuple[str, ...], members: tuple[str, ...], db: str) -> None:
    """Edit a party (by registry key or any of its names): its kind, more aliases, more members.

    A name the registry does not know becomes a new party (give --kind). Stored in the ledger, laid over the
    packaged registry on every later command.
    """
    from headcount.reconcile.parties import KINDS
    from headcount.store.reconcile_repo import ReconcileStore

    if kind is not None and kind not in KINDS:
        raise click.BadParameter(f"{kind!r} is not one of {', '.join(sorted(KINDS))}", param_hint="--kind")
    if kind is None and not aliases and not members:
        raise click.UsageError("nothing to change: give --kind, --alias or --member")
    with open_ledger(db) as ledger:
        store = ReconcileStore(ledger.engine)
        from headcount.reconcile.analysis import registry_with

        registry = registry_with(store.party_overlay())
        key, new_name = _party_key(name, registry)
        if new_name is not None and kind is None:
            raise click.UsageError(f"{name!r} is not a known party: give --kind to add it")
        store.edit_party(key, name=new_name, kind=kind, aliases=aliases + ((name,) if new_name else ()),
                         members=members)
        updated = registry_with(store.party_overlay()).get(key)
        from headcount.store.findings_repo import reconcile

        reconcile(ledger.engine)  # edit_party marked every series dirty (who a source is may change)
    assert updated is not None
    click.echo(f"{updated.name} [{key}]: kind {updated.kind}; {len(updated.aliases)} aliases, "
               f"{len(updated.members)} members")


@parties_group.command("merge")
@click.argument("party")
@click.argument("into")
@db_option
@one_line_errors
def parties_merge(party: str, into: str, db: str) -> None:
    """Make PARTY one with INTO: its figures count as INTO's from now on (kept in the ledger).

    Each is a party key as `headcount parties --format jsonl` lists it, or a name: the party's name, a name
    it is written as in the claims, or any name the registry resolves. `parties unmerge PARTY` undoes it.
    """
    from headcount.store.reconcile_repo import ReconcileStore

    a = run_analysis(db, checks=False)
    records = _party_records(a)
    src, dst = _ledger_party(party, records, a.registry), _ledger_party(into, records, a.registry)
    if a.registry.merge_target(dst) == src or src == dst:
        raise click.UsageError(f"{party!r} and {into!r} are one party already ({src})")
    with open_ledger(db) as ledger:
        ReconcileStore(ledger.engine).merge_parties(src, dst)
        _reparty(ledger.engine)
    names = {r["key"]: r["name"] for r in records}
    click.echo(f"merged: {names.get(src, src)} [{src}] is now counted as {names.get(dst, dst)} [{dst}]")


@parties_group.command("unmerge")
@click.argument("party")
@db_option
@one_line_errors
def parties_unmerge(party: str, db: str) -> None:
    """Undo `parties merge PARTY ...`: PARTY (its key) counts as itself again."""
    from headcount.store.reconcile_repo import ReconcileStore

    with open_ledger(db) as ledger:
        undone = ReconcileStore(ledger.engine).unmerge_party(party)
        if undone:
            _reparty(ledger.engine)
    if not undone:
        raise click.ClickException(f"{party!r} is not merged into another party (give its key)")
    click.echo(f"unmerged: {party}")


def _reparty(engine: Any) -> None:
    """After a party merge or unmerge (which mark every series dirty): the series are read again and their
    stored findings replaced now, so `check` answers at once."""
    from headcount.store.findings_repo import reconcile

    reconcile(engine)


def _ledger_party(name: str, records: list[dict[str, Any]], registry: Any) -> str:
    """The key of the party NAME means: a key of the ledger's parties or the registry, a party's name or a
    name its claims write it as (any case), else what the registry resolves the name to."""
    folded = name.casefold().strip()
    for r in records:
        if name == r["key"] or folded == r["name"].casefold() or folded in (x.casefold() for x in r["aliases"]):
            return str(r["key"])
    if registry.get(name) is not None:
        return name
    return str(registry.resolve(name).key)


def _party_key(name: str, registry: Any) -> tuple[str, str | None]:
    """The registry key NAME means, or a new key (and the name to give it) for a party the registry lacks."""
    import re

    if registry.get(name) is not None:
        return name, None
    res = registry.resolve(name)
    if res.how not in ("unknown", "outlet", "fragment"):
        return res.key, None
    slug = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_") or "party"
    return f"user_{slug}", " ".join(name.split())



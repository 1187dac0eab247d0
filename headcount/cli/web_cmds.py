"""Web commands: ``headcount serve`` (the web app) and ``headcount token create|list|revoke`` (API tokens).

FastAPI, Jinja2 and uvicorn belong to the ``web`` extra and are imported only when ``serve`` runs; when one
is missing the command says, in one line, which extra to install.
"""

from __future__ import annotations

import importlib.util

import click

from headcount.cli.app import main
from headcount.cli.ledger_cmds import db_option, open_ledger
from headcount.cli.output import one_line_errors


def _need_web_extra() -> None:
    from headcount.web import WEB_MODULES

    missing = [m for m in WEB_MODULES if importlib.util.find_spec(m) is None]
    if missing:
        raise click.ClickException(
            f"the web app needs the 'web' extra ({', '.join(missing)} missing): pip install 'headcount[web]'")


@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default; "
              "give 0.0.0.0 to serve a team, preferably with --private).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--private", is_flag=True, help="Reading needs an API token too (writing always does).")
@click.option("--allow-private-fetch", is_flag=True, help="Let web ingest fetch loopback and private addresses "
              "(refused by default, as `headcount ingest` does).")
@click.option("--max-size", type=click.FloatRange(min=0, min_open=True), default=20.0, show_default=True,
              metavar="MB", help="Largest upload or download ingested through the web.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes. Pages, the API and sign-in sessions live in the database, so any worker "
              "answers any request; an ingest job's progress page is kept by the worker that runs it.")
@one_line_errors
def serve_command(db: str, host: str, port: int, private: bool, allow_private_fetch: bool, max_size: float,
                  workers: int) -> None:
    """Serve the web app over the ledger: series charts, findings, parties, claims in context, JSON API.

    Pages at http://HOST:PORT/, the API under /api/ (OpenAPI at /api/openapi.json). Writing (ingest, settle,
    party edits) needs a token from `headcount token create NAME`.
    """
    _need_web_extra()
    import uvicorn

    from headcount.ingest.fetch import FetchOptions
    from headcount.web.app import ENV, create_app

    fetch = FetchOptions(allow_private=allow_private_fetch, max_bytes=int(max_size * 1024 * 1024))
    app = create_app(db, private=private, max_upload_mb=max_size, fetch=fetch) if workers == 1 else None
    if app is None:
        from headcount.store.ledger import Ledger

        Ledger.open(db).close()  # a missing ledger or an old schema is said here, once, not by every worker
    click.echo(f"headcount: serving {db} on http://{host}:{port}/ ({'private' if private else 'open for reading'}"
               f"{f', {workers} workers' if workers > 1 else ''}; Ctrl-C stops)", err=True)
    if app is not None:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
        return
    import json
    import os

    os.environ[ENV] = json.dumps({"db": db, "private": private, "max_mb": max_size,
                                  "allow_private": allow_private_fetch})
    uvicorn.run("headcount.web.app:app_from_env", factory=True, workers=workers, host=host, port=port,
                log_level="warning", access_log=False)


@main.group("token")
def token_group() -> None:
    """API tokens for writing through the web app (and reading a --private one)."""


@token_group.command("create")
@click.argument("name")
@db_option
@one_line_errors
def token_create(name: str, db: str) -> None:
    """Make a token called NAME and print it (once: only its hash is kept)."""
    from headcount.web import tokens

    with open_ledger(db) as ledger:
        token = tokens.create(ledger.engine, name)
    click.echo(token)
    click.echo(f"token {name!r} created; keep it now, it cannot be shown again", err=True)


@token_group.command("list")
@db_option
@one_line_errors
def token_list(db: str) -> None:
    """List tokens by name (never the tokens themselves)."""
    from headcount.web import tokens

    with open_ledger(db) as ledger:
        for t in tokens.tokens(ledger.engine):
            click.echo(f"{t.name}\tcreated {t.created_at}\tlast used {t.last_used or 'never'}")


@token_group.command("revoke")
@click.argument("name")
@db_option
@one_line_errors
def token_revoke(name: str, db: str) -> None:
    """Delete the token called NAME; it stops working at once."""
    from headcount.web import tokens

    with open_ledger(db) as ledger:
        if not tokens.revoke(ledger.engine, name):
            raise click.ClickException(f"no token named {name!r}")
    click.echo(f"token {name!r} revoked", err=True)

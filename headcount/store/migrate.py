"""Schema versions through Alembic, driven programmatically (no alembic.ini at run time).

The migration scripts live inside the package (``migrations/``), so an installed headcount can upgrade any
ledger it is pointed at. ``status`` only reads; ``upgrade`` is the one function that changes a schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head() -> str:
    """The newest schema revision this headcount knows."""
    rev = ScriptDirectory.from_config(_config()).get_current_head()
    assert rev is not None
    return rev


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    current: str | None  # None: no revision recorded
    head: str
    empty: bool  # no tables at all: a fresh database

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def status(engine: Engine) -> SchemaStatus:
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        empty = not inspect(conn).get_table_names()
    return SchemaStatus(current=current, head=head(), empty=empty)


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Apply the migrations up to ``revision``; returns (revision before, revision after)."""
    before = status(engine).current
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return before, status(engine).current or ""

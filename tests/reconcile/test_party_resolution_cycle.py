"""A source whose parts lead back to itself resolves, and does not recurse until the stack runs out.

"<role> <person> of <organisation>" sends the resolver to the organisation ("of X" speaks for X); an
organisation the registry does not know sends it to the role the text introduced the person with, which
is cut back to the whole source: a cycle. The registry carries the names it is resolving through every
inner call, so the cycle ends in the source's own party. Found by writing a dengue report no data holds:
one such sentence made `headcount ingest` stop with an internal error on the whole batch.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from headcount.cli import main
from headcount.reconcile.parties import default_registry
from headcount.reconcile.party_model import DocContext

TEXT = (
    "BAMAKO, Sept 4 (AP) - Fourteen more people died of cholera in the 24 hours to Wednesday, the health ministry "
    "said.\n"
    "Epidemiologist Dr Amara Kone of Sikasso Teaching Hospital warned that the peak was weeks away. \"Unless "
    "clean water reaches the camps now, we could see more than 500 deaths this season,\" he said."
)
SOURCE = "Epidemiologist Dr Amara Kone of Sikasso Teaching Hospital"


def test_a_role_a_person_and_an_unknown_organisation_resolve_to_one_party() -> None:
    res = default_registry().resolve(SOURCE, DocContext(text=TEXT, country="ML"))
    assert res.key.startswith("~")
    assert res.how not in ("fragment",)


def test_ingesting_the_sentence_ends_in_a_summary_not_an_internal_error(tmp_path: Path) -> None:
    """The whole path a user takes: ingest a file holding the sentence into a real SQLite ledger."""
    path = tmp_path / "report.jsonl"
    path.write_text(json.dumps({"id": "cholera-1", "url": "https://example.org/cholera-1", "outlet": "example.org",
                                "published": "2031-09-04", "language": "en", "title": None, "text": TEXT}) + "\n",
                    encoding="utf-8")
    run = CliRunner().invoke(main, ["ingest", str(path), "--db", str(tmp_path / "ledger.db")],
                             catch_exceptions=False)
    assert run.exit_code == 0, run.output
    assert "internal error" not in run.output
    assert "2 claims written" in run.output

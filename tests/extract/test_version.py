"""The extractor's version covers everything that decides the output: code, rules, model (issue 16)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import headcount
from headcount.extract.version import extractor_version, files_digest, model_id, source_files

PACKAGE = Path(headcount.__file__).parent


def _tree_digest(root: Path) -> str:
    files = [(str(p.relative_to(root)), p) for p in sorted(root.rglob("*")) if p.is_file()]
    return files_digest(files)


@pytest.fixture()
def copy(tmp_path: Path) -> Path:
    """A copy of the files the version is taken over, laid out as in the package."""
    for name, ref in source_files():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(ref.read_bytes())
    return tmp_path


def test_version_names_code_rules_and_model() -> None:
    version = extractor_version()
    assert version.endswith("+" + model_id())
    names = {name for name, _ in source_files()}
    assert "headcount.extract/pipeline.py" in names  # the code of every stage
    assert "headcount.lexicons/people.toml" in names  # the rule files
    assert "headcount.lexicons/groups.py" in names  # the group table decides Claim.group
    assert "headcount/models.py" in names


@pytest.mark.parametrize("name", ["headcount.extract/what.py", "headcount.extract/speakers.py",
                                  "headcount.lexicons/events.toml", "headcount.lexicons/groups.py"])
def test_a_change_to_any_source_changes_the_version(copy: Path, name: str) -> None:
    before = _tree_digest(copy)
    path = copy / name
    path.write_bytes(path.read_bytes() + b"\n# one more rule\n")
    assert _tree_digest(copy) != before


def test_a_renamed_rule_file_changes_the_version(copy: Path) -> None:
    before = _tree_digest(copy)
    shutil.move(copy / "headcount.lexicons/periods.toml", copy / "headcount.lexicons/periods_old.toml")
    assert _tree_digest(copy) != before


def test_the_version_is_taken_over_the_installed_files() -> None:
    files = source_files()
    assert files_digest(files) in extractor_version()
    assert files_digest(reversed(files)) == files_digest(files)  # order of listing does not matter

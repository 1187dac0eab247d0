"""The gold loader: good lines load, bad ones give one-line errors naming file and line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from headcount.errors import InputError
from headcount.evaluate import load_gold

TEXT = "Officials said 300 families were still inside the old town."


def claim(**kw: Any) -> dict[str, Any]:
    c: dict[str, Any] = {"figure": "300", "start": TEXT.index("300"), "low": 300, "high": 300, "approx": False,
                         "category": "families", "event": "besieged", "modality": "actual",
                         "location": "the old town", "source": ["Officials"], "parent": None}
    c.update(kw)
    return c


def write(tmp_path: Path, *lines: str) -> Path:
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def doc_line(**kw: Any) -> str:
    d: dict[str, Any] = {"id": "a", "text": TEXT, "claims": [claim()]}
    d.update(kw)
    return json.dumps(d)


def test_good_file_loads(tmp_path: Path) -> None:
    docs = load_gold(write(tmp_path, doc_line(), "", doc_line(id="b", claims=[])))
    assert list(docs) == ["a", "b"]
    c = docs["a"].claims[0]
    assert (c.figure, c.end, c.source, c.has_period_kind) == ("300", TEXT.index("300") + 3, ("Officials",), False)


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "gold.jsonl:2: not JSON"),
    (json.dumps([1]), "gold.jsonl:2: a gold line must be a JSON object"),
    (doc_line(id=""), "gold.jsonl:2: missing or empty 'id'"),
    (doc_line(text=None), "document a: missing 'text'"),
    (doc_line(claims=[claim(start=0)]), "claim 0: text at 0 is 'Off', not the figure '300'"),
    (doc_line(claims=[claim(event="fled")]), "'event' 'fled' is not one of"),
    (doc_line(claims=[claim(source="UN")]), "'source' must be a list of names"),
    (doc_line(claims=[claim(parent=0)]), "'parent' must be null or the index of another claim"),
    (doc_line(claims=[claim(low="300")]), "'low' must be a number or null"),
    (doc_line(claims=[{"figure": "300"}]), "claim 0: missing 'start'"),
])
def test_bad_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path, doc_line(id="first"), line)
    with pytest.raises(InputError) as exc:
        load_gold(path)
    text = str(exc.value)
    assert message in text
    assert "\n" not in text
    assert text.startswith(str(path))


def test_repeated_id_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="appears twice"):
        load_gold(write(tmp_path, doc_line(), doc_line()))


def test_missing_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read gold file"):
        load_gold(tmp_path / "nope.jsonl")
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputError, match="not UTF-8"):
        load_gold(binary)


def test_dev_set_validates(dev_path: Path) -> None:
    docs = load_gold(dev_path)
    assert len(docs) >= 50
    assert all(doc.text[c.start:c.end] == c.figure for doc in docs.values() for c in doc.claims)

"""`headcount numbers --language CODE`: the number layer by one language's conventions, from the CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from headcount.cli import main


def _figures(args: list[str], text: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(main, ["numbers", *args, "-"], input=text + "\n", catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (obj,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert obj["text"] == text
    figures: list[dict[str, object]] = obj["figures"]
    return figures


@pytest.mark.parametrize(("language", "text", "low"), [
    ("pt", "Saíram da cidade 1.234 moradores.", 1234),
    ("es", "Unas 2.750 familias pasaron la frontera.", 2750),
    ("fr", "Quelque 3 125 réfugiés sont arrivés.", 3125),
    ("ru", "Из посёлка вывезли 1,5 тысячи жителей.", 1500),
    ("uk", "Евакуйовано дві тисячі мешканців.", 2000),
    ("ar", "نزح ٤٥٠ شخصا من القرية.", 450),
])
def test_language_reads_that_languages_numbers(language: str, text: str, low: int) -> None:
    figures = _figures(["--language", language], text)
    assert [f["low"] for f in figures] == [low]
    for f in figures:
        assert text[f["start"]:f["end"]] == f["figure"]  # type: ignore[misc]


def test_without_language_the_lines_are_read_as_english() -> None:
    # A decimal comma and "mil" make 2,500 only by the Portuguese rules; English sees "2" and "5".
    text = "Saíram 2,5 mil moradores."
    assert [f["low"] for f in _figures(["--language", "pt"], text)] == [2500]
    assert 2500 not in [f["low"] for f in _figures([], text)]


def test_unknown_language_is_refused() -> None:
    result = CliRunner().invoke(main, ["numbers", "--language", "xx", "-"], input="5 people\n")
    assert result.exit_code == 2
    assert "--language" in result.output

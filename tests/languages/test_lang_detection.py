"""Each document's language is identified, a declared one is honoured, and a short text stays English.

The sentences are written for these tests, in the style of news in each language."""

from __future__ import annotations

import json

import pytest

from headcount.ingest.jsonl import document_from_record
from headcount.ingest.language import SUPPORTED, detect_language, language_of, normalise_language

FRESH = {
    "en": "Rescue teams pulled 41 survivors from the collapsed school overnight, the provincial governor said.",
    "ru": "Спасатели за ночь извлекли из-под завалов школы 41 выжившего, сообщил губернатор области.",
    "uk": "Рятувальники за ніч дістали з-під завалів школи 41 людину живою, повідомив голова області.",
    "ar": "انتشلت فرق الإنقاذ 41 ناجيا من تحت أنقاض المدرسة خلال الليل، وفق ما أعلن محافظ الإقليم.",
    "es": "Los equipos de rescate sacaron con vida a 41 personas de la escuela derrumbada, informó el gobernador.",
    "pt": "As equipes de resgate retiraram 41 sobreviventes da escola que desabou, informou o governador.",
    "fr": "Les secouristes ont sorti 41 survivants des décombres de l'école pendant la nuit, a indiqué le préfet.",
}


@pytest.mark.parametrize("code", sorted(FRESH))
def test_each_language_is_detected(code: str) -> None:
    assert detect_language(FRESH[code]) == code


def test_every_supported_language_has_a_case() -> None:
    assert set(FRESH) == set(SUPPORTED)


def test_a_short_text_is_read_as_english() -> None:
    assert detect_language("12 муж.") == "en"
    assert detect_language("") == "en"


def test_a_declared_language_wins_and_is_normalised() -> None:
    assert language_of(FRESH["fr"], "pt-BR") == "pt"
    assert normalise_language(" RU ") == "ru"
    assert normalise_language("") is None
    assert language_of(FRESH["es"], None) == "es"


def test_a_jsonl_record_without_language_is_detected_and_with_one_is_honoured() -> None:
    plain = document_from_record(json.loads(json.dumps({"id": "a", "text": FRESH["uk"]})), "t:1")
    assert plain.language == "uk"
    forced = document_from_record({"id": "b", "text": FRESH["uk"], "language": "ru"}, "t:2")
    assert forced.language == "ru"

"""Sources as written resolve to parties: registry aliases, members, text-learned spokespeople, context."""

from __future__ import annotations

from pathlib import Path

import pytest

from headcount.errors import ConfigError
from headcount.reconcile.names import learn_members, normalise_name
from headcount.reconcile.parties import DocContext, Registry, default_registry, resolve


@pytest.mark.parametrize(("source", "key"), [
    ("Russian Defense Ministry", "russia-mod"),
    ("Russia's defence ministry", "russia-mod"),
    ("the Russian Ministry of Defence", "russia-mod"),
    ("RUSSIA’S Ministry of Defence", "russia-mod"),
    ("Igor Konashenkov", "russia-mod"),
    ("Konashenkov", "russia-mod"),
    ("Maj Gen Igor Konashenkov", "russia-mod"),
    ("Maj Gen Igor Konashenkov, spokesperson for the Russian Defense Ministry", "russia-mod"),
    ("the Russian centre for reconciliation", "russia-mod"),
    ("Russian Reconciliation Center in Syria", "russia-mod"),
    ("U.N.", "un"),
    ("the United Nations", "un"),
    ("United Nations Office for the Coordination of Humanitarian Affairs", "ocha"),
    ("The UN Office for the Coordination of Humanitarian Affairs (OCHA)", "ocha"),
    ("the UN refugee agency", "unhcr"),
    ("The International Committee of the Red Cross (ICRC)", "icrc"),
    ("Médecins Sans Frontières", "msf"),
    ("Doctors Without Borders", "msf"),
    ("the Syrian Observatory for Human Rights", "sohr"),
    ("White Helmets", "white-helmets"),
    ("Syrian Arab Red Crescent", "sarc"),
    ("state news agency SANA", "sana"),
    ("Turkish health minister Fahrettin Koca", "turkey-gov"),
    ("Turkish officials", "turkey-gov"),
    ("Iraqi Joint Operations Command", "iraq-joc"),
    ("Agence France-Presse", "afp"),
])
def test_parties_resolve_registry_names(source: str, key: str) -> None:
    assert resolve(source).key == key


def test_parties_reconciliation_centre_speaks_for_the_ministry() -> None:
    r = resolve("the Russian centre for the reconciliation of the warring parties")
    assert r.key == "russia-mod"
    assert r.speaker == "Russian Centre for Reconciliation in Syria"


@pytest.mark.parametrize(("name", "norm"), [
    ("the Russian Ministry of Defense", "russian defence ministry"),
    ("Russia's defence ministry", "russian defence ministry"),
    ("Ministry of Defence of the Russian Federation", "russian defence ministry"),
    ("U.N.", "un"),
    ("Russian center for reconciliation", "russian centre for reconciliation"),
])
def test_parties_normalise_names(name: str, norm: str) -> None:
    assert normalise_name(name) == norm


def test_parties_learn_spokespeople_from_the_text() -> None:
    text = ("Colonel Dmitri Volkanov, spokesman for the Northern Relief Council, said 300 people left. "
            "Later the Harbour Authority's chief Amina Sato said 40 more had gone. "
            "Coalition spokesperson Col. Ben Hart said 12 fighters surrendered.")
    members = learn_members([text])
    assert members["dmitri volkanov"] == "the Northern Relief Council"
    assert members["volkanov"] == "the Northern Relief Council"
    assert members["amina sato"] == "the Harbour Authority"
    assert members["ben hart"] == "Coalition"
    ctx = DocContext.build([text])
    assert resolve("Volkanov", ctx).key == resolve("Northern Relief Council").key
    assert resolve("Mr Volkanov", ctx).how == "learned"
    assert resolve("Ben Hart", ctx).key == "coalition"


def test_parties_bare_ministry_follows_the_document() -> None:
    text = ("The Russian Defence Ministry said 2,000 civilians left on Monday. "
            "The Defence Ministry added that 300 fighters surrendered.")
    ctx = DocContext.build([text])
    assert resolve("the Defence Ministry", ctx).key == "russia-mod"
    turkish = DocContext.build(["Turkey's defence ministry said two soldiers died. The ministry said more."])
    assert resolve("the ministry", turkish).key == "turkey-mod"
    assert resolve("Defence Ministry", DocContext.build(["No party named."], outlet="tass.com")).key == "russia-mod"


def test_parties_unknown_sources_keep_their_name_and_guess_a_kind() -> None:
    r = resolve("local residents")
    assert r.key.startswith("~") and r.kind == "witness"
    assert resolve("security sources").kind == "unnamed"
    assert resolve("Hilltop Brigade").kind == "armed_group"


def test_parties_outlet_voice() -> None:
    assert resolve(None, DocContext(outlet="www.reuters.com")).key == "reuters"
    assert resolve(None, DocContext(outlet="example-news.org")).key == "@example-news.org"
    assert resolve(None).key == "@unattributed"


def test_parties_overlay_changes_kinds_and_adds_aliases(tmp_path: Path) -> None:
    overlay = tmp_path / "parties.toml"
    overlay.write_text(
        '[parties.sohr]\nkind = "ngo"\naliases = ["the Coventry monitor"]\n\n'
        '[parties.valley-council]\nname = "Valley Council"\nkind = "government"\naliases = ["VC"]\n',
        encoding="utf-8")
    reg = Registry.load(overlay)
    assert reg.resolve("the Coventry monitor").key == "sohr"
    assert reg.resolve("SOHR").kind == "ngo"
    assert reg.resolve("VC").key == "valley-council"
    assert default_registry().resolve("SOHR").kind == "monitor"  # the packaged registry is untouched


@pytest.mark.parametrize("text", [
    '[parties.x]\nname = "X"\nkind = "wizard"\n',
    '[parties.x]\nkind = "ngo"\n',
    '[parties.x]\nname = "X"\nkind = "ngo"\nspeaks_for = "nobody"\n',
    "[parties.x\n",
])
def test_parties_bad_overlay_is_one_clear_error(tmp_path: Path, text: str) -> None:
    overlay = tmp_path / "bad.toml"
    overlay.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        Registry.load(overlay)
    assert str(overlay) in str(exc.value) and "\n" not in str(exc.value)


def test_parties_missing_overlay(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        Registry.load(tmp_path / "none.toml")

"""The handout's language is a programme setting: Polish words, plurals, dates and numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop import i18n
from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.settings import HANDOUT_LANGUAGE
from coprod_desktop.export.documents import Kind, PdfRequest, build_pdf
from coprod_desktop.services import Services
from coprod_desktop.store.reader import Reader
from tests.export.conftest import flat, make_sample, pdf_text
from tests.export.multiscript import make_multiscript

# English sentences of the handout that must not survive in the Polish one.
ENGLISH = ["Who came", "Thank you for coming", "What people wrote on the board", "Page 1 of", "October",
           "What we chose", "Stories we heard", "Next meeting", "Tuesday",
           "People who agreed", "fewer than", " dots", "What we did", "What we agreed to do",
           "Who spoke in open discussion", "Words we used", "Rapid tests we planned"]


def _handout(services: Services, path: Path, kind: Kind = Kind.HANDOUT,
             session_id: int | None = None) -> str:
    path.write_bytes(build_pdf(Reader(services.ctx.db), PdfRequest(kind=kind,
                                                                   session_id=session_id)))
    return flat(pdf_text(path))


@pytest.mark.parametrize("kind", [Kind.HANDOUT, Kind.LARGE_PRINT, Kind.SCREEN_READER])
def test_a_polish_handout_has_no_english_left(services: Services, clock: FakeClock,
                                              tmp_path: Path, artifacts: Path, kind: Kind):
    sample = make_sample(services, clock)
    services.programme.set_setting(HANDOUT_LANGUAGE, "pl")
    text = _handout(services, artifacts / f"handout-pl-{kind.value}.pdf", kind, sample.session_id)
    for english in ENGLISH:
        assert english not in text, english
    assert "Kto przyszedł" in text and "Strona 1 z" in text
    assert PdfReader(artifacts / f"handout-pl-{kind.value}.pdf").trailer["/Root"]["/Lang"] == "pl"
    assert "wtorek 6 października 2026" in text  # Babel's Polish date, 24-hour times
    assert "od 18:00 do 19:30" in text


def test_polish_plurals_have_three_forms(services: Services, clock: FakeClock, tmp_path: Path):
    sid = make_multiscript(services, clock)
    services.programme.set_setting(HANDOUT_LANGUAGE, "pl")
    text = _handout(services, tmp_path / "pl.pdf", session_id=sid)
    assert "1 kropka" in text and "2 kropki" in text and "3 kropki" in text
    assert "18 karteczek" in text and "1 grupa" in text
    assert "16 osób" in text


def test_the_interface_language_does_not_leak_into_the_pdf(services: Services, clock: FakeClock,
                                                           tmp_path: Path):
    sid = make_multiscript(services, clock)
    with i18n.language("pl"):  # e.g. another PDF being made in Polish on this thread
        pass
    text = _handout(services, tmp_path / "en.pdf", session_id=sid)
    assert "Who came" in text and "Kto przyszedł" not in text
    with i18n.language("pl"):
        assert i18n.current() == "pl"
    assert i18n.current() == i18n.SOURCE


def test_an_unknown_language_setting_prints_english(services: Services, clock: FakeClock,
                                                    tmp_path: Path):
    sid = make_multiscript(services, clock)
    services.programme.set_setting(HANDOUT_LANGUAGE, "xx")
    assert "Who came" in _handout(services, tmp_path / "xx.pdf", session_id=sid)


def test_coprod_export_takes_the_language(services: Services, clock: FakeClock, tmp_path: Path):
    from coprod_desktop.cli import main

    make_multiscript(services, clock)
    copy = tmp_path / "copy.coprod"  # the open programme is locked to this process
    services.ctx.db.conn.execute("VACUUM INTO ?", (str(copy),))
    out = tmp_path / "pl.pdf"
    assert main(["export", str(copy), "--pdf", str(out), "--language", "pl"]) in (0, None)
    assert "Kto przyszedł" in flat(pdf_text(out))


# Each PDF kind in Polish: its own words in Polish, none of its English headings left.
KINDS = {
    Kind.REGISTER: (["Lista obecności", "Kto przyszedł", "Imię", "Godziny"],
                    ["Attendance register", "Who came", "Totals for each person", "Hours"]),
    Kind.PROGRAMME: (["Raport z programu", "Spotkania", "Działania", "Szybkie próby"],
                     ["Programme report", "Sessions", "Actions", "Rapid tests", "Attendance over"]),
    Kind.BULLETIN: (["Mówiliście, zrobiliśmy"], ["You said, we did", "Tell us what you think"]),
    Kind.POSTER: (["Zapisz się tutaj", "Połącz się z Wi-Fi", "Nie masz telefonu?"],
                  ["Sign in here", "Join the Wi-Fi", "No phone?"]),
}


@pytest.mark.parametrize("kind", list(KINDS), ids=[k.value for k in KINDS])
def test_every_pdf_kind_in_polish(services: Services, clock: FakeClock, artifacts: Path,
                                  kind: Kind):
    from coprod_desktop.domain.phones import WifiDetails

    sample = make_sample(services, clock)
    services.programme.set_setting(HANDOUT_LANGUAGE, "pl")
    out = artifacts / f"pl-{kind.value}.pdf"
    request = PdfRequest(kind=kind, session_id=sample.session_id if kind.per_session else None,
                         join_url="http://192.168.1.20:8080/j/abc",
                         wifi=WifiDetails("Ashbrook Guest", "tea-and-cake"))
    out.write_bytes(build_pdf(Reader(services.ctx.db), request))
    text = flat(pdf_text(out))
    polish, english = KINDS[kind]
    for words in polish:
        assert words in text, words
    for words in english:
        assert words not in text, words


def test_a_polish_handout_explains_its_words_in_polish(services: Services, clock: FakeClock,
                                                       tmp_path: Path):
    """The jargon buster's entries follow the handout's language, entry by entry."""
    import tomllib

    from coprod_desktop.paths import resource
    from coprod_desktop.store.glossary_reader import terms_for_session

    sample = make_sample(services, clock)
    terms = terms_for_session(Reader(services.ctx.db), sample.session_id)
    assert terms, "the sample should use some jargon"
    with resource("glossary", "translations", "pl.toml").open("rb") as handle:
        polish = tomllib.load(handle)
    services.programme.set_setting(HANDOUT_LANGUAGE, "pl")
    text = _handout(services, tmp_path / "pl.pdf", session_id=sample.session_id)
    built_in = [entry for entry in terms if not entry.from_programme]
    assert built_in
    for entry in built_in:
        assert flat(polish[entry.term]["explanation"])[:40] in text, entry.term
        assert entry.explanation[:40] not in text, entry.term
    for entry in terms:
        if entry.from_programme:  # the programme's own words are printed as it wrote them
            assert flat(entry.explanation)[:40] in text, entry.term

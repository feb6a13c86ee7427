"""Projector legibility: text contrast from the style sheets, and capital height on the wall."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QLabel

from coprod_desktop.gui.kit.legibility import MIN_CAP_HEIGHT_1080, cap_height, min_cap_height
from coprod_desktop.gui.plain.contrast import contrast, text_colours
from coprod_desktop.gui.plain.jargon_panel import JargonPanel
from coprod_desktop.paths import ui_file
from tests.gui.painted_text import Painted, cut_labels, paint_of

AAA = 7.0
SHEETS = sorted(ui_file().glob("projector-*.qss"))


def test_contrast_maths_matches_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#fff", "#000") == contrast("#000000", "#ffffff")


def test_there_are_projector_themes() -> None:
    assert {p.name for p in SHEETS} >= {"projector-dark.qss", "projector-light.qss"}


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda p: p.name)
def test_every_projector_text_colour_is_aaa(sheet: Path) -> None:
    """WCAG AAA (7:1) for every text colour on the background it is drawn on."""
    colours = text_colours(sheet.read_text(encoding="utf-8"), default_background="#000000")
    assert len(colours) >= 3
    weak = [(c.selector, c.colour, c.background, round(c.ratio, 2)) for c in colours
            if c.ratio < AAA]
    assert weak == []


def test_projector_text_is_tall_enough_at_1080p(make_app, demo_path: Path, qtbot,
                                                artifacts: Path) -> None:
    """Open the demo, put each feature's view on a 1920×1080 projector, measure every label."""
    app = make_app()
    app.start(demo_path)
    projector = app.projector
    projector.resize(1920, 1080)
    projector.show()
    qtbot.waitExposed(projector)
    assert app.current is not None
    console_view = app.current.view
    console_view.side.select(next(s.id for s in app.current.services.read.sessions()
                                  if s.title.startswith("Team meeting 4")))
    console_view.build_all()  # every panel gives the projector its view
    jargon = app.current.view.panel("Jargon")
    assert isinstance(jargon, JargonPanel)
    jargon.search.setText("EHCP")
    jargon.glossary_list.setCurrentRow(0)
    jargon.show_on_projector()
    keys = [key for key in projector._views]
    assert {"jargon"} <= set(keys)
    small: list[str] = []
    measured = 0
    for key in keys:
        projector.show_view(key)
        QApplication.processEvents()
        view = projector.view(key)
        for label in view.findChildren(QLabel):
            if not label.isVisibleTo(projector) or not label.text().strip() or \
                    (label.pixmap() is not None and not label.pixmap().isNull()):
                continue
            cap = cap_height(label.font())
            measured += 1
            if cap < MIN_CAP_HEIGHT_1080:
                small.append(f"{key}: {label.objectName() or label.text()[:20]} {cap:.1f}px")
    projector.show_view("jargon")
    QApplication.processEvents()
    projector.grab().save(str(artifacts / "projector-jargon-in-app-1080p.png"))
    print(f"measured {measured} labels in views {keys}")
    assert measured >= 8
    assert small == []
    # Most views paint their words themselves: every painted line is measured as drawn, its
    # font's capitals times the painter's scale.
    painted: list[tuple[str, str, float]] = []
    original = QPainter.drawText
    showing = [""]

    def draw_text(painter: QPainter, *args: object) -> object:
        words = [a for a in args if isinstance(a, str) and a.strip()]
        if words:
            scale = painter.worldTransform().m22()
            painted.append((showing[0], words[0][:30], cap_height(painter.font()) * scale))
        return original(painter, *args)  # type: ignore[arg-type]

    def measure_painted(height: int) -> None:
        QPainter.drawText = draw_text  # type: ignore[method-assign]
        try:
            for key in keys:
                showing[0] = f"{key}@{height}"
                projector.show_view(key)
                QApplication.processEvents()
                projector.grab()
        finally:
            QPainter.drawText = original  # type: ignore[method-assign]

    measure_painted(1080)
    assert len({key for key, _text, _cap in painted}) >= 8  # the painted views really drew
    assert [p for p in painted if p[2] < MIN_CAP_HEIGHT_1080 - 0.5] == []
    # An old 1024×768 projector: every view fits it, none holds the window bigger, and its type
    # keeps the same size on the wall (a share of the picture's height: at least 24 px at 1080
    # lines is at least 17 px at 768 on a picture of the same size).
    projector.resize(1024, 768)
    painted.clear()
    small_768: list[str] = []
    for key in keys:
        projector.show_view(key)
        QApplication.processEvents()
        assert (projector.width(), projector.height()) == (1024, 768), key
        if key in ("welcome", "board", "programme.tests", "levelling.balance"):
            projector.grab().save(str(artifacts / f"projector-768-{key}.png"))
        for label in projector.view(key).findChildren(QLabel):
            if label.isVisibleTo(projector) and label.text().strip() and (
                    label.pixmap() is None or label.pixmap().isNull()) and \
                    cap_height(label.font()) < min_cap_height(768) - 0.5:
                small_768.append(f"{key}: {label.objectName() or label.text()[:20]}")
    measure_painted(768)
    assert len({key for key, _text, _cap in painted}) >= 8
    assert small_768 == []
    assert sorted({(p[0], round(p[2], 1)) for p in painted if p[2] < min_cap_height(768) - 0.5}) == []


LONG_TITLE = "Check-out: one thing you will take away from tonight's meeting with you"
STORY_TITLE = "The day the letter finally came, three years after we first asked for help"
LONG_NOTE = ("My son waited and waited for an assessment and nobody ever wrote back to tell us "
             "where we were on the list, so we rang every week and each time heard something "
             "else, and in the end we paid privately because we could not wait any longer.")


def _overlaps(drawn: list[Painted]) -> list[str]:
    """Painted lines whose words run into each other's (each line's words as laid out)."""
    boxes = [(p.text, p.seen.adjusted(1, 1, -1, -1)) for p in drawn if p.seen is not None]
    return [f"{a[:30]!r} runs into {b[:30]!r}" for n, (a, ra) in enumerate(boxes)
            for b, rb in boxes[n + 1:] if ra.intersects(rb)]


@pytest.mark.parametrize("language", ["en", "pl"])
def test_every_view_fits_its_words_on_the_wall(request, make_app, demo_path: Path, qtbot,
                                               artifacts: Path, language: str) -> None:
    """A running round with a long title, a story with a long title, a board with one long
    note, the celebration: on a 1024×768 projector and a 1920×1080 one, in English and Polish,
    every word painted or in a label is whole (not cut at its box's edge), no two lines run
    into each other, and none is under the minimum for the screen's height (rev1 item 13)."""
    app = request.getfixturevalue("polish_app") if language == "pl" else make_app()
    app.start(demo_path)
    assert app.current is not None
    services = app.current.services
    session = next(s.id for s in services.read.sessions() if s.title.startswith("Team meeting 4"))
    people = [int(services.people.sign_in_attendee(session, name=name, group=group).new_id or 0)
              for name, group in (("Bernadette O'Neill-Featherstonehaugh", "parent_carer"),
                                  ("Kai", "young_person"), ("Dr Helen Achebe", "staff"))]
    round_id = int(services.levelling.create_round(session, LONG_TITLE, people=people).new_id or 0)
    services.levelling.start_round(round_id)
    story = int(services.stories.add_story(session, people[0], title=STORY_TITLE,
                                           consent="room").new_id or 0)
    services.stories.start_story(story)
    services.notes.add_note(session, LONG_NOTE, x=0, y=0)
    view = app.current.view
    view.side.select(session)
    view.build_all()
    view.panel("Programme").show_celebration()
    projector = app.projector
    projector.show()
    qtbot.waitExposed(projector)
    keys = list(projector._views)
    assert {"levelling.round", "levelling.story", "board", "programme.celebration",
            "checkout"} <= set(keys)
    problems: list[str] = []
    for width, height in ((1024, 768), (1920, 1080)):
        projector.resize(width, height)
        qtbot.waitUntil(lambda h=height: projector.height() == h)
        least = min_cap_height(height) - 0.5
        for key in keys:
            projector.show_view(key)
            QApplication.processEvents()
            drawn = paint_of(projector)
            where = f"{key}@{height}"
            problems += [f"{where}: {p.text[:30]!r} cut ({p.box} holds {p.seen})" for p in drawn
                         if p.cut]
            problems += [f"{where}: {p.text[:30]!r} {p.cap:.1f}px" for p in drawn
                         if p.cap < least]
            problems += [f"{where}: {o}" for o in _overlaps(drawn)]
            problems += [f"{where}: {c}" for c in cut_labels(projector.view(key))]
            if key in ("levelling.round", "levelling.story", "board", "programme.celebration",
                       "checkout"):
                projector.grab().save(str(artifacts / f"fit-{language}-{key}-{height}.png"))
    assert problems == [], "\n".join(problems)

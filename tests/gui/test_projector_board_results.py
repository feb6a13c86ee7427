"""Vote results and themes on the projector, read from the back of the room (rev1 item 2): at
1920×1080 and at an old 1024×768 projector, dark and light, English and Polish, every results
row is whole (never cut through its words), the winner's count is there, what does not fit is
counted, and shortened theme titles carry one ellipsis and never read alike."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel

from coprod_desktop.clock import FakeClock
from coprod_desktop.demo import content
from coprod_desktop.gui.kit.legibility import cap_height, min_cap_height
from coprod_desktop.gui.plain import i18n
from tests.gui.board_host import make_panel, open_env
from tests.gui.gui_helpers import next_turn
from tests.gui.painted_text import cut_labels


def _visible(root) -> list[QLabel]:
    return [lab for lab in root.findChildren(QLabel) if lab.isVisibleTo(root.window())
            and lab.text().strip()]


@pytest.mark.parametrize("language", ["en_GB", "pl"])
@pytest.mark.parametrize("theme", ["dark", "light"])
@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_results_and_themes_fit_the_wall(qtbot, demo_template: Path, tmp_path: Path,
                                         artifacts: Path, size: tuple[int, int], theme: str,
                                         language: str) -> None:
    i18n.install_language(language)
    path = tmp_path / "copy.coprod"
    path.write_bytes(demo_template.read_bytes())
    services, env = open_env(path, FakeClock())
    session = next(s.id for s in services.read.sessions() if s.kind == "discovery")
    panel = make_panel(qtbot, env, session, size=(1600, 900))
    projector = env.projector
    projector.set_theme(theme)  # type: ignore[attr-defined]
    projector.resize(*size)  # type: ignore[attr-defined]
    projector.show()  # type: ignore[attr-defined]
    env.projector.show_view("board")
    qtbot.waitExposed(projector)
    view = panel.projector
    qtbot.waitUntil(lambda: view.showing_themes() and view.results.isVisible())
    next_turn(qtbot)
    next_turn(qtbot)
    assert (projector.width(), projector.height()) == size  # type: ignore[attr-defined]
    projector.grab().save(  # type: ignore[attr-defined]
        str(artifacts / f"board-results-{language}-{theme}-{size[1]}.png"))
    least = min_cap_height(size[1]) - 0.5

    # Results: whole rows, in order of the tallies the demo was written with, then the rest
    # counted; the winner and its count always there.
    results = view.results
    rows = [r for r in results.rows if r.isVisibleTo(projector)]
    assert rows and cut_labels(results) == []
    ranked = sorted(content.VOTES.items(), key=lambda kv: -kv[1])
    for row, (title, dots) in zip(rows, ranked, strict=False):
        first, last = row.text().split("\n")
        assert re.match(rf"{dots}\b", last), row.text()  # "47 dots", "47 kropek"
        words = first.split()
        assert title.startswith(" ".join(w.rstrip("…") for w in words[1:])), row.text()
    assert str(ranked[0][1]) in rows[0].text()
    more = results.more.text() if results.more.isVisibleTo(projector) else ""
    hidden = int(re.search(r"\d+", more).group()) if more else 0
    assert len(rows) + hidden == len(content.VOTES)
    inside = results.rect()
    for label in _visible(results):
        box = QRect(label.mapTo(results, QPoint(0, 0)), label.size())
        assert inside.contains(box), label.text()
        assert cap_height(label.font()) >= least, label.text()

    # Themes: titles shortened once, never twice, and no two alike.
    themes = view.themes
    assert cut_labels(themes) == []
    headings = [lab.text() for lab in _visible(themes) if lab.font().bold()]
    assert len(headings) >= 3
    assert not [h for h in headings if "……" in h or "….." in h]
    titles = [re.sub(r"\s+\(\d+\)$", "", h) for h in headings if re.search(r"\(\d+\)$", h)]
    assert len(set(titles)) == len(titles), titles  # alike even with different counts: no
    for label in _visible(themes):
        assert cap_height(label.font()) >= least, label.text()
        box = QRect(label.mapTo(themes, QPoint(0, 0)), label.size())
        assert themes.rect().contains(box), label.text()
    services.close()


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_a_vote_on_many_themes_shows_what_fits_then_counts(
        qtbot, tmp_path: Path, size: tuple[int, int], artifacts: Path) -> None:
    """Fourteen themes voted on, several with long titles: the rows that fit, whole, in rank
    order, the winner first with its count, then how many more."""
    services, env = open_env(tmp_path / "many.coprod", FakeClock())
    services.programme.create_programme("Room of 50")
    session = int(services.sessions.create_session("Big day", "2026-03-03").new_id or 0)
    titles = [f"Theme {n}: what families told us about waiting for help and who to ask"
              if n % 3 == 0 else f"Theme {n}" for n in range(14)]
    dots = {title: 40 - 2 * n for n, title in enumerate(titles)}  # all different: a clear order
    ids = {}
    for n, title in enumerate(titles):
        note = int(services.notes.add_note(session, f"Note for {title}", x=n * 300.0).new_id or 0)
        ids[title] = int(services.board.clusters.create_cluster(
            session, title, note_ids=[note]).new_id or 0)
    round_id = int(services.board.votes.open_vote(session, target_kind="cluster").new_id or 0)
    for title, count in dots.items():
        services.board.votes.cast_vote(round_id, ids[title], dots=count)
    services.board.votes.close_vote(round_id)
    panel = make_panel(qtbot, env, session, size=(1600, 900))
    projector = env.projector
    projector.resize(*size)  # type: ignore[attr-defined]
    projector.show()  # type: ignore[attr-defined]
    env.projector.show_view("board")
    qtbot.waitExposed(projector)
    view = panel.projector
    qtbot.waitUntil(lambda: view.results.isVisible())
    next_turn(qtbot)
    results = view.results
    rows = [r for r in results.rows if r.isVisibleTo(projector)]
    more = int(re.search(r"\d+", results.more.text()).group())
    assert results.more.isVisibleTo(projector) and len(rows) + more == len(titles)
    assert cut_labels(results) == []
    for row, title in zip(rows, titles, strict=False):  # rank order is the order written
        first, last = row.text().split("\n")
        assert last == f"{dots[title]} dots"
        shown = first.split("   ", 1)[1]
        assert shown == title or (shown.endswith("…") and title.startswith(shown[:-1])), shown
    inside = results.rect()
    for label in _visible(results):
        assert inside.contains(QRect(label.mapTo(results, QPoint(0, 0)), label.size()))
        assert cap_height(label.font()) >= min_cap_height(size[1]) - 0.5
    projector.grab().save(str(artifacts / f"board-results-many-{size[1]}.png"))  # type: ignore[attr-defined]
    services.close()

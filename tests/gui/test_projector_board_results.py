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

"""What the projector shows reaches the file, for the big screen on phones: the view in front,
a black-out, the word explained and a vote's dots, each written just after the projector changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from coprod_desktop.gui.board.panel import BoardPanel
from coprod_desktop.gui.plain.jargon_panel import JargonPanel
from coprod_desktop.gui.projector.mirror import ProjectorMirror
from coprod_desktop.web.screen_projector import VIEW_NAMES
from tests.gui.gui_helpers import next_turn


def test_the_mirror_writes_the_view_and_the_black_out(qtbot, env, services, session_id) -> None:
    mirror = ProjectorMirror(services, env.projector)
    env.projector.add_view("agenda", QWidget())
    mirror.set_session(session_id)
    env.projector.show_view("agenda")
    assert env.projector.current_view() == "agenda"  # on screen before anything is written
    assert services.projector_view.shown(session_id).view == ""
    qtbot.waitUntil(lambda: services.projector_view.shown(session_id).view == "agenda")
    env.projector.set_blank(True)
    qtbot.waitUntil(lambda: services.projector_view.shown(session_id).blank)
    env.projector.set_blank(False)
    qtbot.waitUntil(lambda: not services.projector_view.shown(session_id).blank)
    mirror.set_session(None)  # no session chosen: nothing to write
    env.projector.show_view("agenda")
    next_turn(qtbot)  # the mirror writes on the loop's next turn, if it writes at all
    assert services.projector_view.shown(session_id).view == "agenda"


def test_the_app_follows_every_view_the_features_register(make_app, demo_path: Path,
                                                          qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    assert app.current is not None
    services = app.current.services
    session_id = app.current.view.current_session()
    assert session_id is not None
    keys = list(app.projector._views)
    unnamed = [k for k in keys if k not in VIEW_NAMES]
    assert unnamed == []  # a phone can say what every view is
    jargon = app.current.view.panel("Jargon")
    assert isinstance(jargon, JargonPanel)
    app.current.view.show_panel(jargon)  # as the facilitator has it in front
    jargon.search.setText("EHCP")
    jargon.glossary_list.setCurrentRow(0)
    jargon.show_on_projector()
    qtbot.waitUntil(lambda: services.projector_view.shown(session_id).view == "jargon")
    shown = services.projector_view.shown(session_id)
    assert shown.term == jargon.selected.term and shown.term.startswith("EHCP")
    assert shown.explanation == jargon.selected.explanation != ""
    board = app.current.view.panel("Board")
    assert isinstance(board, BoardPanel)
    board.set_session(session_id)
    app.projector.show_view("board")
    clusters = services.board.read.clusters(session_id)
    round_id = int(services.board.votes.open_vote(session_id, target_kind="cluster",
                                                   dots_per_person=3).new_id or 0)
    services.board.votes.cast_vote(round_id, clusters[0].id)
    services.board.votes.close_vote(round_id)
    qtbot.waitUntil(lambda: services.projector_view.shown(session_id).dots_round_id == round_id)
    assert services.projector_view.shown(session_id).view == "board"
    board.toolbar.actions_by_name["results"].setChecked(False)  # the facilitator puts them away
    qtbot.waitUntil(lambda: services.projector_view.shown(session_id).dots_round_id is None)

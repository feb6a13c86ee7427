"""Drive an equal-time round through the real console panel, and read the projector view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from coprod_desktop.domain.levelling import RoundStatus, TurnStatus
from coprod_desktop.facilitation.countdown import Stage
from coprod_desktop.gui.levelling.round_panel import RoundPanel
from coprod_desktop.gui.levelling.round_view import RoundProjectorView


def names(panel: RoundPanel) -> list[str]:
    return [panel.turns.item(i).text() for i in range(panel.turns.count())]


def key(qtbot, panel: RoundPanel, k: Qt.Key) -> None:
    qtbot.keyClick(panel.turns, k)


def test_a_round_run_from_the_keyboard(qtbot, env, services, session_id, room, clock) -> None:
    panel = RoundPanel(env)
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.turns.setFocus()
    assert "No round yet" in panel.speaker.text()

    panel.name_edit.setText("Check-in")
    panel.seconds.setValue(60)
    qtbot.mouseClick(panel.make, Qt.MouseButton.LeftButton)
    state = panel.state
    assert state is not None and state.round.status is RoundStatus.READY
    assert names(panel)[3] == "4. Paul & Tracy" and names(panel)[4] == "5. <b>Jo</b>"

    # Drag Jo to the top: the same path a drop takes in the list's model.
    panel.turns.model().moveRow(QModelIndex(), 4, QModelIndex(), 0)
    qtbot.waitUntil(lambda: panel.state.ordered[0].attendee_id == room[4])
    assert names(panel)[0] == "1. <b>Jo</b>"
    assert env.undo.stack.count() == 2  # the round and the drag, both undoable

    key(qtbot, panel, Qt.Key.Key_Return)  # start, and show it on the projector
    assert env.projector.current_view() == RoundProjectorView.KEY
    view: RoundProjectorView = env.projector.view(RoundProjectorView.KEY)
    pic = view.current_picture()
    assert (pic.heading, pic.name, pic.countdown, pic.next_line) == (
        "Speaking now", "<b>Jo</b>", "1:00", "Next: Priya")

    clock.advance(50)
    env.ticker.tick.emit()
    assert panel.view.current_picture().stage is Stage.WARNING
    clock.advance(15)
    env.ticker.tick.emit()
    assert view.current_picture().stage is Stage.OVERTIME and view.current_picture().countdown == "+0:05"
    assert panel.chime.count == 1
    env.ticker.tick.emit()
    assert panel.chime.count == 1  # once per turn

    key(qtbot, panel, Qt.Key.Key_N)
    assert view.current_picture().name == "Priya"
    clock.advance(3)
    key(qtbot, panel, Qt.Key.Key_P)  # Priya passes
    assert view.current_picture().name == "Kai"
    key(qtbot, panel, Qt.Key.Key_S)  # Kai is not ready: to the end
    assert view.current_picture().name == "Dr Helen Achebe"
    clock.advance(20)
    key(qtbot, panel, Qt.Key.Key_Space)
    assert view.current_picture().box_words == "Paused"
    assert panel.buttons["pause"].text().startswith("Carry on")
    clock.advance(600)
    key(qtbot, panel, Qt.Key.Key_Space)
    assert view.current_picture().countdown == "0:40"
    key(qtbot, panel, Qt.Key.Key_N)
    key(qtbot, panel, Qt.Key.Key_Backspace)  # pressed too soon: back to Helen, clock as it was
    assert view.current_picture().name == "Dr Helen Achebe"
    assert view.current_picture().countdown == "0:40"
    key(qtbot, panel, Qt.Key.Key_N)
    assert view.current_picture().name == "Paul & Tracy"
    assert env.undo.stack.undoText() == "Next turn"
    env.undo.stack.undo()  # Ctrl+Z straight after a slip undoes it, like the agenda's Next
    assert view.current_picture().name == "Dr Helen Achebe"
    assert env.errors == []

    late = int(services.people.sign_in_attendee(session_id, name="Tomasz",
                                                group="parent_carer").new_id or 0)
    assert (late, "Tomasz") in panel.late_choices()
    panel.add_late(late)
    assert names(panel)[-1].startswith("6. Tomasz (late)")

    services.people.sign_out_attendee(session_id, room[3])  # Paul & Tracy leave
    for _ in range(3):  # Helen, then Kai (Paul & Tracy passed over), then Tomasz
        clock.advance(30)
        key(qtbot, panel, Qt.Key.Key_N)
    state = services.levelling.state(panel.round_id)
    assert state.round.status is RoundStatus.FINISHED
    by_person = {t.attendee_id: t for t in state.turns}
    assert by_person[room[3]].status is TurnStatus.ABSENT
    assert by_person[room[1]].skips == 1 and by_person[room[1]].status is TurnStatus.DONE
    assert by_person[room[4]].duration_s == 65 and by_person[room[0]].status is TurnStatus.PASSED
    assert by_person[late].late and by_person[late].duration_s == 30
    assert view.current_picture().heading == "Round complete"
    assert "left before their turn" in " ".join(names(panel))
    assert by_person[room[2]].duration_s == 50
    assert env.errors == []
    key(qtbot, panel, Qt.Key.Key_N)
    assert env.errors == ["This round has finished."]


def test_refusals_reach_the_facilitator(qtbot, env, services, session_id) -> None:
    panel = RoundPanel(env)
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    qtbot.mouseClick(panel.make, Qt.MouseButton.LeftButton)
    assert env.errors and "Nobody is signed in" in env.errors[-1]
    assert services.levelling.data.rounds(session_id) == []

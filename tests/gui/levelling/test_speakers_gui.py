"""The speakers strip, the hands queue and the balance panel, driven by keys and clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coprod_desktop.domain.groups import Group
from coprod_desktop.gui.levelling.balance_panel import BalancePanel
from coprod_desktop.gui.levelling.balance_view import BalanceProjectorView
from coprod_desktop.gui.levelling.hands_panel import HandsPanel
from coprod_desktop.gui.levelling.speakers_panel import SpeakersPanel


def test_marking_speakers_hands_and_balance(qtbot, env, services, session_id, room,
                                            clock) -> None:
    strip, hands, balance = SpeakersPanel(env), HandsPanel(env), BalancePanel(env)
    for panel in (strip, hands, balance):
        qtbot.addWidget(panel)
        panel.set_session(session_id)
    hands.show()  # console panels draw changes while they are shown
    balance.show()
    strip.show()
    qtbot.waitExposed(strip)
    strip.activateWindow()
    qtbot.waitUntil(strip.isActiveWindow)
    strip.setFocus()
    priya, kai, helen, paul_tracy, jo = room
    # Names are shown as typed: "&" is not a shortcut marker, "<b>" is not markup.
    assert strip.name_buttons[paul_tracy].text() == "4  Paul && Tracy  ·  0:00"
    assert strip.name_buttons[jo].text() == "5  <b>Jo</b>  ·  0:00"

    qtbot.keyClick(strip, Qt.Key.Key_3)  # Helen
    clock.advance(240)
    qtbot.keyClick(strip, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Kai's hand
    clock.advance(1)
    qtbot.mouseClick(strip.hand_buttons[priya], Qt.MouseButton.LeftButton)
    clock.advance(1)
    env.ticker.tick.emit()
    assert strip.name_buttons[helen].isChecked() and "4:02" in strip.name_buttons[helen].text()
    assert strip.now.text() == "Speaking: Dr Helen Achebe  (4:02)"
    assert [h.attendee_id for h in hands.queue] == [kai, priya]

    qtbot.keyClick(strip, Qt.Key.Key_1)  # Priya, a second after Helen stops: a clean switch
    clock.advance(60)
    assert [h.attendee_id for h in services.speaking.hands_queue(session_id)] == [kai]
    hands.reload()
    hands.list.setCurrentRow(0)
    qtbot.mouseClick(hands.give, Qt.MouseButton.LeftButton)  # Kai gets the floor
    assert hands.queue == [] and not hands.give.isEnabled()
    clock.advance(60)
    qtbot.keyClick(strip, Qt.Key.Key_Space)
    assert strip.speaker is None and strip.now.text() == "Nobody is marked as speaking"
    assert services.speaking.talk(session_id) == {helen: 242, priya: 60, kai: 60}

    shares = {s.group: s for s in balance.shares}
    assert round(shares[Group.STAFF].talk_share, 3) == round(242 / 362, 3)
    assert shares[Group.PARENT_CARER].room_share == 0.6
    assert "Parent or carer: 60% of the room, 17% of the talk" in balance.figures.text()
    balance.show()
    balance.activateWindow()
    qtbot.waitUntil(balance.isActiveWindow)
    qtbot.mouseClick(balance.project_button, Qt.MouseButton.LeftButton)  # F6 is the Run screen's
    assert env.projector.current_view() == BalanceProjectorView.KEY
    assert env.errors == []

"""One keyboard map: no sequence bound twice where both could be active, nothing bound outside
the map, and every key the map advertises fires from the screen that shows it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from coprod_desktop.gui.kit import keymap
from coprod_desktop.gui.kit.keymap import BINDINGS, Binding, clashes


def test_no_sequence_is_bound_twice_where_both_could_be_active() -> None:
    assert clashes() == []


def test_a_clash_is_found() -> None:
    """The check can fail: Ctrl+E for Export and for End round (the bug that was)."""
    twice = [*BINDINGS, Binding("round.old_end", ("Ctrl+E",), "End round", "round")]
    assert ("Ctrl+E", "file.export", "round.old_end") in clashes(twice)
    # Siblings do not clash: Space in the round and in the story queue are never both active.
    assert not [c for c in clashes() if "Space" in c[0]]


def test_every_binding_says_where_it_works_and_what_it_does() -> None:
    ids = [b.id for b in BINDINGS]
    assert len(ids) == len(set(ids))
    for b in BINDINGS:
        assert b.context in keymap.CONTEXTS and b.what and b.keys, b
        for key in b.keys:
            assert not QKeySequence(key).isEmpty(), (b.id, key)


def _live_keys(*roots: QWidget) -> list[QObject]:
    found: list[QObject] = []
    for root in roots:
        found += [s for s in root.findChildren(QShortcut) if not s.key().isEmpty()]
        found += [a for a in root.findChildren(QAction) if a.shortcuts()]
    return list(dict.fromkeys(found))


def test_every_key_in_the_console_comes_from_the_map(make_app, demo_path: Path) -> None:
    app = make_app()
    app.start(demo_path)
    app.console.view.build_all()
    outside = []
    for obj in _live_keys(app.console, app.projector):
        if obj.property("binding") in keymap.BY_ID:
            continue
        if isinstance(obj, QAction) and not obj.isVisible():
            continue
        keys = obj.key().toString() if isinstance(obj, QShortcut) else obj.shortcut().toString()
        outside.append((type(obj).__name__, obj.objectName(), keys,
                        type(obj.parent()).__name__))
    assert outside == []


def _owner_panel(view, widget: QWidget) -> QWidget | None:
    return next((p for p in view.panels if p is widget or p.isAncestorOf(widget)), None)


def _press(target: QWidget, sequence: QKeySequence) -> None:
    combo = sequence[0]
    QTest.keyClick(target, combo.key(), combo.keyboardModifiers())


def test_every_advertised_key_fires_from_the_screen_that_shows_it(make_app, demo_path: Path,
                                                                   qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    console, projector, view = app.console, app.projector, app.console.view
    view.build_all()  # panels are built when first shown: every key of every panel, here
    console.resize(1280, 720)
    qtbot.waitExposed(console)
    fired: dict[int, int] = {}
    ambiguous: list[str] = []
    keyed = [o for o in _live_keys(console, projector) if o.property("binding")]
    assert len(keyed) > 60
    # Every binding in the map is made somewhere (no advertised key without a shortcut).
    made = {str(o.property("binding")) for o in keyed}
    assert {b.id for b in BINDINGS if not b.by_widget} <= made
    for obj in keyed:
        signal = obj.activated if isinstance(obj, QShortcut) else obj.triggered
        signal.disconnect()  # this app is thrown away: count the key instead of acting on it
        ident = id(obj)
        signal.connect(lambda *_a, i=ident: fired.__setitem__(i, fired.get(i, 0) + 1))
        if isinstance(obj, QShortcut):
            obj.activatedAmbiguously.connect(
                lambda o=obj: ambiguous.append(str(o.property("binding"))))
    missed = []
    for obj in keyed:
        if not obj.isEnabled():  # Undo with nothing to undo: the key is right, there is nothing
            continue
        if isinstance(obj, QAction):
            owner: QWidget = console
            sequences = obj.shortcuts()
        else:
            owner = obj.parent()
            sequences = [obj.key()]
        on_projector = owner.window() is projector
        if on_projector:
            for key in ("agenda", "levelling.round"):
                if projector.view(key).isAncestorOf(owner) or projector.view(key) is owner:
                    projector.show_view(key)
            if not projector.isVisible():
                projector.present()
                qtbot.waitExposed(projector)
            projector.activateWindow()
            qtbot.waitUntil(projector.isActiveWindow)
        else:
            panel = _owner_panel(view, owner)
            if panel is not None:
                view.show_panel(panel)
            elif view.run is not None and view.run.isAncestorOf(owner):
                view.show_place("run")
            console.activateWindow()
            qtbot.waitUntil(console.isActiveWindow)
        if owner.focusPolicy() == Qt.FocusPolicy.NoFocus:
            owner.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        owner.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.processEvents()
        target = QApplication.focusWidget() or owner
        for sequence in sequences:
            before = fired.get(id(obj), 0)
            _press(target, sequence)
            QApplication.processEvents()
            if fired.get(id(obj), 0) != before + 1:
                missed.append((obj.property("binding"), sequence.toString(),
                               type(target).__name__))
    assert ambiguous == []
    assert missed == []

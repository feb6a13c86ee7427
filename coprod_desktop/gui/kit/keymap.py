"""Every keyboard shortcut in the console, in one table.

Menus, button labels and Help › Keyboard shortcuts (and its PDF) are all built from `BINDINGS`,
so a key is declared once. Each binding has a context: where it works. Contexts nest (a key of
the console window works inside every panel), and a test fails when one sequence is bound twice
in contexts that can be active at the same time, because Qt then fires neither.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from coprod_desktop.i18n import N_, _

# Where a key works, and the context it sits inside (None: the top).
CONTEXTS: dict[str, str | None] = {
    "window": None,  # the console window, whatever has the focus
    "projector": None,  # the projector window (it also takes F5 and B, see ALSO_ON_PROJECTOR)
    "plan": "window",
    "agenda": "plan",
    "jargon": "plan",
    "run": "window",  # the Run screen: the presenter strip and its tools
    "signin": "run",
    "round": "run",
    "stories": "run",
    "discussion": "run",
    "speakers": "discussion",
    "hands": "discussion",
    "board": "run",
    "follow_up": "window",
}

SECTION = {"window": N_("Anywhere in the console"), "projector": N_("Projector window"),
           "plan": N_("Plan"), "agenda": N_("Plan › Agenda"), "jargon": N_("Plan › Jargon"),
           "run": N_("Run"), "signin": N_("Run › Sign-in"), "round": N_("Run › Round"),
           "stories": N_("Run › Stories"), "discussion": N_("Run › Discussion"),
           "speakers": N_("Run › Discussion"), "hands": N_("Run › Discussion"),
           "board": N_("Run › Board"), "follow_up": N_("Follow up")}


@dataclass(frozen=True)
class Binding:
    id: str
    keys: tuple[str, ...]  # portable text ("Ctrl+Shift+E"); several keys do the same thing
    what: str  # what it does, in plain words (also the menu text without its "&")
    context: str
    keys_text: str = ""  # how the sheet writes a run of keys ("1–9"); empty: the keys themselves
    by_widget: bool = False  # read by a widget's own key handling (the board), not a shortcut

    @property
    def shown_keys(self) -> str:
        if self.keys_text:
            return self.keys_text
        return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                         for k in self.keys)


def _b(id_: str, keys: str | tuple[str, ...], what: str, context: str,
       keys_text: str = "", *, by_widget: bool = False) -> Binding:
    return Binding(id_, (keys,) if isinstance(keys, str) else keys, what, context, keys_text,
                   by_widget)


DIGITS = tuple(str(n) for n in range(1, 10))

BINDINGS: tuple[Binding, ...] = (
    # The console window: menus and places.
    _b("file.new", "Ctrl+N", N_("New programme"), "window"),
    _b("file.open", "Ctrl+O", N_("Open a programme"), "window"),
    _b("file.save_copy", "Ctrl+Shift+S", N_("Save a copy"), "window"),
    _b("file.export", "Ctrl+E", N_("Export handouts and data"), "window"),
    _b("file.close", "Ctrl+W", N_("Close the programme"), "window"),
    _b("file.quit", "Ctrl+Q", N_("Quit"), "window"),
    _b("edit.undo", "Ctrl+Z", N_("Undo"), "window"),
    _b("edit.redo", ("Ctrl+Shift+Z", "Ctrl+Y"), N_("Redo"), "window"),
    _b("place.plan", "Ctrl+1", N_("Go to Plan"), "window"),
    _b("place.run", "Ctrl+2", N_("Go to Run"), "window"),
    _b("place.follow_up", "Ctrl+3", N_("Go to Follow up"), "window"),
    _b("view.next", ("Ctrl+Tab", "Ctrl+PgDown"), N_("Next view in this place"), "window"),
    _b("view.previous", ("Ctrl+Shift+Tab", "Ctrl+PgUp"), N_("Previous view in this place"),
       "window"),
    _b("projector.show", "F5", N_("Show or hide the projector"), "window"),
    _b("projector.blank", "B", N_("Blank the projector (black out)"), "window"),
    _b("help.shortcuts", "F1", N_("Keyboard shortcuts"), "window"),
    # The Run screen: the agenda runner and the projector.
    _b("run.toggle", "F9", N_("Start or pause the agenda timer"), "run"),
    _b("run.next", "Alt+PgDown", N_("Next activity"), "run"),
    _b("run.previous", "Alt+PgUp", N_("Previous activity"), "run"),
    _b("run.plus1", "F7", N_("Add 1 minute"), "run"),
    _b("run.plus5", "F8", N_("Add 5 minutes"), "run"),
    _b("run.project", "F6", N_("Show this on the projector"), "run"),
    _b("run.pin", "Ctrl+Shift+P", N_("Keep the projector on what it shows now"), "run"),
    # The projector window (a presenter clicker sends Page Down and Page Up).
    _b("projector.toggle", "Space", N_("Start or pause the agenda timer"), "projector"),
    _b("projector.next", "PgDown", N_("Next activity (or next speaker in a round)"), "projector"),
    _b("projector.previous", "PgUp", N_("Previous activity (or back in a round)"), "projector"),
    _b("projector.plus1", "F7", N_("Add 1 minute"), "projector"),
    _b("projector.plus5", "F8", N_("Add 5 minutes"), "projector"),
    # Plan.
    _b("agenda.toggle", "Space", N_("Start or pause the timer"), "agenda"),
    _b("agenda.next", "PgDown", N_("Next activity"), "agenda"),
    _b("agenda.previous", "PgUp", N_("Go back to the previous activity"), "agenda"),
    _b("agenda.plus1", "F7", N_("Add 1 minute"), "agenda"),
    _b("agenda.plus5", "F8", N_("Add 5 minutes"), "agenda"),
    _b("jargon.project", "Ctrl+Shift+J", N_("Show on projector"), "jargon"),
    # Run › Round.
    _b("round.new", "Ctrl+R", N_("New round from the people here"), "round"),
    _b("round.start", ("Return", "Enter"), N_("Start the round"), "round"),
    _b("round.next", ("N", "PgDown"), N_("Next speaker"), "round"),
    _b("round.pass", "P", N_("Pass"), "round"),
    _b("round.skip", "S", N_("Skip for now"), "round"),
    _b("round.back", ("Backspace", "PgUp"), N_("Back"), "round"),
    _b("round.pause", "Space", N_("Pause or carry on"), "round"),
    _b("round.late", "L", N_("Add someone late"), "round"),
    _b("round.end", "Ctrl+Shift+E", N_("End round"), "round"),
    _b("round.remove", "Delete", N_("Take a waiting person out of the round"), "round"),
    # Run › Stories.
    _b("stories.start", "T", N_("Start story"), "stories"),
    _b("stories.pause", "Space", N_("Pause or carry on"), "stories"),
    _b("stories.end", "E", N_("End story"), "stories"),
    _b("stories.delete", "Delete", N_("Remove story"), "stories"),
    _b("stories.heard", "Ctrl+Return", N_("Add the \u201cwhat I heard\u201d note"), "stories"),
    # Run › Discussion.
    _b("speakers.nobody", ("Space", "0"), N_("Nobody speaking"), "speakers"),
    _b("speakers.mark", DIGITS, N_("Mark that person as speaking"), "speakers", "1–9"),
    _b("speakers.hand", tuple(f"Alt+{n}" for n in DIGITS), N_("Raise or lower that person's hand"),
       "speakers", "Alt+1–9"),
    _b("hands.give", ("Return", "Enter"), N_("Give the floor"), "hands"),
    _b("hands.lower", "Delete", N_("Lower hand"), "hands"),
    # Run › Board (the first keys are read by the board itself while it has the focus).
    _b("board.new_note", "N", N_("New note (type at once)"), "board", by_widget=True),
    _b("board.edit", ("Return", "F2"), N_("Edit the selected note or rename the cluster"), "board",
       by_widget=True),
    _b("board.delete", ("Delete", "Backspace"), N_("Delete what is selected"), "board",
       by_widget=True),
    _b("board.fit", ("0", "F"), N_("Show the whole board"), "board", by_widget=True),
    _b("board.zoom_in", "+", N_("Zoom in"), "board", by_widget=True),
    _b("board.zoom_out", "-", N_("Zoom out"), "board", by_widget=True),
    _b("board.pan", "Space", N_("Hold and drag to move round the board"), "board", by_widget=True),
    _b("board.select_all", "Ctrl+A", N_("Select every note"), "board", by_widget=True),
    _b("board.cluster", "Ctrl+G", N_("Put the selected notes in a new cluster"), "board"),
    _b("board.open_vote", "Ctrl+Shift+O", N_("Open a dot vote"), "board"),
    _b("board.close_vote", "Ctrl+Shift+C", N_("Close the vote and show the results"), "board"),
    _b("board.focus", "Ctrl+Shift+F", N_("Record the vote's winner as our focus"), "board"),
    _b("board.paste", "Ctrl+Shift+V", N_("Paste lines as notes"), "board"),
    _b("board.arrange", "Ctrl+Shift+A", N_("Arrange the board (no overlaps)"), "board"),
)

BY_ID: dict[str, Binding] = {b.id: b for b in BINDINGS}
Triggered = Callable[[], object]


def binding(id_: str) -> Binding:
    return BY_ID[id_]


def label(id_: str, text: str | None = None) -> str:
    """A button's text with its key: "End round  [Ctrl+Shift+E]"."""
    b = BY_ID[id_]
    return f"{text if text is not None else _(b.what)}  [{b.shown_keys}]"


def sequences(id_: str) -> list[QKeySequence]:
    return [QKeySequence(k) for k in BY_ID[id_].keys]


def shortcut(owner: QWidget, id_: str, slot: Triggered, index: int | None = None,
             *, widget_only: bool = False) -> QShortcut:
    """A shortcut that works wherever the focus is inside `owner` (or only on it: widget_only).

    `index` picks one key of a run (speakers.mark: index 0 is "1"); otherwise the first key, and
    the others get shortcuts of their own (returned by `shortcuts`)."""
    from PySide6.QtCore import Qt  # when a panel makes its keys: not for the welcome page's menus

    b = BY_ID[id_]
    key = b.keys[index if index is not None else 0]
    made = QShortcut(QKeySequence(key), owner)
    made.setContext(Qt.ShortcutContext.WidgetShortcut if widget_only
                    else Qt.ShortcutContext.WidgetWithChildrenShortcut)
    made.setWhatsThis(_(b.what))
    made.setObjectName(f"key:{id_}")
    made.setProperty("binding", id_)
    made.activated.connect(_buttons_first(owner, key, slot))
    return made


PRESSING_KEYS = {QKeySequence(k).toString() for k in ("Space", "Return", "Enter")}


def _buttons_first(owner: QWidget, key: str, slot: Triggered) -> Triggered:
    """Space and Enter press the button that has the focus, as everywhere else; the panel's own
    use of the key (pause, give the floor) is for when no button has it."""
    if QKeySequence(key).toString() not in PRESSING_KEYS:
        return slot

    def pressed() -> object:
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and owner.isAncestorOf(focused) and \
                focused.isEnabled():
            focused.click()
            return None
        return slot()

    return pressed


def shortcuts(owner: QWidget, id_: str, slot: Triggered) -> list[QShortcut]:
    """One shortcut per key of the binding, all doing `slot`."""
    return [shortcut(owner, id_, slot, i) for i in range(len(BY_ID[id_].keys))]


def window_shortcuts(owner: QWidget, id_: str, slot: Triggered) -> list[QShortcut]:
    """Shortcuts that work anywhere in `owner`'s window."""
    from PySide6.QtCore import Qt

    made = shortcuts(owner, id_, slot)
    for s in made:
        s.setContext(Qt.ShortcutContext.WindowShortcut)
    return made


def action(parent: QObject, id_: str, text: str, name: str = "") -> QAction:
    """A menu action carrying the binding's keys; `text` has its "&" mnemonic."""
    made = QAction(text, parent)
    made.setShortcuts(sequences(id_))
    made.setObjectName(name or f"key:{id_}")
    made.setProperty("binding", id_)
    return made


def bind_action(made: QAction, id_: str) -> QAction:
    """Give an action made elsewhere (Qt's undo actions) the binding's keys."""
    made.setShortcuts(sequences(id_))
    made.setProperty("binding", id_)
    return made


def nested_in(context: str, outer: str) -> bool:
    node: str | None = context
    while node is not None:
        if node == outer:
            return True
        node = CONTEXTS[node]
    return False


def clashes(bindings: Iterable[Binding] = BINDINGS) -> list[tuple[str, str, str]]:
    """(key, binding, binding) for every sequence bound twice where both could be active."""
    seen: list[tuple[str, Binding]] = []
    found: list[tuple[str, str, str]] = []
    for b in bindings:
        for key in b.keys:
            text = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
            for other_key, other in seen:
                if other_key == text and (nested_in(b.context, other.context)
                                          or nested_in(other.context, b.context)):
                    found.append((text, other.id, b.id))
            seen.append((text, b))
    return found


def sheet_rows() -> list[tuple[str, str, str]]:
    """(section, keys, what) for Help › Keyboard shortcuts, in the table's order."""
    return [(_(SECTION[b.context]), b.shown_keys, _(b.what)) for b in BINDINGS]

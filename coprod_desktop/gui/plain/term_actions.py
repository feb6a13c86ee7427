"""Adding, editing and removing the programme's own glossary terms from the Jargon panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from coprod_desktop.domain.glossary import Glossary, GlossaryEntry
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.plain.term_dialog import TermDialog
from coprod_desktop.i18n import _
from coprod_desktop.services import ChangeSet


class TermEditing(QWidget):
    """Mixed into JargonPanel: its env, glossary, search box and selection are used here."""

    env: GuiEnv
    glossary: Glossary
    selected: GlossaryEntry | None
    search: QLineEdit

    def add_term(self) -> None:
        typed = self.search.text().strip()
        draft = GlossaryEntry(typed, "") if typed and self.glossary.lookup(typed) is None else None
        self._run_dialog(TermDialog(draft, self),
                         lambda t, e, a: self.env.services.glossary.add_term(t, e, a))

    def edit_term(self) -> None:
        entry = self.selected
        if entry is None or entry.programme_term_id is None:
            return
        term_id = entry.programme_term_id
        self._run_dialog(TermDialog(entry, self),
                         lambda t, e, a: self.env.services.glossary.edit_term(term_id, t, e, a))

    def _run_dialog(self, dialog: TermDialog,
                    save: Callable[[str, str, str], ChangeSet]) -> None:
        errors: list[str] = []
        self.env.undo.error.connect(errors.append)
        try:
            while dialog.exec():
                errors.clear()
                term, explanation, aliases = dialog.values()
                change = self.env.undo.run(
                    lambda t=term, e=explanation, a=aliases: save(t, e, a))
                if change is not None:
                    self.refresh()
                    self._select(self.glossary.lookup(term))
                    return
                dialog.show_error(errors[-1] if errors else _("That could not be saved."))
        finally:
            self.env.undo.error.disconnect(errors.append)

    def remove_term(self) -> None:
        entry = self.selected
        if entry is None or entry.programme_term_id is None:
            return
        answer = QMessageBox.question(
            self, _("Remove a term"),
            _("Remove ‘{term}’ from this programme's glossary? You can undo this.").format(
                term=entry.term))
        if answer == QMessageBox.StandardButton.Yes:
            term_id = entry.programme_term_id
            self.env.undo.run(lambda: self.env.services.glossary.delete_term(term_id))
            self.refresh()

"""Enter the reference once: the borough's (or the service's) share for each answer we ask."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.equalities import PREFER_NOT, QUESTIONS
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.outcomes.look import error_line
from coprod_desktop.i18n import _


class ReferenceDialog(QDialog):
    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referenceDialog")
        self.setWindowTitle(_("Reference figures"))
        self.env = env
        reach = env.services.reach.reach
        current = reach.reference()
        self.source = QLineEdit(reach.reference_source())
        self.source.setObjectName("referenceSource")
        self.source.setPlaceholderText(_("Where the figures come from, e.g. the borough profile"))
        self.fields: dict[tuple[str, str], QLineEdit] = {}
        inner = QWidget()
        form = QFormLayout(inner)
        form.addRow(_("Source"), self.source)
        for question in QUESTIONS:
            title = QLabel(question.text)
            title.setWordWrap(True)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            form.addRow(title)
            for value, label in question.choices:
                if value == PREFER_NOT:
                    continue
                field = QLineEdit("" if (question.key, value) not in current
                                  else f"{current[(question.key, value)]:g}")
                field.setObjectName(f"ref_{question.key}_{value}")
                field.setPlaceholderText("%")
                field.setMaximumWidth(90)
                self.fields[(question.key, value)] = field
                form.addRow(label, field)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.message = error_line()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                               QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(_("Type each share as a percentage of the whole population you compare with "
                       "(leave a box empty if you do not know). Enter them once; the gap is shown "
                       "everywhere after."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.resize(520, 640)

    def save(self) -> None:
        shares = {key: field.text() for key, field in self.fields.items()}
        failed: list[CoprodError] = []
        self.env.undo.run(lambda: self.env.services.reach.set_reference(
            shares, source=self.source.text()), on_error=failed.append)
        if failed:
            self.message.setText(failed[0].message)
            self.message.setVisible(True)
            return
        self.accept()

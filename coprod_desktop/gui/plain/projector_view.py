"""The projector's jargon view: the term huge, its explanation in large type underneath."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from coprod_desktop.domain.glossary import GlossaryEntry
from coprod_desktop.gui.kit.legibility import font_with_cap_height, min_cap_height
from coprod_desktop.gui.plain import fonts
from coprod_desktop.i18n import _

VIEW_KEY = "jargon"

# Shares of the projector's height: the term's capitals, the explanation's, the small lines'.
TERM_CAP = 0.105
BODY_CAP = 0.046
SMALL_CAP = 0.038

# The projector's theme (ui/projector-*.qss) colours labels by these object names.
OBJECT_NAMES = {"caption": "muted", "term": "subheading", "explanation": "body",
                "aliases": "muted"}
READING_FONT_SHEET = 'QLabel { font-family: "%s"; }'


def _distinct_forms(entry: GlossaryEntry) -> list[str]:
    """Other forms worth showing: not the term again, nor one differing only in punctuation."""
    seen = {"".join(ch for ch in entry.term.casefold() if ch.isalnum())}
    out = []
    for form in entry.aliases:
        key = "".join(ch for ch in form.casefold() if ch.isalnum())
        if key not in seen:
            seen.add(key)
            out.append(form)
    return out


class JargonProjectorView(QWidget):
    """Full-screen view for the projector. Text is shown verbatim (plain text, never markup)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jargonProjectorView")
        self.entry: GlossaryEntry | None = None
        self.caption = self._label(OBJECT_NAMES["caption"])
        self.term = self._label(OBJECT_NAMES["term"])
        self.explanation = self._label(OBJECT_NAMES["explanation"])
        self.aliases = self._label(OBJECT_NAMES["aliases"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(2)
        for label in (self.caption, self.term, self.explanation, self.aliases):
            layout.addWidget(label)
        layout.addStretch(3)
        self.show_entry(None)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_entry(self.entry)
        super().changeEvent(event)

    def show_entry(self, entry: GlossaryEntry | None) -> None:
        self.entry = entry
        self.setAccessibleName(_("Jargon explained"))
        if entry is None:
            self.caption.setText(_("Jargon buster"))
            self.term.setText("")
            self.explanation.setText(_("Ask “what does that mean?” at any time."))
            self.aliases.setText("")
        else:
            self.caption.setText(_("What does it mean?"))
            self.term.setText(entry.term)
            self.explanation.setText(entry.explanation)
            others = _distinct_forms(entry)[:4]
            self.aliases.setText(_("Also written as: {forms}").format(
                forms="  ·  ".join(others)) if others else "")
        self.aliases.setVisible(bool(self.aliases.text()))
        self.term.setVisible(bool(self.term.text()))
        self.term.setAccessibleName(self.term.text())
        self.explanation.setAccessibleName(self.explanation.text())
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # the font setting may have changed while hidden

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = max(self.height(), 360)
        width = max(self.width(), 640)
        margin = round(width * 0.07)
        floor = min_cap_height(height)
        # The theme names a font family; the reading font, when chosen, has to win over it.
        wanted = READING_FONT_SHEET % fonts.READING_FAMILY if fonts.uses_reading_font() else ""
        if self.styleSheet() != wanted:
            self.setStyleSheet(wanted)
        caps = {self.caption: max(floor, height * SMALL_CAP),
                self.term: height * TERM_CAP,
                self.explanation: max(floor, height * BODY_CAP),
                self.aliases: max(floor, height * SMALL_CAP)}
        available = width - 2 * margin
        for label, cap in caps.items():
            label.ensurePolished()  # so its font has the family the theme gives it
            base = QFont(label.font())
            if fonts.uses_reading_font():
                base.setFamilies([fonts.READING_FAMILY])
            if label is self.term:
                base.setWeight(QFont.Weight.Bold)
                font = font_with_cap_height(base, cap)
                advance = QFontMetricsF(font).horizontalAdvance(label.text() or "M")
                if advance > available:  # a long term shrinks, but stays bigger than the body
                    cap = max(floor, height * BODY_CAP * 1.2, cap * available / advance)
            label.setFont(font_with_cap_height(base, cap))
            label.setContentsMargins(margin, 0, margin, round(height * 0.02))
        layout = self.layout()
        if layout is not None:  # new fonts change the labels' heights: lay out again now
            layout.invalidate()
            layout.activate()

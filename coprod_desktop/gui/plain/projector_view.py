"""The projector's jargon view: the term huge, its explanation in large type underneath."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from coprod_desktop.domain.glossary import GlossaryEntry
from coprod_desktop.gui.plain import fonts
from coprod_desktop.gui.plain.legibility import font_with_cap_height, min_cap_height

VIEW_KEY = "jargon"

# Shares of the projector's height: the term's capitals, the explanation's, the small lines'.
TERM_CAP = 0.105
BODY_CAP = 0.046
SMALL_CAP = 0.038

DEFAULT_STYLE = """
JargonProjectorView { background-color: #101010; }
QLabel { color: #FFFFFF; background-color: transparent; }
QLabel#jargonCaption, QLabel#jargonAliases { color: #E0E0E0; }
QLabel#jargonTerm { color: #FFE14D; }
"""


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
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(DEFAULT_STYLE)
        self.entry: GlossaryEntry | None = None
        self.caption = self._label("jargonCaption")
        self.term = self._label("jargonTerm")
        self.explanation = self._label("jargonExplanation")
        self.aliases = self._label("jargonAliases")
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
        self.setAccessibleName(self.tr("Jargon explained"))
        if entry is None:
            self.caption.setText(self.tr("Jargon buster"))
            self.term.setText("")
            self.explanation.setText(self.tr("Ask “what does that mean?” at any time."))
            self.aliases.setText("")
        else:
            self.caption.setText(self.tr("What does it mean?"))
            self.term.setText(entry.term)
            self.explanation.setText(entry.explanation)
            others = _distinct_forms(entry)[:4]
            self.aliases.setText(self.tr("Also written as: {forms}").format(
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
        base = fonts.projector_font()
        small = font_with_cap_height(base, max(floor, height * SMALL_CAP))
        body = font_with_cap_height(base, max(floor, height * BODY_CAP))
        term = font_with_cap_height(base, height * TERM_CAP)
        term.setWeight(QFont.Weight.Bold)
        available = width - 2 * margin
        advance = QFontMetricsF(term).horizontalAdvance(self.term.text() or "M")
        if advance > available:  # a long term shrinks to fit one line, but never below the body
            scale = available / advance
            term = font_with_cap_height(term, max(floor, height * BODY_CAP * 1.2,
                                                  height * TERM_CAP * scale))
        for label, font in ((self.caption, small), (self.term, term), (self.explanation, body),
                            (self.aliases, small)):
            label.setFont(font)
            label.setContentsMargins(margin, 0, margin, round(height * 0.02))
        layout = self.layout()
        if layout is not None:  # new fonts change the labels' heights: lay out again now
            layout.invalidate()
            layout.activate()

"""The interface's language: the desktop's gettext catalogue (coprod_desktop/i18n.py), switched
while the app runs.

The console and projector mark their text with `_`, `N_` and `count` from coprod_desktop.i18n,
the same catalogue as the PDFs (resources/i18n/desktop/<code>/LC_MESSAGES/coprod.po). Choosing a
language sets it for the GUI thread, loads Qt's own catalogue for the words Qt draws itself (Save,
Cancel, Yes, No in standard dialog buttons), makes QLocale speak it, and sends every widget a
LanguageChange event: widgets that handle it (see `JargonPanel.changeEvent`) set their texts
again; the rest take the new language when they are next built (a programme opened, a dialog
shown).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from coprod_desktop import i18n as catalogues

log = logging.getLogger(__name__)

LANGUAGES = catalogues.LANGUAGES
DEFAULT = catalogues.SOURCE

_installed: list[QTranslator] = []


def install_language(code: str) -> bool:
    """Use `code` for the interface from now on. Unknown codes fall back to English (UK)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("Create the QApplication before choosing a language.")
    if catalogues.known(code) != code:
        log.warning("Unknown interface language %r; using English (UK)", code)
    code = catalogues.set_language(code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = code.split("_")[0]
    if language != "en":  # Qt's own words: Save, Cancel, Yes, No
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(catalogues.babel_locale(code)))
    if not _installed and isinstance(app, QApplication):  # no translator to announce it
        for widget in app.allWidgets():
            QCoreApplication.postEvent(widget, QEvent(QEvent.Type.LanguageChange))
    return True


def current_language() -> str:
    return catalogues.current()

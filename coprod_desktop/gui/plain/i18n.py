"""Interface languages: Qt catalogues (.qm) from resources/i18n, switched while the app runs.

English (UK) is the source language; its catalogue only holds plural forms ("1 note", "2 notes").
Switching installs the new translators; Qt then sends every widget a LanguageChange event, and
widgets that handle it (see `JargonPanel.changeEvent`) set their texts again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coprod_desktop.paths import resource

log = logging.getLogger(__name__)

LANGUAGES = {"en_GB": "English (UK)", "pl": "Polski"}
DEFAULT = "en_GB"

_installed: list[QTranslator] = []
_current = DEFAULT


def catalogue_folder() -> str:
    return str(resource("i18n"))


def install_language(code: str) -> bool:
    """Use `code` for the interface from now on. Returns False (and stays in English) if unknown."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("Create the QApplication before choosing a language.")
    if code not in LANGUAGES:
        log.warning("Unknown interface language %r; using English (UK)", code)
        code = DEFAULT
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"coprod_{code}", catalogue_folder()):
        _installed.append(ours)
    elif code != DEFAULT:
        log.warning("The %s catalogue is missing; the interface stays in English", code)
        return install_language(DEFAULT) and False
    language = code.split("_")[0]
    if language != "en":  # Qt's own words: Save, Cancel, Yes, No
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    global _current
    _current = code
    return True


def current_language() -> str:
    return _current

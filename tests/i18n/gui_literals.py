"""Find user-visible string literals in the GUI code that are not marked for translation.

A literal is *marked* when it is the direct argument of one of coprod_desktop.i18n's functions
(`_`, `N_`, `count`, `ngettext`, `Nn_`, `pgettext`). A literal is *prose* when it holds a word
(two letters in a row) and it is not in a place that never reaches the screen: a docstring, an
object name, a property, a style sheet, a settings key, a comparison, a log line, an exception a
developer reads, a dictionary key, an f-string's format spec... Every unmarked prose literal in
`coprod_desktop/gui` is reported, whether it goes to a setText() directly or through a variable.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MARKERS = {"_", "N_", "count", "ngettext", "Nn_", "pgettext"}
# Calls whose string arguments are never shown as text (names, keys, styles, files, code).
NOT_TEXT_CALLS = {
    "setObjectName", "objectName", "findChild", "findChildren", "setProperty", "property",
    "setStyleSheet", "value", "setValue", "getLogger", "debug", "info", "warning_log",
    "exception", "error", "critical_log", "resource", "QUrl", "fromLocalFile", "Path",
    "QIcon", "fromTheme", "QKeySequence", "getattr", "setattr", "hasattr", "isinstance",
    "Signal", "Slot", "Property", "startswith", "endswith", "split", "rsplit", "strip", "rstrip",
    "lstrip", "replace", "removeprefix", "removesuffix", "join", "format_datetime",
    "format_date", "format_time", "strftime", "strptime", "encode", "decode", "QColor", "QFont",
    "setFamily", "setFamilies", "QRegularExpression", "compile", "match", "search", "sub",
    "fullmatch", "findall", "setData", "mimeData", "hasFormat", "QByteArray", "open",
    "QSettings", "setApplicationName", "setOrganizationName", "setDesktopFileName",
    "setOrganizationDomain", "setApplicationDisplayName_", "binding", "label_key", "shortcut",
    "shortcuts", "window_shortcuts", "bind_action", "action_id", "setAccessibleIdentifier",
    "environ", "get", "getenv", "pop", "setdefault", "index", "count_of", "TypeVar",
    "NewType", "cast", "field", "namedtuple", "plain_label_name", "QFontDatabase", "font_path",
    "warn", "mkdtemp", "NamedTemporaryFile", "with_suffix", "glob", "rglob", "fetch",
    "fromString", "icon", "svg_icon", "setFormat_", "translate_key", "feature", "mime",
    "addApplicationFont", "QSvgRenderer", "print", "setStyle", "QSound", "QSoundEffect", "QMediaPlayer",
    "setAttribute", "inherits", "metaObject", "QDesktopServices", "setSource", "emit",
}
LOGGERS = {"log", "logger", "logging", "LOG", "_log"}
# Calls that put their text argument on screen: here even one lower-case word is words.
SINKS = {"setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "addItem",
         "addItems", "insertItem", "setItemText", "addTab", "insertTab", "setTabText",
         "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setTitle",
         "showMessage", "addAction", "addMenu", "addRow", "setHeaderLabels",
         "setHorizontalHeaderLabels", "QLabel", "QPushButton", "QCheckBox", "QRadioButton",
         "QGroupBox", "QAction", "QListWidgetItem", "QTableWidgetItem", "drawText", "setSuffix",
         "setPrefix", "setSpecialValueText", "setLabelText", "setButtonText", "information",
         "warning", "critical", "question", "about", "setInformativeText", "setDetailedText"}
# Calls with keys or names at these positions (keymap._b: id, keys, ..., keys_text; the
# console's panel registry: a class's place).
KEY_ARGUMENTS = {"_ref": (0,), "_b": (0, 1, 4), "_action": (2, 3), "keymap_action": (1, 3)}
# Keyword arguments that name things rather than say them.
NOT_TEXT_KEYWORDS = {"name", "object_name", "key", "binding", "kind", "icon", "style",
                     "objectName", "setting", "format", "mime"}
WORD = re.compile(r"[^\W\d_]{2,}")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)[sd]|%[sdn]|&(?=\w)")


@dataclass(frozen=True)
class Literal:
    path: Path
    line: int
    col: int
    end_line: int
    end_col: int
    text: str
    import_time: bool  # evaluated when the module is imported (module or class body, defaults)

    def where(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def looks_like_words(text: str) -> bool:
    bare = PLACEHOLDER.sub(" ", text)
    if not WORD.search(bare):
        return False
    if " " not in text and re.fullmatch(r"[a-z0-9_.\-/:*#]+", PLACEHOLDER.sub("", text)):
        return False  # keys made from values: "story-{id}-{started_at}"
    if re.search(r"\w[\w-]*\s*:\s*[^;]*;|\{[^{}]*:[^{}]*;[^{}]*\}|^palette\(|^</?qt>$", text):
        return False  # style sheets ("color: {};"), palette roles, rich-text wrappers
    # identifiers, keys and file names: one token of lower-case letters, digits, _ - . / :
    if re.fullmatch(r"[a-z0-9_.\-/:*#]+", text.strip()):
        return False
    if re.fullmatch(r"[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+", bare.strip()):  # dotted names
        return False
    if re.fullmatch(r"#[0-9a-fA-F]{3,8}", bare.strip()):  # colours
        return False
    if re.fullmatch(r"\s*\[?(Ctrl|Alt|Shift|Meta)\+[^\s\]]*\]?\s*", text):
        return False  # a key, as the keyboard map writes it
    if re.fullmatch(r"[a-z]+[A-Z][A-Za-z0-9_]*|[A-Z][A-Z0-9]*(_[A-Z0-9]+)+", bare.strip()):
        return False  # objectNames (camelCase) and CONSTANT_NAMES
    return text not in ALLOWED


# Text that is not words to translate: font families, Qt date formats, units and symbols.
ALLOWED = frozenset({
    "Atkinson Hyperlegible", "Atkinson Hyperlegible Next", "DejaVu Sans", "DejaVu Sans Condensed",
    "DejaVuSans", "Lexend", "Coprod Desktop", "Noto Sans",
    "HH:mm", "ddd d MMM yyyy", "d MMM yyyy", "d MMMM yyyy",  # Qt's date formats
    "Sans Serif", "Coprod", "WPA", "WPA/WPA2", "WEP", "English (UK)", "Polski", "en_GB",
    "Space", "Return", "Enter",
    # file names made from a title (the name of a file on disk, not words on screen)
    "{} {}{}.pdf", "{} next{}", "{} claims.{}", "{} claims",
    "Ashbrook demo {}.coprod", "Ashbrook demo {} ({}).coprod", "Documents",  # app.py: folders
    "SIGTERM", "SIGHUP",
    "Fusion",  # Qt's style, by its name (gui/theme.py)
})


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


class _Walker(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.found: list[Literal] = []
        self.skip: set[int] = set()
        self.depth = 0  # inside a function body

    # -- places that are never text -------------------------------------------------------
    def _skip_tree(self, node: ast.AST | None) -> None:
        if node is None:
            return
        for child in ast.walk(node):
            self.skip.add(id(child))

    def visit_Module(self, node: ast.Module) -> None:
        self._docstring(node)
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._docstring(node)
        self.generic_visit(node)

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        self._docstring(node)
        for default in [*node.args.defaults, *node.args.kw_defaults]:
            if default is not None:
                self.visit(default)
        self.depth += 1
        body = node.body if isinstance(node.body, list) else [node.body]
        for statement in body:
            self.visit(statement)
        self.depth -= 1
        if not isinstance(node, ast.Lambda):
            for decorator in node.decorator_list:
                self.visit(decorator)

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function  # type: ignore

    def _docstring(self, node: ast.AST) -> None:
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and \
                isinstance(body[0].value, ast.Constant):
            self.skip.add(id(body[0].value))

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) and \
                node.func.value.id in LOGGERS:
            for arg in node.args:
                self._skip_tree(arg)
        if name in SINKS:
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and \
                        id(arg) not in self.skip and WORD.search(arg.value) and \
                        not looks_like_words(arg.value) and arg.value not in ALLOWED:
                    self._add(arg, arg.value)
                    self.skip.add(id(arg))
        if name in MARKERS:
            for arg in node.args:
                if isinstance(arg, ast.Constant):
                    self.skip.add(id(arg))
        elif name in KEY_ARGUMENTS:
            for index in KEY_ARGUMENTS[name]:
                if index < len(node.args):
                    self._skip_tree(node.args[index])
        if name in NOT_TEXT_CALLS or (name.startswith("set") and name.endswith("Name")
                                        and name != "setAccessibleName"):
            for arg in node.args:
                self._skip_tree(arg)
        for keyword in node.keywords:
            if keyword.arg in NOT_TEXT_KEYWORDS:
                self._skip_tree(keyword.value)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return
        self.generic_visit(node)

    def visit_Raise(self, node: ast.Raise) -> None:
        # Exceptions raised in the GUI are for developers; what the user reads is shown with
        # a message box (a sink) where the exception is caught.
        self._skip_tree(node.exc)
        self.generic_visit(node)

    def visit_Assert(self, node: ast.Assert) -> None:
        self._skip_tree(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        self._skip_tree(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self._skip_tree(node.slice)
        self.generic_visit(node)

    def visit_Dict(self, node: ast.Dict) -> None:
        for key in node.keys:
            self._skip_tree(key)
        self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if id(node) not in self.skip:
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            if looks_like_words(text):
                self._add(node, text)
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                self._skip_tree(value.format_spec)
                self.visit(value.value)

    def visit_Constant(self, node: ast.Constant) -> None:
        if id(node) in self.skip or not isinstance(node.value, str):
            return
        if looks_like_words(node.value):
            self._add(node, node.value)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._skip_tree(node.annotation)
        if node.value is not None:
            self.visit(node.value)

    def visit_arg(self, node: ast.arg) -> None:
        return

    def _add(self, node: ast.expr, text: str) -> None:
        self.found.append(Literal(self.path, node.lineno, node.col_offset,
                                  node.end_lineno or node.lineno, node.end_col_offset or 0,
                                  text, self.depth == 0))


def unmarked(path: Path, allowed: frozenset[str] = frozenset()) -> list[Literal]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    walker = _Walker(path)
    walker.visit(tree)
    return [f for f in walker.found if f.text not in allowed]


def unmarked_in(folder: Path, allowed: frozenset[str] = frozenset()) -> Iterator[Literal]:
    for path in sorted(folder.rglob("*.py")):
        yield from unmarked(path, allowed)

"""Moved to `coprod_desktop.gui.kit.file_dialogs` (issue 15: shared helpers live in gui/kit).

This name stays only until the branches open when it moved have merged."""

from coprod_desktop.gui.kit.file_dialogs import *  # noqa: F403

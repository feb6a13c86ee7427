"""Moved to `coprod_desktop.gui.kit.scale` (issue 15: shared helpers live in gui/kit).

This name stays only until the branches open when it moved have merged."""

from coprod_desktop.gui.kit.scale import *  # noqa: F403

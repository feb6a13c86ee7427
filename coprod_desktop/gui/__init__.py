"""All Qt code: console and projector windows, panels, the undo adapter, the ticker."""

from coprod_desktop.gui import pyside_feature_check

pyside_feature_check.install()  # before the rest of gui/ is imported: each module is asked about

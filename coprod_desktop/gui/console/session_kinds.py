"""What each kind of session is called on screen (the sessions list and the session dialog)."""

from __future__ import annotations

from coprod_desktop.i18n import N_, _

KIND_LABELS = {
    "discovery": N_("Discovery"),
    "meeting": N_("Team meeting"),
    "celebration": N_("Celebration"),
    "other": N_("Other"),
}


def kind_label(kind: str) -> str:
    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind.capitalize()

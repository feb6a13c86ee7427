"""The check-out questions as a session's last activity: one row, from the method card.

New sessions end with it (a blank session when the facilitator leaves "End with the check-out"
ticked, and every shipped template has it as its last step); sessions already in a file are
never changed. Kept apart from agenda.py and sessions.py so both can use it.
"""

from __future__ import annotations

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_

CHECKOUT_METHOD = "check-out-questions"


def checkout_activity(language: str | None = None) -> dict[str, object]:
    """The activity row's fields (without its session and position), its name and the words
    the projector and phones show in `language` (the interface's, say 'pl') where the card has
    them, else English."""
    # The method library (its cards read and parsed) only when a session is made: sessions.py
    # is imported as a programme opens (issue 18).
    from coprod_desktop.library import shipped_methods

    method = shipped_methods(language).get(CHECKOUT_METHOD)
    if method is None:
        raise NotFoundError(Said.of(N_("There is no method ‘%(checkout_method)s’ in the library."),
                                    checkout_method=CHECKOUT_METHOD))
    return {"title": method.name, "duration_s": method.minutes * 60,
            "instructions": method.instructions, "phase": method.phase.value,
            "tool": method.tool.value, "method": method.id}

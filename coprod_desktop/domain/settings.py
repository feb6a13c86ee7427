"""Names of programme settings (the `setting` table's keys), so every layer spells them alike."""

from __future__ import annotations

HANDOUT_LINK_URL = "export.link_url"  # the link the handout's QR code opens, e.g. a group chat
HANDOUT_LINK_LABEL = "export.link_label"  # what that link is, e.g. "Our WhatsApp group"
# The language PDFs are written in (a code from coprod_desktop.i18n.LANGUAGES, e.g. "pl"), chosen
# per programme and independent of the interface's language; empty: English (UK).
HANDOUT_LANGUAGE = "export.language"

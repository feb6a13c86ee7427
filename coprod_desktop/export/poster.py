"""The sign-in poster for the door: a big QR code to the sign-in page, and plain steps."""

from __future__ import annotations

from typing import BinaryIO, Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.phones import WifiDetails
from coprod_desktop.export import gather
from coprod_desktop.export.document import Document, Progress
from coprod_desktop.export.qr import wifi_payload
from coprod_desktop.export.qr_drawing import qr_drawing
from coprod_desktop.export.styles import Layout, Paper, styles_for
from coprod_desktop.export.text import para, para_markup
from coprod_desktop.i18n import _
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.reader import Reader


class QrBox(Flowable):
    """A QR code of `size` points, centred in its frame unless told otherwise."""

    def __init__(self, data: str, size: float, align: Literal["CENTER", "RIGHT"] = "CENTER") -> None:
        super().__init__()
        self.drawing = qr_drawing(data, size)
        self.size = size
        self.hAlign = align

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, 0, 0)


def build_poster(reader: Reader, session_id: int, paper: Paper, join_url: str,
                 wifi: WifiDetails | None, target: BinaryIO, progress: Progress | None = None) -> None:
    """`wifi` None: the Wi-Fi saved on the sign-in panel (if any)."""
    join_url = join_url.strip()
    if wifi is None:
        wifi = PhoneReader(reader.db).wifi()
    if not join_url:
        raise ValidationError("The poster needs the sign-in address (start sign-in first, "
                              "or give it with --join-url).", field="join_url")
    programme = reader.programme()
    session = reader.session(session_id)
    st = styles_for(Layout.LARGE)
    if progress:
        progress(0.2, "Drawing the poster")
    doc = Document(target, styles=st, paper=paper,
                   title=_("Sign in: {session}").format(session=session.title),
                   author=programme.organisation or programme.title, subject=_("Sign-in poster"),
                   header=programme.title, progress=progress, furniture=False)
    big_qr = (92 if wifi.shown else 112) * mm
    story: list[Flowable] = [
        para(_("Sign in here"), st.big),
        para(session.title, st.centre),
        para(gather.when(session), st.centre),
        Spacer(1, st.gap * 0.3),
        QrBox(join_url, big_qr),
        para(join_url, st.centre),
        Spacer(1, st.gap * 0.4),
    ]
    steps: list[list[object]] = []
    number = 1
    if wifi.shown:
        text = para_markup(_("<b>{}. Join the Wi-Fi</b><br/>Network: {}"), st.cell, number,
                           wifi.ssid)
        if wifi.security != "nopass" and wifi.password:
            text = para_markup(_("<b>{}. Join the Wi-Fi</b><br/>Network: {}<br/>Password: {}"),
                               st.cell, number, wifi.ssid, wifi.password)
        steps.append([text, QrBox(wifi_payload(wifi), 34 * mm, "RIGHT")])
        number += 1
    steps.append([para_markup(_("<b>{}. Point your phone's camera at the big code</b><br/>"
                                "and tap the link that appears."), st.cell, number), ""])
    steps.append([para_markup(_("<b>{}. Type your name and choose your group.</b><br/>A first "
                                "name is fine."), st.cell, number + 1), ""])
    table = Table(steps, colWidths=[doc.width - 38 * mm, 38 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), st.body_size * 0.5)]))
    story += [table, Spacer(1, st.gap * 0.3),
              para(_("No phone? Tell the facilitator and they will sign you in. Your name is "
                     "printed in handouts only if you say yes."), st.quiet)]
    doc.render(story)

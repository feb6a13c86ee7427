"""Every PDF the app makes, by kind: build it in memory, then save it whole (or not at all)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reportlab.platypus.doctemplate import LayoutError

from coprod_desktop import i18n
from coprod_desktop.domain.phones import WifiDetails
from coprod_desktop.domain.settings import HANDOUT_LANGUAGE
from coprod_desktop.export import dates, gather
from coprod_desktop.export.atomic import ExportFailed, write_file
from coprod_desktop.export.bulletin import build_bulletin
from coprod_desktop.export.document import Document, Progress
from coprod_desktop.export.handout import handout_story
from coprod_desktop.export.poster import build_poster
from coprod_desktop.export.programme_report import build_programme_report
from coprod_desktop.export.redact import redacting
from coprod_desktop.export.register import build_register
from coprod_desktop.export.styles import Layout, Paper, styles_for
from coprod_desktop.export.text import isolate
from coprod_desktop.i18n import N_, _
from coprod_desktop.store.reader import Reader
from coprod_desktop.store.snapshot import QueryCache


class Kind(StrEnum):
    HANDOUT = "handout"
    LARGE_PRINT = "large-print"
    SCREEN_READER = "screen-reader"
    REGISTER = "register"
    PROGRAMME = "programme"
    POSTER = "poster"
    BULLETIN = "bulletin"
    BULLETIN_LARGE = "bulletin-large"

    @property
    def label(self) -> str:
        """The English name (records and the command line); `_(kind.label)` to show it."""
        return _LABELS[self]

    @property
    def per_session(self) -> bool:
        return self in (Kind.HANDOUT, Kind.LARGE_PRINT, Kind.SCREEN_READER, Kind.POSTER)


_LABELS = {
    Kind.HANDOUT: N_("Session handout"),
    Kind.LARGE_PRINT: N_("Session handout, large print"),
    Kind.SCREEN_READER: N_("Session handout for screen readers"),
    Kind.REGISTER: N_("Attendance register"),
    Kind.PROGRAMME: N_("Programme report"),
    Kind.POSTER: N_("Sign-in poster"),
    Kind.BULLETIN: N_("Bulletin: you said, we did"),
    Kind.BULLETIN_LARGE: N_("Bulletin, large print"),
}

_HANDOUT_LAYOUT = {Kind.HANDOUT: Layout.STANDARD, Kind.LARGE_PRINT: Layout.LARGE,
                   Kind.SCREEN_READER: Layout.SCREEN_READER}


@dataclass(frozen=True)
class PdfRequest:
    kind: Kind = Kind.HANDOUT
    session_id: int | None = None  # None: the latest session (a register: the whole programme)
    paper: Paper = Paper.A4
    join_url: str = ""  # the poster's sign-in address
    wifi: WifiDetails | None = None  # None: the Wi-Fi saved with sign-in
    language: str | None = None  # None: the programme's handout language (i18n.LANGUAGES)


def _report(progress: Progress | None, fraction: float, stage: str) -> None:
    if progress:
        progress(fraction, stage)


def build_pdf(reader: Reader, request: PdfRequest, progress: Progress | None = None) -> bytes:
    """The PDF's bytes. Raises CoprodError with a plain message if it cannot be made."""
    _report(progress, 0.02, "Reading the programme")
    reader = Reader(QueryCache(reader.db))  # each table read once for the whole document
    # The PDF's words, dates and numbers in the handout's language (a programme setting, or the
    # request's), whatever the interface's language or the laptop's locale.
    chosen = request.language or reader.setting(HANDOUT_LANGUAGE)
    # The language first: the redactor's stand-ins ("Person 7 (parent or carer)") are made in it.
    with i18n.language(chosen), redacting(reader):
        return _build(reader, request, progress)


def _build(reader: Reader, request: PdfRequest, progress: Progress | None) -> bytes:
    buffer = io.BytesIO()
    kind = request.kind
    if kind in _HANDOUT_LAYOUT:
        _handout(reader, request, buffer, progress)
    elif kind is Kind.REGISTER:
        build_register(reader, request.session_id, request.paper, buffer, progress)
    elif kind is Kind.PROGRAMME:
        build_programme_report(reader, request.paper, buffer, progress)
    elif kind in (Kind.BULLETIN, Kind.BULLETIN_LARGE):
        build_bulletin(reader, Layout.LARGE if kind is Kind.BULLETIN_LARGE else Layout.STANDARD,
                       request.paper, buffer, progress)
    else:
        session_id = request.session_id or gather.latest_session_id(reader)
        build_poster(reader, session_id, request.paper, request.join_url, request.wifi, buffer,
                     progress)
    return buffer.getvalue()


def _handout(reader: Reader, request: PdfRequest, buffer: io.BytesIO,
             progress: Progress | None) -> None:
    session_id = request.session_id or gather.latest_session_id(reader)
    data = gather.session_data(reader, session_id)
    _report(progress, 0.15, "Arranging the handout")
    st = styles_for(_HANDOUT_LAYOUT[request.kind])
    title = f"{data.session.title}, {dates.day_month_year(data.session.date)}"
    doc = Document(buffer, styles=st, paper=request.paper, title=title,
                   author=data.programme.organisation or data.programme.title,
                   subject=_("Handout: {programme}").format(programme=data.programme.title),
                   header=f"{isolate(data.programme.title)} · {isolate(data.session.title)}, "
                          f"{dates.day_month_year(data.session.date)}", progress=progress)
    doc.render(handout_story(data, st, doc.width))


def export_pdf(reader: Reader, request: PdfRequest, out: Path,
               progress: Progress | None = None) -> Path:
    """Build the PDF and save it at `out`; on any failure nothing is left at `out`."""
    try:
        data = build_pdf(reader, request, progress)
    except LayoutError as exc:
        raise ExportFailed(f"The {request.kind.label.lower()} could not be laid out: {exc}. "
                           "Nothing has been written.") from exc
    return write_file(Path(out), data)

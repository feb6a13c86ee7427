"""`coprod export`: PDFs, CSV and JSON from a programme file, without opening a window."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from coprod_desktop.commands import command
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.phones import WifiDetails
from coprod_desktop.export import gather
from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.export.names_held import names_held, what_exported
from coprod_desktop.export.source import reading, writing
from coprod_desktop.export.styles import Paper
from coprod_desktop.export.tables import export_tables
from coprod_desktop.i18n import LANGUAGES
from coprod_desktop.services.export_log import record_in
from coprod_desktop.store.reader import Reader


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a .coprod programme file")
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write a PDF")
    out.add_argument("--csv", type=Path, metavar="DIR", help="write one CSV file per table")
    out.add_argument("--json", type=Path, metavar="DIR", help="write one JSON file per table")
    parser.add_argument("--kind", choices=[k.value for k in Kind], default=Kind.HANDOUT.value,
                        help="which PDF (default: handout)")
    parser.add_argument("--session", default=None, metavar="ID|latest|all",
                        help="which session: its number, 'latest' (the default for handouts "
                             "and the poster) or 'all' (the default for the register)")
    parser.add_argument("--paper", choices=[p.value for p in Paper], default=Paper.A4.value)
    parser.add_argument("--join-url", default="", metavar="URL",
                        help="poster: the sign-in address phones open")
    parser.add_argument("--wifi-name", default=None, metavar="SSID",
                        help="poster: the Wi-Fi network to join (default: the one saved with "
                             "sign-in; '' for none)")
    parser.add_argument("--wifi-password", default="", metavar="PASSWORD")
    parser.add_argument("--language", choices=sorted(LANGUAGES), default=None,
                        help="the PDF's language (default: the programme's handout language)")


def _session(reader: Reader, value: str | None, kind: Kind) -> int | None:
    if value is None:
        value = "latest" if kind.per_session else "all"
    if value == "all":
        if kind.per_session:
            raise ValidationError(f"A {kind.label.lower()} is for one session: give its number "
                                  "or 'latest'.")
        return None
    if value == "latest":
        return gather.latest_session_id(reader)
    if not value.isdigit():
        raise ValidationError(f"--session should be a session number, 'latest' or 'all', "
                              f"not '{value}'.")
    return reader.session(int(value)).id


@command("export", "write a handout, register, poster or report as PDF, or every table as "
         "CSV or JSON", _arguments)
def _export(args: argparse.Namespace) -> int:
    kind = Kind(args.kind)
    with reading(args.file) as reader:
        if args.pdf is not None:
            wifi = None if args.wifi_name is None else WifiDetails(
                args.wifi_name, args.wifi_password, "WPA" if args.wifi_password else "nopass")
            request = PdfRequest(kind, _session(reader, args.session, kind), Paper(args.paper),
                                 join_url=args.join_url, wifi=wifi, language=args.language)
            out = export_pdf(reader, request, args.pdf)
            print(f"Wrote the {kind.label.lower()} to {out}")
            entry = _entry(reader, kind, request.session_id, "pdf", out)
        else:
            fmt, folder = ("csv", args.csv) if args.csv is not None else ("json", args.json)
            written = export_tables(reader, folder, fmt)
            print(f"Wrote {len(written)} {fmt.upper()} files to {folder}: "
                  + ", ".join(p.name for p in written), file=sys.stdout)
            entry = _entry(reader, fmt, None, fmt, folder)
    _record(args.file, entry)
    return 0


@dataclass(frozen=True)
class _Entry:
    what: str
    fmt: str
    target: Path
    held_names: bool


def _entry(reader: Reader, kind: Kind | str, session_id: int | None, fmt: str,
           target: Path) -> _Entry:
    return _Entry(what_exported(reader, kind, session_id), fmt, target.resolve(),
                  names_held(reader, kind, session_id))


def _record(path: Path, entry: _Entry) -> None:
    """Add the export to the programme's record of exports, or say why it could not be."""
    with writing(path) as db:
        if db is not None and record_in(db, entry.what, entry.fmt, entry.target,
                                        held_names=entry.held_names):
            return
    print("Not added to the programme's record of exports: the programme is open in "
          "Coprod Desktop, so this command could only read it.", file=sys.stderr)

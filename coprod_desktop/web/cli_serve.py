"""`coprod serve FILE`: open sign-in without the app's window, until Ctrl-C."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from coprod_desktop.commands import command
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.records import Session
from coprod_desktop.services import Services
from coprod_desktop.services.recovery import finish_on_open
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.web.addresses import LOOPBACK_WARNING, local_addresses, only_loopback
from coprod_desktop.web.phone_web import PhoneWeb
from coprod_desktop.web.server import DEFAULT_PORT
from coprod_desktop.web.thread_bridge import ThreadBridge


def _serve_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a .coprod programme file")
    parser.add_argument("--host", help="the address to listen on (default: the laptop's "
                        "address on the local network)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"the port (default {DEFAULT_PORT}; 0 picks a free one)")
    parser.add_argument("--session", type=int, help="the session's number (default: today's, "
                        "else the most recent)")


def choose_session(sessions: list[Session], wanted: int | None, today: date) -> Session:
    if not sessions:
        raise ValidationError("This programme has no sessions yet. Add one in the app first.")
    if wanted is not None:
        for session in sessions:
            if session.id == wanted:
                return session
        numbers = ", ".join(str(s.id) for s in sessions)
        raise ValidationError(f"There is no session {wanted}. The sessions are: {numbers}.")
    past = [s for s in sessions if s.date <= today]
    return past[-1] if past else sessions[0]


def _print_qr(url: str) -> None:
    import qrcode

    code = qrcode.QRCode(border=2)
    code.add_data(url)
    with contextlib.suppress(UnicodeEncodeError):  # the address is printed anyway
        code.print_ascii(out=sys.stdout, invert=True)


# Asked to stop by the system (a service manager's SIGTERM, a closed terminal's SIGHUP, Windows'
# Ctrl-Break): close sign-in in the file exactly as Ctrl-C does.
STOP_SIGNALS = ("SIGTERM", "SIGHUP", "SIGBREAK")


class StopRequested(KeyboardInterrupt):
    """The process was asked to stop by a signal."""


def _stop(signum: int, _frame: object) -> None:
    raise StopRequested(signum)


@contextlib.contextmanager
def stopping_on_signals() -> Iterator[None]:
    """Turn the stop signals into StopRequested for the block, then put the old handlers back."""
    old = {signal.SIGINT: signal.getsignal(signal.SIGINT)}
    for name in STOP_SIGNALS:
        number = getattr(signal, name, None)
        if number is not None:
            old[number] = signal.signal(number, _stop)
    try:
        yield
    finally:
        for number, handler in old.items():
            signal.signal(number, handler)


def _ignore_stop_signals() -> None:
    """While closing, a second signal must not cut the closing short."""
    for name in STOP_SIGNALS:
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@command("serve", "open phone sign-in for a session, without the window, until Ctrl-C",
         _serve_args)
def serve(args: argparse.Namespace) -> int:
    with stopping_on_signals():
        return _serve(args)


def _serve(args: argparse.Namespace) -> int:
    bridge = ThreadBridge()
    try:
        services = bridge.call(lambda: Services(ProgrammeFile.open(args.file)))
    except BaseException:
        bridge.shutdown()
        raise
    web = None
    session = None
    try:
        for line in bridge.call(lambda: finish_on_open(services)):
            print(line)
        session = choose_session(bridge.call(services.read.sessions), args.session, date.today())
        bridge.call(lambda: services.phones.open_sign_in(session.id))
        addresses = local_addresses()
        host = args.host or addresses[0].ip
        web = PhoneWeb(services, bridge)
        web.server.start(host, args.port)
        room = bridge.call(lambda: PhoneReader(services.file.db).room(session.id))
        assert room is not None
        token = room.token
        shown = [a.ip for a in addresses] if host == "0.0.0.0" else [host]
        print(f"Sign-in is open for ‘{session.title}’ ({session.date:%d %B %Y}).")
        if only_loopback(addresses) or all(ip.startswith("127.") for ip in shown):
            print(f"Warning: {LOOPBACK_WARNING}")
        print("Phones join at:")
        for ip in shown:
            print(f"  {web.join_url(ip, token)}")
        if room.short_code:  # what people type instead of scanning (either case)
            typed = web.server.url(shown[0]).removeprefix("http://")
            print(f"Or type: {typed}/{room.short_code}")
        _print_qr(web.join_url(shown[0], token))
        print("Press Ctrl-C to close sign-in.", flush=True)
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        print("\nClosing sign-in.", flush=True)
    finally:
        _ignore_stop_signals()
        if web is not None:
            web.close()
        if session is not None:
            bridge.call(lambda: services.phones.close_sign_in(session.id))
        bridge.call(services.close)
        bridge.shutdown()
    return 0

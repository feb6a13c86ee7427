"""The `coprod` command: open the app, or do one job without a window (for scripts and support)."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from coprod_desktop import __version__
from coprod_desktop.commands import COMMANDS as _COMMANDS
from coprod_desktop.commands import command
from coprod_desktop.domain.errors import CoprodError

STARTED = time.perf_counter()  # as early as our code runs: --smoke-test reports from here


def _info_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a .coprod programme file")


@command("info", "print the programme, schema version and counts", _info_args)
def _info(args: argparse.Namespace) -> int:
    from coprod_desktop.store.inspect import describe

    print(describe(args.file))
    return 0


def _demo_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", type=Path, help="where to write the demo programme (.coprod)")


@command("demo", "write the demo programme to a new file", _demo_args)
def _demo(args: argparse.Namespace) -> int:
    from coprod_desktop.demo.builder import build_demo

    build_demo(args.out)
    print(f"Wrote the demo programme to {args.out}")
    return 0


@command("licences", "print the licence and the licences of the bundled libraries and fonts",
         lambda parser: None)
def _licences(args: argparse.Namespace) -> int:
    from coprod_desktop.licences import current_notice

    print(current_notice())
    return 0


class _VersionAction(argparse.Action):
    """`--version`: the version, the licence and what the app carries (read only when asked)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from coprod_desktop.licences import version_text

        print(version_text())
        parser.exit()


# Sub-commands whose modules need heavy libraries (the web server, reportlab): imported only when
# that command runs, or when the full help is asked for, so opening the app never pays for them.
# Plain imports inside functions, so import-linter sees these arrows too.
def _load_serve() -> None:
    from coprod_desktop.web import cli_serve  # noqa: F401 - registers `coprod serve`


def _load_export() -> None:
    from coprod_desktop.export import cli_export  # noqa: F401 - registers `coprod export`


_FEATURE_COMMANDS: dict[str, tuple[str, Callable[[], None]]] = {
    "serve": ("coprod_desktop.web.cli_serve", _load_serve),
    "export": ("coprod_desktop.export.cli_export", _load_export),
}


def _load_feature_commands(names: Sequence[str] = tuple(_FEATURE_COMMANDS)) -> None:
    """Import the modules that register the named sub-commands (a build without one of them
    simply does not offer that command)."""
    for name in names:
        module, load = _FEATURE_COMMANDS[name]
        try:
            load()
        except ModuleNotFoundError as exc:
            if exc.name not in (module, module.rpartition(".")[0]):
                raise


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coprod",
        description="Coprod Desktop: run co-production sessions in a room.",
        epilog="Other commands: " + ", ".join(
            f"'coprod {name}' ({spec[0]})" for name, spec in sorted(_COMMANDS.items()))
        + ". Add --help after one to learn more.",
    )
    parser.add_argument("file", nargs="?", type=Path, help="a .coprod programme file to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo")
    parser.add_argument("--version", action=_VersionAction,
                        help=f"show the version ({__version__}), the licence and what the app carries")
    # For packaging/smoke_test.sh: quit SECONDS after the first window has been drawn.
    parser.add_argument("--smoke-test", type=float, nargs="?", const=0.0, metavar="SECONDS",
                        help=argparse.SUPPRESS)
    return parser


def _reader_gone(exc: OSError) -> bool:
    """Writing to a pipe whose reader has gone: EPIPE on Linux and macOS; on Windows EINVAL,
    which a bad file name also raises, but that one names its file."""
    if isinstance(exc, BrokenPipeError):
        return True
    return os.name == "nt" and exc.errno == 22 and exc.filename is None


def main(argv: Sequence[str] | None = None) -> int:
    """Run `coprod`; output cut short by the reader (`coprod --version | head -1`) ends quietly."""
    try:
        code = _main(argv)
        sys.stdout.flush()
    except OSError as exc:
        # Linux and macOS say EPIPE (BrokenPipeError); Windows says EINVAL for a closed pipe.
        if not _reader_gone(exc):
            raise
        # Whatever is still buffered can go nowhere: point stdout at nothing, so Python's own
        # flush at exit does not complain either. 141 is what a shell reports for SIGPIPE.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    return code


def _main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in _FEATURE_COMMANDS:
        _load_feature_commands([args_list[0]])
    elif {"-h", "--help"} & set(args_list):
        _load_feature_commands()  # the help lists every sub-command
    if args_list and args_list[0] in _COMMANDS:
        name = args_list[0]
        help_text, arguments, func = _COMMANDS[name]
        parser = argparse.ArgumentParser(prog=f"coprod {name}", description=help_text)
        arguments(parser)
        args = parser.parse_args(args_list[1:])
        try:
            return func(args)
        except CoprodError as exc:
            print(f"coprod {name}: {exc.message}", file=sys.stderr)
            return 1
        except OSError as exc:
            if _reader_gone(exc):
                raise  # main() ends quietly
            print(f"coprod {name}: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
                  file=sys.stderr)
            return 1
    args = _gui_parser().parse_args(args_list)
    # The window's start makes some 70,000 objects that live as long as the app, and Python's
    # cycle collector would walk them over and over while they are made (10-20 ms before the
    # first drawing): it is off until the window is drawn, and app.run_gui turns it back on.
    gc.disable()
    from coprod_desktop.app import run_gui

    return run_gui(args.file, demo=args.demo, smoke_test=args.smoke_test, started=STARTED)


if __name__ == "__main__":
    raise SystemExit(main())

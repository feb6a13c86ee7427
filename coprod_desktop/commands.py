"""The registry of headless `coprod` sub-commands. Feature packages add theirs here.

Kept apart from `cli.py` so that registering a command never imports the GUI.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Command]] = {}


def command(name: str, help_text: str,
            arguments: Callable[[argparse.ArgumentParser], None]) -> Callable[[Command], Command]:
    """Register a headless sub-command. Features add theirs in their own cli_* module."""

    def register(func: Command) -> Command:
        COMMANDS[name] = (help_text, arguments, func)
        return func

    return register

"""The phone pages' templates, compiled before the first phone asks for one.

Compiling every page in one language takes ~80 ms of CPU (three languages: ~240 ms). Left to the
first request for each page, the first phones to scan the code would wait for it, one page and
one language at a time, while the rest of the room queued behind them. So when the phone side
is made, one thread of its own compiles every template in every language the phones are served
in; a phone that comes first meanwhile simply compiles the page it needs itself.
The English environment is made once per run and shared by every phone server in it, so a
server opened again (sign-in closed and opened) finds its templates already compiled.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from functools import cache

from jinja2 import Environment

from coprod_desktop.web import phone_i18n

log = logging.getLogger(__name__)
_started: weakref.WeakKeyDictionary[Environment, threading.Thread] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def compile_ahead(english: Environment, build: Callable[[], Environment]) -> threading.Thread:
    """Compile every template of `english` and of its twin in each language (made by `build`,
    as phone_i18n.environment_for does) on a thread of its own; once per environment."""
    with _lock:
        thread = _started.get(english)
        if thread is None:
            thread = _started[english] = threading.Thread(
                target=_compile_all, args=(english, build), name="coprod-phone-templates",
                daemon=True)
            thread.start()
    return thread


def _compile_all(english: Environment, build: Callable[[], Environment]) -> None:
    try:
        names = english.list_templates()
        for code in phone_i18n.LANGUAGES:
            env = phone_i18n.environment_for(code, english, build)
            for name in names:
                env.get_template(name)
    except Exception:  # the pages still work: each is compiled when first asked for
        log.exception("The phone pages could not be compiled ahead")


@cache
def shared(build: Callable[[], Environment]) -> Environment:
    """The one English environment `build` makes for this run."""
    return build()

"""The method cards and session templates shipped in resources/, read from their files."""

from __future__ import annotations

from functools import cache

from coprod_desktop.library.methods import MethodLibrary, load_methods
from coprod_desktop.library.templates import TemplateLibrary, load_templates


@cache
def shipped_methods() -> MethodLibrary:
    """The method cards that come with the app, read once."""
    return load_methods()


@cache
def shipped_templates() -> TemplateLibrary:
    return load_templates(shipped_methods())

"""The method cards and session templates shipped in resources/, read from their files."""

from __future__ import annotations

from functools import cache

from coprod_desktop.library.methods import MethodLibrary, load_methods
from coprod_desktop.library.templates import TemplateLibrary, load_templates


@cache
def shipped_methods(language: str | None = None) -> MethodLibrary:
    """The method cards that come with the app, read once per language: their name, purpose,
    group size and projector text in `language` (a code such as 'pl'; the interface's for the
    screens, the programme's handout language for PDFs) where we have it, else English."""
    return load_methods(language=language)


@cache
def shipped_templates(language: str | None = None) -> TemplateLibrary:
    """The session templates that come with the app, named and described in `language` where we
    have it, else English (read once per language)."""
    return load_templates(shipped_methods(language), language=language)

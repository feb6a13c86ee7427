"""The programme's own jargon-buster terms: add, edit, delete (each undoable from the console)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from coprod_desktop.domain.errors import NotFoundError, ValidationError
from coprod_desktop.domain.glossary import (
    GlossaryEntry,
    clean_aliases,
    clean_explanation,
    clean_term,
    fold,
)
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.store.glossary_reader import programme_entries, programme_glossary


class GlossaryService(Service):
    def entries(self) -> tuple[GlossaryEntry, ...]:
        """The programme's own terms (not the built-in ones)."""
        return programme_entries(self.ctx.db)

    def entry(self, term_id: int) -> GlossaryEntry:
        for entry in self.entries():
            if entry.programme_term_id == term_id:
                return entry
        raise NotFoundError(N_("That term is no longer in this programme's glossary."))

    def add_term(self, term: str, explanation: str,
                 aliases: Iterable[str] | str = ()) -> ChangeSet:
        row = self._clean(term, explanation, aliases, keep=None)
        now = self.ctx.now()
        with self.ctx.change(Said.of(N_("Add ‘%(term)s’ to the glossary"), term=row["term"])) as unit:
            unit.new_id = unit.insert("glossary_term", {**row, "created_at": now,
                                                        "updated_at": now})
        return self.done(unit)

    def edit_term(self, term_id: int, term: str, explanation: str,
                  aliases: Iterable[str] | str = ()) -> ChangeSet:
        self.entry(term_id)
        row = self._clean(term, explanation, aliases, keep=term_id)
        with self.ctx.change(Said.of(N_("Edit ‘%(term)s’ in the glossary"), term=row["term"])) as unit:
            unit.update("glossary_term", term_id, **row, updated_at=self.ctx.now())
        return self.done(unit)

    def delete_term(self, term_id: int) -> ChangeSet:
        entry = self.entry(term_id)
        with self.ctx.change(Said.of(N_("Remove ‘%(term)s’ from the glossary"), term=entry.term)) as unit:
            unit.delete("glossary_term", term_id)
        return self.done(unit)

    def _clean(self, term: str, explanation: str, aliases: Iterable[str] | str,
               keep: int | None) -> dict[str, str]:
        clean = clean_term(term)
        forms = clean_aliases(aliases, clean)
        text = clean_explanation(explanation)
        taken: dict[str, str] = {}
        for other in self.entries():
            if other.programme_term_id != keep:
                taken.update({fold(f): other.term for f in other.forms})
        for form in (clean, *forms):
            if fold(form) in taken:
                raise ValidationError(
                    Said.of(N_("‘%(form)s’ is already in this programme's glossary, under ‘%(taken)s’. "
                               "Please edit that term instead."), form=form, taken=taken[fold(form)]),
                    field="term")
        return {"term": clean, "term_key": fold(clean),
                "aliases": json.dumps(list(forms), ensure_ascii=False), "explanation": text}

    def builtin_for(self, term: str) -> GlossaryEntry | None:
        """The shipped entry a new programme term would replace, if any (to warn the user)."""
        glossary, _ = programme_glossary(self.ctx.db)
        found = glossary.lookup(term)
        return found if found is not None and not found.from_programme else None

"""An erased person's names and details, found and replaced in everybody's free text.

Which columns hold free text comes from the one map of personal data (store.personal_data), so
a column added later is covered the day it is classified. The replacement happens inside the
erase's own transaction, so Edit › Undo puts the words back until the erase is made final.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coprod_desktop.domain.erasure import ERASED_NAME, sensitive_strings
from coprod_desktop.domain.name_forms import NameForm, NameMatcher, forms_for
from coprod_desktop.domain.records import Attendee
from coprod_desktop.services.unit_of_work import UnitOfWork, pk_of
from coprod_desktop.store.database import ProgrammeDatabase
from coprod_desktop.store.personal_data import free_text_columns

NAME_REMOVED = "[name removed]"
DETAILS_REMOVED = "[details removed]"
# Kept by their own rules: the undo copies and the record of exports are cleaned when the erase
# is made final; an erasure's own summary holds only numbers.
SKIP_TABLES = frozenset({"history", "export_log", "erasure"})
WORDS = {"note": "notes", "cluster": "cluster titles", "story": "stories", "action": "actions",
         "rapid_test": "rapid tests", "rapid_test_event": "rapid tests' history",
         "phone_question": "phone questions", "round_turn": "round notes",
         "speaking_segment": "speaking notes", "activity": "agenda", "session": "sessions",
         "milestone": "milestones", "claim": "claims", "consent_event": "choices' notes",
         "talk_round": "rounds", "vote_round": "votes", "setting": "settings",
         "programme": "programme"}


class FreeTextScrub:
    def __init__(self, db: ProgrammeDatabase, everyone: Sequence[Attendee]) -> None:
        self.db = db
        self.everyone = [p for p in everyone if not p.erased]
        self._found_places: list[tuple[str, str]] | None = None

    def forms(self, attendee_id: int, row: dict[str, Any]) -> list[NameForm]:
        """The forms of this person's name and details (from their row before the erase)."""
        name = str(row.get("name") or "").strip()
        others = [p.name for p in self.everyone if p.id != attendee_id]
        hidden = {name: NAME_REMOVED} if name and name != ERASED_NAME else {}
        forms = forms_for(hidden, [*others, name], kept=[o for o in others if o != name])
        forms += [NameForm(s, DETAILS_REMOVED) for s in sensitive_strings(row) if s != name]
        return forms

    def matcher(self, attendee_id: int, row: dict[str, Any]) -> NameMatcher:
        return NameMatcher(self.forms(attendee_id, row))

    def many_matcher(self, people: Sequence[Attendee]) -> NameMatcher:
        """One matcher for several people at once (erasing everyone): one pass over the text."""
        going = {p.id for p in people}
        names = [p.name for p in self.everyone]
        hidden = {p.name: NAME_REMOVED for p in people if p.name.strip() and
                  p.name != ERASED_NAME}
        kept = [p.name for p in self.everyone if p.id not in going and p.name not in hidden]
        forms = forms_for(hidden, names, kept=kept)
        for person in people:
            row = {"name": person.name, "contact_details": person.contact_details,
                   "access_needs": person.access_needs}
            forms += [NameForm(s, DETAILS_REMOVED) for s in sensitive_strings(row)
                      if s != person.name]
        return NameMatcher(forms)

    def scrub_with(self, unit: UnitOfWork, matcher: NameMatcher) -> int:
        hits = self._hits(matcher)
        for table, column, key, new in hits:
            unit.update(table, key, **{column: new})
        return len(hits)

    def _places(self) -> list[tuple[str, str]]:
        if self._found_places is None:
            tables = set(self.db.table_names())
            columns = {t: set(self.db[t].columns_dict) for t in tables}
            self._found_places = [(t, c) for t, c in free_text_columns(tables)
                                  if t not in SKIP_TABLES and c in columns[t]]
        return self._found_places

    def _hits(self, matcher: NameMatcher) -> list[tuple[str, str, Any, str]]:
        found = []
        for table, column in self._places():
            pk = pk_of(table)
            for r in self.db.query(f"SELECT [{pk}] AS k, [{column}] AS v FROM [{table}] "
                                   f"WHERE [{column}] IS NOT NULL AND [{column}] != ''"):
                value = r["v"]
                if isinstance(value, str):
                    new, count = matcher.replace(value)
                    if count:
                        found.append((table, column, r["k"], new))
        return found

    def mentions(self, attendee_id: int, row: dict[str, Any]) -> dict[str, int]:
        """Where the person is named in text, by place: what the erase will replace."""
        counts: dict[str, int] = {}
        for table, _column, _key, _new in self._hits(self.matcher(attendee_id, row)):
            words = WORDS.get(table, table)
            counts[words] = counts.get(words, 0) + 1
        return counts

    def scrub(self, unit: UnitOfWork, attendee_id: int, row: dict[str, Any]) -> int:
        """Replace the person's names and details in every free-text column; returns the count."""
        return self.scrub_with(unit, self.matcher(attendee_id, row))

"""Venues, the equalities reference, and the optional questions for people signed in by hand."""

from __future__ import annotations

from collections.abc import Mapping

from coprod_desktop.domain import validate
from coprod_desktop.domain.equalities import clean_answers
from coprod_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from coprod_desktop.domain.limits import VENUE_MAX
from coprod_desktop.domain.reach import clean_reference
from coprod_desktop.domain.said import Said
from coprod_desktop.domain.venues import VenueKind, clean_venue
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.store.reach_reader import ReachReader


class ReachService(Service):
    @property
    def reach(self) -> ReachReader:
        return ReachReader(self.ctx.db)

    # -- venues -------------------------------------------------------------------------------
    def add_venue(self, name: str, area: str = "", kind: VenueKind | str = VenueKind.OTHER
                  ) -> ChangeSet:
        fields = clean_venue(name, area, kind)
        if any(v.name.casefold() == fields["name"].casefold() for v in self.reach.venues()):
            raise ConflictError(Said.of(N_("There is already a venue called %(name)s."),
                                        name=fields['name']))
        with self.ctx.change(Said.of(N_("Add venue %(name)s"), name=fields["name"])) as unit:
            unit.new_id = unit.insert("venue", {**fields, "created_at": self.ctx.now()})
        return self.done(unit)

    def edit_venue(self, venue_id: int, name: str, area: str, kind: VenueKind | str) -> ChangeSet:
        self._venue(venue_id)
        fields = clean_venue(name, area, kind)
        if any(v.name.casefold() == fields["name"].casefold() and v.id != venue_id
               for v in self.reach.venues()):
            raise ConflictError(Said.of(N_("There is already a venue called %(name)s."),
                                        name=fields['name']))
        with self.ctx.change(Said.of(N_("Edit venue %(name)s"), name=fields["name"])) as unit:
            unit.update("venue", venue_id, **fields)
            for session_id in self.reach.sessions_at(venue_id):
                unit.update("session", session_id, venue=fields["name"])
        return self.done(unit)

    def set_session_venue(self, session_id: int, venue_id: int | None) -> ChangeSet:
        """Hold a session at a venue (None: no venue). The session's venue words follow."""
        self.read.session(session_id)
        name = self._venue(venue_id)["name"] if venue_id is not None else ""
        with self.ctx.change(N_("Set the venue"), session_id=session_id) as unit:
            unit.update("session", session_id, venue_id=venue_id, venue=name)
        return self.done(unit)

    def _venue(self, venue_id: int | None) -> dict[str, object]:
        found = list(self.ctx.db.query("SELECT * FROM venue WHERE id = ?", [venue_id]))
        if not found:
            raise NotFoundError(N_("That venue is no longer in this programme."))
        return dict(found[0])

    # -- the reference ------------------------------------------------------------------------
    def set_reference(self, shares: Mapping[tuple[str, str], float | str | None], *,
                      source: str = "") -> ChangeSet:
        """Enter the reference once: (question, answer) → percent; None or "" clears one."""
        words = validate.text(source, N_("Where the figures come from"), VENUE_MAX, field="source",
                              required=False)
        clean: dict[tuple[str, str], float | None] = {}
        for (question, answer), value in shares.items():
            empty = value is None or (isinstance(value, str) and not value.strip())
            clean[(question, answer)] = None if empty else \
                clean_reference(question, answer, value)  # type: ignore[arg-type]
        current = {(r["question"], r["answer"]): dict(r) for r in
                   self.ctx.db.query("SELECT * FROM equalities_reference")}
        with self.ctx.change(N_("Set the reference figures")) as unit:
            for key, value in clean.items():
                row = current.get(key)
                if value is None and row:
                    unit.delete("equalities_reference", row["id"])
                elif value is not None and row:
                    if float(row["percent"]) != value:
                        unit.update("equalities_reference", row["id"], percent=value,
                                    updated_at=self.ctx.now())
                elif value is not None:
                    unit.insert("equalities_reference", {
                        "question": key[0], "answer": key[1], "percent": value,
                        "updated_at": self.ctx.now()})
            programme = list(self.ctx.db.query("SELECT id, reference_source FROM programme "
                                               "ORDER BY id LIMIT 1"))
            if programme and programme[0]["reference_source"] != words:
                unit.update("programme", programme[0]["id"], reference_source=words)
        return self.done(unit)

    # -- answers given on paper or by hand ------------------------------------------------------
    def record_hand_answers(self, session_id: int, answers: Mapping[str, str]) -> ChangeSet:
        """Add one to each answer's tally, for someone signed in by hand. Every question may be
        skipped. Not undoable and not in the history, so no record sits beside their sign-in."""
        self.read.session(session_id)
        clean = clean_answers(dict(answers))
        if not clean:
            raise ValidationError(N_("No answers were given; nothing has been counted."))
        with self.ctx.change(N_("Anonymous answers"), undoable=False, session_id=session_id) as unit:
            for question, answer in sorted(clean.items()):
                found = list(self.ctx.db.query(
                    "SELECT id, count FROM equalities_count WHERE session_id = ? AND question = ? "
                    "AND answer = ?", [session_id, question, answer]))
                if found:
                    unit.update("equalities_count", found[0]["id"], count=found[0]["count"] + 1)
                else:
                    unit.insert("equalities_count", {"session_id": session_id,
                                                     "question": question, "answer": answer,
                                                     "count": 1})
        return self.done(unit)

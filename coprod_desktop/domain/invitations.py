"""An invitation list read from a CSV file: who we invited, and the rows we could not take.

Columns (the header row names them, in any order, any case): `name` (required), `group`
(required: parent or carer, young person, staff…), `contact` (phone or email) and `contact_ok`
(yes/no: did they agree to be contacted). Contact details are kept only with a yes; a row that
gives them without one is refused, so nothing is kept that someone did not agree to.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from coprod_desktop.domain import validate
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.limits import NAME_MAX, VENUE_MAX
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_

MAX_ROWS = 5000
_YES = {"yes", "y", "true", "1", "agreed"}
_NO = {"no", "n", "false", "0", ""}


@dataclass(frozen=True, slots=True)
class InviteRow:
    line: int  # the line in the file, counting the header as line 1
    name: str
    group: Group
    contact: str
    contact_ok: bool

    @property
    def key(self) -> str:
        return name_key(self.name)


@dataclass(frozen=True, slots=True)
class Refused:
    line: int
    reason: str
    duplicate: bool = False


@dataclass(frozen=True)
class ParsedList:
    rows: list[InviteRow] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)


def name_key(name: str) -> str:
    """How two names are compared: case, spacing and accents as typed are the only leeway."""
    return " ".join(name.casefold().split())


def parse_invitations(data: bytes) -> ParsedList:
    """Read the file. Raises ValidationError when the file as a whole cannot be read."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(N_("This file is not a CSV saved as UTF-8 text. In a spreadsheet, choose Save "
                                 "As › CSV UTF-8 and try again. Nothing was imported.")) \
            from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().casefold() for h in next(reader)]
    except StopIteration as exc:
        raise ValidationError(N_("The file is empty. Nothing was imported.")) from exc
    except csv.Error as exc:
        raise ValidationError(Said.of(N_("The file could not be read as CSV (%(exc)s). Nothing was "
                                         "imported."), exc=str(exc))) \
            from exc
    missing = [c for c in ("name", "group") if c not in header]
    if missing:
        raise ValidationError(
            N_("The first row must name the columns; this file has no ‘name’ or ‘group’ "
               "column. Nothing was imported.") if len(missing) == 2 else
            Said.of(N_("The first row must name the columns; this file has no ‘%(column)s’ "
                       "column. Nothing was imported."), column=missing[0]))
    col: dict[str, int] = {name: header.index(name)
                           for name in ("name", "group", "contact", "contact_ok") if name in header}
    parsed = ParsedList()
    seen: dict[str, int] = {}
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if number > MAX_ROWS + 1:
                raise ValidationError(Said.of(N_("The file has more than %(most)s rows. Split it and "
                                                 "import each part. Nothing was imported."),
                                              most=MAX_ROWS))
            try:
                row = _row(number, cells, col)
            except ValidationError as exc:
                parsed.refused.append(Refused(number, exc.message))
                continue
            if row.key in seen:
                parsed.refused.append(Refused(number, Said.of(
                    N_("%(name)s is already on line %(line)s."), name=row.name,
                    line=seen[row.key]), duplicate=True))
                continue
            seen[row.key] = number
            parsed.rows.append(row)
    except csv.Error as exc:
        raise ValidationError(Said.of(N_("The file could not be read as CSV (%(exc)s). Nothing was "
                                         "imported."), exc=str(exc))) \
            from exc
    return parsed


def _cell(cells: list[str], col: dict[str, int], name: str) -> str:
    index = col.get(name)
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _row(number: int, cells: list[str], col: dict[str, int]) -> InviteRow:
    name = validate.text(_cell(cells, col, "name"), N_("The name"), NAME_MAX, field="name")
    group_text = _cell(cells, col, "group")
    if not group_text:
        raise ValidationError(Said.of(N_("%(name)s has no group."), name=name), field="group")
    as_value = "_".join(group_text.casefold().split())
    try:
        group = Group(as_value) if as_value in {g.value for g in Group} else Group.parse(group_text)
    except ValidationError as exc:
        raise ValidationError(Said.of(N_("‘%(group_text)s’ is not a group we know. %(message)s"),
                                      group_text=group_text, message=exc.message),
                              field="group") from exc
    contact = validate.text(_cell(cells, col, "contact"), N_("The contact details"), VENUE_MAX,
                            field="contact", required=False)
    ok_text = _cell(cells, col, "contact_ok").casefold()
    if ok_text not in _YES | _NO:
        raise ValidationError(Said.of(N_("‘contact_ok’ for %(name)s must be yes or no, not ‘%(ok_text)s’."),
                                      name=name, ok_text=ok_text),
                              field="contact_ok")
    agreed = ok_text in _YES
    if contact and not agreed:
        raise ValidationError(Said.of(N_("%(name)s has contact details but did not agree to be contacted; "
                                         "we do not keep them."), name=name), field="contact")
    return InviteRow(number, name, group, contact, agreed)

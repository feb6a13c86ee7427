"""Claims: who is owed what, and every claim with how many days it has waited."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from coprod_desktop.domain.money import (
    OWED,
    WAIT_LATE_DAYS,
    WAIT_WARNING_DAYS,
    Claim,
    ClaimStatus,
    pounds_text,
)
from coprod_desktop.domain.records import Attendee, Session
from coprod_desktop.gui.formats import short_day
from coprod_desktop.i18n import N_, _, count, number
from coprod_desktop.services.readers import PersonOwed

ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
# (light theme, dark theme): each reads at 4.5:1 or better on that theme's table background.
LATE = (QColor("#b3261e"), QColor("#ff8a80"))
WAITING = (QColor("#8a5300"), QColor("#ffc266"))
FILTERS = ((N_("Owed"), OWED), (N_("Paid"), (ClaimStatus.PAID,)),
           (N_("All"), tuple(ClaimStatus)))


def person_name(person: Attendee) -> str:
    return person.name if not person.erased else _("Erased person ({id})").format(id=person.id)


def waited_text(days: int) -> str:
    """'3 days', with a word for the ones that are late, so colour is never the only sign."""
    text = count("{n} day", "{n} days", days)
    if days > WAIT_LATE_DAYS:
        return _("{text} (late)").format(text=text)
    if days >= WAIT_WARNING_DAYS:
        return _("{text} (2+ weeks)").format(text=text)
    return text


def _item(text: str, key: int | None = None, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # shown as typed, never as markup
    if key is not None:
        item.setData(ID_ROLE, key)
    if right:
        item.setTextAlignment(RIGHT)
    return item


def _dark(table: QTableWidget) -> bool:
    return table.palette().color(QPalette.ColorRole.Base).lightness() < 128


def _mark_wait(table: QTableWidget, item: QTableWidgetItem, days: int) -> None:
    dark = int(_dark(table))
    if days > WAIT_LATE_DAYS:
        item.setForeground(QBrush(LATE[dark]))
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    elif days >= WAIT_WARNING_DAYS:
        item.setForeground(QBrush(WAITING[dark]))


class OwedTable(QTableWidget):
    COLUMNS = (N_("Owed to"), N_("Amount"), N_("Claims"), N_("Oldest waiting"))

    def __init__(self) -> None:
        super().__init__(0, len(self.COLUMNS))
        self.setObjectName("owedTable")
        self.setHorizontalHeaderLabels([_(c) for c in self.COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(_("Who is owed money, most first"))

    def show_owed(self, owed: list[PersonOwed], today: date) -> None:
        self.setRowCount(len(owed))
        for r, entry in enumerate(owed):
            waiting = [c for c in entry.claims if c.owed]
            days = entry.oldest_days(today)
            wait = _item(waited_text(days), right=True)
            _mark_wait(self, wait, days)
            for c, item in enumerate((_item(person_name(entry.person), entry.person.id),
                                      _item(pounds_text(entry.owed_pence), right=True),
                                      _item(str(len(waiting)), right=True), wait)):
                self.setItem(r, c, item)

    def chosen_person(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return int(self.item(rows[0].row(), 0).data(ID_ROLE)) if rows else None


class ClaimsTable(QTableWidget):
    COLUMNS = (N_("Person"), N_("For"), N_("Session"), N_("Amount"), N_("Claimed"),
               N_("Where it is"), N_("Waited"))

    def __init__(self) -> None:
        super().__init__(0, len(self.COLUMNS))
        self.setObjectName("claimsTable")
        self.setHorizontalHeaderLabels([_(c) for c in self.COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(1, 150)  # a long note is cut short here; the whole note is its tip
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # long titles elide
        self.setAccessibleName(_("Claims"))

    def show_claims(self, claims: list[Claim], people: dict[int, Attendee],
                    sessions: dict[int, Session], today: date) -> None:
        self.setRowCount(len(claims))
        for r, claim in enumerate(claims):
            person = people[claim.attendee_id]
            session = sessions.get(claim.session_id) if claim.session_id else None
            what = _(claim.kind.short)
            if claim.minutes is not None:  # '1.5' in English, '1,5' in Polish
                what = _("{what}, {hours} h").format(
                    what=what, hours=number(round(claim.minutes / 60, 2)))
            if claim.note:
                what += f" — {claim.note}"
            days = claim.waited_days(today)
            wait = _item(waited_text(days), right=True)
            if claim.owed:
                _mark_wait(self, wait, days)
            about = _item(what)
            about.setToolTip(what)
            cells = (_item(person_name(person), claim.id), about,
                     _item(session.title if session else ""),
                     _item(pounds_text(claim.amount_pence), right=True), _item(_day(claim.claimed_on)),
                     _item(_progress(claim)), wait)
            for c, item in enumerate(cells):
                self.setItem(r, c, item)

    def chosen(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [int(self.item(r, 0).data(ID_ROLE)) for r in rows]


def _progress(claim: Claim) -> str:
    """'Claimed', 'Approved 22 Oct 2026', 'Paid 4 Nov 2026'."""
    if claim.status is ClaimStatus.PAID:
        return _("Paid {day}").format(day=_day(claim.paid_on))
    if claim.status is ClaimStatus.APPROVED:
        return _("Approved {day}").format(day=_day(claim.approved_on))
    return _(claim.status.label)


def _day(on: date | None) -> str:
    return "" if on is None else short_day(on)

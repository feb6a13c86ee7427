"""Newspaper columns inside the flow: fill the left column, then the next, then the next page.

reportlab's BalancedColumns evens out the last page by trying many splits, which costs a second
for a thousand notes; this lays each item out once, in reading order (down, then across).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable


class FlowColumns(Flowable):
    def __init__(self, items: Sequence[Flowable], columns: int = 2, gap: float = 12.0,
                 _sizes: dict[int, tuple[Flowable, float, float]] | None = None,
                 balance: bool = True) -> None:
        super().__init__()
        self.balance = balance  # even out the columns (the last block); off for a full page
        # Item heights by id, at the width they were wrapped: platypus asks for a layout several
        # times per page, and an item wrapped once at a width needs no second wrap.
        self._sizes = {} if _sizes is None else _sizes
        self.items = list(items)
        self.columns = columns
        self.gap = gap
        self._placed: list[list[tuple[Flowable, float, float]]] = []  # per column: item, top, height
        self._rest: list[Flowable] = []

    def _column_width(self, width: float) -> float:
        return (width - self.gap * (self.columns - 1)) / self.columns

    def _layout(self, width: float, height: float) -> float:
        """Place items top to bottom, column by column, within `height`. Returns the height used."""
        col_w = self._column_width(width)
        pending = list(self.items)
        placed: list[list[tuple[Flowable, float, float]]] = []
        used = 0.0
        for _ in range(self.columns):
            column: list[tuple[Flowable, float, float]] = []
            y = 0.0
            while pending:
                item = pending[0]
                before = item.getSpaceBefore() if column else 0.0
                h = self._height(item, col_w, height - y - before)
                after = item.getSpaceAfter()
                if y + before + h <= height:
                    column.append((item, y + before, h))
                    y += before + h + after
                    pending.pop(0)
                    continue
                parts = item.split(col_w, height - y - before)
                self._sizes.pop(id(item), None)  # a refused split drops the item's line breaks
                if len(parts) > 1:  # put the first part here, the rest at the top of the next
                    pending[0:1] = parts
                    h = self._height(parts[0], col_w, height - y - before)
                    column.append((parts[0], y + before, h))
                    y += before + h
                    pending.pop(0)
                break
            placed.append(column)
            used = max(used, min(y, height))
            if not pending:
                break
        if not pending and self.columns > 1 and self.balance:
            placed, used = self._balance(placed, used)
            used = min(used, height)
        self._placed, self._rest = placed, pending
        return used

    def _balance(self, placed: list[list[tuple[Flowable, float, float]]],
                 used: float) -> tuple[list[list[tuple[Flowable, float, float]]], float]:
        """The last (or only) block: the shortest columns that still hold every item whole."""
        items = [(item, h) for column in placed for item, _y, h in column]
        if len(items) < 2:
            return placed, used

        def fill(limit: float) -> tuple[list[list[tuple[Flowable, float, float]]], float] | None:
            columns: list[list[tuple[Flowable, float, float]]] = [[]]
            y = tallest = 0.0
            for item, h in items:
                before = item.getSpaceBefore() if columns[-1] else 0.0
                if columns[-1] and y + before + h > limit:
                    if len(columns) == self.columns:
                        return None
                    columns.append([])
                    y, before = 0.0, 0.0
                columns[-1].append((item, y + before, h))
                y += before + h + item.getSpaceAfter()  # the space after keeps what follows clear
                tallest = max(tallest, y)
            return columns, tallest

        low, high = max(h for _item, h in items), max(used, max(h for _i, h in items))
        best = fill(high)
        if best is None:
            return placed, used
        for _ in range(12):
            middle = (low + high) / 2
            found = fill(middle)
            if found is None:
                low = middle
            else:
                best, high = found, middle
        return best

    def _height(self, item: Flowable, width: float, room: float) -> float:
        known = self._sizes.get(id(item))
        if known is not None and known[0] is item and known[1] == width:
            return known[2]
        _w, h = item.wrap(width, room)
        self._sizes[id(item)] = (item, width, h)  # holding the item keeps its id from reuse
        return h

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = self._layout(aw, ah)
        if self._rest:  # more than fits: say how much more (roughly), so a frame splits us
            return aw, max(ah + 1, self._estimate())
        return aw, self.height

    def _estimate(self) -> float:
        """The whole block's height, guessed from the items laid out so far."""
        placed = [(item, h) for column in self._placed for item, _y, h in column]
        if not placed:
            return self.height
        each = sum(h + item.getSpaceBefore() + item.getSpaceAfter() for item, h in placed)
        each /= len(placed)
        return (sum(h for _i, h in placed) + each * len(self._rest)) / self.columns

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self._layout(aw, ah)
        if not self._rest:
            return [self]
        done = [item for column in self._placed for item, _y, _h in column]
        if not done:
            return []
        return [FlowColumns(done, self.columns, self.gap, self._sizes, balance=False),
                FlowColumns(self._rest, self.columns, self.gap, self._sizes)]

    def draw(self) -> None:
        col_w = self._column_width(self.width)
        for index, column in enumerate(self._placed):
            x = index * (col_w + self.gap)
            for item, y, h in column:  # each was last wrapped at this column's width
                item.drawOn(self.canv, x, self.height - y - h)

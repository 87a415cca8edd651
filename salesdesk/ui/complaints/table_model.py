"""The complaint list: a table model that reads ids page by page and builds rows on demand.

Filtering and sorting happen in SQL (salesdesk.complaints.search); the model
keeps only row ids plus a small cache of built rows (the Anki browser idea).
Overdue and due-today cases carry a colour AND an icon with a word in the
"Deadline" column, so the state is not shown by colour alone.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from salesdesk import complaints as cp
from salesdesk.models.accounts import User
from salesdesk.models.complaints import Complaint
from salesdesk.ui.i18n import tr

PAGE = 500
OVERDUE_BG = QColor("#f8d0d0")
DUE_TODAY_BG = QColor("#fbe7b5")


def _columns() -> list[tuple[str, Any]]:
    """(header, sort field or None)."""
    return [
        (tr("Deadline"), Complaint.settle_due),
        (tr("Number"), Complaint.number),
        (tr("Received at"), Complaint.received_at),
        (tr("Type"), Complaint.kind),
        (tr("Category"), Complaint.category),
        (tr("Severity"), Complaint.severity),
        (tr("Complainant"), None),
        (tr("Content"), None),
        (tr("Status"), Complaint.status),
        (tr("Handler"), Complaint.handler),
        (tr("Settle by"), Complaint.settle_due),
    ]


class ComplaintTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = _columns()
        self.filter = cp.Filter(status="open")
        self.order: tuple[int, Qt.SortOrder] | None = None
        self._ids: list[int] = []
        self._total = 0
        self._cache: dict[int, tuple[list[Any], str]] = {}
        self._users: dict[int, str] = {}
        self.now = dt.datetime.now()

    # --- loading ---------------------------------------------------------------------
    def _query(self):
        q = cp.search(self.filter, self.now)
        if self.order is not None:
            col, order = self.order
            field = self.columns[col][1]
            if field is not None:
                q = q.order_by(field.desc() if order == Qt.SortOrder.DescendingOrder else field.asc(), Complaint.id.desc())
        return q

    def reload(self) -> None:
        self.beginResetModel()
        self.now = dt.datetime.now()
        self._users = {u.id: str(u) for u in User.select(User.id, User.display_name, User.username)}
        q = self._query()
        self._total = q.count()
        self._ids = [r.id for r in q.select(Complaint.id).limit(PAGE)]
        self._cache.clear()
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and len(self._ids) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        more = [r.id for r in self._query().select(Complaint.id).limit(PAGE).offset(len(self._ids))]
        if not more:
            self._total = len(self._ids)
            return
        self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(more) - 1)
        self._ids += more
        self.endInsertRows()

    def total(self) -> int:
        return self._total

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, complaint_id: int) -> int:
        try:
            return self._ids.index(complaint_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> tuple[list[Any], str]:
        cid = self._ids[row]
        if cid not in self._cache:
            if len(self._cache) > 3000:
                self._cache.clear()
            # build the visible neighbourhood in one query
            batch = [i for i in self._ids[row:row + 100] if i not in self._cache]
            for c in Complaint.select().where(Complaint.id.in_(batch)):
                self._cache[c.id] = self._build(c)
        return self._cache[cid]

    def _build(self, c: Complaint) -> tuple[list[Any], str]:
        state = cp.deadline_state(c, self.now)
        name, _contact = cp.complainant_shown(c)
        content = c.content.replace("\n", " ")
        values = [
            {"overdue": tr("Overdue"), "due_today": tr("Due today")}.get(state, ""),
            c.number, c.received_at.strftime("%Y-%m-%d %H:%M"), cp.label(cp.KINDS, c.kind), c.category,
            cp.label(cp.SEVERITIES, c.severity) + (" ↻" * min(c.reopen_count, 3)), name,
            content[:80] + ("…" if len(content) > 80 else ""), cp.label(cp.STATUSES, c.status),
            self._users.get(c.handler_id, "") if c.handler_id else "", c.settle_due.isoformat(),
        ]
        return values, state

    # --- Qt model API ----------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        values, state = self._row(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return values[col]
        if role == Qt.ItemDataRole.BackgroundRole and state:
            return QBrush(OVERDUE_BG if state == "overdue" else DUE_TODAY_BG)
        if role == Qt.ItemDataRole.ForegroundRole and state:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and state:
            return state_icon(state)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and state:
            return tr("Not closed by its deadline, or the first answer is late") if state == "overdue" else tr("The deadline is today")
        if role == Qt.ItemDataRole.UserRole:
            return state
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.columns[column][1] is None:
            return
        self.order = (column, order)
        self.reload()


def state_icon(state: str) -> QIcon:
    style = QApplication.style()
    pix = QStyle.StandardPixmap.SP_MessageBoxWarning if state == "overdue" else QStyle.StandardPixmap.SP_MessageBoxInformation
    return style.standardIcon(pix)

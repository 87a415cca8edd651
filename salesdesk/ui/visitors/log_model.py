"""The visitor log as a lazy table model: it holds only the ids in order and
fetches the rows of a page when the view first asks for them (Anki's browser
idea). Sorting and filtering happen in SQL (salesdesk/visitor_log.py)."""
from __future__ import annotations

from operator import attrgetter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from salesdesk import visitor_log
from salesdesk.models.visitors import NOT_SIGNED_OUT, ON_SITE, VOID
from salesdesk.ui.i18n import tr
from salesdesk.visitor_log import VisitFilter, VisitRow

PAGE = 100  # a screenful or three: the rows fetched at a time
CACHE_PAGES = 100

# (key, header, sort field or None, row attribute)
COLUMNS = [
    ("id", "No.", None, "id"),
    ("date", "Date", "time_in", "date_text"),
    ("in", "In", "time_in", "in_text"),
    ("out", "Out", "time_out", "out_text"),
    ("name", "Name", "name", "name"),
    ("company", "Company", "company", "company"),
    ("phone", "Phone", "phone", "phone"),
    ("id_number", "ID number", "id_number", "id_number"),
    ("party", "Party", "party_size", "party_size"),
    ("purpose", "Purpose", "purpose", "purpose"),
    ("host", "Host", "host", "host"),
    ("plate", "Plate", "plate", "plate"),
    ("badge", "Badge", "badge", "badge"),
    ("class", "Class", "visitor_class", "class_label"),
    ("status", "Status", "status", "status_label"),
    ("notes", "Notes", "notes", "notes"),
]


def _header(text: str) -> str:
    return {
        "No.": tr("No."), "Date": tr("Date"), "In": tr("In"), "Out": tr("Out"), "Name": tr("Name"),
        "Company": tr("Company"), "Phone": tr("Phone"), "ID number": tr("ID number"), "Party": tr("Party"),
        "Purpose": tr("Purpose"), "Host": tr("Host"), "Plate": tr("Plate"), "Badge": tr("Badge"),
        "Class": tr("Class"), "Status": tr("Status"), "Notes": tr("Notes"),
    }[text]


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_USER = Qt.ItemDataRole.UserRole.value
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FOREGROUND, _BACKGROUND, _FONT, _USER))
_GETTERS = [attrgetter(c[3]) for c in COLUMNS]
_ON_SITE_BRUSH = QBrush(QColor("#e6f4ea"))
_VOID_BRUSH = QBrush(QColor("#888888"))
_FLAGGED_BRUSH = QBrush(QColor("#b00020"))


def _strike_font() -> QFont:
    f = QFont()
    f.setStrikeOut(True)
    return f


class VisitLogModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.filter = VisitFilter()
        self.ids: list[int] = []
        self._pages: dict[int, dict[int, VisitRow]] = {}
        # Nothing is read before the tab sets its first filter: the view's initial sort
        # would otherwise list all 200,000 visits (twice) while the window opens.
        self._filtered = False

    # --- loading ------------------------------------------------------------------
    def set_filter(self, f: VisitFilter) -> None:
        self.filter = f
        self._filtered = True
        self.reload()

    def reload(self) -> None:
        if not self._filtered:
            return
        self.beginResetModel()
        self.ids = visitor_log.visit_ids(self.filter)
        self._pages.clear()
        self.endResetModel()

    def row_at(self, row: int) -> VisitRow | None:
        if not 0 <= row < len(self.ids):
            return None
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            if len(self._pages) >= CACHE_PAGES:
                self._pages.pop(next(iter(self._pages)))
            rows = self._pages[page] = visitor_log.rows(self.ids[page * PAGE:(page + 1) * PAGE])
        return rows.get(self.ids[row])

    def visit_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, visit_id: int) -> int:
        try:
            return self.ids.index(visit_id)
        except ValueError:
            return -1

    # --- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role on each repaint: return early, compare plain ints.
        role = int(role.value if hasattr(role, "value") else role)
        if role not in _ROLES or not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        if role == _DISPLAY:
            value = _GETTERS[index.column()](r)
            return str(value) if value is not None else ""
        status = r.status
        if role == _BACKGROUND:
            return _ON_SITE_BRUSH if status == ON_SITE else None
        if role == _FOREGROUND:
            return _VOID_BRUSH if status == VOID else _FLAGGED_BRUSH if status == NOT_SIGNED_OUT else None
        if role == _FONT:
            return _strike_font() if status == VOID else None
        if role == _USER:
            return r.id
        if role == _TOOLTIP:
            if status == VOID:
                return tr("Voided: {reason}").format(reason=r.void_reason)
            if status == NOT_SIGNED_OUT:
                return tr("Not signed out on the day of the visit. Put the time out right with Edit.")
            if COLUMNS[index.column()][0] == "notes":
                return r.notes
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = COLUMNS[column][2] or "time_in"
        self.filter.sort = field
        self.filter.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

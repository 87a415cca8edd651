"""The customer list: only ids in memory, rows built on demand (Anki's browser idea).

A search gives the ordered ids of the matching files (one indexed-free scan of
the search column, a few ms on 20,000 files); ``data()`` fetches the rows it
is asked for a page at a time and keeps them in a small cache.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from salesdesk import customer_search, customers
from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer, CustomerPhone
from salesdesk.ui.i18n import tr

PAGE = 60  # a screenful and a half: what a keystroke's repaint needs, fetched again as the view scrolls
CACHE_LIMIT = 5000
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole)


def _headers() -> list[str]:
    return [tr("File No."), tr("Name"), tr("Phone"), tr("Company"), tr("Consultant"), tr("Status"), tr("Grade"),
            tr("Next contact")]


class CustomerListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.query = customer_search.SearchQuery()
        self.ids: list[int] = []
        self._rows: dict[int, tuple] = {}
        self._staff: dict[int, str] | None = None  # consultant names, read once per search
        self._headers = _headers()

    # --- loading ---------------------------------------------------------------------------
    def search(self, query: customer_search.SearchQuery | None = None, keep_rows: bool = True) -> None:
        """Show the files matching ``query``. Typing only changes which files match, so the
        rows already read stay cached; ``reload`` (after a write) reads them afresh."""
        if query is not None:
            self.query = query
        self.beginResetModel()
        self.ids = customer_search.search_ids(self.query)
        if not keep_rows:
            self._rows.clear()
            self._staff = None
        self.endResetModel()

    def reload(self) -> None:
        self.search(keep_rows=False)

    def forget_rows(self) -> None:
        """Read every row afresh on the next search (the files were written)."""
        self._rows.clear()
        self._staff = None

    def _fetch(self, row: int) -> None:
        start = max(0, row - PAGE // 4)
        page = [i for i in self.ids[start:start + PAGE] if i not in self._rows]
        if not page:
            return
        if len(self._rows) > CACHE_LIMIT:
            self._rows.clear()
        if self._staff is None:
            self._staff = dict(User.select(User.id, User.display_name).tuples())
        phones: dict[int, str] = {}
        for cid, phone in (CustomerPhone.select(CustomerPhone.customer, CustomerPhone.phone)
                           .where(CustomerPhone.customer.in_(page)).order_by(CustomerPhone.id).tuples()):
            phones.setdefault(cid, phone)
        q = (Customer.select(Customer.id, Customer.file_no, Customer.name, Customer.company, Customer.status,
                             Customer.grade, Customer.next_contact_date, Customer.confidentiality,
                             Customer.consultant.alias("consultant_id"))  # the name permissions look for
             .where(Customer.id.in_(page)).namedtuples())
        for c in q:
            readable = customers.can_view(c)
            confidential = customers.is_confidential(c)
            # the core decides what an unentitled user sees of a confidential file: its number, not its name
            name = f"※ {c.name}" if readable and confidential else customers.shown_name(c)
            self._rows[c.id] = (
                c.file_no, name, customers.display_phone(phones.get(c.id, "")) if readable else "",
                c.company if readable else "", self._staff.get(c.consultant_id, ""), customers.status_label(c.status),
                c.grade, c.next_contact_date.isoformat() if c.next_contact_date else "",
                (confidential, readable), c.next_contact_date)

    def row_data(self, row: int) -> tuple | None:
        if not 0 <= row < len(self.ids):
            return None
        cid = self.ids[row]
        if cid not in self._rows:
            self._fetch(row)
        return self._rows.get(cid)

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, customer_id: int) -> int:
        try:
            return self.ids.index(customer_id)
        except ValueError:
            return -1

    # --- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # Qt asks ~10 roles per cell on each repaint
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 7 and row[9] is not None:
            if row[9] < dt.date.today():
                return QColor("#b00020")  # overdue follow-up
        confidential, readable = row[8]
        if role == Qt.ItemDataRole.ToolTipRole and confidential:
            return tr("Confidential file") if readable else \
                tr("Confidential file: only its consultant and managers may open it")
        return None

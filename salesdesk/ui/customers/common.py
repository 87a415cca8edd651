"""Pieces shared by the customers tab's widgets."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget

from salesdesk.ui.widgets import labelled

ERROR_STYLE = "border: 1px solid #c62828; background: #fff3f3;"  # a field the service complained about


def record_table(headers: list[str], name: str) -> QTableWidget:
    """A read-only list of records: whole rows selected, last column stretched, fixed row height."""
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(24)
    t.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    labelled(t, name)
    return t

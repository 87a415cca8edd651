"""The complaints tab."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from salesdesk.ui.i18n import tr
from salesdesk.ui.tab import RegisterTab


class ComplaintsTab(RegisterTab):
    register = "complaints"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        msg = QLabel(tr("The complaint register is not built yet."))
        msg.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(msg)

    def title(self) -> str:
        return tr("Complaints")

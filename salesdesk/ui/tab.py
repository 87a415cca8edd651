"""What the main window expects of a register tab."""
from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from salesdesk.ui.bus import bus
from salesdesk.ui.i18n import tr


def tab_title(register: str) -> str:
    """A register tab's label — known before its module is loaded (the window builds
    the tabs not on show after its first paint)."""
    return {"visitors": tr("Visitor log"), "complaints": tr("Complaints"), "customers": tr("Customer files")}[register]


class RegisterTab(QWidget):
    """Base of the three register tabs.

    ``register`` names the data it shows; the tab refreshes itself when
    ``bus.changed`` names it. ``export_actions``/``print_actions`` fill the
    window's Export and File > Print menus, ``import_actions`` a File > Import
    menu; ``status_text`` feeds the status bar.
    """

    register = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bus.changed.connect(self._on_changed)

    @classmethod
    def title(cls) -> str:
        return tab_title(cls.register)

    def _on_changed(self, register: str) -> None:
        if register == self.register or register == "*":
            self.refresh()

    def refresh(self) -> None:
        """Reload from the database."""

    def activated(self) -> None:
        """Called when the tab becomes the current one: fresh data, the keyboard where work starts."""
        self.refresh()
        self.focus_start()

    def focus_start(self) -> None:
        """Put the keyboard where this tab's work starts (also for a tab just built, whose data is fresh)."""

    def export_actions(self) -> list[QAction]:
        return []

    def print_actions(self) -> list[QAction]:
        return []

    def import_actions(self) -> list[QAction]:
        """Bringing the register's old Excel/CSV file in (each opens the tab's import dialog)."""
        return []

    def status_text(self) -> str:
        return ""

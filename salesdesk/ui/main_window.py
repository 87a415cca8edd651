"""The main window: three register tabs, menus, status bar."""
from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from salesdesk import __version__, settings
from salesdesk.startup import Context
from salesdesk.ui import backup_actions
from salesdesk.ui.bus import bus
from salesdesk.ui.i18n import tr
from salesdesk.ui.tab import RegisterTab, tab_title
from salesdesk.ui.widgets import after_first_paint


# (register, module, class): a tab's module is loaded when the tab is built
TABS = (("visitors", "salesdesk.ui.visitors", "VisitorsTab"),
        ("complaints", "salesdesk.ui.complaints", "ComplaintsTab"),
        ("customers", "salesdesk.ui.customers", "CustomersTab"))


def tab_class(index: int) -> type[RegisterTab]:
    _register, module, name = TABS[index]
    return getattr(importlib.import_module(module), name)


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.state = QSettings(str(Path(ctx.data_dir) / "window.ini"), QSettings.Format.IniFormat)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Only the tab on show is built before the window appears; the others are
        # built straight after its first paint (or at once when asked for): a
        # quicker start, and the desk is usable as soon as it is seen.
        self._built: list[RegisterTab | None] = [None] * len(TABS)
        self._fresh: set[int] = set()  # built to be shown next: no refresh on showing
        self._menu_actions: dict[QWidget, tuple[list[QAction], list[QAction], list[QAction]]] = {}
        for register, _module, _name in TABS:
            self.tabs.addTab(QWidget(), tab_title(register))
        self.setCentralWidget(self.tabs)
        from salesdesk.ui.reception import ReceptionDock  # sales reception: queue and ownership beside the tabs

        self.reception_dock = ReceptionDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.reception_dock)
        self._build_menus()
        backup_actions.install(self)  # File > Back up now / Restore…, daily backup, in-use heartbeat
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.db_label = QLabel(str(ctx.db_path or ctx.url))
        self.db_label.setToolTip(tr("Database in use"))
        self.statusBar().addPermanentWidget(self.db_label)
        from salesdesk.ui import login  # accounts: Tools menu entries, user in the status bar, idle lock

        self.accounts = login.install(self)
        # bound methods, not lambdas: Qt drops them when this window is destroyed
        bus.status.connect(self.show_message)
        bus.changed.connect(self._data_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._restore_state()
        self._tab(self.tabs.currentIndex())
        after_first_paint(self, self._after_shown)
        self.reception_dock.fit_screen()
        self.update_title()
        # the restored tab gets no currentChanged: give it its start-up focus (the visitor desk:
        # Phone) and fill the status bar
        QTimer.singleShot(0, self, self._activate_current)

    # --- tabs ------------------------------------------------------------------
    def _tab(self, index: int, shown_next: bool = True) -> RegisterTab:
        """The register tab at ``index``, built now if it was not yet. A tab built to be
        shown next needs no refresh when it is (it has just read its data)."""
        tab = self._built[index]
        if tab is None:
            tab = self._built[index] = tab_class(index)(self)
            if shown_next:
                self._fresh.add(index)
            current = self.tabs.currentIndex()
            blocked = self.tabs.blockSignals(True)  # the swap is not a change of tab
            placeholder = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, tab.title())
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(blocked)
            placeholder.deleteLater()
            self._fill_menus()
        return tab

    @property
    def register_tabs(self) -> list[RegisterTab]:
        """All three register tabs (building any not built yet)."""
        return [self._tab(i, shown_next=False) for i in range(len(TABS))]

    def _built_tabs(self) -> list[RegisterTab]:
        return [t for t in self._built if t is not None]

    def _after_shown(self) -> None:
        """What the window need not wait for: the reception panel and its day start
        (also when the panel is hidden), the tabs not on show."""
        self.reception_dock.panel.start_of_day()
        for i in range(len(TABS)):
            self._tab(i, shown_next=False)
        self.update_status()

    # --- menus -----------------------------------------------------------------
    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu(tr("&File"))
        self.import_menu = QMenu(tr("&Import"), self)
        self.file_menu.addMenu(self.import_menu)
        self.print_menu = QMenu(tr("&Print"), self)
        self.file_menu.addMenu(self.print_menu)
        self.file_menu.addSeparator()
        self.quit_action = self._action(tr("E&xit"), self.close, QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.quit_action)

        self.export_menu = mb.addMenu(tr("&Export"))
        self.tools_menu = mb.addMenu(tr("&Tools"))
        self.settings_action = self._action(tr("&Settings…"), self.open_settings, QKeySequence("Ctrl+,"))
        self.tools_menu.addAction(self.settings_action)

        self.view_menu = mb.addMenu(tr("&View"))
        for i, (register, _module, _name) in enumerate(TABS):
            act = self._action(tab_title(register), lambda _=False, i=i: self.tabs.setCurrentIndex(i), QKeySequence(f"Ctrl+{i + 1}"))
            self.view_menu.addAction(act)
            self.addAction(act)  # shortcut works even with the menu bar hidden
        self.view_menu.addSeparator()
        for act in self.reception_dock.view_actions():
            self.view_menu.addAction(act)
            self.addAction(act)

        help_menu = mb.addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&About SalesDesk"), self.about, QKeySequence.StandardKey.HelpContents))
        self._fill_menus()

    def _fill_menus(self) -> None:
        """Export, File > Import and File > Print list what the built tabs and the reception
        panel offer, in tab order."""
        menus = (self.export_menu, self.import_menu, self.print_menu)
        for menu in menus:
            menu.clear()
        for tab in [*self._built_tabs(), self.reception_dock]:
            if tab not in self._menu_actions:  # each tab makes its actions once
                imports = tab.import_actions() if isinstance(tab, RegisterTab) else []
                self._menu_actions[tab] = (tab.export_actions(), imports, tab.print_actions())
            for menu, actions in zip(menus, self._menu_actions[tab]):
                menu.addActions(actions)
        for menu in menus:
            menu.setEnabled(not menu.isEmpty())

    def _action(self, text: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(shortcut)
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        return act

    # --- behaviour -------------------------------------------------------------
    def update_title(self) -> None:
        self.setWindowTitle(f"{settings.office_name()} — SalesDesk")

    def update_status(self) -> None:
        parts = [text for text in (t.status_text() for t in self._built_tabs()) if text]  # each a query: once
        self.status_label.setText("   |   ".join(parts))
        self.update_title()

    def show_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _data_changed(self, _register: str) -> None:
        self.update_status()

    def _activate_current(self) -> None:
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(TABS):
            tab = self._tab(index)
            if index in self._fresh:
                self._fresh.discard(index)
                tab.focus_start()
            else:
                tab.activated()
        self.update_status()

    def open_settings(self) -> None:
        from salesdesk.ui.settings_dialog import SettingsDialog  # loaded when first opened

        SettingsDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(self, tr("About SalesDesk"),
                          tr("SalesDesk {version}\nReception desk for a sales office: visitor log, complaint register, customer files.\n\nDatabase: {db}\nData folder: {folder}")
                          .format(version=__version__, db=self.ctx.db_path or self.ctx.url, folder=self.ctx.data_dir))

    def _restore_state(self) -> None:
        geometry = self.state.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry) or self.width() < 400 or self.height() < 300:
            self._first_start_size()
        docks = self.state.value("window/docks")
        if docks is not None:
            self.restoreState(docks)
        try:
            last = int(self.state.value("window/tab", 0))
        except (TypeError, ValueError):
            last = 0
        if 0 <= last < self.tabs.count():
            self.tabs.setCurrentIndex(last)

    def _first_start_size(self) -> None:
        """Nearly the whole screen: the tabs and the reception panel side by side."""
        screen = self.screen()
        if screen is None:
            self.resize(1280, 800)
            return
        area = screen.availableGeometry()
        w, h = min(1680, int(area.width() * 0.94)), min(1050, int(area.height() * 0.92))
        self.setGeometry(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2, w, h)

    remember_state = True  # the self-test turns this off

    def save_state(self) -> None:
        if not self.remember_state:
            return
        self.state.setValue("window/geometry", self.saveGeometry())
        self.state.setValue("window/docks", self.saveState())
        self.state.setValue("window/tab", self.tabs.currentIndex())
        self.state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_state()
        super().closeEvent(event)

"""File > Back up now / Restore…, the daily backup timer, the in-use heartbeat,
and the backup when the program closes. The work is done by salesdesk/backup.py."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QLabel, QMainWindow,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from salesdesk import backup, instance
from salesdesk.ui import bus as bus_mod
from salesdesk.ui.bus import bus
from salesdesk.ui.i18n import tr

DAILY_CHECK_MS = 60 * 60 * 1000  # look once an hour whether today's backup is still missing

def kind_label(kind: str) -> str:
    labels = {"daily": tr("Daily"), "exit": tr("On exit"), "manual": tr("Manual"),
              "before-restore": tr("Before a restore"), "before-upgrade": tr("Before an upgrade")}
    return labels.get(kind, kind)


def human_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class _Busy:
    """Wait cursor while a backup or restore runs in the window's thread."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc) -> None:
        QGuiApplication.restoreOverrideCursor()


def install(window: QMainWindow) -> None:
    """Add the File menu entries (at the top) and start the timers."""
    window.backup_action = QAction(tr("&Back up now"), window)
    window.backup_action.triggered.connect(lambda: back_up_now(window))
    window.restore_action = QAction(tr("&Restore…"), window)
    window.restore_action.triggered.connect(lambda: restore(window))
    first = window.file_menu.actions()[0] if window.file_menu.actions() else None
    window.file_menu.insertAction(first, window.backup_action)
    window.file_menu.insertAction(first, window.restore_action)
    window.file_menu.insertSeparator(first)
    if not hasattr(window, "presence"):
        window.presence = None

    window.daily_timer = QTimer(window)
    window.daily_timer.setInterval(DAILY_CHECK_MS)
    window.daily_timer.timeout.connect(lambda: daily_backup(window))
    window.daily_timer.start()
    QTimer.singleShot(5000, window, lambda: daily_backup(window))

    window.heartbeat_timer = QTimer(window)
    window.heartbeat_timer.setInterval(instance.HEARTBEAT_S * 1000)
    window.heartbeat_timer.timeout.connect(lambda: window.presence and window.presence.beat())
    window.heartbeat_timer.start()


def back_up_now(window: QMainWindow) -> Path | None:
    with _Busy():
        path = bus_mod.run(window, backup.back_up, window.ctx.data_dir, "manual", title=tr("Backup failed"))
    if path is not None:
        bus.status.emit(tr("Backup written: {path}").format(path=path))
    return path


def daily_backup(window: QMainWindow) -> None:
    """Once a day, silently; a failure shows in the status bar and is tried again next hour."""
    try:
        path = backup.daily_backup(window.ctx.data_dir)
    except Exception as exc:  # noqa: BLE001 - a timer must never take the window down
        bus.status.emit(tr("The daily backup failed: {reason}").format(reason=exc))
        return
    if path is not None:
        bus.status.emit(tr("Daily backup written: {path}").format(path=path))


def on_exit(window: QMainWindow) -> None:
    """Back up as the program closes, then take our in-use marker away."""
    try:
        if window.ctx.db_path is not None:
            with _Busy():
                backup.back_up(window.ctx.data_dir, "exit")
    except Exception as exc:  # noqa: BLE001 - tell, but let the program end
        QMessageBox.warning(None, tr("Backup failed"),
                            tr("The backup on closing failed: {reason}\nYour data is still in the database; back up with File > Back up now next time.").format(reason=exc))
    finally:
        if getattr(window, "presence", None) is not None:
            window.presence.release()


class RestoreDialog(QDialog):
    """The backups of this database, newest first; or any other file."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.chosen: Path | None = None
        self.setWindowTitle(tr("Restore a backup"))
        self.resize(640, 420)
        lay = QVBoxLayout(self)
        intro = QLabel(tr("Choose the backup to put back. The file is checked first, and the current database is kept as a copy in the backups folder, so a restore can itself be undone."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(tr("Backups"))
        self.table.setHorizontalHeaderLabels([tr("Taken"), tr("Kind"), tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.backups = backup.list_backups(window.ctx.data_dir, window.ctx.db_path)
        for b in self.backups:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, text in enumerate((b.taken.strftime("%Y-%m-%d %H:%M:%S"), kind_label(b.kind), human_size(b.size))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(self.backups.index(self._default_choice()))
        self.table.doubleClicked.connect(self._accept_selected)
        lay.addWidget(self.table, 1)
        if not self.backups:
            lay.addWidget(QLabel(tr("No backups in {folder} yet.").format(folder=backup.backups_dir(window.ctx.data_dir))))
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(tr("Restore the selected backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(self.backups))
        self.restore_button.setDefault(True)
        other = QPushButton(tr("Other file…"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(self._accept_selected)
        other.clicked.connect(self._other_file)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _default_choice(self) -> backup.BackupFile:
        """The newest regular backup from before today — "yesterday's backup" — else the newest."""
        today = dt.date.today()
        older = [b for b in self.backups if b.kind in backup.REGULAR and b.taken.date() < today]
        return older[0] if older else self.backups[0]

    def _accept_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.backups[rows[0].row()].path
            self.accept()

    def _other_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, tr("Choose a backup file"), str(backup.backups_dir(self.window_.ctx.data_dir)),
                                               tr("SalesDesk databases (*.db);;All files (*)"))
        if path:
            self.chosen = Path(path)
            self.accept()


def confirm_text(checked: backup.CheckedBackup, source: Path) -> str:
    return tr("Replace the current database by this backup?\n\n{file}\n{what}\n\nEverything entered after this backup was taken will no longer be in the registers. The current database is kept as a copy in the backups folder.").format(
        file=source, what=checked.describe() or "")


def restore(window: QMainWindow, source: Path | None = None, confirm: bool = True) -> bool:
    """Choose (unless given), check, confirm and restore; the window then shows the restored data."""
    if source is None:
        dlg = RestoreDialog(window)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.chosen is None:
            return False
        source = dlg.chosen
    db_path = window.ctx.db_path
    if db_path is None:
        QMessageBox.warning(window, tr("Restore"), tr("This database is kept in memory only; there is nothing to restore into."))
        return False
    with _Busy():
        # the quick check to describe it; restore_open runs the full one before swapping
        checked = bus_mod.run(window, backup.check_backup, source, db_path.parent, False, title=tr("Cannot restore this file"))
    if checked is None:
        return False
    if confirm and QMessageBox.question(window, tr("Restore"), confirm_text(checked, source),
                                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                        QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
        return False
    me = window.presence.marker if getattr(window, "presence", None) is not None else None
    with _Busy():
        done = bus_mod.run(window, backup.restore_open, window.ctx, source, me, title=tr("Cannot restore this file"))
    if done is None:
        return False
    window.ctx, result = done
    after_restore(window, result)
    return True


def after_restore(window: QMainWindow, result: backup.RestoreResult) -> None:
    for tab in getattr(window, "register_tabs", []):
        tab.refresh()
    bus.changed.emit("*")
    bus.changed.emit("settings")
    if hasattr(window, "update_status"):
        window.update_status()
    lines = [tr("Restored from {path}.").format(path=result.source)]
    if result.safety_copy:
        lines.append(tr("The previous database was kept at {copy}.").format(copy=result.safety_copy))
    bus.status.emit(" ".join(lines))
    QMessageBox.information(window, tr("Restore"), "\n\n".join(lines))


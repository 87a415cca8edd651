"""Start-up dialogs that keep data safe.

- The database is damaged: say so plainly and offer the latest good backup
  (or another file). Nothing is written into the damaged file; it is kept as
  a copy in the backups folder when a backup is put in its place.
- The database is already open in SalesDesk elsewhere: say where, and let the
  person choose to open it anyway (writes wait for each other) or quit.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import peewee
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from salesdesk import backup, instance, startup
from salesdesk.errors import DamagedDatabaseError, SalesDeskError
from salesdesk.models import db as dbmod
from salesdesk.ui.i18n import tr


def _ask(parent: QWidget | None, title: str, text: str, detail: str, buttons: list[tuple[str, str]]) -> str:
    """A warning box with named buttons; returns the key of the one pressed (the last = Escape)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    keyed = {}
    for i, (key, label) in enumerate(buttons):
        role = QMessageBox.ButtonRole.RejectRole if i == len(buttons) - 1 else QMessageBox.ButtonRole.AcceptRole
        keyed[box.addButton(label, role)] = key
        if i == 0:
            box.setDefaultButton(box.buttons()[-1])
    box.setEscapeButton(box.buttons()[-1])
    box.exec()
    return keyed.get(box.clickedButton(), buttons[-1][0])


def recover(args: argparse.Namespace, error: DamagedDatabaseError, parent: QWidget | None = None,
            ask=_ask, choose_file=None) -> startup.Context | None:
    """Offer a backup for a damaged database; returns the opened context, or None to quit.

    ``ask``/``choose_file`` are replaceable so tests can press the buttons.
    """
    data_dir, url = startup.resolve(args.data_dir, args.database)
    db_path = dbmod.sqlite_path(url)
    if db_path is None:
        QMessageBox.critical(parent, "SalesDesk", str(error))
        return None
    choose_file = choose_file or (lambda: QFileDialog.getOpenFileName(
        parent, tr("Choose a backup file"), str(backup.backups_dir(data_dir)), tr("SalesDesk databases (*.db);;All files (*)"))[0])
    while True:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            good = backup.latest_good_backup(data_dir, db_path)
        finally:
            QApplication.restoreOverrideCursor()
        text = tr("The database cannot be used: it is damaged.")
        detail = str(error) + "\n\n"
        if good:
            b, checked = good
            detail += tr("The latest good backup is from {when} ({what}). Restore it? Whatever was entered after that time will have to be entered again. The damaged file is kept as a copy in the backups folder.").format(
                when=b.taken.strftime("%Y-%m-%d %H:%M"), what=checked.describe() or b.path.name)
            buttons = [("latest", tr("Restore the latest good backup")), ("other", tr("Choose another backup…")), ("quit", tr("Quit"))]
        else:
            detail += tr("No good backup was found in {folder}. If you have a backup elsewhere (USB stick, other PC), choose it; otherwise ask your IT support to look at the file. It was not changed.").format(
                folder=backup.backups_dir(data_dir))
            buttons = [("other", tr("Choose a backup file…")), ("quit", tr("Quit"))]
        answer = ask(parent, tr("Damaged database"), text, detail, buttons)
        if answer == "quit":
            return None
        source = good[0].path if answer == "latest" and good else None
        if source is None:
            picked = choose_file()
            if not picked:
                continue
            source = Path(picked)
        try:
            result = backup.restore_file(source, db_path, data_dir)
            ctx = backup.reopen_after_restore(data_dir, url, args.lang or "", result)
        except SalesDeskError as exc:
            QMessageBox.warning(parent, tr("Cannot restore this file"), str(exc))
            continue
        QMessageBox.information(parent, tr("Restore"), tr("Restored from {path}. The damaged database was kept at {copy}.").format(
            path=source, copy=result.safety_copy or "-"))
        return ctx


def announce(ctx: startup.Context, quiet: bool = False, parent: QWidget | None = None,
             ask=_ask) -> tuple[bool, instance.Presence | None]:
    """Mark this window as using the database; if others use it too, tell the person.

    Returns (go on?, our marker — None for a database in memory).
    """
    if ctx.db_path is None:
        return True, None
    presence = instance.Presence(ctx.db_path)
    others = presence.announce()
    if not others or quiet:
        return True, presence
    who = "\n".join(tr("• {user} on {host}, since {since}").format(user=h.user, host=h.host, since=h.started.replace("T", " "))
                    for h in others)
    answer = ask(parent, tr("Database in use"), tr("This database is already open in SalesDesk:"),
                 who + "\n\n" + tr("You can work in both: saving waits until the other side has finished. Restoring a backup is not possible while it is open elsewhere."),
                 [("open", tr("Open anyway")), ("quit", tr("Quit"))])
    if answer != "open":
        presence.release()
        return False, None
    return True, presence


def install_error_hook(data_dir: Path) -> None:
    """Last line of defence for the window: an error no dialog caught (a write that was
    still locked after the busy timeout, a file that vanished...) becomes a message,
    never a silent stack trace on a console nobody sees; unexpected ones are logged."""
    import sys
    import traceback

    import peewee

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, peewee.DatabaseError):
            message = str(dbmod.translate_error(exc, dbmod.database_file()))
        elif isinstance(exc, SalesDeskError):
            message = str(exc)
        else:
            log = Path(data_dir) / "salesdesk-error.log"
            try:
                with open(log, "a", encoding="utf-8") as fh:
                    fh.write("".join(traceback.format_exception(exc_type, exc, tb)) + "\n")
            except OSError:
                log = None
            message = tr("Unexpected error: {error}. Nothing more was saved for this action; details were written to {log}.").format(
                error=exc, log=log or "-")
        if QApplication.instance() is not None:
            QMessageBox.warning(QApplication.activeWindow(), tr("Could not complete"), message)

    sys.excepthook = hook


class StartCheckWatch(QObject):
    """Waits, on the window's thread, for the start-up check running beside the
    login and the main window (models/db.py). When it passes, the writes queued
    meanwhile (the login's audit row) are made; when it fails, every window closes
    so the start-up offers the latest good backup (``damaged`` says why)."""

    POLL_MS = 50

    def __init__(self) -> None:
        super().__init__()
        self.damaged: DamagedDatabaseError | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self.poll)
        if dbmod.start_check() is not None:
            self.timer.start()

    def poll(self) -> None:
        check = dbmod.start_check()
        if check is not None and not check.done():
            return
        self.timer.stop()
        try:
            dbmod.wait_sound()
        except DamagedDatabaseError as exc:
            self.damaged = exc
            for w in QApplication.topLevelWidgets():  # the login or any dialog first, then the main window
                if isinstance(w, QDialog) and w.isVisible():
                    w.reject()
            for w in QApplication.topLevelWidgets():
                if w.isVisible():
                    w.close()
        except (SalesDeskError, peewee.DatabaseError) as exc:  # a queued write failed (still locked by another PC)
            error = exc if isinstance(exc, SalesDeskError) else dbmod.translate_error(exc, dbmod.database_file())
            QMessageBox.warning(QApplication.activeWindow(), "SalesDesk", str(error))

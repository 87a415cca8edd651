"""Who is at the keyboard: first-start administrator, login, switch user, idle lock.

The lock never closes a window or a form: it covers every open window with an
opaque sheet and shows the login dialog on top (application-modal). When the
same or another user logs in, the covers go and every unsaved form is where it
was; another user's login refreshes the registers for their permissions.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QMainWindow, QMenu, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from salesdesk import accounts, audit, permissions, session, settings
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.ui.bus import bus
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import SAVE_CANCEL, add_row, dialog_buttons

CHECK_INTERVAL_MS = 15_000  # how often the idle clock is looked at


def _password_edit() -> QLineEdit:
    w = QLineEdit()
    w.setEchoMode(QLineEdit.EchoMode.Password)
    w.setMaxLength(accounts.MAX_PASSWORD)
    return w


def _error_label() -> QLabel:
    lab = QLabel()
    lab.setStyleSheet("color: #b00020")
    lab.setWordWrap(True)
    lab.setAccessibleName(tr("Message"))
    return lab


def _fit(dialog: QDialog, wrapped: QLabel, width: int = 480) -> None:
    """Give a dialog with a word-wrapped label the height that label needs at ``width``."""
    margins = dialog.layout().contentsMargins()
    wrapped.setMinimumHeight(wrapped.heightForWidth(width - margins.left() - margins.right()))
    dialog.setMinimumWidth(width)
    dialog.adjustSize()


class FirstAdminDialog(QDialog):
    """First start: nobody has an account yet; create the administrator (no default password)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Create the administrator account"))
        self.user = None
        intro = QLabel(tr("Welcome to SalesDesk. Nobody has an account yet: create the administrator's account. "
                          "The administrator then creates accounts for the receptionists, consultants and managers "
                          "(Tools > Users…). There is no default password."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.username = add_row(form, tr("User name"), QLineEdit("admin"))
        self.display_name = add_row(form, tr("Name"), QLineEdit())
        self.password = add_row(form, tr("Password"), _password_edit())
        self.repeat = add_row(form, tr("Repeat the password"), _password_edit())
        self.password.setPlaceholderText(tr("at least {n} characters").format(n=accounts.MIN_PASSWORD))
        self.error = _error_label()
        buttons = dialog_buttons(self, self.create)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create and log in"))
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        _fit(self, intro)

    def create(self) -> None:
        try:
            accounts.create_first_admin(self.username.text(), self.display_name.text(), self.password.text(),
                                        self.repeat.text())
            self.user = accounts.login(self.username.text(), self.password.text())
        except SalesDeskError as exc:
            self.error.setText(str(exc))
            field = exc.errors if isinstance(exc, ValidationError) else {}
            focus = {"username": self.username, "password": self.password, "repeat": self.repeat}
            for key in field:
                if key in focus:
                    focus[key].setFocus()
                    break
            return
        self.accept()


class LoginDialog(QDialog):
    """Log in at start (Cancel quits), after an idle lock (no Cancel), or to switch user."""

    START, LOCKED, SWITCH = "start", "locked", "switch"

    def __init__(self, mode: str = START, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.user = None
        self.setWindowTitle({self.START: tr("Log in — SalesDesk"), self.LOCKED: tr("SalesDesk is locked"),
                             self.SWITCH: tr("Switch user")}[mode])
        self.setModal(True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        current = session.current()
        intro = QLabel()
        intro.setWordWrap(True)
        if mode == self.LOCKED and current is not None:
            intro.setText(tr("SalesDesk is locked. {user} can log in again and continue where they were "
                             "(unsaved forms are kept); another user may log in instead.").format(user=current))
        elif mode == self.SWITCH:
            intro.setText(tr("Log in as another user. Open forms stay as they are."))
        else:
            intro.setText(tr("Log in with your user name and password."))
        form = QFormLayout()
        self.username = QComboBox()
        self.username.setEditable(True)
        self.username.addItems([u.username for u in accounts.users(include_inactive=False) if u.password_hash])
        self.username.setCurrentText(current.username if current is not None and mode == self.LOCKED else "")
        add_row(form, tr("User name"), self.username)
        self.username.lineEdit().setAccessibleName(tr("User name"))
        self.password = add_row(form, tr("Password"), _password_edit())
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Log in"))
        if mode != self.LOCKED:
            cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(tr("Exit SalesDesk") if mode == self.START else tr("Cancel"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        _fit(self, intro)
        (self.password if self.username.currentText() else self.username).setFocus()

    def try_login(self) -> None:
        try:
            self.user = accounts.login(self.username.currentText(), self.password.text())
        except SalesDeskError as exc:
            self.error.setText(str(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    # A locked screen cannot be dismissed without logging in.
    def reject(self) -> None:
        if self.mode != self.LOCKED:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.mode == self.LOCKED and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.mode == self.LOCKED:
            event.ignore()
            return
        super().closeEvent(event)


class ChangePasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change password"))
        form = QFormLayout()
        self.old = add_row(form, tr("Current password"), _password_edit())
        self.new = add_row(form, tr("New password"), _password_edit())
        self.repeat = add_row(form, tr("Repeat the new password"), _password_edit())
        self.new.setPlaceholderText(tr("at least {n} characters").format(n=accounts.MIN_PASSWORD))
        self.error = _error_label()
        buttons = dialog_buttons(self, self.save, SAVE_CANCEL)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def save(self) -> None:
        user = session.current()
        if user is None:
            self.error.setText(tr("Nobody is logged in."))
            return
        try:
            accounts.change_password(user, self.old.text(), self.new.text(), self.repeat.text())
        except SalesDeskError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


def start_session(parent: QWidget | None = None) -> bool:
    """At program start: create the first administrator if needed, then log in. False = quit."""
    if accounts.needs_first_admin():
        return FirstAdminDialog(parent).exec() == QDialog.DialogCode.Accepted
    return LoginDialog(LoginDialog.START, parent).exec() == QDialog.DialogCode.Accepted


class _Cover(QWidget):
    """An opaque sheet over one window while the program is locked (hides personal data)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("LockCover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#LockCover { background: #2b3a4a; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        label = QLabel(tr("SalesDesk is locked"), self)
        label.setStyleSheet("color: white; font-size: 18pt;")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parent().rect())
            self.raise_()
        return False


class AccountControls(QObject):
    """The main window's account side: Tools menu entries, the user in the status bar,
    the idle lock. Installed by MainWindow (``install(window)``)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self.last_activity = time.monotonic()
        self.clock = time.monotonic  # tests replace it
        self.user_label = QLabel()
        self.user_label.setAccessibleName(tr("Logged-in user"))
        window.statusBar().addPermanentWidget(self.user_label)
        menu = window.tools_menu
        menu.addSeparator()
        self.users_action = self._add(menu, tr("&Users…"), self.open_users)
        self.audit_action = self._add(menu, tr("&Audit trail…"), self.open_audit)
        menu.addSeparator()
        self.switch_action = self._add(menu, tr("S&witch user…"), self.switch_user)
        self.lock_action = self._add(menu, tr("&Lock now"), self.lock, "Ctrl+Shift+L")
        self.password_action = self._add(menu, tr("Change &password…"), self.change_password)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        QApplication.instance().installEventFilter(self)
        QApplication.instance().aboutToQuit.connect(self.quitting)
        self.refresh()

    def quitting(self) -> None:
        """Closing the program logs the user out (recorded in the trail)."""
        try:
            accounts.logout()
        except Exception:  # noqa: BLE001 - the database may already be closed; nobody left to tell
            pass

    def _add(self, menu, text: str, slot, shortcut: str | None = None) -> QAction:
        act = QAction(text, self.window)
        if shortcut:
            act.setShortcut(shortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def refresh(self) -> None:
        """Show who is logged in; offer only what they may open (the services check again)."""
        user = session.current()
        self.user_label.setText(tr("User: {name} ({role})").format(name=user, role=accounts.role_label(user.role))
                                if user is not None else "")
        self.users_action.setEnabled(permissions.can("users.admin"))
        self.audit_action.setEnabled(permissions.can("audit.view"))
        for act in (self.switch_action, self.lock_action, self.password_action):
            act.setEnabled(user is not None)

    # --- idle lock ---------------------------------------------------------------
    # Sees every event of the program: kept as cheap as a Python filter can be.
    _ACTIVITY = frozenset((QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in self._ACTIVITY:
            self.last_activity = self.clock()
        return False

    def idle_minutes(self) -> float:
        return (self.clock() - self.last_activity) / 60.0

    def check_idle(self) -> None:
        limit = int(settings.get("accounts.idle_lock_minutes") or 0)
        if limit > 0 and not self.locked and session.current() is not None and self.idle_minutes() >= limit:
            self.lock()

    def lock(self) -> None:
        if self.locked or session.current() is None:
            return
        audit.log("lock", "user", session.current_username())
        self._ask(LoginDialog.LOCKED)

    def switch_user(self) -> None:
        self._ask(LoginDialog.SWITCH)

    def _ask(self, mode: str) -> None:
        before = session.current()
        # cover every window (menus are popups: they close by themselves)
        covers = [_Cover(w) for w in QApplication.topLevelWidgets()
                  if w.isVisible() and not isinstance(w, (QMenu, LoginDialog))]
        self.locked = True
        try:
            dialog = LoginDialog(mode, self.window)
            self.lock_dialog = dialog
            dialog.exec()
        finally:
            self.locked = False
            self.lock_dialog = None
            for c in covers:
                c.parent().removeEventFilter(c)
                c.hide()
                c.deleteLater()
            self.last_activity = self.clock()
        after = session.current()
        if after is not None and (before is None or after.id != before.id):
            if before is not None:
                audit.log("logout", "user", before.username, note=tr("switched to {user}").format(user=after.username),
                          username=before.username)
            self.refresh()
            bus.changed.emit("*")  # every register reloads for the new user's permissions

    # --- dialogs -------------------------------------------------------------------
    def change_password(self) -> None:
        if ChangePasswordDialog(self.window).exec() == QDialog.DialogCode.Accepted:
            bus.status.emit(tr("Password changed."))

    def open_users(self) -> None:
        from salesdesk.ui.users_dialog import UsersDialog

        if not permissions.can("users.admin"):
            QMessageBox.warning(self.window, tr("Not allowed"), tr("Only the administrator manages user accounts."))
            return
        UsersDialog(self.window).exec()
        self.refresh()

    def open_audit(self) -> None:
        from salesdesk.ui.audit_viewer import AuditViewer

        if not permissions.can("audit.view"):
            QMessageBox.warning(self.window, tr("Not allowed"), tr("Only managers and the administrator read the audit trail."))
            return
        AuditViewer(self.window).exec()


def install(window: QMainWindow) -> AccountControls:
    return AccountControls(window)

"""Administrator: user accounts, their roles, password resets and lockouts."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from salesdesk import accounts
from salesdesk.errors import SalesDeskError
from salesdesk.models.accounts import ROLES, User
from salesdesk.ui.i18n import tr
from salesdesk.ui.login import _error_label, _password_edit
from salesdesk.ui.widgets import SAVE_CANCEL, add_row, dialog_buttons


class UserEditDialog(QDialog):
    """New user (with its first password) or changes to an existing one."""

    def __init__(self, user: User | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(tr("New user") if user is None else tr("Edit user {user}").format(user=user.username))
        form = QFormLayout()
        self.username = add_row(form, tr("User name"), QLineEdit(user.username if user else ""))
        self.username.setReadOnly(user is not None)
        self.display_name = add_row(form, tr("Name"), QLineEdit(user.display_name if user else ""))
        self.role = QComboBox()
        for r in ROLES:
            self.role.addItem(accounts.role_label(r), r)
        self.role.setCurrentIndex(max(0, self.role.findData(user.role if user else "receptionist")))
        add_row(form, tr("Role"), self.role)
        self.department = add_row(form, tr("Department"), QLineEdit(user.department if user else ""))
        self.phone = add_row(form, tr("Phone"), QLineEdit(user.phone if user else ""))
        self.active = add_row(form, tr("Active"), QCheckBox())
        self.active.setChecked(user.active if user else True)
        self.can_login = self.password = self.repeat = None
        if user is None:
            self.can_login = add_row(form, tr("Can log in"), QCheckBox())
            self.can_login.setChecked(True)
            self.password = add_row(form, tr("Password"), _password_edit())
            self.repeat = add_row(form, tr("Repeat the password"), _password_edit())
            self.password.setPlaceholderText(tr("at least {n} characters").format(n=accounts.MIN_PASSWORD))
            self.can_login.toggled.connect(self.password.setEnabled)
            self.can_login.toggled.connect(self.repeat.setEnabled)
        self.error = _error_label()
        buttons = dialog_buttons(self, self.save, SAVE_CANCEL)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(420, 0)

    def form(self) -> accounts.UserForm:
        return accounts.UserForm(self.username.text(), self.display_name.text(), self.role.currentData(),
                                 self.department.text(), self.phone.text(), self.active.isChecked())

    def save(self) -> None:
        try:
            if self.user is None:
                password = None
                if self.can_login.isChecked():
                    if self.password.text() != self.repeat.text():
                        raise SalesDeskError(tr("The two passwords differ. Type the same password twice."))
                    password = self.password.text()
                self.user = accounts.create_user(self.form(), password)
            else:
                accounts.update_user(self.user, self.form())
        except SalesDeskError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class ResetPasswordDialog(QDialog):
    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(tr("Reset the password of {user}").format(user=user.username))
        form = QFormLayout()
        self.password = add_row(form, tr("New password"), _password_edit())
        self.repeat = add_row(form, tr("Repeat the new password"), _password_edit())
        self.password.setPlaceholderText(tr("at least {n} characters").format(n=accounts.MIN_PASSWORD))
        hint = QLabel(tr("Tell the user the new password in person; they should change it at once (Tools > Change password)."))
        hint.setWordWrap(True)
        self.error = _error_label()
        buttons = dialog_buttons(self, self.save, SAVE_CANCEL)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def save(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(tr("The two passwords differ. Type the same password twice."))
            return
        try:
            accounts.reset_password(self.user, self.password.text())
        except SalesDeskError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class UsersDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Users"))
        self.resize(760, 460)
        headers = [tr("User name"), tr("Name"), tr("Role"), tr("Department"), tr("State")]
        self.table = QTableWidget(0, len(headers))
        self.table.setAccessibleName(tr("Users"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.edit_user)
        self.new_button = QPushButton(tr("&New user…"))
        self.edit_button = QPushButton(tr("&Edit…"))
        self.reset_button = QPushButton(tr("&Reset password…"))
        self.unlock_button = QPushButton(tr("&Unlock"))
        self.new_button.clicked.connect(self.new_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.error = _error_label()
        row = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.reset_button, self.unlock_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addWidget(close)
        self.users: list[User] = []
        self.reload()

    def reload(self) -> None:
        at = accounts.now()
        self.users = accounts.users()
        self.table.setRowCount(len(self.users))
        for i, u in enumerate(self.users):
            state = accounts.state_labels(u, at)
            for j, text in enumerate((u.username, u.display_name, accounts.role_label(u.role), u.department,
                                      ", ".join(state))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, u.id)
                self.table.setItem(i, j, item)

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.setText(tr("Select a user in the list first."))
            return None
        self.error.clear()
        return User.get_by_id(self.users[rows[0].row()].id)

    def select_username(self, username: str) -> None:
        for i, u in enumerate(self.users):
            if u.username == username:
                self.table.selectRow(i)

    def new_user(self) -> None:
        d = UserEditDialog(None, self)
        if d.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.select_username(d.user.username)

    def edit_user(self) -> None:
        user = self.selected()
        if user is not None and UserEditDialog(user, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.select_username(user.username)

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None and ResetPasswordDialog(user, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def unlock(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            accounts.unlock(user)
        except SalesDeskError as exc:
            self.error.setText(str(exc))
            return
        self.reload()
        self.select_username(user.username)

"""Login, first administrator, idle lock, user administration and the audit viewer, as a person uses them."""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget

from salesdesk import accounts, audit, session, settings
from salesdesk.models.accounts import User
from salesdesk.models.audit import AuditLog
from salesdesk.ui import i18n as ui_i18n
from salesdesk.ui.audit_viewer import AuditViewer
from salesdesk.ui.login import FirstAdminDialog, LoginDialog, start_session
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.users_dialog import UserEditDialog, UsersDialog
from tests.ui_helpers import by_name, unlabelled_inputs


def make_user(username, role, password="right-pass-1"):
    u = User.create(username=username, display_name=username, role=role)
    accounts.set_password(u, password)
    return u


def covers(widget):
    return sum(c.isVisible() for c in widget.findChildren(QWidget, "LockCover"))


def test_first_start_creates_the_administrator(qtbot, ctx):
    ui_i18n.install("en")
    d = FirstAdminDialog()
    qtbot.addWidget(d)
    assert unlabelled_inputs(d) == []
    by_name(d, "Name").setText("系统管理员")
    by_name(d, "Password").setText("short")
    by_name(d, "Repeat the password").setText("short")
    d.create()
    assert "at least 8" in d.error.text() and d.result() == 0
    by_name(d, "Password").setText("admin-pass-1")
    by_name(d, "Repeat the password").setText("admin-pass-1")
    d.create()
    assert d.result() == QDialog.DialogCode.Accepted
    assert session.current().username == "admin" and session.current().role == "admin"


def test_login_dialog_wrong_then_right(qtbot, ctx):
    ui_i18n.install("en")
    make_user("lin", "receptionist")
    d = LoginDialog(LoginDialog.START)
    qtbot.addWidget(d)
    by_name(d, "User name", QLineEdit).setText("lin")
    by_name(d, "Password").setText("wrong-pass")
    d.try_login()
    assert "4 more wrong" in d.error.text()
    assert by_name(d, "Password").text() == ""  # cleared, the user name kept
    assert d.username.currentText() == "lin"
    by_name(d, "Password").setText("right-pass-1")
    d.try_login()
    assert d.result() == QDialog.DialogCode.Accepted and session.current().username == "lin"


def test_start_session_cancel_quits(qtbot, ctx):
    make_user("lin", "receptionist")
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert start_session() is False


def test_idle_lock_covers_the_window_and_keeps_the_unsaved_form(qtbot, ctx):
    ui_i18n.install("en")
    make_user("zhou", "manager")
    make_user("lin", "receptionist")
    settings.set("accounts.idle_lock_minutes", 5)  # unattended (nobody logged in yet)
    accounts.login("lin", "right-pass-1")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    # an open, unsaved form in a dialog
    form = QDialog(w)
    name = QLineEdit(form)
    QVBoxLayout(form).addWidget(name)
    name.setText("王芳 typed but not saved")
    form.show()
    ctl = w.accounts
    t = {"now": 1000.0}
    ctl.clock = lambda: t["now"]
    ctl.last_activity = 1000.0
    t["now"] += 4 * 60
    ctl.check_idle()
    assert not ctl.locked  # 4 minutes: not yet
    seen = {}

    def at_lock_screen():
        dlg = QApplication.activeModalWidget()
        seen["mode"] = dlg.mode
        seen["covered"] = covers(w) == 2 and covers(form) == 1  # the window and the open form
        dlg.reject()  # Escape/close do nothing on a lock screen
        seen["still_open"] = dlg.isVisible()
        by_name(dlg, "User name", QLineEdit).setText("zhou")
        by_name(dlg, "Password").setText("right-pass-1")
        dlg.try_login()

    QTimer.singleShot(0, at_lock_screen)
    t["now"] += 61
    ctl.check_idle()
    assert seen == {"mode": "locked", "covered": True, "still_open": True}
    assert form.isVisible() and name.text() == "王芳 typed but not saved"
    assert session.current().username == "zhou"
    assert "zhou" in ctl.user_label.text()
    assert ctl.audit_action.isEnabled() and not ctl.users_action.isEnabled()
    actions = [r.action for r in AuditLog.select().order_by(AuditLog.id)]
    assert actions[-4:] == ["login", "lock", "login", "logout"]
    logout = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert (logout.username, logout.note) == ("lin", "switched to zhou")  # the one who left
    assert covers(w) == 0


def test_users_dialog_creates_and_resets(qtbot, ctx):
    ui_i18n.install("en")
    admin = make_user("root", "admin")
    session.set_current(admin)
    d = UsersDialog()
    qtbot.addWidget(d)
    e = UserEditDialog(None, d)
    qtbot.addWidget(e)
    assert unlabelled_inputs(e) == []
    by_name(e, "User name").setText("lin")
    by_name(e, "Name").setText("前台小林")
    by_name(e, "Password").setText("lin-pass-12")
    by_name(e, "Repeat the password").setText("lin-pass-12")
    e.save()
    assert e.result() == QDialog.DialogCode.Accepted
    d.reload()
    assert [d.table.item(i, 0).text() for i in range(d.table.rowCount())] == ["root", "lin"]
    assert d.table.item(1, 2).text() == "Receptionist"
    accounts.login("lin", "lin-pass-12")


def test_audit_viewer_filters_and_pages(qtbot, ctx):
    ui_i18n.install("en")
    session.set_current(make_user("zhou", "manager"))
    for i in range(450):
        audit.log("edit", "customer", f"KH-2026-{i:05d}", {"grade": ["C", "B"]})
    audit.log("void", "visit", "88")
    v = AuditViewer()
    qtbot.addWidget(v)
    assert v.model.total == 451 and v.model.rowCount() == 200  # one page, more on scroll
    v.model.fetchMore(v.model.index(0, 0).parent())
    assert v.model.rowCount() == 400
    assert v.model.data(v.model.index(0, 2)) == "Voided"
    v.action.setCurrentIndex(v.action.findData("edit"))
    by_name(v, "Record number").setText("KH-2026-00007")
    v.search()
    assert v.model.total == 1
    assert v.model.data(v.model.index(0, 5)) == "grade: C → B"
    assert v.count_label.text() == "1 rows"


def test_change_password_dialog(qtbot, ctx):
    from salesdesk.ui.login import ChangePasswordDialog

    ui_i18n.install("en")
    make_user("lin", "receptionist")
    accounts.login("lin", "right-pass-1")
    d = ChangePasswordDialog()
    qtbot.addWidget(d)
    assert unlabelled_inputs(d) == []
    by_name(d, "Current password").setText("right-pass-1")
    by_name(d, "New password").setText("new-pass-123")
    by_name(d, "Repeat the new password").setText("new-pass-124")
    d.save()
    assert "differ" in d.error.text() and d.result() != QDialog.DialogCode.Accepted
    by_name(d, "Repeat the new password").setText("new-pass-123")
    d.save()
    assert d.result() == QDialog.DialogCode.Accepted
    accounts.login("lin", "new-pass-123")

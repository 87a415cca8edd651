"""Accounts: first administrator, login, lockout and its expiry, passwords, user administration."""
import datetime as dt

import pytest

from salesdesk import accounts, session
from salesdesk.errors import PermissionDenied, SalesDeskError, ValidationError
from salesdesk.models.accounts import User
from salesdesk.models.audit import AuditLog


@pytest.fixture
def clock(monkeypatch):
    """A settable clock for lockouts: tests move time instead of sleeping."""
    state = {"now": dt.datetime(2026, 3, 5, 9, 0, 0)}
    monkeypatch.setattr(accounts, "now", lambda: state["now"])
    return state


def make_user(username, role, password="right-pass-1"):
    user = User.create(username=username, display_name=username, role=role)
    accounts.set_password(user, password)
    return user


def test_no_default_password_first_admin_only_once(ctx):
    assert accounts.needs_first_admin()
    with pytest.raises(SalesDeskError):
        accounts.login("admin", "admin")  # nothing to log in to: no default account
    with pytest.raises(ValidationError, match="at least 8"):
        accounts.create_first_admin("admin", "管理员", "short")
    with pytest.raises(ValidationError, match="differ"):
        accounts.create_first_admin("admin", "管理员", "long-enough-1", "long-enough-2")
    admin = accounts.create_first_admin("admin", "管理员", "long-enough-1", "long-enough-1")
    assert admin.role == "admin" and not accounts.needs_first_admin()
    with pytest.raises(SalesDeskError, match="already exists"):
        accounts.create_first_admin("intruder", "x", "long-enough-1")
    assert not User.select().where(User.username == "intruder").exists()


def test_password_is_hashed_never_clear(ctx):
    user = make_user("lin", "receptionist", "my-secret-99")
    raw = User.get_by_id(user.id).password_hash
    assert "my-secret-99" not in raw and raw.startswith("$argon2id$")


def test_login_sets_session_and_audits(ctx):
    make_user("lin", "receptionist")
    user = accounts.login("lin", "right-pass-1")
    assert session.current().id == user.id
    row = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert (row.action, row.username, row.record_id) == ("login", "lin", "lin")


def test_unknown_user_and_wrong_password_are_audited(ctx):
    make_user("lin", "receptionist")
    with pytest.raises(SalesDeskError, match="Wrong user name or password"):
        accounts.login("nobody", "whatever-1")
    with pytest.raises(SalesDeskError, match="4 more wrong"):
        accounts.login("lin", "wrong-pass")
    rows = list(AuditLog.select().where(AuditLog.action == "login_failed").order_by(AuditLog.id))
    assert [r.username for r in rows] == ["nobody", "lin"]
    assert session.current() is None


def test_five_failures_lock_for_five_minutes_then_expire(ctx, clock):
    make_user("lin", "receptionist")
    for _ in range(4):
        with pytest.raises(SalesDeskError, match="Wrong user name or password"):
            accounts.login("lin", "wrong-pass")
    with pytest.raises(SalesDeskError, match="locked for 5 minutes"):
        accounts.login("lin", "wrong-pass")
    user = User.get(User.username == "lin")
    assert user.locked_until == dt.datetime(2026, 3, 5, 9, 5, 0)
    # Locked: even the right password is refused, and says until when.
    clock["now"] += dt.timedelta(minutes=4, seconds=59)
    with pytest.raises(SalesDeskError, match="locked until 09:05:00"):
        accounts.login("lin", "right-pass-1")
    assert session.current() is None
    # Expired: the right password works and the count starts afresh.
    clock["now"] += dt.timedelta(seconds=2)
    accounts.login("lin", "right-pass-1")
    user = User.get(User.username == "lin")
    assert user.failed_logins == 0 and user.locked_until is None


def test_expired_lockout_gives_a_fresh_count(ctx, clock):
    make_user("lin", "receptionist")
    for _ in range(5):
        with pytest.raises(SalesDeskError):
            accounts.login("lin", "wrong-pass")
    clock["now"] += dt.timedelta(minutes=6)
    with pytest.raises(SalesDeskError, match="4 more wrong"):
        accounts.login("lin", "wrong-pass")


def test_success_resets_the_failure_count(ctx):
    make_user("lin", "receptionist")
    for _ in range(4):
        with pytest.raises(SalesDeskError):
            accounts.login("lin", "wrong-pass")
    accounts.login("lin", "right-pass-1")
    with pytest.raises(SalesDeskError, match="4 more wrong"):
        accounts.login("lin", "wrong-pass")


def test_disabled_account_cannot_log_in(ctx):
    user = make_user("gone", "consultant")
    user.active = False
    user.save()
    with pytest.raises(SalesDeskError, match="disabled"):
        accounts.login("gone", "right-pass-1")


def test_change_own_password(ctx):
    user = make_user("lin", "receptionist")
    with pytest.raises(ValidationError, match="current password"):
        accounts.change_password(user, "not-it-at-all", "new-pass-123", "new-pass-123")
    with pytest.raises(ValidationError, match="at least 8"):
        accounts.change_password(user, "right-pass-1", "short", "short")
    with pytest.raises(ValidationError, match="differ"):
        accounts.change_password(user, "right-pass-1", "new-pass-123", "new-pass-124")
    accounts.change_password(user, "right-pass-1", "new-pass-123", "new-pass-123")
    with pytest.raises(SalesDeskError):
        accounts.login("lin", "right-pass-1")
    accounts.login("lin", "new-pass-123")
    assert AuditLog.select().where(AuditLog.action == "password").count() == 1


def test_only_admin_resets_and_reset_lifts_lockout(ctx, clock):
    admin = make_user("root", "admin")
    manager = make_user("zhou", "manager")
    lin = make_user("lin", "receptionist")
    for _ in range(5):
        with pytest.raises(SalesDeskError):
            accounts.login("lin", "wrong-pass")
    session.set_current(manager)
    with pytest.raises(PermissionDenied, match="administrator"):
        accounts.reset_password(lin, "fresh-pass-1")
    session.set_current(admin)
    accounts.reset_password(User.get_by_id(lin.id), "fresh-pass-1")
    accounts.login("lin", "fresh-pass-1")  # not locked any more


def test_user_admin_service(ctx):
    admin = make_user("root", "admin")
    session.set_current(make_user("zhou", "manager"))
    with pytest.raises(PermissionDenied):
        accounts.create_user(accounts.UserForm("wang", "王置业", "consultant"), "wang-pass-1")
    session.set_current(admin)
    with pytest.raises(ValidationError) as err:
        accounts.create_user(accounts.UserForm("bad name!", "x", "boss"), "wang-pass-1")
    assert set(err.value.errors) == {"username", "role"}
    wang = accounts.create_user(accounts.UserForm("wang", "王置业", "consultant"), "wang-pass-1")
    with pytest.raises(ValidationError, match="taken"):
        accounts.create_user(accounts.UserForm("wang", "x", "consultant"), "wang-pass-1")
    staff_only = accounts.create_user(accounts.UserForm("sun", "孙工程", "consultant"), None)
    assert staff_only.password_hash is None
    accounts.update_user(wang, accounts.UserForm("wang", "王置业", "manager", "销售部"))
    row = AuditLog.select().where((AuditLog.action == "edit") & (AuditLog.record_id == "wang")).get()
    assert '"role": ["consultant", "manager"]' in row.changes
    # The last administrator cannot be demoted or disabled.
    with pytest.raises(ValidationError, match="last active administrator"):
        accounts.update_user(admin, accounts.UserForm("root", "root", "manager"))


def test_staff_lists(ctx):
    make_user("wang", "consultant")
    make_user("lin", "receptionist")
    assert [u.username for u in accounts.staff(("consultant",))] == ["wang"]
    assert accounts.find_staff("lin").role == "receptionist"


def test_a_managers_approval_at_someone_elses_desk(ctx, clock):
    lin = make_user("lin", "receptionist")
    zhou = make_user("zhou", "manager")
    session.set_current(lin)
    # wrong passwords count towards the manager's lockout and name the desk's user
    with pytest.raises(SalesDeskError, match="4 more wrong"):
        accounts.confirm("zhou", "guess-guess", "refusal.override")
    failed = AuditLog.select().where(AuditLog.action == "login_failed").get()
    assert (failed.username, failed.record_id) == ("lin", "zhou")
    assert not accounts.take_approval(zhou, "refusal.override")
    assert accounts.confirm("zhou", "right-pass-1", "refusal.override").id == zhou.id
    assert session.current().id == lin.id  # still lin's session
    assert accounts.take_approval(zhou, "refusal.override")
    assert not accounts.take_approval(zhou, "refusal.override")  # used up
    accounts.confirm("zhou", "right-pass-1", "refusal.override")
    clock["now"] += dt.timedelta(minutes=6)
    assert not accounts.take_approval(zhou, "refusal.override")  # too old

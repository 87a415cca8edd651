"""The permission rules themselves (role table and record rules), per role."""
import pytest

from salesdesk import permissions, session
from salesdesk.errors import PermissionDenied
from salesdesk.models.accounts import User
from salesdesk.models.audit import AuditLog
from salesdesk.models.customers import Customer

ID = "330106199001011234"
PHONE = "13800138000"


@pytest.fixture
def staff(ctx):
    out = {}
    for username, role in (("lin", "receptionist"), ("wang", "consultant"), ("li", "consultant"),
                           ("zhou", "manager"), ("root", "admin")):
        out[username] = User.create(username=username, display_name=username, role=role)
    return out


def as_(user):
    session.set_current(user)


@pytest.mark.parametrize("who,full", [("lin", False), ("wang", False), ("zhou", True), ("root", True)])
def test_pii_masked_unless_manager_or_admin(staff, who, full):
    as_(staff[who])
    assert (permissions.mask_id(ID) == ID) is full
    assert (permissions.mask_phone(PHONE) == PHONE) is full
    if not full:
        assert permissions.mask_pii(ID) == "330106********1234"
        assert permissions.mask_pii(PHONE) == "138****8000"
        assert permissions.mask_pii("E12345678", "id") == "E1*****78"


def test_unattended_mode_sees_everything(staff):
    as_(None)
    assert permissions.mask_pii(ID) == ID and permissions.can("users.admin")


@pytest.mark.parametrize("perm,allowed", [
    ("visit.void", {"zhou", "root"}),
    ("refusal.override", {"zhou", "root"}),
    ("complaint.signoff", {"zhou"}),
    ("complaint.view_all", {"zhou"}),
    ("customer.view_confidential", {"zhou"}),
    ("customer.merge", {"zhou", "root"}),
    ("settings.edit", {"zhou", "root"}),
    ("users.admin", {"root"}),
    ("audit.view", {"zhou", "root"}),
    ("export.personal", {"lin", "zhou", "root"}),
    ("backup.restore", {"zhou", "root"}),
    ("backup.copy", {"zhou", "root"}),
])
def test_role_table(staff, perm, allowed):
    for name, user in staff.items():
        as_(user)
        assert permissions.can(perm) is (name in allowed), (perm, name)
        if name not in allowed:
            with pytest.raises(PermissionDenied, match="not allowed"):
                permissions.require(perm)


def test_complaint_recusal_and_identity(staff):
    as_(staff["wang"])
    with pytest.raises(PermissionDenied, match="回避"):
        permissions.require_not_named([staff["wang"]])
    permissions.require_not_named([staff["li"].id, None])
    # identity: receiver and handler (passed in) and managers
    assert permissions.can_see_identity(staff["wang"], staff["li"])
    as_(staff["lin"])
    assert not permissions.can_see_identity(staff["wang"], staff["li"])
    as_(staff["zhou"])
    assert permissions.can_see_identity()
    as_(staff["zhou"])  # a manager named in a complaint is still recused
    with pytest.raises(PermissionDenied):
        permissions.require_not_named([staff["zhou"].id])


def test_confidential_files_and_consultant_ownership(staff):
    secret = Customer.create(file_no="KH-2026-00001", name="王芳", consultant=staff["wang"], confidentiality="secret")
    normal = Customer.create(file_no="KH-2026-00002", name="李强", consultant=staff["wang"])
    free = Customer.create(file_no="KH-2026-00003", name="张伟")
    expect = {  # who: (read secret, edit secret, read normal, edit normal, edit unassigned)
        "wang": (True, True, True, True, True),
        "li": (False, False, True, False, True),
        "lin": (False, False, True, True, True),
        "zhou": (True, True, True, True, True),
        "root": (False, False, True, False, False),
    }
    for name, (rs, es, rn, en, eu) in expect.items():
        as_(staff[name])
        got = (permissions.can_read_customer(secret), permissions.can_edit_customer(secret),
               permissions.can_read_customer(normal), permissions.can_edit_customer(normal),
               permissions.can_edit_customer(free))
        assert got == (rs, es, rn, en, eu), name
    as_(staff["li"])
    with pytest.raises(PermissionDenied, match="confidential"):
        permissions.require_read_customer(secret)
    with pytest.raises(PermissionDenied, match="another consultant"):
        permissions.require_edit_customer(normal)
    as_(staff["zhou"])
    permissions.require_read_customer(secret)
    permissions.require_read_customer(normal)
    views = list(AuditLog.select().where(AuditLog.action == "view"))
    assert [(v.username, v.record_id) for v in views] == [("zhou", "KH-2026-00001")]  # only the confidential one


def test_settings_only_by_manager_or_admin_even_one_by_one(staff):
    from salesdesk import settings

    as_(staff["lin"])
    with pytest.raises(PermissionDenied):
        settings.set("accounts.idle_lock_minutes", 0)  # a receptionist cannot switch the lock off
    as_(staff["zhou"])
    assert settings.set("accounts.idle_lock_minutes", 30) == 30

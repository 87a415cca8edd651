"""Every kind of action lands in the audit trail with user, time, record and changes —
produced by the real services, as the desk would use them."""
import datetime as dt
import json

import pytest
from openpyxl import Workbook

from salesdesk import accounts, complaints, customer_duplicates, customer_import, customers, session, settings
from salesdesk.errors import SalesDeskError
from salesdesk.forms import customer_sheet
from salesdesk.models.accounts import User
from salesdesk.models.audit import AuditLog


def rows(action):
    return list(AuditLog.select().where(AuditLog.action == action).order_by(AuditLog.id))


@pytest.fixture
def people(ctx):
    out = {}
    for username, role in (("lin", "receptionist"), ("wang", "consultant"), ("zhou", "manager")):
        u = User.create(username=username, display_name=username, role=role)
        accounts.set_password(u, "right-pass-1")
        out[username] = u
    return out


def test_each_action_type_is_recorded(people, tmp_path):
    start = dt.datetime.now() - dt.timedelta(seconds=1)
    # login ok and failed
    with pytest.raises(SalesDeskError):
        accounts.login("lin", "wrong-pass")
    accounts.login("lin", "right-pass-1")
    # create and edit (before -> after)
    c = customers.create("王芳", "13800138000", consultant=people["wang"], confidentiality="confidential")
    other = customers.create("王 芳", "13900139000")
    customers.save_file(customers.get(other.id), {"company": "杭州万科有限公司"})
    # status change and print and export
    case = complaints.take(complaints.Intake(content="售后维修太慢", complainant="赵先生", contact="13700137000"))
    complaints.start(case, people["wang"])
    customer_sheet.archive_sheet(customers.get(other.id), tmp_path / "sheet.pdf")
    customer_sheet.index_xlsx(tmp_path / "index.xlsx")
    # manager: view of a confidential file, merge, import, settings
    accounts.login("zhou", "right-pass-1")
    customers.open_file(c.id)
    customer_duplicates.merge(customers.get(c.id), customers.get(other.id))
    wb = Workbook()
    wb.active.append(["姓名", "手机"])
    wb.active.append(["钱多多", "13600136000"])
    wb.save(tmp_path / "old.xlsx")
    customer_import.run(customer_import.plan(tmp_path / "old.xlsx"))
    settings.set_many({"accounts.idle_lock_minutes": 15})
    from salesdesk import visitors

    visit = visitors.check_in(visitors.CheckIn(name="送货员", purpose="Delivery"))
    visitors.void(visit.id, "重复登记")
    accounts.change_password(people["zhou"], "right-pass-1", "other-pass-22", "other-pass-22")

    expected = {
        "login_failed": ("lin", "user", "lin"),
        "login": ("zhou", "user", "zhou"),
        "create": ("lin", "customer", c.file_no),
        "update": ("lin", "customer", other.file_no),
        "status": ("lin", "complaint", case.number),
        "print": ("lin", "customer", other.file_no),
        "export": ("lin", "customer", ""),
        "view": ("zhou", "customer", c.file_no),
        "merge": ("zhou", "customer", c.file_no),
        "import": ("zhou", "customer", ""),
        "settings": ("zhou", "setting", "accounts.idle_lock_minutes"),
        "password": ("zhou", "user", "zhou"),
        "void": ("zhou", "visit", str(visit.id)),
    }
    for action, (user, record_type, record_id) in expected.items():
        found = [(r.username, r.record_type, r.record_id) for r in rows(action)]
        assert (user, record_type, record_id) in found, (action, found)
    for r in AuditLog.select():
        assert r.ts >= start and r.username
    # the changed fields, before -> after
    update = rows("update")[0]
    assert json.loads(update.changes)["company"] == ["", "杭州万科有限公司"]
    status = rows("status")[0]
    assert json.loads(status.changes)["status"] == ["received", "in_progress"]
    session.set_current(None)

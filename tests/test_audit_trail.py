"""The audit trail: append-only in the database itself, readable by managers, exportable."""
import datetime as dt

import peewee
import pytest
from openpyxl import load_workbook

from salesdesk import accounts, audit, session, settings
from salesdesk.errors import PermissionDenied
from salesdesk.models import db as dbmod
from salesdesk.models.accounts import User
from salesdesk.models.audit import AuditLog


def user(username, role):
    u = User.create(username=username, display_name=username, role=role)
    accounts.set_password(u, "right-pass-1")
    return u


def test_rows_cannot_be_changed_or_deleted_through_the_program(ctx):
    audit.log("create", "customer", "KH-2026-00001", {"name": [None, "王芳"]})
    row = AuditLog.get()
    # the model refuses...
    row.note = "tampered"
    with pytest.raises(PermissionDenied):
        row.save()
    with pytest.raises(PermissionDenied):
        row.delete_instance()
    # ...and so does the database, for any query the program could send
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        AuditLog.update(note="tampered").execute()
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        AuditLog.delete().execute()
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        dbmod.database.execute_sql("UPDATE audit_log SET username = 'someone'")
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        dbmod.database.execute_sql("DELETE FROM audit_log")
    fresh = AuditLog.get()
    assert (fresh.note, fresh.username, AuditLog.select().count()) == ("", "system", 1)
    assert "audit_log" in dbmod.append_only_tables()


def test_rows_name_the_logged_in_user_and_the_changes(ctx):
    session.set_current(user("lin", "receptionist"))
    audit.log("edit", "visit", 7, audit.diff({"phone": "13800138000", "plate": ""}, {"phone": "13900139000", "plate": ""}))
    row = AuditLog.get()
    assert row.username == "lin" and row.record_id == "7"
    assert audit.describe_changes(row.changes) == "phone: 13800138000 → 13900139000"


def test_settings_change_is_audited(ctx):
    settings.set_many({"accounts.idle_lock_minutes": 3})
    row = AuditLog.get(AuditLog.action == "settings")
    assert row.record_id == "accounts.idle_lock_minutes" and "[10, 3]" in row.changes


def test_viewer_needs_a_manager_and_filters(ctx):
    session.set_current(user("zhou", "manager"))
    audit.log("create", "complaint", "TS-2026-0001")
    audit.log("status", "complaint", "TS-2026-0001", {"status": ["received", "handled"]})
    audit.log("export", "visitors", "", note="visits.xlsx")
    session.set_current(user("lin", "receptionist"))
    with pytest.raises(PermissionDenied):
        audit.search(audit.AuditFilter())
    audit.log("print", "complaint", "TS-2026-0002")
    session.set_current(User.get(User.username == "zhou"))
    f = audit.AuditFilter(record_id="TS-2026-0001")
    assert [r.action for r in audit.search(f)] == ["status", "create"]  # newest first
    assert audit.count(audit.AuditFilter(username="lin")) == 1
    assert audit.count(audit.AuditFilter(action="export")) == 1
    assert audit.count(audit.AuditFilter(record_type="complaint")) == 3
    today = dt.date.today()
    assert audit.count(audit.AuditFilter(date_from=today, date_to=today)) == 4
    assert audit.count(audit.AuditFilter(date_to=today - dt.timedelta(days=1))) == 0
    assert audit.search(audit.AuditFilter(), offset=1, limit=2)[0].action == "export"


def test_export_reads_back_and_is_itself_audited(ctx, tmp_path):
    session.set_current(user("zhou", "manager"))
    audit.log("edit", "customer", "KH-2026-00001", {"grade": ["C", "A"]}, note="=HYPERLINK(\"x\")")
    out = audit.export_xlsx(audit.AuditFilter(record_type="customer"), tmp_path / "trail.xlsx")
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "Audit trail"
    assert rows[1][:3] == ("Time", "User", "Action")
    assert rows[2][1:6] == ("zhou", "Edited", "Customer file", "KH-2026-00001", "grade: C → A")
    assert rows[2][6] == '=HYPERLINK("x")'  # text, not a formula
    exported = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert (exported.action, exported.record_type, exported.username) == ("export", "audit", "zhou")
    session.set_current(User.get(User.username == "zhou"))
    session.set_current(user("lin", "receptionist"))
    with pytest.raises(PermissionDenied):
        audit.export_xlsx(audit.AuditFilter(), tmp_path / "nope.xlsx")
    assert not (tmp_path / "nope.xlsx").exists()


def test_schema_fixture_carries_the_protection(tmp_path):
    import shutil
    from pathlib import Path

    from salesdesk import startup

    copy = tmp_path / "v1.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema_v1.db", copy)
    startup.open_data(tmp_path, database=str(copy), lang="en")
    try:
        assert "audit_log" in dbmod.append_only_tables()
    finally:
        dbmod.close_database()

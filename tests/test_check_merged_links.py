"""`salesdesk check` reports records still linked to merged-away customer files (a warning,
not damage) and `check --relink` moves them to the kept file."""
from __future__ import annotations

import datetime as dt

from salesdesk import accounts, customer_duplicates, customers, session, startup
from salesdesk.models import db as dbmod
from salesdesk.models.customers import ContactRecord
from tests.test_cli import run


def test_check_warns_about_links_to_merged_files_and_relinks_them(tmp_path):
    d = ["--data-dir", str(tmp_path), "--lang", "en"]
    startup.open_data(tmp_path, lang="en")
    try:
        keep = customers.create("张三", "13800138000")
        gone = customers.create("张三", "13800138001")
        customer_duplicates.merge(keep, gone)
        assert customer_duplicates.orphans() == {}
        # a register that wrote a link to the merged-away file afterwards (the case check looks for)
        ContactRecord.create(customer=gone.id, contact_date=dt.datetime.now(), content="回访")
        assert customer_duplicates.orphans() == {"contact_record": 1}
        accounts.create_first_admin("root", "管理员", "Admin-Pass-2026!")
        accounts.create_user(accounts.UserForm("boss", "王经理", "manager"), "Geheim-2026!")
        accounts.create_user(accounts.UserForm("desk", "前台", "receptionist"), "Desk-Pass-2026!")
    finally:
        session.set_current(None)
        dbmod.close_database()
    out = run(*d, "check")
    assert out.returncode == 0, out.stderr  # the database itself is sound
    assert "Warning: 1 record(s) are still linked to customer files that were merged" in out.stdout
    assert "contact_record: 1" in out.stdout and "check --relink" in out.stdout
    assert out.stdout.strip().endswith("OK: the database is sound; 1 warning(s) above.")
    out = run(*d, "check", "--relink")
    assert out.returncode == 1 and "--user NAME" in out.stderr
    out = run(*d, "--user", "desk", "--password-stdin", "check", "--relink", input="Desk-Pass-2026!\n")
    assert out.returncode == 1 and "not allowed to merge customer files" in out.stderr
    out = run(*d, "--user", "boss", "--password-stdin", "check", "--relink", input="Geheim-2026!\n")
    assert out.returncode == 0, out.stderr
    assert "Moved 1 record(s) to the kept customer files (contact_record: 1)." in out.stdout
    assert out.stdout.strip().endswith("OK")
    startup.open_data(tmp_path, lang="en")
    try:
        assert customer_duplicates.orphans() == {}
        assert ContactRecord.get().customer_id == keep.id
    finally:
        dbmod.close_database()
    out = run("--data-dir", str(tmp_path), "--lang", "zh_CN", "check")
    assert out.returncode == 0 and out.stdout.strip().endswith("OK")

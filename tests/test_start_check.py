"""The window's start-up check runs beside the login and the main window: nothing
writes until it has passed, and a damaged file found that way is never written into."""
from pathlib import Path

import pytest

from salesdesk import accounts, customers, session, startup
from salesdesk.errors import DamagedDatabaseError
from salesdesk.models import db as dbmod
from salesdesk.models.audit import AuditLog
from salesdesk.models.customers import Customer
from tests.test_integrity import make_db_with_customers, wreck_table_pages


@pytest.fixture
def sound_db(tmp_path) -> Path:
    data = tmp_path / "d"
    startup.open_data(data, lang="en")
    accounts.create_first_admin("boss", "老板", "boss-pass-2026")
    session.set_current(None)
    for i in range(300):
        customers.create(f"客户{i:04d}", notes="档案备注 " * 40)
    dbmod.close_database()
    return data


def test_a_wal_file_is_checked_in_the_background_and_writes_wait_for_it(sound_db):
    startup.open_data(sound_db, lang="en", check_in_background=True)
    try:
        check = dbmod.start_check()
        assert check is not None  # the window does not wait for it
        order = []
        dbmod.when_sound(lambda: order.append("queued"))
        created = customers.create("检查后的客户")  # waits for the verdict, then the queued write, then this
        order.append("create")
        assert order == ["queued", "create"]
        assert dbmod.start_check() is None and check.problems == []
        assert Customer.get_by_id(created.id).name == "检查后的客户"
        dbmod.when_sound(lambda: order.append("now"))  # nothing pending any more: at once
        assert order[-1] == "now"
    finally:
        dbmod.close_database()


def test_the_login_audit_row_is_written_once_the_check_passed(sound_db):
    startup.open_data(sound_db, lang="en", check_in_background=True)
    try:
        before = AuditLog.select().where(AuditLog.action == "login").count()
        user = accounts.login("boss", "boss-pass-2026")  # the desk is not held up by the check
        assert session.current() == user
        dbmod.wait_sound()
        rows = list(AuditLog.select().where(AuditLog.action == "login"))
        assert len(rows) == before + 1 and rows[-1].username == "boss"
    finally:
        session.set_current(None)
        dbmod.close_database()


def test_a_damaged_file_found_in_the_background_is_never_written(tmp_path):
    db = make_db_with_customers(tmp_path / "d")
    wreck_table_pages(db)
    before = db.read_bytes()
    try:
        startup.open_data(tmp_path / "d", lang="en", check_in_background=True)
    except DamagedDatabaseError:
        pytest.fail("the schema pages are sound: opening must not wait for the check")
    try:
        ran = []
        dbmod.when_sound(lambda: ran.append(1))
        with pytest.raises(DamagedDatabaseError) as err:
            customers.create("不应写入")
        assert "damaged" in str(err.value) and str(db) in str(err.value)
        with pytest.raises(DamagedDatabaseError):
            dbmod.backup_to(tmp_path / "copy.db")  # no "good backup" of a damaged file either
        assert ran == [] and not (tmp_path / "copy.db").exists()
    finally:
        dbmod.close_database()
    assert db.read_bytes() == before


def test_other_files_are_checked_before_anything_else(tmp_path):
    """A new file (not yet in WAL mode) is checked at once: switching it to WAL rewrites its header."""
    startup.open_data(tmp_path / "new", lang="en", check_in_background=True)
    try:
        assert dbmod.start_check() is None
    finally:
        dbmod.close_database()


def test_the_window_closes_and_says_why_when_the_check_fails(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialog, QMainWindow

    from salesdesk.ui.recovery import StartCheckWatch

    db = make_db_with_customers(tmp_path / "d")
    wreck_table_pages(db)
    startup.open_data(tmp_path / "d", lang="en", check_in_background=True)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        dialog = QDialog(window)  # e.g. a form the receptionist opened at once
        dialog.show()
        watch = StartCheckWatch()
        qtbot.waitUntil(lambda: watch.damaged is not None, timeout=20000)
        assert "damaged" in str(watch.damaged)
        assert not window.isVisible() and not dialog.isVisible()
    finally:
        dbmod.close_database()


def test_the_watch_makes_the_queued_writes_when_the_check_passes(qtbot, sound_db):
    from salesdesk.ui.recovery import StartCheckWatch

    startup.open_data(sound_db, lang="en", check_in_background=True)
    try:
        accounts.login("boss", "boss-pass-2026")
        watch = StartCheckWatch()
        qtbot.waitUntil(lambda: dbmod.start_check() is None, timeout=20000)
        assert watch.damaged is None
        assert AuditLog.select().where((AuditLog.action == "login") & (AuditLog.username == "boss")).exists()
    finally:
        session.set_current(None)
        dbmod.close_database()

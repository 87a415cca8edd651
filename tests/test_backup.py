"""Backups and restore as the desk relies on them: copies that open, restores that
check first, keep the current database and swap even while it is open."""
import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from salesdesk import backup, customers, instance, session, settings, startup
from salesdesk.errors import SalesDeskError
from salesdesk.models import db as dbmod
from salesdesk.models import migrations
from salesdesk.models.audit import AuditLog
from salesdesk.models.customers import Customer

ROOT = Path(__file__).resolve().parent.parent


def names() -> list[str]:
    return sorted(c.name for c in Customer.select())


def rows_in(path: Path, table: str = "customer") -> list[str]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return sorted(r[0] for r in con.execute(f"select name from {table}"))
    finally:
        con.close()


def test_backup_is_a_complete_self_contained_copy(ctx):
    customers.create("张伟", "13800138000")
    customers.create("李娜")
    path = backup.back_up(ctx.data_dir, "manual")
    assert path.parent == ctx.data_dir / "backups"
    assert path.name.startswith("salesdesk-") and path.name.endswith("-manual.db")
    assert not list(path.parent.glob("*-wal")) and not list(path.parent.glob("*.part"))
    assert rows_in(path) == ["张伟", "李娜"]
    report = dbmod.examine_file(path, full=True)
    assert report.problems == [] and report.version == migrations.LATEST
    # the live database keeps working after the copy
    customers.create("王芳")
    assert names() == ["张伟", "李娜", "王芳"]


def test_backup_taken_while_another_connection_writes(ctx):
    """The online backup API gives a consistent snapshot even with an open writer."""
    customers.create("甲")
    other = sqlite3.connect(str(ctx.db_path), timeout=10)
    other.execute("insert into setting(key, value) values ('x', '\"1\"')")
    other.commit()
    path = backup.back_up(ctx.data_dir, "manual")
    other.close()
    assert dbmod.examine_file(path).problems == []
    con = sqlite3.connect(path)
    assert con.execute("select value from setting where key='x'").fetchone() == ('"1"',)
    con.close()


def test_keep_last_n_regular_backups_but_never_safety_copies(ctx):
    settings.set("backup.keep", 3)
    folder = ctx.data_dir / "backups"
    folder.mkdir(parents=True)
    for day in range(1, 7):
        (folder / f"salesdesk-202601{day:02d}-090000-daily.db").write_bytes(b"old")
    (folder / "salesdesk-20250101-090000-before-restore.db").write_bytes(b"keep me")
    (folder / "other-20250101-090000-daily.db").write_bytes(b"another database's backup")
    newest = backup.back_up(ctx.data_dir, "exit")
    left = sorted(p.name for p in folder.iterdir())
    assert left == ["other-20250101-090000-daily.db", "salesdesk-20250101-090000-before-restore.db",
                    "salesdesk-20260105-090000-daily.db", "salesdesk-20260106-090000-daily.db", newest.name]


def test_keep_setting_is_validated(ctx):
    with pytest.raises(SalesDeskError, match="from 1 to"):
        settings.set_many({"backup.keep": 0})
    assert settings.get("backup.keep") == 14


def test_daily_backup_once_a_day(ctx):
    first = backup.daily_backup(ctx.data_dir)
    assert first is not None and first.name.endswith("-daily.db")
    assert backup.daily_backup(ctx.data_dir) is None  # already one today
    assert backup.daily_backup_due(ctx.data_dir, ctx.db_path, dt.date.today() + dt.timedelta(days=1))


def test_two_backups_in_one_second_do_not_overwrite(ctx):
    a = backup.back_up(ctx.data_dir, "manual")
    b = backup.back_up(ctx.data_dir, "manual")
    assert a != b and a.is_file() and b.is_file()


def test_back_up_to_a_chosen_file_or_folder(ctx, tmp_path):
    customers.create("赵敏")
    out = backup.back_up_to(tmp_path / "usb" / "copy")
    assert out == tmp_path / "usb" / "copy.db" and rows_in(out) == ["赵敏"]
    into_folder = backup.back_up_to(tmp_path / "usb")
    assert into_folder.parent == tmp_path / "usb" and rows_in(into_folder) == ["赵敏"]
    with pytest.raises(SalesDeskError, match="the database itself"):
        backup.back_up_to(ctx.db_path)


def test_restore_over_the_open_database(ctx):
    customers.create("昨天的客户")
    yesterday = backup.back_up(ctx.data_dir, "daily")
    customers.create("今天的客户")
    new_ctx, result = backup.restore_open(ctx, yesterday)
    # the window's database now holds yesterday's data, and works
    assert names() == ["昨天的客户"]
    customers.create("恢复后新建")
    assert names() == ["恢复后新建", "昨天的客户"]
    # the database as it was before the restore is kept
    assert result.safety_copy is not None and result.safety_copy.name.endswith("-before-restore.db")
    assert rows_in(result.safety_copy) == ["今天的客户", "昨天的客户"]
    # the restore is on record in the restored database
    entry = AuditLog.select().where(AuditLog.action == "restore").get()
    assert str(yesterday) in entry.note
    assert new_ctx.db_path == ctx.db_path
    assert backup.list_backups(ctx.data_dir, ctx.db_path)[0].kind in ("before-restore", "daily")
    assert dbmod.integrity_check(quick=False) == []


def test_restore_can_be_undone_with_the_safety_copy(ctx):
    customers.create("A")
    a = backup.back_up(ctx.data_dir, "manual")
    customers.create("B")
    ctx2, result = backup.restore_open(ctx, a)
    assert names() == ["A"]
    backup.restore_open(ctx2, result.safety_copy)
    assert names() == ["A", "B"]


def test_restore_refuses_a_file_that_is_not_sqlite(ctx, tmp_path):
    customers.create("保留")
    bad = tmp_path / "notes.db"
    bad.write_text("hello, this is a text file" * 50)
    with pytest.raises(backup.RestoreRefused, match="not a SalesDesk database.*Nothing was changed"):
        backup.restore_open(ctx, bad)
    assert names() == ["保留"]
    assert not list(ctx.data_dir.rglob("*before-restore*"))
    assert not list(ctx.db_path.parent.glob(".restore-*"))


def test_restore_refuses_another_programs_sqlite_file(ctx, tmp_path):
    other = tmp_path / "invoices.db"
    con = sqlite3.connect(other)
    con.execute("create table invoice (id integer primary key, amount real)")
    con.commit()
    con.close()
    with pytest.raises(backup.RestoreRefused, match="SQLite database but not a SalesDesk database"):
        backup.restore_open(ctx, other)
    assert Customer.select().count() == 0  # still our database, still open


def test_restore_refuses_a_corrupt_backup(ctx, tmp_path):
    for i in range(300):
        customers.create(f"客户{i:03d}", notes="备注" * 200)
    good = backup.back_up(ctx.data_dir, "manual")
    corrupt = tmp_path / "corrupt.db"
    data = bytearray(good.read_bytes())
    page = 4096
    for p in range(3, len(data) // page - 1, 2):  # wreck every other page past the schema
        data[p * page + 8:p * page + 200] = os.urandom(192)
    corrupt.write_bytes(bytes(data))
    with pytest.raises(backup.RestoreRefused, match="damaged"):
        backup.restore_open(ctx, corrupt)
    assert Customer.select().count() == 300
    assert dbmod.integrity_check(quick=False) == []
    assert not list((ctx.data_dir / "backups").glob("*before-restore*"))


def test_restore_refuses_a_newer_schema(ctx, tmp_path):
    newer = backup.back_up_to(tmp_path / "newer.db")
    con = sqlite3.connect(newer)
    con.execute("update schema_info set version = ?", (migrations.LATEST + 5,))
    con.commit()
    con.close()
    with pytest.raises(backup.RestoreRefused, match="newer SalesDesk"):
        backup.restore_open(ctx, newer)


def test_restore_of_an_older_schema_upgrades_it(ctx, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(ROOT / "tests" / "fixtures" / "schema_v1.db", old)
    _ctx, result = backup.restore_open(ctx, old)
    assert result.checked.version == 1
    from salesdesk.models.meta import SchemaInfo

    assert SchemaInfo.get().version == migrations.LATEST


def test_restore_of_a_backup_with_its_write_ahead_log(ctx, tmp_path):
    """A copy of a live database (file + -wal) restores with the logged rows."""
    src = tmp_path / "live.db"
    con = sqlite3.connect(src)
    con.close()
    shutil.copy(ctx.db_path, src)
    con = sqlite3.connect(src)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("insert into setting(key, value) values ('office.name', '\"日志里的名字\"')")
    con.commit()
    shutil.copy(src, tmp_path / "copy.db")
    shutil.copy(str(src) + "-wal", str(tmp_path / "copy.db") + "-wal")
    con.close()
    backup.restore_open(ctx, tmp_path / "copy.db")
    assert settings.get("office.name") == "日志里的名字"


def test_restore_is_refused_while_another_window_uses_the_database(ctx, tmp_path):
    a = backup.back_up(ctx.data_dir, "manual")
    holder = subprocess.Popen([sys.executable, "-c", "import sys,time; from salesdesk import instance; "
                               "p = instance.Presence(sys.argv[1]); p.announce('front-desk'); print('ready', flush=True); "
                               "sys.stdin.readline(); p.release()", str(ctx.db_path)],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(backup.RestoreRefused, match="open in SalesDesk on .*front-desk"):
            backup.restore_open(ctx, a)
    finally:
        holder.communicate("\n", timeout=30)
    assert instance.others(ctx.db_path) == []
    backup.restore_open(ctx, a)  # once it is closed there, the restore goes through


def test_restore_needs_permission(ctx):
    a = backup.back_up(ctx.data_dir, "manual")

    class Clerk:
        username = "reception1"
        role = "receptionist"

    session.set_current(Clerk())
    try:
        with pytest.raises(SalesDeskError, match="not allowed"):
            backup.restore_open(ctx, a)
    finally:
        session.set_current(None)


def test_restore_into_a_closed_database_file(ctx, tmp_path):
    """The command line and the damaged-database dialog restore without opening the file first."""
    customers.create("备份里的")
    a = backup.back_up(ctx.data_dir, "manual")
    customers.create("后来的")
    dbmod.close_database()
    result = backup.restore_file(a, ctx.db_path, ctx.data_dir)
    assert rows_in(ctx.db_path) == ["备份里的"]
    assert rows_in(result.safety_copy) == sorted(["备份里的", "后来的"])
    startup.open_data(ctx.data_dir, lang="en")
    assert names() == ["备份里的"]


def test_latest_good_backup_skips_damaged_ones(ctx):
    customers.create("好的")
    good = backup.back_up(ctx.data_dir, "daily")
    bad = ctx.data_dir / "backups" / "salesdesk-29990101-000000-daily.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    found = backup.latest_good_backup(ctx.data_dir, ctx.db_path)
    assert found is not None and found[0].path == good
    assert "1 customer files" in found[1].describe()


def run_cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "salesdesk", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, input=stdin)


def test_command_line_backup_and_restore(tmp_path):
    d = str(tmp_path / "d")
    startup.open_data(d, lang="en")
    customers.create("命令行客户")
    dbmod.close_database()
    out = run_cli("--data-dir", d, "--lang", "en", "backup", "-o", str(tmp_path / "copy.db"))
    assert out.returncode == 0 and "Backup written" in out.stdout, out.stderr
    out = run_cli("--data-dir", d, "--lang", "en", "backup")
    assert out.returncode == 0 and str(tmp_path / "d" / "backups") in out.stdout
    startup.open_data(d, lang="en")
    customers.create("之后的客户")
    dbmod.close_database()
    out = run_cli("--data-dir", d, "--lang", "en", "restore", "--check-only", str(tmp_path / "copy.db"))
    assert out.returncode == 0 and "OK" in out.stdout and "1 customer files" in out.stdout
    out = run_cli("--data-dir", d, "--lang", "en", "restore", str(tmp_path / "copy.db"))
    assert out.returncode == 0, out.stderr
    assert "Restored" in out.stdout and "before-restore" in out.stdout
    startup.open_data(d, lang="en")
    assert names() == ["命令行客户"]
    dbmod.close_database()


def test_command_line_restore_refusals(tmp_path):
    d = str(tmp_path / "d")
    startup.open_data(d, lang="en")
    dbmod.close_database()
    (tmp_path / "x.db").write_text("garbage")
    out = run_cli("--data-dir", d, "--lang", "en", "restore", str(tmp_path / "x.db"))
    assert out.returncode == 1 and "not a SalesDesk database" in out.stderr and "Nothing was changed" in out.stderr
    out = run_cli("--data-dir", d, "--lang", "en", "restore", str(tmp_path / "missing.db"))
    assert out.returncode == 1 and "does not exist" in out.stderr
    assert "Traceback" not in out.stderr


def test_command_line_restore_needs_a_manager_once_accounts_exist(tmp_path):
    from salesdesk import accounts

    d = str(tmp_path / "d")
    startup.open_data(d, lang="en")
    copy = backup.back_up_to(tmp_path / "copy.db")
    accounts.create_first_admin("root", "管理员", "Admin-Pass-2026!")
    accounts.create_user(accounts.UserForm("boss", "王经理", "manager"), "Geheim-2026!")
    accounts.create_user(accounts.UserForm("desk", "前台", "receptionist"), "Desk-Pass-2026!")
    dbmod.close_database()
    out = run_cli("--data-dir", d, "--lang", "en", "restore", str(copy))
    assert out.returncode == 1 and "--user" in out.stderr
    out = run_cli("--data-dir", d, "--lang", "en", "--user", "desk", "--password-stdin", "restore", str(copy), stdin="Desk-Pass-2026!\n")
    assert out.returncode == 1 and "not allowed" in out.stderr
    out = run_cli("--data-dir", d, "--lang", "en", "--user", "boss", "--password-stdin", "restore", str(copy), stdin="Geheim-2026!\n")
    assert out.returncode == 0, out.stderr
    startup.open_data(d, lang="en")
    from salesdesk.models.audit import AuditLog

    assert AuditLog.get(AuditLog.action == "restore").username == "boss"
    dbmod.close_database()


def test_command_line_backup_to_a_file_needs_a_manager_once_accounts_exist(tmp_path):
    from salesdesk import accounts
    from salesdesk.models.audit import AuditLog

    d = str(tmp_path / "d")
    startup.open_data(d, lang="en")
    customers.create("备份客户", "13800138000")
    accounts.create_first_admin("root", "管理员", "Admin-Pass-2026!")
    accounts.create_user(accounts.UserForm("boss", "王经理", "manager"), "Geheim-2026!")
    accounts.create_user(accounts.UserForm("desk", "前台", "receptionist"), "Desk-Pass-2026!")
    dbmod.close_database()
    copy = tmp_path / "usb" / "copy.db"
    copy.parent.mkdir()
    out = run_cli("--data-dir", d, "--lang", "en", "backup", "-o", str(copy))
    assert out.returncode == 1 and "--user NAME" in out.stderr and "personal data" in out.stderr, out.stderr
    assert not copy.exists()
    out = run_cli("--data-dir", d, "--lang", "en", "--user", "desk", "--password-stdin", "backup", "-o", str(copy),
                  stdin="Desk-Pass-2026!\n")
    assert out.returncode == 1 and "not allowed to copy the whole database" in out.stderr and not copy.exists()
    out = run_cli("--data-dir", d, "--lang", "en", "backup", "--user", "boss", "--password-stdin", "-o", str(copy),
                  stdin="Geheim-2026!\n")
    assert out.returncode == 0 and copy.is_file(), out.stderr
    # the backups folder, as the window does on exit and daily: no account needed
    out = run_cli("--data-dir", d, "--lang", "en", "backup")
    assert out.returncode == 0 and str(tmp_path / "d" / "backups") in out.stdout, out.stderr
    out = run_cli("--lang", "zh_CN", "--data-dir", d, "backup", "-o", str(copy))
    assert out.returncode == 1 and "--user" in out.stderr and "个人信息" in out.stderr, out.stderr
    startup.open_data(d, lang="en")
    exported = AuditLog.select().where((AuditLog.action == "export") & (AuditLog.record_type == "database"))
    assert [(r.username, r.note) for r in exported] == [("boss", str(copy))]
    dbmod.close_database()


def test_backup_onto_a_full_disk_says_so_and_leaves_no_part_file(ctx, monkeypatch):
    class FullDisk:
        def backup(self, target, *a, **k):
            target.execute("create table half (x)")  # something was written into the .part file...
            raise sqlite3.OperationalError("database or disk is full")  # ...then the disk filled up

    monkeypatch.setattr(dbmod.database.obj, "connection", lambda: FullDisk())
    with pytest.raises(SalesDeskError, match="could not be written to .*free space"):
        backup.back_up(ctx.data_dir, "manual")
    monkeypatch.undo()
    assert list((ctx.data_dir / "backups").iterdir()) == []
    assert backup.back_up(ctx.data_dir, "manual").is_file()  # space freed: works again


def test_restore_runs_the_full_check_even_when_the_quick_one_passes(ctx, tmp_path):
    """An index that no longer matches its table passes SQLite's quick check (used to
    describe a file) but not the full check the restore runs before swapping."""
    for i in range(30):
        customers.create(f"客户{i}")
    bad = backup.back_up_to(tmp_path / "index-damaged.db")
    con = sqlite3.connect(bad)
    con.execute("PRAGMA writable_schema=ON")
    con.execute("""UPDATE sqlite_master SET sql = 'CREATE INDEX "customer_name" ON "customer" ("company")'
                   WHERE name = 'customer_name'""")
    con.commit()
    con.close()
    assert backup.check_backup(bad, tmp_path, full=False).counts["customer"] == 30
    with pytest.raises(backup.RestoreRefused, match="damaged"):
        backup.restore_open(ctx, bad)
    assert Customer.select().count() == 30

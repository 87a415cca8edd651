"""A damaged database: found at start-up, never written into, recovered from a backup."""
import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from salesdesk import backup, customers, startup
from salesdesk.errors import DamagedDatabaseError
from salesdesk.models import db as dbmod
from salesdesk.models.customers import Customer

ROOT = Path(__file__).resolve().parent.parent
PAGE = 4096


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "salesdesk", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def make_db_with_customers(data_dir: Path, n: int = 400) -> Path:
    ctx = startup.open_data(data_dir, lang="en")
    for i in range(n):
        customers.create(f"客户{i:04d}", notes="档案备注 " * 40)
    dbmod.close_database()  # checkpoints the log into the file
    return ctx.db_path


def wreck_table_pages(db: Path) -> None:
    """Scribble over b-tree pages of the customer table, keep the header and schema page:
    the kind of damage a power cut during a write on a cheap disk leaves."""
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    for p in range(pages // 2, pages - 1, 3):
        data[p * PAGE:p * PAGE + 64] = b"\x0d\x00\x00\xff\xff" + b"\xee" * 59
    db.write_bytes(bytes(data))


def test_quick_check_at_start_up_refuses_damaged_file_untouched(tmp_path):
    db = make_db_with_customers(tmp_path / "d")
    wreck_table_pages(db)
    before = db.read_bytes()
    with pytest.raises(DamagedDatabaseError) as err:
        startup.open_data(tmp_path / "d", lang="en")
    assert "damaged" in str(err.value) and str(db) in str(err.value)
    assert "Restore" in str(err.value)
    assert db.read_bytes() == before
    assert not Path(str(db) + "-wal").exists() or Path(str(db) + "-wal").stat().st_size == 0


def test_check_command_runs_the_full_check_and_reports(tmp_path):
    db = make_db_with_customers(tmp_path / "d", 50)
    out = run_cli("--data-dir", str(tmp_path / "d"), "--lang", "en", "check")
    assert out.returncode == 0 and out.stdout.strip().endswith("OK"), out.stderr
    wreck_table_pages(db)
    out = run_cli("--data-dir", str(tmp_path / "d"), "--lang", "en", "check")
    assert out.returncode == 1
    assert "damaged" in out.stderr and "Traceback" not in out.stderr


def test_full_check_finds_index_damage_the_quick_check_skips(tmp_path):
    """quick_check (every start) checks the pages; integrity_check (salesdesk check)
    also compares each index with its table."""
    import sqlite3

    db = make_db_with_customers(tmp_path / "d", 30)
    con = sqlite3.connect(db)
    con.execute("PRAGMA writable_schema=ON")
    con.execute("""UPDATE sqlite_master SET sql = 'CREATE INDEX "customer_name" ON "customer" ("company")'
                   WHERE name = 'customer_name'""")
    con.commit()
    con.close()
    startup.open_data(tmp_path / "d", lang="en")  # opens: the pages are sound
    try:
        assert dbmod.integrity_check(quick=True) == []
        assert dbmod.integrity_check(quick=False)  # but the index no longer matches the rows
    finally:
        dbmod.close_database()
    out = run_cli("--data-dir", str(tmp_path / "d"), "--lang", "en", "check")
    assert out.returncode == 1 and "problem" in out.stderr


def _args(data_dir: Path) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), database=None, lang="en", self_test=False)


def test_recovery_dialog_restores_the_latest_good_backup(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from salesdesk.ui import recovery

    data = tmp_path / "d"
    startup.open_data(data, lang="en")
    customers.create("备份前的客户")
    good = backup.back_up(data, "daily")
    customers.create("备份后的客户")
    dbmod.close_database()
    db = data / "salesdesk.db"
    damaged = make_db_with_customers(data, 300)
    wreck_table_pages(damaged)
    damaged_bytes = damaged.read_bytes()
    with pytest.raises(DamagedDatabaseError) as err:
        startup.open_data(data, lang="en")

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))

    def press(parent, title, text, detail, buttons):
        shown.append(detail)
        assert [b[0] for b in buttons] == ["latest", "other", "quit"]
        return "latest"

    ctx = recovery.recover(_args(data), err.value, ask=press)
    try:
        assert ctx is not None
        assert "latest good backup is from" in shown[0] and "1 customer files" in shown[0]
        assert [c.name for c in Customer.select()] == ["备份前的客户"]
        assert "Restored from" in shown[1] and str(good) in shown[1]
        copies = list((data / "backups").glob("salesdesk-*-before-restore.db"))
        assert len(copies) == 1 and copies[0].read_bytes() == damaged_bytes  # the damaged file, byte for byte
        assert db.is_file()
    finally:
        dbmod.close_database()


def test_recovery_without_backup_quits_and_leaves_the_file(qapp, tmp_path):
    from salesdesk.ui import recovery

    db = make_db_with_customers(tmp_path / "d", 300)
    wreck_table_pages(db)
    before = db.read_bytes()
    with pytest.raises(DamagedDatabaseError) as err:
        startup.open_data(tmp_path / "d", lang="en")
    seen = []

    def press(parent, title, text, detail, buttons):
        seen.append((detail, [b[0] for b in buttons]))
        return "quit"

    assert recovery.recover(_args(tmp_path / "d"), err.value, ask=press) is None
    assert "No good backup was found" in seen[0][0] and seen[0][1] == ["other", "quit"]
    assert db.read_bytes() == before


def test_recovery_refuses_a_bad_chosen_file_and_asks_again(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from salesdesk.ui import recovery

    db = make_db_with_customers(tmp_path / "d", 300)
    wreck_table_pages(db)
    with pytest.raises(DamagedDatabaseError) as err:
        startup.open_data(tmp_path / "d", lang="en")
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    answers = iter(["other", "quit"])
    assert recovery.recover(_args(tmp_path / "d"), err.value, ask=lambda *a: next(answers),
                            choose_file=lambda: str(junk)) is None
    assert "not a SalesDesk database" in warnings[0]


def test_window_start_on_damaged_database_does_not_crash(tmp_path):
    db = make_db_with_customers(tmp_path / "d", 300)
    wreck_table_pages(db)
    before = db.read_bytes()
    out = subprocess.run([sys.executable, "-m", "salesdesk", "--data-dir", str(tmp_path / "d"), "--lang", "en", "--self-test"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 1
    assert "damaged" in out.stderr and "Traceback" not in out.stderr
    assert db.read_bytes() == before

"""Two SalesDesk programs on one database: told about each other, writes wait for
each other, a write still locked after the busy timeout is a clear message, numbers
stay unique, and a crashed first program never blocks the second."""
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import peewee
import pytest

from salesdesk import customers, instance, startup
from salesdesk.models import db as dbmod
from salesdesk.models.customers import Customer

ROOT = Path(__file__).resolve().parent.parent

HOLD_PRESENCE = """
import sys
from salesdesk import instance
p = instance.Presence(sys.argv[1])
p.announce("reception-pc-1")
print("ready", flush=True)
sys.stdin.readline()
p.release()
"""

HOLD_WRITE_LOCK = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("insert into setting(key, value) values ('held', '1')")
print("locked", flush=True)
sys.stdin.readline()
con.execute("COMMIT")
con.close()
"""

CREATE_CUSTOMERS = """
import sys
from salesdesk import customers, startup
startup.open_data(database=sys.argv[1], lang="en")
for i in range(int(sys.argv[3])):
    customers.create(f"{sys.argv[2]}-{i}")
print("done", flush=True)
"""


def spawn(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_second_instance_is_told_and_a_crashed_first_does_not_block(ctx):
    first = spawn(HOLD_PRESENCE, str(ctx.db_path))
    try:
        assert first.stdout.readline().strip() == "ready"
        me = instance.Presence(ctx.db_path)
        others = me.announce()
        assert [(o.user, o.pid) for o in others] == [("reception-pc-1", first.pid)]
        os.kill(first.pid, signal.SIGKILL)  # the first program crashes: its marker stays behind
        first.wait(30)
        assert instance.marker_dir(ctx.db_path).joinpath(f"{instance._host()}-{first.pid}.json").exists()
        assert me.others() == []  # ...but it no longer counts, and is cleaned up
        assert not instance.marker_dir(ctx.db_path).joinpath(f"{instance._host()}-{first.pid}.json").exists()
        me.release()
        assert not instance.marker_dir(ctx.db_path).exists()
    finally:
        if first.poll() is None:
            first.kill()
        first.wait(30)


def _foreign_marker(db_path: Path, host: str, age_s: float) -> Path:
    folder = instance.marker_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / f"{host}-4242.json"
    marker.write_text(json.dumps({"host": host, "pid": 4242, "user": "xiaolin", "started": "2026-03-05T08:30:00"}))
    t = time.time() - age_s
    os.utime(marker, (t, t))
    return marker


def test_other_pc_counts_while_its_heartbeat_is_fresh(ctx):
    marker = _foreign_marker(ctx.db_path, "FRONT-DESK-PC", 5)
    others = instance.others(ctx.db_path)
    assert [(o.host, o.user) for o in others] == [("FRONT-DESK-PC", "xiaolin")]
    t = time.time() - instance.STALE_S - 5  # that PC lost power: no heartbeat since
    os.utime(marker, (t, t))
    assert instance.others(ctx.db_path) == []
    assert not marker.exists()


def test_heartbeat_keeps_our_marker_fresh(ctx):
    me = instance.Presence(ctx.db_path)
    me.announce()
    old = time.time() - 1000
    os.utime(me.marker, (old, old))
    me.beat()
    assert time.time() - me.marker.stat().st_mtime < instance.STALE_S
    me.marker.unlink()
    me.beat()  # removed by someone: written again
    assert me.marker.exists()
    me.release()


def test_window_start_tells_about_the_other_instance(qapp, ctx):
    from salesdesk.ui import recovery

    _foreign_marker(ctx.db_path, "MANAGER-PC", 1)
    asked = []

    def quit_(parent, title, text, detail, buttons):
        asked.append(detail)
        return "quit"

    go_on, presence = recovery.announce(ctx, ask=quit_)
    assert (go_on, presence) == (False, None)
    assert "xiaolin on MANAGER-PC" in asked[0] and "since 2026-03-05 08:30:00" in asked[0]
    # our marker was withdrawn; the other one stays
    assert [m.name for m in instance.marker_dir(ctx.db_path).iterdir()] == ["MANAGER-PC-4242.json"]
    go_on, presence = recovery.announce(ctx, ask=lambda *a: "open")
    assert go_on and presence.marker.exists()
    presence.release()


def test_a_write_waits_for_the_other_writer(ctx):
    holder = spawn(HOLD_WRITE_LOCK, str(ctx.db_path))
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = {}

        def write():
            try:
                result["customer"] = customers.create("排队等待的客户").file_no
            except Exception as exc:  # noqa: BLE001
                result["error"] = exc

        t = threading.Thread(target=write)
        t.start()
        t.join(0.5)
        assert t.is_alive(), "the write should be waiting for the lock"
        holder.stdin.write("\n")
        holder.stdin.flush()
        t.join(60)
        assert "error" not in result, result.get("error")
        assert result["customer"].startswith("KH-")
    finally:
        holder.communicate(timeout=30)
    assert Customer.select().count() == 1


def test_still_locked_after_the_busy_timeout_is_a_clear_message(ctx, monkeypatch):
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 0.3)
    startup.open_data(ctx.data_dir, lang="en")
    holder = spawn(HOLD_WRITE_LOCK, str(ctx.db_path))
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(peewee.OperationalError, match="locked") as err:
            customers.create("等不及的客户")
        message = str(dbmod.translate_error(err.value, ctx.db_path))
        assert "busy: another SalesDesk window or PC is writing" in message and str(ctx.db_path) in message
        assert Customer.select().count() == 0  # nothing half-saved
    finally:
        holder.communicate("\n", timeout=30)
    customers.create("稍后重试的客户")  # once the other side is done, it works
    assert Customer.select().count() == 1


def test_locked_write_in_the_window_shows_the_message(qapp, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from salesdesk.ui import bus

    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 0.3)
    startup.open_data(ctx.data_dir, lang="en")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    holder = spawn(HOLD_WRITE_LOCK, str(ctx.db_path))
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert bus.run(None, customers.create, "窗口里的客户", changed="customers") is None
    finally:
        holder.communicate("\n", timeout=30)
    assert len(shown) == 1 and "is busy" in shown[0] and "close the other SalesDesk" in shown[0]


def test_locked_write_on_the_command_line_is_a_clear_message(ctx, monkeypatch, capsys):
    from salesdesk import cli

    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 0.3)
    holder = spawn(HOLD_WRITE_LOCK, str(ctx.db_path))
    try:
        assert holder.stdout.readline().strip() == "locked"
        rc = cli.main(["--data-dir", str(ctx.data_dir), "--lang", "en", "demo", "--customers", "1",
                       "--visitors", "0", "--complaints", "0"])
    finally:
        holder.communicate("\n", timeout=30)
    err = capsys.readouterr().err
    assert rc == 1 and "is busy" in err and "Traceback" not in err


def test_two_programs_creating_files_at_once_get_unique_numbers(ctx):
    dbmod.close_database()
    procs = [spawn(CREATE_CUSTOMERS, str(ctx.db_path), name, "40") for name in ("A", "B")]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0 and out.strip() == "done", err
    startup.open_data(ctx.data_dir, lang="en")
    numbers = [c.file_no for c in Customer.select()]
    assert len(numbers) == 80 and len(set(numbers)) == 80
    assert {c.name.split("-")[0] for c in Customer.select()} == {"A", "B"}


@pytest.mark.qt_no_exception_capture
def test_locked_write_outside_the_bus_becomes_a_message_not_a_crash(qtbot, ctx, monkeypatch):
    """A dialog that calls a service directly (not through bus.run): the window's
    error hook still turns 'database is locked' into the clear message."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from salesdesk.ui import recovery

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 0.3)
    startup.open_data(ctx.data_dir, lang="en")
    recovery.install_error_hook(ctx.data_dir)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    holder = spawn(HOLD_WRITE_LOCK, str(ctx.db_path))
    try:
        assert holder.stdout.readline().strip() == "locked"
        QTimer.singleShot(0, lambda: customers.create("按钮直接保存"))
        qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    finally:
        holder.communicate("\n", timeout=30)
    assert "is busy" in shown[0]
    sys.excepthook(RuntimeError, RuntimeError("boom"), None)
    assert "Unexpected error: boom" in shown[1] and (ctx.data_dir / "salesdesk-error.log").is_file()

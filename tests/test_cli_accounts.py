"""`salesdesk user ...` and --user on commands that change or export data."""
import sqlite3

from tests.test_cli import run


def db_rows(folder, sql):
    con = sqlite3.connect(str(folder / "salesdesk.db"))
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_first_admin_then_users_need_the_admin(tmp_path):
    d = ["--data-dir", str(tmp_path), "--lang", "en"]
    out = run(*d, "user", "add", "lin", "--role", "receptionist", "--password-stdin", input="lin-pass-1\n")
    assert out.returncode == 1 and "create the administrator first" in out.stderr
    out = run(*d, "user", "add", "root", "--role", "admin", "--password-stdin", input="root-pass-1\n")
    assert out.returncode == 0, out.stderr
    # From now on, adding a user needs an administrator's login.
    out = run(*d, "user", "add", "lin", "--role", "receptionist", "--password-stdin", input="lin-pass-1\n")
    assert out.returncode == 1 and "--user" in out.stderr
    out = run(*d, "--user", "root", "--password-stdin", "user", "add", "lin", "--role", "receptionist",
              "--name", "前台小林", "--password-stdin", input="root-pass-1\nlin-pass-1\n")
    assert out.returncode == 0, out.stderr
    out = run(*d, "user", "list")
    assert "lin" in out.stdout and "Receptionist" in out.stdout
    # A receptionist may not reset passwords: same permission as in the window, and recorded.
    out = run(*d, "--user", "lin", "--password-stdin", "user", "reset", "root", "--password-stdin",
              input="lin-pass-1\nhacked-pass-1\n")
    assert out.returncode == 1 and "not allowed" in out.stderr and "Traceback" not in out.stderr
    rows = db_rows(tmp_path, "SELECT username, action, record_id FROM audit_log ORDER BY id")
    assert ("lin", "login", "lin") in rows and ("lin", "command", "user reset") in rows
    assert ("root", "create", "lin") in rows
    # The administrator changes a role and disables an account from the command line.
    out = run(*d, "--user", "root", "--password-stdin", "user", "edit", "lin", "--role", "consultant", "--disable",
              input="root-pass-1\n")
    assert out.returncode == 0, out.stderr
    assert "Sales consultant" in out.stdout and "disabled" in out.stdout
    out = run(*d, "--user", "lin", "--password-stdin", "user", "unlock", "lin", input="lin-pass-1\n")
    assert out.returncode == 1 and "disabled" in out.stderr
    # The password never appears in the database or the trail.
    assert not db_rows(tmp_path, "SELECT 1 FROM user WHERE password_hash LIKE '%lin-pass-1%'")
    assert not db_rows(tmp_path, "SELECT 1 FROM audit_log WHERE changes LIKE '%pass-1%' OR note LIKE '%pass-1%'")


def test_wrong_password_and_lockout_from_the_command_line(tmp_path):
    d = ["--data-dir", str(tmp_path), "--lang", "en"]
    assert run(*d, "user", "add", "root", "--role", "admin", "--password-stdin", input="root-pass-1\n").returncode == 0
    for _ in range(5):
        out = run(*d, "--user", "root", "--password-stdin", "user", "unlock", "root", input="nope\n")
        assert out.returncode == 1
    out = run(*d, "--user", "root", "--password-stdin", "user", "unlock", "root", input="root-pass-1\n")
    assert out.returncode == 1 and "locked until" in out.stderr
    assert "locked until" in run(*d, "user", "list").stdout


def test_short_password_refused(tmp_path):
    out = run("--data-dir", str(tmp_path), "--lang", "en", "user", "add", "root", "--role", "admin",
              "--password-stdin", input="short\n")
    assert out.returncode == 1 and "at least 8" in out.stderr


def test_demo_accounts_then_demo_needs_a_user(tmp_path):
    d = ["--data-dir", str(tmp_path), "--lang", "en"]
    out = run(*d, "demo", "--seed", "1", "--visitors", "5", "--customers", "5", "--complaints", "1")
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stdout.splitlines() if x.strip().startswith("manager "))
    password = line.split()[-1]
    out = run(*d, "demo", "--visitors", "1", "--customers", "1", "--complaints", "0")
    assert out.returncode == 1 and "--user" in out.stderr
    out = run(*d, "--user", "manager", "--password-stdin", "demo", "--visitors", "1", "--customers", "1",
              "--complaints", "0", input=password + "\n")
    assert out.returncode == 0, out.stderr
    assert ("manager", "command", "demo") in db_rows(tmp_path, "SELECT username, action, record_id FROM audit_log")

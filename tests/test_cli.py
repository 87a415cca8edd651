"""The command line as an office would use it: clear messages, exit codes, no tracebacks."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "salesdesk", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, **kw)


def test_version():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("SalesDesk ")


def test_demo_then_check(tmp_path):
    out = run("--data-dir", str(tmp_path), "--lang", "en", "demo", "--seed", "3", "--visitors", "50",
              "--customers", "20", "--complaints", "5")
    assert out.returncode == 0, out.stderr
    assert "Demo data written" in out.stdout
    assert "manager" in out.stdout  # demo accounts are listed with passwords
    assert (tmp_path / "salesdesk.db").is_file()
    out = run("--data-dir", str(tmp_path), "--lang", "en", "check")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("OK")


def test_bad_count_is_a_usage_error():
    out = run("--lang", "en", "demo", "--visitors", "lots")
    assert out.returncode == 2
    assert "'lots' is not a whole number" in out.stderr
    assert "Traceback" not in out.stderr


def test_corrupt_database_message(tmp_path):
    bad = tmp_path / "salesdesk.db"
    bad.write_text("garbage")
    out = run("--data-dir", str(tmp_path), "--lang", "en", "check")
    assert out.returncode == 1
    assert str(bad) in out.stderr and "not a SalesDesk database" in out.stderr
    assert "Traceback" not in out.stderr
    assert bad.read_text() == "garbage"


def test_chinese_messages(tmp_path):
    out = run("--database", "postgresql://x/y", "--lang", "zh_CN", "check")
    assert out.returncode == 1
    assert "无法使用数据库地址" in out.stderr


def test_unknown_language():
    out = run("--lang", "fr", "check")
    assert out.returncode == 2 and "zh_CN" in out.stderr

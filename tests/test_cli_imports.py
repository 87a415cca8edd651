"""The three register imports on the command line: the same options (--rejected; the customer
import's old --report still works) and the same kind of report."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.test_cli import run

ROWS = "日期,姓名,手机,受理时间,投诉内容,XYZ\n2025-03-01,张伟,13800138000,2025-03-01 10:00,漏水,x\n2025-03-01,李娜,12345,2025-03-01 11:00,噪音,y\n"


@pytest.mark.parametrize("kind", ["visitors", "complaints", "customers"])
def test_every_import_prints_the_same_report(tmp_path, kind):
    src = tmp_path / "in.csv"
    src.write_text(ROWS, encoding="utf-8")
    d = ["--data-dir", str(tmp_path / "data"), "--lang", "en"]
    out = run(*d, "import", kind, str(src), "--dry-run")
    assert out.returncode == 1, out.stderr  # a bad row: scripts notice, also on a dry run
    lines = out.stdout.splitlines()
    assert lines[0] == f"Read 2 rows from {src} (header in row 1)."
    assert lines[1].startswith("Columns: ") and "姓名 → " in lines[1] and "手机 → " in lines[1]
    assert any(line.startswith("Ignored columns: ") and "XYZ" in line for line in lines)
    assert any(line.startswith("  row 3, ") for line in lines)
    assert lines[-1].startswith("Dry run: 1 of 2 rows would be imported; 1 rows have errors. Nothing was written.")
    rejected = tmp_path / "rejected.xlsx"
    out = run(*d, "import", kind, str(src), "--skip-bad-rows", "--rejected", str(rejected))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 of 2 rows imported; 1 rows rejected." in out.stdout
    assert out.stdout.rstrip().endswith(f"Rejected rows written to {rejected}")
    rows = list(load_workbook(rejected).active.iter_rows(values_only=True))
    assert rows[-1][0] == 3 and "12345" in rows[-1]  # the bad row, with its sheet row number


def test_customer_import_keeps_the_old_report_option_hidden(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text(ROWS, encoding="utf-8")
    d = ["--data-dir", str(tmp_path / "data"), "--lang", "en"]
    out = run(*d, "import", "customers", str(src), "--skip-bad-rows", "--report", str(tmp_path / "old.csv"))
    assert out.returncode == 0 and (tmp_path / "old.csv").is_file(), out.stdout + out.stderr
    helptext = run("--lang", "en", "import", "customers", "--help").stdout
    assert "--rejected" in helptext and "--report" not in helptext
    out = run("--lang", "zh_CN", "import", "customers", "--help")
    assert "把被拒绝的行及原因写入此文件" in out.stdout

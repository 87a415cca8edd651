"""Importing the visitor log the office kept in Excel/CSV: all or nothing, errors per row."""
import datetime as dt
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook, load_workbook

from salesdesk import customers
from salesdesk.models.accounts import User
from salesdesk.models.visitors import Visit
from salesdesk.visitor_import import import_log

ROOT = Path(__file__).resolve().parent.parent


def old_log(path, rows, title=True):
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append(["湖州御园售楼处 来访登记表"])
        ws.merge_cells("A1:J1")
    ws.append(["日期", "来访时间", "离开时间", "来访人姓名", "工作单位", "手机号码*", "身份证号", "人数", "来访事由", "被访人", "车牌号"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


GOOD = [
    [dt.datetime(2025, 3, 5), "9:30", "10:15", "张三", "杭州万科", 13800138000, "11010519491231002X", 2, "看房", "王置业", "浙A 12345"],
    ["2025/3/5", dt.time(14, 0), None, "李四", "", "+86 139 0013 9000", "", "", "洽谈", "外部顾问", ""],
    ["2025年3月6日", "", "", "王五", "", "", "", 1, "", "", ""],
]


def test_import_maps_headers_links_staff_and_customers(ctx, tmp_path):
    host = User.create(username="s1", display_name="王置业", role="consultant")
    cust = customers.create("张三", "13800138000")
    report = import_log(old_log(tmp_path / "old.xlsx", GOOD))
    assert report.saved and report.imported == 3 and not report.errors
    v = Visit.get(Visit.name == "张三")
    assert (v.time_in, v.time_out, v.status) == (dt.datetime(2025, 3, 5, 9, 30), dt.datetime(2025, 3, 5, 10, 15), "left")
    assert (v.phone, v.plate, v.party_size, v.host_id, v.customer_id, v.source) == ("13800138000", "浙A12345", 2, host.id, cust.id, "import")
    li = Visit.get(Visit.name == "李四")
    assert (li.phone, li.host_id, li.host_name, li.status) == ("13900139000", None, "外部顾问", "not_signed_out")
    assert Visit.get(Visit.name == "王五").time_in == dt.datetime(2025, 3, 6)


def test_one_bad_row_imports_nothing_and_names_the_row(ctx, tmp_path):
    rows = GOOD + [["2025-03-07", "25:99", "", "赵六", "", "12345", "110105194912310021", 0, "", "", "ABC"]]
    report = import_log(old_log(tmp_path / "bad.xlsx", rows))
    assert not report.saved and Visit.select().count() == 0
    fields = {(e.row, e.field) for e in report.errors}
    assert {(6, "time_in"), (6, "phone"), (6, "id_number"), (6, "party_size"), (6, "plate")} <= fields
    assert "row 6" in "\n".join(report.lines())
    skipped = import_log(tmp_path / "bad.xlsx", skip_bad_rows=True)
    assert skipped.imported == 3 and Visit.select().count() == 3


def test_dry_run_writes_nothing(ctx, tmp_path):
    report = import_log(old_log(tmp_path / "old.xlsx", GOOD), dry_run=True)
    assert report.dry_run and not report.saved and Visit.select().count() == 0
    assert "Nothing was written" in report.summary()


def test_csv_in_gbk(ctx, tmp_path):
    p = tmp_path / "old.csv"
    p.write_bytes("姓名,日期,时间,电话\n孙八,2025-04-01,10:05,13300133000\n".encode("gb18030"))
    report = import_log(p)
    assert report.imported == 1
    assert Visit.get().time_in == dt.datetime(2025, 4, 1, 10, 5)


def test_cli_export_and_import(tmp_path):
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    src = old_log(tmp_path / "old.xlsx", GOOD)

    def run(*args):
        return subprocess.run([sys.executable, "-m", "salesdesk", *data, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)

    out = run("import", "visitors", str(src), "--dry-run")
    assert out.returncode == 0 and "Dry run: 3 of 3" in out.stdout, out.stderr
    out = run("import", "visitors", str(src))
    assert out.returncode == 0, out.stderr
    out = run("export", "visitors", "--from", "2025-03-01", "--to", "2025-03-31", "-o", str(tmp_path / "m.xlsx"))
    assert out.returncode == 0 and "Wrote 3 visit(s)" in out.stdout, out.stderr
    ws = load_workbook(tmp_path / "m.xlsx").worksheets[0]
    assert {ws.cell(r, 5).value for r in range(3, ws.max_row + 1)} == {"张三", "李四", "王五"}
    out = run("export", "visitors", "--from", "2025-03-01", "--to", "2025-03-31", "-o", str(tmp_path / "m.pdf"))
    assert out.returncode == 0 and (tmp_path / "m.pdf").stat().st_size > 0
    out = run("export", "visitors", "--from", "2025-03-01", "--to", "2025-03-31", "-o", str(tmp_path / "m.doc"))
    assert out.returncode == 1 and "must end in .xlsx or .pdf" in out.stderr and "Traceback" not in out.stderr


def test_importing_the_visitor_log_needs_the_import_permission(ctx, tmp_path):
    """As for customer lists and the complaint register: a receptionist may check a file
    (dry run) but only a manager or the administrator writes it into the register."""
    import pytest

    from salesdesk import session
    from salesdesk.errors import PermissionDenied

    path = old_log(tmp_path / "old.xlsx", GOOD)
    session.set_current(User.create(username="lin", display_name="前台小林", role="receptionist"))
    try:
        assert import_log(path, dry_run=True).dry_run
        with pytest.raises(PermissionDenied):
            import_log(path)
        assert Visit.select().count() == 0
        session.set_current(User.create(username="zhou", display_name="周经理", role="manager"))
        assert import_log(path).imported == 3
    finally:
        session.set_current(None)


def test_importing_the_same_log_again_is_refused_row_by_row(ctx, tmp_path):
    from salesdesk import visitors

    book = old_log(tmp_path / "old.xlsx", GOOD)
    assert import_log(book).imported == 3
    again = import_log(book)
    assert not again.saved and Visit.select().count() == 3
    assert again.bad_rows == [3, 4, 5] and {e.field for e in again.errors} == {"duplicate"}
    assert "张三's visit of 2025-03-05 09:30 is already in the visitor log" in "\n".join(again.lines())
    rejected = load_workbook(again.write_rejected(tmp_path / "rejected.xlsx")).active
    assert "张三" in [c for r in rejected.iter_rows(values_only=True) for c in r]  # the row's cells are in the report
    # a voided visit is not in the log: its row comes in again
    visitors.void(Visit.get(Visit.name == "王五").id, "entered twice")
    assert import_log(book, skip_bad_rows=True).imported == 1
    assert Visit.select().where(Visit.name == "王五").count() == 2

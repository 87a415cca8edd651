"""Importing a messy customer workbook: the rows, the report, all-or-nothing."""
import csv
import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from salesdesk import customer_import, customer_search, customers
from salesdesk.errors import ValidationError
from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer


def messy_workbook(path):
    """What an office's old list looks like: a merged title, a two-level header with
    merged cells, columns in an unusual order, blank rows, a formula, every way of
    writing dates and phones, a row repeating another, one already on file."""
    wb = Workbook()
    ws = wb.active
    ws.append(["御园 客户一览表（2024）"])
    ws.merge_cells("A1:H1")
    ws.append([None, None, "联系方式", None, None, None, None, None])
    ws.merge_cells("C2:D2")
    ws.append(["备注", "客户姓名*", "手机号码", "办公电话", "出生日期", "置业顾问", "客户状态", "性别"])
    rows = [
        ["老客户介绍", "张三", "138 0013 8000", "0572-2345678", 32937, "王置业", "意向", "男"],          # 4 serial date
        [None] * 8,                                                                                      # 5 blank
        ["=B4&\"的朋友\"", "李四", "+86 139-0013-9000", None, "1985-07-01", None, "潜在", "女"],       # 6 formula note
        [None, "王五", "１３７００１３７０００", None, "1988/3/5", "王置业", "成交", "男"],              # 7 full-width
        [None, "赵六", "12345", None, "1990年3月5日", None, None, None],                                 # 8 bad phone
        [None, "钱七", "13600136000", None, "2024/13/40", None, None, None],                             # 9 bad date
        [None, "张三", "13800138000", None, None, None, None, None],                                     # 10 repeats row 4
        [None, "孙八", "13500135000", None, None, None, None, None],                                     # 11 on file already
        [None, None, None, None, None, None, None, None],                                                # 12 blank
        [None, "周九", "135-0000-1111", None, dt.datetime(1979, 12, 1), "无此人", None, None],          # 13 unknown consultant
        [None, "吴十", "13300133000 / 0572-7654321", None, None, None, "战败", None],                    # 14 two phones
    ]
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


EXPECTED_ERRORS = [  # (row, field, words in the message)
    (8, "phone", "not a valid phone"),
    (9, "birthday", "not a date"),
    (13, "consultant", "no staff member"),
    (10, "duplicate", "same phone or ID number as row 4"),
    (11, "duplicate", "already on file"),
]


@pytest.fixture
def office(ctx):
    User.create(username="sales1", display_name="王置业", role="consultant")
    customers.create("孙八", "13500135000")
    return ctx


def check_report(report):
    got = [(e.row, e.field) for e in report.errors]
    assert got == [(r, f) for r, f, _w in EXPECTED_ERRORS]
    for e, (_r, _f, words) in zip(report.errors, EXPECTED_ERRORS):
        assert words in e.message, (e.row, e.message)
    assert report.total == 9 and report.blank_rows == 2
    assert report.bad_rows == [8, 9, 10, 11, 13]


def test_messy_workbook_maps_its_columns(office, tmp_path):
    plan = customer_import.plan(messy_workbook(tmp_path / "list.xlsx"))
    assert plan.table.header_row == 3
    headers = plan.table.headers
    assert {k: headers[i] for k, i in plan.mapping.items()} == {
        "notes": "备注", "name": "客户姓名*", "phone": "手机号码", "phone2": "办公电话", "birthday": "出生日期",
        "consultant": "置业顾问", "status": "客户状态", "gender": "性别"}
    assert plan.missing == []


def test_nothing_is_imported_while_rows_have_errors(office, tmp_path):
    plan = customer_import.plan(messy_workbook(tmp_path / "list.xlsx"))
    report = customer_import.run(plan)
    check_report(report)
    assert not report.saved and Customer.select().count() == 1
    assert "Nothing was imported" in report.summary()


def test_dry_run_reports_and_writes_nothing(office, tmp_path):
    report = customer_import.run(customer_import.plan(messy_workbook(tmp_path / "list.xlsx")), dry_run=True)
    check_report(report)
    assert Customer.select().count() == 1 and "Dry run: 4 of 9" in report.summary()


def test_good_rows_are_imported_with_clean_values(office, tmp_path):
    steps = []
    report = customer_import.run(customer_import.plan(messy_workbook(tmp_path / "list.xlsx")), skip_bad_rows=True,
                                 progress=lambda d, t: steps.append((d, t)))
    assert report.saved and report.imported == 4 and steps[-1] == (4, 4)
    by_name = {c.name: c for c in Customer.select()}
    zs, ls, ww, wu = by_name["张三"], by_name["李四"], by_name["王五"], by_name["吴十"]
    assert [p.phone for p in customers.phones_of(zs)] == ["13800138000", "0572-2345678"]
    assert zs.birthday == dt.date(1990, 3, 5) and zs.consultant.display_name == "王置业"
    assert (zs.status, zs.gender, zs.notes) == ("interested", "male", "老客户介绍")
    assert [p.phone for p in customers.phones_of(ls)] == ["13900139000"]
    assert ls.birthday == dt.date(1985, 7, 1) and ls.notes == ""  # the formula had no value: never its text
    assert [p.phone for p in customers.phones_of(ww)] == ["13700137000"] and ww.birthday == dt.date(1988, 3, 5)
    assert ww.status == "deal"
    assert [p.phone for p in customers.phones_of(wu)] == ["13300133000", "0572-7654321"]
    assert wu.status == "lost" and wu.lost_at is not None
    assert "钱七" not in by_name and "赵六" not in by_name
    assert len({c.file_no for c in Customer.select()}) == 5
    assert [Customer.get_by_id(i).name for i in customer_search.search_ids("ww")] == ["王五"]


def test_rejected_rows_report_reads_back(office, tmp_path):
    report = customer_import.run(customer_import.plan(messy_workbook(tmp_path / "list.xlsx")), dry_run=True)
    out = report.write_rejected(tmp_path / "rejected.xlsx")
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("Row", "Field", "Problem")
    assert [r[0] for r in rows[1:]] == [8, 9, 13, 10, 11]
    assert "赵六" in rows[1] and "12345" in rows[1]


def test_csv_in_gbk_with_english_headers(office, tmp_path):
    path = tmp_path / "list.csv"
    with open(path, "w", newline="", encoding="gb18030") as fh:
        w = csv.writer(fh)
        w.writerow(["Mobile", "Name", "Company", "Birthday"])
        w.writerow(["13912345678", "陈一", "华为", "2024-03-05"])
        w.writerow(["+8613912345679", "Chen Er", "=cmd|' /C calc'!A0", "3/5/2024"])
    report = customer_import.run(customer_import.plan(path))
    assert report.saved and report.imported == 2, report.lines()
    c = Customer.get(Customer.name == "Chen Er")
    assert c.company == "=cmd|' /C calc'!A0" and c.birthday == dt.date(2024, 3, 5)


def test_a_list_without_a_name_column_is_refused(office, tmp_path):
    wb = Workbook()
    wb.active.append(["手机", "单位"])
    wb.active.append(["13800000000", "x"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(ValidationError) as err:
        customer_import.run(customer_import.plan(tmp_path / "x.xlsx"))
    assert "no column for Name" in str(err.value)

"""Second outside-use pass: files an office really has, fed to the imports; exported
files opened by other programs; the command line misused. Each test pins a bug found
that way (see test_outside_use.py for the first pass)."""
import datetime as dt
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from salesdesk import complaint_import, customer_import, visitor_import
from salesdesk.errors import SalesDeskError
from salesdesk.importing import read_table
from salesdesk.normalize import normalize_phone, parse_date

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run_cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "salesdesk", "--lang", "en", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, **kw)


# --- files that are not what their name says ------------------------------------------------

def test_a_password_protected_workbook_is_named_as_such(tmp_path):
    path = tmp_path / "客户名单.xlsx"
    shutil.copy(FIXTURES / "password_secret.xlsx", path)  # encrypted by Excel's method (password: secret)
    with pytest.raises(SalesDeskError, match="protected with a password"):
        read_table(path, customer_import.SPECS)  # was "cannot be read (File is not a zip file)"


@pytest.mark.parametrize("name,content,words", [
    ("list.xlsx", b"", "is empty (0 bytes)"),
    ("list.csv", b"", "is empty (0 bytes)"),
    ("list.xlsx", "姓名,手机\n张三,13800138000\n".encode(), "text (CSV) file with an Excel name"),
    ("list.xls", b"<html><body><table><tr><td>\xe5\xa7\x93\xe5\x90\x8d</td></tr></table></body></html>", "web page"),
    ("list.xlsx", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504, "old .xls workbook"),  # an .xls renamed
])
def test_a_file_that_is_not_what_its_name_says_gets_a_message_that_says_what_it_is(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SalesDeskError, match=re.escape(words)):
        read_table(path, customer_import.SPECS)


@pytest.mark.parametrize("name", ["list.xls", "list.csv"])
def test_a_real_workbook_saved_under_an_old_or_csv_name_is_read(tmp_path, name):
    wb = Workbook()
    wb.active.append(["姓名", "手机"])
    wb.active.append(["张伟", "13800138000"])
    wb.save(tmp_path / "x.xlsx")
    (tmp_path / "x.xlsx").rename(tmp_path / name)  # WPS and some systems save .xlsx content as "xls"
    table = read_table(tmp_path / name, customer_import.SPECS)
    assert table.headers == ["姓名", "手机"] and table.rows[0][1][:2] == ["张伟", "13800138000"]


def test_a_damaged_workbook_is_a_message_not_an_unexpected_error(tmp_path):
    other = tmp_path / "doc.xlsx"
    with zipfile.ZipFile(other, "w") as z:  # a Word file renamed: a zip, but no workbook in it
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(SalesDeskError, match="cannot be read as an Excel workbook"):
        read_table(other, customer_import.SPECS)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(b"PK\x03\x04" + b"\0" * 100)  # a download broken off after the first bytes
    with pytest.raises(SalesDeskError, match="cannot be read as an Excel workbook"):
        read_table(cut, customer_import.SPECS)


# --- sheets the way offices have them ----------------------------------------------------------

def test_one_stray_value_in_the_last_cell_of_the_sheet_does_not_eat_the_machine(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "手机"])
    ws.append(["张伟", "13800138000"])
    ws.cell(1048576, 16384).value = " "  # a space typed into XFD1048576 by ctrl+end
    wb.save(tmp_path / "far.xlsx")
    table = read_table(tmp_path / "far.xlsx", customer_import.SPECS)  # was 17 billion cells: 19 GB, then killed
    assert [r for r, _v in table.rows] == [2]


def office_sheet_with_a_two_row_header(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["XX花园客户登记表"])
    ws.merge_cells("A1:F1")
    ws.append(["说明：手机号码必填；日期格式 2024-03-05"])
    ws.merge_cells("A2:F2")
    ws.append(["序号", "客户 姓名", "联系\n电话", None, "身份证", "建档日期"])
    ws.append([None, None, "手机", "座机", None, None])
    for rng in ("A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4"):
        ws.merge_cells(rng)
    ws.append([1, "阿卜杜·热合曼", 1.3800138000E10, "021-62345678", "11010519491231002X", "2024.3.5"])
    ws.append([2, "John Smith", "+86 139 0013 9000", None, None, "二〇二四年三月五日"])
    wb.save(path)
    return path


def test_a_header_of_two_merged_rows_reads_the_names_under_the_group(ctx, tmp_path):
    path = office_sheet_with_a_two_row_header(tmp_path / "list.xlsx")
    report = customer_import.run(customer_import.plan(path), dry_run=True)
    assert not report.errors and report.total == 2  # was: the second header row imported as a customer "客户 姓名"
    first = report.records[0]
    assert first.fields["name"] == "阿卜杜·热合曼"
    assert [p.phone for p in first.phones] == ["13800138000", "021-62345678"]
    assert [r.created.date() for r in report.records] == [dt.date(2024, 3, 5)] * 2
    visits = visitor_import.import_log(path, dry_run=True)  # the visitor log knows 手机 but not 座机
    assert visits.total == 2 and not visits.errors


def test_a_two_row_header_saved_as_csv_takes_the_group_name_where_the_second_row_is_empty(ctx, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("序号,姓名,联系电话,,备注\n,,手机,座机,\n1,张伟,13800138000,021-62345678,老客户\n", encoding="utf-8")
    table = read_table(path, customer_import.SPECS)
    assert table.header_row == 2 and table.headers == ["序号", "姓名", "手机", "座机", "备注"]
    assert [r for r, _v in table.rows] == [3]


def test_a_bad_visit_date_is_reported_under_the_date_column_of_the_file(ctx, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("来访日期,来访时间,来访人\n3月5日,09:30,张伟\n", encoding="utf-8")
    report = visitor_import.import_log(path, dry_run=True)
    assert report.lines() == ["row 2, 来访日期: '3月5日' is not a date. Write it as 2024-03-05, 2024/3/5 or 2024年3月5日."]
    # was "row 2, time_in: ..." — a name the office never wrote


def test_a_phone_written_in_full_scientific_notation_is_read():
    assert normalize_phone("1.38001380000E10") == "13800138000"  # all eleven digits are there
    assert normalize_phone("1.3800138061E+10") == "13800138061"
    with pytest.raises(Exception, match="scientific notation"):
        normalize_phone("1.38001E+10")  # Excel's display: digits lost


def test_a_date_written_in_chinese_numerals_is_read():
    assert parse_date("二〇二四年三月五日") == dt.date(2024, 3, 5)
    assert parse_date("二零二四年十二月三十一日") == dt.date(2024, 12, 31)
    with pytest.raises(Exception, match="is not a date"):
        parse_date("二〇二四年二月三十日")


def test_complaint_register_csv_in_gbk_with_semicolons_is_read(ctx, tmp_path):
    path = tmp_path / "台账.csv"
    path.write_bytes("受理时间;投诉人;投诉内容\n2025/3/2 14:05;李女士;车位漏水\n".encode("gbk"))
    report = complaint_import.import_register(path, dry_run=True)
    assert not report.errors and report.records[0].values["received_at"] == dt.datetime(2025, 3, 2, 14, 5)


# --- exported files opened by other programs -------------------------------------------------

def test_visitor_register_dates_are_excel_dates_not_text(ctx, tmp_path):
    from openpyxl import load_workbook

    from salesdesk import visitors
    from salesdesk.forms import visitor_sheet

    visitors.check_in(visitors.CheckIn(name="张伟", phone="13800138000", purpose="看房"))
    today = dt.date.today()
    ws = load_workbook(visitor_sheet.write_register(tmp_path / "reg.xlsx", today, today), read_only=True).worksheets[0]
    cell = list(ws.iter_rows(min_row=3, max_row=3))[0][1]
    # was the text "2026-11-20": Excel's date filter and sorting saw no dates (the other registers write dates)
    assert cell.is_date and cell.value.date() == today and cell.number_format == "yyyy-mm-dd"


def _rewrite_sheet_xml(path, edit):
    """Change the first sheet's XML inside an .xlsx (what another program would have written)."""
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    items["xl/worksheets/sheet1.xml"] = edit(items["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(path, "w") as z:
        for n, data in items.items():
            z.writestr(n, data)


def test_cells_whose_formula_result_was_never_saved_are_named_in_the_summary(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "手机", "建档日期", "备注"])
    ws.append(["周一", '="1380013"&"8030"', "=DATE(2024,3,5)", "老客户"])  # a generator writes formulas, no results
    ws.append(["周二", "13800138031", None, '=IF(1,"","x")'])
    wb.save(tmp_path / "gen.xlsx")
    # the 备注 formula's result was saved as an empty text, as Excel does: nothing unknown there
    _rewrite_sheet_xml(tmp_path / "gen.xlsx", lambda x: x.replace(b'<c r="D3"><f>IF(1,"","x")</f><v /></c>',
                                                                 b'<c r="D3" t="str"><f>IF(1,"","x")</f><v></v></c>'))
    report = customer_import.run(customer_import.plan(tmp_path / "gen.xlsx"), dry_run=True)
    # was: "2 of 2 rows would be imported" and nothing more — 周一 without a phone, filed today
    assert report.unsaved_formulas == ["B2", "C2"]
    assert "formula whose result was never saved" in report.summary() and ": B2, C2." in report.summary()
    # the same file after Excel/LibreOffice saved it: the results are there and read
    _rewrite_sheet_xml(tmp_path / "gen.xlsx", lambda x: x.replace(
        b'<c r="B2"><f>"1380013"&amp;"8030"</f><v /></c>', b'<c r="B2" t="str"><f>"1380013"&amp;"8030"</f><v>13800138030</v></c>').replace(
        b'<c r="C2"><f>DATE(2024,3,5)</f><v /></c>', b'<c r="C2"><f>DATE(2024,3,5)</f><v>45356</v></c>'))
    report = customer_import.run(customer_import.plan(tmp_path / "gen.xlsx"), dry_run=True)
    assert not report.errors and not report.unsaved_formulas and report.records[0].phones[0].phone == "13800138030"
    assert report.records[0].created.date() == dt.date(2024, 3, 5)


# --- times of day as offices write them --------------------------------------------------------

def test_complaint_times_with_pm_or_chinese_hours_keep_their_time(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["受理时间", "投诉内容"])
    for when in ("3/5/2024 2:30 PM", "2024-03-05 2:30 PM", "2024年3月5日14时30分", "2024-3-5 晚上8点", "2024-03-05 12:15 AM",
                 "2024-03-05 (周二)"):
        ws.append([when, "车位漏水"])
    wb.save(tmp_path / "reg.xlsx")
    report = complaint_import.import_register(tmp_path / "reg.xlsx", dry_run=True)
    assert not report.errors
    # was 02:30, 02:30, 09:00 (the time dropped), 09:00, 12:15: wrong times with no message
    assert [r.values["received_at"].strftime("%H:%M") for r in report.records] == [
        "14:30", "14:30", "14:30", "20:00", "00:15", "09:00"]


def test_visit_times_with_pm_or_chinese_words_are_read_as_meant(ctx, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("日期,来访时间,离开时间,来访人\n"
                    "2024-03-05,下午2:30,下午3:10,张伟\n"
                    "2024-03-05,9点半,10点,李娜\n"
                    "2024-03-05,2:30 PM,3:05 PM,王芳\n", encoding="utf-8")
    report = visitor_import.import_log(path, dry_run=True)
    assert not report.errors
    # was 02:30 → 03:10, 09:00 → 10:00 and 02:30 → 03:05: the afternoon and the half hour were dropped
    assert [(r.time_in.strftime("%H:%M"), r.time_out.strftime("%H:%M")) for r in report.records] == [
        ("14:30", "15:10"), ("09:30", "10:00"), ("14:30", "15:05")]


def test_rejected_rows_csv_keeps_phones_and_ids_as_text_and_reads_back_the_same(ctx, tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("姓名,手机,其他电话,身份证号,备注\n"
                    "=1+1,12345,0571,110105194912310021,@x\n"
                    "-王,13800138200,,,\"=HYPERLINK(\"\"x\"\")\"\n"
                    "-王,13800138200,,,重复\n", encoding="utf-8")
    report = customer_import.run(customer_import.plan(path), dry_run=True)
    text = report.write_rejected(tmp_path / "rejected.csv").read_text(encoding="utf-8-sig")
    # was 13800138200 and 110105194912310021: Excel opened them as 1.38E+10 and 1.10105E+17 (digits lost), 0571 as 571
    assert '"=""13800138200"""' in text and '"=""110105194912310021"""' in text and '"=""0571"""' in text
    assert "'=1+1" in text  # never a formula in Excel
    # fixed and imported again: the values are the office's, not '=1+1 or ="0571"
    back = read_table(tmp_path / "rejected.csv", customer_import.SPECS)
    rows = {r[1][0]: r[1][3:] for r in back.rows}
    assert rows["2"] == ["=1+1", "12345", "0571", "110105194912310021", "@x"]
    assert rows["4"][:2] == ["-王", "13800138200"]


def test_a_second_phone_column_is_the_other_phone_not_ignored(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["客户　姓名", "联系\n电话", "电话（手机）"])  # an empty 联系电话 column left beside the one in use
    ws.append(["张伟", None, "13800138010"])
    ws.append(["李娜", "0571-88888888", "13800138011"])
    wb.save(tmp_path / "list.xlsx")
    plan = customer_import.plan(tmp_path / "list.xlsx")
    assert plan.table.headers[1] == "联系 电话"  # one line in every message and report
    report = customer_import.run(plan, dry_run=True)
    # was: 电话（手机） ignored — 张伟 imported without a phone
    assert [[p.phone for p in r.phones] for r in report.records] == [["13800138010"], ["0571-88888888", "13800138011"]]


def test_csv_with_mac_line_ends_and_a_very_long_note_is_read(ctx, tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes('姓名,手机,备注\r张三,13800138000,"多行\r备注"\r李四,13800138001,老客户\r'.encode())
    table = read_table(path, customer_import.SPECS)  # was an unexpected error (exit 3): "new-line character seen"
    assert [r[1][:2] for r in table.rows] == [["张三", "13800138000"], ["李四", "13800138001"]]
    long = tmp_path / "long.csv"
    long.write_text('姓名,手机,备注\n张三,13800138000,"' + "长" * 150_000 + '"\n', encoding="utf-8")
    report = customer_import.run(customer_import.plan(long), dry_run=True)  # was "field larger than field limit"
    assert [(e.row, e.field) for e in report.errors] == [(2, "notes")] and "too long" in report.errors[0].message


def test_party_size_written_with_its_measure_word_is_read(ctx, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("日期,来访时间,来访人,人数\n2026-03-01,9:30,张伟,3人\n2026-03-01,9:40,李娜,2 位\n"
                    "2026-03-01,9:50,王芳,4.0\n2026-03-01,9:55,赵六,很多\n", encoding="utf-8")
    report = visitor_import.import_log(path, dry_run=True)
    assert [r.fields["party_size"] for r in report.records] == [3, 2, 4]  # were rejected: "must be a whole number"
    assert [(e.row, e.field) for e in report.errors] == [(5, "party_size")]


def test_a_file_name_too_long_for_the_disk_is_a_message_not_an_unexpected_error(tmp_path):
    long = "登记表" * 30 + ".xlsx"  # 275 bytes: more than the disk allows for one name
    out = run_cli("--data-dir", str(tmp_path / "data"), "export", "customers", "-o", str(tmp_path / long))
    assert out.returncode == 1 and "too long for the disk" in out.stderr, out.stderr  # was "Unexpected error" (exit 3)
    src = tmp_path / "list.csv"
    src.write_text("姓名,手机\n张伟,13800138000\n", encoding="utf-8")
    out = run_cli("--data-dir", str(tmp_path / "data"), "import", "customers", str(tmp_path / long))
    assert out.returncode == 1 and "Traceback" not in out.stderr and "Unexpected" not in out.stderr, out.stderr
    out = run_cli("--data-dir", str(tmp_path / "data"), "import", "customers", str(src), "--report", str(tmp_path / long))
    assert out.returncode == 1 and "too long for the disk" in out.stderr, out.stderr


def test_a_report_echoing_an_emoji_to_a_gbk_console_does_not_fail(tmp_path):
    import os

    src = tmp_path / "list.csv"
    src.write_text("姓名,手机\n张😀,138😀\n王芳,13800138000\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "gbk"}  # output redirected on Chinese Windows: code page 936
    out = subprocess.run([sys.executable, "-m", "salesdesk", "--lang", "zh_CN", "--data-dir", str(tmp_path / "data"),
                          "import", "customers", str(src), "--dry-run"], cwd=ROOT, capture_output=True, timeout=300, env=env)
    text = out.stdout.decode("gbk")
    assert out.returncode == 1 and b"Traceback" not in out.stderr, out.stderr.decode("gbk", "replace")
    assert "第 2 行" in text and "138?" in text  # was exit 3: "'gbk' codec can't encode character"


def test_customer_values_spelled_the_usual_ways_are_read_and_a_wrong_one_lists_the_choices(ctx, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("姓名,手机,性别,客户状态,客户等级\n甲,13800138301,男性,成交客户,A级\n乙,13800138302,女性,已签约,B类\n"
                    "丙,13800138303,保密,潜客,c\n丁,13800138304,女,已流失,D\n", encoding="utf-8")
    report = customer_import.run(customer_import.plan(path), dry_run=True)
    assert [(r.fields["gender"], r.fields["status"]) for r in report.records] == [
        ("male", "deal"), ("female", "deal"), ("", "prospect")]  # were "'男性' is not one of the choices"
    assert report.lines() == ["row 5, 客户等级: 'D' is not a value this column can take. Use one of: A, B, C."]


def test_a_date_outside_the_years_accepted_says_so():
    with pytest.raises(Exception, match="between 1900 and 2100"):
        parse_date("1800-01-01")  # was "'1800-01-01' is not a date" — it is one
    with pytest.raises(Exception, match="is not a date"):
        parse_date("2024-02-30")


def test_two_numbers_in_a_visitor_phone_cell_get_a_message_that_says_so(ctx, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("日期,来访时间,来访人,电话\n2026-03-01,9:30,张伟,138-0013-8001 / 139 0013 9001\n", encoding="utf-8")
    report = visitor_import.import_log(path, dry_run=True)
    assert [(e.field, "more than one phone number" in e.message) for e in report.errors] == [("phone", True)]
    # was "is not a valid phone number" — both numbers are valid; the cell holds two


def test_an_id_number_with_an_excel_apostrophe_or_an_invisible_character_is_read():
    from salesdesk.normalize import normalize_id

    assert normalize_id("id_card", "'11010519491231002X") == "11010519491231002X"  # Excel's "keep as text" mark
    assert normalize_id("id_card", "11010519491231002X\u200b") == "11010519491231002X"  # pasted from a chat
    # both were "A resident ID number has 18 characters ... (you entered 19)" with nothing to see

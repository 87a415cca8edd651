"""The program as an office uses it from outside: awkward real-world sheets fed to
the imports, exported files opened by other people, the command line misused.
Each test pins a bug found that way."""
import csv
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from salesdesk import complaint_import, customer_import, session
from salesdesk.errors import PermissionDenied, SalesDeskError, ValidationError
from salesdesk.forms import layout
from salesdesk.forms.workbook import RegisterWorkbook
from salesdesk.importing import read_table
from salesdesk.models.accounts import User
from salesdesk.models.complaints import Complaint
from salesdesk.models.customers import Customer
from salesdesk.normalize import normalize_phone

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args, **kw):
    lang = () if "--lang" in args else ("--lang", "en")
    return subprocess.run([sys.executable, "-m", "salesdesk", *lang, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, **kw)


def customers_import(path, **kw):
    return customer_import.run(customer_import.plan(path), **kw)


# --- exported files are for the office, not only for the account that wrote them ---------

@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_exports_get_the_usual_file_mode_not_owner_only(ctx, tmp_path):
    umask = os.umask(0o022)
    try:
        pdf = layout.build_pdf(tmp_path / "sheet.pdf", [layout.para("来访登记表", layout.styles().body)],
                               layout.PageInfo("测试"))
        wb = RegisterWorkbook()
        wb.sheet("来访", ["姓名"], [20], [["张伟"]])
        xlsx = wb.save(tmp_path / "register.xlsx")
    finally:
        os.umask(umask)
    assert pdf.stat().st_mode & 0o777 == 0o644  # was 0o600 (the temporary file's mode): colleagues could not open it
    assert xlsx.stat().st_mode & 0o777 == 0o644
    xlsx.chmod(0o664)  # a file replaced keeps the mode it had
    again = RegisterWorkbook()
    again.sheet("来访", ["姓名"], [20], [["李娜"]])
    again.save(xlsx)
    assert xlsx.stat().st_mode & 0o777 == 0o664


# --- imports: sheets the way offices have them -------------------------------------------

def test_totals_row_under_the_list_is_not_imported_as_a_customer(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["XX花园客户登记表"])
    ws.merge_cells("A1:C1")
    ws.append(["序号", "客户姓名", "手机号码"])
    ws.append([1, "张伟", 13800138000])
    ws.append([2, "李娜", "139 0013 9000"])
    ws.append([None, "合计", "2人"])
    ws.append(["总计：", None, None])
    wb.save(tmp_path / "list.xlsx")
    report = customers_import(tmp_path / "list.xlsx")
    assert report.saved and report.total == 2 and not report.errors
    assert sorted(c.name for c in Customer.select()) == ["张伟", "李娜"]  # no customer called 合计


def test_totals_row_does_not_block_a_complaint_register(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["受理时间", "投诉内容"])
    ws.append([dt.datetime(2025, 3, 1, 10, 30), "车位漏水"])
    ws.append(["合计", "共1件"])
    wb.save(tmp_path / "reg.xlsx")
    report = complaint_import.import_register(tmp_path / "reg.xlsx")
    assert report.saved and report.total == 1 and not report.errors
    assert Complaint.select().count() == 1


def test_the_table_is_found_on_another_sheet(ctx, tmp_path):
    wb = Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表由系统导出，请勿修改表头"])
    data = wb.create_sheet("客户名单")
    data.append(["姓名", "手机"])
    data.append(["陈一", "13600136000"])
    wb.save(tmp_path / "two.xlsx")
    table = read_table(tmp_path / "two.xlsx", customer_import.SPECS)
    assert table.sheet == "客户名单" and len(table.rows) == 1
    # the sheet the file was saved on wins when both sheets hold a table
    other = wb.create_sheet("旧名单")
    other.append(["姓名", "手机"])
    other.append(["旧客户", "13600136009"])
    wb.active = 2
    wb.save(tmp_path / "three.xlsx")
    assert read_table(tmp_path / "three.xlsx", customer_import.SPECS).sheet == "旧名单"


def test_excel_unicode_text_export_is_read(ctx, tmp_path):
    """Excel's 'Unicode Text (*.txt)': UTF-16 with a BOM, tab-separated."""
    path = tmp_path / "list.txt"
    with open(path, "w", encoding="utf-16", newline="") as fh:
        csv.writer(fh, delimiter="\t").writerows([["姓名", "手机"], ["郭靖", "13300133000"]])
    table = read_table(path, customer_import.SPECS)
    assert table.headers == ["姓名", "手机"] and table.rows[0][1] == ["郭靖", "13300133000"]


def test_a_folder_given_as_the_import_file_is_named_as_a_folder(ctx, tmp_path):
    with pytest.raises(SalesDeskError, match="is a folder"):
        read_table(tmp_path, customer_import.SPECS)


def test_header_only_file_says_there_is_nothing_to_import(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("姓名,手机\n", encoding="utf-8")
    out = run_cli("--data-dir", str(tmp_path / "data"), "import", "customers", str(path))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "no rows under the header" in out.stdout and "rows have errors" not in out.stdout


def test_number_shown_in_scientific_notation_gets_a_message_that_says_so():
    with pytest.raises(ValidationError, match="scientific notation"):
        normalize_phone("1.38001E+10")
    assert normalize_phone("13800138000") == "13800138000"


def test_a_bad_phone_in_a_complaint_row_does_not_also_claim_the_content_is_empty(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["受理时间", "联系电话", "投诉内容"])
    ws.append(["2025/3/2 14:05", "1.38001E+10", "态度差"])
    wb.save(tmp_path / "reg.xlsx")
    report = complaint_import.import_register(tmp_path / "reg.xlsx", dry_run=True)
    assert [(e.row, e.field) for e in report.errors] == [(2, "contact")]


def test_importing_a_complaint_register_needs_the_import_permission(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["受理时间", "投诉内容"])
    ws.append([dt.datetime(2025, 3, 1, 10, 30), "车位漏水"])
    wb.save(tmp_path / "reg.xlsx")
    session.set_current(User.create(username="r1", display_name="前台小林", role="receptionist"))
    assert complaint_import.import_register(tmp_path / "reg.xlsx", dry_run=True).total == 1  # checking is fine
    with pytest.raises(PermissionDenied):
        complaint_import.import_register(tmp_path / "reg.xlsx")
    assert Complaint.select().count() == 0
    session.set_current(User.create(username="m1", display_name="周经理", role="manager"))
    assert complaint_import.import_register(tmp_path / "reg.xlsx").saved


# --- the command line -----------------------------------------------------------------------

def test_month_and_from_to_together_are_refused(tmp_path):
    out = run_cli("--data-dir", str(tmp_path), "export", "complaints", "--month", "2026-03", "--from", "2026-04-01",
                  "-o", str(tmp_path / "r.xlsx"))
    assert out.returncode == 1 and "either --month or --from/--to" in out.stderr
    assert not (tmp_path / "r.xlsx").exists()


def test_output_piped_into_a_closed_reader_is_not_an_unexpected_error(tmp_path):
    run_cli("--data-dir", str(tmp_path), "check")
    proc = subprocess.Popen([sys.executable, "-m", "salesdesk", "--lang", "en", "--data-dir", str(tmp_path), "check"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # like `| head -0`
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Unexpected error" not in err and "Traceback" not in err


# --- printed registers in English -----------------------------------------------------------

@pytest.mark.parametrize("body_rows", [3, layout.LONG_TABLE_ROWS + 5])  # both table builders
def test_english_words_in_narrow_columns_are_not_cut_in_the_middle(ctx, tmp_path, body_rows):
    from pypdf import PdfReader

    st = layout.styles()
    rows = [["Status", "Satisfaction"]] + [["Interested", "Very satisfied"], ["In progress", "张伟"]] * body_rows
    pdf = layout.build_pdf(tmp_path / "t.pdf", [layout.ruled_table(rows, [40, 40], st=st)], layout.PageInfo("Register"))
    words = set(PdfReader(pdf).pages[0].extract_text().split())
    # was "Intereste d", "progre ss", "Satisfacti on": the CJK line breaking cut English words anywhere
    assert {"Status", "Satisfaction", "Interested", "progress", "satisfied"} <= words


def test_a_very_wide_register_prints_over_several_sheets_across_not_as_a_strip(ctx, tmp_path):
    from openpyxl import load_workbook

    wb = RegisterWorkbook()
    wb.sheet("台账", [f"列{i}" for i in range(38)], [16] * 38, [["x"] * 38])  # the complaint register's width
    wb.sheet("小表", ["姓名", "手机"], [12, 14], [["张伟", "13800138000"]])
    back = load_workbook(wb.save(tmp_path / "wide.xlsx"))
    wide, narrow = back["台账"].page_setup, back["小表"].page_setup
    assert int(wide.fitToWidth) >= 2 and back["台账"].sheet_properties.pageSetUpPr.fitToPage
    assert int(narrow.fitToWidth) == 1


def test_help_in_chinese_has_no_english_left_in_argparse_words_or_verbs():
    out = run_cli("--lang", "zh_CN", "--help")
    assert out.returncode == 0
    for english in ("usage:", "positional arguments", "options:", "show this help", "show program's version",
                    "export 数据", "import 数据"):
        assert english not in out.stdout, english
    assert "用法" in out.stdout and "导出数据" in out.stdout and "显示本帮助信息并退出" in out.stdout
    bad = run_cli("--lang", "zh_CN", "export", "complaint")
    assert bad.returncode == 2 and "缺少必需的参数" in bad.stderr and "Traceback" not in bad.stderr


def test_phone_written_out_as_a_number_with_point_zero_is_read():
    assert normalize_phone("13800138000.0") == "13800138000"  # a CSV saved by a script from a number column


def test_id_number_stored_as_an_excel_number_is_explained_not_called_a_typo(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "手机", "身份证号"])
    ws.append(["张伟", "13800138000", 330106199001011000])  # Excel kept 15 digits of 330106199001011234
    ws.append(["李娜", "13800138001", "3.30106E+17"])
    ws.append(["王芳", "13800138002", "11010519491231002X"])
    wb.save(tmp_path / "ids.xlsx")
    report = customers_import(tmp_path / "ids.xlsx", dry_run=True)
    got = {(e.row, e.field): e.message for e in report.errors}
    assert set(got) == {(2, "id_number"), (3, "id_number")}
    assert all("stored as a number in Excel" in m for m in got.values())


def test_complaint_times_written_the_office_way_keep_their_time_of_day(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["受理时间", "投诉内容"])
    for when in (45720.6, "2025年3月2日 下午3:05", "2025年3月2日 上午9:30", "2025/3/2 14:05"):
        ws.append([when, "车位漏水"])
    ws.append(["2025-03-02 25:00", "车位漏水"])
    wb.save(tmp_path / "reg.xlsx")
    report = complaint_import.import_register(tmp_path / "reg.xlsx", dry_run=True)
    assert [r.values["received_at"] for r in report.records] == [
        dt.datetime(2025, 3, 4, 14, 24), dt.datetime(2025, 3, 2, 15, 5), dt.datetime(2025, 3, 2, 9, 30),
        dt.datetime(2025, 3, 2, 14, 5)]  # the serial's fraction and 下午/上午 were dropped (09:00)
    assert [(e.row, e.field) for e in report.errors] == [(6, "received_at")]


@pytest.mark.parametrize("kind,option", [("customers", "--report"), ("complaints", "--rejected")])
def test_a_bad_report_file_name_is_refused_before_anything_is_imported(tmp_path, kind, option):
    import sqlite3

    path = tmp_path / "in.csv"
    path.write_text("姓名,手机,受理时间,投诉内容\n张伟,13800138000,2025-03-01,漏水\n李娜,12345,2025-03-01,\n", encoding="utf-8")
    data = tmp_path / "data"
    out = run_cli("--data-dir", str(data), "import", kind, str(path), "--skip-bad-rows", option, str(tmp_path / "bad.txt"))
    assert out.returncode == 1 and ".xlsx or .csv" in out.stderr, out.stderr
    table = "customer" if kind == "customers" else "complaint"
    with sqlite3.connect(data / "salesdesk.db") as db:  # was: rows saved, then the report failed with an error
        assert db.execute(f"select count(*) from {table}").fetchone()[0] == 0


def test_visitor_log_with_an_id_number_excel_stored_as_a_number_is_explained(ctx, tmp_path):
    from salesdesk import visitor_import

    wb = Workbook()
    ws = wb.active
    ws.append(["日期", "来访时间", "来访人", "证件号码"])
    ws.append([dt.date(2026, 3, 1), dt.time(9, 30), "张伟", 330106199001011000])
    ws.append([dt.date(2026, 3, 1), dt.time(9, 45), "李娜", "11010519491231002X"])
    ws.append(["合计", None, "2人", None])
    wb.save(tmp_path / "log.xlsx")
    report = visitor_import.import_log(tmp_path / "log.xlsx", dry_run=True)
    assert report.total == 2  # the 合计 line is no visitor
    assert [(e.row, e.field) for e in report.errors] == [(2, "id_number")]
    assert "stored as a number in Excel" in report.errors[0].message


def test_visitor_sheet_says_masked_only_when_the_ids_are_masked(ctx, tmp_path):
    from pypdf import PdfReader

    from salesdesk import visitors
    from salesdesk.forms import visitor_sheet

    visitors.check_in(visitors.CheckIn(name="张伟", phone="13800138000", id_type="id_card", id_number="11010519491231002X",
                                       purpose="看房"))
    today = dt.date.today()
    for role, label, shown in (("manager", "ID number", "11010519491231002X"), ("receptionist", "ID number (masked)", None)):
        session.set_current(User.create(username=role, display_name=role, role=role))
        text = PdfReader(visitor_sheet.render_sheet(tmp_path / f"{role}.pdf", today, today)).pages[0].extract_text()
        assert (label + "\n" in text or label + " " in text) and ("(masked)" in text) == (role != "manager")
        assert (shown in text) if shown else "11010519491231002X" not in text


def test_a_sheet_formatted_down_to_its_last_row_is_read_without_walking_a_million_rows(ctx, tmp_path, monkeypatch):
    from openpyxl.styles import PatternFill
    from openpyxl.worksheet.worksheet import Worksheet

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "手机"])
    ws.append(["张伟", "13800138000"])
    ws.cell(1048576, 30).fill = PatternFill("solid", fgColor="FFFF00")  # one styled cell at the very bottom
    wb.save(tmp_path / "styled.xlsx")
    made = []
    real = Worksheet._get_cell
    monkeypatch.setattr(Worksheet, "_get_cell", lambda self, r, c: made.append(1) or real(self, r, c))
    table = read_table(tmp_path / "styled.xlsx", customer_import.SPECS)
    assert [r for r, _v in table.rows] == [2]
    assert len(made) < 10_000  # was 31 million cells (7 GB, two minutes)


# --- complaint confidentiality on the customer file (issue 6) --------------------------------

def test_a_colleagues_printed_customer_file_does_not_show_that_the_customer_complained(ctx, tmp_path):
    from pypdf import PdfReader

    from salesdesk import complaints as cp
    from salesdesk import customers
    from salesdesk.forms import customer_sheet

    mk = lambda u, r: User.create(username=u, display_name=u, role=r)  # noqa: E731
    clerk, colleague, sales, manager = mk("r1", "receptionist"), mk("r2", "receptionist"), mk("s1", "consultant"), mk("m1", "manager")
    cust = customers.create("李女士", "13800138000")
    session.set_current(clerk)
    case = cp.take(cp.Intake(content="样板房漏水", complainant="李女士", contact="13800138000", handler=sales,
                             received_at=dt.datetime(2025, 9, 30, 17)), now=dt.datetime(2025, 9, 30, 17, 5))
    for who, sees in ((clerk, True), (sales, True), (manager, True), (colleague, False)):
        session.set_current(who)
        text = "".join(p.extract_text() for p in PdfReader(customer_sheet.archive_sheet(cust, tmp_path / f"{who.username}.pdf")).pages)
        assert (case.number in text) == sees, who.username
        if not sees:
            assert "投诉" not in text and "Complaint" not in text  # not even the count in the history line


def test_a_long_chinese_file_name_that_the_disk_accepts_is_written(ctx, tmp_path):
    name = "来访登记表" * 16 + ".xlsx"  # 245 bytes in UTF-8: allowed, but the temporary name was longer than 255
    folder = tmp_path / "exports"
    folder.mkdir()
    wb = RegisterWorkbook()
    wb.sheet("来访", ["姓名"], [20], [["张伟"]])
    assert wb.save(folder / name).is_file()
    assert [p.name for p in folder.iterdir()] == [name]  # no temporary file left


def test_english_labels_of_a_field_grid_are_not_cut_in_the_middle(ctx, tmp_path):
    from pypdf import PdfReader

    st = layout.styles()
    grid = layout.field_grid([("Return visits", "0"), ("Consultants serving", "0"), ("People in all parties", "0")],
                             layout.content_width(), columns=3, st=st, label_ratio=0.3)
    pdf = layout.build_pdf(tmp_path / "g.pdf", [grid], layout.PageInfo("Daily"))
    words = set(PdfReader(pdf).pages[0].extract_text().split())
    assert {"Return", "visits", "Consultants", "serving", "parties"} <= words  # was "visi ts", "Consultant s"


def test_english_complaint_sheet_labels_are_whole_words(ctx, tmp_path):
    from pypdf import PdfReader

    from salesdesk import complaints as cp
    from salesdesk.forms import complaint_sheet

    case = cp.take(cp.Intake(content="样板房漏水", complainant="李女士", contact="13800138000",
                             received_at=dt.datetime(2025, 9, 30, 17)), now=dt.datetime(2025, 9, 30, 17, 5))
    pdf = complaint_sheet.write_sheets(tmp_path / "s.pdf", [case])
    words = set(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert {"(satisfaction)", "complained", "Preventive", "measures"} <= words  # was "(satisfactio n)", "compla ined"


def test_a_workbook_saved_on_its_chart_sheet_is_read_from_its_data_sheet(ctx, tmp_path):
    from openpyxl.chart import BarChart, Reference

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "手机"])
    ws.append(["张伟", "13800138000"])
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=2))
    wb.create_chartsheet("图表").add_chart(chart)
    wb.active = 1  # the chart sheet was open when the file was saved
    wb.save(tmp_path / "chart.xlsx")
    table = read_table(tmp_path / "chart.xlsx", customer_import.SPECS)
    assert table.sheet == "Sheet" and len(table.rows) == 1


def test_complaint_sheet_and_register_show_the_customer_file_only_to_who_may_know_the_complainant(ctx, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from salesdesk import complaints as cp
    from salesdesk import customers
    from salesdesk.forms import complaint_report, complaint_sheet

    mk = lambda u, r: User.create(username=u, display_name=u, role=r)  # noqa: E731
    clerk, colleague = mk("r1", "receptionist"), mk("r2", "receptionist")
    cust = customers.create("李女士", "13800138000")
    session.set_current(clerk)
    case = cp.take(cp.Intake(content="样板房漏水", complainant="李女士", contact="13800138000",
                             received_at=dt.datetime(2025, 9, 30, 17)), now=dt.datetime(2025, 9, 30, 17, 5))
    assert case.customer_id == cust.id
    day = dt.date(2025, 9, 30)
    for who, sees in ((clerk, True), (colleague, False)):
        session.set_current(who)
        sheet = complaint_sheet.write_sheets(tmp_path / f"{who.username}.pdf", [case])
        text = "".join(p.extract_text() for p in PdfReader(sheet).pages)
        register = complaint_report.write_register_xlsx(tmp_path / f"{who.username}.xlsx", day, day)
        cells = {str(v) for row in load_workbook(register).worksheets[0].iter_rows(values_only=True) for v in row}
        # the file number opens the customer's file, which names the complainant
        assert (cust.file_no in text) == sees and (cust.file_no in cells) == sees, who.username


def test_only_who_may_know_the_complainant_may_correct_the_intake(ctx):
    from salesdesk import complaints as cp

    mk = lambda u, r: User.create(username=u, display_name=u, role=r)  # noqa: E731
    clerk, colleague = mk("r1", "receptionist"), mk("r2", "receptionist")
    session.set_current(clerk)
    intake = cp.Intake(content="样板房漏水", complainant="李女士", contact="13800138000",
                       received_at=dt.datetime(2025, 9, 30, 17))
    case = cp.take(intake, now=dt.datetime(2025, 9, 30, 17, 5))
    session.set_current(colleague)  # may open the case (names masked) — the intake form would show them in full
    with pytest.raises(PermissionDenied):
        cp.edit_intake(case, cp.Intake(**{**intake.__dict__, "complainant": "王先生"}))
    assert Complaint.get_by_id(case.id).complainant == "李女士"
    session.set_current(clerk)
    assert cp.edit_intake(case, cp.Intake(**{**intake.__dict__, "category": "产品质量"})).category == "产品质量"


def test_rejected_rows_report_uses_the_files_own_column_headers(ctx, tmp_path):
    from openpyxl import load_workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["客户姓名", "手机号码"])
    ws.append(["张伟", "12345"])
    ws.append(["李娜", "13800138000"])
    ws.append(["李娜二", "13800138000"])
    wb.save(tmp_path / "list.xlsx")
    report = customers_import(tmp_path / "list.xlsx", dry_run=True)
    assert report.lines()[0].startswith("row 2, 手机号码:")  # was "row 2, phone:" — a name the office never wrote
    rows = list(load_workbook(report.write_rejected(tmp_path / "rejected.xlsx")).active.iter_rows(values_only=True))
    assert rows[0] == ("Row", "Field", "Problem", "客户姓名", "手机号码")  # was name, phone, ...
    assert [r[1] for r in rows[1:]] == ["手机号码", "Duplicate"]


def test_visitor_import_refuses_a_bad_rejected_file_name_before_saving(tmp_path):
    import sqlite3

    path = tmp_path / "log.csv"
    path.write_text("日期,来访时间,来访人\n2026-03-01,09:30,张伟\n2026-03-01,9:99,李娜\n", encoding="utf-8")
    data = tmp_path / "data"
    out = run_cli("--data-dir", str(data), "import", "visitors", str(path), "--skip-bad-rows", "--rejected",
                  str(tmp_path / "bad.txt"))
    assert out.returncode == 1 and ".xlsx or .csv" in out.stderr, out.stderr
    with sqlite3.connect(data / "salesdesk.db") as db:
        assert db.execute("select count(*) from visit").fetchone()[0] == 0


def test_csv_cells_written_as_excel_text_formulas_are_read_as_their_text(ctx, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text('姓名,手机,身份证号\n张三,="13800138000",="11010519491231002X"\n', encoding="utf-8")
    report = customers_import(path, dry_run=True)
    assert not report.errors and report.records[0].fields["id_number"] == "11010519491231002X"


def test_rows_hidden_in_the_sheet_are_named_in_the_summary(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "手机"])
    ws.append(["张伟", "13800138000"])
    ws.append(["李娜", "13800138001"])
    ws.row_dimensions[3].hidden = True  # filtered out in Excel: easy to forget it is there
    wb.save(tmp_path / "list.xlsx")
    report = customers_import(tmp_path / "list.xlsx", dry_run=True)
    assert report.total == 2 and report.hidden_rows == [3]
    assert "hidden in the sheet" in report.summary() and ": 3." in report.summary()

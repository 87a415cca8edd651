"""The complaint sheet, register and figures as files a person opens; CLI and import."""
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from salesdesk import complaints as cp
from salesdesk import session
from salesdesk.complaint_import import import_register
from salesdesk.forms import complaint_report, complaint_sheet
from salesdesk.models.accounts import User
from salesdesk.models.complaints import Complaint
from salesdesk.numbering import next_number

ROOT = Path(__file__).resolve().parent.parent
T0 = dt.datetime(2025, 9, 30, 17, 0)


def pdf_text(path):
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


@pytest.fixture
def closed_case(ctx):
    eng = User.create(username="e1", display_name="孙工程", role="consultant")
    mgr = User.create(username="m1", display_name="周经理", role="manager")
    c = cp.take(cp.Intake(content="样板房卫生间漏水", complainant="李女士", contact="13800138000", channel="电话",
                          category="产品质量", demand="三日内修好", received_at=T0), now=T0)
    c = cp.start(c, eng, at=T0 + dt.timedelta(hours=1))
    cp.save_investigation(c, cause="防水层施工缺陷", preventive="每周巡检样板房")
    cp.save_opinion(c, "免费维修并致歉")
    session.set_current(mgr)
    cp.sign_off(c, at=T0 + dt.timedelta(hours=2))
    session.set_current(None)
    c = cp.reply(c, "已当面致歉并完成维修", at=dt.datetime(2025, 10, 9, 10))
    c = cp.follow_up(c, "satisfied", "客户认可", at=dt.datetime(2025, 10, 10, 10))
    return cp.close(c, at=dt.datetime(2025, 10, 10, 11))


def test_sheet_has_every_part_and_embeds_the_font(zh, closed_case, tmp_path):
    out = complaint_sheet.write_sheets(tmp_path / "sheet.pdf", [closed_case])
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1  # a normal case fits on one A4 page
    text = pdf_text(out)
    for expected in ("TS-2025-0001", "客户投诉登记表", "李女士", "样板房卫生间漏水", "三日内修好", "防水层施工缺陷",
                     "每周巡检样板房", "免费维修并致歉", "周经理", "已当面致歉并完成维修", "满意", "2025-10-11",
                     "投诉人", "受理人", "处理人", "经理", "状态记录", "已结案", "按时"):
        assert expected in text, expected
    fonts = {f["/BaseFont"] for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("WenQuanYi" in str(f) for f in fonts)
    assert all(str(f).count("+") for f in fonts if "WenQuanYi" in str(f))  # embedded subset


def test_long_text_flows_to_a_second_page_and_several_cases_one_sheet_each(ctx, closed_case, tmp_path):
    long = cp.take(cp.Intake(content="内容很长。" * 1500 + "最后一句", complainant="张先生", kind="enquiry", received_at=T0), now=T0)
    out = complaint_sheet.write_sheets(tmp_path / "two.pdf", [closed_case, long])
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 3
    texts = [p.extract_text() for p in reader.pages]
    assert "TS-2025-0001" in texts[0] and "TS-2025-0002" not in texts[0]
    assert "TS-2025-0002" in texts[1]
    assert "最后一句" in "".join(texts[1:])  # nothing clipped
    assert "Manager" in texts[-1]  # the signature boxes come after the long text


def test_signature_boxes_are_large_enough(ctx, closed_case, tmp_path):
    from reportlab.lib.units import mm
    from salesdesk.forms import layout as L

    story = complaint_sheet.sheet_story(closed_case)
    boxes = story[-1]
    w, h = boxes.wrap(L.content_width(), 1000)
    assert len(boxes._cellvalues[0]) == 4
    assert w / 4 >= 40 * mm and h >= 28 * mm


def test_recused_person_cannot_print(ctx, tmp_path):
    sales = User.create(username="s1", display_name="王置业", role="consultant")
    c = cp.take(cp.Intake(content="态度差", complainant="李女士", accused=sales, received_at=T0), now=T0)
    session.set_current(sales)
    from salesdesk.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        complaint_sheet.write_sheets(tmp_path / "x.pdf", [c])
    assert not (tmp_path / "x.pdf").exists()


def test_register_xlsx_reads_back_with_computed_columns(ctx, closed_case, tmp_path):
    cp.take(cp.Intake(content="=HYPERLINK(\"http://x\")", complainant="赵", received_at=dt.datetime(2025, 9, 1, 9)), now=T0)
    out = complaint_report.write_register_xlsx(tmp_path / "reg.xlsx", dt.date(2025, 9, 1), dt.date(2025, 10, 31))
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[2]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=3)]
    assert len(rows) == 2
    row = dict(zip(headers, rows[1]))
    assert row["Number"] == "TS-2025-0001" and row["Complainant"] == "李女士"
    assert row["Working days taken"] == 2 and row["On time"] == "yes"
    assert row["Settle by"].date() == dt.date(2025, 10, 11)
    first = dict(zip(headers, rows[0]))
    assert first["Content of the complaint"].startswith("=HYPERLINK") and ws.cell(3, headers.index("Content of the complaint") + 1).data_type == "s"
    figures = {r[0].value: r[1].value for r in wb.worksheets[1].iter_rows(min_row=3) if r[0].value}
    # numbers, not text: the figures can be summed and charted in Excel
    assert figures["Cases received"] == 2 and figures["On-time closure rate (%)"] == 50.0
    assert isinstance(figures["Average handling time (working days)"], (int, float))


def test_figures_and_register_pdf(ctx, closed_case, tmp_path):
    out = complaint_report.write_figures_pdf(tmp_path / "fig.pdf", dt.date(2025, 9, 1), dt.date(2025, 9, 30))
    text = pdf_text(out)
    assert "On-time closure rate" in text and "100.0%" in text and "产品质量" in text
    out = complaint_report.write_register_pdf(tmp_path / "reg.pdf", dt.date(2025, 9, 1), dt.date(2025, 9, 30))
    assert "TS-2025-0001" in pdf_text(out)
    with pytest.raises(Exception):
        complaint_report.write_register_pdf(tmp_path / "bad.pdf", dt.date(2025, 9, 30), dt.date(2025, 9, 1))


def old_register(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["御园售楼处 客户投诉台账（2024年）"])
    ws.merge_cells("A1:H1")
    ws.append(["投诉编号", "受理时间", "投诉人", "联系电话", "投诉内容", "类别", "处理状态", "结案时间", "满意度"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_old_register_all_or_nothing(ctx, tmp_path):
    good = [["TS-2024-0031", dt.datetime(2024, 5, 6, 10, 30), "李女士", 13800138000, "车位优惠未兑现", "销售/合同", "结案", "2024-05-08", "满意"],
            [None, "2024年6月1日", "张先生", "139 0013 9000", "样板房漏水", "产品质量", "处理中", None, None]]
    path = old_register(tmp_path / "old.xlsx", good + [[None, "not a date", "王", "", "", "", "火星", None, None]])
    report = import_register(path)
    assert not report.saved and Complaint.select().count() == 0
    assert report.bad_rows == [5]
    dry = import_register(old_register(tmp_path / "ok.xlsx", good), dry_run=True)
    assert dry.dry_run and not dry.errors and Complaint.select().count() == 0
    report = import_register(tmp_path / "ok.xlsx")
    assert report.saved and report.imported == 2
    a = Complaint.get(Complaint.number == "TS-2024-0031")
    assert a.status == "closed" and a.satisfaction == "satisfied" and a.contact == "13800138000"
    assert a.closed_at.date() == dt.date(2024, 5, 8)
    b = Complaint.get(Complaint.complainant == "张先生")
    assert b.number == "TS-2024-0032" and b.status == "in_progress"  # after the imported number, never reused
    assert next_number("TS", 4, 2024) == "TS-2024-0033"
    again = import_register(tmp_path / "ok.xlsx")
    assert not again.saved and "already in the register" in " ".join(again.lines())


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "salesdesk", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_cli_export_and_import(tmp_path):
    data = tmp_path / "d"
    old = old_register(tmp_path / "old.xlsx", [["TS-2025-0007", "2025-09-30 17:00", "李女士", 13800138000, "漏水", "产品质量", "受理", None, None]])
    out = run_cli("--data-dir", str(data), "--lang", "en", "import", "complaints", str(old), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "Dry run" in out.stdout
    out = run_cli("--data-dir", str(data), "--lang", "en", "import", "complaints", str(old))
    assert out.returncode == 0 and "1 of 1 rows imported" in out.stdout, out.stdout + out.stderr
    out = run_cli("--data-dir", str(data), "--lang", "en", "export", "complaint", "TS-2025-0007", "-o", str(tmp_path / "s.pdf"))
    assert out.returncode == 0, out.stderr
    assert "TS-2025-0007" in pdf_text(tmp_path / "s.pdf")
    out = run_cli("--data-dir", str(data), "--lang", "en", "export", "complaints", "--from", "2025-09-01", "--to", "2025-09-30",
                  "-o", str(tmp_path / "r.xlsx"))
    assert out.returncode == 0, out.stderr
    assert load_workbook(tmp_path / "r.xlsx").worksheets[0].cell(3, 1).value == "TS-2025-0007"
    out = run_cli("--data-dir", str(data), "--lang", "en", "export", "complaints", "--month", "2025-09", "--figures",
                  "-o", str(tmp_path / "f.pdf"))
    assert out.returncode == 0 and "Cases received" in pdf_text(tmp_path / "f.pdf")
    out = run_cli("--data-dir", str(data), "--lang", "en", "export", "complaint", "TS-2025-9999", "-o", str(tmp_path / "x.pdf"))
    assert out.returncode == 1 and "There is no complaint TS-2025-9999" in out.stderr and "Traceback" not in out.stderr
    out = run_cli("--data-dir", str(data), "--lang", "en", "export", "complaints", "--month", "2025-13", "-o", str(tmp_path / "x.pdf"))
    assert out.returncode == 2


def test_import_pads_short_numbers_and_refuses_bad_ones(ctx, tmp_path):
    path = old_register(tmp_path / "n.xlsx", [["ts-2024-31", "2024-05-06", "李", "", "漏水", "", "", None, None],
                                              ["投诉31号", "2024-05-06", "王", "", "漏水", "", "", None, None]])
    report = import_register(path, skip_bad_rows=True)
    assert report.imported == 1 and report.bad_rows == [4]
    assert Complaint.get().number == "TS-2024-0031"


def test_a_case_named_twice_prints_once(ctx, closed_case, tmp_path):
    from pypdf import PdfReader

    from salesdesk.cli import main

    out = tmp_path / "twice.pdf"
    assert main(["--database", str(ctx.db_path), "--lang", "en", "export", "complaint", closed_case.number, closed_case.number.lower(),
                 "-o", str(out)]) == 0
    assert len(PdfReader(str(out)).pages) == 1

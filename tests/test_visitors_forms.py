"""The visitor registration sheet, the slip with its receipt, and the Excel register — opened and read back."""
import datetime as dt
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from salesdesk import session, settings, visitors
from salesdesk.forms import visitor_sheet
from salesdesk.models.accounts import User
from salesdesk.visitors import CheckIn

GOOD_ID = "11010519491231002X"
TODAY = dt.date.today()


def pdf_text(path):
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def fonts_embedded(path):
    if not shutil.which("pdffonts"):
        pytest.skip("poppler-utils not installed")
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.splitlines()[2:]
    return lines and all(" yes " in line for line in lines), lines


def fill(n):
    for i in range(n):
        visitors.check_in(CheckIn(name=f"访客{i:03d}", phone="13800138000", company="杭州万科", id_number=GOOD_ID,
                                  purpose="看房", host_name="王置业", plate="浙A12345", badge=str(i)))


def test_sheet_lists_the_period_with_masked_ids_over_pages(zh, tmp_path):
    settings.set("office.name", "湖州御园售楼处")
    fill(45)
    session.set_current(User.create(username="r", display_name="前台", role="receptionist"))
    out = visitor_sheet.render_sheet(tmp_path / "sheet.pdf", TODAY, TODAY)
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 2
    w, h = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert w > h  # landscape
    text = pdf_text(out)
    for s in ("来访登记表", "湖州御园售楼处", "被访人签字", "访客000", "访客044", "110105********002X", "138****8000",
              f"第 1 / {len(reader.pages)} 页".replace(" ", "")):
        assert s in text.replace(" ", "") or s in text, s
    assert GOOD_ID not in text and "13800138000" not in text
    ok, lines = fonts_embedded(out)
    assert ok, lines


def test_voided_visits_not_on_the_sheet_and_empty_period_says_so(ctx, tmp_path):
    v = visitors.check_in(CheckIn(name="误登记"))
    visitors.check_in(CheckIn(name="真来访"))
    visitors.void(v.id, "重复")
    text = pdf_text(visitor_sheet.render_sheet(tmp_path / "s.pdf", TODAY, TODAY))
    assert "真来访" in text and "误登记" not in text
    empty = pdf_text(visitor_sheet.render_sheet(tmp_path / "e.pdf", TODAY - dt.timedelta(days=9), TODAY - dt.timedelta(days=8)))
    assert "No visits in this period." in empty


def test_slip_has_receipt_for_the_host(zh, tmp_path):
    v = visitors.check_in(CheckIn(name="张三", phone="13800138000", host_name="王置业", party_size=3, badge="A7"))
    out = visitor_sheet.render_slip(tmp_path / "slip.pdf", v.id)
    text = pdf_text(out)
    assert len(PdfReader(str(out)).pages) == 1
    for s in ("来访登记单", "张三", "王置业", "回执", "沿此线撕下", "被访人签字", visitor_sheet.slip_number(v)):
        assert s in text, s
    assert fonts_embedded(out)[0]


def test_register_xlsx_reads_back_and_keeps_formulas_as_text(ctx, tmp_path):
    visitors.check_in(CheckIn(name='=HYPERLINK("http://x","y")', company="+cmd|' /C calc'!A0", party_size=2))
    visitors.check_in(CheckIn(name="李四", phone="13900139000"))
    out = visitor_sheet.write_register(tmp_path / "reg.xlsx", TODAY, TODAY)
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    assert ws.freeze_panes == "A3"  # heading line, then the frozen header row
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows in ("2:2", "$2:$2")  # the header repeats on every printed page
    headers = [c.value for c in ws[2]]
    assert headers[:5] == ["No.", "Date", "In", "Out", "Name"]
    names = {ws.cell(r, 5).value: r for r in range(3, ws.max_row + 1)}
    r = names['=HYPERLINK("http://x","y")']
    assert ws.cell(r, 5).data_type == "s"
    assert ws.cell(r, 6).value == "+cmd|' /C calc'!A0" and ws.cell(r, 6).data_type == "s"
    assert ws.cell(r, 9).value == 2
    assert "李四" in names
    assert ws.column_dimensions["F"].width > 20


def test_bad_period_and_unwritable_target(ctx, tmp_path):
    from salesdesk.errors import OutputError, SalesDeskError

    with pytest.raises(SalesDeskError):
        visitor_sheet.render_sheet(tmp_path / "x.pdf", TODAY, TODAY - dt.timedelta(days=1))
    with pytest.raises(OutputError):
        visitor_sheet.write_register(tmp_path / "missing" / "x.xlsx", TODAY, TODAY)
    assert not (tmp_path / "missing").exists()


def test_self_test_samples_render(ctx, tmp_path):
    from salesdesk.forms import all_samples

    samples = all_samples()
    for name in ("visitor_sheet", "visitor_slip", "visitor_register"):
        assert samples[name](tmp_path).stat().st_size > 0
    from salesdesk.models.visitors import Visit

    assert Visit.select().count() == 0  # the sample slip's visit was rolled back


def test_lists_with_personal_data_need_the_permission(ctx, tmp_path):
    from salesdesk.errors import PermissionDenied

    session.set_current(User.create(username="c", display_name="王置业", role="consultant"))
    with pytest.raises(PermissionDenied):
        visitor_sheet.render_sheet(tmp_path / "s.pdf", TODAY, TODAY)
    with pytest.raises(PermissionDenied):
        visitor_sheet.write_register(tmp_path / "s.xlsx", TODAY, TODAY)
    assert not (tmp_path / "s.pdf").exists() and not (tmp_path / "s.xlsx").exists()

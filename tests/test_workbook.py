"""The shared Excel register writer: set up for printing, text stays text."""
import datetime as dt

from openpyxl import load_workbook

from salesdesk.forms.workbook import RegisterWorkbook


def test_register_sheet_reads_back(tmp_path):
    wb = RegisterWorkbook()
    rows = [["=HYPERLINK(\"http://x\",\"y\")", "+86 138", dt.date(2026, 3, 5), 3, "@SUM(A1)"],
            ["张三\x00\x07", "-1", dt.datetime(2026, 3, 5, 9, 30), 1.5, None]]
    n = wb.sheet("来访登记", ["姓名", "电话", "日期", "人数", "备注"], [12, 14, 12, 6, 20], rows, heading="来访登记表")
    assert n == 2
    out = wb.save(tmp_path / "r.xlsx")
    ws = load_workbook(out).active
    assert ws.title == "来访登记"
    assert ws["A1"].value == "来访登记表"
    assert [c.value for c in ws[2]] == ["姓名", "电话", "日期", "人数", "备注"]
    assert ws["A3"].value == "=HYPERLINK(\"http://x\",\"y\")" and ws["A3"].data_type == "s"
    assert ws["E3"].data_type == "s" and ws["B4"].value == "-1"
    assert ws["A4"].value == "张三"  # control characters dropped
    assert ws["C3"].value.date() == dt.date(2026, 3, 5)
    assert ws.freeze_panes == "A3"
    assert ws.print_title_rows == "$2:$2"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.auto_filter.ref == "A2:E4"
    assert ws.column_dimensions["A"].width == 12


def test_no_partial_file_on_error(tmp_path):
    import pytest

    from salesdesk.errors import OutputError

    wb = RegisterWorkbook()
    wb.sheet("x", ["a"], [10], [["1"]])
    with pytest.raises(OutputError, match="does not exist"):
        wb.save(tmp_path / "missing" / "r.xlsx")
    assert list(tmp_path.iterdir()) == []

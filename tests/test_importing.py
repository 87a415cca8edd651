"""The shared reader copes with real-world sheets."""
import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.importing import ColumnSpec, cell_text, map_columns, read_table, run_import
from salesdesk.normalize import normalize_phone, parse_date

SPECS = [
    ColumnSpec("name", "Name", ("姓名", "客户姓名", "名字"), required=True),
    ColumnSpec("phone", "Phone", ("手机", "电话", "联系电话", "手机号码", "mobile")),
    ColumnSpec("birthday", "Birthday", ("生日", "出生日期")),
    ColumnSpec("company", "Company", ("工作单位", "单位", "公司")),
]


def messy_workbook(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["湖州御园 客户一览表"])
    ws.merge_cells("A1:E1")
    ws.append([None, "联系方式", None, None, None])
    ws.merge_cells("B2:C2")
    ws.append(["客户姓名*", "手机号码", "座机", "出生日期（公历）", "工作单位"])
    ws.append(["张三", 13800138000, None, dt.datetime(1990, 3, 5), "=HYPERLINK(\"http://x\",\"y\")"])
    ws.append([None, None, None, None, None])
    ws.append(["李四", "+86 139-0013-9000", "", "1985年7月1日", "华为"])
    ws.append(["王五", "１３７００１３７０００", "", 32874, None])
    ws.append(["赵六", "12345", "", "2024/13/40", None])
    ws["E4"].data_type = "s"
    wb.save(path)
    return path


def test_messy_sheet_is_read(tmp_path):
    t = read_table(messy_workbook(tmp_path / "m.xlsx"), SPECS)
    assert t.header_row == 3
    mapping, unclaimed = map_columns(t.headers, SPECS)
    assert mapping == {"name": 0, "phone": 1, "birthday": 3, "company": 4}
    assert "座机" in unclaimed
    assert [r for r, _ in t.rows] == [4, 6, 7, 8] and t.blank_rows == 1
    assert cell_text(t.rows[0][1][1]) == "13800138000"


def parse(values):
    errors = {}
    out = {"name": cell_text(values.get("name"))}
    try:
        out["phone"] = normalize_phone(cell_text(values.get("phone")))
    except ValidationError as e:
        errors.update(e.errors)
    try:
        out["birthday"] = parse_date(values.get("birthday"), "birthday")
    except ValidationError as e:
        errors.update(e.errors)
    if errors:
        raise ValidationError(errors)
    return out


def test_all_or_nothing_and_report(tmp_path):
    t = read_table(messy_workbook(tmp_path / "m.xlsx"), SPECS)
    mapping, _ = map_columns(t.headers, SPECS)
    saved = []
    rep = run_import(t, mapping, parse, lambda recs: saved.extend(recs) or len(recs))
    assert not rep.saved and saved == []
    assert rep.bad_rows == [8]
    assert {e.field for e in rep.errors} == {"phone", "birthday"}
    rep = run_import(t, mapping, parse, lambda recs: saved.extend(recs) or len(recs), skip_bad_rows=True)
    assert rep.saved and rep.imported == 3
    assert [r["phone"] for r in saved] == ["13800138000", "13900139000", "13700137000"]
    assert saved[1]["birthday"] == dt.date(1985, 7, 1) and saved[2]["birthday"] == dt.date(1990, 1, 1)
    out = rep.write_rejected(tmp_path / "rejected.xlsx")
    ws = load_workbook(out).active
    assert ws["A2"].value == 8 and "12345" in [c.value for c in ws[2]]


def test_dry_run_writes_nothing(tmp_path):
    t = read_table(messy_workbook(tmp_path / "m.xlsx"), SPECS)
    mapping, _ = map_columns(t.headers, SPECS)
    rep = run_import(t, mapping, parse, lambda recs: pytest.fail("saved in a dry run"), dry_run=True, skip_bad_rows=True)
    assert rep.dry_run and not rep.saved and "Nothing was written" in rep.summary()


def test_csv_in_gbk_with_semicolons(tmp_path):
    p = tmp_path / "old.csv"
    p.write_bytes("姓名;电话;公司\n张三;138 0013 8000;万科\n\n李四;021-6234 5678;\n".encode("gb18030"))
    t = read_table(p, SPECS)
    mapping, _ = map_columns(t.headers, SPECS)
    assert mapping == {"name": 0, "phone": 1, "company": 2}
    assert [r[1][0] for r in t.rows] == ["张三", "李四"]


@pytest.mark.parametrize("name,content,message", [
    ("x.xls", b"\xd0\xcf\x11\xe0", "old .xls"),
    ("x.xlsx", b"not a zip", "cannot be read"),
    ("x.pdf", b"%PDF", "Excel workbook"),
])
def test_unreadable_files_have_clear_messages(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(SalesDeskError, match=message):
        read_table(p, SPECS)


def test_no_header_found(tmp_path):
    p = tmp_path / "n.csv"
    p.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(SalesDeskError, match="No header row"):
        read_table(p, SPECS)

"""The archive sheet and the customer index, as the cabinet and Excel get them; the CLI."""
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from salesdesk import customer_followups, customer_grading, customer_loans, customers, forms, session
from salesdesk.errors import PermissionDenied
from salesdesk.forms import customer_sheet
from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer
from tests.test_fonts_pdf import embedded_fonts

ROOT = Path(__file__).resolve().parent.parent


def pdf_text(path):
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


@pytest.fixture
def filed(ctx):
    sales = User.create(username="sales1", display_name="王置业", role="consultant")
    c = customers.save_file(None, {
        "name": "张三", "gender": "male", "id_number": "11010519491231002X", "company": "华为杭州分公司",
        "position": "经理", "address": "湖州市吴兴区御园路1号", "source": "朋友介绍", "consultant": sales,
        "status": "interested", "interest_unit_type": "三房", "interest_area": "120㎡", "interest_budget": "300万",
        "birthday": "1990-03-05", "family": "已婚，一子上小学", "preferences": "喜欢安静，关注学区",
        "profile": {"native_place": "浙江湖州", "car": "比亚迪 浙E12345"}, "tags": "改善型,学区",
        "notes": "=HYPERLINK(\"http://x\")"}, ["13800138000", ("0572-2345678", "office")])
    customer_followups.add_contact(c, "phone", "电话回访，约周末看样板间", "客户同意",
                                   next_contact=dt.date.today() + dt.timedelta(days=3))
    customer_loans.lend(c, "王置业", "签约准备")
    return Customer.get_by_id(c.id)


def test_archive_sheet_has_every_field_and_the_history(filed, tmp_path):
    out = customer_sheet.archive_sheet(filed, tmp_path / "sheet.pdf")
    text = pdf_text(out)
    for expected in ("Customer archive sheet", filed.file_no, "Printed:", "张三", "华为杭州分公司", "御园路1号",
                     "朋友介绍", "王置业", "Interested", "三房", "300万", "1990-03-05", "已婚", "学区",
                     "浙江湖州", "比亚迪", "改善型", "13800138000", "0572-2345678", "110105",
                     "约周末看样板间", "Contact record 1", "Loan 1", "Filed by", "Page 1 /"):
        assert expected in text, expected
    assert embedded_fonts(out)


def test_archive_sheet_masks_and_refuses_by_permission(filed, tmp_path):
    session.set_current(User.create(username="r", display_name="前台", role="receptionist"))
    text = pdf_text(customer_sheet.archive_sheet(filed, tmp_path / "m.pdf"))
    assert "138****8000" in text and "13800138000" not in text and "110105********002X" in text
    customers.save_file(filed, {"confidentiality": "secret"})  # receptionist may edit, then no longer read it
    with pytest.raises(PermissionDenied):
        customer_sheet.archive_sheet(Customer.get_by_id(filed.id), tmp_path / "no.pdf")
    assert not (tmp_path / "no.pdf").exists()


def test_long_history_continues_on_a_second_page(filed, tmp_path):
    for i in range(40):
        customer_followups.add_contact(filed, "phone", f"第{i}次回访 " + "客户关心交房时间和物业费。" * 3,
                                       when=dt.datetime(2025, 1, 1) + dt.timedelta(days=i))
    customer_grading.apply_computed(Customer.get_by_id(filed.id), 8, 8, 8, 8, today=dt.date(2030, 1, 1))
    out = customer_sheet.archive_sheet(Customer.get_by_id(filed.id), tmp_path / "long.pdf")
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 2
    text = pdf_text(out)
    assert f"Page 2 / {len(reader.pages)}" in text and "older entries not printed" in text
    assert "computed 8.0" in text


def test_index_xlsx_and_pdf_read_back(filed, tmp_path):
    customers.create("李四", "13900139000", status="lost")
    customers.create("机密", "13700137000", confidentiality="secret",
                     consultant=User.get(User.username == "sales1"))
    session.set_current(User.create(username="boss", display_name="周经理", role="manager"))
    xlsx = customer_sheet.index_xlsx(tmp_path / "index.xlsx")
    ws = load_workbook(xlsx).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[1][:4] == ("File No.", "Name", "Gender", "Phones")
    names = [r[1] for r in rows[2:]]
    assert names == ["张三", "李四", "机密"]
    assert ws.freeze_panes == "A3" and ws.auto_filter.ref.startswith("A2")
    zs = rows[2]
    assert zs[3] == "13800138000 0572-2345678" and zs[6] == "Interested"
    assert ws.cell(3, 1).data_type == "s"
    pdf = customer_sheet.index_pdf(tmp_path / "index.pdf")
    text = pdf_text(pdf)
    assert "Customer index" in text and "李四" in text and "3 files" in text and embedded_fonts(pdf)
    session.set_current(User.create(username="r", display_name="前台", role="receptionist"))
    ws = load_workbook(customer_sheet.index_xlsx(tmp_path / "index2.xlsx")).active
    rows = list(ws.iter_rows(values_only=True))
    assert [r[1] for r in rows[2:]] == ["张三", "李四", "※ Confidential file"]  # the secret file: number, no name
    assert rows[2][3] == "138****8000 057****5678"


def test_self_test_samples_render(ctx, tmp_path):
    samples = forms.all_samples()
    sheet = samples["customer_sheet"](tmp_path)
    assert "样例客户" in pdf_text(sheet)
    assert Customer.select().count() == 0  # the sample file was not kept
    assert samples["customer_index"](tmp_path).exists()


def run_cli(data_dir, *args, user="manager"):
    """As the demo's manager (data-changing commands need an account once accounts exist)."""
    login = ["--user", user, "--password-stdin"] if user else []
    return subprocess.run([sys.executable, "-m", "salesdesk", "--lang", "en", "--data-dir", str(data_dir), *login, *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, input=f"demo-{user}-2026\n")


def test_cli_import_then_export(tmp_path):
    from tests.test_customers_import import messy_workbook

    data = tmp_path / "d"
    book = messy_workbook(tmp_path / "list.xlsx")
    r = run_cli(data, "demo", "--customers", "0", "--visitors", "0", "--complaints", "0", user=None)  # staff accounts
    assert r.returncode == 0, r.stderr
    r = run_cli(data, "import", "customers", str(book), "--dry-run")
    assert r.returncode == 1, r.stderr
    assert "Dry run: 5 of 9 rows" in r.stdout and "row 8, 手机号码:" in r.stdout  # the column as the file names it
    r = run_cli(data, "import", "customers", str(book))
    assert r.returncode == 1 and "Nothing was imported" in r.stdout
    r = run_cli(data, "import", "customers", str(book), "--skip-bad-rows", "--report", str(tmp_path / "rej.xlsx"))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "5 of 9 rows imported" in r.stdout and (tmp_path / "rej.xlsx").exists()
    year = dt.date.today().year
    r = run_cli(data, "export", "customer", f"KH-{year}-00001", "-o", str(tmp_path / "one.pdf"))
    assert r.returncode == 0, r.stderr
    assert "张三" in pdf_text(tmp_path / "one.pdf")
    r = run_cli(data, "export", "customers", "-o", str(tmp_path / "all.xlsx"))
    assert r.returncode == 0, r.stderr
    assert len(list(load_workbook(tmp_path / "all.xlsx").active.iter_rows())) == 2 + 5
    r = run_cli(data, "export", "customer", "KH-1999-00001", "-o", str(tmp_path / "x.pdf"))
    assert r.returncode == 1 and "There is no customer file KH-1999-00001" in r.stderr
    r = run_cli(data, "export", "customers", "-o", str(tmp_path / "x.doc"))
    assert r.returncode == 1 and ".xlsx or .pdf" in r.stderr

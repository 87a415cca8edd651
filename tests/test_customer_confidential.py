"""A confidential (机密/绝密) customer file seen by somebody who may not open it: its number
and "※ Confidential file", never the name, phone or company — in the list, in search,
in the index exports and on the command line. Managers and its own consultant see it all."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from salesdesk import accounts, customer_followups, customer_import, customer_search, customers, session
from salesdesk.errors import ValidationError
from salesdesk.forms import customer_sheet
from salesdesk.models.accounts import User
from tests.test_cli import run
from tests.test_customers_forms import pdf_text

SECRET_PHONE = "13800138000"
PLACEHOLDER = "※ Confidential file"


@pytest.fixture
def staff(ctx):
    return {username: User.create(username=username, display_name=name, role=role)
            for username, name, role in (("lin", "前台小林", "receptionist"), ("wang", "王置业", "consultant"),
                                         ("li", "李置业", "consultant"), ("zhou", "周经理", "manager"))}


@pytest.fixture
def files(staff):
    session.set_current(None)
    secret = customers.create("王芳", SECRET_PHONE, consultant=staff["wang"], company="浙江华丰",
                              confidentiality="secret", birthday=dt.date.today().replace(year=1980))
    customer_followups.add_contact(secret, "phone", "电话回访", next_contact=dt.date.today())
    normal = customers.create("王芳芳", "13900139000", consultant=staff["wang"], company="湖州电力")
    return secret, normal


def found(text: str) -> list[int]:
    return customer_search.search_ids(text)


@pytest.mark.parametrize("text", ["王芳", "wangfang", "wf", "13800138000", "0013 8000", "浙江华丰"])
def test_receptionist_cannot_find_a_secret_file_by_what_identifies_the_person(staff, files, text):
    secret, _normal = files
    session.set_current(staff["lin"])
    assert secret.id not in found(text)
    assert customer_search.count(text) == len(found(text))
    session.set_current(staff["zhou"])  # a manager finds it by every one of them
    assert secret.id in found(text)
    session.set_current(staff["wang"])  # and so does its consultant
    assert secret.id in found(text)
    session.set_current(staff["li"])  # another consultant does not
    assert secret.id not in found(text)


def test_receptionist_finds_a_secret_file_by_its_number_only(staff, files):
    secret, normal = files
    session.set_current(staff["lin"])
    assert found(secret.file_no) == [secret.id]
    assert found(secret.file_no.replace("-", "").lower()) == [secret.id]
    assert found("王芳") == [normal.id]  # the ordinary file with a similar name is still found
    assert set(found("")) == {secret.id, normal.id}  # the whole list holds both (as a placeholder row)


def test_shown_name_and_messages(staff, files):
    secret, normal = files
    session.set_current(staff["lin"])
    assert customers.shown_name(secret) == PLACEHOLDER and customers.shown_name(normal) == "王芳芳"
    # typing the secret customer's phone into a new file does not say who holds it
    with pytest.raises(customers.DuplicateFound) as exc:
        customers.create("陈先生", SECRET_PHONE, check_duplicates=True)
    assert "王芳" not in str(exc.value) and secret.file_no in str(exc.value) and PLACEHOLDER in str(exc.value)
    reminders = customer_followups.reminders()
    assert {r.name for r in reminders if r.customer_id == secret.id} == {PLACEHOLDER}
    session.set_current(staff["zhou"])
    with pytest.raises(customers.DuplicateFound) as exc:
        customers.create("陈先生", SECRET_PHONE, check_duplicates=True)
    assert "王芳" in str(exc.value)
    assert {r.name for r in customer_followups.reminders() if r.customer_id == secret.id} == {"王芳"}


def test_import_duplicate_message_hides_the_secret_name(staff, files, tmp_path):
    secret, _normal = files
    src = tmp_path / "list.csv"
    src.write_text("姓名,手机\n陈先生,13800138000\n", encoding="utf-8")
    for who, shows_name in (("lin", False), ("zhou", True)):
        session.set_current(staff[who])
        report = customer_import.run(customer_import.plan(src), dry_run=True)
        text = " ".join(report.lines())
        assert secret.file_no in text and ("王芳" in text) is shows_name


def _xlsx_rows(path):
    return list(load_workbook(path).active.iter_rows(values_only=True))[2:]


def test_index_exports_show_the_number_not_the_name(staff, files, tmp_path):
    secret, normal = files
    session.set_current(staff["lin"])
    rows = {r[0]: r for r in _xlsx_rows(customer_sheet.index_xlsx(tmp_path / "lin.xlsx"))}
    assert set(rows) == {secret.file_no, normal.file_no}  # the index stays complete
    assert rows[secret.file_no][1] == PLACEHOLDER and not rows[secret.file_no][3] and not rows[secret.file_no][4]
    assert rows[normal.file_no][1] == "王芳芳" and rows[normal.file_no][3] == "139****9000"
    text = pdf_text(customer_sheet.index_pdf(tmp_path / "lin.pdf"))
    assert secret.file_no in text and "Confidential file" in text
    assert "王芳 " not in text.replace("王芳芳", "") and "浙江华丰" not in text and "8000" not in text
    session.set_current(staff["zhou"])
    rows = {r[0]: r for r in _xlsx_rows(customer_sheet.index_xlsx(tmp_path / "zhou.xlsx"))}
    assert rows[secret.file_no][1] == "王芳" and rows[secret.file_no][3] == SECRET_PHONE
    assert rows[secret.file_no][4] == "浙江华丰"
    text = pdf_text(customer_sheet.index_pdf(tmp_path / "zhou.pdf"))
    assert "浙江华丰" in text and "Confidential file" not in text


def test_cli_export_customers_as_receptionist_and_manager(tmp_path):
    d = ["--data-dir", str(tmp_path / "data"), "--lang", "en"]
    session.set_current(None)
    from salesdesk import startup
    from salesdesk.models import db as dbmod

    startup.open_data(tmp_path / "data", lang="en")
    try:
        accounts.create_first_admin("root", "管理员", "root-pass-1")
        for username, role in (("lin", "receptionist"), ("zhou", "manager")):
            accounts.create_user(accounts.UserForm(username=username, display_name=username, role=role), f"{username}-pass-1")
        wang = accounts.create_user(accounts.UserForm(username="wang", display_name="王置业", role="consultant"), "wang-pass-1")
        secret = customers.create("王芳", SECRET_PHONE, consultant=wang, company="浙江华丰", confidentiality="confidential")
        customers.create("李四", "13900139000")
        file_no = secret.file_no
    finally:
        session.set_current(None)
        dbmod.close_database()
    out = run(*d, "--user", "lin", "--password-stdin", "export", "customers", "-o", str(tmp_path / "lin.xlsx"),
              input="lin-pass-1\n")
    assert out.returncode == 0, out.stderr
    rows = {r[0]: r for r in _xlsx_rows(tmp_path / "lin.xlsx")}
    assert rows[file_no][1] == PLACEHOLDER and "浙江华丰" not in str(rows)
    out = run(*d, "--user", "lin", "--password-stdin", "export", "customers", "--search", "王芳", "-o",
              str(tmp_path / "lin-search.xlsx"), input="lin-pass-1\n")
    assert out.returncode == 0, out.stderr
    assert _xlsx_rows(tmp_path / "lin-search.xlsx") == []  # searching the name does not reveal the file
    out = run(*d, "--user", "zhou", "--password-stdin", "export", "customers", "--search", "王芳", "-o",
              str(tmp_path / "zhou.xlsx"), input="zhou-pass-1\n")
    assert out.returncode == 0, out.stderr
    assert [r[1] for r in _xlsx_rows(tmp_path / "zhou.xlsx")] == ["王芳"]


def test_merge_summary_and_duplicate_dialog_hide_the_name(qtbot, staff, files):
    from salesdesk.ui import i18n as ui_i18n
    from salesdesk.ui.customers.dialogs import DuplicateDialog, _summary

    ui_i18n.install("en")
    secret, _normal = files
    session.set_current(staff["lin"])
    dlg = DuplicateDialog([secret])
    qtbot.addWidget(dlg)
    assert dlg.list.item(0).text() == f"{secret.file_no} {PLACEHOLDER}"
    assert "王芳" not in _summary(secret) and "8000" not in _summary(secret)
    with pytest.raises(ValidationError):  # the form's duplicate check: a ValidationError for the form
        customers.create("陈先生", SECRET_PHONE, check_duplicates=True)


def test_customer_list_rows(qtbot, staff, files):
    from salesdesk.ui import i18n as ui_i18n
    from salesdesk.ui.customers import CustomersTab

    ui_i18n.install("en")
    secret, normal = files
    for who, name, phone, company in (("lin", PLACEHOLDER, "", ""), ("zhou", "※ 王芳", SECRET_PHONE, "浙江华丰"),
                                      ("wang", "※ 王芳", "138****8000", "浙江华丰")):
        session.set_current(staff[who])
        tab = CustomersTab()
        qtbot.addWidget(tab)
        tab.refresh()
        row = tab.model.row_data(tab.model.row_of(secret.id))
        assert (row[0], row[1], row[2], row[3]) == (secret.file_no, name, phone, company), who
        shown = [tab.model.data(tab.model.index(r, c)) for r in range(tab.model.rowCount()) for c in range(8)]
        assert (who == "lin") is ("王芳" not in shown and "※ 王芳" not in shown)
        tab.search.setText("王芳")  # typed into the search box
        assert (secret.id in tab.model.ids) is (who != "lin")
        tab.search.setText(secret.file_no)
        assert tab.model.ids == [secret.id]
        tip = tab.model.data(tab.model.index(0, 1), 3)  # ToolTipRole
        assert tip == ("Confidential file: only its consultant and managers may open it" if who == "lin" else "Confidential file")


def test_possible_duplicates_show_phones_masked_to_the_desk(staff, files):
    from salesdesk import customer_duplicates

    secret, _normal = files
    customers.create("王芳", SECRET_PHONE)  # the same phone again: a pair with the secret file
    pair = next(p for p in customer_duplicates.possible_duplicates() if secret.id in (p.first_id, p.second_id))
    session.set_current(staff["lin"])
    assert pair.shown_detail == "138****8000"
    session.set_current(staff["zhou"])
    assert pair.shown_detail == SECRET_PHONE

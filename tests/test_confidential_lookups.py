"""A phone typed at a desk must not name the holder of a 机密/绝密 customer file to
somebody who may not read it: the visitor check-in, the sales reception (known
customer, referrer), the complaint intake and the ownership-dispute dialogs show
the file's number and "※ Confidential file", and fill nothing from the file into a
name or company field. Managers, the file's consultant and unattended runs see it all."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesdesk import customer_match, customers, ownership, rotation, session, visitors
from salesdesk.models.accounts import User
from salesdesk.models.reception import REFERRAL, Reception
from salesdesk.models.visitors import Visit
from salesdesk.ui import i18n as ui_i18n
from salesdesk.ui.bus import bus

SECRET_PHONE = "13800138000"
SECRET_NAME, SECRET_COMPANY, SECRET_ID = "王芳", "浙江华丰", "11010519491231002X"
PLACEHOLDER = "※ Confidential file"


@pytest.fixture
def staff(ctx):
    return {username: User.create(username=username, display_name=name, role=role)
            for username, name, role in (("lin", "前台小林", "receptionist"), ("wang", "王置业", "consultant"),
                                         ("li", "李置业", "consultant"), ("zhou", "周经理", "manager"),
                                         ("admin", "管理员", "admin"))}


@pytest.fixture
def secret(staff):
    session.set_current(None)
    return customers.create(SECRET_NAME, SECRET_PHONE, consultant=staff["wang"], company=SECRET_COMPANY,
                            confidentiality="secret", id_type="id_card", id_number=SECRET_ID)


def leaks(text: str) -> bool:
    return SECRET_NAME in text or SECRET_COMPANY in text or "8000" in text


# --- the core: what a lookup hands out ------------------------------------------------------

def test_lookup_phone_gives_an_unentitled_user_the_number_only(staff, secret):
    # the holder visited before, under their own name: the visit must not name the file either
    visitors.sign_out([visitors.check_in(visitors.CheckIn(name=SECRET_NAME, phone=SECRET_PHONE, company=SECRET_COMPANY,
                                                          plate="浙E12345")).id])
    for who in ("lin", "li"):
        session.set_current(staff[who])
        p = visitors.lookup_phone("138 0013 8000")
        assert (p.name, p.company, p.id_number) == ("", "", "")
        assert p.customer_id == secret.id and p.customer_file_no == secret.file_no  # the visit still links to it
        assert p.customer_shown == f"{secret.file_no} {PLACEHOLDER}"
        assert not leaks(repr(p))
        assert p.visits == 1 and p.plate == "浙E12345"  # the desk's own visit data
    for who in ("zhou", "wang", None):  # a manager, the file's consultant, unattended
        session.set_current(staff[who] if who else None)
        p = visitors.lookup_phone(SECRET_PHONE)
        assert (p.name, p.company, p.customer_id) == (SECRET_NAME, SECRET_COMPANY, secret.id)
        assert p.customer_shown == f"{secret.file_no} {SECRET_NAME}"


def test_admin_sees_full_ids_but_not_a_confidential_files_id(staff, secret):
    session.set_current(staff["admin"])  # pii.full, but not customer.view_confidential
    p = visitors.lookup_phone(SECRET_PHONE)
    assert p.id_number == "" and p.name == ""
    session.set_current(staff["zhou"])
    assert visitors.lookup_phone(SECRET_PHONE).id_number == SECRET_ID


def test_file_match_by_phone(staff, secret):
    ordinary = customers.create("赵强", "13900139000", company="湖州电力")
    session.set_current(staff["lin"])
    m = customer_match.by_phone(SECRET_PHONE)
    assert (m.customer_id, m.readable, m.name, m.company) == (secret.id, False, "", "")
    assert m.shown == f"{secret.file_no} {PLACEHOLDER}" == customers.shown_file(secret)
    o = customer_match.by_phone("139 0013 9000")
    assert (o.customer_id, o.readable, o.name, o.company) == (ordinary.id, True, "赵强", "湖州电力")
    assert customer_match.by_phone("13700137000") is None
    session.set_current(staff["zhou"])
    m = customer_match.by_phone(SECRET_PHONE)
    assert (m.readable, m.name, m.company, m.shown) == (True, SECRET_NAME, SECRET_COMPANY, f"{secret.file_no} {SECRET_NAME}")


def test_receptionist_checks_in_the_holder_under_the_name_they_give(staff, secret):
    session.set_current(staff["lin"])
    v = visitors.check_in(visitors.CheckIn(name="陈女士", phone=SECRET_PHONE))
    assert v.customer_id == secret.id and v.name == "陈女士" and v.company == ""


# --- the desks, as a person sees them -------------------------------------------------------

@pytest.fixture
def tab(qtbot, staff):
    from salesdesk.ui.visitors import VisitorsTab

    ui_i18n.install("en")
    rotation.sign_in(staff["wang"])  # a roster: the form is a sales check-in with the reception lines
    bus.changed.emit("reception")
    t = VisitorsTab()
    qtbot.addWidget(t)
    t.resize(1400, 900)
    t.show()
    qtbot.waitExposed(t)
    return t


def type_phone(qtbot, form, phone):
    form.phone.setFocus()
    qtbot.keyClicks(form.phone, phone)
    qtbot.keyClick(form.phone, Qt.Key.Key_Tab)


def test_check_in_form_as_receptionist(qtbot, secret, staff, tab):
    session.set_current(staff["lin"])
    form = tab.form
    type_phone(qtbot, form, "138 0013 8000")
    assert form.name.text() == "" and form.company.text() == "" and form.id_number.text() == ""
    known, info = form.known.text(), form.reception_info.text()
    assert secret.file_no in known and PLACEHOLDER in known and not leaks(known)
    assert f"Known customer {PLACEHOLDER} ({secret.file_no})" in info and not leaks(info)
    form.name.setFocus()
    form.name.insert("陈女士")  # the visitor tells the desk their name
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    v = Visit.get()
    assert (v.name, v.customer_id) == ("陈女士", secret.id)
    assert Reception.get().customer_id == secret.id and Reception.get().name == "陈女士"


def test_check_in_form_as_manager(qtbot, secret, staff, tab):
    session.set_current(staff["zhou"])
    form = tab.form
    type_phone(qtbot, form, "138 0013 8000")
    assert form.name.text() == SECRET_NAME and form.company.text() == SECRET_COMPANY
    assert f"Known: {SECRET_NAME}" in form.known.text() and secret.file_no in form.known.text()
    assert f"Known customer {SECRET_NAME} ({secret.file_no})" in form.reception_info.text()


@pytest.mark.parametrize("who, shows_name", [("lin", False), ("zhou", True)])
def test_referrer_phone(qtbot, secret, staff, tab, who, shows_name):
    session.set_current(staff[who])
    form = tab.form
    form.source.setCurrentIndex(form.source.findData(REFERRAL))
    form.referrer.setFocus()
    qtbot.keyClicks(form.referrer, SECRET_PHONE)
    qtbot.keyClick(form.referrer, Qt.Key.Key_Tab)
    assert form.referrer_id == secret.id
    info, tip = form.reception_info.text(), form.referrer.toolTip()
    assert secret.file_no in info and secret.file_no in tip
    assert (SECRET_NAME in info, SECRET_NAME in tip) == (shows_name, shows_name)
    assert (PLACEHOLDER in info) is not shows_name


@pytest.mark.parametrize("who, shows_name", [("lin", False), ("zhou", True)])
def test_complaint_intake(qtbot, secret, staff, who, shows_name):
    from salesdesk.ui.complaints.intake_dialog import IntakeDialog

    ui_i18n.install("en")
    session.set_current(staff[who])
    d = IntakeDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    d.contact.setFocus()
    qtbot.keyClicks(d.contact, SECRET_PHONE)
    qtbot.keyClick(d.contact, Qt.Key.Key_Tab)
    label = d.customer_label.text()
    assert secret.file_no in label and (SECRET_NAME in label) is shows_name and (PLACEHOLDER in label) is not shows_name
    if not shows_name:
        assert not leaks(label)
    assert d.complainant.text() == (SECRET_NAME if shows_name else "")  # never the placeholder
    d.complainant.setText("陈女士")
    d.look_up_customer()
    assert d.complainant.text() == "陈女士"  # what was typed stays


@pytest.mark.parametrize("who, shows_name", [("li", False), ("lin", False), ("zhou", True)])
def test_dispute_dialogs(qtbot, secret, staff, who, shows_name):
    from salesdesk.ui.reception.dialogs import DisputeDialog, RaiseDisputeDialog

    ui_i18n.install("en")
    session.set_current(staff[who])
    raise_dlg = RaiseDisputeDialog()
    qtbot.addWidget(raise_dlg)
    raise_dlg.phone.insert(SECRET_PHONE)
    raise_dlg._find()
    found = raise_dlg.found.text()
    assert secret.file_no in found and "owner 王置业" in found and (SECRET_NAME in found) is shows_name
    d = ownership.raise_dispute(secret, staff["li"], "phone enquiry")
    dlg = DisputeDialog(d.id)
    qtbot.addWidget(dlg)
    evidence = dlg.evidence.toPlainText()
    assert secret.file_no in evidence
    assert (SECRET_NAME in dlg.windowTitle(), SECRET_NAME in evidence) == (shows_name, shows_name)
    assert (PLACEHOLDER in dlg.windowTitle()) is not shows_name


@pytest.mark.parametrize("who, shows_name", [("lin", False), ("zhou", True)])
def test_daily_summary_names_a_confidential_referrer_only_to_those_who_may_read_it(staff, secret, tmp_path, who,
                                                                                     shows_name):
    import datetime as dt

    from openpyxl import load_workbook

    from salesdesk import reception
    from salesdesk.forms import daily_summary
    from salesdesk.reception import ReceptionInput
    from tests.test_customers_forms import pdf_text

    rotation.sign_in(staff["li"])
    reception.receive(ReceptionInput(name="赵先生", phone="13700137000", source=REFERRAL, referrer_id=secret.id,
                                     media="朋友介绍"))
    session.set_current(staff[who])
    day = dt.date.today()
    ws = load_workbook(daily_summary.render(day, tmp_path / "daily.xlsx"))["Visits"]
    source = next(r[6] for r in ws.iter_rows(values_only=True) if r[3] == "赵先生")
    assert (SECRET_NAME in source) is shows_name
    if not shows_name:
        assert source.endswith(f"({secret.file_no} {PLACEHOLDER})")
    text = pdf_text(daily_summary.render(day, tmp_path / "daily.pdf"))
    assert "赵先生" in text and (SECRET_NAME in text) is shows_name

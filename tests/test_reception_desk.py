"""A scripted Saturday at the sales desk, typed with the keyboard: four consultants
sign in, thirty walk-ins are checked in and signed out, and the day's summary
adds up. Also: the check-in form shows a known customer's owner and protection."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from salesdesk import customers, reception, rotation, visitors
from salesdesk.models.accounts import User
from salesdesk.models.reception import AGENT, REFERRAL, Reception
from salesdesk.models.visitors import ON_SITE, Visit
from salesdesk.reception import ReceptionInput
from salesdesk.reception_summary import summarise
from salesdesk.ui import i18n as ui_i18n
from salesdesk.ui.bus import bus
from salesdesk.ui.reception import ReceptionPanel
from salesdesk.ui.visitors import VisitorsTab
from tests.ui_helpers import by_name, unlabelled_inputs

NAMES = ["王丽", "李强", "张敏", "赵磊"]


@pytest.fixture
def desk(qtbot, ctx):
    ui_i18n.install("en")
    users = {n: User.create(username=f"c{i}", display_name=n, role="consultant") for i, n in enumerate(NAMES, 1)}
    tab = VisitorsTab()
    panel = ReceptionPanel()
    for w in (tab, panel):
        qtbot.addWidget(w)
        w.show()
    tab.resize(1400, 900)
    qtbot.waitExposed(tab)
    return tab, panel, users


def type_into(qtbot, widget, text):
    widget.setFocus()
    target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() is not None else widget
    if text.isascii():
        qtbot.keyClicks(target, text)
    else:
        target.insert(text)  # Chinese arrives from the input method in one piece


def check_in(qtbot, tab, phone, name="", **extra) -> Reception:
    """Phone, name, the reception fields asked for, Enter. Returns the reception saved."""
    form = tab.form
    before = Reception.select().count()
    type_into(qtbot, form.phone, phone)
    if name:
        type_into(qtbot, form.name, name)
    if "consultant" in extra:
        combo = form.consultant
        combo.setFocus()
        combo.setCurrentIndex(combo.findText(extra["consultant"]))
    if extra.get("requested"):
        form.requested.setFocus()
        qtbot.keyClick(form.requested, Qt.Key.Key_Space)
    if "source" in extra:
        form.source.setFocus()
        form.source.setCurrentIndex(form.source.findData(extra["source"]))
    if "agent" in extra:
        type_into(qtbot, form.agent_name, extra["agent"])
    if "referrer" in extra:
        type_into(qtbot, form.referrer, extra["referrer"])
        qtbot.keyClick(form.referrer, Qt.Key.Key_Tab)
    if "media" in extra:
        type_into(qtbot, form.media, extra["media"])
    last = form.media if "media" in extra else form.name if name else form.phone
    qtbot.keyClick(last.lineEdit() if hasattr(last, "lineEdit") and last.lineEdit() else last, Qt.Key.Key_Return)
    assert Reception.select().count() == before + 1, form.reception_info.text()
    return Reception.select().order_by(Reception.id.desc()).get()


def sign_out(qtbot, tab, visit_id: int) -> None:
    """Select the visitor's row in the log and press F8."""
    tab.refresh()
    for row in range(tab.model.rowCount()):
        r = tab.model.row_at(row)
        if r is not None and r.id == visit_id:
            tab.table.selectRow(row)
            break
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F8)
    assert Visit.get_by_id(visit_id).status != ON_SITE


def test_scripted_saturday_of_thirty_walk_ins(qtbot, desk):
    tab, panel, users = desk
    assert unlabelled_inputs(tab) == []
    # last week: three customers on file with their owners
    for u in ("王丽", "李强"):
        rotation.sign_in(users[u], dt.datetime.now() - dt.timedelta(days=7))
    week_ago = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=7)
    regulars = {}
    for i, (phone, name) in enumerate([("13600000001", "老客甲"), ("13600000002", "老客乙"), ("13600000003", "老客丙")]):
        r = reception.receive(ReceptionInput(name=name, phone=phone, arrived_at=week_ago + dt.timedelta(minutes=i)))
        reception.finish(r.id, week_ago + dt.timedelta(minutes=30))
        regulars[phone] = r.consultant.display_name
    assert regulars == {"13600000001": "王丽", "13600000002": "李强", "13600000003": "王丽"}

    # 08:50 the consultants sign in at the dock, typing their names
    who = by_name(panel, "Consultant to sign in")
    for n in NAMES:
        type_into(qtbot, who, n)
        qtbot.keyClick(who.lineEdit(), Qt.Key.Key_Return)
    assert [panel.table.item(r, 1).text() for r in range(4)] == NAMES

    served: list[str] = []
    on_site: list[Reception] = []

    def walk_in(i: int, **kw) -> Reception:
        expected = kw.pop("expect", None)
        predicted = panel.next_label.text().removeprefix("Next new customer: ")
        r = check_in(qtbot, tab, kw.pop("phone", "1390000%04d" % i), kw.pop("name", f"访客{i:02d}"), **kw)
        if expected is None:
            assert r.consultant.display_name == predicted, i  # the dock showed who was next
        else:
            assert r.consultant.display_name == expected, i
        served.append(r.consultant.display_name)
        on_site.append(r)
        return r

    def leave(n: int = 1) -> None:
        for _ in range(n):
            sign_out(qtbot, tab, on_site.pop(0).visit_id)

    for i in range(1, 4):
        walk_in(i)
    leave(2)
    walk_in(4, consultant="张敏", requested=True, expect="张敏")  # asks for 张敏 by name
    walk_in(5, phone="13600000001", name="", expect="王丽")  # a regular: goes to the owner
    leave(3)
    for i in range(6, 10):
        walk_in(i)
        leave()
    # 李强 goes to the bank: passed over while away, no catching up after
    panel.table.selectRow([panel.table.item(r, 1).text() for r in range(4)].index("李强"))
    rotation.set_away(users["李强"], "bank")
    panel.refresh()
    for i in range(10, 14):
        r = walk_in(i)
        assert r.consultant.display_name != "李强"
        leave()
    rotation.set_back(users["李强"])
    panel.refresh()
    walk_in(14, source=AGENT, agent="链家小周")
    walk_in(15, phone="13600000002", name="", expect="李强")  # regular of 李强
    leave(2)
    walk_in(16, source=REFERRAL, referrer="13600000001", media="Friend or relative")
    leave()
    # 王丽 signs off at noon: her regular is received by a stand-in
    rotation.sign_off(users["王丽"])
    panel.refresh()
    r = walk_in(17, phone="13600000003", name="")
    assert r.reason == "stand_in" and r.owner.display_name == "王丽"
    leave()
    for i in range(18, 31):
        walk_in(i)
        if len(on_site) > 1:
            leave()
    leave(len(on_site))

    assert len(served) == 30
    s = summarise(dt.date.today())
    assert (s.groups, s.first, s.returning) == (30, 27, 3)
    by_src = {x.source: x.total for x in s.by_source}
    assert by_src == {"walk_in": 28, "phone": 0, "agent": 1, "referral": 1}
    counts = {x.consultant.display_name: x.served for x in s.by_consultant}
    assert counts == {n: served.count(n) for n in set(served)}
    assert sum(counts.values()) == 30
    # every visit in the log carries its consultant as host, and its reception
    for v in Visit.select():
        rec = reception.for_visit(v.id)
        assert rec is not None and v.host_name == rec.consultant.display_name
        assert v.customer_id == rec.customer_id
    assert Visit.select().where(Visit.status == ON_SITE).count() == 0
    assert all(not e.busy for e in rotation.entries())


def test_known_phone_shows_owner_and_protection(qtbot, desk):
    tab, panel, users = desk
    rotation.sign_in(users["王丽"])
    rotation.sign_in(users["李强"])
    bus.changed.emit("reception")  # as the panel announces a sign-in
    v = visitors.check_in(visitors.CheckIn(name="陈先生", phone="13800138000",
                                           extra={"reception": ReceptionInput()}))
    assert v.customer is not None and v.customer.consultant.display_name == "王丽"
    visitors.sign_out([v.id])
    type_into(qtbot, tab.form.phone, "138 0013 8000")
    qtbot.keyClick(tab.form.phone, Qt.Key.Key_Tab)
    info = tab.form.reception_info.text()
    assert "Known customer 陈先生" in info and "Owner: 王丽" in info and "protected 8 more day(s)" in info
    assert "Goes to the owner 王丽" in info
    assert tab.form.name.text() == "陈先生"


def test_not_a_sales_visit_gets_no_consultant(qtbot, desk):
    tab, panel, users = desk
    rotation.sign_in(users["王丽"])
    bus.changed.emit("reception")
    assert tab.form.sales.isChecked()
    type_into(qtbot, tab.form.name, "快递员")
    tab.form.purpose.setCurrentText("Delivery")
    assert not tab.form.sales.isChecked()
    qtbot.keyClick(tab.form.name, Qt.Key.Key_Return)
    assert Visit.select().count() == 1 and Reception.select().count() == 0
    assert rotation.next_consultant() == users["王丽"]


def test_reception_error_shown_on_the_field_and_nothing_saved(qtbot, desk):
    tab, panel, users = desk
    rotation.sign_in(users["王丽"])
    bus.changed.emit("reception")
    type_into(qtbot, tab.form.name, "渠道客")
    tab.form.source.setCurrentIndex(tab.form.source.findData(AGENT))
    qtbot.keyClick(tab.form.name, Qt.Key.Key_Return)
    assert Visit.select().count() == 0  # one transaction: no visit without its reception
    row, label = tab.form.errors["agent_name"]
    assert "agent" in label.text() and tab.form.form.isRowVisible(row)
    assert tab.form.name.text() == "渠道客"
    assert customers.find_by_phone("13800000000") is None


def test_without_a_roster_visitors_are_registered_as_before(qtbot, desk):
    tab, panel, users = desk
    assert not tab.form.sales.isChecked()
    assert "No consultant has signed in today" in tab.form.reception_info.text()
    type_into(qtbot, tab.form.name, "张三")
    qtbot.keyClick(tab.form.name, Qt.Key.Key_Return)
    assert Visit.select().count() == 1 and Reception.select().count() == 0
    # the first consultant signs in at the panel: sales reception applies from now on
    type_into(qtbot, by_name(panel, "Consultant to sign in"), "王丽")
    qtbot.keyClick(by_name(panel, "Consultant to sign in").lineEdit(), Qt.Key.Key_Return)
    assert tab.form.sales.isChecked() and "Next in the queue: 王丽." in tab.form.reception_info.text()


def test_the_owners_return_visit_at_the_desk_takes_the_customer_off_the_ending_soon_list(qtbot, desk):
    """The panel's ownership list follows a sales check-in (which says "reception" as well as "visitors")."""
    from salesdesk.models.reception import CustomerOwnership

    tab, panel, users = desk
    rotation.sign_in(users["王丽"])
    bus.changed.emit("reception")
    v = visitors.check_in(visitors.CheckIn(name="陈先生", phone="13800138000", extra={"reception": ReceptionInput()}))
    visitors.sign_out([v.id])
    CustomerOwnership.update(protected_until=dt.date.today() + dt.timedelta(days=1)).execute()  # ends tomorrow
    bus.changed.emit("customers")
    listed = lambda: [panel.attention.item(i).text() for i in range(panel.attention.count())]  # noqa: E731
    assert any("陈先生 (王丽): protection ends" in t for t in listed())
    check_in(qtbot, tab, "13800138000")  # back again, served by the owner: protection renewed
    assert not any("陈先生" in t for t in listed())

"""The reception panel as the desk uses it: keyboard sign-in, the queue shown
with the next consultant, away/back, a manager's reorder, a dispute decided."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from salesdesk import ownership, reception, rotation, session
from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer
from salesdesk.models.reception import QueueEvent
from salesdesk.reception import ReceptionInput
from salesdesk.ui.reception import ReceptionPanel
from salesdesk.ui.reception.dialogs import DisputeDialog, ReorderDialog
from tests.ui_helpers import by_name


def consultants():
    return [User.create(username=f"c{i}", display_name=n, role="consultant") for i, n in enumerate(["王丽", "李强", "张敏"], 1)]


def queue_rows(panel):
    t = panel.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_keyboard_sign_in_and_queue(qtbot, ctx):
    a, b, c = consultants()
    panel = ReceptionPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert "Nobody has signed in" in panel.next_label.text()
    who = by_name(panel, "Consultant to sign in")
    for name in ("李强", "王"):  # a unique part of a name is enough
        who.setFocus()
        who.lineEdit().insert(name)  # Chinese arrives from the input method as committed text
        qtbot.keyClick(who.lineEdit(), Qt.Key.Key_Return)
    assert [r[1] for r in queue_rows(panel)] == ["李强", "王丽"]
    assert panel.next_label.text() == "Next new customer: 李强"
    assert who.findText("李强") < 0 and who.findText("张敏") >= 0  # on duty: no longer offered
    # a walk-in goes to 李强 (the bus announces it), who shows as serving
    r = reception.receive(ReceptionInput(name="陈先生", phone="13800138000"))
    panel.refresh()
    rows = queue_rows(panel)
    assert [r[1] for r in rows] == ["王丽", "李强"]  # took the turn: to the back
    assert rows[1][2:] == ["Serving", "陈先生", "1"]
    assert panel.next_label.text() == "Next new customer: 王丽"
    reception.finish(r.id)
    # away and back from the buttons
    panel.table.selectRow(0)
    assert panel.selected_consultant() == a.id
    assert panel.away_button.isEnabled() and not panel.back_button.isEnabled()
    rotation.set_away(a, "lunch")
    panel.refresh()
    assert [x[2] for x in queue_rows(panel) if x[1] == "王丽"] == ["Away"]
    assert panel.next_label.text() == "Next new customer: 李强"


def test_manager_reorders_with_reason(qtbot, ctx):
    a, b, c = consultants()
    for u in (a, b, c):
        rotation.sign_in(u)
    session.set_current(User.create(username="boss", display_name="经理", role="manager"))
    dlg = ReorderDialog(rotation.entries())
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.list.setCurrentRow(2)
    qtbot.keyClick(dlg.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dlg.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    dlg._accept()
    assert dlg.result() == 0  # no reason yet: the dialog stays open
    by_name(dlg, "Reason").insert("张敏 has the VIP appointment")
    dlg._accept()
    assert dlg.result() == 1
    rotation.reorder(dlg.order(), dlg.reason())
    assert [e.consultant.display_name for e in rotation.entries()] == ["张敏", "王丽", "李强"]
    assert QueueEvent.get(QueueEvent.event == "reorder").reason == "张敏 has the VIP appointment"


def test_dispute_shown_with_evidence_and_decided(qtbot, ctx):
    a, b, c = consultants()
    for u in (a, b, c):
        rotation.sign_in(u, dt.datetime.now().replace(hour=8, minute=0))
    first = reception.receive(ReceptionInput(name="陈先生", phone="13800138000"))
    reception.finish(first.id)
    reception.receive(ReceptionInput(phone="13800138000", consultant_id=b.id, requested=True))
    panel = ReceptionPanel()
    qtbot.addWidget(panel)
    items = [panel.attention.item(i).text() for i in range(panel.attention.count())]
    assert items == ["Dispute: 陈先生 — owner 王丽, claimed by 李强"]
    session.set_current(User.create(username="boss", display_name="经理", role="manager"))
    d = ownership.open_disputes()[0]
    dlg = DisputeDialog(d.id)
    qtbot.addWidget(dlg)
    text = by_name(dlg, "Evidence").toPlainText()
    assert "First visit:" in text and "served by 王丽" in text and "Requested by name" in text
    dlg.options[1][0].setChecked(True)  # give to the claimant
    by_name(dlg, "Reason for the decision").insert("customer insists on 李强")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.result() == 1
    assert Customer.get_by_id(first.customer_id).consultant_id == b.id
    panel.refresh()
    assert panel.attention.count() == 0


def test_consultant_raises_a_dispute_from_the_panel(qtbot, ctx):
    from salesdesk.ui.reception.dialogs import RaiseDisputeDialog

    a, b, c = consultants()
    rotation.sign_in(a)
    first = reception.receive(ReceptionInput(name="陈先生", phone="13800138000"))
    dlg = RaiseDisputeDialog()
    qtbot.addWidget(dlg)
    by_name(dlg, "Customer's phone").insert("138 0013 8000")
    dlg._find()
    assert "陈先生" in dlg.found.text() and "owner 王丽" in dlg.found.text()
    dlg.claimant.setCurrentIndex(dlg.claimant.findText("张敏"))
    by_name(dlg, "Claim (what proves it)").insert("phone enquiry logged on 11-10")
    dlg._raise()
    assert dlg.result() == 1
    d = ownership.open_disputes()[0]
    assert (d.customer_id, d.owner, d.claimant, d.claim) == (first.customer_id, a, c, "phone enquiry logged on 11-10")


def test_the_day_start_lapses_ended_protections_just_after_the_panel_shows(qtbot, ctx):
    """The sweep runs once, straight after start-up (not before the window appears)."""
    from salesdesk.models.reception import OwnershipEvent

    from salesdesk.models.reception import CustomerOwnership

    a, b, c = consultants()
    rotation.sign_in(a, dt.datetime.now().replace(hour=8, minute=0))
    visit = reception.receive(ReceptionInput(name="陈先生", phone="13800138000"))
    assert Customer.get_by_id(visit.customer_id).consultant_id == a.id
    CustomerOwnership.update(protected_until=dt.date.today() - dt.timedelta(days=1)).execute()  # ended yesterday
    panel = ReceptionPanel()
    qtbot.addWidget(panel)
    assert Customer.get_by_id(visit.customer_id).consultant_id == a.id  # not before it is on the screen
    panel.show()
    qtbot.waitUntil(lambda: Customer.get_by_id(visit.customer_id).consultant_id is None)
    assert OwnershipEvent.select().where(OwnershipEvent.event == "lapse").count() == 1
    panel.start_of_day()  # once a day
    panel.refresh()
    assert OwnershipEvent.select().where(OwnershipEvent.event == "lapse").count() == 1

"""'Done serving': a consultant finishes with a visitor who stays on site (handed to the
contract desk, waiting for family) and goes back into the queue; the visit stays open."""
from __future__ import annotations

import pytest

from salesdesk import reception, rotation, visitors
from salesdesk.errors import SalesDeskError
from salesdesk.models.accounts import User
from salesdesk.models.audit import AuditLog
from salesdesk.models.visitors import Visit
from salesdesk.reception import ReceptionInput
from salesdesk.ui.reception import ReceptionPanel
from tests.test_reception_ui import consultants, queue_rows


def test_done_serving_frees_the_consultant_and_keeps_the_visit_open(qtbot, ctx):
    a, b, _c = consultants()
    rotation.sign_in(a)
    rotation.sign_in(b)
    visit = visitors.check_in(visitors.CheckIn(name="陈先生", phone="13800138000", extra={"reception": ReceptionInput()}))
    panel = ReceptionPanel()
    qtbot.addWidget(panel)
    panel.show()
    serving = next(r for r, row in enumerate(queue_rows(panel)) if row[2] == "Serving")
    assert queue_rows(panel)[serving][1] == "王丽" and queue_rows(panel)[serving][3] == "陈先生"
    panel.table.selectRow(1 - serving)  # the free consultant: nothing to finish
    assert not panel.done_button.isEnabled()
    panel.table.selectRow(serving)
    assert panel.done_button.isEnabled()
    panel.done_button.click()
    assert [row[2] for row in queue_rows(panel)] == ["On duty", "On duty"]
    assert not rotation.is_busy(a)
    assert Visit.get_by_id(visit.id).time_out is None  # the visitor is still on site
    row = AuditLog.get(AuditLog.action == "finish")
    assert row.record_type == "reception" and "王丽" in row.note
    # signing the visitor out later changes nothing for the consultant
    visitors.sign_out([visit.id])
    assert not rotation.is_busy(a)


def test_done_serving_for_a_free_consultant_is_refused(ctx):
    a, *_ = consultants()
    rotation.sign_in(a)
    with pytest.raises(SalesDeskError, match="not serving"):
        reception.finish_serving(a)
    r = reception.receive(ReceptionInput(name="李女士", phone="13900139000"))
    assert reception.finish_serving(a.id) == 1
    assert reception.finish(r.id).ended_at is not None  # ending it twice keeps the first time
    assert AuditLog.select().where(AuditLog.action == "finish").count() == 1

"""The rotation queue's house rules (issue 9), driven through the services."""
from __future__ import annotations

import datetime as dt

import pytest

from salesdesk import reception, rotation, session
from salesdesk.errors import PermissionDenied, SalesDeskError, ValidationError
from salesdesk.models.accounts import User
from salesdesk.models.reception import MANAGER, REQUESTED, ROTATION, QueueEvent, Reception
from salesdesk.reception import ReceptionInput

DAY = dt.date(2026, 11, 21)  # a Saturday


def at(hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hh, mm))


@pytest.fixture
def team(ctx):
    names = ["王丽", "李强", "张敏", "赵磊"]
    users = [User.create(username=f"c{i}", display_name=n, role="consultant") for i, n in enumerate(names, 1)]
    for i, u in enumerate(users):
        rotation.sign_in(u, at(8, 50 + i))
    return users


_phone = iter(range(13900000000, 13999999999))


def walk_in(hh: int, mm: int, **kw) -> Reception:
    n = next(_phone)
    kw.setdefault("name", f"客户{n % 1000}")
    kw.setdefault("phone", str(n))
    return reception.receive(ReceptionInput(arrived_at=at(hh, mm), visit_id=n % 10**6, **kw))


def leave(r: Reception, hh: int, mm: int = 0) -> None:
    assert reception.visitor_left([r.visit_id], at(hh, mm)) == 1


def order() -> list[str]:
    return [e.consultant.display_name for e in rotation.entries(DAY) if e.status != rotation.OFF]


def test_sign_in_order_and_plain_rotation(team):
    a, b, c, d = team
    assert order() == ["王丽", "李强", "张敏", "赵磊"]
    assert rotation.next_consultant(DAY) == a
    r1 = walk_in(9, 0)
    assert (r1.consultant, r1.reason, r1.first_visit) == (a, ROTATION, True)
    leave(r1, 9, 20)
    assert order() == ["李强", "张敏", "赵磊", "王丽"]
    for expected in (b, c, d, a):
        r = walk_in(9, 30)
        leave(r, 9, 40)
        assert r.consultant == expected


def test_requested_consultant_gives_up_next_turn(team):
    a, b, c, d = team
    r = walk_in(9, 0, consultant_id=c.id, requested=True)  # asks for 张敏 by name
    assert (r.consultant, r.reason) == (c, REQUESTED)
    leave(r, 9, 30)
    served = []
    for _ in range(4):
        x = walk_in(10, 0)
        leave(x, 10, 5)
        served.append(x.consultant.display_name)
    # 张敏's next regular turn (the third) is passed: she goes to the back, behind 李强
    assert served == ["王丽", "李强", "赵磊", "王丽"]
    assert order() == ["李强", "张敏", "赵磊", "王丽"]
    passes = [e for e in QueueEvent.select() if e.event == rotation.PASSED_SKIP]
    assert [p.consultant.display_name for p in passes] == ["张敏"]


def test_busy_consultant_passed_over_keeps_place_and_is_free_after_sign_out(team):
    a, b, c, d = team
    r_owner_visit = walk_in(9, 0, consultant_id=a.id, requested=True)  # 王丽 busy, and gives up a turn
    # make the skip irrelevant for this test: only busy-ness matters
    rotation.DutySignIn.update(skip_turns=0).execute()
    assert rotation.is_busy(a, DAY)
    x = walk_in(9, 5)
    assert x.consultant == b  # 王丽 busy: passed over
    assert order()[0] == "王丽"  # ... and keeps her place at the front
    y = walk_in(9, 6)
    assert y.consultant == c
    leave(r_owner_visit, 9, 30)  # her visitor signs out: free again
    assert not rotation.is_busy(a, DAY)
    z = walk_in(9, 31)
    assert z.consultant == a
    assert any(e.event == rotation.PASSED_BUSY and e.consultant_id == a.id for e in QueueEvent.select())


def test_turns_missed_on_leave_are_not_made_up(team):
    a, b, c, d = team
    rotation.set_away(b, "bank errand", at(9, 0))
    got = []
    for _ in range(3):
        r = walk_in(9, 10)
        leave(r, 9, 15)
        got.append(r.consultant.display_name)
    assert got == ["王丽", "张敏", "赵磊"]  # 李强 passed over while away
    rotation.set_back(b, at(9, 20))
    # back: 李强 was moved behind 王丽 when his turn passed; he is not served twice to catch up
    got = []
    for _ in range(4):
        r = walk_in(9, 30)
        leave(r, 9, 35)
        got.append(r.consultant.display_name)
    assert got == ["王丽", "李强", "张敏", "赵磊"]
    assert got.count("李强") == 1


def test_nobody_free_is_a_clear_message(team):
    for u in team:
        walk_in(9, 0, consultant_id=u.id, requested=True)
    with pytest.raises(SalesDeskError, match="No consultant on duty is free"):
        walk_in(9, 10)
    assert Reception.select().count() == 4  # nothing half-written


def test_signed_off_consultant_leaves_the_queue(team):
    a, b, c, d = team
    rotation.sign_off(a, at(9, 0))
    assert rotation.next_consultant(DAY) == b
    with pytest.raises(SalesDeskError, match="already signed off"):
        rotation.sign_off(a, at(9, 1))


def test_manager_reorder_needs_reason_and_permission(team):
    a, b, c, d = team
    with pytest.raises(ValidationError):
        rotation.reorder([d.id, c.id, b.id, a.id], "  ", DAY, at(9, 0))
    clerk = User.create(username="desk", display_name="前台", role="receptionist")
    session.set_current(clerk)
    with pytest.raises(PermissionDenied):
        rotation.reorder([d.id, c.id, b.id, a.id], "new staff first", DAY, at(9, 0))
    session.set_current(User.create(username="boss", display_name="经理", role="manager"))
    rotation.reorder([d.id, c.id, b.id, a.id], "赵磊 covers the morning", DAY, at(9, 0))
    assert order() == ["赵磊", "张敏", "李强", "王丽"]
    ev = QueueEvent.get(QueueEvent.event == rotation.REORDER)
    assert ev.reason == "赵磊 covers the morning" and ev.detail == "赵磊 > 张敏 > 李强 > 王丽"
    with pytest.raises(SalesDeskError, match="every consultant"):
        rotation.reorder([a.id, b.id], "partial", DAY, at(9, 1))


def test_queue_jump_needs_manager(team):
    a, b, c, d = team
    session.set_current(User.create(username="desk", display_name="前台", role="receptionist"))
    with pytest.raises(PermissionDenied):
        walk_in(9, 0, consultant_id=c.id)  # not next, not requested: jumping the queue
    session.set_current(User.create(username="boss", display_name="经理", role="manager"))
    r = walk_in(9, 0, consultant_id=c.id)
    assert r.reason == MANAGER
    assert rotation.next_consultant(DAY) == a  # the queue did not move


def test_queue_switched_off_needs_a_choice(team):
    from salesdesk import settings

    settings.set("reception.queue_enabled", False)
    with pytest.raises(ValidationError) as exc:
        walk_in(9, 0)
    assert "consultant" in exc.value.errors
    r = walk_in(9, 0, consultant_id=team[2].id)
    assert r.reason == reception.DIRECT

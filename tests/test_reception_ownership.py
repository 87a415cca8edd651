"""Ownership lifecycle (issue 9): first visit, return to the owner, stand-in,
reminder, lapse and release to the pool, claim, disputes, family groups."""
from __future__ import annotations

import datetime as dt

import pytest

from salesdesk import ownership, reception, rotation, session, settings
from salesdesk.errors import PermissionDenied, ValidationError
from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer
from salesdesk.models.reception import (AGENT, OPEN_POOL, OWNER, PROTECTED, REFERRAL, REQUESTED, ROTATION, STAND_IN,
                                        CustomerOwnership, Dispute, OwnershipEvent)
from salesdesk.reception import ReceptionInput

D1 = dt.date(2026, 11, 21)


def at(day: dt.date, hh: int = 10, mm: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hh, mm))


@pytest.fixture
def team(ctx):
    users = [User.create(username=f"c{i}", display_name=n, role="consultant") for i, n in enumerate(["王丽", "李强", "张敏"], 1)]
    return users


def on_duty(day: dt.date, *users: User) -> None:
    for i, u in enumerate(users):
        rotation.sign_in(u, at(day, 8, i))


def visit(day: dt.date, phone: str, name: str = "", hh: int = 10, **kw):
    r = reception.receive(ReceptionInput(name=name, phone=phone, arrived_at=at(day, hh), **kw))
    reception.finish(r.id, at(day, hh, 30))
    return r


def test_first_visit_opens_the_file_with_the_serving_consultant_as_owner(team):
    a, b, c = team
    on_duty(D1, a, b, c)
    rec = reception.identify("138 0013 8000", today=D1)
    assert not rec.known and rec.suggested == a and rec.reason == ROTATION
    r = visit(D1, "138 0013 8000", "陈先生", company="湖州电力")
    cust = Customer.get(Customer.id == r.customer_id)
    assert cust.consultant_id == a.id and cust.name == "陈先生" and cust.company == "湖州电力"
    st = ownership.state(cust, D1)
    assert st.first_visit_at == at(D1) and st.first_consultant == a
    assert st.protected_until == D1 + dt.timedelta(days=7)  # never followed up: the short term
    assert st.days_left == 8
    # the phone now tells a known customer, with owner and first-visit date
    rec = reception.identify("+86 138-0013-8000", today=D1)
    assert rec.known and rec.state.owner == a and rec.reason == OWNER


def test_return_visit_goes_to_owner_and_renews_protection(team):
    a, b, c = team
    on_duty(D1, a, b, c)
    first = visit(D1, "13800138000", "陈先生")
    d2 = D1 + dt.timedelta(days=5)
    on_duty(d2, c, b, a)  # 张敏 first in the queue that day
    r = visit(d2, "13800138000")
    assert (r.consultant, r.reason, r.first_visit) == (a, OWNER, False)
    st = ownership.state(r.customer, d2)
    assert st.last_follow_up_at == at(d2) and st.protected_until == d2 + dt.timedelta(days=30)
    assert rotation.next_consultant(d2) == c  # serving the owner's customer does not use a turn
    assert first.customer_id == r.customer_id


def test_stand_in_when_owner_absent(team):
    a, b, c = team
    on_duty(D1, a, b, c)
    visit(D1, "13800138000", "陈先生")
    d2 = D1 + dt.timedelta(days=2)
    on_duty(d2, b, c)  # 王丽 (the owner) is not on duty
    rec = reception.identify("13800138000", today=d2)
    assert rec.reason == STAND_IN and rec.suggested == b
    r = visit(d2, "13800138000")
    assert (r.consultant, r.reason, r.owner) == (b, STAND_IN, a)
    cust = Customer.get(Customer.id == r.customer_id)
    assert cust.consultant_id == a.id  # still 王丽's
    st = ownership.state(cust, d2)
    assert st.last_follow_up_at is None  # a stand-in is not the owner's follow-up
    assert rotation.next_consultant(d2) == b  # standing in is not a rotation turn
    note = OwnershipEvent.select().where(OwnershipEvent.event == "return_visit").get().note
    assert "李强" in note and "not the owner" in note


def test_reminder_then_lapse_returns_customer_to_pool_and_next_server_claims(team):
    a, b, c = team
    settings.set("reception.first_visit_protection_days", 7)
    settings.set("reception.reminder_days", 2)
    on_duty(D1, a, b, c)
    cust = visit(D1, "13800138000", "陈先生").customer
    lapsed, due = ownership.sweep(D1 + dt.timedelta(days=4))
    assert lapsed == 0 and due == []
    lapsed, due = ownership.sweep(D1 + dt.timedelta(days=6))  # protected until D1+7: reminder window
    assert [s.customer.id for s in due] == [cust.id] and due[0].days_left == 2
    ownership.sweep(D1 + dt.timedelta(days=6))
    assert OwnershipEvent.select().where(OwnershipEvent.event == "reminder").count() == 1  # once per lapse date
    lapsed, _ = ownership.sweep(D1 + dt.timedelta(days=8))
    assert lapsed == 1
    cust = Customer.get_by_id(cust.id)
    assert cust.consultant is None
    rec = CustomerOwnership.get(CustomerOwnership.customer == cust)
    assert rec.status == OPEN_POOL
    ev = OwnershipEvent.get(OwnershipEvent.event == "lapse")
    assert ev.previous == a
    # back in the pool: the next visit goes by rotation and the server claims the customer
    d9 = D1 + dt.timedelta(days=9)
    on_duty(d9, c, a, b)
    r = visit(d9, "13800138000")
    assert (r.consultant, r.reason, r.first_visit) == (c, ROTATION, False)
    assert Customer.get_by_id(cust.id).consultant_id == c.id
    assert ownership.state(cust, d9).status == PROTECTED


def test_effective_follow_up_only_by_owner(team):
    a, b, c = team
    on_duty(D1, a, b, c)
    cust = visit(D1, "13800138000", "陈先生").customer
    assert not ownership.record_follow_up(cust, b, at(D1 + dt.timedelta(days=3)), "called")
    assert ownership.state(cust, D1).protected_until == D1 + dt.timedelta(days=7)
    assert ownership.record_follow_up(cust, a, at(D1 + dt.timedelta(days=3)), "called")
    assert ownership.state(cust, D1).protected_until == D1 + dt.timedelta(days=33)


def test_only_a_manager_changes_the_owner(team):
    a, b, c = team
    on_duty(D1, a, b, c)
    cust = visit(D1, "13800138000", "陈先生").customer
    session.set_current(User.create(username="desk", display_name="前台", role="receptionist"))
    with pytest.raises(PermissionDenied):
        ownership.reassign(cust, b, "moving on")
    session.set_current(User.create(username="boss", display_name="经理", role="manager"))
    with pytest.raises(ValidationError):
        ownership.reassign(cust, b, "")
    ownership.reassign(cust, b, "王丽 left the company")
    assert Customer.get_by_id(cust.id).consultant_id == b.id
    ev = OwnershipEvent.get(OwnershipEvent.event == "reassign")
    assert (ev.previous, ev.consultant, ev.note) == (a, b, "王丽 left the company")


def test_dispute_shows_evidence_and_manager_decides(team):
    a, b, c = team
    on_duty(D1, a, b, c)
    cust = visit(D1, "13800138000", "陈先生").customer
    d2 = D1 + dt.timedelta(days=3)
    on_duty(d2, a, b, c)
    # the customer asks for 李强 by name although 王丽 owns them: served, and a dispute opens
    r = visit(d2, "13800138000", consultant_id=b.id, requested=True)
    assert (r.consultant, r.reason) == (b, REQUESTED)
    disputes = ownership.open_disputes()
    assert len(disputes) == 1 and disputes[0].owner == a and disputes[0].claimant == b
    ev = ownership.evidence(cust)
    assert ev.first_visit_at == at(D1) and ev.first_consultant == a
    assert [x.consultant.display_name for x in ev.receptions] == ["王丽", "李强"]
    assert [e.event for e in ev.events] == ["first_visit", "return_visit"]
    session.set_current(User.create(username="desk", display_name="前台", role="receptionist"))
    with pytest.raises(PermissionDenied):
        ownership.decide(disputes[0].id, b, "he met them first")
    session.set_current(User.create(username="boss", display_name="经理", role="manager"))
    with pytest.raises(ValidationError):
        ownership.decide(disputes[0].id, c, "not a party")
    d = ownership.decide(disputes[0].id, a, "first-visit register shows 王丽 on 11-21")
    assert d.status == "decided" and d.winner == a and d.decided_by == "boss"
    assert Customer.get_by_id(cust.id).consultant_id == a.id
    assert OwnershipEvent.get(OwnershipEvent.event == "dispute").note == "first-visit register shows 王丽 on 11-21"
    # deciding for the claimant moves the customer
    d2b = ownership.raise_dispute(cust, c, "registered by phone last month")
    ownership.decide(d2b.id, c, "phone record proves 张敏 earlier")
    assert Customer.get_by_id(cust.id).consultant_id == c.id
    assert Dispute.select().where(Dispute.status == "open").count() == 0


def test_family_counts_as_one_and_shares_the_owner(team):
    a, b, c = team
    on_duty(D1, a, b, c)
    husband = visit(D1, "13800138000", "陈先生").customer
    from salesdesk import customers

    wife = customers.create("林女士", "13900139000")
    ownership.link_family(husband, wife, "spouse")
    assert Customer.get_by_id(wife.id).consultant_id == a.id
    d2 = D1 + dt.timedelta(days=1)
    on_duty(d2, b, c)  # the owner is away that day
    rec = reception.identify("13900139000", today=d2)
    assert rec.state.owner == a and rec.reason == STAND_IN
    with pytest.raises(ValidationError):
        ownership.link_family(husband, husband, "spouse")


def test_visit_sources_are_checked(team):
    a, b, c = team
    on_duty(D1, a, b, c)
    with pytest.raises(ValidationError) as exc:
        visit(D1, "13800138000", "陈先生", source=AGENT, agent_name="链家 小周",
              agent_registered_at=at(D1, 11))  # registered after arrival at 10:00
    assert "agent_registered_at" in exc.value.errors
    assert Customer.select().count() == 0  # nothing half-written
    r = visit(D1, "13800138000", "陈先生", source=AGENT, agent_name="小周", agent_company="链家",
              agent_registered_at=at(D1, 9))
    assert r.source == AGENT and r.agent_company == "链家"
    with pytest.raises(ValidationError) as exc:
        visit(D1, "13700137000", "王女士", source=REFERRAL)
    assert "referrer" in exc.value.errors
    r2 = visit(D1, "13700137000", "王女士", source=REFERRAL, referrer_id=r.customer_id, media="朋友介绍")
    assert r2.referrer_id == r.customer_id and r2.media == "朋友介绍"


def test_owners_contact_in_the_customer_file_renews_protection(team):
    from salesdesk import customer_followups, customer_timeline

    a, b, c = team
    day = dt.date.today() - dt.timedelta(days=10)
    on_duty(day, a, b, c)
    cust = visit(day, "13800138000", "陈先生").customer
    session.set_current(User.create(username="desk", display_name="前台", role="receptionist"))  # not the owner
    customer_followups.add_contact(cust, "phone", "asked about the price", when=at(day + dt.timedelta(days=2)))
    assert ownership.state(cust, day).protected_until == day + dt.timedelta(days=7)
    session.set_current(a)
    customer_followups.add_contact(cust, "phone", "sent the floor plan", when=at(day + dt.timedelta(days=3)))
    st = ownership.state(cust, day)
    assert st.last_follow_up_at == at(day + dt.timedelta(days=3))
    assert st.protected_until == day + dt.timedelta(days=33)
    kinds = [(e.kind, e.title) for e in customer_timeline.entries(cust.id)]
    assert ("ownership", "First visit · 王丽") in kinds
    assert [k for k, _t in kinds].count("contact") == 2 and len(kinds) == 3  # follow-ups shown once, as contacts


def test_merging_two_files_keeps_one_protection_record(team):
    from salesdesk import customer_duplicates

    a, b, c = team
    on_duty(D1, a, b, c)
    one = visit(D1, "13800138000", "陈先生", hh=10).customer
    two = visit(D1, "13900139000", "陈先生", hh=11).customer  # the same man, second phone
    ownership.record_follow_up(two, b, at(D1 + dt.timedelta(days=1)))
    customer_duplicates.merge(one, two)
    rec = CustomerOwnership.get(CustomerOwnership.customer == one)
    assert CustomerOwnership.select().count() == 1
    assert rec.first_visit_at == at(D1, 10) and rec.first_consultant == a  # the earlier first visit
    assert reception.identify("13900139000", today=D1).customer.id == one.id

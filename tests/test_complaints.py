"""The complaint register's rules: intake, deadlines, the loop, recusal, figures."""
import datetime as dt
import itertools
import multiprocessing as mp
import re

import pytest

from salesdesk import complaint_figures as cf
from salesdesk import complaints as cp
from salesdesk import customers, session, startup
from salesdesk.errors import PermissionDenied, SalesDeskError, ValidationError
from salesdesk.models import db as dbmod
from salesdesk.models.accounts import User
from salesdesk.models.audit import AuditLog
from salesdesk.models.complaints import Complaint

T0 = dt.datetime(2025, 9, 30, 17, 0)  # Tuesday before the National Day holiday
NOW = dt.datetime(2025, 9, 30, 17, 5)


@pytest.fixture
def staff(ctx):
    mk = lambda u, n, r: User.create(username=u, display_name=n, role=r)  # noqa: E731
    return {"clerk": mk("r1", "前台小林", "receptionist"), "clerk2": mk("r2", "前台小陈", "receptionist"),
            "sales": mk("s1", "王置业", "consultant"), "eng": mk("e1", "孙工程", "consultant"),
            "manager": mk("m1", "周经理", "manager")}


def intake(**kw):
    base = dict(content="样板房漏水,售楼处无人处理", complainant="李女士", contact="138 0013 8000",
                kind="complaint", channel="电话", category="产品质量", demand="三天内修好", received_at=T0)
    base.update(kw)
    return cp.Intake(**base)


def test_intake_numbers_deadlines_and_receiver(staff):
    session.set_current(staff["clerk"])
    c = cp.take(intake(accused=staff["sales"]), now=NOW)
    assert c.number == "TS-2025-0001"
    assert c.status == "received" and c.receiver_name == "前台小林" and c.receiver_id == staff["clerk"].id
    assert c.first_answer_due == dt.datetime(2025, 10, 1, 17, 0)
    assert c.settle_due == dt.date(2025, 10, 11)  # 3 working days: 9, 10 and the swapped Sat 11 Oct
    assert c.contact == "13800138000"
    assert cp.take(intake(kind="report", complainant=""), now=NOW).number == "TS-2025-0002"
    r = Complaint.get(Complaint.number == "TS-2025-0002")
    assert r.settle_due == dt.date(2025, 10, 14)  # report: 5 working days
    assert AuditLog.select().where(AuditLog.record_id == c.number, AuditLog.action == "create").exists()
    assert [e.to_status for e in cp.history(c)] == ["received"]


def test_unattended_receiver_is_system(ctx):
    c = cp.take(intake(), now=NOW)
    assert c.receiver is None and c.receiver_name == "system"


def test_deadline_setting_is_used(ctx):
    from salesdesk import settings
    settings.set("complaints.deadline.complaint", 1)
    assert cp.take(intake(), now=NOW).settle_due == dt.date(2025, 10, 9)


def test_intake_validation_keeps_nothing(ctx):
    with pytest.raises(ValidationError) as e:
        cp.take(intake(content="  ", complainant="", contact="12345"), now=NOW)
    assert set(e.value.errors) == {"content", "complainant", "contact"}
    with pytest.raises(ValidationError) as e:
        cp.take(intake(received_at=dt.datetime.now() + dt.timedelta(days=1)))
    assert "future" in str(e.value)
    assert Complaint.select().count() == 0


def test_recusal_at_intake_and_assignment(staff):
    with pytest.raises(ValidationError) as e:
        cp.take(intake(accused=staff["sales"], handler=staff["sales"]), now=NOW)
    assert "recusal" in str(e.value)
    c = cp.take(intake(accused=staff["sales"]), now=NOW)
    with pytest.raises(ValidationError):
        cp.start(c, staff["sales"], at=NOW)
    with pytest.raises(ValidationError):
        cp.assign(c, staff["sales"])
    assert Complaint.get_by_id(c.id).status == "received"
    cp.assign(c, staff["eng"], "工程部")
    assert cp.start(c, at=NOW).handler_id == staff["eng"].id


def test_person_complained_about_cannot_open_the_case(staff):
    c = cp.take(intake(accused=staff["sales"]), now=NOW)
    session.set_current(staff["sales"])
    with pytest.raises(PermissionDenied):
        cp.get(c.number)
    with pytest.raises(PermissionDenied):
        cp.start(c, staff["eng"], at=NOW)
    assert cp.visible_query().count() == 0
    session.set_current(staff["eng"])
    assert cp.get(c.number).id == c.id


def test_complainant_identity_is_confidential(staff):
    session.set_current(staff["clerk"])
    c = cp.take(intake(handler=staff["eng"]), now=NOW)
    assert cp.complainant_shown(c) == ("李女士", "13800138000")
    session.set_current(staff["eng"])  # handler
    assert cp.complainant_shown(c)[0] == "李女士"
    session.set_current(staff["manager"])
    assert cp.complainant_shown(c)[0] == "李女士"
    session.set_current(staff["clerk2"])  # another clerk
    assert cp.complainant_shown(c) == ("李**", "138****8000")
    assert cp.search(cp.Filter(text="李女士")).count() == 0
    assert cp.search(cp.Filter(text="漏水")).count() == 1


def test_customer_linked_by_phone_or_created(ctx):
    existing = customers.create("李女士", "13800138000")
    assert cp.take(intake(), now=NOW).customer_id == existing.id
    c2 = cp.take(intake(complainant="张先生", contact="139 0013 9000", create_customer=True), now=NOW)
    assert c2.customer is not None and c2.customer.name == "张先生"
    assert customers.find_by_phone("13900139000").id == c2.customer_id
    c3 = cp.take(intake(complainant="赵先生", contact="137 0013 7000"), now=NOW)
    assert c3.customer is None


def test_major_case_is_escalated_at_once(ctx):
    c = cp.take(intake(severity="major"), now=NOW)
    assert c.escalated_at == NOW
    assert any("escalated" in e.note for e in cp.history(c))


def _walk(c, staff, until):
    """Bring a case to status ``until`` along the normal path."""
    at = T0
    steps = ["in_progress", "replied", "follow_up", "closed"]
    for s in steps[:steps.index(until) + 1] if until in steps else []:
        at += dt.timedelta(hours=2)
        if s == "in_progress":
            c = cp.start(c, staff["eng"], at=at)
        elif s == "replied":
            cp.save_opinion(c, "免费维修并赔偿")
            session.set_current(staff["manager"])
            cp.sign_off(c, at=at)
            session.set_current(None)
            c = cp.reply(c, "已电话告知处理结果", at=at)
        elif s == "follow_up":
            c = cp.follow_up(c, "satisfied", "客户认可", at=at)
        elif s == "closed":
            c = cp.close(c, "结案", at=at)
    if until == "not_accepted":
        c = cp.reject(c, "不属于本公司责任", at=at)
    return Complaint.get_by_id(c.id)


STATUSES = [s for s, _l in cp.STATUSES]


@pytest.mark.parametrize("here,there", list(itertools.product(STATUSES, STATUSES)))
def test_every_transition_allowed_or_refused(staff, here, there):
    c = _walk(cp.take(intake(), now=NOW), staff, here)
    assert c.status == here
    events_before = len(cp.history(c))
    kw = {"handler": staff["eng"], "grade": "satisfied", "at": T0 + dt.timedelta(days=1)}
    note = "说明"
    if (here, there) == ("in_progress", "replied"):
        cp.save_opinion(c, "意见")
        session.set_current(staff["manager"])
        cp.sign_off(c, at=T0 + dt.timedelta(hours=20))
        session.set_current(None)
    if there in cp.ALLOWED[here]:
        moved = cp.move(c, there, note, **kw)
        assert moved.status == there
        hist = [e for e in cp.history(moved) if e.from_status != e.to_status]  # not escalation notes
        assert hist[-1].to_status == there and hist[-1].from_status == here and hist[-1].username == "system"
    else:
        with pytest.raises(SalesDeskError) as e:
            cp.move(c, there, note, **kw)
        assert "cannot" in str(e.value)
        assert Complaint.get_by_id(c.id).status == here
        assert len(cp.history(c)) == events_before


def test_refusal_messages_say_why(staff):
    c = _walk(cp.take(intake(), now=NOW), staff, "replied")
    with pytest.raises(SalesDeskError) as e:
        cp.close(c)
    assert "follow-up call" in str(e.value)
    c = _walk(cp.take(intake(), now=NOW), staff, "closed")
    with pytest.raises(SalesDeskError) as e:
        cp.start(c, staff["eng"])
    assert "already Closed" in str(e.value)


def test_not_accepted_needs_a_reason(staff):
    c = cp.take(intake(), now=NOW)
    with pytest.raises(ValidationError):
        cp.reject(c, "  ")
    c = cp.reject(c, "非本项目业主", at=NOW)
    assert c.status == "not_accepted" and c.closed_at == NOW and c.reject_reason == "非本项目业主"


def test_reply_needs_manager_signoff(staff):
    c = cp.start(cp.take(intake(), now=NOW), staff["eng"], at=NOW)
    with pytest.raises(SalesDeskError) as e:
        cp.reply(c, "已答复")
    assert "signed off" in str(e.value)
    cp.save_opinion(c, "免费维修")
    session.set_current(staff["clerk"])
    with pytest.raises(PermissionDenied):
        cp.sign_off(c)
    session.set_current(staff["manager"])
    c = cp.sign_off(c)
    assert c.signed_off_name == "周经理"
    c = cp.save_opinion(c, "免费维修并道歉")  # a changed opinion needs a new signature
    assert c.signed_off_at is None
    cp.sign_off(c)
    assert cp.reply(c, "已答复").status == "replied"
    # an enquiry does not need a signature
    q = cp.start(cp.take(intake(kind="enquiry"), now=NOW), staff["eng"], at=NOW)
    assert cp.reply(q, "已解答").status == "replied"


def test_not_satisfied_reopens_as_repeated_major(staff):
    c = _walk(cp.take(intake(), now=NOW), staff, "replied")
    c = cp.follow_up(c, "dissatisfied", "客户不认可", at=T0 + dt.timedelta(days=1))
    assert c.status == "in_progress" and c.reopen_count == 1 and c.severity == "major"
    assert c.signed_off_at is None and c.escalated_at is not None
    assert "re-opened" in cp.history(c)[-2].note or "re-opened" in cp.history(c)[-1].note
    cp.save_opinion(c, "更换并赔偿")
    session.set_current(staff["manager"])
    cp.sign_off(c)
    c = cp.reply(c, "再次答复")
    c = cp.follow_up(c, "very_satisfied")
    c = cp.close(c)
    assert c.status == "closed" and len(cp.follow_ups(c)) == 2


def test_first_answer_and_overdue(staff):
    c = cp.take(intake(), now=NOW)
    assert cp.deadline_state(c, NOW) == ""
    late_answer = dt.datetime(2025, 10, 1, 18)
    assert cp.deadline_state(c, late_answer) == "overdue"  # no first answer within 24 h
    assert cp.attention(late_answer).overdue == 1
    cp.record_first_answer(c, "已告知客户两日内上门", at=dt.datetime(2025, 10, 1, 9))
    c = Complaint.get_by_id(c.id)
    with pytest.raises(SalesDeskError):
        cp.record_first_answer(c, "again")
    assert cp.deadline_state(c, late_answer) == ""
    due_day = dt.datetime(2025, 10, 11, 9)
    assert cp.deadline_state(c, due_day) == "due_today"
    assert cp.search(cp.Filter(deadline="due_today"), due_day).count() == 1
    assert cp.attention(due_day).due_today == 1
    after = dt.datetime(2025, 10, 12, 9)
    assert cp.deadline_state(c, after) == "overdue"
    assert cp.search(cp.Filter(deadline="overdue"), after).count() == 1
    assert cp.search(cp.Filter(deadline="attention"), after).count() == 1
    c = _walk(c, staff, "closed")
    assert cp.deadline_state(c, after) == ""


def test_monthly_figures(staff):
    a = _walk(cp.take(intake(channel="电话", category="产品质量"), now=NOW), staff, "closed")  # closed same day
    b = cp.take(intake(kind="suggestion", channel="来访", category="服务态度", received_at=dt.datetime(2025, 9, 2, 10)), now=NOW)
    cp.reject(b, "重复提交", at=dt.datetime(2025, 9, 2, 11))
    c = cp.take(intake(received_at=dt.datetime(2025, 9, 1, 9), severity="major"), now=NOW)
    c = cp.start(c, staff["eng"], at=dt.datetime(2025, 9, 1, 10))
    cp.take(intake(received_at=dt.datetime(2025, 10, 9, 9)), now=dt.datetime(2025, 10, 9, 10))  # October: not counted
    fig = cf.monthly_figures(2025, 9, now=dt.datetime(2025, 10, 20))
    assert fig.total == 3
    assert fig.by_kind == {"Complaint": 2, "Suggestion": 1}
    assert fig.by_channel == {"电话": 2, "来访": 1}
    assert fig.by_severity == {"Ordinary": 2, "Major": 1}
    assert fig.accepted == 2 and fig.closed == 1 and fig.closed_on_time == 1
    assert fig.on_time_rate == 0.5
    assert fig.open_overdue == 1
    assert fig.avg_handling_days == 0  # a closed within the same day
    assert fig.followed_up == 1 and fig.satisfaction_rate == 1.0
    assert cf.handling_days(a) == 0 and cf.on_time(a) is True


def _writer(db_path, n, q):
    startup.open_data(database=db_path, lang="en")
    got = []
    for i in range(n):
        got.append(cp.take(cp.Intake(content=f"并发 {i}", complainant="测试", received_at=dt.datetime(2026, 3, 2, 9))).number)
    dbmod.close_database()
    q.put(got)


def test_two_programs_saving_at_once_never_share_a_number(ctx):
    dbmod.close_database()
    mpc = mp.get_context("spawn")
    q = mpc.Queue()
    procs = [mpc.Process(target=_writer, args=(str(ctx.db_path), 25, q)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [q.get(timeout=180) for _ in procs]
    for p in procs:
        p.join(60)
    numbers = results[0] + results[1]
    assert len(set(numbers)) == 50
    assert all(re.fullmatch(r"TS-2026-\d{4}", n) for n in numbers)
    startup.open_data(database=str(ctx.db_path), lang="en")
    assert Complaint.select().count() == 50
    assert max(numbers) == "TS-2026-0050"


def test_on_time_rate_ignores_cases_still_within_their_time(staff):
    _walk(cp.take(intake(), now=NOW), staff, "closed")  # closed on time
    cp.take(intake(received_at=dt.datetime(2025, 9, 30, 16)), now=NOW)  # open, due 2025-10-11
    fig = cf.figures(dt.date(2025, 9, 1), dt.date(2025, 9, 30), now=dt.datetime(2025, 10, 9, 12))
    assert fig.accepted == 2 and fig.decided == 1 and fig.on_time_rate == 1.0
    late = cf.figures(dt.date(2025, 9, 1), dt.date(2025, 9, 30), now=dt.datetime(2025, 10, 13, 9))
    assert late.decided == 2 and late.on_time_rate == 0.5 and late.open_overdue == 1



def test_customer_file_timeline_lists_the_complaints(staff):
    from salesdesk import customer_timeline

    cust = customers.create("李女士", "13800138000")
    session.set_current(staff["clerk"])
    c = cp.take(intake(accused=staff["sales"]), now=NOW)
    entries = [e for e in customer_timeline.entries(cust.id) if e.kind == "complaint"]
    assert [e.record_id for e in entries] == [c.id] and c.number in entries[0].title
    for who in ("sales", "clerk2"):  # the person complained about; a colleague who may not know the complainant
        session.set_current(staff[who])
        assert not [e for e in customer_timeline.entries(cust.id) if e.kind == "complaint"]


def test_intake_corrected_moves_deadlines_and_is_recorded(staff):
    c = cp.take(intake(kind="enquiry"), now=NOW)
    assert c.settle_due == dt.date(2025, 10, 9)
    fixed = intake(kind="report", category="服务态度", accused=staff["sales"], severity="major")
    c = cp.edit_intake(c, fixed, now=NOW)
    assert c.kind == "report" and c.settle_due == dt.date(2025, 10, 14) and c.category == "服务态度"
    assert c.accused_id == staff["sales"].id and c.escalated_at == NOW
    assert "Intake corrected" in cp.history(c)[-2].note
    assert AuditLog.select().where(AuditLog.record_id == c.number, AuditLog.action == "edit").exists()
    c = cp.start(c, staff["eng"], at=NOW)
    with pytest.raises(ValidationError) as e:  # the handler cannot become the person complained about
        cp.edit_intake(c, intake(kind="report", accused=staff["eng"]), now=NOW)
    assert "recusal" in str(e.value)
    with pytest.raises(ValidationError):
        cp.edit_intake(c, intake(content=""), now=NOW)
    assert Complaint.get_by_id(c.id).content == "样板房漏水,售楼处无人处理"
    c = cp.reject(c, "不属实", at=NOW)
    with pytest.raises(SalesDeskError):
        cp.edit_intake(c, intake(), now=NOW)

"""Customer files: numbering, cleaning, permissions, search, duplicates, merge, grade, follow-ups, loans."""
import datetime as dt
import json

import peewee
import pytest

from salesdesk import (customer_duplicates, customer_followups, customer_grading, customer_loans, customer_search,
                       customer_timeline, customers, session)
from salesdesk.errors import PermissionDenied, SalesDeskError, ValidationError
from salesdesk.models.accounts import User
from salesdesk.models.audit import AuditLog
from salesdesk.models.customers import ContactRecord, Customer, CustomerMerge, FileLoan
from salesdesk.models.db import BaseModel, database

ID_ZS = "11010519491231002X"  # valid checksum
ID_OTHER = "330106199001011233"


def staff(role, username=None):
    return User.create(username=username or role, display_name=(username or role).title(), role=role)


# --- numbering and cleaning -------------------------------------------------------------------

def test_file_numbers_follow_on_and_are_never_reused(ctx):
    year = dt.date.today().year
    a = customers.create("张三", "13800138000")
    b = customers.create("李四")
    assert (a.file_no, b.file_no) == (f"KH-{year}-00001", f"KH-{year}-00002")
    customer_duplicates.merge(a, b)
    c = customers.create("王五")
    assert c.file_no == f"KH-{year}-00003"  # b's number stays used after the merge


@pytest.mark.parametrize("typed, stored", [
    ("138 0013 8000", "13800138000"),
    ("138-0013-8000", "13800138000"),
    ("+86 138 0013 8000", "13800138000"),
    ("+86-139-0013-9000", "13900139000"),
    ("0086 13700137000", "13700137000"),
    ("１３７００１３７０００", "13700137000"),
    ("(0572) 2345678", "0572-2345678"),
    ("021-6234 5678", "021-62345678"),
])
def test_messy_phones_are_stored_the_same_way(ctx, typed, stored):
    c = customers.save_file(None, {"name": "张三"}, [typed], allow_duplicate=True)
    assert [p.phone for p in customers.phones_of(c)] == [stored]
    assert customers.find_by_phone(stored).id == c.id


@pytest.mark.parametrize("field, value, stored", [
    ("birthday", "1990-03-05", dt.date(1990, 3, 5)),
    ("birthday", "1990/3/5", dt.date(1990, 3, 5)),
    ("birthday", "1990年3月5日", dt.date(1990, 3, 5)),
    ("birthday", 32937, dt.date(1990, 3, 5)),  # Excel serial
    ("id_number", "11010519491231002x", ID_ZS),
    ("id_number", " 110105 19491231 002X ", ID_ZS),
    ("id_number", "１１０１０５１９４９１２３１００２Ｘ", ID_ZS),
])
def test_messy_dates_and_ids(ctx, field, value, stored):
    c = customers.save_file(None, {"name": "张三", field: value})
    assert getattr(c, field) == stored


@pytest.mark.parametrize("data, field, fragment", [
    ({"name": ""}, "name", "name"),
    ({"name": "张三", "id_number": "110105194912310021"}, "id_number", "last digit"),
    ({"name": "张三", "id_number": "1101051949"}, "id_number", "18 characters"),
    ({"name": "张三", "birthday": "2024/13/40"}, "birthday", "not a date"),
    ({"name": "张三", "status": "vip"}, "status", "not one of"),
    ({"name": "张三", "consultant": "nobody"}, "consultant", "no staff member"),
])
def test_bad_fields_are_refused_with_a_message(ctx, data, field, fragment):
    with pytest.raises(ValidationError) as err:
        customers.save_file(None, data)
    assert field in err.value.errors and fragment in err.value.errors[field]
    assert Customer.select().count() == 0


def test_bad_phone_is_refused(ctx):
    with pytest.raises(ValidationError) as err:
        customers.save_file(None, {"name": "张三"}, ["12345"])
    assert "not a valid phone" in str(err.value)


def test_every_write_is_audited(ctx):
    c = customers.create("张三", "13800138000")
    customers.save_file(c, {"company": "华为"})
    rows = list(AuditLog.select().where(AuditLog.record_id == c.file_no).order_by(AuditLog.id))
    assert [r.action for r in rows] == ["create", "update"]
    assert json.loads(rows[1].changes)["company"] == ["", "华为"]


# --- permissions ------------------------------------------------------------------------------

def test_confidential_file_only_for_its_consultant_and_managers(ctx):
    owner, other, boss = staff("consultant", "sales1"), staff("consultant", "sales2"), staff("manager")
    c = customers.create("张三", "13800138000", consultant=owner, confidentiality="secret")
    session.set_current(other)
    with pytest.raises(PermissionDenied):
        customers.open_file(c.id)
    for user in (owner, boss):
        session.set_current(user)
        assert customers.open_file(c.id).id == c.id
    views = AuditLog.select().where((AuditLog.action == "view") & (AuditLog.record_id == c.file_no))
    assert sorted(v.username for v in views) == ["manager", "sales1"]


def test_consultants_edit_their_own_files_and_read_others(ctx):
    mine, theirs = staff("consultant", "sales1"), staff("consultant", "sales2")
    a = customers.create("张三", consultant=mine)
    b = customers.create("李四", consultant=theirs)
    session.set_current(mine)
    customers.save_file(a, {"notes": "约周末看房"})
    assert customers.open_file(b.id).name == "李四"
    with pytest.raises(PermissionDenied):
        customers.save_file(b, {"notes": "x"})
    with pytest.raises(PermissionDenied):
        customers.save_file(a, {"consultant": theirs})  # reassigning needs customer.reassign


def test_phones_and_ids_are_masked_without_pii_full(ctx):
    c = customers.create("张三", "13800138000", id_number=ID_ZS)
    session.set_current(staff("receptionist"))
    assert customers.display_phone("13800138000") == "138****8000"
    assert customers.display_id(ID_ZS) == "110105********002X"
    # the form sends the masked values back: the stored numbers are kept
    customers.save_file(c, {"id_number": "110105********002X", "company": "华为"}, ["138****8000", "0572-2345678"])
    c = Customer.get_by_id(c.id)
    assert c.id_number == ID_ZS and c.company == "华为"
    assert [p.phone for p in customers.phones_of(c)] == ["13800138000", "0572-2345678"]


# --- search -----------------------------------------------------------------------------------

@pytest.fixture
def people(ctx):
    return {
        "zs": customers.create("张三", "13800138000", company="华为杭州分公司"),
        "zss": customers.create("张珊珊", "13900139000"),
        "ls": customers.create("李四", "0572-2345678"),
        "wf": customers.create("王芳", "13700137000"),
        "zeng": customers.create("曾明", "13600136000"),
    }


def found(text):
    return [Customer.get_by_id(i).name for i in customer_search.search_ids(text)]


def test_pinyin_initials_and_full_pinyin(people):
    assert found("zs")[0] == "张三"
    assert "张三" in found("zhangsan") and "张三" in found("ZhangSan") and "张三" in found("zhang san")
    assert found("zss") == ["张珊珊"]
    assert found("wf") == ["王芳"]
    assert "曾明" in found("zengming") and "曾明" in found("zm")


def test_two_character_names_and_single_characters(people):
    assert found("张三") == ["张三"]
    assert found("王芳") == ["王芳"]
    assert set(found("张")) == {"张三", "张珊珊"}


def test_phone_fragments_file_numbers_and_company(people):
    assert found("0013 8000") == ["张三"]
    assert found("138-0013") == ["张三"]
    assert found("2345678") == ["李四"]
    assert found("１３７") == ["王芳"]
    assert found(people["ls"].file_no) == ["李四"]
    assert found("华为") == ["张三"]
    assert found("nobody") == []
    assert found("%") == [] and found("_") == []


def test_search_key_follows_every_write(people):
    customers.save_file(people["ls"], {"name": "李思思"}, ["13500135000"])
    assert found("lss") == ["李思思"] and found("13500135") == ["李思思"] and found("2345678") == []


def test_merged_files_leave_the_search(people):
    customer_duplicates.merge(people["zs"], people["zss"])
    assert found("zss") == []
    assert found("13900139000") == ["张三"]  # the phone moved to the kept file


# --- duplicates and merge ---------------------------------------------------------------------

def test_duplicate_phone_or_id_warns_and_offers_the_existing_file(ctx):
    a = customers.create("张三", "13800138000", id_number=ID_ZS)
    with pytest.raises(customers.DuplicateFound) as err:
        customers.save_file(None, {"name": "张三丰"}, ["+86 138-0013-8000"])
    assert [m.id for m in err.value.matches] == [a.id] and a.file_no in str(err.value)
    with pytest.raises(customers.DuplicateFound):
        customers.save_file(None, {"name": "Z", "id_number": ID_ZS.lower()}, [])
    with pytest.raises(customers.DuplicateFound):
        customers.create("张三", "13800138000", check_duplicates=True)
    b = customers.save_file(None, {"name": "张三丰"}, ["13800138000"], allow_duplicate=True)
    assert b.id != a.id
    customers.save_file(a, {"notes": "x"}, ["13800138000"])  # its own phone is no duplicate


def test_possible_duplicates_list(ctx):
    a = customers.create("张三", "13800138000")
    b = customers.create("张三", "13800138001")  # same name, phone one digit off
    c = customers.create("李四", "13900139000", id_number=ID_ZS)
    d = customers.create("李四四", "13700137000", id_number=ID_ZS)
    e = customers.create("王五", "13900139000")  # same phone as c
    customers.create("张三", "18600000000")  # same name, different phone: not flagged
    pairs = {(p.first_id, p.second_id): p.reason for p in customer_duplicates.possible_duplicates()}
    assert pairs == {(a.id, b.id): "name_phone", (c.id, d.id): "id", (c.id, e.id): "phone"}


@pytest.fixture
def fake_visits(ctx):
    """A register another helper adds later (visits, complaints...): declared only
    for this test, and removed from Customer's backrefs afterwards."""
    class FakeVisit(BaseModel):
        customer = peewee.ForeignKeyField(Customer, backref="fake_visits", null=True)
        visited_at = peewee.DateTimeField()
        purpose = peewee.CharField(default="")

    database.create_tables([FakeVisit])
    yield FakeVisit
    database.drop_tables([FakeVisit])
    Customer._meta.backrefs.pop(FakeVisit.customer, None)
    delattr(Customer, "fake_visits")


def test_merge_keeps_every_phone_visit_complaint_and_contact(fake_visits):
    FakeVisit = fake_visits
    keep = customers.create("张三", "13800138000", company="华为", tags="刚需")
    gone = customers.create("张三", "13800138001", id_number=ID_ZS, tags="学区,刚需", notes="老客户",
                            birthday="1990-03-05", confidentiality="confidential")
    customers.add_phone(gone, "13800138000")  # shared phone: kept once
    customer_followups.add_contact(keep, "phone", "首次回访")
    customer_followups.add_contact(gone, "wechat", "发送楼书", next_contact=dt.date.today() + dt.timedelta(days=3))
    customer_loans.lend(gone, "王置业")
    FakeVisit.create(customer=gone, visited_at=dt.datetime(2026, 3, 5, 10), purpose="看房")
    FakeVisit.create(customer=gone, visited_at=dt.datetime(2026, 3, 6, 10), purpose="签约")
    earlier = customers.create("张叁", "13000000000")
    customer_duplicates.merge(gone, earlier)  # a file merged earlier follows along

    rec = customer_duplicates.merge(keep, gone)

    keep, gone = Customer.get_by_id(keep.id), Customer.get_by_id(gone.id)
    assert sorted(p.phone for p in customers.phones_of(keep)) == ["13000000000", "13800138000", "13800138001"]
    assert ContactRecord.select().where(ContactRecord.customer == keep).count() == 2
    assert FakeVisit.select().where(FakeVisit.customer == keep).count() == 2
    assert FileLoan.select().where(FileLoan.customer == keep).count() == 1
    assert customer_duplicates.orphans(gone.id) == {}
    assert gone.merged_into_id == keep.id and Customer.get_by_id(earlier.id).merged_into_id == keep.id
    assert keep.id_number == ID_ZS and keep.birthday == dt.date(1990, 3, 5) and keep.company == "华为"
    assert keep.tags == "刚需,学区" and "老客户" in keep.notes
    assert keep.confidentiality == "confidential"  # the stricter level wins
    assert keep.next_contact_date == dt.date.today() + dt.timedelta(days=3)
    assert rec.merged_file_no == gone.file_no and rec.merged_by == "system"
    assert json.loads(rec.moved)["fake_visit"] == 2
    kinds = [e.kind for e in customer_timeline.entries(keep.id)]
    assert kinds.count("fake_visit") == 2 and kinds.count("contact") == 2 and "merge" in kinds
    assert customers.follow_merges(Customer.get_by_id(earlier.id)).id == keep.id
    assert AuditLog.select().where(AuditLog.action == "merge").count() == 2


def test_merge_needs_permission_and_two_live_files(ctx):
    a, b = customers.create("张三"), customers.create("张三")
    session.set_current(staff("receptionist"))
    with pytest.raises(PermissionDenied):
        customer_duplicates.merge(a, b)
    session.set_current(staff("manager"))
    with pytest.raises(SalesDeskError):
        customer_duplicates.merge(a, a)
    customer_duplicates.merge(a, b)
    with pytest.raises(SalesDeskError):
        customer_duplicates.merge(a, b)
    assert CustomerMerge.select().count() == 1


def test_failed_merge_changes_nothing(fake_visits, monkeypatch):
    FakeVisit = fake_visits
    keep, gone = customers.create("张三", "13800138000"), customers.create("张三", "13800138001")
    FakeVisit.create(customer=gone, visited_at=dt.datetime(2026, 3, 5, 10))
    monkeypatch.setattr(CustomerMerge, "create", lambda **kw: (_ for _ in ()).throw(RuntimeError("disk full")))
    with pytest.raises(RuntimeError):
        customer_duplicates.merge(keep, gone)
    assert FakeVisit.get().customer_id == gone.id and Customer.get_by_id(gone.id).merged_into_id is None
    assert [p.phone for p in customers.phones_of(gone)] == ["13800138001"]


# --- grade ------------------------------------------------------------------------------------

OLD = dt.date(2020, 1, 1)


@pytest.mark.parametrize("scores, score, grade", [
    ((8, 8, 8, 8), 8.0, "A"),          # exactly 8: A
    ((10, 10, 10, 10), 10.0, "A"),
    ((8, 8, 8, 7), 7.85, "B"),          # just under 8
    ((5, 5, 5, 5), 5.0, "B"),           # exactly 5: B
    ((5, 5, 5, 4), 4.85, "C"),          # just under 5
    ((2, 2, 2, 2), 2.0, "C"),
    ((10, 2, 10, 2), 6.8, "B"),         # weights: 3 + 0.5 + 3 + 0.3
])
def test_grade_rule_at_its_boundaries(scores, score, grade):
    r = customer_grading.compute(*scores, on_file_since=OLD, today=dt.date(2026, 1, 1))
    assert (r.score, r.grade) == (pytest.approx(score), grade)


def test_under_one_year_on_file_is_c():
    assert customer_grading.compute(10, 10, 10, 10, dt.date(2025, 1, 2), dt.date(2026, 1, 1)).grade == "C"
    assert customer_grading.compute(10, 10, 10, 10, dt.date(2025, 1, 1), dt.date(2026, 1, 1)).grade == "A"  # one year to the day
    assert customer_grading.compute(10, 10, 10, 10, dt.date(2024, 2, 29), dt.date(2025, 2, 28)).grade == "A"


@pytest.mark.parametrize("bad", [1, 11, 0, "8", None])
def test_scores_outside_2_to_10_are_refused(bad):
    with pytest.raises(ValidationError):
        customer_grading.compute(8, 8, bad, 8, OLD)


def test_computed_grade_keeps_its_inputs(ctx):
    c = customers.create("张三")
    Customer.update(created_at=dt.datetime(2020, 1, 1)).where(Customer.id == c.id).execute()
    c = Customer.get_by_id(c.id)
    customer_grading.apply_computed(c, 9, 8, 8, 6)
    c = Customer.get_by_id(c.id)
    assert (c.grade, c.grade_mode, c.grade_sales, c.grade_payment, c.grade_receivables, c.grade_strategic) == ("A", "computed", 9, 8, 8, 6)
    assert c.grade_score == pytest.approx(8.0)
    customer_grading.set_manual(c, "b")
    c = Customer.get_by_id(c.id)
    assert (c.grade, c.grade_mode, c.grade_sales) == ("B", "manual", 9)


# --- contacts and reminders -------------------------------------------------------------------

def test_contact_record_sets_the_next_follow_up(ctx):
    c = customers.create("张三")
    nxt = dt.date.today() + dt.timedelta(days=7)
    rec = customer_followups.add_contact(c, "phone", "电话回访，约周末看房", "客户同意", next_contact=nxt.isoformat())
    c = Customer.get_by_id(c.id)
    assert c.next_contact_date == nxt and c.last_contact_at == rec.contact_date
    with pytest.raises(ValidationError) as err:
        customer_followups.add_contact(c, "phone", "", next_contact="2020-01-01")
    assert set(err.value.errors) == {"content", "next_contact"}


def test_reminders(ctx):
    today = dt.date(2026, 3, 10)
    overdue = customers.create("逾期")
    Customer.update(next_contact_date=dt.date(2026, 3, 9)).where(Customer.id == overdue.id).execute()
    due = customers.create("今天")
    Customer.update(next_contact_date=today).where(Customer.id == due.id).execute()
    later = customers.create("以后")
    Customer.update(next_contact_date=dt.date(2026, 3, 11)).where(Customer.id == later.id).execute()
    customers.create("生日", birthday="1980-03-17")  # in 7 days
    customers.create("太晚", birthday="1980-03-18")  # in 8 days
    lost = customers.create("战败", status="lost")
    called = customers.create("已回访", status="lost")
    customer_followups.add_contact(called, "phone", "战败回访：已在别处购房")
    got = [(r.kind, r.name) for r in customer_followups.reminders(today)]
    assert got == [("overdue", "逾期"), ("due", "今天"), ("birthday", "生日"), ("lost_callback", "战败")]
    assert ContactRecord.get(ContactRecord.customer == called).kind == "lost_callback"
    customers.set_status(later, "lost")
    assert ("lost_callback", "以后") in [(r.kind, r.name) for r in customer_followups.reminders(today)]
    assert lost.id


def test_birthday_on_29_february_is_remembered_in_other_years(ctx):
    customers.create("闰年", birthday="1992-02-29")
    assert [r.name for r in customer_followups.reminders(dt.date(2026, 2, 25)) if r.kind == "birthday"] == ["闰年"]


# --- loans ------------------------------------------------------------------------------------

def test_paper_file_loan_is_due_in_three_days(ctx):
    c = customers.create("张三")
    loan = customer_loans.lend(c, "王置业", "签约准备", when=dt.datetime(2026, 3, 5, 10))
    assert loan.due_date == dt.date(2026, 3, 8)
    with pytest.raises(SalesDeskError):
        customer_loans.lend(c, "李置业")
    assert [l.id for l in customer_loans.overdue(dt.date(2026, 3, 9))] == [loan.id]
    assert customer_loans.overdue(dt.date(2026, 3, 8)) == []
    customer_loans.give_back(loan)
    assert customer_loans.overdue(dt.date(2026, 3, 9)) == []
    with pytest.raises(ValidationError):
        customer_loans.lend(c, " ")


def test_timeline_newest_first_with_registered_provider(ctx):
    c = customers.create("张三")
    customer_followups.add_contact(c, "phone", "第一次", when=dt.datetime(2026, 1, 1, 9))
    customer_followups.add_contact(c, "visit", "第二次", when=dt.datetime(2026, 2, 1, 9))

    @customer_timeline.provider("test_visit", ("test_visit",))
    def _p(customer_id):
        return [customer_timeline.Entry(dt.datetime(2026, 1, 15, 9), "visit", "来访 看房", "", "visit", 7)]
    try:
        got = [(e.kind, e.when.month) for e in customer_timeline.entries(c.id)]
    finally:
        customer_timeline.PROVIDERS.pop("test_visit")
    assert got == [("contact", 2), ("visit", 1), ("contact", 1)]


def test_complaints_on_the_timeline_and_through_a_merge(ctx):
    from salesdesk import complaints as cp

    keep = customers.create("张三", "13800138000")
    gone = customers.create("张三", "13800138001")
    accused = staff("consultant", "sales9")
    case = cp.take(cp.Intake(content="样板房卫生间漏水", complainant="张三", contact="13800138001", accused=accused,
                             channel="电话", category="产品质量", received_at=dt.datetime(2026, 3, 2, 9)))
    assert case.customer_id == gone.id  # linked by phone through customers.find_by_phone
    customer_duplicates.merge(keep, gone)
    entries = [e for e in customer_timeline.entries(keep.id) if e.kind == "complaint"]
    assert len(entries) == 1 and case.number in entries[0].title and "漏水" in entries[0].detail
    # the complaints register's provider: the staff member complained about does not see the case (回避)
    session.set_current(accused)
    assert [e for e in customer_timeline.entries(keep.id) if e.kind == "complaint"] == []


def test_create_refuses_unknown_fields_instead_of_dropping_them(ctx):
    with pytest.raises(TypeError):
        customers.create("张三", "13800138000", compnay="华为")
    assert Customer.select().count() == 0


def test_reminder_count_matches_the_list(ctx):
    today = dt.date.today()
    a = customers.create("逾期")
    Customer.update(next_contact_date=today - dt.timedelta(days=2)).where(Customer.id == a.id).execute()
    customers.create("生日", birthday=(today + dt.timedelta(days=3)).replace(year=1980))
    customers.create("战败", status="lost")
    customers.create("无事")
    assert customer_followups.reminder_count(today) == len(customer_followups.reminders(today)) == 3

"""The visitor log's rules, without Qt."""
import datetime as dt

import pytest

from salesdesk import accounts, appointments, customers, refusals, session, visitor_log, visitors
from salesdesk.errors import PermissionDenied, SalesDeskError, ValidationError
from salesdesk.models.accounts import User
from salesdesk.models.audit import AuditLog
from salesdesk.models.visitors import Appointment, RefusalOverride, Visit
from salesdesk.visitors import CheckIn, RefusalBlocked

GOOD_ID = "11010519491231002X"


def staff(role="receptionist", name="前台小林"):
    return User.create(username=f"{role}{User.select().count()}", display_name=name, role=role)


def test_check_in_normalises_and_is_listed(ctx):
    host = staff("consultant", "王置业")
    v = visitors.check_in(CheckIn(name=" 张三 ", phone="＋86 138 0013 8000", company="杭州万科", id_number=GOOD_ID,
                                  party_size="3", purpose="Viewing", host_id=host.id, plate="粤b·d12345", badge="7"))
    assert (v.name, v.phone, v.plate, v.host_name, v.party_size) == ("张三", "13800138000", "粤BD12345", "王置业", 3)
    ids = visitor_log.visit_ids(visitor_log.VisitFilter(date_from=dt.date.today(), date_to=dt.date.today()))
    row = visitor_log.rows(ids)[v.id]
    assert row.status == "on_site" and row.name == "张三"
    assert AuditLog.select().where((AuditLog.action == "create") & (AuditLog.record_type == "visit")).count() == 1


def test_validation_messages_name_the_fields(ctx):
    with pytest.raises(ValidationError) as e:
        visitors.check_in(CheckIn(name="", phone="12345", id_number="110105194912310021", party_size=0, plate="ABC"))
    errs = e.value.errors
    assert set(errs) >= {"name", "phone", "id_number", "party_size", "plate"}
    assert "should be X" in errs["id_number"]  # 11010519491231002X is the valid one
    assert Visit.select().count() == 0


def test_other_id_types_checked_by_length(ctx):
    with pytest.raises(ValidationError) as e:
        visitors.check_in(CheckIn(name="A", id_type="passport", id_number="123"))
    assert "id_number" in e.value.errors
    v = visitors.check_in(CheckIn(name="A", id_type="passport", id_number="E12345678"))
    assert v.id_number == "E12345678"


def test_ids_and_phones_masked_without_permission(ctx):
    v = visitors.check_in(CheckIn(name="张三", phone="13800138000", id_number=GOOD_ID))
    session.set_current(staff())
    row = visitor_log.rows([v.id])[v.id]
    assert row.id_number == "110105********002X" and row.phone == "138****8000"
    session.set_current(staff("manager", "周经理"))
    assert visitor_log.rows([v.id])[v.id].id_number == GOOD_ID


def test_badge_free_again_after_sign_out(ctx):
    v = visitors.check_in(CheckIn(name="张三", badge="A1"))
    with pytest.raises(ValidationError) as e:
        visitors.check_in(CheckIn(name="李四", badge="A1"))
    assert "badge" in e.value.errors
    assert visitors.sign_out([v.id]) == 1
    assert Visit.get_by_id(v.id).time_out is not None
    visitors.check_in(CheckIn(name="李四", badge="A1"))
    with pytest.raises(SalesDeskError):
        visitors.sign_out([v.id])  # already out


def test_on_site_count_and_sign_out_all(ctx):
    for n in "ABC":
        visitors.check_in(CheckIn(name=n))
    assert visitors.on_site_count() == 3
    assert visitors.sign_out_all() == 3
    assert visitors.on_site_count() == 0
    assert visitor_log.count(visitor_log.VisitFilter(on_site=True)) == 0


def test_left_open_past_the_day_is_flagged_not_closed(ctx):
    yesterday = dt.datetime.now() - dt.timedelta(days=1)
    old = visitors.check_in(CheckIn(name="老王", time_in=yesterday, badge="9"))
    new = visitors.check_in(CheckIn(name="小李"))
    a = Appointment.create(day=dt.date.today() - dt.timedelta(days=1), name="没来的人")
    flagged, no_shows = visitors.end_of_day()
    assert (flagged, no_shows) == (1, 1)
    old = Visit.get_by_id(old.id)
    assert old.status == "not_signed_out" and old.time_out is None
    assert Visit.get_by_id(new.id).status == "on_site"
    assert Appointment.get_by_id(a.id).status == "no_show"
    assert visitors.end_of_day() == (0, 0)
    # the badge of a flagged visit is free; the time out is put right by an edit, kept in the history
    visitors.check_in(CheckIn(name="新人", badge="9"))
    out = yesterday + dt.timedelta(hours=1)
    visitors.edit(old.id, visitors.as_check_in(old), time_out=out, reason="补登离开时间")
    old = Visit.get_by_id(old.id)
    assert old.status == "left" and old.time_out == out.replace(microsecond=0)
    fields = {h.field for h in visitors.history(old.id)}
    assert {"time_out", "status"} <= fields


def test_void_needs_permission_and_reason_and_keeps_the_row(ctx):
    v = visitors.check_in(CheckIn(name="误登"))
    session.set_current(staff())
    with pytest.raises(PermissionDenied):
        visitors.void(v.id, "重复登记")
    session.set_current(staff("manager", "周经理"))
    with pytest.raises(ValidationError):
        visitors.void(v.id, " ")
    visitors.void(v.id, "重复登记")
    v = Visit.get_by_id(v.id)
    assert v.status == "void" and v.void_reason == "重复登记" and v.voided_by.startswith("manager")
    assert visitor_log.count(visitor_log.VisitFilter()) == 0
    assert visitor_log.count(visitor_log.VisitFilter(include_void=True)) == 1


def test_edit_keeps_who_when_what(ctx):
    v = visitors.check_in(CheckIn(name="张三", company="A公司"))
    user = staff()
    session.set_current(user)
    data = visitors.as_check_in(v)
    data.company = "B公司"
    rows = visitors.edit(v.id, data, reason="客户更正")
    assert [(r.field, r.before, r.after, r.username, r.reason) for r in rows] == [("company", "A公司", "B公司", user.username, "客户更正")]
    assert visitors.edit(v.id, data) == []  # nothing changed, nothing recorded


def test_known_phone_fills_person_and_links_customer(ctx):
    c = customers.create("王五", "13900139000", company="湖州绿城")
    person = visitors.lookup_phone("139 0013 9000")
    assert person.name == "王五" and person.customer_file_no == c.file_no and person.company == "湖州绿城"
    v = visitors.check_in(CheckIn(name="王五", phone="13900139000"))
    assert v.customer_id == c.id
    visitors.check_in(CheckIn(name="赵六", phone="13700137000", company="X", plate="浙A12345"))
    p2 = visitors.lookup_phone("13700137000")
    assert (p2.name, p2.company, p2.plate, p2.customer_id) == ("赵六", "X", "浙A12345", None)
    assert visitors.lookup_phone("13600136000") is None


def test_refusal_blocks_until_manager_overrides(ctx):
    e = refusals.add("多次闹事", name="钱七", phone="13500135000")
    receptionist = staff()
    session.set_current(receptionist)
    with pytest.raises(RefusalBlocked):
        visitors.check_in(CheckIn(name="钱七", phone="135 0013 5000"))
    with pytest.raises(PermissionDenied):  # a receptionist cannot approve it herself
        visitors.check_in(CheckIn(name="钱七", phone="13500135000", override_reason="经理同意"))
    with pytest.raises(PermissionDenied):
        visitors.check_in(CheckIn(name="钱七", phone="13500135000", override_reason="x", override_manager=receptionist))
    manager = staff("manager", "周经理")
    with pytest.raises(PermissionDenied, match="confirm"):  # naming a manager is not enough: their password is
        visitors.check_in(CheckIn(name="钱七", phone="13500135000", override_reason="x", override_manager=manager))
    accounts.set_password(manager, "secret-123")
    accounts.confirm(manager.username, "secret-123", "refusal.override")
    v = visitors.check_in(CheckIn(name="钱七", phone="13500135000", override_reason="来签约，经理陪同",
                                  override_manager=manager))
    o = RefusalOverride.get()
    assert (o.entry_id, o.visit_id, o.manager, o.entered_by, o.reason) == (e.id, v.id, manager.username,
                                                                          receptionist.username, "来签约，经理陪同")
    assert refusals.check(id_number="") == []


def test_refusal_by_id_number(ctx):
    refusals.add("冒充客户", id_number=GOOD_ID)
    with pytest.raises(RefusalBlocked):
        visitors.check_in(CheckIn(name="某人", id_number=GOOD_ID.lower()))


def test_appointment_fills_form_and_is_marked_arrived(ctx):
    host = staff("consultant", "李置业")
    a = appointments.book(appointments.Booking(day=dt.date.today(), time=dt.time(10, 30), name="孙八",
                                               phone="13300133000", host_id=host.id, purpose="Viewing", party_size=2))
    assert [x.id for x in appointments.for_day()] == [a.id]
    data = appointments.check_in_data(a.id)
    assert (data.name, data.host_id, data.party_size) == ("孙八", host.id, 2)
    v = visitors.check_in(data)
    a = Appointment.get_by_id(a.id)
    assert a.status == "arrived" and a.visit_id == v.id
    with pytest.raises(SalesDeskError):
        appointments.check_in_data(a.id)


def test_filters(ctx):
    visitors.check_in(CheckIn(name="张三", phone="13800138000", company="万科", purpose="Viewing", visitor_class="vip"))
    visitors.check_in(CheckIn(name="李四", phone="021-6234 5678", company="绿城", purpose="Delivery"))
    F = visitor_log.VisitFilter
    names = lambda f: [r.name for r in visitor_log.iter_rows(f)]  # noqa: E731
    assert names(F(name="张")) == ["张三"]
    assert names(F(phone="62345678")) == ["李四"]
    assert names(F(company="绿")) == ["李四"]
    assert names(F(visitor_class="vip")) == ["张三"]
    assert names(F(purpose="Deliv")) == ["李四"]
    assert names(F(sort="name", descending=False)) == sorted(["张三", "李四"])
    assert names(F(date_from=dt.date.today() + dt.timedelta(days=1))) == []
    assert names(F(name="100%_")) == []

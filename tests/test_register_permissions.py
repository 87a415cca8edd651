"""Each permission rule, checked where it is enforced: in the registers' services.

Every test calls the service directly, as a script or a stray widget would —
the rules must hold there, not only behind hidden buttons.
"""
import datetime as dt

import pytest
from openpyxl import load_workbook

from salesdesk import complaints, customers, session
from salesdesk.errors import PermissionDenied, SalesDeskError
from salesdesk.forms import complaint_report, customer_sheet
from salesdesk.models.accounts import User
from salesdesk.models.audit import AuditLog

PHONE = "13800138000"
ID = "33010619900101123X"  # a valid checksum (the check is enforced)


@pytest.fixture
def staff(ctx):
    return {username: User.create(username=username, display_name=name, role=role)
            for username, name, role in (("lin", "前台小林", "receptionist"), ("wang", "王置业", "consultant"),
                                         ("li", "李置业", "consultant"), ("sun", "孙置业", "consultant"),
                                         ("zhou", "周经理", "manager"), ("root", "管理员", "admin"))}


def as_(user):
    session.set_current(user)


def xlsx_text(path):
    ws = load_workbook(path).active
    return "\n".join(" ".join("" if v is None else str(v) for v in row) for row in ws.iter_rows(values_only=True))


# --- complaints ---------------------------------------------------------------------------

@pytest.fixture
def case(staff):
    """王置业 is complained about; 前台小林 receives it, 李置业 handles it."""
    as_(staff["lin"])
    c = complaints.take(complaints.Intake(content="看房时顾问态度恶劣", complainant="陈女士", contact=PHONE,
                                          category="service", accused=staff["wang"], handler=staff["li"]))
    as_(None)
    return c


def test_complained_about_staff_cannot_open_or_find_the_case(staff, case):
    as_(staff["wang"])
    with pytest.raises(PermissionDenied, match="recusal"):
        complaints.get(case.number)
    assert case.number not in [c.number for c in complaints.search(complaints.Filter())]
    with pytest.raises(PermissionDenied):
        complaints.start(case)
    as_(staff["li"])
    assert complaints.get(case.number).number == case.number


def test_the_accused_cannot_be_made_handler(staff, case):
    as_(staff["zhou"])
    with pytest.raises(Exception, match="cannot handle this case"):
        complaints.assign(case, staff["wang"])


def test_complainant_identity_only_for_receiver_handler_and_managers(staff, case):
    for who, sees in (("lin", True), ("li", True), ("zhou", True), ("sun", False), ("root", False)):
        as_(staff[who])
        name, contact = complaints.complainant_shown(complaints.get(case.number))
        assert (name == "陈女士" and contact == PHONE) is sees, who
        if not sees:
            assert name == "陈**" and contact == "138****8000"


def test_identity_hidden_in_an_export_by_someone_not_entitled(staff, case, tmp_path):
    day = case.received_at.date()
    as_(staff["zhou"])
    assert "陈女士" in xlsx_text(complaint_report.write_register_xlsx(tmp_path / "m.xlsx", day, day))
    as_(staff["sun"])  # a consultant may not export personal data at all
    with pytest.raises(PermissionDenied):
        complaint_report.write_register_xlsx(tmp_path / "c.xlsx", day, day)
    assert not (tmp_path / "c.xlsx").exists()


def test_only_a_manager_signs_off(staff, case):
    as_(staff["li"])
    c = complaints.start(case)
    complaints.save_opinion(c, "赔礼道歉，更换顾问")
    for who in ("li", "lin", "root"):
        as_(staff[who])
        with pytest.raises(PermissionDenied):
            complaints.sign_off(c)
    as_(staff["zhou"])
    assert complaints.sign_off(c).signed_off_name == "周经理"
    row = AuditLog.select().where(AuditLog.action == "signoff").get()
    assert row.username == "zhou" and row.record_id == case.number


# --- customer files -------------------------------------------------------------------------

@pytest.fixture
def files(staff):
    as_(None)
    secret = customers.create("王芳", PHONE, consultant=staff["wang"], id_number=ID, confidentiality="secret")
    normal = customers.create("李强", "13900139000", consultant=staff["wang"], id_number="110105198001011238")
    return secret, normal


def test_receptionist_gets_masked_phone_and_id_from_the_service(staff, files):
    secret, normal = files
    as_(staff["lin"])
    assert customers.display_phone(PHONE) == "138****8000"
    assert customers.display_id(normal.id_number) == "110105********1238"
    as_(staff["zhou"])
    assert customers.display_phone(PHONE) == PHONE and customers.display_id(ID) == ID


def test_receptionist_export_is_masked_manager_export_is_full(staff, files, tmp_path):
    secret, _normal = files
    as_(staff["lin"])
    text = xlsx_text(customer_sheet.index_xlsx(tmp_path / "lin.xlsx"))
    assert "139****9000" in text and "13900139000" not in text
    assert "王芳" not in text and secret.file_no in text  # the secret file: its number, not her name
    as_(staff["zhou"])
    text = xlsx_text(customer_sheet.index_xlsx(tmp_path / "zhou.xlsx"))
    assert "13900139000" in text and "王芳" in text
    exports = [(r.username, r.note.split(" ")[0]) for r in AuditLog.select().where(AuditLog.action == "export")]
    assert exports == [("lin", "2"), ("zhou", "2")]  # who exported how many files
    as_(staff["sun"])  # consultants may not export the index
    with pytest.raises(PermissionDenied):
        customer_sheet.index_pdf(tmp_path / "sun.pdf")


def test_printing_a_file_is_recorded(staff, files, tmp_path):
    _secret, normal = files
    as_(staff["lin"])
    customer_sheet.archive_sheet(normal, tmp_path / "sheet.pdf")
    row = AuditLog.select().where(AuditLog.action == "print").get()
    assert (row.username, row.record_id) == ("lin", normal.file_no)


def test_confidential_file_only_for_its_consultant_and_managers(staff, files):
    secret, _normal = files
    for who, allowed in (("wang", True), ("zhou", True), ("li", False), ("lin", False), ("root", False)):
        as_(staff[who])
        if allowed:
            assert customers.open_file(secret.id).name == "王芳"
        else:
            with pytest.raises(PermissionDenied, match="confidential"):
                customers.open_file(secret.id)
    from salesdesk import customer_timeline

    as_(staff["li"])  # nor its history, asked for directly
    with pytest.raises(PermissionDenied, match="confidential"):
        customer_timeline.entries(secret.id)
    views = [(r.username, r.record_id) for r in AuditLog.select().where(AuditLog.action == "view").order_by(AuditLog.id)]
    assert views == [("wang", secret.file_no), ("zhou", secret.file_no)]


def test_consultants_edit_their_own_customers_others_read_only(staff, files):
    _secret, normal = files
    as_(staff["li"])
    assert customers.open_file(normal.id).name == "李强"  # may read
    with pytest.raises(PermissionDenied, match="another consultant"):
        customers.save_file(customers.get(normal.id), {"notes": "李置业 was here"})
    with pytest.raises(PermissionDenied):
        customers.add_phone(customers.get(normal.id), "13700137000")
    as_(staff["wang"])
    assert customers.save_file(customers.get(normal.id), {"notes": "回访约周六"}).notes == "回访约周六"
    as_(staff["wang"])
    with pytest.raises(PermissionDenied):  # and may not give the file to a colleague
        customers.save_file(customers.get(normal.id), {"consultant": staff["li"]})


def test_only_managers_merge(staff, files):
    from salesdesk import customer_duplicates

    secret, normal = files
    as_(staff["wang"])
    with pytest.raises(PermissionDenied):
        customer_duplicates.merge(customers.get(normal.id), customers.get(secret.id))


# --- visitor log ------------------------------------------------------------------------------

@pytest.fixture
def visit(staff):
    from salesdesk import visitors

    as_(staff["lin"])
    v = visitors.check_in(visitors.CheckIn(name="张三", phone=PHONE, id_number=ID, company="杭州万科"))
    as_(None)
    return v


def test_receptionist_gets_masked_visits_from_the_service(staff, visit):
    from salesdesk import visitor_log, visitors

    as_(staff["lin"])
    row = visitor_log.rows([visit.id])[visit.id]
    assert (row.phone, row.id_number) == ("138****8000", "330106********123X")
    assert visitors.lookup_phone(PHONE).id_number == ""  # a returning visitor's ID is not handed out
    as_(staff["zhou"])
    row = visitor_log.rows([visit.id])[visit.id]
    assert (row.phone, row.id_number) == (PHONE, ID)
    assert visitors.lookup_phone(PHONE).id_number == ID


def test_only_managers_void_a_visit(staff, visit):
    from salesdesk import visitors

    for who in ("lin", "wang"):
        as_(staff[who])
        with pytest.raises(PermissionDenied):
            visitors.void(visit.id, "登记错了")
    as_(staff["zhou"])
    assert visitors.void(visit.id, "登记错了").status == "void"
    row = AuditLog.select().where(AuditLog.action == "void").get()
    assert (row.username, row.record_id, row.note) == ("zhou", str(visit.id), "登记错了")


def test_visitor_register_export_is_permission_controlled_masked_and_recorded(staff, visit, tmp_path):
    from salesdesk.forms import visitor_sheet

    day = visit.time_in.date()
    as_(staff["wang"])  # a consultant may not take the list of visitors out
    with pytest.raises(PermissionDenied):
        visitor_sheet.write_register(tmp_path / "wang.xlsx", day, day)
    with pytest.raises(PermissionDenied):
        visitor_sheet.render_sheet(tmp_path / "wang.pdf", day, day)
    as_(staff["lin"])
    text = xlsx_text(visitor_sheet.write_register(tmp_path / "lin.xlsx", day, day))
    assert "138****8000" in text and PHONE not in text and ID not in text
    row = AuditLog.select().where(AuditLog.action == "export").get()
    assert row.username == "lin" and row.record_type == "visit"


def test_refusal_override_needs_the_managers_password_not_just_his_name(staff):
    from salesdesk import accounts, refusals, visitors

    as_(None)
    refusals.add("多次闹事", name="钱七", phone="13500135000")
    accounts.set_password(staff["zhou"], "zhou-pass-1")
    as_(staff["lin"])
    entry = visitors.CheckIn(name="钱七", phone="13500135000", override_reason="经理陪同", override_manager=staff["zhou"])
    with pytest.raises(PermissionDenied):
        visitors.check_in(entry)
    with pytest.raises(SalesDeskError):
        accounts.confirm("zhou", "guessing", "refusal.override")
    accounts.confirm("zhou", "zhou-pass-1", "refusal.override")
    assert visitors.check_in(entry).name == "钱七"
    assert session.current().username == "lin"
    assert [r.username for r in AuditLog.select().where(AuditLog.action == "override")] == ["lin"]


def test_a_visit_made_to_complain_does_not_tell_a_colleague_the_customer_complained(staff):
    """The customer file's timeline names the purpose of a complaint visit only to those
    who may know who complained (issue #6); for others it is just a visit."""
    from salesdesk import customer_timeline, visitors

    c = customers.create("张三", PHONE)
    for purpose in ("投诉", "看房"):
        visitors.check_in(visitors.CheckIn(name="张三", phone=PHONE, purpose=purpose))
    as_(staff["zhou"])
    titles = [e.title for e in customer_timeline.entries(c.id) if e.kind == "visit"]
    assert any("投诉" in t for t in titles) and any("看房" in t for t in titles)
    as_(staff["wang"])
    titles = [e.title for e in customer_timeline.entries(c.id) if e.kind == "visit"]
    assert len(titles) == 2
    assert not any("投诉" in t for t in titles) and any("看房" in t for t in titles)

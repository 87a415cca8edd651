"""``salesdesk demo`` fills the sales reception: the daily summary (案场日报) of a
demo day has real figures, consistent with the visitor log and the customer files."""
from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

from salesdesk import demo, ownership, rotation
from salesdesk.demo import reception as demo_reception
from salesdesk.demo.reception import SALES_PURPOSES
from salesdesk.models.customers import Customer
from salesdesk.models.reception import AGENT, CustomerOwnership, DutySignIn, Reception
from salesdesk.models.visitors import VOID, Visit
from salesdesk.reception_summary import summarise

ROOT = Path(__file__).resolve().parent.parent


def _sales_visits_by_day() -> Counter:
    visits = Visit.select(Visit.time_in).where(Visit.purpose.in_(SALES_PURPOSES) & (Visit.status != VOID))
    return Counter(v.time_in.date() for v in visits)


def _small_demo() -> demo.DemoResult:
    return demo.generate({"customers": 60, "visitors": 600, "complaints": 0}, seed=11)


def test_demo_day_summary_has_figures(ctx):
    result = _small_demo()
    per_day = _sales_visits_by_day()
    assert result.counts["reception"] == Visit.select().where(Visit.purpose.in_(SALES_PURPOSES)).count()
    day, n = per_day.most_common(1)[0]
    s = summarise(day)
    assert s.groups == n and s.first > 0 and s.returning > 0 and s.first + s.returning == n
    assert sum(line.served for line in s.by_consultant) == n
    assert {line.consultant.role for line in s.by_consultant} == {"consultant"}
    assert sum(line.rotation for line in s.by_consultant) > 0
    # every day with sales visits is fully received
    for d, count in per_day.items():
        assert sum(line.served for line in summarise(d).by_consultant) == count
    assert sum(src.total for src in s.by_source) == n
    agents = list(Reception.select().where(Reception.source == AGENT))
    assert agents and all(r.agent_name and r.agent_registered_at < r.arrived_at for r in agents)


def test_first_and_return_visits_follow_the_customer_files(ctx):
    _small_demo()
    seen: set[int] = set()
    owners = {c.id: c.consultant_id for c in Customer.select()}
    returns = 0
    for r in Reception.select().where(Reception.customer.is_null(False) & (Reception.void == False)).order_by(  # noqa: E712
            Reception.arrived_at, Reception.id):
        if r.customer_id not in seen:
            assert r.first_visit, "a customer's first visit is a first visit"
            assert r.consultant_id == owners[r.customer_id], "whoever served the first visit owns the customer"
            seen.add(r.customer_id)
        else:
            assert not r.first_visit and r.owner_id == owners[r.customer_id]
            returns += 1
    assert seen and returns
    rec = CustomerOwnership.select().where(CustomerOwnership.customer.in_(list(seen)))
    assert {o.customer_id: o.first_consultant_id for o in rec} == {c: owners[c] for c in seen}
    # the desk is ready to use: today's roster is on duty, protection reads back
    today = dt.date.today()
    if DutySignIn.select().where(DutySignIn.day == today).exists():
        assert all(e.status == rotation.ON_DUTY for e in rotation.entries(today))
    st = ownership.state(Customer.get_by_id(next(iter(seen))))
    assert st.first_consultant is not None


def test_generating_again_adds_nothing_twice(ctx):
    result = _small_demo()
    before = Reception.select().count()
    staff = list(demo.people.ensure_staff(random.Random(1)))
    assert demo_reception.generate(random.Random(2), -1, staff) == 0
    assert Reception.select().count() == before == result.counts["reception"]


def test_cli_demo_then_daily_pdf_names_a_consultant(tmp_path):
    data = tmp_path / "data"
    run = lambda *a, **kw: subprocess.run([sys.executable, "-m", "salesdesk", "--data-dir", str(data), "--lang", "en",  # noqa: E731
                                           *a], cwd=ROOT, capture_output=True, text=True, timeout=300, **kw)
    out = run("demo", "--seed", "5", "--visitors", "300", "--customers", "40", "--complaints", "0")
    assert out.returncode == 0, out.stderr
    assert "reception:" in out.stdout
    from salesdesk import startup
    from salesdesk.models import db as dbmod

    startup.open_data(data, lang="en")
    try:
        day = _sales_visits_by_day().most_common(1)[0][0]
        names = {line.consultant.display_name for line in summarise(day).by_consultant}
    finally:
        dbmod.close_database()
    target = tmp_path / "日报.pdf"
    out = run("--user", "manager", "--password-stdin", "export", "daily", "--date", day.isoformat(), "-o", str(target),
              input="demo-manager-2026\n")
    assert out.returncode == 0, out.stderr
    text = "".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert names and any(name in text for name in names)

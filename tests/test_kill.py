"""Pull the plug: a process killed with SIGKILL in the middle of a multi-record action
leaves the database sound, with the action either completely there or absent.

The action runs in a child process that stops at a point we choose (inside the
action's transaction, or just after it committed) and is killed there with -9.
The child keeps SQLite's page cache tiny, so uncommitted pages really are
written to the write-ahead log before the kill — the case recovery must undo.
"""
import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from salesdesk import startup
from salesdesk.models import db as dbmod

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

CHILD_PRELUDE = """
import sys, time
from salesdesk import startup
from salesdesk.models import db as dbmod
startup.open_data(database=sys.argv[1], lang="en")
dbmod.database.execute_sql("PRAGMA cache_size=-64")  # spill uncommitted pages into the log early
dbmod.database.execute_sql("PRAGMA wal_autocheckpoint=0")

def pause(word):
    print(word, flush=True)
    time.sleep(600)  # the test kills us here
"""

IMPORT_CHILD = CHILD_PRELUDE + """
from salesdesk import customer_import
stop_at = int(sys.argv[3])

def progress(done, total):
    if done >= stop_at:
        pause("inside")

report = customer_import.run(customer_import.plan(sys.argv[2]), progress=progress)
pause(f"committed {report.imported}")
"""


def spawn(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def kill_when(proc: subprocess.Popen, word: str) -> str:
    line = proc.stdout.readline().strip()
    assert line.startswith(word), (line, proc.stderr.read() if proc.poll() is not None else "")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    return line


def kill_after(proc: subprocess.Popen, seconds: float) -> None:
    """Kill at an arbitrary moment (whatever the child is doing then)."""
    try:
        proc.wait(seconds)
    except subprocess.TimeoutExpired:
        pass
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)


def reopen(ctx):
    """What the next start does: open (quick check), then the full check."""
    dbmod.close_database()
    startup.open_data(ctx.data_dir, lang="en")
    assert dbmod.integrity_check(quick=False) == []  # includes the foreign-key check


def write_customer_list(path: Path, n: int, prefix: str = "139") -> Path:
    rng = random.Random(n)
    family, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("姓名,手机,工作单位,备注\n")
        for i in range(n):
            fh.write(f"{rng.choice(family)}{rng.choice(given)}{rng.choice(given)},{prefix}{i:08d},"
                     f"湖州某贸易公司{i % 40},第{i}行导入测试\n")
    return path


def customer_state() -> dict:
    from salesdesk.models.audit import AuditLog
    from salesdesk.models.customers import Customer, CustomerPhone
    from salesdesk.models.meta import Counter

    counter = Counter.get_or_none((Counter.series == "KH"))
    return {"customers": Customer.select().count(), "phones": CustomerPhone.select().count(),
            "last_number": counter.value if counter else 0,
            "imports": AuditLog.select().where((AuditLog.action == "import") & (AuditLog.record_type == "customer")).count()}


@pytest.fixture
def seeded(ctx):
    from salesdesk import customers

    for i in range(20):
        customers.create(f"老客户{i}", f"1380013{i:04d}")
    dbmod.close_database()  # the child is the only writer
    return ctx


ROWS = 1500


def test_kill_inside_a_large_import_leaves_nothing(seeded, tmp_path):
    ctx = seeded
    listing = write_customer_list(tmp_path / "list.csv", ROWS)
    wal = Path(str(ctx.db_path) + "-wal")
    child = spawn(IMPORT_CHILD, ctx.db_path, listing, ROWS // 2)
    kill_when(child, "inside")
    assert wal.stat().st_size > 100_000, "uncommitted pages should be in the log when the plug is pulled"
    reopen(ctx)
    assert customer_state() == {"customers": 20, "phones": 20, "last_number": 20, "imports": 0}
    # the same list imports completely afterwards, numbering continues without a gap
    from salesdesk import customer_import
    from salesdesk.models.customers import Customer

    report = customer_import.run(customer_import.plan(listing))
    assert report.saved and report.imported == ROWS
    assert customer_state() == {"customers": 20 + ROWS, "phones": 20 + ROWS, "last_number": 20 + ROWS, "imports": 1}
    assert Customer.select().order_by(Customer.id.desc()).first().file_no.endswith(f"{20 + ROWS:05d}")


def test_kill_right_after_the_import_committed_keeps_all_of_it(seeded, tmp_path):
    ctx = seeded
    listing = write_customer_list(tmp_path / "list.csv", ROWS)
    child = spawn(IMPORT_CHILD, ctx.db_path, listing, ROWS * 10)
    assert kill_when(child, "committed") == f"committed {ROWS}"
    reopen(ctx)
    assert customer_state() == {"customers": 20 + ROWS, "phones": 20 + ROWS, "last_number": 20 + ROWS, "imports": 1}
    from salesdesk.models.customers import Customer

    assert Customer.select().where(Customer.search_key == "").count() == 0  # search keys written with the rows


@pytest.mark.parametrize("seed", [1, 2])
def test_kill_at_an_arbitrary_moment_is_all_or_nothing(seeded, tmp_path, seed):
    """Wherever the plug is pulled — reading, checking, writing, committing — the
    import is either complete or absent."""
    ctx = seeded
    listing = write_customer_list(tmp_path / "list.csv", 800, prefix="137")
    child = spawn(IMPORT_CHILD, ctx.db_path, listing, 10**9)
    kill_after(child, random.Random(seed).uniform(1.0, 6.0))
    reopen(ctx)
    state = customer_state()
    assert state in ({"customers": 20, "phones": 20, "last_number": 20, "imports": 0},
                     {"customers": 820, "phones": 820, "last_number": 820, "imports": 1}), state


# --- bulk sign-out at closing time ---------------------------------------------------------------

SIGN_OUT_CHILD = CHILD_PRELUDE + """
from salesdesk import audit, visitors
stop_at = int(sys.argv[2])
real_log, written = audit.log, [0]

def log(*a, **k):  # count the sign-out's audit rows: stop in the middle of them
    real_log(*a, **k)
    written[0] += 1
    if written[0] == stop_at:
        pause("inside")

audit.log = log
n = visitors.sign_out_all()
pause(f"committed {n}")
"""

ON_SITE_VISITS = 3000


@pytest.fixture
def visitors_on_site(ctx):
    pytest.importorskip("salesdesk.visitors")  # the visitor log lands on main separately
    from salesdesk.models.db import database
    from salesdesk.models.visitors import ON_SITE, Visit

    start = dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=3)
    rows = [{"time_in": start + dt.timedelta(seconds=i), "status": ON_SITE, "name": f"访客{i:04d}",
             "phone": f"1370000{i:04d}", "party_size": 1, "purpose": "看房", "source": "desk"} for i in range(ON_SITE_VISITS)]
    with database.atomic():
        for i in range(0, len(rows), 500):
            Visit.insert_many(rows[i:i + 500]).execute()
    dbmod.close_database()
    return ctx


def visit_state() -> dict:
    from salesdesk.models.audit import AuditLog
    from salesdesk.models.visitors import LEFT, ON_SITE, Visit

    return {"on_site": Visit.select().where((Visit.status == ON_SITE) & Visit.time_out.is_null()).count(),
            "left": Visit.select().where((Visit.status == LEFT) & Visit.time_out.is_null(False)).count(),
            "audit": AuditLog.select().where((AuditLog.record_type == "visit") & (AuditLog.action == "sign_out")).count()}


def test_kill_inside_the_closing_time_sign_out_leaves_everybody_on_site(visitors_on_site):
    ctx = visitors_on_site
    child = spawn(SIGN_OUT_CHILD, ctx.db_path, ON_SITE_VISITS // 2)
    kill_when(child, "inside")
    reopen(ctx)
    assert visit_state() == {"on_site": ON_SITE_VISITS, "left": 0, "audit": 0}
    from salesdesk import visitors

    assert visitors.sign_out_all() == ON_SITE_VISITS  # done again after the restart: complete
    assert visit_state() == {"on_site": 0, "left": ON_SITE_VISITS, "audit": ON_SITE_VISITS}


def test_kill_right_after_the_sign_out_committed_keeps_it(visitors_on_site):
    ctx = visitors_on_site
    child = spawn(SIGN_OUT_CHILD, ctx.db_path, 10**9)
    assert kill_when(child, "committed") == f"committed {ON_SITE_VISITS}"
    reopen(ctx)
    assert visit_state() == {"on_site": 0, "left": ON_SITE_VISITS, "audit": ON_SITE_VISITS}


# --- merging two customer files ------------------------------------------------------------------

MERGE_CHILD = CHILD_PRELUDE + """
from salesdesk import customer_duplicates, customers
from salesdesk.models.customers import Customer
keep, gone = Customer.get(Customer.file_no == sys.argv[2]), Customer.get(Customer.file_no == sys.argv[3])
if sys.argv[4] == "inside":
    def create(**kw):  # every visit has moved to the kept file by now, uncommitted
        pause("inside")
    customer_duplicates.CustomerMerge.create = create
customer_duplicates.merge(keep, gone)
pause("committed")
"""

MERGED_VISITS = 2000


@pytest.fixture
def two_files_with_history(ctx):
    pytest.importorskip("salesdesk.visitors")
    from salesdesk import customers
    from salesdesk.models.db import database
    from salesdesk.models.visitors import LEFT, Visit

    keep = customers.create("张伟", "13800138000")
    gone = customers.create("张伟", "13900139000", notes="老档案")
    start = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=400)
    rows = [{"time_in": start + dt.timedelta(hours=i), "time_out": start + dt.timedelta(hours=i, minutes=30),
             "status": LEFT, "name": "张伟", "phone": "13900139000", "customer": gone.id, "source": "desk"}
            for i in range(MERGED_VISITS)]
    with database.atomic():
        for i in range(0, len(rows), 500):
            Visit.insert_many(rows[i:i + 500]).execute()
    dbmod.close_database()
    return ctx, keep.file_no, gone.file_no


def merge_state(keep_no: str, gone_no: str) -> dict:
    from salesdesk.models.customers import Customer, CustomerMerge
    from salesdesk.models.visitors import Visit

    keep, gone = Customer.get(Customer.file_no == keep_no), Customer.get(Customer.file_no == gone_no)
    return {"visits_on_kept": Visit.select().where(Visit.customer == keep).count(),
            "visits_on_merged": Visit.select().where(Visit.customer == gone).count(),
            "merged_away": gone.merged_into_id == keep.id, "records": CustomerMerge.select().count()}


def test_kill_inside_a_merge_leaves_both_files_as_they_were(two_files_with_history):
    ctx, keep_no, gone_no = two_files_with_history
    kill_when(spawn(MERGE_CHILD, ctx.db_path, keep_no, gone_no, "inside"), "inside")
    reopen(ctx)
    assert merge_state(keep_no, gone_no) == {"visits_on_kept": 0, "visits_on_merged": MERGED_VISITS,
                                             "merged_away": False, "records": 0}


def test_kill_after_a_merge_committed_keeps_it(two_files_with_history):
    ctx, keep_no, gone_no = two_files_with_history
    kill_when(spawn(MERGE_CHILD, ctx.db_path, keep_no, gone_no, "through"), "committed")
    reopen(ctx)
    assert merge_state(keep_no, gone_no) == {"visits_on_kept": MERGED_VISITS, "visits_on_merged": 0,
                                             "merged_away": True, "records": 1}

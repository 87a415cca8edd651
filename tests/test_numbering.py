"""Record numbers: per series and year, never reused, unique under concurrent writers."""
import multiprocessing as mp
import re

from salesdesk import numbering, startup
from salesdesk.models import db as dbmod


def test_sequence_per_year(ctx):
    assert numbering.next_number("TS", 4, 2026) == "TS-2026-0001"
    assert numbering.next_number("TS", 4, 2026) == "TS-2026-0002"
    assert numbering.next_number("TS", 4, 2027) == "TS-2027-0001"
    assert numbering.next_number("KH", 5, 2026) == "KH-2026-00001"


def _worker(db_path, n, q):
    startup.open_data(database=db_path, lang="en")
    got = []
    for _ in range(n):
        with dbmod.database.atomic():
            got.append(numbering.next_number("TS", 4, 2026))
    dbmod.close_database()
    q.put(got)


def test_two_processes_never_share_a_number(ctx):
    dbmod.close_database()
    q = mp.get_context("spawn").Queue()
    procs = [mp.get_context("spawn").Process(target=_worker, args=(str(ctx.db_path), 40, q)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [q.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
    numbers = results[0] + results[1]
    assert len(numbers) == 80 and len(set(numbers)) == 80
    assert all(re.fullmatch(r"TS-2026-\d{4}", n) for n in numbers)
    assert sorted(numbers)[-1] == "TS-2026-0080"

"""SalesDesk office-scale benchmark (not part of the test suite).

    python bench/run.py                 # 200,000 visits / 20,000 customers / 5,000 complaints
    python bench/run.py --quick         # a tenth of that, for development
    python bench/run.py --keep DIR      # keep the demo database in DIR and reuse it next time

Builds a demo database with ``salesdesk demo``, then measures each figure next
to its floor in the same run on the same data (GUI figures in offscreen Qt
subprocesses), repeating each and taking medians because the machine is shared.
Prints: figure, value, floor, ratio, target, pass/fail. Exit code 0 when every
available figure passes, 1 when one misses its target.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, child_env, median, parse_result, percentile, wall_ms_since  # noqa: E402

PROBES = Path(__file__).resolve().parent / "probes.py"
FULL = {"visitors": 200_000, "customers": 20_000, "complaints": 5_000}
QUICK = {"visitors": 20_000, "customers": 2_000, "complaints": 500}
SEED = 20260101


# --- the demo database ----------------------------------------------------------------------------

def data_fingerprint() -> str:
    """Changes when anything that shapes the stored data changes (models, demo, core
    services) — a kept database is rebuilt then instead of benchmarking an old schema."""
    h = hashlib.sha1()
    for path in sorted((ROOT / "salesdesk").rglob("*.py")):
        rel = path.relative_to(ROOT / "salesdesk").parts
        if rel[0] in ("ui", "forms", "cli"):
            continue
        h.update(str(path.relative_to(ROOT)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def demo_database(folder: Path, counts: dict[str, int]) -> tuple[Path, float | None]:
    """The demo database for ``counts`` in ``folder``: reused when it matches the code,
    else generated. Returns (path, seconds the generation took or None when reused)."""
    folder.mkdir(parents=True, exist_ok=True)
    name = f"demo-{counts['visitors']}-{counts['customers']}-{counts['complaints']}"
    db, marker = folder / f"{name}.db", folder / f"{name}.json"
    want = {"counts": counts, "seed": SEED, "fingerprint": data_fingerprint()}
    if db.is_file() and marker.is_file():
        try:
            if json.loads(marker.read_text()) == want:
                return db, None
        except ValueError:
            pass
    for p in (db, marker, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
        p.unlink(missing_ok=True)
    print(f"Generating demo data: {counts['visitors']:,} visits, {counts['customers']:,} customers, "
          f"{counts['complaints']:,} complaints …", flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "salesdesk", "--data-dir", str(folder / "gen-data"), "--database", f"sqlite:///{db}",
         "--lang", "en", "demo", "--visitors", str(counts["visitors"]), "--customers", str(counts["customers"]),
         "--complaints", str(counts["complaints"]), "--seed", str(SEED)],
        env=child_env(), capture_output=True, text=True, cwd=ROOT)
    seconds = wall_ms_since(t0) / 1000
    if proc.returncode:
        sys.exit(f"salesdesk demo failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    marker.write_text(json.dumps(want))
    return db, seconds


def working_copy(pristine: Path, run_dir: Path) -> Path:
    """Probes write (check-ins, window state): they get a copy, the cache stays pristine."""
    con = sqlite3.connect(pristine)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    work = run_dir / "work.db"
    shutil.copyfile(pristine, work)
    return work


# --- what to measure on this data -----------------------------------------------------------------

def choose_spec(db: Path) -> dict:
    """The busiest full month of visits, the busiest year of complaints, and search
    texts taken from real customer names and phones (so every search has hits)."""
    con = sqlite3.connect(db)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    spec: dict = {}
    month = None
    if "visit" in tables:
        row = con.execute("SELECT substr(time_in, 1, 7) AS m, count(*) FROM visit "
                          "WHERE substr(time_in, 1, 7) < ? GROUP BY m ORDER BY 2 DESC LIMIT 1",
                          (dt.date.today().strftime("%Y-%m"),)).fetchone()
        month = row[0] if row else None
    first = dt.date.fromisoformat((month or dt.date.today().strftime("%Y-%m")) + "-01")
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    spec["month_first"], spec["month_last"] = first.isoformat(), last.isoformat()
    year = dt.date.today().year - 1
    if "complaint" in tables:
        cols = [r[1] for r in con.execute("PRAGMA table_info(complaint)")]
        col = next((c for c in ("received_at", "received", "created_at") if c in cols), None)
        if col:
            row = con.execute(f"SELECT substr({col}, 1, 4) AS y, count(*) FROM complaint GROUP BY y "
                              "ORDER BY 2 DESC LIMIT 1").fetchone()
            year = int(row[0]) if row and row[0] else year
    spec["year_first"], spec["year_last"] = f"{year}-01-01", f"{year}-12-31"

    names = [r[0] for r in con.execute("SELECT name, count(*) FROM customer WHERE length(name) = 2 "
                                       "GROUP BY name ORDER BY 2 DESC LIMIT 1")]
    three = [r[0] for r in con.execute("SELECT name FROM customer WHERE length(name) = 3 ORDER BY id LIMIT 1")]
    phones = [r[0] for r in con.execute("SELECT phone FROM customer_phone WHERE length(phone) >= 11 ORDER BY id LIMIT 1")]
    con.close()
    from pypinyin import lazy_pinyin

    initials = "".join(s[0] for s in lazy_pinyin(three[0])) if three else "zxm"
    digits = "".join(ch for ch in (phones[0] if phones else "13800138001") if ch.isdigit())
    spec["searches"] = {"name": names[0] if names else "王伟", "phone": digits[-8:-4], "pinyin": initials}
    return spec


# --- running the probes ---------------------------------------------------------------------------

def run_probe(name: str, *args: str, timeout: float = 1800) -> dict:
    proc = subprocess.run([sys.executable, str(PROBES), name, *args], env=child_env(), capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout)
    try:
        return parse_result(proc.stdout)
    except ValueError:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-12:]
        raise RuntimeError(f"probe {name} failed ({proc.returncode}):\n  " + "\n  ".join(tail)) from None


def time_start(kind: str, data_dir: Path, db: Path) -> tuple[float, float, float, float, float]:
    """Wall time from launching the process to the first paint of its window (ms), its RSS,
    the parts spent checking the password and (when the start waits for it) the database,
    and the duration of the quick check run beside the start."""
    args = [sys.executable, str(PROBES), kind]
    if kind == "start-app":
        args += ["--data-dir", str(data_dir), "--database", f"sqlite:///{db}"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    watchdog = threading.Timer(120, proc.kill)  # a dialog nobody answers must not hang the bench
    watchdog.start()
    for line in proc.stdout:
        if line.startswith("SHOWN"):
            elapsed = wall_ms_since(t0)
            _shown, rss, login, check, beside = line.split()
            for rest in proc.stdout:  # the start-app probe then says how long the check beside it took
                if rest.startswith("CHECK"):
                    beside = rest.split()[1]
            proc.wait(timeout=60)
            watchdog.cancel()
            return elapsed, float(rss), float(login), float(check), float(beside)
    proc.wait(timeout=60)
    watchdog.cancel()
    raise RuntimeError(f"{kind} never showed its window:\n{proc.stderr.read() if proc.stderr else ''}")


# --- the table ------------------------------------------------------------------------------------

@dataclass
class Row:
    figure: str
    value: str
    floor: str = "—"
    ratio: str = "—"
    target: str = "—"
    result: str = ""


def _ms(v: float) -> str:
    return f"{v / 1000:.2f} s" if v >= 1000 else f"{v:.1f} ms"


def judge(figure: str, data: dict | None, limit_ms: float | None = None, max_ratio: float | None = None,
          stat: str = "median", unit: str = "ms") -> Row:
    if data and "error" in data:
        return Row(figure, "error", target=_target(limit_ms, max_ratio, unit), result="FAIL: " + data["error"])
    if not data or "unavailable" in data:
        return Row(figure, "not available", target=_target(limit_ms, max_ratio, unit),
                   result=(data or {}).get("unavailable", "not measured"))
    pick = (lambda xs: percentile(xs, 95)) if stat == "p95" else (lambda xs: percentile(xs, 50)) if stat == "p50" else median
    value = pick(data["samples"])
    floor = pick(data["floor"]) if data.get("floor") else None
    ratio = value / floor if floor else None
    ok = True
    if limit_ms is not None and value > limit_ms:
        ok = False
    if max_ratio is not None and ratio is not None and ratio > max_ratio:
        ok = False
    fmt = (lambda v: f"{v:.0f} MB") if unit == "MB" else _ms
    extra = f" ({data['rows']:,} rows)" if isinstance(data.get("rows"), int) else ""
    return Row(figure + extra, fmt(value), fmt(floor) if floor is not None else "—",
               f"{ratio:.1f}×" if ratio is not None else "—", _target(limit_ms, max_ratio, unit),
               ("pass" if ok else "FAIL") if (limit_ms is not None or max_ratio is not None) else "")


def _target(limit: float | None, ratio: float | None, unit: str = "ms") -> str:
    parts = []
    if limit is not None:
        parts.append(f"≤ {limit:.0f} MB" if unit == "MB" else f"≤ {limit / 1000:g} s" if limit >= 1000 else f"≤ {limit:g} ms")
    if ratio is not None:
        parts.append(f"≤ {ratio:g}× floor")
    return ", ".join(parts) or "—"


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def render(rows: list[Row], markdown: bool) -> str:
    head = Row("figure", "value", "floor", "ratio", "target", "result")
    table = [head] + rows
    cols = ["figure", "value", "floor", "ratio", "target", "result"]
    if markdown:
        lines = ["| " + " | ".join(getattr(r, c) for c in cols) + " |" for r in table]
        lines.insert(1, "|" + "|".join("---" for _ in cols) + "|")
        return "\n".join(lines)
    widths = {c: max(_width(getattr(r, c)) for r in table) for c in cols[:-1]}
    out = []
    for r in table:
        out.append("  ".join(getattr(r, c) + " " * (widths[c] - _width(getattr(r, c))) for c in cols[:-1])
                   + "  " + r.result)
    return "\n".join(out)


# --- main -----------------------------------------------------------------------------------------

def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="a tenth of the data, fewer repetitions")
    p.add_argument("--keep", metavar="DIR", help="keep the demo database in DIR and reuse it while the code matches")
    p.add_argument("--repeat", type=int, help="repetitions per figure (default 5, quick 3)")
    p.add_argument("--only", default="start,gui,exports,day", help="comma-separated groups: start,gui,exports,day")
    p.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    p.add_argument("--wall", action="store_true",
                   help="time in-process figures by the wall clock (default: CPU time, steadier on a shared machine)")
    p.add_argument("--json", metavar="FILE", help="also write the raw samples to FILE")
    args = p.parse_args()
    counts = QUICK if args.quick else FULL
    repeat = args.repeat or (3 if args.quick else 5)
    groups = set(args.only.split(","))
    os.environ["BENCH_CLOCK"] = "wall" if args.wall else "cpu"  # read by the probe processes (common.py)

    tmp = tempfile.TemporaryDirectory(prefix="salesdesk-bench-")
    run_dir = Path(tmp.name)
    cache = Path(args.keep).expanduser().resolve() if args.keep else run_dir / "cache"
    pristine, gen_seconds = demo_database(cache, counts)
    db = working_copy(pristine, run_dir)
    data_dir = run_dir / "data"
    spec = choose_spec(db)
    common = ["--data-dir", str(data_dir), "--database", f"sqlite:///{db}", "--db-file", str(db),
              "--spec", json.dumps(spec), "--repeat", str(repeat)]
    raw: dict[str, dict] = {}

    print(f"Data: {counts['visitors']:,} visits / {counts['customers']:,} customers / {counts['complaints']:,} "
          f"complaints; month {spec['month_first'][:7]}, year {spec['year_first'][:4]}; "
          f"searches {spec['searches']}; {repeat} repetitions, medians; "
          f"{'wall' if args.wall else 'CPU'} time in process, wall time for start-up.", flush=True)
    if "start" in groups:
        app, bare, rss, bare_rss, login, checks, beside = [], [], [], [], [], [], []
        time_start("start-app", data_dir, db)  # first start creates window state; not counted
        for _ in range(repeat):
            t, r, pw, ck, bs = time_start("start-app", data_dir, db)
            app.append(t)
            rss.append(r)
            login.append(pw)
            checks.append(ck)
            if bs == bs:  # not nan
                beside.append(bs)
            t, r, _pw, _ck, _bs = time_start("start-bare", data_dir, db)
            bare.append(t)
            bare_rss.append(r)
        raw["start"] = {"samples": app, "floor": bare, "rss": rss, "bare_rss": bare_rss}
        raw["start:login"] = {"samples": login}
        raw["start:check"] = {"samples": checks}
        raw["start:beside"] = {"samples": beside}
        print("  start-up measured", flush=True)
    for group, probe, extra in (("gui", "gui", []), ("exports", "exports", ["--out", str(run_dir / "out")]),
                                ("day", "day", ["--out", str(run_dir / "day")])):
        if group in groups:
            try:
                raw.update({(k if group != "day" else "day:" + k): v
                            for k, v in run_probe(probe, *common, *extra).items()})
            except RuntimeError as exc:
                print(f"  {group}: {exc}", file=sys.stderr)
            print(f"  {group} measured", flush=True)

    rows: list[Row] = []
    if gen_seconds is not None:
        rows.append(Row("demo data generation", f"{gen_seconds:.1f} s", target="< 60 s",
                        result="pass" if gen_seconds < 60 else "FAIL"))
    if "start" in groups:
        rows.append(judge("cold start to main window shown", raw.get("start"), 1500, 3.0))
        rows.append(judge("  of which the password check (argon2)", raw.get("start:login")))
        if any(raw.get("start:check", {}).get("samples", [])):
            rows.append(judge("  of which the database check (quick_check)", raw.get("start:check")))
        label = "  database quick check, run beside the start (not waited for)"
        if raw.get("start:beside", {}).get("samples"):
            rows.append(judge(label, raw.get("start:beside")))
        else:
            rows.append(Row(label, "not measured"))
    if "gui" in groups:
        for reg, label in (("visitors", "visitor log"), ("complaints", "complaints"), ("customers", "customer files")):
            rows.append(judge(f"open tab: {label}", raw.get(f"tab:{reg}"), 300))
        rows.append(judge(f"filter visits to {spec['month_first'][:7]}", raw.get("filter:visits-month"), 300))
        for label, text in spec["searches"].items():
            data = raw.get(f"search:{label}")
            rows.append(judge(f"search '{text}' ({label}) per key, p50", data, stat="p50"))
            rows.append(judge(f"search '{text}' ({label}) per key, p95", data, 50, stat="p95"))
        rows.append(judge("check-in save at the desk (Enter → row shown)", raw.get("checkin:desk"), 50))
    if "exports" in groups:
        rows.append(judge("check-in save (service)", raw.get("checkin:service"), 50))
        rows.append(judge(f"export visits {spec['month_first'][:7]} → PDF", raw.get("export:visits-pdf"), 3000, 1.5))
        rows.append(judge(f"export visits {spec['month_first'][:7]} → xlsx", raw.get("export:visits-xlsx"), 3000, 1.5))
        rows.append(judge(f"export complaints {spec['year_first'][:4]} → xlsx", raw.get("export:complaints-xlsx"), 3000, 1.5))
    peak = [v["samples"][0] for k, v in raw.items() if k.endswith("rss") and "samples" in v]
    if peak or "start" in raw:
        peak += raw.get("start", {}).get("rss", [])
        bare_rss = raw.get("start", {}).get("bare_rss")
        rows.append(judge("peak memory (RSS) of a working day", {"samples": [max(peak)], "floor": [median(bare_rss)] if bare_rss else None},
                          300, unit="MB"))

    print()
    print(render(rows, args.markdown))
    if args.json:
        Path(args.json).write_text(json.dumps({"spec": spec, "counts": counts, "raw": raw}, indent=1))
    tmp.cleanup()
    return 1 if any(r.result == "FAIL" for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())

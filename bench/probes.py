"""Probe processes of the benchmark: each measures one group of figures and
prints one ``BENCH-RESULT {json}`` line. Started by bench/run.py, never by hand
(but ``python bench/probes.py NAME --help`` works for debugging).

Every figure is measured next to its floor in the same process, alternating
value and floor on each repetition, so both see the same machine load.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

T_PROCESS = time.perf_counter()  # the start probe reports from here too

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import emit, ms_since, now, peak_rss_mb  # noqa: E402

_LOGIN_MS = [0.0]  # time spent checking the password during start-up
_CHECK_MS = [0.0]  # time spent in SQLite's start-up integrity check, when the start waits for it
_BESIDE_MS = [float("nan")]  # the quick check run beside the start: its duration (nan: still running at paint)
_PROFILE = None
if os.environ.get("BENCH_PROFILE"):
    import cProfile

    _PROFILE = cProfile.Profile()
    _PROFILE.enable()


# --- cold start ----------------------------------------------------------------------------------

def _exit_when_painted(app, is_target) -> None:
    """Print SHOWN when ``is_target(widget)`` gets its first paint, then leave at once
    (teardown is not part of start-up)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        done = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if not self.done and event.type() == QEvent.Type.Paint and is_target(obj):
                self.done = True
                QTimer.singleShot(0, finish)  # let the rest of this paint pass complete
            return False

    def finish() -> None:
        if _PROFILE is not None:  # BENCH_PROFILE=FILE: where the start-up time goes (bench development)
            _PROFILE.disable()
            _PROFILE.dump_stats(os.environ["BENCH_PROFILE"])
        sys.stdout.write(f"SHOWN {peak_rss_mb() or 0:.1f} {_LOGIN_MS[0]:.1f} {_CHECK_MS[0]:.1f} {_BESIDE_MS[0]:.1f}\n")
        sys.stdout.flush()
        deadline = time.perf_counter() + 30
        while _BESIDE_MS[0] != _BESIDE_MS[0] and time.perf_counter() < deadline:  # nan: the check still runs
            time.sleep(0.01)
        sys.stdout.write(f"CHECK {_BESIDE_MS[0]:.1f}\n")  # how long the check beside the start took
        sys.stdout.flush()
        os._exit(0)

    app._bench_watch = Watch()  # keep a reference
    app.installEventFilter(app._bench_watch)


def start_app(args: argparse.Namespace) -> None:
    """The real program as a user starts it (salesdesk.cli.main), stopped when the main window paints."""
    from PySide6.QtWidgets import QWidget

    import salesdesk.ui.app as app_mod

    original = app_mod.make_app

    def make_app(argv=None):
        app = original(argv)
        _exit_when_painted(app, lambda w: isinstance(w, QWidget) and w.objectName() == "MainWindow")
        return app

    app_mod.make_app = make_app
    from salesdesk.ui import login

    def sign_in(parent=None) -> bool:
        """The login dialog answered at once: the password check (argon2) still runs."""
        import adapters

        t0 = time.perf_counter()  # wall time, like the start-up it is part of
        ok = adapters.log_in(with_password=True)
        _LOGIN_MS[0] = (time.perf_counter() - t0) * 1000
        return ok

    login.start_session = sign_in
    from salesdesk.models import db as dbmod

    check = dbmod.integrity_check

    def timed_check(*a, **kw):
        t0 = time.perf_counter()
        try:
            return check(*a, **kw)
        finally:
            _CHECK_MS[0] += (time.perf_counter() - t0) * 1000

    dbmod.integrity_check = timed_check
    run_beside = dbmod.StartCheck._run

    def timed_beside(self):
        t0 = time.perf_counter()
        run_beside(self)
        _BESIDE_MS[0] = (time.perf_counter() - t0) * 1000

    dbmod.StartCheck._run = timed_beside
    from salesdesk.cli import main

    main(["--data-dir", args.data_dir, "--database", args.database])
    sys.stderr.write("the main window never painted\n")
    os._exit(1)


def start_bare(args: argparse.Namespace) -> None:
    """Floor: a bare PySide6 window with one table."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setObjectName("Bare")
    table = QTableWidget(30, 8)
    for r in range(30):
        for c in range(8):
            table.setItem(r, c, QTableWidgetItem(f"{r}:{c}"))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    _exit_when_painted(app, lambda w: w is window)
    window.show()
    app.exec()
    os._exit(1)


# --- the window at work ----------------------------------------------------------------------------

def _no_modal_boxes() -> None:
    """A message box would wait for a click that never comes: make it an error instead."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **kwargs):
        raise RuntimeError("a message box opened: " + " | ".join(str(a) for a in args[1:3]))

    for name in ("warning", "critical", "information", "question"):
        setattr(QMessageBox, name, staticmethod(refuse))


def _open_window(args: argparse.Namespace):
    from salesdesk.ui.app import make_app, open_context
    from salesdesk.ui.main_window import MainWindow

    app = make_app()
    _no_modal_boxes()
    ns = argparse.Namespace(data_dir=args.data_dir, database=args.database, lang="zh_CN", self_test=False)
    ctx = open_context(ns)
    import adapters

    adapters.log_in()
    window = MainWindow(ctx)
    window.remember_state = False
    window.resize(1280, 800)
    window.show()
    settle(app)
    return app, window


def settle(app=None) -> None:
    """Let Qt finish what a user action started: posted events, layout, paint."""
    from PySide6.QtWidgets import QApplication

    app = app or QApplication.instance()
    for _ in range(2):
        app.sendPostedEvents()
        app.processEvents()


def _failed(exc: Exception) -> dict:
    import adapters

    return {"unavailable": str(exc)} if isinstance(exc, adapters.Unavailable) else {"error": str(exc)}


def _figure(samples: list[float], floor: list[float] | None = None, **extra) -> dict:
    return {"samples": samples, "floor": floor, **extra}


def gui(args: argparse.Namespace) -> None:
    import adapters
    from sqlfloor import SqlCapture, replay

    spec = json.loads(args.spec)
    app, window = _open_window(args)
    out: dict[str, dict] = {}
    db_path = args.db_file

    # Open each tab: switch to it from another tab, as a user clicks it.
    tabs = window.register_tabs
    for i, tab in enumerate(tabs):
        key = f"tab:{tab.register}"
        why = adapters.tab_unavailable(tab)
        if why:
            out[key] = {"unavailable": why}
            continue
        samples, floors = [], []
        for r in range(args.repeat):
            window.tabs.setCurrentIndex((i + 1) % len(tabs))
            settle(app)
            with SqlCapture() as cap:
                t0 = now()
                window.tabs.setCurrentIndex(i)
                settle(app)
                samples.append(ms_since(t0))
            floors.append(replay(db_path, cap.statements))
        out[key] = _figure(samples, floors)

    # Filter the visitor log to one month.
    try:
        vt = window.register_tabs[0]
        window.tabs.setCurrentIndex(0)
        settle(app)
        apply, reset = adapters.visit_month_filter(vt, spec["month_first"], spec["month_last"])
        samples, floors = [], []
        for r in range(args.repeat):
            reset()
            settle(app)
            with SqlCapture() as cap:
                t0 = now()
                apply()
                settle(app)
                samples.append(ms_since(t0))
            floors.append(replay(db_path, cap.statements))
        out["filter:visits-month"] = _figure(samples, floors, rows=adapters.visible_rows(vt))
    except (adapters.Unavailable, RuntimeError) as exc:
        out["filter:visits-month"] = _failed(exc)

    # Customer search, keystroke by keystroke.
    try:
        ct = window.register_tabs[2]
        window.tabs.setCurrentIndex(2)
        settle(app)
        type_text = adapters.customer_search_box(ct)
        for label, text in spec["searches"].items():
            samples, floors = [], []
            for r in range(args.repeat):
                type_text("")
                settle(app)
                for k in range(1, len(text) + 1):
                    with SqlCapture() as cap:
                        t0 = now()
                        type_text(text[:k])
                        settle(app)
                        samples.append(ms_since(t0))
                    floors.append(replay(db_path, cap.statements))
            out[f"search:{label}"] = _figure(samples, floors, text=text, rows=adapters.visible_rows(ct))
        type_text("")
    except (adapters.Unavailable, RuntimeError) as exc:
        for label in spec["searches"]:
            out[f"search:{label}"] = _failed(exc)

    # Check-in save at the desk: fill the form, press Enter, the row is in today's log.
    try:
        window.tabs.setCurrentIndex(0)
        settle(app)
        fill, submit = adapters.check_in_desk(window.register_tabs[0])
        samples = []
        for r in range(args.repeat):
            fill(r)
            settle(app)
            t0 = now()
            submit()
            settle(app)
            samples.append(ms_since(t0))
        out["checkin:desk"] = _figure(samples)
    except (adapters.Unavailable, RuntimeError) as exc:
        out["checkin:desk"] = _failed(exc)

    out["rss"] = {"samples": [peak_rss_mb() or 0.0]}
    emit(out)
    os._exit(0)


# --- exports ---------------------------------------------------------------------------------------

def exports(args: argparse.Namespace) -> None:
    """Exports through the registers' own functions, each next to a raw-library floor."""
    import adapters
    import floors
    from salesdesk import startup

    spec = json.loads(args.spec)
    startup.open_data(args.data_dir, args.database, "zh_CN")
    adapters.log_in()
    folder = Path(args.out)
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, dict] = {}

    jobs = [
        ("export:visits-pdf", lambda p: adapters.export_visits(spec["month_first"], spec["month_last"], p),
         lambda p: floors.visits_pdf(args.db_file, spec["month_first"], spec["month_last"], p), ".pdf"),
        ("export:visits-xlsx", lambda p: adapters.export_visits(spec["month_first"], spec["month_last"], p),
         lambda p: floors.visits_xlsx(args.db_file, spec["month_first"], spec["month_last"], p), ".xlsx"),
        ("export:complaints-xlsx", lambda p: adapters.export_complaints(spec["year_first"], spec["year_last"], p),
         lambda p: floors.complaints_xlsx(args.db_file, spec["year_first"], spec["year_last"], p), ".xlsx"),
    ]
    for key, app_fn, floor_fn, ext in jobs:
        try:
            samples, floor_samples, rows = [], [], None
            for r in range(args.repeat):
                target = folder / f"{key.split(':')[1]}-{r}{ext}"
                t0 = now()
                app_fn(target)
                samples.append(ms_since(t0))
                floor_target = folder / f"{key.split(':')[1]}-floor-{r}{ext}"
                t0 = now()
                rows = floor_fn(floor_target)
                floor_samples.append(ms_since(t0))
            out[key] = _figure(samples, floor_samples, rows=rows)
        except Exception as exc:  # noqa: BLE001 - one failing export must not hide the others
            out[key] = _failed(exc) if isinstance(exc, adapters.Unavailable) else {"error": f"{type(exc).__name__}: {exc}"}

    # Check-in save through the service (the write path the desk calls).
    try:
        save = adapters.check_in_service()
        out["checkin:service"] = _figure([_timed(lambda: save(r)) for r in range(max(args.repeat, 10))])
    except Exception as exc:  # noqa: BLE001
        out["checkin:service"] = _failed(exc) if isinstance(exc, adapters.Unavailable) else {"error": f"{type(exc).__name__}: {exc}"}
    emit(out)


def _timed(fn) -> float:
    t0 = now()
    fn()
    return ms_since(t0)


# --- a day's use, for peak memory -----------------------------------------------------------------

def day(args: argparse.Namespace) -> None:
    """Open the window, every tab, filter a month, search, export: the peak RSS of a working day."""
    import adapters

    spec = json.loads(args.spec)
    Path(args.out).mkdir(parents=True, exist_ok=True)
    app, window = _open_window(args)
    for i in range(len(window.register_tabs)):
        window.tabs.setCurrentIndex(i)
        settle(app)
    done = ["window", "tabs"]
    for step, fn in (
        ("filter", lambda: adapters.visit_month_filter(window.register_tabs[0], spec["month_first"], spec["month_last"])[0]()),
        ("search", lambda: adapters.customer_search_box(window.register_tabs[2])(next(iter(spec["searches"].values())))),
        ("visits-pdf", lambda: adapters.export_visits(spec["month_first"], spec["month_last"], Path(args.out) / "day.pdf")),
        ("visits-xlsx", lambda: adapters.export_visits(spec["month_first"], spec["month_last"], Path(args.out) / "day.xlsx")),
        ("complaints-xlsx", lambda: adapters.export_complaints(spec["year_first"], spec["year_last"], Path(args.out) / "c.xlsx")),
    ):
        try:
            fn()
            settle(app)
            done.append(step)
        except adapters.Unavailable:
            pass
    emit({"rss": {"samples": [peak_rss_mb() or 0.0], "steps": done}})
    os._exit(0)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("probe", choices=["start-app", "start-bare", "gui", "exports", "day"])
    p.add_argument("--data-dir", default="")
    p.add_argument("--database", default="")
    p.add_argument("--db-file", default="")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--spec", default="{}")
    p.add_argument("--out", default="")
    args = p.parse_args()
    {"start-app": start_app, "start-bare": start_bare, "gui": gui, "exports": exports, "day": day}[args.probe](args)


if __name__ == "__main__":
    main()

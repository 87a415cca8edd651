"""Small pieces shared by the bench runner and its probe processes.

Kept free of Qt and of salesdesk imports so that importing it costs nothing
measurable in the cold-start probe.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/run.py` puts bench/ first, not the checkout
    sys.path.insert(0, str(ROOT))


# In-process figures are timed in CPU time of the probe process by default: the
# machine is shared, and another job's load inflates wall time at random, while
# these single-threaded actions (Python, SQLite, Qt offscreen painting) cost the
# same CPU time either way — on an idle PC their wall time equals it.
# `run.py --wall` times them by the wall clock instead. Start-up is always wall time.
_CLOCK = time.perf_counter if os.environ.get("BENCH_CLOCK") == "wall" else time.process_time


def now() -> float:
    return _CLOCK()


def ms_since(t0: float) -> float:
    return (_CLOCK() - t0) * 1000.0


def wall_ms_since(t0: float) -> float:
    """For wall-clock spans started with ``time.perf_counter()``."""
    return (time.perf_counter() - t0) * 1000.0


def median(values: list[float]) -> float:
    import statistics  # not at import time: probes.py imports this module in the start-up it measures

    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) — no interpolation on few samples."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no samples")
    rank = max(1, min(len(ordered), round(p / 100.0 * len(ordered) + 0.4999)))
    return ordered[rank - 1]


def peak_rss_mb() -> float | None:
    """Peak resident memory of this process in MB (None where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def emit(result: dict[str, Any]) -> None:
    """A probe's answer: one JSON line on stdout, prefixed so stray prints don't confuse it."""
    sys.stdout.write("BENCH-RESULT " + json.dumps(result) + "\n")
    sys.stdout.flush()


def parse_result(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.splitlines()):
        if line.startswith("BENCH-RESULT "):
            return json.loads(line[len("BENCH-RESULT "):])
    raise ValueError("the probe printed no result")


def repeat(fn: Callable[[], Any], times: int, before: Callable[[], Any] | None = None) -> list[float]:
    """Milliseconds of ``times`` calls of ``fn`` (``before`` runs untimed before each)."""
    out = []
    for _ in range(times):
        if before is not None:
            before()
        t0 = now()
        fn()
        out.append(ms_since(t0))
    return out


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for probe processes: this checkout first on the path, offscreen Qt."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["QT_QPA_PLATFORM"] = "offscreen"
    # An installed program starts from compiled bytecode (pip writes it); a shell that
    # switched bytecode off would make every start compile ~100 modules from source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("SALESDESK_DATABASE", None)
    env.pop("SALESDESK_DATA_DIR", None)
    if extra:
        env.update(extra)
    return env

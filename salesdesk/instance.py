"""Who else has this database open: one small heartbeat file per running window.

SQLite lets two programs share one file (writes wait for each other), so a
second window is allowed — but the person starting it should know, and a
restore must not swap the file under somebody else's feet. Each window writes
``<database>.in-use/<host>-<pid>.json`` and touches it every HEARTBEAT_S
seconds. A marker counts as live when it was touched within STALE_S and, on
this PC, its process still runs — so a crashed window (kill -9, power cut)
never blocks anybody: on the same PC at once, from another PC after STALE_S.
"""
from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HEARTBEAT_S = 30
STALE_S = 120


@dataclass(frozen=True)
class Holder:
    """Another running SalesDesk on the same database."""

    host: str
    pid: int
    user: str
    started: str  # ISO time, as the other PC wrote it
    seen: dt.datetime  # last heartbeat (file modification time)
    marker: Path


def marker_dir(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".in-use")


def _host() -> str:
    return socket.gethostname() or "localhost"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some service contexts
        return "?"


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this PC (never signals it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would send Ctrl+C on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return bool(ok) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read(marker: Path) -> Holder | None:
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        seen = dt.datetime.fromtimestamp(marker.stat().st_mtime)
        return Holder(str(data["host"]), int(data["pid"]), str(data.get("user", "?")), str(data.get("started", "")),
                      seen, marker)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _is_live(h: Holder, now: float) -> bool:
    if now - h.seen.timestamp() > STALE_S:
        return False
    if h.host == _host():
        return pid_alive(h.pid)
    return True


def others(db_path: Path | None, exclude: Path | None = None) -> list[Holder]:
    """Live SalesDesk windows on ``db_path`` other than the marker ``exclude``.

    Markers left by crashed windows are removed on the way.
    """
    if db_path is None:
        return []
    folder = marker_dir(db_path)
    if not folder.is_dir():
        return []
    now = time.time()
    live = []
    for marker in sorted(folder.glob("*.json")):
        if exclude is not None and marker == exclude:
            continue
        h = _read(marker)
        if h is not None and _is_live(h, now):
            live.append(h)
        elif h is None or now - marker.stat().st_mtime > STALE_S or h.host == _host():
            marker.unlink(missing_ok=True)  # crashed or unreadable: nobody is behind it
    return live


class Presence:
    """This window's marker: ``announce()`` at start, ``beat()`` regularly, ``release()`` at exit."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.marker = marker_dir(self.db_path) / f"{_host()}-{os.getpid()}.json"
        self.user = _os_user()

    def announce(self, user: str | None = None) -> list[Holder]:
        """Write our marker; return the other live windows (empty: we are alone)."""
        if user:
            self.user = user
        try:
            self.marker.parent.mkdir(parents=True, exist_ok=True)
            payload = {"host": _host(), "pid": os.getpid(), "user": self.user,
                       "started": dt.datetime.now().isoformat(timespec="seconds")}
            self.marker.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        except OSError:
            pass  # a read-only share: we cannot announce ourselves, but may still look
        return others(self.db_path, exclude=self.marker)

    def beat(self) -> None:
        try:
            os.utime(self.marker)
        except FileNotFoundError:
            self.announce()  # removed meanwhile (e.g. by a cleaner): write it again
        except OSError:
            pass

    def others(self) -> list[Holder]:
        return others(self.db_path, exclude=self.marker)

    def release(self) -> None:
        try:
            self.marker.unlink(missing_ok=True)
            self.marker.parent.rmdir()  # only succeeds when nobody else is left
        except OSError:
            pass

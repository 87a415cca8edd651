"""The database: one peewee proxy, opened from a URL.

Everything SQLite-specific (pragmas, backup API, integrity check, exclusive
transactions) lives in this module, so another peewee backend can be plugged in
later by teaching only this file about it.
"""
from __future__ import annotations

import os
import sqlite3
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence, TypeVar
from urllib.parse import unquote, urlparse

import peewee

from salesdesk.errors import DamagedDatabaseError, DatabaseError
from salesdesk.i18n import _

database = peewee.DatabaseProxy()
T = TypeVar("T")

BUSY_TIMEOUT_S = 10.0


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


def sqlite_url(path: Path | str) -> str:
    return "sqlite:///" + str(Path(path).resolve()).replace("\\", "/")


def sqlite_path(url: str) -> Path | None:
    """The file behind a ``sqlite:///...`` URL, None for other schemes/memory."""
    parsed = urlparse(url)
    if parsed.scheme != "sqlite":
        return None
    raw = unquote(parsed.path)
    if url.startswith("sqlite:////"):
        raw = "/" + raw.lstrip("/")
    elif raw.startswith("/") and len(raw) > 2 and raw[2] == ":":  # sqlite:///C:/x
        raw = raw[1:]
    if raw in ("", "/", "/:memory:", ":memory:"):
        return None
    return Path(raw)


def _check_sqlite_file(path: Path) -> None:
    """Refuse files we cannot use before SQLite gets a chance to create/alter them."""
    folder = path.parent
    if path.exists():
        if path.is_dir():
            raise DatabaseError(_("The database path {path} is a folder, not a file. Give the path of a .db file.").format(path=path))
        if not os.access(path, os.R_OK):
            raise DatabaseError(_("The database file {path} cannot be read (permission denied). Ask the administrator to give your account read/write access, or choose another file with --database.").format(path=path))
        if not os.access(path, os.W_OK):
            raise DatabaseError(_("The database file {path} is read-only. Make it writable, or copy it to a folder you can write to and open the copy with --database.").format(path=path))
        if path.stat().st_size:
            with open(path, "rb") as fh:
                head = fh.read(16)
            if head != b"SQLite format 3\x00":
                # Damaged as far as the desk is concerned: the UI offers the latest backup
                # of this file (only backups named after it, so a wrong file is never replaced).
                raise DamagedDatabaseError(_("The file {path} is not a SalesDesk database (it is not an SQLite file). Nothing was changed. Choose the right file, or restore a backup.").format(path=path))
    else:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(_("Cannot create the data folder {folder}: {reason}. Choose a folder you can write to with --data-dir.").format(folder=folder, reason=exc.strerror or exc)) from exc
        if not os.access(folder, os.W_OK | os.X_OK):
            raise DatabaseError(_("The folder {folder} is not writable, so the database cannot be created there. Choose a folder you can write to with --data-dir.").format(folder=folder))


def open_database(url: str) -> peewee.Database:
    """Open ``url`` and bind the proxy to it. Raises DatabaseError with a clear message."""
    parsed = urlparse(url)
    if parsed.scheme != "sqlite":
        raise DatabaseError(_("Cannot use the database URL {url}: only sqlite:///PATH is supported in this version. Example: sqlite:///C:/SalesDesk/salesdesk.db").format(url=url))
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path)
    target = str(path) if path is not None else ":memory:"
    db = _GatedSqliteDatabase(
        target,
        timeout=BUSY_TIMEOUT_S,
        # Transactions take the write lock at BEGIN, so a second program waits on the
        # busy timeout instead of failing at once when a read turns into a write.
        lock_type="IMMEDIATE",
        # WAL is switched on by enable_wal() only after the file was accepted:
        # setting it rewrites the header, and a refused file must stay untouched.
        pragmas={"foreign_keys": 1, "cache_size": -16000},
    )
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except peewee.DatabaseError as exc:
        db.close()
        raise translate_error(exc, path) from exc
    database.initialize(db)
    return db


def translate_error(exc: Exception, path: Path | None = None) -> DatabaseError:
    """Turn a driver error into a message for the desk."""
    text = str(exc).lower()
    where = str(path) if path else _("the database")
    if "locked" in text or "busy" in text:
        return DatabaseError(_("The database {path} is busy: another SalesDesk window or PC is writing to it. Wait a moment and try again; if it stays locked, close the other SalesDesk.").format(path=where))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DamagedDatabaseError(_("The database {path} is damaged and was not changed. Restore the latest backup (File > Restore, or: salesdesk restore FILE).").format(path=where))
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return DatabaseError(_("The database {path} cannot be opened for writing. Check that the file and its folder are writable, or choose another with --database.").format(path=where))
    return DatabaseError(_("Database error on {path}: {reason}").format(path=where, reason=exc))


def enable_wal() -> None:
    """Write-ahead log: readers never block the writer (two windows on one file)."""
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase) and db.database != ":memory:":
        db.execute_sql("PRAGMA journal_mode=wal")
        db.execute_sql("PRAGMA synchronous=normal")


def close_database() -> None:
    global _start_check
    _start_check = None  # a check still running reads its own connection and ends on its own
    _deferred.clear()
    if database.obj is not None and not database.is_closed():
        database.close()


def journal_mode() -> str:
    return str(database.execute_sql("PRAGMA journal_mode").fetchone()[0]).lower()


# --- the start-up check, beside the window -----------------------------------------
#
# SQLite's quick check reads the whole file (a third of a second for three years
# of an office's data). The window opens a database in WAL mode with the check
# running on its own connection in a thread, and comes up meanwhile: reading is
# harmless, and nothing writes until the check has passed — every transaction and
# every writing statement waits at ``wait_sound()``, which raises
# DamagedDatabaseError if the check failed. Writes that need not hold the desk up
# (the login's audit row) are queued with ``when_sound()``.

class StartCheck:
    """``PRAGMA quick_check`` of ``path`` in a background thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []
        self._done = threading.Event()
        threading.Thread(target=self._run, name="salesdesk-start-check", daemon=True).start()

    def _run(self) -> None:
        _lower_this_threads_priority()  # the window's thread comes first on a busy PC
        try:
            con = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S)
            try:
                self.problems = _check_problems(con, "quick_check")
            finally:
                con.close()
        except sqlite3.Error as exc:
            self.problems = [str(exc)]
        self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def wait(self) -> list[str]:
        self._done.wait()
        return self.problems


def _lower_this_threads_priority() -> None:
    """Nice the calling thread (Linux: a thread id is a process id to setpriority)."""
    if hasattr(os, "setpriority") and sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except OSError:
            pass


_start_check: StartCheck | None = None
_deferred: list[Callable[[], object]] = []


def check_in_background() -> StartCheck:
    """Start the quick check of the open file; writes wait for it from now on."""
    global _start_check
    path = database_file()
    assert path is not None, "only a database file is checked in the background"
    _start_check = StartCheck(path)
    return _start_check


def start_check() -> StartCheck | None:
    """The start-up check whose verdict is still awaited, if any."""
    return _start_check


def damaged_error(path: Path | None, problems: list[str]) -> DamagedDatabaseError:
    return DamagedDatabaseError(_("The database {path} is damaged ({problem}) and was not changed. Restore the latest backup (File > Restore, or: salesdesk restore FILE).").format(
        path=path or _("the database"), problem=problems[0]), problems)


def wait_sound() -> None:
    """Return once the start-up check has passed (at once when none runs), after
    the writes queued meanwhile; raise DamagedDatabaseError when it failed."""
    global _start_check
    check = _start_check
    if check is None:
        return
    problems = check.wait()
    if problems:
        raise damaged_error(check.path, problems)
    _start_check = None
    queued = list(_deferred)
    _deferred.clear()
    for write in queued:
        write()


def when_sound(write: Callable[[], object]) -> None:
    """Run ``write`` now, or once the start-up check has passed (never on a damaged file)."""
    if _start_check is None:
        write()
    else:
        _deferred.append(write)


_WRITING = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


class _GatedSqliteDatabase(peewee.SqliteDatabase):
    """peewee's SQLite database whose writes wait for the start-up check."""

    def begin(self, *args, **kwargs):
        if _start_check is not None:
            wait_sound()
        return super().begin(*args, **kwargs)

    def execute_sql(self, sql, params=None):
        if _start_check is not None and sql.lstrip()[:7].upper().startswith(_WRITING):
            wait_sound()
        return super().execute_sql(sql, params)


@contextmanager
def exclusive_transaction() -> Iterator[None]:
    """One transaction that holds the write lock from its first statement.

    Used for numbering and schema upgrades so two programs on one file cannot
    interleave. On other backends this falls back to an ordinary transaction.
    """
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase) and not db.in_transaction():
        with db.atomic("IMMEDIATE"):
            yield
    else:
        with database.atomic():
            yield


def database_file() -> Path | None:
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase) and db.database != ":memory:":
        return Path(db.database)
    return None


def backup_to(target: Path) -> Path:
    """Copy the open database to ``target`` with SQLite's online backup API.

    The copy is written beside the target, switched to a self-contained
    rollback journal (no -wal file needed), quick-checked and flushed to disk
    before it replaces ``target``: a backup is either complete and sound or absent.
    """
    wait_sound()  # an unchecked file makes no "good backup"
    db = database.obj
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            db.connection().backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            bad = [r[0] for r in dst.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
        finally:
            dst.close()
        if bad:
            raise DamagedDatabaseError(_("The backup copy failed its check ({problem}); the database itself may be damaged. Run: salesdesk check").format(problem=bad[0]))
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync_folder(target.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _check_problems(con: sqlite3.Connection, pragma: str) -> list[str]:
    """What ``PRAGMA quick_check`` / ``integrity_check`` reports other than "ok"."""
    return [r[0] for r in con.execute(f"PRAGMA {pragma}").fetchall() if r[0] != "ok"]


def integrity_check(quick: bool = True) -> list[str]:
    """Problems SQLite finds in the open database; empty when it is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = database.execute_sql(f"PRAGMA {pragma}").fetchall()
    problems = [r[0] for r in rows if r[0] != "ok"]
    if not quick:
        problems += [f"foreign key: {r}" for r in database.execute_sql("PRAGMA foreign_key_check").fetchall()]
    return problems


def protect_append_only(table: str) -> None:
    """Make ``table`` append-only in the file itself: UPDATE and DELETE abort.

    The audit trail uses this, so no code path of the program (nor a stray
    query) can alter or remove a row once written.
    """
    for op in ("UPDATE", "DELETE"):
        database.execute_sql(
            f'CREATE TRIGGER IF NOT EXISTS "{table}_no_{op.lower()}" BEFORE {op} ON "{table}" '
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows cannot be changed or deleted'); END")


def append_only_tables() -> list[str]:
    """Tables guarded by protect_append_only (both triggers present)."""
    names = [r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()]
    return sorted({n[: -len("_no_update")] for n in names if n.endswith("_no_update")}
                  & {n[: -len("_no_delete")] for n in names if n.endswith("_no_delete")})


# --- database files that are not the open one (backups, files to restore) -------

@dataclass
class FileReport:
    """What a read-only look into a database file found."""

    problems: list[str]
    version: int | None  # schema_info.version; None when the file has no schema_info (not ours)
    app: str | None
    counts: dict[str, int] = field(default_factory=dict)


def sidecar_files(path: Path) -> list[Path]:
    """SQLite's companions of a database file (write-ahead log and its index)."""
    return [Path(str(path) + "-wal"), Path(str(path) + "-shm"), Path(str(path) + "-journal")]


def settle_file(path: Path) -> None:
    """Fold a copied file's write-ahead log into it and make it self-contained.

    Only for private copies (never the live database or a user's original).
    """
    try:
        con = sqlite3.connect(str(path))
        try:
            con.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) from exc


def examine_file(path: Path, full: bool = True, count_tables: tuple[str, ...] = ()) -> FileReport:
    """Check a self-contained database file without writing a byte to it.

    Opened read-only and immutable (no lock, no -wal/-shm files created).
    ``count_tables``: tables whose rows to count when present.
    """
    uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    try:
        try:
            problems = _check_problems(con, "integrity_check" if full else "quick_check")
        except sqlite3.DatabaseError as exc:
            return FileReport([str(exc)], None, None)
        if problems:
            return FileReport(problems, None, None)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "schema_info" not in tables:
            return FileReport([], None, None)
        row = con.execute("SELECT version, app FROM schema_info LIMIT 1").fetchone()
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in count_tables if t in tables}
        return FileReport([], row[0] if row else None, row[1] if row else None, counts)
    finally:
        con.close()


_INSERT_MANY_ROWS = 500  # rows per INSERT when bulk_insert falls back to insert_many
_IN_SLICE = 500  # values per ``IN (...)``: well under SQLite's limit on bound variables (999 before 3.32)


def in_slices(values: Sequence[T]) -> Iterator[Sequence[T]]:
    """``values`` in slices small enough for one statement's ``IN (...)``."""
    for i in range(0, len(values), _IN_SLICE):
        yield values[i:i + _IN_SLICE]


def bulk_insert(model: type[peewee.Model], rows: list[dict]) -> int:
    """Insert many rows (dicts keyed by field name) with one prepared statement.

    peewee's ``insert_many`` renders SQL text around every single value, which
    was four fifths of the time of generating 200,000 demo visits; here each
    row becomes one parameter tuple for ``executemany``. Values pass through
    each field's ``db_value`` and missing fields get their defaults, as in
    ``insert_many`` (which still takes rows whose keys differ, in slices that stay
    under SQLite's limit on bound variables). Callers pass all their rows at once.
    """
    if not rows:
        return 0
    keys = rows[0].keys()
    if any(r.keys() != keys for r in rows):
        for i in range(0, len(rows), _INSERT_MANY_ROWS):
            model.insert_many(rows[i:i + _INSERT_MANY_ROWS]).execute()
        return len(rows)
    meta = model._meta
    given = list(rows[0])
    fields = [meta.fields[name] for name in given]
    missing = [f for f in meta.sorted_fields if f.name not in keys and f in meta.defaults]
    columns = ", ".join(f'"{f.column_name}"' for f in fields + missing)
    marks = ", ".join("?" for _ in fields + missing)
    sql = f'INSERT INTO "{meta.table_name}" ({columns}) VALUES ({marks})'

    def params(row: dict) -> tuple:
        out = [f.db_value(row[f.name]) for f in fields]
        for f in missing:
            d = meta.defaults[f]
            out.append(f.db_value(d() if callable(d) else d))
        return tuple(out)

    wait_sound()
    database.connection().executemany(sql, [params(r) for r in rows])
    return len(rows)

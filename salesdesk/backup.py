"""Backups and restore. No Qt.

Backups are taken with SQLite's online backup API (a consistent copy while the
program runs) into ``<data folder>/backups``, named
``<db name>-YYYYmmdd-HHMMSS-<kind>.db``:
  kinds ``daily``/``exit``/``manual`` — regular backups, the newest
  ``backup.keep`` are kept;
  ``before-restore`` — the database as it was before a restore (never pruned).

Restoring a file: it is copied beside the database, the copy is checked
(a full integrity check, that it is a SalesDesk database, that its schema is
not newer than this program), the current database is kept as a
``before-restore`` copy, and only then the checked copy is renamed over the
database — also while the program has it open: close, swap, reopen.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from salesdesk import audit, instance, permissions, settings
from salesdesk.errors import DatabaseError, SalesDeskError
from salesdesk.i18n import N_, _
from salesdesk.models import db as dbmod
from salesdesk.models import migrations

REGULAR = ("daily", "exit", "manual")
SAFETY = "before-restore"
SQLITE_MAGIC = b"SQLite format 3\x00"
# tables counted to describe a backup to the person choosing it
COUNTED = (("visit", N_("{n} visits")), ("complaint", N_("{n} complaints")), ("customer", N_("{n} customer files")))

settings.define("backup.keep", 14, N_("Automatic backups to keep"), kind="int", minimum=1, maximum=999,
                group=N_("Backup"),
                help=N_("Backups are taken when the program closes, once a day, and with File > Back up now. "
                        "Older ones are deleted; copies taken before a restore are always kept."))

_STAMP = re.compile(r"(\d{8}-\d{6})")


class RestoreRefused(SalesDeskError):
    """The chosen file cannot be restored (not ours, damaged, newer, in use); nothing changed."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: dt.datetime
    kind: str
    size: int


@dataclass
class CheckedBackup:
    """A file that passed every check and may replace the database."""

    source: Path
    version: int
    counts: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        parts = [_(label).format(n=self.counts[t]) for t, label in COUNTED if t in self.counts]
        return _(", ").join(parts)  # 、 in Chinese


@dataclass
class RestoreResult:
    source: Path
    database: Path
    safety_copy: Path | None
    checked: CheckedBackup


# --- where and what --------------------------------------------------------------

def backups_dir(data_dir: Path | str) -> Path:
    return Path(data_dir) / "backups"


def _stem(db_path: Path) -> str:
    return Path(db_path).stem


def _new_name(folder: Path, db_path: Path, kind: str, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{_stem(db_path)}-{stamp}-{kind}.db"
    n = 2
    while path.exists():
        path = folder / f"{_stem(db_path)}-{stamp}-{kind}-{n}.db"
        n += 1
    return path


def _parse(path: Path, stem: str) -> BackupFile | None:
    name = path.name
    if not (name.startswith(stem + "-") and name.endswith(".db")):
        return None
    rest = name[len(stem) + 1:-3]
    m = _STAMP.search(rest)
    try:
        st = path.stat()
    except OSError:
        return None
    if m:
        taken = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
        kind = re.sub(r"-\d+$", "", rest[m.end():].lstrip("-")) or "manual"
        if rest.startswith("before-schema"):
            kind = "before-upgrade"  # the copy migrations.py takes before a schema upgrade
    else:
        taken, kind = dt.datetime.fromtimestamp(st.st_mtime), "manual"
    return BackupFile(path, taken, kind, st.st_size)


def list_backups(data_dir: Path | str, db_path: Path) -> list[BackupFile]:
    """Backups of ``db_path`` in the data folder, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    stem = _stem(db_path)
    found = [b for p in folder.glob(f"{stem}-*.db") if (b := _parse(p, stem)) is not None]
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


# --- taking backups ----------------------------------------------------------------

def _open_db_path() -> Path:
    path = dbmod.database_file()
    if path is None:
        raise SalesDeskError(_("This database is kept in memory only; there is nothing to back up."))
    return path


def _copy(target: Path) -> Path:
    try:
        return dbmod.backup_to(target)
    except OSError as exc:
        raise SalesDeskError(_("The backup could not be written to {path}: {reason}. Check that the folder exists, is writable and has free space.").format(
            path=target, reason=exc.strerror or exc)) from exc
    except DatabaseError:
        raise
    except Exception as exc:  # sqlite3/peewee errors: writing the copy (disk full...) or reading the live database
        text = str(exc).lower()
        if any(word in text for word in ("full", "disk i/o", "unable to open", "readonly", "read-only")):
            raise SalesDeskError(_("The backup could not be written to {path}: {reason}. Check that the folder exists, is writable and has free space.").format(
                path=target, reason=exc)) from exc
        raise dbmod.translate_error(exc, dbmod.database_file()) from exc


def back_up(data_dir: Path | str, kind: str = "manual") -> Path:
    """Back up the open database into the backups folder, then prune old ones."""
    db_path = _open_db_path()
    path = _copy(_new_name(backups_dir(data_dir), db_path, kind))
    prune(data_dir, db_path)
    return path


def back_up_to(target: Path | str) -> Path:
    """Back up the open database to a file of the user's choosing (a folder: a dated name in it).

    Unlike the backups in the data folder (on exit, daily, "Back up now"), this copy of
    everyone's personal data leaves the program's folder: it needs ``backup.copy`` and is
    recorded in the audit trail."""
    permissions.require("backup.copy")
    db_path = _open_db_path()
    target = Path(target).expanduser()
    if target.is_dir():
        target = _new_name(target, db_path, "manual")
    elif target.suffix.lower() != ".db":
        target = target.with_name(target.name + ".db")
    if target.resolve() == db_path.resolve():
        raise SalesDeskError(_("{path} is the database itself. Choose another file for the backup.").format(path=target))
    out = _copy(target)
    audit.log("export", "database", "", note=str(out))
    return out


def prune(data_dir: Path | str, db_path: Path, keep: int | None = None) -> list[Path]:
    """Delete regular backups beyond the newest ``keep``; returns what was deleted."""
    keep = int(keep if keep is not None else settings.get("backup.keep"))
    regular = [b for b in list_backups(data_dir, db_path) if b.kind in REGULAR]
    gone = []
    for b in regular[keep:]:
        try:
            b.path.unlink()
            gone.append(b.path)
        except OSError:
            pass  # open in another program: try again next time
    return gone


def daily_backup_due(data_dir: Path | str, db_path: Path, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    return not any(b.kind in REGULAR and b.taken.date() == today for b in list_backups(data_dir, db_path))


def daily_backup(data_dir: Path | str) -> Path | None:
    """The day's backup, if none was taken today yet."""
    db_path = dbmod.database_file()
    if db_path is None or not daily_backup_due(data_dir, db_path):
        return None
    return back_up(data_dir, "daily")


# --- checking a file before it may replace the database ---------------------------------

def _raw_copy(src: Path, dst: Path) -> None:
    """Byte copy of a closed database file with its write-ahead log, if any."""
    shutil.copyfile(src, dst)
    wal = Path(str(src) + "-wal")
    if wal.is_file() and wal.stat().st_size:
        shutil.copyfile(wal, Path(str(dst) + "-wal"))


def _remove_with_sidecars(path: Path) -> None:
    for p in [path, *dbmod.sidecar_files(path)]:
        p.unlink(missing_ok=True)


def _refuse(message: str) -> RestoreRefused:
    return RestoreRefused(message + " " + _("Nothing was changed."))


def _examine(copy: Path, source: Path, full: bool = True) -> CheckedBackup:
    """Check a private copy (full: also every index against its table); raises RestoreRefused saying what is wrong."""
    try:
        dbmod.settle_file(copy)
        report = dbmod.examine_file(copy, full=full, count_tables=tuple(t for t, _l in COUNTED))
    except DatabaseError as exc:
        raise _refuse(_("{path} is damaged and cannot be restored ({reason}).").format(path=source, reason=exc)) from exc
    if report.problems:
        raise _refuse(_("{path} is damaged and cannot be restored (integrity check: {problem}).").format(
            path=source, problem=report.problems[0]))
    if report.version is None or (report.app or "SalesDesk") != "SalesDesk":
        raise _refuse(_("{path} is an SQLite database but not a SalesDesk database.").format(path=source))
    if report.version > migrations.latest():
        raise _refuse(_("{path} was written by a newer SalesDesk (schema {found}; this program knows up to {known}). Install the newer SalesDesk to restore it.").format(
            path=source, found=report.version, known=migrations.latest()))
    return CheckedBackup(source, report.version, report.counts)


def _prepare(source: Path, work_dir: Path, full: bool = True) -> tuple[Path, CheckedBackup]:
    """Copy ``source`` into ``work_dir`` and check the copy. Returns (copy, report)."""
    source = Path(source).expanduser()
    if not source.is_file():
        raise _refuse(_("The file {path} does not exist or is not a file.").format(path=source))
    try:
        with open(source, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise _refuse(_("The file {path} cannot be read: {reason}.").format(path=source, reason=exc.strerror or exc)) from exc
    if head != SQLITE_MAGIC:
        raise _refuse(_("{path} is not a SalesDesk database (it is not an SQLite file).").format(path=source))
    copy = work_dir / f".restore-{uuid.uuid4().hex[:8]}.db"
    try:
        _raw_copy(source, copy)
        return copy, _examine(copy, source, full)
    except OSError as exc:
        _remove_with_sidecars(copy)
        raise _refuse(_("The file {path} could not be copied for checking: {reason}.").format(
            path=source, reason=exc.strerror or exc)) from exc
    except BaseException:
        _remove_with_sidecars(copy)
        raise


def check_backup(source: Path | str, work_dir: Path | str, full: bool = True) -> CheckedBackup:
    """Check a file as restore would, without changing anything (a copy in ``work_dir`` is removed).

    ``full=False``: SQLite's quick check (pages only) — enough to describe a file
    before asking; the restore itself always runs the full check."""
    copy, checked = _prepare(Path(source), Path(work_dir), full)
    _remove_with_sidecars(copy)
    return checked


def latest_good_backup(data_dir: Path | str, db_path: Path) -> tuple[BackupFile, CheckedBackup] | None:
    """The newest backup of ``db_path`` that passes every check (for the damaged-database dialog)."""
    work = Path(db_path).parent if Path(db_path).parent.is_dir() else backups_dir(data_dir)
    for b in list_backups(data_dir, db_path):
        try:
            return b, check_backup(b.path, work)  # full: what is offered must pass the restore's own check
        except RestoreRefused:
            continue
    return None


# --- swapping ----------------------------------------------------------------------------

def _ensure_alone(db_path: Path, me: Path | None) -> None:
    busy = instance.others(db_path, exclude=me)
    if busy:
        h = busy[0]
        raise RestoreRefused(_("The database is open in SalesDesk on {host} (user {user}). Close SalesDesk there first, then restore. Nothing was changed.").format(
            host=h.host, user=h.user))


def restore_file(source: Path | str, db_path: Path, data_dir: Path | str, me: Path | None = None) -> RestoreResult:
    """Replace the database file at ``db_path`` by a checked copy of ``source``.

    If the database is open in this program it is backed up through SQLite and
    closed first; otherwise (not opened, or too damaged to open) its bytes are
    copied. The caller reopens it (``restore_open`` does all of it). ``me``: our
    own in-use marker, so our own window does not count as "somebody else".
    """
    db_path = Path(db_path).resolve()
    _ensure_alone(db_path, me)
    work_dir = db_path.parent
    work_dir.mkdir(parents=True, exist_ok=True)
    copy, checked = _prepare(Path(source), work_dir)
    safety = None
    try:
        is_open = dbmod.database_file() is not None and dbmod.database_file().resolve() == db_path
        if db_path.exists():
            safety = _new_name(backups_dir(data_dir), db_path, SAFETY)
            safety.parent.mkdir(parents=True, exist_ok=True)
            if is_open:
                try:
                    dbmod.backup_to(safety)
                except Exception:  # noqa: BLE001 - unreadable live database: keep its bytes instead
                    dbmod.close_database()
                    _raw_copy(db_path, safety)
            else:
                _raw_copy(db_path, safety)
        if is_open:
            dbmod.close_database()
        # The old write-ahead log belongs to the old file (its content is in the safety
        # copy); left beside the new file SQLite would replay it into the restored data.
        for side in dbmod.sidecar_files(db_path):
            side.unlink(missing_ok=True)
        os.replace(copy, db_path)
    except OSError as exc:
        raise SalesDeskError(_("The restore could not replace {path}: {reason}. The database was not changed; a copy of it is at {copy}.").format(
            path=db_path, reason=exc.strerror or exc, copy=safety or "-")) from exc
    finally:
        _remove_with_sidecars(copy)  # gone already after a successful swap
    return RestoreResult(Path(source), db_path, safety, checked)


def restore_open(ctx, source: Path | str, me: Path | None = None):
    """Restore over the database the program has open, then reopen it.

    Returns ``(new Context, RestoreResult)``. Requires the ``backup.restore`` permission.
    """
    from salesdesk import session

    permissions.require("backup.restore")
    if ctx.db_path is None:
        raise SalesDeskError(_("This database is kept in memory only; there is nothing to restore into."))
    user = session.current()
    result = restore_file(source, ctx.db_path, ctx.data_dir, me=me)
    new_ctx = reopen_after_restore(ctx.data_dir, ctx.url, ctx.language, result)
    if user is not None:  # the same person stays logged in if the restored file knows them
        from salesdesk.models.accounts import User

        again = User.get_or_none(User.username == user.username)
        session.set_current(again or user)
    return new_ctx, result


def reopen_after_restore(data_dir: Path | str, url: str, language: str, result: RestoreResult):
    """Open the restored database (upgrading an older schema) and record the restore in its audit trail."""
    from salesdesk import startup

    try:
        new_ctx = startup.open_data(data_dir, url, language)
    except SalesDeskError as exc:
        raise SalesDeskError(_("The backup was put in place but could not be opened: {reason}. The previous database was kept at {copy}.").format(
            reason=exc, copy=result.safety_copy or "-")) from exc
    audit.log("restore", "database", "", {"source": str(result.source), "safety_copy": str(result.safety_copy or "")},
              note=_("Database restored from {path}").format(path=result.source))
    return new_ctx


__all__ = ["BackupFile", "CheckedBackup", "RestoreRefused", "RestoreResult", "back_up", "back_up_to", "backups_dir",
           "check_backup", "daily_backup", "daily_backup_due", "latest_good_backup", "list_backups", "prune",
           "restore_file", "restore_open"]

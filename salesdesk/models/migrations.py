"""Schema versions and their upgrade steps.

The file records its version in ``schema_info``. At start-up ``migrate()``:
 - initialises an empty file to the latest version;
 - refuses a file that is not a SalesDesk database, or one from a newer program;
 - upgrades an older file: first a copy is taken with the backup API, then all
   pending steps run in one exclusive transaction, which rolls back on error.

Steps are append-only: never edit a released step, add a new one. A step that
adds a column to an existing table should use ``add_column_if_missing`` so it
also works on files whose table was created by a later model shape.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

import peewee
from playhouse.migrate import SchemaMigrator, migrate as pw_migrate

from salesdesk.errors import DatabaseError
from salesdesk.i18n import _
from salesdesk.models import ALL_TABLES, APPEND_ONLY, meta
from salesdesk.models.db import backup_to, database, database_file, exclusive_transaction, protect_append_only


def _create_all() -> None:
    database.create_tables(ALL_TABLES, safe=True)
    for model in APPEND_ONLY:
        protect_append_only(model._meta.table_name)


def add_column_if_missing(model: type[peewee.Model], name: str, field: peewee.Field) -> None:
    cols = {c.name for c in database.get_columns(model._meta.table_name)}
    if name not in cols:
        pw_migrate(SchemaMigrator.from_database(database.obj).add_column(model._meta.table_name, name, field))


# version -> step that brings the file from version-1 to version.
# Version 1 is the first released schema: every table as the models define it
# at the first release. From then on, each change is a new numbered step.
STEPS: dict[int, Callable[[], None]] = {
    1: _create_all,
}


def latest() -> int:
    return max(STEPS)


LATEST = latest()


def current_version() -> int | None:
    """The file's schema version; 0 for an empty file; None if it is not ours."""
    tables = set(database.get_tables())
    if not tables:
        return 0
    if "schema_info" not in tables:
        return None
    row = meta.SchemaInfo.select().first()
    return row.version if row else None


def migrate(backup_dir: Path | None = None) -> int:
    """Bring the open database to LATEST. Returns the version it was at."""
    path = database_file()
    LATEST = latest()  # noqa: N806 - read at call time so tests can add steps
    version = current_version()
    if version is None:
        raise DatabaseError(_("The file {path} is an SQLite database but not a SalesDesk database. Nothing was changed. Choose the right file with --database.").format(path=path))
    if version > LATEST:
        raise DatabaseError(_("The database {path} was written by a newer SalesDesk (schema {found}; this program knows up to {known}). Nothing was changed. Install the newer SalesDesk to open it.").format(path=path, found=version, known=LATEST))
    if version == LATEST:
        return version
    copy = None
    if version > 0 and path is not None:
        folder = backup_dir or path.parent / "backups"
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = backup_to(folder / f"{path.stem}-before-schema{LATEST}-from{version}-{stamp}.db")
    try:
        with exclusive_transaction():
            again = current_version() or 0  # another instance may have upgraded meanwhile
            for v in range(again + 1, LATEST + 1):
                STEPS[v]()
            meta.SchemaInfo.delete().execute()
            meta.SchemaInfo.create(version=LATEST)
    except peewee.PeeweeException as exc:
        msg = _("Upgrading the database {path} from schema {found} to {known} failed and was rolled back: {reason}.").format(path=path, found=version, known=LATEST, reason=exc)
        if copy:
            msg += " " + _("A copy taken before the upgrade is at {copy}.").format(copy=copy)
        raise DatabaseError(msg) from exc
    return version

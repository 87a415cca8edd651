"""Opening the program's data: where it is, opening it, upgrading it. No Qt.

Shared by the window, the command line and the tests, so all three open a
database the same way and fail with the same clear messages.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from salesdesk import i18n, settings
from salesdesk.errors import DatabaseError
from salesdesk.models import db as dbmod
from salesdesk.models import migrations
from salesdesk.paths import default_data_dir


@dataclass
class Context:
    data_dir: Path
    url: str
    db_path: Path | None
    upgraded_from: int
    language: str


def resolve(data_dir: str | Path | None = None, database: str | None = None) -> tuple[Path, str]:
    """Data folder and database URL from options, environment and defaults."""
    folder = Path(data_dir).expanduser() if data_dir else None
    url = database or os.environ.get("SALESDESK_DATABASE")
    if folder is None:
        env_dir = os.environ.get("SALESDESK_DATA_DIR")
        folder = Path(env_dir).expanduser() if env_dir else default_data_dir()
    if not url:
        url = dbmod.sqlite_url(folder / "salesdesk.db")
    elif "://" not in url:
        # A bare path is accepted as a convenience.
        url = dbmod.sqlite_url(Path(url).expanduser())
    return folder.resolve(), url


def open_data(data_dir: str | Path | None = None, database: str | None = None, lang: str | None = None,
              check_in_background: bool = False) -> Context:
    """Open (creating on first start) and upgrade the database; choose the language.

    Language: ``lang`` argument → the ``ui.language`` setting → the system locale.
    ``check_in_background`` (the window): a file already in WAL mode is quick-checked
    in a thread while the program starts; writes wait for its verdict
    (models/db.py). Any other file is checked before anything else happens.
    """
    folder, url = resolve(data_dir, database)
    dbmod.close_database()
    settings.clear_cache()
    dbmod.open_database(url)
    try:
        # before anything may write: a damaged file is left exactly as it is
        if check_in_background and dbmod.database_file() is not None and dbmod.journal_mode() == "wal":
            dbmod.check_in_background()
        else:
            check_sound(url)
        upgraded_from = migrations.migrate()
        dbmod.enable_wal()
    except DatabaseError:
        dbmod.close_database()
        raise
    except Exception as exc:  # a driver error while reading the schema: damaged file
        dbmod.close_database()
        raise dbmod.translate_error(exc, dbmod.sqlite_path(url)) from exc
    chosen = i18n.normalise_language(lang) or i18n.normalise_language(settings.get("ui.language")) or i18n.system_language()
    i18n.set_language(chosen)
    return Context(folder, url, dbmod.sqlite_path(url), upgraded_from, chosen)


def check_sound(url: str) -> None:
    """SQLite's quick check of the just-opened file; raises DamagedDatabaseError."""
    problems = dbmod.integrity_check(quick=True)
    if problems:
        raise dbmod.damaged_error(dbmod.sqlite_path(url), problems)

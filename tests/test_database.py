"""Opening, upgrading and refusing database files."""
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from salesdesk import startup
from salesdesk.errors import DatabaseError
from salesdesk.models import ALL_TABLES, migrations
from salesdesk.models import db as dbmod
from salesdesk.models.accounts import User
from salesdesk.models.meta import SchemaInfo

FIXTURES = Path(__file__).parent / "fixtures"


def teardown_function():
    dbmod.close_database()


def test_first_start_creates_database_in_data_dir(tmp_path):
    ctx = startup.open_data(tmp_path / "new" / "folder", lang="en")
    assert ctx.db_path == (tmp_path / "new" / "folder" / "salesdesk.db").resolve()
    assert ctx.db_path.is_file()
    assert SchemaInfo.get().version == migrations.LATEST
    pragmas = {p: dbmod.database.execute_sql(f"PRAGMA {p}").fetchone()[0] for p in ("journal_mode", "foreign_keys")}
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1}


def test_env_and_option_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv("SALESDESK_DATABASE", dbmod.sqlite_url(tmp_path / "env.db"))
    folder, url = startup.resolve(tmp_path / "d", None)
    assert url.endswith("env.db")
    folder, url = startup.resolve(tmp_path / "d", str(tmp_path / "opt.db"))
    assert url == dbmod.sqlite_url(tmp_path / "opt.db")


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_v*.db")), ids=lambda p: p.stem)
def test_upgrade_every_past_version(fixture, tmp_path):
    db = tmp_path / "old.db"
    shutil.copy(fixture, db)
    found = int(fixture.stem.split("_v")[1])
    ctx = startup.open_data(tmp_path, database=dbmod.sqlite_url(db), lang="en")
    assert ctx.upgraded_from == found
    assert SchemaInfo.get().version == migrations.LATEST
    # data kept
    assert User.get(User.username == "reception1").display_name == "前台小林"
    # every current model's columns exist
    for model in ALL_TABLES:
        cols = {c.name for c in dbmod.database.get_columns(model._meta.table_name)}
        assert {f.column_name for f in model._meta.sorted_fields} <= cols, (
            f"{model.__name__}: the committed fixture lacks columns; add a migration step "
            "(or, before the first release, regenerate: python -m tools.make_fixture_db)")
    backups = list((tmp_path / "backups").glob("old-before-schema*.db")) if found < migrations.LATEST else []
    assert (found == migrations.LATEST) or backups, "a copy must be taken before upgrading"
    if backups:
        con = sqlite3.connect(backups[0])
        assert con.execute("select version from schema_info").fetchone()[0] == found
        con.close()


def test_newer_schema_is_refused_and_untouched(tmp_path):
    db = tmp_path / "new.db"
    shutil.copy(FIXTURES / f"schema_v{migrations.LATEST}.db", db)
    con = sqlite3.connect(db)
    con.execute("update schema_info set version = ?", (migrations.LATEST + 7,))
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseError, match="newer SalesDesk"):
        startup.open_data(tmp_path, database=str(db), lang="en")
    assert db.read_bytes() == before


def test_upgrade_step_runs_on_committed_fixture(tmp_path, monkeypatch):
    """A new schema version adds a column: the oldest fixture is upgraded, its data
    kept, and a copy of the old file is taken first."""
    import peewee

    from salesdesk.models.meta import Setting

    db = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema_v1.db", db)
    nxt = migrations.latest() + 1
    monkeypatch.setitem(migrations.STEPS, nxt, lambda: migrations.add_column_if_missing(
        Setting, "note", peewee.TextField(default="")))
    ctx = startup.open_data(tmp_path, database=str(db), lang="en")
    assert ctx.upgraded_from == migrations.latest() - 1
    assert SchemaInfo.get().version == nxt
    assert "note" in {c.name for c in dbmod.database.get_columns("setting")}
    assert User.get(User.username == "reception1").display_name == "前台小林"
    copies = list((tmp_path / "backups").glob("old-before-schema*.db"))
    assert len(copies) == 1


def test_failed_upgrade_rolls_back(tmp_path, monkeypatch):
    db = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema_v1.db", db)

    def broken():
        dbmod.database.execute_sql("CREATE TABLE half_done (x)")
        raise __import__("peewee").OperationalError("boom")

    monkeypatch.setitem(migrations.STEPS, migrations.latest() + 1, broken)
    with pytest.raises(DatabaseError, match="rolled back"):
        startup.open_data(tmp_path, database=str(db), lang="en")
    con = sqlite3.connect(db)
    tables = {r[0] for r in con.execute("select name from sqlite_master")}
    assert "half_done" not in tables
    assert con.execute("select version from schema_info").fetchone()[0] == migrations.LATEST
    con.close()


def test_corrupt_file_is_refused_and_untouched(tmp_path):
    db = tmp_path / "bad.db"
    db.write_bytes(b"this is not a database at all" * 100)
    before = db.read_bytes()
    with pytest.raises(DatabaseError) as err:
        startup.open_data(tmp_path, database=str(db), lang="en")
    assert str(db) in str(err.value) and "not a SalesDesk database" in str(err.value)
    assert db.read_bytes() == before


def test_damaged_sqlite_file(tmp_path):
    db = tmp_path / "damaged.db"
    shutil.copy(FIXTURES / f"schema_v{migrations.LATEST}.db", db)
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    db.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="damaged|not a SalesDesk"):
        startup.open_data(tmp_path, database=str(db), lang="en")


def test_foreign_sqlite_database_is_refused(tmp_path):
    db = tmp_path / "other.db"
    con = sqlite3.connect(db)
    con.execute("create table invoices (id integer)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="not a SalesDesk database"):
        startup.open_data(tmp_path, database=str(db), lang="en")
    con = sqlite3.connect(db)
    assert [r[0] for r in con.execute("select name from sqlite_master")] == ["invoices"]
    con.close()


def test_unusable_url(tmp_path):
    with pytest.raises(DatabaseError, match="only sqlite"):
        startup.open_data(tmp_path, database="postgresql://user@host/db", lang="en")


def test_data_dir_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="--data-dir"):
        startup.open_data(blocker / "sub", lang="en")


def test_database_path_is_a_folder(tmp_path):
    with pytest.raises(DatabaseError, match="folder"):
        startup.open_data(tmp_path, database=str(tmp_path), lang="en")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write read-only files")
def test_read_only_file(tmp_path):
    ctx = startup.open_data(tmp_path, lang="en")
    dbmod.close_database()
    os.chmod(ctx.db_path, 0o444)
    with pytest.raises(DatabaseError, match="read-only"):
        startup.open_data(tmp_path, lang="en")

"""Write a fixture database at each schema version into tests/fixtures/.

    python -m tools.make_fixture_db          # schema_v1.db ... schema_vN.db

Run once when a new schema version is added, and commit the new file: the
migration test upgrades every one of them to the latest version. Never
regenerate an old version's file after it has been released.
"""
from __future__ import annotations

import sys
from pathlib import Path

from salesdesk.models import db as dbmod
from salesdesk.models import meta, migrations
from salesdesk.models.accounts import User

ROOT = Path(__file__).resolve().parent.parent


def make(version: int, target: Path) -> None:
    if target.exists():
        target.unlink()
    dbmod.open_database(dbmod.sqlite_url(target))
    with dbmod.database.atomic():
        for v in range(1, version + 1):
            migrations.STEPS[v]()
        meta.SchemaInfo.create(version=version)
        meta.Setting.create(key="office.name", value='"湖州御园售楼处"')
        User.create(username="reception1", display_name="前台小林", role="receptionist")
    dbmod.database.execute_sql("PRAGMA journal_mode=DELETE")
    dbmod.close_database()


def main() -> None:
    out = ROOT / "tests" / "fixtures"
    out.mkdir(parents=True, exist_ok=True)
    only = [int(a) for a in sys.argv[1:]] or range(1, migrations.LATEST + 1)
    for v in only:
        make(v, out / f"schema_v{v}.db")
        print(f"wrote schema_v{v}.db")


if __name__ == "__main__":
    main()

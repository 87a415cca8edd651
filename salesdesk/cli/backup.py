"""``salesdesk backup [-o FILE]`` and ``salesdesk restore FILE``."""
from __future__ import annotations

import argparse
from pathlib import Path

from salesdesk import backup, startup
from salesdesk.cli.registry import command
from salesdesk.errors import DamagedDatabaseError, SalesDeskError
from salesdesk.i18n import N_, _
from salesdesk.models import db as dbmod
from salesdesk.startup import Context


def _backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", metavar="FILE",
                   help=_("write the backup to FILE (or into a folder) instead of the backups folder"))
    p.epilog = _("A copy with -o leaves the data folder with everyone's personal data: once accounts exist it needs "
                 "the account of a manager or the administrator (--user NAME). Backups into the backups folder need none.")


def _authorise_copy() -> None:
    """A copy to a file of one's choice: refused without a login once accounts exist (the
    core's permission check alone would let an anonymous command line through)."""
    from salesdesk.cli.accounts import require_account

    require_account(_("A backup to a file of your choice (-o) is a copy of everyone's personal data, so it needs your account: "
                      "add --user NAME (a manager or the administrator). 'salesdesk backup' without -o writes into the backups folder and needs none."))


@command(None, "backup", N_("back up the database now (SQLite online backup, safe while the window is open)"), _backup_args)
def backup_command(args: argparse.Namespace, ctx: Context) -> int:
    if args.output:
        _authorise_copy()
        path = backup.back_up_to(Path(args.output))
    else:
        path = backup.back_up(ctx.data_dir, "manual")
    print(_("Backup written: {path}").format(path=path))
    return 0


def _restore_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help=_("the backup to restore (a SalesDesk .db file)"))
    p.add_argument("--check-only", action="store_true", help=_("only check the file; change nothing"))
    p.epilog = _("Once accounts exist, restoring needs the account of a manager or the administrator, given before "
                 "the command: salesdesk --user NAME restore FILE.")


def _authorise(args: argparse.Namespace) -> None:
    """Once accounts exist, restoring needs --user with the right to restore — asked of the
    current database. A damaged one cannot be asked; then access to its folder is the guard."""
    from salesdesk import permissions
    from salesdesk.cli import accounts as cli_accounts
    from salesdesk.cli.registry import COMMANDS

    try:
        startup.open_data(args.data_dir, args.database, args.lang)
    except DamagedDatabaseError:
        return
    try:
        cli_accounts.authenticate(args, next(c for c in COMMANDS if c.handler is restore_command))
        permissions.require("backup.restore")
    finally:
        dbmod.close_database()


# needs_db=False: a damaged database must still be restorable, so it is not opened first.
@command(None, "restore", N_("replace the database by a backup (the file is checked first; the current database is kept as a copy)"),
         _restore_args, needs_db=False, changes_data=True)
def restore_command(args: argparse.Namespace, ctx: Context | None) -> int:
    data_dir, url = startup.resolve(args.data_dir, args.database)
    db_path = dbmod.sqlite_path(url)
    if db_path is None:
        raise SalesDeskError(_("Restore needs a database file (sqlite:///PATH), not {url}.").format(url=url))
    source = Path(args.file).expanduser()
    if not args.check_only:
        _authorise(args)
    if args.check_only:
        checked = backup.check_backup(source, db_path.parent if db_path.parent.is_dir() else data_dir)
        print(_("{path}: OK (schema {v}; {what}).").format(path=source, v=checked.version, what=checked.describe() or "-"))
        return 0
    result = backup.restore_file(source, db_path, data_dir)
    backup.reopen_after_restore(data_dir, url, args.lang or "", result)
    dbmod.close_database()
    print(_("Restored {path} ({what}) into {db}.").format(path=source, what=result.checked.describe() or "-", db=result.database))
    if result.safety_copy:
        print(_("The previous database was kept at {copy}.").format(copy=result.safety_copy))
    return 0

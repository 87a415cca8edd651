"""Foundation sub-commands: demo data and the database check."""
from __future__ import annotations

import argparse
import sys

from salesdesk.cli.registry import command
from salesdesk.errors import SalesDeskError
from salesdesk.i18n import N_, _
from salesdesk.startup import Context


def _count(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{v}' is not a whole number").format(v=text)) from None
    if not 0 <= n <= 2_000_000:
        raise argparse.ArgumentTypeError(_("give a number from 0 to 2000000, not {v}").format(v=n))
    return n


def _demo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--visitors", type=_count, metavar="N", help=_("visits to create (default 2000)"))
    p.add_argument("--customers", type=_count, metavar="N", help=_("customer files to create (default 500)"))
    p.add_argument("--complaints", type=_count, metavar="N", help=_("complaints to create (default 60)"))
    p.add_argument("--seed", type=int, metavar="S", help=_("random seed, for the same data every time"))


@command(None, "demo", N_("fill the database with realistic demo data"), _demo_args, changes_data=True)
def demo(args: argparse.Namespace, ctx: Context) -> int:
    from salesdesk import demo as demo_mod

    def progress(name: str, done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{name}: {done}/{total}", end="", file=sys.stderr, flush=True)

    result = demo_mod.generate({"visitors": args.visitors, "customers": args.customers,
                                "complaints": args.complaints}, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(_("Demo data written to {db}").format(db=ctx.db_path or ctx.url))
    for name, n in result.counts.items():
        print(f"  {name}: {n}")
    if result.accounts:
        print(_("Demo accounts (user / role / password):"))
        for user, role, password in result.accounts:
            print(f"  {user:12} {role:13} {password}")
    return 0


def _check_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--relink", action="store_true",
                   help=_("move records still linked to merged-away customer files to the kept files "
                          "(needs --user NAME of a manager or the administrator once accounts exist)"))


@command(None, "check", N_("check the database for damage and report (also records left on merged customer files)"), _check_args)
def check(args: argparse.Namespace, ctx: Context) -> int:
    from salesdesk.models import db as dbmod
    from salesdesk.models import migrations

    problems = dbmod.integrity_check(quick=False)
    print(_("Database: {db}").format(db=ctx.db_path or ctx.url))
    print(_("Schema version: {v}").format(v=migrations.current_version()))
    if problems:
        for p in problems[:50]:
            print("  " + str(p))
        raise SalesDeskError(_("The database has {n} problem(s). Restore the latest backup (salesdesk restore FILE).").format(n=len(problems)))
    if args.relink:
        _relink()
    warnings = _merged_file_links()
    print("OK" if not warnings else _("OK: the database is sound; {n} warning(s) above.").format(n=warnings))
    return 0


def _merged_file_links() -> int:
    """Records still linked to a merged-away customer file: not damage (the file is intact
    and the exit code stays 0), but the kept file does not show them. Returns the warnings."""
    try:
        from salesdesk import customer_duplicates
    except ImportError:  # pragma: no cover - the customer files register is part of the program
        return 0
    left = customer_duplicates.orphans()
    if not left:
        return 0
    counts = ", ".join(f"{table}: {n}" for table, n in sorted(left.items()))
    print(_("Warning: {n} record(s) are still linked to customer files that were merged into another file ({counts}). "
            "Nothing is lost, but the kept file does not list them. 'salesdesk --user NAME check --relink' moves them to the kept files.")
          .format(n=sum(left.values()), counts=counts))
    return 1


def _relink() -> None:
    from salesdesk import customer_duplicates
    from salesdesk.cli.accounts import require_account

    require_account(_("--relink changes customer files, so it needs your account: add --user NAME (a manager or the administrator)."))
    moved = customer_duplicates.relink_orphans()
    if moved:
        counts = ", ".join(f"{table}: {n}" for table, n in sorted(moved.items()))
        print(_("Moved {n} record(s) to the kept customer files ({counts}).").format(n=sum(moved.values()), counts=counts))
    else:
        print(_("No records were linked to merged-away customer files."))

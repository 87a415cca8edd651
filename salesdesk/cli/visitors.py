"""Visitor log commands:

    salesdesk export visitors --from 2026-03-01 --to 2026-03-31 -o sheet.pdf|register.xlsx
    salesdesk import visitors old-log.xlsx|old-log.csv [--dry-run] [--skip-bad-rows] [--rejected FILE]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from salesdesk.cli.registry import command, date_arg, import_arguments, run_import
from salesdesk.errors import SalesDeskError
from salesdesk.i18n import N_, _
from salesdesk.startup import Context


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", type=date_arg, required=True, metavar="DATE", help=_("first day (e.g. 2026-03-01)"))
    p.add_argument("--to", dest="date_to", type=date_arg, required=True, metavar="DATE", help=_("last day (inclusive)"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("FILE.pdf (registration sheet) or FILE.xlsx (register)"))


@command("export", "visitors", N_("export the visitor registration sheet (PDF) or register (Excel) for a period"),
         _export_args, changes_data=True)
def export_visitors(args: argparse.Namespace, ctx: Context) -> int:
    from salesdesk.forms import visitor_sheet
    from salesdesk.visitor_log import VisitFilter, count

    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        visitor_sheet.render_sheet(out, args.date_from, args.date_to)
    elif suffix == ".xlsx":
        visitor_sheet.write_register(out, args.date_from, args.date_to)
    else:
        raise SalesDeskError(_("The output file must end in .xlsx or .pdf: {path}").format(path=out))
    n = count(VisitFilter(date_from=args.date_from, date_to=args.date_to)) if args.date_from <= args.date_to else 0
    print(_("Wrote {n} visit(s) to {path}").format(n=n, path=out))
    return 0


def _import_args(p: argparse.ArgumentParser) -> None:
    import_arguments(p, _("the visitor log kept in Excel (.xlsx) or CSV"))


@command("import", "visitors", N_("import the visitor log kept in Excel or CSV"), _import_args, changes_data=True)
def import_visitors(args: argparse.Namespace, ctx: Context) -> int:
    from salesdesk import visitor_import

    return run_import(args, visitor_import.import_log, visitor_import.SPECS)

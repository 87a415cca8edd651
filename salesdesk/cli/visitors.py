"""Visitor log commands:

    salesdesk export visitors --from 2026-03-01 --to 2026-03-31 -o sheet.pdf|register.xlsx
    salesdesk import visitors old-log.xlsx|old-log.csv [--dry-run] [--skip-bad-rows] [--rejected FILE]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from salesdesk.cli.registry import command
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import N_, _
from salesdesk.startup import Context


def _date(text: str):
    from salesdesk.normalize import parse_date

    try:
        d = parse_date(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if d is None:
        raise argparse.ArgumentTypeError(_("give a date like 2026-03-01"))
    return d


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", type=_date, required=True, metavar="DATE", help=_("first day (e.g. 2026-03-01)"))
    p.add_argument("--to", dest="date_to", type=_date, required=True, metavar="DATE", help=_("last day (inclusive)"))
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
    p.add_argument("file", metavar="FILE", help=_("the visitor log kept in Excel (.xlsx) or CSV"))
    p.add_argument("--dry-run", action="store_true", help=_("check every row and report, write nothing"))
    p.add_argument("--skip-bad-rows", action="store_true", help=_("import the good rows even if some rows have errors"))
    p.add_argument("--rejected", metavar="FILE.xlsx", help=_("write the rejected rows with their reasons to this file"))


@command("import", "visitors", N_("import the visitor log kept in Excel or CSV"), _import_args, changes_data=True)
def import_visitors(args: argparse.Namespace, ctx: Context) -> int:
    from salesdesk import visitor_import

    report = visitor_import.import_log(args.file, dry_run=args.dry_run, skip_bad_rows=args.skip_bad_rows)
    print(report.summary())
    for line in report.lines()[:100]:
        print("  " + line)
    if len(report.errors) > 100:
        print("  " + _("… and {n} more").format(n=len(report.errors) - 100))
    if args.rejected and report.errors:
        print(_("Rejected rows written to {path}").format(path=report.write_rejected(args.rejected)))
    return 0 if (report.saved or args.dry_run) and not (report.errors and not args.skip_bad_rows) else 1

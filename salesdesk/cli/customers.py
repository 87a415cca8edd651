"""Customer files on the command line: import a list, export a file or the index.

    salesdesk import customers LIST.xlsx [--dry-run] [--skip-bad-rows] [--rejected REJECTED.xlsx] [--sheet NAME]
    salesdesk export customer KH-2026-00001 -o FILE.pdf
    salesdesk export customers -o FILE.xlsx|FILE.pdf
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from salesdesk.cli.registry import check_rejected_option, command, import_arguments, print_import_report
from salesdesk.errors import SalesDeskError
from salesdesk.i18n import N_, _
from salesdesk.startup import Context


def _import_args(p: argparse.ArgumentParser) -> None:
    import_arguments(p, _("the .xlsx or .csv list to import"))
    p.add_argument("--sheet", metavar="NAME", help=_("the sheet to read (default: the sheet with the table)"))
    # the option's name before it was the same as the other imports' --rejected: still accepted
    p.add_argument("--report", dest="rejected", metavar="FILE", help=argparse.SUPPRESS)


@command("import", "customers", N_("import customer files from an Excel or CSV list"), _import_args, changes_data=True)
def import_customers(args: argparse.Namespace, ctx: Context) -> int:
    from salesdesk import customer_import

    check_rejected_option(args)
    plan = customer_import.plan(Path(args.file), args.sheet)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    report = customer_import.run(plan, dry_run=args.dry_run, skip_bad_rows=args.skip_bad_rows, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return print_import_report(report, args, customer_import.SPECS)


def _export_one_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file_no", metavar="KH-YYYY-NNNNN", help=_("the customer's file number"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=_("where to write the archive sheet"))


@command("export", "customer", N_("print one customer's archive sheet (客户档案表) to PDF"), _export_one_args, changes_data=True)
def export_customer(args: argparse.Namespace, ctx: Context) -> int:
    from salesdesk import customers
    from salesdesk.forms import customer_sheet

    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        raise SalesDeskError(_("The archive sheet is a PDF: give an output file ending in .pdf."))
    c = customers.by_file_no(args.file_no)
    if c.merged_into_id:
        c = customers.follow_merges(c)
        print(_("{old} was merged into {new}; printing {new}.").format(old=args.file_no, new=c.file_no))
    print(_("Wrote {path}").format(path=customer_sheet.archive_sheet(c, out)))
    return 0


def _export_all_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("FILE.xlsx or FILE.pdf"))
    p.add_argument("--search", metavar="TEXT", default="", help=_("only files matching this search"))
    p.add_argument("--status", choices=("prospect", "interested", "deal", "lost"), help=_("only files with this status"))


@command("export", "customers", N_("export the customer index (客户一览表) to .xlsx or PDF"), _export_all_args, changes_data=True)
def export_customers(args: argparse.Namespace, ctx: Context) -> int:
    from salesdesk import customer_search
    from salesdesk.forms import customer_sheet

    out = Path(args.output)
    ids = None
    if args.search or args.status:
        ids = customer_search.search_ids(customer_search.SearchQuery(text=args.search, status=args.status or ""))
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        customer_sheet.index_xlsx(out, ids)
    elif suffix == ".pdf":
        customer_sheet.index_pdf(out, ids)
    else:
        raise SalesDeskError(_("Give an output file ending in .xlsx or .pdf."))
    print(_("Wrote {path}").format(path=out))
    return 0

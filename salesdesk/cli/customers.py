"""Customer files on the command line: import a list, export a file or the index.

    salesdesk import customers LIST.xlsx [--dry-run] [--skip-bad-rows] [--report REJECTED.xlsx]
    salesdesk export customer KH-2026-00001 -o FILE.pdf
    salesdesk export customers -o FILE.xlsx|FILE.pdf
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from salesdesk.cli.registry import command
from salesdesk.errors import SalesDeskError
from salesdesk.i18n import N_, _
from salesdesk.startup import Context


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help=_("the .xlsx or .csv list to import"))
    p.add_argument("--dry-run", action="store_true", help=_("check every row and report, write nothing"))
    p.add_argument("--skip-bad-rows", action="store_true", help=_("import the good rows even if some rows have errors"))
    p.add_argument("--sheet", metavar="NAME", help=_("the sheet to read (default: the sheet with the table)"))
    p.add_argument("--report", metavar="FILE", help=_("save the rejected rows with their reasons (.xlsx or .csv)"))


@command("import", "customers", N_("import customer files from an Excel or CSV list"), _import_args, changes_data=True)
def import_customers(args: argparse.Namespace, ctx: Context) -> int:
    from salesdesk import customer_import
    from salesdesk.importing import ImportReport

    if args.report:
        ImportReport.check_rejected_target(args.report)
    plan = customer_import.plan(Path(args.file), args.sheet)
    print(_("Read {n} rows from {source} (header in row {row}).").format(n=len(plan.table.rows), source=args.file, row=plan.table.header_row))
    cols = ", ".join(f"{plan.table.headers[i]} → {_(next(s.label for s in customer_import.SPECS if s.key == k))}"
                     for k, i in plan.mapping.items())
    print(_("Columns: {cols}").format(cols=cols))
    if plan.unclaimed:
        print(_("Ignored columns: {cols}").format(cols=", ".join(plan.unclaimed)))

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    report = customer_import.run(plan, dry_run=args.dry_run, skip_bad_rows=args.skip_bad_rows, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for line in report.lines():
        print("  " + line)
    print(report.summary())
    if args.report and report.errors:
        print(_("Rejected rows saved to {path}").format(path=report.write_rejected(Path(args.report))))
    if report.total == 0 or (report.errors and not (report.saved and args.skip_bad_rows)):
        return 1  # rows with errors (also on a dry run, so scripts notice)
    return 0


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

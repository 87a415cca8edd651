"""Complaint register commands:

    salesdesk export complaint TS-2026-0001 [TS-2026-0002 ...] -o sheet.pdf
    salesdesk export complaints --from 2026-03-01 --to 2026-03-31 -o register.xlsx|register.pdf
    salesdesk export complaints --month 2026-03 --figures -o figures.pdf
    salesdesk import complaints old-register.xlsx [--dry-run] [--skip-bad-rows] [--rejected FILE]
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from salesdesk.cli.registry import command, date_arg, import_arguments, run_import
from salesdesk.errors import SalesDeskError
from salesdesk.i18n import N_, _
from salesdesk.startup import Context


def _month(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise argparse.ArgumentTypeError(_("give a month like 2026-03, not {v}").format(v=text))
    return int(m.group(1)), int(m.group(2))


def _sheet_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("numbers", nargs="+", metavar="NUMBER", help=_("complaint number(s), e.g. TS-2026-0001"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=_("the PDF to write (one sheet per case)"))


@command("export", "complaint", N_("print complaint record sheets to a PDF"), _sheet_args, changes_data=True)
def export_complaint(args: argparse.Namespace, ctx: Context) -> int:
    from salesdesk import complaints as cp
    from salesdesk.forms import complaint_sheet

    found = [cp.get(n) for n in args.numbers]
    cases = list({c.id: c for c in found}.values())  # one sheet per case, even if named twice
    out = complaint_sheet.write_sheets(Path(args.output), cases)
    print(_("Wrote {n} sheet(s) to {path}").format(n=len(cases), path=out))
    return 0


def _register_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", type=date_arg, metavar="DATE", help=_("first day received (e.g. 2026-03-01)"))
    p.add_argument("--to", dest="date_to", type=date_arg, metavar="DATE", help=_("last day received (inclusive)"))
    p.add_argument("--month", type=_month, metavar="YYYY-MM", help=_("a whole month instead of --from/--to"))
    p.add_argument("--figures", action="store_true", help=_("PDF: only the monthly figures, not the register"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("FILE.xlsx (register + figures) or FILE.pdf"))


@command("export", "complaints", N_("export the complaint register (台账) and figures for a period"), _register_args, changes_data=True)
def export_complaints(args: argparse.Namespace, ctx: Context) -> int:
    from salesdesk import complaint_figures as cf
    from salesdesk.forms import complaint_report

    if args.month and (args.date_from or args.date_to):
        raise SalesDeskError(_("Give either --month or --from/--to, not both."))
    if args.month:
        date_from, date_to = cf.month_range(*args.month)
    elif args.date_from and args.date_to:
        date_from, date_to = args.date_from, args.date_to
    else:
        raise SalesDeskError(_("Give the period: --from DATE --to DATE, or --month YYYY-MM."))
    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        complaint_report.write_register_xlsx(out, date_from, date_to)
    elif suffix == ".pdf" and args.figures:
        complaint_report.write_figures_pdf(out, date_from, date_to)
    elif suffix == ".pdf":
        complaint_report.write_register_pdf(out, date_from, date_to)
    else:
        raise SalesDeskError(_("The output file must end in .xlsx or .pdf: {path}").format(path=out))
    print(_("Wrote {path}").format(path=out))
    return 0


def _import_args(p: argparse.ArgumentParser) -> None:
    import_arguments(p, _("the existing complaint register (Excel or CSV)"), "FILE.xlsx")


@command("import", "complaints", N_("import the complaint register kept in Excel or CSV"), _import_args, changes_data=True)
def import_complaints(args: argparse.Namespace, ctx: Context) -> int:
    from salesdesk import complaint_import

    return run_import(args, complaint_import.import_register, complaint_import.SPECS)

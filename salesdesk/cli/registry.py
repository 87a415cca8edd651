"""Sub-commands contributed by the registers.

A register's ``salesdesk/cli/<register>.py`` declares, at import time:

    @command("export", "visitors", help=N_("..."))
    def export_visitors(args, ctx): ...          # returns an exit code (0 ok)
    export_visitors.arguments = lambda p: p.add_argument(...)

``verb`` is ``export``/``import`` (a kind below them) or ``None`` for a
top-level command (``backup``, ``check``...). ``ctx`` is the opened
``startup.Context``; the handler raises SalesDeskError for user-facing failures.
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from salesdesk.startup import Context

Handler = Callable[[argparse.Namespace, Context], int]


@dataclass
class Command:
    verb: str | None
    name: str
    help: str
    handler: Handler
    arguments: Callable[[argparse.ArgumentParser], None] | None = None
    needs_db: bool = True
    changes_data: bool = False  # changes or exports data: needs --user once accounts exist (issue #6)


COMMANDS: list[Command] = []


def command(verb: str | None, name: str, help: str, arguments: Callable[[argparse.ArgumentParser], None] | None = None,
            needs_db: bool = True, changes_data: bool = False) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        COMMANDS.append(Command(verb, name, help, fn, arguments, needs_db, changes_data))
        return fn
    return deco


# --- helpers shared by the registers' commands ---------------------------------------------

def date_arg(text: str):
    """argparse type for a date as people write it (2026-03-01, 2026/3/1, 2026年3月1日)."""
    from salesdesk.errors import ValidationError
    from salesdesk.i18n import _
    from salesdesk.normalize import parse_date

    try:
        d = parse_date(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if d is None:
        raise argparse.ArgumentTypeError(_("give a date like 2026-03-01"))
    return d


def import_arguments(p: argparse.ArgumentParser, file_help: str, file_metavar: str = "FILE") -> None:
    """FILE, --dry-run, --skip-bad-rows, --rejected: the options of every register import."""
    from salesdesk.i18n import _

    p.add_argument("file", metavar=file_metavar, help=file_help)
    p.add_argument("--dry-run", action="store_true", help=_("check every row and report, write nothing"))
    p.add_argument("--skip-bad-rows", action="store_true", help=_("import the good rows even if some rows have errors"))
    p.add_argument("--rejected", metavar="FILE.xlsx", help=_("write the rejected rows with their reasons to this file (.xlsx or .csv)"))


def run_import(args: argparse.Namespace, import_file: Callable[..., Any], specs: Sequence[Any] = ()) -> int:
    """A register import from the options of ``import_arguments``: refuse a bad --rejected
    name before any row is saved, import ``args.file``, print the report, return the exit code.
    ``import_file(path, dry_run=..., skip_bad_rows=...)`` returns an importing.ImportReport;
    ``specs`` (the register's ColumnSpecs) name the columns read."""
    check_rejected_option(args)
    report = import_file(args.file, dry_run=args.dry_run, skip_bad_rows=args.skip_bad_rows)
    return print_import_report(report, args, specs)


def check_rejected_option(args: argparse.Namespace) -> None:
    from salesdesk.importing import ImportReport

    if args.rejected:
        ImportReport.check_rejected_target(args.rejected)


def print_import_report(report, args: argparse.Namespace, specs: Sequence[Any] = ()) -> int:
    """Print an importing.ImportReport the same way for every register — the file read and
    its columns, the row errors (at most 100), then the summary — and return the exit code:
    0 when the rows were imported (or a dry run found nothing wrong), else 1."""
    from pathlib import Path

    from salesdesk.i18n import _

    if report.source:
        if Path(report.source).suffix.lower() in (".xlsx", ".xlsm"):
            print(_("Read {n} rows from {source}, sheet {sheet} (header in row {row}).").format(
                n=report.total, source=report.source, sheet=report.sheet, row=report.header_row))
        else:
            print(_("Read {n} rows from {source} (header in row {row}).").format(
                n=report.total, source=report.source, row=report.header_row))
    labels = {s.key: _(s.label) for s in specs}
    if labels and report.columns:
        print(_("Columns: {cols}").format(cols=", ".join(f"{header} → {labels.get(key, key)}"
                                                         for key, header in report.columns.items())))
    if report.unclaimed:
        print(_("Ignored columns: {cols}").format(cols=", ".join(report.unclaimed)))
    for line in report.lines()[:100]:
        print("  " + line)
    if len(report.errors) > 100:
        print("  " + _("… and {n} more").format(n=len(report.errors) - 100))
    print(report.summary())
    if args.rejected and report.errors:
        print(_("Rejected rows written to {path}").format(path=report.write_rejected(args.rejected)))
    # an empty file is a failure too: nothing was imported
    return 0 if (report.saved or args.dry_run) and report.total and not (report.errors and not args.skip_bad_rows) else 1

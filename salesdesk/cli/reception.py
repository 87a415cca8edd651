"""Sales reception sub-commands: the daily summary (案场日报)."""
from __future__ import annotations

import argparse
import datetime as dt

from salesdesk.cli.registry import command, date_arg
from salesdesk.i18n import N_, _
from salesdesk.startup import Context


def _daily_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD", help=_("the day (default: today)"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("FILE.pdf or FILE.xlsx"))


@command("export", "daily", N_("the daily reception summary (案场日报) as PDF or Excel"), _daily_args, changes_data=True)
def export_daily(args: argparse.Namespace, ctx: Context) -> int:
    from salesdesk.forms import daily_summary

    day = args.date or dt.date.today()
    path = daily_summary.render(day, args.output)
    print(_("Daily reception summary for {day} written to {path}").format(day=day.isoformat(), path=path))
    return 0

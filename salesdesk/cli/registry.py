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
from typing import Callable

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

"""The ``salesdesk`` command: the window by default, sub-commands for data work.

Global options come before the sub-command:
    salesdesk [--data-dir DIR] [--database URL] [--lang zh_CN|en] [COMMAND ...]
Errors are one clear line on stderr and a non-zero exit code, never a traceback
(an unexpected one is written to salesdesk-error.log in the data folder).
"""
from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

import peewee

from salesdesk import __version__, i18n
from salesdesk.cli.registry import COMMANDS
from salesdesk.errors import SalesDeskError
from salesdesk.i18n import N_, _
from salesdesk.optional_modules import import_all_present

CLI_MODULES = (
    "salesdesk.cli.basics",
    "salesdesk.cli.visitors",
    "salesdesk.cli.complaints",
    "salesdesk.cli.customers",
    "salesdesk.cli.reception",
    "salesdesk.cli.accounts",
    "salesdesk.cli.backup",
)


def _load_modules() -> None:
    import_all_present(CLI_MODULES)


# argparse's own words (usage, option groups, its error messages) in the user's language
_ARGPARSE_WORDS = frozenset((
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("show program's version number and exit"), N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("the following arguments are required: %s"), N_("expected one argument"), N_("unrecognized arguments: %s"),
    N_("argument %(argument_name)s: %(message)s"), N_("not allowed with argument %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"), N_("invalid %(type)s value: %(value)r"),
    N_("expected at least one argument"),
))
argparse._ = lambda message: _(message) if message in _ARGPARSE_WORDS else message  # type: ignore[attr-defined]

# the help line of each verb ("salesdesk export ..."), so the verb is not left untranslated inside it
_VERB_HELP = {
    "export": N_("export data: PDF forms and Excel registers (see 'salesdesk export --help')"),
    "import": N_("import data from Excel or CSV (see 'salesdesk import --help')"),
    "user": N_("manage user accounts (see 'salesdesk user --help')"),
}

_VERB_DESCRIPTION = {
    "export": N_("export data: PDF forms and Excel registers"),
    "import": N_("import data from Excel or CSV"),
    "user": N_("manage user accounts"),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        self.print_usage(sys.stderr)
        self.exit(2, _("salesdesk: error: {message}\nRun 'salesdesk --help' for the options.").format(message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    _load_modules()
    p = _Parser(prog="salesdesk", description=_("SalesDesk: visitor log, complaint register and customer files for a sales office. Without a command, opens the window."))
    p.add_argument("--version", action="version", version=f"SalesDesk {__version__}",
                   help=_("show program's version number and exit"))
    p.add_argument("--data-dir", metavar="DIR", help=_("folder for the database, backups and logs (default: the user's data folder)"))
    p.add_argument("--database", metavar="URL", help=_("database URL, e.g. sqlite:///path/salesdesk.db (or env SALESDESK_DATABASE)"))
    p.add_argument("--lang", metavar="LANG", help=_("language: zh_CN or en"))
    p.add_argument("--self-test", action="store_true", help=_("open the window, every tab and every form, print OK and exit"))
    from salesdesk.cli.accounts import add_identity_options

    add_identity_options(p, global_level=True)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    verbs: dict[str, argparse._SubParsersAction] = {}
    for cmd in COMMANDS:
        if cmd.verb is None:
            sp = sub.add_parser(cmd.name, help=_(cmd.help), description=_(cmd.help))
        else:
            if cmd.verb not in verbs:
                verb_help = _(_VERB_HELP[cmd.verb]) if cmd.verb in _VERB_HELP else \
                    _("{verb} data (see 'salesdesk {verb} --help')").format(verb=cmd.verb)
                # its own --help lists the kinds below it: no "see --help" pointing at itself
                description = _(_VERB_DESCRIPTION[cmd.verb]) if cmd.verb in _VERB_DESCRIPTION else verb_help
                vp = sub.add_parser(cmd.verb, help=verb_help, description=description)
                verbs[cmd.verb] = vp.add_subparsers(dest="kind", metavar="KIND", parser_class=_Parser, required=True)
            sp = verbs[cmd.verb].add_parser(cmd.name, help=_(cmd.help), description=_(cmd.help))
        if cmd.arguments:
            cmd.arguments(sp)
        if cmd.needs_db:
            add_identity_options(sp, global_level=False)
        sp.set_defaults(_cmd=cmd)
    return p


def _log_unexpected(data_dir: Path | None) -> Path | None:
    for folder in (data_dir, Path.home()):
        if folder is None:
            continue
        try:
            folder.mkdir(parents=True, exist_ok=True)
            log = folder / "salesdesk-error.log"
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(traceback.format_exc() + "\n")
            return log
        except OSError:
            continue
    return None


def _early_language(argv: list[str]) -> None:
    """Choose the language before building the parser, so --help is translated."""
    lang = None
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif a.startswith("--lang="):
            lang = a.split("=", 1)[1]
    norm = i18n.normalise_language(lang) or i18n.system_language()
    i18n.set_language(norm)


def _output_never_fails_on_a_character() -> None:
    """Output redirected to a file or pipe on Chinese Windows is GBK: a name with an emoji
    or a rare character (echoed in an import report) made the command fail with an
    'unexpected error'. Such a character is printed as '?' instead."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            pass


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _output_never_fails_on_a_character()
    _early_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang and not i18n.normalise_language(args.lang):
        parser.error(_("unknown language '{lang}': use zh_CN or en").format(lang=args.lang))
    data_dir = Path(args.data_dir).expanduser() if args.data_dir else None
    try:
        cmd = getattr(args, "_cmd", None)
        if cmd is None:
            from salesdesk.ui.app import run_gui  # Qt is imported only for the window

            return run_gui(args)
        ctx = None
        if cmd.needs_db:
            from salesdesk import startup

            from salesdesk.cli import accounts as cli_accounts

            ctx = startup.open_data(args.data_dir, args.database, args.lang)
            cli_accounts.authenticate(args, cmd)  # --user: same permissions as the window
            try:
                rc = int(cmd.handler(args, ctx) or 0)
            except SalesDeskError as exc:
                cli_accounts.record(cmd, 1, str(exc))
                raise
            cli_accounts.record(cmd, rc)
            return rc
        return int(cmd.handler(args, ctx) or 0)
    except SalesDeskError as exc:
        print(_("Error: {message}").format(message=exc), file=sys.stderr)
        return 1
    except BrokenPipeError:  # `salesdesk check | head`: the reader has gone, nothing to tell it
        try:  # as the Python docs advise: point stdout at devnull so the exit flush does not fail again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except KeyboardInterrupt:
        print(_("Interrupted; nothing more was written."), file=sys.stderr)
        return 130
    except peewee.DatabaseError as exc:  # locked by another program past the busy timeout, damaged...
        from salesdesk.models.db import database_file, translate_error

        print(_("Error: {message}").format(message=translate_error(exc, database_file())), file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback at the user
        log = _log_unexpected(data_dir)
        print(_("Unexpected error: {error}. Details were written to {log}.").format(error=exc, log=log or "-"), file=sys.stderr)
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

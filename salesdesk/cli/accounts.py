"""``salesdesk user ...`` and who runs a command (``--user NAME``).

    salesdesk user add NAME --role ROLE [--name "显示名"] [--password-stdin]
    salesdesk user list
    salesdesk --user admin user reset NAME [--password-stdin]
    salesdesk --user admin user unlock NAME

Once any account has a password, a command that changes or exports data
(``changes_data=True``) needs ``--user NAME``; the password is asked (never on
the command line) or read as the first line of standard input with
``--password-stdin``. The command then runs as that user: the services check
the same permissions as in the window, and the audit trail names the user.
With both the global ``--password-stdin`` and ``user add/reset
--password-stdin``, stdin holds two lines: your password, then the new one.
"""
from __future__ import annotations

import argparse
import getpass
import sys

from salesdesk import accounts, audit, session
from salesdesk.cli.registry import Command, command
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import N_, _
from salesdesk.models.accounts import ROLES
from salesdesk.startup import Context


def read_secret(from_stdin: bool, prompt: str, confirm: str | None = None) -> str:
    """A password from the next stdin line, or asked without echo at the terminal."""
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise SalesDeskError(_("--password-stdin was given but standard input had no (more) lines. Pipe the password in, one per line."))
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise SalesDeskError(_("Cannot ask for a password: no terminal. Pipe it in with --password-stdin."))
    first = getpass.getpass(prompt)
    if confirm is not None and getpass.getpass(confirm) != first:
        raise ValidationError({"repeat": _("The two passwords differ. Type the same password twice.")})
    return first


def add_identity_options(parser: argparse.ArgumentParser, global_level: bool) -> None:
    """``--user`` / ``--password-stdin``: before the command, or after it (then they only
    fill what was not given before; a command's own --password-stdin wins)."""
    kw = {} if global_level else {"default": argparse.SUPPRESS}
    parser.add_argument("--user", metavar="NAME", help=_("run as this user (asked for its password); needed for commands that change or export data once accounts exist"), **kw)
    if "--password-stdin" not in parser._option_string_actions:  # noqa: SLF001 - argparse has no public lookup
        parser.add_argument("--password-stdin", dest="user_password_stdin", action="store_true",
                            help=_("read the --user password from the first line of standard input"), **kw)


def authenticate(args: argparse.Namespace, cmd: Command) -> None:
    """Log in ``--user`` (or refuse a data-changing command without one)."""
    session.set_current(None)
    username = getattr(args, "user", None)
    if not username:
        if cmd.changes_data and accounts.accounts_exist():
            raise SalesDeskError(_("This command changes or exports data, so it needs your account: add --user NAME before the command (the password is asked, or piped in with --password-stdin)."))
        return
    password = read_secret(getattr(args, "user_password_stdin", False), _("Password for {user}: ").format(user=username))
    accounts.login(username, password)


def require_account(message: str) -> None:
    """For a command that needs no account in general but does for one of its options
    (backup -o, check --relink): refuse with ``message`` when nobody logged in with --user
    once accounts exist (unattended mode would allow everything)."""
    if session.current() is None and accounts.accounts_exist():
        raise SalesDeskError(message)


def record(cmd: Command, rc: int, error: str = "") -> None:
    """One audit row per data-changing command (also a refused one), naming the user who ran it."""
    if cmd.changes_data:
        name = f"{cmd.verb} {cmd.name}" if cmd.verb else cmd.name
        note = _("exit code {rc}").format(rc=rc) + (f": {error}" if error else "")
        audit.log("command", "cli", name, note=note)


# --- salesdesk user ... -------------------------------------------------------------
def _add_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("username", metavar="NAME", help=_("login name (letters, digits, . _ -)"))
    p.add_argument("--role", required=True, choices=ROLES, help=_("receptionist, consultant, manager or admin"))
    p.add_argument("--name", dest="display_name", default="", help=_("name shown in lists (default: NAME)"))
    p.add_argument("--department", default="", help=_("the department, shown in the user list"))
    p.add_argument("--phone", default="", help=_("the staff member's phone (extension)"))
    p.add_argument("--no-login", action="store_true", help=_("a staff entry without a password (cannot log in)"))
    p.add_argument("--password-stdin", dest="new_password_stdin", action="store_true",
                   help=_("read the new user's password from standard input instead of asking"))


@command("user", "add", N_("create a user account"), _add_args, changes_data=True)
def user_add(args: argparse.Namespace, ctx: Context) -> int:
    first = not accounts.accounts_exist()
    if first and (args.role != "admin" or args.no_login):
        raise SalesDeskError(_("There are no accounts yet: create the administrator first (salesdesk user add NAME --role admin)."))
    password = None
    if not args.no_login:
        password = read_secret(args.new_password_stdin, _("New password for {user}: ").format(user=args.username),
                               _("Repeat the password: "))
    form = accounts.UserForm(args.username, args.display_name, args.role, args.department, args.phone)
    if first:
        user = accounts.create_first_admin(args.username, args.display_name, password)
    else:
        user = accounts.create_user(form, password)
    print(_("Created {user} ({role}).").format(user=user.username, role=accounts.role_label(user.role)))
    return 0


@command("user", "list", N_("list the user accounts"))
def user_list(args: argparse.Namespace, ctx: Context) -> int:
    at = accounts.now()
    for u in accounts.users():
        state = accounts.state_labels(u, at)
        print(f"{u.username:16} {accounts.role_label(u.role):14} {u.display_name:12} {', '.join(state)}")
    return 0


def _name_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("username", metavar="NAME", help=_("the user's login name"))


def _edit_args(p: argparse.ArgumentParser) -> None:
    _name_arg(p)
    p.add_argument("--role", choices=ROLES, help=_("receptionist, consultant, manager or admin"))
    p.add_argument("--name", dest="display_name", help=_("name shown in lists"))
    p.add_argument("--department", help=_("the department, shown in the user list"))
    p.add_argument("--phone", help=_("the staff member's phone (extension)"))
    state = p.add_mutually_exclusive_group()
    state.add_argument("--disable", action="store_true", help=_("the account can no longer log in (kept for the records)"))
    state.add_argument("--enable", action="store_true", help=_("allow the account to log in again"))


@command("user", "edit", N_("change a user's role, name or department, or disable the account (administrator)"),
         _edit_args, changes_data=True)
def user_edit(args: argparse.Namespace, ctx: Context) -> int:
    user = accounts.get_user(args.username)
    form = accounts.UserForm(user.username, user.display_name, user.role, user.department, user.phone, user.active)
    for key in ("role", "display_name", "department", "phone"):
        if getattr(args, key) is not None:
            setattr(form, key, getattr(args, key))
    if args.disable or args.enable:
        form.active = bool(args.enable)
    accounts.update_user(user, form)
    print(_("{user} is now: {role}, {state}.").format(user=user.username, role=accounts.role_label(user.role),
                                                      state=_("active") if user.active else _("disabled")))
    return 0


def _reset_args(p: argparse.ArgumentParser) -> None:
    _name_arg(p)
    p.add_argument("--password-stdin", dest="new_password_stdin", action="store_true",
                   help=_("read the new password from standard input instead of asking"))


@command("user", "reset", N_("set a new password for a user (administrator)"), _reset_args, changes_data=True)
def user_reset(args: argparse.Namespace, ctx: Context) -> int:
    user = accounts.get_user(args.username)
    password = read_secret(args.new_password_stdin, _("New password for {user}: ").format(user=user.username),
                           _("Repeat the password: "))
    accounts.reset_password(user, password)
    print(_("New password set for {user}.").format(user=user.username))
    return 0


@command("user", "unlock", N_("lift a lockout after too many wrong passwords (administrator)"), _name_arg, changes_data=True)
def user_unlock(args: argparse.Namespace, ctx: Context) -> int:
    user = accounts.get_user(args.username)
    accounts.unlock(user)
    print(_("{user} is unlocked.").format(user=user.username))
    return 0

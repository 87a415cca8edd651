"""Starting the window: QApplication, language, font, database, main window."""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from salesdesk import APP_NAME, __version__, fonts, i18n, session, startup
from salesdesk.errors import DamagedDatabaseError, SalesDeskError
from salesdesk.paths import resources_dir
from salesdesk.ui import backup_actions, recovery
from salesdesk.ui import i18n as ui_i18n


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "salesdesk.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    apply_font(app)
    return app


def apply_font(app: QApplication) -> None:
    """Load the Chinese font (salesdesk/fonts.py picks it) and make it the default,
    so Chinese shows on a PC without Chinese fonts."""
    path = fonts.ui_font_path()
    if path is None:
        return
    fid = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    if families:
        font = QFont(families[0])
        font.setPointSize(max(app.font().pointSize(), 10))
        app.setFont(font)


def open_context(args: argparse.Namespace) -> startup.Context:
    # The window checks the file in the background while it starts (models/db.py);
    # the self-test checks it first, as the command line does.
    ctx = startup.open_data(args.data_dir, args.database, args.lang, check_in_background=not args.self_test)
    ui_i18n.install(ctx.language)
    return ctx


def _report(args: argparse.Namespace, exc: SalesDeskError) -> None:
    if args.self_test:
        print(f"FAIL: {exc}", file=sys.stderr)
    else:
        QMessageBox.critical(None, "SalesDesk", str(exc))


def _recover(args: argparse.Namespace, exc: DamagedDatabaseError) -> startup.Context | None:
    try:
        ctx = recovery.recover(args, exc)  # offers the latest good backup; never writes into the damaged file
    except SalesDeskError as error:
        _report(args, error)
        return None
    if ctx is not None:
        ui_i18n.install(ctx.language)
    return ctx


def run_gui(args: argparse.Namespace) -> int:
    app = make_app()
    ui_i18n.install(i18n.normalise_language(args.lang) or i18n.system_language())
    try:
        ctx = open_context(args)
    except DamagedDatabaseError as exc:
        if args.self_test:
            raise
        ctx = _recover(args, exc)
    except SalesDeskError as exc:
        _report(args, exc)
        return 1
    if ctx is None:
        return 1
    if not args.self_test:
        recovery.install_error_hook(ctx.data_dir)  # an uncaught error becomes a message, never a crash
    while True:
        outcome = _desk(app, args, ctx)
        if not isinstance(outcome, DamagedDatabaseError):
            return outcome
        ctx = _recover(args, outcome)  # the start-up check failed after the window came up
        if ctx is None:
            return 1


def _desk(app: QApplication, args: argparse.Namespace, ctx: startup.Context) -> int | DamagedDatabaseError:
    """Login, main window, event loop. Returns the exit code, or the damage the
    background start-up check found (the caller offers a backup)."""
    watch = recovery.StartCheckWatch()
    go_on, presence = recovery.announce(ctx, quiet=args.self_test)  # tells if another SalesDesk has it open
    if not go_on:
        return 0
    from salesdesk.ui.main_window import MainWindow

    if not args.self_test:
        from salesdesk.ui import login

        signed_in = login.start_session()  # first administrator, then who is at the keyboard
        if not signed_in or watch.damaged:
            if presence is not None:
                presence.release()
            return watch.damaged or 0
        if presence is not None and session.current() is not None:
            presence.announce(session.current().display_name or session.current().username)  # others see who
    window = MainWindow(ctx)
    window.presence = presence
    window.remember_state = not args.self_test
    window.show()
    window.raise_()
    window.activateWindow()  # the keyboard goes to the desk straight after the login dialog
    if args.self_test:
        rc = self_test(app, window)
        if presence is not None:
            presence.release()
        return rc
    rc = app.exec() if not watch.damaged else 1
    if watch.damaged:  # nothing more is written: no exit backup of a damaged file
        if presence is not None:
            presence.release()
        return watch.damaged
    backup_actions.on_exit(window)  # the backup on closing; releases the in-use marker
    return rc


def self_test(app: QApplication, window) -> int:
    """Open every tab and render every known form; print OK or what failed."""
    from salesdesk.forms import all_samples

    failures: list[str] = []
    font = fonts.pdf_font()
    if font.source not in ("configured", "bundled"):
        failures.append(f"bundled font not found (using {font.source}: {font.path})")
    if not list((resources_dir() / "translations").glob("*_zh_CN.qm")):
        failures.append(f"no translations in {resources_dir() / 'translations'}")
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        app.processEvents()
    with tempfile.TemporaryDirectory() as tmp:
        for name, render in all_samples().items():
            try:
                out = render(Path(tmp))
                if not out.is_file() or out.stat().st_size == 0:
                    failures.append(f"{name}: empty output")
            except Exception as exc:  # noqa: BLE001 - report every failing form
                failures.append(f"{name}: {exc}")
    window.close()
    app.processEvents()
    if failures:
        for f in failures:
            print("FAIL: " + f, file=sys.stderr)
        return 1
    print("OK")
    return 0

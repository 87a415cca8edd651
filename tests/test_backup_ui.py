"""File > Back up now and File > Restore… as the desk uses them."""
import datetime as dt

from PySide6.QtWidgets import QDialog, QMessageBox

from salesdesk import backup, customers, instance
from salesdesk.models.customers import Customer
from salesdesk.ui import backup_actions
from salesdesk.ui import i18n as ui_i18n
from salesdesk.ui.main_window import MainWindow


def make_window(qtbot, ctx):
    ui_i18n.install("en")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def file_menu_texts(w):
    return [a.text() for a in w.file_menu.actions() if not a.isSeparator()]


def test_file_menu_has_backup_and_restore(qtbot, ctx):
    w = make_window(qtbot, ctx)
    texts = file_menu_texts(w)
    assert texts[:2] == ["&Back up now", "&Restore…"]
    assert texts[-1] == "E&xit"


def test_back_up_now_writes_a_backup_and_says_where(qtbot, ctx):
    w = make_window(qtbot, ctx)
    customers.create("张伟")
    messages = []
    from salesdesk.ui.bus import bus

    bus.status.connect(messages.append)
    w.backup_action.trigger()
    made = backup.list_backups(ctx.data_dir, ctx.db_path)
    assert len(made) == 1 and made[0].kind == "manual"
    assert messages and str(made[0].path) in messages[-1]


def _backup_dated(ctx, when: dt.datetime, kind="daily"):
    path = backup.back_up(ctx.data_dir, kind)
    dated = path.with_name(f"salesdesk-{when:%Y%m%d-%H%M%S}-{kind}.db")
    path.rename(dated)
    return dated


def test_restore_yesterdays_backup_from_the_menu(qtbot, ctx, monkeypatch):
    customers.create("昨天登记的客户")
    yesterday = _backup_dated(ctx, dt.datetime.now() - dt.timedelta(days=1))
    customers.create("今天登记的客户")
    backup.back_up(ctx.data_dir, "manual")  # a newer one from today: not the default choice
    w = make_window(qtbot, ctx)
    w.presence = instance.Presence(ctx.db_path)
    w.presence.announce()

    offered = {}

    def pick_default(dialog):
        offered["rows"] = dialog.table.rowCount()
        offered["selected"] = dialog.backups[dialog.table.selectionModel().selectedRows()[0].row()].path
        dialog._accept_selected()
        return QDialog.DialogCode.Accepted

    questions, infos = [], []
    monkeypatch.setattr(backup_actions.RestoreDialog, "exec", pick_default)
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: questions.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: infos.append(text))
    w.restore_action.trigger()

    assert offered == {"rows": 2, "selected": yesterday}
    assert "1 customer files" in questions[0] and str(yesterday) in questions[0]
    assert [c.name for c in Customer.select()] == ["昨天登记的客户"]
    assert "kept at" in infos[0]
    assert w.ctx.db_path == ctx.db_path
    customers.create("恢复后继续登记")  # the window goes on working on the restored file
    assert Customer.select().count() == 2
    w.presence.release()


def test_restore_cancelled_at_the_question_changes_nothing(qtbot, ctx, monkeypatch):
    customers.create("A")
    a = backup.back_up(ctx.data_dir, "manual")
    customers.create("B")
    w = make_window(qtbot, ctx)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert backup_actions.restore(w, a) is False
    assert Customer.select().count() == 2
    assert not any(b.kind == "before-restore" for b in backup.list_backups(ctx.data_dir, ctx.db_path))


def test_restore_of_a_wrong_file_shows_why(qtbot, ctx, monkeypatch, tmp_path):
    w = make_window(qtbot, ctx)
    junk = tmp_path / "photo.db"
    junk.write_bytes(b"\x89PNG\r\n" + b"0" * 100)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    assert backup_actions.restore(w, junk) is False
    assert "not a SalesDesk database" in warnings[0]


def test_backup_on_exit_and_marker_released(qtbot, ctx):
    w = make_window(qtbot, ctx)
    w.presence = instance.Presence(ctx.db_path)
    w.presence.announce()
    w.close()
    backup_actions.on_exit(w)
    assert [b.kind for b in backup.list_backups(ctx.data_dir, ctx.db_path)] == ["exit"]
    assert not w.presence.marker.exists()


def test_restore_dialog_lists_backups_newest_first(qtbot, ctx):
    _backup_dated(ctx, dt.datetime(2026, 3, 1, 18, 0), "exit")
    _backup_dated(ctx, dt.datetime(2026, 3, 2, 9, 0), "daily")
    w = make_window(qtbot, ctx)
    d = backup_actions.RestoreDialog(w)
    qtbot.addWidget(d)
    rows = [(d.table.item(r, 0).text(), d.table.item(r, 1).text()) for r in range(d.table.rowCount())]
    assert rows == [("2026-03-02 09:00:00", "Daily"), ("2026-03-01 18:00:00", "On exit")]
    d.grab().save(str(ctx.data_dir / "restore-dialog.png"))

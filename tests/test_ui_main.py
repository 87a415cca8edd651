"""The main window as a person sees it."""
import argparse

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget

from salesdesk import settings
from salesdesk.ui import i18n as ui_i18n
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.settings_dialog import SettingsDialog
from tests.ui_helpers import by_name, unlabelled_inputs


def make_window(qtbot, ctx, lang="en"):
    ui_i18n.install(lang)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def test_tabs_and_shortcuts(qtbot, ctx):
    w = make_window(qtbot, ctx)
    assert [w.tabs.tabText(i) for i in range(3)] == ["Visitor log", "Complaints", "Customer files"]
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentIndex() == 2
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentIndex() == 1
    assert str(ctx.db_path) in w.db_label.text()


def test_chinese_labels(qtbot, ctx):
    w = make_window(qtbot, ctx, "zh_CN")
    try:
        assert w.tabs.tabText(0) == "来访登记"
        assert w.file_menu.title() == "文件(&F)"
    finally:
        ui_i18n.install("en")


def test_last_tab_and_geometry_remembered(qtbot, ctx):
    w = make_window(qtbot, ctx)
    w.tabs.setCurrentIndex(2)
    w.resize(700, 500)  # the offscreen screen is 800x600
    w.close()
    w2 = make_window(qtbot, ctx)
    assert w2.tabs.currentIndex() == 2
    assert w2.size().width() == 700


def test_settings_dialog_saves_and_validates(qtbot, ctx):
    d = SettingsDialog()
    qtbot.addWidget(d)
    assert unlabelled_inputs(d) == []
    by_name(d, "Office name (printed on every form)").setText("湖州御园售楼处")
    d.save()
    assert settings.get("office.name") == "湖州御园售楼处"


def test_every_input_has_its_label_as_accessible_name(qtbot, ctx):
    w = make_window(qtbot, ctx)
    assert unlabelled_inputs(w) == []


def test_self_test_command(ctx, capsys, qapp):
    from salesdesk.ui.app import run_gui

    args = argparse.Namespace(data_dir=str(ctx.data_dir), database=None, lang="en", self_test=True)
    assert run_gui(args) == 0
    assert capsys.readouterr().out.strip().endswith("OK")


def test_file_import_menu_lists_every_register_once_the_window_is_up(qtbot, ctx):
    w = make_window(qtbot, ctx)
    texts = lambda: [a.text() for a in w.import_menu.actions()]  # noqa: E731
    qtbot.waitUntil(lambda: len(texts()) == 3)  # the tabs not on show are built just after the first paint
    assert texts() == ["Visitor log (Excel or CSV)…", "Complaint register (Excel or CSV)…", "Customer files (Excel or CSV)…"]
    assert w.import_menu.menuAction() in w.file_menu.actions()

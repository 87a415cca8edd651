"""Settings: one dialog built from the settings the registers declare."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSpinBox, QTabWidget,
                               QVBoxLayout, QWidget)

from salesdesk import permissions, settings
from salesdesk.errors import ValidationError
from salesdesk.settings import SettingDef
from salesdesk.ui import bus as bus_mod
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import SAVE_CANCEL, add_row, dialog_buttons


class _PathEdit(QWidget):
    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(value)
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        lay.addWidget(self.edit, 1)
        lay.addWidget(browse)
        self.setFocusProxy(self.edit)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("Choose a file"), self.edit.text(), tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.edit.setText(path)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.resize(640, 520)
        self.editors: dict[str, tuple[SettingDef, QWidget]] = {}
        tabs = QTabWidget()
        groups: dict[str, QFormLayout] = {}
        for d in settings.definitions():
            if d.group not in groups:
                page = QWidget()
                form = QFormLayout(page)
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setWidget(page)
                tabs.addTab(scroll, tr(d.group))
                groups[d.group] = form
            w = self._editor(d, settings.get(d.key))
            if d.help:
                w.setToolTip(tr(d.help))
            add_row(groups[d.group], tr(d.label), w)
            self.editors[d.key] = (d, w)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = dialog_buttons(self, self.save, SAVE_CANCEL)
        lay = QVBoxLayout(self)
        lay.addWidget(tabs)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        if not permissions.can("settings.edit"):
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.error.setText(tr("Only a manager or administrator can change settings."))

    def _editor(self, d: SettingDef, value: Any) -> QWidget:
        if d.kind == "int":
            w = QSpinBox()
            w.setRange(d.minimum if d.minimum is not None else -10**6, d.maximum if d.maximum is not None else 10**6)
            w.setValue(int(value))
        elif d.kind == "bool":
            w = QCheckBox()
            w.setChecked(bool(value))
        elif d.kind == "list":
            w = QPlainTextEdit("\n".join(value))
            w.setTabChangesFocus(True)
            w.setMaximumHeight(110)
        elif d.kind == "choice":
            w = QComboBox()
            for v, label in d.choices:
                w.addItem(tr(label), v)
            w.setCurrentIndex(max(0, w.findData(value)))
        elif d.kind == "path":
            w = _PathEdit(str(value))
        elif d.kind == "text":
            w = QPlainTextEdit(str(value))
            w.setTabChangesFocus(True)
        else:
            w = QLineEdit(str(value))
        return w

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, (d, w) in self.editors.items():
            if isinstance(w, QSpinBox):
                out[key] = w.value()
            elif isinstance(w, QCheckBox):
                out[key] = w.isChecked()
            elif isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif isinstance(w, _PathEdit):
                out[key] = w.edit.text()
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
            else:
                out[key] = w.text()
        return out

    def save(self) -> None:
        try:
            bus_mod.run(self, settings.set_many, self.values(), changed="*", _raise_validation=True)
        except ValidationError as exc:
            self.error.setText(str(exc))
            key = next(iter(exc.errors), "")
            if key in self.editors:
                self.editors[key][1].setFocus()
            return
        self.accept()

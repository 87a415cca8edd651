"""Small widget helpers shared by every tab and dialog."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


def add_row(form: QFormLayout, label: str, widget: QWidget) -> QWidget:
    """Add a labelled row; the widget's accessible name is its label (screen
    readers read it, UI tests find the field by it)."""
    clean = label.replace("&", "").rstrip(":：").strip()
    widget.setAccessibleName(clean)
    lab = QLabel(label)
    lab.setBuddy(widget)
    form.addRow(lab, widget)
    return widget


def labelled(widget: QWidget, label: str) -> QWidget:
    """Give a widget that has no QLabel beside it (toolbar search box...) its accessible name."""
    widget.setAccessibleName(label.replace("&", "").rstrip(":：").strip())
    return widget


SAVE_CANCEL = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel


def dialog_buttons(dialog: QDialog, accept: Callable[[], None],
                   which: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok
                   | QDialogButtonBox.StandardButton.Cancel) -> QDialogButtonBox:
    """The dialog's OK/Cancel row: OK (Enter) runs ``accept``, which closes the dialog
    only when the input is good; Cancel (Esc) rejects it."""
    box = QDialogButtonBox(which)
    box.accepted.connect(accept)
    box.rejected.connect(dialog.reject)
    return box


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, fn: Callable[[], None]) -> None:
        super().__init__(widget)
        self.fn = fn
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.parent(), self.fn)  # once this paint pass is on the screen
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, fn: Callable[[], None]) -> None:
    """Run ``fn`` once, just after ``widget`` is first painted: start-up work the
    person need not wait for before seeing the window."""
    _FirstPaint(widget, fn)


class ReasonDialog(QDialog):
    """Ask for a reason (voiding a visit, a consultant stepping away): a text, one field, OK/Cancel.
    ``required``: OK is refused (the field marked) while it is empty."""

    def __init__(self, title: str, text: str, label: str, parent: QWidget | None = None, required: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        lay = QVBoxLayout(self)
        msg = QLabel(text)
        msg.setWordWrap(True)
        lay.addWidget(msg)
        form = QFormLayout()
        self.reason_edit = add_row(form, label, QLineEdit())
        lay.addLayout(form)
        lay.addWidget(dialog_buttons(self, self._accept))

    def _accept(self) -> None:
        if self.required and not self.reason_edit.text().strip():
            self.reason_edit.setFocus()
            self.reason_edit.setStyleSheet("border: 1px solid #b00020;")
            return
        self.accept()

    def reason(self) -> str:
        return self.reason_edit.text().strip()

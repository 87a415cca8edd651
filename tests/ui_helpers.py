"""Helpers for UI tests: find widgets the way a screen reader would."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def by_name(root: QWidget, name: str, cls: type = QWidget) -> QWidget:
    """The visible-or-not child whose accessible name is ``name``."""
    found = [w for w in root.findChildren(cls) if w.accessibleName() == name]
    assert found, f"no {cls.__name__} with accessible name {name!r}"
    return found[0]


def unlabelled_inputs(root: QWidget) -> list[str]:
    """Input widgets in form layouts whose accessible name differs from their label."""
    bad = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if not label_item or not field_item or not field_item.widget():
                continue
            label = label_item.widget()
            if not isinstance(label, QLabel):
                continue
            text = label.text().replace("&", "").rstrip(":：").strip()
            if field_item.widget().accessibleName() != text:
                bad.append(f"{text!r} != {field_item.widget().accessibleName()!r}")
    return bad

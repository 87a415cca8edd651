"""One path for every write from the window, and one signal when data changed.

``run(parent, fn, ...)`` calls a service, reports a SalesDeskError in a message
box (the form keeps what the user typed), and on success announces
``bus.changed(register)`` so every view showing that register refreshes —
the Anki ``CollectionOp`` idea.
"""
from __future__ import annotations

from typing import Any, Callable

import peewee
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from salesdesk.errors import PermissionDenied, SalesDeskError, ValidationError
from salesdesk.models.db import database_file, translate_error
from salesdesk.ui.i18n import tr


class _Bus(QObject):
    changed = Signal(str)  # register name: "visitors", "complaints", "customers", "settings", ...
    status = Signal(str)  # a message for the status bar


bus = _Bus()

_MISSING = object()


def run(parent: QWidget | None, fn: Callable[..., Any], *args: Any, changed: str | tuple[str, ...] = (),
        title: str | None = None, **kwargs: Any) -> Any:
    """Call ``fn``; on SalesDeskError show it and return ``None``. ValidationError is
    re-raised when the caller wants to mark fields (pass ``_raise_validation=True``)."""
    raise_validation = kwargs.pop("_raise_validation", False)
    try:
        result = fn(*args, **kwargs)
    except ValidationError as exc:
        if raise_validation:
            raise
        QMessageBox.warning(parent, title or tr("Please check"), str(exc))
        return None
    except PermissionDenied as exc:
        QMessageBox.warning(parent, tr("Not allowed"), str(exc))
        return None
    except SalesDeskError as exc:
        QMessageBox.warning(parent, title or tr("Could not complete"), str(exc))
        return None
    except peewee.DatabaseError as exc:  # e.g. still locked by another PC after the busy timeout
        QMessageBox.warning(parent, title or tr("Could not complete"), str(translate_error(exc, database_file())))
        return None
    for name in (changed,) if isinstance(changed, str) else changed:
        bus.changed.emit(name)
    return result

"""Work around a reference-count bug of PySide6 6.12 on CPython 3.11 (None, True, False).

Every call of a PySide6 method that returns nothing (``QLabel.setText``,
``QTableWidgetItem.setData``, ``QComboBox.addItem``...) gives back ``None``
without taking a reference to it. On CPython < 3.12 ``None`` is an ordinary
object whose count starts at a few thousand, so after a few thousand such calls
the interpreter aborts with "Fatal Python error: none_dealloc" — e.g. when a
list of a few thousand reminders is filled. (From CPython 3.12 on, ``None`` is
immortal and the bug is harmless.)

The fix makes ``None`` practically immortal on older interpreters, as 3.12 does:
its count is raised by 2**40 once, so no amount of missing references can bring
it to zero. Imported by salesdesk/ui/__init__.py, before any widget exists.
"""
from __future__ import annotations

import ctypes
import sys

PINNED = 1 << 40


def pin_none() -> bool:
    """Raise the reference counts of None, True and False once (CPython < 3.12 only). True if applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if getattr(sys, "_salesdesk_none_pinned", False):
        return False
    # ob_refcnt is the first field of every CPython object (Py_ssize_t). True and False
    # suffer the same way (a test run once died in "bool_dealloc" at exit).
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += PINNED
    sys._salesdesk_none_pinned = True  # type: ignore[attr-defined]
    return True


pin_none()

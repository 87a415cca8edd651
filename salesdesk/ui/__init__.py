"""The window: all PySide6 code lives in this package and nowhere else."""
from salesdesk.ui import none_refcount  # noqa: F401 - before any widget: PySide6 6.12 drops references to None

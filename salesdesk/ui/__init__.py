"""The window: all PySide6 code lives in this package and nowhere else."""

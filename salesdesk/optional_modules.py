"""Importing the modules the registers contribute (settings, CLI commands, form samples,
demo data) when they are present.

Registers land one by one, so a listed module may not exist yet: that is skipped. An
ImportError *inside* a module that does exist is a real bug and is raised.
Imports nothing from salesdesk, so any module (settings included) can use it.
"""
from __future__ import annotations

import importlib
from types import ModuleType
from typing import Iterable


def import_if_present(name: str) -> ModuleType | None:
    """The module, or None when no module of that name exists."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


def import_all_present(names: Iterable[str]) -> None:
    for name in names:
        import_if_present(name)

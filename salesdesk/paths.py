"""Where things live: bundled resources and the user's data folder."""
from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from salesdesk import APP_NAME


@cache
def resources_dir() -> Path:
    """The resources folder, wherever the program runs from.

    Frozen (PyInstaller) → ``<bundle>/resources``; installed wheel →
    ``salesdesk/resources`` (setup.py maps it there); source checkout →
    the top-level ``resources/``.
    """
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for c in candidates:
        if (c / "fonts").is_dir() or (c / "translations").is_dir():
            return c
    return candidates[-1]


def default_data_dir() -> Path:
    """The per-user data folder (created on first use by the caller)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))

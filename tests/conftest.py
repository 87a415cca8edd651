"""Shared fixtures. Every test gets a fresh database in its own folder."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SALESDESK_DATABASE", None)
os.environ.pop("SALESDESK_DATA_DIR", None)

import pytest  # noqa: E402

from salesdesk import i18n, session, settings, startup  # noqa: E402
from salesdesk.models import db as dbmod  # noqa: E402


@pytest.fixture(autouse=True)
def _english_by_default():
    """Messages are asserted in English unless a test switches language."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def ctx(data_dir):
    """An opened, empty SalesDesk database on disk (English unless a test switches)."""
    c = startup.open_data(data_dir, lang="en")
    session.set_current(None)
    yield c
    session.set_current(None)
    settings.clear_cache()
    dbmod.close_database()
    i18n.set_language("en")


@pytest.fixture
def zh(ctx):
    """The same database with the language switched to Simplified Chinese."""
    i18n.set_language("zh_CN")
    yield ctx
    i18n.set_language("en")

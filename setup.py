"""Packaging glue: ships the top-level resources/ folder inside the wheel as
``salesdesk.resources`` so an installed program finds its fonts and
translations (see salesdesk/paths.py). Everything else is in pyproject.toml."""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["salesdesk", "salesdesk.*"]) + ["salesdesk.resources"],
    package_dir={"salesdesk.resources": "resources"},
    package_data={"salesdesk.resources": ["fonts/*", "translations/*.qm", "translations/*.ts", "icons/*"]},
    include_package_data=False,
)

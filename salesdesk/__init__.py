"""SalesDesk: the reception desk of a sales office.

The package root and everything below it except ``salesdesk.ui`` is free of Qt,
so the registers' rules, the paper forms and the command line work (and are
tested) without a display.
"""
__version__ = "0.1.0"
APP_NAME = "SalesDesk"

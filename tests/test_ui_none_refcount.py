"""PySide6 6.12 drops a reference to None on every void call; the window must survive it."""
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_many_void_qt_calls_do_not_abort_the_program():
    code = textwrap.dedent("""
        import salesdesk.ui  # applies the fix
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QTableWidgetItem
        app = QApplication([])
        for i in range(50000):
            item = QTableWidgetItem("x")
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setText("y")
        print("survived")
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert "survived" in out.stdout

"""Writing a file so that it is either complete or not there at all.

Builders write into a temporary file beside the target; only a finished file
is renamed over it. A locked target (open in Excel), a read-only folder, a full
disk or a missing folder becomes an OutputError that says what to do.
"""
from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from salesdesk.errors import OutputError
from salesdesk.i18n import _


def _explain(exc: OSError, target: Path) -> OutputError:
    if exc.errno == errno.ENOSPC:
        return OutputError(_("The disk is full: {path} was not written. Free some space or save to another drive.").format(path=target))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY):
        return OutputError(_("Cannot write {path}: the file is open in another program (close it in Excel or the PDF viewer) or the folder is read-only. Nothing was written.").format(path=target))
    if exc.errno == errno.ENOENT:
        return OutputError(_("The folder {folder} does not exist. Choose an existing folder.").format(folder=target.parent))
    if exc.errno == errno.EISDIR:
        return OutputError(_("{path} is a folder. Give a file name.").format(path=target))
    if exc.errno == errno.ENAMETOOLONG:
        return OutputError(_("The name {path} is too long for the disk. Give a shorter file or folder name.").format(path=target))
    if exc.errno == errno.EINVAL:  # Windows: \ / : * ? " < > | in a name
        return OutputError(_("The file name {name} holds characters that are not allowed in file names (\\ / : * ? \" < > |). Give another name.").format(name=target.name))
    return OutputError(_("Cannot write {path}: {reason}").format(path=target, reason=exc.strerror or exc))


def _usual_mode(tmp: Path, target: Path) -> None:
    """mkstemp makes the file readable by its owner only; an export is for the office
    (a shared folder, a colleague's account): give it the mode any new file gets
    (or keep the mode of the file it replaces)."""
    if os.name != "posix":
        return
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)


@contextmanager
def atomic_output(target: Path | str, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``."""
    target = Path(target)
    if suffix and target.suffix.lower() != suffix:
        raise OutputError(_("The file name must end in {suffix}: {path}").format(suffix=suffix, path=target))
    try:  # a name too long for the disk fails already here
        is_dir, parent_ok = target.is_dir(), target.parent.is_dir()
    except OSError as exc:
        raise _explain(exc, target) from exc
    if is_dir:
        raise OutputError(_("{path} is a folder. Give a file name.").format(path=target))
    if not parent_ok:
        raise OutputError(_("The folder {folder} does not exist. Choose an existing folder.").format(folder=target.parent))
    try:
        # a short prefix: a long Chinese name that fits (255 bytes) must not overflow as temp name
        fd, tmp_name = tempfile.mkstemp(prefix="." + target.stem[:24] + "-", suffix=target.suffix + ".part", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise _explain(exc, target) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        _usual_mode(tmp, target)
        if target.exists() and not os.access(target, os.W_OK):
            raise OutputError(_("Cannot write {path}: the file is open in another program (close it in Excel or the PDF viewer) or the folder is read-only. Nothing was written.").format(path=target))
        os.replace(tmp, target)
    except OSError as exc:
        raise _explain(exc, target) from exc
    finally:
        if tmp.exists():
            tmp.unlink(missing_ok=True)

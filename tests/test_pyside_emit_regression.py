"""PySide6 6.12.0 on CPython 3.11 corrupts the reference count of ``True`` on every
Python-side ``Signal.emit()`` and aborts after about a thousand emits
("Fatal Python error: bool_dealloc"). pyproject.toml excludes that combination; this test
keeps it excluded: 5 000 emits in a child process must end with a clean exit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from packaging.version import Version

CHILD = textwrap.dedent(
    """
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Emitter(QObject):
        fired = Signal(bool)
        counted = Signal(int, str)

    app = QCoreApplication([])
    emitter = Emitter()
    seen = []
    emitter.fired.connect(lambda value: seen.append(value))
    emitter.counted.connect(lambda n, text: None)
    for i in range(5000):
        emitter.fired.emit(True)
        emitter.counted.emit(i, "x")
    assert len(seen) == 5000, len(seen)
    print("emitted", len(seen))
    """
)


def test_five_thousand_emits_exit_cleanly() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "emitted 5000" in result.stdout


def test_installed_pyside_is_not_the_affected_combination() -> None:
    from importlib.metadata import version

    pyside = Version(version("PySide6"))
    affected = pyside == Version("6.12.0") and sys.version_info[:2] == (3, 11)
    assert not affected, "PySide6 6.12.0 on Python 3.11 aborts after ~1000 signal emits"


def test_requirement_excludes_the_affected_version() -> None:
    from importlib.metadata import requires

    from packaging.requirements import Requirement

    pyside_requirements = [
        Requirement(r) for r in requires("backoffice") or [] if r.lower().startswith("pyside6")
    ]
    assert pyside_requirements
    py311 = {"python_version": "3.11", "extra": ""}
    for requirement in pyside_requirements:
        if requirement.marker is None or requirement.marker.evaluate(py311):
            assert not requirement.specifier.contains("6.12.0"), str(requirement)

"""The resources travel with the package: in the wheel, in the working tree, and at run time.

``resources/`` stays at the top of the source tree and is installed as the package
``backoffice.resources`` (setup.py); the application reads it with ``importlib.resources``.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from backoffice.ui import style

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
# What a build needs: the configuration and the two trees (no .git, build/ or .venv, and
# a copy, so that the working tree's own build/ folder never leaks into the wheel).
BUILD_INPUTS = ("pyproject.toml", "setup.py", "README.md", "backoffice", "resources")
SHIPPED_SUFFIXES = {".qss", ".svg", ".png", ".ico", ".ts", ".qm"}


def _resource_files() -> list[str]:
    """Every resource of the source tree, as its path inside the installed package."""
    return sorted(
        "backoffice/resources/" + path.relative_to(RESOURCES).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file() and path.suffix in SHIPPED_SUFFIXES
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in BUILD_INPUTS:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(
                origin, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
            )
        else:
            shutil.copy2(origin, source / name)
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("backoffice-*.whl")
    return built


@pytest.mark.slow  # builds a wheel: a few seconds
def test_wheel_carries_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "backoffice/resources/__init__.py" in names
    assert "backoffice/resources/style.qss" in names
    assert {
        "backoffice/resources/icons/backoffice.svg",
        "backoffice/resources/icons/securite.svg",
    } <= names
    missing = [name for name in _resource_files() if name not in names]
    assert not missing, f"resources left out of the wheel: {missing}"
    # Nowhere else: no top-level resources/ package beside backoffice/.
    assert not [n for n in names if n.startswith("resources/")]
    assert "backoffice/migrations/script.py.mako" in names


@pytest.mark.slow
def test_wheel_carries_compiled_translations(wheel: Path, tmp_path: Path) -> None:
    """The build compiles every .ts into a .qm (setup.py's build_py runs lrelease): the
    wheel carries them, Qt loads them, the source tree holds none (no binary that drifts)."""
    from PySide6.QtCore import QTranslator

    sources = sorted((RESOURCES / "translations").glob("*.ts"))
    assert {ts.stem for ts in sources} >= {"backoffice_en", "backoffice_fr"}
    assert not list((RESOURCES / "translations").glob("*.qm"))
    with zipfile.ZipFile(wheel) as archive:
        for ts in sources:
            name = f"backoffice/resources/translations/{ts.stem}.qm"
            assert name in archive.namelist(), f"{name} not built into the wheel"
            archive.extract(name, tmp_path)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "backoffice/resources/translations/backoffice_en.qm"))
    assert translator.translate("Views", "Produits") == "Products"


@pytest.mark.slow
def test_wheel_carries_every_package(wheel: Path) -> None:
    """setup.py lists the packages: none of backoffice/ may be forgotten."""
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = sorted(
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "backoffice").rglob("*.py")
        if "__pycache__" not in path.parts
    )
    missing = [m for m in modules if m not in names]
    assert not missing, f"modules left out of the wheel: {missing}"


def test_importlib_resources_finds_them_in_the_working_tree() -> None:
    """The editable install (README's set-up) maps backoffice.resources to resources/."""
    package = files("backoffice.resources")
    assert Path(str(package)).resolve() == RESOURCES.resolve()
    assert package.joinpath("style.qss").is_file()
    assert package.joinpath("icons", "backoffice.svg").is_file()
    assert package.joinpath("icons", "securite.svg").is_file()


def test_style_reads_through_importlib_resources(qapp: QApplication) -> None:
    app = qapp
    before = app.styleSheet()
    try:
        assert style.apply_stylesheet(app)
        assert app.styleSheet() == (RESOURCES / "style.qss").read_text(encoding="utf-8")
    finally:
        app.setStyleSheet(before)
    assert not style.icon("securite").isNull()
    assert not style.icon("securite.svg").isNull()
    assert not style.app_icon().isNull()
    assert style.resource_path("icons/securite.svg") == RESOURCES / "icons" / "securite.svg"


def test_a_missing_resource_is_logged_by_name(
    qapp: QApplication, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(style, "_warned", set())
    with caplog.at_level(logging.WARNING, logger=style.__name__):
        assert style.resource("absent.qss") is None
        assert style.icon("icone-absente").isNull()
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("backoffice.resources/absent.qss" in m for m in messages), messages
    assert any("icons/icone-absente" in m for m in messages), messages


def test_a_missing_style_sheet_is_logged_and_leaves_qt_style(
    qapp: QApplication, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = qapp
    monkeypatch.setattr(style, "_warned", set())
    monkeypatch.setattr(style, "STYLE_SHEET", "disparu.qss")
    before = app.styleSheet()
    with caplog.at_level(logging.WARNING, logger=style.__name__):
        assert not style.apply_stylesheet(app)
    assert app.styleSheet() == before
    assert "backoffice.resources/disparu.qss" in caplog.text


def test_no_resource_is_found_by_walking_up_from_a_file() -> None:
    """Resources are read through importlib.resources only (a wheel has no ../resources)."""
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "backoffice").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "__file__" in line and "resources" in line
    ]
    assert not offenders, offenders

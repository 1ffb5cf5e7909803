"""Bundles (issue 14, point 4): icons from one SVG, one version, the Linux bundle built
with PyInstaller and smoke-started offscreen (it must reach the sign-in window, then quit).

The build test is ``slow`` (about two minutes): it installs PyInstaller when missing, runs
``packaging/backoffice.spec`` into a temporary folder and starts both programs of the
result, as CI does on every run.
"""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import make_icons  # noqa: E402

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
UNUSED_QT = ("Quick", "Qml", "VirtualKeyboard", "WebEngine", "3D", "Multimedia")


def test_one_version_from_the_package_metadata() -> None:
    import backoffice

    assert backoffice.__version__ == VERSION
    init = (ROOT / "backoffice" / "__init__.py").read_text(encoding="utf-8")
    assert VERSION not in init  # derived, never written twice


def test_icons_for_the_three_platforms(qapp: object, tmp_path: Path) -> None:
    made = make_icons.make_icons(tmp_path)
    ico = made["ico"].read_bytes()
    _reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (kind, count) == (1, len(make_icons.ICO_SIZES))
    reader = QImageReader(str(made["ico"]))
    sizes = set()
    for _ in range(reader.imageCount()):
        sizes.add(reader.read().width())
        reader.jumpToNextImage()
    assert {16, 32, 48, 256} <= sizes
    icns = made["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"icp4" in icns  # 1024 and 16 px
    for size in make_icons.HICOLOR_SIZES:
        png = made["hicolor"] / f"{size}x{size}" / "apps" / f"{make_icons.APP_ID}.png"
        image = QImageReader(str(png)).read()
        assert (image.width(), image.height()) == (size, size)
        # Drawn, not blank: the centre pixel is the icon's white bag or its blue.
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    assert (made["hicolor"] / "scalable" / "apps" / f"{make_icons.APP_ID}.svg").is_file()


def test_linux_desktop_file() -> None:
    entry = (ROOT / "packaging" / "linux" / f"{make_icons.APP_ID}.desktop").read_text()
    lines = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert lines["Type"] == "Application"
    assert lines["Exec"] == "backoffice"
    assert lines["Icon"] == make_icons.APP_ID
    assert lines["Terminal"] == "false"
    assert lines["StartupWMClass"] == "backoffice"


def _pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller>=6"],
            check=True,
            timeout=600,
        )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("CI builds the Linux bundle; Windows and macOS build on their own machines")
    _pyinstaller()
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "backoffice.spec"),
        ],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    return work / "dist" / "Back-office"


def _isolated_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        BACKOFFICE_LOG_DIR=str(home / "logs"),
    )
    for name in ("BACKOFFICE_DATABASE_URL", "PYTHONPATH", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


@pytest.mark.slow
def test_the_bundle_ships_both_programs_and_no_unused_qt(bundle: Path) -> None:
    assert (bundle / "backoffice").is_file() and (bundle / "backoffice-cli").is_file()
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()]
    qt = [name for name in files if "PySide6" in name]
    leftovers = [name for name in qt if any(f"Qt6{m}" in name for m in UNUSED_QT)]
    assert not leftovers, leftovers
    assert not [name for name in qt if "virtualkeyboard" in name.lower()]
    assert any(name.endswith("libQt6Widgets.so.6") for name in qt)
    # The documents' preview and printing (ui/document_preview.py) need Qt PDF.
    assert any(name.endswith("libQt6Pdf.so.6") for name in qt)
    assert any(name.endswith("libQt6PdfWidgets.so.6") for name in qt)
    share = bundle / "_internal" / "share"
    assert (share / "applications" / f"{make_icons.APP_ID}.desktop").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{make_icons.APP_ID}.png").is_file()
    assert (bundle / "install-desktop-entry.sh").is_file()
    # The Windows version resource the spec generated: a VSVersionInfo expression (PyInstaller
    # reads it with pefile, on Windows), French (040C), the package's version.
    generated = bundle.parents[1] / "build" / "backoffice" / "generated"
    text = (generated / "version_info.txt").read_text(encoding="utf-8")
    compile(text, "version_info.txt", "eval")
    assert text.lstrip().startswith("VSVersionInfo(") and "040C04B0" in text
    assert f"StringStruct('ProductVersion', '{VERSION}')" in text


@pytest.mark.slow
def test_the_bundle_reaches_the_sign_in_window(bundle: Path, tmp_path: Path) -> None:
    env = _isolated_env(tmp_path)
    version = subprocess.run(
        [str(bundle / "backoffice-cli"), "--version"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert version.returncode == 0 and version.stdout.strip() == f"backoffice {VERSION}"
    group = subprocess.run(
        [str(bundle / "backoffice-cli"), "db"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert group.returncode == 0 and "utilisation : backoffice-cli db" in group.stdout
    smoke = subprocess.run(
        [str(bundle / "backoffice"), "--demo", "--smoke-test"],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "Fenêtre de connexion affichée" in smoke.stdout
    log = (tmp_path / "logs" / "backoffice.log").read_text(encoding="utf-8")
    assert "Smoke test: the sign-in window is shown" in log
    assert "Traceback" not in log, log
    from backoffice.services.demo.accounts import DEMO_ACCOUNTS

    assert "Comptes de démonstration" in log  # the demo was created, and logged
    for account in DEMO_ACCOUNTS:
        assert account.password not in log
        assert not account.totp_secret or account.totp_secret not in log

"""The packages, computed: everything under ``backoffice/``, plus the top-level ``resources/``
installed as ``backoffice.resources``. The rest of the configuration is in pyproject.toml.

pyproject.toml alone cannot both find the packages and add one from another folder
(``packages.find`` ignores ``package-dir``), hence this file.

The build also compiles ``resources/translations/*.ts`` into the ``.qm`` files Qt loads,
with the ``lrelease`` of PySide6-Essentials (a build requirement): the wheel carries the
``.qm``, the source tree never does (an editable install compiles them at first start into
a cache, see backoffice/ui/language.py).
"""

import importlib.util
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

EXCLUDE = ["*.__pycache__", "__pycache__"]
# resources/icons and resources/translations hold files only; listing them as (namespace)
# packages too tells setuptools that their files are meant to be shipped.
RESOURCE_FOLDERS = find_namespace_packages(where="resources", exclude=EXCLUDE)
HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "resources" / "translations"


def _i18n():
    """backoffice/i18n.py loaded on its own (Qt-free, stdlib only): the package's
    __init__ and dependencies are not installed in the build environment."""
    path = HERE / "backoffice" / "i18n.py"
    spec = importlib.util.spec_from_file_location("_backoffice_i18n", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):
    """build_py, then lrelease: every .ts becomes a .qm beside it in the built package."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the editable tree compiles at first start (ui/language.py)
        out = Path(self.build_lib) / "backoffice" / "resources" / "translations"
        for qm in _i18n().compile_translations(sorted(TRANSLATIONS.glob("*.ts")), out):
            self.announce(f"compiled {qm.name}", level=2)

    def get_outputs(self, include_bytecode=True):
        outputs = list(super().get_outputs(include_bytecode))
        out = Path(self.build_lib) / "backoffice" / "resources" / "translations"
        outputs += [str(out / (ts.stem + ".qm")) for ts in sorted(TRANSLATIONS.glob("*.ts"))]
        return outputs


setup(
    packages=[
        *find_namespace_packages(include=["backoffice", "backoffice.*"], exclude=EXCLUDE),
        "backoffice.resources",
        *(f"backoffice.resources.{folder}" for folder in RESOURCE_FOLDERS),
    ],
    package_dir={"backoffice.resources": "resources"},
    cmdclass={"build_py": BuildWithTranslations},
)

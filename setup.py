"""The packages, computed: everything under ``backoffice/``, plus the top-level ``resources/``
installed as ``backoffice.resources``. The rest of the configuration is in pyproject.toml.

pyproject.toml alone cannot both find the packages and add one from another folder
(``packages.find`` ignores ``package-dir``), hence this file.
"""

from setuptools import find_namespace_packages, setup

EXCLUDE = ["*.__pycache__", "__pycache__"]
# resources/icons and resources/translations hold files only; listing them as (namespace)
# packages too tells setuptools that their files are meant to be shipped.
RESOURCE_FOLDERS = find_namespace_packages(where="resources", exclude=EXCLUDE)

setup(
    packages=[
        *find_namespace_packages(include=["backoffice", "backoffice.*"], exclude=EXCLUDE),
        "backoffice.resources",
        *(f"backoffice.resources.{folder}" for folder in RESOURCE_FOLDERS),
    ],
    package_dir={"backoffice.resources": "resources"},
)

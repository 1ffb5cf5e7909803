"""Back-office de la boutique: a Qt desktop application for the shop's staff."""

from importlib import metadata

try:
    # One version, pyproject.toml's: the wheel's metadata, which the bundles carry too
    # (packaging/backoffice.spec copies it).
    __version__ = metadata.version("backoffice")
except metadata.PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+inconnue"

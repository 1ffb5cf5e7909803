"""The application's resources: style sheet, icons, translations.

Kept at the top of the source tree and installed as the ``backoffice.resources`` package
(``setup.py`` maps it), so that a wheel, an editable install and the PyInstaller bundle all
find it with ``importlib.resources.files("backoffice.resources")``. Read through
:mod:`backoffice.ui.style`, never by path from ``__file__``.
"""

"""Per-workstation preferences, kept in the app's QSettings.

* ``low_stock_threshold`` (default 5): a stock at or below it (and above 0) shows orange in
  the Produits list and is what the "faible" stock filter means;
* ``media_base``: where relative image paths of the database live, either a web address
  (``https://boutique.example/uploads/``) or a local folder (a copy of the site's uploads);
* ``language``: the interface's language, ``"fr"``, ``"en"`` or ``""`` for the system's
  (:mod:`backoffice.ui.language`; applies from the next start).

Values are read from QSettings once and cached in plain Python attributes, so worker
threads (a list query needing the threshold) may read them without touching Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backoffice import i18n
from backoffice.services.catalog.stock import (
    DEFAULT_LOW_STOCK_THRESHOLD,
    StockLevel,
    stock_level,
)
from backoffice.ui import language as ui_language
from backoffice.ui.dialogs import button_box
from backoffice.ui.palette import set_tone

THRESHOLD_KEY = "catalog/low_stock_threshold"
MEDIA_BASE_KEY = "catalog/media_base"


class Preferences(QObject):
    """The catalog preferences; ``changed`` is emitted after :meth:`update`."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.low_stock_threshold = _int(
            settings.value(THRESHOLD_KEY, DEFAULT_LOW_STOCK_THRESHOLD), DEFAULT_LOW_STOCK_THRESHOLD
        )
        self.media_base = str(settings.value(MEDIA_BASE_KEY, "") or "")
        self.language = ui_language.saved_language(settings)

    def update(
        self,
        *,
        low_stock_threshold: int | None = None,
        media_base: str | None = None,
        language: str | None = None,
    ) -> None:
        if low_stock_threshold is not None:
            self.low_stock_threshold = max(0, int(low_stock_threshold))
            self.settings.setValue(THRESHOLD_KEY, self.low_stock_threshold)
        if media_base is not None:
            self.media_base = media_base.strip()
            self.settings.setValue(MEDIA_BASE_KEY, self.media_base)
        if language is not None:
            ui_language.save_language(self.settings, language)
            self.language = ui_language.saved_language(self.settings)
        self.settings.sync()
        self.changed.emit()

    def stock_level(self, stock: int | None) -> StockLevel | None:
        """``"rupture"``, ``"faible"`` or ``"ok"`` at this member's threshold: the rule of
        :func:`backoffice.services.catalog.stock_level`, which the list's filter applies."""
        if stock is None:
            return None
        return stock_level(stock, self.low_stock_threshold)

    def resolve_image(self, url: str | None) -> str | None:
        """Where to read the image ``url`` from: an http(s) address or a local file path.

        Absolute addresses and existing absolute paths are used as they are; a relative path
        is joined to ``media_base``. ``None`` when there is nothing to read.
        """
        url = (url or "").strip()
        if not url:
            return None
        lowered = url.lower()
        if lowered.startswith(("http://", "https://")):
            return url
        if lowered.startswith("file://"):
            return url[7:]
        if url.startswith("//"):
            return "https:" + url
        base = self.media_base
        if Path(url).is_absolute() and (not base or Path(url).exists()):
            return url
        if not base:
            return None
        if base.lower().startswith(("http://", "https://")):
            return base.rstrip("/") + "/" + url.lstrip("/")
        return str(Path(base) / url.lstrip("/"))


_instances: dict[int, tuple[QSettings, Preferences]] = {}


def preferences_for(settings: QSettings) -> Preferences:
    """The one :class:`Preferences` of ``settings`` (shared by every tab and form)."""
    entry = _instances.get(id(settings))
    if entry is None or entry[0] is not settings:
        entry = (settings, Preferences(settings))
        _instances[id(settings)] = entry
    return entry[1]


def _int(value: Any, default: int) -> int:
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return default


class PreferencesDialog(QDialog):
    """ "Préférences": low-stock threshold, media base and the interface's language."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Préférences"))

        self.threshold = QSpinBox(self)
        self.threshold.setObjectName("prefThreshold")
        self.threshold.setRange(0, 100_000)
        self.threshold.setValue(preferences.low_stock_threshold)
        self.threshold.setSuffix(self.tr(" unités"))
        self.threshold.setMaximumWidth(140)
        self.threshold.setToolTip(
            self.tr("Un stock de 1 à ce seuil s'affiche en orange ; 0 en rouge (rupture).")
        )

        self.media = QLineEdit(preferences.media_base, self)
        self.media.setObjectName("prefMediaBase")
        self.media.setPlaceholderText(self.tr("https://boutique.example/uploads/ ou un dossier"))
        self.media.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("Dossier…"), self)
        browse.setObjectName("prefBrowse")
        browse.clicked.connect(self._browse)
        media_row = QHBoxLayout()
        media_row.addWidget(self.media, 1)
        media_row.addWidget(browse)

        help_label = QLabel(
            self.tr(
                "Les images dont l'adresse est relative (ex. « produits/tasse.jpg ») sont "
                "cherchées à partir de cette adresse web ou de ce dossier."
            ),
            self,
        )
        help_label.setWordWrap(True)
        set_tone(help_label, "muted")

        self.language = QComboBox(self)
        self.language.setObjectName("prefLanguage")
        system = i18n.choose_language(None, None, ui_language.system_languages())
        self.language.addItem(
            self.tr("Langue du système ({0})").format(ui_language.LANGUAGE_NAMES[system]), ""
        )
        for code, name in ui_language.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)  # each language in itself, never translated
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.language_note = QLabel(
            self.tr("La langue choisie s'appliquera au prochain démarrage du back-office."),
            self,
        )
        self.language_note.setObjectName("prefLanguageNote")
        self.language_note.setWordWrap(True)
        set_tone(self.language_note, "muted")
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()

        form = QFormLayout()
        form.addRow(self.tr("Seuil de stock faible :"), self.threshold)
        form.addRow(self.tr("Images (adresse ou dossier) :"), media_row)
        form.addRow(self.tr("Langue :"), self.language)
        form.addRow("", self.language_note)

        buttons, ok, cancel = button_box(
            self, self.tr("Enregistrer"), ok_name="prefSave", cancel_name="prefCancel"
        )
        ok.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_label)
        layout.addWidget(buttons)
        self.resize(520, 240)

    def accept(self) -> None:
        self.preferences.update(
            low_stock_threshold=self.threshold.value(),
            media_base=self.media.text(),
            language=str(self.language.currentData() or ""),
        )
        super().accept()

    def _language_changed(self) -> None:
        """The note shows while the choice differs from the language running now."""
        chosen = i18n.choose_language(
            None, str(self.language.currentData() or ""), ui_language.system_languages()
        )
        self.language_note.setVisible(chosen != i18n.current_language())

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Dossier des images"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.media.setText)
        dialog.open()

"""The shop's time zone field: an editable list of usual zones, its explanation, its error.

Any IANA name may be typed; it is checked with :func:`backoffice.shop_time.load_zone` when
the field is left and when the form is validated, the French error shown under the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from backoffice import shop_time
from backoffice.ui.errors import translated
from backoffice.ui.style import fit_height

# Shown in this order; the shop's usual zone first.
COMMON_TIMEZONES: tuple[str, ...] = (
    shop_time.DEFAULT_SHOP_TIMEZONE,
    "Europe/Brussels",
    "Europe/Zurich",
    "Europe/Luxembourg",
    "Europe/Monaco",
    "Indian/Reunion",
    "Indian/Mayotte",
    "America/Martinique",
    "America/Guadeloupe",
    "America/Cayenne",
    "America/Miquelon",
    "Pacific/Noumea",
    "Pacific/Tahiti",
    "UTC",
)


def hint_label(text: str = "", color: str = "#555555") -> QLabel:
    """A word-wrapped line of plain text under a field (grey by default)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)
    return label


class TimezoneField(QWidget):
    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionTimezoneField")
        self.combo = QComboBox()
        self.combo.setObjectName("connectionTimezone")
        self.combo.setAccessibleName(self.tr("Fuseau horaire de la boutique"))
        self.combo.setEditable(True)
        # Return validates the dialog; it must not add the typed text to the list.
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(COMMON_TIMEZONES)
        self.combo.setCurrentText(zone)
        self.combo.lineEdit().editingFinished.connect(self.check)
        self.combo.editTextChanged.connect(lambda _text: self.show_error(""))
        self.setFocusProxy(self.combo)

        self.help = hint_label(
            self.tr("Heure des dates enregistrées par le site, en général Europe/Paris.")
        )
        self.help.setObjectName("connectionTimezoneHelp")
        self.error = hint_label(color="#a4161a")
        self.error.setObjectName("connectionTimezoneError")
        self.error.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        layout.addWidget(self.help)
        layout.addWidget(self.error)

    def zone_name(self) -> str:
        return self.combo.currentText().strip()

    def show_error(self, text: str) -> None:
        if self.error.text() == text:
            return
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            fit_height(self.window())

    def check(self) -> bool:
        """Shows the French error under the field for an unknown zone; True when known."""
        if not self.zone_name():
            self.show_error(
                self.tr("Indiquez le fuseau horaire de la boutique, par exemple Europe/Paris.")
            )
            return False
        try:
            shop_time.load_zone(self.zone_name())
        except shop_time.UnknownTimeZone as exc:
            self.show_error(translated(exc.message))
            return False
        self.show_error("")
        return True

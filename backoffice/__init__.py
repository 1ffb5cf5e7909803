"""Back-office de la boutique: a Qt desktop application for the shop's staff."""

__version__ = "0.1.0"

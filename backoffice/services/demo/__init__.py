"""The demo database: consistent French demo data for an empty, migrated shop database.

* :mod:`.seed` — :func:`seed_demo`, the entry point (refuses a base that holds data);
* :mod:`.tables` — the tables in load order and their columns, read from the models;
* :mod:`.base`, :mod:`.people`, :mod:`.catalog`, :mod:`.orders`, :mod:`.engagement`,
  :mod:`.generator` — the row generator, one module per domain;
* :mod:`.vocabulary` — the shop's French words (categories, products, texts);
* :mod:`.accounts` — the staff demo accounts;
* :mod:`.load_copy` (PostgreSQL ``COPY``, Core inserts elsewhere) and :mod:`.load_mysql`
  (``LOAD DATA LOCAL INFILE``) — the bulk loads.

Submodules import each other directly, never this package.
"""

from __future__ import annotations

from backoffice.services.demo.accounts import (
    DEMO_ACCOUNTS,
    DEMO_ADMIN,
    DEMO_TOTP_SECRET,
    DemoAccount,
)
from backoffice.services.demo.base import FORWARD_PATH, SCALES, Scale
from backoffice.services.demo.generator import DemoGenerator
from backoffice.services.demo.seed import CUSTOMER_PASSWORD, DemoDataRefused, seed_demo
from backoffice.services.demo.tables import COLUMNS, TABLES

__all__ = [
    "COLUMNS",
    "CUSTOMER_PASSWORD",
    "DEMO_ACCOUNTS",
    "DEMO_ADMIN",
    "DEMO_TOTP_SECRET",
    "FORWARD_PATH",
    "SCALES",
    "TABLES",
    "DemoAccount",
    "DemoDataRefused",
    "DemoGenerator",
    "Scale",
    "seed_demo",
]

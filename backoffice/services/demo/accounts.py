"""The demo database's staff accounts (printed by ``db seed-demo`` and shown in the README)."""

from __future__ import annotations

from dataclasses import dataclass

from backoffice.models.enums import RoleName


@dataclass(frozen=True)
class DemoAccount:
    role: RoleName
    email: str
    password: str
    totp_secret: str | None = None


# A fixed base32 secret so that the README can show it; it protects demo data only.
DEMO_TOTP_SECRET = "BOUTIQUEDEMOTOTPSECRETKEY234567A"  # noqa: S105

DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(RoleName.ADMIN, "admin@boutique.demo", "Demo-admin-2026"),
    DemoAccount(RoleName.MANAGER, "manager@boutique.demo", "Demo-manager-2026", DEMO_TOTP_SECRET),
    DemoAccount(RoleName.EMPLOYE, "employe@boutique.demo", "Demo-employe-2026"),
    DemoAccount(RoleName.SUPPORT, "support@boutique.demo", "Demo-support-2026"),
    DemoAccount(RoleName.CLIENT, "client@boutique.demo", "Demo-client-2026"),
)

DEMO_ADMIN = DEMO_ACCOUNTS[0]

"""Connection passwords in the operating system's keyring (Windows Credential Manager,
macOS Keychain, Secret Service on Linux), never in a file.

The service is the reverse-DNS ``fr.boutique.backoffice`` (a bare ``backoffice`` could be
another program's); the user name is the profile's ``"<profile>:<user>"``. A password an
older version saved under the service ``backoffice`` is moved to the new name the first
time it is read (:func:`get_password`), and :func:`forget_password` removes both. Where no
keyring works, :func:`keyring_status` says why in French and nothing is written anywhere.

No Qt: the command line uses it too (through ``backoffice.connections``, which re-exports
it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backoffice.connections import ConnectionProfile

log = logging.getLogger(__name__)

KEYRING_SERVICE = "fr.boutique.backoffice"
LEGACY_KEYRING_SERVICES = ("backoffice",)  # before issue 14: moved on first read


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    reason: str  # French; empty when available
    backend: str = ""


def keyring_status() -> KeyringStatus:
    """Whether passwords can be kept in the OS keyring, and if not, a French reason."""
    try:
        import keyring
        from keyring.backends import fail
    except Exception as exc:
        return KeyringStatus(False, f"Le trousseau du système est inutilisable ({exc}).")
    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        return KeyringStatus(False, f"Le trousseau du système est inutilisable ({exc}).")
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring) or _is_null_backend(backend):
        return KeyringStatus(
            False,
            "Aucun trousseau de mots de passe n'est disponible sur cet ordinateur : "
            "le mot de passe sera demandé à chaque démarrage.",
            name,
        )
    backends = getattr(backend, "backends", None)
    if backends is not None and not backends:
        # A chainer with nothing behind it stores nothing.
        return KeyringStatus(
            False,
            "Aucun trousseau de mots de passe n'est disponible sur cet ordinateur : "
            "le mot de passe sera demandé à chaque démarrage.",
            name,
        )
    return KeyringStatus(True, "", name)


def _is_null_backend(backend: object) -> bool:
    try:
        from keyring.backends import null
    except ImportError:  # pragma: no cover - very old keyring
        return False
    return isinstance(backend, null.Keyring)


def store_password(profile: ConnectionProfile, password: str) -> KeyringStatus:
    """Put the password in the keyring; the returned status says whether that worked."""
    status = keyring_status()
    if not status.available:
        return status
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, profile.keyring_username, password)
    except (KeyringError, OSError, RuntimeError) as exc:
        log.warning("Could not store the password in the keyring: %s", exc)
        return KeyringStatus(
            False,
            f"Le trousseau a refusé d'enregistrer le mot de passe ({exc}) : "
            "il sera demandé à chaque démarrage.",
            status.backend,
        )
    return status


def get_password(profile: ConnectionProfile) -> str | None:
    if not keyring_status().available:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(KEYRING_SERVICE, profile.keyring_username)
        if password is None:
            password = _migrate_legacy_password(profile)
    except (KeyringError, OSError, RuntimeError) as exc:
        log.warning("Could not read the password from the keyring: %s", exc)
        return None
    return password


def _migrate_legacy_password(profile: ConnectionProfile) -> str | None:
    """The password an older version saved under a legacy service, moved to
    :data:`KEYRING_SERVICE` (left where it was if the keyring refuses the move)."""
    import keyring
    from keyring.errors import KeyringError

    for service in LEGACY_KEYRING_SERVICES:
        password = keyring.get_password(service, profile.keyring_username)
        if password is None:
            continue
        try:
            keyring.set_password(KEYRING_SERVICE, profile.keyring_username, password)
            keyring.delete_password(service, profile.keyring_username)
        except (KeyringError, OSError, RuntimeError) as exc:
            log.warning("Kept the password under the old keyring name: %s", exc)
        else:
            log.info(
                "Password of profile %s moved to keyring service %s", profile.name, KEYRING_SERVICE
            )
        return password
    return None


def forget_password(profile: ConnectionProfile) -> None:
    if not keyring_status().available:
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    for service in (KEYRING_SERVICE, *LEGACY_KEYRING_SERVICES):
        try:
            keyring.delete_password(service, profile.keyring_username)
        except PasswordDeleteError:
            pass  # nothing was stored
        except (KeyringError, OSError, RuntimeError) as exc:
            log.warning("Could not delete the password from the keyring: %s", exc)

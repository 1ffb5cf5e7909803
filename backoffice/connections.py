"""Saved connection profiles: where the shop's PostgreSQL server is, never its password.

Profiles live as JSON in the user's configuration folder (``config_dir()/connections.json``).
The password is kept only in the operating system's keyring (Windows Credential Manager,
macOS Keychain, Secret Service on Linux) under the service ``backoffice`` and the user name
``"<profile>:<user>"``. When no usable keyring exists (a headless Linux box, a locked-down
session), nothing is written anywhere and the connection dialog asks for the password at
every start, saying why.

This module has no Qt dependency so that the command line can use it too.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from backoffice import config

log = logging.getLogger(__name__)

KEYRING_SERVICE = "backoffice"
PROFILES_FILE = "connections.json"
SSL_MODES: tuple[str, ...] = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# Modes that check the server certificate against a CA: without a CA file libpq would
# silently look for ~/.postgresql/root.crt, which nobody in a shop knows about.
SSL_MODES_NEEDING_CA: frozenset[str] = frozenset({"verify-ca", "verify-full"})
DEFAULT_PORT = 5432


class ProfileError(ValueError):
    """A profile that cannot be used as it is; ``message`` is French, fit for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class ConnectionProfile:
    name: str
    host: str = "localhost"
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"
    sslrootcert: str | None = None
    # The user's choice; the password itself is only ever in the keyring.
    save_password: bool = True
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def keyring_username(self) -> str:
        return f"{self.name}:{self.user}"

    @property
    def label(self) -> str:
        """What the status bar shows: ``host/database``."""
        return f"{self.host}/{self.database}"

    def validate(self) -> None:
        if not self.name.strip():
            raise ProfileError("Donnez un nom à cette connexion.")
        if not self.host.strip():
            raise ProfileError("Indiquez le serveur (nom ou adresse IP).")
        if not isinstance(self.port, int) or not 0 < self.port < 65536:
            raise ProfileError("Le port doit être un nombre entre 1 et 65535.")
        if not self.database.strip():
            raise ProfileError("Indiquez le nom de la base de données.")
        if not self.user.strip():
            raise ProfileError("Indiquez l'utilisateur PostgreSQL.")
        if self.sslmode not in SSL_MODES:
            raise ProfileError(f"Mode TLS inconnu : {self.sslmode}.")
        if self.sslmode in SSL_MODES_NEEDING_CA:
            if not self.sslrootcert:
                raise ProfileError(
                    f"Le mode TLS « {self.sslmode} » vérifie le certificat du serveur : "
                    "choisissez le fichier de l'autorité de certification (CA)."
                )
            if not Path(self.sslrootcert).is_file():
                raise ProfileError(
                    f"Le fichier de l'autorité de certification est introuvable : "
                    f"{self.sslrootcert}"
                )

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        # Belt and braces: whatever someone adds to the dataclass later, a password
        # must never reach the JSON file.
        for key in list(data):
            if "password" in key.lower() and key != "save_password":
                del data[key]
        data["extra"] = {k: v for k, v in self.extra.items() if "password" not in k.lower()}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConnectionProfile:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["port"] = int(values.get("port", DEFAULT_PORT))
        return cls(**values)


# --- profile storage --------------------------------------------------------------------


def profiles_path() -> Path:
    return config.config_dir() / PROFILES_FILE


def _read_store() -> dict[str, Any]:
    path = profiles_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"default": None, "profiles": []}
    except (OSError, ValueError) as exc:
        # A damaged file should not stop the application: the user re-enters the
        # connection, which rewrites the file.
        log.warning("Ignoring unreadable connection profiles %s: %s", path, exc)
        return {"default": None, "profiles": []}
    if not isinstance(data, dict):
        return {"default": None, "profiles": []}
    data.setdefault("default", None)
    data.setdefault("profiles", [])
    return data


def _write_store(data: dict[str, Any]) -> None:
    path = profiles_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write then rename so that a crash never leaves half a file.
    fd, tmp = tempfile.mkstemp(prefix=".connections-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_profiles() -> list[ConnectionProfile]:
    profiles = []
    for item in _read_store()["profiles"]:
        try:
            profiles.append(ConnectionProfile.from_json(item))
        except (TypeError, ValueError) as exc:
            log.warning("Skipping an invalid connection profile: %s", exc)
    return profiles


def get_profile(name: str) -> ConnectionProfile | None:
    return next((p for p in load_profiles() if p.name == name), None)


def default_profile() -> ConnectionProfile | None:
    store = _read_store()
    profiles = load_profiles()
    chosen = next((p for p in profiles if p.name == store["default"]), None)
    return chosen or (profiles[0] if profiles else None)


def save_profile(profile: ConnectionProfile, *, make_default: bool = True) -> None:
    """Add or replace the profile with this name (the password is stored separately)."""
    store = _read_store()
    others = [p for p in store["profiles"] if p.get("name") != profile.name]
    store["profiles"] = [*others, profile.to_json()]
    if make_default or not store["default"]:
        store["default"] = profile.name
    _write_store(store)


def delete_profile(name: str) -> None:
    store = _read_store()
    removed = [p for p in store["profiles"] if p.get("name") == name]
    store["profiles"] = [p for p in store["profiles"] if p.get("name") != name]
    if store["default"] == name:
        store["default"] = store["profiles"][0]["name"] if store["profiles"] else None
    _write_store(store)
    for item in removed:
        with contextlib.suppress(TypeError, ValueError):
            forget_password(ConnectionProfile.from_json(item))


# --- keyring ----------------------------------------------------------------------------


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
        return keyring.get_password(KEYRING_SERVICE, profile.keyring_username)
    except (KeyringError, OSError, RuntimeError) as exc:
        log.warning("Could not read the password from the keyring: %s", exc)
        return None


def forget_password(profile: ConnectionProfile) -> None:
    if not keyring_status().available:
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, profile.keyring_username)
    except PasswordDeleteError:
        pass  # nothing was stored
    except (KeyringError, OSError, RuntimeError) as exc:
        log.warning("Could not delete the password from the keyring: %s", exc)


# --- URLs -------------------------------------------------------------------------------


def build_url(profile: ConnectionProfile, password: str | None) -> URL:
    """The SQLAlchemy URL (psycopg 3) for this profile; raises ProfileError if unusable."""
    profile.validate()
    query: dict[str, str] = {"sslmode": profile.sslmode}
    if profile.sslrootcert and profile.sslmode != "disable":
        query["sslrootcert"] = str(Path(profile.sslrootcert))
    return URL.create(
        "postgresql+psycopg",
        username=profile.user,
        password=password or None,
        host=profile.host.strip(),
        port=profile.port,
        database=profile.database.strip(),
        query=query,
    )


def profile_from_url(url: str | URL, name: str = "Boutique") -> tuple[ConnectionProfile, str]:
    """A profile (and the password) from a PostgreSQL URL, to pre-fill the dialog when a URL
    given on the command line or in the environment does not work."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url) if isinstance(url, str) else url
    query = dict(parsed.query)
    sslmode = str(query.get("sslmode", "prefer"))
    rootcert = query.get("sslrootcert")
    profile = ConnectionProfile(
        name=name,
        host=parsed.host or "localhost",
        port=parsed.port or DEFAULT_PORT,
        database=parsed.database or "",
        user=parsed.username or "",
        sslmode=sslmode if sslmode in SSL_MODES else "prefer",
        sslrootcert=str(rootcert) if rootcert else None,
    )
    return profile, parsed.password or ""


def url_string(url: URL) -> str:
    """The URL as text with its password, for ``make_engine`` and Alembic."""
    return url.render_as_string(hide_password=False)


def load_default_profile_url() -> str | None:
    """The default profile's URL with its keyring password, or None if either is missing."""
    profile = default_profile()
    if profile is None:
        return None
    password = get_password(profile) if profile.save_password else None
    if password is None:
        # An empty string is a stored "no password" (trust or certificate auth).
        return None
    try:
        return url_string(build_url(profile, password))
    except ProfileError as exc:
        log.warning("The default connection profile is unusable: %s", exc.message)
        return None

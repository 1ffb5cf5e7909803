"""Saved connection profiles: where the shop's database server is, never its password.

A profile names a PostgreSQL or a MariaDB/MySQL server (``kind``), its TLS mode and the
shop's time zone (how the website's naive timestamps are read, see
:mod:`backoffice.shop_time`). Profiles live as JSON in the user's configuration folder
(``config_dir()/connections.json``). The password is kept only in the operating system's
keyring (Windows Credential Manager, macOS Keychain, Secret Service on Linux) under the
reverse-DNS service ``fr.boutique.backoffice`` (a bare ``backoffice`` could be another
program's) and the user name ``"<profile>:<user>"`` whatever the kind (the naming of the
first, PostgreSQL-only, versions); an older version's ``backoffice`` entry moves to the new
name when first read (``backoffice.keyring_store``). When no usable keyring exists (a
headless Linux box, a locked-down session), nothing is written anywhere and the connection
dialog asks for the password at every start, saying why.

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

from backoffice import config, shop_time, tls
from backoffice.db_topology import POOLER_PARAMETER, REPLICA_PARAMETER
from backoffice.i18n import QT_TRANSLATE_NOOP

# The passwords' side (the OS keyring) lives in backoffice.keyring_store; re-exported here,
# where the dialog and the command line have always found it.
from backoffice.keyring_store import (  # noqa: F401
    KEYRING_SERVICE,
    LEGACY_KEYRING_SERVICES,
    KeyringStatus,
    forget_password,
    get_password,
    keyring_status,
    store_password,
)
from backoffice.tls import (
    MYSQL_SSL_MODES,
    SSL_MODES,
    SSL_MODES_NEEDING_CA,
    SYSTEM_CAS,
    default_sslmode,
)

log = logging.getLogger(__name__)

PROFILES_FILE = "connections.json"

POSTGRESQL = "postgresql"
MYSQL = "mysql"  # MariaDB or MySQL, through PyMySQL
KINDS: tuple[str, ...] = (POSTGRESQL, MYSQL)
DEFAULT_PORTS: dict[str, int] = {POSTGRESQL: 5432, MYSQL: 3306}
DEFAULT_PORT = DEFAULT_PORTS[POSTGRESQL]
KIND_NAMES: dict[str, str] = {POSTGRESQL: "PostgreSQL", MYSQL: "MariaDB/MySQL"}

SSL_MODES_BY_KIND: dict[str, tuple[str, ...]] = {POSTGRESQL: SSL_MODES, MYSQL: MYSQL_SSL_MODES}


def unknown_sslmode_message(mode: str, kind: str = POSTGRESQL) -> str:
    return tls.unknown_sslmode_message(mode, SSL_MODES_BY_KIND.get(kind, SSL_MODES))


def check_sslmode(mode: str, kind: str = POSTGRESQL) -> str:
    """``mode`` if it is a known TLS mode; ProfileError (French) otherwise, never a silent
    fallback (``verify_full`` must not become ``prefer``)."""
    if mode not in SSL_MODES:
        raise ProfileError(unknown_sslmode_message(mode, kind))
    return mode


def postgres_tls_query(
    host: str | None, query: dict[str, Any], *, has_password: bool
) -> dict[str, str]:
    """:func:`backoffice.tls.postgres_tls_query`, refusing an unknown mode as ProfileError."""
    try:
        return tls.postgres_tls_query(host, query, has_password=has_password)
    except tls.UnknownTlsMode as exc:
        raise ProfileError(exc.message) from exc


class ProfileError(ValueError):
    """A profile that cannot be used as it is; ``message`` is French, fit for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class ConnectionProfile:
    name: str
    kind: str = POSTGRESQL  # POSTGRESQL or MYSQL (MariaDB or MySQL)
    host: str = "localhost"
    # None: the kind's usual port (5432, 3306), filled in on creation.
    port: int | None = None
    database: str = ""
    user: str = ""
    # Empty: the host's default (``verify-full`` for another machine, ``prefer`` here).
    sslmode: str = ""
    sslrootcert: str | None = None
    # The user's choice; the password itself is only ever in the keyring.
    save_password: bool = True
    extra: dict[str, str] = field(default_factory=dict)
    # The wall-clock zone of the website's naive timestamps (IANA name).
    shop_timezone: str = shop_time.DEFAULT_SHOP_TIMEZONE

    def __post_init__(self) -> None:
        if self.port is None:
            self.port = DEFAULT_PORTS.get(self.kind, DEFAULT_PORT)
        if not self.sslmode:
            self.sslmode = default_sslmode(self.host)
            if self.kind == POSTGRESQL and self.sslmode in SSL_MODES_NEEDING_CA:
                # Verified against the system's authorities unless a CA file is chosen.
                self.sslrootcert = self.sslrootcert or SYSTEM_CAS

    @property
    def keyring_username(self) -> str:
        # Unchanged since the PostgreSQL-only versions: saved passwords keep working.
        return f"{self.name}:{self.user}"

    @property
    def label(self) -> str:
        """What the status bar shows: ``host/database``."""
        return f"{self.host}/{self.database}"

    def validate(self) -> None:
        if not self.name.strip():
            raise ProfileError(QT_TRANSLATE_NOOP("connections", "Donnez un nom à cette connexion."))
        if not self.host.strip():
            raise ProfileError(
                QT_TRANSLATE_NOOP("connections", "Indiquez le serveur (nom ou adresse IP).")
            )
        if not isinstance(self.port, int) or not 0 < self.port < 65536:
            raise ProfileError(
                QT_TRANSLATE_NOOP("connections", "Le port doit être un nombre entre 1 et 65535.")
            )
        if not self.database.strip():
            raise ProfileError(
                QT_TRANSLATE_NOOP("connections", "Indiquez le nom de la base de données.")
            )
        if self.kind not in KINDS:
            raise ProfileError(
                QT_TRANSLATE_NOOP("connections", "Type de serveur inconnu : {kind}.").format(
                    kind=self.kind
                )
            )
        if not self.user.strip():
            raise ProfileError(
                QT_TRANSLATE_NOOP("connections", "Indiquez l'utilisateur de la base de données.")
            )
        if self.sslmode not in SSL_MODES:
            raise ProfileError(unknown_sslmode_message(self.sslmode, self.kind))
        if self.sslmode not in SSL_MODES_BY_KIND[self.kind]:
            raise ProfileError(
                QT_TRANSLATE_NOOP(
                    "connections",
                    "Le mode TLS « {mode} » n'existe pas pour {kind} : "
                    "choisissez « prefer », « require » ou un mode « verify ».",
                ).format(mode=self.sslmode, kind=KIND_NAMES[self.kind])
            )
        self.validate_timezone()
        if self.sslmode in SSL_MODES_NEEDING_CA:
            if not self.sslrootcert:
                raise ProfileError(
                    QT_TRANSLATE_NOOP(
                        "connections",
                        "Le mode TLS « {mode} » vérifie le certificat du serveur : "
                        "choisissez le fichier de l'autorité de certification (CA).",
                    ).format(mode=self.sslmode)
                )
            system_cas = self.kind == POSTGRESQL and self.sslrootcert == SYSTEM_CAS
            if not system_cas and not Path(self.sslrootcert).is_file():
                raise ProfileError(
                    QT_TRANSLATE_NOOP(
                        "connections",
                        "Le fichier de l'autorité de certification est introuvable : {path}",
                    ).format(path=self.sslrootcert)
                )

    def validate_timezone(self) -> None:
        """Raises ProfileError (French) unless ``shop_timezone`` names a known IANA zone."""
        try:
            shop_time.load_zone(self.shop_timezone)
        except shop_time.UnknownTimeZone as exc:
            raise ProfileError(exc.message) from exc

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
        # Profiles saved before MariaDB support have neither a kind nor a zone.
        kind = str(values.get("kind") or POSTGRESQL)
        values["kind"] = kind
        port = values.get("port")
        values["port"] = None if port is None else int(port)
        values["shop_timezone"] = str(
            values.get("shop_timezone") or shop_time.DEFAULT_SHOP_TIMEZONE
        )
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
    """Add or replace the profile with this name (the password is stored separately).

    Raises ProfileError (and writes nothing) for a profile that could not be used.
    """
    profile.validate()
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


# --- URLs -------------------------------------------------------------------------------


def mysql_tls_query(sslmode: str, ca_file: str | None) -> dict[str, str]:
    """The URL query that gives PyMySQL (through SQLAlchemy) this TLS mode.

    SQLAlchemy moves ``ssl_ca`` and ``ssl_check_hostname`` into PyMySQL's ``ssl`` dict, which
    makes TLS mandatory (PyMySQL fails when the server does not offer it). PyMySQL's own
    ``ssl_verify_cert``/``ssl_verify_identity`` must not be put in the URL: given with an
    ``ssl`` dict, PyMySQL rebuilds the dict from its (empty) ``ssl_ca`` argument, dropping the
    CA file, and then checks against the system's CAs without the server name.
    """
    if sslmode == "disable":
        return {"ssl_disabled": "true"}
    if sslmode == "require":
        # TLS is mandatory, the certificate is not checked (no CA: CERT_NONE).
        return {"ssl_check_hostname": "false"}
    if sslmode == "verify-ca":
        return {"ssl_ca": str(Path(ca_file or "")), "ssl_check_hostname": "false"}
    if sslmode == "verify-full":
        return {"ssl_ca": str(Path(ca_file or "")), "ssl_check_hostname": "true"}
    return {}  # "prefer": PyMySQL's default, TLS when the server offers it, unchecked


def build_url(profile: ConnectionProfile, password: str | None) -> URL:
    """The SQLAlchemy URL (psycopg 3 or PyMySQL) for this profile; raises ProfileError if
    unusable."""
    profile.validate()
    if profile.kind == MYSQL:
        drivername = "mysql+pymysql"
        query = {"charset": "utf8mb4", **mysql_tls_query(profile.sslmode, profile.sslrootcert)}
    else:
        drivername = "postgresql+psycopg"
        query = {"sslmode": profile.sslmode}
        if profile.sslrootcert and profile.sslmode != "disable":
            query["sslrootcert"] = str(Path(profile.sslrootcert))
        binding = profile.extra.get("channel_binding")
        if binding:
            query["channel_binding"] = binding  # e.g. "prefer" for a server still on md5
        # A transaction pooler, a read replica (backoffice.db_topology reads them).
        for key in (POOLER_PARAMETER, REPLICA_PARAMETER):
            if value := profile.extra.get(key):
                query[key] = value
        query.update(postgres_tls_query(profile.host, query, has_password=bool(password)))
    return URL.create(
        drivername,
        username=profile.user,
        password=password or None,
        host=profile.host.strip(),
        port=profile.port,
        database=profile.database.strip(),
        query=query,
    )


def _true(value: object) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def _mysql_tls_from_query(query: dict[str, Any]) -> tuple[str, str | None]:
    """The TLS mode and CA file of a MySQL URL (ours, or PyMySQL's own ``ssl_verify_*``)."""
    ca = query.get("ssl_ca")
    ca_file = str(ca) if ca else None
    if _true(query.get("ssl_disabled", "")):
        return "disable", None
    if _true(query.get("ssl_verify_identity", "")):
        return "verify-full", ca_file
    if _true(query.get("ssl_verify_cert", "")):
        return "verify-ca", ca_file
    if ca_file:
        checks_name = str(query.get("ssl_check_hostname", "true")).lower() != "false"
        return ("verify-full" if checks_name else "verify-ca"), ca_file
    if "ssl_check_hostname" in query or "ssl_verify_cert" in query:
        return "require", None
    # Our own spelling, as typed in a URL (``?sslmode=verify-full``).
    if "sslmode" in query:
        return check_sslmode(str(query["sslmode"]), MYSQL), ca_file
    return "", None  # the host's default


def profile_from_url(
    url: str | URL,
    name: str = "Boutique",
    *,
    shop_timezone: str = shop_time.DEFAULT_SHOP_TIMEZONE,
) -> tuple[ConnectionProfile, str]:
    """A profile (and the password) from a PostgreSQL or MySQL URL, to pre-fill the dialog
    when a URL given on the command line or in the environment does not work."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url) if isinstance(url, str) else url
    query = dict(parsed.query)
    if parsed.get_backend_name() in ("mysql", "mariadb"):
        kind = MYSQL
        sslmode, rootcert = _mysql_tls_from_query(query)
    else:
        kind = POSTGRESQL
        # Unknown modes are refused, never replaced (``verify_full`` is not ``prefer``).
        sslmode = check_sslmode(str(query["sslmode"])) if "sslmode" in query else ""
        cert = query.get("sslrootcert")
        rootcert = str(cert) if cert else None
        remote_default = default_sslmode(parsed.host) in SSL_MODES_NEEDING_CA
        if not sslmode and rootcert is None and remote_default:
            rootcert = SYSTEM_CAS  # as normalize_url does for such a URL
    extra = {k: str(query[k]) for k in (POOLER_PARAMETER, REPLICA_PARAMETER) if query.get(k)}
    profile = ConnectionProfile(
        name=name,
        kind=kind,
        extra=extra,
        host=parsed.host or "localhost",
        port=parsed.port or DEFAULT_PORTS[kind],
        database=parsed.database or "",
        user=parsed.username or "",
        sslmode=sslmode,
        sslrootcert=rootcert,
        shop_timezone=shop_timezone,
    )
    return profile, parsed.password or ""


def url_string(url: URL) -> str:
    """The URL as text with its password, for ``make_engine`` and Alembic."""
    return url.render_as_string(hide_password=False)


def load_default_connection() -> tuple[ConnectionProfile, str] | None:
    """The default profile and its URL with the keyring password, or None if either is
    missing. Asks the keyring: call it off the GUI thread. The caller applies
    ``profile.shop_timezone`` (``shop_time.set_shop_timezone``) before making the engine."""
    profile = default_profile()
    if profile is None:
        return None
    password = get_password(profile) if profile.save_password else None
    if password is None:
        # An empty string is a stored "no password" (trust or certificate auth).
        return None
    try:
        return profile, url_string(build_url(profile, password))
    except ProfileError as exc:
        log.warning("The default connection profile is unusable: %s", exc.message)
        return None


def load_default_profile_url() -> str | None:
    """The default profile's URL with its keyring password, or None if either is missing."""
    found = load_default_connection()
    return found[1] if found else None

"""Connection profiles: JSON on disk without the password, the password in the keyring only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError, PasswordSetError
from sqlalchemy.engine import make_url

from backoffice import config, connections
from backoffice.connections import ConnectionProfile, ProfileError

SECRET = "s3cr3t-pa%ss:word@"


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring, so tests never touch the developer's real one."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("trousseau verrouillé")


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(config, "config_dir", lambda: tmp_path)
    monkeypatch.delenv(config.ENV_DATABASE_URL, raising=False)
    return tmp_path


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def _profile(**overrides: object) -> ConnectionProfile:
    values: dict[str, object] = {
        "name": "Boutique",
        "host": "db.boutique.fr",
        "port": 5433,
        "database": "boutique",
        "user": "backoffice",
        "sslmode": "require",
    }
    values.update(overrides)
    return ConnectionProfile(**values)  # type: ignore[arg-type]


def test_profile_round_trip(config_dir: Path, memory_keyring: MemoryKeyring) -> None:
    connections.save_profile(_profile())
    connections.save_profile(_profile(name="Test", host="localhost"), make_default=False)

    loaded = connections.load_profiles()
    assert [p.name for p in loaded] == ["Boutique", "Test"]
    assert loaded[0] == _profile()
    assert connections.default_profile() == _profile()
    assert connections.get_profile("Test").host == "localhost"  # type: ignore[union-attr]

    # Saving again with the same name replaces, it does not duplicate.
    connections.save_profile(_profile(port=5432))
    assert [p.port for p in connections.load_profiles() if p.name == "Boutique"] == [5432]

    connections.delete_profile("Boutique")
    assert connections.default_profile().name == "Test"  # type: ignore[union-attr]


def test_password_never_in_json(config_dir: Path, memory_keyring: MemoryKeyring) -> None:
    profile = _profile()
    connections.save_profile(profile)
    status = connections.store_password(profile, SECRET)

    assert status.available
    raw = connections.profiles_path().read_text(encoding="utf-8")
    assert SECRET not in raw
    assert "s3cr3t" not in raw
    assert all(
        "password" not in key or key == "save_password" for key in json.loads(raw)["profiles"][0]
    )
    assert memory_keyring.store == {("fr.boutique.backoffice", "Boutique:backoffice"): SECRET}
    assert connections.get_password(profile) == SECRET

    url = connections.load_default_profile_url()
    assert url is not None
    parsed = make_url(url)
    assert parsed.password == SECRET
    assert (parsed.host, parsed.port, parsed.database) == ("db.boutique.fr", 5433, "boutique")

    connections.delete_profile("Boutique")
    assert memory_keyring.store == {}


def test_build_url_verify_full_requires_ca(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="autorité de certification"):
        connections.build_url(_profile(sslmode="verify-full"), "x")
    with pytest.raises(ProfileError, match="introuvable"):
        connections.build_url(
            _profile(sslmode="verify-full", sslrootcert=str(tmp_path / "absent.crt")), "x"
        )

    ca = tmp_path / "ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    url = connections.build_url(_profile(sslmode="verify-full", sslrootcert=str(ca)), SECRET)
    assert url.drivername == "postgresql+psycopg"
    # A password over verified TLS: SCRAM must bind the sign-in to the channel.
    assert url.query == {
        "sslmode": "verify-full",
        "sslrootcert": str(ca),
        "channel_binding": "require",
    }
    assert url.password == SECRET
    # The rendered URL survives a round trip even with '%', ':' and '@' in the password.
    assert make_url(connections.url_string(url)).password == SECRET


def test_build_url_rejects_bad_values() -> None:
    with pytest.raises(ProfileError):
        connections.build_url(_profile(sslmode="sometimes"), "x")
    with pytest.raises(ProfileError):
        connections.build_url(_profile(port=0), "x")
    with pytest.raises(ProfileError):
        connections.build_url(_profile(database=""), "x")
    url = connections.build_url(_profile(sslmode="disable", sslrootcert="/ignored"), None)
    assert url.query == {"sslmode": "disable"}
    assert url.password is None


def test_no_keyring(config_dir: Path, no_keyring: None) -> None:
    status = connections.keyring_status()
    assert not status.available
    assert "trousseau" in status.reason

    profile = _profile()
    connections.save_profile(profile)
    stored = connections.store_password(profile, SECRET)
    assert not stored.available
    assert connections.get_password(profile) is None
    # No password anywhere: the app must open the dialog instead of guessing.
    assert connections.load_default_profile_url() is None
    assert config.resolve_database_url(None) is None
    assert SECRET not in connections.profiles_path().read_text(encoding="utf-8")


def test_keyring_refusing_to_store(config_dir: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(RefusingKeyring())
    try:
        status = connections.store_password(_profile(), SECRET)
    finally:
        keyring.set_keyring(previous)
    assert not status.available
    assert "verrouillé" in status.reason


def test_no_profile_means_no_url(config_dir: Path, memory_keyring: MemoryKeyring) -> None:
    assert connections.load_profiles() == []
    assert connections.load_default_profile_url() is None
    # A damaged file is ignored rather than crashing the start-up.
    connections.profiles_path().write_text("{not json", encoding="utf-8")
    assert connections.load_profiles() == []


def test_default_profile_gives_the_url(config_dir: Path, memory_keyring: MemoryKeyring) -> None:
    profile = _profile(sslmode="prefer")
    connections.save_profile(profile)
    connections.store_password(profile, SECRET)
    assert config.resolve_database_url(None) is None  # the profile is asked separately
    found = connections.load_default_connection()
    assert found is not None
    assert make_url(found[1]).query["sslmode"] == "prefer"
    assert config.resolve_database_url("sqlite:///x.db") == "sqlite:///x.db"


def test_profile_from_url() -> None:
    profile, password = connections.profile_from_url(
        "postgresql+psycopg://bo:pa%40ss@db.boutique.fr:5433/boutique?sslmode=require"
    )
    assert (profile.host, profile.port, profile.database, profile.user) == (
        "db.boutique.fr",
        5433,
        "boutique",
        "bo",
    )
    assert profile.sslmode == "require"
    assert password == "pa@ss"


# --- MariaDB/MySQL profiles, the shop's time zone ---------------------------------------


@pytest.fixture
def ca_file(tmp_path: Path) -> Path:
    """A real (self-signed) CA certificate, so that PyMySQL can load it."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Boutique test CA")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path = tmp_path / "ca.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


@pytest.fixture
def restore_shop_timezone() -> Iterator[None]:
    from backoffice import shop_time

    before = shop_time.shop_timezone().key
    try:
        yield
    finally:
        shop_time.set_shop_timezone(before)


def test_profile_round_trip_with_kind_and_zone(
    config_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    profile = _profile(
        kind="mysql", port=3307, sslmode="disable", shop_timezone="America/Martinique"
    )
    connections.save_profile(profile)
    connections.store_password(profile, SECRET)

    stored = json.loads(connections.profiles_path().read_text(encoding="utf-8"))
    item = stored["profiles"][0]
    assert (item["kind"], item["port"], item["shop_timezone"]) == (
        "mysql",
        3307,
        "America/Martinique",
    )
    assert SECRET not in json.dumps(stored)
    assert connections.default_profile() == profile
    # The keyring account has not changed with the kind: "<profile>:<user>".
    assert memory_keyring.store == {("fr.boutique.backoffice", "Boutique:backoffice"): SECRET}

    found = connections.load_default_connection()
    assert found is not None
    loaded, url = found
    assert loaded.shop_timezone == "America/Martinique"
    assert make_url(url).drivername == "mysql+pymysql"
    assert make_url(url).password == SECRET


def test_default_port_follows_the_kind() -> None:
    assert ConnectionProfile(name="a").port == 5432
    assert ConnectionProfile(name="a", kind="mysql").port == 3306
    assert ConnectionProfile(name="a", kind="mysql", port=3310).port == 3310


def test_old_profile_json_loads_as_postgresql_paris(
    config_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    """A connections.json written before MariaDB support: no kind, no zone."""
    old = {
        "default": "Boutique",
        "profiles": [
            {
                "name": "Boutique",
                "host": "db.boutique.fr",
                "port": 5433,
                "database": "boutique",
                "user": "backoffice",
                "sslmode": "require",
                "sslrootcert": None,
                "save_password": True,
                "extra": {},
            }
        ],
    }
    connections.profiles_path().write_text(json.dumps(old), encoding="utf-8")
    # Its password, saved by the earlier version, is still found.
    memory_keyring.store[("backoffice", "Boutique:backoffice")] = SECRET

    profile = connections.default_profile()
    assert profile == _profile()
    assert profile is not None
    assert (profile.kind, profile.shop_timezone) == ("postgresql", "Europe/Paris")
    url = connections.load_default_profile_url()
    assert url is not None and make_url(url).drivername == "postgresql+psycopg"
    assert make_url(url).password == SECRET


def test_mysql_url_per_tls_mode(ca_file: Path) -> None:
    def query(mode: str, ca: str | None = None) -> dict[str, str]:
        profile = _profile(kind="mysql", port=3306, sslmode=mode, sslrootcert=ca)
        url = connections.build_url(profile, SECRET)
        assert url.drivername == "mysql+pymysql"
        assert (url.host, url.port, url.database, url.username, url.password) == (
            "db.boutique.fr",
            3306,
            "boutique",
            "backoffice",
            SECRET,
        )
        return dict(url.query)

    assert query("disable", "/ignored") == {"charset": "utf8mb4", "ssl_disabled": "true"}
    assert query("prefer") == {"charset": "utf8mb4"}
    assert query("require") == {"charset": "utf8mb4", "ssl_check_hostname": "false"}
    assert query("verify-ca", str(ca_file)) == {
        "charset": "utf8mb4",
        "ssl_ca": str(ca_file),
        "ssl_check_hostname": "false",
    }
    assert query("verify-full", str(ca_file)) == {
        "charset": "utf8mb4",
        "ssl_ca": str(ca_file),
        "ssl_check_hostname": "true",
    }
    # MySQL clients know no "allow"; the "verify" modes need the CA file.
    with pytest.raises(ProfileError, match="n'existe pas pour MariaDB/MySQL"):
        query("allow")
    with pytest.raises(ProfileError, match="autorité de certification"):
        query("verify-full")


def _pymysql_connection(url_text: str) -> Any:
    """What PyMySQL is given for this URL (through SQLAlchemy), without connecting."""
    import pymysql
    from sqlalchemy import create_engine

    url = make_url(url_text)
    engine = create_engine(url)
    try:
        _args, kwargs = engine.dialect.create_connect_args(url)
    finally:
        engine.dispose()
    return kwargs, pymysql.connections.Connection(defer_connect=True, **kwargs)


def test_mysql_verify_full_connect_args_check_the_ca_and_the_name(ca_file: Path) -> None:
    import ssl

    profile = _profile(kind="mysql", port=3306, sslmode="verify-full", sslrootcert=str(ca_file))
    url = connections.url_string(connections.build_url(profile, SECRET))
    kwargs, connection = _pymysql_connection(url)

    assert kwargs["ssl"] == {"ca": str(ca_file), "check_hostname": True}
    assert kwargs["charset"] == "utf8mb4"
    # PyMySQL would rebuild the ssl dict without the CA from these: never sent.
    assert not {"ssl_verify_cert", "ssl_verify_identity", "ssl_disabled"} & set(kwargs)
    assert connection._ssl_required  # no clear-text fallback
    assert connection.ctx.verify_mode == ssl.CERT_REQUIRED
    assert connection.ctx.check_hostname is True
    # Only our CA is trusted, not the system's.
    cas = connection.ctx.get_ca_certs()
    assert [dict(entry[0] for entry in ca["subject"])["commonName"] for ca in cas] == [
        "Boutique test CA"
    ]


def test_mysql_other_tls_modes_reach_pymysql(ca_file: Path) -> None:
    import ssl

    def connection(mode: str, ca: str | None = None) -> Any:
        profile = _profile(kind="mysql", port=3306, sslmode=mode, sslrootcert=ca)
        return _pymysql_connection(connections.url_string(connections.build_url(profile, "x")))[1]

    disabled = connection("disable")
    assert not disabled.ssl
    required = connection("require")
    assert required.ssl and required._ssl_required
    assert required.ctx.verify_mode == ssl.CERT_NONE
    verify_ca = connection("verify-ca", str(ca_file))
    assert verify_ca._ssl_required
    assert verify_ca.ctx.verify_mode == ssl.CERT_REQUIRED
    assert verify_ca.ctx.check_hostname is False
    assert len(verify_ca.ctx.get_ca_certs()) == 1
    preferred = connection("prefer")
    assert preferred.ssl and not preferred._ssl_required


def test_profile_from_mysql_url(ca_file: Path) -> None:
    profile, password = connections.profile_from_url(
        f"mysql+pymysql://bo:pa%40ss@db.boutique.fr/boutique?charset=utf8mb4&ssl_ca={ca_file}",
        shop_timezone="Indian/Reunion",
    )
    assert (profile.kind, profile.port, profile.sslmode, profile.sslrootcert) == (
        "mysql",
        3306,
        "verify-full",
        str(ca_file),
    )
    assert profile.shop_timezone == "Indian/Reunion"
    assert password == "pa@ss"
    # Our own URLs read back as the same mode.
    for mode in ("disable", "prefer", "require", "verify-ca", "verify-full"):
        built = _profile(kind="mysql", port=3306, sslmode=mode, sslrootcert=str(ca_file))
        again, _ = connections.profile_from_url(connections.build_url(built, "x"))
        # "prefer" is PyMySQL's default, so a URL without TLS settings: the host's default.
        expected = connections.default_sslmode(built.host) if mode == "prefer" else mode
        assert again.sslmode == expected
    # PyMySQL's own parameters, as a URL typed by hand may have them.
    typed, _ = connections.profile_from_url(
        "mariadb://bo@db/boutique?ssl_ca=/ca.pem&ssl_verify_cert=true"
    )
    assert (typed.kind, typed.sslmode) == ("mysql", "verify-ca")


def test_unknown_zone_refused_and_nothing_saved(
    config_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    profile = _profile(shop_timezone="Europe/Pariss")
    with pytest.raises(ProfileError) as caught:
        connections.save_profile(profile)
    assert caught.value.message.startswith("Fuseau horaire inconnu : « Europe/Pariss »")
    with pytest.raises(ProfileError, match="Fuseau horaire inconnu"):
        connections.build_url(profile, SECRET)
    assert not connections.profiles_path().exists()
    assert connections.load_profiles() == []

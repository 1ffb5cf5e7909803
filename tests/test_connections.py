"""Connection profiles: JSON on disk without the password, the password in the keyring only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

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
    assert memory_keyring.store == {("backoffice", "Boutique:backoffice"): SECRET}
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
    assert url.query == {"sslmode": "verify-full", "sslrootcert": str(ca)}
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


def test_default_profile_feeds_resolve_database_url(
    config_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    profile = _profile(sslmode="prefer")
    connections.save_profile(profile)
    connections.store_password(profile, SECRET)
    url = config.resolve_database_url(None)
    assert url is not None
    assert make_url(url).query["sslmode"] == "prefer"
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

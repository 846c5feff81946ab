from __future__ import annotations

from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.engines import secrets
from app.engines.errors import CloudConfigError
from app.engines.secrets import KeyringUnavailableError


class PlaintextKeyring(KeyringBackend):
    """Shaped like keyrings.alt's file backend: must be refused."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.written: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.written.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.written.pop((service, username))


@pytest.fixture
def restore_keyring() -> Any:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def test_round_trip_per_endpoint(memory_keyring: Any) -> None:
    secrets.set_api_key("https://a.example/v1", " key-a ")
    secrets.set_api_key("https://b.example/v1", "key-b")
    assert secrets.get_api_key("https://a.example/v1") == "key-a"
    assert secrets.get_api_key("https://b.example/v1") == "key-b"
    assert secrets.get_api_key("https://c.example/v1") is None
    assert secrets.delete_api_key("https://a.example/v1")
    assert not secrets.delete_api_key("https://a.example/v1")
    assert secrets.get_api_key("https://a.example/v1") is None


def test_empty_key_is_refused(memory_keyring: Any) -> None:
    with pytest.raises(CloudConfigError, match="empty"):
        secrets.set_api_key("https://a.example/v1", "  ")


@pytest.mark.usefixtures("restore_keyring")
def test_plaintext_backend_is_refused_and_nothing_is_written() -> None:
    backend = PlaintextKeyring()
    keyring.set_keyring(backend)
    with pytest.raises(KeyringUnavailableError, match="no secure keyring"):
        secrets.set_api_key("https://a.example/v1", "sk-secret")
    assert backend.written == {}


@pytest.mark.usefixtures("restore_keyring")
def test_no_keyring_gives_a_clear_message() -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailableError, match="install and unlock"):
        secrets.get_api_key("https://a.example/v1")

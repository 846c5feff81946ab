"""API keys in the OS keyring, and nowhere else.

Keys are stored per endpoint (service ``edgewise``, user = the endpoint URL).
A machine without a usable keyring gets ``KeyringUnavailableError`` and the
cloud stays off. A plaintext backend (``keyrings.alt`` makes one the default
when installed) is refused: it would leave the key in a file.
"""

from __future__ import annotations

from typing import Any

from app.engines.errors import CloudConfigError

SERVICE = "edgewise"


class KeyringUnavailableError(CloudConfigError):
    """No secure keyring backend is available on this machine."""


def _backends(backend: Any) -> list[Any]:
    inner = getattr(backend, "backends", None)
    return list(inner) if inner else [backend]


def _is_insecure(backend: Any) -> bool:
    module = type(backend).__module__
    name = type(backend).__name__
    return (
        module.startswith("keyrings.alt")
        or "Plaintext" in name
        or module.startswith("keyring.backends.fail")
        or module.startswith("keyring.backends.null")
    )


def secure_backend() -> Any:
    """The keyring backend, after checking it keeps secrets out of plain files."""
    import keyring

    backend = keyring.get_keyring()
    usable = [b for b in _backends(backend) if not _is_insecure(b)]
    if not usable:
        raise KeyringUnavailableError(
            f"no secure keyring is available (found {type(backend).__name__}), so no API key "
            f"can be stored and the cloud stays off; fix: install and unlock your desktop "
            f"keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager)"
        )
    return backend


def get_api_key(endpoint: str) -> str | None:
    """The API key stored for ``endpoint``, or None when none is stored."""
    backend = secure_backend()
    value = backend.get_password(SERVICE, endpoint)
    return str(value) if value else None


def set_api_key(endpoint: str, key: str) -> None:
    """Store ``key`` for ``endpoint`` in the OS keyring."""
    if not key.strip():
        raise CloudConfigError("the API key is empty; fix: paste the key your admin gave you")
    secure_backend().set_password(SERVICE, endpoint, key.strip())


def delete_api_key(endpoint: str) -> bool:
    """Forget the key for ``endpoint``; returns whether one was stored."""
    import keyring.errors

    try:
        secure_backend().delete_password(SERVICE, endpoint)
    except keyring.errors.PasswordDeleteError:
        return False
    return True

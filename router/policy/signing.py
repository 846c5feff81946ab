"""Detached Ed25519 signatures for policy files.

Files on disk:

- ``NAME.key``: the admin's private key (PEM, PKCS#8, unencrypted; keep it
  off the laptops);
- ``NAME.pub``: the public key (PEM, SubjectPublicKeyInfo); copies go into
  the machine-wide policy folder, where they are the trusted keys;
- ``policy.toml.sig``: base64 of the 64-byte signature over the exact bytes
  of ``policy.toml``.

A key is named by its id: the first 16 hex digits of the SHA-256 of the raw
public key, printed by ``edgewise policy keygen`` and ``policy show``.
Errors from ``cryptography`` are translated into ``SignatureError`` here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIGNATURE_SUFFIX = ".sig"
PUBLIC_KEY_SUFFIX = ".pub"
PRIVATE_KEY_SUFFIX = ".key"


class SignatureError(Exception):
    """A key or signature that cannot be read or does not verify."""


@dataclass(frozen=True)
class TrustedKey:
    """A public key the machine trusts to sign admin policies."""

    key_id: str
    path: Path
    key: Ed25519PublicKey


def key_id(public_key: Ed25519PublicKey) -> str:
    """Short stable name of a public key (16 hex digits of its SHA-256)."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def generate_keypair(directory: Path, name: str) -> tuple[Path, Path, str]:
    """Write ``name.key`` (mode 0600) and ``name.pub`` in ``directory``.

    Returns the private key path, the public key path and the key id. Refuses
    to overwrite an existing key, which could lock every laptop out.
    """
    private_path = directory / f"{name}{PRIVATE_KEY_SUFFIX}"
    public_path = directory / f"{name}{PUBLIC_KEY_SUFFIX}"
    for path in (private_path, public_path):
        if path.exists():
            raise SignatureError(f"{path}: already exists; choose another --name or folder")
    directory.mkdir(parents=True, exist_ok=True)
    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    # Create the private key with restrictive permissions from the start.
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    public_path.write_bytes(public_pem)
    return private_path, public_path, key_id(private.public_key())


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """Read an Ed25519 private key written by ``generate_keypair``."""
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise SignatureError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except (ValueError, TypeError) as exc:
        raise SignatureError(
            f"{path}: is not an unencrypted PEM private key ({exc}); "
            "create one with `edgewise policy keygen`"
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SignatureError(
            f"{path}: is not an Ed25519 key; create one with `edgewise policy keygen`"
        )
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    """Read an Ed25519 public key (PEM)."""
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except OSError as exc:
        raise SignatureError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except (ValueError, TypeError) as exc:
        raise SignatureError(f"{path}: is not a PEM public key ({exc})") from None
    if not isinstance(key, Ed25519PublicKey):
        raise SignatureError(f"{path}: is not an Ed25519 public key")
    return key


def trusted_keys(policy_dir: Path) -> tuple[list[TrustedKey], list[str]]:
    """The ``*.pub`` keys in the machine-wide policy folder, and problems reading others."""
    keys: list[TrustedKey] = []
    problems: list[str] = []
    if not policy_dir.is_dir():
        return keys, problems
    for path in sorted(policy_dir.glob(f"*{PUBLIC_KEY_SUFFIX}")):
        try:
            public = load_public_key(path)
        except SignatureError as exc:
            problems.append(str(exc))
            continue
        keys.append(TrustedKey(key_id(public), path, public))
    return keys, problems


def sign_bytes(data: bytes, private_key: Ed25519PrivateKey) -> str:
    """The base64 text of the signature over ``data``."""
    return base64.b64encode(private_key.sign(data)).decode("ascii")


def sign_file(policy_path: Path, key_path: Path) -> Path:
    """Write ``policy_path.sig`` signed with the key at ``key_path``; returns its path."""
    private = load_private_key(key_path)
    sig_path = signature_path(policy_path)
    sig_path.write_text(sign_bytes(policy_path.read_bytes(), private) + "\n", encoding="ascii")
    return sig_path


def signature_path(policy_path: Path) -> Path:
    """Where the detached signature of ``policy_path`` lives."""
    return policy_path.with_name(policy_path.name + SIGNATURE_SUFFIX)


def verify_bytes(data: bytes, signature_text: str, keys: list[TrustedKey]) -> TrustedKey:
    """Return the trusted key whose signature over ``data`` is ``signature_text``.

    Raises ``SignatureError`` when the text is not a signature or no key verifies it.
    """
    try:
        signature = base64.b64decode(signature_text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("the signature is not base64 text") from None
    if len(signature) != 64:
        raise SignatureError("the signature is not an Ed25519 signature (64 bytes)")
    for trusted in keys:
        try:
            trusted.key.verify(signature, data)
        except InvalidSignature:
            continue
        return trusted
    raise SignatureError(
        "the signature does not match the file or any trusted key; "
        "the file was changed after signing or signed with another key — re-sign it with "
        "`edgewise policy sign FILE --key KEY`"
    )

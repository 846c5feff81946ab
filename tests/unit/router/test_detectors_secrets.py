"""Secrets and credentials: key blocks, token shapes, passwords in context, entropy."""

from __future__ import annotations

import base64

import pytest

from router.levels import Level
from tests.unit.router._detect import found, level_of, sensitive

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    "MIIEowIBAAKCAQEA1c7+9z5Pad7OejecsQ0bu3aozN3tihPmljnnudb9G3HECdnH\n"
    "-----END RSA PRIVATE KEY-----"
)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("key = AKIAIOSFODNN7EXAMPLE", "api_token", "AKIAIOSFODNN7EXAMPLE"),
        (
            "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB",
            "api_token",
            "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB",
        ),
        ("glpat-Abcdefghij0123456789xy", "api_token", "glpat-Abcdefghij0123456789xy"),
        ("xoxb-1234567890-abcdefghijKL", "api_token", "xoxb-1234567890-abcdefghijKL"),
        ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "api_token", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
        (
            "OPENAI_API_KEY=sk-proj-abcDEF1234567890ghijKLMN",
            "api_token",
            "sk-proj-abcDEF1234567890ghijKLMN",
        ),
        (
            "AIzaSyA1234567890abcdefghijklmnopqrstuv",
            "api_token",
            "AIzaSyA1234567890abcdefghijklmnopqrstuv",
        ),
        (f"Bearer {JWT}", "api_token", JWT),
        ('password = "hunter2x"', "credential", "hunter2x"),
        ("my password is Blue42!", "credential", "Blue42!"),
        ("pw:IhqSb1Gg", "credential", "IhqSb1Gg"),
        ('{"db_password": "s3cr3t-Pa55"}', "credential", "s3cr3t-Pa55"),
        ("mysql -u root -pS3cret99", "credential", "S3cret99"),
        ("postgres://app:Pa55w0rd@db.internal:5432/app", "credential", "Pa55w0rd"),
        ("CREATE USER bob IDENTIFIED BY 'SqLpa5sW0rD';", "credential", "SqLpa5sW0rD"),
        ('val password: String = "exord13Paw64"', "credential", "exord13Paw64"),
        ("Server=db;User Id=sa;Password=Xy9!kLm2;", "credential", "Xy9!kLm2"),
    ],
)
def test_finds_credentials(text: str, kind: str, value: str) -> None:
    assert value in found(text).get(kind, []), found(text)
    assert level_of(text) == Level.RESTRICTED


def test_private_key_block_is_one_span() -> None:
    text = f"here:\n{PEM}\nthanks"
    assert found(text)["private_key"] == [PEM]


def test_private_key_header_without_footer_is_still_found() -> None:
    assert "private_key" in found("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA")


def test_base64_wrapped_private_key_is_found() -> None:
    wrapped = base64.b64encode(PEM.encode()).decode()
    assert "private_key" in found(f"config: {wrapped}")


def test_secret_inside_json_and_code_block() -> None:
    text = '```json\n{"service": "billing", "api_key": "Zx81LmQ0pR7tY2vB9nK4"}\n```'
    assert "Zx81LmQ0pR7tY2vB9nK4" in found(text)["credential"]


def test_high_entropy_string_is_caught() -> None:
    text = "use xSd1FGfwoVOhRp3I2ygdcz4l1RQzqunVff1A8ejjoMJ4 for the upload"
    assert "high_entropy" in found(text)


def test_indirect_description_of_a_key() -> None:
    assert sensitive("the key starting with KEY and twelve characters")


@pytest.mark.parametrize(
    "text",
    [
        "sha1 3f786850e387550fdab836ed7e6dc881de23001b",  # a hash
        "id 123e4567-e89b-12d3-a456-426614174000",  # a UUID
        "the class VeryLongIdentifierNameForTesting2 is slow",
        'password = os.environ["DB_PASSWORD"]',
        "password = getpass()",
        "api_key = config.api_key",
        'password: "********"',
        'password = "<your password here>"',
        "Your password is too weak, choose a stronger one",
        "How do I reset my password?",
        "I forgot my password, what should I do?",
        'st.download_button(key="download_file_with_predictions")',
        "docker run -p 3838:3838 app",
        "ffmpeg -pass 1 -pix_fmt yuv420p out.mp4",
        "The test PIN is 0000, for demo?",
    ],
)
def test_ignores_look_alikes(text: str) -> None:
    assert not sensitive(text), found(text)

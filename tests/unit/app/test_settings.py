from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.settings import Settings, SettingsError


def test_missing_file_means_defaults(tmp_path: Path) -> None:
    assert Settings.load(tmp_path / "settings.json") == Settings()


def test_round_trip_is_atomic_and_has_no_secrets(tmp_path: Path) -> None:
    path = tmp_path / "s" / "settings.json"
    Settings(cloud_endpoint="https://gw/v1", cloud_model="m", threads=2).save(path)
    loaded = Settings.load(path)
    assert (loaded.cloud_endpoint, loaded.threads) == ("https://gw/v1", 2)
    assert "key" not in json.loads(path.read_text())
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_unknown_key_names_file_and_fix(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"api_key": "sk-1"}')
    with pytest.raises(SettingsError, match=r"settings\.json: unknown setting 'api_key'; fix"):
        Settings.load(path)
    assert path.read_text() == '{"api_key": "sk-1"}'  # never overwritten


def test_bad_json_and_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    with pytest.raises(SettingsError, match="cannot be read"):
        Settings.load(path)
    path.write_text('{"threads": 0}')
    with pytest.raises(SettingsError, match="threads"):
        Settings.load(path)
    path.write_text('{"cloud_auth_style": "basic"}')
    with pytest.raises(SettingsError, match="bearer, api-key"):
        Settings.load(path)

"""Device serials named by the device, the label they are on, or an IMEI's printed groups."""

from __future__ import annotations

import pytest

from router.detectors._device_values import _serial_shaped, find_device_values
from tests.unit.router._detect import found


def _values(text: str) -> list[str]:
    return sorted({text[a:b] for a, b in find_device_values(text)})


@pytest.mark.parametrize(
    "value", ["C02ZT4LKMD6R", "7HJ3K92", "PF3KQ8ZL", "5CG1234XYZ", "CN-0XJ9R7-74445-2AB-09WS"]
)
def test_serials_are_serial_shaped(value: str) -> None:
    assert _serial_shaped(value)


@pytest.mark.parametrize(
    "value", ["RTX4090", "U2720Q", "X1", "WH-1000XM4", "SM-G991B", "T14S", "M404N", "ABCDEFGH"]
)
def test_model_names_are_not(value: str) -> None:
    assert not _serial_shaped(value)


def test_imei_in_printed_groups_needs_its_check_digit() -> None:
    assert _values("lost phone 49 015420 323751 8") == ["49 015420 323751 8"]
    assert _values("lost phone 49 015420 323751 7") == []


def test_imei_after_its_cue_with_spaces() -> None:
    assert _values("imei of my phone: 35 118829 004455 2") == ["35 118829 004455 2"]


def test_serial_a_mac_shows() -> None:
    assert _values("her Mac shows C02FK3XJMD6R in About This Mac") == ["C02FK3XJMD6R"]
    # A MAC address after "mac" is the mac_address detector's, not a serial.
    assert _values("the lab router mac is 00-1B-63-84-45-E6") == []


def test_tagged_assets_and_numeric_yubikey_serials() -> None:
    assert _values("the tablet in reception tagged HTL-SG-0912 is the GM's") == ["HTL-SG-0912"]
    assert _values("yubikey 18842731 registered to associate O'Leary") == ["18842731"]
    assert _values("the ticket was tagged AS-IS by the team") == []


def test_a_number_under_the_battery_and_a_handover() -> None:
    text = "the long number under the battery on Steve's radio is 990-441-27613"
    assert _values(text) == ["990-441-27613"]
    assert _values("GCC-LPT-0913: Raj → Sunita") == ["GCC-LPT-0913"]
    assert _values("LIB-04417 is the laptop the student never returned") == ["LIB-04417"]


def test_a_device_named_in_the_site_scheme() -> None:
    assert _values("printer DC-PRN-031 at goods-in is jamming again") == ["DC-PRN-031"]
    assert _values("the headset WH-1000XM4 crackles") == []  # a model name


def test_value_before_the_label_it_is_printed_on() -> None:
    text = "the router shows 4KX-2231-PL9 on the bottom label"
    assert _values(text) == ["4KX-2231-PL9"]


def test_a_value_read_off_the_device() -> None:
    assert _values("the number on it is 20931177") == ["20931177"]
    assert _values("the number on it is 42") == []


def test_example_values_are_left_alone() -> None:
    assert _values("the example laptop C02ZT4LKMD6R in the docs") == []


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "piece", ["sticker ", "A1-", "laptop A1", "A1 on the label ", "number on it is ", "12 345678 "]
)
def test_long_adversarial_strings_finish(piece: str) -> None:
    assert isinstance(list(find_device_values(piece * (200_000 // len(piece)))), list)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("radio ser. 4471-0092 fails the check", "4471-0092"),
        ("the till with the sticker GCC-POS-017 is dead again", "GCC-POS-017"),
        ("asset sticker LT-0442 fell off my laptop", "LT-0442"),
    ],
)
def test_serials_after_ser_or_on_a_sticker(text: str, value: str) -> None:
    assert value in found(text).get("device_id", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the sticker FRAGILE fell off the box",
        "the sticker 2024 is out of date",
        "the server 4471 is down",
    ],
)
def test_stickers_without_a_serial(text: str) -> None:
    assert "device_id" not in found(text), found(text)


def test_numbered_imei_slots() -> None:
    text = "IMEI1 861724045531920 IMEI2 861724045531938 - Oppo A78, came in with water damage"
    assert found(text).get("device_id") == ["861724045531920", "861724045531938"], found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Priya's adobe seat 8VQ2-KX7P-4MNR-Z3TW moving to Jess, pls reassign",
            "8VQ2-KX7P-4MNR-Z3TW",
        ),
        ("product key 8VQ2-KX7P-4MNR-Z3TW", "8VQ2-KX7P-4MNR-Z3TW"),
    ],
)
def test_licence_keys_in_four_groups_of_four(text: str, value: str) -> None:
    assert value in found(text).get("device_id", []), found(text)


@pytest.mark.parametrize(
    "text",
    ["the licence key format is XXXX-XXXX-XXXX-XXXX", "order ABCD-1234-EFGH-5678 shipped today"],
)
def test_four_groups_of_four_that_are_no_key(text: str) -> None:
    assert "device_id" not in found(text), found(text)

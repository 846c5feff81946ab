"""Personal data: contact details, network identifiers, addresses, names, ages."""

from __future__ import annotations

import pytest

from router.detectors import scan
from tests.unit.router._detect import found, sensitive


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("write to jane.doe+news@mail.acme.co.uk today", "email", "jane.doe+news@mail.acme.co.uk"),
        ("call me on +41 (0)85 806 98 67", "phone", "+41 (0)85 806 98 67"),
        ("my cell is 463-612-6138", "phone", "463-612-6138"),
        ("Phone:\n467 3395", "phone", "467 3395"),
        ("reach me at (08) 8747 6301 please", "phone", "(08) 8747 6301"),
        ("blocked address 41.176.181.243 again", "ip_address", "41.176.181.243"),
        (
            "from 6e40:4041:c617:e898:c11:40d2:c669:2eb4",
            "ip_address",
            "6e40:4041:c617:e898:c11:40d2:c669:2eb4",
        ),
        ("my laptop ip is 10.1.2.3", "ip_address", "10.1.2.3"),
        ("adapter 3C:22:FB:1A:2B:3C is down", "mac_address", "3C:22:FB:1A:2B:3C"),
        ("I live at 12 Main Street", "street_address", "12 Main Street"),
        ("send it to 6750 Koskikatu 25", "street_address", "6750 Koskikatu 25"),
        ("PSC 0729, Box 5797 APO AP 96854", "street_address", "PSC 0729, Box 5797 APO AP 96854"),
        ("ZIP: 75534-030", "postal_code", "75534-030"),
        ("DOB: 11/3/1995", "date_of_birth", "11/3/1995"),
        ("I was born on March 3, 1987", "date_of_birth", "March 3, 1987"),
        ("I just turned 46", "age", "46"),
        ("my mum is 82 and lives alone", "age", "82"),
        ("validate my number 0161 496 0000 please", "phone", "0161 496 0000"),
        ("she's not answering at 78 651 450", "phone", "78 651 450"),
        ("my postcode is M1 1AE", "postal_code", "M1 1AE"),
        ("send it to 688 rue du centre 320, apt. 169", "street_address", "688 rue du centre"),
        ("send it to 688 rue du centre 320, apt. 169", "street_address", "apt. 169"),
        ("ship to 5586 Þórunnarstræti 31, Arnsdorf", "street_address", "5586 Þórunnarstræti 31"),
        ("it's on the corner of 35 Pentelis Str. and Main", "street_address", "35 Pentelis Str."),
        ("my new address is 12 Kingsway, Leeds", "location", "12 Kingsway, Leeds"),
        ("This 74 year old female complaining of pain", "age", "74"),
        ("My name is Sarah Connor", "person_name", "Sarah Connor"),
        ("Please correct it to Mr. Fábio Barros?", "person_name", "Fábio Barros"),
        ("Dear Manlio, thanks", "person_name", "Manlio"),
        ("please escalate to Maria Gonzalez today", "person_name", "Maria Gonzalez"),
        ("We moved here from Norway", "location", "Norway"),
        ("my gps coordinates are 59.3293, 18.0686", "location", "59.3293, 18.0686"),
        ("emrg cntct 4 Priya (yr2) = husband Arvind 8765 3321", "phone", "8765 3321"),
        ("next of kin: Mum, 0412 998 301", "phone", "0412 998 301"),
        ("bus broke down at 51.4816, -0.0082 with a passenger", "location", "51.4816, -0.0082"),
        ("Bank acct: 0192847365, Emirates NBD", "bank_account", "0192847365"),
        ("CCTV NVR on 10.0.7.200 still has the default admin login", "ip_address", "10.0.7.200"),
        ("router at the Durban branch is 172.16.8.1, dhcp broke", "ip_address", "172.16.8.1"),
    ],
)
def test_finds_personal_data(text: str, kind: str, value: str) -> None:
    assert value in found(text).get(kind, []), found(text)
    assert sensitive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Contact support@example.com for help",  # documentation domain
        "git clone git@github.com:org/repo.git",
        "Upgrade to version 1.2.3.4 now",
        "Bind the server to 127.0.0.1 or 0.0.0.0",
        "Sort the list [3, 1, 2] in 10 steps",
        "What is the capital of France?",
        "Explain the Pythagorean theorem with 3 examples",
        "Write a poem about a 27-year-old woman named Tessa",  # fiction invents people
        "Explain the book by Brian Christian",  # an author, not a customer
        "The meeting is at 3 pm on the 2nd floor",
        "compress files with zip files on Linux",
        "my pin is 4 digits, can i make it 6?",  # a length, not an age
        "my score is 85, is that good?",
        "call me on 03.05.2024 at 10 about the report",  # a date, not a number to dial
        "zip 5 files into one archive",
        "I sent 3 via email and it was apt 3 times over",
        "We moved to Kubernetes last year and now pods crash",  # a platform, not a place
        "they moved to production yesterday",
        "she lives on the edge, that one",
        "A regex for US phone formats (212) 736-5000 and 212-736-5000?",  # formats to match
        "our hotel's reservations line is printed on every brochure, 01 662 4000",
    ],
)
def test_ignores_look_alikes(text: str) -> None:
    assert not sensitive(text), found(text)


def test_private_address_alone_is_internal_not_confidential() -> None:
    hits = found("the redis node at 10.20.123.116:6379 is down")
    assert "private_ip" in hits
    assert "ip_address" not in hits


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "piece",
    [
        ".local",  # host suffixes everywhere
        "db-1.corp.",  # a host name that never ends
        "my room 12 ",  # hotel rooms without a hotel
        "i get on the bus at Thane station 7:40 every day ",  # commutes
        "the server room is on the ",  # locked rooms that never say where
        "tracker shows x at ",  # tracked positions
        "internal jenkins at 10.1.2.3 ",  # named systems
        "wfh from Lisbon ",  # stays that never say when
        "my flight BA117 lands at JFK ",  # trips
        "im ",
    ],
)
def test_whereabouts_and_network_cues_finish(piece: str) -> None:
    text = piece * (200_000 // len(piece))
    assert isinstance(scan(text), list)


def test_private_address_named_as_a_system_is_confidential() -> None:
    hits = found("the internal gitlab at 10.30.7.21:443 is down")
    assert hits.get("ip_address") == ["10.30.7.21"]
    assert "ip_address" not in found("how do I point the internal proxy at 10.30.7.21?")


def test_internal_host_names() -> None:
    assert found("db-prod-07.corp.internal refuses connections") == {
        "internal_host": ["db-prod-07.corp.internal"]
    }
    assert "internal_host" not in found("use host.docker.internal from a container")
    assert "internal_host" not in found("raspberrypi.local does not resolve")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "translate: 'VPN gateway vpn.greenleafgardens.co.za, group GL-Stores'",
            "vpn.greenleafgardens.co.za",
        ),
        ("our GlobalProtect portal is gp.greenleaf-corp.com", "gp.greenleaf-corp.com"),
        ("remote access server: ra2.hollins-freight.co.uk:4443", "ra2.hollins-freight.co.uk:4443"),
    ],
)
def test_vpn_gateways_are_the_network_s_own_hosts(text: str, value: str) -> None:
    assert value in found(text).get("internal_host", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "what is a VPN gateway?",
        "the VPN server is vpn.example.com in the docs",
        "VPN gateway: vpn.yourcompany.co.uk",
        "the demo VPN gateway is vpn.greenleaf.io",
    ],
)
def test_vpn_gateways_from_documentation(text: str) -> None:
    assert "internal_host" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "van tracker puts Lee at 51.4816, -0.1910 for two hours, lunch or a breakdown?",
            "51.4816, -0.1910",
        ),
        (
            "my run starting from 53.4084, -2.9916 which is literally my front door",
            "53.4084, -2.9916",
        ),
    ],
)
def test_coordinates_where_a_tracker_puts_someone_or_a_run_starts(text: str, value: str) -> None:
    assert value in found(text).get("location", []), found(text)


def test_coordinates_of_a_distance_problem() -> None:
    text = "compute the distance from 51.5072, -0.1276 to 48.8566, 2.3522"
    assert "location" not in found(text), found(text)

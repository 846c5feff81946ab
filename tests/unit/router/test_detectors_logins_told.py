"""Logins told in passing and accounts the world follows (written for these tests, not
taken from any data)."""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found, sensitive

TOLD = [
    ("log in as donor amara.osei to see why the booking vanished", "amara.osei"),
    ("the troll who keeps messaging the shop posts as @grey_gull77", "@grey_gull77"),
    ("username kpapadakis on the lab portal, locked out again", "kpapadakis"),
    ("till login rmorgan04 belongs to a lad who left in May, disable it", "rmorgan04"),
    ("she's registered as t.nkosi88 but her card shows another email", "t.nkosi88"),
    ("My account in the HR system is d.ferreira2 and I see someone else's payslip", "d.ferreira2"),
    ("uid=jvanderlinde dept=Sales status=disabled -- explain for HR", "jvanderlinde"),
    ("the tram app account jess.p.92 has 14 fare disputes", "jess.p.92"),
    ("la clienta dice que su usuario es rosa_m1972", "rosa_m1972"),
    ("Benutzername ist k.meier, gesperrt seit Montag", "k.meier"),
    ("the costume assistant's private insta @luz.del.set dm'd me", "@luz.del.set"),
    ("Zain is 15 and his Discord is ZainTheBrain, write to his parents", "ZainTheBrain"),
    ("our student rep's insta @lerato_rsa_99 got suspended", "@lerato_rsa_99"),
    ("disable jdupont's AD account, he was let go today", "jdupont"),
    ("eBay seller 'vintagevinylnan' is actually Pat Gorman from stores", "vintagevinylnan"),
    ("pakicheck ung account ni maricel.dlr sa HR portal", "maricel.dlr"),
    ("show login history for kbrennan on the broker portal", "kbrennan"),
]
PASS = [
    "the login page on the portal is broken",
    "my username field is greyed out",
    "log in as admin to change it",
    "what does uid=1000 mean in linux?",
    "const userId = json.id; why is it undefined?",
    "sign in as guest to test the wifi",
    "the test user logs in as demo.user01 on staging",
    "Taylor Swift's verified Instagram handle is @taylorswift, right? for a training slide",
    "the council's official X handle is @LeedsCC, add it to the poster",
    "my account v2 settings page is blank",
    "his steam is McDonald's wifi, it keeps dropping",
    "the council's insta @leedscc posted the bin dates",
    "disable everyone's account at 5pm on Friday",
    "login history for the admin account",
]


@pytest.mark.parametrize(("text", "login"), TOLD)
def test_logins_told_in_passing_are_found(text: str, login: str) -> None:
    assert login in found(text).get("account_profile", []), found(text)


@pytest.mark.parametrize("text", PASS)
def test_fields_pages_code_and_official_accounts_pass(text: str) -> None:
    assert not sensitive(text), found(text)


def test_a_handle_that_spells_its_owners_name_is_still_theirs() -> None:
    text = "Priya Kumar's handle is @priyakumar and she wants it off the staff page"
    assert "@priyakumar" in found(text).get("account_profile", []), found(text)

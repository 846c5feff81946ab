"""Flags and states an organisation's records give one person's account (written for
these tests, not taken from any data), next to questions about what the flags mean."""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found, sensitive

FLAGGED = [
    "summarise: account 7731-88 (L. Grant) closed, reopened, flagged 'vulnerable customer'",
    "staffing app profile for Chidi O.: status 'Do not book', reason 4 late cancellations",
    "guy's on our list as 'do not serve - abusive to staff', acct 90221, can I sell him a top-up?",
    "member 44120 is marked as deceased but her husband still gets the newsletter",
    "the lady's profile shows 'deceased' but she rang us this morning",
    "kmenon@ last signed in from a Bengaluru IP at 03:14 on Saturday",
    "Amit's directory account's disabled since we let him go Friday",
    "Admin view shows dpatel02 disabled since Friday but he's still in Domain Admins",
    "pwalsh locked out again",
    "why does Adaeze's profile say suspended since June",
    "bookworm_siobhan flagged for 9 lost items, show me what she has out",
    "dpatel_pharm logged in from two different IPs at the same time on Friday",
    "lucy.tran: MFA push denied 14 times between 01:00 and 01:20 then approved",
]
PASS = [
    "what does it mean when an account is flagged as vulnerable?",
    "how do we handle customers flagged as vulnerable in the app",
    "server status: OPERATIONAL for user 4412",
    "the order status is 'shipped' for 44120",
    "if a customer is flagged for fraud, who reviews it?",
    "what happens when an account is disabled?",
    "my excel macros got disabled after the update, how do i turn them back on?",
    "all users locked out after the update",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_flags_on_one_account_stay_local(text: str) -> None:
    assert "account_profile" in found(text), found(text)


@pytest.mark.parametrize("text", PASS)
def test_questions_and_system_states_pass(text: str) -> None:
    assert not sensitive(text), found(text)

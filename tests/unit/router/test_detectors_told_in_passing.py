"""Disclosures from the weakest categories' tuning sets (session 20) that no rule found:
a password by its shape where people log in, a wallet's seed words, a person named after
their role at work ("our ex-CTO ...", "employee ..."), a name next to a fraud's "fake
receipts", a supervisor's override code, a diabetic's hypo, a "med cert for" someone, a
chat pasted on one line, someone's dating profile passed round. Written for these tests
(not taken from any evaluation data), each next to look-alikes with the same words that
must not be flagged.
"""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found, sensitive


@pytest.mark.parametrize(
    "text",
    [
        "tidy this up: the Wi-Fi at the depot is Depot_Staff / WPA2 Harbour!DR#7731",
        "text my mum how to get into my old laptop: type Kitty@2001 at the login screen",
        "on the till the manager swipe + Sup3rvisor!4 unlocks price override, how do I refund?",
        "the school computer lab one is 'Ochi#8876' and the username is 'labteacher'",
        "seed for the treasury wallet, 12 words: ember canyon lemon frost spice humble "
        "ticket arrow maze sudden orient pluck. Safe in Notion?",
        "board summary please: our ex-CTO Oren Halevi copied the repo to a personal account",
        "employee Unai Goikoetxea asked for a standing desk for his back, what do we owe him?",
        "how do I word a reference for Michael Chen, dismissed over $9k of fake Uber receipts?",
        "till supervisor override code is 6619, remind me the refund steps",
        "driver Amrit is type 1 and had a hypo at the wheel on Tuesday, how do I tell fleet?",
        "med cert for Niamh says stress and insomnia, 4 wks. does HR need that bit?",
        "chat: [21:14] Orla: did you wipe the cameras? [21:15] Cian: yes, all of them",
        "Dylan screenshotted Priya's hinge profile and put it on the break-room board",
    ],
)
def test_disclosures_told_in_passing_are_found(text: str) -> None:
    assert sensitive(text)


@pytest.mark.parametrize(
    "text",
    [
        "our wifi password rules need a symbol, like Pass#2024, is that strong enough?",
        "the login page redesign is in #web-team, ping @dev-leads there",
        "if (a!=b) login(); why does the linter complain?",
        "how many words is a seed phrase, twelve or twenty four?",
        "Volkswagen CEO Herbert Diess welcomed the news, summarise the article",
        "Company X, with CEO Amy Williams, reported $30 billion: which company earned most?",
        "our customer Service Desk is slow this week, any tips for the queue?",
        "unit test fixture, all fake: name='Jane Testperson', phone='+1 202-555-0143'",
        "is the manager override code 4 or 6 digits on this epos?",
        "what should you do if someone has a hypo at work? first aid question",
        "where is the hypo kit kept in the depot?",
        "what should a med cert for the new hires contain?",
        "build log: [10:01] Note: started [10:02] Error: cache miss, why?",
        "can staff be disciplined for sharing someone's private messages?",
        "how do I screenshot my tinder profile so a friend can review it?",
    ],
)
def test_look_alikes_pass(text: str) -> None:
    assert not sensitive(text)


@pytest.mark.parametrize(
    "text",
    [
        "for the incident narrative: my colleague Sam was diagnosed with epilepsy after the fall",
        "reword the case narrative: her son was diagnosed with leukaemia in March",
        "client wants it in the Form E narrative: he was diagnosed with bipolar disorder in 2019",
    ],
)
def test_a_reports_narrative_is_no_fiction(text: str) -> None:
    # The rules read it, not only the model: "narrative" after a report's name is no story.
    assert "health" in found(text)


def test_a_narrative_in_a_story_prompt_is_still_fiction() -> None:
    text = (
        "the point is, narrative should force you to cooperate; the dragon was diagnosed with gout"
    )
    assert "health" not in found(text)

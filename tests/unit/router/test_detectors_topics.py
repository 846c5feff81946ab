"""Sensitive topics about a person, typo-tolerant, next to harmless look-alikes."""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found, sensitive


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I was diagnosed with diabetes last year", "health"),
        ("I was diagnosd with diabetis last year", "health"),
        ("can you summarise my dbts hstry", "financial_info"),
        ("my therapist says my anxiety is getting worse", "health"),
        ("I'm on antidepressants, can I still travel?", "health"),
        ("my salary is 52k, is that fair?", "financial_info"),
        ("I have a loan of 20k and two credit cards", "financial_info"),
        ("I clicked a phishing link yesterday", "incident"),
        ("my laptop was stolen from the car", "incident"),
        ("we got hacked last night", "incident"),
        ("a data breach exposed customer records in the billing system", "incident"),
        ("here are pictures of my kids for the badge", "personal_media"),
        ("my website is https://www.janedoe.me/", "account_profile"),
        ("My username is jdoe42", "account_profile"),
        ("Serial number: C02XK1ABJG5H", "device_id"),
        ("IMEI 356938035643809 of my phone", "device_id"),
    ],
)
def test_finds_topics(text: str, kind: str) -> None:
    assert kind in found(text), found(text)
    assert sensitive(text)


@pytest.mark.parametrize(
    "text",
    [
        "What allergies can the app track?",
        "How is diabetes diagnosed?",
        "Explain how ransomware spreads",
        "How do I protect against phishing?",
        "Write a story where the hero is hospitalized",
        "Craft me a deep learning curriculum",
        "Write good morning letter to the woman. Use humour",
        "cancel the order and send an expression of interest",
        "What is a credit score?",
        "Describe the symptoms of flu",
        "Compose an engaging travel blog post about a trip to Hawaii",
        "How can I photograph the northern lights?",
        "Which video codec is best for streaming?",
    ],
)
def test_ignores_look_alikes(text: str) -> None:
    assert not sensitive(text), found(text)

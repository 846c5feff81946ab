"""Short support and IT requests, written for these tests (not taken from any
evaluation data): sensitive ones must stay local, harmless look-alikes must not.

They cover contact details, ID numbers, financial data, credentials, health,
location and network data, account data, personal media, device serials and
incidents, with typos and dropped vowels.
"""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found, sensitive

SENSITIVE = [
    "hi, my email is tom.baker@gmail.com, can you update my profile",
    "pls call me back on 07700 900123",
    "my new phone number is +1 415 555 0132",
    "my ssn is 123-45-6780 and i need a tax form",
    "my passport number is 533380006, is that needed for travel booking?",
    "my driver licence no is D1234567",
    "can u check my credit card 4111 1111 1111 1111 was charged twice",
    "here is my bank account 12345678 sort code 12-34-56",
    "my routing number is 021000021",
    "the cvv on my card is 737",
    "my pin is 4921 and the atm ate my card",
    "my password is Tr0ub4dor&3 and it does not work",
    "my pasword is hunter22 pls reset",
    "here is my api key sk-abc123def456ghi789jkl012mno345pq",
    "the wifi password is BlueHouse2023!",
    "the key starting with KEY and twelve characters",
    "our aws key is AKIAIOSFODNN7EXAMPLE",
    "my github token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 stopped working",
    "i was diagnosed with depression and need to take leave",
    "i have diabetes and need a standing desk",
    "my son's asthma medication is not covered",
    "can you summarise my dbts hstry",
    "my salary was 4500 last month and the payslip is wrong",
    "i'm behind on my mortgage payments",
    "my credit score dropped to 540",
    "i live at 42 Elm Street, Springfield",
    "my home address is 221B Baker Street London",
    "im currently in Lisbon at the airport, laptop wont connect",
    "my ip is 203.0.113.45 and vpn fails",
    "my laptop mac address is 00:1A:2B:3C:4D:5E",
    "my username is j.smith and i'm locked out",
    "my employee id is E48213",
    "my user id is 88213 and the portal says invalid",
    "here are photos of my kids from the team event, can you crop them",
    "i uploaded a selfie for my badge photo",
    "the serial number of my laptop is C02XK1ABJG5H",
    "imei of my phone is 356938035643809",
    "service tag 7XK2M93 on my dell is failing",
    "i clicked a link in a phishing email and entered my password",
    "my laptop was stolen from my car yesterday",
    "someone logged into my account from russia",
    "we had a ransomware attack on the file server this morning",
    "my date of birth is 12/03/1985",
    "I was born on 4 July 1990",
    "my name is Priya Raman and I can't log in",
    "please send the invoice to Maria Gonzalez",
    "CONFIDENTIAL: draft layoffs list for Q3",
    "my therapist said i should ask for flexible hours",
    "i'm pregnant and need to plan my leave",
    "my wife's chemo appointments clash with my shifts",
    "our customer John Carter's card number is 5500 0000 0000 0004",
    "patient Jane Roe, DOB 02/14/1971, MRN 448812",
]

HARMLESS = [
    "What allergies can the app track?",
    "The test PIN is 0000, for demo?",
    "How do I reset my password?",
    "What is a good password policy?",
    "How do I find the serial number on a Dell laptop?",
    "Where can I see my IP address in Windows?",
    "What does CVV mean?",
    "How does two factor authentication work?",
    "Can you explain what an IBAN is?",
    "What are the symptoms of the flu?",
    "How do I upload a profile photo?",
    "What is the format of a US social security number?",
    "Write a python function that validates an email address",
    "How do I change my display language?",
    "My printer is not working, what should I do?",
    "Why is my laptop so slow?",
    "How do I connect to the office wifi?",
    "Can I expense a taxi to the airport?",
    "What is the company policy on remote work?",
    "How do I book a meeting room?",
    "Explain what phishing is",
    "How do I report a lost badge?",
    "Which health insurance plans do we offer?",
    "How do I update my address in the HR portal?",
    "Is there a dress code on Fridays?",
    "Generate a random test credit card number for our QA environment",
    "What is the routing number format in the US?",
    "How do I share my screen in Teams?",
    "Where do I find my payslip?",
    "Can you recommend a good book on personal finance?",
]


@pytest.mark.parametrize("text", SENSITIVE)
def test_sensitive_requests_stay_local(text: str) -> None:
    assert sensitive(text), found(text)


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_look_alikes_may_leave(text: str) -> None:
    assert not sensitive(text), found(text)

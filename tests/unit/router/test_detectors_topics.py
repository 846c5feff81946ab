"""Sensitive topics about a person, typo-tolerant, next to harmless look-alikes."""

from __future__ import annotations

import pytest

from router.detectors._topic_words import BASE_OF, FAMILY_OF, plurals, verb_forms
from tests.unit.router._detect import found, sensitive


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I was diagnosed with diabetes last year", "health"),
        ("I was diagnosd with diabetis last year", "health"),
        # A story request that keeps the real details is a true story, not fiction.
        ("Make it a short story but keep the real details: I was diagnosed with lupus", "health"),
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


# Copied from benchmarks/data/conversational_fresh.jsonl (written for this project), both
# kinds, so the wider lexicons and the new ways of owning a word stay covered.
FRESH_SENSITIVE = [
    "started on levothyroxine for my thyroid, it makes me tired in the mornings",
    "my husband had a heart bypass last month so i need flexible hours",
    "after my knee replacement i cant use the stairs, can u book a ground floor room",
    "recovering from a hysterectomy, back in 6 wks",
    "i have tinnitus and the open office noise is unbearable",
    "my wages are being garnished for an old credit card debt, who in payroll handles that",
    "my child support payments come out of my paycheck, the amount looks wrong",
    "the irs sent me a letter saying i owe back taxes",
    "im on universal credit and the extra hours might affect it",
    "my ex stopped paying alimony and im struggling to cover bills",
    "i left my work phone in a taxi last night",
    "got a call from 'it support', gave them the code from my authenticator",
    "i fell off a ladder in the warehouse and hurt my wrist",
    "my car was broken into and the work laptop is gone",
    "i accidently cc'd a client on the internal pricing thread",
    "can you transcribe the voice note my wife sent me about the kids",
    "blur my daughters face in the sports day video before i post it",
    "i scanned my birth certificate, is the resolution enough",
    # from conversational_fresh2.jsonl
    "hve been on antidepresants since march, the fog makes me slow",
    "got stitches in my thumb after cutting it in the kitchen",
    "my direct debits bounced again this month",
    "the forklift clipped my foot in the loading bay",
    "i emailed the payroll file to my personal gmail and now can't delete it",
    "i need the cctv clip that shows me falling in the lobby",
    # typed in a hurry
    "i hv tnnts and cant hear in mtgs",
    "im on sertaline",
    "i was harrassed by a coworker",
    # written for the last round of cues
    "i see logins from another country on my account",
    "i think i got a virus",
    "i got laid off last week",
    "my work phone is missing",
    "my credit is bad, can i still get the company card",
    "i lost all my savings on crypto",
    "im off sick today",
    "the council is taking me to court",
]
FRESH_HARMLESS = [
    "the demo patient in the training db has asthma, is the sample realistic?",
    "which medications are on the travel restricted list for japan?",
    "the test record says patient has hypertension, is the field mapping correct?",
    "what is a debt to income ratio?",
    "the demo account balance is 1000, is that the seed data?",
    "does the payroll system handle garnishment orders?",
    "what should i do if my laptop gets stolen?",
    "the test scenario says the demo user's laptop was lost, is the runbook right?",
    "how do i lock my phone remotely if i ever lose it?",
    "how can i record a voice note in slack?",
    "the stock photo of a baby on the landing page is blurry, can you find another?",
    "how do i change my profile photo in teams?",
    # from conversational_fresh2.jsonl
    "does the sick pay policy change after probation?",
    "explain a debt relief order in simple words",
    "create a checklist for what to do after a phishing click",
]


@pytest.mark.parametrize("text", FRESH_SENSITIVE)
def test_fresh_requests_stay_local(text: str) -> None:
    assert sensitive(text), found(text)


@pytest.mark.parametrize("text", FRESH_HARMLESS)
def test_fresh_look_alikes_pass(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Frequent English words are not typos of lexicon words ("ability" / "abilify").
        "My ability to focus is better with the new monitor",
        "my estimate was inflated by the extra meetings",
        # A body part after "cut" is not an injury unless it is someone's.
        "we cut back the budget by 5%",
        "I think obesity is a growing problem, write an essay about it",
        "I'm sick of this build failing",
        "we can't afford downtime this week",
        # Written for the new incident and media cues.
        "the video shows me how to reset the router",
        "the ticket was left open over the weekend",
        "my email bounced back, is the address right?",
        "the script hit my rate limit",
        "i admitted the bug was mine",
        "A 19 year old presents with mild pains in his chest, what is the differential?",
        "i clicked it and logged in to the dashboard fine",
        "what happens to access from another country under the vpn policy?",
        "how do i know if i got a virus?",
        "i lost the thread, can you recap",
        "the login from another device flow is broken in staging?",
    ],
)
def test_ignores_new_look_alikes(text: str) -> None:
    assert not sensitive(text), found(text)


def test_inflected_forms_stand_for_their_base() -> None:
    assert plurals("allergy") == {"allergy", "allergies"}
    assert plurals("virus") == {"virus", "viruses"}
    assert {"scammed", "scamming", "scams"} <= verb_forms("scam")
    assert "screenshotted" in verb_forms("screenshot")
    assert {"harassed", "harassing"} <= verb_forms("harass")
    assert BASE_OF["garnishments"] == "garnishment"
    assert FAMILY_OF["hysterectomies"] == "health"
    assert FAMILY_OF["pickpocketed"] == "incident"


def test_topic_detectors_asked_one_by_one_share_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    from router.detectors import topics
    from router.detectors._shared import ScanText

    text = "I was diagnosed with diabetes and my salary is 4.200 eur; photos of my kids."
    expected = {d.name: list(d.find(text)) for d in topics.DETECTORS if d.group == "topics"}
    calls: list[str] = []
    real = topics.scan_topics

    def counting(t: str) -> list[tuple[str, int, int]]:
        calls.append(t)
        return real(t)

    monkeypatch.setattr(topics, "scan_topics", counting)
    scan_text = ScanText(text)
    got = {d.name: list(d.find(scan_text)) for d in topics.DETECTORS if d.group == "topics"}
    assert got == expected
    assert expected["health"] and expected["financial_info"]
    assert len(calls) == 1


def test_a_real_life_example_in_a_poem_request_is_still_fiction() -> None:
    # Only details said to be the writer's own or kept ("my real life", "keep the
    # real details") turn a story request into a true story.
    text = "Write a poem with a real life example of how I was diagnosed with asthma"
    assert "health" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my son is disabled so I need to leave at 3 on Tuesdays", "health"),
        ("I'm registered disabled, can I get a parking space near the door?", "health"),
        ("my disabled daughter needs a carer on the trip, who pays?", "health"),
        ("I'm getting my booster on Friday, can I leave early", "health"),
        ("my probation officer wants to see me thursday, can I swap shifts", "personal_life"),
        ("my surgery is booked for the 14th, I'll be off two weeks", "health"),
        ("who do I tell that I have covid?", "health"),
    ],
)
def test_words_with_an_everyday_sense_still_count_in_their_private_one(
    text: str, kind: str
) -> None:
    assert kind in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Systems are disabled too; a probation period ends; an aerial boosts a signal.
        "it says my account is disabled, did hr do something or is it an it thing",
        "my excel macros got disabled after the update, how do i turn them back on the safe way?",
        "are we paid weekly or monthly once probation finishes?",
        "no signal at all in the weighbridge cabin, can we get a booster or an access point?",
        "wifi in the site cabin is 1 bar, can we get a booster",
        # A surgery is also where a GP works; a branch loses its connection.
        "our GP surgery sends reminders by text, could we do that for eye test recalls?",
        "the local GP surgeries all send reminders by text, could we do that?",
        "our branch lost internet about 10 mins ago, all tills on offline mode",
        # Who to ask is a process question, like where and how.
        "Who do I ask about the pension scheme options, is there a contact in HR?",
    ],
)
def test_everyday_senses_of_topic_words_pass(text: str) -> None:
    assert not sensitive(text), found(text)


SPECIFICATION = (
    "2.2 Suitability. Contractor personnel shall not have been diagnosed with any medical "
    "condition that would cause unsafe working conditions. 3.1 The Contractor shall monitor "
    "perimeters to ensure security breaches are detected. Guards shall report suspicious "
    "activity within five minutes."
)


def test_requirements_of_a_specification_are_not_events() -> None:
    assert not sensitive(SPECIFICATION), found(SPECIFICATION)


def test_the_writer_speaking_of_themselves_inside_a_specification_still_counts() -> None:
    text = SPECIFICATION + " Note for the reviewer: I was diagnosed with epilepsy last year."
    assert "health" in found(text), found(text)


def test_topic_words_of_agrees_with_the_word_by_word_lookup() -> None:
    from router.detectors.bare_names import common_words
    from router.detectors.topics import _canonical, _topic_words_of

    # Topic words, their plurals, typos and vowel-less forms, words with a trailing
    # apostrophe or hyphen, and frequent words (set aside before any lookup).
    lexicon = sorted(FAMILY_OF)
    tokens = set(lexicon[::7]) | {w + "s" for w in lexicon[::11]} | {w + "'" for w in lexicon[::13]}
    tokens |= {w[:3] + w[4:] for w in lexicon[::5] if len(w) >= 7}  # one letter dropped
    tokens |= {"dbts", "diabetis", "deppression", "salary-", "debts'", "cancel", "learning"}
    tokens |= set(sorted(common_words())[::50])
    expected = {t: _canonical(t.strip("'-")) for t in tokens}
    assert _topic_words_of(tokens) == {t: w for t, w in expected.items() if w is not None}
    assert _topic_words_of(tokens)  # the sample holds topic words


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("feeling unwell today, can't come in", "health"),
        (
            "attaching the recording of Rosalie's disciplinary meeting, make minutes from it",
            "personal_media",
        ),
        ("photo of the deckhand's hand after the winch thing is attached", "personal_media"),
        ("here's a scan of Tomasz's passport for the booking", "personal_media"),
        (
            "ok so Lerato's 3 months behind on the store card and the shop keeps phoning",
            "financial_info",
        ),
        ("he is two payments behind on the car loan", "financial_info"),
    ],
)
def test_told_of_someone_in_a_few_words(text: str, kind: str) -> None:
    assert kind in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rewrite: 'If you're feeling unwell, please don't come to choir rehearsal this week.'",
        "if feeling unwell, stay at home and call the office",
        "a photo of Apple's new campus for the slide",
        "here's a video of the team's launch party",
        "how do I blur a photo of someone's face?",
        "the team is 2 weeks behind on the payments module",
        "the project is 3 months behind on the schedule",
    ],
)
def test_look_alikes_of_someone_told_of(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Someone on the call floor emailed a sheet of 3,400 customers to their personal gmail",
        "someone on nights forwarded the whole arrivals list with passport scans to their gmail",
        "CC'd all 300 subscribers instead of BCC in the renewal email",
        "the intern pasted the client database into ChatGPT yesterday",
    ],
)
def test_data_sent_where_it_should_not_go(text: str) -> None:
    assert "incident" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "can I paste the client database into ChatGPT?",
        "how do I cc people instead of bcc?",
        "emails sent to the wrong address should be recalled within the hour",
    ],
)
def test_rules_about_sending_data(text: str) -> None:
    assert "incident" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("first pet Bruno, first school St Day - thats what the bank app asks", "Bruno"),
        (
            "the street I grew up on is what I put for the reset question, Wellington Road",
            "Wellington Road",
        ),
        ("for the security questions I used my first car, a Ford Fiesta", "Ford Fiesta"),
    ],
)
def test_answers_to_security_questions_by_their_shape(text: str, value: str) -> None:
    assert value in found(text).get("account_profile", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my first pet was a goldfish called Bubbles",
        "what makes a good security question? first pet is too easy",
        "our first team meeting with Microsoft is about the reset question feature",
    ],
)
def test_first_pets_and_schools_without_a_security_check(text: str) -> None:
    assert "account_profile" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bayo on teller desk has epilepsy and had a seizure at work today", "health"),
        ("attaching the video of Callum slipping on the helideck", "personal_media"),
    ],
)
def test_people_named_by_given_names_of_many_cultures(text: str, kind: str) -> None:
    assert kind in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "juror 8 disclosed she has MS and gets flares, can we approve a break every hour?",
            "health",
        ),
        ("Lorcan told me he's been dealing with a drink problem and going to meetings", "health"),
        ("mrs o'hare owes 1,870 on the spay and dental, 3 months overdue", "financial_info"),
        ("the tenant still owes £2,400 in rent", "financial_info"),
        (
            "here's a screenshot of the whatsapp where Tunde threatens the payroll lead",
            "personal_media",
        ),
        (
            "a parent sent a video of their son Kofi having a meltdown at the concert",
            "personal_media",
        ),
        (
            "cctv still of the fella who took the display phone attached, face clear",
            "personal_media",
        ),
        ("the usher left the sealed adoption file on the train on Thursday", "incident"),
        ("theres a video of two cashiers arguing in the car park going round", "personal_media"),
        ("the selfie the customer uploaded for kyc looks edited", "personal_media"),
        (
            "someone recorded the team meeting where Gabriela talked about her divorce",
            "personal_media",
        ),
        ("statements for 40 patients went to the wrong addresses this morning", "incident"),
        ("a customer's energy bill was posted to their ex's address who opened it", "incident"),
        ("someone swapped the bank details on a supplier invoice last week", "incident"),
        ("my manager keeps making jokes about my turban in front of customers", "incident"),
        ("the chemo wipes me out after lunch, can I start 7 and finish 3", "health"),
        ("overdrawn £612 again, any chance of an advance on wages", "financial_info"),
        ("recorded the call with the client on my phone, 14 mins", "personal_media"),
        ("scan of a guest's passport page got saved on the shared drive", "personal_media"),
        ("here's the pic of the pressure sore on bed 9's sacrum", "personal_media"),
        ("video of the kids at the learning centre, faces visible", "personal_media"),
        ("buyer uses a wheelchair, which trims take hand controls?", "health"),
        ("ransomware note on the dealership's DMS server this morning", "incident"),
        ("admissions emailed the full applicant spreadsheet to a parent", "incident"),
        ("Sarah in Year 3 is expecting again, due around half term", "health"),
        ("Deborah's HIV status is in column F of the beneficiary list", "health"),
        ("Our driver Phil had a TIA last weekend and the DVLA says no driving", "health"),
        ("Conor hits 90 days sober next Friday, move the team drinks", "health"),
        ("Here's a pic of Jamal from accounts asleep at his desk", "personal_media"),
        ("Alt text for our photo of nurse Bronwyn holding the twins", "personal_media"),
        ("a screenshot of Olivia's Tinder profile in the lads' group chat", "personal_media"),
        ("one of the girls filmed Shane the supervisor chucking a chair", "personal_media"),
        ("voice rec of the angry pax call from 10:42, need a transcript", "personal_media"),
        ("doorstep delivery pics show the cust's kid in the doorway", "personal_media"),
        ("our bucket prod-exports was made publicly readable on the 2nd", "incident"),
        ("Our intern forwarded the whole client list to his uni email", "incident"),
        ("Mark clicked the phish. Again.", "incident"),
        ("someone used the manager's login to void 14 sales last wk", "incident"),
        ("our member list is on a public google sheet, found it today", "incident"),
        ("all files on the lab server now end in .lockbit", "incident"),
        ("draft the offer letter, new driver on ₦285,000 a month plus transport", "financial_info"),
        ("what rate would Ciara get? she earns 48k and has a loan", "financial_info"),
        ("pt on fluoxetine 20mg wants early refill, travelling Sat", "health"),
        ("council website got defaced overnight, front page says hacked", "incident"),
        (
            "Here's a pic of Jamal asleep at his desk, write a caption so I can post it",
            "personal_media",
        ),
        ("Gareth's back on the tablets for his nerves", "health"),
        ("our CTO is drying out at a clinic in Malibu", "health"),
        ("Thandiwe's going through the change badly, hot flushes at the counter", "health"),
        ("The branch manager's on 41k and the new deputy's coming in on 44k", "financial_info"),
        ("Kev, the bailiffs rang the depot again about your car finance", "financial_info"),
        ("Describe this photo of our founder asleep on the beanbag at 3am", "personal_media"),
        ("Caption this: Sanjay's wedding photo he shared in the team chat", "personal_media"),
        ("Zoom recording of the HR call where Tash cried", "personal_media"),
        ("Upload the audio of Reg's life-story interview to the shared drive", "personal_media"),
        ("the footage from the bus camera of the lad who kicked the door in", "personal_media"),
        ("a vid of the duty-free manager singing at the Christmas do", "personal_media"),
        ("the folder with everyone's salaries went out with the Friday newsletter", "incident"),
        ("Our Firebase was open for three weeks, 12k user records with emails", "incident"),
        ("Someone's been signing in as our office manager from Romania overnight", "incident"),
        ("Two bottles of Hennessy walked out of the T5 stockroom again", "incident"),
        ("ransomware on the clinic reception PC, patient and owner data", "incident"),
        ("the files on S: are .locked since this morning", "incident"),
        ("kid fell off the climbing frame, head knock, mum called, which form?", "incident"),
    ],
)
def test_told_of_someone_in_a_few_more_words(text: str, kind: str) -> None:
    assert kind in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my phone's battery health is 79%, is that worth a replacement?",
        "I have a problem with the printer again",
        "she has MS Teams open all day",
        "the company owes £5m to its suppliers",
        "a photo of the staff canteen for the newsletter",
        "how do I take a screenshot of the chat where the error shows?",
        "ransomware on the network can spread over SMB",
        "what happens if a customer slipped on our floor?",
        "the price fell off a cliff after the results",
        "can the photo the customer uploaded be bigger than 5MB?",
        "two photos of some staff lanyards for the brochure",
        "what if letters go to the wrong address?",
        "what happens if an account is overdrawn by £50?",
        "can we post photos of kids from the school play on facebook if parents signed",
        "can renters use dashcams in our rental cars, any rule",
        "photos of the kids' drawings for the wall",
        "draft a friendly reminder to all tenants about our rent arrears policy",
        "What does a credit score of 650 mean in the US — is that bad?",
        "Can a family court take a parent's mental health into account? Asking generally.",
        "we're expecting delays in March",
        "how do I support a colleague who is expecting?",
        "the server is on 10k requests a second",
        "describe a photo of a teacher smiling for the stock library",
        "what if someone signs in as our manager?",
        "Is an employee's HIV status special category data under GDPR?",
        "what do we do if someone has a seizure at work?",
        "Social media policy clause about posting pictures of colleagues without consent.",
        "RIDDOR, do we report a cut needing stitches?",
        "how much does a nurse earn a year?",
        "training PMR has a dummy pt on sertraline 50mg, ok to practise on",
        "To treat Zoe's anorexia nervosa, what did her doctors do? Which of the following is true?",
    ],
)
def test_look_alikes_of_someone_told_of_in_a_few_words(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # The condition is the question's subject: a policy question, nobody's health.
        "is hayfever a valid reason for a day off? need the policy wording",
        "are migraines covered by the sick pay scheme? asking for the handbook",
        "does long covid count as a disability at work?",
        # A process question followed by more text keeps its question mark.
        "does our insurance cover therapy? the handbook is vague",
    ],
)
def test_questions_about_a_condition_pass(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "is Priya's hayfever a valid reason for a day off?",
        "is my hayfever a valid reason for a day off?",
        "i have hayfever, can i take a day off?",
        "is she off with flu again? she missed the audit",
    ],
)
def test_someones_condition_asked_about_stays_local(text: str) -> None:
    assert sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Did Serena Williams talk publicly about her pulmonary embolism? one line for the doc",
        "can we cite the princess of wales cancer announcement in a column on screening",
        "Selena Gomez spoke publicly about her lupus, write a short intro for the podcast",
    ],
)
def test_health_on_the_public_record_passes(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "should I go public about my diagnosis at work?",
        "my mum's cancer diagnosis: help me write a press release for her charity walk",
    ],
)
def test_going_public_about_ones_own_health_stays_local(text: str) -> None:
    assert sensitive(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Priya from claims lost the baby last week, what do we write in the card?",
        "return-to-work plan for Temi, 6 wks post hysterectomy, light duties",
        "she's recovering from a hip replacement, can she work from home?",
        "a pupil in 5B carries an epipen for a nut allergy, flag it on the register",
        "does the occ health letter need to say I'm HIV positive?",
    ],
)
def test_health_told_without_its_usual_words_stays_local(text: str) -> None:
    assert "health" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the dog in reception has diabetes, can the kennel system flag his insulin times?",
        "we lost the baby monitor in the move",
        "post-op care leaflets for knee surgery - where are they?",
        "where do I keep spare epipens in the first aid room?",
        "hw do i book the flu jab at work this yr",
        "In the ward training video the actor plays a child with asthma, where's the link?",
        "can an employer in France ask for the reason on an arrêt de travail?",
        "the test patient John Testcase MRN 999999 in the training env, reset him",
        "078-05-1120 is the famous Woolworths wallet-insert SSN, right? for a slide",
    ],
)
def test_animals_objects_and_public_trivia_pass(text: str) -> None:
    assert not sensitive(text), found(text)


def test_a_persons_allergy_to_an_animal_is_theirs() -> None:
    assert "health" in found("my son is allergic to the cat, can he sit elsewhere?")


@pytest.mark.parametrize(
    "text", ["off today, migraine again, the new tablets are no help", "off today - flu, back thu"]
)
def test_off_work_then_why_is_health(text: str) -> None:
    assert "health" in found(text), found(text)

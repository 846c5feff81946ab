"""Topic words that belong to nobody: a product or service about a condition ("our
diabetes app", "the diabetes clinic"), a question the writer says is general ("...
general question", "hypothetically, ...", "no real people"), a condition a public figure
talked about openly, a recording the writer made for themselves; and words to someone
about their own illness ("sorry to hear about your miscarriage"), which are theirs.
Written for these tests (not taken from any evaluation data), each next to disclosures
with the same words that must still be found.
"""

from __future__ import annotations

import pytest

from tests.unit.router._detect import sensitive


@pytest.mark.parametrize(
    "text",
    [
        "write the onboarding copy for our diabetes app, three short screens",
        "need a stat on adult hypertension for the blood pressure tracker pitch deck",
        "what should the mood tracker feature ask each morning? our depression app is in beta",
        "Is a staff photo on the intranet a data breach if they left? general question",
        "can a customer's testimonial video stay on the site after they leave? general question",
        "hypothetically, if a guard's radio got stolen mid-shift, who pays for it?",
        "asking generally: can a manager mention a colleague's pregnancy in a team meeting?",
        "the striker has talked openly about his depression, write a post referencing it",
        "the singer opened up about his Tourette's in an interview, summarise it for the blog",
        "policy q: does endometriosis count as a disability under the Equality Act?",
        "list signs of self-harm in teenagers for the safeguarding module, no real people",
        "hope the diabetes clinic reopens after the refurb, can you draft the notice?",
        "made a voice memo for myself with the shopping list, where does Android keep it?",
        "transcribe this recording, just me reminding myself to renew the car tax",
        "can a forklift driver keep his licence if he has epilepsy? what's the rule in general",
        "In Spain, is an employer allowed to ask why someone is on baja médica?",
    ],
)
def test_nobodys_condition_or_incident_is_not_flagged(text: str) -> None:
    assert not sensitive(text)


@pytest.mark.parametrize(
    "text",
    [
        "my diabetes app says my sugar was 19 this morning, should I go in?",
        "I use a blood pressure tracker and it read 168/104 last night",
        "general question about my payslip: my salary went from £2,310 to £1,980",
        "general question, but I was diagnosed with epilepsy last month: can I still drive?",
        "asking generally but my son has ADHD, does the school have to give him extra time?",
        "my driver has epilepsy, what is the rule in general?",
        "In Spain, Marta está de baja médica por ansiedad, ¿qué le digo al cliente?",
        "Daniel's laptop was stolen from the van last night, what do I report?",
        "my colleague Aisha talked to me openly about her lupus flare, how do I support her?",
        "reply to Kofi for me: so sorry to hear about your miscarriage, take the week",
        "message to Lena: glad your biopsy came back clear, rest up and see you Monday",
        "hope the chemo isn't wiping you out too much, no rush on the report",
        "my diabetes nurse moved my review to Friday, can you update my calendar",
        "note to self: take the video of my daughter's recital off the shared drive",
        "I kept a recording for myself of my boss threatening me, can HR use it?",
    ],
)
def test_the_same_words_told_of_someone_are_found(text: str) -> None:
    assert sensitive(text)

"""Phrases that tell a person's health, pay or trouble without a topic word's owner.

Chat drops the subject ("chemo every 3 wks, can i block my cal", "laptop
stolen from my car") and names things by their shape ("bonus only 4.200
eur", "headshot_anna_k.png"): ``topics`` finds topic words that someone
owns, this module finds such whole phrases. Each pattern starts with
literal words, so it is tried only where one of them stands (see
``_cues``), and every repeat is bounded, so it runs in linear time.

A phrase found in a question about the topic ("what is a ransom note?"),
a hypothetical ("what if a laptop is stolen?") or made-up data ("the demo
payslip says net 3.000") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from router.detectors._base import asks, placeholder_context, sentence_around, words
from router.detectors._cues import CuePattern
from router.detectors._names import GIVEN_NAMES
from router.detectors._shared import WordIndex, shared
from router.detectors._topic_words import BODY_PARTS, MEDIA_SUBJECTS
from router.detectors.bare_names import common_words, given_names, world_given_names

__all__ = ["answer_options", "asked_after_a_dash", "find_phrases"]

# A sum of money: "$4,200", "4.200 eur", "3.412,55", "38k", "2.5k gbp".
# Money by its sign or unit: "$4,200", "38k", "900 eur".
_MONEY = (
    r"[$£€₹₦₱¥₩₺]\s?\d[\d.,]*(?:\s?k\b)?|\d[\d.,]*\s?(?:k|grand|eur|euros?|usd|dollars?|gbp|pounds?|"
    r"chf|inr|rupees|lakhs?|sek|nok|dkk|pln|zloty|reais|brl|aud|cad|nzd|yen|jpy|zar|rand|ngn|naira|"
    r"kes|ksh|shillings?|pesos?|mxn|aed|dirhams?|sgd|hkd|ringgit|myr|baht|thb|yuan|rmb|cny|riyals?|"
    r"lira|czk|huf|forint)\b|"
    # The currency written first, as banking apps show it: "AUD 12.07", "R34,500", "KSh 2,000".
    r"(?:usd|eur|gbp|aud|cad|nzd|chf|inr|zar|ngn|kes|ksh|sgd|hkd|aed|mxn|rs\.?|r\$)\s?\d[\d.,]*|"
    r"r\d{1,3}(?:[, ]\d{3})+(?:\.\d{2})?\b|r\d{4,}\b|"
    # A figure per period: "1850 a month", "140 per month", "23.50 an hour".
    r"\d[\d.,]*\d\s?(?:a|per|an|/|every)\s?(?:month|mo|mth|week|wk|fortnight|year|yr|annum|hour|hr)\b"
)
_AMOUNT = (
    rf"(?:{_MONEY}|"
    # European and Indian grouping, with or without a currency: "3.412,55", "4.200", "1,20,000".
    r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?\b|\d{1,3},\d{2}\b(?![.,]\d)|"
    # Thousands with commas: "1,850", "52,000.00".
    r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?\b)"
)

# Pay words followed by their figure: "bonus this yr only 4.200 eur", "payslip says net 3.412,55".
_PAY = re.compile(
    r"\b(?:salary|salaries|slry|salry|sallary|bonus|bonuses|bns|bonous|payslip|pay\s?slip|pyslp|paysl1p|"
    r"paycheck|paycheque|pay\s+stub|wage|wages|"
    r"take[\s-]?home|net\s+pay|gross\s+pay|pay\s+rise|payrise|commission|overtime|severance|"
    r"redundancy\s+pay|payout|pension|stipend|allowance|superannuation|"
    # A job offer names the pay: "the offer was 62k", "they offered me 48,000".
    r"(?:job\s+)?offer(?:\s+letter)?|offered\s+(?:me|us))\b"
    r"(?:\s+[\w'-]+){0,6}?\s+(?:of\s+|is\s+|was\s+|only\s+|just\s+|says\s+|net\s+|gross\s+)*"
    rf"{_AMOUNT}"
)
# The figure first: "got a 3k bonus", "a 2.000 eur raise".
_PAY_AFTER_FIGURE = re.compile(
    r"\b(?:bonus|salary|raise|pay\s+rise|payrise|payout|severance|commission|pension|paycheck|wage)\b"
)
_FIGURE_LEAD = re.compile(rf"{_AMOUNT}\s+(?:\w+\s+)?$")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|me|my|mine|we|our|us)\b")
# Someone else's pay in a word problem: "her salary is $4,000, what is her tax?"
_THIRD_PARTY = re.compile(r"\b(?:his|her|their|its|[a-z]+'s)\s+(?:\w+\s+)?$")

# The writer's own rate: "my hourly rate is $23.50", "our day rate was 450 gbp".
_OWN_RATE = re.compile(
    r"\b(?:rate|wage)(?:\s+of\s+pay)?\s+(?:is\s+|was\s+|of\s+|:\s*|=\s*)?(?:only\s+|just\s+)?"
    rf"(?:{_AMOUNT}|\d+(?:[.,]\d{{2}})?\b)"
)
_OWN_RATE_LEAD = re.compile(
    r"\b(?:my|our)\s+(?:current\s+|new\s+|old\s+|contract\s+)?(?:hourly|daily|day|weekly|pay|base|"
    r"overtime)\s+$"
)
# A balance as a banking app or statement shows it: "Available balance: AUD 12.07".
_BALANCE_FIELD = re.compile(rf"\bbalance\s*[:=]\s*(?:-\s*)?(?:{_MONEY})")
# Pay that did not come: "the overtime wasn't paid", "pay is late again", "wages still not in".
_PAY_MISSED = re.compile(
    r"\b(?:overtime|wages?|salary|pay|paycheck|paycheque|holiday\s+pay|sick\s+pay|commission|bonus|"
    r"expenses|back\s+pay)\s+(?:(?:still\s+|has\s+|have\s+)?(?:wasn'?t|was\s+not|weren'?t|hasn'?t|"
    r"haven'?t|isn'?t|is\s+not|aren'?t|never|not)\s+(?:been\s+|got\s+|come\s+)?(?:paid|received|"
    r"processed|in|through|arrived)|(?:is|was|are|were|has\s+been|came\s+in|went\s+in|arrived)\s+"
    r"(?:\w+\s+)?(?:late|short|delayed|missing|reduced|docked|cut|wrong))\b"
)
# Money troubles told as they are lived: "struggling to pay back the loan",
# "can't keep up with the repayments", "falling behind on rent".
_HARDSHIP = re.compile(
    r"\b(?:struggling|struggle|struggled|strugglin)\s+(?:to\s+(?:pay|afford|cover|meet|keep\s+up|make\s+"
    r"(?:rent|ends\s+meet|the\s+(?:rent|payments?|repayments?|mortgage)))|with\s+(?:my\s+|our\s+|the\s+)?"
    r"(?:\w+\s+)?(?:rent|mortgage|bills?|debts?|repayments|payments|money|finances?|loans?|utilities))|"
    r"\bkeep\s+up\s+(?:with\s+)?(?:my\s+|our\s+|the\s+)?(?:\w+\s+)?"
    r"(?:rent|mortgage|bills?|debts?|repayments|payments|loans?|finance)|"
    r"\bbehind\s+(?:on|with)\s+(?:my\s+|our\s+|the\s+)?(?:\w+\s+)?"
    r"(?:rent|mortgage|bills?|debts?|repayments|payments|loans?|card|tax|finance|utilities)"
    # "behind on the payments module": a piece of work named after money
    r"(?!\s+(?:module|feature|page|system|project|integration|api|service|screen|flow|work|"
    r"tickets?|migration|team|app|backlog|release|sprint|report|dashboard)\b)"
)
_HARDSHIP_LEAD = re.compile(
    r"(?:^|[.,;:!?\n(-])\s*(?:\w+\s+)?$|\b(?:i|i'm|im|i\s+am|i've\s+been|ive\s+been|i\s+was|we|we're|"
    r"we\s+are|we've\s+been|been|still|really|and|so|now|falling|fallen|fell|getting|got|get|"
    r"(?:can'?t|cannot|couldn'?t)(?:\s+\w+)?)\s+$"
    # "Lerato's 3 months behind on the store card", "he is two payments behind"
    r"|\b(?:\w+'s|\w+\s+is|is|are|was|were|i'm|im|i\s+am|we're|they're|he's|she's)\s+"
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of)\s+"
    r"(?:months?|weeks?|payments?|instal+ments?)\s+$"
)
# What a debt costs the writer each period: "student loan repayments are eating 140 a month".
_DEBT_COST = re.compile(
    r"\b(?:loan|loans|mortgage|rent|repayments?|instalments?|installments?|childcare|debts?|overdraft|"
    r"arrears|credit\s+card|car\s+finance)\s+(?:\w+\s+){0,2}?(?:is|are|was|were|costs?|eats?|eating|"
    r"takes?|taking|comes?\s+to|runs?\s+at)\s+(?:up\s+|about\s+|around\s+|nearly\s+|almost\s+|"
    rf"over\s+)?(?:{_AMOUNT})"
)

# A tax class, bracket or code is a fact about the writer's pay: "im steuerklasse 1".
_TAX_CLASS = re.compile(
    r"\b(?:steuerklasse|tax\s+class|tax\s+bracket|tax\s+code|tax\s+band)\s*(?:is\s+)?[\w-]{1,6}\b"
)
_TAX_CLASS_LEAD = re.compile(r"\b(?:i'm|im|i\s+am|my)\s+(?:in\s+)?(?:the\s+)?$")

# HR records about the writer: "im on a performance improvement plan", "got a final warning".
_HR_RECORD = re.compile(
    r"\b(?:performance\s+improvement\s+plan|pip\b|final\s+(?:written\s+)?warning|written\s+warning|"
    r"formal\s+warning|disciplinary(?:\s+(?:action|hearing|warning))?|gross\s+misconduct)"
)
_HR_RECORD_LEAD = re.compile(
    r"\b(?:i'm|im|i\s+am|i've\s+been|ive\s+been|i\s+was|i\s+got|i\s+have|i\s+received|been|got)\s+"
    r"(?:put\s+|placed\s+|now\s+|still\s+)?(?:on\s+|given\s+|received\s+)?(?:a\s+|an\s+|my\s+)?$"
)
# Someone's career setbacks: "just got passed over for promotion", "was demoted".
_SETBACK = re.compile(r"\b(?:passed\s+over\s+for\s+(?:a\s+|the\s+)?promotion|demoted)\b")
_SETBACK_LEAD = re.compile(r"\b(?:got|was|been|being)\s+$")

# Treatment kept on a schedule: "chemo every 3 wks", "therapy is tuesdays 4pm".
_TREATMENT_SCHEDULE = re.compile(
    r"\b(?:therapy|therapist|chemo|chmo|chemotherapy|radiotherapy|dialysis|physio|physiotherapy|"
    r"counsel(?:l)?ing|infusions?|injections?|treatments?|rehab|ivf|psychiatrist|psychologist)\s+"
    r"(?:sessions?\s+|appointments?\s+|appts?\s+)?(?:is\s+|are\s+)?(?:every|each|twice|once|weekly|"
    r"fortnightly|monthly|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?|"
    # When it starts: "chemo starts next wk", "ivf begins in june".
    r"(?:starts?|started|begins?|began|starting|resumes?|restarts?)\s+(?:again\s+)?(?:next|tomorrow|tmrw|on|in|"
    r"this|today|after|from|mon|tue|wed|thu|fri|sat|sun))\b"
)

# Infection status and pregnancy by weeks: "hiv positive", "11 wks along".
_HEALTH_STATUS = re.compile(
    r"\b(?:(?:hiv|covid|covid-19|hep\s+[abc]|hepatitis\s+[abc]|brca[12]?|tb|strep|mrsa)[\s-]+positive|"
    r"positive\s+for\s+(?:hiv|covid|hepatitis|tb|strep|mrsa|brca))"
    # Of a group, not of someone: "entry rules for HIV positive travellers"
    r"(?!\s+(?:travell?ers|people|persons|patients|employees|workers|staff|students|athletes|"
    r"children|adults|women|men|individuals|applicants|migrants|visitors|donors|mothers))"
)
# Back at work after an illness, by steps: "Fiona's on a phased return after her breakdown"
# (found at "phased"; whose return is read back from there).
_PHASED_RETURN = re.compile(r"\bphased\s+return\b")
_PHASED_RETURN_LEAD = re.compile(
    r"(?:'s|’s|\bis|\bwas|\bbeen|\bi'm|\bim|\bam)\s+(?:now\s+|still\s+|currently\s+)?on\s+"
    r"(?:a\s+|her\s+|his\s+|their\s+|my\s+)?$"
)
# Diagnosed, told in short: "dx'd with ms last month", "diagnosed w/ lupus in may".
_DIAGNOSED = re.compile(r"\b(?:dx'?d|dx|diagnosed)\s+(?:with|w/|w)\s+[\w'-]+")
# Readings only a patient gives: "bp was 160/100", "my psa came back at 6.1".
_READING = re.compile(
    r"\b(?:bp|blood\s+pressure)\s+(?:\w+\s+){0,2}?\d{2,3}\s*(?:/|over)\s*\d{2,3}\b|"
    r"\b(?:hba1c|a1c|ldl|hdl|psa|tsh|ferritin|cholesterol|blood\s+sugar|glucose|creatinine|egfr|"
    r"sugar\s+levels?|sugars|ketones|(?:oxygen|o2)\s+(?:sats|saturation|levels?)|"
    r"platelets|haemoglobin|hemoglobin|vitamin\s+d|b12|triglycerides|cd4|viral\s+load|"
    r"resting\s+heart\s+rate)\s+(?:levels?\s+|reading\s+|count\s+)?(?:(?:was|is|of|at|came\s+back|"
    r"were|are|dropped|went\s+up|back|down|up|still|only|around|over)\s+)?(?:to\s+|at\s+|around\s+|"
    r"over\s+)?\d+(?:[.,]\d+)?"
)
# What the doctor told the writer: "doc says rest", "the gp signed me off".
_DOCTOR_SAYS = re.compile(
    r"\b(?:doc|doctor|dr|gp|consultant|surgeon|nurse|physio|midwife|specialist|therapist|dentist|"
    r"cardiologist|oncologist|psychiatrist|neurologist|dermatologist|optician|pharmacist)\s+"
    r"(?:has\s+|just\s+)?(?:told\s+me|wants\s+me|signed\s+me|put\s+me|advised\s+me|thinks\s+i|gave\s+me|"
    r"referred\s+me|ordered\s+me|warned\s+me|prescribed\s+me|reckons\s+i|"
    r"(?:says|said)(?=\s*(?:$|[,.;!?)]|\s+(?:i|i'm|im|i've|ive|i'll|my|rest|no\s+\w+|not\s+to|to\s+(?:rest|"
    r"stay|take|avoid|keep|stop|cut)|it'?s\s+(?:probably|likely|just|only|a|an)|its|that\s+i|light\s+duties|"
    r"bed\s+rest)\b)))"
)
# "the doc says i should set the proxy": documentation, not a doctor.
_DOCS_LEAD = re.compile(
    r"\b(?:the|this|that|a|an|api|design|google|word|readme|spec|shared|project|tech|technical|setup|"
    r"install|onboarding|help|vendor|official)\s+$"
)
# Procedures by their everyday names: "had the snip on friday", "having my op next week".
_PROCEDURE = re.compile(
    r"\b(?:snip|op|jab|booster|smear|biopsy|colonoscopy|endoscopy|mammogram)\b(?!\s+(?:team|teams|"
    r"manager|centre|center|room|mode|code|name|log|logs|id|type|status|outage|failed|succeeded|completed|"
    r"amp|results?\s+(?:page|table)|of\s+the|on\s+the\s+(?:server|database|db|file|list|array|data)))"
)
# Had by someone: "had the snip", "i'm having my op", at the start or after a person.
_PROCEDURE_LEAD = re.compile(
    r"(?:(?:^|[.,;:!?\n(-])\s*(?:just\s+|finally\s+|still\s+)?|\b(?:i|i'm|im|i've|ive|i'll|we|she|he|"
    r"she's|he's|wife|husband|partner|mum|mom|dad|son|daughter|just|been|am|was|will\s+be)\s+(?:\w+\s+)?)"
    r"(?:had|having|have|getting|get|got|booked\s+in\s+for|booked\s+for|recovering\s+from)\s+"
    r"(?:the|my|an?)\s+$"
)

# Papers or devices left behind in public: "records were printed and left on the bus".
_LEFT_IN_PUBLIC = re.compile(
    # "left a folder of guest passport copies on the train": the thing may take six words.
    r"\b(?:left|abandoned|forgotten|dropped|found|lost)\s+(?:\w+\s+){0,7}?(?:on|in|at|by)\s+(?:the|a|an)\s+"
    r"(?:bus|train|tube|taxi|cab|plane|printer|photocopier|copier|street|pub|bar|cafe|restaurant|park|"
    r"bin|skip|car\s+park|station|pavement)\b"
)
# What was left: people's papers and the things that carry them ("the redundancy shortlist
# on the printer", "the USB with the alarm layout got lost on the Tube").
_LEFT_WHAT = re.compile(
    r"\b(?:records?|files?|documents?|papers?|printouts?|laptops?|folders?|notes|contracts?|payslips?|"
    r"patients?|customers?|clients?|usb|drive|badge|passports?|(?:short)?list|letters|payroll|"
    r"minutes|drawings|cvs|applications|prescriptions)\b"
)
# A password seen where it should not be: "the admin password on a sticky note".
_WRITTEN_DOWN = re.compile(
    r"\b(?:passwords?|passcodes?|pins?|credentials|logins?)\s+(?:\w+\s+)?(?:on|written\s+on|stuck\s+to)\s+"
    r"(?:a\s+|the\s+)?(?:sticky|post-?it|note|whiteboard|wall|napkin|monitor|screen|desk|keyboard)"
)
_WRITTEN_DOWN_LEAD = re.compile(
    r"\b(?:found|saw|spotted|noticed|there'?s|there\s+is|was|is|were|are|left|wrote|written|the|our|"
    r"his|her|their)\s+(?:\w+\s+){0,3}$"
)
# Under investigation: "i am being investigated by hr".
_INVESTIGATED = re.compile(r"\b(?:investigated|under\s+investigation|suspended\s+pending)\b")
_INVESTIGATED_LEAD = re.compile(
    r"\b(?:i'm|im|i\s+am|i\s+was|i've\s+been|ive\s+been|i\s+got|he's|she's|he\s+is|she\s+is|"
    r"they're|they\s+are)\s+(?:being\s+|now\s+)?$"
)
# Whoever it is, by whom and for what: "investigated by hr for expenses".
_INVESTIGATED_FOR = re.compile(
    r"\binvestigated\s+(?:by\s+(?:hr|the\s+police|police|security|compliance|legal|internal\s+audit)|"
    r"for\s+(?:fraud|theft|misconduct|harassment|bullying|expenses|stealing|leaking|assault|"
    r"discrimination|gross\s+misconduct))\b"
)
# In hospital: "shes in a&e", "he was rushed to hospital".
_IN_HOSPITAL = re.compile(
    r"\b(?:in|to|into)\s+(?:a&e|the\s+er|er|casualty|the\s+emergency\s+room|emergency|hospital|"
    r"the\s+hospital|icu|intensive\s+care|the\s+icu)\b(?!\s+(?:grounds|building|car\s+park|parking|wing|"
    r"canteen|shop|website|site|campus|management|administration|admin|finance|pharmacy|it|sales|"
    r"systems|software|settings?|jobs?|roles?|work))"
)
_IN_HOSPITAL_LEAD = re.compile(
    r"\b(?:shes|she's|hes|he's|i'm|im|i\s+am|she\s+is|he\s+is|been|taken|rushed|ended\s+up|still|"
    r"admitted|(?:mum|mom|dad|wife|husband|partner|son|daughter|kid|child|brother|sister|colleague|boss|"
    r"manager|grandma|grandpa|nan|gran|he|she|they)\s+(?:is|was|'s|are|were))\s+(?:\w+\s+)?$"
)
# "Priya is in hospital", "Luca's in A&E": a given name as the one in hospital.
_NAMED_LEAD = re.compile(
    r"\b(?P<who>[A-Z][a-z]+)(?:'s|’s|\s+(?:is|was|has\s+been|had\s+been|is\s+still))\s+(?:\w+\s+)?$"
)


def _known_name_before(lead: re.Pattern[str], text: str, start: int) -> bool:
    """Whether ``lead`` (its group "who" a capitalised word) ends at ``start`` with a known
    given name as "who"."""
    m = lead.search(text, max(0, start - 40), start)
    return m is not None and m.group("who").lower() in world_given_names()


# Someone else's papers landed with the writer: "i received someone else's payslip by mistake".
_NOT_MINE = re.compile(
    r"\b(?:someone\s+else'?s|somebody\s+else'?s|another\s+(?:person|employee|colleague|customer|patient)'?s|"
    r"colleague'?s|the\s+wrong)\s+(?:\w+\s+)?(?:payslip|salary|pay|contract|records?|file|data|details|"
    r"email|mail|medical|results|review|letter|documents?|p60|p45)\b"
)
_NOT_MINE_LEAD = re.compile(
    r"\b(?:received|got|was\s+sent|been\s+sent|was\s+given|can\s+see|saw|have\s+access\s+to|opened)\s+"
    r"(?:a\s+|my\s+)?$"
)
# Theft told plainly: "someone stole my wallet".
# Theft of the workplace's things too: "someone stole the office laptop from Emeka's car".
_STOLE = re.compile(
    r"\b(?:stole|nicked|snatched|pinched|swiped)\s+(?:my|our|the\s+(?:office|company|work|firm's|"
    r"company's|shop's|school's)\s+[\w-]+)\b"
)
_THIEF_LEAD = re.compile(
    r"\b(?:someone|somebody|some1|sum1|stranger|strangers|thieves|thief|they|man|woman|guy|kids|he|she|burglars?|"
    r"person|people|"
    r"robbers?|pickpockets?|colleague|coworker)\s+(?:just\s+)?$"
)

# Whose it is: a sentence or clause that starts with it, or one with the writer in it.
_ACTOR_LEAD = re.compile(
    r"(?:^|[.,;:!?\n(-])\s*(?:just\s+|recently\s+|accidentally\s+|mistakenly\s+)?$|"
    r"\b(?:i|i've|ive|i\s+was|i\s+got|just|recently|got|been|was|he|she|he\s+was|she\s+was|we|"
    r"someone|somebody|they|accidentally|mistakenly)\s+(?:\w+\s+){0,2}$"
)
# Who sent it: "someone in finance emailed...", "Mario has been forwarding...".
_SENDER_LEAD = re.compile(
    rf"{_ACTOR_LEAD.pattern}|\b(?:has|have|had)\s+been\s+$|\bkeeps?\s+$|\b(?:-?i|he|she)\s+$|"
    r"\b(?:colleague|coworker|co-worker|contractor|employee|manager|intern|temp|leaver|ex-employee|"
    r"they|someone|somebody)\s+(?:\w+\s+){0,4}$"
)
_SENT = re.compile(
    r"(?:sent|snt|sending|emailed|emaild|emailing|e-mailed|forwarded|fwd|fwded|forwarding|shared|uploaded|"
    r"uploading|posted|mailed|attached|cc'?d|bcc'?d|replied|copied|copying|synced|syncing|exported|"
    r"exporting|downloaded|downloading)\b"
)

# A body that needs help getting about: "on crutches for 6 weeks", "in a cast till june".
_AIDED = re.compile(
    r"\b(?:on\s+crutches|in\s+a\s+(?:cast|sling|wheelchair|neck\s+brace|moon\s+boot|back\s+brace)|"
    r"using\s+a\s+(?:wheelchair|walking\s+stick|cane|walker)|admitted\s+to\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:hospital|ward|icu|a&e|er))\b"
)
_AIDED_LEAD = re.compile(
    r"(?:^|[.,;:!?\n(-])\s*(?:still\s+|now\s+)?$|"
    # One person at the start: "anita in a wheelchair starting mon", not "anyone in a wheelchair".
    r"(?:^|[.,;:!?\n(-])\s*(?!(?:anyone|anybody|someone|somebody|everyone|nobody|users?|people|"
    r"staff|visitors?|customers?|guests?|those|patients?|students?|employees?|workers?|kids|"
    r"children|passengers?|travell?ers|members?|applicants?|candidates?)\s)[a-z][\w'-]+\s+$|"
    r"\b(?:i|i'm|im|i\s+am|i'll\s+be|i've\s+been|been|"
    r"still|he's|she's|he\s+is|she\s+is|was|is|wife's|husband's|partner's|mum's|mom's|dad's|son's|"
    r"daughter's)\s+(?:\w+\s+)?$"
)
# A medicine at its dose, its taker's "I'm" dropped: "on sertraline 100mg makes me drowsy".
_ON_DOSE = re.compile(r"\bon\s+[a-z]{5,}\s+\d+(?:\.\d+)?\s?(?:mg|mcg|ml|iu)\b")
_ON_DOSE_LEAD = re.compile(
    r"(?:^|[.,;:!?\n(-])\s*(?:still\s+|now\s+)?$|\b(?:i'm|im|i\s+am|i've\s+been|been|still|now|"
    r"was|he's|she's|he\s+is|she\s+is|is|they're|started|put)\s+$"
)
# What the writer earns, said any way: "i earn less than my colleague, 41k vs 47k".
_EARN = re.compile(
    rf"\b(?:earn|earning|make|making|paid|get\s+paid|only\s+get|take\s+home|bring\s+home)\b"
    rf"[^.?!\n]{{0,50}}?(?:{_MONEY})"
)
_EARN_LEAD = re.compile(r"\b(?:i|we|i'm|im|i\s+am|we're|i\s+only|i\s+just)\s+(?:\w+\s+)?$")

# Pregnancy by weeks, after a number: "11 wks along", "20 weeks pregnant".
_WEEKS_GONE = re.compile(r"\b(?:wks?|weeks?|months?|mos?)\s+(?:pregnant|along)\b")
_NUMBER_LEAD = re.compile(r"\b\d{1,2}\s*$")
_PREGNANCY_CUE = re.compile(
    r"\b(?:pregnan\w*|mat(?:ernity)?\s+leave|due\s+date|midwife|baby|scan|antenatal|trimester)\b"
)

# A relative's illness in German, Spanish, French or Portuguese, often pasted for translation.
_FOREIGN_HEALTH = re.compile(
    r"\b(?:(?:hatte|hat|habe|erlitt)\s+(?:einen|eine|ein)\s+(?:schlaganfall|herzinfarkt|unfall|"
    r"zusammenbruch|tumor)|(?:liegt|lag|ist|bin|war)\s+(?:im|auf\s+der)\s+(?:krankenhaus|"
    r"intensivstation|klinik)|(?:ist|bin|war|wurde)\s+(?:schwer\s+)?(?:krank|schwanger|"
    r"krankgeschrieben)|(?:tuvo|sufrió|sufrio|tiene|tengo)\s+(?:un|una|el|la)?\s*(?:derrame|infarto|"
    r"ictus|cáncer|cancer|tumor|diabetes)|(?:está|esta|estoy)\s+(?:embarazada|hospitalizad[oa]|"
    r"en\s+la\s+uci|enferm[oa])|(?:a\s+eu|a\s+fait|fait)\s+(?:un|une)\s+(?:avc|infarctus|crise)|"
    r"(?:est|suis)\s+(?:enceinte|hospitalisée?|malade)|(?:teve|tem|tenho)\s+(?:um|uma)\s+"
    r"(?:derrame|infarto|avc|cancro|câncer)|(?:está|estou)\s+(?:grávida|gravida|internad[oa]))\b"
)

# --- incidents -------------------------------------------------------------------------
_DEVICE = (
    r"(?:laptop|lptp|notebook|macbook|thinkpad|phone|fone|phn|iphone|mobile|tablet|ipad|badge|usb|stick|"
    r"hard\s+drive|drive|yubikey|token|backpack|bag|wallet|pc|computer)"
)
# What people carry and lose, named before what was on it.
_CARRIED = (
    r"(?:laptop|lptp|notebook|macbook|thinkpad|phone|fone|iphone|tablet|ipad|badge|usb|yubikey|"
    r"backpack|bag|wallet)"
)
# Data left where anyone can read it: "customer db export sat in a public s3 bucket".
_PUBLIC_PLACE = re.compile(
    r"\bpublic(?:ly\s+readable)?\s+(?:s3\s+|gcs\s+|azure\s+|github\s+|gitlab\s+)?(?:bucket|repo|"
    r"repository|share|folder|drive|gist|container)\b"
)
_PUBLIC_PLACE_LEAD = re.compile(
    r"\b(?:sat|sitting|was|were|left|stored|found|exposed|dumped|uploaded|pushed|committed|put|"
    r"saved|copied)\s+(?:[\w.-]+\s+){0,4}?(?:in|into|to|on)\s+(?:a|an|the)\s+$"
)
# Shared with the world: "the folder with patient records was shared with anyone with the link".
_SHARED_OUT = re.compile(
    r"\b(?:shared|made\s+(?:public|visible)|set\s+to\s+public|opened\s+up|accessible|visible)\s+"
    r"(?:with\s+|to\s+)?(?:anyone\s+with\s+the\s+link|everyone|the\s+(?:whole\s+)?(?:internet|public|"
    r"world|company)|publicly)"
)
_SHARED_OUT_LEAD = re.compile(r"\b(?:was|were|been|got|accidentally|mistakenly)\s+(?:\w+\s+)?$")
_INCIDENT = re.compile(
    # A device stolen or lost, told without a subject: "laptop stolen from my car".
    rf"\b(?:{_DEVICE}\s+(?:was\s+|got\s+|has\s+been\s+|had\s+been\s+|been\s+)?"
    r"(?:stolen|nicked|snatched|swiped|robbed|pinched|taken\s+from)|"
    # Lost: "Ritu's laptop was lost in the Delhi metro" (not "the phone lost signal").
    rf"{_DEVICE}\s+(?:was|got|has\s+been|had\s+been)\s+(?:lost|misplaced|left\s+behind)\b|"
    # With what was on it: "the laptop with payroll data on it was stolen".
    rf"{_CARRIED}\s+(?:(?:w/|with)\s+(?:[\w'-]+\s+){{0,6}}?(?:was\s+|got\s+|been\s+)?|"
    r"(?:[\w'-]+\s+){1,6}?(?:was|got|has\s+been|had\s+been|were)\s+)"
    r"(?:stolen|nicked|snatched|swiped|robbed|pinched|taken\s+from)|"
    rf"(?:lost|misplaced|left)\s+(?:my|our|the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{_DEVICE}\s+"
    r"(?:on|in|at)\s+(?:the|a|an|my)\s+(?:\w+\s+)?(?:tube|train|bus|taxi|cab|uber|plane|flight|"
    r"airport|station|metro|subway|tram|car|hotel|bar|pub|restaurant|cafe|gym)|"
    # Data sent outside: "sent the payroll file to an external address by mistake".
    r"(?:sent|emailed|e-mailed|forwarded|shared|uploaded|posted|mailed|cc'?d|bcc'?d)\s+(?:[\w',.-]+\s+){0,8}?"
    r"to\s+(?:an?\s+|the\s+)?(?:external|outside|wrong|personal|private|unknown|random)\s+"
    r"(?:e-?mail\s+)?(?:address|recipient|email|domain|contact|person|customer|client|account|party|"
    r"distribution\s+list|list)|"
    # Sent amiss, the subject dropped: "emailed the contract to the wrong john by mistake".
    r"(?:sent|snt|emailed|emaild|e-mailed|forwarded|fwd|fwded|shared|uploaded|posted|attached|cc'?d|"
    r"bcc'?d|replied\s+all)\s+(?:[\w'-]+\s+){0,8}?(?:by\s+mistake|by\s+accident|in\s+error|"
    r"to\s+(?:the\s+)?wrong\s+\w+)|"
    # "Mark clicked the phish. Again."
    r"clicked\s+(?:on\s+)?(?:the|a|that|another)\s+(?:phish(?:ing)?(?:\s+(?:link|email|mail|text|sms))?|"
    r"dodgy\s+link|scam\s+link)\b|"
    # Post to someone else's door: "a customer's bill was posted to their ex's address".
    r"(?:sent|posted|mailed|delivered|emailed|forwarded|addressed)\s+(?:[\w',.-]+\s+){0,6}?to\s+"
    r"(?:their|his|her|the\s+customer'?s|the\s+client'?s|the\s+patient'?s|a|an)\s+"
    r"(?:ex'?s|ex-\w+'?s|former\s+partner'?s|neighbou?r'?s|previous\s+tenant'?s|someone\s+else'?s)\s+"
    r"(?:address|house|flat|home|email)|"
    # Invoice fraud: "someone swapped the bank details on a supplier invoice".
    r"(?:swapped|changed|altered|switched|edited|replaced)\s+(?:the\s+)?(?:bank|account|payment)\s+"
    r"details\s+on\s+(?:a|an|the|our|one\s+of\s+our)\s+(?:[\w-]+\s+){0,2}?invoices?|"
    r"(?:paid|transferred|sent|wired)\s+(?:[\w£$€.,]+\s+){0,4}?to\s+(?:a|the|their)\s+"
    r"(?:fake|fraudulent|scam|scammer'?s|fraudster'?s|bogus)\s+(?:bank\s+)?(?:account|acct|iban)|"
    # To someone's own mailbox: "forwarding client lists to his gmail".
    r"(?:sent|sending|emailed|emailing|forwarded|forwarding|uploaded|uploading|copied|copying|synced|"
    r"syncing|exported|exporting|downloaded|downloading)\s+(?:[\w',.-]+\s+){0,10}?to\s+(?:my|his|her|"
    r"their)\s+(?:own\s+|personal\s+|private\s+|home\s+|uni\s+|university\s+|college\s+|school\s+|"
    r"old\s+)*(?:gmail|hotmail|yahoo|icloud|outlook|proton\w*|"
    r"e-?mail|dropbox|drive|usb|laptop|phone)|"
    # Everyone's addresses shown to everyone: "CC'd all 300 subscribers instead of BCC".
    r"cc'?d\s+(?:[\w',.-]+\s+){0,6}?instead\s+of\s+bcc|"
    # People's records given to a chatbot: "the intern pasted the client database into ChatGPT".
    r"(?:pasted|uploaded|put|copied|fed|dumped)\s+(?:the\s+|a\s+|our\s+|all\s+(?:the\s+|our\s+)?)?"
    r"(?:whole\s+|full\s+|entire\s+)?(?:client|customer|patient|staff|employee|payroll|member|donor|"
    r"student|pupil|tenant|guest|hr|personnel)s?\s+(?:[\w-]+\s+)?(?:database|db|data|list|records|"
    r"details|spreadsheet|file|export|notes)\s+(?:in)?to\s+(?:chat\s?gpt|gemini|claude|copilot|"
    r"deepseek|an?\s+(?:ai|chatbot|llm)|a\s+public\s+ai|google\s+translate|deepl)|"
    # Data left open: "customer db export sat in a public s3 bucket", "the bucket was public".
    r"(?:bucket|repo|repository|share|folder|container|database|db|export|dump|backup)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:was|were|has\s+been|had\s+been|sat|been|left)\s+(?:\w+\s+)?(?:public|publicly\s+"
    r"(?:accessible|readable|visible|available|exposed|open)|open\s+to\s+(?:the\s+)?(?:internet|world|"
    r"public)|world[- ]readable)\s+(?:for|since|on|when|by|last|yesterday|over)\b|"
    # Ransomware told as a fact: "ransomware on the clinic reception PC", "ransomware hit the NAS".
    r"ransomware\s+(?:is\s+|was\s+|has\s+)?(?:on|hit|infected|encrypted|got\s+into|took\s+down|"
    r"locked)(?=\s+(?:the|our|my|a|an|two|three|\d+)\s)|"
    # "ransomware note on the dealership's DMS server": the demand on a machine.
    r"ransom(?:ware)?\s+(?:note|message|screen|demand|splash)s?\s+(?:on|popped\s+up|appeared|came\s+up|"
    r"showing)\b|"
    # "files on S: are .locked"
    r"files\s+on\s+\S{1,30}\s+(?:are|now|all)\s+(?:all\s+|now\s+)?\.[a-z0-9]{2,12}\b|"
    # Ransomware signs: "ransom note on the file server", "files end in .lockbit".
    r"ransom\s+(?:note|demand|message|screen|letter|email)s?\s+(?:on|in|from|appeared|popped|showed|"
    r"came|was|were|says?|said|left|asking)|"
    # "reception PC has a ransom note this morning"
    r"(?:pc|laptop|server|screen|machine|computer|desktop|nas|till)\s+(?:has|had|got|shows|showed|"
    r"showing|is\s+showing)\s+(?:a|the)\s+ransom\s+(?:note|demand|message|screen)|"
    # "all the lease PDFs end in .locked"
    r"(?:files|pdfs|docs|documents|spreadsheets|scans|photos|images|backups)\s+(?:now\s+)?(?:all\s+)?"
    r"(?:end|ending|renamed|have|got)\s+(?:in|with|to)?\s*(?:the\s+)?(?:extension\s+)?"
    # Not a file type anyone opens: ".docx" is a format, ".lockbit" a ransom.
    r"\.(?!(?:docx?|xlsx?|pptx?|pdf|txt|csv|jpe?g|png|gif|zip|json|xml|html?|py|js|md|log|mp4|mov|"
    r"exe|msg|eml|odt|rtf|heic|tiff?|bak|tmp)\b)[a-z0-9]{2,12}\b|"
    # An attacker's deeds: "attacker had domain admin for ~6h".
    # Past deeds only: "hackers have targeted hospitals" is the news, not an incident.
    r"(?:attackers?|intruders?|threat\s+actors?|adversar(?:y|ies))\s+(?:had|got|gained|obtained|used|"
    r"moved|exfiltrated|stole|accessed|dumped|deployed|encrypted|pivoted|logged|created|disabled|"
    r"deleted|was|were)\b(?!\s+(?:to|be)\b)|"
    # Staff under investigation: "hr is investigating", "police are looking into it".
    r"(?:hr|security|legal|compliance|police|internal\s+audit)\s+(?:is|are|has|have)\s+"
    r"(?:now\s+|already\s+)?(?:investigating|looking\s+into|been\s+(?:called|informed|involved)|"
    r"involved)|"
    # Unwanted touch or attention that keeps happening: "keeps touching my shoulder".
    r"(?:keeps?|kept)\s+(?:on\s+)?(?:touching|grabbing|hugging|staring\s+at|commenting\s+on|messaging|"
    r"texting|calling|following|rubbing|stroking)\s+(?:me|my)\b|"
    # Work posted where the world can see it: "our intern posted the client deck on linkedin".
    r"(?:posted|shared|uploaded|leaked|published|put)\s+(?:[\w'-]+\s+){0,3}?(?:client|customer|internal|"
    r"confidential|deck|data|list|screenshots?|code|slides|roadmap|financials|passwords?|credentials|keys?|"
    r"patient|records|contracts?|salary|salaries|payroll)(?:\s+[\w'-]+){0,3}?\s+(?:on|to)\s+(?:linkedin|"
    r"facebook|twitter|x|instagram|reddit|tiktok|social\s+media|a\s+forum|pastebin|github|discord)\b|"
    # Secrets in the open: "our customers' passwords in plain text".
    r"(?:passwords?|credentials|api\s+keys?|secrets?|tokens?|pins?)\s+(?:\w+\s+)?in\s+(?:plain\s*-?text|"
    r"clear\s*-?text|an?\s+(?:email|spreadsheet|excel|chat|slack\s+message|ticket))\b|"
    # Physical security: "the server room door was propped open all weekend", "a near miss".
    r"(?:propped|wedged)\s+open|"
    # Not the paperwork: "near miss form where on the intranet".
    # Nor any near miss a rule speaks of: "staff must report any near miss within 24 hrs".
    r"(?<!\bany\s)(?<!\bevery\s)(?<!\beach\s)"
    r"near[\s-]miss\b(?!\s+(?:forms?|templates?|procedures?|polic(?:y|ies)|process|log|book|"
    r"register|training|reporting\s+(?:form|process|tool|system)|definition|app|portal))|"
    # Told to break the rules: "my manager asked me to delete the audit emails".
    r"(?:asked|told|pressured|pushed|forced|ordered|instructed)\s+(?:me|us)\s+to\s+(?:delete|destroy|shred|"
    r"backdate|falsify|fake|hide|cover\s+up|lie|alter|doctor|wipe)\b|"
    # Someone taken ill: "colleague collapsed in the canteen", "ambulance on its way".
    r"(?:colleague|coworker|co-worker|someone|somebody|customer|patient|visitor|worker|he|she|man|woman|"
    r"manager|boss|dad|mum|mom|wife|husband|son|daughter)\s+(?:just\s+)?(?:collapsed|fainted|passed\s+out|"
    r"blacked\s+out|stopped\s+breathing)|"
    r"ambulance\s+(?:is\s+)?(?:on\s+(?:its|the)\s+way|came|was\s+called|arrived|took)|"
    # Someone hurt at work: "forklift clipped Jamal", "a pallet fell on a picker".
    r"(?:forklift|pallet|truck|lorry|van|car|vehicle|ladder|shelf|shelving|crate)\s+"
    r"(?:\w+\s+)?(?:clipped|hit|struck|crushed|ran\s+over|knocked\s+(?:down|over)|fell\s+on|"
    r"landed\s+on|trapped|pinned)\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+)?\w+\b)",
    re.IGNORECASE,
)
# Whoever the vehicle hit, that is a person: "clipped Jamal", "hit a worker".
_PERSON_HIT = re.compile(
    r"(?:clipped|hit|struck|crushed|ran\s+over|knocked\s+(?:down|over)|fell\s+on|landed\s+on|"
    r"trapped|pinned)\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+)?(?P<who>\w+)$",
    re.IGNORECASE,
)
_NOT_NAMES = words(
    """
    the a an it this that these those i we you they he she my our your his her their all every
    monday tuesday wednesday thursday friday saturday sunday entrance exit gate door office
    """
)
_PEOPLE = words(
    """
    worker workers colleague colleagues picker pickers driver drivers someone somebody man woman
    guy employee employees contractor temp agency staff him her me us apprentice operator
    """
)

# People by their job or their part in a scene, as a camera catches them.
_ON_CAMERA = _PEOPLE | words(
    """
    handler handlers cleaner cleaners guard guards cashier cashiers courier couriers rider riders
    student students pupil pupils customer customers passenger passengers pax tenant tenants
    visitor visitors patient patients member members player players fan fans steward stewards
    agent agents officer officers supervisor supervisors porter porters waiter waitress barista
    nurse nurses teacher teachers kid kids child children boy boys girl girls lad lads teen teens
    intruder intruders thief thieves shoplifter shoplifters suspect suspects manager lady bloke
    fella
    """
)
_NEXT_WORD = re.compile(r"\s+(\w+)")

# Premises and vehicles broken into: "the van got broken into last night", "break-in at the depot".
_BROKEN_INTO = re.compile(
    r"\b(?:broken\s+into|brokn\s+into|broken\s+in2|burgled|burglari[sz]ed|ransacked|vandali[sz]ed|robbed|"
    r"raided|tampered\s+with|jemmied|forced\s+open)\b"
)
_BROKEN_INTO_LEAD = re.compile(
    r"\b(?:vans?|cars?|trucks?|lorry|lorries|vehicles?|minibus|bus|coach|caravan|trailer|container|house|home|"
    r"flat|apartment|office|shed|lockers?|store|shop|depot|warehouse|site|garage|unit|cabin|building|premises|"
    r"compound|yard|cabinet|till)\s+(?:(?:was|got|has\s+been|had\s+been|were|have\s+been|been)\s+|"
    # Told as a headline, whose it is in place of the verb: "Ciara's car broken into".
    r"(?<=['’]s\s(?:car|van)\s)|(?<=['’]s\struck\s)|(?<=['’]s\sflat\s)|(?<=['’]s\shouse\s)|"
    r"(?<=\smy\scar\s)|(?<=\smy\svan\s))$"
)
_BREAK_IN = re.compile(r"\bbreak-?ins?\s+(?:at|to|on|in)\s+(?:the|our|my)\b")
# Devices that should not be there: "card skimmer found fitted over the pin pad", "found an airtag".
_PLANTED = re.compile(
    r"\b(?:(?:card\s+)?skimm(?:er|ers|ing\s+devices?)|keyloggers?|hidden\s+cameras?|tracking\s+devices?|"
    r"gps\s+trackers?|air\s?tags?|rogue\s+(?:access\s+points?|devices?))\s+(?:was\s+|were\s+|has\s+been\s+|"
    r"had\s+been\s+|been\s+)?(?:found|discovered|fitted|attached|installed|planted|hidden|spotted|stuck)|"
    r"\b(?:found|discovered|spotted|removed)\s+(?:a|an|the|some|two)\s+(?:card\s+)?(?:skimmers?|skimming\s+"
    r"devices?|keyloggers?|hidden\s+cameras?|tracking\s+devices?|gps\s+trackers?|air\s?tags?)"
)
# The body part named: "hurt his back", "stock fell on Tunde's foot", "grabbed her arm".
_BODY = (
    r"(?:back|neck|shoulders?|arms?|elbows?|wrists?|hands?|fingers?|thumbs?|hips?|knees?|legs?|ankles?|"
    r"foot|feet|toes?|head|eyes?|ears?|chest|spine|ribs?|jaw|teeth|tooth|stomach|face|nose|lip|skull|"
    r"shin|calf|hamstring|groin|collarbone|pelvis|forearm|thigh|bum|bottom|backside|breasts?|waist|hair)"
)
# Whose: "his", "my colleague's", "Tunde's".
_WHOSE = r"(?:his|her|their|my|(?:(?:my|our)\s+)?[\w-]+'s)"
_HURT_BODY = re.compile(
    r"\b(?:hurt|injured|broke|sprained|twisted|cut|burned|burnt|bruised|fractured|dislocated|pulled|"
    r"strained|banged|crushed|trapped|jammed|smashed|grazed|scalded|bumped|wrenched|tore|torn)\s+"
    rf"{_WHOSE}\s+(?:[\w-]+\s+)?{_BODY}\b|"
    r"\b(?:fell|dropped|landed|came\s+down|toppled)\s+on\s+"
    rf"{_WHOSE}\s+(?:[\w-]+\s+)?{_BODY}\b"
)
# Hands laid on someone: "another lecturer grabbed her arm", "a customer slapped him".
_LAID_HANDS = re.compile(
    r"\b(?:grabbed|touched|groped|pushed|slapped|punched|kicked|shoved|hit|elbowed|pinched|squeezed|"
    rf"stroked|rubbed|headbutted)\s+{_WHOSE}\s+(?:[\w-]+\s+)?{_BODY}\b|"
    # "grabbed the nurse's wrist" (not "pushed the app's back button")
    r"\b(?:grabbed|touched|groped|slapped|punched|kicked|elbowed|pinched|squeezed|twisted)\s+the\s+"
    r"[\w-]+'s\s+(?:neck|shoulders?|arms?|wrists?|hands?|fingers?|hips?|knees?|legs?|face|hair|chest|"
    r"thigh|bum|bottom|breasts?|waist)\b|"
    r"\b(?:groped|slapped|punched|kicked|shoved|assaulted|headbutted|strangled|choked|molested|"
    r"spat\s+(?:at|on))\s+(?:him|her|them|a\s+(?:colleague|customer|student|nurse|patient|worker|driver|"
    r"member\s+of\s+staff|pupil|child|visitor|cashier))\b|"
    # "was beaten by the senior prefect", "got slapped by a customer": blows only people take.
    r"\b(?:was|were|got|been|being)\s+(?:(?:caned|slapped|punched|assaulted|stabbed|whipped|smacked|"
    r"strangled|groped|molested|headbutted)\s+by\b|"
    # Not "beaten by 3 goals", "kicked by the server": by a person.
    r"(?:beaten|kicked|hit)\s+(?:up\s+)?by\s+(?:a|an|the|his|her|their|another)\s+(?:[\w-]+\s+)?"
    r"(?:prefect|teacher|pupil|student|colleague|customer|manager|supervisor|guard|officer|police|"
    r"policeman|husband|wife|partner|boyfriend|girlfriend|father|mother|parent|stepfather|man|"
    r"woman|gang|patient|boss|coworker|co-worker|classmate|bully|neighbour|neighbor)s?\b)|"
    # "refused to leave and had to be escorted out by Jen": removed from a place.
    r"\b(?:was|were|got|had\s+to\s+be|has\s+been|have\s+been)\s+(?:physically\s+)?escorted\s+"
    r"(?:out|off|from)\b|"
    # "for throwing a chair at a supply teacher"
    r"\b(?:threw|throwing|thrown|throws)\s+(?:a|an|the|his|her|their|some)\s+(?:[\w-]+\s+)?"
    r"(?:chair|stapler|bottle|rock|stone|brick|cup|mug|phone|book|bag|desk|drink|knife|glass|"
    r"punch|plate|shoe|tray|bin)\s+at\s+(?:him|her|me|us|(?:a|an|the|his|her|their|another|my|our)\s+"
    r"(?:[\w-]+\s+)?(?:prefect|teacher|pupil|student|colleague|customer|manager|supervisor|guard|"
    r"officer|nurse|doctor|driver|cashier|waiter|waitress|barista|worker|child|kid|boy|girl|man|"
    r"woman|patient|boss|coworker|co-worker|classmate|neighbour|neighbor|member\s+of\s+staff)s?)\b"
)
# A device gone, told without an owner: "usb stick with the exam scripts is missing",
# "the handheld scanner's gone".
_GONE = re.compile(
    r"\b(?:missing(?!\s+(?:a|an|the|some|its|any|from\s+the\s+(?:list|menu|dropdown|inventory|report|"
    r"screen|app|portal|spreadsheet|system)))|disappeared|vanished|"
    r"gone(?=\s*(?:$|[.,;:!?)]|\s+(?:from|since|again|and|now|overnight|today|yesterday|this|last|after|"
    r"while|off\s+my|missing)\b)))"
)
# What is gone, named before it: anchored at the rarer end above, checked here.
_GONE_LEAD = re.compile(
    r"\b(?:laptop|lptp|macbook|thinkpad|phone|iphone|mobile|tablet|ipad|badge|usb(?:\s+(?:stick|drive|key))?|"
    r"memory\s+stick|stick|hard\s+drive|yubikey|backpack|wallet|key\s*card|keycard|fob|scanner|handheld|"
    r"radio|cash\s+box|cash\s+tin|float|lanyard|id\s+card|sat\s?nav|camera|drill|toolbox)"
    # "my laptops gone missing": the apostrophe dropped.
    r"(?:\s+(?:w/|with|from|in|at|on|for)\s+(?:[\w'-]+\s+){0,8}?|\s+)?(?:'?s|is|are|was|were|has|have|had|went)"
    r"\s+(?:now\s+|still\s+|just\s+|been\s+|also\s+){0,2}(?:gone\s+)?$"
)
# Lost, the "i" dropped: "lost my staff badge somewhere between the car park and the library".
_LOST_MINE = re.compile(
    r"\b(?:lost|misplaced)\s+(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:laptop|lptp|macbook|phone|iphone|mobile|"
    r"tablet|ipad|badge|usb|stick|hard\s+drive|yubikey|backpack|wallet|key\s*card|keycard|fob|keys|"
    r"token|id\s+card|work\s+pass|passport)\b"
)
# Fell for the lure: "i replied to the fake ceo email", "installed a fake zoom from a google ad".
_FELL_FOR = re.compile(
    r"\b(?:fake|phishing|phishy|scam|scammy|spoofed|dodgy|bogus|fraudulent|pirated|cracked|malicious|"
    r"infected|sketchy|shady|counterfeit|knock-?off)\b"
)
# Anchored at the lure above; the deed and its doer come before it.
_FELL_FOR_LEAD = re.compile(
    r"(?:(?:^|[.,;:!?\n(-])\s*(?:just\s+|recently\s+|accidentally\s+|mistakenly\s+)?|\b(?:i|i've|ive|"
    r"i\s+was|i\s+got|just|recently|got|been|was|he|she|we|someone|somebody|they|accidentally|mistakenly)"
    r"\s+(?:\w+\s+){0,2})(?:replied|responded|answered|fell\s+for|called\s+back|rang\s+back|called|rang|"
    r"followed|installed|downloaded|ran|opened|clicked(?:\s+on)?|scanned|paid)\s+(?:to\s+)?(?:a|an|the|"
    r"that|this|one\s+of\s+those|some)\s+(?:[\w-]+\s+)?$"
)
# Driven off with: "someone drove off with a pallet jack from our yard".
_MADE_OFF = re.compile(
    r"\b(?:drove|ran|walked|made|sped|cycled|rode)\s+off\s+with\s+(?:a|an|the|our|my|his|her|their|"
    r"some|two|three|all|\d+)\b"
)
_MADE_OFF_LEAD = re.compile(
    r"\b(?:someone|somebody|stranger|strangers|thieves|thief|they|man|woman|guy|bloke|lad|lads|kids|"
    r"youths|teenagers|he|she|burglars?|robbers?|customer|driver|contractor|person|people|van|car)\s+"
    r"(?:just\s+)?$"
)
# A writer's secret found in a breach: "my password turned up in that big leak", "email is pwned".
_IN_A_LEAK = re.compile(
    r"\b(?:turned\s+up|showed\s+up|appeared|appears|popped\s+up|came\s+up|found|listed|included|"
    r"ended\s+up)\s+in\s+(?:a|an|the|that|this|some|one\s+of\s+the|two|three|\d+)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:leaks?|breach(?:es)?|dumps?|pastes?|leaked\s+(?:lists?|databases?))\b|"
    r"\bpwned\b"
)
# A burst of failed sign-ins in a pasted log: "3400 failed root logins from one ip".
_FAILED_LOGINS = re.compile(
    r"\b(?:failed|unsuccessful|invalid)\s+(?:\w+\s+)?"
    r"(?:logins?|log-?ins?|sign-?ins?|ssh|password|auth\w*|login\s+attempts|attempts)\b"
)
# Hundreds of them: "3400 failed root logins", "1,200 failed ssh logins".
_MANY_LEAD = re.compile(r"\b(?:\d{3,}|\d{1,3}(?:,\d{3})+)\+?\s+$")
_FAILED_LOGINS_LEAD = re.compile(
    r"\b(?:after|than|over|exceeds?|exceeding|max(?:imum)?|limit|allow(?:ed|s)?|up\s+to|to|at|of|every)"
    r"\s+(?:\d{3,}|\d{1,3}(?:,\d{3})+)\+?\s+$"
)
# What the writer disowns: "that wasn't me", "it was not me".
_NOT_ME = re.compile(r"\b(?:wasn'?t|isn'?t|not)\s+me\b")
_NOT_ME_LEAD = re.compile(r"\b(?:that|it|this|which)(?:\s+(?:was|is))?\s+$")
# Another vehicle hit the writer's: "the car that hit my van", "i pranged the pool car".
_COLLISION = re.compile(
    r"\b(?:hit|crashed\s+into|rear-?ended|reversed\s+into|backed\s+into|ran\s+into|smashed\s+into|"
    r"drove\s+into|scraped|dented|clipped|side-?swiped|bumped\s+into|ploughed\s+into|plowed\s+into|"
    r"went\s+into\s+the\s+back\s+of)\s+(?:my|our)\s+(?:\w+\s+)?(?:car|van|truck|lorry|vehicle|bike|"
    r"motorbike|scooter|cab|taxi)\b|"
    r"\b(?:crashed|totall?ed|pranged|wrote\s+off|written\s+off|dented|scraped|damaged|smashed)\s+"
    r"(?:the|my|our|a)\s+(?:company\s+|work\s+|pool\s+|hire\s+|rental\s+|delivery\s+)?(?:car|van|truck|"
    r"lorry|vehicle|forklift|bike)\b"
)
# The writer hit someone: "I rear-ended someone at a red light", "we knocked over a cyclist".
# Anchored at the verb (rare), the writer checked before it: "i" starts too many words.
_HIT_SOMEONE = re.compile(
    r"\b(?:rear-?ended|crashed\s+into|backed\s+into|reversed\s+into|knocked\s+(?:over|down)|"
    r"ran\s+over|hit)\s+(?:someone|somebody|a\s+(?:parked\s+)?(?:car|cyclist|pedestrian|kid|child|man|"
    r"woman|van|bus|taxi|motorbike|scooter|rider))\b"
)
_HIT_SOMEONE_LEAD = re.compile(r"\b(?:i|we)\s+(?:\w+\s+)?$")
# Caught with something, or owning up: "crew member found with a vodka bottle in her bag",
# "the FO admitted he lied in the fatigue report".
_FOUND_WITH = re.compile(
    r"\b(?:was\s+|got\s+)?(?:found|caught)\s+with\s+(?:a|an|some|\d+\w*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bottles?|drugs|knife|knives|weapons?|guns?|cannabis|weed|cocaine|pills|alcohol|vodka|"
    r"whisky|whiskey|gin|beer|cans|cash|stolen)\b"
    r"|\b(?:admitted|confessed)\s+(?:to\s+)?(?:that\s+)?(?:he|she|they|i)?\s*(?:had\s+)?(?:lied|lying|"
    r"falsif\w+|stole|stealing|took|taking|cheated|cheating|forged|forging|fiddl\w+|faked|faking|"
    r"drinking|drank|using)\b"
)
# Someone in a picture who said no: "new hire Jomar is in it, he asked not to be posted".
_NO_CONSENT = re.compile(
    r"\b(?:asked|asks|wants?|wanted|requested)\s+not\s+to\s+be\s+(?:posted|photographed|filmed|"
    r"tagged|recorded|shown|pictured|in\s+(?:the\s+)?(?:photos?|pictures?|videos?))"
    r"|\b(?:doesn'?t|does\s+not|didn'?t|did\s+not)\s+(?:want|consent)\s+(?:to\s+be\s+)?(?:posted|"
    r"photographed|filmed|tagged|recorded|in\s+(?:the\s+)?(?:photos?|pictures?|videos?))"
)

# --- personal media --------------------------------------------------------------------
# Image and video files named for a person: "headshot_Lena_Kraus_final.png", "selfie_anna_k.png".
_MEDIA_FILE = re.compile(
    # A bare "headshot.png" names no one: a name or date piece must follow.
    r"\b(?:selfie|headshot|head_shot|mugshot|passport|face[_-]?(?:photo|pic|scan|shot|id))[_-][\w-]{1,60}?"
    r"\.(?:jpe?g|png|heic|heif|webp|gif|bmp|tiff?|mp4|mov|avi)\b"
)
# A camera file next to a word for a picture of someone: "the selfie ... IMG_0912.jpg".
_CAMERA_FILE = CuePattern(
    re.compile(r"\b(?:img|dsc|pxl|photo|video|vid)[\w-]{1,40}\.(?:jpe?g|png|heic|mp4|mov)\b")
)
_OF_SOMEONE = re.compile(
    r"\b(?:selfies?|headshots?|mugshots?|face\s+(?:photo|pic|picture|shot|scan|image)s?|"
    r"passport\s+(?:photo|pic|picture)s?|portraits?)\b"
)
# Footage that shows a named person: "cctv clip shows Tom from packing taking the box".
# A picture of someone by name: "the bodycam video of Nadia at the front desk".
_PICTURE_OF = re.compile(
    r"\b(?:videos?|vids?|photos?|pictures?|pics?|footage|clips?|recordings?|images?|stills?|selfies?|"
    r"headshots?|snaps?)\s+(?:of|showing)\s+"
    r"(?:(?P<det>the|my|his|her|their|our|two|three|four|some|a\s+couple\s+of)\s+)?(?P<who>\w+)\b",
    re.IGNORECASE,
)
# Who "the" can stand before in a picture of someone: "cctv still of the fella who took it".
_THE_PERSON = words(
    """
    fella bloke guy man woman lad girl boy kid suspect thief shoplifter intruder burglar
    kids children pupils patients residents twins
    """
)
# People by their role, after a number: "a video of two cashiers arguing in the car park".
_ROLES = words(
    """
    cashiers nurses teachers students pupils kids children customers staff workers drivers
    guards cleaners managers patients residents tenants members employees colleagues agents
    officers pickers porters waiters chefs girls boys men women lads guys people
    """
)
# One person by role, then what they are doing: "photo of our founder asleep on the beanbag",
# "a vid of the duty-free manager singing at the Christmas do".
_ROLE_ONE = words(
    """
    founder ceo cto cfo boss manager director teacher nurse doctor driver colleague coworker
    mentor intern assistant receptionist cleaner chef secretary supervisor trainee student pupil
    patient client customer tenant neighbour neighbor head principal coach lecturer
    """
)
_PICTURE_OF_ROLE = re.compile(
    r"\b(?:videos?|vids?|photos?|pics?|pictures?|footage|clips?|recordings?|images?|stills?|snaps?)\s+"
    r"of\s+(?:the|our|my|his|her|their|a|an)\s+(?:[\w-]+\s+)??(?P<role>\w+)\s+(?P<next>\w+)",
    re.IGNORECASE,
)
_AT_HAND = re.compile(r"\b(?:this|these|attached|here'?s|here\s+is)\s+(?:[\w-]+\s+)?$", re.I)
_DOING = words("who at in on with from asleep drunk crying naked sleeping passed")
_COUNTS = frozenset({"two", "three", "four", "some", "a couple of"})
# A picture of a wound: "here's the pic of the pressure sore on bed 9's sacrum".
_PICTURE_OF_WOUND = re.compile(
    r"\b(?:pics?|photos?|pictures?|images?|videos?|snaps?)\s+of\s+(?:the|a|an|her|his|their|my)\s+"
    # "a photo of the patient's pressure sore": whose it is, then what
    r"(?:(?:patient|pt|resident|client|child|baby|customer|colleague|worker)['’]s\s+)?"
    r"(?:[\w-]+\s+)?(?:sores?|wounds?|rash|burns?|bruis(?:e|es|ing)|ulcers?|lesions?|bites?|gash|"
    r"swelling|scars?|injury|injuries|fracture|stoma|blisters?|stitches)\b",
    re.IGNORECASE,
)

# Someone's own pictures by their name: "Sanjay's wedding photo he shared in the team chat".
_NAMED_OWN_PICTURES = re.compile(
    r"\b(?-i:[A-Z][a-z]+)['’]s\s+(?:wedding|holiday|family|baby|honeymoon|private|kids'?|"
    r"children's|hen\s+do|stag\s+do|birthday|graduation|scan)\s+(?:photos?|pics?|pictures?|videos?|"
    r"selfies?|album|snaps?)\b",
    re.IGNORECASE,
)

_OWN_PICTURE_KINDS = (
    *("wedding", "holiday", "family", "baby", "honeymoon", "private", "kids", "children"),
    *("hen", "stag", "birthday", "graduation", "scan"),
)

# A meeting recorded while someone spoke of themselves: "someone recorded the team meeting
# where Gabriela talked about her divorce".
_RECORDED_WHERE = re.compile(
    r"\b(?:(?:recorded|filmed|taped|screen-?recorded|(?:recording|video|audio|footage)\s+(?:of|from)|"
    r"transcript\s+of|minutes\s+of)\s+"
    r"(?:the|a|an|our|that|this)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:meeting|call|session|conversation|interview|chat|zoom|huddle|briefing|1:1|one-to-one)"
    # Or written: "the email chain where Leon tells the supplier about his arrest".
    r"|(?:the|this|that|an?)\s+(?:[\w-]+\s+)?(?:email|e-mail|message|text|whatsapp|slack|teams|"
    r"dm|chat)\s+(?:chain|thread|exchange|trail))\s+"
    r"(?:where|when|in\s+which)\s+(?:(?-i:[A-Z][a-z]+)|she|he|they|(?:the|my|our|their|his|her)\s+\w+)\s+"
    r"(?:talked|talks|spoke|speaks|told|tells|says|said|cried|broke\s+down|shouted|admitted|"
    r"opened\s+up|mentioned|mentions|reveals|revealed|brags|bragged|boasts|boasted|"
    # "the transcript of the Teams call where Neil admits he falsified the record"
    r"discussed|confessed|explained|disclosed|admits|confesses|threatened|threatens|insulted|"
    r"insults|swore|swears|yelled|screamed|mocked|mocks|called|reads\s+out|read\s+out)\b",
    re.IGNORECASE,
)

# A call recorded with someone: "recorded the call with the client on my phone, 14 mins".
_RECORDED_WITH = re.compile(
    r"\b(?:recorded|taped|screen-?recorded)\s+(?:the|a|my|our|that|this)\s+(?:[\w-]+\s+)?"
    r"(?:call|calls|meeting|conversation|session|interview|chat|zoom|teams\s+call)\s+with\s+"
    r"(?:(?:the|a|my|our|his|her|that|this)\s+(?:[\w-]+\s+)?(?:client|customer|patient|tenant|"
    r"candidate|manager|boss|colleague|supplier|landlord|caller|parent|student|employee|doctor|"
    r"lawyer|solicitor|ex)|(?-i:[A-Z][a-z]+))\b",
    re.IGNORECASE,
)

# Someone filmed doing something: "one of the girls filmed Shane the supervisor chucking a chair".
_FILMED_DOING = re.compile(
    r"\b(?:filmed|videoed|photographed|snapped|recorded)\s+(?P<who>(?-i:[A-Z][a-z]+))"
    r"(?:\s+(?:the|our|a)\s+[\w-]+)?\s+(?P<doing>\w+ing)\b",
    re.IGNORECASE,
)
# A recording of one call: "voice rec of the angry pax call from 10:42".
_RECORDING_OF_CALL = re.compile(
    r"\b(?:voice\s+rec(?:ording)?|rec(?:ording)?|audio|voice\s*note)\s+of\s+(?:the|a|an|that|this)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:call|meeting|conversation|interview)\s+(?:from|at|on|with)\s+"
    r"(?:\d|yesterday|today|this\s+morning|last)",
    re.IGNORECASE,
)
# What pictures show of someone: "doorstep delivery pics show the cust's kid in the doorway".
_PICTURES_SHOW = re.compile(
    r"\b(?:pics?|photos?|pictures?|images?|snaps?)\s+(?:clearly\s+)?(?:show|shows|showed|showing|"
    r"caught|captured)\s+(?:the|a|an|his|her|their)\s+(?:[\w']+\s+)?(?:kid|kids|child|children|"
    r"face|faces|son|daughter|baby|wife|husband|family|neighbou?r)\b",
    re.IGNORECASE,
)

# A picture someone sent in: "the selfie the customer uploaded for kyc looks edited".
_PICTURE_SENT_IN = re.compile(
    r"\b(?:selfies?|photos?|pics?|pictures?|videos?|recordings?|voice\s*notes?|scans?|images?)\s+"
    r"(?:that\s+|which\s+)?(?:the|a|this|our|that)\s+(?:new\s+)?(?:customer|client|patient|"
    r"applicant|tenant|student|member|user|caller|candidate|guest|passenger|claimant|driver)\s+"
    r"(?:uploaded|sent|posted|submitted|shared|emailed|took|attached)\b",
    re.IGNORECASE,
)

# Family, after a possessive: "a video of their son Kofi having a meltdown".
_KIN = words(
    """
    son sons daughter daughters kid kids child children baby babies toddler wife husband partner
    mum mom dad mother father brother sister grandma grandpa nan gran granny grandson
    granddaughter nephew niece twins
    """
)
# A screenshot of someone's messages: "here's a screenshot of the whatsapp where Tunde threatens".
_SCREENSHOT_OF_CHAT = re.compile(
    # "the group chat screenshots where the night staff were laughing at a resident"
    r"\b(?:whatsapp|group\s+chat|chat|text|message|dm|slack|teams|snapchat)\s+screen\s?(?:shots?|"
    r"grabs?|caps?)\s+(?:where|in\s+which|showing)\b|"
    # "a screenshot of kyles text where he says": whose, with or without the apostrophe
    r"\bscreen\s?(?:shots?|grabs?|caps?)\s+of\s+(?:the|a|an|my|his|her|their|our|\w+['’]?s)\s+"
    # "a screenshot of her Teams chat where...": the app may be named before the chat.
    r"(?:(?:teams|slack|signal|telegram|messenger|work|private|family|group|team)\s+)?"
    r"(?:whatsapp|chat|messages?|texts?|dms?|conversation|group\s+chat|thread|snapchat|story|"
    # "the WhatsApp group where...", "the Slack channel where..."
    r"instagram|facebook|post)s?(?:\s+(?:group|chat|gc|channel))?\s+(?:where|between|in\s+which|with)\b",
    re.IGNORECASE,
)
# A picture of what is someone's: "the recording of Rosalie's disciplinary meeting",
# "photo of the deckhand's hand after the winch thing".
_PICTURE_OF_WHOSE = re.compile(
    r"\b(?:videos?|photos?|pictures?|pics?|footage|clips?|recordings?|images?|stills?|scans?|"
    r"screenshots?|audio|voice\s*(?:notes?|memos?)|the\s+one|that\s+one)\s+(?:of|showing)\s+"
    # "the one of the Blakes' kids": a family's, after a plural's apostrophe.
    r"(?:the\s+|our\s+|an?\s+)?(?P<who>\w+)(?:['’]s|(?<=s)['’])\s+(?P<what>[\w-]+)(?:\s+(?P<then>\w+))?",
    re.IGNORECASE,
)
# What a person has that pictures show: their body, their papers, a meeting about them.
_SOMEONES = (
    BODY_PARTS
    | MEDIA_SUBJECTS
    | words(
        """
    meeting interview hearing disciplinary grievance appraisal review consultation session
    injury injuries wound wounds bruise bruises cut burn burns scar scars tattoo
    profile profiles dms tinder hinge bumble grindr nudes story stories
    """
    )
)
# Security footage with a person in it: "CCTV clip from the shop 14:32, the guy in the grey
# hoodie pockets the demo iPhone".
_FOOTAGE_OF_PERSON = re.compile(
    r"\b(?:(?:cctv|bodycam|body-?cam|body-?worn|dashcam|dash-?cam|doorbell(?:\s+cam(?:era)?)?|"
    r"security\s+cam(?:era)?)\s+(?:clip|footage|video|recording|still|image|grab|screenshot|pic|"
    r"photo)s?"
    # "the footage from the bus camera of the lad who kicked the door in"
    r"|(?:footage|clip|video|recording|still)s?\s+from\s+(?:the|a|our)\s+(?:[\w-]+\s+)?"
    r"(?:camera|cam|cctv|dashcam|bodycam))\b[^.?!\n]{0,80}?\b(?:the|a|this|that)\s+(?:[\w-]+\s+)?(?:guy|man|woman|lad|girl|boy|"
    r"bloke|fella|suspect|thief|shoplifter|intruder|burglar|customer|driver|person|kid|teen|"
    r"teenager|youth|employee|colleague|cyclist|pedestrian)\s+(?:in|with|who|wearing|taking|"
    r"pocket\w*|grab\w*|steal\w*|hit\w*|punch\w*|run\w*|leav\w*|enter\w*|walk\w*|climb\w*|"
    r"break\w*|smash\w*|kick\w*|push\w*|fall\w*|fell|slip\w*)\b",
    re.IGNORECASE,
)
_FOOTAGE = re.compile(
    r"\b(?:cctv|camera|security\s+camera|bodycam|dashcam|doorbell\s+cam(?:era)?|webcam)\s+"
    r"(?:clip|footage|video|recording|still|image|feed)?\s*(?:clearly\s+)?(?:shows|showed|showing|"
    r"caught|captured|has|recorded)\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+)?(?P<who>\w+)\b",
    re.IGNORECASE,
)

# Someone's voice pasted to be written out: "transcribe pls: [voice memo 0:42] 'hi it's...'".
_TRANSCRIBE = re.compile(
    r"\b(?:transcribe|transcript\s+of|transcription\s+of)\b(?:\s+\w+){0,3}?"
    # Pasted after a colon or bracket, or named as one in particular: not "transcribe voicemails?".
    r"(?:\s*[:\[(-][\s\[(]*(?:(?:my|this|the|that|a)\s+)?|\s+(?:my|this|the|that|a)\s+)"
    r"(?:\w+'s\s+)?(?:voice\s*(?:memo|note|message|mail|"
    r"recording)s?|voicemails?|voicenotes?|audio\s+(?:message|note|clip)s?)"
)
# The writer's own voice: "it's just me reminding myself", "a note to self".
_OWN_VOICE = re.compile(
    r"\b(?:it'?s|its|it\s+is)\s+(?:just|only)\s+me\b(?!\s+and\b)|\bnotes?\s+to\s+(?:my)?self\b"
    r"|\breminding\s+myself\b|\bmy\s+own\s+voice\b"
)
# Recorded without asking: "i recorded the zoom with the tenant without telling her".
_COVERT = re.compile(
    r"\b(?:recorded|filmed|photographed|taped|screenshotted|snapped)\b[^.?!\n]{0,60}?\bwithout\s+"
    r"(?:telling|asking|(?:his|her|their|them|my)\s+(?:consent|permission|knowledge|knowing|agreement)|"
    r"consent|permission|(?:them|him|her|anyone)\s+knowing)"
)
# "he secretly filmed us", "recorded me covertly": whoever did it.
_SECRETLY = re.compile(
    r"\b(?:secretly|covertly)\s+(?:recorded|recording|filmed|filming|photographed|photographing|taped|"
    r"taping)\b|\b(?:recorded|filmed|photographed|taped)\s+(?:\w+\s+){0,3}?(?:secretly|covertly|"
    r"on\s+the\s+sly)\b"
)
# Damage done to the writer's car: "smashed the window of my car", "slashed our tyres".
_VANDALISED = re.compile(
    r"\b(?:smashed|slashed|keyed|scratched|kicked\s+in|broke|cracked|nicked|stole)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:window|windows|windscreen|windshield|tyres?|tires?|door|lock|mirror|wing\s+mirror|catalytic\s+"
    r"converter|plates?|badge)\s+(?:of|on|in|off)\s+(?:my|our)\s+(?:\w+\s+)?(?:car|van|truck|lorry|"
    r"vehicle|bike|motorbike)\b|"
    r"\b(?:slashed|keyed|smashed\s+up|vandali[sz]ed)\s+(?:my|our)\s+(?:\w+\s+)?(?:car|van|tyres?|tires?|"
    r"bike|windscreen)\b"
)
# Threats to publish unless paid: "they'll leak our emails unless we pay".
_EXTORTION = re.compile(
    # The demand, not a contract's terms: "unless we pay up", not "unless we pay on time".
    r"\bunless\s+(?:we|i|you)\s+(?:pay|send|transfer|wire)(?:\s+(?:up|them|him|her|a\s+ransom|the\s+ransom|"
    r"in\s+bitcoin|bitcoin|btc|crypto)\b|\s+[$£€\d]|\s*(?:[.!]|$))|"
    r"\bthreaten(?:ed|ing|s)?\s+to\s+(?:leak|share|post|publish|release|expose|send|sell)\s+(?:my|our|"
    r"pics|photos|pictures|videos|nudes)\b"
)
# Money paid into the wrong pocket: "the deposit went into my personal account by mistake".
_MISDIRECTED = re.compile(
    r"\b(?:went|paid|transferred|deposited|landed|ended\s+up|got\s+paid)\s+(?:in|into|to)\s+(?:my|his|her|"
    r"their)\s+(?:own\s+|personal\s+|private\s+)+(?:bank\s+)?(?:account|acct|card)\b"
)
# Someone punished for what they did: "Sandeep deactivated after 3 complaints of rude
# behaviour", "she was suspended for repeated no-shows" (not "drivers are deactivated after
# three complaints": a rule; whose it is, see _PUNISHED_LEAD and _punished_named).
_PUNISHED = re.compile(
    r"\b(?:deactivated|suspended|banned|dismissed|sacked|fired|terminated|struck\s+off|written\s+up)\s+"
    r"(?:after|for|over|following|due\s+to)\s+(?:\d+|a|an|two|three|four|five|several|multiple|"
    r"repeated|many|his|her)?\s*(?:customer\s+|rider\s+|passenger\s+|guest\s+|patient\s+)?"
    r"(?:complaints?|reports?|warnings?|incidents?|strikes?|allegations?|no-?shows?|breaches?|"
    r"violations?)\b"
)
_PUNISHED_LEAD = re.compile(
    r"\b(?:he|she|i|we|they)\s+(?:was|were|got|'s\s+been|has\s+been|had\s+been|have\s+been|"
    r"just\s+got|is\s+being)\s+$"
)
_PUNISHED_NAMED = re.compile(
    r"\b(?P<who>[A-Z][a-z]+)\s+(?:was\s+|got\s+|has\s+been\s+|had\s+been\s+|is\s+being\s+)?$"
)


# Phrases whose subject may also be a given name alone, and how it is read back.
_NAMED_LEADS = {_IN_HOSPITAL: _NAMED_LEAD, _PUNISHED: _PUNISHED_NAMED}

# Sent to the wrong place: "emailed the payroll export ... to an external contractor
# instead of our accountant".
_SENT_INSTEAD = re.compile(
    r"\b(?:e-?mailed|forwarded|sent|mailed|uploaded|attached|shared)\b[^.?!\n]{0,120}?\bto\s+"
    # a person or a firm, not "to the printer instead of saving it"
    r"(?!(?:the\s+|my\s+|our\s+)?(?:printer|print|scanner|bin|trash|recycle|archive|cloud|drive|"
    r"folder|desktop|queue|wrong\s+folder)\b)[^.?!\n]{1,60}?\binstead\s+of\s+(?!\w+ing\b)"
)
# Counting to payday: "600 left till payday", "£40 to last until next pay".
_TILL_PAYDAY = re.compile(
    r"\b(?:left|to\s+last|to\s+live\s+on)\s+(?:till|until|til|before|for\s+the\s+rest\s+of\s+the\s+month)"
    r"(?:\s+(?:payday|pay\s*day|next\s+pay|my\s+next\s+pay|the\s+end\s+of\s+the\s+month|month\s+end))?"
)
_TILL_PAYDAY_LEAD = re.compile(
    r"(?:[$£€]\s?\d[\d.,]*|\b\d[\d.,]*)\s+(?:quid\s+|bucks\s+|euros?\s+|pounds?\s+|dollars?\s+|"
    r"rand\s+|naira\s+)?$"
)
# The writer shown in a clip: "my face is visible", "you can see my kids".
_WRITER_SHOWN = re.compile(r"\b(?:visible|in\s+shot|recogni[sz]able|on\s+camera)\b")
_WRITER_SHOWN_LEAD = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:face|faces|kids?|children|son|daughter|house|home|address|body|"
    r"number\s+plate|reg)\s+(?:is|are)\s+(?:clearly\s+|fully\s+|totally\s+)?$"
)
_SEE_WRITER = re.compile(r"\bsee\s+my\s+(?:face|kids?|children|son|daughter|house|address|body)\b")
_SEE_WRITER_LEAD = re.compile(r"\byou\s+can\s+(?:clearly\s+|still\s+|just\s+)?$")
_MEDIA_WORDS = re.compile(
    r"\b(?:clips?|videos?|photos?|pics?|pictures?|footage|recordings?|dashcam|cctv|images?|screenshots?|"
    r"selfies?|stream|livestream|reel|post)\b"
)
# Cannot pay for the basics: "cant afford my rent this month".
_CANT_AFFORD = re.compile(
    r"\bafford\s+(?:to\s+pay\s+|to\s+cover\s+)?(?:my|our|the)\s+(?:\w+\s+)?(?:rent|mortgage|bills?|loan|"
    r"debts?|payments?|repayments?|childcare|tuition|fees|food|groceries|heating|council\s+tax|car\s+payment)s?\b"
)
_CANT_AFFORD_LEAD = re.compile(
    r"\b(?:can'?t|cant|cannot|couldn'?t|can\s+not|unable\s+to|struggling\s+to|won'?t\s+be\s+able\s+to)\s+"
    r"(?:really\s+|even\s+|actually\s+)?$"
)
# Someone trying the writer's door: "someone tried to log into my account twice last night".
_TRIED_IN = re.compile(
    r"\b(?:tried|trying|attempted|attempting)\s+to\s+(?:log|sign|get|break)\s+in(?:to)?\s+(?:my|our)\b"
)
_TRIED_IN_LEAD = re.compile(
    r"\b(?:someone|somebody|some1|sum1|hackers?|strangers?|an?\s+unknown\s+\w+|they|he|she|ex)\s+"
    r"(?:has\s+|had\s+|have\s+|keeps\s+|kept\s+|is\s+|was\s+|been\s+){0,2}$"
)
# Doors and rooms left open: "the server room door was left open all weekend".
_LEFT_OPEN = re.compile(r"\bleft\s+(?:wide\s+)?(?:open|unlocked|unattended|unsecured)\b")
_LEFT_OPEN_LEAD = re.compile(
    # Doors that keep something safe, not a window opened for air.
    r"\b(?:server\s+room|comms\s+room|data\s+room|records\s+room|stock\s+room|cash\s+office|safe|cage|rack|"
    r"filing\s+cabinet|cabinet|fire\s+exit|back\s+door|side\s+door|shutter|yard\s+gate|gate)(?:\s+doors?)?\s+"
    r"(?:was|were|got|has\s+been|had\s+been|have\s+been|been|is)\s+$"
)
# Struck on the road: "got hit by a car on the way in", "was knocked off my bike".
_STRUCK = re.compile(
    r"\b(?:hit|knocked\s+(?:down|over|off\s+(?:my|his|her)\s+bike)|run\s+over|rear-?ended)\s+by\s+"
    r"(?:a|an|the)\s+(?:\w+\s+)?(?:car|van|bus|truck|lorry|cyclist|bike|motorbike|scooter|forklift|taxi|"
    r"cab|vehicle|driver)\b"
)
_STRUCK_LEAD = re.compile(
    r"\b(?:i|i've|ive|i\s+was|we|he|she|they|got|get|was|been|just|mum|mom|dad|son|daughter|wife|husband|"
    r"partner|colleague|driver)\s+(?:\w+\s+)?$"
)
# What is left in the writer's account: "i have £3 in my account till friday".
_IN_MY_ACCOUNT = re.compile(r"\b(?:account|bank|savings|current\s+account)\b")
_IN_MY_ACCOUNT_LEAD = re.compile(
    r"\b(?:have|got|only|just|there'?s|left\s+with)\s+(?:about\s+|around\s+|less\s+than\s+|under\s+)?"
    rf"(?:{_MONEY}|\d[\d.,]*(?:\s+(?:quid|bucks|pounds?|dollars?|euros?))?)\s+(?:left\s+)?in\s+(?:my|our)\s+(?:current\s+|savings\s+|bank\s+|joint\s+)?$"
)
# Pregnancy told: "pregnant with my second", "pregnant again".
_PREGNANT = re.compile(
    r"\bpregnant\s+(?:with\s+(?:my|our|twins|triplets|a\s+baby|baby|number|no\.?)|again)\b"
)
# Debts held, with their size: "i've got 4 grand on credit cards", "we owe 12k on the overdraft".
_DEBT_HELD = re.compile(
    r"\b(?:credit\s+cards?|cards|store\s+cards?|debts?|loans?|overdraft|arrears|klarna|payday\s+loans?|"
    r"buy\s+now\s+pay\s+later|bnpl)\b"
)
_DEBT_HELD_LEAD = re.compile(
    r"\b(?:got|have|owe|owing|racked\s+up|run\s+up|ran\s+up|carrying|sitting\s+on)\s+(?:about\s+|around\s+|"
    rf"over\s+|nearly\s+|almost\s+)?(?:{_MONEY}|\d{{1,3}}(?:,\d{{3}})+)\s+(?:of\s+|on\s+|in\s+)"
    r"(?:my\s+|our\s+|the\s+)?(?:\w+\s+)?$"
)
# Someone hurt in a fall: "kid fell off climbing frame", "a guest slipped on the wet floor".
# Looked for at the verb (rarer than the people words) with the person just before.
_FELL = re.compile(
    r"\b(?:fell|slipped|tripped|collapsed|fainted)\s+(?:off|from|down|over|on|in|at|and)\b"
)
_FELL_LEAD = re.compile(
    r"\b(?:kid|child|pupil|student|boy|girl|customer|patient|resident|worker|colleague|operator|"
    r"driver|guest|visitor|player|man|woman|lady|bloke|scaffolder|cleaner|porter|picker|nurse|"
    r"carer)\s+(?:\w+\s+)?$"
)
# What a person owes, told of them: "mrs o'hare owes 1,870 on the spay + dental".
_PERSON_OWES = re.compile(
    rf"\b(?:owes|owed|owing)\s+(?:us\s+|me\s+|the\s+(?:practice|clinic|school|club|shop|"
    rf"landlord|council|bank)\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|still\s+)?"
    rf"(?:{_AMOUNT})"
)
_PERSON_OWES_LEAD = re.compile(
    r"(?:\b(?:mr|mrs|ms|miss|mx|dr)\.?\s+[\w'’-]+|\b(?:he|she|they|tenant|customer|client|patient|"
    r"owner|resident|member|guest|parent|mum|dad|brother|sister|son|daughter|ex|husband|wife|"
    r"partner|flatmate|roommate|employee|colleague))\s+(?:still\s+|now\s+|already\s+)?$"
)
# Or a known given name: "Sarah owes us £300 for the deposit", "Nikos still owes the shop 640".
_NAMED_LEADS[_PERSON_OWES] = re.compile(
    r"\b(?P<who>[A-Z][a-z]+)\s+(?:still\s+|now\s+|already\s+)?$"
)
# Pictures that are private by what they show: "i have private pics on the old work phone".
_PRIVATE_MEDIA = re.compile(
    r"\b(?:private|intimate|nude|naked|explicit|racy|boudoir|sexy|embarrassing|compromising|revealing)\s+"
    r"(?:photos?|pics?|pictures?|videos?|vids?|selfies?|images?|snaps?|footage|recordings?)\b"
)
_PRIVATE_MEDIA_LEAD = re.compile(
    r"\b(?:i\s+have|i've\s+got|ive\s+got|i\s+got|i\s+had|i\s+took|i\s+sent|i\s+shared|there\s+are|"
    r"there'?s|there\s+is|my|our|has|have|had|with|of\s+me)\s+(?:\w+\s+){0,2}$"
)
# Someone caught in a private moment on camera: "the party video has my colleague drunk and crying".
_SHOWN_STATE = re.compile(
    r"\b(?:videos?|photos?|pics?|pictures?|clips?|footage|recordings?|selfies?|images?|snaps?)\b"
    r"[^.?!\n]{0,60}?\b(?:crying|sobbing|in\s+tears|naked|nude|undressed|topless|bleeding|drunk|"
    r"passed\s+out|throwing\s+up|being\s+sick|kissing|arguing|screaming|swearing|brawling|"
    r"having\s+a\s+(?:meltdown|breakdown|go\s+at)|in\s+a\s+(?:fistfight|punch-up))\b"
)
# Someone recognisable in a picture: "a video of his flooded kitchen, his kids are in it",
# "the bodycam shows the shoplifter's face clearly".
_SOMEONE_IN_IT = re.compile(
    r"\b(?:my|his|her|their|our)\s+(?:kids?|children|son|daughter|family|wife|husband|partner|"
    r"baby|face|neighbou?rs?)\s+(?:is|are)\s+(?:clearly\s+|all\s+)?in\s+(?:it|them|the\s+"
    r"(?:video|photo|pic|picture|shot|background|footage|clip|recording))\b"
    r"|\b(?:bodycam|body\s+cam|cctv|footage|video|camera|doorbell\s+cam(?:era)?|dashcam)\s+"
    r"(?:\w+\s+)?(?:shows|showed|caught|captured|has)\s+(?:the|his|her|their|a|an)\s+"
    r"(?:[\w'’-]+\s+)?(?:face|faces|number\s+plate|reg)\b"
)
# Played or posed: "the training video uses actors crying".
_ACTED = re.compile(
    r"\b(?:actors?|actresses|models?|stock|characters?|cast|extras|movie|film|scene)\b"
)
# An identity paper sent along: "attached is a scan of my passport", "here's my birth certificate".
_ID_PAPERS = re.compile(
    r"\b(?:passport|birth\s+certificate|driving\s+licen[cs]e|driver'?s\s+licen[cs]e|id\s+card|"
    r"residence\s+permit|visa|marriage\s+certificate|national\s+id|brp|green\s+card)\b"
)
_ID_SENT_LEAD = re.compile(
    r"\b(?:attached|attaching|enclosed|uploading|uploaded|here'?s|here\s+is|sending|sent\s+you|"
    r"that'?s|thats|this\s+is|it'?s)\s+(?:is\s+|are\s+)?(?:a\s+)?(?:copy\s+of\s+|scan\s+of\s+|photo\s+of\s+|"
    r"pic\s+of\s+|picture\s+of\s+)?my\s+(?:[\w-]+\s+)?$"
)
_POINTED_AT = re.compile(r"\b(?:that'?s|thats|this\s+is|it'?s)\s+(?:\w+\s+){0,6}$")
# A file, as chat shows an attachment: "IMG_2041.heic", "scan_0001.pdf".
_ANY_FILE = re.compile(
    r"\.(?:pdf|jpe?g|png|heic|heif|webp|tiff?)\b|\b(?:attach\w*|upload\w*|enclosed)\b"
)

# (family, pattern, what must come just before it): each pattern starts at its rarest
# word, and the common words that lead up to it ("i'm on a", "11") are checked after.
_FOLDED_PATTERNS: tuple[tuple[str, CuePattern, re.Pattern[str] | None], ...] = tuple(
    (family, CuePattern(pattern, word_needs=True), lead)
    for family, pattern, lead in (
        ("financial_info", _PAY, None),
        ("financial_info", _PAY_AFTER_FIGURE, _FIGURE_LEAD),
        ("financial_info", _EARN, _EARN_LEAD),
        ("health", _AIDED, _AIDED_LEAD),
        ("health", _DIAGNOSED, _ACTOR_LEAD),
        ("health", _READING, None),
        ("health", _DOCTOR_SAYS, None),
        ("health", _PROCEDURE, _PROCEDURE_LEAD),
        ("financial_info", _TAX_CLASS, _TAX_CLASS_LEAD),
        ("financial_info", _OWN_RATE, _OWN_RATE_LEAD),
        ("financial_info", _BALANCE_FIELD, None),
        ("financial_info", _PAY_MISSED, None),
        ("financial_info", _HARDSHIP, _HARDSHIP_LEAD),
        ("financial_info", _DEBT_COST, None),
        ("incident", _HR_RECORD, _HR_RECORD_LEAD),
        ("incident", _SETBACK, _SETBACK_LEAD),
        ("incident", _PUBLIC_PLACE, _PUBLIC_PLACE_LEAD),
        ("incident", _SHARED_OUT, _SHARED_OUT_LEAD),
        ("incident", _WRITTEN_DOWN, _WRITTEN_DOWN_LEAD),
        ("incident", _INVESTIGATED, _INVESTIGATED_LEAD),
        ("incident", _INVESTIGATED_FOR, None),
        ("incident", _NOT_MINE, _NOT_MINE_LEAD),
        ("incident", _STOLE, _THIEF_LEAD),
        ("health", _IN_HOSPITAL, _IN_HOSPITAL_LEAD),
        ("incident", _LEFT_IN_PUBLIC, None),
        ("incident", _BROKEN_INTO, _BROKEN_INTO_LEAD),
        ("incident", _BREAK_IN, None),
        ("incident", _PLANTED, None),
        ("incident", _HURT_BODY, None),
        ("incident", _LAID_HANDS, None),
        ("incident", _GONE, _GONE_LEAD),
        ("incident", _LOST_MINE, None),
        ("incident", _FELL_FOR, _FELL_FOR_LEAD),
        ("incident", _MADE_OFF, _MADE_OFF_LEAD),
        ("incident", _IN_A_LEAK, None),
        ("incident", _FAILED_LOGINS, _MANY_LEAD),
        ("incident", _NOT_ME, _NOT_ME_LEAD),
        ("incident", _COLLISION, None),
        ("incident", _HIT_SOMEONE, _HIT_SOMEONE_LEAD),
        ("incident", _FOUND_WITH, None),
        ("incident", _SENT_INSTEAD, None),
        ("incident", _PUNISHED, _PUNISHED_LEAD),
        ("personal_media", _NO_CONSENT, None),
        ("health", _TREATMENT_SCHEDULE, None),
        ("health", _HEALTH_STATUS, None),
        ("health", _PHASED_RETURN, _PHASED_RETURN_LEAD),
        ("health", _WEEKS_GONE, _NUMBER_LEAD),
        ("health", _FOREIGN_HEALTH, None),
        ("personal_media", _MEDIA_FILE, None),
        ("personal_media", _TRANSCRIBE, None),
        ("personal_media", _COVERT, _ACTOR_LEAD),
        ("personal_media", _SECRETLY, None),
        ("health", _PREGNANT, None),
        ("incident", _TRIED_IN, _TRIED_IN_LEAD),
        ("incident", _LEFT_OPEN, _LEFT_OPEN_LEAD),
        ("incident", _STRUCK, _STRUCK_LEAD),
        ("financial_info", _IN_MY_ACCOUNT, _IN_MY_ACCOUNT_LEAD),
        ("financial_info", _CANT_AFFORD, _CANT_AFFORD_LEAD),
        ("incident", _VANDALISED, None),
        ("incident", _EXTORTION, None),
        ("incident", _MISDIRECTED, None),
        ("financial_info", _TILL_PAYDAY, _TILL_PAYDAY_LEAD),
        ("personal_media", _WRITER_SHOWN, _WRITER_SHOWN_LEAD),
        ("personal_media", _SEE_WRITER, _SEE_WRITER_LEAD),
        ("financial_info", _DEBT_HELD, _DEBT_HELD_LEAD),
        ("financial_info", _PERSON_OWES, _PERSON_OWES_LEAD),
        ("incident", _FELL, _FELL_LEAD),
        ("personal_media", _PRIVATE_MEDIA, _PRIVATE_MEDIA_LEAD),
        ("personal_media", _ID_PAPERS, _ID_SENT_LEAD),
        ("personal_media", _SHOWN_STATE, None),
        ("health", _ON_DOSE, _ON_DOSE_LEAD),
        ("personal_media", _SOMEONE_IN_IT, None),
    )
)

# Questions about the topic and hypotheticals are not disclosures.
_GENERIC = re.compile(
    # "where's the form for reporting a near miss": where to click, not what happened.
    r"^\s*(?:where(?:'s|s|\s+(?:is|are|do|does|can|should|would))\b|what|which|how|why|explain|"
    r"describe|define|write|list|give|summari[sz]e|compare|"
    r"create|generate|draft|design|imagine|tell\s+me\s+about|is\s+it|are\s+there|does|do\s+you|"
    # "is there a form for near-miss reports?": asks for the document, tells nothing.
    r"is\s+there\s+(?:a|an|any)\s+(?:form|template|process|procedure|policy|guide|checklist))\b",
    re.IGNORECASE,
)
_IF = re.compile(
    r"\b(?:if|in\s+case|whether|suppose|supposing|could|would|might|when|whenever)\b", re.IGNORECASE
)
# Someone writing about the topic, not from it: "a blog post about hiv positive athletes".
_ABOUT_BEFORE = re.compile(r"\b(?:about|regarding|on)\s+(?:\w+\s+){0,3}$")
_ABOUT_WORK = re.compile(
    r"\b(?:article|blog|essay|poster|campaign|course|training|study|research|statistics|stats|"
    r"awareness|leaflet|webinar|quiz|guidance|policy)\b"
)


# Writing that carried the data out, not writing about it: "went out with the Friday newsletter".
_VEHICLE = re.compile(
    r"\b(?:with|in|via|through|inside|attached\s+to)\s+(?:the|our|a|an|this|last|that)\s+"
    r"(?:[\w-]+\s+)?(?:newsletter|post|blog|leaflet)s?\b",
    re.IGNORECASE,
)

# Writing and exercises that use an incident or illness as their material.
_WRITING = re.compile(
    r"\b(?:(?:policy|policies|clause|handbook|guidance|guidelines)\s+(?:\w+\s+)?(?:about|covering|"
    r"regarding)|"
    # "a LinkedIn post", not "post it in the team channel"
    r"(?<!\bto\s)(?<!\bcan\s)(?<!\bi'll\s)post(?!-|\s+(?:it|them|this|that)\b)|"
    r"article|blog|essay|poster|campaign|course|quiz|write-?up|ctf|tabletop|scenario|"
    r"case\s+stud(?:y|ies)|drill|simulation|webinar|leaflet|newsletter|lesson|textbook)\b",
    re.IGNORECASE,
)


def _about(folded: str, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` is the subject of some writing, not a fact."""
    if _ABOUT_BEFORE.search(folded, max(0, start - 40), start):
        return True
    return _ABOUT_WORK.search(sentence_around(folded, start, end)) is not None


def _is_person(word: str) -> bool:
    """A person's name ("Jamal", not "The") or a word for a person ("a worker")."""
    lowered = word.lower()
    if lowered in _PEOPLE:
        return True
    # Mid-sentence capitals after "hit" or "shows" are a name ("clipped Jamal"), bar a few.
    return word.istitle() and lowered not in _NOT_NAMES


# A task to write with what the writer tells in it, unlike a question about how things are.
_TASK = re.compile(r"\s*(?:write|draft|summari[sz]e|list|create|generate)\b", re.IGNORECASE)
_INNER_CAPITALISED = re.compile(r"(?<=\s)[A-Z][a-z]+\b")


def names_someone(sentence: str) -> bool:
    """Whether a known given name, capitalised, stands after the first word of ``sentence``."""
    names = given_names()
    return any(w.lower() in names for w in _INNER_CAPITALISED.findall(sentence))


def _told(text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` is told as a fact, not asked or made up."""
    sentence = sentence_around(text, start, end)
    if _WRITING.search(_VEHICLE.sub(" ", sentence)):
        return False
    generic = _GENERIC.match(sentence)
    if generic is not None and not (
        (_TASK.match(generic.group(0)) and names_someone(sentence)) or _named_before(text, start)
    ):
        # But "draft a reminder that Fiona's on a phased return" tells it, and so does "how
        # should I log it - Tariq lost the site laptop on the train".
        return False
    head = sentence[: max(0, sentence.find(text[start:end]))]
    if _IF.search(head):
        return False
    if asked_after_a_dash(text, start, end):
        return False
    return not placeholder_context(text, start, end, 60)


# "Equifax breach 2017 - how many records were exposed?", "near miss vs incident - what's
# the difference?": a topic, then the question about it after a dash or a colon.
_CLAUSE_BREAK = re.compile(r"\s[—–-]+\s|:\s")
_DIFFERENCE = re.compile(r"\b(?:difference\s+between|what'?s\s+the\s+difference)\b", re.I)
_SIDE_OF_VS = re.compile(r"\b(?:vs\.?|versus)\s+(?:an?\s+|the\s+)?$", re.I)
_VS_SIDE = re.compile(r"\s+(?:vs\.?|versus)\s", re.I)
_COMPARE = re.compile(r"\b(?:vs\.?|versus|difference\s+between|what'?s\s+the\s+difference)\b", re.I)


def asked_after_a_dash(text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` is the topic of a question that follows a dash or a
    colon, or of a comparison ("X vs Y - what's the difference?"), with nobody's own case."""
    sentence = sentence_around(text, start, end, keep_end=True)
    if _FIRST_PERSON.search(sentence.lower()):
        return False
    if _DIFFERENCE.search(sentence):
        return True  # "incident vs near miss - what's the difference", "?" or not
    if _SIDE_OF_VS.search(text, max(0, start - 12), start) or _VS_SIDE.match(text, end):
        return True  # "incident vs near miss under ISO 45001": one side of a comparison
    if not sentence.rstrip().endswith("?"):
        return False
    if _COMPARE.search(sentence):
        return True
    head = sentence[: max(0, sentence.find(text[start:end]))]
    clause = _CLAUSE_BREAK.split(head)[-1] if _CLAUSE_BREAK.search(head) else None
    return clause is not None and _GENERIC.match(clause) is not None


def _pay_owned(folded: str, start: int) -> bool:
    """Whether the pay figure at ``start`` is the writer's, not a word problem's person's."""
    if _THIRD_PARTY.search(folded, max(0, start - 30), start) or _POPULATION.search(
        folded, max(0, start - 30), start
    ):
        return False
    sentence = sentence_around(folded, start, start + 1, 160)
    if _FIRST_PERSON.search(sentence) is not None:
        return True
    if _asks(folded, start):
        return False  # "overtime is paid at 1,50 an hour?": how pay works, nobody's pay
    if start < _OPENING_REACH and not folded[:start].strip():
        return True  # the figure opens the request
    return _GOT_PAID.match(folded, 0, start) is not None  # "got a 3k bonus": "i" dropped


def _asks(folded: str, start: int) -> bool:
    """Whether the sentence from ``start`` ends with a question mark."""
    stop = _SENTENCE_END.search(folded, start, start + 300)  # bounded: linear over many hits
    return stop is not None and stop.group(0) == "?"


_SENTENCE_END = re.compile(r"[.!?\n]")
# Pay of a group, not a person: "average salary in berlin is 4.100 eur".
_POPULATION = re.compile(
    r"\b(?:average|median|typical|mean|starting|market|industry|standard|minimum|maximum|max|min|"
    r"national|entry-level|total|company|team|annual\s+bonus\s+pool)\s+(?:\w+\s+)?$"
)
_GROUP_PAY = re.compile(
    r"\b(?:pool|budget|band|bands|range|cap|scheme|fund|policy|per\s+hour|rate)\b"
)
_OPENING_REACH = 40
_GOT_PAID = re.compile(
    r"\s*(?:just\s+)?(?:got|get|getting|received|earned|earn|making|make|paid|on)\b[^.?!\n]{0,30}$"
)


_FIRST_PERSON_OR_OURS = re.compile(
    r"\b(?:i|i'm|im|i've|ive|me|my|mine|we|our|us|customer'?s?|client'?s?|staff|employee'?s?)\b"
)
# Figures about a person: someone else's in word problems ("her salary is $4,000").
_PAY_OR_READING = (_PAY, _PAY_AFTER_FIGURE, _READING)


def _sentence(m: re.Match[str], folded: str) -> str:
    return sentence_around(folded, m.start(), m.end(), 160)


def _doc_not_doctor(m: re.Match[str], folded: str) -> bool:
    # "the api doc says to retry": documentation, not a doctor
    lead = _DOCS_LEAD.search(folded, max(0, m.start() - 20), m.start())
    return m.group(0).startswith("doc ") and lead is not None


def _id_without_file(m: re.Match[str], folded: str) -> bool:
    # "that's my passport number?": only with a file or an attachment in the sentence
    pointed = _POINTED_AT.search(folded, max(0, m.start() - 80), m.start()) is not None
    return pointed and not _ANY_FILE.search(_sentence(m, folded))


# Each newer phrase family's own guard: True leaves the match alone.
_SIGNAL_WORDS = re.compile(
    r"\b(?:signal|wi-?fi|reception|coverage|access\s+point|aerial|antenna|repeater|extender|"
    r"router|broadband|4g|5g|bars?)\b"
)
_GUARDS: dict[re.Pattern[str], Callable[[re.Match[str], str], bool]] = {
    # "contractors' overtime wasn't paid, is that legal": nobody's own
    _PAY_MISSED: lambda m, f: not _FIRST_PERSON.search(_sentence(m, f)),
    _DEBT_COST: lambda m, f: not _FIRST_PERSON.search(_sentence(m, f)),
    _DEBT_HELD: lambda m, f: not _FIRST_PERSON.search(_sentence(m, f)),
    _TILL_PAYDAY: lambda m, f: not _FIRST_PERSON.search(_sentence(m, f)),
    _CANT_AFFORD: lambda m, f: not _FIRST_PERSON.search(_sentence(m, f)),
    # "my face is visible in the meeting": a camera setting, unless a recording is named
    _WRITER_SHOWN: lambda m, f: not _MEDIA_WORDS.search(_sentence(m, f)),
    _SEE_WRITER: lambda m, f: not _MEDIA_WORDS.search(_sentence(m, f)),
    # "millions of passwords were in the leak": the news
    _IN_A_LEAK: lambda m, f: not _FIRST_PERSON_OR_OURS.search(_sentence(m, f)),
    _DOCTOR_SAYS: _doc_not_doctor,
    # "no signal in the cabin, can we get a booster?": an aerial, not a jab
    _PROCEDURE: lambda m, f: (
        m.group(0) == "booster" and _SIGNAL_WORDS.search(_sentence(m, f)) is not None
    ),
    # "the training video uses actors crying": played, not caught
    _SHOWN_STATE: lambda m, f: _ACTED.search(_sentence(m, f)) is not None,
    _ID_PAPERS: _id_without_file,
    # "lock the account after 100 failed logins": a setting
    _FAILED_LOGINS: lambda m, f: (
        _FAILED_LOGINS_LEAD.search(f, max(0, m.start() - 40), m.start()) is not None
    ),
    # "transcribe this voice note, it's just me reminding myself: ...": the writer's own
    _TRANSCRIBE: lambda m, f: _OWN_VOICE.search(f, m.start(), m.end() + 120) is not None,
}


def find_phrases(text: str, folded: str) -> Iterator[tuple[str, int, int]]:
    """Yield ``(family, start, end)`` for disclosing phrases; ``folded`` is ``text`` case-folded."""
    for family, pattern, lead in _FOLDED_PATTERNS:
        for m in pattern.finditer_folded(text):
            start, end = m.span()
            if family == "incident" and shared(text, answer_options):
                break  # an exam question's story: "...grabbed her arm...\nA. ..."
            if (
                lead is not None
                and not lead.search(folded, max(0, start - 60), start)
                and not (
                    (named := _NAMED_LEADS.get(pattern.pattern)) is not None
                    and _known_name_before(named, text, start)
                )
            ):
                continue
            if pattern.pattern in _PAY_OR_READING and not _pay_owned(folded, start):
                continue
            guard = _GUARDS.get(pattern.pattern)
            if guard is not None and guard(m, folded):
                continue
            if pattern.pattern is _LEFT_IN_PUBLIC and not _LEFT_WHAT.search(
                sentence_around(folded, start, end)
            ):
                continue  # "left my umbrella on the bus"
            if pattern.pattern is _PAY and _GROUP_PAY.search(folded, start, end + 20):
                continue  # "bonus pool this year is 1.200.000 eur"
            if pattern.pattern is _WEEKS_GONE and (
                m.group(0).endswith("along") and not _PREGNANCY_CUE.search(folded)
            ):
                continue  # "6 weeks along" is a project, unless a baby is near
            if family == "health" and (
                _about(folded, start, end)
                if pattern.pattern is not _PHASED_RETURN
                # "on a phased return" is where someone is, not what is written about
                else _ABOUT_WORK.search(sentence_around(folded, start, end)) is not None
            ):
                continue
            if _told(text, start, end):
                yield family, start, end
    yield from _find_incidents(text, folded)
    yield from _find_media(text, folded)
    yield from _find_named_messages(text)


# Someone's private message pasted: "make Deepak's Slack message to me sound like a haiku: '...'".
# Anchored at the app's name (a pattern that starts with any word is tried at every word);
# whose it is is read just before.
_NAMED_MESSAGE = re.compile(
    r"\b(?:slack|teams|whatsapp|signal|telegram|text|sms|dm|direct|private|"
    r"linkedin|instagram|messenger|facebook)\s+(?:message|msg|dm|chat|text|note)s?\b"
    r"(?:\s+to\s+(?:me|us|him|her|them))?[^'\"‘“\n]{0,40}?['\"‘“]"
)
_named_messages = CuePattern(_NAMED_MESSAGE).finditer_folded
_WHOSE_BEFORE = re.compile(r"\b(?P<who>[A-Z][a-z]+)'s\s+$")


def _find_named_messages(text: str) -> Iterator[tuple[str, int, int]]:
    for m in _named_messages(text):
        whose = _WHOSE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if whose is not None and whose.group("who").lower() in world_given_names():
            yield "personal_media", whose.start(), m.end()


_incidents = CuePattern(_INCIDENT)


def _named_before(text: str, start: int) -> bool:
    """Whether a capitalised given name stands just before ``start`` ("Mario forwarded...")."""
    before = text[max(0, start - 30) : start].split()
    return bool(before) and before[-1].istitle() and before[-1].lower() in GIVEN_NAMES


# Staged incidents: "i clicked the link in the phishing simulation". Narrower than
# the preparedness words of ``topics``: "i clicked the link, what's the procedure?"
# and "someone took my bag during the fire drill" did happen.
REHEARSAL = re.compile(
    r"\b(?:phish\w*\s+(?:simulations?|tests?|drills?|exercises?|training)|simulated\s+phish\w*|"
    r"tabletop)\b",
    re.IGNORECASE,
)


# How threats behave in general, not what happened here.
_ABOUT_THREATS = re.compile(
    r"\b(?:can|could|may|might|would|typically|usually|often|generally|prevent|protect|defend|spreads?)\b"
)


# An exam question's story: its answer options give it away ("...grabbed her arm...\nA. ..."),
# or "which of the following".
_OPTION_LINE = re.compile(r"\n\s*[A-D][.)]\s")
_WHICH_OF_THE = re.compile(r"\bwhich\s+of\s+the\s+$")


def answer_options(text: str) -> bool:
    """Whether ``text`` is an exam question with answer options (its people are invented)."""
    # The options' pattern starts with a literal newline, which ``re`` finds at C speed; the
    # question is looked for back from each "following". One case-blind search of the whole
    # text for either cost a third of a millisecond per 8,000 characters.
    if _OPTION_LINE.search(text) is not None:
        return True
    index = shared(text, WordIndex)
    return any(
        _WHICH_OF_THE.search(index.folded, max(0, pos - 30), pos) is not None
        for pos in index.where("following")
    )


def _find_incidents(text: str, folded: str) -> Iterator[tuple[str, int, int]]:
    for m in _incidents.finditer(text):
        if shared(text, answer_options):
            return
        start, end = m.span()
        if REHEARSAL.search(sentence_around(folded, start, end)):
            continue
        if m.group(0)[:10].lower() == "ransomware" and _ABOUT_THREATS.search(
            sentence_around(folded, start, end)
        ):
            continue  # "ransomware on the network can spread over SMB": how it works
        hit = _PERSON_HIT.search(m.group(0))
        if hit is not None and not _is_person(hit.group("who")):
            continue
        if (
            _SENT.match(m.group(0).lower())
            and not _SENDER_LEAD.search(folded, max(0, start - 60), start)
            and not _named_before(text, start)
        ):
            continue  # "emails sent to the wrong address should be recalled": a rule
        if sent_nothing_private(m.group(0), sentence_around(folded, start, end)):
            continue  # "sent a photo to the wrong group, it was just a worksheet"
        if _told(text, start, end):
            yield "incident", start, end


def sent_nothing_private(found: str, sentence: str) -> bool:
    """Whether ``found`` tells of something sent astray and ``sentence`` says it held
    nothing of anyone's ("sent a photo to the wrong group, it was just a worksheet")."""
    return _SENT.search(found.lower()) is not None and _NOTHING_PRIVATE.search(sentence) is not None


# What went astray held nothing of anyone's: "it was just a worksheet, nothing personal".
_NOTHING_PRIVATE = re.compile(
    r"\bnothing\s+(?:personal|private|confidential|sensitive)\b"
    r"|\bno\s+(?:personal|private|confidential|sensitive|customer|patient)\s+"
    r"(?:data|info|information|details)\s+(?:in|on)\b"
    r"|\b(?:it\s+was|it's|its|was)\s+(?:just|only)\s+(?:a|an|the)\s+(?:blank\s+)?"
    r"(?:worksheet|template|flyer|poster|menu|rota|timetable|newsletter|agenda|meme|form)\b"
)


_of_someone = CuePattern(_OF_SOMEONE)
_footage = CuePattern(_FOOTAGE)
_footage_of_person = CuePattern(_FOOTAGE_OF_PERSON)
_picture_of = CuePattern(_PICTURE_OF)
_picture_of_whose = CuePattern(_PICTURE_OF_WHOSE, word_needs=True)
_screenshot_of_chat = CuePattern(_SCREENSHOT_OF_CHAT)
_picture_sent_in = CuePattern(_PICTURE_SENT_IN)
_recorded_where = CuePattern(_RECORDED_WHERE, word_needs=True)
_recorded_with = CuePattern(_RECORDED_WITH)
_picture_of_role = CuePattern(_PICTURE_OF_ROLE)
_filmed_doing = CuePattern(_FILMED_DOING)
_recording_of_call = CuePattern(_RECORDING_OF_CALL)
_pictures_show = CuePattern(_PICTURES_SHOW)
_picture_of_wound = CuePattern(_PICTURE_OF_WOUND)


def _pictures_a_person(text: str, m: re.Match[str]) -> bool:
    """Whether a ``_PICTURE_OF`` match shows a person rather than a place or a thing."""
    who = m.group("who")
    # "a photo of London" is a place: only a known given name, or a word for a person.
    # A first name alone is someone known ("Nadia"); a full name is often a public figure.
    after = text[m.end() : m.end() + 30].split()
    surname = bool(after) and after[0][:1].isupper()
    det = " ".join((m.group("det") or "").lower().split())
    low = who.lower()
    if det in _COUNTS:
        # "of two cashiers arguing": people doing something, not "two photos of some staff".
        return low in _ROLES and bool(after) and after[0].lower().endswith("ing")
    if det == "the":
        # "of the fella", not "of the staff canteen" nor "of the kids' drawings"
        return low in _THE_PERSON and not text.startswith(("'", "’"), m.end())
    if det:
        return low in _KIN or low in _PEOPLE  # "of their son", "of my colleague"
    named = who.istitle() and low in GIVEN_NAMES and not surname
    if not named and who.istitle() and after:
        # "a pic of Jamal from accounts asleep at his desk": a name doing something
        doing = after[0].lower() in _DOING or after[0].lower().endswith("ing")
        named = doing and low in given_names()
    if low in _ROLE_ONE and after and after[0].istitle():
        return True  # "our photo of nurse Bronwyn holding the twins"
    return named or low in _PEOPLE


def _find_media(text: str, folded: str) -> Iterator[tuple[str, int, int]]:
    for m in _CAMERA_FILE.finditer_folded(text):
        sentence = sentence_around(folded, m.start(), m.end(), 160)
        if _of_someone.pattern.search(sentence) and _told(text, m.start(), m.end()):
            yield "personal_media", m.start(), m.end()
    for m in _footage.finditer(text):
        who = m.group("who")
        # "caught a baggage handler opening bags": the role can be the second word.
        role = _NEXT_WORD.match(text, m.end())
        known = (
            who.lower() in GIVEN_NAMES
            or who.lower() in _ON_CAMERA
            or (role is not None and role.group(1).lower() in _ON_CAMERA)
        )
        if (known or (who.istitle() and who.lower() not in common_words())) and _told(
            text, m.start(), m.end()
        ):
            yield "personal_media", m.start(), m.end()
    for m in _picture_of.finditer(text):
        if _pictures_a_person(text, m) and _told(text, m.start(), m.end()):
            yield "personal_media", m.start(), m.end()
    for pattern in (
        _footage_of_person,
        _screenshot_of_chat,
        _recorded_where,
        _recorded_with,
        _picture_of_wound,
        _recording_of_call,
        _pictures_show,
    ):
        for m in pattern.finditer(text):
            if _told(text, m.start(), m.end()):
                yield "personal_media", m.start(), m.end()
    yield from _find_more_media(text)


# Someone's ID picture by name: "badge photo for new starter Nkosi came out dark".
_ID_PHOTO_OF = re.compile(
    r"\b(?:badge|id|passport|profile|staff|pass|visa|licen[cs]e|security|lanyard|access\s+card|"
    r"warrant\s+card)\s+(?:photo|picture|pic|image|scan|headshot)s?\s+(?:for|of)\s+"
    r"(?P<lead>(?:the\s+|our\s+)?new\s+(?:starter|hire|joiner|employee|recruit|colleague)\s+)?"
    r"(?P<who>(?-i:[A-Z][a-z]+))\b",
    re.IGNORECASE,
)
# A camera's video where someone is seen: "the video from parking camera where Nadia from
# accounting kisses the supplier".
_CAMERA_WHERE = re.compile(
    r"\b(?:videos?|footage|clips?|recordings?|stills?|photos?|pictures?)\s+(?:from|of|on)\s+"
    r"(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:camera|cam|cctv|dashcam|bodycam|doorbell|"
    r"webcam)\s+(?:where|in\s+which|showing|that\s+shows)\s+(?P<who>\w+)\b",
    re.IGNORECASE,
)
# Pictures of someone put up for everyone: "put the birthday party photos on the care home
# facebook page the ones with dorothy blowing out the candles".
_POSTED_PICTURES = re.compile(
    r"\b(?:put|post|posted|posting|upload|uploaded|share|shared|publish|published|add|added)\s+"
    r"(?:the|our|these|those|some|a\s+few)\s+(?:[\w-]+\s+){0,3}?(?:photos?|pictures?|pics?|videos?)\s+"
    r"(?:on|to|onto|in)\s+(?:the|our|a|an)\s+(?:[\w-]+\s+){0,3}?(?:facebook|instagram|insta|website|"
    r"page|newsletter|tiktok|twitter|blog)\b[^.?!\n]{0,40}?\b(?:with|of|showing)\s+(?P<who>\w+)\b",
    re.IGNORECASE,
)
_posted_pictures = CuePattern(_POSTED_PICTURES)
# A family's certificates: "scans of the Ndlovu marriage certificate and both kids' birth certs".
_FAMILY_PAPERS = re.compile(
    r"\b(?:scans?|copies|copy|photos?|pictures?)\s+of\s+(?:the\s+)?(?-i:[A-Z][a-z]+)\s+"
    r"(?:family['’]s\s+)?(?:marriage|birth|death|divorce|adoption|naturali[sz]ation|citizenship)\s+"
    r"cert(?:ificate)?s?\b"
    r"|\b(?:kids|children|son|daughter|wife|husband|partner|mum|dad|baby|twins)['’]s?\s+"
    r"(?:birth|marriage|adoption)\s+cert(?:ificate)?s?\b",
    re.IGNORECASE,
)
_family_papers = CuePattern(_FAMILY_PAPERS)
# Private messages between two people, pasted: "pasting the DM thread between our associate
# and opposing counsel: 'Kate: between us...'".
_PRIVATE_THREAD = re.compile(
    r"\b(?:dms?|direct\s+messages?|private\s+messages?|pms?|texts?|whatsapps?|whatsapp\s+messages?|"
    r"snapchats?|instagram\s+messages?)\s+(?:thread|chain|exchange|conversation|chat)?\s*between\s+"
    r"(?:our|the|my|his|her|their|two|(?-i:[A-Z][a-z]+))\b",
    re.IGNORECASE,
)
_private_thread = CuePattern(_PRIVATE_THREAD)
_id_photo_of = CuePattern(_ID_PHOTO_OF)
_camera_where = CuePattern(_CAMERA_WHERE)
_PAPERS_AND_THREADS: tuple[tuple[frozenset[str], CuePattern], ...] = (
    (words("cert certs certificate certificates"), _family_papers),
    (words("between"), _private_thread),
)
_PICTURES_OF_SOMEONE: tuple[tuple[frozenset[str], CuePattern], ...] = (
    (
        words("photo photos picture pictures pic pics image images scan scans headshot headshots"),
        _id_photo_of,
    ),
    (words("camera cam cctv dashcam bodycam doorbell webcam"), _camera_where),
    (
        words("facebook instagram insta website page newsletter tiktok twitter blog"),
        _posted_pictures,
    ),
)
_SEEN_WHO = words(
    "he she they someone somebody colleague manager boss resident residents patient patients "
    "pupil pupils child children kids"
)


def _find_named_media(text: str) -> Iterator[tuple[str, int, int]]:
    """A named person's own pictures, or a named person filmed doing something."""
    # Its name may start at any capital: tried only when "'s" and a kind of photo stand in the text.
    index = shared(text, WordIndex)
    if ("'s " in text or "’s " in text) and any(index.where(w) for w in _OWN_PICTURE_KINDS):
        for m in _NAMED_OWN_PICTURES.finditer(text):
            if _told(text, m.start(), m.end()):
                yield "personal_media", m.start(), m.end()
    for m in _filmed_doing.finditer(text):
        if m.group("who").lower() in given_names() and _told(text, m.start(), m.end()):
            yield "personal_media", m.start(), m.end()
    # Each kind only when its rarer word stands in the text: their first words ("add",
    # "id", "texts") are common.
    for cue, pattern in _PAPERS_AND_THREADS:
        if not any(index.where(word) for word in cue):
            continue
        for m in pattern.finditer(text):
            if _told(text, m.start(), m.end()) and not asks(
                sentence_around(text, *m.span(), keep_end=True)
            ):
                yield "personal_media", m.start(), m.end()
    for cue, pattern in _PICTURES_OF_SOMEONE:
        if not any(index.where(word) for word in cue):
            continue
        for m in pattern.finditer(text):
            yield from _someone_pictured(text, m)


def _someone_pictured(text: str, m: re.Match[str]) -> Iterator[tuple[str, int, int]]:
    who = m.group("who").lower()
    # After "new starter" a capitalised word that is no common word is the name.
    named = "lead" in m.re.groupindex and m.group("lead") is not None
    known = who in given_names() or who in _SEEN_WHO or (named and who not in common_words())
    if known and _told(text, m.start(), m.end()):
        yield "personal_media", m.start(), m.end()


def _find_more_media(text: str) -> Iterator[tuple[str, int, int]]:
    """Pictures of someone by role, by name, sent in, or of what is someone's own."""
    for m in _picture_of_role.finditer(text):
        role, after = m.group("role").lower(), m.group("next").lower()
        if not (role in _ROLE_ONE and (after.endswith("ing") or after in _DOING)):
            continue
        # "Describe this photo of our founder asleep...": a task on a picture at hand.
        at_hand = _AT_HAND.search(text, max(0, m.start() - 40), m.start()) is not None
        if at_hand or _told(text, m.start(), m.end()):
            yield "personal_media", m.start(), m.end()
    yield from _find_named_media(text)
    for m in _picture_sent_in.finditer(text):
        sentence = sentence_around(text, m.start(), m.end(), keep_end=True)
        if asks(sentence):
            continue  # "can the photo the customer uploaded be over 5MB?": how the form works
        if _told(text, m.start(), m.end()):
            yield "personal_media", m.start(), m.end()
    for m in _picture_of_whose.finditer(text):
        # A name or a person's role, then something that is a person's own.
        whose = {m.group("what").lower(), (m.group("then") or "").lower()}
        if not whose & _SOMEONES:
            continue  # "a photo of Apple's new campus", "video of the team's launch"
        if _told(text, m.start(), m.end()):
            yield "personal_media", m.start(), m.end()

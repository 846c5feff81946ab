"""Incidents at work told as they happened, by what happened rather than by the word.

A till or a drugs count that came up short, a cash box found empty, someone hurt by
a machine or taken to hospital, a colleague turning up drunk or suspended for
misconduct, a visitor who keeps following or filming staff, an antivirus alert on a
machine, a wrong dose given. None of these says "incident"; each is one. The patterns
run on the case-folded text and only at their cue words (see ``_cues``).

Questions and plans stay harmless ("what do we do if the till is short?", "how do we
stop a forklift pinning someone's leg?"), as do drills and made-up examples.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from router.detectors._base import placeholder_context, sentence_around
from router.detectors._cues import CuePattern
from router.detectors._shared import WordIndex, shared
from router.detectors._topic_phrases import REHEARSAL, names_someone
from router.detectors.bare_names import given_names

# Where money or counted stock is kept: what a shortfall is of.
_COUNTED = (
    r"(?:till|tills|float|takings|cash|safe|count|stock|drawer|register|banking|petty|deposit|"
    r"drugs?|cd|controlled|tablets|pills|vials|ampoules|doses|stocktake|bar|lottery)"
)
_BODY = (
    r"(?:fingers?|fingertips?|thumbs?|toes?|arms?|legs?|hands?|foot|feet|wrists?|ankles?|ribs?|hip|"
    r"collarbone|jaw|nose|eyes?|skull|back|knee|shoulder|neck|head)"
)
_PERSON = (
    r"(?:patron|bloke|man|woman|guy|fella|customer|visitor|member|parent|client|resident|"
    r"passenger|stranger|driver|lad|student|contractor|punter|guest|delivery\s+\w+|someone|somebody)"
)
_ROLE = (
    r"(?:teller|driver|nurse|cashier|guard|officer|supervisor|agent|worker|employee|colleague|carer|"
    r"porter|chef|cook|tech|technician|engineer|operator|picker|packer|teacher|assistant|clerk|"
    r"manager|barman|barmaid|bartender|waiter|waitress|cleaner|receptionist|roughneck|rigger|"
    r"labourer|laborer|apprentice|trainee|intern|steward|stewardess|attendant|pharmacist|vet)"
)

# Each rule runs only when one of its words stands in the text (looked up in the shared
# word index): most texts have none of them, and a rule tried at every "the" or "was"
# of an 8,000-character text cost a fifth of a millisecond.
_RULES: tuple[tuple[str, str], ...] = (
    # A shortfall by its amount: "till $1,860 short", "cd count is 20 oxycodone 5mg short".
    (
        "short",
        rf"""\b{_COUNTED}\b(?:\s+[\w'-]+){{0,6}}?\s+(?:[$£€₹]\s?)?\d[\d,.]*\s*(?:k|quid|pounds|
        dollars|bucks|euros|rand|naira|rupees|pesos)?(?:\s+[\w-]+){{0,2}}?\s+short\b(?!\s+(?:of\s+
        (?:time|staff|breath|hands)|notice|term|list|story|cut|break|stay|answer|version|video|
        form|code|link))
        | \b{_COUNTED}\b(?:\s+[\w'-]+){{0,6}}?\s+short\s+(?:by\s+)?(?:[$£€₹]\s?)?\d[\d,.]*\b
        (?!\s*(?:minutes?|mins?|hours?|days?|weeks?|people|staff|heads?|%))""",
    ),
    (
        "shortfall shortfalls discrepancy discrepancies",
        r"""\b(?:till|cash|float|takings|banking|stock|drugs?|cd)\s+(?:shortfall|
        discrepanc(?:y|ies))\b""",
    ),
    # Money or stock gone: "the cash box is empty", "the envelope is gone".
    (
        "empty gone missing emptied cleared stolen taken forced broken",
        r"""\b(?:cash\s*box|cash\s+tin|petty\s+cash|float|takings|envelope|cash\s+bag|safe|till)\s+
        (?:is|was|were|are|has\s+been|had\s+been)\s+(?:empty|gone|missing|emptied|cleared\s+out|
        stolen|taken|forced|broken\s+into)\b
        | \bmissing\s+from\s+(?:the\s+|our\s+)?(?:till|safe|float|cash|drawer|cabinet|cupboard|cd|
        controlled|pharmacy|stock|stockroom|store\s?room|warehouse|locker|office|ward)\b""",
    ),
    # Someone hurt: "lost 2 fingers", "pinned chinedu's leg", "taken to hospital".
    (
        "finger fingers fingertip fingertips thumb thumbs toe toes arm arms leg legs hand hands "
        "foot feet wrist wrists ankle ankles rib ribs hip collarbone jaw nose eye eyes skull back "
        "knee shoulder neck head",
        rf"""\b(?:lost|severed|crushed|broke|broken|fractured|cut\s+off|chopped\s+off|trapped|
        mangled|burnt|burned|scalded|dislocated|gashed|sliced)\s+(?:\d+\s+|two\s+|three\s+|a\s+|
        his\s+|her\s+|their\s+|the\s+tip\s+of\s+(?:a\s+|his\s+|her\s+)?)(?:[\w-]+\s+)?{_BODY}\b
        | \b(?:pinned|crushed|trapped|ran\s+over|clipped|struck|hit|caught|jammed)\s+
        (?:[\w-]+'s|his|her|their)\s+(?:[\w-]+\s+)?{_BODY}\b""",
    ),
    # Everyone's addresses shown to everyone: "I put 300 policyholders in cc instead of bcc",
    # "sent the vaccine reminder to all clients with everyone in CC not BCC".
    (
        "cc cc'd ccd bcc",
        # The To line too: "... to the whole building in To: not Bcc".
        r"""\b(?:put|added|sent|emailed|included|listed|copied|went\s+out|cc'?d|ccd)\b[^.?!\n]{0,80}?
        (?:\bcc\b|\bin\s+(?:the\s+)?to\b:?)[^.?!\n]{0,20}?\b(?:instead\s+of|not|rather\s+than)\s+
        (?:in\s+)?(?:the\s+)?bcc\b""",
    ),
    # Data sent to the wrong people: "emailed the year group's marks to the student list
    # instead of the tutors".
    (
        "instead",
        r"""\b(?:emailed|e-mailed|sent|forwarded|posted|shared|uploaded|mailed|attached|replied)\b
        (?:\s+[\w'-]+){0,6}?\s+(?:marks|grades|results|records|payslips?|salar\w*|details|data|
        spreadsheets?|files?|reports?|notes|list|addresses|numbers|info|information|documents?|
        letters?|statements?|contracts?|scans?)\s+to\s+(?:the\s+|a\s+|our\s+|my\s+|his\s+|her\s+)?
        (?:[\w'-]+\s+){0,4}?(?:list|group|channel|team|chat|address|recipients?|customers?|
        clients?|parents?|students?|staff|everyone|company|department|person|people|patients?|
        tenants?|suppliers?|contacts?|members?|families|class|cohort|year|applicants?|
        candidates?|employees?|colleagues?|managers?)\s+instead\s+of\b""",
    ),
    # Followed away from work: "a customer followed her to her car after closing".
    (
        "followed",
        rf"""\b{_PERSON}\s+(?:[\w'-]+\s+){{0,3}}?followed\s+(?:her|him|them|me|us|my\s+\w+|our\s+\w+)
        \s+(?:to|home|into|out|back|round|around|across|all\s+the\s+way)\b""",
    ),
    # Company data carried off: "a leaver copied our shared drive onto a USB".
    (
        "usb stick pendrive drive gmail hotmail dropbox icloud personal home",
        r"""\b(?:copied|downloaded|exported|transferred|took|moved|synced|uploaded|emailed|
        forwarded)\s+(?:all\s+(?:of\s+)?)?(?:our|the|company|client|customer|patient|staff|his|
        her|their)\s+(?:[\w'-]+\s+){0,3}?(?:drive|database|db|files|folder|records|data|list|
        contacts|crm|emails|mailbox|spreadsheets?|documents|designs|code|repo)\s+(?:on)?to\s+
        (?:a|an|his|her|their|my|personal|the)\s+(?:[\w-]+\s+)?(?:usb|memory\s+stick|pen\s?drive|
        thumb\s?drive|external\s+drive|hard\s+drive|personal\s+\w+|gmail|hotmail|dropbox|
        google\s+drive|icloud|home\s+(?:pc|computer|laptop|email))\b""",
    ),
    # Money or stock taken from work: "someone in finance is skimming cash".
    (
        "skimming stealing pocketing embezzling fiddling nicking siphoning",
        r"""\b(?:is|was|been|keeps|caught|are|were|started)\s+(?:\w+\s+)?(?:skimming|stealing|
        pocketing|embezzling|fiddling|nicking|siphoning)\s+(?:off\s+)?(?:cash|money|from|stock|the|
        our|fuel|funds|petty|tips|drugs|meds|medication|takings|refunds)\b""",
    ),
    # "a student sent an explicit photo to our TA".
    (
        "explicit nude nudes intimate obscene indecent",
        r"""\b(?:sent|shared|posted|airdropped|showed|forwarded)\s+(?:an?\s+|some\s+|the\s+)?
        (?:explicit|nude|naked|intimate|sexual|obscene|indecent)\s+(?:photos?|pics?|pictures?|
        images?|videos?|selfies?|messages?)\s+(?:of\s+\w+\s+)?to\b
        | \bsent\s+nudes\s+to\b
        # "intimate pics of an employee, Zoe, are being AirDropped round by a coworker"
        | \b(?:explicit|nude|naked|intimate|sexual|indecent)\s+(?:photos?|pics?|pictures?|images?|
        videos?|selfies?)\s+of\s+(?:[\w',-]+\s+){1,4}?(?:are|were|is|was|have\s+been|has\s+been|
        got|keep)\s+(?:being\s+)?(?:shared|airdropped|passed|sent|circulated|circulating|posted|
        spread|going\s+round|going\s+around|forwarded|leaked)\b""",
    ),
    # Customers' data handed to outsiders: "dispatcher leaked cust addresses to a competitor".
    (
        "competitor competitors rival journalist press reporter outsider scammer scammers",
        r"""\b(?:leaked|sold|passed|gave|handed|sent|shared|forwarded|leaking|selling|passing|giving)\s+
        (?:on\s+)?(?:our\s+|the\s+|all\s+(?:the\s+|our\s+)?)?(?:cust(?:omer)?s?'?|clients?'?|
        patients?'?|staff|employees?'?|members?'?|users?'?|tenants?'?)\s+(?:[\w'-]+\s+)?(?:addresses|
        details|data|list|records|numbers|emails|info|information|files|contacts)\s+to\s+(?:a|an|the|
        his|her|their)\s+(?:\w+\s+)?(?:competitors?|rivals?|journalists?|press|reporters?|outsiders?|
        scammers?)\b""",
    ),
    # Company property sold on: "ade has been selling our copper offcuts on fb marketplace".
    (
        "selling sold flogging flogged",
        r"""\b(?:selling|sold|flogging|flogged)\s+(?:off\s+)?(?:our|the\s+company'?s|company|
        the\s+firm'?s|work|site)\s+(?:[\w-]+\s+){0,3}?(?:on|via|through)\s+(?:fb|facebook|ebay|
        gumtree|vinted|marketplace|craigslist|olx|depop|whatsapp)\b""",
    ),
    # Slurs said of colleagues: "the new shift lead called the filipino girls monkeys".
    (
        "called",
        r"""\bcalled\s+(?:him|her|them|me|us|(?:the|our|a|an|my|his|her|those|these|two|three)\s+
        (?:[\w-]+\s+){0,2}?(?:girls?|boys?|lads?|women|woman|men|man|staff|team|guys?|colleagues?|
        workers?|trainees?|interns?|students?|apprentices?|cleaners?))\s+(?:a\s+|an\s+)?
        (?:monkeys?|apes?|slurs?|terrorists?|illegals?|retards?|sluts?|whores?|bitch(?:es)?|
        the\s+n-?word|racist\s+\w+|(?:lazy|dirty|stupid|fat|ugly)\s+\w+)\b""",
    ),
    # Remarks about someone's body: "Steve keeps making comments about Anya's body".
    (
        "comments comment remarks jokes",
        r"""\b(?:making|made|makes|passing|passed|keeps\s+making|kept\s+making)\s+(?:\w+\s+)?
        (?:comments?|remarks?|jokes?)\s+about\s+(?:her|his|their|my|[\w'-]+['’]s)\s+(?:body|weight|
        breasts?|chest|bum|arse|ass|legs|figure|looks|appearance|hijab|skin|accent)\b""",
    ),
    # The same, as a habit: "the senior PM keeps commenting on her body".
    (
        "commenting commented",
        r"""\b(?:keeps|kept|been|is|was|started|always|constantly)\s+(?:\w+\s+)?(?:commenting|
        commented)\s+on\s+(?:her|his|their|my|[\w'-]+['’]s)\s+(?:body|weight|breasts?|chest|bum|
        arse|ass|legs|figure|looks|appearance|hijab|skin|accent|outfits?|clothes)\b""",
    ),
    # Someone mocked for who they are: "Nikhil got mocked in standup for stimming".
    (
        "mocked teased ridiculed bullied humiliated mimicked taunted",
        r"""\b(?:got|gets|was|were|been|being|keeps\s+getting|getting)\s+(?:\w+\s+)?(?:mocked|
        teased|ridiculed|bullied|humiliated|mimicked|taunted)\s+(?:[\w'-]+\s+){0,4}?(?:for|about|
        over|because\s+of)\s+(?:his|her|their|being|(?!(?:a|an|the|it|this|that)\b)[\w-]+ing\b)""",
    ),
    # Company things carried off: "someone walked out of the Manchester office with two
    # monitors and a dock".
    (
        "walked",
        r"""\bwalked\s+(?:out|off)\s+(?:of\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?)?with\s+
        (?:two|three|four|five|\d+|a|an|the|our|some|several|a\s+box\s+of|a\s+bag\s+of)\s+
        (?:[\w-]+\s+)?(?:monitors?|laptops?|docks?|screens?|tablets?|ipads?|phones?|tools?|drills?|
        stock|cash|takings|servers?|printers?|keyboards?|headsets?|projectors?|equipment|pallets?|
        boxes|bottles|cases)\b""",
    ),
    # Money paid out to a fraud: "AP clerk Fatima paid EUR 86,500 to a fake supplier account".
    (
        "fake fraudulent bogus spoofed fraudster fraudsters scammer scammers",
        r"""\b(?:paid|transferred|wired|sent)\s+(?:[\w.,£$€-]+\s+){0,3}?(?:to|into)\s+(?:a|an|the)\s+
        (?:fake|fraudulent|bogus|spoofed|fraudster'?s?|scammer'?s?)\b""",
    ),
    # Customers' card details taken down: "Paul has been jotting down customers' card numbers".
    (
        "jotting writing noting copying taking photographing",
        r"""\b(?:jotting|writing|noting|copying|taking|photographing|screenshotting)\s+down\s+
        (?:the\s+)?(?:customers?|clients?|callers?|patients?|members?)['’]?\s+(?:card|bank|account|
        credit\s+card|debit\s+card)\s+(?:numbers|details|nos)\b""",
    ),
    # Devices or records gone: "a bag of returned phones went missing from the van".
    (
        "missing",
        r"""\b(?:phones?|laptops?|tablets?|ipads?|files|records|post|mail|keys|badges?|usbs?|
        drives?|hard\s+drives?|scanners?|cards?|passports?|devices|sims?|paperwork|folders?|
        prescriptions?|notes)\b[^.?!\n]{0,60}?\b(?:went|gone)\s+missing\s+
        (?:from|out\s+of|off|in|at|between)\b""",
    ),
    # A near miss told as it happened: "Raj almost fell through an open floor hatch".
    (
        "almost nearly narrowly",
        r"""\b(?:almost|nearly|narrowly)\s+(?:fell|fallen|falling|slipped|tripped)\s+(?:off|from|
        through|down|into|over)\s+(?:the|a|an|his|her|their|some)\s+(?!floor\s+laughing|wagon|
        radar|chair\s+laughing)
        | \b(?:almost|nearly|narrowly)\s+(?:got|was|been|getting|being)\s+(?:hit|struck|crushed|
        trapped|run\s+over|pinned|electrocuted|knocked\s+(?:down|over))\s+(?:by|under|between|
        in)\b""",
    ),
    (
        "hospital e er casualty emergency icu",
        r"""\b(?:taken|rushed|airlifted|blue-?lighted)\s+(?:straight\s+)?(?:to\s+)?(?:a&e|a\s+&\s+e|
        hospital|the\s+hospital|er|the\s+er|casualty|the\s+emergency\s+\w+|icu)\b""",
    ),
    (
        "spill leak release exposure escape",
        r"""\b(?:chemical|acid|ammonia|chlorine|gas|fuel|diesel|mercury|asbestos|co2|carbon\s+
        monoxide)\s+(?:spill|leak|release|exposure|escape)\b[^.?!\n]{0,80}?\b(?:evacuated|
        hospital|coughing|burns?|injured|hurt|exposed|sick|vomiting|dizzy|a&e|first\s+aid|
        collapsed|passed\s+out)\b""",
    ),
    # Someone at work drunk, or sent home for misconduct.
    (
        "drunk intoxicated stoned smelling smelled smelt smells influence",
        r"""\b(?:turn(?:ed|ing|s)?\s+up|show(?:ed|ing|s)?\s+up|came\s+in|coming\s+in|arrived)\s+
        (?:\w+\s+)?(?:drunk|intoxicated|high|stoned|smelling\s+of)\b
        | \b(?:drunk|intoxicated|under\s+the\s+influence)\s+(?:at\s+work|on\s+shift|on\s+duty|
        at\s+the\s+wheel)\b
        | \bsmel(?:led|lt|ling|ls)\s+of\s+(?:drink|alcohol|booze|weed|cannabis|beer|whisky|vodka|
        spirits)\b""",
    ),
    (
        "suspended dismissed sacked fired let walked escorted",
        rf"""\b{_ROLE}(?:\s+[\w'-]+)?(?:\s+(?:was|got|has\s+been|have\s+been))?\s+(?:suspended|
        dismissed|sacked|fired|let\s+go|walked\s+off\s+site|escorted\s+(?:off|out))\b
        | \b(?:suspended|dismissed|sacked|fired)\s+(?:today|2day|yesterday|yday|this\s+(?:morning|
        week)|last\s+(?:night|week)|)\s*(?:for|over|after)\s+(?:a\s+|the\s+)?(?:cash|theft|
        stealing|fraud|gross|misconduct|fighting|harass\w*|bullying|drinking|drugs?|being\s+drunk|
        shortfall|falsif\w+|sleeping|assault\w*|abus\w*|racist|sexual|leaking|sharing)\b""",
    ),
    # Staff followed, filmed or set upon by someone.
    (
        "following filming photographing recording watching touching messaging texting stalking "
        "harassing grabbing hassling waiting taking",
        rf"""\b{_PERSON}\s+(?:[\w'-]+\s+){{0,3}}?(?:keeps|kept|has\s+been|have\s+been|was|is|
        started|been)\s+(?:following|filming|photographing|recording|watching|touching|messaging|
        texting|stalking|harassing|grabbing|hassling|waiting\s+for|taking\s+(?:photos|pictures|
        videos))\b""",
    ),
    (
        "grabbed punched hit kicked spat bit threatened assaulted attacked headbutted slapped "
        "pushed groped touched stabbed kissed harassed shoved stalked filmed photographed",
        r"""\b(?:inmate|prisoner|patient|resident|customer|pupil|student|service\s+user|client|
        punter|guest|passenger)\s+(?:grabbed|punched|hit|kicked|spat\s+at|bit|threatened|assaulted|
        attacked|headbutted|slapped|pushed|groped|touched|stabbed)\b
        | \b(?:touched|groped|grabbed|kissed|harassed|assaulted|slapped|punched|pushed|shoved|
        threatened|stalked|filmed|photographed)\s+(?:a|an|the|one\s+of\s+(?:the|our|his|her))\s+
        (?:new\s+|young\s+|female\s+|male\s+|junior\s+|teenage\s+)?(?:starter|colleague|member\s+
        of\s+staff|staff\s+member|employee|intern|apprentice|student|pupil|patient|resident|
        customer|girl|woman|man|trainee|co-?worker|worker|volunteer|cleaner|nurse|teacher|waitress|
        waiter|carer|child|kid|boy)s?\b""",
    ),
    # Hurt at work: "got bitten by a Rottweiler, 6 stitches".
    (
        "bitten stung mauled kicked headbutted punched assaulted stabbed scalded electrocuted "
        "crushed knocked stitches",
        r"""\b(?:bitten|stung|mauled|kicked|headbutted|punched|assaulted|stabbed|scalded|
        electrocuted|crushed|knocked\s+(?:down|over|out))\s+(?:by|on|in|at|while|during)\b
        | \b(?:\d+|a\s+few|several|some)\s+stitches\b""",
    ),
    # Records shared with a crowd: "shared the salary sheet on a 60-person whatsapp group".
    (
        "shared posted sent forwarded uploaded dropped put leaked emailed",
        r"""\b(?:shared|posted|sent|forwarded|uploaded|dropped|put|leaked|emailed)\s+(?:the|our|a|an|
        all\s+the)\s+(?:[\w-]+\s+){0,2}?(?:salary|salaries|payroll|pay|bonus|hr|staff|customer|
        client|patient|donor|student|employee|personnel|member|guest|tenant|applicant|candidate|
        pupil|parent)\s+(?:[\w-]+\s+)?
        (?:sheet|spreadsheet|list|file|data|details|records|report|export|database)s?\s+(?:on|to|
        in|into|with)\s+(?:[\w-]+\s+){0,3}?(?:whatsapp|group|chat|channel|everyone|all[- ]staff|
        public|facebook|twitter|wrong|external|personal|distro|distribution|mailing|reddit|
        linkedin|parent|journalist|reporter|press|stranger|competitor)\b""",
    ),
    # Someone's records put on social media: "put a customer's claim details in a TikTok".
    (
        "tiktok instagram insta snapchat youtube facebook twitter reddit story reel",
        r"""\b(?:shared|posted|put|uploaded|leaked|showed|filmed|screenshotted)\s+(?:a|the|an|one\s+of\s+
        our)\s+(?:customer|client|patient|donor|student|pupil|employee|member|guest|tenant|
        resident|claimant|caller|passenger)['’]s\s+(?:[\w-]+\s+){0,2}?(?:details|data|records?|
        info|information|claim|file|address|number|notes|photo|picture|face|card|statement|
        account)\s+(?:in|on|to)\s+(?:a\s+|an\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?
        (?:tiktok|instagram|insta|snapchat|youtube|facebook|twitter|reddit|story|reel)\b""",
    ),
    # Gone astray without a sender: "statements for 40 patients went to the wrong addresses".
    (
        "wrong",
        r"""\b(?:went|go|gone|got\s+sent|got\s+posted|were\s+posted|was\s+posted|were\s+mailed|
        was\s+mailed|got\s+delivered|were\s+delivered|was\s+delivered)\s+to\s+the\s+wrong\s+
        (?:address|addresses|person|people|patient|patients|customer|customers|recipient|recipients|
        family|families|house|houses|email|emails|parent|parents|list|lists|mailing\s+list|
        distribution\s+list|group)\b""",
    ),
    # Someone using another's login: "someone's been signing in as our office manager".
    (
        "signing logging logged signed",
        r"""\b(?:someone|somebody|an\s+attacker|a\s+stranger|a\s+hacker|they)(?:'s|\s+has|\s+is|
        \s+was|\s+have)?\s+(?:been\s+)?(?:signing|logging|logged|signed)\s+in\s+as\s+(?:our|my|
        the|his|her|their)\s+\w+""",
    ),
    # A file of everyone's data sent out: "the folder with everyone's salaries went out with the
    # Friday newsletter".
    (
        "salaries salary pay payslips addresses numbers details records grades results diagnoses "
        "dobs passwords",
        r"""\b(?:folder|file|spreadsheet|sheet|list|attachment|document|doc|tab)\s+(?:with|of|
        containing)\s+(?:everyone'?s|all\s+(?:the\s+)?(?:staff|\w+)(?:'s|s')?)\s+(?:[\w-]+\s+)?
        (?:salaries|salary|pay|payslips|addresses|numbers|details|records|grades|results|diagnoses|
        dobs|passwords)\s+(?:went\s+out|got\s+sent|was\s+sent|went\s+to|got\s+attached|
        was\s+attached|was\s+shared|got\s+shared|leaked)\b""",
    ),
    # A store of records left open: "our Firebase was open for three weeks".
    (
        "open unsecured unprotected",
        r"""\b(?:firebase|elasticsearch|mongo(?:db)?|api|endpoint|server|bucket|database|db)\s+
        (?:[\w.-]+\s+){0,3}?(?:was|were|has\s+been|had\s+been|sat|been|left)\s+(?:\w+\s+)?
        (?:wide\s+open|open|unsecured|unprotected)\s+(?:for|since)\b""",
    ),
    # A login borrowed to do harm: "someone used the manager's login to void 14 sales".
    (
        "used using",
        r"""\b(?:someone|somebody|a\s+colleague|an?\s+\w+|one\s+of\s+(?:the|our)\s+\w+)\s+(?:has\s+been\s+|
        had\s+|has\s+)?(?:used|using)\s+(?:the|my|our|his|her|their)\s+(?:[\w-]+['’]s\s+)?(?:login|
        password|account|badge|card|pin|credentials|id|logon)\s+to\b""",
    ),
    # Records left where anyone can read them: "our member list is on a public google sheet".
    (
        "public",
        r"""\b(?:list|sheet|spreadsheet|database|data|records|file|folder|export)\s+(?:is|was|are|were|
        has\s+been|got)\s+(?:left\s+)?(?:on|in)\s+a\s+public\s+(?:google\s+sheet|sheet|drive|folder|
        link|repo|bucket|page|website|site|doc|document|channel|group)\b""",
    ),
    # Ransomware's mark on the files: "all files on the lab server now end in .lockbit".
    (
        "end ending renamed",
        r"""\bfiles\s+(?:on|in)\s+(?:the\s+|our\s+)?(?:[\w:-]+\s+){0,2}?(?:now\s+|all\s+)?(?:end|ending|
        renamed)\s+(?:in|with|to)\s+\.[a-z0-9]{2,12}\b""",
    ),
    # Theft told as a habit: "Chloe has been putting the nitrous cylinders in her car boot".
    (
        "putting taking slipping sneaking loading pocketing",
        r"""\b(?:has|have|had|'s|'ve)\s+been\s+(?:putting|taking|slipping|sneaking|loading|pocketing)\s+
        (?:the|our|some|company|stock|work|\d+)\s+(?:[\w-]+\s+){0,3}?(?:in|into|home\s+in|out\s+in|
        out\s+to)\s+
        (?:her|his|their)\s+(?:own\s+)?(?:car|boot|bag|handbag|backpack|locker|van|pocket|pockets|
        coat|house)\b""",
    ),
    # Stock that walked: "two bottles of Hennessy walked out of the T5 stockroom again".
    (
        "walked disappeared vanished",
        r"""\b(?:\d+|two|three|four|five|a\s+few|several|some)\s+(?:bottles|boxes|cases|packs|units|
        cartons|phones|laptops|bags|tablets|crates)\s+(?:of\s+[\w-]+\s+)?(?:have\s+|has\s+)?
        (?:walked|went|disappeared|vanished)\s+(?:out\s+of|from)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?
        (?:stockroom|store\s?room|warehouse|shop|store|bar|cellar|stores|depot|office|cage|safe|
        stock)\b""",
    ),
    # Counted things gone: "3 vials from controlled fridge 4 are gone".
    (
        "gone missing unaccounted",
        r"""\b(?:\d+|two|three|four|five|six|several|some)\s+(?:vials|ampoules|boxes|packs|tablets|
        doses|bottles|cylinders|laptops|phones|tablets|bags|units|cartons|pallets|panels|keys)\s+
        (?:of\s+[\w-]+\s+)?(?:from|out\s+of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:are|were|is|went|
        have\s+gone|has\s+gone|have\s+been|had\s+been)\s+(?:gone|missing|unaccounted)""",
    ),
    # A machine's antivirus raised an alarm; a screen demands a ransom.
    (
        "trojan virus malware ransomware worm keylogger backdoor miner rootkit spyware infection "
        "bitcoin btc crypto",
        r"""\b(?:av|antivirus|anti-virus|defender|sophos|crowdstrike|sentinelone|edr|mcafee|norton|
        malwarebytes|eset|kaspersky|bitdefender)\s+(?:\w+\s+)?(?:flagged|found|detected|
        quarantined|caught|picked\s+up|alerted\s+on)\s+(?:a\s+|an\s+|some\s+|the\s+)?
        (?:[\w-]+\s+)?(?:trojan|virus|malware|ransomware|worm|keylogger|backdoor|miner|rootkit|
        spyware|infection)\b
        | \b(?:asking|demanding|wants|wanting)\s+(?:for\s+)?(?:a\s+)?(?:bitcoin|btc|crypto)\s+
        (?:payment|ransom|to\s+unlock)\b""",
    ),
    # Data turning up where it should not be: "a DB dump with patient names showed up on a
    # Telegram channel", "our customer database is being sold on a dark web forum".
    (
        "telegram dark darkweb darknet forum forums pastebin paste channel leak",
        r"""\b(?:dump|database|db|data|records|files|spreadsheet|details|emails|passwords|
        credentials|logins|card\s+numbers)\b[^.!?\n]{0,80}?\b(?:showed\s+up|turned\s+up|appeared|
        surfaced|popped\s+up|(?:is|are|was|were)\s+(?:being\s+)?(?:sold|posted|shared|leaked|
        dumped|published|offered))\s+(?:on|in)\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,2}?
        (?:telegram|dark\s*web|darknet|forums?|pastebin|paste\s+site|leak\s+site|channel)\b""",
    ),
    # Lost media found with people's data on it: "found a USB stick in the lobby with all
    # staff IC numbers on it".
    (
        "usb stick memory pendrive drive folder binder printout printouts",
        r"""\bfound\s+(?:a|an|some|the|someone's)\s+(?:[\w-]+\s+)?(?:usb(?:\s+(?:stick|drive|key))?|
        memory\s+stick|pen\s?drive|thumb\s+drive|hard\s+drive|folder|binder|printouts?)\b[^.!?\n]{0,80}?
        \bwith\s+(?:all\s+|the\s+|our\s+|some\s+)?(?:[\w-]+\s+){0,3}?(?:numbers|records|data|
        details|files|payslips|addresses|passports|names|salaries)\b""",
    ),
    # A complaint made against someone: "2 commis chefs have made a harassment complaint
    # against our head chef".
    (
        "complaint complaints grievance grievances allegation allegations",
        # Of a kind that is an HR matter: "filed a complaint against" alone is a lawsuit's
        # wording in exam questions.
        r"""\b(?:made|filed|raised|lodged|submitted|put\s+in|brought)\s+(?:a\s+|an\s+|two\s+|\d+\s+)?
        (?:formal\s+|written\s+)?(?:(?:sexual\s+)?(?:harassment|bullying|discrimination|racism|
        misconduct|assault)\s+(?:complaints?|allegations?)|grievances?)\s+against\s+
        (?:our|my|the|a|an|his|her|their|[\w'-]+)\b""",
    ),
    # At work drunk or high: "Connor turned up for shift smelling of alcohol".
    (
        "drunk intoxicated high influence smelling",
        r"""\b(?:turned\s+up|showed\s+up|came\s+in|arrived|rolled\s+in)\s+(?:for\s+(?:his\s+|her\s+|
        their\s+|the\s+)?(?:shift|work)\s+|to\s+work\s+|at\s+work\s+|on\s+shift\s+|this\s+morning\s+|
        today\s+)?(?:drunk|intoxicated|high|hungover|under\s+the\s+influence|smelling\s+of\s+(?:alcohol|
        booze|drink|weed|cannabis))\b""",
    ),
    # Abuse in front of others: "called agency worker Priya 'useless' in front of the line".
    (
        "front",
        r"""\bcalled\s+(?:[\w'-]+\s+){1,4}?['"‘“][^'"’”\n]{2,40}['"’”]\s+in\s+front\s+of\b""",
    ),
    # Money paid to someone posing as the boss or a supplier: "someone pretending to be our
    # CEO got Lisa to pay £18k to a 'new supplier'".
    (
        "pretending pretended posing posed impersonating impersonated",
        r"""\b(?:pretending|pretended|posing|posed|impersonating|impersonated)\s+(?:to\s+be\s+|as\s+)?
        (?:our|the|my|his|her|their)\s+(?:[\w-]+\s+)?(?:ceo|md|boss|director|cfo|owner|founder|
        manager|supplier|landlord|chairman|partner|head)\b[^.?!\n]{0,60}?\b(?:got\s+(?:[\w'-]+\s+)
        {1,3}?to\s+(?:pay|transfer|send|wire|buy|change)|paid|transferred|wired|bought)\b""",
    ),
    # An outsider copied in on what was internal: "our junior cc'd opposing counsel on the
    # internal strategy email".
    (
        "cc ccd bcc copied forwarded",
        r"""\b(?:cc'?d|ccd|bcc'?d|copied(?:\s+in)?|forwarded|looped\s+in)\s+(?:[\w'-]+\s+){0,3}?
        (?:opposing\s+counsel|the\s+other\s+side|the\s+opposing\s+\w+|(?:a|the)\s+journalist|
        the\s+press|(?:a|the|our)\s+competitor|the\s+(?:whole|entire)\s+(?:company|firm|school|
        office|staff)|all[- ]staff|the\s+client)\s+(?:on|in|into)\s+(?:the|our|an?|my|his|her)\s+
        (?:[\w-]+\s+){0,3}?(?:internal|privileged|confidential|private|strategy|board|hr|
        disciplinary|partners?'?|legal|settlement)\b""",
    ),
    # Records lost in transit: "box of customer files fell into the harbour water".
    (
        "fell dropped blew missing lost stolen left",
        r"""\b(?:box|boxes|bag|bags|crate|carton|pile|stack|sack|folder|binder|tray)\s+of\s+
        (?:[\w'-]+\s+)?(?:customer|client|patient|staff|employee|member|pupil|student|tenant|
        personnel|hr|medical|case)s?['’]?\s+(?:files|records|folders|documents|papers|letters|notes|
        forms|payslips|passports|cards|statements)\s+(?:fell|dropped|blew|went\s+missing|
        (?:was|were|got)\s+(?:lost|stolen|left|dropped))\b""",
    ),
    # A device or file with people's data left behind: "USB stick with the trial patient list
    # was left in taxi".
    (
        "left lost forgotten dropped",
        r"""\b(?:usb(?:\s+(?:stick|drive|key))?|memory\s+stick|laptop|tablet|ipad|phone|folder|binder|
        hard\s+drive|bag|briefcase|notebook|file|printout)\s+(?:with|w/|containing)\s+
        (?:[\w'-]+\s+){0,5}?(?:list|data|records|files|details|names|addresses|numbers|notes|
        payslips|passports)\s+(?:on\s+it\s+|in\s+it\s+)?(?:was|were|got|has\s+been|had\s+been)\s+
        (?:left|lost|forgotten|dropped)\b""",
    ),
    # Work's things carried off: "Colleague Ivan is taking pharma samples home".
    (
        "home",
        r"""(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bkeeps\s)|
        (?<=\bkept\s))(?:taking|bringing|carrying|sneaking)\s+(?:the\s+|our\s+|company\s+|work\s+|
        some\s+)?(?:[\w-]+\s+){0,2}?
        (?:samples|stock|supplies|tools|equipment|meds|medication|drugs|food|fuel|materials|parts|
        products|cash|money|stationery|alcohol|booze|wine|linen|towels|uniforms|toner|paper|
        laptops?|tablets?|phones?|files|records|scrap|copper|cable|timber)\s+home\b""",
    ),
    # People's data caught on camera: "someone photographed the whiteboard with all the DV
    # clients' names and it went on the team WhatsApp".
    (
        "photographed screenshotted filmed photo picture pic",
        r"""\b(?:photographed|screenshotted|filmed|took\s+(?:a\s+)?(?:photo|picture|pic|snap)s?\s+of)\s+
        (?:the|a|our|their)\s+(?:[\w-]+\s+)?(?:whiteboard|board|screen|monitor|rota|list|notes|
        records?|register|handover\s+sheet|sheet|file)\s+(?:with|showing|that\s+(?:had|has|showed))\s+
        (?:[\w'-]+\s+){0,4}?(?:names|addresses|numbers|details|records|diagnoses|passwords|
        dobs|dates\s+of\s+birth)\b""",
    ),
    # Someone's records passed round a chat: "one of the trainers was sharing a member's PT
    # notes in the lads' group chat".
    (
        "chat whatsapp group channel snapchat story",
        r"""\b(?:sharing|shared|posting|posted|forwarding|forwarded|showing|showed|passing\s+round|
        passed\s+round|screenshotting|screenshotted)\s+(?:a|an|the|one\s+of\s+(?:our|the))\s+
        (?:customer|client|patient|member|pupil|student|resident|tenant|guest|caller|claimant|
        donor|service\s+user)['’]s\s+(?:[\w-]+\s+){0,2}?(?:notes|records?|details|file|photos?|
        pictures?|results|data|info|messages|address|number|body\s+scan)\s+(?:in|on|to|with|round)\s+
        (?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:group\s+chat|chat|group|whatsapp|
        channel|snapchat|story)\b""",
    ),
    # A fight at work: "there was a fight for canteen around 1am between two agency boys".
    (
        "fight scuffle brawl altercation fistfight punch scrap",
        r"""\b(?:there\s+was|there's|theres|there\s+has\s+been|broke\s+out\s+in(?:to)?|got\s+into|
        ended\s+up\s+in)\s+(?:a|an|another)\s+(?:[\w-]+\s+)?(?:fight|scuffle|brawl|punch-up|
        altercation|fistfight|fist\s+fight|scrap)\b(?!\s+(?:scene|club|song|sequence|for\s+(?:rights|
        justice|survival|the\s+(?:title|belt))))""",
    ),
    # Sent to the wrong place, with what was sent: "post room sent 40 P11Ds to the wrong branch".
    (
        "wrong",
        r"""\b(?:sent|posted|emailed|e-mailed|mailed|faxed|forwarded|delivered|couriered|uploaded)\s+
        (?:\d+|all|both|the|our|his|her|their|everyone'?s|a\s+batch\s+of)\s+(?:[\w'-]+\s+){0,3}?
        to\s+the\s+wrong\s+(?:branch|office|site|team|department|dept|school|ward|practice|firm|
        company|client|store|depot|address(?:es)?|house|family|person|people|recipient|customer|
        patient|email|account|agency|supplier|solicitor|employer|insurer)\b""",
    ),
    # Belittled before others: "the supervisor called me useless in front of the whole kitchen".
    (
        "front name names",
        r"""\bcalled\s+(?:me|him|her|them|us)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){1,2}?in\s+front\s+of\b
        | \bcalled\s+(?:me|him|her|them|us)\s+(?:a\s+)?(?:name|names|slur|slurs)\b
        (?!\s+(?:on|in|when|for|at|after)\b)""",
    ),
    # Someone inside a system who should not be: "someones been getting into the booking
    # system at night and refunding rooms".
    (
        "getting logging breaking hacking accessing",
        r"""\b(?:someone|somebody|some1|sum1|someones|somebodys|an\s+outsider|a\s+stranger|
        a\s+hacker)(?:'s|\s+has|\s+is|\s+was|\s+had)?\s+(?:been\s+)?(?:getting|logging|
        breaking|hacking|going)\s+into\s+(?:our|the|my|his|her|their)\s+(?:[\w-]+\s+){0,2}?
        (?:system|account|accounts|server|till|email|mailbox|inbox|crm|portal|database|app|
        network|records|files)\b
        | \b(?:someone|somebody|someones|an\s+outsider)(?:'s|\s+has|\s+is)?\s+(?:been\s+)?
        accessing\s+(?:our|the|my|his|her)\s+(?:[\w-]+\s+){0,2}?(?:system|account|accounts|
        server|email|mailbox|crm|portal|database|records|files)\b""",
    ),
    # A device carrying people's data lost on the road: "the handheld with todays customer
    # addresses fell out the cab".
    (
        "fell dropped",
        r"""\b(?:handheld|scanner|pda|tablet|ipad|laptop|phone|mobile|device|folder|clipboard|
        binder|bag|satchel|usb|drive|notebook|manifest|printout)\s+(?:with|w/|containing|holding|
        that\s+has|that\s+had)\s+(?:[\w'-]+\s+){0,4}?(?:addresses|names|numbers|details|
        records|data|files|notes|passports|payslips|signatures|contacts|cards)\s+(?:on\s+it\s+|
        in\s+it\s+)?(?:fell|dropped|slipped)\s+(?:out|off)\b""",
    ),
    # Post or mail for one person given to another: "a discharge letter for one patient was
    # posted to a different patient with a similar name" (to a person: "emails sent to the
    # wrong address should be recalled, how?" is how-to talk).
    (
        "different another wrong",
        r"""\b(?:posted|sent|emailed|e-mailed|mailed|faxed|given|handed|texted)\s+to\s+(?:a\s+different|
        another|the\s+wrong)\s+(?:patient|customer|client|person|family|parent|tenant|member|employee|
        pupil|student)\b""",
    ),
    # A file gone to the wrong place: "the donor spreadsheet with 3,000 names went to a mailing
    # list by accident".
    (
        "accident mistake error",
        r"""\b(?:spreadsheet|list|file|export|database|report|payroll|records|attachment)\b
        [^.!?\n]{0,60}?\b(?:went|got\s+sent|was\s+sent|were\s+sent|went\s+out)\s+to\s+(?:a\s+|an\s+|
        the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:by\s+accident|by\s+mistake|in\s+error)\b""",
    ),
    # Records left in view: "left the appointments list open on a public kiosk screen".
    (
        "left",
        r"""\bleft\s+(?:[\w'-]+\s+){1,5}?(?:open|up|logged\s+in|unlocked|visible|showing)\s+on\s+
        (?:a|the)\s+(?:public|shared|reception|front\s+desk|kiosk|communal)\b""",
    ),
    # Expenses claimed for what they were not: "has been claiming personal holidays in
    # Marbella as client visits since 2022".
    (
        "claiming claimed claims expensing expensed",
        r"""\b(?:claiming|claimed|claims|expensing|expensed|put\s+through|putting\s+through)\s+
        (?:his\s+|her\s+|their\s+)?(?:personal|private|family|own)\s+(?:[\w-]+\s+){0,3}?as\s+
        (?:client|business|work|company|team)\s*(?:visits?|trips?|travel|expenses?|meals?|
        entertainment|costs?)\b""",
    ),
    # A wrong dose given: "wrong dose of ketamine given to a cat".
    (
        "wrong double extra incorrect",
        r"""\b(?:wrong|double|extra|incorrect)\s+(?:dose|dosage|medication|meds|drug|injection|
        vaccine|jab|tablets?|insulin)\s+(?:of\s+[\w-]+\s+)?(?:was\s+|were\s+|got\s+)?(?:given|
        administered|dispensed|injected)\b
        | \b(?:gave|given|administered|dispensed)\s+(?:[\w'-]+\s+){0,3}?(?:the\s+)?(?:wrong|
        double|someone\s+else's)\s+(?:dose|dosage|medication|meds|drug|tablets?|insulin|
        vaccine)\b""",
    ),
)
_GATED: tuple[tuple[tuple[str, ...], CuePattern], ...] = tuple(
    (tuple(gate.split()), CuePattern(re.compile(pattern, re.VERBOSE), word_needs=True))
    for gate, pattern in _RULES
)


def _incident_matches(text: str) -> Iterator[re.Match[str]]:
    index = shared(text, WordIndex)
    for gate, pattern in _GATED:
        if any(index.where(word) for word in gate):
            yield from pattern.finditer_folded(text)


# A question or a request about what to do in general, not about what happened.
_GENERIC = re.compile(
    r"^\s*(?:what|what's|whats|which|how|why|when|explain|describe|define|list|give|write\s+a|"
    r"create|generate|design|imagine|can\s+you\s+(?:explain|list|give)|is\s+it|are\s+there|"
    r"does|do\s+you|should|could|would|has\s+anyone|have\s+you)\b",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|in\s+case|whether|suppose|what\s+happens|prevent|avoid|stop)\b"
)
# What makes a how-to question about a real case: whose it is, or when it happened.
_SOMEONE_REAL = re.compile(
    r"\b(?:my|our|today|2day|yesterday|yday|this\s+morning|last\s+night|this\s+week)\b"
)


# One person struck another: "Craig punched Darnell, aisle 12", "a customer slapped our
# cashier". Names are read in the text's own case; a bare capitalised word counts only as
# a known given name, so "the script kicked off" and "Gunther, the gorilla" stay out.
_STRUCK = (
    r"punched|slapped|headbutted|head-butted|kicked|shoved|assaulted|attacked|strangled|choked|"
    r"elbowed|kneed|spat\s+(?:at|on)|bit|hit"
)
_WHO = (
    r"(?:(?-i:[A-Z][a-z]+)|(?:a|the|our|my|his|her|one\s+of\s+(?:the|our))\s+(?:[\w-]+\s+)?"
    rf"(?:{_PERSON}|{_ROLE}))"
)
# Tried at the verb only (its offsets come from the word index): the one who struck is read
# back from there, the one struck forward. Not "the woman hit the man's car": the one struck
# is a person, not what they own.
_STRUCK_WHOM = re.compile(
    rf"(?:{_STRUCK})\s+(?P<b>{_WHO}|me|him|her|them)\b(?!['’]s\b)", re.IGNORECASE
)
_WHO_STRUCK = re.compile(rf"\b(?P<a>{_WHO})\s+$", re.IGNORECASE)
_VIOLENCE_GATE = (
    *("punched", "slapped", "headbutted", "head-butted", "kicked", "shoved", "assaulted"),
    *("attacked", "strangled", "choked", "elbowed", "kneed", "spat", "bit", "hit"),
)
_PRONOUNS = frozenset({"me", "him", "her", "them"})


def _violence_matches(text: str) -> Iterator[tuple[int, int]]:
    index = shared(text, WordIndex)
    names = given_names()
    for word in _VIOLENCE_GATE:
        for pos in index.where(word):
            after = _STRUCK_WHOM.match(text, pos)
            before = _WHO_STRUCK.search(text, max(0, pos - 60), pos) if after else None
            if after is None or before is None:
                continue
            sides = (before.group("a"), after.group("b"))
            if all(" " in s or s.lower() in names or s.lower() in _PRONOUNS for s in sides):
                yield before.start("a"), after.end()


def _all_spans(text: str) -> Iterator[tuple[int, int]]:
    for m in _incident_matches(text):
        yield m.span()
    yield from _violence_matches(text)


# An exam question's story ("the man had been embezzling money... A. Conspiracy"): its
# answer options or its question give it away.
_EXAM = re.compile(r"\bwhich\s+of\s+the\s+following\b|\n\s*[A-D][.)]\s", re.IGNORECASE)


def find_workplace_incidents(text: str) -> Iterator[tuple[int, int]]:
    """Spans of incidents at work told as they happened (see the module docstring)."""
    exam: bool | None = None
    for start, end in _all_spans(text):
        if exam is None:
            exam = _EXAM.search(text) is not None
        if exam:
            return
        sentence = sentence_around(text, start, end, keep_end=True)
        folded = sentence.lower()
        generic = _GENERIC.match(sentence)
        if (
            generic is not None
            and not _SOMEONE_REAL.search(folded)
            # "write a note for HR: Craig punched Darnell" tells what happened
            and not (
                generic.group(0).lower().lstrip().startswith("write") and names_someone(sentence)
            )
        ):
            continue  # "how do we report a wrong dose given to a patient?"
        if _HYPOTHETICAL.search(folded) and folded.rstrip().endswith("?"):
            continue  # "what do we do if the till is short?"
        if REHEARSAL.search(folded) or placeholder_context(text, start, end, 80):
            continue  # a drill, a training example
        yield start, end

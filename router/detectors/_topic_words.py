"""Word lists of the topic detector, and the inflected forms they stand for.

Written from general knowledge, by family. Each list holds base forms; the
tables built here add the regular inflections ("allergy" -> "allergies",
"hack" -> "hacked", "hacking"), so a list names a concept once. Nouns take
plural forms only; verbs also take -ed and -ing (inflecting a noun that way
makes new words: "condition" -> "conditioning").

A word means nothing sensitive on its own; ``topics.py`` decides whose it is.
"""

from __future__ import annotations

from router.detectors._base import words

# --- health: conditions, symptoms, procedures, medications -------------------------
HEALTH = """
diagnosis diagnoses allergy allergic medication meds prescription therapy therapist
psychiatrist psychologist counselling counseling depression depressed anxiety anxious diabetes
diabetic prediabetes cancer tumor tumour chemotherapy chemo hiv pregnant pregnancy miscarriage
surgery disability adhd autism autistic bipolar schizophrenia schizophrenic ptsd asthma
asthmatic epilepsy epileptic seizure insulin antidepressant illness disease symptom
hospitalized hospitalised hospital rehab addiction addicted alcoholism alcoholic hepatitis
cholesterol migraine dementia alzheimers alzheimer's biopsy mri x-ray xray injury injured fracture
fractured infection medical health sick sickness doctor gp clinic physiotherapy physiotherapist
ivf fertility infertility infertile menopause perimenopause postpartum postnatal overdose
suicidal psychosis blood condition treatment vaccination vaccine vaccinated arthritis
osteoarthritis herniated hernia sciatica scoliosis tendonitis tendinitis bursitis insomnia
concussion covid flu influenza stroke cardiac kidney liver lupus crohn's crohns ibs celiac
coeliac glaucoma cataract deaf deafness blind wheelchair prosthetic prosthesis dyslexia dyslexic
dyspraxia dyscalculia ocd anorexia anorexic bulimia bulimic burnout panic trauma traumatised
traumatized radiotherapy dialysis transplant physio medicine pill antibiotic inhaler epipen
painkiller chickenpox measles mumps rubella pneumonia bronchitis norovirus fever rash strep
tonsillitis appendicitis shingles psoriasis eczema dermatitis rosacea vitiligo alopecia gout
angina hypertension hypotension hypothyroidism hyperthyroidism thyroid endometriosis pcos
fibromyalgia sclerosis parkinsons parkinson's huntington's copd emphysema tuberculosis malaria
dengue sepsis anemia anaemia anemic anaemic leukemia leukaemia lymphoma melanoma carcinoma
sarcoma myeloma mesothelioma cyst polyp ulcer colitis gastritis gerd diverticulitis pancreatitis
cirrhosis gallstone gallbladder nephritis uti cystitis incontinence prostate impotence erectile
hemorrhoids haemorrhoids herpes chlamydia gonorrhea gonorrhoea syphilis hpv stds stis tinnitus
vertigo meniere's retinopathy neuropathy neuralgia osteoporosis carpal whiplash sprain rsi
sprained dislocated dislocation meniscus aspergers asperger's tourettes tourette's stammer
narcolepsy apnea apnoea obesity obese hemophilia haemophilia thalassemia fibrosis
anaphylaxis anaphylactic sinusitis laryngitis conjunctivitis mononucleosis gastroenteritis
arrhythmia afib tachycardia bradycardia cardiomyopathy thrombosis dvt embolism aneurysm
hematoma haematoma stillbirth preeclampsia pre-eclampsia ectopic paralysis paralysed paralyzed
amputee amputation amputated self-harm selfharm suicide sober sobriety relapse detox
nausea nauseous vomiting dizziness dizzy headache diarrhea diarrhoea constipation palpitations
numbness tremor fainted fainting nosebleed cramps swollen inflammation inflamed
colonoscopy endoscopy mammogram ultrasound sonogram hysterectomy vasectomy mastectomy lumpectomy
appendectomy tonsillectomy c-section caesarean cesarean epidural iui chiropractor acupuncture cbt
emdr stitches sutures angioplasty stent pacemaker catheter intubated ventilator icu inpatient
outpatient bloodwork ecg ekg echocardiogram cardiologist oncologist neurologist dermatologist
gynaecologist gynecologist urologist rheumatologist endocrinologist psychiatric oncology
counsellor counselor psychotherapist psychotherapy midwife surgeon physician obgyn ob-gyn
intolerant intolerance remission unwell hayfever hay-fever eyesight
hba1c a1c ldl hdl triglycerides tsh ferritin hemoglobin haemoglobin creatinine egfr platelets
glucose impairment impaired neurodivergent neurodiverse colourblind colorblind color-blind
colour-blind maternity poisoning
chemist pharmacy dentist dental root-canal orthodontist optician ophthalmologist
metformin ozempic wegovy mounjaro semaglutide statin atorvastatin simvastatin lisinopril
amlodipine losartan metoprolol propranolol bisoprolol warfarin apixaban rivaroxaban eliquis
xarelto clopidogrel levothyroxine thyroxine prednisone prednisolone steroid hydrocortisone
methotrexate humira adalimumab sertraline zoloft fluoxetine prozac citalopram escitalopram
lexapro paroxetine venlafaxine effexor duloxetine cymbalta bupropion wellbutrin mirtazapine
amitriptyline lithium quetiapine seroquel olanzapine risperidone aripiprazole abilify
lamotrigine lamictal valproate depakote levetiracetam keppra carbamazepine gabapentin pregabalin
lyrica diazepam valium lorazepam ativan alprazolam xanax clonazepam zolpidem ambien adderall
ritalin methylphenidate concerta vyvanse lisdexamfetamine atomoxetine strattera modafinil
tramadol codeine morphine oxycodone fentanyl hydrocodone naloxone methadone suboxone
buprenorphine ibuprofen paracetamol acetaminophen naproxen tylenol advil amoxicillin penicillin
doxycycline azithromycin ciprofloxacin antiviral tamiflu paxlovid antihistamine cetirizine
loratadine ventolin salbutamol albuterol contraceptive contraception hrt estrogen oestrogen
testosterone progesterone finasteride viagra cialis antipsychotic benzodiazepine benzos opioid
"""
HEALTH_VERBS = "diagnose prescribe hospitalise hospitalize medicate vaccinate miscarry"
# Health words that only count next to another word ("heart bypass", "back pain").
BODY_PARTS = words(
    """
    back neck shoulder shoulders arm arms elbow wrist wrists hand hands finger fingers thumb
    hip hips knee knees leg legs ankle ankles foot feet toe toes head eye eyes ear ears chest
    spine rib ribs jaw tooth teeth stomach heart lung lungs skin tendon ligament muscle myself
    breast breasts armpit throat groin testicle testicles
    himself herself
    """
)
HEALTH_PAIRED: dict[str, frozenset[str]] = {
    "bypass": words("heart gastric triple double coronary"),
    "attack": words("heart asthma"),
    "replacement": words("knee hip joint valve hormone shoulder"),
    "pressure": words("blood"),
    # "dealing with a drink problem", "his heart problems"; not "a problem with the printer"
    "problem": words(
        "drink drinking alcohol booze gambling drug drugs heart kidney liver thyroid bladder bowel "
        "prostate breathing memory weight eating"
    ),
    "sugar": words("blood"),
    "mental": words("health illness breakdown"),
    "history": words("medical health"),
    "records": words("medical health dental patient hospital"),
    "results": words("blood lab scan biopsy mri x-ray xray pathology medical screening smear"),
    "appointment": words(
        "doctor doctor's dr dentist dental hospital gp clinic medical therapy therapist physio "
        "specialist consultant optician scan mri antenatal"
    ),
    "appt": words("doctor doctor's dr dentist dental hospital gp clinic medical therapy physio"),
    "radiation": words("therapy treatment treatments sessions"),
    "expecting": words("baby twins"),
    "broken": BODY_PARTS,
    "clipped": BODY_PARTS,
    "struck": BODY_PARTS,
    "crushed": BODY_PARTS,
    "trapped": BODY_PARTS,
    "jammed": BODY_PARTS,
    "hit": BODY_PARTS,
    "caught": BODY_PARTS,
    "admitted": words("hospital ward icu"),
    "pain": BODY_PARTS | words("chronic severe constant relief killers nerve joint period"),
    "hurt": BODY_PARTS,
    "broke": BODY_PARTS,
    "twisted": BODY_PARTS,
    "burned": BODY_PARTS,
    "burnt": BODY_PARTS,
    "cut": BODY_PARTS,
    "bruised": BODY_PARTS,
    "pulled": BODY_PARTS,
    "strained": BODY_PARTS,
    "banged": BODY_PARTS,
    "bruise": BODY_PARTS | words("bad huge"),
    # "got a lump checked", not "a lump sum".
    "lump": words("breast checked testicle lymph neck armpit found felt biopsy"),
    "stones": words("kidney gall"),
    "cell": words("sickle"),
    # "my son is disabled", "registered disabled", not "my account is disabled".
    "disabled": words(
        "i'm im am i've i'd he's she's hes shes son sons daughter daughters child children kid "
        "kids wife husband partner mum mom dad mother father brother sister baby person people "
        "registered veteran veterans badge parking benefits allowance living"
    ),
    # "an eating disorder", not "public disorder".
    "disorder": words(
        "eating personality anxiety sleep seizure autoimmune blood mood panic stress bipolar "
        "genetic thyroid mental compulsive attention spectrum hoarding binge post-traumatic "
        "dissociative borderline depressive psychotic schizoaffective conversion functional "
        "neurological"
    ),
}

# --- money: debts, earnings, benefits, hardship -------------------------------------
FINANCIAL = """
debt indebted loan mortgage remortgage salary paycheck paycheque payslip wage income tax credit
overdraft overdrawn bankruptcy bankrupt insolvency insolvent ccj arrears repossession
repossessed foreclosure foreclosed eviction evicted garnishment garnishee garnished bailiff lien
alimony inheritance bonus compensation payroll finances financial bill spending balance
statement earnings net-worth networth budget crypto wallet pay rent gross savings pension 401k
ira investment portfolio transaction welfare unemployment jobseeker's jobseekers annuity
gambling gambled payday owe owed owing borrowed lender creditor collector defaulted
payment repayment installment instalment benefit
"""
FINANCIAL_PAIRED: dict[str, frozenset[str]] = {
    "support": words("child"),
    "universal": words("credit"),
    "stamps": words("food"),
    "maxed": words("card cards credit overdraft limit loan"),
    "return": words("tax"),
    "stub": words("pay"),
    "report": words("credit"),
    "score": words("credit"),
    "rating": words("credit"),
    "unpaid": words("rent bills bill tax taxes debt debts fines fine loan wages"),
    "bounced": words("debit debits payment payments cheque cheques check rent mortgage card"),
    "behind": words(
        "payments payment rent mortgage bills loan loans tax taxes repayments installments card"
    ),
}

# --- incidents: security, theft, harassment, mistakes -------------------------------
INCIDENT_NOUNS = """
breach leak phishing scam theft ransomware malware virus trojan keylogger spyware rootkit
unauthorized unauthorised fraud fraudulent intrusion harassment assault lawsuit disciplinary
termination grievance whistleblower stalking blackmail extortion sextortion burglary robbery
mugging bullying discrimination scammer fraudster stalker smishing vishing takeover catfish
stole stolen lost exposed fired infected hacked leaked compromised robbed mugged abused
assaulted discriminated deepfake deepfaked
"""
INCIDENT_VERBS = """
phish scam breach infect hijack spoof impersonate extort blackmail harass stalk bully
threaten grope intimidate doxx burgle burglarize burglarise pickpocket vandalize vandalise
defraud swindle
"""
INCIDENT_PAIRED: dict[str, frozenset[str]] = {
    "accident": words(
        "car work road workplace bike traffic had injured hurt crash claim warehouse site "
        "ambulance my"
    ),
    "slipped": words("ladder stairs floor ice wet scaffold step steps kerb curb pavement")
    | BODY_PARTS,
    "tripped": words("ladder stairs floor cable wire step steps kerb curb pavement") | BODY_PARTS,
    "fell": words("ladder stairs floor ice scaffold step steps roof") | BODY_PARTS,
}

# --- personal media --------------------------------------------------------------------
MEDIA = """
photo picture pic selfie video recording voicemail voice-note voicenote nude scan webcam footage
camera-roll clip screenshot screengrab dashcam cctv bodycam headshot voicememo
"""
MEDIA_PAIRED: dict[str, frozenset[str]] = {
    "voice": words("note notes memo memos message messages recording recordings"),
}
# Media words that say little alone ("my photo" for the badge): they count when what
# they show is personal, see MEDIA_SUBJECTS.
MEDIA_VERBS = "scan screenshot record film photograph"
MEDIA_SUBJECTS = words(
    """
    kid kids child children son sons daughter daughters baby babies wife husband partner
    girlfriend boyfriend family mum mom dad mother father parents grandparents grandma grandpa
    grandmother grandfather brother sister ex ex's fiance fiancee wedding injury injuries
    bruise bruises wound rash body face faces passport licence license id birth certificate
    visa permit payslip statement chat chats texts messages whatsapp doctor appointment therapy
    boss manager coworker colleague landlord accident gf bf hubby fiancé fiancée
    crying sobbing tears naked nude undressed topless bleeding drunk kissing
    """
)

# --- personal life ------------------------------------------------------------------
PERSONAL_LIFE = """
divorce divorced divorcing custody bereavement widowed funeral arrested convicted conviction
parole deported deportation asylum married marital gender ethnicity sexuality
"""

PERSONAL_LIFE_PAIRED: dict[str, frozenset[str]] = {
    # "my probation officer", not "once probation finishes" (a new job's trial period).
    "probation": words(
        "officer officers order orders parole court sentence sentenced conviction convicted "
        "prison released licence license offence offense criminal breach breached"
    ),
}

# Words with an everyday sense next to these neighbours: "our GP surgery sends texts" is a
# place, "the branch lost internet" an outage. A topic word right after one of its
# ``OTHER_SENSE_BEFORE`` words, or right before one of its ``OTHER_SENSE_AFTER`` words,
# is read in that sense.
_OTHER_SENSE_BEFORE: dict[str, frozenset[str]] = {
    # "my phone's battery health is 79%", "the cluster health": how a thing is doing
    "health": words(
        "battery system server servers disk drive node cluster service app site network pipeline "
        "plant crop soil code codebase project portfolio fleet device account credit financial "
        "business company brand pool database db index endpoint api tyre engine economic"
    ),
    "surgery": words(
        "gp gp's doctor's doctors doctors' dental vet vet's vets veterinary local village"
    ),
    # "our new puppy clinic", "the vet clinic": an animal's
    "clinic": words("puppy puppies pet pets vet vet's vets veterinary dog dogs cat cats animal"),
}
# A health word naming what a thing is for: "our prescription printer", "the outpatients
# signage", "the hospital's cancer research appeal", "our pharmacy leaflet" (things, not
# anyone's condition).
_THINGS_FOR = words(
    """
    printer printers scanner scanners signage signs labels poster posters leaflet leaflets
    display displays shelf shelves aisle appeal appeals fundraiser fundraising campaign
    charity research software portal kiosk template templates footer footers newsletter
    newsletters website flyer flyers booklet booklets brochure brochures
    """
)
# An incident word naming a kind of risk or the work against it: "is that a fraud risk?",
# "our phishing training", "the breach policy" (no incident happened).
_RISK_TALK = words(
    """
    risk risks prevention policy policies training awareness checks controls procedure
    procedures protection insurance simulation simulations module modules course
    """
)
OTHER_SENSE_AFTER: dict[str, frozenset[str]] = {
    **{
        word: _RISK_TALK
        for word in words(
            "fraud breach phishing scam theft ransomware malware harassment bullying "
            "discrimination whistleblower burglary"
        )
    },
    "lost": words(
        "internet wifi wi-fi connection connectivity signal power network sync focus track count "
        "interest patience sleep"
    ),
    **{
        word: _THINGS_FOR
        for word in words(
            "prescription prescriptions outpatient outpatients cancer pregnancy mental diabetes "
            "dementia hiv covid flu vaccine vaccination dental medical health"
            # "our pharmacy leaflet", "the counselling poster": the service's, not a patient's
            " pharmacy chemist clinic dentist optician counselling counseling therapy physio"
            " physiotherapy"
        )
    },
}
# A condition naming the employer's rules or events about it: "our menopause policy",
# "the disability network", "an ADHD awareness webinar" (nobody's condition).
_POLICY_TALK = words(
    """
    policy policies guidance awareness network networks champion champions toolkit webinar
    webinars workshop workshops module modules
    """
)
for _word in words(
    "menopause perimenopause ivf fertility disability disabilities neurodiversity autism adhd "
    "dyslexia miscarriage bereavement grief burnout stress mental pregnancy cancer dementia "
    "diabetes hiv covid"
):
    OTHER_SENSE_AFTER[_word] = OTHER_SENSE_AFTER.get(_word, frozenset()) | _POLICY_TALK

# Weak words that count as strong ones next to a qualifier: "my bank statement", "a heart
# condition", "injured my knee" (see topics._cue_near).
STRENGTHENED_BY: dict[str, frozenset[str]] = {
    "statement": words("bank card credit mortgage pension loan salary"),
    "balance": words("bank account card loan mortgage"),
    "credit": words("bad poor terrible ruined damaged"),
    "condition": words(
        "heart skin lung kidney liver medical chronic health genetic eye thyroid mental "
        "neurological autoimmune"
    ),
    "treatment": words("cancer fertility ivf hormone medical dental hospital"),
    "injury": BODY_PARTS | words("sports work head brain spinal"),
    "injured": BODY_PARTS,
    "benefit": words(
        "stopped cut sanctioned suspended claim claiming housing disability unemployment child"
    ),
}

# Weak words only count with a possessive right before them and a figure nearby ("my
# balance is 40"); strong ones also with a subject ("I have diabetes").
WEAK = words(
    """
    payslip paycheck paycheque payroll pay rent gross medical health sick doctor gp clinic
    condition treatment blood chemist pharmacy dentist dental optician
    credit tax balance statement budget bill spending bonus compensation payday
    financial finances lost exposed leak virus video photo picture pic recording scan
    camera-roll cctv footage webcam wallet crypto fired clip screenshot screengrab record film
    photograph
    infection injury injured hospital symptom vaccine vaccination vaccinated payment
    installment instalment transaction investment borrowed benefit
    """
)

_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh")
_VOWELS = "aeiou"


def plurals(word: str) -> set[str]:
    """``word`` and its plural ("allergy" -> "allergies", "virus" -> "viruses")."""
    if "-" in word and not word.endswith("-"):
        head, _, tail = word.rpartition("-")
        return {word} | {f"{head}-{p}" for p in plurals(tail)}
    forms = {word}
    if word.endswith("'s") or len(word) < 3:
        return forms
    if word.endswith("y") and word[-2] not in _VOWELS:
        forms.add(word[:-1] + "ies")
    elif word.endswith(_SIBILANT_ENDS):
        forms.add(word + "es")
    else:
        forms.add(word + "s")
    return forms


def verb_forms(word: str) -> set[str]:
    """``word`` with -s, -ed and -ing ("scam" -> "scammed", "harass" -> "harassing")."""
    forms = plurals(word)
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and word[-2] not in _VOWELS:
        forms |= {word[:-1] + "ied", word + "ing"}
    elif (
        len(word) <= 4
        and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        # One short syllable doubles its last letter: "rob" -> "robbed", "mug" -> "mugging".
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    else:
        forms |= {word + "ed", word + "ing"}
    if word.endswith("shot"):  # "screenshot" -> "screenshotted"
        forms |= {word + "ted", word + "ting"}
    return forms


# Inflected forms that are other words, or too common to mean the topic.
NOT_FORMS = words("record records films")


def _lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """Every form -> its family, and every form -> its base word."""
    family_of: dict[str, str] = {}
    base_of: dict[str, str] = {}

    def add(base: str, forms: set[str], family: str) -> None:
        for form in forms - NOT_FORMS:
            if form not in family_of:
                family_of[form] = family
                base_of[form] = base

    for family, nouns, verbs, paired in (
        ("health", HEALTH, HEALTH_VERBS, HEALTH_PAIRED),
        ("financial_info", FINANCIAL, "", FINANCIAL_PAIRED),
        ("incident", INCIDENT_NOUNS, INCIDENT_VERBS, INCIDENT_PAIRED),
        ("personal_media", MEDIA, MEDIA_VERBS, MEDIA_PAIRED),
        ("personal_life", PERSONAL_LIFE, "", PERSONAL_LIFE_PAIRED),
    ):
        for base in nouns.split():
            add(base, plurals(base), family)
        for base in verbs.split():
            add(base, verb_forms(base), family)
        for base in paired:
            add(base, plurals(base), family)
    return family_of, base_of


FAMILY_OF, BASE_OF = _lexicon()
# A paired word counts only with one of its cue words close by: form -> cues.
PAIRED_CUES: dict[str, frozenset[str]] = {
    form: cues
    for table in (
        HEALTH_PAIRED,
        FINANCIAL_PAIRED,
        INCIDENT_PAIRED,
        MEDIA_PAIRED,
        PERSONAL_LIFE_PAIRED,
    )
    for base, cues in table.items()
    for form in plurals(base)
}
# A weak noun's plural is as weak as the noun; its -ed form may be strong ("leaked").
WEAK_FORMS = frozenset(
    form
    for form, base in BASE_OF.items()
    if base in WEAK and (form in plurals(base) or FAMILY_OF[form] == "personal_media")
)
MEDIA_WEAK_FORMS = frozenset(form for form in WEAK_FORMS if FAMILY_OF[form] == "personal_media")
# A noun's plural has its everyday sense next to the same words ("the GP surgeries").
OTHER_SENSE_BEFORE: dict[str, frozenset[str]] = {
    form: neighbours for base, neighbours in _OTHER_SENSE_BEFORE.items() for form in plurals(base)
}
STRENGTHENED_BY.update(
    {form: cues for base, cues in list(STRENGTHENED_BY.items()) for form in plurals(base)}
)

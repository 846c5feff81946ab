"""Secrets and credentials: key blocks, vendor token shapes, passwords in context.

Vendor tokens are recognised by their documented prefixes. Values introduced
by a credential word ("password:", "api_key =", "my token is") are caught
whatever their shape, unless they are obviously placeholders or code that
fetches the secret from somewhere else. Long random-looking strings are
caught by entropy, with guards for hashes, UUIDs and identifiers
(``_secret_values`` holds what tells a secret value from code and prose).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator

from router.detectors._base import (
    Detector,
    anchored_finder,
    anchored_matches,
    any_finder,
    fold_case,
    placeholder_context,
    regex_finder,
    sentence_around,
    words,
)
from router.detectors._command_lines import find_command_line_secrets
from router.detectors._cues import CuePattern, positions_of
from router.detectors._normalize import normalize
from router.detectors._numbers import matches_at
from router.detectors._published import documented_vendor_key, public_windows_key
from router.detectors._secret_values import (
    DEMO_VALUE,
    GUESSABLE,
    HEX,
    IDENTIFIER,
    NAME_VALUE,
    NOT_SECRET,
    SEGMENT,
    WORD_SEGMENT,
    looks_random,
    random_body,
    strong,
    value_is_secret,
)
from router.detectors._shared import long_words, words_joined
from router.detectors._told_secrets import (
    find_access_codes,
    find_authenticator_codes,
    find_changed_passwords,
    find_creds_pairs,
    find_dial_turns,
    find_hex_after_token,
    find_keyed_in_codes,
    find_keypad_entries,
    find_late_values,
    find_listed_codes,
    find_login_pairs,
    find_opening_values,
    find_prefix_then_rest,
    find_prose_passwords,
    find_quoted_passwords,
    find_recipes,
    find_remarked_codes,
    find_sign_in_values,
    find_snmp_communities,
    find_spaced_codes,
    find_spoken_passwords,
    find_unlock_codes,
    find_values_that_get_in,
    find_wifi_keys,
    find_word_and_year_passwords,
)
from router.detectors._vendor_tokens import find_vendor_tokens, placeholder_token
from router.detectors.topics import is_fiction
from router.levels import Level

_I = re.IGNORECASE

# --- private keys ---------------------------------------------------------------
# PEM-style armour around a private key, or around a NATS nkey seed in a .creds file.
_KEY_BEGIN = re.compile(r"-----BEGIN[ A-Z0-9]{0,30}(?:PRIVATE KEY(?: BLOCK)?|NKEY SEED)-----")
_KEY_END = re.compile(r"-----END[ A-Z0-9]{0,30}(?:PRIVATE KEY(?: BLOCK)?|NKEY SEED)-----")
_KEY_MATERIAL = re.compile(
    # The PEM header base64-encoded ("-----BEGIN" in three alignments), OpenSSH's
    # binary format ("openssh-key-v1"), NTLM messages, DER keys.
    r"LS0tLS1CRUdJT[A-Za-z0-9+/=]{8,}|tLS0tQkVHSU[A-Za-z0-9+/=]{8,}|LS0tLUJFR0lO[A-Za-z0-9+/=]{8,}"
    r"|b3BlbnNzaC1rZXktdjE[A-Za-z0-9+/=]{0,2000}|TlRMTVNTUA[A-Za-z0-9+/=]{10,2000}"
    r"|PuTTY-User-Key-File-\d|AGE-SECRET-KEY-1[0-9A-Z]{20,}"
    r"|(?<![A-Za-z0-9+/])MII[A-Za-z0-9+/]{60,}={0,2}"
)
# JSON Web Keys, as JSON (escaped or not), a Python or Ruby hash, a config line: the key
# type ("kty": "EC") and the private members, whose values are random base64url: "d"
# (RSA, EC, OKP) and "k" (a symmetric key). Between name and value any punctuation
# (": ", "=>", '\\": \\"'). Every match starts with a word ("kty", "d", "k"), looked up in
# the shared word index rather than searched for (see _cues).
_JWK = re.compile(
    r"(?<![\w-])\bkty[^\w\n]{1,10}(?:RSA|EC|oct|OKP)(?![\w-])"
    r"|(?<=[\"'])\b(?:d\b|k\b)[^\w\n]{2,10}(?P<v>[A-Za-z0-9_-]{16,4000})(?![\w-])"
)
_jwk_matches = CuePattern(_JWK).finditer
# Tried only where one of its literals stands: a search of the whole text cost ~0.15 ms
# per 8,000 characters on every text with a trigger of private_key.
_key_material_matches = CuePattern(_KEY_MATERIAL).finditer


def _find_private_keys(text: str) -> Iterator[tuple[int, int]]:
    begins = [m.span() for m in _KEY_BEGIN.finditer(text)]
    ends_used: set[int] = set()
    for i, (start, end) in enumerate(begins):
        # Look for the footer only up to the next header: linear on any input.
        limit = begins[i + 1][0] if i + 1 < len(begins) else len(text)
        footer = _KEY_END.search(text, end, min(limit, end + 20000))
        if footer is not None:
            ends_used.add(footer.start())
            yield start, footer.end()
        else:
            yield start, end
    for m in _KEY_END.finditer(text):
        if m.start() not in ends_used:
            yield m.span()
    for m in _key_material_matches(text):
        yield m.span()
    for m in _jwk_matches(text):
        value = m.group("v")
        if value is None or random_body(value):  # not '"k": "user_preferences_cache"'
            yield m.span()


# --- vendor token shapes ----------------------------------------------------------
_TOKEN_SHAPES = re.compile(
    r"""(?=[A-Za-z0-9])(?<![A-Za-z0-9_+-])(?:
      (?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)[A-Z0-9]{16}   # AWS key id
    | gh[pousr]_[A-Za-z0-9]{30,255} | github_pat_[A-Za-z0-9_]{40,255}          # GitHub
    | gl(?:pat|dt|ft|cbt|soat|rtr|rt|ptt|imt|oas|agent|sa|cf|ptk|ffct|wt)-[\w-]{20,80}  # GitLab
      (?:\.[\w-]{2,16}){0,2}                                    # (routable: .01.<routing>)
    | xox[abposre]-[A-Za-z0-9-]{10,250}                                      # Slack
    | (?:sk|rk|pk|whsec)_(?:live|test|prod)_[A-Za-z0-9]{16,247}              # Stripe
    | sk-(?:proj-|ant-(?:api\d\d-)?|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}   # OpenAI, Anthropic
    | AIza[0-9A-Za-z_-]{30,40} | GOCSPX-[A-Za-z0-9_-]{20,40} | ya29\.[0-9A-Za-z_-]{20,}
    | 1//0[A-Za-z0-9_-]{30,}                                                 # Google refresh
    | hf_[A-Za-z0-9]{30,40} | npm_[A-Za-z0-9]{36} | pypi-AgE[A-Za-z0-9_-]{50,}
    | (?:ATATT3x|ATCTT3x|dapi|AKCp)[A-Za-z0-9_=-]{28,300}              # Atlassian, Databricks
    | LTAI[A-Za-z0-9]{12,20} | wx[0-9a-f]{16}                            # Alibaba, WeChat
    | (?:AC|AD|AL|CA|CF|CL|CN|CR|FW|IP|KS|MM|NO|PK|PN|QU|RE|SC|SD|SK|SM|TR|UT|XE|XR)  # Twilio
      [0-9a-fA-F]{32}
    | \d{6,14}-[a-z0-9]{32}\.apps\.googleusercontent\.com
    | [\w-]{1,60}(?:\.[\w-]{1,60}){0,3}\.firebase(?:io|app)\.com
    | SG\.[\w-]{16,32}\.[\w-]{16,64}                                         # SendGrid
    | (?:[a-z]{2}\d\dx{1,2})?[0-9a-f]{30,40}NRAL                               # New Relic licence
    | oy2[a-z0-9]{43}                                                        # NuGet
    | access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}                   # Braintree
    | \d{12,18}\|[\w-]{24,28}                                                # Facebook app token
    | IGQVJ[\w=-]{100,}                                                       # Instagram
    | ATBB[A-Za-z0-9]{24}[A-F0-9]{8}                                         # Bitbucket
    | [\w~.-]{3}\dQ~[\w~.-]{31,34}                                          # Azure client secret
    | cmVmdGtuO[\w-]{55}                                                     # JFrog reference token
    | 3MVG[\w.]{24,200} | 00D[0-9A-Za-z]{9,15}(?:![\w.]{24,200})?                 # Salesforce
    | [\w-]{16,160}(?:T3BlbkFJ|9wZW5BS|PcGVuQU)[\w-]{16,160}                 # OpenAI, any prefix
    | [MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}      # Discord bot
    | S[ACNOPUX](?=[A-Z]{0,56}[2-7])[A-Z2-7]{54,56}                          # NATS nkey seed
    | eyJrIjoi[A-Za-z0-9+/=_-]{20,}                                          # Grafana API key
    | [A-Za-z0-9+/]{40,60}JQQJ9[A-Za-z0-9+/]{20,60}={0,2}                      # Azure keys
    | X-Amz-(?:Credential|Signature|Security-Token)=[^\s&"']{16,}
    | eyJ[\w-]{8,}\.(?:eyJ[\w-]{8,}|[\w-]{16,})\.[\w-]{0,1000}                  # JWT, JWS
    | [0-9]{8,10}:AA[A-Za-z0-9_-]{33}                                        # Telegram bot
    | amzn\.mws\.[0-9a-f-]{36}
    | [a-f0-9]{32}-us\d{1,2}                                                 # Mailchimp
    | (?:key-|pubkey-)?[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}                  # Mailgun
    | AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{30,}                                 # X bearer
    | \d{6}(?:-\d{6}){7}                                                       # BitLocker recovery
    # Vendor prefixes, some of them everyday words in code ("ops.aten.add", "key_value"):
    # _find_tokens checks that the body is not made of words.
    | (?P<prefix>gsk|xai|pplx|tvly|ops|dop_v1|doo_v1|dor_v1|dapi|sntrys|sntryu|glsa|glc
      |pscale_(?:pw|tkn|oauth)|shpat|shpss|shpca|shppa|dckr_[op]at|hvs|hvb|hvr|atlasv1|tfp
      |nrak|NRAK|NRJS|NRII|NRAA|NRBR|NRRA|NRSP|pnu|rubygems|lin_api|figd|sq0atp|sq0csp|EAAA|xkeysib
      |key|fo1|dp\.(?:pt|st|ct|sa|scim|audit)|phc|phx|sbp|vercel|BBDC|squ|sqp|sqa|PMAK|PMAT|SWMTKN-1|SWMKEY-1|dt0c01
      |glpat|AKCp|xapp|lsv2_(?:pt|sk)|rnd|pat|ntn|HRKU|akab|sl\.u|CLOJARS|r8|nvapi|jina|pul)
    [._-](?P<body>[A-Za-z0-9_.=-]{15,400})
    )(?![A-Za-z0-9_])
    """,
    re.VERBOSE,
)
_WEBHOOKS = re.compile(
    r"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9/_-]{20,}"
    r"|https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]{20,}"
    r"|https://[a-z0-9-]+\.webhook\.office\.com/[A-Za-z0-9/@_-]{30,}"
)

# --- credentials in context ---------------------------------------------------------
# A credential word, then an assignment (=, :, "is", a space in CLI flags), then the value.
# Long words may be glued to a prefix (db_password, ANYpassword); short ones
# (pin, pw, key) must start a word so "mapping" or "monkey" stay quiet.
# The scan reads normalised text, where Cyrillic letters shaped like Latin ones are
# Latin ("пароль" becomes "пapoль"): the cue is spelt as the scan will see it.
_RU_PASSWORD = normalize("пароль").text
_KEY_WORD = (
    r"(?:(?:pass(?:word|wd|wrd|phrase|code|owrd|ord)|p(?:a?s{1,2})?w(?:o?r)?d|passw\w{0,3}|secret|apikey|api[_-]key|"
    # Typed in other languages: Passwort, Kennwort, contraseña, senha, wachtwoord, mot de passe,
    # hasło, heslo, geslo, lozinka, şifre, lösenord, adgangskode, salasana, jelszó, kata sandi,
    # mật khẩu, пароль, 密码/密碼, パスワード, 비밀번호, पासवर्ड, كلمة المرور/السر.
    r"kennwort|contrase(?:ñ|n)a|senha|wachtwoord|mot[ _-]de[ _-]passe|"
    r"has(?:ł|l)o|heslo|geslo|lozinka|(?:ş|s)ifre|l(?:ö|o)senord|adgangskode|salasana|jelsz(?:ó|o)|"
    r"kata[ _-]sandi|mật[ _-]khẩu|"
    + _RU_PASSWORD
    + r"|密码|密碼|パスワード|비밀번호|पासवर्ड|كلمة[ _-](?:المرور|السر)|"
    # Not "tokenize = 'porter unicode61'" (a text index's option).
    r"access[_-]?key|private[_-]?key|credentials?|token(?!i[sz]e)|connection[_-]?string|"
    r"recovery[_ -]?(?:code|key)|backup[_ -]?code|userpwd)(?:[a-z]{1,3}(?=[\s\"':=!<>,]))?"
    r"|(?<![A-Za-z])(?:pass|psw|pwd|pw|psk|pin|otp|totp|2fa|mfa|seed|salt|nonce|auth|bearer|key|api|"
    r"sas|signature|conn[_-]?str)(?:(?:e?s|key|code)(?=[\s\"':=!<>,_-]))?)"
)
_CREDENTIAL = re.compile(
    rf"""
    (?P<name>{_KEY_WORD}(?![a-z])[A-Za-z0-9_-]{{0,20}})\\?["']?
    (?:\s{{0,12}}(?::\s{{0,12}}[A-Za-z][\w.\[\]]{{0,20}}\s{{0,12}})?(?:=>|:=|!==?|===?|=|%3d|:|>
           |\s(?:is|was)\s(?:now|still|currently)\b
           |\s(?:is|was|has\sbeen|got)\s(?:changed|set|updated|reset)\s(?:to|as)\b
           |(?:(?<=word)|(?<=wd)|(?<=pw)|(?<=code)|(?<=pin)|(?<=wort))\s(?:to|into)\b
             (?=\s{{1,3}}[^\s"'`,;<>(){{}}\[\]&]{{0,40}}\d)
           |\s(?:is|was|are|=|ist|lautet|est|es|é|era|war)\b|['’]s\b(?=\s)
           |\sfor\s[\w.@-]{{1,40}}:|\(\w{{1,20}}\):|(?P<comma>,)(?=\s{{0,12}}["'])
           |,?\s{{1,12}}(?:it['’]?s|it\s+is|which\s+is)\b
           |\s{{1,12}}(?:for|of|on|to|in|at|do|da|de|del|du|des|für|fuer|vom|von|van)\s{{1,12}}
             (?:the\s{{1,12}}|my\s{{1,12}}|our\s{{1,12}}|this\s{{1,12}})?
             [\w.@-]{{1,30}}(?:[ ][\w.@-]{{1,30}}){{0,6}}
             (?:\s{{1,12}}(?:is|was|=|ist|est|es|é)(?:\s{{1,12}}(?:now|still|currently)\b)?
             |\s{{0,12}}:))\s{{0,12}}
       |(?P<ws>\s{{1,12}})(?=\\?["'])|(?P<bare>[ \t]{{1,12}})(?=[^\s"'`]))
    \\?(?:[bur](?=["']))?(?P<q>["'`]?)(?P<v>(?<=["'`])[^"'`\n]{{3,300}}(?=["'`])|[^\s"'`,;<>(){{}}\[\]&]{{3,300}})
    """,
    re.VERBOSE,
)
_CLI_SECRET = re.compile(
    r"(?:--[\w-]{0,30}(?:password|passwd|pass|token|secret|api-key|apikey)[\w-]{0,20}[= ]|"
    r"\b(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]{0,100}?\s-p(?=[^\s-])|"
    r"\bsshpass\s+-p\s?|\bcurl\b[^\n]{0,200}?\s(?:-u|--user)\s)"
    r"(?P<v>[\"']?[^\s\"']{3,200})",
)
_SECURE_STRING = re.compile(
    r"convertto-securestring\s+(?:-\w+\s+){0,3}\\?[\"']?(?P<v>[^\s\"'\\]{3,200})"
)
# SQL keywords in capitals (or a quoted value): "identified by researchers" is prose.
# Passphrases are several words: take the rest of the sentence.
_PASSPHRASE = re.compile(
    r"\b(?:pass\s?phrase|seed\s+phrase|recovery\s+phrase|mnemonic)\s+(?:is|was|:|=)\s+"
    r"(?P<v>[^\n.;!?]{8,120})",
    _I,
)
# Tried only where its first word stands: a case-insensitive search of the whole text cost
# ~0.15 ms per 8,000 characters on every text that says "phrase".
_passphrase_matches = CuePattern(_PASSPHRASE).finditer
# A wallet's seed told as its words: "seed for our treasury Ledger, 12 words: orbit canyon
# lemon ...", "recovery words: ...": twelve or more short lower-case words in a row.
_SEED_WORDS = re.compile(
    r"\b(?:seed|recovery|mnemonic|(?:12|18|24|twelve|twenty[- ]four)\s+words)\b[^\n:]{0,60}[:\-]\s*"
    r"(?P<v>(?:[a-z]{3,8}[ ,]+){11,23}[a-z]{3,8})\b"
)
_SQL_PASSWORD = re.compile(
    r"\b(?:IDENTIFIED|identified)\s+(?:WITH\s+\S+\s+)?(?:BY|AS|by|as)\s+(?:PASSWORD\s+)?"
    r"(?:(?<=BY )|(?<=AS )|(?=[\"']))[\"']?(?P<v>[^\s\"';]{3,200})"
    r"|\b(?:LOGIN\s+|WITH\s+|ROLE\s+\w+\s+)PASSWORD\s+[\"']?(?P<w>[^\s\"';]{3,200})",
)
_URL_CREDENTIALS = re.compile(
    r"(?<![\w+.-])[a-z][a-z0-9+.-]{1,20}://(?P<u>[^\s:/@\"'<>]{1,100}):(?P<v>[^\s@/\"'<>]{1,200})@[\w.-]+",
)
_CONN_STRING = re.compile(
    r"\b(?:password|pwd|accountkey|sharedaccesskey|sig)=(?P<v>[^;\s\"'&]{3,200})",
)
# Names so generic in code ("key", "auth", "api") that only a random-looking value counts.
_GENERIC_NAMES = re.compile(r"^(?:key|keys|auth|api|token|nonce|signature|sas|seed)s?\d*$")
# Words that make a credential name describe something else: "max_tokens",
# "token_id", "public_key", "password_length", "api_version", "key_path".
_OTHER_THAN_SECRET = words(
    "id ids idx index indices count counts len length size sizes limit limits max min num number "
    "type types kind name names prefix suffix file files path paths dir url uri endpoint env var "
    "header headers field fields format mode version encoding label labels prompt placeholder "
    "hint policy expiry expires expiration timeout ttl lifetime age enabled required regex "
    "pattern usage cost budget rate test tests public total remaining"
)
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# A password named without "=" or "is" ("user admin and password Xy9!kLm2") must
# look made up (``strong``).
_PASSWORD_CUES = ("pa", "ps", "pw")


# Cues whose values may be all digits (a PIN, a one-time code); "token_test = 117" is not.
_NUMERIC_CUES = ("pa", "ps", "pw", "pin", "otp", "totp", "2fa", "mfa", "recovery", "backup")


def _describes_other_thing(text: str, start: int, end: int) -> bool:
    """Whether the identifier around ``text[start:end]`` names a count, a path, an id...."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        start -= 1
    words = {w.lower() for w in _NAME_WORD.findall(text[start:end])}
    return not words.isdisjoint(_OTHER_THAN_SECRET)


def _assignment_ok(m: re.Match[str], text: str) -> bool:  # noqa: PLR0911 - a list of guards
    """Whether a ``name = value`` hit of ``_CREDENTIAL`` holds a real secret."""
    value = text[slice(*_trimmed(text, *m.span("v")))]
    name = m.group("name").lower().strip("_-")
    if _describes_other_thing(text, m.start("name"), m.end("name")):
        return False
    if "\n" in text[m.end("name") : m.start("v")] and _ASSIGNMENT_START.match(value):
        return False  # "SMTP_PASS=\nSTRIPE_KEY=...": the next line's own pair, judged by itself
    if value.replace("_", "").isdigit() and not name.startswith(_NUMERIC_CUES):
        return False  # "image_token_index: int = 32000", "API_PORT = 1340"
    if (
        not m.group("q")
        and "_" in value
        and value.replace("_", "").isalnum()
        and _KEY_WORD_IN_VALUE.search(value.lower())
    ):
        return False  # "token_ids_0=token_ids_0", "password=new_password1": variables
    if _GENERIC_NAMES.match(name) and (
        len(value) < 8 or all(WORD_SEGMENT.match(seg) for seg in SEGMENT.split(value) if seg)
    ):
        return False  # key="download_rules_data", api: 'v2', token: "Bearer"
    if value.startswith(("0x", "0X")) and not m.group("q"):
        return False  # numeric constants in code
    if m.group("ws") is not None and (value.isalpha() or " " in value):
        return False  # 'secrete "emergency" hormones': a quoted word, not an assignment
    if m.group("bare") is not None and not _bare_value_ok(name, value):
        return False  # "password Xy9!kLm2" is one, "token limit" and "password manager" are not
    if m.group("bare") is not None and "://" in value and "@" not in value:
        return False  # nginx "proxy_pass http://127.0.0.1:8000": an address, no secret in it
    if IDENTIFIER.match(value) or text[m.end("v") : m.end("v") + 1] == "(":
        return False  # 'apcu_key_info', "newPassword", read_field(...): code, not values
    if m.group("comma") is not None and not text[m.start("name") : m.end("name")].isupper():
        return False  # only C-style option names take the value after a comma (CURLOPT_...)
    if GUESSABLE.match(value) and placeholder_context(text, m.start(), m.end(), 80):
        return False  # "the default password on the demo laptop is Password1"
    # Backticks quote code in prose and Markdown: judge the value as code.
    return value_is_secret(value, m.group("q") in ("'", '"'))


_KEY_WORD_IN_VALUE = re.compile(r"pass|pwd|secret|token|key|auth|cred")
# Key words whose value may follow after a space alone when it reads as a key:
# "BambooHR API key 7f3c9a1e...", "VPN shared secret K3ll!vpn#22".
_KEY_CUES = ("key", "apikey", "api", "secret", "token", "access")
# Not a UUID (an id), nor a product key's five groups (a licence: ``device_id``).
_NOT_A_KEY_VALUE = re.compile(
    r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}"
)
_KEY_HEX_LENGTH = 32


def _bare_value_ok(name: str, value: str) -> bool:
    """Whether ``value``, after its key word and a space only, is the secret itself."""
    if name.startswith(_PASSWORD_CUES):
        return strong(value)
    return (
        name.lower().startswith(_KEY_CUES)
        and _NOT_A_KEY_VALUE.fullmatch(value) is None
        and "EXAMPLE" not in value  # AWS's documented pair
        and (strong(value) or (HEX.match(value) is not None and len(value) >= _KEY_HEX_LENGTH))
    )


# A value that starts with a name and "=" or ":" is itself an assignment.
_ASSIGNMENT_START = re.compile(r"[A-Za-z_][\w.-]{0,40}[ \t]{0,4}[=:]")


# Literals every credential keyword starts with; "pa" and "ps" cover the typos.
_KEY_LITERALS = (
    "pa", "ps", "pw", "secret", "api", "access", "private", "credential", "token", "connection",
    "conn", "recovery", "backup", "pin", "otp", "totp", "2fa", "mfa", "seed", "salt", "nonce",
    "auth", "bearer", "key", "userpwd", "sas", "signature", "kennwort", "contrase", "senha",
    "wachtwoord", "mot", "hasł", "haslo", "heslo", "geslo", "lozinka", "şifre", "sifre",
    "lösenord", "losenord", "adgangskode", "salasana", "jelsz", "kata sandi", "kata_sandi",
    "kata-sandi", "mật", _RU_PASSWORD, "密码", "密碼", "パスワード", "비밀번호", "पासवर्ड", "كلمة",
)  # fmt: skip


def _credential_matches(
    folded: str, text: str, joined: str | None = None
) -> Iterator[re.Match[str]]:
    """Accepted ``name = value`` matches of ``_CREDENTIAL``, at most one per cue
    (``joined``: see ``positions_of``)."""
    last_end = -1
    for pos in sorted(positions_of(folded, _KEY_LITERALS, joined)):
        if pos < last_end:
            continue  # inside an accepted value
        m = _CREDENTIAL.match(folded, pos)
        # A rejected hit does not hide a later cue: in "Token-> DemoToken: x9.."
        # the first "name" swallows the second one as its value.
        if m is not None and _assignment_ok(m, text):
            last_end = m.end()
            yield m


# Quotes as they look in escaped or HTML-encoded source: \", \\\', &quot;, &#39;.
# Each becomes the bare quote followed by spaces, and an escaped tab or newline
# becomes spaces, so offsets do not move and the credential patterns see the
# plain form ('{\\"salt\\": \\"4b9a..\\"}', 'token=&quot;g1re0..&quot;').
_ESCAPED_QUOTE = re.compile(r"\\{1,8}(?=[\"'])[\"']|&(?:quot|apos|#3[49]);|\\[tn]")


# What each kind of match of _ESCAPED_QUOTE contains: an escaped quote or an HTML
# entity, or else an escaped tab or newline.
_QUOTE_SIGNS = ('\\"', "\\'", "&quot;", "&apos;", "&#34;", "&#39;")
_BLANK_SIGNS = ("\\n", "\\t")


def _unescape_quotes(text: str) -> str:
    # The regex costs a few nanoseconds per character even where it finds nothing:
    # substring tests first, and plain replaces when only tabs and newlines are escaped
    # (a backslash before "t" or "n" can start no other kind of match, so every "\n"
    # and "\t" is one of its matches).
    if "\\" not in text and "&" not in text:
        return text  # every sign holds one of the two: two searches instead of eight
    if not any(map(text.__contains__, _QUOTE_SIGNS)):
        if not any(map(text.__contains__, _BLANK_SIGNS)):
            return text
        return text.replace("\\n", "  ").replace("\\t", "  ")

    def plain(m: re.Match[str]) -> str:
        token = m.group(0)
        if token[-1] in "\"'":
            return token[-1] + " " * (len(token) - 1)
        if token.startswith("&"):
            return ("'" if token in ("&apos;", "&#39;") else '"') + " " * (len(token) - 1)
        return " " * len(token)

    return _ESCAPED_QUOTE.sub(plain, text)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the padding left by ``_unescape_quotes``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _find_credentials(text: str) -> Iterator[tuple[int, int]]:
    plain = _unescape_quotes(text)
    folded = fold_case(plain)  # cues in any case; values read from the original
    # Unescaping only blanks characters out: each run of letters and digits of
    # ``plain`` lies inside one of ``text``, whose distinct words then serve.
    for m in _credential_matches(folded, plain, words_joined(text)):
        start, end = _trimmed(plain, *m.span("v"))
        cut = folded.find("%26", start, end)  # "token%3Dabc%26next%3D1": stop at the next field
        yield start, end if cut == -1 else cut
    # These patterns read escaped quotes themselves.
    yield from _find_other_credentials(text, folded if plain is text else fold_case(text))
    yield from _find_code_secrets(text)
    yield from find_command_line_secrets(text)
    # Credentials told in words: "admin / Kestrel#22", "the door code is 4471".
    yield from find_login_pairs(text)
    yield from find_creds_pairs(text)
    yield from find_access_codes(text)
    yield from find_keyed_in_codes(text)
    yield from find_keypad_entries(text)
    yield from find_opening_values(text)
    yield from find_authenticator_codes(text)
    yield from find_spaced_codes(text)
    yield from find_sign_in_values(text)
    yield from find_late_values(text)
    yield from find_quoted_passwords(text)
    yield from find_changed_passwords(text)
    yield from find_prose_passwords(text)
    yield from find_word_and_year_passwords(text)
    yield from find_wifi_keys(text)
    yield from find_dial_turns(text)
    yield from find_values_that_get_in(text)
    yield from _shaped_passwords(text)
    yield from find_prefix_then_rest(text)
    yield from find_remarked_codes(text)
    yield from find_snmp_communities(text)
    yield from find_hex_after_token(text)
    yield from find_unlock_codes(text)
    yield from find_spoken_passwords(text)
    yield from find_listed_codes(text)


# The signs people put in passwords. The runs of non-space characters around each are
# read (a pattern tried at every word cost 0.25 ms per 8k characters, the signs 0.02 ms).
_SIGNS = "!@#$%^&*"
_SIGN = re.compile(f"[{re.escape(_SIGNS)}]")
_SPACE = re.compile(r"\s")
_LAST_SPACE = re.compile(r"\s\S*\Z")
# A password of up to 32 characters, with quotes, brackets and punctuation around it.
_LONGEST_RUN = 40
_SHAPE = re.compile(r"[A-Za-z0-9!@#$%^&*_.\-]{6,32}")
_LOGIN_PLACE = re.compile(
    r"\b(?:log\s?in|login|sign\s?in|unlock\w*|wi-?fi|wlan|ssid|wpa2?|laptop|computer|pc|account|"
    r"e-?mail|portal|pos|till|epos|override|lab|screen|router|network|admin|vpn|locker|door|"
    r"alarm|username|user)\b",
    re.IGNORECASE,
)
# Not an address, a handle, a URL or code: "ana@mail.com", "@dev", "a!=b", "x&&y".
_NOT_SHAPED = re.compile(r"@[\w-]+\.[a-z]|^@|://|[!=]=|&&|->|^#|\$\{|^\$|\.\w+\(")


_EXAMPLE_BEFORE = re.compile(
    r"\b(?:like|e\.g\.?|eg|such\s+as|for\s+example|say|format)[\s:,]+['\"]?$", re.I
)


_MIN_LETTERS = 3


def _signed_runs(text: str) -> Iterator[tuple[int, str]]:
    """Each run of non-space characters that holds a sign and is short enough to be a
    password, with where it starts. Linear: each run is read once, and only the last
    ``_LONGEST_RUN`` characters before a sign are searched for the run's start."""
    end = 0
    for m in _SIGN.finditer(text):
        at = m.start()
        if at < end:
            continue  # a second sign in the same run
        space = _SPACE.search(text, at)
        end = space.start() if space else len(text)
        window = max(0, at - _LONGEST_RUN)
        cut = _LAST_SPACE.search(text, window, at)
        if cut is None and window > 0:
            continue  # longer than any password
        start = cut.start() + 1 if cut else 0
        if end - start <= _LONGEST_RUN:
            yield start, text[start:end]


def _shaped_passwords(text: str) -> Iterator[tuple[int, int]]:
    """A password by its shape alone, told where people log in: "type Chinnu@1998 at the
    login screen", "DRsite_Staff / WPA2 Tampines!DR#8830", "swipe + M4nager!7 unlocks it":
    letters, a digit and a sign, between spaces or quotes, in a sentence about signing in."""
    if not any(sign in text for sign in _SIGNS):
        return
    for run_start, run in _signed_runs(text):
        lead = len(run) - len(run.lstrip("'\"("))
        value = run[lead:].rstrip(",;:)'\"")
        if value[-1:] in (".", "?"):
            value = value[:-1]  # the sentence's end
        if not _SHAPE.fullmatch(value) or sum(ch.isalpha() for ch in value) < _MIN_LETTERS:
            continue
        if not any(sign in value.rstrip(".,;:!?") for sign in _SIGNS):
            continue  # "our account hit Level5! today": the sign ends the sentence
        if _NOT_SHAPED.search(value) or not strong(value) or DEMO_VALUE.search(value):
            continue
        start = run_start + lead
        end = start + len(value)
        if _EXAMPLE_BEFORE.search(text, max(0, start - 24), start):
            continue  # "needs a symbol, like Pass#2024?": the shape, not the password
        if placeholder_context(text, start, end, 60):
            continue
        if _LOGIN_PLACE.search(sentence_around(text, start, end, 120)):
            yield start, end


def _credentials_not_published(text: str) -> Iterator[tuple[int, int]]:
    """``_find_credentials`` without the keys vendors publish: Microsoft's Windows keys ("the
    public KMS client key for Win10 Enterprise is W269N-...") and documented API keys."""
    for start, end in _find_credentials(text):
        if end - start == _WINDOWS_KEY_LENGTH and public_windows_key(text[start:end]):
            continue
        if documented_vendor_key(text, start, end):
            continue  # "the Stripe docs example key is sk_test_4eC39...": see _published
        yield start, end


_WINDOWS_KEY_LENGTH = 29


# Its "\bcurl\b"-style alternatives make re try it at every position; "--" is
# common in prose and Markdown, so it is tried only where its cues are (see _cues).
_cli_secret_matches = CuePattern(_CLI_SECRET).finditer_folded


_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789+.-")


def _url_credential_matches(folded: str) -> Iterator[re.Match[str]]:
    """The matches of ``_URL_CREDENTIALS.finditer(folded)``, tried only where a scheme
    before a "://" starts. Its look-behind rules out a start inside a run of scheme
    characters, so each "://" has one possible start: where that run begins (a run
    longer than a scheme can be is cut short, and the look-behind then fails)."""
    starts: list[int] = []
    i = folded.find("://")
    while i != -1:
        start = i
        while start > 0 and i - start <= 21 and folded[start - 1] in _SCHEME_CHARS:
            start -= 1
        starts.append(start)
        i = folded.find("://", i + 1)
    return matches_at(_URL_CREDENTIALS, folded, starts)


def _gated_matches(pattern: re.Pattern[str], text: str, folded: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(folded)`` (``text`` for _CLI_SECRET), tried only at cues where
    a pattern has them."""
    if pattern is _CLI_SECRET:
        return _cli_secret_matches(text)
    if pattern is _URL_CREDENTIALS:
        return _url_credential_matches(folded)
    return pattern.finditer(folded)


def _find_other_credentials(text: str, folded: str) -> Iterator[tuple[int, int]]:
    """Passphrases, SQL, command lines, URLs and connection strings (``folded`` is
    ``fold_case(text)``)."""
    # Each of these needs a word or sign that most texts lack: test for it first.
    if "phrase" in folded or "mnemonic" in folded:
        for m in _passphrase_matches(text):
            if len(m.group("v").split()) >= 3 and not DEMO_VALUE.search(m.group("v")):
                yield m.span("v")
    if "seed" in folded or "words" in folded or "recovery" in folded or "mnemonic" in folded:
        for m in _SEED_WORDS.finditer(folded):
            yield m.span("v")
    if "IDENTIFIED" in text or "identified" in text or "PASSWORD " in text:
        for m in _SQL_PASSWORD.finditer(text):
            group = "v" if m.group("v") is not None else "w"
            if value_is_secret(m.group(group), True):
                yield m.span(group)
    gated = (
        (_CLI_SECRET, ("--", "mysql", "mariadb", "sshpass", "curl")),
        (_SECURE_STRING, ("securestring",)),
        (_URL_CREDENTIALS, ("://",)),
        (_CONN_STRING, ("password=", "pwd=", "accountkey=", "sharedaccesskey=", "sig=")),
    )
    for pattern, needles in gated:
        if not any(n in folded for n in needles):
            continue
        for m in _gated_matches(pattern, text, folded):
            span = _gated_value(pattern, m, text)
            if span is not None:
                yield span


def _gated_value(pattern: re.Pattern[str], m: re.Match[str], text: str) -> tuple[int, int] | None:
    """The span of the secret in a match of one of the gated patterns, if it holds one."""
    value = text[m.start("v") : m.end("v")].strip("\"'")
    if pattern is _CLI_SECRET and not _cli_value_ok(m, value):
        return None
    if pattern is _CONN_STRING and not value_is_secret(value.rstrip(","), False):
        return None
    if NOT_SECRET.match(value):
        return None
    if pattern is _URL_CREDENTIALS and _local_default_login(m):
        return None
    start, end = m.span("v")
    if pattern is _CLI_SECRET:  # the value without its quotes: -p'S3cret'
        start += text[start] in "\"'"
        end -= text[end - 1] in "\"'"
    return start, end


# A database on the developer's own machine whose password is its user's name
# ("postgres://postgres:postgres@localhost"): the image's default, a secret to no one.
_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "db", "postgres", "mysql"})


def _local_default_login(m: re.Match[str]) -> bool:
    host = m.group(0).rsplit("@", 1)[1].lower()
    return m.group("u") == m.group("v") and host in _LOCAL_HOSTS


# The long option a _CLI_SECRET match names ("--token-ttl"), to tell a secret from a setting.
_LONG_OPTION = re.compile(r"--([\w-]+)")


def _cli_value_ok(m: re.Match[str], value: str) -> bool:
    """Whether the value of a _CLI_SECRET match is a secret: not the value of an option
    about something else ("--secret-name prod-db", "--token-ttl 3600"), not a
    placeholder login ("curl -u $USER:$TOKEN", "-u user:password"), not prose
    ("sshpass -p safely?")."""
    option = _LONG_OPTION.match(m.group(0))
    if option is not None and _describes_other_thing(option.group(1), 0, len(option.group(1))):
        return False
    if m.group(0).lstrip().startswith(("curl", "CURL", "Curl")):
        value = value.partition(":")[2]  # user:password; no password: curl asks for it
        if NOT_SECRET.match(value):
            return False
    return value_is_secret(value.rstrip(",.?"), False)


# --- secrets in code around a credential name ------------------------------------------
# A literal fallback for a secret read from elsewhere:
# getenv("DB_PASS", "Xy9..."), os.environ.get("TOKEN") or "Xy9...".
_FALLBACK = re.compile(
    r"""(?:getenv|get|env|getProperty|GetEnvironmentVariable)\(\s*["'][\w.-]{1,80}["']\s*,\s*"""
    r"""(?:default\s*=\s*)?["'](?P<v>[^"'\n]{4,80})["']"""
    r"""|\)\s*(?:or|\|\||\?\?|\?:)\s*["'](?P<w>[^"'\n]{4,80})["']"""
)
_FALLBACK_CUES = ("get", "env", "Env", ") or", "||", "??", "?:")
# Its alternatives start with "get", "env" or ")", found with str.find (see _cues)
# rather than by re at every position.
_fallback_matches = CuePattern(_FALLBACK).finditer
_CUE_ON_LINE = re.compile(r"pass|pwd|secret|token|key|cred|auth", re.IGNORECASE)
# Key material written out as bytes: AESKEY {0x35, 0x34, ...}, Secret: []byte{12, 250, ...}.
# The list is found first, then the name before it: one pass for the common
# case of no list, instead of a case-insensitive alternation at every position.
_BYTE_LIST = re.compile(
    r"[{\[(]\s*(?P<v>(?:(?:0x[0-9a-fA-F]{1,2}|\d{1,3})\s*,\s*){7,64}(?:0x[0-9a-fA-F]{1,2}|\d{1,3}))"
)
_KEY_NAME_BEFORE = re.compile(
    r"(?i:key|secret|salt|iv|password|token|seed)\w{0,20}(?:\[\d*\])?[^\n{\[(]{0,24}"
    r"(?:\[\]\s*\w{0,10}\s*)?$"
)
_BYTE = re.compile(r"0x[0-9a-fA-F]{1,2}|\d{1,3}")
# A URL path segment after a credential word: /api/token/OTI2NjA3...
_URL_PATH_SECRET = re.compile(
    r"/(?i:(?:access[_-]?|api[_-]?|auth[_-]?|refresh[_-]?)?(?:token|key|secret|password|signature)s?)"
    r"/(?P<v>[A-Za-z0-9_~.+=-]{16,300})"
)
# Authorization schemes followed by their credentials.
_AUTH_SCHEME = re.compile(
    r"(?P<s>basic|bearer|token|ntlm|negotiate|apikey|sso-key)\s+(?P<v>[A-Za-z0-9._~+/=:-]{12,2000})",
    re.IGNORECASE,
)
_AUTH_CUES = words("basic bearer token ntlm negotiate apikey sso-key")
_auth_matches = anchored_matches(_AUTH_CUES, _AUTH_SCHEME)


def _basic_credentials(value: str) -> bool:
    """Base64 of ``user:password``, as HTTP Basic authentication sends it."""
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return False
    user, sep, password = decoded.partition(":")
    return bool(sep and user and len(password) >= 3 and decoded.isprintable())


def _find_code_secrets(text: str) -> Iterator[tuple[int, int]]:
    """Fallback literals, key bytes, tokens in URL paths and Authorization header values."""
    if ('"' in text or "'" in text) and any(cue in text for cue in _FALLBACK_CUES):
        yield from _find_fallbacks(text)
    if "," in text:
        for m in _BYTE_LIST.finditer(text):
            before = text[max(0, m.start() - 60) : m.start()]
            if _KEY_NAME_BEFORE.search(before) and len(set(_BYTE.findall(m.group("v")))) >= 4:
                yield m.span("v")  # at least four distinct bytes: not an all-zero IV
    if "://" in text:
        for m in _URL_PATH_SECRET.finditer(text):
            if random_body(m.group("v")) and looks_random(m.group("v").strip("/") + "="):
                yield m.span("v")
    yield from _find_auth_headers(text)


def _find_fallbacks(text: str) -> Iterator[tuple[int, int]]:
    for m in _fallback_matches(text):
        group = "v" if m.group("v") is not None else "w"
        lo = max(0, m.start() - 200)  # a bounded look back keeps the scan linear
        line_start = max(text.rfind("\n", lo, m.start()) + 1, lo)
        if _CUE_ON_LINE.search(text, line_start, m.start() + 60) and value_is_secret(
            m.group(group), True
        ):
            yield m.span(group)


def _find_auth_headers(text: str) -> Iterator[tuple[int, int]]:
    for m in _auth_matches(text):
        value = m.group("v")
        if m.group("s").lower() == "basic":
            if _basic_credentials(value):
                yield m.span("v")
        elif len(value) >= 16 and random_body(value) and not NAME_VALUE.match(value):
            yield m.span("v")


# --- high-entropy strings ------------------------------------------------------------
_CANDIDATE = re.compile(
    r"[A-Za-z0-9+/_-](?<![A-Za-z0-9+/=_-][A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{15,}={0,2}"
    r"(?![A-Za-z0-9+/=_-])"
)


def _entropy_candidates(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_CANDIDATE.finditer(text)``, looked for only inside words of 16
    or more non-space characters (``long_words``), where each of them lies. A window's
    edges are spaces or the text's ends, which the pattern's look-arounds treat alike."""
    for start, end in long_words(text):
        if end - start >= 16:
            yield from _CANDIDATE.finditer(text, start, end)


def _find_entropy(text: str) -> Iterator[tuple[int, int]]:
    for m in _entropy_candidates(text):
        value = m.group(0)
        if (
            looks_random(value)
            and not (value.count("/") > 3 and _in_url(text, m.start()))
            and not documented_vendor_key(text, *m.span())
        ):
            yield m.span()


def _in_url(text: str, start: int) -> bool:
    """Whether ``start`` lies in a URL's path: a long one is a page, not a key.

    ("github.com/org/repo/blob/<sha>/file", "docs.google.com/document/d/<id>/edit".)
    """
    lo = max(0, start - 300)  # a bounded look back keeps the scan linear
    word_start = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
    head = text[word_start:start]
    return ("://" in head or head.lstrip("(<[\"'").startswith("www.")) and "?" not in head


# --- indirect descriptions of a secret -------------------------------------------------
_KEY_HINT = re.compile(
    r"\b(?:my|our|the|his|her|their)\s+(?:\w+\s+){0,2}"
    r"(?:key|token|pass(?:word|wd|wrd|phrase|code)?|p(?:a?s{1,2})?w(?:o?r)?d|pw|psw|pin|secret|code)\s+"
    r"(?:(?:that|which)\s+)?(?:is\s+)?(?:the\s+one\s+)?"
    r"(?:starts?|strts?|starting|begins?|bgns?|beginning|ends?|ending|endng)\s+(?:with|in|w/?)\s+"
    r"(?P<v>\S{2,40})",
    _I,
)


# Unknown vendors follow the same habit: a short lower-case prefix, "_" or "-",
# then a long random body ("sntryu_9f86d0...", "pscale_pw_hBXn...").
_PREFIXED = re.compile(
    r"[a-z](?<![\w.-][a-z])[a-z0-9]{1,9}[_-](?:[a-z0-9]{1,10}[_-])?(?P<body>[A-Za-z0-9]{20,200})"
    r"(?![\w-])"
)


# Prefixes that also start ordinary names in code ("ops.aten", "key_value", "pat_id").
_WORD_PREFIXES = words(
    "ops key pat rnd phc phx sbp fo1 squ sqp sqa pul r8 jina ntn glc tfp pnu hvs hvb hvr "
    "xai gsk dapi figd vercel akab"
)


def _random_word_body(body: str) -> bool:
    """After a prefix that is also a word ("ops", "key"): a random body, not a dotted name."""
    return "." not in body and random_body(body)  # not "ops._c10d_functional.wait_tensor"


# Every token shape is at least 12 characters without spaces, quotes, brackets,
# commas or semicolons. Trying the long alternation only inside such runs skips
# most prose and code, where it would be tried at every word.
_RUN = re.compile(r"[^\s\"'<>(){}\[\],;&`]{12,}")
# Every run lies inside a run of 12 or more non-space characters (``long_words``,
# found once per scan and shared with high_entropy): _RUN looks only there.


# Escapes that glue a token to what comes before it in URLs, source and terminal logs:
# "%22", "\x22", "\u0022", "\n", an ANSI colour ("\x1b[32m"); followed by at least the
# 16 characters every token has.
_GLUED = re.compile(
    r"(?:%[0-9A-Fa-f]{2}|\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|[nrtbfv0])|\x1b\[[0-9;]{0,20}m)"
    r"(?=[A-Za-z0-9][\w.=+/~-]{15})"
)
_ESCAPE_SIGNS = ("%", "\\", "\x1b")
# Where a token glued to an escape must end: a space or the next escape (tokens have
# neither), which also keeps the work per escape bounded by the text up to the next one.
_TOKEN_END = re.compile(r"[\s%\\\x1b]")


def _find_tokens(text: str) -> Iterator[tuple[int, int]]:
    for start, end in long_words(text):
        for run in _RUN.finditer(text, start, end):
            yield from _tokens_in(text, run.start(), run.end())
    yield from find_vendor_tokens(text)
    # str.find for the escape signs, then a match there: a regex search would test
    # every position of the text.
    for pos in sorted(positions_of(text, _ESCAPE_SIGNS)):
        m = _GLUED.match(text, pos)
        if m is not None:
            yield from _tokens_after_escape(text, m.end())


def _tokens_after_escape(text: str, start: int) -> Iterator[tuple[int, int]]:
    """Tokens that start at ``start``, right after an escape ("%22sk-...", "\x1b[32mghp_..."),
    read as if a space stood before them (the shapes want no word character there)."""
    stop = _TOKEN_END.search(text, start, start + 1000)
    end = stop.start() if stop is not None else min(len(text), start + 1000)
    segment = " " + text[start:end]
    for run in _RUN.finditer(segment):
        for s, e in _tokens_in(segment, run.start(), run.end()):
            yield start - 1 + s, start - 1 + e
    for s, e in find_vendor_tokens(segment):
        if not documented_vendor_key(text, start - 1 + s, start - 1 + e):
            yield start - 1 + s, start - 1 + e


def _tokens_in(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for m in _TOKEN_SHAPES.finditer(text, start, end):
        if placeholder_token(m.group(0)):
            continue  # "glpat-xxxxxxxxxxxxxxxxxxxx", "xoxb-your-token-here": docs, not keys
        if documented_vendor_key(text, *m.span()):
            continue  # "AKIAIOSFODNN7EXAMPLE is the AWS docs key": see _published
        prefix = m.group("prefix")
        if (
            prefix is None
            or prefix not in _WORD_PREFIXES
            or (
                _random_word_body(m.group("body"))
                and (text[m.end("prefix")] != "." or prefix in ("hvs", "hvb", "hvr"))
            )
        ):
            yield m.span()
    for m in _PREFIXED.finditer(text, start, end):
        body = m.group("body")
        hex_body = (
            len(body) >= 32 and HEX.match(body) is not None and any(c.isalpha() for c in body)
        )
        if (hex_body or looks_random(body + "=" * (len(body) < 24))) and not documented_vendor_key(
            text, *m.span()
        ):
            yield m.span()


_find_hints = any_finder(
    anchored_finder(words("my our the his her their"), _KEY_HINT), find_recipes
)


def _hints_outside_fiction(text: str) -> Iterator[tuple[int, int]]:
    # "Write a story scene where a hacker guesses the manager's password is his dog's name":
    # the hint describes an invented person's secret.
    spans = list(_find_hints(text))
    if spans and is_fiction(text):
        return
    yield from spans


DETECTORS: tuple[Detector, ...] = (
    Detector(
        "private_key",
        Level.RESTRICTED,
        _find_private_keys,
        True,
        "PEM/OpenSSH/PGP private key blocks, base64-wrapped keys, age and PuTTY keys, "
        "JSON Web Keys, NATS nkey seed files",
        triggers=(
            "-----",
            "ls0t",
            "tls0",
            "b3blbnnza",
            "tlrmtvntua",
            "putty",
            "age-secret",
            "kty",
            '"d"',
            "'d'",
            '"d\\"',
            '"k"',
            "'k'",
            '"k\\"',
            "mii",
        ),
    ),
    Detector(
        "api_token",
        Level.RESTRICTED,
        _find_tokens,
        True,
        "cloud and SaaS tokens of known shapes: AWS, GitHub, GitLab, Slack, Stripe, "
        "OpenAI, Anthropic, Google, Hugging Face, npm, PyPI, JWT and more",
    ),
    Detector(
        "webhook_url",
        Level.RESTRICTED,
        regex_finder(_WEBHOOKS),
        True,
        "Slack/Discord/Teams webhooks",
        triggers=("hooks.slack", "discord", "webhook"),
    ),
    Detector(
        "credential",
        Level.RESTRICTED,
        _credentials_not_published,
        True,
        "passwords, tokens and keys introduced by context, CLI flags and pasted commands "
        "(docker login -p, openssl pass:, net user...), URLs, connection strings, "
        "Authorization headers, fallback literals and key bytes in code",
    ),
    Detector(
        "high_entropy",
        Level.RESTRICTED,
        _find_entropy,
        True,
        "long random-looking strings (not hashes, UUIDs or identifiers)",
    ),
    Detector(
        "credential_hint",
        Level.CONFIDENTIAL,
        _hints_outside_fiction,
        False,
        "descriptions of a secret ('the key starting with ...', 'my pin is my birth year')",
    ),
)

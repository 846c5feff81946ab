"""Vendor tokens recognised by a fixed literal prefix, and placeholders that mimic them.

``secrets._TOKEN_SHAPES`` holds the long-standing shapes in one alternation
that runs inside every long word. The shapes here all start with a literal
("dnkey-", "tskey-", "GR1348941", "access-production-"...), so they are
looked for only where that literal occurs (``CuePattern``: a ``str.find`` per
prefix, then ``pattern.match`` at each hit), which keeps adding vendors
nearly free on text that names none of them. Each shape is written from the
vendor's documented format (a prefix, then a body of a known alphabet and
length); the public scanners' rule lists (gitleaks, CredSweeper) were read
for the list of vendors, not copied.

``placeholder_token`` tells a documentation placeholder
("glpat-xxxxxxxxxxxxxxxxxxxx", "xoxb-your-token-here") from a token: such
values are written to be replaced and carry no secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from router.detectors._cues import CuePattern
from router.detectors._secret_values import random_body

__all__ = ["find_vendor_tokens", "placeholder_token"]

# No letter, digit or token punctuation before a token: "xdnkey-..." is not one. The
# "\b" after it lets ``CuePattern`` look the prefixes up in the shared word index
# instead of searching the text for each of them.
_B = r"(?<![A-Za-z0-9_+/.-])"
_HEX = "[0-9a-f]"
_UUID = rf"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"

_SHAPES = re.compile(
    rf"""{_B}\b(?:
      # 1Password secret key
      A3-[A-Z0-9]{{6}}-(?:[A-Z0-9]{{11}}|[A-Z0-9]{{6}}-[A-Z0-9]{{5}})(?:-[A-Z0-9]{{5}}){{3}}
    | ops_eyJ[A-Za-z0-9+/_-]{{200,4000}}={{0,3}}                     # 1Password service account
    | A3T[A-Z0-9][A-Z2-7]{{16}}                                      # AWS key id, older form
    | v1\.0-{_HEX}{{24}}-{_HEX}{{146}}                               # Cloudflare origin CA key
    | dnkey-[A-Za-z0-9_=-]{{70,90}}                                  # Defined Networking
    | GR1348941[A-Za-z0-9_-]{{20,64}}                                # GitLab runner
    | _gitlab_session=[0-9a-z]{{32}}                                 # GitLab session cookie
    | s-s4t2(?:ud|af)-{_HEX}{{64}}                                   # 42 intra client secret
    | API-(?=(?:[A-Z]*[0-9]){{2}})[A-Z0-9]{{26}}                     # Octopus Deploy
    | rdme_[a-z0-9]{{70}}                                            # ReadMe
    | sm_[aps]at_[A-Za-z0-9]{{16}}                                   # SettleMint
    | sgp_(?:(?:[0-9a-fA-F]{{16}}|local)_)?[0-9a-fA-F]{{40}}         # Sourcegraph
    | da2-[a-z0-9]{{26}}                                             # AWS AppSync API key
    | hcaik_[a-z0-9]{{58}}                                           # Honeycomb ingest key
    | access-(?:sandbox|development|production)-{_UUID}              # Plaid access token
    | 4b1d[A-Za-z0-9]{{38}}                                          # ClickHouse Cloud secret
    | (?:EZAK|EZTK)[A-Za-z0-9]{{54}}                                 # EasyPost
    | (?:EAAM|EAAC)[A-Za-z0-9]{{100,800}}                            # Facebook page token
    | EAAA[A-Za-z0-9_-]{{60}}                                        # Square access token
    | FLWSECK(?:_TEST)?-[a-hA-H0-9]{{12,32}}(?:-X)?                  # Flutterwave secret key
    | (?:fm1[ar]|fm2)_[A-Za-z0-9+/]{{100,2000}}={{0,3}}              # Fly.io macaroon
    | fio-u-[A-Za-z0-9_=-]{{64}}                                     # Frame.io
    | (?:pat|sat)\.[A-Za-z0-9_-]{{22}}\.[A-Za-z0-9]{{24}}\.[A-Za-z0-9]{{20}}  # Harness
    | pat[A-Za-z0-9]{{14}}\.{_HEX}{{64}}                             # Airtable
    | api_org_[A-Za-z]{{34}}                                         # Hugging Face organisation
    | sha256~[A-Za-z0-9_-]{{43}}                                     # OpenShift user token
    | tk-us-[A-Za-z0-9_-]{{48}}                                      # Scalingo
    | xsmtpsib-{_HEX}{{64}}-[A-Za-z0-9]{{16}}                        # Brevo SMTP key
    | AQVN[A-Za-z0-9_-]{{35,38}}                                     # Yandex API key
    | t1\.[A-Za-z0-9_-]{{20,400}}={{0,2}}\.[A-Za-z0-9_-]{{86}}={{0,2}}  # Yandex IAM token
    | pcsk_[A-Za-z0-9]{{5}}_[A-Za-z0-9]{{50,80}}                     # Pinecone
    | sk\.eyJ[A-Za-z0-9_-]{{20,400}}\.[A-Za-z0-9_-]{{20,100}}         # Mapbox secret token
    | sl\.[A-Za-z0-9_-]{{130,1000}}                                  # Dropbox short-lived
    | AKID[A-Za-z0-9]{{32}}                                          # Tencent Cloud SecretId
    | tskey-[a-z]{{3,8}}-[A-Za-z0-9]{{6,20}}-[A-Za-z0-9]{{20,60}}     # Tailscale
    | AAAA[A-Za-z0-9_-]{{7}}:APA91b[A-Za-z0-9_-]{{100,200}}          # Firebase Cloud Messaging
    | CFPAT-[A-Za-z0-9_-]{{43}}                                      # Contentful
    | re_[A-Za-z0-9]{{8}}_[A-Za-z0-9]{{24}}                          # Resend
    | CCIP(?:AT|RJ)_[A-Za-z0-9]{{22}}_{_HEX}{{40}}                   # CircleCI
    | mlsn\.{_HEX}{{64}}                                             # MailerSend
    | cio[A-Za-z0-9]{{32}}                                           # crates.io
    | (?:xprv|yprv|zprv|tprv)[1-9A-HJ-NP-Za-km-z]{{100,112}}          # BIP32 xprv
    )(?![A-Za-z0-9_+/=-])
    """,
    re.VERBOSE,
)
# Every alternative starts with a literal: only where one occurs is the pattern tried.
_shape_matches = CuePattern(_SHAPES).finditer

# A placeholder written to be replaced: a run of filler characters, or words that say so.
_FILLER_WORDS = (
    "your", "here", "replace", "insert", "placeholder", "redacted", "dummy", "fake", "changeme",
)  # fmt: skip
# As words are written (lower, upper or title case): any mix of cases would also match
# random base64 once in a while.
_FILLER = re.compile(
    r"[xX*]{6}|<|"
    + "|".join(w for word in _FILLER_WORDS for w in (word, word.upper(), word.capitalize()))
)


def placeholder_token(token: str) -> bool:
    """Whether ``token`` (a vendor prefix and its body) is a documentation placeholder.

    A real body is random: a run of six "x" or "*", or the words "your",
    "here", "replace"... occur in one by chance about once in a million.
    """
    return _FILLER.search(token) is not None


def find_vendor_tokens(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the tokens in ``_SHAPES`` whose body is random, not a placeholder."""
    for m in _shape_matches(text):
        token = m.group(0)
        if random_body(token) and not placeholder_token(token):
            yield m.span()

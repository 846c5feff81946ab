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

# No letter, digit or token punctuation before a token: "xdnkey-..." is not one.
_B = r"(?<![A-Za-z0-9_+/.-])"
_HEX = "[0-9a-f]"
_UUID = rf"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"

_SHAPES = re.compile(
    rf"""(?:
      # 1Password secret key
      {_B}A3-[A-Z0-9]{{6}}-(?:[A-Z0-9]{{11}}|[A-Z0-9]{{6}}-[A-Z0-9]{{5}})(?:-[A-Z0-9]{{5}}){{3}}
    | {_B}ops_eyJ[A-Za-z0-9+/_-]{{200,4000}}={{0,3}}                     # 1Password service account
    | {_B}A3T[A-Z0-9][A-Z2-7]{{16}}                                      # AWS key id, older form
    | {_B}v1\.0-{_HEX}{{24}}-{_HEX}{{146}}                               # Cloudflare origin CA key
    | {_B}dnkey-[A-Za-z0-9_=-]{{70,90}}                                  # Defined Networking
    | {_B}GR1348941[A-Za-z0-9_-]{{20,64}}                                # GitLab runner
    | _gitlab_session=[0-9a-z]{{32}}                                     # GitLab session cookie
    | {_B}s-s4t2(?:ud|af)-{_HEX}{{64}}                                   # 42 intra client secret
    | {_B}API-(?=(?:[A-Z]*[0-9]){{2}})[A-Z0-9]{{26}}                     # Octopus Deploy
    | {_B}rdme_[a-z0-9]{{70}}                                            # ReadMe
    | {_B}sm_[aps]at_[A-Za-z0-9]{{16}}                                   # SettleMint
    | {_B}sgp_(?:(?:[0-9a-fA-F]{{16}}|local)_)?[0-9a-fA-F]{{40}}         # Sourcegraph
    | {_B}da2-[a-z0-9]{{26}}                                             # AWS AppSync API key
    | {_B}hcaik_[a-z0-9]{{58}}                                           # Honeycomb ingest key
    | {_B}access-(?:sandbox|development|production)-{_UUID}              # Plaid access token
    | {_B}4b1d[A-Za-z0-9]{{38}}                                          # ClickHouse Cloud secret
    | {_B}(?:EZAK|EZTK)[A-Za-z0-9]{{54}}                                 # EasyPost
    | {_B}(?:EAAM|EAAC)[A-Za-z0-9]{{100,800}}                            # Facebook page token
    | {_B}EAAA[A-Za-z0-9_-]{{60}}                                        # Square access token
    | {_B}FLWSECK(?:_TEST)?-[a-hA-H0-9]{{12,32}}(?:-X)?                  # Flutterwave secret key
    | {_B}(?:fm1[ar]|fm2)_[A-Za-z0-9+/]{{100,2000}}={{0,3}}              # Fly.io macaroon
    | {_B}fio-u-[A-Za-z0-9_=-]{{64}}                                     # Frame.io
    | {_B}(?:pat|sat)\.[A-Za-z0-9_-]{{22}}\.[A-Za-z0-9]{{24}}\.[A-Za-z0-9]{{20}}  # Harness
    | {_B}pat[A-Za-z0-9]{{14}}\.{_HEX}{{64}}                             # Airtable
    | {_B}api_org_[A-Za-z]{{34}}                                         # Hugging Face organisation
    | {_B}sha256~[A-Za-z0-9_-]{{43}}                                     # OpenShift user token
    | {_B}tk-us-[A-Za-z0-9_-]{{48}}                                      # Scalingo
    | {_B}xsmtpsib-{_HEX}{{64}}-[A-Za-z0-9]{{16}}                        # Brevo SMTP key
    | {_B}AQVN[A-Za-z0-9_-]{{35,38}}                                     # Yandex API key
    | {_B}t1\.[A-Za-z0-9_-]{{20,400}}={{0,2}}\.[A-Za-z0-9_-]{{86}}={{0,2}}  # Yandex IAM token
    | {_B}pcsk_[A-Za-z0-9]{{5}}_[A-Za-z0-9]{{50,80}}                     # Pinecone
    | {_B}sk\.eyJ[A-Za-z0-9_-]{{20,400}}\.[A-Za-z0-9_-]{{20,100}}         # Mapbox secret token
    | {_B}sl\.[A-Za-z0-9_-]{{130,1000}}                                  # Dropbox short-lived
    | {_B}AKID[A-Za-z0-9]{{32}}                                          # Tencent Cloud SecretId
    | {_B}tskey-[a-z]{{3,8}}-[A-Za-z0-9]{{6,20}}-[A-Za-z0-9]{{20,60}}     # Tailscale
    | {_B}AAAA[A-Za-z0-9_-]{{7}}:APA91b[A-Za-z0-9_-]{{100,200}}          # Firebase Cloud Messaging
    | {_B}CFPAT-[A-Za-z0-9_-]{{43}}                                      # Contentful
    | {_B}re_[A-Za-z0-9]{{8}}_[A-Za-z0-9]{{24}}                          # Resend
    | {_B}CCIP(?:AT|RJ)_[A-Za-z0-9]{{22}}_{_HEX}{{40}}                   # CircleCI
    | {_B}mlsn\.{_HEX}{{64}}                                             # MailerSend
    | {_B}cio[A-Za-z0-9]{{32}}                                           # crates.io
    | {_B}(?:xprv|yprv|zprv|tprv)[1-9A-HJ-NP-Za-km-z]{{100,112}}          # BIP32 xprv
    )(?![A-Za-z0-9_+/=-])
    """,
    re.VERBOSE,
)
# Every alternative starts with a literal: only where one occurs is the pattern tried.
_shape_matches = CuePattern(_SHAPES).finditer

# A placeholder written to be replaced: a run of filler characters, or words that say so.
_FILLER = re.compile(
    r"[xX*]{6}|<|(?i:your|here|replace|insert|placeholder|redacted|dummy|fake|changeme)"
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

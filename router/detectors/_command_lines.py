"""Passwords and secrets given on a pasted command line.

``secrets._CLI_SECRET`` reads long options ("--password=...", "--api-key ...")
and the classic short ones (``mysql -p``, ``sshpass -p``, ``curl -u``). People
paste many more commands whose password flag is short or tool-specific:
``docker login -p``, ``sqlcmd -P``, ``redis-cli -a``, ``ldapsearch -w``,
``openssl ... -passout pass:...``, ``keytool -storepass``, ``htpasswd -b``,
``net user bob <password>``, ``sqlplus scott/<password>@db``, single-dash
options ("-ClientSecret ...") and argument lists (``["--password", "..."]``).

A flag alone is not enough: the value must be a secret, not a variable
("$PGPASS", "%PASS%"), a placeholder ("<password>", "****", "changeme") or a
way to read it from elsewhere ("env:VAR", "file:path", "stdin"). Every
pattern starts with a tool name or an option word, looked up in the shared
word index (see ``_cues``), and reads at most a line: linear on any input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from router.detectors._cues import CuePattern
from router.detectors._secret_values import NOT_SECRET, value_is_secret

__all__ = ["find_command_line_secrets"]

# The value after a flag: quoted (any characters but the quote) or a bare word. The
# patterns below end where the value starts.
_VALUE = re.compile(r"""(["'])(?P<qv>[^"'\n]{3,200})\1|(?P<v>[^\s"'`|;&<>]{3,200})""")
# The rest of the command line before the flag (lazy, bounded: linear).
_GAP = r"[^\n]{0,160}?\s"

_TOOL_FLAGS = re.compile(
    rf"""
    # Registry logins: the short -p is the password ("docker run -p" is a port: login only).
      \b(?:docker|podman|buildah|nerdctl|skopeo|oras)\s+login\b{_GAP}-p[ \t]+
    # -p is the password of these tools (the hash for useradd and usermod).
    | \b(?:mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport|psexec|paexec
         |useradd|usermod)\b{_GAP}-p[ \t]+
    | \baz\s+login\b{_GAP}-p[ \t]+
    # -P: SQL Server's command-line tools, IPMI, zip archives.
    | \b(?:sqlcmd|bcp|osql|isql|ipmitool|zip|unzip|zipcloak)\b{_GAP}-P[ \t]+
    # 7-Zip and RAR take the password glued to -p.
    | \b(?:7z|7za|7zz|7zr|rar|unrar)\b{_GAP}-p
    | \bredis-cli\b{_GAP}-a[ \t]+
    | \bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn)\b{_GAP}-w[ \t]+
    | \bopenssl\b{_GAP}-k[ \t]+
    | \brdesktop\b{_GAP}-p[ \t]+
    # smbclient -U user%password
    | \bsmbclient\b{_GAP}(?:-U[ \t]*|--user=)[^\s%]{{1,64}}%
    # Windows: net user NAME PASSWORD, net use ... /user:NAME PASSWORD, schtasks /rp PASSWORD
    | \bnet\s+user\s+[^\s/*"']{{1,64}}[ \t]+(?![/*])
    | \bnet\s+use\b{_GAP}/user:[^\s]{{1,64}}[ \t]+(?![/*])
    | \bschtasks\b{_GAP}/rp[ \t]+
    # Oracle: sqlplus scott/tiger@orcl
    | \b(?:sqlplus|expdp|impdp|exp|imp|sqlldr|rman)\s+(?:-[sSlL]\w*\s+)?
      [A-Za-z][\w$#]{{0,29}}(?P<ora>/)
    """,
    re.VERBOSE,
)
_tool_flag_matches = CuePattern(_TOOL_FLAGS).finditer

# Options whose value is a password wherever they appear: openssl's "pass:" sources,
# Java keystores, RDP clients. Single-dash options named for a secret ("-ClientSecret",
# "-password", "-pwd", "-secret") are read the same way.
_SECRET_OPTIONS = re.compile(
    r"""
      \b(?:pass|passin|passout|password)[ \t]+pass:
    | \b(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass)[ \t]+
    | (?<=/)\bp:
    | \b(?:password|passwd|pwd|secret|clientsecret|appsecret|sharedsecret|secretkey
         |secretaccesskey|token|accesstoken|authtoken|apitoken|apikey|plaintextpassword)
      [ \t]+
    """,
    re.VERBOSE | re.IGNORECASE,
)
_SECRET_OPTION_CUES = CuePattern(_SECRET_OPTIONS)

# htpasswd -b[c...] FILE USER PASSWORD, or -nb USER PASSWORD (no file): the batch flag "b"
# takes the password from the command line.
_HTPASSWD = re.compile(r"\bhtpasswd((?:[ \t]+-[A-Za-z]+)+)[ \t]+")
_htpasswd_matches = CuePattern(_HTPASSWD).finditer
_HTPASSWD_ARGS = re.compile(r"""(?:(["'])[^"'\n]{1,200}\1|[^\s"']{1,200})(?=[ \t]|$)""")
# echo 'PASSWORD' | sudo -S ...: sudo reads the password from its input.
_ECHO_TO_SUDO = re.compile(
    r"""\becho[ \t]+(?:-n[ \t]+)?(?:(["'])(?P<qv>[^"'\n]{3,200})\1|(?P<v>[^\s"'|]{3,200}))"""
    r"""[ \t]*\|[ \t]*sudo[ \t]+(?:-[A-Za-z]+[ \t]+)*?-[A-Za-z]*S"""
)
_echo_to_sudo_matches = CuePattern(_ECHO_TO_SUDO).finditer

# An argument list in code or JSON: "--password", "S3cr3t" / ['-p', 'S3cr3t'].
_ARGV_PAIR = re.compile(
    r'"-{1,2}(?P<dq>[A-Za-z][\w-]{0,40})"\s*,\s*"(?P<dv>[^"\n]{3,200})"'
    r"|'-{1,2}(?P<sq>[A-Za-z][\w-]{0,40})'\s*,\s*'(?P<sv>[^'\n]{3,200})'"
)
# Tried only where a quote opens an option ('"-', "'-"; see _cues).
_argv_pair_matches = CuePattern(_ARGV_PAIR).finditer
# Named options only: a bare "-p" is a port as often as a password ("docker run -p").
_ARGV_SECRET_NAME = re.compile(r"pass|pwd|secret|token|api-?key", re.IGNORECASE)
# Option names that describe something else: "--token-ttl", "--secret-name".
_OTHER_NAME = re.compile(
    r"(?:^|[-_])(?:file|path|name|id|ttl|type|length|len|size|stdin|env|dir|url|prompt)(?:$|[-_])",
    re.IGNORECASE,
)
# Ways to give a password without writing it: an environment variable, a file, stdin.
_INDIRECT = re.compile(r"^(?:env|file|fd|stdin|keychain|prompt)(?::|$)|^[$%]", re.IGNORECASE)


def _value_after(text: str, end: int) -> tuple[str, tuple[int, int], bool] | None:
    """The value that starts at ``end``, its span and whether it was quoted."""
    m = _VALUE.match(text, end)
    if m is None:
        return None
    if m.group("qv") is not None:
        return m.group("qv"), m.span("qv"), True
    return m.group("v"), m.span("v"), False


def _is_secret(value: str, quoted: bool) -> bool:
    value = value.rstrip(",.?")
    if _INDIRECT.match(value) or NOT_SECRET.match(value):
        return False
    return value_is_secret(value, quoted)


def _option_before(text: str, start: int) -> str | None:
    """The option a ``_SECRET_OPTIONS`` match belongs to, when one or two dashes start it
    ("-storepass", "--pwd"); None for a bare word in prose ("the password is ...")."""
    if start == 0 or text[start - 1] != "-":
        return None if start == 0 or text[start - 1] != "/" else ""
    before = text[max(0, start - 3) : start - 1]
    if before.endswith("-"):
        before = before[:-1]
    if before and (before[-1].isalnum() or before[-1] in "_-"):
        return None  # "non-secret value", "pre-token": a hyphenated word
    return "-"


def find_command_line_secrets(text: str) -> Iterator[tuple[int, int]]:
    """Spans of passwords and secrets given to commands (see the module docstring)."""
    yield from _tool_flag_values(text)
    yield from _secret_option_values(text)
    yield from _htpasswd_passwords(text)
    for m in _echo_to_sudo_matches(text):
        group = "qv" if m.group("qv") is not None else "v"
        if _is_secret(m.group(group), group == "qv"):
            yield m.span(group)
    for m in _argv_pair_matches(text):
        quote = "d" if m.group("dq") is not None else "s"
        name = m.group(quote + "q")
        if not _ARGV_SECRET_NAME.search(name) or _OTHER_NAME.search(name):
            continue
        if _is_secret(m.group(quote + "v"), True):
            yield m.span(quote + "v")


def _tool_flag_values(text: str) -> Iterator[tuple[int, int]]:
    for m in _tool_flag_matches(text):
        found = _value_after(text, m.end())
        if found is None:
            continue
        value, (start, end), quoted = found
        if m.group("ora") is not None and "@" in value:
            end = start + value.index("@")  # scott/tiger@orcl: the password ends at the @
            value = value[: end - start]
        if _is_secret(value, quoted):
            yield start, end


def _secret_option_values(text: str) -> Iterator[tuple[int, int]]:
    # Most hits of the option words are prose ("the password is"): keep those after a
    # dash or a slash before trying the pattern there.
    starts = _SECRET_OPTION_CUES.starts(text)
    if starts is None:  # pragma: no cover - cues not derivable: whole-text scan
        starts = [m.start() for m in _SECRET_OPTIONS.finditer(text)]
    for pos in starts:
        if _option_before(text, pos) is None:
            continue
        m = _SECRET_OPTIONS.match(text, pos)
        if m is None:
            continue
        found = _value_after(text, m.end())
        if found is not None and _is_secret(found[0], found[2]):
            yield found[1]


def _htpasswd_passwords(text: str) -> Iterator[tuple[int, int]]:
    for m in _htpasswd_matches(text):
        flags = m.group(1).replace("-", "")
        if "b" not in flags:
            continue  # without -b htpasswd prompts for the password
        args = []
        pos = m.end()
        for _ in range(3):  # at most FILE USER PASSWORD
            arg = _HTPASSWD_ARGS.match(text, pos)
            if arg is None:
                break
            args.append(arg)
            pos = arg.end()
            while pos < len(text) and text[pos] in " \t":
                pos += 1
        wanted = 1 if "n" in flags else 2
        if len(args) > wanted:
            start, end = args[wanted].span()
            quoted = text[start] in "\"'"
            if quoted:
                start, end = start + 1, end - 1
            if _is_secret(text[start:end], quoted):
                yield start, end

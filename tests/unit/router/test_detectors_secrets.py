"""Secrets and credentials: key blocks, token shapes, passwords in context, entropy."""

from __future__ import annotations

import base64

import pytest

from router.levels import Level
from tests.unit.router._detect import found, level_of, sensitive

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    "MIIEowIBAAKCAQEA1c7+9z5Pad7OejecsQ0bu3aozN3tihPmljnnudb9G3HECdnH\n"
    "-----END RSA PRIVATE KEY-----"
)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("key = AKIAIOSFODNN7EXAMPLE", "api_token", "AKIAIOSFODNN7EXAMPLE"),
        (
            "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB",
            "api_token",
            "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB",
        ),
        ("glpat-Abcdefghij0123456789xy", "api_token", "glpat-Abcdefghij0123456789xy"),
        ("xoxb-1234567890-abcdefghijKL", "api_token", "xoxb-1234567890-abcdefghijKL"),
        ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "api_token", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
        (
            "OPENAI_API_KEY=sk-proj-abcDEF1234567890ghijKLMN",
            "api_token",
            "sk-proj-abcDEF1234567890ghijKLMN",
        ),
        (
            "AIzaSyA1234567890abcdefghijklmnopqrstuv",
            "api_token",
            "AIzaSyA1234567890abcdefghijklmnopqrstuv",
        ),
        (f"Bearer {JWT}", "api_token", JWT),
        ('password = "hunter2x"', "credential", "hunter2x"),
        ("my password is Blue42!", "credential", "Blue42!"),
        ("pw:IhqSb1Gg", "credential", "IhqSb1Gg"),
        ('{"db_password": "s3cr3t-Pa55"}', "credential", "s3cr3t-Pa55"),
        ("mysql -u root -pS3cret99", "credential", "S3cret99"),
        ("postgres://app:Pa55w0rd@db.internal:5432/app", "credential", "Pa55w0rd"),
        ("CREATE USER bob IDENTIFIED BY 'SqLpa5sW0rD';", "credential", "SqLpa5sW0rD"),
        ('val password: String = "exord13Paw64"', "credential", "exord13Paw64"),
        ("Server=db;User Id=sa;Password=Xy9!kLm2;", "credential", "Xy9!kLm2"),
    ],
)
def test_finds_credentials(text: str, kind: str, value: str) -> None:
    assert value in found(text).get(kind, []), found(text)
    assert level_of(text) == Level.RESTRICTED


def test_private_key_block_is_one_span() -> None:
    text = f"here:\n{PEM}\nthanks"
    assert found(text)["private_key"] == [PEM]


def test_private_key_header_without_footer_is_still_found() -> None:
    assert "private_key" in found("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA")


def test_base64_wrapped_private_key_is_found() -> None:
    wrapped = base64.b64encode(PEM.encode()).decode()
    assert "private_key" in found(f"config: {wrapped}")


def test_secret_inside_json_and_code_block() -> None:
    text = '```json\n{"service": "billing", "api_key": "Zx81LmQ0pR7tY2vB9nK4"}\n```'
    assert "Zx81LmQ0pR7tY2vB9nK4" in found(text)["credential"]


def test_high_entropy_string_is_caught() -> None:
    text = "use xSd1FGfwoVOhRp3I2ygdcz4l1RQzqunVff1A8ejjoMJ4 for the upload"
    assert "high_entropy" in found(text)


def test_indirect_description_of_a_key() -> None:
    assert sensitive("the key starting with KEY and twelve characters")


@pytest.mark.parametrize(
    "text",
    [
        "sha1 3f786850e387550fdab836ed7e6dc881de23001b",  # a hash
        "id 123e4567-e89b-12d3-a456-426614174000",  # a UUID
        "the class VeryLongIdentifierNameForTesting2 is slow",
        'password = os.environ["DB_PASSWORD"]',
        "password = getpass()",
        "api_key = config.api_key",
        'password: "********"',
        'password = "<your password here>"',
        "Your password is too weak, choose a stronger one",
        "How do I reset my password?",
        "I forgot my password, what should I do?",
        'st.download_button(key="download_file_with_predictions")',
        "docker run -p 3838:3838 app",
        "ffmpeg -pass 1 -pix_fmt yuv420p out.mp4",
        "The test PIN is 0000, for demo?",
    ],
)
def test_ignores_look_alikes(text: str) -> None:
    assert not sensitive(text), found(text)


# Made-up values in the documented shapes of each vendor's tokens.
@pytest.mark.parametrize(
    "token",
    [
        "oy2hbrpoig8f1cbfno6b9m80o2rak1vrjnvgfygwwqc38h",  # NuGet
        "c29b62179273c8eb5bb682575ec87a171ac8NRAL",  # New Relic licence key
        "NRAK-ENUN5Z3JQIP98Q1ZXOI65FDHJK1",  # New Relic user key
        "SK2CCE8038A39D5E0853964B50AF03B971",  # Twilio, upper-case hex
        "391171822782489|2BzNZV45pFCiRcDCajhDieQjEJ-",  # Facebook app token
        "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",  # SendGrid
        "dckr_pat_2bojteVs3qfNUfTAFnT0tEuw0dw",  # Docker
        "glffct-V7vY7AZQ3VZprkYSgy3c",  # GitLab feature-flag client token
        "eyJhbGciOiJSUzI1NiJ9.Qm9keUlzTm90SnNvbjEyMzQ1Ng.c2lnbmF0dXJlLXBhcnQ",  # JWS, opaque body
    ],
)
def test_finds_vendor_token_shapes(token: str) -> None:
    assert token in found(f"deploy with {token} tonight").get("api_token", []), found(token)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Quotes escaped in source, JSON strings and HTML.
        ('cfg = "{\\\\\\"salt\\\\\\": \\\\\\"4b9a6d8b638eb0c6\\\\\\"}"', "4b9a6d8b638eb0c6"),
        ('<input placeholder="Password: &quot;Qm7#vR2pLx&quot;">', "Qm7#vR2pLx"),
        ('#define\\tPASSWORD\\t\\"Zr81kWq0x\\"', "Zr81kWq0x"),
        # A rejected first cue ("Token->") must not hide the real one after it.
        ("Token-> ServiceToken: Hq81mZ2vTn0pL5xW <- rotate monthly", "Hq81mZ2vTn0pL5xW"),
        # curl's option names glue the cue to other words.
        ('curl_easy_setopt(h, CURLOPT_PROXYUSERPWD, "svc:Wq9rT2mZx");', "svc:Wq9rT2mZx"),
    ],
)
def test_finds_credentials_in_escaped_and_encoded_source(text: str, value: str) -> None:
    assert value in found(text).get("credential", []), found(text)


def test_pem_body_line_with_many_slashes_is_not_a_path() -> None:
    line = "nIiU74KKE/pYE/ZAmggQBwBAD3UdRPPgdz/UvZ3gpmmICiBlrDp37eCZ32Jg/dPI1af7W2pk"
    assert sensitive(f" *  {line}")


@pytest.mark.parametrize(
    "text",
    [
        "pink = '#ff869a'",  # "pin" inside a word
        'For example: {"query": "query: ", "passage": "passage: "}',
        "fiber_force_length_passive=FiberForceLengthPassive2016,",
        'we must pass "callback=" explicitly',
        "you can pass `timer=timeit.default_timer` instead",
        "the caller may pass :class:`DTensor` s",
        "image_token_index: int = 32000",
        "location / { proxy_pass http://127.0.0.1:8000; }",  # an address, not a password
        "max_tokens = 4096",
        "eos_token_id=10_000,",
        "token_ids_0=token_ids_0, token_ids_1=token_ids_1",
        'api_key_env_var: str = "OPENAI_API_KEY",',
        '"api_groups": "List[str]",',
        'chroma_api_impl="chromadb.api.segment.SegmentAPI",',
        '"X-GitHub-Api-Version": "2022-11-28",',
        'key = "AutogradXPU"',
        'SIGNATURE_RSA_SHA512 = "RSA-SHA512"',
        "def exchange(self, peer_public_key: X448PublicKey) -> bytes:",
        'unk_token: str = "<|endoftext|>",',
        'print(f"password={password!r}")',
        "torch.ops.aten.batch_norm.default(x)",
        "key_value_states=encoder_hidden_states",
        'model = "CohereForAI/c4ai-command-r-v01"',
        "class Wav2Vec2ForPreTrainingOutput(ModelOutput):",
        'header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"',
    ],
)
def test_ignores_ordinary_code(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A literal fallback for a secret read from the environment.
        ('db_pass = os.getenv("DB_PASS", "Lq82!vmZt")', "Lq82!vmZt"),
        ('TOKEN = os.environ.get("TOKEN") or "Rz7pW2qK9x"', "Rz7pW2qK9x"),
        # Key material written out as bytes.
        (
            "static const uint8_t AES_KEY[] = {0x3a, 0x91, 0x07, 0xfe, 0x55, 0x2c, 0x8d, 0x10};",
            None,
        ),
        ("Secret: []byte{12, 250, 7, 99, 180, 33, 4, 61, 200},", None),
        # Query strings, plain and URL-encoded.
        ("https://api.example.net/v1/items?limit=5&access_token=Tq83mZpL0xV2wR7s&page=2", None),
        ("next=%2Fhome%26token%3DHp3kW9zQ7vT2mX8r%26lang%3Den", "Hp3kW9zQ7vT2mX8r"),
        # A token as a path segment after a credential word.
        ("GET https://files.example.org/api/token/Vb8Kq2Lm9Zx4Tn7Wp3Rs6Yd1 HTTP/1.1", None),
        # Authorization headers.
        ("Authorization: Basic ZGVwbG95Om16dnIzZTlYcndQRw==", "ZGVwbG95Om16dnIzZTlYcndQRw=="),
        ("-H 'Authorization: Bearer 9f3Kq7LmZx2Vt8Rw4Np6Ys1B'", "9f3Kq7LmZx2Vt8Rw4Np6Ys1B"),
    ],
)
def test_finds_secrets_in_code_around_a_credential_name(text: str, value: str | None) -> None:
    assert sensitive(text), found(text)
    if value is not None:
        assert value in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        'db_pass = os.getenv("DB_PASS", "postgres")',  # a plain word as a default
        "iv = bytes([0, 0, 0, 0, 0, 0, 0, 0])",  # an all-zero IV
        "key_sizes = [128, 192, 256]",
        "It takes basic understanding of the bearer bond market.",
        "Authorization: Basic realm",
        "see https://docs.example.com/document/d/1inZC8KarJ6gKB7G9egmYLx1VdKXapx/edit/view",
        "see https://github.com/acme/tools/blob/5b628eaa0a2fc25bdafec7e6148d5296b144af85/run.py",
        "torch.ops._c10d_functional.wait_tensor(x)",
    ],
)
def test_ignores_code_that_only_looks_secret(text: str) -> None:
    assert not sensitive(text), found(text)


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "text",
    [
        "AESKEY {" + "0x1, " * 40_000,  # key bytes that never close
        'x = a() or "Zq81!xw"; ' * 10_000,  # fallbacks with no credential word on the line
        "Basic " + "QUFB" * 50_000,
        "https://x.example/token/" + "aB1/" * 50_000,
        "&quot;" * 30_000 + "\\" * 100_000,  # escaped quotes everywhere
        "token%3D" + "a%26" * 50_000,
        "Ab1x/Yz2q/Kp3r/Lm4s/Xy5tQw8eRt7yUi9oPa0sDf;" * 5_000,  # many slashy candidates
        "admin / Xy12345!a " * 20_000,  # login pairs everywhere
        "the door code for the " * 20_000 + "is 4471",  # code cues that never end
        "my pw is my name plus " * 20_000,  # recipes that never end
        "my pw is the same as the other one: " * 10_000,  # remarks before a value
        "pw is my " + " " * 100_000 + "name",
        "log in as admin with " * 10_000,  # sign-in cues without a value
        "the zip is locked with " * 10_000,
        "authenticator shows " * 10_000 + "482 913",
    ],
)
def test_hostile_code_shapes_finish(text: str) -> None:
    assert isinstance(found(text), dict)


@pytest.mark.parametrize(
    "text",
    [
        "my pswd is Blue42!x can u reset it",
        "hi, my passwrd for the vpn is Kq8#mZ2p and it stopped working",
        "wifi pw: Tr0ub4dor&3",
        "use user admin and password Xy9!kLm2 to connect",
        "my recovery code is 7F3K-9QX2-LM8P",
        "login: jsmith / pass: Sunny#2023",
        "my new pin is 4821, is that ok?",
        "psw: Kq8#mZ2p",  # dropped vowels
        "my pword is Kq8mZ2p9",
        "pharmacy door: *2281*",  # a door named as a label, then its code
        "crew wifi Rig7-Crew / NorthSeaBlue, lads cant connect",  # a network and its key
        "nurse station PC is ward6 / Ward6nurse! n we all share it",  # the machine it opens
        "keycard override: *8842#",
        "Safe in the back office: left to 36, right to 12, left to 58",  # a dial's turns
        "the server room almirah opens at 3-7-1-9 as per Ramesh",
        "CD cabinet is 3382, dont share w locums",
        "Admin@Harb0ur gets me into the NVR, how do I export the footage?",
        "the AWS one, starts AKIA then 4R7QX2M9PLK3TBN6, is it in the repo?",
        "use the shared ops account, its Lagos2024$ with a capital L",
    ],
)
def test_finds_credentials_in_support_requests(text: str) -> None:
    assert "credential" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can you generate a random password for me?",
        "The API key is stored in the vault, how do I rotate it?",
        "Token limit exceeded error when I paste long docs",
        "set max_tokens=512 and temperature=0.7",
        "Use the key from your .env file: OPENAI_API_KEY",
        "the passkey feature on iPhone, how does it work?",
        "What does Authorization: Bearer mean in HTTP?",
        "our wifi password policy requires 16 chars",
        "if done:\n    pass\n\nresult_v2 = run(x)",
        "Door: 1200 mm wide, Gate: 2024 model",  # a size and a year under labels
        "enter the wifi SSID/password in settings",
        "wifi 2.4GHz/5GHz both down",
        "turn left to the lift, right to 12th floor",
        "the shop opens at 9-5 on weekdays",
        "the new badge gets me into the car park now",
    ],
)
def test_ignores_questions_about_credentials(text: str) -> None:
    assert not sensitive(text), found(text)


def test_full_pem_body_line_with_structured_key_is_found() -> None:
    # Post-quantum and DER keys repeat bytes, which lowers the entropy of a body
    # line; a full 64-character base64 line is key material all the same.
    line = "CaGBw1Sag1ASJGCkSGGSQBCBhQAgIaQMAJS1QDQa0BwEQBSkJDMDhQawGaDaCRAJ"
    assert "high_entropy" in found(f"#6 0.245 {line}")
    assert "high_entropy" not in found(f"#6 0.245 {line[:50]}")


@pytest.mark.parametrize(
    "text",
    [
        "root pwd on the box: Zx9!qq2",
        "password for the staging db server is Hq7$wLm2",
        "password for the test vm is Xk8#pQ2z",
        "my bitlocker recovery key is 412236-110847-365013-505274-001122-710369-288915-640728",
    ],
)
def test_passwords_named_with_what_they_open(text: str) -> None:
    assert "credential" in found(text)


def test_bitlocker_recovery_key_shape_without_a_cue() -> None:
    key = "123456-654321-112233-445566-778899-998877-102938-564738"
    assert sensitive(f"the bitlocker key is {key}")
    assert not sensitive("order numbers 123456-654321 and 112233-445566")


@pytest.mark.parametrize(
    "text",
    [
        "API_KEY=your-key-here",
        "The default password on the demo kiosk is Welcome1, is that safe?",
        "the password for my account is too weak",
    ],
)
def test_placeholders_and_published_defaults_are_not_credentials(text: str) -> None:
    assert "credential" not in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my pin is 4 4 2 1", "4 4 2 1"),
        ("the otp is 48 29 17, quick", "48 29 17"),
        ("password is 9 - 3 - 7 - 1", "9 - 3 - 7 - 1"),
        # Spelled out: the credential detector reads the digits view too.
        ("the door code is seven three nine one", "seven three nine one"),
    ],
)
def test_codes_read_out_digit_by_digit(text: str, value: str) -> None:
    assert value in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A new code is told like the old one.
        ("door code for the staff room changed to 2741# fyi", "2741"),
        ("the alarm code has been changed to 8830 as of today", "8830"),
        # Told by where it is keyed in.
        ("the six digits I punch into the cash machine are 190388", "190388"),
        ("what you punch into the freezer keypad is the same as the fire exit, 190377", "190377"),
        ("I keyed in 4471 at the gate and it buzzed", "4471"),
    ],
)
def test_codes_told_by_a_change_or_by_where_they_are_keyed_in(text: str, value: str) -> None:
    assert value in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # What the code opens may take a few words.
        ("PIN for the safe in the music school office is 0-8-1-9, make it sound nicer", "0-8-1-9"),
        # The locked thing alone, then four or more digits.
        ("alarm for the Linlithgow store is 6 6 0 3 then the tick button", "6 6 0 3"),
        ("the keysafe at the care home is 4471", "4471"),
        ("safe in the back office: 2291", "2291"),
        # Recovery codes for an account named in four words.
        ("recovery codes for the shared ops 365 account: 8842-1190, 3371-5508", "8842-1190"),
    ],
)
def test_codes_of_what_is_locked_told_plainly(text: str, value: str) -> None:
    assert value in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my alarm is 0630 on weekdays",
        "the alarm for the fire drill is 1430",
        "the safe is 1200 mm wide",
        "the safe in the office is 4 feet wide",
        "safe to say the total is 4000",
        "the demo safe in the showroom is 4471",
    ],
)
def test_numbers_about_safes_and_alarms_that_open_nothing(text: str) -> None:
    assert "credential" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the door code changed to the new format last week, where is it posted?",
        "how many digits do I punch into the new tills, 4 or 6?",
        "I punched in 2024 as the year and it crashed",
        "punch in at 0800 and out at 1630",
        "I keyed in the order 55123 twice by mistake",
        "I keyed in the pin for the demo kiosk, 2580, and it worked",
    ],
)
def test_numbers_keyed_in_that_open_nothing_are_no_code(text: str) -> None:
    assert "credential" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The test PIN is 0 0 0 0, for demo?",
        "pin 1 2 3 4",
        "zip code is 9 0 2 1 0",
        "the pin is 3 or 4 digits",
        "PIN: 12.30",
    ],
)
def test_spaced_digits_that_are_no_code(text: str) -> None:
    assert "credential" not in found(text), found(text)


@pytest.mark.parametrize(
    "word",
    [
        "пароль",
        "密码",
        "パスワード",
        "비밀번호",
        "hasło",
        "şifre",
        "heslo",
        "lösenord",
        "salasana",
        "jelszó",
        "lozinka",
        "kata sandi",
        "mật khẩu",
        "كلمة المرور",
    ],
)
def test_password_words_in_other_languages_and_scripts(word: str) -> None:
    assert "Vq7mRt2zLp" in found(f"{word}: Vq7mRt2zLp").get("credential", [])
    assert "credential" not in found(f"{word}?")  # the word alone, asked about


@pytest.mark.parametrize("text", ["this has: 3 items", "kata: a form in karate", "hash: 9f86d0"])
def test_other_language_cues_do_not_match_english_words(text: str) -> None:
    assert "credential" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "its the same as the old one but with a 7 at the end instead of the 6, the admin one",
            "a 7 at the end",
        ),
        ("the wifi password is like the old one but with ! on the end", "! on the end"),
        ("new pin: same as the last one except the 4 instead of the 9", "the 4 instead of the 9"),
    ],
)
def test_passwords_told_as_a_change_to_the_old_one(text: str, value: str) -> None:
    assert value in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the new logo is the same as the old one but with a blue border",
        "the new version is like the old one but with a 7 at the end",
        "the demo password is like the old one but with a 1 at the end",
    ],
)
def test_changes_to_the_old_one_that_are_no_password(text: str) -> None:
    assert "credential" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("door code for the staff room in Block B changed to 2741# fyi all", "2741"),
        ("For the card machine in the canteen the manager override is 6620 then green", "6620"),
        ("so the code it just texted me is 648 203, do I type it in the VPN box", "648 203"),
    ],
)
def test_codes_for_a_place_in_a_place_overrides_and_texted_codes(text: str, value: str) -> None:
    assert value in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the manager override is 4 digits",
        "how do I get the code it sent me?",
        "door code for room 14 is on the rota",
    ],
)
def test_overrides_and_texted_codes_without_a_value(text: str) -> None:
    assert "credential" not in found(text), found(text)


def test_a_password_told_as_the_last_rotation_s_with_another_ending() -> None:
    text = "rig laptop is same as last rotation's but ends in a 9 not an 8, first bit is Brent"
    assert "ends in a 9 not an 8" in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "the shared mailbox is still on the one the old coordinator set, Orchid!Hall77, "
            "nobody has changed it in two years",
            "Orchid!Hall77",
        ),
        (
            "man the wifi in the pool office is Lengths2023! and the tills still wont connect",
            "Lengths2023!",
        ),
    ],
)
def test_passwords_of_the_usual_shape_dropped_into_a_sentence(text: str, value: str) -> None:
    assert value in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "our account hit Level5! today",
        "I love Windows11! on my laptop",
        "the demo password is Summer2024!",
        "Covid-19 cases rose again, stay home if your login shows a red badge",
    ],
)
def test_words_with_digits_and_an_exclamation_are_no_password(text: str) -> None:
    assert "credential" not in found(text), found(text)


# A key word, a space, then a value that reads as a key.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "BambooHR API key 7f3c9a1e4b2d8f60c5e7a9b3d1f4e6a8c2b0d9e7 isnt working",
            "7f3c9a1e4b2d8f60c5e7a9b3d1f4e6a8c2b0d9e7",
        ),
        ("VPN for supervisors, shared secret K3ll!vpn#22, write the steps", "K3ll!vpn#22"),
        ("staff net Meridian_Ops key Lx!ops2024 for the handover", "Lx!ops2024"),
    ],
)
def test_key_values_after_a_space_are_credentials(text: str, value: str) -> None:
    assert value in found(text).get("credential", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the primary key 550e8400-e29b-41d4-a716-446655440000 is duplicated",
        "the access token expires after 3600s",
        "press key F5 to refresh",
        "KMS client key W269N-WFGWX-YVC9B-4J6C9-T83GX, ok on the lab VMs?",
        "AWS docs use AKIAIOSFODNN7EXAMPLE with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ],
)
def test_ids_licences_and_documented_keys_after_a_key_word_are_not_credentials(text: str) -> None:
    assert "credential" not in found(text), found(text)

"""Passwords and secrets on pasted command lines, and command lines that hold none.

All values are made up for the test.
"""

from __future__ import annotations

import pytest

from tests.unit.router._detect import found, sensitive


@pytest.mark.parametrize(
    ("command", "secret"),
    [
        ("mysql -u root -pS3cr3t7x shop", "S3cr3t7x"),
        ("sshpass -p 'Tr0ub4dor&3' ssh admin@host", "Tr0ub4dor&3"),
        ("wget --password=Kx8mQ2vLp9 https://files.corp/x", "Kx8mQ2vLp9"),
        ("curl -u deploy:Hq7vX2mLk9 https://api.internal/v1", "deploy:Hq7vX2mLk9"),
        ("net user bob P@ssw0rd9 /add", "P@ssw0rd9"),
        ("net use \\\\fs01\\share /user:CORP\\bob Kx8!mQ2v", "Kx8!mQ2v"),
        ("PGPASSWORD=Qx7mL2vK9p psql -h db -U app", "Qx7mL2vK9p"),
        ("docker login -u ci -p Dk8vQ2xLm9 registry.corp", "Dk8vQ2xLm9"),
        ("podman login -u me -p 'Pq7x Lm2!' quay.io", "Pq7x Lm2!"),
        ("openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:Exp0rt!Key", "Exp0rt!Key"),
        ("openssl enc -aes-256-cbc -k S3cretKey42 -in f -out f.enc", "S3cretKey42"),
        ("htpasswd -b /etc/nginx/.htpasswd admin Ht9xQ2mLv", "Ht9xQ2mLv"),
        ("htpasswd -nb bob 'B0b Pass!'", "B0b Pass!"),
        ("keytool -genkey -keystore ks.jks -storepass St0reP4ss -keypass K3yP4ss9", "St0reP4ss"),
        ("sqlcmd -S db01 -U sa -P 'Sq1!Passw0rd' -Q 'select 1'", "Sq1!Passw0rd"),
        ("mongosh -u admin -p Mg9xQ2vLk7 --authenticationDatabase admin", "Mg9xQ2vLk7"),
        ("redis-cli -h cache -a R3d1sP4ss9 ping", "R3d1sP4ss9"),
        ("ldapsearch -x -D cn=admin,dc=corp -w Ld4pPass9 -b dc=corp", "Ld4pPass9"),
        ("smbclient //fs/share -U bob%Sm8Pass9x", "Sm8Pass9x"),
        ("7z a -pSev3nZ1p9 archive.7z docs/", "Sev3nZ1p9"),
        ("sqlplus scott/T1ger42x@orcl", "T1ger42x"),
        ("ipmitool -I lanplus -H bmc01 -U ADMIN -P Ipm1P4ss9 power status", "Ipm1P4ss9"),
        ("xfreerdp /v:rdp01 /u:admin /p:Rdp#Pass42", "Rdp#Pass42"),
        ("schtasks /create /tn job /ru CORP\\svc /rp Sc9xQ2vLm7 /tr run.bat", "Sc9xQ2vLm7"),
        ("echo 'Ec9xQ2vLm7' | sudo -S apt update", "Ec9xQ2vLm7"),
        ("Connect-Vault -ClientSecret Cs9xQ2vLm7Kp -TenantId corp", "Cs9xQ2vLm7Kp"),
        ('args: ["--api-key", "Ak9xQ2vLm7Kp4", "--verbose"]', "Ak9xQ2vLm7Kp4"),
    ],
)
def test_command_line_secret_is_found(command: str, secret: str) -> None:
    assert secret in found(command).get("credential", []), found(command)


@pytest.mark.parametrize(
    "command",
    [
        "mysql -u root -p shop < dump.sql",
        "sshpass -p $SSHPASS ssh admin@host",
        "How do I use sshpass -p safely?",
        "curl -u $USER:$TOKEN https://api.corp",
        "curl -u user:password https://api.corp",
        "net user bob * /add",
        "net user administrator /active:yes",
        "PGPASSWORD=$PGPASS psql -h db",
        "docker login -u ci --password-stdin registry.corp",
        "docker login -u ci -p <password> registry.corp",
        "docker run -p 8080:80 nginx",
        "openssl rsa -in k.pem -passin env:KEY_PASS -out plain.pem",
        "openssl pkcs12 -export -passout file:pass.txt -out c.p12",
        "htpasswd -B /etc/nginx/.htpasswd admin",
        "htpasswd -b .htpasswd admin changeme",
        "keytool -list -keystore ks.jks -storepass changeit",
        "sqlcmd -S db01 -U sa -P ****",
        "redis-cli -a $REDIS_PASSWORD ping",
        "zip -P password secret.zip data.csv",
        "run with --secret-name prod-db and --token-ttl 3600",
        "set the -password option to the value in your vault",
        "the non-secret value is fine",
        "sqlplus / as sysdba",
        "ssh -p 2222 admin@host",
        "mstsc /v:10.0.0.8 /admin",
        'args: ["--token-file", "/run/secrets/tok1"]',
        "subprocess.run(['docker', 'run', '-p', '8080:80', 'nginx'])",
    ],
)
def test_command_lines_without_a_secret_are_not_flagged(command: str) -> None:
    assert not sensitive(command), found(command)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("piece", ["docker login -p ", "net user a ", "htpasswd -b ", "-pwd "])
def test_long_runs_of_command_cues_finish(piece: str) -> None:
    text = piece * (100_000 // len(piece)) + "\nredis-cli -a R3d1sP4ss9 ping"
    assert "R3d1sP4ss9" in found(text).get("credential", [])

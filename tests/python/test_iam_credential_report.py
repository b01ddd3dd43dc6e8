"""The credential report through boto3 and the AWS CLI: GenerateCredentialReport and
GetCredentialReport, the CSV's rows as the account's users, passwords, MFA devices and access
keys make them, the four-hour reuse and expiry (the admin clock moves the report's age), and
AWS's errors.

Sources: the IAM User Guide's "Generate credential reports for your AWS account" (columns,
order, `N/A` / `not_supported` / `no_information`, the four hours); the API reference's sample
GenerateCredentialReport response (the STARTED description); recorded answers for the rest,
named where they are checked."""

import base64
import csv
import datetime
import io
import json
import re
import time

import botocore.exceptions
import pytest
from totp import totp

ACCOUNT = "000000000000"
PASSWORD = "Good-Passw0rd!"
HEADER = [
    "user", "arn", "user_creation_time", "password_enabled", "password_last_used",
    "password_last_changed", "password_next_rotation", "mfa_active",
    "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date",
    "access_key_1_last_used_region", "access_key_1_last_used_service",
    "access_key_2_active", "access_key_2_last_rotated", "access_key_2_last_used_date",
    "access_key_2_last_used_region", "access_key_2_last_used_service",
    "cert_1_active", "cert_1_last_rotated", "cert_2_active", "cert_2_last_rotated",
]
STARTED = {"State": "STARTED", "Description": "No report exists. Starting a new report generation task"}
# Recorded reports write times as `2019-12-28T20:00:51+00:00`.
DATE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$")
NO_CERTIFICATES = {"cert_1_active": "false", "cert_1_last_rotated": "N/A", "cert_2_active": "false", "cert_2_last_rotated": "N/A"}
NO_KEY = {"active": "false", "last_rotated": "N/A", "last_used_date": "N/A", "last_used_region": "N/A", "last_used_service": "N/A"}
FOUR_HOURS = 4 * 3600


def error_of(call, *args, **kwargs):
    """Code, message (None when AWS sends none) and HTTP status of a refused call."""
    with pytest.raises(botocore.exceptions.ClientError) as err:
        call(*args, **kwargs)
    e = err.value.response
    return e["Error"]["Code"], e["Error"].get("Message"), e["ResponseMetadata"]["HTTPStatusCode"]


def parse(content):
    """The report's rows as dicts, checking the header and that no line ends the file."""
    text = content.decode() if isinstance(content, bytes) else content
    assert not text.endswith("\n")
    lines = list(csv.reader(io.StringIO(text)))
    assert lines[0] == HEADER
    assert all(len(line) == len(HEADER) for line in lines)
    return [dict(zip(HEADER, line)) for line in lines[1:]]


def report(iam):
    got = iam.get_credential_report()
    assert got["ReportFormat"] == "text/csv"
    return got, parse(got["Content"])


def when(text):
    assert DATE.match(text), text
    return datetime.datetime.fromisoformat(text)


def key_slot(row, n):
    return {field: row[f"access_key_{n}_{field}"] for field in NO_KEY}


def wait_until_used(iam, key_id):
    """The key's last use, once the server has recorded it (it is written off the request path)."""
    for _ in range(100):
        used = iam.get_access_key_last_used(AccessKeyId=key_id)["AccessKeyLastUsed"]
        if "LastUsedDate" in used:
            return used
        time.sleep(0.05)
    raise AssertionError(f"the use of {key_id} was not recorded")


def test_get_before_any_generate_is_report_not_present(gh):
    iam = gh.client("iam")
    # AWS sends no message: boto3 prints "Unknown", its word for none (prowler-cloud/prowler#272:
    # "An error occurred (ReportNotPresent) when calling the GetCredentialReport operation: Unknown").
    assert error_of(iam.get_credential_report) == ("ReportNotPresent", None, 410)
    with pytest.raises(iam.exceptions.CredentialReportNotPresentException):
        iam.get_credential_report()
    failed = gh.cli("iam", "get-credential-report", check=False)
    assert failed.returncode != 0
    assert "An error occurred (ReportNotPresent) when calling the GetCredentialReport operation: Unknown" in failed.stderr


def test_generate_starts_a_report_then_answers_complete(gh):
    iam = gh.client("iam")
    first = iam.generate_credential_report()
    assert {k: first[k] for k in ("State", "Description")} == STARTED
    # A report still fresh: COMPLETE with no description, as the AWS CLI printed it in
    # prowler-cloud/prowler#272.
    again = iam.generate_credential_report()
    assert again["State"] == "COMPLETE" and "Description" not in again
    got, rows = report(iam)
    age = datetime.datetime.now(datetime.timezone.utc) - got["GeneratedTime"]
    assert abs(age.total_seconds()) < 60
    assert [row["user"] for row in rows] == ["<root_account>"]


def test_rows_are_built_from_the_accounts_credentials(gh):
    iam = gh.client("iam")
    iam.update_account_password_policy(MinimumPasswordLength=8, MaxPasswordAge=90)
    for name in ["zoe", "Bob", "carol", "dave", "erin"]:
        iam.create_user(UserName=name, Path="/team/" if name == "erin" else "/")
    # zoe: nothing. Bob: a password. carol: an MFA device. dave: one key, used. erin: two keys,
    # the second inactive.
    iam.create_login_profile(UserName="Bob", Password=PASSWORD)
    serial = iam.create_virtual_mfa_device(VirtualMFADeviceName="carol-phone")["VirtualMFADevice"]
    seed = serial["Base32StringSeed"]
    now = time.time()
    iam.enable_mfa_device(
        UserName="carol", SerialNumber=serial["SerialNumber"],
        AuthenticationCode1=totp(seed, now - 60), AuthenticationCode2=totp(seed, now - 30),
    )
    dave_key = iam.create_access_key(UserName="dave")["AccessKey"]
    erin_first = iam.create_access_key(UserName="erin")["AccessKey"]
    time.sleep(1.1)  # keys created in different seconds, so their order is their creation's
    erin_second = iam.create_access_key(UserName="erin")["AccessKey"]
    iam.update_access_key(UserName="erin", AccessKeyId=erin_second["AccessKeyId"], Status="Inactive")
    as_dave = gh.client("sts", access_key=dave_key["AccessKeyId"], secret_key=dave_key["SecretAccessKey"], region="eu-west-1")
    as_dave.get_caller_identity()
    used = wait_until_used(iam, dave_key["AccessKeyId"])

    assert iam.generate_credential_report()["State"] == "STARTED"
    got, rows = report(iam)
    # The root first, then the users by name without case.
    assert [row["user"] for row in rows] == ["<root_account>", "Bob", "carol", "dave", "erin", "zoe"]
    by_name = {row["user"]: row for row in rows}
    users = {u["UserName"]: u for u in iam.list_users()["Users"]}
    for name, user in users.items():
        row = by_name[name]
        assert row["arn"] == user["Arn"]
        assert when(row["user_creation_time"]) == user["CreateDate"].replace(microsecond=0)
        assert {k: row[k] for k in NO_CERTIFICATES} == NO_CERTIFICATES

    # The guide: the root's password columns are not_supported; gatehouse keeps no root MFA.
    root = by_name["<root_account>"]
    assert root["arn"] == f"arn:aws:iam::{ACCOUNT}:root"
    assert when(root["user_creation_time"]) <= min(u["CreateDate"] for u in users.values())
    assert [root[k] for k in ("password_enabled", "password_last_used", "password_last_changed", "password_next_rotation", "mfa_active")] == [
        "not_supported", "no_information", "not_supported", "not_supported", "false"]

    # Without a password: false and N/A (the guide).
    zoe = by_name["zoe"]
    assert [zoe[k] for k in HEADER[3:8]] == ["false", "N/A", "N/A", "N/A", "false"]
    assert key_slot(zoe, 1) == NO_KEY and key_slot(zoe, 2) == NO_KEY

    # A password never used to sign in is no_information; the next rotation is MaxPasswordAge
    # days after the last change.
    bob = by_name["Bob"]
    changed = when(bob["password_last_changed"])
    profile = iam.get_login_profile(UserName="Bob")["LoginProfile"]
    assert changed == profile["CreateDate"].replace(microsecond=0)
    assert [bob["password_enabled"], bob["password_last_used"]] == ["true", "no_information"]
    assert when(bob["password_next_rotation"]) == changed + datetime.timedelta(days=90)
    assert bob["mfa_active"] == "false"

    assert by_name["carol"]["mfa_active"] == "true"
    assert by_name["carol"]["password_enabled"] == "false"

    dave = by_name["dave"]
    slot = key_slot(dave, 1)
    assert slot["active"] == "true"
    assert when(slot["last_rotated"]) == iam.list_access_keys(UserName="dave")["AccessKeyMetadata"][0]["CreateDate"].replace(microsecond=0)
    assert when(slot["last_used_date"]) == used["LastUsedDate"].replace(microsecond=0)
    assert (slot["last_used_region"], slot["last_used_service"]) == ("eu-west-1", "sts")
    assert (used["Region"], used["ServiceName"]) == ("eu-west-1", "sts")
    assert key_slot(dave, 2) == NO_KEY

    # An inactive key keeps its date (cloud-custodian/cloud-custodian#5551); never used: N/A.
    erin = by_name["erin"]
    assert erin["arn"] == f"arn:aws:iam::{ACCOUNT}:user/team/erin"
    keys = {k["AccessKeyId"]: k for k in iam.list_access_keys(UserName="erin")["AccessKeyMetadata"]}
    first, second = key_slot(erin, 1), key_slot(erin, 2)
    assert first["active"] == "true" and second["active"] == "false"
    assert when(first["last_rotated"]) == keys[erin_first["AccessKeyId"]]["CreateDate"].replace(microsecond=0)
    assert when(second["last_rotated"]) == keys[erin_second["AccessKeyId"]]["CreateDate"].replace(microsecond=0)
    assert [first[k] for k in ("last_used_date", "last_used_region", "last_used_service")] == ["N/A"] * 3
    assert [second[k] for k in ("last_used_date", "last_used_region", "last_used_service")] == ["N/A"] * 3


def test_a_report_is_reused_for_four_hours_then_expires(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="early")
    assert iam.generate_credential_report()["State"] == "STARTED"
    first, rows = report(iam)
    iam.create_user(UserName="late")
    # Within four hours the report is not built again: the new user is not in it.
    gh.admin("clock", {"offset_seconds": FOUR_HOURS - 60})
    assert iam.generate_credential_report()["State"] == "COMPLETE"
    again, rows = report(iam)
    assert again["GeneratedTime"] == first["GeneratedTime"]
    assert [row["user"] for row in rows] == ["<root_account>", "early"]
    # Past four hours the report has expired (the API reference's ReportExpired, 410, no message).
    gh.admin("clock", {"offset_seconds": FOUR_HOURS + 60})
    assert error_of(iam.get_credential_report) == ("ReportExpired", None, 410)
    with pytest.raises(iam.exceptions.CredentialReportExpiredException):
        iam.get_credential_report()
    # A Generate then builds a new one, with the state of now and the time of now.
    assert iam.generate_credential_report()["State"] == "STARTED"
    newer, rows = report(iam)
    assert [row["user"] for row in rows] == ["<root_account>", "early", "late"]
    moved = (newer["GeneratedTime"] - first["GeneratedTime"]).total_seconds()
    assert FOUR_HOURS + 50 <= moved <= FOUR_HOURS + 120


def test_the_aws_cli_generates_and_reads_the_report(gh):
    gh.client("iam").create_user(UserName="cli-user")
    assert gh.cli("iam", "generate-credential-report") == STARTED
    assert gh.cli("iam", "generate-credential-report") == {"State": "COMPLETE"}
    got = gh.cli("iam", "get-credential-report")
    assert got["ReportFormat"] == "text/csv"
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", got["GeneratedTime"]), got["GeneratedTime"]
    rows = parse(base64.b64decode(got["Content"]))
    assert [row["user"] for row in rows] == ["<root_account>", "cli-user"]
    assert rows[1]["arn"] == f"arn:aws:iam::{ACCOUNT}:user/cli-user"


def test_the_report_needs_its_permissions(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="auditor")
    key = iam.create_access_key(UserName="auditor")["AccessKey"]
    auditor = gh.client("iam", access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])
    code, message, status = error_of(auditor.generate_credential_report)
    assert (code, status) == ("AccessDenied", 403)
    assert "iam:GenerateCredentialReport" in message
    iam.put_user_policy(
        UserName="auditor",
        PolicyName="report",
        PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": ["iam:GenerateCredentialReport", "iam:GetCredentialReport"], "Resource": "*"}]}),
    )
    assert auditor.generate_credential_report()["State"] == "STARTED"
    _, rows = report(auditor)
    assert [row["user"] for row in rows] == ["<root_account>", "auditor"]


def test_the_roots_own_keys_are_in_its_row(strict):
    # Strict mode's root key is a stored root access key; signing with it records its use.
    iam = strict.client("iam")
    iam.generate_credential_report()
    _, rows = report(iam)
    root = rows[0]
    assert root["user"] == "<root_account>"
    assert root["access_key_1_active"] == "true"
    when(root["access_key_1_last_rotated"])
    assert key_slot(root, 2) == NO_KEY

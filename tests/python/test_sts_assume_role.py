"""AssumeRole against the real binary: trust policies, conditions, sessions and their limits."""

import json
import re
import time

import pytest
from botocore.exceptions import ClientError
from totp import enable_virtual_mfa, totp

ACCOUNT = "000000000000"


def doc(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def allow(action, resource="*"):
    return {"Effect": "Allow", "Action": action, "Resource": resource}


def trust(principal, actions=("sts:AssumeRole",), condition=None):
    statement = {"Effect": "Allow", "Principal": principal, "Action": list(actions)}
    if condition:
        statement["Condition"] = condition
    return doc(statement)


def error_code(excinfo):
    return excinfo.value.response["Error"]["Code"]


def make_user(gh, name, *policies):
    iam = gh.client("iam")
    iam.create_user(UserName=name)
    for index, policy in enumerate(policies):
        iam.put_user_policy(UserName=name, PolicyName=f"p{index}", PolicyDocument=doc(policy))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return key["AccessKeyId"], key["SecretAccessKey"]


def clients(gh, creds):
    if isinstance(creds, dict):
        args = dict(access_key=creds["AccessKeyId"], secret_key=creds["SecretAccessKey"], session_token=creds["SessionToken"])
    else:
        args = dict(access_key=creds[0], secret_key=creds[1])
    return gh.client("sts", **args), gh.client("iam", **args)


def make_role(gh, name, trust_policy, *policies, **extra):
    iam = gh.client("iam")
    role = iam.create_role(RoleName=name, AssumeRolePolicyDocument=trust_policy, **extra)["Role"]
    for index, policy in enumerate(policies):
        iam.put_role_policy(RoleName=name, PolicyName=f"p{index}", PolicyDocument=doc(policy))
    return role["Arn"]



def test_user_named_in_trust_assumes_without_identity_policy(gh):
    keys = make_user(gh, "alice")
    role_arn = make_role(gh, "app", trust({"AWS": f"arn:aws:iam::{ACCOUNT}:user/alice"}), allow("iam:*"))
    sts, _ = clients(gh, keys)
    result = sts.assume_role(RoleArn=role_arn, RoleSessionName="s1")
    assert result["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/app/s1"
    assert result["AssumedRoleUser"]["AssumedRoleId"].endswith(":s1")
    assert result["AssumedRoleUser"]["AssumedRoleId"].startswith("AROA")
    creds = result["Credentials"]
    assert creds["AccessKeyId"].startswith("ASIA")
    assert len(creds["SecretAccessKey"]) == 40
    session_sts, _ = clients(gh, creds)
    who = session_sts.get_caller_identity()
    assert who["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/app/s1"
    # RoleLastUsed is recorded in the background (AWS's is eventually consistent too).
    iam = gh.client("iam")
    for _ in range(50):
        last_used = iam.get_role(RoleName="app")["Role"].get("RoleLastUsed", {})
        if "LastUsedDate" in last_used:
            break
        time.sleep(0.05)
    assert "LastUsedDate" in last_used


def test_account_principal_needs_identity_policy(gh):
    keys = make_user(gh, "bob")
    role_arn = make_role(gh, "app", trust({"AWS": ACCOUNT}))
    sts, _ = clients(gh, keys)
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn=role_arn, RoleSessionName="s1")
    assert error_code(excinfo) == "AccessDenied"
    message = excinfo.value.response["Error"]["Message"]
    assert message.startswith(
        f"User: arn:aws:iam::{ACCOUNT}:user/bob is not authorized to perform: sts:AssumeRole on resource: {role_arn}"
    )
    gh.client("iam").put_user_policy(UserName="bob", PolicyName="assume", PolicyDocument=doc(allow("sts:AssumeRole", role_arn)))
    sts.assume_role(RoleArn=role_arn, RoleSessionName="s1")


def test_missing_role_is_access_denied(gh):
    keys = make_user(gh, "bob", allow("sts:AssumeRole"))
    sts, _ = clients(gh, keys)
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/none", RoleSessionName="s1")
    assert error_code(excinfo) == "AccessDenied"


def test_external_id_condition(gh):
    keys = make_user(gh, "bob")
    role_arn = make_role(gh, "app", trust({"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"}, condition={"StringEquals": {"sts:ExternalId": "abc-123"}}))
    sts, _ = clients(gh, keys)
    with pytest.raises(ClientError):
        sts.assume_role(RoleArn=role_arn, RoleSessionName="s1")
    with pytest.raises(ClientError):
        sts.assume_role(RoleArn=role_arn, RoleSessionName="s1", ExternalId="wrong-1")
    sts.assume_role(RoleArn=role_arn, RoleSessionName="s1", ExternalId="abc-123")


def test_cross_account_needs_both_sides(gh):
    other = "222233334444"
    role_arn = make_role(gh, "shared", trust({"AWS": f"arn:aws:iam::{other}:root"}))
    # In lenient mode a 12-digit access key acts as that account's root.
    root_of_other = gh.client("sts", access_key=other, secret_key="x")
    result = root_of_other.assume_role(RoleArn=role_arn, RoleSessionName="xa")
    assert result["AssumedRoleUser"]["Arn"].startswith(f"arn:aws:sts::{ACCOUNT}:assumed-role/shared/")
    third = gh.client("sts", access_key="333344445555", secret_key="x")
    with pytest.raises(ClientError) as excinfo:
        third.assume_role(RoleArn=role_arn, RoleSessionName="xa")
    assert error_code(excinfo) == "AccessDenied"


def test_root_cannot_assume_in_strict_mode(strict):
    sts = strict.client("sts")
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/any", RoleSessionName="s1")
    assert error_code(excinfo) == "AccessDenied"
    assert excinfo.value.response["Error"]["Message"] == "Roles may not be assumed by root accounts."


def test_durations_and_chaining_limit(gh):
    keys = make_user(gh, "bob")
    me = {"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"}
    first = make_role(gh, "first", trust(me), allow("sts:AssumeRole"), MaxSessionDuration=7200)
    second = make_role(gh, "second", trust({"AWS": first}))
    sts, _ = clients(gh, keys)
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn=first, RoleSessionName="s1", DurationSeconds=7201)
    assert excinfo.value.response["Error"]["Message"] == "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."
    creds = sts.assume_role(RoleArn=first, RoleSessionName="s1", DurationSeconds=7200)["Credentials"]
    session_sts, _ = clients(gh, creds)
    with pytest.raises(ClientError) as excinfo:
        session_sts.assume_role(RoleArn=second, RoleSessionName="s2", DurationSeconds=7200)
    assert error_code(excinfo) == "ValidationError"
    assert "role chaining" in excinfo.value.response["Error"]["Message"]
    chained = session_sts.assume_role(RoleArn=second, RoleSessionName="s2")
    assert chained["AssumedRoleUser"]["Arn"].endswith("assumed-role/second/s2")


def test_session_policy_intersects_with_role_policy(gh):
    keys = make_user(gh, "bob")
    role_arn = make_role(gh, "admin", trust({"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"}), allow("iam:*"))
    sts, _ = clients(gh, keys)
    creds = sts.assume_role(RoleArn=role_arn, RoleSessionName="s1", Policy=doc(allow("iam:GetUser")))
    assert creds["PackedPolicySize"] >= 0
    _, iam = clients(gh, creds["Credentials"])
    iam.get_user(UserName="bob")
    with pytest.raises(ClientError) as excinfo:
        iam.list_users()
    assert error_code(excinfo) == "AccessDenied"
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn=role_arn, RoleSessionName="s1", Policy="{not json")
    assert error_code(excinfo) == "MalformedPolicyDocument"
    # A policy that cannot even start as JSON gets the words of STS's JSON parser, as AWS was
    # recorded answering (ansible-collections/amazon.aws pull request 2778, December 2025); the
    # `StringReader@…` part names a Java object and differs every time.
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn=role_arn, RoleSessionName="s1", Policy="invalid policy")
    assert error_code(excinfo) == "MalformedPolicyDocument"
    assert re.fullmatch(
        r"Unexpected character \('i' \(code 105\)\): expected a valid value \(number, String, array, object, "
        r"'true', 'false' or 'null'\)\n at \[Source: java\.io\.StringReader@[0-9a-f]+; line: 1, column: 2\]",
        excinfo.value.response["Error"]["Message"],
    )


def test_tags_need_tag_session_and_transitive_tags_pass_on(gh):
    keys = make_user(gh, "bob")
    me = {"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"}
    plain = make_role(gh, "plain", trust(me))
    tagging = make_role(gh, "tagging", trust(me, ("sts:AssumeRole", "sts:TagSession")), allow("sts:AssumeRole"))
    downstream = make_role(
        gh,
        "downstream",
        trust({"AWS": tagging}, ("sts:AssumeRole", "sts:TagSession"), {"StringEquals": {"aws:PrincipalTag/team": "red"}}),
    )
    sts, _ = clients(gh, keys)
    tags = [{"Key": "team", "Value": "red"}, {"Key": "env", "Value": "dev"}]
    with pytest.raises(ClientError):
        sts.assume_role(RoleArn=plain, RoleSessionName="s0", Tags=tags)
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn=tagging, RoleSessionName="s0", Tags=tags + [{"Key": "TEAM", "Value": "x"}])
    assert error_code(excinfo) in ("InvalidParameterValue", "ValidationError")
    first = sts.assume_role(RoleArn=tagging, RoleSessionName="s0", Tags=tags, TransitiveTagKeys=["team"])
    assert first["PackedPolicySize"] > 0
    session_sts, _ = clients(gh, first["Credentials"])
    with pytest.raises(ClientError):
        session_sts.assume_role(RoleArn=downstream, RoleSessionName="d0", Tags=[{"Key": "Team", "Value": "blue"}])
    session_sts.assume_role(RoleArn=downstream, RoleSessionName="d0")


def test_source_identity_is_set_once(gh):
    keys = make_user(gh, "bob")
    me = {"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"}
    first = make_role(gh, "first", trust(me, ("sts:AssumeRole", "sts:SetSourceIdentity")), allow("sts:AssumeRole"))
    second = make_role(gh, "second", trust({"AWS": first}, ("sts:AssumeRole", "sts:SetSourceIdentity")))
    no_permission = make_role(gh, "third", trust(me))
    sts, _ = clients(gh, keys)
    with pytest.raises(ClientError):
        sts.assume_role(RoleArn=no_permission, RoleSessionName="s0", SourceIdentity="alice")
    result = sts.assume_role(RoleArn=first, RoleSessionName="s0", SourceIdentity="alice")
    assert result["SourceIdentity"] == "alice"
    session_sts, _ = clients(gh, result["Credentials"])
    with pytest.raises(ClientError):
        session_sts.assume_role(RoleArn=second, RoleSessionName="s2", SourceIdentity="mallory")
    chained = session_sts.assume_role(RoleArn=second, RoleSessionName="s2")
    assert chained["SourceIdentity"] == "alice"


def test_mfa_required_by_trust_policy(gh):
    keys = make_user(gh, "bob")
    iam = gh.client("iam")
    serial, seed = enable_virtual_mfa(iam, "bob", "bob-mfa")
    role_arn = make_role(
        gh, "secure", trust({"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"}, condition={"Bool": {"aws:MultiFactorAuthPresent": "true"}})
    )
    sts, _ = clients(gh, keys)
    with pytest.raises(ClientError):
        sts.assume_role(RoleArn=role_arn, RoleSessionName="s0")
    code = totp(seed, time.time())
    with pytest.raises(ClientError):
        sts.assume_role(RoleArn=role_arn, RoleSessionName="s0", SerialNumber=serial, TokenCode="000000" if code != "000000" else "111111")
    sts.assume_role(RoleArn=role_arn, RoleSessionName="s0", SerialNumber=serial, TokenCode=code)
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn=role_arn, RoleSessionName="s0", SerialNumber=serial, TokenCode=code)
    assert error_code(excinfo) == "AccessDenied"


def test_credentials_expire(gh):
    keys = make_user(gh, "bob")
    role_arn = make_role(gh, "app", trust({"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"}))
    sts, _ = clients(gh, keys)
    creds = sts.assume_role(RoleArn=role_arn, RoleSessionName="s0", DurationSeconds=3600)["Credentials"]
    session_sts, _ = clients(gh, creds)
    session_sts.get_caller_identity()
    gh.admin("clock", {"offset_seconds": 3700})
    with pytest.raises(ClientError) as excinfo:
        session_sts.get_caller_identity()
    assert error_code(excinfo) == "ExpiredToken"


def test_revoking_older_sessions(gh):
    keys = make_user(gh, "bob")
    role_arn = make_role(gh, "app", trust({"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"}), allow("iam:*"))
    sts, _ = clients(gh, keys)
    creds = sts.assume_role(RoleArn=role_arn, RoleSessionName="s0")["Credentials"]
    _, iam = clients(gh, creds)
    iam.list_users()
    gh.admin("clock", {"offset_seconds": 5})
    cutoff = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 3))
    revoke = {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"DateLessThan": {"aws:TokenIssueTime": cutoff}}}
    gh.client("iam").put_role_policy(RoleName="app", PolicyName="AWSRevokeOlderSessions", PolicyDocument=doc(revoke))
    with pytest.raises(ClientError) as excinfo:
        iam.list_users()
    assert error_code(excinfo) == "AccessDenied"
    assert "explicit deny" in excinfo.value.response["Error"]["Message"]
    fresh = sts.assume_role(RoleArn=role_arn, RoleSessionName="s2")["Credentials"]
    clients(gh, fresh)[1].list_users()


def test_decode_authorization_message(gh):
    keys = make_user(gh, "bob")
    role_arn = make_role(gh, "app", trust({"AWS": ACCOUNT}))
    sts, _ = clients(gh, keys)
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn=role_arn, RoleSessionName="s0", ExternalId="ext-1")
    message = excinfo.value.response["Error"]["Message"]
    encoded = message.split("Encoded authorization failure message: ", 1)[1]
    decoded = json.loads(gh.client("sts").decode_authorization_message(EncodedMessage=encoded)["DecodedMessage"])
    assert decoded["allowed"] is False
    assert decoded["explicitDeny"] is False
    assert decoded["context"]["action"] == "sts:AssumeRole"
    assert decoded["context"]["resource"] == role_arn
    assert decoded["context"]["principal"]["arn"] == f"arn:aws:iam::{ACCOUNT}:user/bob"
    keys_seen = {c["key"] for c in decoded["context"]["conditions"]["items"]}
    assert "sts:ExternalId" in keys_seen
    with pytest.raises(ClientError) as excinfo:
        gh.client("sts").decode_authorization_message(EncodedMessage="garbage")
    assert error_code(excinfo) == "InvalidAuthorizationMessageException"

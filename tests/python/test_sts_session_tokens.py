"""GetSessionToken and GetFederationToken against the real binary."""

import datetime
import json
import time

import pytest
from botocore.exceptions import ClientError
from totp import enable_virtual_mfa, totp

ACCOUNT = "000000000000"


def doc(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def allow(action, resource="*"):
    return {"Effect": "Allow", "Action": action, "Resource": resource}


def make_user(gh, name, *policies):
    iam = gh.client("iam")
    iam.create_user(UserName=name)
    for index, policy in enumerate(policies):
        iam.put_user_policy(UserName=name, PolicyName=f"p{index}", PolicyDocument=doc(policy))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return dict(access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])


def session(creds):
    return dict(access_key=creds["AccessKeyId"], secret_key=creds["SecretAccessKey"], session_token=creds["SessionToken"])


def lifetime(creds):
    expiration = creds["Expiration"]
    return (expiration - datetime.datetime.now(datetime.timezone.utc)).total_seconds()


def test_get_session_token_for_a_user(gh):
    user = make_user(gh, "bob", allow("iam:ListUsers"))
    creds = gh.client("sts", **user).get_session_token()["Credentials"]
    assert creds["AccessKeyId"].startswith("ASIA")
    assert 43_000 < lifetime(creds) <= 43_200
    who = gh.client("sts", **session(creds)).get_caller_identity()
    assert who["Arn"] == f"arn:aws:iam::{ACCOUNT}:user/bob"
    assert who["UserId"].startswith("AIDA")
    with pytest.raises(ClientError) as excinfo:
        gh.client("sts", **session(creds)).get_session_token()
    assert excinfo.value.response["Error"]["Code"] == "AccessDenied"
    assert excinfo.value.response["Error"]["Message"] == "Cannot call GetSessionToken with session credentials"


def test_root_session_tokens_are_held_to_an_hour(gh):
    creds = gh.client("sts").get_session_token(DurationSeconds=129_600)["Credentials"]
    assert 3_500 < lifetime(creds) <= 3_600


def test_session_token_duration_bounds(gh):
    user = make_user(gh, "bob")
    creds = gh.client("sts", **user).get_session_token(DurationSeconds=900)["Credentials"]
    assert 800 < lifetime(creds) <= 900
    creds = gh.client("sts", **user).get_session_token(DurationSeconds=129_600)["Credentials"]
    assert 129_500 < lifetime(creds) <= 129_600


def test_federation_token_needs_a_session_policy(gh):
    user = make_user(gh, "bob", allow("iam:*"), allow("sts:GetFederationToken"))
    sts = gh.client("sts", **user)
    result = sts.get_federation_token(Name="fed-user")
    assert result["FederatedUser"]["Arn"] == f"arn:aws:sts::{ACCOUNT}:federated-user/fed-user"
    assert result["FederatedUser"]["FederatedUserId"] == f"{ACCOUNT}:fed-user"
    bare = result["Credentials"]
    assert gh.client("sts", **session(bare)).get_caller_identity()["Arn"].endswith(":federated-user/fed-user")
    scoped = sts.get_federation_token(Name="fed-user", Policy=doc(allow("iam:ListUsers")))
    assert scoped["PackedPolicySize"] >= 0


def test_federated_users_may_not_call_iam_or_sts_beyond_get_caller_identity(gh):
    user = make_user(gh, "bob", allow("*"))
    creds = gh.client("sts", **user).get_federation_token(Name="fed", Policy=doc(allow("*")))["Credentials"]
    # AWS: federation credentials cannot call IAM through the API, whatever their policies.
    with pytest.raises(ClientError) as excinfo:
        gh.client("iam", **session(creds)).list_users()
    assert excinfo.value.response["Error"]["Code"] == "InvalidClientTokenId"
    assert excinfo.value.response["Error"]["Message"] == "The security token included in the request is invalid"
    with pytest.raises(ClientError) as excinfo:
        gh.client("sts", **session(creds)).get_access_key_info(AccessKeyId=creds["AccessKeyId"])
    assert excinfo.value.response["Error"]["Code"] == "AccessDenied"
    assert excinfo.value.response["Error"]["Message"] == "Cannot call GetAccessKeyInfo with session credentials"
    assert gh.client("sts", **session(creds)).get_caller_identity()["Account"] == ACCOUNT


def test_session_tokens_reach_iam_only_with_mfa(gh):
    user = make_user(gh, "bob", allow("iam:ListUsers"), allow("sts:*"))
    plain = gh.client("sts", **user).get_session_token()["Credentials"]
    with pytest.raises(ClientError) as excinfo:
        gh.client("iam", **session(plain)).list_users()
    assert excinfo.value.response["Error"]["Code"] == "InvalidClientTokenId"
    with pytest.raises(ClientError) as excinfo:
        gh.client("sts", **session(plain)).decode_authorization_message(EncodedMessage="x")
    assert excinfo.value.response["Error"]["Message"] == "Cannot call DecodeAuthorizationMessage with session credentials"

    iam = gh.client("iam")
    serial, seed = enable_virtual_mfa(iam, "bob", "bob-mfa")
    with_mfa = gh.client("sts", **user).get_session_token(
        SerialNumber=serial, TokenCode=totp(seed, time.time())
    )["Credentials"]
    names = [u["UserName"] for u in gh.client("iam", **session(with_mfa)).list_users()["Users"]]
    assert names == ["bob"]
    with pytest.raises(ClientError) as excinfo:
        gh.client("iam", **session(with_mfa)).list_roles()
    assert excinfo.value.response["Error"]["Code"] == "AccessDenied"



def test_federation_token_rules(gh):
    user = make_user(gh, "bob")
    with pytest.raises(ClientError) as excinfo:
        gh.client("sts", **user).get_federation_token(Name="fed")
    assert excinfo.value.response["Error"]["Code"] == "AccessDenied"
    creds = gh.client("sts").get_session_token()["Credentials"]
    with pytest.raises(ClientError) as excinfo:
        gh.client("sts", **session(creds)).get_federation_token(Name="fed")
    assert excinfo.value.response["Error"]["Message"] == "Cannot call GetFederationToken with session credentials"
    root = gh.client("sts").get_federation_token(Name="fed", DurationSeconds=7200, Tags=[{"Key": "team", "Value": "red"}])
    assert 3_500 < lifetime(root["Credentials"]) <= 3_600
    with pytest.raises(ClientError) as excinfo:
        gh.client("sts").get_federation_token(Name="fed", Policy="{bad")
    assert excinfo.value.response["Error"]["Code"] == "MalformedPolicyDocument"

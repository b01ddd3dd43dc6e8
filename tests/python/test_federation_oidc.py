"""AssumeRoleWithWebIdentity end to end through the built-in OIDC test identity provider."""
import json
import time
import urllib.error
import urllib.request

import pytest
from botocore.exceptions import ClientError

ACCOUNT = "000000000000"


def post_json(url, body):
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), method="POST", headers={"content-type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def mint(gh, **claims):
    return post_json(f"{gh.url}/_gatehouse/oidc/token", claims)["token"]


def issuer(gh):
    return f"{gh.url}/_gatehouse/oidc"


def host_path(gh):
    return issuer(gh).removeprefix("http://")


def register_provider(gh, client_ids=("sts.amazonaws.com",)):
    return gh.cli(
        "iam", "create-open-id-connect-provider", "--url", issuer(gh), "--client-id-list", *client_ids
    )["OpenIDConnectProviderArn"]


def create_role(gh, name, provider_arn, conditions=None, actions=("sts:AssumeRoleWithWebIdentity",)):
    statement = {"Effect": "Allow", "Principal": {"Federated": provider_arn}, "Action": list(actions)}
    if conditions:
        statement["Condition"] = conditions
    document = json.dumps({"Version": "2012-10-17", "Statement": [statement]})
    return gh.client("iam").create_role(RoleName=name, AssumeRolePolicyDocument=document)["Role"]["Arn"]


def assume(gh, role_arn, token, **extra):
    return gh.client("sts").assume_role_with_web_identity(
        RoleArn=role_arn, RoleSessionName="ci-run", WebIdentityToken=token, **extra
    )


def error_of(call):
    with pytest.raises(ClientError) as caught:
        call()
    return caught.value.response["Error"]


def test_discovery_and_jwks_are_served(gh):
    with urllib.request.urlopen(f"{issuer(gh)}/.well-known/openid-configuration", timeout=10) as response:
        discovery = json.loads(response.read())
    assert discovery["issuer"] == issuer(gh)
    with urllib.request.urlopen(discovery["jwks_uri"], timeout=10) as response:
        keys = json.loads(response.read())["keys"]
    assert keys[0]["kty"] == "EC" and keys[0]["alg"] == "ES256"


def test_happy_path_with_aud_and_sub_conditions(gh):
    provider = register_provider(gh)
    conditions = {
        "StringEquals": {f"{host_path(gh)}:aud": "sts.amazonaws.com"},
        "StringLike": {f"{host_path(gh)}:sub": "repo:octo/app:*"},
    }
    role = create_role(gh, "ci", provider, conditions)
    token = mint(gh, sub="repo:octo/app:ref:refs/heads/main")
    result = assume(gh, role, token, DurationSeconds=900)
    assert result["SubjectFromWebIdentityToken"] == "repo:octo/app:ref:refs/heads/main"
    assert result["Audience"] == "sts.amazonaws.com"
    assert result["Provider"] == provider
    assert result["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/ci/ci-run"
    assert result["AssumedRoleUser"]["AssumedRoleId"].startswith("AROA")
    assert "PackedPolicySize" not in result
    credentials = result["Credentials"]
    assert credentials["AccessKeyId"].startswith("ASIA")
    lifetime = credentials["Expiration"].timestamp() - time.time()
    assert 800 < lifetime <= 900

    sts = gh.client(
        "sts",
        access_key=credentials["AccessKeyId"],
        secret_key=credentials["SecretAccessKey"],
        session_token=credentials["SessionToken"],
    )
    assert sts.get_caller_identity()["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/ci/ci-run"

    denied = error_of(lambda: assume(gh, role, mint(gh, sub="repo:evil/app:ref:refs/heads/main")))
    assert denied["Code"] == "AccessDenied"
    assert denied["Message"] == "Not authorized to perform sts:AssumeRoleWithWebIdentity"


def test_cli_round_trip(gh):
    provider = register_provider(gh)
    role = create_role(gh, "cli-role", provider)
    result = gh.cli(
        "sts", "assume-role-with-web-identity", "--role-arn", role,
        "--role-session-name", "from-cli", "--web-identity-token", mint(gh, sub="someone"),
    )
    assert result["AssumedRoleUser"]["Arn"].endswith(":assumed-role/cli-role/from-cli")
    assert result["SubjectFromWebIdentityToken"] == "someone"


def test_wrong_audience(gh):
    provider = register_provider(gh)
    role = create_role(gh, "ci", provider)
    error = error_of(lambda: assume(gh, role, mint(gh, aud="someone-else")))
    assert error["Code"] == "InvalidIdentityToken"
    assert error["Message"] == "Incorrect token audience"


def test_expired_token_via_admin_clock(gh):
    provider = register_provider(gh)
    role = create_role(gh, "ci", provider)
    token = mint(gh)  # valid for an hour from the server's clock
    gh.admin("clock", {"offset_seconds": 7200})
    error = error_of(lambda: assume(gh, role, token))
    assert error["Code"] == "ExpiredTokenException"
    assert error["Message"].startswith("Token expired")


def test_unknown_provider(gh):
    role = create_role(gh, "ci", f"arn:aws:iam::{ACCOUNT}:oidc-provider/{host_path(gh)}")
    error = error_of(lambda: assume(gh, role, mint(gh)))
    assert error["Code"] == "InvalidIdentityToken"
    assert error["Message"] == f"No OpenIDConnect provider found in your account for {issuer(gh)}"


def test_unknown_role_and_tampered_token(gh):
    register_provider(gh)
    error = error_of(lambda: assume(gh, f"arn:aws:iam::{ACCOUNT}:role/missing", mint(gh)))
    assert error["Code"] == "AccessDenied"
    provider = f"arn:aws:iam::{ACCOUNT}:oidc-provider/{host_path(gh)}"
    role = create_role(gh, "ci", provider)
    header, body, signature = mint(gh).split(".")
    forged = f"{header}.{body}.{signature[:-4]}AAAA"
    assert error_of(lambda: assume(gh, role, forged))["Code"] == "InvalidIdentityToken"


def test_role_arn_names_the_role_with_its_path(gh):
    # The path is part of a role's ARN: "to call the STS AssumeRole API, you need to provide
    # that full ARN" (alphagov/gsp pull request 336, 2019). A RoleArn that leaves the path out,
    # or names another, names no role.
    provider = register_provider(gh)
    statement = {"Effect": "Allow", "Principal": {"Federated": provider}, "Action": "sts:AssumeRoleWithWebIdentity"}
    document = json.dumps({"Version": "2012-10-17", "Statement": [statement]})
    role = gh.client("iam").create_role(RoleName="deploy", Path="/ci/", AssumeRolePolicyDocument=document)["Role"]["Arn"]
    assert role == f"arn:aws:iam::{ACCOUNT}:role/ci/deploy"
    for wrong in (f"arn:aws:iam::{ACCOUNT}:role/deploy", f"arn:aws:iam::{ACCOUNT}:role/cd/deploy"):
        error = error_of(lambda: assume(gh, wrong, mint(gh)))
        assert (error["Code"], error["Message"]) == (
            "AccessDenied",
            "Not authorized to perform sts:AssumeRoleWithWebIdentity",
        )
    session = assume(gh, role, mint(gh))["AssumedRoleUser"]
    assert session["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/deploy/ci-run"


def test_tags_claim_needs_tag_session(gh):
    provider = register_provider(gh)
    claims = {
        "sub": "alice",
        "https://aws.amazon.com/tags": {"principal_tags": {"team": ["blue"]}, "transitive_tag_keys": ["team"]},
    }
    untagged_role = create_role(gh, "no-tags", provider)
    error = error_of(lambda: assume(gh, untagged_role, mint(gh, **claims)))
    assert error["Code"] == "AccessDenied"

    role = create_role(
        gh, "tags", provider,
        {"StringEquals": {"aws:RequestTag/team": "blue"}},
        actions=("sts:AssumeRoleWithWebIdentity", "sts:TagSession"),
    )
    result = assume(gh, role, mint(gh, **claims))
    assert 0 <= result["PackedPolicySize"] <= 100
    wrong = dict(claims)
    wrong["https://aws.amazon.com/tags"] = {"principal_tags": {"team": ["red"]}}
    assert error_of(lambda: assume(gh, role, mint(gh, **wrong)))["Code"] == "AccessDenied"


def test_duration_above_role_maximum(gh):
    provider = register_provider(gh)
    role = create_role(gh, "ci", provider)
    error = error_of(lambda: assume(gh, role, mint(gh), DurationSeconds=7200))
    assert error["Code"] == "ValidationError"
    assert "MaxSessionDuration" in error["Message"]


def test_token_route_requires_json_object(gh):
    request = urllib.request.Request(
        f"{gh.url}/_gatehouse/oidc/token", data=b"[1]", method="POST",
        headers={"content-type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=10)
    assert caught.value.code in (400, 422)

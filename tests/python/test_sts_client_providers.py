"""The real clients' own credential providers against gatehouse: assume-role and web-identity
profiles in AWS config files, read by the AWS CLI and boto3, and botocore's refreshable
assume-role credentials across expiry."""

import json
import os
import shutil
import subprocess
import time
import urllib.request

import boto3
import pytest
from botocore.credentials import RefreshableCredentials
from botocore.exceptions import ClientError

from conftest import AWS_CLI

ACCOUNT = "000000000000"


def doc(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def make_user(gh, name):
    iam = gh.client("iam")
    iam.create_user(UserName=name)
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return key["AccessKeyId"], key["SecretAccessKey"]


def make_role(gh, name, principal, condition=None, actions=("sts:AssumeRole",), **extra):
    statement = {"Effect": "Allow", "Principal": principal, "Action": list(actions)}
    if condition:
        statement["Condition"] = condition
    return gh.client("iam").create_role(RoleName=name, AssumeRolePolicyDocument=doc(statement), **extra)["Role"]["Arn"]


def write_profiles(tmp_path, gh, profiles, credentials):
    """Writes an AWS config file (`[profile NAME]`) and a shared credentials file (`[NAME]`)."""
    config_lines = []
    for name, settings in profiles.items():
        config_lines.append(f"[profile {name}]")
        settings = {"region": "us-east-1", "endpoint_url": gh.url, **settings}
        config_lines.extend(f"{key} = {value}" for key, value in settings.items())
        config_lines.append("")
    credential_lines = []
    for name, (access_key, secret_key) in credentials.items():
        credential_lines += [f"[{name}]", f"aws_access_key_id = {access_key}", f"aws_secret_access_key = {secret_key}", ""]
    config_file = tmp_path / "config"
    credentials_file = tmp_path / "credentials"
    config_file.write_text("\n".join(config_lines))
    credentials_file.write_text("\n".join(credential_lines))
    return config_file, credentials_file


@pytest.fixture
def aws_files(tmp_path, monkeypatch):
    """Points this process's AWS configuration at files in tmp_path, with nothing from the environment."""
    for variable in (
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
        "AWS_DEFAULT_PROFILE", "AWS_ENDPOINT_URL", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE",
    ):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    return tmp_path


def cli(tmp_path, *args):
    """The AWS CLI with only the config files in tmp_path: no keys or endpoint on the command line."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "AWS_CONFIG_FILE": str(tmp_path / "config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    return subprocess.run(
        [str(AWS_CLI), "--output", "json", *args], env=env, capture_output=True, text=True, timeout=60
    )


def cli_caller(tmp_path, profile):
    result = cli(tmp_path, "sts", "get-caller-identity", "--profile", profile)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def cli_error(tmp_path, profile):
    result = cli(tmp_path, "sts", "get-caller-identity", "--profile", profile)
    assert result.returncode != 0, result.stdout
    return result.stderr


def error_of(call):
    with pytest.raises(ClientError) as caught:
        call()
    return caught.value.response["Error"]


def test_assume_role_profile_with_source_profile(gh, aws_files):
    dev_keys = make_user(gh, "dev")
    outsider_keys = make_user(gh, "outsider")
    role_arn = make_role(
        gh, "deploy", {"AWS": f"arn:aws:iam::{ACCOUNT}:user/dev"},
        condition={"StringEquals": {"sts:ExternalId": "ext-42"}},
    )
    assume = {"role_arn": role_arn, "external_id": "ext-42"}
    write_profiles(aws_files, gh, {
        "dev": {},
        "deploy": {**assume, "source_profile": "dev", "role_session_name": "release-7", "duration_seconds": 1800},
        "default-name": {**assume, "source_profile": "dev"},
        "no-external-id": {"role_arn": role_arn, "source_profile": "dev"},
        "too-long": {**assume, "source_profile": "dev", "duration_seconds": 7200},
        "outsider-deploy": {**assume, "source_profile": "outsider"},
    }, {"dev": dev_keys, "outsider": outsider_keys})

    expected = f"arn:aws:sts::{ACCOUNT}:assumed-role/deploy/release-7"
    # The AWS CLI resolves the profile itself: AssumeRole with the dev user's keys, then the call.
    who = cli_caller(aws_files, "deploy")
    assert who["Arn"] == expected
    assert who["Account"] == ACCOUNT
    assert who["UserId"].startswith("AROA") and who["UserId"].endswith(":release-7")
    assert cli_caller(aws_files, "dev")["Arn"] == f"arn:aws:iam::{ACCOUNT}:user/dev"

    # boto3 does the same from the same files.
    session = boto3.Session(profile_name="deploy")
    assert session.client("sts").get_caller_identity()["Arn"] == expected
    credentials = session.get_credentials()
    assert isinstance(credentials, RefreshableCredentials)
    frozen = credentials.get_frozen_credentials()
    assert frozen.access_key.startswith("ASIA") and frozen.token
    # duration_seconds = 1800 reached the server: the session expires in half an hour.
    lifetime = credentials._expiry_time.timestamp() - time.time()
    assert 1700 < lifetime <= 1800, lifetime

    # Without role_session_name botocore names the session itself (botocore-session-<epoch>).
    default_arn = boto3.Session(profile_name="default-name").client("sts").get_caller_identity()["Arn"]
    assert default_arn.startswith(f"arn:aws:sts::{ACCOUNT}:assumed-role/deploy/botocore-session-")

    # external_id is sent: without it the trust policy's condition fails.
    assert "AccessDenied" in cli_error(aws_files, "no-external-id")
    denied = error_of(lambda: boto3.Session(profile_name="no-external-id").client("sts").get_caller_identity())
    assert denied["Code"] == "AccessDenied"

    # duration_seconds is sent: more than the role's MaxSessionDuration is refused.
    assert "MaxSessionDuration" in cli_error(aws_files, "too-long")
    too_long = error_of(lambda: boto3.Session(profile_name="too-long").client("sts").get_caller_identity())
    assert too_long["Code"] == "ValidationError"

    # A source user the trust policy does not name.
    stderr = cli_error(aws_files, "outsider-deploy")
    assert "AccessDenied" in stderr
    assert f"arn:aws:iam::{ACCOUNT}:user/outsider is not authorized to perform: sts:AssumeRole" in stderr
    denied = error_of(lambda: boto3.Session(profile_name="outsider-deploy").client("sts").get_caller_identity())
    assert denied["Code"] == "AccessDenied"


def test_refreshable_credentials_call_assume_role_again_and_survive_expiry(gh, aws_files):
    dev_keys = make_user(gh, "dev")
    role_arn = make_role(gh, "short", {"AWS": f"arn:aws:iam::{ACCOUNT}:user/dev"})
    write_profiles(aws_files, gh, {
        "short": {"role_arn": role_arn, "source_profile": "dev", "role_session_name": "short", "duration_seconds": 900},
    }, {"dev": dev_keys})
    # Issue the first session with gatehouse's clock two minutes behind, so that moving it past
    # that session's expiry later stays inside SigV4's 15-minute clock skew for new requests.
    gh.admin("clock", {"offset_seconds": -120})

    session = boto3.Session(profile_name="short")
    issued = []

    def record(http_response, parsed, **_):
        if http_response.status_code == 200:
            issued.append(parsed["Credentials"]["AccessKeyId"])

    # The assume-role provider's STS client is created by this session, so its events are ours.
    session._session.register("after-call.sts.AssumeRole", record)
    credentials = session.get_credentials()
    assert isinstance(credentials, RefreshableCredentials)
    first = credentials.get_frozen_credentials()
    assert issued and issued[-1] == first.access_key

    # 900-second credentials are always inside botocore's 15-minute advisory window: every read
    # refreshes, and a refresh is a real AssumeRole that returns new keys.
    calls = len(issued)
    second = credentials.get_frozen_credentials()
    assert len(issued) > calls
    assert second.access_key == issued[-1]
    assert second.access_key != first.access_key
    assert second.secret_key != first.secret_key and second.token != first.token
    for frozen in (first, second):
        sts = gh.client("sts", access_key=frozen.access_key, secret_key=frozen.secret_key, session_token=frozen.token)
        assert sts.get_caller_identity()["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/short/short"

    # Move gatehouse's clock past the expiry of every session issued so far.
    gh.admin("clock", {"offset_seconds": 800})
    for frozen in (first, second):
        stale = gh.client("sts", access_key=frozen.access_key, secret_key=frozen.secret_key, session_token=frozen.token)
        expired = error_of(stale.get_caller_identity)
        assert expired["Code"] == "ExpiredToken"
        assert expired["Message"] == "The security token included in the request is expired"

    # The refreshable session recovers: the next call assumes the role again (with the source
    # user's long-term keys) and signs with the new session's keys.
    calls = len(issued)
    who = session.client("sts").get_caller_identity()
    assert who["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/short/short"
    assert len(issued) > calls
    fresh = credentials.get_frozen_credentials()
    assert fresh.access_key not in (first.access_key, second.access_key)
    fresh_sts = gh.client("sts", access_key=fresh.access_key, secret_key=fresh.secret_key, session_token=fresh.token)
    assert fresh_sts.get_caller_identity()["Arn"] == who["Arn"]


def mint(gh, **claims):
    request = urllib.request.Request(
        f"{gh.url}/_gatehouse/oidc/token", data=json.dumps(claims).encode(), method="POST",
        headers={"content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())["token"]


def test_web_identity_token_file_profile(gh, aws_files):
    issuer = f"{gh.url}/_gatehouse/oidc"
    provider = gh.client("iam").create_open_id_connect_provider(
        Url=issuer, ClientIDList=["sts.amazonaws.com"]
    )["OpenIDConnectProviderArn"]
    host_path = issuer.removeprefix("http://")
    role_arn = make_role(
        gh, "ci", {"Federated": provider},
        condition={"StringEquals": {f"{host_path}:sub": "repo:octo/app:ref:refs/heads/main", f"{host_path}:aud": "sts.amazonaws.com"}},
        actions=("sts:AssumeRoleWithWebIdentity",),
    )
    good = aws_files / "token"
    good.write_text(mint(gh, sub="repo:octo/app:ref:refs/heads/main"))
    other_branch = aws_files / "other-token"
    other_branch.write_text(mint(gh, sub="repo:octo/app:ref:refs/heads/feature"))
    wrong_audience = aws_files / "aud-token"
    wrong_audience.write_text(mint(gh, sub="repo:octo/app:ref:refs/heads/main", aud="someone-else"))
    write_profiles(aws_files, gh, {
        "ci": {"role_arn": role_arn, "web_identity_token_file": good, "role_session_name": "build-17"},
        "ci-feature": {"role_arn": role_arn, "web_identity_token_file": other_branch},
        "ci-audience": {"role_arn": role_arn, "web_identity_token_file": wrong_audience},
    }, {})

    expected = f"arn:aws:sts::{ACCOUNT}:assumed-role/ci/build-17"
    # No keys anywhere: the CLI reads the token file and calls AssumeRoleWithWebIdentity.
    assert cli_caller(aws_files, "ci")["Arn"] == expected
    session = boto3.Session(profile_name="ci")
    assert session.client("sts").get_caller_identity()["Arn"] == expected
    assert session.get_credentials().get_frozen_credentials().access_key.startswith("ASIA")

    # The CLI caches the session it got (under ~/.aws/cli/cache) and reuses it while it is
    # valid; without the cache the token file is read again, so a new token in it takes effect.
    cache = aws_files / ".aws" / "cli" / "cache"
    assert list(cache.glob("*.json"))
    good.write_text(mint(gh, sub="repo:octo/app:ref:refs/heads/feature"))
    assert cli_caller(aws_files, "ci")["Arn"] == expected
    shutil.rmtree(cache)
    assert "AccessDenied" in cli_error(aws_files, "ci")
    good.write_text(mint(gh, sub="repo:octo/app:ref:refs/heads/main"))
    assert cli_caller(aws_files, "ci")["Arn"] == expected

    stderr = cli_error(aws_files, "ci-feature")
    assert "AccessDenied" in stderr and "Not authorized to perform sts:AssumeRoleWithWebIdentity" in stderr
    stderr = cli_error(aws_files, "ci-audience")
    assert "InvalidIdentityToken" in stderr and "Incorrect token audience" in stderr


def test_provided_contexts_are_refused_not_ignored(gh):
    keys = make_user(gh, "dev")
    role_arn = make_role(gh, "tip", {"AWS": f"arn:aws:iam::{ACCOUNT}:user/dev"}, actions=("sts:AssumeRole", "sts:SetContext"))
    sts = gh.client("sts", access_key=keys[0], secret_key=keys[1])
    provider = "arn:aws:iam::aws:contextProvider/IdentityCenter"

    def assume(contexts):
        return sts.assume_role(RoleArn=role_arn, RoleSessionName="tip", ProvidedContexts=contexts)

    # An assertion only AWS STS could have sealed cannot be verified here.
    error = error_of(lambda: assume([{"ProviderArn": provider, "ContextAssertion": "AQoDYXdzEJr-opaque"}]))
    assert error["Code"] == "InvalidParameterValue"
    assert error["Message"] == f"The context assertion provided for {provider} is invalid."
    error = error_of(lambda: assume([{"ProviderArn": f"arn:aws:iam::{ACCOUNT}:role/tip", "ContextAssertion": "abcd"}]))
    assert error["Code"] == "InvalidParameterValue"
    assert "is not a valid context provider ARN" in error["Message"]
    # The model's limits, checked by the server's decoder (botocore's validation is off here).
    unvalidated = gh.client("sts", access_key=keys[0], secret_key=keys[1], parameter_validation=False)
    error = error_of(lambda: unvalidated.assume_role(
        RoleArn=role_arn, RoleSessionName="tip",
        ProvidedContexts=[{"ProviderArn": provider, "ContextAssertion": "abcd"}] * 6,
    ))
    assert error["Code"] == "ValidationError"
    error = error_of(lambda: unvalidated.assume_role(
        RoleArn=role_arn, RoleSessionName="tip",
        ProvidedContexts=[{"ProviderArn": provider, "ContextAssertion": "abc"}],
    ))
    assert error["Code"] == "ValidationError"
    assert "contextAssertion" in error["Message"] or "ContextAssertion" in error["Message"]
    # Without them the same call succeeds.
    assert sts.assume_role(RoleArn=role_arn, RoleSessionName="tip")["AssumedRoleUser"]["Arn"].endswith("/tip/tip")

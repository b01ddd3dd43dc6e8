"""AssumeRoleWithSAML end to end through the built-in SAML test identity provider."""
import base64
import json
import time
import urllib.request

import pytest
from botocore.exceptions import ClientError

ACCOUNT = "000000000000"


def metadata(gh):
    with urllib.request.urlopen(f"{gh.url}/_gatehouse/saml/metadata", timeout=30) as response:
        return response.read().decode()


def saml_response(gh, **body):
    request = urllib.request.Request(
        f"{gh.url}/_gatehouse/saml/response",
        data=json.dumps(body).encode(),
        method="POST",
        headers={"content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["SAMLResponse"]


def setup(gh, role_name="Admin", conditions=None, actions=("sts:AssumeRoleWithSAML",)):
    provider = gh.client("iam").create_saml_provider(
        Name="GatehouseTest", SAMLMetadataDocument=metadata(gh)
    )["SAMLProviderArn"]
    statement = {"Effect": "Allow", "Principal": {"Federated": provider}, "Action": list(actions)}
    if conditions:
        statement["Condition"] = conditions
    role = gh.client("iam").create_role(
        RoleName=role_name,
        AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [statement]}),
    )["Role"]["Arn"]
    return provider, role


def assume(gh, role, provider, assertion, **extra):
    return gh.client("sts").assume_role_with_saml(
        RoleArn=role, PrincipalArn=provider, SAMLAssertion=assertion, **extra
    )


def error_of(call):
    with pytest.raises(ClientError) as caught:
        call()
    return caught.value.response["Error"]


def test_metadata_is_an_entity_descriptor(gh):
    document = metadata(gh)
    assert "EntityDescriptor" in document
    assert f'entityID="{gh.url}/_gatehouse/saml"' in document
    assert "X509Certificate" in document


def test_happy_path(gh):
    provider, role = setup(gh, conditions={"StringEquals": {"saml:aud": "https://signin.aws.amazon.com/saml"}})
    assertion = saml_response(
        gh, subject="alice@example.com", roles=[f"{role},{provider}"], session_name="alice",
        session_duration=1800,
    )
    result = assume(gh, role, provider, assertion)
    assert result["Subject"] == "alice@example.com"
    assert result["SubjectType"] == "persistent"
    assert result["Issuer"] == f"{gh.url}/_gatehouse/saml"
    assert result["Audience"] == "https://signin.aws.amazon.com/saml"
    assert base64.b64decode(result["NameQualifier"])
    assert result["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/Admin/alice"
    lifetime = result["Credentials"]["Expiration"].timestamp() - time.time()
    assert 1700 < lifetime <= 1800, "SessionDuration shortens the default hour"

    credentials = result["Credentials"]
    sts = gh.client(
        "sts",
        access_key=credentials["AccessKeyId"],
        secret_key=credentials["SecretAccessKey"],
        session_token=credentials["SessionToken"],
    )
    assert sts.get_caller_identity()["Arn"].endswith(":assumed-role/Admin/alice")


def test_provider_and_role_order_in_the_pair_does_not_matter(gh):
    provider, role = setup(gh)
    assertion = saml_response(gh, subject="bob", roles=[f"{provider},{role}"], session_name="bob")
    assert assume(gh, role, provider, assertion)["Subject"] == "bob"


def test_wrong_role_pair(gh):
    provider, role = setup(gh)
    other = gh.client("iam").create_role(
        RoleName="Other",
        AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"Federated": provider}, "Action": "sts:AssumeRoleWithSAML"}]}),
    )["Role"]["Arn"]
    assertion = saml_response(gh, subject="alice", roles=[f"{other},{provider}"], session_name="alice")
    error = error_of(lambda: assume(gh, role, provider, assertion))
    assert error["Code"] == "AccessDenied"
    assert error["Message"] == "Not authorized to perform sts:AssumeRoleWithSAML"


def test_tampered_response(gh):
    provider, role = setup(gh)
    assertion = saml_response(gh, subject="alice", roles=[f"{role},{provider}"], session_name="alice")
    xml = base64.b64decode(assertion).decode()
    tampered = base64.b64encode(xml.replace(">alice<", ">mallory<").encode()).decode()
    assert tampered != assertion
    error = error_of(lambda: assume(gh, role, provider, tampered))
    assert error["Code"] == "InvalidIdentityToken"


def test_expired_response_via_admin_clock(gh):
    provider, role = setup(gh)
    assertion = saml_response(gh, subject="alice", roles=[f"{role},{provider}"], session_name="alice")
    gh.admin("clock", {"offset_seconds": 3600})
    assert error_of(lambda: assume(gh, role, provider, assertion))["Code"] == "ExpiredTokenException"


def test_unknown_provider(gh):
    provider, role = setup(gh)
    missing = f"arn:aws:iam::{ACCOUNT}:saml-provider/Missing"
    assertion = saml_response(gh, subject="alice", roles=[f"{role},{missing}"], session_name="alice")
    assert error_of(lambda: assume(gh, role, missing, assertion))["Code"] == "InvalidIdentityToken"


def test_tags_and_source_identity_need_trust(gh):
    provider, role = setup(gh)
    body = dict(subject="alice", roles=[f"{role},{provider}"], session_name="alice", tags={"Dept": "eng"})
    assert error_of(lambda: assume(gh, role, provider, saml_response(gh, **body)))["Code"] == "AccessDenied"

    provider2_role = gh.client("iam").create_role(
        RoleName="Tagged",
        AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{
            "Effect": "Allow", "Principal": {"Federated": provider},
            "Action": ["sts:AssumeRoleWithSAML", "sts:TagSession", "sts:SetSourceIdentity"],
            "Condition": {"StringEquals": {"aws:RequestTag/Dept": "eng", "saml:sub": "alice"}},
        }]}),
    )["Role"]["Arn"]
    body["roles"] = [f"{provider2_role},{provider}"]
    body["source_identity"] = "alice-src"
    result = assume(gh, provider2_role, provider, saml_response(gh, **body))
    assert result["SourceIdentity"] == "alice-src"
    assert 0 <= result["PackedPolicySize"] <= 100


def test_cli_round_trip(gh):
    provider, role = setup(gh)
    assertion = saml_response(gh, subject="carol", roles=[f"{role},{provider}"], session_name="carol")
    result = gh.cli(
        "sts", "assume-role-with-saml", "--role-arn", role, "--principal-arn", provider,
        "--saml-assertion", assertion,
    )
    assert result["Subject"] == "carol"

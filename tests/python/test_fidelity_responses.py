"""Response shapes and messages as AWS sends them, table by table, each row with its source.

Most sources are AWS answers recorded by LocalStack's AWS-validated snapshot tests
(github.com/localstack/localstack, tests/aws/services/...): each snapshot holds what boto3
parsed from AWS's own answer on the date given. Only the facts (which members an answer
carries, error codes and messages) are taken from them. A row without such a recording says
where its fact comes from, or that it is unverified and why it is believed.
"""

import json
import shutil
import time
import urllib.request
from pathlib import Path

import boto3
import botocore.config
import botocore.exceptions
import botocore.session
import pytest
from totp import enable_virtual_mfa, totp

ACCOUNT = "000000000000"
TRUST = json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole"}]}
)
TAGGING_TRUST = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": ["sts:AssumeRole", "sts:TagSession"]}],
    }
)
ALLOW_ALL = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})
POLICY_ARN = f"arn:aws:iam::{ACCOUNT}:policy/p"

ROLES = "test_iam_roles.snapshot.json"
USERS = "test_iam_users.snapshot.json"
PROFILES = "test_iam_instance_profiles.snapshot.json"
POLICIES = "test_iam_policies.snapshot.json"
OIDC = "test_iam_oidc.snapshot.json"
SAML = "test_iam_saml_providers.snapshot.json"
MFA = "test_iam_mfa.snapshot.json"
STS = "tests/aws/services/sts/test_sts.snapshot.json"


def recorded(snapshot, test, date):
    """A source: an AWS answer recorded in one of LocalStack's snapshot files."""
    folder = "" if snapshot.startswith("tests/") else "tests/aws/services/iam/"
    return f"AWS answer recorded {date}, localstack {folder}{snapshot} :: {test}"


def error_of(call, **kwargs):
    with pytest.raises(botocore.exceptions.ClientError) as err:
        call(**kwargs)
    response = err.value.response
    return response["Error"]["Code"], response["Error"]["Message"], response["ResponseMetadata"]["HTTPStatusCode"]


# --- Which members each answer carries -------------------------------------------------------

def create_role(iam, **extra):
    return iam.create_role(RoleName="r", AssumeRolePolicyDocument=TRUST, **extra)["Role"]


def create_policy(iam, **extra):
    return iam.create_policy(PolicyName="p", PolicyDocument=ALLOW_ALL, **extra)["Policy"]


def role_with_profile(iam):
    create_role(iam)
    iam.create_instance_profile(InstanceProfileName="ip")
    iam.add_role_to_instance_profile(InstanceProfileName="ip", RoleName="r")
    return iam.get_instance_profile(InstanceProfileName="ip")["InstanceProfile"]["Roles"][0]


def role_in_details(iam):
    role_with_profile(iam)
    details = iam.get_account_authorization_details(Filter=["Role"])
    return details["RoleDetailList"][0]["InstanceProfileList"][0]["Roles"][0]


def user_with(iam, make):
    iam.create_user(UserName="u")
    return make(iam)


ROLE_KEYS = {"Arn", "AssumeRolePolicyDocument", "CreateDate", "Path", "RoleId", "RoleName"}
POLICY_KEYS = {
    "Arn", "AttachmentCount", "CreateDate", "DefaultVersionId", "IsAttachable", "Path",
    "PermissionsBoundaryUsageCount", "PolicyId", "PolicyName", "UpdateDate",
}
PROFILE_KEYS = {"Arn", "CreateDate", "InstanceProfileId", "InstanceProfileName", "Path", "Roles"}
USER_KEYS = {"Arn", "CreateDate", "Path", "UserId", "UserName"}

# (answer, how to get the entity, exactly the members it carries, source)
SHAPES = [
    ("CreateRole", lambda iam: create_role(iam), ROLE_KEYS,
     recorded(ROLES, "test_create_role_defaults", "11-02-2026")),
    ("GetRole", lambda iam: (create_role(iam), iam.get_role(RoleName="r")["Role"])[1],
     ROLE_KEYS | {"MaxSessionDuration", "RoleLastUsed"},
     recorded(ROLES, "test_create_role_defaults", "11-02-2026")),
    ("CreateRole with tags", lambda iam: create_role(iam, Tags=[{"Key": "test", "Value": "value"}]), ROLE_KEYS | {"Tags"},
     recorded(ROLES, "test_role_with_tags", "11-02-2026")),
    ("CreateRole with a boundary",
     lambda iam: (create_policy(iam), create_role(iam, PermissionsBoundary=POLICY_ARN))[1],
     ROLE_KEYS | {"PermissionsBoundary"},
     recorded(ROLES, "test_role_permissions_boundary_lifecycle", "11-02-2026")),
    ("UpdateRoleDescription",
     lambda iam: (create_role(iam), iam.update_role_description(RoleName="r", Description="d")["Role"])[1],
     ROLE_KEYS | {"Description"},
     recorded(ROLES, "test_update_role (update-role-description-response)", "11-02-2026")),
    ("ListRoles item", lambda iam: (create_role(iam), iam.list_roles()["Roles"][0])[1], ROLE_KEYS | {"MaxSessionDuration"},
     recorded(ROLES, "test_list_roles_pagination", "11-02-2026")),
    ("a role in GetInstanceProfile", role_with_profile, ROLE_KEYS,
     recorded(PROFILES, "test_add_remove_role_from_instance_profile (get-with-role)", "12-02-2026")),
    ("a role in GetAccountAuthorizationDetails' InstanceProfileList", role_in_details, ROLE_KEYS,
     recorded("test_iam_account_authorization_details.snapshot.json", "test_get_account_authorization_details_filter_role", "17-02-2026")),
    ("CreateUser", lambda iam: iam.create_user(UserName="u")["User"], USER_KEYS,
     recorded(USERS, "test_user_lifecycle", "19-02-2026")),
    ("GetUser of a user who never signed in", lambda iam: (iam.create_user(UserName="u"), iam.get_user(UserName="u")["User"])[1],
     USER_KEYS, recorded(USERS, "test_user_lifecycle", "19-02-2026")),
    ("CreateUser with tags", lambda iam: iam.create_user(UserName="u", Tags=[{"Key": "Team", "Value": "Platform"}])["User"],
     USER_KEYS | {"Tags"}, recorded(USERS, "test_user_tag_lifecycle", "11-02-2026")),
    ("CreateGroup", lambda iam: iam.create_group(GroupName="g")["Group"], {"Arn", "CreateDate", "GroupId", "GroupName", "Path"},
     recorded(USERS, "test_user_group_membership", "11-02-2026")),
    ("CreateAccessKey", lambda iam: user_with(iam, lambda c: c.create_access_key(UserName="u")["AccessKey"]),
     {"AccessKeyId", "CreateDate", "SecretAccessKey", "Status", "UserName"},
     recorded(USERS, "test_access_key_lifecycle", "11-02-2026")),
    ("CreateLoginProfile",
     lambda iam: user_with(iam, lambda c: c.create_login_profile(UserName="u", Password="Aa1!aaaaaaaaaaaa")["LoginProfile"]),
     {"CreateDate", "PasswordResetRequired", "UserName"},
     recorded(USERS, "test_login_profile_lifecycle", "11-02-2026")),
    ("CreateVirtualMFADevice", lambda iam: iam.create_virtual_mfa_device(VirtualMFADeviceName="dev")["VirtualMFADevice"],
     {"Base32StringSeed", "QRCodePNG", "SerialNumber"}, recorded(MFA, "test_virtual_mfa_device_lifecycle[None]", "17-02-2026")),
    ("ListVirtualMFADevices item, unassigned",
     lambda iam: (iam.create_virtual_mfa_device(VirtualMFADeviceName="dev"), iam.list_virtual_mfa_devices()["VirtualMFADevices"][0])[1],
     {"SerialNumber"}, recorded(MFA, "test_list_virtual_mfa_devices (list-unassigned)", "17-02-2026")),
    ("CreateInstanceProfile", lambda iam: iam.create_instance_profile(InstanceProfileName="ip")["InstanceProfile"], PROFILE_KEYS,
     recorded(PROFILES, "test_instance_profile_lifecycle", "12-02-2026")),
    ("GetInstanceProfile",
     lambda iam: (iam.create_instance_profile(InstanceProfileName="ip"), iam.get_instance_profile(InstanceProfileName="ip")["InstanceProfile"])[1],
     PROFILE_KEYS | {"Tags"}, recorded(PROFILES, "test_instance_profile_lifecycle", "12-02-2026")),
    ("CreatePolicy", create_policy, POLICY_KEYS, recorded(POLICIES, "test_policy_lifecycle", "10-02-2026")),
    ("GetPolicy", lambda iam: (create_policy(iam), iam.get_policy(PolicyArn=POLICY_ARN)["Policy"])[1], POLICY_KEYS | {"Tags"},
     recorded(POLICIES, "test_policy_lifecycle", "10-02-2026")),
    ("CreatePolicy with tags and a description",
     lambda iam: create_policy(iam, Tags=[{"Key": "a", "Value": "b"}], Description="testing"), POLICY_KEYS | {"Tags"},
     recorded(POLICIES, "TestPolicyTags::test_policy_tag_lifecycle (create-with-tags)", "10-02-2026")),
    ("GetPolicy of a policy with a description",
     lambda iam: (create_policy(iam, Description="testing"), iam.get_policy(PolicyArn=POLICY_ARN)["Policy"])[1],
     POLICY_KEYS | {"Tags", "Description"},
     recorded(POLICIES, "TestPolicyTags::test_policy_tag_lifecycle (get-with-tags)", "10-02-2026")),
    ("CreateRole with a description and a boundary",
     lambda iam: (create_policy(iam), create_role(iam, Description="d", PermissionsBoundary=POLICY_ARN))[1],
     ROLE_KEYS | {"PermissionsBoundary"},
     recorded(ROLES, "test_role_permissions_boundary_lifecycle (create-role-with-boundary)", "11-02-2026")),
]


@pytest.mark.parametrize("answer,get,members,source", SHAPES, ids=[row[0] for row in SHAPES])
def test_answers_carry_the_members_aws_sends(gh, answer, get, members, source):
    entity = get(gh.client("iam"))
    assert set(entity) == members, source


def saml_metadata(gh):
    with urllib.request.urlopen(f"{gh.url}/_gatehouse/saml/metadata", timeout=30) as response:
        return response.read().decode()


def get_oidc_provider(iam):
    arn = iam.create_open_id_connect_provider(Url="https://idp.example.com", ThumbprintList=["b" * 40])["OpenIDConnectProviderArn"]
    return iam.get_open_id_connect_provider(OpenIDConnectProviderArn=arn)


# (answer, how to get it, member, the empty value AWS sends, source)
EMPTY_MEMBERS = [
    ("GetRole RoleLastUsed", lambda gh, iam: (create_role(iam), iam.get_role(RoleName="r")["Role"])[1], "RoleLastUsed", {},
     recorded(ROLES, "test_create_role_defaults", "11-02-2026")),
    ("GetInstanceProfile Tags",
     lambda gh, iam: (iam.create_instance_profile(InstanceProfileName="ip"), iam.get_instance_profile(InstanceProfileName="ip")["InstanceProfile"])[1],
     "Tags", [], recorded(PROFILES, "test_instance_profile_lifecycle", "12-02-2026")),
    ("GetPolicy Tags", lambda gh, iam: (create_policy(iam), iam.get_policy(PolicyArn=POLICY_ARN)["Policy"])[1], "Tags", [],
     recorded(POLICIES, "test_policy_lifecycle", "10-02-2026")),
    ("GetOpenIDConnectProvider Tags", lambda gh, iam: get_oidc_provider(iam), "Tags", [],
     recorded(OIDC, "test_get_open_id_connect_provider", "17-02-2026")),
    ("GetOpenIDConnectProvider ClientIDList", lambda gh, iam: get_oidc_provider(iam), "ClientIDList", [],
     recorded(OIDC, "test_update_open_id_connect_provider_thumbprint (after-update)", "17-02-2026")),
    ("GetSAMLProvider Tags",
     lambda gh, iam: iam.get_saml_provider(
         SAMLProviderArn=iam.create_saml_provider(Name="idp", SAMLMetadataDocument=saml_metadata(gh))["SAMLProviderArn"]
     ),
     "Tags", [], recorded(SAML, "test_get_saml_provider", "13-02-2026")),
]


@pytest.mark.parametrize("answer,get,member,empty,source", EMPTY_MEMBERS, ids=[row[0] for row in EMPTY_MEMBERS])
def test_members_aws_sends_empty(gh, answer, get, member, empty, source):
    assert get(gh, gh.client("iam"))[member] == empty, source


def test_what_create_role_leaves_out_is_kept(gh):
    # CreateRole's answer leaves out the Description and MaxSessionDuration it was given;
    # GetRole shows both.
    iam = gh.client("iam")
    role = create_role(iam, Description="d", MaxSessionDuration=7200)
    assert "Description" not in role and "MaxSessionDuration" not in role
    got = iam.get_role(RoleName="r")["Role"]
    assert (got["Description"], got["MaxSessionDuration"]) == ("d", 7200), recorded(
        ROLES, "test_role_permissions_boundary_lifecycle (get-role-with-boundary)", "11-02-2026"
    )


# (operation, extra request members, members the answer must not carry, source)
TOKEN_SIZE = [
    ("AssumeRole", {}, recorded(STS, "TestSTSIntegrations::test_assume_role", "05-06-2024")),
    ("GetFederationToken", {}, recorded(STS, "TestSTSIntegrations::test_get_federation_token", "05-06-2024")),
    ("GetSessionToken", {}, "unverified: the same two members and the same request member as AssumeRole's (botocore model)"),
]


@pytest.fixture(scope="module")
def pinned_sts_model(tmp_path_factory):
    """A botocore data folder with the STS model gatehouse is built from (the installed
    botocore may predate `MinimumSessionTokenSize`)."""
    root = tmp_path_factory.mktemp("botocore-data")
    folder = root / "sts" / "2011-06-15"
    folder.mkdir(parents=True)
    shutil.copy(Path(__file__).resolve().parents[2] / "models" / "sts-2011-06-15.json", folder / "service-2.json")
    return root


def pinned_sts(gh, data, key=None):
    core = botocore.session.get_session()
    core.set_config_variable("data_path", str(data))
    return boto3.session.Session(botocore_session=core).client(
        "sts",
        endpoint_url=gh.url,
        region_name="us-east-1",
        aws_access_key_id=key["AccessKeyId"] if key else gh.access_key,
        aws_secret_access_key=key["SecretAccessKey"] if key else gh.secret_key,
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )


def sts_call(gh, data, operation, **extra):
    sts = pinned_sts(gh, data)
    if operation == "AssumeRole":
        gh.client("iam").create_role(RoleName="r", AssumeRolePolicyDocument=TRUST)
        return sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/r", RoleSessionName="s0", **extra)
    if operation == "GetFederationToken":
        gh.client("iam").create_user(UserName="fed")
        key = gh.client("iam").create_access_key(UserName="fed")["AccessKey"]
        gh.client("iam").put_user_policy(UserName="fed", PolicyName="all", PolicyDocument=ALLOW_ALL)
        return pinned_sts(gh, data, key).get_federation_token(Name="bob", **extra)
    return sts.get_session_token(**extra)


@pytest.mark.parametrize("operation,extra,source", TOKEN_SIZE, ids=[row[0] for row in TOKEN_SIZE])
def test_token_size_only_when_a_minimum_is_asked(gh, pinned_sts_model, operation, extra, source):
    plain = sts_call(gh, pinned_sts_model, operation, **extra)
    assert "SessionTokenSize" not in plain and "SessionTokenUtilization" not in plain, source
    gh.reset()
    asked = sts_call(gh, pinned_sts_model, operation, MinimumSessionTokenSize=2000, **extra)
    assert asked["SessionTokenSize"] == len(asked["Credentials"]["SessionToken"]) >= 2000
    assert 0 < asked["SessionTokenUtilization"] <= 100


# (operation, extra request members, exactly the members of the answer, source)
STS_SHAPES = [
    ("AssumeRole", {}, {"AssumedRoleUser", "Credentials"}, recorded(STS, "TestSTSIntegrations::test_assume_role", "05-06-2024")),
    ("AssumeRole with a policy", {"Policy": ALLOW_ALL}, {"AssumedRoleUser", "Credentials", "PackedPolicySize"},
     recorded(STS, "TestSTSIntegrations::test_assume_role_with_policy", "09-02-2026")),
    ("GetFederationToken", {}, {"Credentials", "FederatedUser", "PackedPolicySize"},
     recorded(STS, "TestSTSIntegrations::test_get_federation_token (no policy given; PackedPolicySize 0)", "05-06-2024")),
]


@pytest.mark.parametrize("operation,extra,members,source", STS_SHAPES, ids=[row[0] for row in STS_SHAPES])
def test_sts_answers_carry_the_members_aws_sends(gh, pinned_sts_model, operation, extra, members, source):
    answer = sts_call(gh, pinned_sts_model, operation.split(" ")[0], **extra)
    assert set(answer) - {"ResponseMetadata"} == members, source
    if operation == "GetFederationToken":
        assert answer["PackedPolicySize"] == 0, source


# --- Messages --------------------------------------------------------------------------------

TRANSITIVE_CONFLICT = (
    "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session."
)
TRANSITIVE_MISSING = "The specified transitive tag key must be included in the requested tags."
DUPLICATE_TAGS = "Duplicate tag keys found. Please note that Tag keys are case insensitive."

# (case, request of the chained AssumeRole (None: first hop), code, message, source)
SESSION_TAGS = [
    ("transitive key not among the tags", None, {"Tags": [{"Key": "a", "Value": "1"}], "TransitiveTagKeys": ["b"]},
     "InvalidParameterValue", TRANSITIVE_MISSING,
     recorded(STS, "TestSTSAssumeRoleTagging::test_assume_role_tag_validation (invalid-transitive-tag-keys)", "10-04-2025")),
    ("keys differing only in case", None, {"Tags": [{"Key": "a", "Value": "1"}, {"Key": "A", "Value": "2"}]},
     "InvalidParameterValue", DUPLICATE_TAGS,
     recorded(STS, "TestSTSAssumeRoleTagging::test_assume_role_tag_validation (duplicate-tag-keys-different-casing)", "10-04-2025")),
    ("overriding an inherited transitive tag", "chained", {"Tags": [{"Key": "team", "Value": "blue"}]},
     "InvalidParameterValue", TRANSITIVE_CONFLICT,
     recorded(STS, "TestSTSAssumeRoleTagging::test_iam_role_chaining_override_transitive_tags (override-transitive-tag-error)", "10-04-2025")),
    ("overriding it in another case", "chained", {"Tags": [{"Key": "TEAM", "Value": "blue"}]},
     "InvalidParameterValue", TRANSITIVE_CONFLICT,
     recorded(STS, "TestSTSAssumeRoleTagging::test_iam_role_chaining_override_transitive_tags (override-transitive-tag-case-ignore-error)", "10-04-2025")),
]


@pytest.mark.parametrize("case,hop,params,code,message,source", SESSION_TAGS, ids=[row[0] for row in SESSION_TAGS])
def test_session_tag_messages(gh, case, hop, params, code, message, source):
    iam = gh.client("iam")
    for name in ("first", "second"):
        iam.create_role(RoleName=name, AssumeRolePolicyDocument=TAGGING_TRUST)
        iam.put_role_policy(RoleName=name, PolicyName="all", PolicyDocument=ALLOW_ALL)
    sts = gh.client("sts")
    first = f"arn:aws:iam::{ACCOUNT}:role/first"
    if hop == "chained":
        session = sts.assume_role(
            RoleArn=first, RoleSessionName="s0", Tags=[{"Key": "team", "Value": "red"}], TransitiveTagKeys=["team"]
        )["Credentials"]
        sts = gh.client("sts", access_key=session["AccessKeyId"], secret_key=session["SecretAccessKey"], session_token=session["SessionToken"])
        target = f"arn:aws:iam::{ACCOUNT}:role/second"
    else:
        target = first
    assert error_of(sts.assume_role, RoleArn=target, RoleSessionName="t0", **params) == (code, message, 400), source


def post_json(url, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST", headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def federated_role(gh, provider):
    statement = {"Effect": "Allow", "Principal": {"Federated": provider}, "Action": ["sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML", "sts:TagSession"]}
    document = json.dumps({"Version": "2012-10-17", "Statement": [statement]})
    return gh.client("iam").create_role(RoleName="fed", AssumeRolePolicyDocument=document)["Role"]["Arn"]


def web_identity_with(gh, tags, transitive):
    issuer = f"{gh.url}/_gatehouse/oidc"
    provider = gh.client("iam").create_open_id_connect_provider(Url=issuer, ClientIDList=["sts.amazonaws.com"])["OpenIDConnectProviderArn"]
    role = federated_role(gh, provider)
    claims = {"sub": "alice", "https://aws.amazon.com/tags": {"principal_tags": {k: [v] for k, v in tags.items()}, "transitive_tag_keys": transitive}}
    token = post_json(f"{gh.url}/_gatehouse/oidc/token", claims)["token"]
    return lambda: gh.client("sts").assume_role_with_web_identity(RoleArn=role, RoleSessionName="ci-run", WebIdentityToken=token)


def saml_with(gh, tags, transitive):
    provider = gh.client("iam").create_saml_provider(Name="idp", SAMLMetadataDocument=saml_metadata(gh))["SAMLProviderArn"]
    role = federated_role(gh, provider)
    body = {"subject": "alice", "roles": [f"{role},{provider}"], "tags": tags, "transitive_tag_keys": transitive}
    assertion = post_json(f"{gh.url}/_gatehouse/saml/response", body)["SAMLResponse"]
    return lambda: gh.client("sts").assume_role_with_saml(RoleArn=role, PrincipalArn=provider, SAMLAssertion=assertion)


# (operation, how to call it with tags and transitive keys, source)
FEDERATED_TRANSITIVE = [
    ("AssumeRoleWithWebIdentity", web_identity_with,
     "AWS's AssumeRoleWithWebIdentity error as quoted (code and message) in a public Go client's test of its "
     "error classification (transitiveTagError, 'the low-level error AWS STS returns'), repository not identified"),
    ("AssumeRoleWithSAML", saml_with, "unverified: AssumeRole's and AssumeRoleWithWebIdentity's rule and words, for the same attributes"),
]


@pytest.mark.parametrize("operation,call_with,source", FEDERATED_TRANSITIVE, ids=[row[0] for row in FEDERATED_TRANSITIVE])
def test_federated_transitive_keys_must_be_among_the_tags(gh, operation, call_with, source):
    call = call_with(gh, {"uuid": "abc"}, ["uuid", "roles"])
    assert error_of(call) == ("InvalidParameterValue", TRANSITIVE_MISSING, 400), source
    gh.reset()
    assert call_with(gh, {"uuid": "abc"}, ["uuid"])()["AssumedRoleUser"]


# (case, operation, request, code, message, source)
# A tag key list with a key that breaks a rule: reported at the list, with all of a key's rules.
UNTAG_KEY_RULES = (
    "1 validation error detected: Value at 'tagKeys' failed to satisfy constraint: Member must satisfy constraint: "
    "[Member must have length less than or equal to 128, Member must have length greater than or equal to 1, "
    "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+, Member must not be null]"
)

IAM_TAGS = [
    ("CreateRole, same key twice", "create_role", {"RoleName": "r2", "AssumeRolePolicyDocument": TRUST, "Tags": [{"Key": "k", "Value": "1"}, {"Key": "k", "Value": "2"}]},
     "InvalidInput", DUPLICATE_TAGS, recorded(ROLES, "test_role_tag_errors (create-role-duplicate-tags)", "11-02-2026")),
    ("CreateRole, keys differing in case", "create_role", {"RoleName": "r2", "AssumeRolePolicyDocument": TRUST, "Tags": [{"Key": "k", "Value": "1"}, {"Key": "K", "Value": "2"}]},
     "InvalidInput", DUPLICATE_TAGS, recorded(ROLES, "test_role_tag_errors (create-role-duplicate-tags-different-case)", "11-02-2026")),
    ("TagRole, keys differing in case", "tag_role", {"RoleName": "r", "Tags": [{"Key": "k", "Value": "1"}, {"Key": "K", "Value": "2"}]},
     "InvalidInput", DUPLICATE_TAGS, recorded(ROLES, "test_role_tag_errors (tag-role-duplicate-tags-different-case)", "11-02-2026")),
    ("CreateUser, keys differing in case", "create_user", {"UserName": "u2", "Tags": [{"Key": "Team", "Value": "a"}, {"Key": "team", "Value": "b"}]},
     "InvalidInput", DUPLICATE_TAGS, "recorded by users of AWS: github.com/kubernetes/kops/issues/11727, "
     "github.com/github-aws-runners/terraform-aws-github-runner/pull/1346 (CreateRole), serverless/serverless#7885"),
    ("TagUser, same key twice", "tag_user", {"UserName": "u", "Tags": [{"Key": "k", "Value": "1"}, {"Key": "k", "Value": "2"}]},
     "InvalidInput", DUPLICATE_TAGS, "unverified: the rule recorded for roles, on the same Tag shape"),
    ("CreatePolicy, same key twice", "create_policy",
     {"PolicyName": "p2", "PolicyDocument": ALLOW_ALL, "Tags": [{"Key": "k", "Value": "1"}, {"Key": "k", "Value": "2"}]},
     "InvalidInput", "Duplicate tag keys found.", recorded(POLICIES, "TestPolicyTags::test_policy_tag_create_errors (err-duplicate-keys)", "10-02-2026")),
    ("TagPolicy, same key twice", "tag_policy", {"PolicyArn": POLICY_ARN, "Tags": [{"Key": "k", "Value": "1"}, {"Key": "k", "Value": "2"}]},
     "InvalidInput", "Duplicate tag keys found.", recorded(POLICIES, "TestPolicyTags::test_policy_tag_update_errors (err-tag-duplicate-keys)", "10-02-2026")),
    ("CreateInstanceProfile, keys differing in case", "create_instance_profile",
     {"InstanceProfileName": "ip2", "Tags": [{"Key": "k", "Value": "1"}, {"Key": "K", "Value": "2"}]},
     "InvalidInput", DUPLICATE_TAGS, "unverified: the rule recorded for roles, on the same Tag shape"),
    ("CreateRole, 51 tags", "create_role", {"RoleName": "r2", "AssumeRolePolicyDocument": TRUST, "Tags": [{"Key": f"k{i}", "Value": ""} for i in range(51)]},
     "ValidationError", "1 validation error detected: Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50",
     recorded(ROLES, "test_role_tag_errors (create-role-too-many-tags)", "11-02-2026")),
    ("TagRole, 51 tags", "tag_role", {"RoleName": "r", "Tags": [{"Key": f"k{i}", "Value": ""} for i in range(51)]},
     "ValidationError", "1 validation error detected: Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50",
     recorded(ROLES, "test_role_tag_errors (tag-role-too-many-tags)", "11-02-2026")),
    ("CreateRole, key of 129", "create_role", {"RoleName": "r2", "AssumeRolePolicyDocument": TRUST, "Tags": [{"Key": "k" * 129, "Value": "v"}]},
     "ValidationError", "1 validation error detected: Value at 'tags.1.member.key' failed to satisfy constraint: Member must have length less than or equal to 128",
     recorded(ROLES, "test_role_tag_errors (create-role-tag-key-too-long)", "11-02-2026")),
    ("CreateRole, value of 257", "create_role", {"RoleName": "r2", "AssumeRolePolicyDocument": TRUST, "Tags": [{"Key": "k", "Value": "v" * 257}]},
     "ValidationError", "1 validation error detected: Value at 'tags.1.member.value' failed to satisfy constraint: Member must have length less than or equal to 256",
     recorded(ROLES, "test_role_tag_errors (create-role-tag-value-too-long)", "11-02-2026")),
    ("TagRole, key outside the pattern", "tag_role", {"RoleName": "r", "Tags": [{"Key": "bad#key", "Value": "v"}]},
     "ValidationError", "1 validation error detected: Value at 'tags.1.member.key' failed to satisfy constraint: "
     "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+",
     recorded(ROLES, "test_role_tag_errors (tag-role-tag-invalid-char)", "11-02-2026")),
    ("UntagRole, 51 keys", "untag_role", {"RoleName": "r", "TagKeys": [f"k{i}" for i in range(51)]},
     "ValidationError", "1 validation error detected: Value at 'tagKeys' failed to satisfy constraint: Member must have length less than or equal to 50",
     recorded(ROLES, "test_role_tag_errors (untag-role-too-many-keys)", "11-02-2026")),
    ("UntagPolicy, key of 129", "untag_policy", {"PolicyArn": POLICY_ARN, "TagKeys": ["k" * 129]},
     "ValidationError", UNTAG_KEY_RULES, recorded(POLICIES, "TestPolicyTags::test_policy_tag_update_errors", "10-02-2026")),
    ("UntagPolicy, key outside the pattern", "untag_policy", {"PolicyArn": POLICY_ARN, "TagKeys": ["NOWAY!"]},
     "ValidationError", UNTAG_KEY_RULES, recorded(POLICIES, "TestPolicyTags::test_policy_tag_update_errors", "10-02-2026")),
    ("UntagUser, key of 129", "untag_user", {"UserName": "u", "TagKeys": ["k" * 129]},
     "ValidationError", UNTAG_KEY_RULES, "unverified: as recorded for UntagPolicy, on the same tagKeyListType"),
    ("UntagRole, key outside the pattern", "untag_role", {"RoleName": "r", "TagKeys": ["NOWAY!"]},
     "ValidationError", UNTAG_KEY_RULES, "unverified: as recorded for UntagPolicy, on the same tagKeyListType"),
]


@pytest.mark.parametrize("case,operation,params,code,message,source", IAM_TAGS, ids=[row[0] for row in IAM_TAGS])
def test_iam_tag_messages(gh, case, operation, params, code, message, source):
    iam = gh.client("iam")
    create_role(iam)
    iam.create_user(UserName="u")
    create_policy(iam)
    assert error_of(getattr(iam, operation), **params) == (code, message, 400), source
    # Nothing of a refused create is left behind.
    if operation == "create_role":
        assert [r["RoleName"] for r in iam.list_roles()["Roles"]] == ["r"]


def test_policy_tag_keys_keep_their_case(gh):
    iam = gh.client("iam")
    policy = create_policy(iam, Tags=[{"Key": "a", "Value": "lowercase"}, {"Key": "A", "Value": "uppercase"}])
    # (AWS's create answer lists them as given; gatehouse's by key, an order left unchanged.)
    assert sorted(policy["Tags"], key=lambda tag: tag["Key"]) == [
        {"Key": "A", "Value": "uppercase"}, {"Key": "a", "Value": "lowercase"}
    ], recorded(POLICIES, "TestPolicyTags::test_policy_tag_lifecycle (create-with-case-sensitive-tags)", "10-02-2026")
    assert iam.list_policy_tags(PolicyArn=POLICY_ARN)["Tags"] == [
        {"Key": "A", "Value": "uppercase"}, {"Key": "a", "Value": "lowercase"}
    ], recorded(POLICIES, "TestPolicyTags::test_policy_tag_lifecycle (list-case-sensitive-tags)", "10-02-2026")
    iam.untag_policy(PolicyArn=POLICY_ARN, TagKeys=["a"])
    assert iam.list_policy_tags(PolicyArn=POLICY_ARN)["Tags"] == [{"Key": "A", "Value": "uppercase"}], recorded(
        POLICIES, "TestPolicyTags::test_policy_tag_operations (list-after-untag-lowercase)", "10-02-2026"
    )
    # A role's keys are the same key in any case: tagging again in another case replaces it.
    create_role(iam, Tags=[{"Key": "Team", "Value": "a"}])
    iam.tag_role(RoleName="r", Tags=[{"Key": "team", "Value": "b"}])
    assert iam.list_role_tags(RoleName="r")["Tags"] == [{"Key": "team", "Value": "b"}], (
        "recorded by a user of AWS: github.com/aws/aws-cdk/issues/26253 (tag-role Test, then test: one tag, 'test')"
    )


TAGS_FULL = "The number of tags has reached the maximum limit."
FIFTY = [{"Key": f"k{i:02d}", "Value": f"v{i}"} for i in range(50)]

# (resource, how to make it with 50 tags, how to tag it once more, source)
TAG_LIMITS = [
    ("OpenIDConnectProvider",
     lambda iam: iam.create_open_id_connect_provider(Url="https://idp.example.com", ThumbprintList=["a" * 40], Tags=FIFTY),
     lambda iam, made: iam.tag_open_id_connect_provider(OpenIDConnectProviderArn=made["OpenIDConnectProviderArn"], Tags=[{"Key": "string", "Value": "string"}]),
     recorded(OIDC, "test_open_id_connect_provider_tags_limit (tags-limit-error)", "18-02-2026")),
    ("Role", lambda iam: create_role(iam, Tags=FIFTY),
     lambda iam, made: iam.tag_role(RoleName="r", Tags=[{"Key": "string", "Value": "string"}]),
     "unverified: the OpenIDConnectProvider answer, assumed for every taggable resource"),
    ("User", lambda iam: iam.create_user(UserName="u", Tags=FIFTY),
     lambda iam, made: iam.tag_user(UserName="u", Tags=[{"Key": "string", "Value": "string"}]),
     "unverified: the OpenIDConnectProvider answer, assumed for every taggable resource"),
]


@pytest.mark.parametrize("resource,make,tag,source", TAG_LIMITS, ids=[row[0] for row in TAG_LIMITS])
def test_fifty_tags_at_most(gh, resource, make, tag, source):
    iam = gh.client("iam")
    made = make(iam)
    assert error_of(lambda: tag(iam, made)) == ("LimitExceeded", TAGS_FULL, 409), source


def test_mfa_device_conflicts(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="u")
    serial, seed = enable_virtual_mfa(iam, "u", "dev")
    assert error_of(iam.create_virtual_mfa_device, VirtualMFADeviceName="dev") == (
        "EntityAlreadyExists", "MFA device already exists.", 409
    ), recorded(MFA, "test_virtual_mfa_device_errors (create-duplicate-error)", "17-02-2026")
    # Two fresh consecutive codes, so that only the device's assignment is wrong.
    gh.admin("clock", {"offset_seconds": 120})
    later = time.time() + 120
    codes = {"AuthenticationCode1": totp(seed, later - 30), "AuthenticationCode2": totp(seed, later)}
    assert error_of(iam.enable_mfa_device, UserName="u", SerialNumber=serial, **codes) == (
        "EntityAlreadyExists", "MFA Device is already in use.", 409
    ), recorded(MFA, "test_enable_mfa_device_already_attached", "24-02-2026")


NOT_AN_ARN = "longpolicynamebutnoarn"
PARSE_FAILURE = "Invalid ARN:  Could not be parsed!"
CFN_GET_POLICY = (
    "AWS answer recorded 2025-08-06 through CloudFormation's AWS::IAM::ManagedPolicy handler (GetPolicy) for the "
    "identifier 'service-role/AWSLambdaBasicExecutionRole-…': 'Invalid ARN:  Could not be parsed! (Service: Iam, "
    "Status Code: 400 …)', in a public cfn-mcp-server session transcript; the error code is not shown there"
)
UNVERIFIED_OTHER = "unverified: no recording found; the GetPolicy wording is assumed for the other operations given a policy ARN"

# (operation, request, code, message, source)
POLICY_ARNS = [
    ("AttachRolePolicy", {"RoleName": "r"}, "ValidationError", f"ARN {NOT_AN_ARN} is not valid.",
     recorded(ROLES, "test_role_managed_policy_errors (non-existent-malformed-policy-arn)", "11-02-2026")
     + "; recorded 14-09-2023 with the code InvalidInput (localstack test_iam.snapshot.json :: test_role_attach_policy)"),
    ("AttachUserPolicy", {"UserName": "u"}, "ValidationError", f"ARN {NOT_AN_ARN} is not valid.",
     "AWS answer recorded 14-09-2023 (code InvalidInput then), localstack tests/aws/services/iam/test_iam.snapshot.json :: "
     "test_user_attach_policy; the code as the newer AttachRolePolicy recording"),
    ("AttachGroupPolicy", {"GroupName": "g"}, "ValidationError", f"ARN {NOT_AN_ARN} is not valid.",
     "unverified: as the recorded AttachRolePolicy and AttachUserPolicy"),
    ("GetPolicy", {}, "ValidationError", PARSE_FAILURE, CFN_GET_POLICY),
    ("DetachRolePolicy", {"RoleName": "r"}, "ValidationError", PARSE_FAILURE, UNVERIFIED_OTHER),
    ("DetachUserPolicy", {"UserName": "u"}, "ValidationError", PARSE_FAILURE, UNVERIFIED_OTHER),
    ("DetachGroupPolicy", {"GroupName": "g"}, "ValidationError", PARSE_FAILURE, UNVERIFIED_OTHER),
    ("PutRolePermissionsBoundary", {"RoleName": "r"}, "ValidationError", PARSE_FAILURE, UNVERIFIED_OTHER),
    ("PutUserPermissionsBoundary", {"UserName": "u"}, "ValidationError", PARSE_FAILURE, UNVERIFIED_OTHER),
    ("DeletePolicy", {}, "ValidationError", PARSE_FAILURE, UNVERIFIED_OTHER),
    ("ListPolicyVersions", {}, "ValidationError", PARSE_FAILURE, UNVERIFIED_OTHER),
    ("GetPolicyVersion", {"VersionId": "v1"}, "ValidationError", PARSE_FAILURE, UNVERIFIED_OTHER),
    ("ListEntitiesForPolicy", {}, "ValidationError", PARSE_FAILURE, UNVERIFIED_OTHER),
    ("ListPolicyTags", {}, "ValidationError", PARSE_FAILURE, UNVERIFIED_OTHER),
]


def snake(operation):
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in operation).lstrip("_")


@pytest.mark.parametrize("operation,params,code,message,source", POLICY_ARNS, ids=[row[0] for row in POLICY_ARNS])
def test_policy_arns_that_are_not_arns(gh, operation, params, code, message, source):
    iam = gh.client("iam")
    create_role(iam)
    iam.create_user(UserName="u")
    iam.create_group(GroupName="g")
    field = "PermissionsBoundary" if "Boundary" in operation else "PolicyArn"
    call = getattr(iam, snake(operation))
    assert error_of(call, **params, **{field: NOT_AN_ARN}) == (code, message, 400), source


NOT_A_POLICY = f"arn:aws:iam::{ACCOUNT}:not_a_policy/invalid"

# (operation, request, source): a boundary ARN that names no policy
NOT_POLICY_BOUNDARIES = [
    ("PutRolePermissionsBoundary", {"RoleName": "r"}, recorded(ROLES, "test_role_permissions_boundary_errors (put-invalid-boundary-error)", "11-02-2026")),
    ("CreateRole", {"RoleName": "r2", "AssumeRolePolicyDocument": TRUST},
     recorded(ROLES, "test_role_permissions_boundary_errors (create-role-invalid-boundary-error)", "11-02-2026")),
    ("PutUserPermissionsBoundary", {"UserName": "u"}, "unverified: as the recorded PutRolePermissionsBoundary"),
]


@pytest.mark.parametrize("operation,params,source", NOT_POLICY_BOUNDARIES, ids=[row[0] for row in NOT_POLICY_BOUNDARIES])
def test_boundaries_that_name_no_policy(gh, operation, params, source):
    iam = gh.client("iam")
    create_role(iam)
    iam.create_user(UserName="u")
    call = getattr(iam, snake(operation))
    assert error_of(call, **params, PermissionsBoundary=NOT_A_POLICY) == (
        "InvalidInput", f"ARN {NOT_A_POLICY} is not valid.", 400
    ), source


def test_boundary_given_at_creation_is_checked_alike(gh):
    iam = gh.client("iam")
    code, message, status = error_of(iam.create_user, UserName="u", PermissionsBoundary=NOT_AN_ARN)
    assert (code, message, status) == ("ValidationError", PARSE_FAILURE, 400), UNVERIFIED_OTHER
    assert iam.list_users()["Users"] == []


def test_policy_update_date_follows_the_most_recent_version(gh):
    # The API reference's Policy data type: "When a policy has only one version, this field
    # contains the date and time when the policy was created. When a policy has more than one
    # version, this field contains the date and time when the most recent policy version was
    # created." (docs.aws.amazon.com/IAM/latest/APIReference/API_Policy.html)
    iam = gh.client("iam")
    created = iam.create_policy(PolicyName="p", PolicyDocument=ALLOW_ALL)["Policy"]
    assert created["UpdateDate"] == created["CreateDate"]
    gh.admin("clock", {"advance_seconds": 60})
    v2 = iam.create_policy_version(PolicyArn=POLICY_ARN, PolicyDocument=ALLOW_ALL)["PolicyVersion"]
    assert iam.get_policy(PolicyArn=POLICY_ARN)["Policy"]["UpdateDate"] == v2["CreateDate"]
    gh.admin("clock", {"advance_seconds": 60})
    iam.set_default_policy_version(PolicyArn=POLICY_ARN, VersionId="v2")
    assert iam.get_policy(PolicyArn=POLICY_ARN)["Policy"]["UpdateDate"] == v2["CreateDate"]
    iam.delete_policy_version(PolicyArn=POLICY_ARN, VersionId="v1")
    assert iam.get_policy(PolicyArn=POLICY_ARN)["Policy"]["UpdateDate"] == created["CreateDate"]

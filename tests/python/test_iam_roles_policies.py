"""Roles, managed policies and versions, attachments, boundaries and inline policies (boto3)."""

import json

import botocore.exceptions
import pytest

ALLOW_S3 = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]})
TRUST_ROOT = json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::000000000000:root"}, "Action": "sts:AssumeRole"}]}
)


def error_of(call, *args, **kwargs):
    with pytest.raises(botocore.exceptions.ClientError) as err:
        call(*args, **kwargs)
    e = err.value.response
    return e["Error"]["Code"], e["Error"]["Message"], e["ResponseMetadata"]["HTTPStatusCode"]


def trust(principal):
    return json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": principal}, "Action": "sts:AssumeRole"}]})


def test_role_lifecycle(gh):
    iam = gh.client("iam")
    role = iam.create_role(RoleName="r", Path="/svc/", AssumeRolePolicyDocument=TRUST_ROOT, Description="d", MaxSessionDuration=7200)["Role"]
    assert role["Arn"] == "arn:aws:iam::000000000000:role/svc/r"
    assert role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"]["AWS"] == "arn:aws:iam::000000000000:root"
    got = iam.get_role(RoleName="r")["Role"]
    assert got["MaxSessionDuration"] == 7200 and got["Description"] == "d"
    assert got["RoleLastUsed"] == {}
    iam.update_role(RoleName="r", MaxSessionDuration=3600, Description="e")
    assert iam.get_role(RoleName="r")["Role"]["Description"] == "e"
    iam.update_assume_role_policy(RoleName="r", PolicyDocument=trust("*"))
    assert [r["RoleName"] for r in iam.list_roles()["Roles"]] == ["r"]
    iam.tag_role(RoleName="r", Tags=[{"Key": "a", "Value": "b"}])
    assert iam.list_role_tags(RoleName="r")["Tags"] == [{"Key": "a", "Value": "b"}]
    iam.put_role_policy(RoleName="r", PolicyName="inline", PolicyDocument=ALLOW_S3)
    assert error_of(iam.delete_role, RoleName="r")[:2] == ("DeleteConflict", "Cannot delete entity, must delete policies first.")
    iam.delete_role_policy(RoleName="r", PolicyName="inline")
    iam.delete_role(RoleName="r")
    assert error_of(iam.get_role, RoleName="r") == ("NoSuchEntity", "The role with name r cannot be found.", 404)


def test_trust_policy_validation(gh):
    iam = gh.client("iam")
    no_principal = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole"}]})
    assert error_of(iam.create_role, RoleName="x", AssumeRolePolicyDocument=no_principal) == (
        "MalformedPolicyDocument", "The passed in policy has a statement with no principals!", 400)
    with_resource = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Resource": "*"}]})
    assert error_of(iam.create_role, RoleName="x", AssumeRolePolicyDocument=with_resource)[:2] == (
        "MalformedPolicyDocument", "Has prohibited field Resource")
    # Lenient mode accepts principals it does not know.
    iam.create_role(RoleName="x", AssumeRolePolicyDocument=trust("arn:aws:iam::000000000000:user/ghost"))
    big = trust(["arn:aws:iam::000000000000:root"] * 60)
    assert error_of(iam.create_role, RoleName="y", AssumeRolePolicyDocument=big)[:2] == (
        "LimitExceeded", "Cannot exceed quota for ACLSizePerRole: 2048")


def test_strict_mode_requires_trusted_principals_to_exist(strict):
    iam = strict.client("iam")
    ghost = "arn:aws:iam::000000000000:user/ghost"
    assert error_of(iam.create_role, RoleName="x", AssumeRolePolicyDocument=trust(ghost)) == (
        "MalformedPolicyDocument", f'Invalid principal in policy: "AWS":"{ghost}"', 400)
    iam.create_user(UserName="ghost")
    iam.create_role(RoleName="x", AssumeRolePolicyDocument=trust(ghost))


def test_managed_policies_and_versions(gh):
    iam = gh.client("iam")
    arn = iam.create_policy(PolicyName="p", Path="/app/", PolicyDocument=ALLOW_S3, Description="desc")["Policy"]["Arn"]
    assert arn == "arn:aws:iam::000000000000:policy/app/p"
    assert error_of(iam.create_policy, PolicyName="p", PolicyDocument=ALLOW_S3)[0] == "EntityAlreadyExists"
    for _ in range(4):
        iam.create_policy_version(PolicyArn=arn, PolicyDocument=ALLOW_S3)
    code, message, status = error_of(iam.create_policy_version, PolicyArn=arn, PolicyDocument=ALLOW_S3)
    assert (code, status) == ("LimitExceeded", 409)
    assert [v["VersionId"] for v in iam.list_policy_versions(PolicyArn=arn)["Versions"]][0] in ("v1", "v5")
    iam.set_default_policy_version(PolicyArn=arn, VersionId="v3")
    assert iam.get_policy(PolicyArn=arn)["Policy"]["DefaultVersionId"] == "v3"
    version = iam.get_policy_version(PolicyArn=arn, VersionId="v3")["PolicyVersion"]
    assert version["Document"]["Statement"][0]["Action"] == "s3:*" and version["IsDefaultVersion"]
    assert error_of(iam.delete_policy_version, PolicyArn=arn, VersionId="v3")[:2] == (
        "DeleteConflict", "Cannot delete the default version of a policy.")
    assert error_of(iam.get_policy_version, PolicyArn=arn, VersionId="v9")[0] == "NoSuchEntity"
    local = iam.list_policies(Scope="Local")["Policies"]
    assert [p["PolicyName"] for p in local] == ["p"]
    for v in ("v1", "v2", "v4", "v5"):
        iam.delete_policy_version(PolicyArn=arn, VersionId=v)
    iam.delete_policy(PolicyArn=arn)
    assert error_of(iam.get_policy, PolicyArn=arn) == ("NoSuchEntity", f"Policy {arn} was not found.", 404)


def test_malformed_and_oversized_policies(gh):
    iam = gh.client("iam")
    assert error_of(iam.create_policy, PolicyName="bad", PolicyDocument="{nope")[:2] == ("MalformedPolicyDocument", "Syntax errors in policy.")
    huge = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": [f"arn:aws:s3:::b{i}" for i in range(400)]}]})
    assert error_of(iam.create_policy, PolicyName="big", PolicyDocument=huge)[:2] == ("LimitExceeded", "Cannot exceed quota for PolicySize: 6144")
    iam.create_user(UserName="u")
    assert error_of(iam.put_user_policy, UserName="u", PolicyName="big", PolicyDocument=huge)[:2] == (
        "LimitExceeded", "Maximum policy size of 2048 bytes exceeded for user u")


def test_aws_managed_policies(gh):
    iam = gh.client("iam")
    arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
    policy = iam.get_policy(PolicyArn=arn)["Policy"]
    assert policy["AttachmentCount"] == 0 and policy["IsAttachable"]
    version = iam.get_policy_version(PolicyArn=arn, VersionId=policy["DefaultVersionId"])["PolicyVersion"]
    assert version["Document"]["Statement"]
    iam.create_role(RoleName="r", AssumeRolePolicyDocument=TRUST_ROOT)
    iam.attach_role_policy(RoleName="r", PolicyArn=arn)
    assert iam.get_policy(PolicyArn=arn)["Policy"]["AttachmentCount"] == 1
    attached = iam.list_policies(Scope="AWS", OnlyAttached=True)["Policies"]
    assert [p["Arn"] for p in attached] == [arn]
    assert len(iam.list_policies(Scope="AWS", MaxItems=50)["Policies"]) == 50
    assert error_of(iam.attach_role_policy, RoleName="r", PolicyArn="arn:aws:iam::aws:policy/Nope") == (
        "NoSuchEntity", "Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.", 404)
    assert error_of(iam.delete_role, RoleName="r")[:2] == ("DeleteConflict", "Cannot delete entity, must detach all policies first.")
    iam.detach_role_policy(RoleName="r", PolicyArn=arn)
    assert error_of(iam.detach_role_policy, RoleName="r", PolicyArn=arn)[:2] == ("NoSuchEntity", f"Policy {arn} was not found.")


def test_permissions_boundaries(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="u")
    iam.create_role(RoleName="r", AssumeRolePolicyDocument=TRUST_ROOT)
    arn = "arn:aws:iam::aws:policy/PowerUserAccess"
    iam.put_user_permissions_boundary(UserName="u", PermissionsBoundary=arn)
    iam.put_role_permissions_boundary(RoleName="r", PermissionsBoundary=arn)
    assert iam.get_user(UserName="u")["User"]["PermissionsBoundary"]["PermissionsBoundaryArn"] == arn
    assert iam.get_role(RoleName="r")["Role"]["PermissionsBoundary"]["PermissionsBoundaryType"] == "PermissionsBoundaryPolicy"
    assert iam.get_policy(PolicyArn=arn)["Policy"]["PermissionsBoundaryUsageCount"] == 2
    iam.delete_user_permissions_boundary(UserName="u")
    iam.delete_role_permissions_boundary(RoleName="r")
    assert "PermissionsBoundary" not in iam.get_user(UserName="u")["User"]
    assert error_of(iam.put_user_permissions_boundary, UserName="u", PermissionsBoundary="arn:aws:iam::000000000000:policy/none")[0] == "NoSuchEntity"


def test_inline_policies(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="u")
    iam.put_user_policy(UserName="u", PolicyName="s3", PolicyDocument=ALLOW_S3)
    assert iam.list_user_policies(UserName="u")["PolicyNames"] == ["s3"]
    got = iam.get_user_policy(UserName="u", PolicyName="s3")
    assert got["PolicyDocument"]["Statement"][0]["Action"] == "s3:*"
    assert error_of(iam.get_user_policy, UserName="u", PolicyName="nope") == (
        "NoSuchEntity", "The user policy with name nope cannot be found.", 404)
    with_principal = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}]})
    assert error_of(iam.put_user_policy, UserName="u", PolicyName="p", PolicyDocument=with_principal)[0] == "MalformedPolicyDocument"
    assert error_of(iam.delete_user, UserName="u")[:2] == ("DeleteConflict", "Cannot delete entity, must delete policies first.")
    iam.delete_user_policy(UserName="u", PolicyName="s3")
    iam.delete_user(UserName="u")

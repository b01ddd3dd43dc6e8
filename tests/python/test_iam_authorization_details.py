"""GetAccountAuthorizationDetails and ListEntitiesForPolicy through boto3, with AWS's errors."""

import json

import botocore.exceptions
import pytest

ACCOUNT = "000000000000"
ALLOW_S3 = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}
ALLOW_SQS = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:*", "Resource": "*"}]}
TRUST_EC2 = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess"
ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess"


def error_of(call, *args, **kwargs):
    with pytest.raises(botocore.exceptions.ClientError) as err:
        call(*args, **kwargs)
    e = err.value.response
    return e["Error"]["Code"], e["Error"]["Message"], e["ResponseMetadata"]["HTTPStatusCode"]


def build_account(iam):
    """A user in a group, a role in an instance profile, a customer policy with two versions."""
    policy_arn = iam.create_policy(PolicyName="s3-all", Path="/team/", PolicyDocument=json.dumps(ALLOW_S3), Description="all of s3")["Policy"]["Arn"]
    iam.create_policy_version(PolicyArn=policy_arn, PolicyDocument=json.dumps(ALLOW_SQS), SetAsDefault=True)
    iam.create_user(UserName="alice", Path="/people/", PermissionsBoundary=READ_ONLY, Tags=[{"Key": "team", "Value": "blue"}])
    iam.put_user_policy(UserName="alice", PolicyName="inline-s3", PolicyDocument=json.dumps(ALLOW_S3))
    iam.attach_user_policy(UserName="alice", PolicyArn=policy_arn)
    iam.create_group(GroupName="devs")
    iam.add_user_to_group(GroupName="devs", UserName="alice")
    iam.put_group_policy(GroupName="devs", PolicyName="group-sqs", PolicyDocument=json.dumps(ALLOW_SQS))
    iam.attach_group_policy(GroupName="devs", PolicyArn=READ_ONLY)
    iam.create_role(RoleName="web", AssumeRolePolicyDocument=json.dumps(TRUST_EC2), Tags=[{"Key": "tier", "Value": "front"}])
    iam.put_role_policy(RoleName="web", PolicyName="role-s3", PolicyDocument=json.dumps(ALLOW_S3))
    iam.attach_role_policy(RoleName="web", PolicyArn=policy_arn)
    iam.put_role_permissions_boundary(RoleName="web", PermissionsBoundary=policy_arn)
    iam.create_instance_profile(InstanceProfileName="web-profile")
    iam.add_role_to_instance_profile(InstanceProfileName="web-profile", RoleName="web")
    return policy_arn


def test_details_show_every_entity_with_its_relationships(gh):
    iam = gh.client("iam")
    policy_arn = build_account(iam)
    details = iam.get_account_authorization_details()
    assert details["IsTruncated"] is False

    [user] = details["UserDetailList"]
    assert user["UserName"] == "alice" and user["Path"] == "/people/"
    assert user["Arn"] == f"arn:aws:iam::{ACCOUNT}:user/people/alice"
    assert user["UserPolicyList"] == [{"PolicyName": "inline-s3", "PolicyDocument": ALLOW_S3}]
    assert user["GroupList"] == ["devs"]
    assert user["AttachedManagedPolicies"] == [{"PolicyName": "s3-all", "PolicyArn": policy_arn}]
    assert user["PermissionsBoundary"] == {"PermissionsBoundaryType": "PermissionsBoundaryPolicy", "PermissionsBoundaryArn": READ_ONLY}
    assert user["Tags"] == [{"Key": "team", "Value": "blue"}]

    [group] = details["GroupDetailList"]
    assert group["GroupName"] == "devs"
    assert group["GroupPolicyList"] == [{"PolicyName": "group-sqs", "PolicyDocument": ALLOW_SQS}]
    assert group["AttachedManagedPolicies"] == [{"PolicyName": "ReadOnlyAccess", "PolicyArn": READ_ONLY}]

    [role] = details["RoleDetailList"]
    assert role["RoleName"] == "web"
    assert role["AssumeRolePolicyDocument"] == TRUST_EC2
    assert role["RolePolicyList"] == [{"PolicyName": "role-s3", "PolicyDocument": ALLOW_S3}]
    assert role["AttachedManagedPolicies"] == [{"PolicyName": "s3-all", "PolicyArn": policy_arn}]
    assert role["PermissionsBoundary"]["PermissionsBoundaryArn"] == policy_arn
    assert role["Tags"] == [{"Key": "tier", "Value": "front"}]
    [profile] = role["InstanceProfileList"]
    assert profile["InstanceProfileName"] == "web-profile"
    assert [r["RoleName"] for r in profile["Roles"]] == ["web"]
    assert "RoleLastUsed" in role

    policies = {p["Arn"]: p for p in details["Policies"]}
    assert set(policies) == {policy_arn, READ_ONLY}
    mine = policies[policy_arn]
    assert mine["DefaultVersionId"] == "v2"
    assert (mine["AttachmentCount"], mine["PermissionsBoundaryUsageCount"]) == (2, 1)
    assert mine["Description"] == "all of s3"
    versions = {v["VersionId"]: v for v in mine["PolicyVersionList"]}
    assert versions["v1"]["Document"] == ALLOW_S3 and versions["v1"]["IsDefaultVersion"] is False
    assert versions["v2"]["Document"] == ALLOW_SQS and versions["v2"]["IsDefaultVersion"] is True
    aws = policies[READ_ONLY]
    assert (aws["AttachmentCount"], aws["PermissionsBoundaryUsageCount"]) == (1, 1)
    [aws_version] = aws["PolicyVersionList"]
    assert aws_version["IsDefaultVersion"] is True and "Statement" in aws_version["Document"]


def test_only_aws_managed_policies_in_use_are_listed(gh):
    iam = gh.client("iam")
    details = iam.get_account_authorization_details(Filter=["AWSManagedPolicy"])
    assert details["Policies"] == []
    iam.create_role(RoleName="r", AssumeRolePolicyDocument=json.dumps(TRUST_EC2))
    iam.attach_role_policy(RoleName="r", PolicyArn=ADMIN)
    details = iam.get_account_authorization_details(Filter=["AWSManagedPolicy"])
    assert [p["Arn"] for p in details["Policies"]] == [ADMIN]
    assert details["RoleDetailList"] == [] and details["UserDetailList"] == []


def test_filters_select_entity_types(gh):
    iam = gh.client("iam")
    policy_arn = build_account(iam)
    roles_only = iam.get_account_authorization_details(Filter=["Role"])
    assert [r["RoleName"] for r in roles_only["RoleDetailList"]] == ["web"]
    assert roles_only["UserDetailList"] == [] and roles_only["GroupDetailList"] == [] and roles_only["Policies"] == []
    local = iam.get_account_authorization_details(Filter=["LocalManagedPolicy"])
    assert [p["Arn"] for p in local["Policies"]] == [policy_arn]
    two = iam.get_account_authorization_details(Filter=["User", "Group"])
    assert [u["UserName"] for u in two["UserDetailList"]] == ["alice"]
    assert [g["GroupName"] for g in two["GroupDetailList"]] == ["devs"]
    assert two["RoleDetailList"] == []


def test_details_page_across_the_combined_lists(gh):
    iam = gh.client("iam")
    for i in range(3):
        iam.create_user(UserName=f"u{i}")
    for i in range(2):
        iam.create_group(GroupName=f"g{i}")
    iam.create_role(RoleName="r0", AssumeRolePolicyDocument=json.dumps(TRUST_EC2))
    first = iam.get_account_authorization_details(MaxItems=4)
    assert first["IsTruncated"] is True and first["Marker"]
    assert [u["UserName"] for u in first["UserDetailList"]] == ["u0", "u1", "u2"]
    assert [g["GroupName"] for g in first["GroupDetailList"]] == ["g0"]
    second = iam.get_account_authorization_details(MaxItems=4, Marker=first["Marker"])
    assert second["IsTruncated"] is False and "Marker" not in second
    assert [g["GroupName"] for g in second["GroupDetailList"]] == ["g1"]
    assert [r["RoleName"] for r in second["RoleDetailList"]] == ["r0"]
    pages = list(iam.get_paginator("get_account_authorization_details").paginate(PaginationConfig={"PageSize": 2}))
    assert len(pages) == 3
    assert sorted(u["UserName"] for p in pages for u in p["UserDetailList"]) == ["u0", "u1", "u2"]
    code, _, status = error_of(iam.get_account_authorization_details, Marker="not-a-marker")
    assert (code, status) == ("InvalidInput", 400)


def test_details_cover_only_the_callers_account(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="mine")
    other = gh.client("iam", access_key="111111111111")
    details = other.get_account_authorization_details()
    assert details["UserDetailList"] == []


def test_entities_for_a_customer_policy(gh):
    iam = gh.client("iam")
    policy_arn = build_account(iam)
    entities = iam.list_entities_for_policy(PolicyArn=policy_arn)
    assert [u["UserName"] for u in entities["PolicyUsers"]] == ["alice"]
    assert entities["PolicyUsers"][0]["UserId"].startswith("AIDA")
    assert [r["RoleName"] for r in entities["PolicyRoles"]] == ["web"]
    assert entities["PolicyGroups"] == []
    assert entities["IsTruncated"] is False

    roles = iam.list_entities_for_policy(PolicyArn=policy_arn, EntityFilter="Role")
    assert roles["PolicyUsers"] == [] and [r["RoleName"] for r in roles["PolicyRoles"]] == ["web"]
    by_path = iam.list_entities_for_policy(PolicyArn=policy_arn, PathPrefix="/people/")
    assert [u["UserName"] for u in by_path["PolicyUsers"]] == ["alice"] and by_path["PolicyRoles"] == []


def test_entities_for_an_aws_policy_by_usage(gh):
    iam = gh.client("iam")
    build_account(iam)
    attached = iam.list_entities_for_policy(PolicyArn=READ_ONLY, PolicyUsageFilter="PermissionsPolicy")
    assert [g["GroupName"] for g in attached["PolicyGroups"]] == ["devs"] and attached["PolicyUsers"] == []
    boundary = iam.list_entities_for_policy(PolicyArn=READ_ONLY, PolicyUsageFilter="PermissionsBoundary")
    assert [u["UserName"] for u in boundary["PolicyUsers"]] == ["alice"] and boundary["PolicyGroups"] == []
    both = iam.list_entities_for_policy(PolicyArn=READ_ONLY)
    assert len(both["PolicyUsers"]) == 1 and len(both["PolicyGroups"]) == 1
    unused = iam.list_entities_for_policy(PolicyArn=ADMIN)
    assert (unused["PolicyUsers"], unused["PolicyGroups"], unused["PolicyRoles"]) == ([], [], [])


def test_entities_for_policy_pages(gh):
    iam = gh.client("iam")
    for i in range(5):
        iam.create_user(UserName=f"user{i}")
        iam.attach_user_policy(UserName=f"user{i}", PolicyArn=READ_ONLY)
    first = iam.list_entities_for_policy(PolicyArn=READ_ONLY, MaxItems=2)
    assert first["IsTruncated"] is True and len(first["PolicyUsers"]) == 2
    names = [
        u["UserName"]
        for page in iam.get_paginator("list_entities_for_policy").paginate(PolicyArn=READ_ONLY, PaginationConfig={"PageSize": 2})
        for u in page["PolicyUsers"]
    ]
    assert names == [f"user{i}" for i in range(5)]


def test_entities_for_an_unknown_policy_is_no_such_entity(gh):
    iam = gh.client("iam")
    missing = f"arn:aws:iam::{ACCOUNT}:policy/nope"
    assert error_of(iam.list_entities_for_policy, PolicyArn=missing) == ("NoSuchEntity", f"Policy {missing} was not found.", 404)
    unknown_aws = "arn:aws:iam::aws:policy/NoSuchAwsPolicy"
    assert error_of(iam.list_entities_for_policy, PolicyArn=unknown_aws) == ("NoSuchEntity", f"Policy {unknown_aws} was not found.", 404)


def test_callers_need_permission(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="auditor")
    key = iam.create_access_key(UserName="auditor")["AccessKey"]
    auditor = gh.client("iam", access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])
    assert error_of(auditor.get_account_authorization_details)[0] == "AccessDenied"
    assert error_of(auditor.list_entities_for_policy, PolicyArn=READ_ONLY)[0] == "AccessDenied"
    iam.attach_user_policy(UserName="auditor", PolicyArn="arn:aws:iam::aws:policy/IAMReadOnlyAccess")
    details = auditor.get_account_authorization_details(Filter=["User"])
    assert [u["UserName"] for u in details["UserDetailList"]] == ["auditor"]
    assert [u["UserName"] for u in auditor.list_entities_for_policy(PolicyArn="arn:aws:iam::aws:policy/IAMReadOnlyAccess")["PolicyUsers"]] == ["auditor"]

"""The IAM policy simulator: SimulateCustomPolicy, SimulatePrincipalPolicy and GetContextKeysFor*Policy."""

import json

import botocore.exceptions
import pytest

ACCOUNT = "000000000000"

DATED = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": {
            "Effect": "Allow",
            "Action": "dynamodb:*",
            "Resource": "*",
            "Condition": {"DateGreaterThan": {"aws:CurrentTime": "2018-08-16T12:00:00Z"}},
        },
    },
    separators=(",", ":"),
)

S3_WITH_DENY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
            {"Sid": "Keep", "Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "arn:aws:s3:::keep"},
        ],
    }
)


def error_code(excinfo):
    return excinfo.value.response["Error"]["Code"]


def only_result(response):
    results = response["EvaluationResults"]
    assert len(results) == 1
    return results[0]


def test_cli_custom_policy_with_a_date_context_entry_matches_the_aws_example(gh):
    out = gh.cli(
        "iam", "simulate-custom-policy",
        "--policy-input-list", DATED,
        "--action-names", "dynamodb:CreateBackup",
        "--context-entries", "ContextKeyName='aws:CurrentTime',ContextKeyValues='2019-04-25T11:00:00Z',ContextKeyType=date",
    )
    assert out["EvaluationResults"] == [
        {
            "EvalActionName": "dynamodb:CreateBackup",
            "EvalResourceName": "*",
            "EvalDecision": "allowed",
            "MatchedStatements": [
                {
                    "SourcePolicyId": "PolicyInputList.1",
                    "StartPosition": {"Line": 1, "Column": 38},
                    "EndPosition": {"Line": 1, "Column": 167},
                }
            ],
            "MissingContextValues": [],
        }
    ]


def test_condition_failing_or_missing_key(gh):
    iam = gh.client("iam")
    early = iam.simulate_custom_policy(
        PolicyInputList=[DATED],
        ActionNames=["dynamodb:CreateBackup"],
        ContextEntries=[{"ContextKeyName": "aws:CurrentTime", "ContextKeyValues": ["2014-04-25T11:00:00Z"], "ContextKeyType": "date"}],
    )
    result = only_result(early)
    assert result["EvalDecision"] == "implicitDeny"
    assert result["MatchedStatements"] == []
    missing = only_result(iam.simulate_custom_policy(PolicyInputList=[DATED], ActionNames=["dynamodb:CreateBackup"]))
    assert missing["EvalDecision"] == "implicitDeny"
    assert missing["MissingContextValues"] == ["aws:CurrentTime"]


def test_explicit_deny_and_resource_specific_results(gh):
    iam = gh.client("iam")
    response = iam.simulate_custom_policy(
        PolicyInputList=[S3_WITH_DENY],
        ActionNames=["s3:DeleteBucket", "s3:GetObject"],
        ResourceArns=["arn:aws:s3:::other", "arn:aws:s3:::keep"],
    )
    delete, get = response["EvaluationResults"]
    assert response["IsTruncated"] is False
    assert delete["EvalDecision"] == "explicitDeny"
    assert [s["SourcePolicyId"] for s in delete["MatchedStatements"]] == ["PolicyInputList.1"]
    per = {r["EvalResourceName"]: r["EvalResourceDecision"] for r in delete["ResourceSpecificResults"]}
    assert per == {"arn:aws:s3:::other": "allowed", "arn:aws:s3:::keep": "explicitDeny"}
    assert get["EvalDecision"] == "allowed"
    assert all(r["EvalResourceDecision"] == "allowed" for r in get["ResourceSpecificResults"])


def test_permissions_boundary_detail(gh):
    boundary = json.dumps({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}})
    response = gh.client("iam").simulate_custom_policy(
        PolicyInputList=[S3_WITH_DENY],
        PermissionsBoundaryPolicyInputList=[boundary],
        ActionNames=["s3:GetObject", "s3:PutObject"],
    )
    get, put = response["EvaluationResults"]
    assert get["EvalDecision"] == "allowed"
    assert get["PermissionsBoundaryDecisionDetail"] == {"AllowedByPermissionsBoundary": True}
    assert put["EvalDecision"] == "implicitDeny"
    assert put["PermissionsBoundaryDecisionDetail"] == {"AllowedByPermissionsBoundary": False}


def test_resource_policy_with_caller(gh):
    resource_policy = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": {
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:user/alice"},
                "Action": "s3:GetObject",
                "Resource": "arn:aws:s3:::b/*",
            },
        }
    )
    nothing = json.dumps({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}})
    iam = gh.client("iam")
    result = only_result(
        iam.simulate_custom_policy(
            PolicyInputList=[nothing],
            ActionNames=["s3:GetObject"],
            ResourceArns=["arn:aws:s3:::b/k"],
            ResourcePolicy=resource_policy,
            CallerArn=f"arn:aws:iam::{ACCOUNT}:user/alice",
        )
    )
    assert result["EvalDecision"] == "allowed"
    assert result["MatchedStatements"][0]["SourcePolicyId"] == "ResourcePolicy"
    assert result["MatchedStatements"][0]["SourcePolicyType"] == "resource"
    # A resource policy needs an IAM user as the caller: AWS's answer otherwise, recorded in
    # the ScottLogic blog "Automated permissions testing with AWS IAM Policy Simulator"
    # (2025-04-03) for a role, and the API reference ("You can specify only the ARN of an IAM
    # user"; CallerArn "is required if you include a ResourcePolicy").
    for caller in ({}, {"CallerArn": f"arn:aws:iam::{ACCOUNT}:role/deploy"}):
        with pytest.raises(botocore.exceptions.ClientError) as excinfo:
            iam.simulate_custom_policy(
                PolicyInputList=[nothing], ActionNames=["s3:GetObject"], ResourcePolicy=resource_policy, **caller
            )
        assert excinfo.value.response["Error"]["Code"] == "InvalidInput"
        assert excinfo.value.response["Error"]["Message"] == "Invalid caller - Caller must be an IAM user in this context."


def test_pagination(gh):
    iam = gh.client("iam")
    first = iam.simulate_custom_policy(PolicyInputList=[S3_WITH_DENY], ActionNames=["s3:A", "s3:B", "s3:C"], MaxItems=2)
    assert first["IsTruncated"] is True
    assert [r["EvalActionName"] for r in first["EvaluationResults"]] == ["s3:A", "s3:B"]
    second = iam.simulate_custom_policy(
        PolicyInputList=[S3_WITH_DENY], ActionNames=["s3:A", "s3:B", "s3:C"], MaxItems=2, Marker=first["Marker"]
    )
    assert second["IsTruncated"] is False
    assert [r["EvalActionName"] for r in second["EvaluationResults"]] == ["s3:C"]
    paginator = iam.get_paginator("simulate_custom_policy")
    names = [
        r["EvalActionName"]
        for page in paginator.paginate(
            PolicyInputList=[S3_WITH_DENY], ActionNames=["s3:A", "s3:B", "s3:C"], PaginationConfig={"PageSize": 1}
        )
        for r in page["EvaluationResults"]
    ]
    assert names == ["s3:A", "s3:B", "s3:C"]


def test_malformed_policy_and_bad_context_value(gh):
    iam = gh.client("iam")
    with pytest.raises(botocore.exceptions.ClientError) as excinfo:
        iam.simulate_custom_policy(PolicyInputList=['{"Version":"2012-10-17","Statement":'], ActionNames=["s3:GetObject"])
    assert error_code(excinfo) == "MalformedPolicyDocument"
    with pytest.raises(botocore.exceptions.ClientError) as excinfo:
        iam.simulate_custom_policy(
            PolicyInputList=[DATED],
            ActionNames=["dynamodb:CreateBackup"],
            ContextEntries=[{"ContextKeyName": "aws:CurrentTime", "ContextKeyValues": ["soon"], "ContextKeyType": "date"}],
        )
    assert error_code(excinfo) == "InvalidInput"


def test_principal_policy_of_a_user_with_group_and_managed_policies(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="alice")
    iam.put_user_policy(
        UserName="alice",
        PolicyName="own-dynamo",
        PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "dynamodb:GetItem", "Resource": "*"}}),
    )
    iam.attach_user_policy(UserName="alice", PolicyArn="arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")
    iam.create_group(GroupName="devs")
    iam.add_user_to_group(GroupName="devs", UserName="alice")
    iam.put_group_policy(
        GroupName="devs",
        PolicyName="no-delete",
        PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}}),
    )
    response = iam.simulate_principal_policy(
        PolicySourceArn=f"arn:aws:iam::{ACCOUNT}:user/alice",
        ActionNames=["dynamodb:GetItem", "s3:GetObject", "s3:DeleteObject", "iam:CreateUser"],
    )
    by_action = {r["EvalActionName"]: r for r in response["EvaluationResults"]}
    assert by_action["dynamodb:GetItem"]["EvalDecision"] == "allowed"
    assert by_action["dynamodb:GetItem"]["MatchedStatements"][0]["SourcePolicyId"] == "own-dynamo"
    assert by_action["dynamodb:GetItem"]["MatchedStatements"][0]["SourcePolicyType"] == "user"
    assert by_action["s3:GetObject"]["EvalDecision"] == "allowed"
    assert by_action["s3:GetObject"]["MatchedStatements"][0]["SourcePolicyId"] == "AmazonS3ReadOnlyAccess"
    assert by_action["s3:GetObject"]["MatchedStatements"][0]["SourcePolicyType"] == "aws-managed"
    assert by_action["s3:DeleteObject"]["EvalDecision"] == "explicitDeny"
    assert by_action["s3:DeleteObject"]["MatchedStatements"][0]["SourcePolicyType"] == "group"
    assert by_action["iam:CreateUser"]["EvalDecision"] == "implicitDeny"

    keys = iam.get_context_keys_for_principal_policy(
        PolicySourceArn=f"arn:aws:iam::{ACCOUNT}:user/alice",
        PolicyInputList=[DATED],
    )
    assert keys["ContextKeyNames"] == ["aws:CurrentTime"]


def test_principal_policy_of_a_role_with_boundary(gh):
    iam = gh.client("iam")
    trust = json.dumps({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}})
    iam.create_role(RoleName="worker", AssumeRolePolicyDocument=trust)
    iam.attach_role_policy(RoleName="worker", PolicyArn="arn:aws:iam::aws:policy/AmazonS3FullAccess")
    boundary = iam.create_policy(
        PolicyName="only-reads",
        PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}}),
    )["Policy"]["Arn"]
    iam.put_role_permissions_boundary(RoleName="worker", PermissionsBoundary=boundary)
    response = iam.simulate_principal_policy(
        PolicySourceArn=f"arn:aws:iam::{ACCOUNT}:role/worker",
        ActionNames=["s3:GetObject", "s3:PutObject"],
    )
    get, put = response["EvaluationResults"]
    assert get["EvalDecision"] == "allowed"
    assert get["MatchedStatements"][0]["SourcePolicyType"] == "aws-managed"
    assert get["PermissionsBoundaryDecisionDetail"] == {"AllowedByPermissionsBoundary": True}
    assert put["EvalDecision"] == "implicitDeny"
    assert put["PermissionsBoundaryDecisionDetail"] == {"AllowedByPermissionsBoundary": False}
    # A role is no caller for a resource policy: AWS's answer as recorded in the ScottLogic blog
    # "Automated permissions testing with AWS IAM Policy Simulator" (2025-04-03).
    bucket_policy = json.dumps(
        {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}}
    )
    with pytest.raises(botocore.exceptions.ClientError) as excinfo:
        iam.simulate_principal_policy(
            PolicySourceArn=f"arn:aws:iam::{ACCOUNT}:role/worker", ActionNames=["s3:GetObject"], ResourcePolicy=bucket_policy
        )
    assert excinfo.value.response["Error"] == {
        "Type": "Sender",
        "Code": "InvalidInput",
        "Message": "Invalid caller - Caller must be an IAM user in this context.",
    }


def test_principal_policy_of_a_missing_entity(gh):
    iam = gh.client("iam")
    for call in (iam.simulate_principal_policy, iam.get_context_keys_for_principal_policy):
        kwargs = {"PolicySourceArn": f"arn:aws:iam::{ACCOUNT}:user/nobody"}
        if call == iam.simulate_principal_policy:
            kwargs["ActionNames"] = ["s3:GetObject"]
        with pytest.raises(botocore.exceptions.ClientError) as excinfo:
            call(**kwargs)
        assert error_code(excinfo) == "NoSuchEntity"


def test_get_context_keys_for_custom_policy_matches_the_aws_example(gh):
    policy = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": {
                "Effect": "Allow",
                "Action": "dynamodb:*",
                "Resource": "arn:aws:dynamodb:us-west-2:123456789012:table/${aws:username}",
                "Condition": {"DateGreaterThan": {"aws:CurrentTime": "2015-08-16T12:00:00Z"}},
            },
        }
    )
    out = gh.cli("iam", "get-context-keys-for-custom-policy", "--policy-input-list", policy)
    assert out == {"ContextKeyNames": ["aws:username", "aws:CurrentTime"]}


def test_a_session_arn_is_not_a_policy_source(gh):
    """AWS's answer, recorded for SimulatePrincipalPolicy called with the caller's own assumed-role
    ARN (newrelic/newrelic-lambda-cli issue 96, 2020): InvalidInput, "Invalid Entity Arn: …"."""
    iam = gh.client("iam")
    session = f"arn:aws:sts::{ACCOUNT}:assumed-role/admin/me"
    with pytest.raises(botocore.exceptions.ClientError) as excinfo:
        iam.simulate_principal_policy(PolicySourceArn=session, ActionNames=["s3:GetObject"])
    assert error_code(excinfo) == "InvalidInput"
    assert excinfo.value.response["Error"]["Message"] == f"Invalid Entity Arn: {session}"

"""An endpoint of another partition (`--partition aws-cn`) answers as AWS's China regions do:
their regions are the ones accepted, and every ARN — of users, roles, sessions, providers and
AWS managed policies — is `arn:aws-cn:…`. A reference to the `aws` partition is refused, as
China's IAM does not know it. Sources: botocore endpoints.json (the partitions, their regions,
the IAM signing region `cn-north-1`); IAM User Guide, "IAM identifiers" (ARN format
`arn:partition:service:region:account:resource`, `aws-cn` for China)."""

import json

import boto3
import botocore.config
import pytest
from botocore.exceptions import ClientError

from conftest import Gatehouse

ACCOUNT = "000000000000"
CN = "cn-north-1"


@pytest.fixture(scope="module")
def china():
    server = Gatehouse("--ephemeral", "--partition", "aws-cn")
    yield server
    server.stop()


def client(server, service, region=CN, **keys):
    return boto3.client(
        service,
        endpoint_url=server.url,
        region_name=region,
        aws_access_key_id=keys.get("access_key", "test"),
        aws_secret_access_key=keys.get("secret_key", "test"),
        aws_session_token=keys.get("session_token"),
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )


def test_the_banner_names_the_partition(china):
    assert "partition: aws-cn" in china.banner


def test_arns_are_of_the_partition(china):
    china.reset()
    sts = client(china, "sts")
    assert sts.get_caller_identity()["Arn"] == f"arn:aws-cn:iam::{ACCOUNT}:root"
    iam = client(china, "iam")
    user = iam.create_user(UserName="li", Path="/dev/")["User"]
    assert user["Arn"] == f"arn:aws-cn:iam::{ACCOUNT}:user/dev/li"
    trust = {
        "Version": "2012-10-17",
        "Statement": {"Effect": "Allow", "Principal": {"AWS": f"arn:aws-cn:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole"},
    }
    role = iam.create_role(RoleName="ops", AssumeRolePolicyDocument=json.dumps(trust))["Role"]
    assert role["Arn"] == f"arn:aws-cn:iam::{ACCOUNT}:role/ops"
    assumed = sts.assume_role(RoleArn=role["Arn"], RoleSessionName="s1")
    assert assumed["AssumedRoleUser"]["Arn"] == f"arn:aws-cn:sts::{ACCOUNT}:assumed-role/ops/s1"
    credentials = assumed["Credentials"]
    session = client(
        china,
        "sts",
        access_key=credentials["AccessKeyId"],
        secret_key=credentials["SecretAccessKey"],
        session_token=credentials["SessionToken"],
    )
    assert session.get_caller_identity()["Arn"] == f"arn:aws-cn:sts::{ACCOUNT}:assumed-role/ops/s1"
    policy = iam.create_policy(
        PolicyName="p",
        PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws-cn:s3:::b/*"}}
        ),
    )["Policy"]
    assert policy["Arn"] == f"arn:aws-cn:iam::{ACCOUNT}:policy/p"
    provider = iam.create_open_id_connect_provider(Url="https://token.example.cn", ClientIDList=["a"])
    assert provider["OpenIDConnectProviderArn"] == f"arn:aws-cn:iam::{ACCOUNT}:oidc-provider/token.example.cn"


def test_aws_managed_policies_have_the_partitions_arns(china):
    china.reset()
    iam = client(china, "iam")
    iam.create_user(UserName="li")
    read_only = "arn:aws-cn:iam::aws:policy/ReadOnlyAccess"
    assert iam.get_policy(PolicyArn=read_only)["Policy"]["Arn"] == read_only
    iam.attach_user_policy(UserName="li", PolicyArn=read_only)
    attached = iam.list_attached_user_policies(UserName="li")["AttachedPolicies"]
    assert attached == [{"PolicyName": "ReadOnlyAccess", "PolicyArn": read_only}]
    listed = iam.list_policies(Scope="AWS", OnlyAttached=True)["Policies"]
    assert [policy["Arn"] for policy in listed] == [read_only]
    # The `aws` partition's ARN names nothing in China.
    with pytest.raises(ClientError) as excinfo:
        iam.attach_user_policy(UserName="li", PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")
    assert excinfo.value.response["Error"]["Code"] == "NoSuchEntity"


def test_aws_managed_policy_documents_name_the_partitions_arns(china):
    """AWS writes its managed policies in China with `arn:aws-cn:` ARNs, service principals
    unchanged (AWS's documentation prints the China Regions' versions side by side: Amazon
    MemoryDB Developer Guide, "Using service-linked roles"; AWS Compute Optimizer User Guide),
    so a policy's document read in China and the decisions it makes use China's ARNs."""
    china.reset()
    iam = client(china, "iam")
    arn = "arn:aws-cn:iam::aws:policy/AWSAppRunnerFullAccess"
    document = iam.get_policy_version(PolicyArn=arn, VersionId="v1")["PolicyVersion"]["Document"]
    text = json.dumps(document)
    assert "arn:aws:" not in text
    linked = "arn:aws-cn:iam::*:role/aws-service-role/apprunner.amazonaws.com/AWSServiceRoleForAppRunner"
    assert document["Statement"][0]["Resource"] == linked
    assert document["Statement"][0]["Condition"] == {"StringLike": {"iam:AWSServiceName": "apprunner.amazonaws.com"}}
    iam.create_user(UserName="runner")
    iam.attach_user_policy(UserName="runner", PolicyArn=arn)
    details = iam.get_account_authorization_details(Filter=["AWSManagedPolicy"])["Policies"]
    [listed] = [policy for policy in details if policy["Arn"] == arn]
    assert listed["PolicyVersionList"][0]["Document"] == document
    simulated = iam.simulate_principal_policy(
        PolicySourceArn=f"arn:aws-cn:iam::{ACCOUNT}:user/runner",
        ActionNames=["iam:CreateServiceLinkedRole"],
        ResourceArns=[f"arn:aws-cn:iam::{ACCOUNT}:role/aws-service-role/apprunner.amazonaws.com/AWSServiceRoleForAppRunner"],
        ContextEntries=[{"ContextKeyName": "iam:AWSServiceName", "ContextKeyValues": ["apprunner.amazonaws.com"], "ContextKeyType": "string"}],
    )["EvaluationResults"]
    assert simulated[0]["EvalDecision"] == "allowed"


def test_a_role_of_another_partition_cannot_be_assumed(china):
    """AWS's answer, recorded for a caller in aws-cn given an `arn:aws:` role (a public report,
    corymhall/cdk-diff-action issue 79, August 2024): a bare AccessDenied, "User: … is not
    authorized to perform: sts:AssumeRole on resource: arn:aws:iam::…", not a ValidationError."""
    china.reset()
    iam = client(china, "iam")
    trust = {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"AWS": ACCOUNT}, "Action": "sts:AssumeRole"}}
    iam.create_role(RoleName="ops", AssumeRolePolicyDocument=json.dumps(trust))
    sts = client(china, "sts")
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/ops", RoleSessionName="s1")
    error = excinfo.value.response["Error"]
    assert error["Code"] == "AccessDenied"
    assert error["Message"] == (
        f"User: arn:aws-cn:iam::{ACCOUNT}:root is not authorized to perform: sts:AssumeRole "
        f"on resource: arn:aws:iam::{ACCOUNT}:role/ops"
    )


@pytest.mark.parametrize("region", ["us-east-1", "us-gov-west-1"])
def test_regions_of_other_partitions_are_refused(china, region):
    with pytest.raises(ClientError) as excinfo:
        client(china, "sts", region=region).get_caller_identity()
    error = excinfo.value.response["Error"]
    assert error["Code"] == "SignatureDoesNotMatch"
    assert error["Message"] == "Credential should be scoped to a valid region. "


def test_the_default_endpoint_is_the_aws_partition(gh):
    sts = gh.client("sts")
    assert sts.get_caller_identity()["Arn"] == f"arn:aws:iam::{ACCOUNT}:root"
    with pytest.raises(ClientError) as excinfo:
        client(gh, "sts").get_caller_identity()
    assert excinfo.value.response["Error"]["Code"] == "SignatureDoesNotMatch"


def test_service_linked_roles_get_the_partitions_policy(china):
    china.reset()
    iam = client(china, "iam")
    role = iam.create_service_linked_role(AWSServiceName="autoscaling.amazonaws.com")["Role"]
    assert role["Arn"] == (
        f"arn:aws-cn:iam::{ACCOUNT}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"
    )
    attached = iam.list_attached_role_policies(RoleName="AWSServiceRoleForAutoScaling")["AttachedPolicies"]
    assert [policy["PolicyArn"] for policy in attached] == [
        "arn:aws-cn:iam::aws:policy/aws-service-role/AutoScalingServiceRolePolicy"
    ]

"""Service-linked roles as AWS makes them: names, paths, trust policies, attached policies,
custom suffixes and AWS's refusals, driven through boto3 against the real binary.

Every case names where AWS says so. The table gatehouse answers from is
crates/iam/data/service-linked-roles.tsv; the last test creates every role it lists.
"""

import json
import pathlib

import botocore.exceptions
import pytest

ACCOUNT = "000000000000"
TABLE = pathlib.Path(__file__).resolve().parents[2] / "crates/iam/data/service-linked-roles.tsv"

# (service principal, role name, attached AWS managed policy, accepts CustomSuffix, source)
COMMON = [
    ("autoscaling.amazonaws.com", "AWSServiceRoleForAutoScaling", "AutoScalingServiceRolePolicy", True,
     "https://docs.aws.amazon.com/autoscaling/ec2/userguide/autoscaling-service-linked-role.html"),
    ("ecs.amazonaws.com", "AWSServiceRoleForECS", "AmazonECSServiceRolePolicy", False,
     "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using-service-linked-roles.html"),
    ("elasticloadbalancing.amazonaws.com", "AWSServiceRoleForElasticLoadBalancing",
     "AWSElasticLoadBalancingServiceRolePolicy", False,
     "https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/elb-service-linked-roles.html"),
    ("rds.amazonaws.com", "AWSServiceRoleForRDS", "AmazonRDSServiceRolePolicy", False,
     "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAM.ServiceLinkedRoles.html"),
    ("acm.amazonaws.com", "AWSServiceRoleForCertificateManager", "CertificateManagerServiceRolePolicy", False,
     "https://docs.aws.amazon.com/acm/latest/userguide/acm-slr.html"),
    ("eks.amazonaws.com", "AWSServiceRoleForAmazonEKS", "AmazonEKSServiceRolePolicy", False,
     "https://docs.aws.amazon.com/eks/latest/userguide/using-service-linked-roles-eks.html"),
    ("replicator.lambda.amazonaws.com", "AWSServiceRoleForLambdaReplicator", "AWSLambdaReplicator", False,
     "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-edge-permissions.html"),
    ("organizations.amazonaws.com", "AWSServiceRoleForOrganizations", "AWSOrganizationsServiceTrustPolicy", False,
     "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSOrganizationsServiceTrustPolicy.html"),
    ("spot.amazonaws.com", "AWSServiceRoleForEC2Spot", "AWSEC2SpotServiceRolePolicy", False,
     "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/service-linked-roles-spot-instance-requests.html"),
    ("opensearchservice.amazonaws.com", "AWSServiceRoleForAmazonOpenSearchService",
     "AmazonOpenSearchServiceRolePolicy", False,
     "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/slr-aos.html"),
    ("autoscaling-plans.amazonaws.com", "AWSServiceRoleForAutoScalingPlans_EC2AutoScaling",
     "AWSAutoScalingPlansEC2AutoScalingPolicy", False,
     "https://docs.aws.amazon.com/autoscaling/plans/userguide/aws-auto-scaling-service-linked-roles.html"),
    ("connect.amazonaws.com", "AWSServiceRoleForAmazonConnect", "AmazonConnectServiceLinkedRolePolicy", True,
     "https://docs.aws.amazon.com/connect/latest/adminguide/connect-slr.html"),
    ("kafka.amazonaws.com", "AWSServiceRoleForKafka", "KafkaServiceRolePolicy", False,
     "https://docs.aws.amazon.com/msk/latest/developerguide/using-service-linked-roles.html"),
    ("dynamodb.application-autoscaling.amazonaws.com", "AWSServiceRoleForApplicationAutoScaling_DynamoDBTable",
     "AWSApplicationAutoscalingDynamoDBTablePolicy", False,
     "https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-service-linked-roles.html"),
]


def error_of(call, **kwargs):
    with pytest.raises(botocore.exceptions.ClientError) as err:
        call(**kwargs)
    e = err.value.response
    return e["Error"]["Code"], e["Error"]["Message"], e["ResponseMetadata"]["HTTPStatusCode"]


def trust(service):
    """The trust policy AWS writes (scalar Service and Action), as a recorded ListRoles shows."""
    return {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}],
    }


@pytest.mark.parametrize("service,name,policy,suffix,source", COMMON, ids=[row[0] for row in COMMON])
def test_common_services_get_awss_role(gh, service, name, policy, suffix, source):
    iam = gh.client("iam")
    role = iam.create_service_linked_role(AWSServiceName=service)["Role"]
    path = f"/aws-service-role/{service}/"
    assert (role["RoleName"], role["Path"]) == (name, path), source
    assert role["Arn"] == f"arn:aws:iam::{ACCOUNT}:role{path}{name}"
    assert role["AssumeRolePolicyDocument"] == trust(service)
    got = iam.get_role(RoleName=name)["Role"]
    assert (got["Path"], got["AssumeRolePolicyDocument"]) == (path, trust(service))
    arn = f"arn:aws:iam::aws:policy/aws-service-role/{policy}"
    assert iam.list_attached_role_policies(RoleName=name)["AttachedPolicies"] == [
        {"PolicyName": policy, "PolicyArn": arn}
    ]
    assert iam.get_policy(PolicyArn=arn)["Policy"]["Path"] == "/aws-service-role/"
    # Observed on AWS: InvalidInput "Service role name AWSServiceRoleForEC2Spot has been taken in
    # this account, please try a different suffix." (karpenter and EKS workshop transcripts).
    assert error_of(iam.create_service_linked_role, AWSServiceName=service) == (
        "InvalidInput",
        f"Service role name {name} has been taken in this account, please try a different suffix.",
        400,
    )
    if suffix:
        custom = iam.create_service_linked_role(AWSServiceName=service, CustomSuffix="blue")["Role"]
        assert (custom["RoleName"], custom["Path"]) == (f"{name}_blue", path)
        assert error_of(iam.create_service_linked_role, AWSServiceName=service, CustomSuffix="blue") == (
            "InvalidInput",
            f"Service role name {name}_blue has been taken in this account, please try a different suffix.",
            400,
        )
    else:
        # Observed on AWS: "Custom suffix is not allowed for es.amazonaws.com" (CloudFormation).
        assert error_of(iam.create_service_linked_role, AWSServiceName=service, CustomSuffix="blue") == (
            "InvalidInput", f"Custom suffix is not allowed for {service}", 400)
    roles = iam.list_roles(PathPrefix="/aws-service-role/")["Roles"]
    assert [r["RoleName"] for r in roles] == ([name, f"{name}_blue"] if suffix else [name])


def test_a_service_without_a_service_linked_role_is_refused(gh):
    iam = gh.client("iam")
    # Observed on AWS: "AccessDenied: Cannot find Service Linked Role template for
    # account.amazonaws.com" (Terraform) and for bedrock-agentcore.amazonaws.com (AWS CLI).
    for service in ["account.amazonaws.com", "OpenSearch.amazonaws.com", "lambda.amazonaws.com", "elasticbeanstalk"]:
        assert error_of(iam.create_service_linked_role, AWSServiceName=service) == (
            "AccessDenied", f"Cannot find Service Linked Role template for {service}", 403), service
    assert iam.list_roles()["Roles"] == []


def table_rows():
    lines = [line for line in TABLE.read_text().splitlines() if line and not line.startswith("#")]
    header, rows = lines[0].split("\t"), [line.split("\t") for line in lines[1:]]
    assert header == ["principal", "role", "policy", "custom_suffix", "verified", "source"]
    return rows


def test_every_role_in_the_table_can_be_created_with_its_policy(gh):
    iam = gh.client("iam")
    rows = table_rows()
    assert len(rows) >= 180
    for principal, name, policy, _suffix, _verified, _source in rows:
        role = iam.create_service_linked_role(AWSServiceName=principal)["Role"]
        assert (role["RoleName"], role["Path"]) == (name, f"/aws-service-role/{principal}/")
        attached = iam.list_attached_role_policies(RoleName=name)["AttachedPolicies"]
        assert [p["PolicyName"] for p in attached] == [policy], principal
    listed = iam.get_paginator("list_roles").paginate(PathPrefix="/aws-service-role/").build_full_result()
    assert sorted(r["RoleName"] for r in listed["Roles"]) == sorted(row[1] for row in rows)

"""Service-linked roles through boto3: creation, protection, deletion tasks, AWS's errors."""

import json

import botocore.exceptions
import pytest

ACCOUNT = "000000000000"
EB = "elasticbeanstalk.amazonaws.com"
EB_POLICY = "arn:aws:iam::aws:policy/aws-service-role/AWSElasticBeanstalkServiceRolePolicy"
ALLOW_S3 = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]})
READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess"


def error_of(call, *args, **kwargs):
    with pytest.raises(botocore.exceptions.ClientError) as err:
        call(*args, **kwargs)
    e = err.value.response
    return e["Error"]["Code"], e["Error"]["Message"], e["ResponseMetadata"]["HTTPStatusCode"]


def protected(name):
    return ("UnmodifiableEntity", f"Cannot perform the operation on the protected role '{name}' - this role is only modifiable by AWS", 400)


def test_create_names_the_role_after_the_service(gh):
    iam = gh.client("iam")
    role = iam.create_service_linked_role(AWSServiceName=EB, Description="for beanstalk")["Role"]
    assert role["RoleName"] == "AWSServiceRoleForElasticBeanstalk"
    assert role["Path"] == f"/aws-service-role/{EB}/"
    assert role["Arn"] == f"arn:aws:iam::{ACCOUNT}:role/aws-service-role/{EB}/AWSServiceRoleForElasticBeanstalk"
    assert role["RoleId"].startswith("AROA")
    assert role["Description"] == "for beanstalk"
    assert role["AssumeRolePolicyDocument"] == {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": EB}, "Action": "sts:AssumeRole"}],
    }
    got = iam.get_role(RoleName="AWSServiceRoleForElasticBeanstalk")["Role"]
    assert got["RoleId"] == role["RoleId"]
    attached = iam.list_attached_role_policies(RoleName="AWSServiceRoleForElasticBeanstalk")["AttachedPolicies"]
    assert attached == [{"PolicyName": "AWSElasticBeanstalkServiceRolePolicy", "PolicyArn": EB_POLICY}]
    assert [r["RoleName"] for r in iam.list_roles(PathPrefix="/aws-service-role/")["Roles"]] == ["AWSServiceRoleForElasticBeanstalk"]


def test_custom_suffix_and_duplicates(gh):
    iam = gh.client("iam")
    role = iam.create_service_linked_role(AWSServiceName="autoscaling.amazonaws.com", CustomSuffix="blue")["Role"]
    assert role["RoleName"] == "AWSServiceRoleForAutoScaling_blue"
    iam.create_service_linked_role(AWSServiceName="autoscaling.amazonaws.com")
    assert error_of(iam.create_service_linked_role, AWSServiceName="autoscaling.amazonaws.com") == (
        "InvalidInput",
        "Service role name AWSServiceRoleForAutoScaling has been taken in this account, please try a different suffix.",
        400,
    )
    assert error_of(iam.create_service_linked_role, AWSServiceName="es.amazonaws.com", CustomSuffix="x") == (
        "InvalidInput",
        "Custom suffix is not allowed for es.amazonaws.com",
        400,
    )


def test_service_names_must_be_service_principals(gh):
    iam = gh.client("iam")
    for bad in ["elasticbeanstalk", "elasticbeanstalk.example.com", "amazonaws.com"]:
        assert error_of(iam.create_service_linked_role, AWSServiceName=bad) == (
            "AccessDenied", f"Cannot find Service Linked Role template for {bad}", 403), bad
    assert iam.list_roles()["Roles"] == []


def test_ordinary_operations_cannot_change_a_service_linked_role(gh):
    iam = gh.client("iam")
    name = iam.create_service_linked_role(AWSServiceName=EB)["Role"]["RoleName"]
    iam.create_instance_profile(InstanceProfileName="p")
    refused = [
        (iam.delete_role, {"RoleName": name}),
        (iam.put_role_policy, {"RoleName": name, "PolicyName": "x", "PolicyDocument": ALLOW_S3}),
        (iam.delete_role_policy, {"RoleName": name, "PolicyName": "x"}),
        (iam.attach_role_policy, {"RoleName": name, "PolicyArn": READ_ONLY}),
        (iam.detach_role_policy, {"RoleName": name, "PolicyArn": EB_POLICY}),
        (iam.put_role_permissions_boundary, {"RoleName": name, "PermissionsBoundary": READ_ONLY}),
        (iam.delete_role_permissions_boundary, {"RoleName": name}),
        (iam.update_assume_role_policy, {"RoleName": name, "PolicyDocument": json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        })}),
        (iam.update_role, {"RoleName": name, "MaxSessionDuration": 7200}),
        (iam.add_role_to_instance_profile, {"InstanceProfileName": "p", "RoleName": name}),
        (iam.remove_role_from_instance_profile, {"InstanceProfileName": "p", "RoleName": name}),
    ]
    for call, kwargs in refused:
        assert error_of(call, **kwargs) == protected(name), call
    # Its description can be edited, as AWS allows.
    iam.update_role_description(RoleName=name, Description="edited")
    iam.update_role(RoleName=name, Description="edited again")
    assert iam.get_role(RoleName=name)["Role"]["Description"] == "edited again"
    assert iam.list_attached_role_policies(RoleName=name)["AttachedPolicies"][0]["PolicyArn"] == EB_POLICY


def test_delete_hands_out_a_task_whose_status_can_be_read(gh):
    iam = gh.client("iam")
    name = iam.create_service_linked_role(AWSServiceName="ecs.amazonaws.com")["Role"]["RoleName"]
    assert name == "AWSServiceRoleForECS"
    task = iam.delete_service_linked_role(RoleName=name)["DeletionTaskId"]
    assert task.startswith(f"task/aws-service-role/ecs.amazonaws.com/{name}/")
    status = iam.get_service_linked_role_deletion_status(DeletionTaskId=task)
    assert status["Status"] == "SUCCEEDED" and "Reason" not in status
    assert error_of(iam.get_role, RoleName=name)[0] == "NoSuchEntity"
    # The service can link a new role afterwards.
    iam.create_service_linked_role(AWSServiceName="ecs.amazonaws.com")


def test_delete_and_status_errors(gh):
    iam = gh.client("iam")
    assert error_of(iam.delete_service_linked_role, RoleName="nobody") == (
        "NoSuchEntity", "The role with name nobody cannot be found.", 404)
    iam.create_role(RoleName="plain", AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    }))
    code, _, status = error_of(iam.delete_service_linked_role, RoleName="plain")
    assert (code, status) == ("NoSuchEntity", 404)
    assert iam.get_role(RoleName="plain")["Role"]["RoleName"] == "plain"
    code, _, status = error_of(iam.get_service_linked_role_deletion_status, DeletionTaskId="garbage")
    assert (code, status) == ("InvalidInput", 400)
    unknown = "task/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS/00000000-0000-4000-8000-000000000000"
    code, _, status = error_of(iam.get_service_linked_role_deletion_status, DeletionTaskId=unknown)
    assert (code, status) == ("NoSuchEntity", 404)


def test_tasks_belong_to_their_account(gh):
    iam = gh.client("iam")
    iam.create_service_linked_role(AWSServiceName="ecs.amazonaws.com")
    task = iam.delete_service_linked_role(RoleName="AWSServiceRoleForECS")["DeletionTaskId"]
    other = gh.client("iam", access_key="111111111111")
    assert error_of(other.get_service_linked_role_deletion_status, DeletionTaskId=task)[0] == "NoSuchEntity"


def test_callers_need_permission_on_the_linked_role(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="ops")
    key = iam.create_access_key(UserName="ops")["AccessKey"]
    ops = gh.client("iam", access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])
    code, _, status = error_of(ops.create_service_linked_role, AWSServiceName=EB)
    assert (code, status) == ("AccessDenied", 403)
    iam.put_user_policy(UserName="ops", PolicyName="slr", PolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": ["iam:CreateServiceLinkedRole", "iam:DeleteServiceLinkedRole", "iam:GetServiceLinkedRoleDeletionStatus"],
            "Resource": f"arn:aws:iam::{ACCOUNT}:role/aws-service-role/{EB}/*",
        }],
    }))
    assert ops.create_service_linked_role(AWSServiceName=EB)["Role"]["RoleName"] == "AWSServiceRoleForElasticBeanstalk"
    assert error_of(ops.create_service_linked_role, AWSServiceName="ecs.amazonaws.com")[0] == "AccessDenied"

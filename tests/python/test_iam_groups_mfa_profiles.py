"""Groups and membership, virtual MFA devices (GetMFADevice included), instance profiles (boto3)."""

import json
import time

import botocore.exceptions
import pytest
from totp import totp

ACCOUNT = "000000000000"
ALLOW_S3 = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]})
TRUST_EC2 = json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
)


def error_of(call, *args, **kwargs):
    with pytest.raises(botocore.exceptions.ClientError) as err:
        call(*args, **kwargs)
    e = err.value.response
    return e["Error"]["Code"], e["Error"]["Message"], e["ResponseMetadata"]["HTTPStatusCode"]


def new_device(iam, name):
    device = iam.create_virtual_mfa_device(VirtualMFADeviceName=name)["VirtualMFADevice"]
    seed = device["Base32StringSeed"]
    return device["SerialNumber"], seed.decode() if isinstance(seed, bytes) else seed


# Groups


def test_group_lifecycle_and_membership(gh):
    iam = gh.client("iam")
    group = iam.create_group(GroupName="devs", Path="/eng/")["Group"]
    assert group["Arn"] == f"arn:aws:iam::{ACCOUNT}:group/eng/devs"
    assert group["GroupId"].startswith("AGPA")
    assert error_of(iam.create_group, GroupName="DEVS")[:1] == ("EntityAlreadyExists",)
    for name in ["ann", "bob"]:
        iam.create_user(UserName=name)
        iam.add_user_to_group(GroupName="devs", UserName=name)
    got = iam.get_group(GroupName="devs")
    assert [u["UserName"] for u in got["Users"]] == ["ann", "bob"]
    assert [g["GroupName"] for g in iam.list_groups_for_user(UserName="ann")["Groups"]] == ["devs"]
    assert [g["GroupName"] for g in iam.list_groups(PathPrefix="/eng/")["Groups"]] == ["devs"]
    assert iam.list_groups(PathPrefix="/ops/")["Groups"] == []

    assert error_of(iam.delete_group, GroupName="devs")[0] == "DeleteConflict"
    iam.remove_user_from_group(GroupName="devs", UserName="ann")
    iam.remove_user_from_group(GroupName="devs", UserName="bob")
    iam.update_group(GroupName="devs", NewGroupName="builders", NewPath="/b/")
    assert iam.get_group(GroupName="builders")["Group"]["Path"] == "/b/"
    iam.delete_group(GroupName="builders")
    assert error_of(iam.get_group, GroupName="builders") == (
        "NoSuchEntity", "The group with name builders cannot be found.", 404)


def test_group_members_page_and_errors(gh):
    iam = gh.client("iam")
    iam.create_group(GroupName="g")
    for i in range(5):
        iam.create_user(UserName=f"m{i}")
        iam.add_user_to_group(GroupName="g", UserName=f"m{i}")
    first = iam.get_group(GroupName="g", MaxItems=2)
    assert first["IsTruncated"] is True and len(first["Users"]) == 2
    names = [u["UserName"] for page in iam.get_paginator("get_group").paginate(GroupName="g", PaginationConfig={"PageSize": 2}) for u in page["Users"]]
    assert names == [f"m{i}" for i in range(5)]
    assert error_of(iam.add_user_to_group, GroupName="g", UserName="nobody")[0] == "NoSuchEntity"
    assert error_of(iam.add_user_to_group, GroupName="nogroup", UserName="m0")[0] == "NoSuchEntity"
    assert error_of(iam.list_groups_for_user, UserName="nobody")[0] == "NoSuchEntity"


def test_group_policies_and_quota_of_groups_per_user(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="u")
    for i in range(10):
        iam.create_group(GroupName=f"g{i}")
        iam.add_user_to_group(GroupName=f"g{i}", UserName="u")
    iam.create_group(GroupName="g10")
    code, _, status = error_of(iam.add_user_to_group, GroupName="g10", UserName="u")
    assert (code, status) == ("LimitExceeded", 409)
    iam.put_group_policy(GroupName="g0", PolicyName="s3", PolicyDocument=ALLOW_S3)
    assert iam.list_group_policies(GroupName="g0")["PolicyNames"] == ["s3"]
    assert iam.get_group_policy(GroupName="g0", PolicyName="s3")["PolicyDocument"] == json.loads(ALLOW_S3)
    iam.attach_group_policy(GroupName="g0", PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")
    assert [p["PolicyName"] for p in iam.list_attached_group_policies(GroupName="g0")["AttachedPolicies"]] == ["ReadOnlyAccess"]


# Virtual MFA


def test_virtual_mfa_enable_get_list_resync_deactivate_delete(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="mfa-user")
    serial, seed = new_device(iam, "mfa-user-device")
    assert serial == f"arn:aws:iam::{ACCOUNT}:mfa/mfa-user-device"
    unassigned = iam.list_virtual_mfa_devices(AssignmentStatus="Unassigned")["VirtualMFADevices"]
    assert [d["SerialNumber"] for d in unassigned] == [serial]

    now = time.time()
    code, message, status = error_of(
        iam.enable_mfa_device, UserName="mfa-user", SerialNumber=serial, AuthenticationCode1="000000", AuthenticationCode2="000000"
    )
    assert (code, status) == ("InvalidAuthenticationCode", 403)
    iam.enable_mfa_device(UserName="mfa-user", SerialNumber=serial, AuthenticationCode1=totp(seed, now - 60), AuthenticationCode2=totp(seed, now - 30))

    device = iam.get_mfa_device(SerialNumber=serial, UserName="mfa-user")
    assert device["UserName"] == "mfa-user" and device["SerialNumber"] == serial
    assert "EnableDate" in device and "Certifications" not in device
    listed = iam.list_mfa_devices(UserName="mfa-user")["MFADevices"]
    assert [d["SerialNumber"] for d in listed] == [serial]
    assigned = iam.list_virtual_mfa_devices(AssignmentStatus="Assigned")["VirtualMFADevices"]
    assert [d["User"]["UserName"] for d in assigned] == ["mfa-user"]

    iam.resync_mfa_device(UserName="mfa-user", SerialNumber=serial, AuthenticationCode1=totp(seed, now - 30), AuthenticationCode2=totp(seed, now))
    assert error_of(
        iam.resync_mfa_device, UserName="mfa-user", SerialNumber=serial, AuthenticationCode1="123456", AuthenticationCode2="654321"
    )[0] == "InvalidAuthenticationCode"

    assert error_of(iam.delete_virtual_mfa_device, SerialNumber=serial)[0] == "DeleteConflict"
    assert error_of(iam.delete_user, UserName="mfa-user")[0] == "DeleteConflict"
    iam.deactivate_mfa_device(UserName="mfa-user", SerialNumber=serial)
    assert iam.list_mfa_devices(UserName="mfa-user")["MFADevices"] == []
    assert error_of(iam.get_mfa_device, SerialNumber=serial, UserName="mfa-user")[0] == "NoSuchEntity"
    iam.delete_virtual_mfa_device(SerialNumber=serial)
    assert iam.list_virtual_mfa_devices()["VirtualMFADevices"] == []


def test_get_mfa_device_errors(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="a")
    iam.create_user(UserName="b")
    serial, seed = new_device(iam, "a-device")
    now = time.time()
    iam.enable_mfa_device(UserName="a", SerialNumber=serial, AuthenticationCode1=totp(seed, now - 60), AuthenticationCode2=totp(seed, now - 30))
    missing = f"arn:aws:iam::{ACCOUNT}:mfa/none"
    assert error_of(iam.get_mfa_device, SerialNumber=missing, UserName="a") == (
        "NoSuchEntity", f"MFA Device with serial number {missing} does not exist.", 404)
    # Another user's device is not theirs to read.
    assert error_of(iam.get_mfa_device, SerialNumber=serial, UserName="b")[0] == "NoSuchEntity"
    assert error_of(iam.get_mfa_device, SerialNumber=serial, UserName="ghost") == (
        "NoSuchEntity", "The user with name ghost cannot be found.", 404)
    # Without UserName the caller's own devices are meant: a's keys read a's device.
    key = iam.create_access_key(UserName="a")["AccessKey"]
    iam.attach_user_policy(UserName="a", PolicyArn="arn:aws:iam::aws:policy/IAMReadOnlyAccess")
    own = gh.client("iam", access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])
    assert own.get_mfa_device(SerialNumber=serial)["UserName"] == "a"


def test_mfa_devices_are_limited_and_names_unique(gh):
    iam = gh.client("iam")
    new_device(iam, "d")
    assert error_of(iam.create_virtual_mfa_device, VirtualMFADeviceName="d")[0] == "EntityAlreadyExists"
    assert error_of(iam.enable_mfa_device, UserName="nobody", SerialNumber=f"arn:aws:iam::{ACCOUNT}:mfa/d",
                    AuthenticationCode1="123456", AuthenticationCode2="123456")[0] == "NoSuchEntity"


# Instance profiles


def test_instance_profile_lifecycle(gh):
    iam = gh.client("iam")
    profile = iam.create_instance_profile(InstanceProfileName="web", Path="/app/", Tags=[{"Key": "k", "Value": "v"}])["InstanceProfile"]
    assert profile["Arn"] == f"arn:aws:iam::{ACCOUNT}:instance-profile/app/web"
    assert profile["InstanceProfileId"].startswith("AIPA") and profile["Roles"] == []
    assert error_of(iam.create_instance_profile, InstanceProfileName="WEB")[0] == "EntityAlreadyExists"
    iam.create_role(RoleName="web-role", AssumeRolePolicyDocument=TRUST_EC2)
    iam.create_role(RoleName="other-role", AssumeRolePolicyDocument=TRUST_EC2)
    iam.add_role_to_instance_profile(InstanceProfileName="web", RoleName="web-role")
    code, message, status = error_of(iam.add_role_to_instance_profile, InstanceProfileName="web", RoleName="other-role")
    assert (code, status) == ("LimitExceeded", 409)
    got = iam.get_instance_profile(InstanceProfileName="web")["InstanceProfile"]
    assert [r["RoleName"] for r in got["Roles"]] == ["web-role"]
    assert got["Tags"] == [{"Key": "k", "Value": "v"}]
    assert [p["InstanceProfileName"] for p in iam.list_instance_profiles_for_role(RoleName="web-role")["InstanceProfiles"]] == ["web"]
    assert [p["InstanceProfileName"] for p in iam.list_instance_profiles(PathPrefix="/app/")["InstanceProfiles"]] == ["web"]

    assert error_of(iam.delete_role, RoleName="web-role")[0] == "DeleteConflict"
    assert error_of(iam.delete_instance_profile, InstanceProfileName="web")[0] == "DeleteConflict"
    iam.remove_role_from_instance_profile(InstanceProfileName="web", RoleName="web-role")
    assert error_of(iam.remove_role_from_instance_profile, InstanceProfileName="web", RoleName="web-role")[0] == "NoSuchEntity"
    iam.delete_instance_profile(InstanceProfileName="web")
    assert error_of(iam.get_instance_profile, InstanceProfileName="web") == (
        "NoSuchEntity", "Instance Profile web cannot be found.", 404)


def test_instance_profiles_page(gh):
    iam = gh.client("iam")
    for i in range(5):
        iam.create_instance_profile(InstanceProfileName=f"p{i}")
    first = iam.list_instance_profiles(MaxItems=2)
    assert first["IsTruncated"] is True and len(first["InstanceProfiles"]) == 2
    names = [p["InstanceProfileName"] for page in iam.get_paginator("list_instance_profiles").paginate(PaginationConfig={"PageSize": 2}) for p in page["InstanceProfiles"]]
    assert names == [f"p{i}" for i in range(5)]

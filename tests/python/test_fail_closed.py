"""Decisions fail closed against the real binary: a policy a session depends on that is gone, and
a user or role deleted and created again under the same name, never widen what credentials may do."""

import json

import pytest
from botocore.exceptions import ClientError

ACCOUNT = "000000000000"


def doc(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def allow(action, resource="*"):
    return {"Effect": "Allow", "Action": action, "Resource": resource}


def trust_user(name):
    return doc({"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:user/{name}"}, "Action": "sts:AssumeRole"})


def denied(call, **kwargs):
    with pytest.raises(ClientError) as excinfo:
        call(**kwargs)
    error = excinfo.value.response["Error"]
    assert error["Code"] == "AccessDenied", error
    return error["Message"]


def user_with_key(iam, name, *policies):
    iam.create_user(UserName=name)
    for index, policy in enumerate(policies):
        iam.put_user_policy(UserName=name, PolicyName=f"p{index}", PolicyDocument=doc(policy))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return dict(access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])


def session_args(credentials):
    return dict(
        access_key=credentials["AccessKeyId"],
        secret_key=credentials["SecretAccessKey"],
        session_token=credentials["SessionToken"],
    )


def test_a_deleted_session_policy_does_not_widen_the_session(gh):
    root = gh.client("iam")
    policy_arn = root.create_policy(PolicyName="ListOnly", PolicyDocument=doc(allow("iam:ListUsers")))["Policy"]["Arn"]
    user = user_with_key(root, "alice")
    role = root.create_role(RoleName="admin", AssumeRolePolicyDocument=trust_user("alice"))["Role"]
    root.put_role_policy(RoleName="admin", PolicyName="all", PolicyDocument=doc(allow("iam:*")))

    credentials = gh.client("sts", **user).assume_role(
        RoleArn=role["Arn"], RoleSessionName="s1", PolicyArns=[{"arn": policy_arn}]
    )["Credentials"]
    session = gh.client("iam", **session_args(credentials))
    session.list_users()
    denied(session.create_user, UserName="mallory")

    root.delete_policy(PolicyArn=policy_arn)
    message = denied(session.create_user, UserName="mallory")
    assert message.endswith(f"because the session policy {policy_arn} no longer exists"), message
    denied(session.list_users)
    with pytest.raises(ClientError):
        root.get_user(UserName="mallory")


def test_a_session_does_not_outlive_its_role(gh):
    root = gh.client("iam")
    user = user_with_key(root, "alice")
    role = root.create_role(RoleName="ops", AssumeRolePolicyDocument=trust_user("alice"))["Role"]
    root.put_role_policy(RoleName="ops", PolicyName="read", PolicyDocument=doc(allow("iam:List*")))
    credentials = gh.client("sts", **user).assume_role(RoleArn=role["Arn"], RoleSessionName="old")["Credentials"]
    old = gh.client("iam", **session_args(credentials))
    old.list_users()

    root.delete_role_policy(RoleName="ops", PolicyName="read")
    root.delete_role(RoleName="ops")
    again = root.create_role(RoleName="ops", AssumeRolePolicyDocument=trust_user("alice"))["Role"]
    root.put_role_policy(RoleName="ops", PolicyName="all", PolicyDocument=doc(allow("iam:*")))
    assert again["RoleId"] != role["RoleId"]

    for call in (old.list_users, lambda: old.create_user(UserName="mallory")):
        message = denied(call)
        assert message.endswith("because the role ops that this session was issued for no longer exists"), message
    # A session of the new role acts with the new role's policies.
    fresh = gh.client("sts", **user).assume_role(RoleArn=again["Arn"], RoleSessionName="new")["Credentials"]
    gh.client("iam", **session_args(fresh)).list_users()


def test_a_session_does_not_outlive_its_user(gh):
    root = gh.client("iam")
    user = user_with_key(root, "bob", allow("sts:AssumeRole"))
    session_token = gh.client("sts", **user).get_session_token()["Credentials"]
    role = root.create_role(RoleName="target", AssumeRolePolicyDocument=trust_user("bob"))["Role"]
    old = gh.client("sts", **session_args(session_token))
    old.assume_role(RoleArn=role["Arn"], RoleSessionName="before")

    # Delete bob (keys and policies first, as IAM requires) and create another bob.
    for key in root.list_access_keys(UserName="bob")["AccessKeyMetadata"]:
        root.delete_access_key(UserName="bob", AccessKeyId=key["AccessKeyId"])
    root.delete_user_policy(UserName="bob", PolicyName="p0")
    root.delete_user(UserName="bob")
    user_with_key(root, "bob", allow("sts:AssumeRole"))

    # The old bob's GetSessionToken session neither acts as the new bob nor matches the trust
    # policy that names bob's ARN.
    message = denied(old.assume_role, RoleArn=role["Arn"], RoleSessionName="after")
    assert "sts:AssumeRole" in message, message

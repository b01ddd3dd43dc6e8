"""The seed workflow with the AWS CLI: a user, its key, policies and a role, then the key signs."""

import json

import botocore.exceptions
import pytest

ASSUME_ANY = json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}
)


def trust(principal):
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"AWS": principal}, "Action": "sts:AssumeRole"}],
        }
    )


def test_seed_workflow_with_the_cli(gh):
    user = gh.cli("iam", "create-user", "--user-name", "deployer")["User"]
    assert user["UserName"] == "deployer"
    assert user["UserId"].startswith("AIDA") and len(user["UserId"]) == 21
    assert user["Arn"] == "arn:aws:iam::000000000000:user/deployer"

    key = gh.cli("iam", "create-access-key", "--user-name", "deployer")["AccessKey"]
    assert key["AccessKeyId"].startswith("AKIA") and len(key["AccessKeyId"]) == 20
    assert len(key["SecretAccessKey"]) == 40
    assert key["Status"] == "Active"

    policy = gh.cli("iam", "create-policy", "--policy-name", "assume-any", "--policy-document", ASSUME_ANY)["Policy"]
    assert policy["Arn"] == "arn:aws:iam::000000000000:policy/assume-any"
    assert policy["PolicyId"].startswith("ANPA")
    gh.cli("iam", "attach-user-policy", "--user-name", "deployer", "--policy-arn", policy["Arn"])
    attached = gh.cli("iam", "list-attached-user-policies", "--user-name", "deployer")["AttachedPolicies"]
    assert attached == [{"PolicyName": "assume-any", "PolicyArn": policy["Arn"]}]

    role = gh.cli(
        "iam", "create-role", "--role-name", "app", "--assume-role-policy-document", trust(user["Arn"])
    )["Role"]
    assert role["RoleId"].startswith("AROA")
    assert role["Arn"] == "arn:aws:iam::000000000000:role/app"
    gh.cli(
        "iam", "create-role", "--role-name", "ops",
        "--assume-role-policy-document", trust("arn:aws:iam::000000000000:root"),
    )
    for arn in ("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"):
        gh.cli("iam", "attach-role-policy", "--role-name", "app", "--policy-arn", arn)
    names = [p["PolicyName"] for p in gh.cli("iam", "list-attached-role-policies", "--role-name", "app")["AttachedPolicies"]]
    assert sorted(names) == ["AdministratorAccess", "AmazonS3ReadOnlyAccess"]

    me = gh.cli("sts", "get-caller-identity", access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])
    assert me["Arn"] == user["Arn"]
    assert me["UserId"] == user["UserId"]
    assert me["Account"] == "000000000000"


def test_wrong_secret_inactive_and_deleted_keys_are_refused(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="u")
    key = iam.create_access_key(UserName="u")["AccessKey"]
    kid, secret = key["AccessKeyId"], key["SecretAccessKey"]

    with pytest.raises(botocore.exceptions.ClientError) as err:
        gh.client("sts", access_key=kid, secret_key="x" * 40).get_caller_identity()
    assert err.value.response["Error"]["Code"] == "SignatureDoesNotMatch"

    iam.update_access_key(UserName="u", AccessKeyId=kid, Status="Inactive")
    with pytest.raises(botocore.exceptions.ClientError) as err:
        gh.client("sts", access_key=kid, secret_key=secret).get_caller_identity()
    assert err.value.response["Error"]["Code"] == "InvalidClientTokenId"

    iam.update_access_key(UserName="u", AccessKeyId=kid, Status="Active")
    assert gh.client("sts", access_key=kid, secret_key=secret).get_caller_identity()["Arn"].endswith(":user/u")

    iam.delete_access_key(UserName="u", AccessKeyId=kid)
    # Lenient mode treats a key it does not know as the root; strict refuses it (next test).
    after = gh.client("sts", access_key=kid, secret_key=secret).get_caller_identity()
    assert not after["Arn"].endswith(":user/u")


def test_deleted_key_is_unknown_in_strict_mode(strict):
    iam = strict.client("iam")
    iam.create_user(UserName="u")
    key = iam.create_access_key(UserName="u")["AccessKey"]
    iam.delete_access_key(UserName="u", AccessKeyId=key["AccessKeyId"])
    with pytest.raises(botocore.exceptions.ClientError) as err:
        strict.client("sts", access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"]).get_caller_identity()
    assert err.value.response["Error"]["Code"] == "InvalidClientTokenId"

"""Users, access keys and user tags through boto3, with AWS's errors."""

import json
import botocore.exceptions
import pytest


def error_of(call, *args, **kwargs):
    with pytest.raises(botocore.exceptions.ClientError) as err:
        call(*args, **kwargs)
    return err.value.response["Error"]["Code"], err.value.response["Error"]["Message"], err.value.response["ResponseMetadata"]["HTTPStatusCode"]


def test_user_lifecycle(gh):
    iam = gh.client("iam")
    created = iam.create_user(UserName="alice", Path="/team/", Tags=[{"Key": "k", "Value": "v"}])["User"]
    assert created["Arn"] == "arn:aws:iam::000000000000:user/team/alice"
    assert created["Tags"] == [{"Key": "k", "Value": "v"}]
    got = iam.get_user(UserName="ALICE")["User"]
    assert got["UserId"] == created["UserId"]
    assert [u["UserName"] for u in iam.list_users(PathPrefix="/team/")["Users"]] == ["alice"]
    assert iam.list_users(PathPrefix="/other/")["Users"] == []
    iam.update_user(UserName="alice", NewUserName="alice2", NewPath="/x/")
    assert iam.get_user(UserName="alice2")["User"]["Path"] == "/x/"
    iam.delete_user(UserName="alice2")
    assert error_of(iam.get_user, UserName="alice2") == (
        "NoSuchEntity", "The user with name alice2 cannot be found.", 404)


def test_duplicate_users_conflict_case_insensitively(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="bob")
    code, message, status = error_of(iam.create_user, UserName="BOB")
    assert (code, status) == ("EntityAlreadyExists", 409)
    assert message == "User with name BOB already exists."


def test_list_users_paginates(gh):
    iam = gh.client("iam")
    for i in range(5):
        iam.create_user(UserName=f"user{i}")
    first = iam.list_users(MaxItems=2)
    assert first["IsTruncated"] is True and len(first["Users"]) == 2
    names = [u["UserName"] for page in iam.get_paginator("list_users").paginate(PaginationConfig={"PageSize": 2}) for u in page["Users"]]
    assert names == [f"user{i}" for i in range(5)]


def test_access_keys(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="k")
    first = iam.create_access_key(UserName="k")["AccessKey"]
    iam.create_access_key(UserName="k")
    assert error_of(iam.create_access_key, UserName="k") == (
        "LimitExceeded", "Cannot exceed quota for AccessKeysPerUser: 2", 409)
    listed = iam.list_access_keys(UserName="k")["AccessKeyMetadata"]
    assert len(listed) == 2 and all("SecretAccessKey" not in k for k in listed)
    last = iam.get_access_key_last_used(AccessKeyId=first["AccessKeyId"])
    assert last["UserName"] == "k"
    assert last["AccessKeyLastUsed"]["ServiceName"] == "N/A"
    code, _, status = error_of(iam.delete_user, UserName="k")
    assert (code, status) == ("DeleteConflict", 409)
    for key in listed:
        iam.delete_access_key(UserName="k", AccessKeyId=key["AccessKeyId"])
    iam.delete_user(UserName="k")
    assert error_of(iam.list_access_keys, UserName="k")[0] == "NoSuchEntity"


def test_a_user_manages_its_own_keys_without_user_name(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="self")
    key = iam.create_access_key(UserName="self")["AccessKey"]
    own = gh.client("iam", access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])
    # Without a policy a user may do nothing in IAM, not even read itself.
    assert error_of(own.get_user)[0] == "AccessDenied"
    iam.put_user_policy(
        UserName="self",
        PolicyName="manage-own-keys",
        PolicyDocument=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Action": ["iam:GetUser", "iam:*AccessKey*"],
                        "Resource": "arn:aws:iam::*:user/${aws:username}",
                    }
                ],
            }
        ),
    )
    assert own.get_user()["User"]["UserName"] == "self"
    assert error_of(own.get_user, UserName="someone-else")[0] == "AccessDenied"
    assert [k["AccessKeyId"] for k in own.list_access_keys()["AccessKeyMetadata"]] == [key["AccessKeyId"]]
    second = own.create_access_key()["AccessKey"]
    assert second["UserName"] == "self"


def test_root_get_user_answers_for_the_root(gh):
    user = gh.client("iam").get_user()["User"]
    assert user["Arn"] == "arn:aws:iam::000000000000:root"
    assert user["UserId"] == "000000000000"


def test_user_tags(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="t")
    iam.tag_user(UserName="t", Tags=[{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}])
    iam.untag_user(UserName="t", TagKeys=["a"])
    assert iam.list_user_tags(UserName="t")["Tags"] == [{"Key": "b", "Value": "2"}]
    assert error_of(iam.tag_user, UserName="nobody", Tags=[{"Key": "a", "Value": "1"}])[0] == "NoSuchEntity"


def test_accounts_do_not_see_each_other(gh):
    gh.client("iam").create_user(UserName="mine")
    other = gh.client("iam", access_key="111111111111")
    assert other.list_users()["Users"] == []
    assert error_of(other.get_user, UserName="mine")[0] == "NoSuchEntity"

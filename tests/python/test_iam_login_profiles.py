"""Console passwords through boto3: login profiles, ChangePassword and the account password
policy, with AWS's errors."""

import json

import botocore.exceptions
import pytest

ACCOUNT = "000000000000"
GOOD = "Good-Passw0rd!"
VIOLATION = ("PasswordPolicyViolation", "Password does not conform to the account password policy.", 400)


def error_of(call, *args, **kwargs):
    with pytest.raises(botocore.exceptions.ClientError) as err:
        call(*args, **kwargs)
    response = err.value.response
    return response["Error"]["Code"], response["Error"]["Message"], response["ResponseMetadata"]["HTTPStatusCode"]


def user_client(gh, iam, name, actions=None):
    """A client acting as a new IAM user `name`, allowed `actions` on itself."""
    iam.create_user(UserName=name)
    if actions:
        iam.put_user_policy(
            UserName=name,
            PolicyName="self",
            PolicyDocument=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {"Effect": "Allow", "Action": actions, "Resource": "arn:aws:iam::*:user/${aws:username}"}
                    ],
                }
            ),
        )
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return gh.client("iam", access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])


def test_login_profile_lifecycle(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="alice")
    created = iam.create_login_profile(UserName="alice", Password=GOOD, PasswordResetRequired=True)["LoginProfile"]
    assert created["UserName"] == "alice"
    assert created["PasswordResetRequired"] is True
    got = iam.get_login_profile(UserName="ALICE")["LoginProfile"]
    assert got["UserName"] == "alice"
    assert got["CreateDate"] == created["CreateDate"]
    assert "Password" not in got

    iam.update_login_profile(UserName="alice", PasswordResetRequired=False)
    assert iam.get_login_profile(UserName="alice")["LoginProfile"]["PasswordResetRequired"] is False
    iam.update_login_profile(UserName="alice", Password="An0ther-Secret")
    iam.update_login_profile(UserName="alice")

    assert error_of(iam.delete_user, UserName="alice") == (
        "DeleteConflict", "Cannot delete entity, must delete login profile first.", 409)
    iam.delete_login_profile(UserName="alice")
    assert error_of(iam.get_login_profile, UserName="alice") == (
        "NoSuchEntity", "Login Profile for User alice cannot be found.", 404)
    iam.delete_user(UserName="alice")


def test_login_profile_errors(gh):
    iam = gh.client("iam")
    assert error_of(iam.create_login_profile, UserName="ghost", Password=GOOD) == (
        "NoSuchEntity", "The user with name ghost cannot be found.", 404)
    assert error_of(iam.get_login_profile, UserName="ghost") == (
        "NoSuchEntity", "The user with name ghost cannot be found.", 404)
    iam.create_user(UserName="bob")
    for call, kwargs in [
        (iam.get_login_profile, {}),
        (iam.update_login_profile, {"Password": GOOD}),
        (iam.update_login_profile, {"PasswordResetRequired": True}),
        (iam.delete_login_profile, {}),
    ]:
        assert error_of(call, UserName="bob", **kwargs) == (
            "NoSuchEntity", "Login Profile for User bob cannot be found.", 404)
    iam.create_login_profile(UserName="bob", Password=GOOD)
    code, message, status = error_of(iam.create_login_profile, UserName="bob", Password=GOOD)
    assert (code, status) == ("EntityAlreadyExists", 409)
    assert "bob" in message
    # Without a custom policy, AWS's default one applies: 8 characters of three classes.
    iam.create_user(UserName="weak")
    assert error_of(iam.create_login_profile, UserName="weak", Password="short1A") == VIOLATION
    assert error_of(iam.create_login_profile, UserName="weak", Password="alllowercase") == VIOLATION
    assert error_of(iam.update_login_profile, UserName="bob", Password="alllowercase") == VIOLATION
    # The root, without UserName, has no login profile of its own here.
    assert error_of(iam.get_login_profile)[0] == "ValidationError"
    # Out-of-range passwords are refused by the model's constraints.
    assert error_of(iam.create_login_profile, UserName="weak", Password="x" * 129)[0] == "ValidationError"


def test_account_password_policy(gh):
    iam = gh.client("iam")
    assert error_of(iam.get_account_password_policy) == (
        "NoSuchEntity", f"The Password Policy with domain name {ACCOUNT} cannot be found.", 404)
    assert error_of(iam.delete_account_password_policy) == (
        "NoSuchEntity", f"The Password Policy with domain name {ACCOUNT} cannot be found.", 404)

    iam.update_account_password_policy()
    assert iam.get_account_password_policy()["PasswordPolicy"] == {
        "MinimumPasswordLength": 6,
        "RequireSymbols": False,
        "RequireNumbers": False,
        "RequireUppercaseCharacters": False,
        "RequireLowercaseCharacters": False,
        "AllowUsersToChangePassword": False,
        "ExpirePasswords": False,
    }
    iam.update_account_password_policy(
        MinimumPasswordLength=12,
        RequireSymbols=True,
        RequireNumbers=True,
        RequireUppercaseCharacters=True,
        RequireLowercaseCharacters=True,
        AllowUsersToChangePassword=True,
        MaxPasswordAge=90,
        PasswordReusePrevention=3,
        HardExpiry=True,
    )
    assert iam.get_account_password_policy()["PasswordPolicy"] == {
        "MinimumPasswordLength": 12,
        "RequireSymbols": True,
        "RequireNumbers": True,
        "RequireUppercaseCharacters": True,
        "RequireLowercaseCharacters": True,
        "AllowUsersToChangePassword": True,
        "ExpirePasswords": True,
        "MaxPasswordAge": 90,
        "PasswordReusePrevention": 3,
        "HardExpiry": True,
    }
    # An update replaces the whole policy: omitted fields fall back to their defaults.
    iam.update_account_password_policy(MinimumPasswordLength=8)
    policy = iam.get_account_password_policy()["PasswordPolicy"]
    assert policy["MinimumPasswordLength"] == 8 and policy["ExpirePasswords"] is False
    assert "MaxPasswordAge" not in policy and "PasswordReusePrevention" not in policy

    for kwargs in [
        {"MinimumPasswordLength": 5},
        {"MinimumPasswordLength": 129},
        {"MaxPasswordAge": 0},
        {"MaxPasswordAge": 1096},
        {"PasswordReusePrevention": 0},
        {"PasswordReusePrevention": 25},
    ]:
        with pytest.raises((botocore.exceptions.ClientError, botocore.exceptions.ParamValidationError)) as err:
            iam.update_account_password_policy(**kwargs)
        if isinstance(err.value, botocore.exceptions.ClientError):
            assert err.value.response["Error"]["Code"] == "ValidationError", kwargs

    iam.delete_account_password_policy()
    assert error_of(iam.get_account_password_policy)[0] == "NoSuchEntity"


def test_out_of_range_policy_values_on_the_wire(gh):
    """botocore checks some ranges client-side; the server refuses them too."""
    iam = gh.client("iam", parameter_validation=False)
    for kwargs in [{"MinimumPasswordLength": 5}, {"MaxPasswordAge": 1096}, {"PasswordReusePrevention": 25}]:
        assert error_of(iam.update_account_password_policy, **kwargs)[0] == "ValidationError", kwargs
    assert error_of(iam.get_account_password_policy)[0] == "NoSuchEntity"


def test_the_policy_is_enforced_on_create_and_update(gh):
    iam = gh.client("iam")
    iam.update_account_password_policy(MinimumPasswordLength=10, RequireSymbols=True, RequireNumbers=True)
    iam.create_user(UserName="carol")
    assert error_of(iam.create_login_profile, UserName="carol", Password="NoSymbols12") == VIOLATION
    assert error_of(iam.create_login_profile, UserName="carol", Password="sh0rt!") == VIOLATION
    assert error_of(iam.create_login_profile, UserName="carol", Password="no-numbers-here") == VIOLATION
    # A custom policy replaces the default one: no uppercase needed here.
    iam.create_login_profile(UserName="carol", Password="lower-case-1")
    assert error_of(iam.update_login_profile, UserName="carol", Password="lower-case") == VIOLATION
    iam.update_login_profile(UserName="carol", Password="lower-case-2")


def test_change_password(gh):
    iam = gh.client("iam")
    own = user_client(gh, iam, "dave", ["iam:ChangePassword"])
    assert error_of(own.change_password, OldPassword=GOOD, NewPassword="New-Passw0rd!") == (
        "NoSuchEntity", "Login Profile for User dave cannot be found.", 404)
    iam.create_login_profile(UserName="dave", Password=GOOD, PasswordResetRequired=True)
    assert error_of(own.change_password, OldPassword="Wrong-Passw0rd!", NewPassword="New-Passw0rd!")[0] == "AccessDenied"
    assert error_of(own.change_password, OldPassword=GOOD, NewPassword="weak") == VIOLATION
    own.change_password(OldPassword=GOOD, NewPassword="New-Passw0rd!")
    # Changing the password clears the reset requirement; the old password no longer works.
    assert iam.get_login_profile(UserName="dave")["LoginProfile"]["PasswordResetRequired"] is False
    assert error_of(own.change_password, OldPassword=GOOD, NewPassword="Third-Passw0rd!")[0] == "AccessDenied"
    own.change_password(OldPassword="New-Passw0rd!", NewPassword="Third-Passw0rd!")


def test_change_password_respects_reuse_prevention(gh):
    iam = gh.client("iam")
    iam.update_account_password_policy(MinimumPasswordLength=8, PasswordReusePrevention=2, AllowUsersToChangePassword=True)
    own = user_client(gh, iam, "erin")
    iam.create_login_profile(UserName="erin", Password="first-pass1")
    assert error_of(own.change_password, OldPassword="first-pass1", NewPassword="first-pass1") == VIOLATION
    own.change_password(OldPassword="first-pass1", NewPassword="second-pass2")
    # The last two passwords are remembered: the first one may not come back yet.
    assert error_of(own.change_password, OldPassword="second-pass2", NewPassword="first-pass1") == VIOLATION
    own.change_password(OldPassword="second-pass2", NewPassword="third-pass3")
    own.change_password(OldPassword="third-pass3", NewPassword="first-pass1")


def test_change_password_permission_and_caller_type(gh):
    iam = gh.client("iam")
    # The root (and anything but an IAM user) cannot call ChangePassword.
    assert error_of(iam.change_password, OldPassword=GOOD, NewPassword="New-Passw0rd!") == (
        "InvalidUserType", "Only IAM Users can change their own password.", 400)
    own = user_client(gh, iam, "frank")
    iam.create_login_profile(UserName="frank", Password=GOOD)
    # Without iam:ChangePassword and without AllowUsersToChangePassword the user is denied.
    assert error_of(own.change_password, OldPassword=GOOD, NewPassword="New-Passw0rd!")[0] == "AccessDenied"
    iam.update_account_password_policy(AllowUsersToChangePassword=True)
    own.change_password(OldPassword=GOOD, NewPassword="New-Passw0rd!")
    # A role session is not an IAM user.
    iam.create_role(
        RoleName="r",
        AssumeRolePolicyDocument=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole"}
                ],
            }
        ),
    )
    creds = gh.client("sts").assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/r", RoleSessionName="session")["Credentials"]
    role = gh.client(
        "iam", access_key=creds["AccessKeyId"], secret_key=creds["SecretAccessKey"], session_token=creds["SessionToken"]
    )
    assert error_of(role.change_password, OldPassword=GOOD, NewPassword="New-Passw0rd!")[0] == "InvalidUserType"


def test_login_profile_operations_are_authorized_on_the_user(strict):
    iam = strict.client("iam")
    own = user_client(strict, iam, "gina", ["iam:GetLoginProfile", "iam:CreateLoginProfile"])
    iam.create_user(UserName="other")
    own.create_login_profile(Password=GOOD)
    assert own.get_login_profile()["LoginProfile"]["UserName"] == "gina"
    assert error_of(own.get_login_profile, UserName="other")[0] == "AccessDenied"
    assert error_of(own.delete_login_profile)[0] == "AccessDenied"
    assert error_of(own.get_account_password_policy)[0] == "AccessDenied"
    assert error_of(own.update_account_password_policy, MinimumPasswordLength=8)[0] == "AccessDenied"


def test_a_renamed_user_keeps_its_profile(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="hal")
    iam.create_login_profile(UserName="hal", Password=GOOD)
    iam.update_user(UserName="hal", NewUserName="hal2")
    assert iam.get_login_profile(UserName="hal2")["LoginProfile"]["UserName"] == "hal2"
    assert error_of(iam.get_login_profile, UserName="hal")[0] == "NoSuchEntity"

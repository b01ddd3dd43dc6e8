"""AWS Organizations through boto3 and the AWS CLI: the organization, its root and OUs, its
accounts, and assuming OrganizationAccountAccessRole into a created account.

Sources of the rules checked here (beside each test where it matters): recorded answers of AWS
quoted in public issues, the AWS Organizations API reference, and the pinned botocore model
(`models/organizations-2016-11-28.json`), whose error shapes carry AWS's descriptions.
"""

import json
import re
import urllib.request

import botocore.exceptions
import pytest

MANAGEMENT = "111111111111"
OUTSIDER = "222222222222"


def orgs(gh, account=MANAGEMENT, **keys):
    """An Organizations client signing as the root of `account` (lenient mode)."""
    if keys:
        return gh.client("organizations", **keys)
    return gh.client("organizations", access_key=account, secret_key="x")


def error_of(call):
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        call()
    return raised.value.response


def test_create_and_describe_organization_in_aws_formats(gh):
    org = orgs(gh).create_organization(FeatureSet="ALL")["Organization"]
    # The model's patterns: o-[a-z0-9]{10,32}, ARNs under the management account.
    assert re.fullmatch(r"o-[a-z0-9]{10,32}", org["Id"])
    assert org["Arn"] == f"arn:aws:organizations::{MANAGEMENT}:organization/{org['Id']}"
    assert org["MasterAccountId"] == MANAGEMENT
    assert org["MasterAccountArn"] == f"arn:aws:organizations::{MANAGEMENT}:account/{org['Id']}/{MANAGEMENT}"
    assert org["FeatureSet"] == "ALL"
    assert orgs(gh).describe_organization()["Organization"] == org
    roots = orgs(gh).list_roots()["Roots"]
    assert len(roots) == 1 and re.fullmatch(r"r-[0-9a-z]{4,32}", roots[0]["Id"])
    assert roots[0]["Name"] == "Root"
    assert roots[0]["Arn"] == f"arn:aws:organizations::{MANAGEMENT}:root/{org['Id']}/{roots[0]['Id']}"
    # The management account is an account of the organization.
    accounts = orgs(gh).list_accounts()["Accounts"]
    assert [a["Id"] for a in accounts] == [MANAGEMENT]
    assert accounts[0]["Status"] == "ACTIVE"
    assert accounts[0]["Paths"] == [f"{org['Id']}/{roots[0]['Id']}/{MANAGEMENT}/"]


def test_the_wire_format_is_aws_json_1_1(gh):
    """Content type, `__type` and `Message` as botocore reads them (botocore's JSON parser)."""
    body = b"{}"
    request = urllib.request.Request(
        gh.url + "/",
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": "AWSOrganizationsV20161128.DescribeOrganization",
        },
    )
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(request, timeout=10)
    assert raised.value.code == 400
    assert raised.value.headers["Content-Type"] == "application/x-amz-json-1.1"
    assert json.loads(raised.value.read()) == {
        "__type": "AWSOrganizationsNotInUseException",
        "Message": "Your account is not a member of an organization.",
    }


def test_not_in_use_already_in_and_member_refusals(gh):
    # Recorded: cloud-custodian issue 8106, cloudmapper issue 733.
    for call in (orgs(gh).describe_organization, orgs(gh).list_accounts, orgs(gh).list_roots):
        err = error_of(call)["Error"]
        assert err == {
            "Code": "AWSOrganizationsNotInUseException",
            "Message": "Your account is not a member of an organization.",
        }
    orgs(gh).create_organization()
    # The model's AlreadyInOrganizationException description.
    err = error_of(orgs(gh).create_organization)["Error"]
    assert err["Code"] == "AlreadyInOrganizationException"
    assert err["Message"].startswith("This account is already a member of an organization.")


def test_units_children_parents_and_moves(gh):
    client = orgs(gh)
    org = client.create_organization()["Organization"]
    root = client.list_roots()["Roots"][0]["Id"]
    dev = client.create_organizational_unit(ParentId=root, Name="dev")["OrganizationalUnit"]
    assert re.fullmatch(rf"ou-{root[2:]}-[a-z0-9]{{8,32}}", dev["Id"])
    assert dev["Path"] == f"{org['Id']}/{root}/{dev['Id']}/"
    team = client.create_organizational_unit(ParentId=dev["Id"], Name="team")["OrganizationalUnit"]
    assert team["Path"] == f"{org['Id']}/{root}/{dev['Id']}/{team['Id']}/"
    assert client.describe_organizational_unit(OrganizationalUnitId=team["Id"])["OrganizationalUnit"] == team
    listed = client.list_organizational_units_for_parent(ParentId=root)["OrganizationalUnits"]
    assert listed == [dev]
    # The model's DuplicateOrganizationalUnitException description.
    err = error_of(lambda: client.create_organizational_unit(ParentId=root, Name="dev"))["Error"]
    assert err == {"Code": "DuplicateOrganizationalUnitException", "Message": "An OU with the same name already exists."}
    err = error_of(lambda: client.create_organizational_unit(ParentId="r-zzzz", Name="x"))["Error"]
    assert err["Code"] == "ParentNotFoundException"
    # A value that breaks the model's pattern: AWS's recorded words (boto3 issue 4565).
    err = error_of(lambda: client.create_organizational_unit(ParentId="nope", Name="x"))["Error"]
    assert err == {
        "Code": "InvalidInputException",
        "Message": "You provided a value that does not match the required pattern.",
    }
    assert client.list_children(ParentId=root, ChildType="ORGANIZATIONAL_UNIT")["Children"] == [
        {"Id": dev["Id"], "Type": "ORGANIZATIONAL_UNIT"}
    ]
    assert client.list_children(ParentId=root, ChildType="ACCOUNT")["Children"] == [
        {"Id": MANAGEMENT, "Type": "ACCOUNT"}
    ]
    assert client.list_parents(ChildId=team["Id"])["Parents"] == [{"Id": dev["Id"], "Type": "ORGANIZATIONAL_UNIT"}]
    assert client.list_parents(ChildId=MANAGEMENT)["Parents"] == [{"Id": root, "Type": "ROOT"}]
    err = error_of(lambda: client.list_parents(ChildId="333333333333"))["Error"]
    assert err["Code"] == "ChildNotFoundException"
    client.move_account(AccountId=MANAGEMENT, SourceParentId=root, DestinationParentId=team["Id"])
    assert client.list_parents(ChildId=MANAGEMENT)["Parents"][0]["Id"] == team["Id"]
    # The model's descriptions of MoveAccount's errors.
    err = error_of(lambda: client.move_account(AccountId=MANAGEMENT, SourceParentId=root, DestinationParentId=dev["Id"]))
    assert err["Error"]["Code"] == "AccountNotFoundException"
    err = error_of(lambda: client.move_account(AccountId=MANAGEMENT, SourceParentId=team["Id"], DestinationParentId=team["Id"]))
    assert err["Error"] == {"Code": "DuplicateAccountException", "Message": "That account is already present in the specified destination."}
    err = error_of(lambda: client.move_account(AccountId=MANAGEMENT, SourceParentId="ou-zzzz-zzzzzzzz", DestinationParentId=root))
    assert err["Error"]["Code"] == "SourceParentNotFoundException"
    err = error_of(lambda: client.move_account(AccountId=MANAGEMENT, SourceParentId=team["Id"], DestinationParentId="ou-zzzz-zzzzzzzz"))
    assert err["Error"]["Code"] == "DestinationParentNotFoundException"
    # Not empty, then empty (the model's OrganizationalUnitNotEmptyException).
    err = error_of(lambda: client.delete_organizational_unit(OrganizationalUnitId=dev["Id"]))["Error"]
    assert err["Code"] == "OrganizationalUnitNotEmptyException"
    client.move_account(AccountId=MANAGEMENT, SourceParentId=team["Id"], DestinationParentId=root)
    client.delete_organizational_unit(OrganizationalUnitId=team["Id"])
    err = error_of(lambda: client.describe_organizational_unit(OrganizationalUnitId=team["Id"]))["Error"]
    assert err["Code"] == "OrganizationalUnitNotFoundException"


def test_create_account_and_assume_its_access_role(gh):
    client = orgs(gh)
    client.create_organization()
    status = client.create_account(Email="dev@example.com", AccountName="dev")["CreateAccountStatus"]
    # AWS answers IN_PROGRESS at once (the API reference); the request then has SUCCEEDED.
    assert status["State"] == "IN_PROGRESS" and "AccountId" not in status
    assert re.fullmatch(r"car-[a-z0-9]{8,32}", status["Id"])
    done = client.describe_create_account_status(CreateAccountRequestId=status["Id"])["CreateAccountStatus"]
    assert done["State"] == "SUCCEEDED"
    member = done["AccountId"]
    assert re.fullmatch(r"\d{12}", member) and member != MANAGEMENT
    account = client.describe_account(AccountId=member)["Account"]
    assert (account["Email"], account["Name"], account["JoinedMethod"]) == ("dev@example.com", "dev", "CREATED")
    # The same email again fails as AWS's request does.
    again = client.create_account(Email="DEV@example.com", AccountName="again")["CreateAccountStatus"]
    failed = client.describe_create_account_status(CreateAccountRequestId=again["Id"])["CreateAccountStatus"]
    assert (failed["State"], failed["FailureReason"]) == ("FAILED", "EMAIL_ALREADY_EXISTS")
    # From the management account, into the member account, and IAM there.
    sts = gh.client("sts", access_key=MANAGEMENT, secret_key="x")
    creds = sts.assume_role(
        RoleArn=f"arn:aws:iam::{member}:role/OrganizationAccountAccessRole", RoleSessionName="admin"
    )["Credentials"]
    keys = dict(
        access_key=creds["AccessKeyId"], secret_key=creds["SecretAccessKey"], session_token=creds["SessionToken"]
    )
    assert gh.client("sts", **keys).get_caller_identity()["Account"] == member
    iam = gh.client("iam", **keys)
    iam.create_user(UserName="made-by-management")
    assert [u["UserName"] for u in iam.list_users()["Users"]] == ["made-by-management"]
    attached = iam.list_attached_role_policies(RoleName="OrganizationAccountAccessRole")["AttachedPolicies"]
    assert attached == [{"PolicyName": "AdministratorAccess", "PolicyArn": "arn:aws:iam::aws:policy/AdministratorAccess"}]
    # A member account is in the organization: it describes it, cannot create another
    # (AlreadyInOrganizationException), and cannot call management operations
    # (recorded AccessDeniedException: aws-iam-access-key-auto-rotation issue 10).
    member_orgs = orgs(gh, **keys)
    assert member_orgs.describe_organization()["Organization"]["MasterAccountId"] == MANAGEMENT
    assert error_of(member_orgs.create_organization)["Error"]["Code"] == "AlreadyInOrganizationException"
    err = error_of(member_orgs.list_accounts)["Error"]
    assert err == {"Code": "AccessDeniedException", "Message": "You don't have permissions to access this resource."}
    # Deleting the organization waits for its member accounts (the model's description).
    err = error_of(client.delete_organization)["Error"]
    assert err["Code"] == "OrganizationNotEmptyException"
    assert len(client.list_accounts()["Accounts"]) == 2
    page = client.list_accounts(MaxResults=1)
    assert len(page["Accounts"]) == 1 and page["NextToken"]
    rest = client.list_accounts(MaxResults=1, NextToken=page["NextToken"])
    assert len(rest["Accounts"]) == 1 and "NextToken" not in rest
    err = error_of(lambda: client.list_accounts(NextToken="forged"))["Error"]
    assert err["Code"] == "InvalidInputException"


def test_delete_organization_and_an_iam_user_needs_permission(gh):
    client = orgs(gh)
    client.create_organization()
    iam = gh.client("iam", access_key=MANAGEMENT, secret_key="x")
    iam.create_user(UserName="nobody")
    key = iam.create_access_key(UserName="nobody")["AccessKey"]
    limited = orgs(gh, access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])
    err = error_of(limited.describe_organization)
    # The decision point's denial, in the JSON protocol's code.
    assert err["Error"]["Code"] == "AccessDeniedException"
    assert "organizations:DescribeOrganization" in err["Error"]["Message"]
    client.delete_organization()
    assert error_of(client.describe_organization)["Error"]["Code"] == "AWSOrganizationsNotInUseException"


def test_the_aws_cli(gh):
    cli = lambda *args, **kw: gh.cli("organizations", *args, access_key=MANAGEMENT, secret_key="x", **kw)
    org = cli("create-organization", "--feature-set", "ALL")["Organization"]
    assert org["MasterAccountId"] == MANAGEMENT
    root = cli("list-roots")["Roots"][0]["Id"]
    ou = cli("create-organizational-unit", "--parent-id", root, "--name", "prod")["OrganizationalUnit"]
    status = cli("create-account", "--email", "prod@example.com", "--account-name", "prod")["CreateAccountStatus"]
    done = cli("describe-create-account-status", "--create-account-request-id", status["Id"])["CreateAccountStatus"]
    cli("move-account", "--account-id", done["AccountId"], "--source-parent-id", root, "--destination-parent-id", ou["Id"])
    children = cli("list-children", "--parent-id", ou["Id"], "--child-type", "ACCOUNT")["Children"]
    assert children == [{"Id": done["AccountId"], "Type": "ACCOUNT"}]
    # The CLI pages through list-accounts by itself.
    assert len(cli("list-accounts")["Accounts"]) == 2
    failed = cli("delete-organization", check=False)
    assert failed.returncode != 0 and "OrganizationNotEmptyException" in failed.stderr

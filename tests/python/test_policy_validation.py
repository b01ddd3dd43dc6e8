"""IAM's recorded answers to policy documents, replayed against the real binary with boto3.

The cases live in crates/policy/tests/corpus/policy-validation.json, each with its source (a
recording of AWS's answer). Each is sent where it was sent to AWS (CreatePolicy, PutUserPolicy,
CreateRole) and must get AWS's answer: accepted, or MalformedPolicyDocument with AWS's message.
The same documents also go through the other operations that take one (CreatePolicyVersion,
PutGroupPolicy, PutRolePolicy, UpdateAssumeRolePolicy), which share the validator."""

import json
from pathlib import Path

import pytest
from botocore.exceptions import ClientError

CORPUS = Path(__file__).resolve().parents[2] / "crates" / "policy" / "tests" / "corpus" / "policy-validation.json"
CASES = json.loads(CORPUS.read_text())["cases"]
TRUST = json.dumps(
    {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}}
)
GOOD = json.dumps({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}})


def text_of(case):
    return case["text"] if "text" in case else json.dumps(case["document"])


def answer(call, **kwargs):
    """None when the call succeeds, else the MalformedPolicyDocument message."""
    try:
        call(**kwargs)
    except ClientError as error:
        details = error.response["Error"]
        assert details["Code"] == "MalformedPolicyDocument", details
        assert error.response["ResponseMetadata"]["HTTPStatusCode"] == 400
        return details["Message"]
    return None


def submissions(iam, case, index):
    """Every (operation, call) that takes the case's kind of document."""
    text = text_of(case)
    name = f"p{index}"
    if case["kind"] == "managed":
        yield "CreatePolicy", lambda: answer(iam.create_policy, PolicyName=name, PolicyDocument=text)
        arn = iam.create_policy(PolicyName=f"{name}-versions", PolicyDocument=GOOD)["Policy"]["Arn"]
        yield "CreatePolicyVersion", lambda: answer(iam.create_policy_version, PolicyArn=arn, PolicyDocument=text)
    elif case["kind"] == "inline":
        yield "PutUserPolicy", lambda: answer(iam.put_user_policy, UserName="u", PolicyName=name, PolicyDocument=text)
        yield "PutGroupPolicy", lambda: answer(iam.put_group_policy, GroupName="g", PolicyName=name, PolicyDocument=text)
        yield "PutRolePolicy", lambda: answer(iam.put_role_policy, RoleName="r", PolicyName=name, PolicyDocument=text)
    elif case["kind"] == "trust":
        yield "CreateRole", lambda: answer(iam.create_role, RoleName=f"role-{index}", AssumeRolePolicyDocument=text)
        yield "UpdateAssumeRolePolicy", lambda: answer(iam.update_assume_role_policy, RoleName="r", PolicyDocument=text)
    else:
        raise AssertionError(f"unknown kind {case['kind']}")


def test_every_case_gets_aws_answer(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="u")
    iam.create_group(GroupName="g")
    iam.create_role(RoleName="r", AssumeRolePolicyDocument=TRUST)
    wrong = []
    for index, case in enumerate(CASES):
        for operation, submit in submissions(iam, case, index):
            got = submit()
            if got != case["answer"]:
                wrong.append(f"{case['source']} via {operation}: AWS answered {case['answer']!r}, gatehouse {got!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    "document, message",
    [
        # A session policy goes through the same validator (AssumeRole's Policy parameter).
        ('{"Statement": {"Effect": "allow", "Action": "s3:*", "Resource": "*"}}', "The policy failed legacy parsing"),
        ('{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*"}}', "Policy statement must contain resources."),
    ],
)
def test_session_policies_share_the_validator(gh, document, message):
    iam = gh.client("iam")
    iam.create_role(
        RoleName="assumed",
        AssumeRolePolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::000000000000:root"}, "Action": "sts:AssumeRole"}}
        ),
    )
    sts = gh.client("sts")
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn="arn:aws:iam::000000000000:role/assumed", RoleSessionName="session", Policy=document)
    assert excinfo.value.response["Error"]["Code"] == "MalformedPolicyDocument"
    assert excinfo.value.response["Error"]["Message"] == message

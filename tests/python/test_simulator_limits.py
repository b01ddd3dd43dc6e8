"""The policy simulator's input limits (AWS's) and the bound on the work one request may do."""

import json
import threading
import time

import botocore.exceptions
import pytest

ALLOW_ALL = json.dumps({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}})


def sized_policy(length):
    """A valid policy of exactly `length` characters (padded with spaces, which IAM counts)."""
    return ALLOW_ALL[:-1] + " " * (length - len(ALLOW_ALL)) + "}"


def raw_iam(gh):
    """A client that sends what it is given: the server, not botocore, must refuse it."""
    return gh.client("iam", parameter_validation=False)


# A member of a list of strings that breaks a rule is reported at the list, with every rule its
# members have, as AWS was recorded answering for UntagPolicy's TagKeys (LocalStack's AWS-validated
# test_iam_policies.snapshot.json, test_policy_tag_update_errors, February 2026); the limits
# themselves are the model's.
LIST_FORM = "failed to satisfy constraint: Member must satisfy constraint: ["

# (case, operation, parameters over the base request, code, what the message says, source of the limit)
LIMITS = [
    ("policy at the maximum", "custom", {"PolicyInputList": [sized_policy(131072)]}, None, None,
     "botocore iam model: policyDocumentType max 131072"),
    ("policy over the maximum", "custom", {"PolicyInputList": [sized_policy(131073)]}, "ValidationError",
     "at 'policyInputList' " + LIST_FORM + "Member must have length less than or equal to 131072, ",
     "botocore iam model: policyDocumentType max 131072"),
    ("policy outside Latin-1", "custom", {"PolicyInputList": [ALLOW_ALL.replace("*", "\u0100", 1)]}, "ValidationError",
     "at 'policyInputList' " + LIST_FORM + "Member must have length less than or equal to 131072, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ",
     "botocore iam model: policyDocumentType pattern [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
    ("resource policy over the maximum", "custom",
     {"ResourcePolicy": sized_policy(131073), "CallerArn": "arn:aws:iam::000000000000:user/a"}, "ValidationError",
     "at 'resourcePolicy' failed to satisfy constraint: Member must have length less than or equal to 131072",
     "botocore iam model: policyDocumentType max 131072"),
    ("action name too short", "custom", {"ActionNames": ["s3"]}, "ValidationError",
     "at 'actionNames' " + LIST_FORM + "Member must have length less than or equal to 128, Member must have length greater than or equal to 3, Member must not be null]",
     "botocore iam model: ActionNameType min 3"),
    ("action name too long", "custom", {"ActionNames": ["s3:" + "A" * 126]}, "ValidationError",
     "at 'actionNames' " + LIST_FORM + "Member must have length less than or equal to 128, Member must have length greater than or equal to 3, Member must not be null]",
     "botocore iam model: ActionNameType max 128"),
    ("resource ARN too long", "custom", {"ResourceArns": ["arn:aws:s3:::" + "b" * 2036]}, "ValidationError",
     "at 'resourceArns' " + LIST_FORM + "Member must have length less than or equal to 2048, Member must have length greater than or equal to 1, Member must not be null]",
     "botocore iam model: ResourceNameType max 2048"),
    ("caller ARN too long", "custom", {"CallerArn": "arn:aws:iam::000000000000:user/" + "u" * 2018}, "ValidationError",
     "at 'callerArn' failed to satisfy constraint: Member must have length less than or equal to 2048",
     "botocore iam model: ResourceNameType max 2048"),
    ("context key name too short", "custom",
     {"ContextEntries": [{"ContextKeyName": "a:bc", "ContextKeyValues": ["x"], "ContextKeyType": "string"}]},
     "ValidationError",
     "at 'contextEntries.1.member.contextKeyName' failed to satisfy constraint: Member must have length greater than or equal to 5",
     "botocore iam model: ContextKeyNameType min 5"),
    ("context key name too long", "custom",
     {"ContextEntries": [{"ContextKeyName": "k:" + "k" * 255, "ContextKeyValues": ["x"], "ContextKeyType": "string"}]},
     "ValidationError",
     "at 'contextEntries.1.member.contextKeyName' failed to satisfy constraint: Member must have length less than or equal to 256",
     "botocore iam model: ContextKeyNameType max 256"),
    ("resource handling option too long", "custom", {"ResourceHandlingOption": "x" * 65}, "ValidationError",
     "at 'resourceHandlingOption' failed to satisfy constraint: Member must have length less than or equal to 64",
     "botocore iam model: ResourceHandlingOptionType max 64"),
    ("MaxItems zero", "custom", {"MaxItems": 0}, "ValidationError",
     "at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1",
     "botocore iam model: maxItemsType min 1"),
    ("MaxItems over the maximum", "custom", {"MaxItems": 1001}, "ValidationError",
     "at 'maxItems' failed to satisfy constraint: Member must have value less than or equal to 1000",
     "botocore iam model: maxItemsType max 1000"),
    ("marker too long", "custom", {"Marker": "1" * 321}, "ValidationError",
     "at 'marker' failed to satisfy constraint: Member must have length less than or equal to 320",
     "botocore iam model: markerType max 320"),
    ("two permissions boundaries", "custom", {"PermissionsBoundaryPolicyInputList": [ALLOW_ALL, ALLOW_ALL]},
     "InvalidInput", "Only one permissions boundary policy can be simulated.",
     "IAM API reference, PermissionsBoundaryPolicyInputList: you can input only one permissions boundary"),
    ("policy source ARN too short", "principal", {"PolicySourceArn": "arn:aws:iam::0:u/a"}, "ValidationError",
     "at 'policySourceArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
     "botocore iam model: arnType min 20"),
]


@pytest.mark.parametrize(
    "operation,overrides,code,message", [case[1:5] for case in LIMITS], ids=[case[0] for case in LIMITS]
)
def test_simulator_inputs_are_held_to_aws_limits(gh, operation, overrides, code, message):
    iam = raw_iam(gh)
    if operation == "custom":
        call = iam.simulate_custom_policy
        request = {"PolicyInputList": [ALLOW_ALL], "ActionNames": ["s3:GetObject"]}
    else:
        call = iam.simulate_principal_policy
        request = {"PolicySourceArn": "arn:aws:iam::000000000000:user/nobody", "ActionNames": ["s3:GetObject"]}
    request.update(overrides)
    if code is None:
        assert call(**request)["EvaluationResults"][0]["EvalDecision"] == "allowed"
        return
    with pytest.raises(botocore.exceptions.ClientError) as excinfo:
        call(**request)
    error = excinfo.value.response["Error"]
    assert error["Code"] == code
    assert message in error["Message"]


# The reported case: 1,000 statements, 100 actions, 100 resources.
REPRO_POLICY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": f"s3:Get{i}*", "Resource": f"arn:aws:s3:::bucket{i}/*"} for i in range(999)
        ]
        + [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}],
    },
    separators=(",", ":"),
)
REPRO_ACTIONS = [f"s3:GetObject{i}" for i in range(100)]
REPRO_RESOURCES = [f"arn:aws:s3:::bucket{i}/key" for i in range(100)]


def simulate_repro(iam, **extra):
    return iam.simulate_custom_policy(
        PolicyInputList=[REPRO_POLICY], ActionNames=REPRO_ACTIONS, ResourceArns=REPRO_RESOURCES, **extra
    )


def test_a_large_simulation_answers_a_page_its_work_budget_pays_for(gh):
    # 3,000 values a pair, 300,000 an action: the 10,000,000 budget pays for 33 actions.
    iam = gh.client("iam", read_timeout=120)
    page = simulate_repro(iam)
    assert page["IsTruncated"] is True
    assert [r["EvalActionName"] for r in page["EvaluationResults"]] == REPRO_ACTIONS[:33]
    assert page["Marker"] == "33"
    result = page["EvaluationResults"][0]
    assert result["EvalDecision"] == "allowed"
    assert len(result["ResourceSpecificResults"]) == 100
    assert {s["SourcePolicyId"] for s in result["MatchedStatements"]} == {"PolicyInputList.1"}


def test_a_simulation_whose_one_action_exceeds_the_budget_is_refused(gh):
    # One action on 5,000 resources: 15,000,000 values, refused before any is tested (5,000
    # ARNs stay within the 10,000 parameters a request may carry).
    iam = gh.client("iam", read_timeout=60)
    with pytest.raises(botocore.exceptions.ClientError) as excinfo:
        iam.simulate_custom_policy(
            PolicyInputList=[REPRO_POLICY],
            ActionNames=["s3:GetObject"],
            ResourceArns=[f"arn:aws:s3:::bucket/{i}" for i in range(5_000)],
        )
    error = excinfo.value.response["Error"]
    assert excinfo.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert error["Code"] == "InvalidInput"
    assert "The simulation is too large" in error["Message"]
    assert "15000000" in error["Message"]


def test_iam_reads_stay_responsive_while_two_large_simulations_run(gh):
    iam = gh.client("iam", read_timeout=120)
    iam.create_user(UserName="reader")
    outcomes = []

    def simulate():
        try:
            outcomes.append(len(simulate_repro(iam)["EvaluationResults"]))
        except Exception as failure:  # noqa: BLE001 - reported by the assertion below
            outcomes.append(failure)

    simulations = [threading.Thread(target=simulate) for _ in range(2)]
    for thread in simulations:
        thread.start()
    reader = gh.client("iam", read_timeout=10)
    reads = []
    while any(thread.is_alive() for thread in simulations):
        started = time.monotonic()
        assert [u["UserName"] for u in reader.list_users()["Users"]] == ["reader"]
        reads.append(time.monotonic() - started)
    for thread in simulations:
        thread.join()
    assert outcomes == [33, 33]
    assert reads, "no read ran while the simulations did"
    # Generous: on the old code every read waited for the simulations (tens of seconds).
    assert max(reads) < 5, reads

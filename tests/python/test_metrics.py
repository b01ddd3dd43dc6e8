"""`GET /_gatehouse/metrics` read by Prometheus's own Python client: the page parses, counters
move with the requests made, histograms are cumulative, and no label value names a caller."""

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from botocore.exceptions import ClientError
from prometheus_client.parser import text_string_to_metric_families

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def scrape(server):
    request = urllib.request.Request(f"{server.url}/_gatehouse/metrics")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Content-Type"] == CONTENT_TYPE
        return list(text_string_to_metric_families(response.read().decode()))


def value(families, sample, **labels):
    """The sum of the samples named `sample` whose labels include `labels` (0 if none)."""
    return sum(
        s.value
        for family in families
        for s in family.samples
        if s.name == sample and all(s.labels.get(k) == v for k, v in labels.items())
    )


def doc(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def user_with_key(iam, name, *statements):
    iam.create_user(UserName=name)
    if statements:
        iam.put_user_policy(UserName=name, PolicyName="p", PolicyDocument=doc(*statements))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return dict(access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])


def test_an_access_denied_counts_a_denied_decision_and_its_operation_and_code(gh):
    user = user_with_key(gh.client("iam"), "metrics-denied-user")
    before = scrape(gh)
    with pytest.raises(ClientError) as denied:
        gh.client("iam", **user).list_users()
    assert denied.value.response["Error"]["Code"] == "AccessDenied"
    after = scrape(gh)

    def moved(sample, **labels):
        return value(after, sample, **labels) - value(before, sample, **labels)

    labels = dict(service="iam", operation="ListUsers", code="AccessDenied")
    assert moved("gatehouse_requests_total", **labels) == 1
    assert moved("gatehouse_requests_total", service="iam", operation="ListUsers", code="ok") == 0
    assert moved("gatehouse_authorization_decisions_total", result="denied") == 1
    assert moved("gatehouse_authorization_decisions_total", result="allowed") == 0
    duration = dict(service="iam", operation="ListUsers")
    assert moved("gatehouse_request_duration_seconds_count", **duration) == 1
    assert moved("gatehouse_request_duration_seconds_sum", **duration) > 0
    # The user's key was looked up (cache or store) to authenticate the request.
    lookups = sum(
        moved(f"gatehouse_entity_cache_{kind}_total", cache="access_keys") for kind in ("hits", "misses")
    )
    assert lookups >= 1


def test_successful_requests_sessions_and_durable_writes_are_counted(gh):
    iam = gh.client("iam")
    user = user_with_key(iam, "metrics-assumer", {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"})
    trust = doc(
        {
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::000000000000:user/metrics-assumer"},
            "Action": "sts:AssumeRole",
        }
    )
    role_arn = iam.create_role(RoleName="metrics-role", AssumeRolePolicyDocument=trust)["Role"]["Arn"]
    before = scrape(gh)
    sts = gh.client("sts", **user)
    sts.assume_role(RoleArn=role_arn, RoleSessionName="metrics-session")
    sts.get_caller_identity()
    iam.create_user(UserName="metrics-written")
    after = scrape(gh)

    def moved(sample, **labels):
        return value(after, sample, **labels) - value(before, sample, **labels)

    assert moved("gatehouse_requests_total", service="sts", operation="AssumeRole", code="ok") == 1
    assert moved("gatehouse_requests_total", service="sts", operation="GetCallerIdentity", code="ok") == 1
    assert moved("gatehouse_requests_total", service="iam", operation="CreateUser", code="ok") == 1
    assert moved("gatehouse_sessions_issued_total", operation="AssumeRole") == 1
    assert moved("gatehouse_sessions_issued_total", operation="GetSessionToken") == 0
    # The user's policy and the role's trust policy each allowed AssumeRole; root's CreateUser
    # is allowed too.
    assert moved("gatehouse_authorization_decisions_total", result="allowed") >= 2
    assert moved("gatehouse_authorization_decisions_total", result="denied") == 0
    assert moved("gatehouse_store_batch_writes_count") >= 1
    assert moved("gatehouse_store_commit_duration_seconds_count") >= 1
    assert value(after, "gatehouse_open_connections") >= 1
    assert value(after, "gatehouse_max_connections") >= 1
    assert value(after, "process_resident_memory_bytes") > 1_000_000
    assert value(after, "process_open_fds") > 3


def test_requests_outside_the_models_are_counted_as_other_unknown(gh):
    before = scrape(gh)
    for action in ("NoSuchAction", "arn:aws:iam::000000000000:user/someone"):
        request = urllib.request.Request(f"{gh.url}/?Action={urllib.parse.quote(action)}", method="POST")
        with pytest.raises(urllib.error.HTTPError) as answered:
            urllib.request.urlopen(request, timeout=10)
        assert answered.value.code == 400
    after = scrape(gh)
    labels = dict(service="other", operation="unknown", code="InvalidAction")
    assert value(after, "gatehouse_requests_total", **labels) - value(before, "gatehouse_requests_total", **labels) == 2


def test_histogram_buckets_are_cumulative_and_end_at_the_count(gh):
    gh.client("sts").get_caller_identity()
    gh.client("iam").create_user(UserName="metrics-histogram")
    families = scrape(gh)
    histograms = [family for family in families if family.type == "histogram"]
    assert {family.name for family in histograms} >= {
        "gatehouse_request_duration_seconds",
        "gatehouse_store_commit_duration_seconds",
        "gatehouse_store_batch_writes",
    }
    checked = 0
    for family in histograms:
        series = {}
        for sample in family.samples:
            key = tuple(sorted((k, v) for k, v in sample.labels.items() if k != "le"))
            series.setdefault(key, {"buckets": []})
            if sample.name.endswith("_bucket"):
                series[key]["buckets"].append((float(sample.labels["le"]), sample.value))
            elif sample.name.endswith("_count"):
                series[key]["count"] = sample.value
        for key, found in series.items():
            buckets = found["buckets"]
            bounds = [bound for bound, _ in buckets]
            counts = [count for _, count in buckets]
            assert bounds == sorted(bounds) and bounds[-1] == float("inf"), (family.name, key)
            assert counts == sorted(counts), (family.name, key, counts)
            assert counts[-1] == found["count"], (family.name, key)
            checked += 1
    assert checked >= 4


def test_no_label_value_names_a_caller_or_a_resource(gh):
    iam = gh.client("iam")
    user = user_with_key(iam, "metrics-secretive-name")
    with pytest.raises(ClientError):
        gh.client("iam", **user).get_user(UserName="metrics-secretive-name")
    with pytest.raises(ClientError):
        iam.get_role(RoleName="metrics-no-such-role")
    families = scrape(gh)
    values = {value for family in families for sample in family.samples for value in sample.labels.values()}
    assert values, "the page has labelled samples"
    for label in values:
        assert not label.startswith("arn:"), label
        assert "metrics-" not in label, label
        assert user["access_key"] not in label, label
    operations = {
        sample.labels["operation"]
        for family in families
        for sample in family.samples
        if "operation" in sample.labels
    }
    assert "GetUser" in operations and "GetRole" in operations


def test_the_metrics_route_needs_no_token_even_in_strict_mode(strict):
    families = scrape(strict)
    assert value(families, "process_open_fds") > 0

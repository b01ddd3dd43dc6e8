"""`gatehouse export`: a data directory's accounts as an `--init` file that a new server
replays into the same identities, policies and providers, while the first server keeps running."""
import json
import subprocess

import pytest

from conftest import BINARY, Gatehouse
from test_readme import blocks

TRUST = json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "000000000000"}, "Action": "sts:AssumeRole"}]}
)
READS = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}]})
# What differs between two servers holding the same account: generated ids and dates.
GENERATED = {"UserId", "GroupId", "RoleId", "PolicyId", "CreateDate", "UpdateDate", "RoleLastUsed"}


def normalized(value):
    if isinstance(value, dict):
        return {k: normalized(v) for k, v in value.items() if k not in GENERATED}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    return value


def details(server, key, secret):
    iam = server.client("iam", key, secret)
    answer = iam.get_account_authorization_details()
    return normalized({k: answer[k] for k in ("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies")})


@pytest.fixture
def built_by_hand(tmp_path):
    """A server on a data directory, started with the README's --init example and then changed
    through the API."""
    (example,) = [body for _, body in blocks("toml")]
    init = tmp_path / "init.toml"
    init.write_text(example)
    data = tmp_path / "data"
    server = Gatehouse("--data-dir", str(data), "--init", str(init))
    iam = server.client("iam")
    iam.create_user(UserName="bob", Path="/ops/", Tags=[{"Key": "team", "Value": "red"}])
    key = iam.create_access_key(UserName="bob")["AccessKey"]
    inactive = iam.create_access_key(UserName="bob")["AccessKey"]["AccessKeyId"]
    iam.update_access_key(UserName="bob", AccessKeyId=inactive, Status="Inactive")
    iam.put_user_policy(UserName="bob", PolicyName="reads", PolicyDocument=READS)
    policy = iam.create_policy(PolicyName="reads", Path="/shared/", PolicyDocument=READS, Description="d")["Policy"]
    iam.create_group(GroupName="ops")
    iam.add_user_to_group(GroupName="ops", UserName="bob")
    iam.attach_group_policy(GroupName="ops", PolicyArn=policy["Arn"])
    iam.create_role(
        RoleName="app", Path="/svc/", AssumeRolePolicyDocument=TRUST, Description="the app", MaxSessionDuration=7200,
        PermissionsBoundary=policy["Arn"], Tags=[{"Key": "env", "Value": "dev"}],
    )
    iam.attach_role_policy(RoleName="app", PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")
    iam.create_service_linked_role(AWSServiceName="autoscaling.amazonaws.com")
    yield server, data, key, inactive
    server.stop()


def export(data, *flags):
    result = subprocess.run(
        [str(BINARY), "export", "--data-dir", str(data), *flags], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_an_export_replays_into_the_same_accounts(built_by_hand, tmp_path):
    server, data, key, inactive = built_by_hand
    exported = tmp_path / "exported.toml"
    exported.write_text(export(data, "--with-secrets"))
    assert f"access key {inactive} of user bob left out: it is not active" in exported.read_text()
    assert "service-linked role AWSServiceRoleForAutoScaling left out" in exported.read_text()
    replayed = Gatehouse("--ephemeral", "--init", str(exported))
    try:
        before, after = details(server, "test", "test"), details(replayed, "test", "test")
        # The service-linked role is not replayed: compare without it and its AWS managed policy.
        before["RoleDetailList"] = [r for r in before["RoleDetailList"] if not r["Path"].startswith("/aws-service-role/")]
        before["Policies"] = [p for p in before["Policies"] if p["Path"] != "/aws-service-role/"]
        assert after == before
        # The README example's account, through its root key (exported with its secret).
        root = ("AKIAROOTEXAMPLE23456", "root-secret-root-secret-root-secret-00")
        assert details(replayed, *root) == details(server, *root)
        bob = replayed.client("sts", key["AccessKeyId"], key["SecretAccessKey"])
        assert bob.get_caller_identity()["Arn"] == "arn:aws:iam::000000000000:user/ops/bob"
        keys = replayed.client("iam").list_access_keys(UserName="bob")["AccessKeyMetadata"]
        assert [k["AccessKeyId"] for k in keys] == [key["AccessKeyId"]]
    finally:
        replayed.stop()


def test_secrets_only_when_asked(built_by_hand):
    _, data, key, _ = built_by_hand
    text = export(data)
    assert key["SecretAccessKey"] not in text
    assert "alice-secret" not in text
    assert f"access key {key['AccessKeyId']} of user bob left out: its secret is written only with --with-secrets" in text
    assert key["SecretAccessKey"] in export(data, "--with-secrets")

"""`gatehouse serve --init FILE`: a known world at startup, idempotent, and clear about bad files."""

import subprocess

import pytest

from conftest import BINARY, Gatehouse

SEED = """
[[account]]
id = "111122223333"

[[account.policy]]
name = "AllowAssume"
document = '''{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}'''

[[account.group]]
name = "devs"

[[account.user]]
name = "alice"
groups = ["devs"]
tags = { team = "blue" }
attached_policies = ["arn:aws:iam::111122223333:policy/AllowAssume"]
access_keys = [{ id = "AKIAALICEEXAMPLE2345", secret = "alice-secret-alice-secret-alice-secret00" }]

[[account.role]]
name = "deployer"
trust_policy = { Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:user/alice" }, Action = "sts:AssumeRole" }] }
attached_policies = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
"""


@pytest.fixture
def seeded(tmp_path):
    path = tmp_path / "seed.toml"
    path.write_text(SEED)
    data = tmp_path / "data"
    server = Gatehouse("--data-dir", str(data), "--mode", "strict", "--init", str(path))
    yield server, path, data
    server.stop()


def test_seeded_user_keys_sign_requests(seeded):
    server, _, _ = seeded
    alice = server.client("sts", "AKIAALICEEXAMPLE2345", "alice-secret-alice-secret-alice-secret00")
    identity = alice.get_caller_identity()
    assert identity["Arn"] == "arn:aws:iam::111122223333:user/alice"
    assert identity["UserId"].startswith("AIDA")


def test_seed_is_idempotent_across_restarts(seeded):
    server, path, data = seeded
    server.stop()
    again = Gatehouse("--data-dir", str(data), "--mode", "strict", "--init", str(path))
    try:
        alice = again.client("sts", "AKIAALICEEXAMPLE2345", "alice-secret-alice-secret-alice-secret00")
        assert alice.get_caller_identity()["Account"] == "111122223333"
    finally:
        again.stop()


def test_malformed_seed_stops_startup_naming_the_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[[account]]\nid = "111122223333"\n\n[[account.user]]\nnmae = "x"\n')
    result = subprocess.run(
        [str(BINARY), "serve", "--ephemeral", "--listen", "127.0.0.1:0", "--init", str(path)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode != 0
    assert "line 4" in result.stderr or "line 5" in result.stderr, result.stderr
    assert "nmae" in result.stderr


def test_seed_entities_failing_validation_name_the_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[[account]]\nid = "111122223333"\n\n[[account.user]]\nname = "bad name!"\n')
    result = subprocess.run(
        [str(BINARY), "serve", "--ephemeral", "--listen", "127.0.0.1:0", "--init", str(path)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode != 0
    assert "line 4" in result.stderr and "CreateUser" in result.stderr, result.stderr


def test_seed_access_key_ids_must_look_like_aws_ones(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(
        '[[account]]\nid = "111122223333"\n\n[[account.user]]\nname = "alice"\n'
        'access_keys = [{ id = "AKIAALICEEXAMPLE0001", secret = "s" }]\n'
    )
    result = subprocess.run(
        [str(BINARY), "serve", "--ephemeral", "--listen", "127.0.0.1:0", "--init", str(path)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode != 0
    assert "line 6" in result.stderr and "AKIAALICEEXAMPLE0001" in result.stderr, result.stderr
    assert "16 Base32 characters" in result.stderr

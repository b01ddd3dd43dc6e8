"""Strict mode has no open doors: a generated root key instead of `test`/`test`, and admin routes
that need the admin token."""

import os
import stat
import subprocess
import urllib.error
import urllib.request

from conftest import AWS_CLI, STRICT_ADMIN_TOKEN, Gatehouse


def status_of(url, method="POST", token=None, body=b"{}"):
    headers = {"content-type": "application/json"}
    if token is not None:
        headers["authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=body if method == "POST" else None, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_root_credentials_file_is_private_and_works_for_the_cli(tmp_path):
    data = tmp_path / "data"
    first = Gatehouse("--data-dir", str(data), "--mode", "strict")
    try:
        path = data / "root-credentials"
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert first.secret_key in path.read_text() and first.secret_key in first.banner
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(tmp_path),
            "AWS_SHARED_CREDENTIALS_FILE": str(path),
            "AWS_CONFIG_FILE": "/dev/null",
            "AWS_DEFAULT_REGION": "us-east-1",
        }
        result = subprocess.run(
            [str(AWS_CLI), "--endpoint-url", first.url, "sts", "get-caller-identity", "--output", "text",
             "--query", "Arn"],
            env=env, capture_output=True, text=True, timeout=60,
        )
        assert result.stdout.strip() == "arn:aws:iam::000000000000:root", result.stderr
    finally:
        first.stop()
    second = Gatehouse("--data-dir", str(data), "--mode", "strict")
    try:
        assert first.secret_key not in second.banner
        assert f"root credentials: in {data / 'root-credentials'}" in second.banner
        root = second.client("sts", access_key=first.access_key, secret_key=first.secret_key)
        assert root.get_caller_identity()["Account"] == "000000000000"
    finally:
        second.stop()


def test_admin_routes_need_the_admin_token(strict):
    for path, method in [("reset", "POST"), ("clock", "GET"), ("clock", "POST"), ("oidc/token", "POST")]:
        url = f"{strict.url}/_gatehouse/{path}"
        assert status_of(url, method) == 401
        assert status_of(url, method, token=STRICT_ADMIN_TOKEN + "x") == 401
        assert status_of(url, method, token=STRICT_ADMIN_TOKEN) == 200
    assert status_of(f"{strict.url}/_gatehouse/health", "GET") == 200
    # After the reset, the generated root key still signs.
    assert strict.client("sts").get_caller_identity()["Arn"] == "arn:aws:iam::000000000000:root"


def test_strict_mode_without_an_admin_token_has_its_admin_routes_off():
    server = Gatehouse("--ephemeral", "--mode", "strict")
    try:
        for path, method in [("reset", "POST"), ("clock", "GET"), ("saml/response", "POST")]:
            assert status_of(f"{server.url}/_gatehouse/{path}", method) == 403
        assert status_of(f"{server.url}/_gatehouse/saml/metadata", "GET") == 200
    finally:
        server.stop()

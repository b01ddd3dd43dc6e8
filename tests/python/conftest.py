"""Start the real gatehouse binary on a loopback port and hand tests real AWS clients for it."""

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import boto3
import botocore.config
import pytest

ROOT = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("GATEHOUSE_BIN", ROOT / "target" / "debug" / "gatehouse"))
AWS_CLI = Path(sys.executable).parent / "aws"


# The admin token of the strict server (its reset and clock routes are off without one).
STRICT_ADMIN_TOKEN = "strict-admin-token-of-the-tests"


class Gatehouse:
    """A running gatehouse process."""

    def __init__(self, *args):
        if not BINARY.exists():
            raise RuntimeError(f"{BINARY} does not exist: build it with `cargo build` first")
        self.process = subprocess.Popen(
            [str(BINARY), "serve", "--listen", "127.0.0.1:0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        first = self.process.stdout.readline()
        if "listening on " not in first:
            self.process.kill()
            raise RuntimeError(f"gatehouse did not start: {first!r} {self.process.stderr.read()}")
        self.url = first.split("listening on ", 1)[1].strip()
        # The banner ends with the line about credentials: `test`/`test` in lenient mode, the
        # generated root key in strict mode.
        self.banner = first
        while "credentials:" not in self.banner:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError(f"the banner ended early: {self.banner!r}")
            self.banner += line
        shown = dict(
            word.split("=", 1) for word in self.banner.split() if word.startswith("AWS_") and "=" in word
        )
        self.access_key = shown.get("AWS_ACCESS_KEY_ID", "test")
        self.secret_key = shown.get("AWS_SECRET_ACCESS_KEY", "test")
        self.admin_token = args[args.index("--admin-token") + 1] if "--admin-token" in args else None

    def admin(self, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        method = "GET" if body is None and path in ("health", "clock") else "POST"
        headers = {"content-type": "application/json"}
        if self.admin_token:
            headers["authorization"] = f"Bearer {self.admin_token}"
        request = urllib.request.Request(
            f"{self.url}/_gatehouse/{path}",
            data=data if data is not None else (b"" if method == "POST" else None),
            method=method,
            headers=headers,
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def reset(self):
        self.admin("reset", {})
        self.admin("clock", {"offset_seconds": 0})

    def client(self, service, access_key=None, secret_key=None, session_token=None, region="us-east-1", **config):
        """A client signing as the default root unless given a key (or a secret for its key)."""
        access_key = access_key or self.access_key
        secret_key = secret_key or self.secret_key
        return boto3.client(
            service,
            endpoint_url=self.url,
            region_name=region,
            aws_access_key_id=access_key,
            aws_secret_access_key=secret_key,
            aws_session_token=session_token,
            config=botocore.config.Config(retries={"max_attempts": 1}, **config),
        )

    def cli(self, *args, access_key=None, secret_key=None, session_token=None, check=True):
        """Runs the AWS CLI against this server and returns the parsed JSON output."""
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": os.environ.get("HOME", "/tmp"),
            "AWS_ACCESS_KEY_ID": access_key or self.access_key,
            "AWS_SECRET_ACCESS_KEY": secret_key or self.secret_key,
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_CONFIG_FILE": "/dev/null",
            "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
        }
        if session_token:
            env["AWS_SESSION_TOKEN"] = session_token
        result = subprocess.run(
            [str(AWS_CLI), "--endpoint-url", self.url, "--output", "json", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"aws {' '.join(args)} failed: {result.stderr}")
        if result.returncode != 0:
            return result
        return json.loads(result.stdout) if result.stdout.strip() else {}

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="session")
def lenient_server():
    server = Gatehouse("--ephemeral")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def strict_server():
    server = Gatehouse("--ephemeral", "--mode", "strict", "--admin-token", STRICT_ADMIN_TOKEN)
    yield server
    server.stop()


@pytest.fixture
def gh(lenient_server):
    """A lenient server with fresh state."""
    lenient_server.reset()
    return lenient_server


@pytest.fixture
def strict(strict_server):
    """A strict server with fresh state."""
    strict_server.reset()
    return strict_server

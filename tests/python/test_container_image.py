"""The container image's contract, checked without a container engine (none runs on the machines
the tests run on): the Dockerfile's final stage is read as written, and the binary under test is
run the way that stage runs it — as its user, with its variables, its data volume as the data
directory and its command — then its health check is run and a client is pointed at it.

What this cannot check is the build itself (`docker build`): that the build stage compiles and
the final stage's base image runs the binary. The build stage runs the same `cargo build
--release -p gatehouse` as the README, and both stages are Debian 12 (bookworm), so the binary
links against the C library it was built with.
"""
import json
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import boto3

from conftest import BINARY, ROOT

DOCKERFILE = ROOT / "Dockerfile"
# The id the final stage creates its user with (`useradd --uid`).
IMAGE_UID = 10001


def instructions():
    """The Dockerfile's instructions, continuation lines joined: (keyword, arguments)."""
    logical, current = [], ""
    for line in DOCKERFILE.read_text().splitlines():
        if not current and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        current += line
        keyword, _, arguments = current.strip().partition(" ")
        logical.append((keyword.upper(), arguments.strip()))
        current = ""
    return logical


def final_stage():
    stages = []
    for keyword, arguments in instructions():
        if keyword == "FROM":
            stages.append([])
        stages[-1].append((keyword, arguments))
    return stages[-1]


def exec_form(arguments):
    """The list of an instruction's JSON exec form."""
    words = json.loads(arguments)
    assert isinstance(words, list) and all(isinstance(w, str) for w in words), arguments
    return words


def env_of(stage):
    env = {}
    for keyword, arguments in stage:
        if keyword == "ENV":
            for pair in shlex.split(arguments):
                name, _, value = pair.partition("=")
                env[name] = value
    return env


def only(stage, keyword):
    (arguments,) = [a for k, a in stage if k == keyword]
    return arguments


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_final_stage_keeps_the_contract():
    stage = final_stage()
    env = env_of(stage)
    user = only(stage, "USER")
    assert user not in ("root", "0"), "the image runs as root"
    assert user == str(IMAGE_UID)
    host, _, port = env["GATEHOUSE_LISTEN"].rpartition(":")
    assert host == "0.0.0.0", "inside a container, gatehouse listens on every address"
    assert only(stage, "EXPOSE") == port == "4566"
    assert only(stage, "VOLUME") == env["GATEHOUSE_DATA_DIR"]
    assert env["GATEHOUSE_ENDPOINT"] == f"http://127.0.0.1:{port}"
    healthcheck = only(stage, "HEALTHCHECK")
    options, _, command = healthcheck.partition(" CMD ")
    assert "--interval" in options
    assert exec_form(command) == ["gatehouse", "health"]
    assert exec_form(only(stage, "ENTRYPOINT")) == ["gatehouse"]
    assert exec_form(only(stage, "CMD")) == ["serve"]
    copies = [a for k, a in stage if k == "COPY"]
    assert copies == ["--from=build /src/target/release/gatehouse /usr/local/bin/gatehouse"]


def test_the_image_runs_as_its_final_stage_says():
    stage = final_stage()
    port = str(free_port())
    env = {
        name: value.replace(":4566", f":{port}")
        for name, value in env_of(stage).items()
    }
    # Under /tmp itself: pytest's own temporary folders are closed to other users.
    volume = Path(tempfile.mkdtemp(prefix="gatehouse-volume-"))
    env["GATEHOUSE_DATA_DIR"] = str(volume)
    env["HOME"] = str(volume)
    # The binary in a folder of its own on PATH, as the image copies it to /usr/local/bin (the
    # checkout it was built in may be closed to the image's user).
    bin_dir = Path(tempfile.mkdtemp(prefix="gatehouse-bin-"))
    bin_dir.chmod(0o755)
    shutil.copy2(BINARY, bin_dir / "gatehouse")
    env["PATH"] = f"{bin_dir}{os.pathsep}{os.environ['PATH']}"
    # As the image's user when the tests run as root (as CI does); otherwise as the test's user.
    as_user = []
    if os.geteuid() == 0:
        os.chown(volume, IMAGE_UID, IMAGE_UID)
        as_user = ["setpriv", f"--reuid={IMAGE_UID}", f"--regid={IMAGE_UID}", "--clear-groups"]
    command = exec_form(only(stage, "ENTRYPOINT")) + exec_form(only(stage, "CMD"))
    server = subprocess.Popen([*as_user, *command], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = server.stdout.readline()
        assert f"listening on http://0.0.0.0:{port}" in first, first + server.stderr.read()
        health = exec_form(only(stage, "HEALTHCHECK").partition(" CMD ")[2])
        checked = subprocess.run([*as_user, *health], env=env, capture_output=True, text=True, timeout=10)
        assert checked.returncode == 0, checked.stderr
        assert '"status":"ok"' in checked.stdout
        sts = boto3.client(
            "sts",
            endpoint_url=f"http://127.0.0.1:{port}",
            region_name="us-east-1",
            aws_access_key_id="test",
            aws_secret_access_key="test",
        )
        assert sts.get_caller_identity()["Account"] == "000000000000"
        # The state is in the volume, written as the image's user.
        assert (volume / "gatehouse.sqlite3").exists()
        if as_user:
            assert (volume / "gatehouse.sqlite3").stat().st_uid == IMAGE_UID
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(volume)
        shutil.rmtree(bin_dir)


def test_the_health_check_fails_when_nothing_serves():
    env = {"PATH": os.environ["PATH"], "GATEHOUSE_ENDPOINT": f"http://127.0.0.1:{free_port()}"}
    checked = subprocess.run([str(BINARY), "health"], env=env, capture_output=True, text=True, timeout=20)
    assert checked.returncode == 1
    assert "cannot reach gatehouse" in checked.stderr

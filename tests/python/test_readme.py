"""The README works as written: every shell block in it runs, in order, against a real server.

The server is the binary under test, started with the README's `--init` example (its TOML
block) and a data directory of its own. Three blocks are not run, each for the reason given in
`NOT_RUN`; any other block that fails, or a new block this test does not know how to run, fails
the test. The blocks' `http://127.0.0.1:4566` is the test server's address (it listens on a free
port), and `GATEHOUSE_ENDPOINT` and `GATEHOUSE_DATA_DIR` point the `gatehouse` commands at it, as
they would point at a server started with the defaults.
"""
import os
import re
import subprocess
import sys

from conftest import BINARY, ROOT, Gatehouse

README = ROOT / "README.md"
DEFAULT_URL = "http://127.0.0.1:4566"

# Blocks not run, by their first line, with why.
NOT_RUN = {
    "cargo run --release -p gatehouse -- serve": "the test starts the binary under test instead",
    "bash scripts/test.sh": "it is the test run this test is part of",
    "cargo install --locked --path crates/gatehouse": "the test puts the binary under test on PATH instead",
}

FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)


def blocks(language):
    """The README's fenced blocks in `language`, with the line each starts on."""
    text = README.read_text()
    for match in FENCE.finditer(text):
        if match.group(1) == language:
            yield text.count("\n", 0, match.start()) + 1, match.group(2)


def test_every_shell_block_runs_as_written(tmp_path):
    (toml,) = [body for _, body in blocks("toml")]
    init = tmp_path / "init.toml"
    init.write_text(toml)
    data = tmp_path / "data"
    server = Gatehouse("--data-dir", str(data), "--init", str(init))
    try:
        script = ["set -euo pipefail"]
        skipped = set()
        for line, body in blocks("sh"):
            first = body.splitlines()[0]
            if first in NOT_RUN:
                skipped.add(first)
                continue
            script.append(f"echo '== README.md line {line}' >&2")
            script.append(body.replace(DEFAULT_URL, server.url))
        assert skipped == set(NOT_RUN), f"blocks named in NOT_RUN are gone: {set(NOT_RUN) - skipped}"
        work = tmp_path / "work"
        work.mkdir()
        env = {
            "PATH": os.pathsep.join([str(BINARY.parent), str(os.path.dirname(sys.executable)), os.environ["PATH"]]),
            "HOME": str(tmp_path),
            "AWS_CONFIG_FILE": "/dev/null",
            "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
            "GATEHOUSE_ENDPOINT": server.url,
            "GATEHOUSE_DATA_DIR": str(data),
        }
        result = subprocess.run(
            ["bash", "-c", "\n".join(script)], cwd=work, env=env, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, f"a README block failed:\n{result.stderr}\n{result.stdout}"
        # What the blocks say they print.
        assert '"Arn": "arn:aws:iam::000000000000:root"' in result.stdout
        assert '"Arn": "arn:aws:sts::000000000000:assumed-role/ci/deployer"' in result.stdout
        assert (work / "token").read_text().count("\n") == 0
    finally:
        server.stop()


def test_the_init_example_makes_what_it_says(tmp_path):
    (toml,) = [body for _, body in blocks("toml")]
    init = tmp_path / "init.toml"
    init.write_text(toml)
    server = Gatehouse("--ephemeral", "--init", str(init))
    try:
        alice = server.client("iam", "AKIAALICEEXAMPLE2345", "alice-secret-alice-secret-alice-secret00")
        assert alice.get_user()["User"]["Arn"] == "arn:aws:iam::111122223333:user/alice"
        root = server.client("iam", "AKIAROOTEXAMPLE23456", "root-secret-root-secret-root-secret-00")
        assert root.list_account_aliases()["AccountAliases"] == ["dev"]
        assert root.get_role(RoleName="deployer")["Role"]["MaxSessionDuration"] == 7200
        assert [g["GroupName"] for g in root.list_groups_for_user(UserName="alice")["Groups"]] == ["devs"]
        providers = root.list_open_id_connect_providers()["OpenIDConnectProviderList"]
        assert [p["Arn"] for p in providers] == [
            "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"
        ]
    finally:
        server.stop()

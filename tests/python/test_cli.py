"""The `gatehouse` command's helpers: `init` writes the example `--init` file the README shows,
and `completions` prints a shell's completion script."""
import subprocess

from conftest import BINARY
from test_readme import blocks


def gatehouse(*args, cwd=None):
    return subprocess.run([str(BINARY), *args], capture_output=True, text=True, timeout=30, cwd=cwd)


def test_init_prints_the_readme_example_and_writes_only_new_files(tmp_path):
    (readme_example,) = [body for _, body in blocks("toml")]
    printed = gatehouse("init")
    assert printed.returncode == 0
    assert printed.stdout == readme_example
    target = tmp_path / "init.toml"
    assert gatehouse("init", str(target)).returncode == 0
    assert target.read_text() == readme_example
    again = gatehouse("init", str(target))
    assert again.returncode == 1
    assert again.stderr.strip() == f"gatehouse: {target} exists already; gatehouse init writes only a new file"


def test_completions_cover_every_subcommand():
    for shell in ("bash", "zsh", "fish"):
        script = gatehouse("completions", shell)
        assert script.returncode == 0, script.stderr
        for subcommand in ("serve", "token", "check", "backup", "export", "health", "init", "completions"):
            assert subcommand in script.stdout
    unknown = gatehouse("completions", "tcsh")
    assert unknown.returncode == 2
    assert "invalid value 'tcsh'" in unknown.stderr

#!/usr/bin/env bash
# Runs every test: the Rust workspace (unit, corpus, property and AWS SDK for Rust tests against
# the real binary), then the AWS CLI and boto3 tests, then the AWS SDK for JavaScript v3 tests,
# all against the real binary, then a short run of each fuzz target (fuzz/run.sh --smoke).
# Needs: cargo, python3 (3.9+), node (18+) with npm, a C++ compiler (installed if missing). Creates .venv with the pinned Python clients
# and tests/js/node_modules with the pinned JavaScript SDK on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo test (workspace)"
cargo test --workspace --locked

echo "== Python clients (AWS CLI, boto3)"
if [ ! -x .venv/bin/pytest ] || ! cmp -s tests/python/requirements.txt .venv/requirements.txt; then
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check -r tests/python/requirements.txt
    cp tests/python/requirements.txt .venv/requirements.txt
fi
GATEHOUSE_BIN="$(pwd)/target/debug/gatehouse" .venv/bin/python -m pytest -q -p no:cacheprovider tests/python

echo "== AWS SDK for JavaScript v3"
(cd tests/js && { [ -d node_modules ] || npm ci --no-audit --no-fund --silent; } \
    && GATEHOUSE_BIN="$(pwd)/../../target/debug/gatehouse" node --test)

echo "== Fuzz targets, 20 s each"
bash fuzz/run.sh --smoke 20

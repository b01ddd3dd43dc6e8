#!/usr/bin/env bash
# The gatehouse benchmark, in one command:   bash bench/run.sh [--quick] [bench.py options]
#
# Installs what it needs (wrk from Debian, a venv at bench/.venv with botocore and
# moto[server]), builds gatehouse in release mode and the do-nothing server bench/nullsts,
# then runs bench/bench.py: gatehouse, moto_server and nullsts side by side on 127.0.0.1.
# Full run: about 10 minutes; --quick: about a minute. Figures land in bench/results/.
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$bench")"
target="${CARGO_TARGET_DIR:-$repo/target}"

if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -q && apt-get install -y -q wrk
fi
venv="$bench/.venv"
if [ ! -x "$venv/bin/moto_server" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q botocore 'moto[server]'
fi

echo "building gatehouse (dist profile: fat LTO) and nullsts..." >&2
(cd "$repo" && cargo build -q --profile dist -p gatehouse)
cargo build -q --release --manifest-path "$bench/nullsts/Cargo.toml" --target-dir "$target/nullsts"

exec "$venv/bin/python" "$bench/bench.py" \
  --gatehouse "$target/dist/gatehouse" \
  --moto "$venv/bin/moto_server" \
  --nullsts "$target/nullsts/release/nullsts" \
  "$@"

#!/usr/bin/env bash
# Builds and runs the fuzz targets (libFuzzer through libfuzzer-sys, stable rustc; see the
# Fuzzing section of CONTRIBUTING.md).
#
#   fuzz/run.sh --smoke [SECONDS]            every target for SECONDS (default 20) each, as CI
#                                            runs them; fails if any target finds a crash
#   fuzz/run.sh --campaign TARGET [RUNS] [MAX_SECONDS]
#                                            one long run (default 10,000,000 executions, at most
#                                            3 hours), niced, growing fuzz/grown/TARGET; the
#                                            figures are libFuzzer's last lines
#   fuzz/run.sh --list                       the targets
#
# The committed seeds (fuzz/corpus/TARGET) are only read; what a run adds goes to a temporary
# folder (--smoke) or fuzz/grown (--campaign), and a crashing input to fuzz/artifacts/TARGET/.
# Extra arguments after `--` go to libFuzzer.
set -euo pipefail
cd "$(dirname "$0")"

TARGETS=(query sigv4 policy session_token jwt saml seed_toml ssh_public_key)
BIN=target/x86_64-unknown-linux-gnu/release

build() {
    # libfuzzer-sys compiles libFuzzer (C++) with the system's C++ compiler.
    if ! command -v c++ >/dev/null; then
        apt-get update -qq && apt-get install -y -qq g++ >/dev/null
    fi
    # Arithmetic and hashing crates are built without coverage instrumentation
    # (uninstrumented-crates.txt says why).
    RUSTC_WRAPPER="$PWD/rustc-wrapper.sh" cargo build --release --locked --bins
}

# run TARGET GROWN_DIR LIBFUZZER_ARGS...: one run; exit status 0 unless it found a crash.
run() {
    local target=$1 grown=$2
    shift 2
    mkdir -p "$grown" "artifacts/$target"
    "$BIN/$target" "$grown" "corpus/$target" -artifact_prefix="artifacts/$target/" \
        -print_final_stats=1 -timeout=25 "$@"
}

mode=${1:-}
shift || true
case "$mode" in
--smoke)
    seconds=20
    if [[ $# -gt 0 && $1 != -- ]]; then seconds=$1; shift; fi
    [[ ${1:-} == -- ]] && shift
    build
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    passed=0 failed=0
    for target in "${TARGETS[@]}"; do
        echo "== fuzz $target (${seconds}s)"
        if run "$target" "$scratch/$target" -max_total_time="$seconds" "$@" >"$scratch/$target.log" 2>&1; then
            passed=$((passed + 1))
            grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$scratch/$target.log" || true
        else
            failed=$((failed + 1))
            tail -n 60 "$scratch/$target.log"
            echo "FAILED: fuzz $target (crash input in fuzz/artifacts/$target/)"
        fi
    done
    echo "fuzz: $passed passed, $failed failed"
    [[ $failed -eq 0 ]]
    ;;
--campaign)
    target=${1:?usage: fuzz/run.sh --campaign TARGET [RUNS] [MAX_SECONDS]}
    runs=${2:-10000000}
    max_seconds=${3:-10800}
    shift $(($# < 3 ? $# : 3))
    [[ ${1:-} == -- ]] && shift
    build
    renice -n 19 $$ >/dev/null
    log="grown/$target.log"
    mkdir -p grown
    echo "== fuzz $target: $runs runs, at most ${max_seconds}s; full log in fuzz/$log"
    status=0
    start=$SECONDS
    run "$target" "grown/$target" -runs="$runs" -max_total_time="$max_seconds" "$@" >"$log" 2>&1 \
        || status=$?
    grep -E '^#[0-9]+[[:space:]]+DONE|^Done|^stat::|^==[0-9]+== ERROR|^SUMMARY' "$log" || true
    echo "wall: $((SECONDS - start))s, status $status"
    exit "$status"
    ;;
--list)
    printf '%s\n' "${TARGETS[@]}"
    ;;
*)
    sed -n '2,15p' "$0"
    exit 2
    ;;
esac

#!/usr/bin/env bash
# RUSTC_WRAPPER of the fuzz build (run.sh): runs rustc as given, except that the crates listed
# in uninstrumented-crates.txt are compiled without the coverage flags of .cargo/config.toml.
# Stable rustc cannot set flags per crate any other way.
set -euo pipefail
rustc=$1
shift
crate=
previous=
for arg in "$@"; do
    [[ $previous == --crate-name ]] && crate=$arg
    previous=$arg
done
if [[ -n $crate ]] && grep -qx -- "$crate" "$(dirname "$0")/uninstrumented-crates.txt"; then
    kept=()
    for arg in "$@"; do
        case $arg in
        -Cpasses=sancov-module | -Cllvm-args=-sanitizer-coverage-*) ;;
        *) kept+=("$arg") ;;
        esac
    done
    exec "$rustc" "${kept[@]}"
fi
exec "$rustc" "$@"

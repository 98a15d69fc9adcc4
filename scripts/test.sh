#!/usr/bin/env bash
# Builds and runs every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
cd "$root/build"
ctest --output-on-failure --no-tests=error --parallel "$(nproc)" "$@"

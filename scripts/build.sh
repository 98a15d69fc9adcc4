#!/usr/bin/env bash
# Configures and builds into build/ with warnings as errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DUW_WERROR=ON
cmake --build "$root/build" --parallel "$(nproc)"

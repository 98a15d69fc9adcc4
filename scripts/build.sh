#!/usr/bin/env bash
# Configures and builds into build/ with warnings as errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
# ccache keys objects by paths relative to the checkout, so another clone reuses them too.
export CCACHE_BASEDIR="$root"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DUW_WERROR=ON \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$root/build" --parallel "$(nproc)"

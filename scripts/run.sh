#!/usr/bin/env bash
# Builds and starts Upgrade Workbench on the bundled sample project (build/sample.uwb).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
app="$root/build/app/upgrade-workbench"
sample="$root/build/sample.uwb"
[[ -f "$sample" ]] || "$app" new "$sample" --sample
if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting under xvfb-run (set DISPLAY to see the window)." >&2
    exec xvfb-run -a "$app" "$sample" "$@"
fi
exec "$app" "$sample" "$@"

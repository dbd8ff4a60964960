#!/usr/bin/env bash
# The app on a fresh machine: Node 22, the dependencies, then the Electron window.
# Where Electron's binary cannot be had (no internet), the same app opens in the
# browser through the loopback bridge instead. Data: the embedded SQLite file, with
# the sample sessions on the first run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node22.sh
# npm writes its summary to stdout: kept off it, so the bridge's address is its first line.
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=warn >&2
if npx --no-install electron --version >/dev/null 2>&1; then
  exec npm start
fi
echo "Electron không có trên máy này: mở giao diện trong trình duyệt theo địa chỉ dưới đây." >&2
exec npm run web -- "$@"

#!/usr/bin/env bash
# Sets up .venv and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The browser test drives Debian's Chromium; where it cannot be installed (no root, not Debian)
# that one test skips and the rest still run.
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
    || echo "chromium could not be installed: the browser test will be skipped"
fi
.venv/bin/python -m pytest -q "$@"

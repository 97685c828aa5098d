#!/usr/bin/env bash
# The README's two commands: build the package into a local virtualenv and run its tests.
#   bindings/python/dev.sh            # venv + build (maturin develop --release) + pytest
#   bindings/python/dev.sh --bench    # ... then the benchmark against dateparser
# Needs Rust and Python >= 3.9 (PYTHON=python3.12 to choose another); the rest comes from PyPI.
# BANGLA_SPARK=1 adds the Spark tests (installs pyspark; Java 17+ needed).
set -euo pipefail
cd "$(dirname "$0")"
"${PYTHON:-python3}" -m venv .venv && .venv/bin/pip install -q "maturin>=1.5,<2" pytest pyarrow polars pandas dateparser mypy
if [ "${BANGLA_SPARK:-}" = "1" ]; then .venv/bin/pip install -q pyspark; fi
.venv/bin/maturin develop --release -q && .venv/bin/pytest -q
if [ "${1:-}" = "--bench" ]; then
    .venv/bin/python bench/bench.py
fi

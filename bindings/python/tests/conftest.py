"""Shared fixtures: where the shared corpus and the repository root are."""

from __future__ import annotations

import os
from pathlib import Path
from typing import List

import pytest

PACKAGE = Path(__file__).resolve().parents[1]
REPO = PACKAGE.parents[1]


def corpus_files() -> List[Path]:
    """The shared corpus of real strings: $BANGLA_CORPUS, or ../shared/corpus beside the repository."""
    root = Path(os.environ.get("BANGLA_CORPUS", REPO.parent / "shared" / "corpus"))
    return sorted(root.glob("real-dev*.tsv"))


@pytest.fixture(scope="session")
def corpus() -> List[Path]:
    files = corpus_files()
    if not files:
        pytest.skip("shared corpus not found (set BANGLA_CORPUS to the folder of real-dev*.tsv)")
    return files

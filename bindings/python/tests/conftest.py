"""Shared fixtures: where the shared corpus and the repository root are."""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Any, List

import pytest

PACKAGE = Path(__file__).resolve().parents[1]
REPO = PACKAGE.parents[1]
#: The day of reading the comparisons with the CLI give both sides (`read_on`, `--read-on`): one
#: fixed day, so that neither reads on its own today (a run across midnight would differ).
READ_ON = datetime.date(2026, 12, 7)


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


def in_bytes(text: str, value: Any) -> Any:
    """A serde form whose spans count characters of ``text`` with its spans in UTF-8 bytes (as
    the library and the CLI count): every dict with integer ``start`` and ``end`` is a span (a
    ``span``, an anchor's ``from``, a mention's own ends)."""
    if isinstance(value, list):
        return [in_bytes(text, v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: in_bytes(text, v) for k, v in value.items()}
    if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
        out["start"] = len(text[: value["start"]].encode("utf-8"))
        out["end"] = len(text[: value["end"]].encode("utf-8"))
    return out


def without(record: dict, *keys: str) -> dict:
    """``record`` without ``keys``."""
    return {k: v for k, v in record.items() if k not in keys}

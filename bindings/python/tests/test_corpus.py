"""The Python API agrees with the Rust API on the shared corpus of real strings.

The Rust side is the library's own `convert` example in JSON mode (`cargo run --example convert
-- --json`), which prints every match (the library's serde form) with byte spans; here the
character spans of `Match.to_dict()` are turned into bytes independently (by encoding the
prefix) and each whole record must be equal to the CLI's, field for field, and so must the
first error (kind, message and span).
"""

from __future__ import annotations

import csv
import datetime
import json
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest

from bangla_dateparser import Parser, ParseError

from conftest import READ_ON, REPO, in_bytes, without

def rows(files: List[Path]) -> List[Tuple[str, str, Optional[str]]]:
    """(id, text, reference) of every corpus row."""
    out = []
    for path in files:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                text = row.get("text") or ""
                if text and "\n" not in text and "\r" not in text:
                    out.append((row["id"], text, row.get("reference") or None))
    return out


def rust_results(texts: List[str], reference: Optional[str]) -> List[dict]:
    """The Rust API's reading of each text, one JSON object per line."""
    cargo = shutil.which("cargo")
    if cargo is None:
        pytest.skip("cargo not found: the Rust side of the comparison cannot run")
    args = [cargo, "run", "-q", "--example", "convert", "--", "--json", "--read-on", READ_ON.isoformat()]
    if reference:
        args += ["--reference", reference]
    done = subprocess.run(
        args, input="\n".join(texts) + "\n", capture_output=True, text=True, cwd=REPO, check=True
    )
    lines = done.stdout.splitlines()
    assert len(lines) == len(texts), done.stderr
    return [json.loads(line) for line in lines]


def error_record(e: ParseError) -> dict:
    """A ParseError as the serde form of the library's error (spans in characters)."""
    return {"kind": e.kind, "message": e.message, "span": e.span}


def test_python_agrees_with_rust_on_the_corpus(corpus):
    """Every match's whole record (the serde form, with its text) and the first error, with
    the spans turned back into bytes, equals what the CLI prints for the line."""
    by_reference: Dict[Optional[str], List[Tuple[str, str]]] = defaultdict(list)
    for id_, text, reference in rows(corpus):
        by_reference[None].append((id_, text))
        if reference:
            by_reference[reference].append((id_, text))
    compared = matches = warnings = errors = 0
    for reference, items in by_reference.items():
        texts = [t for _, t in items]
        ref = None if reference is None else datetime.datetime.fromisoformat(reference)
        parser = Parser(reference=ref, read_on=READ_ON)
        for (id_, text), rust in zip(items, rust_results(texts, reference)):
            assert rust["input"] == text
            ours = [in_bytes(text, m.to_dict()) for m in parser.extract(text)]
            # The CLI's line records hold the matches without their text: the bytes give it.
            raw = text.encode("utf-8")
            theirs = [
                dict(j, text=raw[j["span"]["start"] : j["span"]["end"]].decode("utf-8")) for j in rust["matches"]
            ]
            assert ours == theirs, f"{id_} (reference {reference}): {text}"
            if "error" in rust:
                with pytest.raises(ParseError) as info:
                    parser.extract(text, errors="raise")
                assert in_bytes(text, error_record(info.value)) == without(rust["error"], "char_span"), id_
                errors += 1
            else:
                parser.extract(text, errors="raise")
            compared += 1
            matches += len(ours)
            warnings += sum(len(m["warnings"]) for m in ours)
    # The corpus is real: it has matches, warnings and errors to compare, not just empty lists.
    assert compared >= 100 and matches >= 100 and warnings >= 5, (compared, matches, warnings, errors)
    print(f"compared {compared} readings: {matches} matches, {warnings} warnings, {errors} errors")

"""The Python API agrees with the Rust API on the shared corpus of real strings.

The Rust side is the library's own `convert` example in JSON mode (`cargo run --features serde
--example convert -- --json`), which prints every match (the library's serde form) with byte
spans; here those spans are turned into character indices independently (by decoding the UTF-8
prefix) and every field is compared with what `Parser.extract` returns: dates, times,
datetimes, spans and matched text, Bangabda/Hijri/Śaka parts, roles, approximation, and
warnings (code and span), and the first error with its span.
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

from conftest import REPO

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


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
    args = [cargo, "run", "-q", "--features", "serde", "--example", "convert", "--", "--json"]
    if reference:
        args += ["--reference", reference]
    done = subprocess.run(
        args, input="\n".join(texts) + "\n", capture_output=True, text=True, cwd=REPO, check=True
    )
    lines = done.stdout.splitlines()
    assert len(lines) == len(texts), done.stderr
    return [json.loads(line) for line in lines]


def chars(text: str, byte: int) -> int:
    return len(text.encode("utf-8")[:byte].decode("utf-8"))


def python_view(text: str, m) -> Dict[str, object]:
    """A Python match in the JSON example's terms (but with character spans)."""
    bangla = None
    if m.bangla_day is not None:
        bangla = {"day": m.bangla_day, "month": m.bangla_month, "year": m.bangla_year, "rule": m.bangla_rule}
    hijri = None if m.hijri_day is None else {"day": m.hijri_day, "month": m.hijri_month, "year": m.hijri_year}
    saka = None if m.saka_day is None else {"day": m.saka_day, "month": m.saka_month, "year": m.saka_year}
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "date": None if m.date is None else m.date.isoformat(),
        "year": m.year,
        "month": m.month,
        "day": m.day,
        "time": None if m.time is None else m.time.strftime("%H:%M:%S"),
        "datetime": None if m.datetime is None else m.datetime.isoformat(),
        "bangla": bangla,
        "hijri": hijri,
        "saka": saka,
        "weekday": None if m.weekday is None else WEEKDAYS[m.weekday],
        "role": m.role,
        "approximate": m.approximate,
        "warnings": [(w.code, w.start, w.end) for w in m.warnings],
    }


def rust_view(text: str, j: dict) -> Dict[str, object]:
    view = {k: j[k] for k in ("date", "year", "month", "day", "time", "datetime", "bangla", "hijri",
                              "saka", "weekday", "role", "approximate")}
    start, end = j["span"]["start"], j["span"]["end"]
    view["start"] = chars(text, start)
    view["end"] = chars(text, end)
    view["text"] = text.encode("utf-8")[start:end].decode("utf-8")
    view["warnings"] = [
        (w["kind"], *((chars(text, w["span"]["start"]), chars(text, w["span"]["end"])) if "span" in w else (None, None)))
        for w in j["warnings"]
    ]
    return view


def test_python_agrees_with_rust_on_the_corpus(corpus):
    by_reference: Dict[Optional[str], List[Tuple[str, str]]] = defaultdict(list)
    for id_, text, reference in rows(corpus):
        by_reference[None].append((id_, text))
        if reference:
            by_reference[reference].append((id_, text))
    compared = matches = warnings = errors = 0
    for reference, items in by_reference.items():
        texts = [t for _, t in items]
        ref = None if reference is None else datetime.datetime.fromisoformat(reference)
        parser = Parser(reference=ref)
        for (id_, text), rust in zip(items, rust_results(texts, reference)):
            assert rust["input"] == text
            ours = [python_view(text, m) for m in parser.extract(text)]
            theirs = [rust_view(text, j) for j in rust["matches"]]
            assert ours == theirs, f"{id_} (reference {reference}): {text}"
            for m in ours:
                assert text[m["start"] : m["end"]] == m["text"]
            if "error" in rust:
                span = rust["error"].get("span")
                with pytest.raises(ParseError) as info:
                    parser.extract(text, errors="raise")
                if span is not None:
                    assert (info.value.start, info.value.end) == (chars(text, span["start"]), chars(text, span["end"])), id_
                errors += 1
            else:
                parser.extract(text, errors="raise")
            compared += 1
            matches += len(ours)
            warnings += sum(len(m["warnings"]) for m in ours)
    # The corpus is real: it has matches, warnings and errors to compare, not just empty lists.
    assert compared >= 100 and matches >= 100 and warnings >= 5, (compared, matches, warnings, errors)
    print(f"compared {compared} readings: {matches} matches, {warnings} warnings, {errors} errors")

#!/usr/bin/env python3
"""The three front ends agree record for record: the command-line tool, the Python package and
the JavaScript package read the shared corpora and articles into the same records.

Run by .ci/run after both packages are built, with the Python of the package's virtualenv:

    bindings/python/.venv/bin/python tools/agreement.py [--corpus DIR] [--convert BIN] [--no-js]
        [--read-on YYYY-MM-DD]

What is read (the corpus lives beside the checkout, ../shared/corpus, never in it):

- every row of ``real-dev*.tsv``, as a line (``convert --json``, ``Parser.extract``,
  ``extractAll``), without a reference and again with the row's ``reference`` when it has one;
- every line of every article (``articles/D*.txt``, ``articles-full/F*.txt``) the same way, with
  the article's reference (``annotations.tsv``, read as tests/articles.rs reads it);
- every article whole, as a document (``convert --document --json``, ``Parser.read_document``,
  ``readDocument``).

A line's record is ``{"input", "matches": [MATCH…], "error"?}`` (the first error, as the CLI's
line mode prints it); a document's is ``{"mentions": [MENTION…], "errors": [ERROR…]}``. MATCH and
MENTION are the library's serde form with ``text``; ERROR is ``{"kind", "message", "span"}``.
Every job is read on one day (``--read-on``, default today in Bangladesh, UTC+06:00, taken once
here): the CLI gets it as ``--read-on``, Python as ``Parser(read_on=…)`` and JavaScript as
``readOn``, so that a run across midnight cannot make the front ends read on different days (each
defaults to its own today, by the clock, when not told).

Each front end counts spans in its own unit (the CLI in bytes, Python in characters, JavaScript
in UTF-16 units); here every span (any object with integer ``start`` and ``end``) is turned into
bytes, the CLI's match records get their ``text`` from the bytes and its errors lose
``char_span`` (the same place again, in characters), and then the records must be equal.
Exits 0 and says "skipped" when the corpus is absent; 1 on the first disagreement, showing it.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

REPO = Path(__file__).resolve().parents[1]

Job = Dict[str, Any]


# --- what is read ---------------------------------------------------------------------------


def reference(s: str) -> Optional[str]:
    """An annotation's reference as tests/articles.rs reads it: a moment as given, a day at
    noon, a month at noon on its first day."""
    s = s.strip()
    if len(s) == 7:
        s += "-01"
    if len(s) == 10:
        s += "T12:00"
    return s if len(s) == 16 else None


def corpus_rows(corpus: Path) -> List[Tuple[str, Optional[str]]]:
    """(text, reference) of every row of the real-dev sets: each without a reference, and
    again with its own when it has one."""
    out: List[Tuple[str, Optional[str]]] = []
    for path in sorted(corpus.glob("real-dev*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                text = row.get("text") or ""
                if not text or "\n" in text or "\r" in text:
                    continue
                out.append((text, None))
                if row.get("reference"):
                    out.append((text, row["reference"]))
    return out


def articles(corpus: Path) -> List[Tuple[str, str, Optional[str]]]:
    """(name, text, reference) of every article."""
    out = []
    for folder, pattern in (("articles", "D*.txt"), ("articles-full", "F*.txt")):
        root = corpus / folder
        refs: Dict[str, Optional[str]] = {}
        gold = root / "annotations.tsv"
        if gold.exists():
            with gold.open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                    refs.setdefault(row["article"], reference(row.get("reference") or ""))
        for path in sorted(root.glob(pattern)):
            out.append((f"{folder}/{path.name}", path.read_text(encoding="utf-8"), refs.get(path.stem)))
    return out


#: The corpus is valid text; these invalid lines (after emoji and Bengali, so that the three units
#: differ) make the errors' half of the comparison run too.
INVALID = [
    "😀 ৩২ জানুয়ারি",
    "খবর: ৩০ ফেব্রুয়ারি ২০২৬ সকাল ১০টা",
    "🇧🇩 ৩১ ফাল্গুন ১৪৩২ বঙ্গাব্দ, এবং ২৮ ডিসেম্বর ২০২৫",
    "সময় ২৫:১০",
]


def jobs_of(corpus: Path, read_on: str) -> Tuple[List[Job], List[str]]:
    """The jobs every front end runs, and a name for each record they give (in order); each
    job is read on the day ``read_on`` (``YYYY-MM-DD``)."""
    by_reference: Dict[Optional[str], List[Tuple[str, str]]] = defaultdict(list)
    for text, ref in corpus_rows(corpus):
        by_reference[ref].append((text, "real-dev"))
    for text in INVALID:
        by_reference[None].append((text, "invalid"))
    docs = articles(corpus)
    for name, text, ref in docs:
        for k, line in enumerate(text.splitlines()):
            if line.strip():
                by_reference[ref].append((line, f"{name} line {k + 1}"))
    jobs: List[Job] = []
    names: List[str] = []
    for ref, items in by_reference.items():
        jobs.append({"mode": "lines", "reference": ref, "read_on": read_on, "texts": [t for t, _ in items]})
        names += [f"{where} (reference {ref}): {t[:60]}" for t, where in items]
    for name, text, ref in docs:
        jobs.append({"mode": "document", "reference": ref, "read_on": read_on, "text": text})
        names.append(f"{name} as a document (reference {ref})")
    return jobs, names


def texts_of(jobs: List[Job]) -> List[str]:
    """The text of each record, in order."""
    return [t for job in jobs for t in (job["texts"] if job["mode"] == "lines" else [job["text"]])]


# --- the three front ends -------------------------------------------------------------------


def cli_records(convert: str, jobs: List[Job]) -> List[Any]:
    out: List[Any] = []
    for job in jobs:
        args = [convert, "--json", "--read-on", job["read_on"]]
        if job["mode"] == "document":
            args.insert(1, "--document")
        if job["reference"]:
            args += ["--reference", job["reference"]]
        stdin = "\n".join(job["texts"]) + "\n" if job["mode"] == "lines" else job["text"]
        done = subprocess.run(args, input=stdin, capture_output=True, text=True, check=True)
        lines = done.stdout.splitlines()
        expected = len(job["texts"]) if job["mode"] == "lines" else 1
        if len(lines) != expected:
            raise SystemExit(f"convert printed {len(lines)} lines for {expected} inputs: {done.stderr}")
        out += [json.loads(line) for line in lines]
    return out


def python_records(jobs: List[Job]) -> List[Any]:
    from bangla_dateparser import ParseError, Parser

    def error(e: ParseError) -> Dict[str, Any]:
        return {"kind": e.kind, "message": e.message, "span": e.span}

    out: List[Any] = []
    for job in jobs:
        ref = None if job["reference"] is None else datetime.datetime.fromisoformat(job["reference"])
        parser = Parser(reference=ref, read_on=datetime.date.fromisoformat(job["read_on"]))
        if job["mode"] == "document":
            out.append(parser.read_document(job["text"]).to_dict())
            continue
        for text in job["texts"]:
            record: Dict[str, Any] = {"input": text, "matches": [m.to_dict() for m in parser.extract(text)]}
            try:
                parser.extract(text, errors="raise")
            except ParseError as e:
                record["error"] = error(e)
            out.append(record)
    return out


def js_records(node: str, jobs: List[Job]) -> List[Any]:
    script = REPO / "bindings" / "js" / "scripts" / "records.mjs"
    done = subprocess.run([node, str(script)], input=json.dumps(jobs), capture_output=True, text=True, check=True)
    return [json.loads(line) for line in done.stdout.splitlines()]


# --- one unit -------------------------------------------------------------------------------


def byte_offsets(text: str, unit: str) -> Callable[[int], int]:
    """A function from offsets in `unit` (`char` or `utf16`) of `text` to UTF-8 byte offsets."""
    table = [0]
    for c in text:
        size = len(c.encode("utf-8"))
        if unit == "utf16" and ord(c) > 0xFFFF:
            table.append(table[-1])  # the first unit of a surrogate pair: inside the character
        table.append(table[-1] + size)
    return lambda i: table[i]


def in_bytes(value: Any, to_bytes: Callable[[int], int]) -> Any:
    """`value` with every span (an object with integer `start` and `end`) in bytes."""
    if isinstance(value, list):
        return [in_bytes(v, to_bytes) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: in_bytes(v, to_bytes) for k, v in value.items()}
    if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
        out["start"], out["end"] = to_bytes(value["start"]), to_bytes(value["end"])
    return out


def cli_in_form(record: Dict[str, Any], text: str) -> Dict[str, Any]:
    """The CLI's record as the packages give theirs: a match's `text` from the bytes, errors
    without `char_span`."""
    raw = text.encode("utf-8")
    out = dict(record)
    if "matches" in out:
        out["matches"] = [
            dict(m, text=raw[m["span"]["start"] : m["span"]["end"]].decode("utf-8")) for m in record["matches"]
        ]
    strip = lambda e: {k: v for k, v in e.items() if k != "char_span"}  # noqa: E731
    if "error" in out:
        out["error"] = strip(out["error"])
    if "errors" in out:
        out["errors"] = [strip(e) for e in out["errors"]]
    return out


def first_difference(a: Any, b: Any, path: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if a.get(k, "<absent>") != b.get(k, "<absent>"):
                return first_difference(a.get(k, "<absent>"), b.get(k, "<absent>"), f"{path}.{k}")
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items against {len(b)}"
        for k, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_difference(x, y, f"{path}[{k}]")
    return f"{path}: {json.dumps(a, ensure_ascii=False)} against {json.dumps(b, ensure_ascii=False)}"


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    args.add_argument("--convert", help="the convert example's binary (default: cargo build it)")
    args.add_argument("--no-js", action="store_true", help="compare the CLI and Python only")
    args.add_argument(
        "--read-on",
        type=datetime.date.fromisoformat,
        help="the day every front end reads on, YYYY-MM-DD (default: today in Bangladesh, UTC+06:00)",
    )
    opts = args.parse_args()
    # One day for all three, taken once: each front end's own default is its today by the clock.
    read_on = opts.read_on or datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=6))).date()
    if not (opts.corpus / "real-dev.tsv").exists():
        print(f"skipped: the shared corpus is not at {opts.corpus}")
        return 0
    convert = opts.convert
    if convert is None:
        subprocess.run(["cargo", "build", "-q", "--example", "convert"], cwd=REPO, check=True)
        target = Path(os.environ.get("CARGO_TARGET_DIR") or REPO / "target")
        convert = str(target / "debug" / "examples" / "convert")
    jobs, names = jobs_of(opts.corpus, read_on.isoformat())
    texts = texts_of(jobs)
    fronts: List[Tuple[str, List[Any], str]] = [("Python", python_records(jobs), "char")]
    node = shutil.which("node")
    built = (REPO / "bindings" / "js" / "pkg" / "bangla_dateparser_wasm_bg.wasm").exists()
    if opts.no_js or node is None or not built:
        why = "--no-js" if opts.no_js else "node not found" if node is None else "bindings/js/pkg not built"
        print(f"SKIPPED JavaScript ({why}): comparing the CLI and Python only")
    else:
        fronts.append(("JavaScript", js_records(node, jobs), "utf16"))
    cli = [cli_in_form(r, t) for r, t in zip(cli_records(convert, jobs), texts)]
    for front, records, unit in fronts:
        if len(records) != len(cli):
            print(f"{front} gave {len(records)} records, the CLI {len(cli)}")
            return 1
        for k, (ours, theirs, text) in enumerate(zip(records, cli, texts)):
            ours = in_bytes(ours, byte_offsets(text, unit))
            if ours != theirs:
                print(f"{front} and the CLI disagree on {names[k]}")
                print(f"  {first_difference(ours, theirs)}")
                return 1
    lines = [r for r in cli if "input" in r]
    docs = [r for r in cli if "mentions" in r]
    matches = sum(len(r["matches"]) for r in lines)
    warnings = sum(len(m["warnings"]) for r in lines for m in r["matches"])
    errors = sum("error" in r for r in lines) + sum(len(r["errors"]) for r in docs)
    mentions = sum(len(r["mentions"]) for r in docs)
    who = " and ".join(f for f, _, _ in fronts)
    print(
        f"{who} {'agree' if len(fronts) > 1 else 'agrees'} with the CLI record for record: {len(lines)} lines "
        f"({matches} matches, {warnings} warnings), {len(docs)} documents ({mentions} mentions), {errors} errors"
    )
    # The corpus is real text full of dates: an empty comparison would prove nothing.
    if matches < 300 or mentions < 200 or warnings < 20 or errors < len(INVALID):
        print("too little was compared: is the corpus complete?")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

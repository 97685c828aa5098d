"""bangla-dateparser against dateparser, in one run: per string, per column, and right answers.

    python bench/bench.py [--rows 200000] [--sample 300]

Per string: the median over the strings of the shared corpus (or generated ones when the corpus
is absent) of each call, best of 5 passes. Per column: rows/s over ``--rows`` generated rows of
real shapes; dateparser's column figure is measured on ``--sample`` rows (it takes milliseconds a
row). Right answers: the share of corpus rows with an expected Gregorian value that each reads to
exactly that value (the first date found; the corpus's reference time as RELATIVE_BASE).
"""

from __future__ import annotations

import argparse
import csv
import datetime
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Callable, List, Optional, Tuple

import bangla_dateparser as bd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "examples"))
sys.path.insert(0, str(HERE.parent / "tests"))

import shapes  # noqa: E402
from conftest import corpus_files  # noqa: E402


def corpus_rows() -> List[Tuple[str, str, Optional[str]]]:
    out = []
    for path in corpus_files():
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row.get("text"):
                    out.append((row["text"], row.get("expected_gregorian") or "", row.get("reference") or None))
    return out


def per_call(fn: Callable[[str], object], texts: List[str], passes: int = 5) -> float:
    """Median seconds per call over ``texts``, best pass of ``passes``."""
    best = []
    for _ in range(passes):
        times = []
        for t in texts:
            t0 = time.perf_counter()
            fn(t)
            times.append(time.perf_counter() - t0)
        best.append(statistics.median(times))
    return min(best)


def rate(fn: Callable[[], object], rows: int) -> float:
    t0 = time.perf_counter()
    fn()
    return rows / (time.perf_counter() - t0)


def shown(got) -> Optional[str]:
    if got is None:
        return None
    if isinstance(got, datetime.datetime):
        return got.strftime("%Y-%m-%dT%H:%M")
    return got.isoformat()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--sample", type=int, default=300)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    import dateparser
    import pyarrow as pa

    rows = corpus_rows()
    texts = [t for t, _, _ in rows] or [t for t in shapes.generate(200) if t]
    source = "shared corpus" if rows else "generated rows"
    parser = bd.Parser()
    header = "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ"
    dp = lambda t: dateparser.parse(t, languages=["bn"])  # noqa: E731
    dp(header)  # warm its caches: the first call loads the language data

    print(f"## Per string (median over {len(texts)} strings of the {source}, best of 5)\n")
    print("| call | per string |\n|---|---|")
    ours = per_call(bd.parse, texts)
    full = per_call(parser.extract, texts)
    theirs = per_call(dp, texts[: args.sample], passes=1)
    print(f"| `bangla_dateparser.parse(s)` | {ours * 1e6:.1f} µs |")
    print(f"| `Parser().extract(s)` | {full * 1e6:.1f} µs |")
    print(f"| `dateparser.parse(s, languages=['bn'])` | {theirs * 1e6:.0f} µs ({theirs / ours:,.0f}× slower) |")
    print(f"| the sample header, `Parser().parse` | {per_call(parser.parse, [header] * 200) * 1e6:.1f} µs |")
    print(f"| the sample header, dateparser | {per_call(dp, [header] * 20, passes=1) * 1e6:.0f} µs |")

    column = shapes.generate(args.rows)
    array = pa.array(column)
    sample = [t for t in column[: args.sample]]
    print(f"\n## Per column ({args.rows:,} generated rows of real shapes)\n")
    print("| way | rows/s |\n|---|---|")
    arrow = rate(lambda: parser.parse_arrow(array), len(column))
    print(f"| `parse_arrow(pyarrow array)` | {arrow:,.0f} |")
    per_row = rate(lambda: [None if t is None else bd.parse(t) for t in column], len(column))
    print(f"| `[bangla_dateparser.parse(s) for s in column]` | {per_row:,.0f} |")
    try:
        import polars as pl
        import polars_example

        frame = pl.DataFrame({"text": column}, schema={"text": pl.String})
        polars_rate = rate(lambda: polars_example.parse_frame(frame, "text", parser), len(column))
        print(f"| polars `map_batches(parse_arrow)` | {polars_rate:,.0f} |")
        elements = rate(lambda: polars_example.parse_frame_per_row(frame, "text"), len(column))
        print(f"| polars `map_elements(parse)` | {elements:,.0f} |")
    except ImportError:
        pass
    dp_rate = rate(lambda: [None if t is None else dp(t) for t in sample], len(sample))
    print(f"| `[dateparser.parse(s, languages=['bn']) for s in column]` ({len(sample)} rows) | {dp_rate:,.0f} |")
    print(f"\nparse_arrow is {arrow / dp_rate:,.0f}× dateparser's rate on a column.")

    graded = [(t, e, r) for t, e, r in rows if e]
    if graded:
        from dateparser.search import search_dates as dp_search

        def as_expected(got, expected):
            if isinstance(got, datetime.datetime) and got.tzinfo is not None:
                got = got.replace(tzinfo=None)
            if isinstance(got, datetime.datetime) and "T" not in expected:
                got = got.date()
            return shown(got) == expected

        score = {"first": 0, "parse": 0, "dp_parse": 0, "dp_search": 0}
        for text, expected, reference in graded:
            base = datetime.datetime.fromisoformat(reference) if reference else None
            found = bd.Parser(reference=base).extract(text)
            m = found[0] if found else None
            got = None
            if m is not None:
                got = m.datetime if "T" in expected else m.date
            score["first"] += as_expected(got, expected)
            settings = {"RELATIVE_BASE": base} if base else {}
            score["parse"] += as_expected(bd.parse(text, settings=settings), expected)
            score["dp_parse"] += as_expected(dateparser.parse(text, languages=["bn"], settings=settings), expected)
            hits = dp_search(text, languages=["bn"], settings=settings)
            score["dp_search"] += as_expected(hits[0][1] if hits else None, expected)
        n = len(graded)
        print(f"\n## Right answers ({n} corpus rows with an expected Gregorian value)\n")
        print("| reader | right |\n|---|---|")
        labels = {
            "first": "`Parser(reference=...).extract(s)[0]`",
            "parse": "`bangla_dateparser.parse(s)` (whole string)",
            "dp_parse": "`dateparser.parse(s, languages=['bn'])`",
            "dp_search": "`dateparser.search.search_dates(s, languages=['bn'])[0]`",
        }
        for key, label in labels.items():
            print(f"| {label} | {score[key]}/{n} ({score[key] / n:.0%}) |")


if __name__ == "__main__":
    main()

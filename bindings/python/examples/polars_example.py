"""Parse a polars text column with bangla-dateparser: the whole column in Rust via
``map_batches`` (one call per batch), against ``map_elements`` (one Python call per row).

    python examples/polars_example.py [ROWS]

prints the parsed frame's head and both timings. ``parse_frame`` is the recipe.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import polars as pl

import bangla_dateparser as bd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shapes  # noqa: E402


def parse_frame(df: pl.DataFrame, column: str, parser: bd.Parser | None = None) -> pl.DataFrame:
    """``df`` with the parse of ``column`` as columns ``parsed_datetime``, ``parsed_date``, ..."""
    parser = parser or bd.Parser()
    parsed = pl.col(column).map_batches(parser.parse_arrow).name.prefix_fields("parsed_").alias("parsed")
    return df.with_columns(parsed).unnest("parsed")


def parse_frame_per_row(df: pl.DataFrame, column: str) -> pl.DataFrame:
    """The per-row way, for comparison: a Python call per row (dateparser-style ``parse``)."""
    return df.with_columns(
        pl.col(column).map_elements(lambda t: bd.parse(t), return_dtype=pl.Datetime("us")).alias("datetime")
    )


def main(rows: int) -> None:
    df = pl.DataFrame({"text": shapes.generate(rows)}, schema={"text": pl.String})
    t0 = time.perf_counter()
    out = parse_frame(df, "text")
    batch = time.perf_counter() - t0
    t0 = time.perf_counter()
    parse_frame_per_row(df, "text")
    per_row = time.perf_counter() - t0
    print(out.select("text", "parsed_datetime", "parsed_bangla_day", "parsed_warnings", "parsed_error_kind").head(8))
    print(f"{rows} rows: map_batches(parse_arrow) {batch:.3f} s ({rows / batch:,.0f} rows/s); "
          f"map_elements(parse) {per_row:.3f} s ({rows / per_row:,.0f} rows/s)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)

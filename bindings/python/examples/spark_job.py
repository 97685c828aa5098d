"""Parse a text column of a Parquet or JSON dataset with Spark, in Rust, batch by batch.

    python examples/spark_job.py INPUT OUTPUT [--column text] [--format parquet|json]
        [--master MASTER] [--rule RULE] [--reference 2025-12-30T09:00] [--api mapInArrow|arrow_udf]
    spark-submit --master spark://HOST:7077 --archives env.tar.gz#env examples/spark_job.py INPUT OUTPUT
    python examples/spark_job.py --generate ROWS INPUT      # write a Parquet dataset of real shapes
    python examples/spark_job.py --compare ROWS             # rows/s: this job vs pandas_udf vs dateparser

The job keeps every input column and adds one column per parsed field (``parsed_datetime``,
``parsed_date``, ``parsed_bangla_day``, ..., ``parsed_error``): one output row per input row, and a
row that does not parse carries its error as data, so bad input never fails a task.

``mapInArrow`` (Spark >= 3.5) hands each task its partition as Arrow record batches; the text
column goes to ``bangla_dateparser.parse_arrow`` whole, so there is no Python call per row. On
Spark 4 ``--api arrow_udf`` does the same as a column expression (``pyspark.sql.functions.arrow_udf``).

The master is the one the job is launched with: ``spark-submit --master ...`` (or
``spark.master`` in ``spark-defaults.conf``); ``--master`` here overrides it, and run with plain
``python`` and no ``--master`` it is PySpark's default, local mode on every core.

On a cluster the executors need the package too: install the wheel with pyarrow and pandas into
a virtualenv, pack it with ``venv-pack -o env.tar.gz``, and submit with ``--archives
env.tar.gz#env`` and ``PYSPARK_PYTHON=./env/bin/python`` (the executors' interpreter, inside the
unpacked archive); in client mode (the default) also ``PYSPARK_DRIVER_PYTHON`` set to a local
Python that has the package, since the driver runs here, where ``./env`` does not exist. A wheel
alone can go with ``--py-files`` only if it is pure Python, which this one is not.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import time
from pathlib import Path
from typing import Iterator, List, Optional

import pandas as pd  # noqa: F401 - named by the pandas_udf's type hints, which Spark resolves
import pyarrow as pa
import pyarrow.compute as pc

import bangla_dateparser as bd

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: The parsed fields as Spark types (Spark has no type for a time of day: ``time`` becomes
#: ``HH:MM:SS`` text).
FIELDS = [
    ("start", "INT"), ("end", "INT"), ("text", "STRING"), ("datetime", "TIMESTAMP"),
    ("utc_offset", "INT"), ("date", "DATE"), ("time", "STRING"), ("year", "INT"),
    ("month", "TINYINT"), ("day", "TINYINT"), ("weekday", "TINYINT"), ("bangla_year", "INT"),
    ("bangla_month", "TINYINT"), ("bangla_day", "TINYINT"), ("bangla_rule", "STRING"),
    ("hijri_year", "INT"), ("hijri_month", "TINYINT"), ("hijri_day", "TINYINT"),
    ("saka_year", "INT"), ("saka_month", "TINYINT"), ("saka_day", "TINYINT"), ("role", "STRING"),
    ("approximate", "BOOLEAN"), ("warnings", "ARRAY<STRING>"), ("error", "STRING"),
    ("error_kind", "STRING"),
]
PARSED_DDL = ", ".join(f"`parsed_{name}` {kind}" for name, kind in FIELDS)
STRUCT_DDL = "struct<" + ", ".join(f"`{name}`: {kind}" for name, kind in FIELDS) + ">"


def parsed_columns(parser: bd.Parser, texts: pa.Array) -> List[pa.Array]:
    """The parse of one batch's text column, as Arrow columns Spark can take."""
    out = parser.parse_arrow(texts)
    columns = out.flatten()
    names = [f.name for f in out.type]
    result = []
    for name, column in zip(names, columns):
        if name == "datetime":
            # Spark's timestamps are instants; the session converts them for display.
            column = column.cast(pa.timestamp("us", tz="UTC"))
        elif name == "time":
            column = pc.utf8_slice_codeunits(column.cast(pa.string()), 0, 8)  # HH:MM:SS
        result.append(column)
    return result


def make_batches(parser: bd.Parser, column: str):
    """The function for ``mapInArrow``: every input column, then the parsed ones."""

    def batches(iterator: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in iterator:
            texts = batch.column(batch.schema.get_field_index(column))
            if texts.type != pa.string():
                texts = texts.cast(pa.string())
            parsed = parsed_columns(parser, texts)
            names = batch.schema.names + ["parsed_" + name for name, _ in FIELDS]
            yield pa.RecordBatch.from_arrays(list(batch.columns) + parsed, names=names)

    return batches


def spark_session(master: Optional[str] = None):
    """The session: on ``master`` when given, else on the master the job was launched with
    (``spark-submit --master``, ``spark.master`` in its configuration, or PySpark's local
    default), which a default here would silently override."""
    import os

    from pyspark.sql import SparkSession

    # Local workers run this interpreter (the one with the package). Under spark-submit (which
    # starts the JVM first and hands this process its port) the submitter's PYSPARK_PYTHON
    # applies: on a cluster, the packed environment's.
    if "PYSPARK_GATEWAY_PORT" not in os.environ or (master or "").startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    builder = SparkSession.builder if master is None else SparkSession.builder.master(master)
    return (
        builder.appName("bangla-dateparser")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )


def parse_dataframe(df, column: str, parser: bd.Parser, api: str = "mapInArrow"):
    """The recipe: ``df`` with the parsed columns added, one output row per input row."""
    if api == "mapInArrow":
        from pyspark.sql.types import StructType, _parse_datatype_string

        parsed = _parse_datatype_string(PARSED_DDL)
        schema = StructType(list(df.schema.fields) + list(parsed.fields))
        return df.mapInArrow(make_batches(parser, column), schema)
    if api == "arrow_udf":
        from pyspark.sql import functions as F

        def parse_column(texts: pa.Array) -> pa.Array:
            columns = parsed_columns(parser, texts.cast(pa.string()))
            return pa.StructArray.from_arrays(columns, names=[name for name, _ in FIELDS])

        parse_udf = F.arrow_udf(parse_column, STRUCT_DDL)  # type: ignore[attr-defined]
        parsed = df.withColumn("__parsed", parse_udf(F.col(column)))
        return parsed.select(
            *[F.col(f"`{c}`") for c in df.columns],
            *[F.col(f"__parsed.`{name}`").alias(f"parsed_{name}") for name, _ in FIELDS],
        )
    raise ValueError(f"unknown api {api!r} (expected mapInArrow or arrow_udf)")


def generate(rows: int, path: str) -> None:
    """A Parquet dataset of ``rows`` generated rows (with an id column)."""
    import pyarrow.parquet as pq

    import shapes

    texts = shapes.generate(rows)
    table = pa.table({"id": pa.array(range(rows), pa.int64()), "text": pa.array(texts, pa.string())})
    Path(path).mkdir(parents=True, exist_ok=True)
    pq.write_table(table, str(Path(path) / "part-0.parquet"), row_group_size=64_000)


def compare(rows: int, master: Optional[str], sample: int = 2000) -> None:
    """rows/s of this job, of a per-row pandas_udf and of dateparser, in one run.

    Spark's `noop` sink runs each job in full without writing, so the figures are the parsing
    and the Arrow/pandas transfer, not Parquet encoding.
    """
    import tempfile

    from pyspark.sql import functions as F

    spark = spark_session(master)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        generate(rows, f"{tmp}/in")
        df = spark.read.parquet(f"{tmp}/in").cache()
        df.count()
        parser = bd.Parser()

        def timed(name, frame):
            t0 = time.perf_counter()
            frame.write.format("noop").mode("overwrite").save()
            results[name] = rows / (time.perf_counter() - t0)

        @F.pandas_udf("timestamp")
        def per_row(texts: pd.Series) -> pd.Series:
            return texts.map(lambda t: bd.parse(t) if isinstance(t, str) else None)

        # Warm the Python workers once, then measure each way.
        timed("warm-up", df.limit(1000).withColumn("parsed", per_row("text")))
        timed("mapInArrow, every parsed column", parse_dataframe(df, "text", parser))
        timed("mapInArrow, datetime only", parse_dataframe(df, "text", parser).select("id", "parsed_datetime"))
        timed("arrow_udf, every parsed column", parse_dataframe(df, "text", parser, api="arrow_udf")) if hasattr(F, "arrow_udf") else None
        timed("pandas_udf calling parse() per row, datetime only", df.withColumn("parsed", per_row("text")))
    spark.stop()
    results.pop("warm-up")
    try:
        import dateparser
    except ImportError:
        pass
    else:
        import shapes

        texts = [t for t in shapes.generate(sample, seed=5) if t is not None]
        t0 = time.perf_counter()
        for t in texts:
            dateparser.parse(t, languages=["bn"])
        results[f"dateparser.parse per row, one process without Spark ({len(texts)} rows)"] = len(texts) / (time.perf_counter() - t0)
    print(f"{rows:,} rows on {master or 'the default master'}:")
    for name, rate in results.items():
        print(f"  {name}: {rate:,.0f} rows/s")


def main(argv: Optional[List[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", nargs="?")
    ap.add_argument("output", nargs="?")
    ap.add_argument("--column", default="text")
    ap.add_argument("--format", default="parquet", choices=["parquet", "json"])
    ap.add_argument(
        "--master",
        help="the Spark master (default: the one spark-submit or the Spark configuration gives; "
        "PySpark's local mode when run with plain python)",
    )
    ap.add_argument("--rule", help="a rule name (default: chosen by the evidence in each match)")
    ap.add_argument("--reference", type=datetime.datetime.fromisoformat)
    ap.add_argument("--prefer", default="nearest", choices=["nearest", "past", "future"])
    ap.add_argument("--api", default="mapInArrow", choices=["mapInArrow", "arrow_udf"])
    ap.add_argument("--generate", type=int, metavar="ROWS")
    ap.add_argument("--compare", type=int, metavar="ROWS")
    args = ap.parse_args(argv)
    if args.compare:
        compare(args.compare, args.master)
        return
    if args.generate:
        generate(args.generate, args.input)
        return
    if not (args.input and args.output):
        ap.error("INPUT and OUTPUT are required")
    spark = spark_session(args.master)
    df = spark.read.format(args.format).load(args.input)
    parser = bd.Parser(rule=args.rule, reference=args.reference, prefer=args.prefer)
    parse_dataframe(df, args.column, parser, args.api).write.mode("overwrite").format(args.format).save(args.output)
    print(f"spark_job.py: parsed {args.input} into {args.output} on {spark.sparkContext.master}", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()

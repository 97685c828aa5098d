"""The polars and Spark recipes in examples/ run and keep one output row per input row.

Spark is slow to start (a JVM per session): its tests run only with BANGLA_SPARK=1 (local
mode), and BANGLA_SPARK_STANDALONE=1 adds a standalone master and one worker on 127.0.0.1.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import bangla_dateparser as bd

pa = pytest.importorskip("pyarrow")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
sys.path.insert(0, str(EXAMPLES))

import shapes  # noqa: E402


def test_shapes_are_mostly_dates():
    rows = shapes.generate(3000)
    out = bd.parse_arrow(rows)
    kinds = out.field("error_kind").to_pylist()
    found = sum(1 for r, k in zip(rows, kinds) if r is not None and k is None)
    assert found > 0.75 * len(rows)
    assert "not-found" in kinds and "day-out-of-range" in kinds and None in rows


def test_polars_recipe():
    pl = pytest.importorskip("polars")
    import polars_example

    rows = shapes.generate(5000)
    df = pl.DataFrame({"id": list(range(len(rows))), "text": rows}, schema={"id": pl.Int64, "text": pl.String})
    out = polars_example.parse_frame(df, "text")
    assert out.height == df.height and out["id"].to_list() == df["id"].to_list()
    want = bd.parse_arrow(pa.array(rows))
    assert out["parsed_datetime"].to_list() == want.field("datetime").to_pylist()
    assert out["parsed_error_kind"].to_list() == want.field("error_kind").to_pylist()
    per_row = polars_example.parse_frame_per_row(df, "text")
    assert per_row.height == df.height
    # The per-row way gives the same moments where the row is one whole expression with a time.
    full = [i for i, r in enumerate(rows) if r is not None and r.startswith("প্রকাশ:")]
    for i in full[:50]:
        assert per_row["datetime"][i] == out["parsed_datetime"][i].replace(tzinfo=None)
    polars_example.main(2000)


spark = pytest.mark.skipif(os.environ.get("BANGLA_SPARK") != "1", reason="Spark tests are opt-in: BANGLA_SPARK=1")


def run_job(*args: str) -> str:
    """Run the job with plain python; its standard error (which names the master it ran on)."""
    done = subprocess.run([sys.executable, str(EXAMPLES / "spark_job.py"), *args], check=True, timeout=900,
                          stderr=subprocess.PIPE, text=True)
    return done.stderr


def spark_submit(args, env) -> str:
    """Run the job with spark-submit (pyspark's, beside this interpreter); its output (spark-submit
    passes the Python driver's standard error on as its standard output)."""
    submit = Path(sys.executable).parent / "spark-submit"
    done = subprocess.run([str(submit), *args], check=False, timeout=1800, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    assert done.returncode == 0, done.stdout[-5000:]
    return done.stdout


def check_output(out_dir: Path, rows, fmt: str = "parquet") -> None:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(str(out_dir))
    else:
        import pyarrow.json as pj

        table = pa.concat_tables([pj.read_json(str(p)) for p in sorted(out_dir.glob("part-*.json"))])
    assert table.num_rows == len(rows)
    table = table.sort_by("id")
    assert table.column("id").to_pylist() == list(range(len(rows)))
    want = bd.parse_arrow(pa.array(rows))
    for name in ("start", "end", "year", "month", "day", "bangla_day", "error_kind"):
        got = table.column(f"parsed_{name}").to_pylist()
        assert got == want.field(name).to_pylist(), name
    got = table.column("parsed_datetime").cast(pa.timestamp("us", tz="UTC")).to_pylist()
    assert got == want.field("datetime").to_pylist()


@spark
@pytest.mark.parametrize("api", ["mapInArrow", "arrow_udf"])
def test_spark_local(tmp_path, api):
    functions = pytest.importorskip("pyspark.sql.functions")
    if api == "arrow_udf" and not hasattr(functions, "arrow_udf"):
        pytest.skip("arrow_udf needs Spark >= 4.1")
    rows = 60_000
    run_job("--generate", str(rows), str(tmp_path / "in"))
    run_job(str(tmp_path / "in"), str(tmp_path / "out"), "--api", api, "--master", "local[2]")
    check_output(tmp_path / "out", shapes.generate(rows))


@spark
def test_spark_json_dataset(tmp_path):
    pytest.importorskip("pyspark")
    rows = shapes.generate(3000)
    (tmp_path / "in").mkdir()
    import json

    with open(tmp_path / "in" / "part-0.json", "w", encoding="utf-8") as f:
        for i, text in enumerate(rows):
            f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    run_job(str(tmp_path / "in"), str(tmp_path / "out"), "--format", "json")
    check_output(tmp_path / "out", rows, fmt="json")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@spark
def test_spark_submit_master_is_not_overridden(tmp_path):
    """The job runs on the master spark-submit gives it (the bug: a local[2] default won)."""
    pytest.importorskip("pyspark")
    rows = shapes.generate(2000)
    run_job("--generate", "2000", str(tmp_path / "in"))
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    err = spark_submit(["--master", "local[1]", str(EXAMPLES / "spark_job.py"), str(tmp_path / "in"),
                        str(tmp_path / "out")], env)
    ran_on = [line for line in err.splitlines() if line.startswith("spark_job.py: parsed")]
    assert ran_on == [f"spark_job.py: parsed {tmp_path / 'in'} into {tmp_path / 'out'} on local[1]"]
    check_output(tmp_path / "out", rows)


@pytest.mark.skipif(os.environ.get("BANGLA_SPARK_STANDALONE") != "1", reason="opt-in: BANGLA_SPARK_STANDALONE=1")
def test_spark_standalone(tmp_path):
    """The README's cluster recipe, exactly: the wheel and pyarrow in a virtualenv packed with
    venv-pack, ``spark-submit --master spark://... --archives env.tar.gz#env`` with
    ``PYSPARK_PYTHON=./env/bin/python``, on a standalone master and one worker on 127.0.0.1."""
    pyspark = pytest.importorskip("pyspark")
    package = Path(__file__).resolve().parents[1]
    # The wheel, built from this checkout (an editable install cannot be packed).
    subprocess.run([str(Path(sys.executable).parent / "maturin"), "build", "--release", "-q", "-o",
                    str(tmp_path / "dist")], cwd=package, check=True, timeout=1800)
    wheel = next((tmp_path / "dist").glob("bangla_dateparser-*.whl"))
    env_dir = tmp_path / "env-build"
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True)
    subprocess.run([str(env_dir / "bin" / "pip"), "install", "-q", str(wheel), "pyarrow", "pandas", "venv-pack"],
                   check=True, timeout=1800)
    # `venv-pack -o env.tar.gz` in the activated environment (what activation sets).
    activated = {**os.environ, "VIRTUAL_ENV": str(env_dir), "PATH": f"{env_dir / 'bin'}:{os.environ['PATH']}"}
    subprocess.run(["venv-pack", "-q", "-o", str(tmp_path / "env.tar.gz")], check=True, cwd=tmp_path,
                   env=activated, timeout=1800)

    spark_class = Path(pyspark.__file__).parent / "bin" / "spark-class"
    port = free_port()
    daemon_env = {**os.environ, "SPARK_LOCAL_IP": "127.0.0.1"}
    master = subprocess.Popen(
        [str(spark_class), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", str(port),
         "--webui-port", str(free_port())], env=daemon_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen(
        [str(spark_class), "org.apache.spark.deploy.worker.Worker", f"spark://127.0.0.1:{port}", "--host", "127.0.0.1",
         "--cores", "2", "--memory", "1g", "--webui-port", str(free_port()), "--work-dir", str(tmp_path / "work")],
        env=daemon_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(10)
        rows = 60_000
        run_job("--generate", str(rows), str(tmp_path / "in"))
        # As documented: the executors run ./env/bin/python from the unpacked archive; the driver
        # (client mode) runs here, on a Python that has the package.
        env = {**os.environ, "SPARK_LOCAL_IP": "127.0.0.1", "PYSPARK_PYTHON": "./env/bin/python",
               "PYSPARK_DRIVER_PYTHON": sys.executable}
        err = spark_submit(["--master", f"spark://127.0.0.1:{port}", "--archives", f"{tmp_path / 'env.tar.gz'}#env",
                            str(EXAMPLES / "spark_job.py"), str(tmp_path / "in"), str(tmp_path / "out")], env)
        ran_on = [line for line in err.splitlines() if line.startswith("spark_job.py: parsed")]
        assert ran_on == [f"spark_job.py: parsed {tmp_path / 'in'} into {tmp_path / 'out'} on spark://127.0.0.1:{port}"]
        check_output(tmp_path / "out", shapes.generate(rows))
        # The tasks ran in the worker, on the packed interpreter.
        assert list((tmp_path / "work").glob("app-*/*/env/bin/python"))
    finally:
        for p in (worker, master):
            p.terminate()
            p.wait(timeout=30)

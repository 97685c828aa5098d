"""parse_arrow: whole columns in Rust, one output row per input row, errors as data."""

from __future__ import annotations

import datetime

import pytest

import bangla_dateparser as bd
from bangla_dateparser import Parser, ParseError

pa = pytest.importorskip("pyarrow")

REFERENCE = datetime.datetime(2025, 12, 30, 9, 0)
TEXTS = [
    "প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ২৩:২৯",
    "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ",
    "৩২ জানুয়ারি",
    None,
    "কোনো তারিখ নেই",
    "",
    "গতকাল রাত ৩টা",
    "১২ রজব ১৪৪৭ হিজরি",
    "১২ পৌষ ১৯৪৭ শকাব্দ",
    "২২শে জানুয়ারি থেকে ১০ই ফেব্রুয়ারি",
    "২৮ ডিসেম্বর",
    "🙂 ২ জানুয়ারি ২০২৬ সকাল ১০টা",
]


WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def parts(prefix: str, written, keys):
    """The columns `prefix_key` of a written date (a dict of the serde form, or None)."""
    return {f"{prefix}_{k}": None if written is None else written[k] for k in keys}


def expected_row(parser: Parser, text, mode: str):
    """What one row must hold, from the per-string API."""
    if text is None:
        return None
    try:
        if mode == "parse":
            m = parser.parse(text)
        else:
            found = parser.extract(text)
            if not found:
                try:
                    parser.extract(text, errors="raise")
                except ParseError as e:
                    return {"error_kind": e.kind, "error": str(e)}
                return {"error_kind": "not-found", "error": "no date or time found"}
            m = found[0]
    except ParseError as e:
        return {"error_kind": e.kind, "error": str(e)}
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "datetime": m.datetime,
        "utc_offset": None if m.datetime is None else int(m.datetime.utcoffset().total_seconds()),
        "date": m.date,
        "time": m.time,
        "year": m.year,
        "month": m.month,
        "day": m.day,
        # The columns are flat: the Match's weekday code as Monday = 0, its written dates by part.
        "weekday": None if m.weekday is None else WEEKDAYS.index(m.weekday),
        **parts("bangla", m.bangla, ("year", "month", "day", "rule")),
        **parts("hijri", m.hijri, ("year", "month", "day")),
        **parts("saka", m.saka, ("year", "month", "day")),
        "role": m.role,
        "approximate": m.approximate,
        "warnings": [w.code for w in m.warnings],
        "error": None,
        "error_kind": None,
    }


def check(rows, parser: Parser, texts, mode: str):
    assert len(rows) == len(texts)
    for got, text in zip(rows, texts):
        want = expected_row(parser, text, mode)
        if want is None:
            assert got is None
            continue
        for key, value in want.items():
            assert got[key] == value, (text, key)
        if want.get("error") is not None:
            assert got["start"] is None and got["datetime"] is None


@pytest.mark.parametrize("mode", ["first", "parse"])
@pytest.mark.parametrize("string_type", ["string", "large_string", "string_view"])
def test_pyarrow_array_agrees_with_parser(mode, string_type):
    parser = Parser(reference=REFERENCE, prefer="past")
    array = pa.array(TEXTS, type=getattr(pa, string_type)())
    out = parser.parse_arrow(array, mode=mode)
    assert isinstance(out, pa.StructArray)
    check(out.to_pylist(), parser, TEXTS, mode)
    assert out.type.field("datetime").type == pa.timestamp("us", tz="Asia/Dhaka")
    assert out.null_count == 1


def test_module_function_and_settings():
    out = bd.parse_arrow(pa.array(["১ বৈশাখ ১৪৩৩"]), rule="wb-drik")
    assert out.field("date").to_pylist() == [datetime.date(2026, 4, 15)]
    assert out.type.field("datetime").type.tz == "Asia/Kolkata"
    out = bd.parse_arrow(["০২/০১/২০২৬ ১৭:৪১"], timezone="+05:00", mode="parse")
    assert out.type.field("datetime").type.tz == "+05:00"
    dt = out.field("datetime")[0].as_py()
    assert dt.astimezone(datetime.timezone.utc) == datetime.datetime(2026, 1, 2, 12, 41, tzinfo=datetime.timezone.utc)
    assert out.field("utc_offset").to_pylist() == [18000]


def test_chunked_dictionary_and_empty():
    parser = Parser()
    chunked = pa.chunked_array([TEXTS[:3], TEXTS[3:]], type=pa.string())
    out = parser.parse_arrow(chunked)
    assert isinstance(out, pa.ChunkedArray) and out.num_chunks == 2
    check(out.to_pylist(), parser, TEXTS, "first")
    dictionary = pa.array(TEXTS).dictionary_encode()
    check(parser.parse_arrow(dictionary).to_pylist(), parser, TEXTS, "first")
    assert len(parser.parse_arrow(pa.array([], pa.string()))) == 0
    assert len(parser.parse_arrow(pa.chunked_array([], pa.string()))) == 0
    assert parser.parse_arrow(pa.array([None, None])).to_pylist() == [None, None]


def test_bad_columns_raise_type_errors():
    with pytest.raises(TypeError, match="strings"):
        bd.parse_arrow(pa.array([1, 2, 3]))
    with pytest.raises(TypeError, match="one string"):
        bd.parse_arrow("২ জানুয়ারি ২০২৬")
    with pytest.raises(ValueError, match="mode"):
        bd.parse_arrow(["x"], mode="all")  # type: ignore[arg-type]


def test_polars_series():
    pl = pytest.importorskip("polars")
    parser = Parser(reference=REFERENCE)
    series = pl.Series("published", TEXTS, dtype=pl.String)
    out = parser.parse_arrow(series)
    assert isinstance(out, pl.Series) and out.name == "published" and len(out) == len(TEXTS)
    check(out.to_list(), parser, TEXTS, "first")
    frame = out.struct.unnest()
    assert frame["datetime"].dtype == pl.Datetime("us", "Asia/Dhaka")


def test_pandas_series():
    pd = pytest.importorskip("pandas")
    parser = Parser(reference=REFERENCE)
    series = pd.Series(TEXTS, index=[f"r{i}" for i in range(len(TEXTS))])
    frame = parser.parse_arrow(series)
    assert list(frame.index) == list(series.index)
    first = expected_row(parser, TEXTS[0], "first")
    assert frame["date"].iloc[0] == first["date"]
    assert int(frame["start"].iloc[1]) == 0 and frame["bangla_rule"].iloc[1] == "bd1987"
    assert frame["error_kind"].iloc[2] == "day-out-of-range"
    # The null row is null in every column, error included.
    assert frame.iloc[3].isna().all()
    # Rows 2 (invalid), 4 and 5 (no date) have errors; the null row 3 has none.
    assert frame["error"].notna().tolist() == [i in (2, 4, 5) for i in range(len(TEXTS))]


def test_a_large_column_of_garbage_never_fails_the_batch():
    import random

    rnd = random.Random(11)
    alphabet = "০১২৩৪৫৬৭৮৯ জানুয়ারিপৌষবঙ্গাব্দরাতটা:/-.,() 0123456789abc\u200c\u200d\u00a0🙂"
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 40))) for _ in range(20_000)]
    out = bd.parse_arrow(pa.array(texts))
    assert len(out) == len(texts)
    starts, ends = out.field("start").to_pylist(), out.field("end").to_pylist()
    matched = out.field("text").to_pylist()
    errors = out.field("error").to_pylist()
    for text, s, e, t, err in zip(texts, starts, ends, matched, errors):
        if s is None:
            assert err is not None
        else:
            assert text[s:e] == t and err is None

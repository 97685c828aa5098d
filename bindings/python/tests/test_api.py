"""The Python API: parse/search_dates (dateparser's interface), Parser, Match, ParseError,
BanglaDate and format, with the facts of the Rust library's own tests."""

from __future__ import annotations

import datetime
import doctest
import pickle
import zoneinfo

import pytest

import bangla_dateparser as bd
from bangla_dateparser import BanglaDate, Parser, ParseError

HEADER = "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ"
DHAKA = datetime.timezone(datetime.timedelta(hours=6))


def test_docstring_examples():
    result = doctest.testmod(bd, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 20
    assert result.failed == 0


# --- dateparser's interface ---------------------------------------------------------------


def test_parse_is_naive_local_by_default():
    assert bd.parse(HEADER) == datetime.datetime(2026, 1, 2, 17, 41)


def test_parse_aware_and_to_timezone():
    aware = bd.parse(HEADER, settings={"RETURN_AS_TIMEZONE_AWARE": True})
    assert aware is not None and aware.utcoffset() == datetime.timedelta(hours=6)
    utc = bd.parse(HEADER, settings={"TO_TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True})
    assert utc == datetime.datetime(2026, 1, 2, 11, 41, tzinfo=datetime.timezone.utc)
    kolkata = bd.parse(HEADER, settings={"TO_TIMEZONE": "Asia/Kolkata"})
    assert kolkata == datetime.datetime(2026, 1, 2, 17, 11)


def test_parse_timezone_setting_moves_the_instant():
    # The same clock time read in Kolkata is 30 minutes later in absolute time.
    s = {"TIMEZONE": "Asia/Kolkata", "TO_TIMEZONE": "Asia/Dhaka"}
    assert bd.parse("০২ জানুয়ারি ২০২৬ ১৭:৪১", settings=s) == datetime.datetime(2026, 1, 2, 18, 11)
    s = {"TIMEZONE": "+05:30", "RETURN_AS_TIMEZONE_AWARE": True}
    dt = bd.parse("০২ জানুয়ারি ২০২৬ ১৭:৪১", settings=s)
    assert dt is not None and dt.utcoffset() == datetime.timedelta(hours=5, minutes=30)


def test_parse_what_dateparser_misses():
    base = {"RELATIVE_BASE": datetime.datetime(2026, 1, 2, 12, 0)}
    assert bd.parse("সকাল ১০টা", settings=base) == datetime.datetime(2026, 1, 2, 10, 0)
    assert bd.parse("রাত ৩টা", settings=base) == datetime.datetime(2026, 1, 2, 3, 0)
    assert bd.parse("রাত ৯টা", settings=base) == datetime.datetime(2026, 1, 2, 21, 0)


def test_parse_relative_and_prefer_dates_from():
    base = datetime.datetime(2025, 12, 30, 9, 0)
    assert bd.parse("গতকাল", settings={"RELATIVE_BASE": base}) == datetime.datetime(2025, 12, 29)
    # 5 January without a year, from 30 December: nearest and future say 2026, past 2025.
    s = {"RELATIVE_BASE": base}
    assert bd.parse("৫ জানুয়ারি", settings=s) == datetime.datetime(2026, 1, 5)
    assert bd.parse("৫ জানুয়ারি", settings={**s, "PREFER_DATES_FROM": "past"}) == datetime.datetime(2025, 1, 5)
    assert bd.parse("৫ জানুয়ারি", settings={**s, "PREFER_DATES_FROM": "future"}) == datetime.datetime(2026, 1, 5)


def test_parse_require_parts_and_strict():
    s = {"RELATIVE_BASE": datetime.datetime(2025, 12, 30)}
    assert bd.parse("৫ জানুয়ারি", settings={**s, "REQUIRE_PARTS": ["year"]}) is None
    assert bd.parse("৫ জানুয়ারি", settings={**s, "STRICT_PARSING": True}) is None
    assert bd.parse("৫ জানুয়ারি ২০২৬", settings={**s, "STRICT_PARSING": True}) == datetime.datetime(2026, 1, 5)


def test_parse_none_rather_than_a_guess():
    assert bd.parse("৩০ ফেব্রুয়ারি ২০২৬") is None
    assert bd.parse("কোনো তারিখ নেই") is None
    assert bd.parse("") is None
    # Another place's local time: no moment in Dhaka time.
    assert bd.parse("২ জানুয়ারি ২০২৬ প্যারিস স্থানীয় সময় সকাল ১০টা") is None


def test_parse_rule_argument():
    assert bd.parse("১৮ পৌষ ১৪৩২", rule="bd2019") == datetime.datetime(2026, 1, 2)
    assert bd.parse("১৮ পৌষ ১৪৩২", rule="bd1987") == datetime.datetime(2026, 1, 1)


def test_settings_are_checked():
    with pytest.raises(ValueError, match="DATE_ORDER"):
        bd.parse(HEADER, settings={"DATE_ORDER": "MDY"})
    with pytest.raises(ValueError, match="PREFER_DATES_FROM"):
        bd.parse(HEADER, settings={"PREFER_DATES_FROM": "soon"})
    with pytest.raises(ValueError, match="time zone"):
        bd.parse(HEADER, settings={"TIMEZONE": "Mars/Olympus"})
    with pytest.raises(ValueError, match="rule"):
        bd.parse(HEADER, rule="bd2077")
    # Settings that change nothing here are accepted, as dateparser users pass them.
    assert bd.parse(HEADER, settings={"NORMALIZE": True}) == datetime.datetime(2026, 1, 2, 17, 41)


def test_search_dates():
    text = "রোববার (২৮ ডিসেম্বর) রাত ১০টার দিকে, আর প্রকাশ: ২৯ ডিসেম্বর ২০২৫ | ১৩:৪৮"
    found = bd.search_dates(text, settings={"RELATIVE_BASE": datetime.datetime(2025, 12, 30)})
    assert found == [
        ("রোববার (২৮ ডিসেম্বর) রাত ১০টার দিকে", datetime.datetime(2025, 12, 28, 22, 0)),
        ("প্রকাশ: ২৯ ডিসেম্বর ২০২৫ | ১৩:৪৮", datetime.datetime(2025, 12, 29, 13, 48)),
    ]
    for substring, _ in found:
        assert substring in text
    assert bd.search_dates("কোনো তারিখ নেই") is None


# --- Parser, Match, ParseError ------------------------------------------------------------


def test_match_fields_of_the_header():
    m = Parser().parse(HEADER)
    assert (m.start, m.end, m.text) == (0, len(HEADER), HEADER)
    assert m.datetime == datetime.datetime(2026, 1, 2, 17, 41, tzinfo=DHAKA)
    assert m.date == datetime.date(2026, 1, 2) and m.time == datetime.time(17, 41)
    assert (m.year, m.month, m.day, m.weekday) == (2026, 1, 2, "Fri")
    assert m.bangla == {"day": 19, "month": 9, "year": 1432, "rule": "bd1987"}
    assert [w.kind for w in m.warnings] == ["bangla-other-rule"] == [w.code for w in m.warnings]
    w = m.warnings[0]
    assert "bd1987" in w.message and "bd2019" in w.message
    assert HEADER[w.start : w.end] == "১৯ পৌষ ১৪৩২ বঙ্গাব্দ"
    assert w.span == {"start": w.start, "end": w.end}
    assert w.to_dict() == {"kind": "bangla-other-rule", "configured": "bd2019", "matched": "bd1987", "span": w.span}
    assert m.role == "single" and m.approximate is False and m.relative is None
    # to_dict() is the library's serde form (what the CLI prints), spans in characters, and the text.
    d = m.to_dict()
    assert d == {
        "span": {"start": 0, "end": len(HEADER)},
        "date": "2026-01-02",
        "year": 2026,
        "month": 1,
        "day": 2,
        "time": "17:41:00",
        "datetime": "2026-01-02T17:41:00+06:00",
        "weekday": "Fri",
        "period": None,
        "bangla": {"day": 19, "month": 9, "year": 1432, "rule": "bd1987"},
        "hijri": None,
        "saka": None,
        "relative": None,
        "role": "single",
        "approximate": False,
        "approximate_date": None,
        "warnings": [w.to_dict()],
        "text": HEADER,
    }
    assert list(d) == ["span", "date", "year", "month", "day", "time", "datetime", "weekday", "period", "bangla",
                       "hijri", "saka", "relative", "role", "approximate", "approximate_date", "warnings", "text"]
    assert m.span == d["span"]
    assert "2026-01-02T17:41:00+06:00" in repr(m)


def test_hijri_saka_period_relative():
    m = Parser().parse("১২ রজব ১৪৪৭ হিজরি")
    assert m.hijri == {"day": 12, "month": 7, "year": 1447}
    assert m.date is None and m.approximate_date is not None
    assert m.to_dict()["approximate_date"] == m.approximate_date.isoformat()
    m = Parser().parse("১২ পৌষ ১৯৪৭ শকাব্দ")
    assert m.saka == {"day": 12, "month": 10, "year": 1947}
    assert m.date == datetime.date(2026, 1, 2)
    # Day periods and relative expressions by the library's codes (the serde form's), not in
    # Bengali words or keys of the binding's own (they were `বিকাল` and {"days": -1} before).
    m = Parser().parse("বিকাল ৪.৩০ ঘটিকায়")
    assert m.period == "afternoon" and m.time == datetime.time(16, 30) and m.datetime is None
    p = Parser(reference=datetime.datetime(2025, 12, 30, 9, 0))
    assert p.parse("গতকাল").relative == {"kind": "day", "offset": -1}
    assert p.parse("১৮ মিনিট আগে").relative == {"kind": "offset", "amount": -18, "unit": "minute"}
    assert p.parse("১৮ মিনিট আগে").datetime == datetime.datetime(2025, 12, 30, 8, 42, tzinfo=DHAKA)
    assert p.parse("গত শনিবার").relative == {"kind": "weekday", "direction": -1, "weekday": "Sat"}
    assert p.parse("৩ সপ্তাহ আগে").relative == {"kind": "offset", "amount": -3, "unit": "week"}


def test_character_spans_not_bytes():
    text = "খবর: গতকাল ২৮ ডিসেম্বর ২০২৫ সন্ধ্যা ৭টায় এবং ১ ও ২ জানুয়ারি ২০২৬"
    matches = Parser().extract(text)
    assert len(matches) >= 3
    for m in matches:
        assert text[m.start : m.end] == m.text
        # Byte offsets would be about three times larger for Bengali text.
        assert m.end <= len(text)
    assert [m.role for m in matches[-2:]] == ["list-item", "list-item"]
    emoji = "🙂🙂 ২ জানুয়ারি ২০২৬"  # astral characters: one code point each in Python
    m = Parser().extract(emoji)[0]
    assert (m.start, m.text) == (3, "২ জানুয়ারি ২০২৬")


def test_parser_settings():
    p = Parser(rule="wb-drik")
    assert p.zone == "Asia/Kolkata"
    assert p.parse("১ বৈশাখ ১৪৩৩").date == datetime.date(2026, 4, 15)
    assert Parser(rule="bd2019").parse("১ বৈশাখ ১৪৩৩").date == datetime.date(2026, 4, 14)
    assert Parser(timezone="UTC").parse("০২/০১/২০২৬ ১৭:৪১").datetime.utcoffset() == datetime.timedelta(0)
    assert Parser(timezone=datetime.timedelta(hours=-5)).zone == "-05:00"
    assert Parser(timezone=zoneinfo.ZoneInfo("Asia/Kolkata")).zone == "Asia/Kolkata"
    assert Parser(timezone=datetime.timezone.utc).zone == "+00:00"
    assert Parser().zone == "Asia/Dhaka"
    # Zone history: Bangladesh kept daylight saving time in the second half of 2009.
    m = Parser().parse("১৫ জুলাই ২০০৯ সকাল ১০টা")
    assert m.datetime.utcoffset() == datetime.timedelta(hours=7)
    m = Parser(timezone="+06:00").parse("১৫ জুলাই ২০০৯ সকাল ১০টা")
    assert m.datetime.utcoffset() == datetime.timedelta(hours=6)
    with pytest.raises(ValueError, match="Mars"):
        Parser(timezone="Mars/Olympus")
    text = "শনিবার, ৩ জানুয়ারি ২০২৬ রাত ২টায়"
    assert Parser().parse(text).datetime.day == 3
    assert Parser(night_follows_day=True).parse(text).datetime.day == 4
    # An aware reference is converted to the parser's zone: 2025-12-29 20:00 UTC is 30 Dec in Dhaka.
    ref = datetime.datetime(2025, 12, 29, 20, 0, tzinfo=datetime.timezone.utc)
    assert Parser(reference=ref).parse("আজ").date == datetime.date(2025, 12, 30)
    assert Parser(reference=datetime.date(2025, 12, 30)).parse("গতকাল").date == datetime.date(2025, 12, 29)
    # Infer the rule from the Gregorian date beside the Bangabda one: no warning.
    m = Parser(rule="infer").parse(HEADER)
    assert m.bangla["rule"] == "bd1987" and m.warnings == []
    assert Parser(rule="evidence").parse(HEADER).bangla == Parser().parse(HEADER).bangla
    with pytest.raises(ValueError, match="prefer"):
        Parser(prefer="soon")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Parser(reference="yesterday")  # type: ignore[arg-type]
    assert "Asia/Dhaka" in repr(Parser())


def test_year_inferred_only_with_reference():
    assert Parser().parse("২৮ ডিসেম্বর").date is None
    m = Parser(reference=datetime.datetime(2026, 1, 2)).parse("২৮ ডিসেম্বর")
    assert m.date == datetime.date(2025, 12, 28)
    assert [w.code for w in m.warnings] == ["year-inferred"]
    assert m.warnings[0].start is None


def test_read_on_gives_a_weekday_its_year():
    # The CLI's --read-on, Parser::read_on: with no reference, a weekday beside a yearless date
    # takes the latest year that day falls on it, up to 30 days after the day of reading.
    text = "শুক্রবার (৭ এপ্রিল) সকালে"
    p = Parser(read_on=datetime.date(2026, 12, 7))
    assert p.read_on == datetime.date(2026, 12, 7)
    m = p.parse(text)
    assert m.date == datetime.date(2023, 4, 7)
    assert [w.code for w in m.warnings] == ["date-from-reference"]
    # A datetime gives its day: a naive one as written, an aware one in Bangladesh (UTC+06:00).
    assert Parser(read_on=datetime.datetime(2026, 12, 7, 23, 0)).read_on == datetime.date(2026, 12, 7)
    late = datetime.datetime(2026, 12, 6, 20, 0, tzinfo=datetime.timezone.utc)
    assert Parser(read_on=late).read_on == datetime.date(2026, 12, 7)
    # A reference wins over it: the year nearest the reference, flagged as inferred.
    m = Parser(reference=datetime.datetime(2023, 4, 8, 9, 0), read_on=datetime.date(2026, 12, 7)).parse(text)
    assert m.date == datetime.date(2023, 4, 7)
    assert [w.code for w in m.warnings] == ["year-inferred"]
    m = Parser(reference=datetime.datetime(2026, 1, 2), read_on=datetime.date(2026, 12, 7)).parse(text)
    assert m.date == datetime.date(2026, 4, 7)
    assert "date-from-reference" not in [w.code for w in m.warnings]
    assert "weekday-mismatch" in [w.code for w in m.warnings]
    # The default is today in Bangladesh, as the CLI's.
    before = datetime.datetime.now(DHAKA).date()
    assert Parser().read_on in (before, datetime.datetime.now(DHAKA).date())
    # It travels with the parser (Spark, multiprocessing) and shows in its repr.
    assert pickle.loads(pickle.dumps(p)).parse(text).date == datetime.date(2023, 4, 7)
    assert "read_on=datetime.date(2026, 12, 7)" in repr(p)
    with pytest.raises(TypeError):
        Parser(read_on="2026-12-07")  # type: ignore[arg-type]
    # The column function takes it too.
    pytest.importorskip("pyarrow")
    column = bd.parse_arrow([text], read_on=datetime.date(2026, 12, 7))
    assert column.field("date").to_pylist() == [datetime.date(2023, 4, 7)]


@pytest.mark.parametrize(
    "text, kind, span",
    [
        ("", "empty", None),
        ("৩২ জানুয়ারি", "day-out-of-range", (0, len("৩২ জানুয়ারি"))),
        ("৩০ ফেব্রুয়ারি ২০২৬", "day-out-of-range", (0, len("৩০ ফেব্রুয়ারি ২০২৬"))),
        ("২৫:১০", "time-out-of-range", None),
        ("hello", "unexpected", (0, 5)),
        ("২ জানুয়ারি ২০২৬ hello", "trailing-input", (len("২ জানুয়ারি ২০২৬ "), len("২ জানুয়ারি ২০২৬ hello"))),
    ],
)
def test_parse_error(text, kind, span):
    with pytest.raises(ParseError) as info:
        Parser().parse(text)
    e = info.value
    assert isinstance(e, ValueError)
    assert e.kind == kind
    if span is not None:
        assert (e.start, e.end) == span
        assert f"at characters {span[0]}..{span[1]}" in str(e)
    assert "bytes" not in str(e)


def test_extract_errors_mode():
    text = "৩২ জানুয়ারি এবং ২ ফেব্রুয়ারি ২০২৬"
    ok = Parser().extract(text)
    assert [m.date for m in ok] == [datetime.date(2026, 2, 2)]
    with pytest.raises(ParseError) as info:
        Parser().extract(text, errors="raise")
    assert (info.value.start, info.value.end) == (0, len("৩২ জানুয়ারি"))
    with pytest.raises(ValueError):
        Parser().extract(text, errors="ignore")  # type: ignore[arg-type]


# --- BanglaDate, format ------------------------------------------------------------------


def test_bangla_date():
    d = BanglaDate(1432, 9, 19, rule="bd1987")
    assert d.to_gregorian() == datetime.date(2026, 1, 2)
    official = BanglaDate.from_gregorian(d.to_gregorian(), rule="bd2019")
    assert str(official) == "১৮ পৌষ ১৪৩২ বঙ্গাব্দ"
    assert (official.year, official.month, official.day, official.rule) == (1432, 9, 18, "bd2019")
    assert official.month_name == "পৌষ" and official.season == "শীত"
    assert official.roman() == "18 Poush 1432 BS"
    assert official.weekday() == 4 and official.days_in_month() == 30
    assert d.with_rule("bd2019") == official
    assert BanglaDate(1432, "পৌষ", 18, rule="bd2019") == official
    assert BanglaDate(1432, "Poush", 18, rule="bd2019") == official
    assert BanglaDate.from_gregorian(datetime.datetime(2026, 1, 2, 23, 0), "bd2019") == official
    assert repr(official) == "BanglaDate(1432, 9, 18, rule='bd2019')"
    kolkata = BanglaDate(1433, 1, 1, rule="wb-drik")
    assert kolkata.to_gregorian() == datetime.date(2026, 4, 15)
    # Comparisons: chronological within a rule; hashable.
    a, b = BanglaDate(1432, 9, 18, "bd2019"), BanglaDate(1432, 10, 1, "bd2019")
    assert a < b and b > a and a <= a and a != b
    assert len({a, BanglaDate(1432, 9, 18, "bd2019"), b}) == 2
    with pytest.raises(ValueError, match="29 days"):
        BanglaDate(1432, 11, 31, rule="bd2019")
    with pytest.raises(ValueError, match="month"):
        BanglaDate(1432, 13, 1)
    with pytest.raises(ValueError, match="month"):
        BanglaDate(1432, "Smarch", 1)


def test_format():
    at = datetime.datetime(2026, 1, 2, 17, 41)
    assert bd.format(at, "header", rule="bd2019") == "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারি ২০২৬, ১৮ পৌষ ১৪৩২ বঙ্গাব্দ"
    assert bd.format(at.date(), "bangla", rule="bd2019") == "১৮ পৌষ ১৪৩২"
    assert bd.format(at.date(), "dateline", rule="bd2019") == "ঢাকা, ১৮ পৌষ (২ জানুয়ারি)"
    assert bd.format(at, "%Eo %EB %EY %EC, %o %B (%Es, %P %-I টা)", rule="bd1987") == (
        "১৯শে পৌষ ১৪৩২ বঙ্গাব্দ, ২রা জানুয়ারি (শীত, বিকাল ৫ টা)"
    )
    # An aware datetime is printed in its own local time.
    aware = datetime.datetime(2026, 1, 2, 11, 41, tzinfo=datetime.timezone.utc)
    assert bd.format(aware, "%H:%M") == "১১:৪১"
    with pytest.raises(ValueError, match="needs a time of day"):
        bd.format(at.date(), "header")
    with pytest.raises(ValueError, match="unknown format directive"):
        bd.format(at, "%Q")
    with pytest.raises(TypeError):
        bd.format("2026-01-02", "header")  # type: ignore[arg-type]
    assert set(bd.PRESETS) == {"header", "byline", "dateline", "bangla"}
    assert "bd2019" in bd.RULES and "wb-ss" in bd.RULES


def test_round_trip_format_parse():
    at = datetime.datetime(2026, 1, 2, 17, 41)
    for rule in ("bd2019", "bd1987"):
        text = bd.format(at, "header", rule=rule)
        m = Parser(rule=rule).parse(text)
        assert m.datetime.replace(tzinfo=None) == at
        assert m.warnings == []


def test_to_bengali_digits():
    assert bd.to_bengali_digits("2026-01-02 ok") == "২০২৬-০১-০২ ok"


def test_types_are_shipped():
    from pathlib import Path

    package = Path(bd.__file__).parent
    assert (package / "py.typed").exists()
    assert (package / "_native.pyi").exists()

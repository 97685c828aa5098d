"""dateparser's documented call shapes, run against bangla_dateparser and (when it is installed)
dateparser itself: every shape is accepted by both, both give the same answer where they read the
string alike, and both raise the same exception type for the same mistake.

The dateparser side is skipped when dateparser is not installed (``pip install dateparser``;
``dev.sh`` installs it).
"""

from __future__ import annotations

import datetime
from typing import Any, Callable, Optional

import pytest

import bangla_dateparser as bd

try:
    import dateparser
    import dateparser.search
except ImportError:  # pragma: no cover - the comparison needs dateparser
    dateparser = None

BASE = datetime.datetime(2025, 12, 30, 9, 0)
DATE = "২৮ ডিসেম্বর ২০২৫"
UTC = datetime.timezone.utc


def ours() -> Any:
    return bd


class Theirs:
    """dateparser under the names bangla_dateparser uses."""

    parse = staticmethod(lambda *a, **k: dateparser.parse(*a, **k))
    search_dates = staticmethod(lambda *a, **k: dateparser.search.search_dates(*a, **k))


def detect(text: str, confidence_threshold: float) -> list:
    return ["bn"]


#: (id, call, what bangla_dateparser returns, whether dateparser gives the same).
SHAPES = [
    ("parse(s)", lambda m: m.parse(DATE), datetime.datetime(2025, 12, 28), True),
    ("parse(s, languages=['bn'])", lambda m: m.parse(DATE, languages=["bn"]), datetime.datetime(2025, 12, 28), True),
    ("parse(s, languages=['bn', 'en'])", lambda m: m.parse(DATE, languages=["bn", "en"]), datetime.datetime(2025, 12, 28), True),
    ("parse(s, locales=['bn-IN'])", lambda m: m.parse(DATE, locales=["bn-IN"]), datetime.datetime(2025, 12, 28), True),
    ("parse(s, languages=['bn'], region='IN')", lambda m: m.parse(DATE, languages=["bn"], region="IN"),
     datetime.datetime(2025, 12, 28), True),
    ("parse(s, date_formats=['%d-%m-%Y'])", lambda m: m.parse("১২-০১-২০২৬", date_formats=["%d-%m-%Y"]),
     datetime.datetime(2026, 1, 12), True),
    ("parse(s, ['%d-%m-%Y']) positionally", lambda m: m.parse("১২-০১-২০২৬", ["%d-%m-%Y"]),
     datetime.datetime(2026, 1, 12), True),
    ("parse(s, date_formats=('%m/%d/%Y',))", lambda m: m.parse("12/31/2025", date_formats=("%m/%d/%Y",)),
     datetime.datetime(2025, 12, 31), True),
    ("parse(s, date_formats=[...], languages=['bn'])",
     lambda m: m.parse("৩১.১২.২০২৫ ১০:৩০", date_formats=["%d.%m.%Y %H:%M"], languages=["bn"]),
     datetime.datetime(2025, 12, 31, 10, 30), False),  # dateparser: None (Bengali digits and a time)
    ("parse(s, settings={'RELATIVE_BASE': ...})", lambda m: m.parse("২ দিন আগে", settings={"RELATIVE_BASE": BASE}),
     # dateparser keeps RELATIVE_BASE's time of day; a count of days names a day, read as its midnight.
     datetime.datetime(2025, 12, 28), False),
    ("parse(s, settings={'PREFER_DATES_FROM': 'future', ...})",
     lambda m: m.parse("২৮ ডিসেম্বর", settings={"PREFER_DATES_FROM": "future", "RELATIVE_BASE": BASE}),
     datetime.datetime(2026, 12, 28), True),
    ("parse(s, settings={'PREFER_DATES_FROM': 'past', ...})",
     lambda m: m.parse("২৮ ডিসেম্বর", settings={"PREFER_DATES_FROM": "past", "RELATIVE_BASE": BASE}),
     datetime.datetime(2025, 12, 28), True),
    ("parse(s, settings={'TIMEZONE', 'RETURN_AS_TIMEZONE_AWARE'})",
     lambda m: m.parse("২৮/১২/২০২৫ ১০:০০", settings={"TIMEZONE": "Asia/Dhaka", "RETURN_AS_TIMEZONE_AWARE": True}),
     datetime.datetime(2025, 12, 28, 4, 0, tzinfo=UTC), True),
    ("parse(s, settings={'TIMEZONE', 'TO_TIMEZONE'})",
     lambda m: m.parse("২৮/১২/২০২৫ ১০:০০", settings={"TIMEZONE": "Asia/Dhaka", "TO_TIMEZONE": "UTC"}),
     datetime.datetime(2025, 12, 28, 4, 0), True),
    ("parse(s, settings={'STRICT_PARSING': True})",
     lambda m: m.parse("২৮ ডিসেম্বর", settings={"STRICT_PARSING": True, "RELATIVE_BASE": BASE}), None, True),
    ("parse(s, settings={'REQUIRE_PARTS': ['year']})",
     # dateparser reads the day `২৮` as the year 2028 here.
     lambda m: m.parse("২৮ ডিসেম্বর", settings={"REQUIRE_PARTS": ["year"], "RELATIVE_BASE": BASE}), None, False),
    ("parse(s, settings={'DATE_ORDER': 'DMY'})", lambda m: m.parse("০১/০২/২০২৬", settings={"DATE_ORDER": "DMY"}),
     datetime.datetime(2026, 2, 1), True),
    ("parse(s, settings={'PREFER_LOCALE_DATE_ORDER': True})",
     lambda m: m.parse("০১/০২/২০২৬", languages=["bn"], settings={"PREFER_LOCALE_DATE_ORDER": True}),
     datetime.datetime(2026, 2, 1), True),
    ("parse(s, detect_languages_function=f)", lambda m: m.parse(DATE, detect_languages_function=detect),
     datetime.datetime(2025, 12, 28), True),
    ("parse(relative, languages=['bn'], settings=...)",
     lambda m: m.parse("গতকাল", languages=["bn"], settings={"RELATIVE_BASE": BASE}),
     # dateparser: 2025-12-29 09:00 (the base's time); here the day, at midnight.
     datetime.datetime(2025, 12, 29), False),
    ("parse(header)", lambda m: m.parse("০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬"),
     datetime.datetime(2026, 1, 2, 17, 41), False),  # dateparser: None
    ("search_dates(s, languages=['bn'])",
     lambda m: m.search_dates("সভা ২৮ ডিসেম্বর ২০২৫ তারিখে", languages=["bn"]),
     [("২৮ ডিসেম্বর ২০২৫", datetime.datetime(2025, 12, 28))], True),
    ("search_dates(s, languages=['bn'], settings=...)",
     lambda m: m.search_dates("গতকাল রাত ১০টায় সভা", languages=["bn"], settings={"RELATIVE_BASE": BASE}),
     [("গতকাল রাত ১০টায়", datetime.datetime(2025, 12, 29, 22, 0))], False),
    ("search_dates(s, add_detected_language=True)",
     lambda m: m.search_dates("সভা ২৮ ডিসেম্বর ২০২৫ তারিখে", add_detected_language=True),
     [("২৮ ডিসেম্বর ২০২৫", datetime.datetime(2025, 12, 28), "bn")], True),
    ("search_dates(s, ['bn'], {...}) positionally",
     lambda m: m.search_dates("সভা ২৮ ডিসেম্বর ২০২৫ তারিখে", ["bn"], {"RELATIVE_BASE": BASE}),
     [("২৮ ডিসেম্বর ২০২৫", datetime.datetime(2025, 12, 28))], True),
    ("search_dates(s) with nothing", lambda m: m.search_dates("কোনো তারিখ নেই", languages=["bn"]), None, True),
]


@pytest.mark.parametrize("name,call,expected,agree", SHAPES, ids=[s[0] for s in SHAPES])
def test_our_answer(name: str, call: Callable[[Any], Any], expected: Any, agree: bool) -> None:
    assert call(ours()) == expected


@pytest.mark.skipif(dateparser is None, reason="dateparser is not installed")
@pytest.mark.parametrize("name,call,expected,agree", SHAPES, ids=[s[0] for s in SHAPES])
def test_dateparser_takes_the_same_call(name: str, call: Callable[[Any], Any], expected: Any, agree: bool) -> None:
    theirs = call(Theirs)  # the shape is dateparser's own: it must not raise
    if agree:
        assert theirs == expected
    else:
        assert theirs != expected


#: Mistakes, and the exception type both raise for them.
MISTAKES = [
    ("languages='bn' (not a list)", lambda m: m.parse(DATE, languages="bn"), TypeError),
    ("date_formats='%d-%m-%Y' (not a list)", lambda m: m.parse(DATE, date_formats="%d-%m-%Y"), TypeError),
    ("settings=['x']", lambda m: m.parse(DATE, settings=["x"]), TypeError),
    ("date_string=None", lambda m: m.parse(None), TypeError),
    ("date_string=5", lambda m: m.parse(5), TypeError),
    ("languages=['xx']", lambda m: m.parse(DATE, languages=["xx"]), ValueError),
    ("settings={'NOT_A_SETTING': 1}", lambda m: m.parse(DATE, settings={"NOT_A_SETTING": 1}), ValueError),
    ("settings={'PREFER_DATES_FROM': 'soon'}", lambda m: m.parse(DATE, settings={"PREFER_DATES_FROM": "soon"}),
     ValueError),
    ("search_dates(s, languages=['xx'])", lambda m: m.search_dates(DATE, languages=["xx"]), ValueError),
]


@pytest.mark.parametrize("name,call,error", MISTAKES, ids=[s[0] for s in MISTAKES])
def test_mistakes_raise_as_dateparser_does(name: str, call: Callable[[Any], Any], error: type) -> None:
    with pytest.raises(error):
        call(ours())
    if dateparser is not None:
        with pytest.raises(error):
            call(Theirs)


def test_what_only_bangla_dateparser_refuses() -> None:
    # dateparser reads French and knows fr-FR; this package reads Bengali only, and says so.
    with pytest.raises(ValueError, match="Bengali"):
        bd.parse(DATE, languages=["fr"])
    with pytest.raises(ValueError, match="Bengali"):
        bd.parse(DATE, locales=["fr-FR"])
    with pytest.raises(ValueError, match="'BD'"):
        bd.parse(DATE, region="FR")
    with pytest.raises(ValueError, match="date_formats"):
        bd.parse(DATE, settings={"DATE_ORDER": "MDY"})
    # bn-BD is Bengali as written in Bangladesh (dateparser has no such locale).
    assert bd.parse(DATE, locales=["bn-BD"]) == datetime.datetime(2025, 12, 28)


def test_wrong_types_are_type_errors() -> None:
    with pytest.raises(TypeError, match="rule"):
        bd.Parser(rule=5)
    with pytest.raises(TypeError, match="rule"):
        bd.parse(DATE, rule=5)
    with pytest.raises(TypeError, match="prefer"):
        bd.Parser(prefer=1)
    with pytest.raises(TypeError, match="settings"):
        bd.search_dates(DATE, settings=["x"])
    with pytest.raises(TypeError, match="settings"):
        bd.read_document(DATE, settings=["x"])
    with pytest.raises(TypeError, match="region"):
        bd.parse(DATE, region=5)
    with pytest.raises(TypeError, match="locales"):
        bd.parse(DATE, locales="bn-BD")


def test_region_chooses_the_zone() -> None:
    text = "২৮ ডিসেম্বর ২০২৫ রাত ৯টা"
    aware = {"RETURN_AS_TIMEZONE_AWARE": True}
    dhaka = bd.parse(text, settings=aware)
    kolkata = bd.parse(text, region="IN", settings=aware)
    assert dhaka.utcoffset() == datetime.timedelta(hours=6)
    assert kolkata.utcoffset() == datetime.timedelta(hours=5, minutes=30)
    assert bd.parse(text, locales=["bn-IN"], settings=aware) == kolkata
    # TIMEZONE, when given, wins over the region.
    assert bd.parse(text, region="IN", settings={**aware, "TIMEZONE": "Asia/Dhaka"}) == dhaka


def test_date_formats_come_first_and_fall_back() -> None:
    # Day first as Bengali writes it; a format makes it month first.
    assert bd.parse("০১/০২/২০২৬") == datetime.datetime(2026, 2, 1)
    assert bd.parse("০১/০২/২০২৬", date_formats=["%m/%d/%Y"]) == datetime.datetime(2026, 1, 2)
    # No format fits: read as usual.
    assert bd.parse(DATE, date_formats=["%m/%d/%Y"]) == datetime.datetime(2025, 12, 28)
    # A format without a year takes RELATIVE_BASE's.
    assert bd.parse("৩১/১২", date_formats=["%d/%m"], settings={"RELATIVE_BASE": BASE}) == datetime.datetime(2025, 12, 31)
    # In free text, too: a string the parser would refuse (month 31) read by the format.
    found = bd.search_dates("সভা ১২/৩১/২০২৫ তারিখে, ফল ১৫ জানুয়ারি ২০২৬", date_formats=["%m/%d/%Y"])
    assert found == [("১২/৩১/২০২৫", datetime.datetime(2025, 12, 31)), ("১৫ জানুয়ারি ২০২৬", datetime.datetime(2026, 1, 15))]

"""Bad input raises ParseError (or a TypeError for non-strings) and never takes the interpreter
down: every function over random text, odd code points, huge input and many threads."""

from __future__ import annotations

import datetime
import random
import threading

import pytest

import bangla_dateparser as bd
from bangla_dateparser import Parser, ParseError

PIECES = [
    "২", "৩১", "১২", "০৫", "২০২৬", "১৪৩২", "৯৯৯৯৯", "2026", "জানুয়ারি", "ফেব্রুয়ারি", "পৌষ", "ফাল্গুন",
    "বঙ্গাব্দ", "হিজরি", "শকাব্দ", "রজব", "রাত", "সকাল", "দিবাগত", "টা", "টায়", ":", "/", "-", ".", ",",
    " ", "থেকে", "পর্যন্ত", "ও", "গত", "আগামী", "গতকাল", "আজ", "মিনিট", "আগে", "শনিবার", "অপরাহ্ন",
    "\u200c", "\u200d", "\u00a0", "\u09bc", "\u09c7", "\u09be", "🙂", "\x00", "\ufeff", "a", "PM",
]


def random_texts(n: int, seed: int):
    rnd = random.Random(seed)
    for _ in range(n):
        if rnd.random() < 0.2:
            points = (rnd.randrange(1, 0x10FFFF) for _ in range(rnd.randrange(0, 12)))
            yield "".join(chr(p) for p in points if not 0xD800 <= p <= 0xDFFF)
        else:
            yield "".join(rnd.choice(PIECES) for _ in range(rnd.randrange(0, 14)))


def check_match(text: str, m) -> None:
    assert 0 <= m.start <= m.end <= len(text)
    assert text[m.start : m.end] == m.text
    for w in m.warnings:
        if w.start is not None:
            assert 0 <= w.start <= w.end <= len(text)
    m.to_dict()
    repr(m)


def test_random_text_never_crashes():
    parser = Parser(reference=datetime.datetime(2026, 1, 2, 9, 0))
    errors = 0
    for text in random_texts(20_000, seed=9):
        try:
            check_match(text, parser.parse(text))
        except ParseError as e:
            errors += 1
            assert e.kind
            if e.start is not None:
                assert 0 <= e.start <= e.end <= len(text)
        for m in parser.extract(text):
            check_match(text, m)
        bd.search_dates(text)
        bd.parse(text)
    assert errors > 1000  # the generator does produce bad input


def test_lone_surrogates_are_a_clean_error():
    # Python strings may hold lone surrogates, which are not text: an exception, not a crash.
    for call in (lambda s: Parser().parse(s), lambda s: Parser().extract(s)):
        with pytest.raises(UnicodeEncodeError):
            call("২ জানুয়ারি \ud800")


def test_non_strings_are_type_errors():
    with pytest.raises(TypeError):
        Parser().parse(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Parser().extract(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        bd.BanglaDate.from_gregorian("2026-01-02")  # type: ignore[arg-type]


def test_out_of_range_values():
    with pytest.raises(ValueError):
        bd.BanglaDate(10**12, 1, 1)
    with pytest.raises(ValueError):
        bd.BanglaDate(1432, 1, -1)
    with pytest.raises(ValueError):
        Parser(timezone="+25:00")
    digits = "১২৩৪৫৬৭৮৯০১২৩৪৫৬৭৮৯০১২"
    with pytest.raises(ParseError) as info:
        Parser().parse(digits + " জানুয়ারি")
    assert (info.value.start, info.value.end) == (0, len(digits))
    with pytest.raises(ValueError):
        bd.BanglaDate.from_gregorian(datetime.date(1, 1, 1), rule="wb-drik")


def test_huge_input():
    text = ("এই খবরে কিছু নেই। " * 20_000) + "২ জানুয়ারি ২০২৬ সকাল ১০টা"
    found = Parser().extract(text)
    assert len(found) == 1 and text[found[0].start : found[0].end] == found[0].text


def test_threads():
    parser = Parser()
    text = "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ"
    results = []

    def work():
        for _ in range(2000):
            results.append(parser.parse(text).datetime)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8000 and len(set(results)) == 1

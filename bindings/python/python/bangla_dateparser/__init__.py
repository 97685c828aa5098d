"""Read the dates and times in Bengali text into exact datetimes, and back.

The parser is the Rust crate bangla-date; this package gives it three Python faces:

* **dateparser's**: :func:`parse` and :func:`search_dates` take dateparser's setting names, so
  ``dateparser.parse(s, languages=["bn"])`` can become ``bangla_dateparser.parse(s)``.
* **the full API**: :class:`Parser` with :meth:`Parser.parse` (one expression, or
  :class:`ParseError`) and :meth:`Parser.extract` (every expression in free text), returning
  :class:`Match` objects whose ``start``/``end`` are character indices into your string.
* **whole texts**: :meth:`Parser.read_document` (or :func:`read_document`) reads an article
  as one document: every mention in order, each anchored to the text's own dates (``পরদিন`` is
  the day after the day mentioned before it), as :class:`Mention` objects with TimeML values.
* **columns**: :func:`parse_arrow` parses a whole pyarrow / polars / pandas column in Rust,
  without a Python call per row (the Spark recipe uses it through ``mapInArrow``).

>>> import bangla_dateparser as bd
>>> bd.parse("০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ")
datetime.datetime(2026, 1, 2, 17, 41)
>>> text = "প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ২৩:২৯"
>>> m = bd.Parser().extract(text)[0]
>>> text[m.start:m.end] == m.text, m.datetime.isoformat()
(True, '2025-12-28T23:29:00+06:00')
>>> str(bd.BanglaDate.from_gregorian(datetime.date(2026, 1, 2), rule="bd2019"))
'১৮ পৌষ ১৪৩২ বঙ্গাব্দ'
"""

from __future__ import annotations

import collections.abc
import datetime
import re
import time
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Literal, Mapping, Optional, Sequence, Tuple, Union

from . import _native
from ._native import BanglaDate, Document, Match, Mention, ParseError, Warning, format, to_bengali_digits
from ._zones import Zone, resolve_zone, zone_string

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow

__all__ = [
    "BanglaDate",
    "Document",
    "Match",
    "Mention",
    "ParseError",
    "Parser",
    "Warning",
    "format",
    "parse",
    "parse_arrow",
    "read_document",
    "search_dates",
    "to_bengali_digits",
    "RULES",
    "RULE_CHOICES",
    "PRESETS",
    "__version__",
]

__version__: str = _native.__version__

#: The Bangabda rule names: ``bd2019``, ``bd1987``, ``bd`` (the default: 1987 up to 1425, 2019
#: from 1426), ``wb-drik``, ``wb-drik-plain``, ``wb-ss`` (West Bengal).
RULES: Tuple[str, ...] = tuple(_native.rule_names())

#: What :class:`Parser`'s ``rule`` takes: ``evidence`` (the default, also given as None),
#: ``infer``, and the rule names of :data:`RULES`.
RULE_CHOICES: Tuple[str, ...] = tuple(_native.rule_choice_names())

#: The preset names of :func:`format`: ``header``, ``byline``, ``dateline``, ``bangla``.
PRESETS: Tuple[str, ...] = tuple(_native.preset_names())

Prefer = Literal["nearest", "past", "future"]
Mode = Literal["first", "parse"]


class Parser:
    """Settings for reading text; build once, reuse for any number of texts.

    Args:
        rule: the Bangabda rule (see :data:`RULES`); ``"infer"`` to take whichever rule fits
            the Gregorian date written beside a Bangabda one; None or ``"evidence"`` (the
            default) to let the evidence in each match choose (the Gregorian date beside it, a
            weekday, an Indian era or Assamese month names), the historical Bangladesh rule
            otherwise (:data:`RULE_CHOICES`).
        timezone: the zone of the clock times in the text: an IANA name (``"Asia/Dhaka"``), an
            offset (``"+06:00"``), a ``tzinfo`` (a ``zoneinfo.ZoneInfo`` keeps its history), or
            a ``timedelta``. Default: Asia/Dhaka, or Asia/Kolkata for dates read by a West
            Bengal rule. Zone history applies (Dhaka's daylight saving time of 2009 is +07:00).
        reference: the moment the text was written. Relative words (আজ, গতকাল, গত শনিবার,
            ১৮ মিনিট আগে) and dates without a year are resolved against it, and only then (a
            year chosen this way carries a ``year-inferred`` warning; without it, a weekday
            written beside a yearless date can still give it a year: see ``read_on``). A naive
            datetime is local time in the parser's zone; an aware one is that moment, read in
            the parser's zone (the library converts it); a date means its midnight.
        prefer: how a yearless date takes its year from the reference: ``nearest``,
            ``past`` (news) or ``future`` (notices).
        night_follows_day: read ``শনিবার রাত ২টা`` as the night after Saturday (Sunday 02:00)
            rather than Saturday 02:00.
        read_on: the day the text is read, for text whose moment of writing is unknown (no
            ``reference``): a ``datetime.date``, or a ``datetime`` (a naive one's date; an
            aware one's date in Bangladesh time, UTC+06:00). Default: today in Bangladesh
            (UTC+06:00) by this machine's clock, as the command-line tool's ``--read-on``.
            Without a reference, a weekday written beside a yearless date
            (``শুক্রবার (৭ এপ্রিল)``) takes the latest year in which that day falls on that
            weekday, up to 30 days after this day, with a ``date-from-reference`` warning
            (a weekday fixes the year only within such a window: an old page would be read into
            a later year). A ``reference``, when given, decides instead; :meth:`read_document`
            dates such days by the document's story, not by this day.

    >>> p = Parser(reference=datetime.datetime(2025, 12, 29, 9, 0), prefer="past")
    >>> m = p.parse("রোববার (২৮ ডিসেম্বর) দিবাগত রাত আনুমানিক আড়াইটার দিকে")
    >>> m.datetime.isoformat(), m.approximate, [w.code for w in m.warnings]
    ('2025-12-29T02:30:00+06:00', True, ['year-inferred'])
    >>> m = Parser(read_on=datetime.date(2026, 12, 7)).parse("শুক্রবার (৭ এপ্রিল) সকালে")
    >>> m.date, [w.code for w in m.warnings]
    (datetime.date(2023, 4, 7), ['date-from-reference'])
    """

    __slots__ = ("_native", "_zone_arg", "rule", "reference", "prefer", "night_follows_day", "read_on")

    def __init__(
        self,
        rule: Optional[str] = None,
        timezone: Optional[Zone] = None,
        reference: Optional[Union[datetime.datetime, datetime.date]] = None,
        prefer: Prefer = "nearest",
        night_follows_day: bool = False,
        read_on: Optional[Union[datetime.datetime, datetime.date]] = None,
    ) -> None:
        if rule is not None and not isinstance(rule, str):
            raise TypeError(f"rule must be a rule name (str) or None, not {type(rule).__name__}")
        if not isinstance(prefer, str):
            raise TypeError(f"prefer must be nearest, past or future, not {type(prefer).__name__}")
        if not isinstance(night_follows_day, bool):
            raise TypeError(f"night_follows_day must be a bool, not {type(night_follows_day).__name__}")
        day = _read_on_day(read_on)
        local, instant = _reference_parts(reference)
        # A tzinfo without a name is given to the library as its offset at the reference.
        at = reference.replace(tzinfo=None) if isinstance(reference, datetime.datetime) else None
        if isinstance(reference, datetime.datetime) and reference.utcoffset() is not None and isinstance(
            timezone, datetime.tzinfo
        ):
            at = reference.astimezone(timezone).replace(tzinfo=None)
        self._native = _native.NativeParser(
            rule, zone_string(timezone, at), local, prefer, night_follows_day, instant,
            (day.year, day.month, day.day),
        )
        self._zone_arg = timezone
        self.rule = rule
        self.reference: Optional[datetime.datetime] = self._native.reference
        self.prefer = prefer
        self.night_follows_day = night_follows_day
        #: The day the text is read (today in Bangladesh unless given).
        self.read_on: datetime.date = day

    @property
    def timezone(self) -> datetime.tzinfo:
        """The zone of clock times, as a ``tzinfo``: the one given, else the library's default
        for the rule (Asia/Dhaka, or Asia/Kolkata for a West Bengal rule)."""
        return resolve_zone(self._zone_arg if self._zone_arg is not None else self._native.zone)

    def localize(self, local: datetime.datetime, match: Optional[Match] = None) -> datetime.datetime:
        """The moment of the naive local time ``local`` in the zone ``match`` was read in (the
        parser's zone without one), as the library decides it: Kolkata for a date read by a
        West Bengal rule; a clock time the zone skipped takes the offset before the change, one
        it repeated the first of the two.

        >>> Parser().localize(datetime.datetime(2009, 7, 15, 10, 0)).isoformat()
        '2009-07-15T10:00:00+07:00'
        """
        at = (local.year, local.month, local.day, local.hour, local.minute, local.second, local.microsecond)
        return self._native.localize(at, match)

    @property
    def zone(self) -> str:
        """The zone of clock times as the parser names it: ``Asia/Dhaka``, ``+05:00`` ..."""
        return self._native.zone

    def parse(self, text: str) -> Match:
        """Read ``text`` as one date/time expression.

        Raises:
            ParseError: when ``text`` is not one valid expression; ``start``/``end`` give the
                offending characters and ``kind`` says what went wrong.

        >>> Parser().parse("২০২৪ সালের পাঁচই অগাস্ট").date
        datetime.date(2024, 8, 5)
        >>> try:
        ...     Parser().parse("৩২ জানুয়ারি")
        ... except ParseError as e:
        ...     print(e.kind, e.start, e.end)
        day-out-of-range 0 12
        """
        return self._native.parse(text)

    def extract(self, text: str, errors: Literal["skip", "raise"] = "skip") -> List[Match]:
        """Every date/time expression in free text, leftmost first, without overlap.

        Args:
            errors: ``skip`` leaves out expressions with invalid values (``৩২ জানুয়ারি``);
                ``raise`` raises :class:`ParseError` at the first one.

        >>> text = "২২শে জানুয়ারি থেকে ১০ই ফেব্রুয়ারি ২০২৬ পর্যন্ত"
        >>> [(m.text, m.role, str(m.date)) for m in Parser().extract(text)]
        [('২২শে জানুয়ারি', 'range-start', '2026-01-22'), ('১০ই ফেব্রুয়ারি ২০২৬', 'range-end', '2026-02-10')]
        """
        return self._native.extract(text, errors)

    def read_document(self, text: str) -> Document:
        """Read a whole text (an article, a notice) as one document: every temporal mention, in
        order, each anchored to the text's own dates. Give the publication moment as
        ``reference``.

        Each :class:`Mention` has the fields of the library's serde form, spans in characters:
        ``start``/``end``, ``kind`` (``{"type": "point"}``; ``month``, ``year``, ``week``,
        ``decade``, ``century``, ``other-calendar``, ``duration`` and ``set`` with their fields),
        ``value`` (TimeML: ``2024-06-13T19:00``, ``2024-06-12TMO`` for a day part, ``P3D``,
        ``XXXX-WXX-5``), ``date``/``time``/``datetime`` where known, ``period``, ``anchor`` (what
        it was anchored to), ``assumptions``, ``warnings``, ``expression``; and ``text``.
        ``to_dict()`` gives the form whole, as the CLI prints it. Invalid dates are in
        ``Document.errors`` (not raised).

        >>> text = "বুধবার (১২ জুন) সকালে মিছিল হয়। পরদিন সন্ধ্যা ৭টায় সমাবেশ। তিন দিন ধরে চলবে।"
        >>> doc = Parser(reference=datetime.datetime(2024, 6, 14, 9, 0)).read_document(text)
        >>> [(m.text, m.value) for m in doc.mentions]
        [('বুধবার (১২ জুন) সকালে', '2024-06-12TMO'), ('পরদিন সন্ধ্যা ৭টায়', '2024-06-13T19:00'), ('তিন দিন', 'P3D')]
        >>> doc.mentions[1].anchor
        {'to': 'mention', 'rule': 'back-reference', 'from': {'start': 0, 'end': 21}, 'days': 1}
        >>> doc.mentions[1].datetime.isoformat()
        '2024-06-13T19:00:00+06:00'
        """
        return self._native.read_document(text)

    def parse_arrow(self, column: Any, mode: Mode = "first") -> Any:
        """:func:`parse_arrow` with this parser's settings."""
        from ._arrow import parse_column

        return parse_column(self._native, column, mode)

    def __reduce__(self) -> Tuple[Any, Tuple[Any, ...]]:
        # Picklable, so that Spark and multiprocessing can ship a configured parser to workers.
        # The day of reading goes with it: a worker reads on the day the parser was built for.
        return (
            Parser,
            (self.rule, self._zone_arg, self.reference, self.prefer, self.night_follows_day, self.read_on),
        )

    def __repr__(self) -> str:
        return (
            f"Parser(rule={self.rule!r}, timezone={self.zone!r}, reference={self.reference!r}, "
            f"prefer={self.prefer!r}, night_follows_day={self.night_follows_day!r}, read_on={self.read_on!r})"
        )


_Civil = Tuple[int, int, int, int, int, int, int]

#: Bangladesh Standard Time, the clock the default day of reading is taken by (as the CLI's).
_BANGLADESH = datetime.timezone(datetime.timedelta(hours=6))


def _today_in_bangladesh() -> datetime.date:
    """Today's date in Bangladesh (UTC+06:00) by this machine's clock: the default
    ``read_on``, the command-line tool's default ``--read-on``."""
    return datetime.datetime.now(_BANGLADESH).date()


def _read_on_day(read_on: Optional[Union[datetime.datetime, datetime.date]]) -> datetime.date:
    """The day of reading: today in Bangladesh when None; a naive datetime's date; an aware
    datetime's date in Bangladesh time."""
    if read_on is None:
        return _today_in_bangladesh()
    if isinstance(read_on, datetime.datetime):
        if read_on.tzinfo is not None and read_on.utcoffset() is not None:
            return read_on.astimezone(_BANGLADESH).date()
        return read_on.date()
    if isinstance(read_on, datetime.date):
        return read_on
    raise TypeError(f"read_on must be a date or a datetime, got {type(read_on).__name__}")


def _reference_parts(
    reference: Optional[Union[datetime.datetime, datetime.date]],
) -> Tuple[Optional[_Civil], Optional[Tuple[int, int]]]:
    """The reference as the library takes it: a local time (naive datetime, or a date's
    midnight), or an instant (an aware datetime: seconds since the epoch and microseconds),
    which the library reads in the parser's zone."""
    if reference is None:
        return None, None
    if isinstance(reference, datetime.datetime):
        if reference.tzinfo is not None and reference.utcoffset() is not None:
            delta = reference - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
            seconds = delta.days * 86400 + delta.seconds
            return None, (seconds, delta.microseconds)
        r = reference
        return (r.year, r.month, r.day, r.hour, r.minute, r.second, r.microsecond), None
    if isinstance(reference, datetime.date):
        return (reference.year, reference.month, reference.day, 0, 0, 0, 0), None
    raise TypeError(f"reference must be a datetime or a date, got {type(reference).__name__}")


def parse_arrow(
    column: Any,
    *,
    mode: Mode = "first",
    rule: Optional[str] = None,
    timezone: Optional[Zone] = None,
    reference: Optional[Union[datetime.datetime, datetime.date]] = None,
    prefer: Prefer = "nearest",
    night_follows_day: bool = False,
    read_on: Optional[Union[datetime.datetime, datetime.date]] = None,
) -> Any:
    """Parse a whole column of strings in Rust: one struct row per input row.

    ``column`` may be a ``pyarrow.Array`` or ``ChunkedArray`` of strings (returns the same kind,
    of structs), a ``polars.Series`` (returns a struct ``polars.Series``), a ``pandas.Series``
    (returns a ``pandas.DataFrame`` of Arrow-backed columns with the same index) or a sequence of
    ``str``/``None`` (returns a ``pyarrow.StructArray``). Needs pyarrow (the ``arrow`` extra).

    ``mode="first"`` takes the first expression found in each row (for header and byline
    strings with labels around the date); ``mode="parse"`` requires each row to be exactly one
    expression.

    Fields: ``start``, ``end`` (characters), ``text``, ``datetime`` (timestamp[us] in the
    parser's zone), ``utc_offset`` (seconds), ``date``, ``time``, ``year``, ``month``, ``day``,
    ``weekday`` (Monday = 0), ``bangla_year``/``_month``/``_day``/``_rule``, ``hijri_*``,
    ``saka_*``, ``role``, ``approximate``, ``warnings`` (list of codes), ``error`` and
    ``error_kind``. A row that does not parse has ``error`` set and the rest null; a null row
    stays null. Nothing raises on bad text. The settings are :class:`Parser`'s (``read_on``:
    today in Bangladesh by default).

    >>> import pyarrow as pa
    >>> out = parse_arrow(pa.array(["প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ২৩:২৯", "৩২ জানুয়ারি", None]))
    >>> out.field("datetime")[0].as_py().isoformat()
    '2025-12-28T23:29:00+06:00'
    >>> out.field("error_kind").to_pylist()
    [None, 'day-out-of-range', None]
    """
    parser = Parser(rule, timezone, reference, prefer, night_follows_day, read_on)
    return parser.parse_arrow(column, mode)


# --- dateparser's interface ----------------------------------------------------------------

#: dateparser settings that mean the same here and are honoured.
_SUPPORTED_SETTINGS = frozenset(
    {
        "RELATIVE_BASE",
        "PREFER_DATES_FROM",
        "TIMEZONE",
        "TO_TIMEZONE",
        "RETURN_AS_TIMEZONE_AWARE",
        "REQUIRE_PARTS",
        "STRICT_PARSING",
        "DATE_ORDER",
    }
)
#: dateparser settings that change nothing for Bengali text read by this parser (Bengali's own
#: date order is the one used, and there is one language to detect).
_IGNORED_SETTINGS = frozenset(
    {
        "NORMALIZE",
        "CACHE_SIZE_LIMIT",
        "DEFAULT_LANGUAGES",
        "LANGUAGE_DETECTION_CONFIDENCE_THRESHOLD",
        "PREFER_LOCALE_DATE_ORDER",
    }
)
#: The languages this package reads: Bengali, and the English month and weekday names, AM/PM and
#: digits that Bengali pages mix in.
_LANGUAGES = frozenset({"bn", "en"})
#: Regions: the default time zone of each (dateparser's ``region``, or a locale's region).
_REGION_ZONES = {"BD": "Asia/Dhaka", "IN": "Asia/Kolkata"}


def _names(value: Any, what: str) -> List[str]:
    """A list of names given as dateparser takes them (a list, tuple or set of strings)."""
    if isinstance(value, (str, bytes)) or not isinstance(value, collections.abc.Iterable):
        raise TypeError(f"{what} must be a list of strings, not {type(value).__name__}")
    names = list(value)
    for name in names:
        if not isinstance(name, str):
            raise TypeError(f"{what} must be a list of strings, not a list holding {type(name).__name__}")
    return names


def _default_zone(
    languages: Optional[Iterable[str]], locales: Optional[Iterable[str]], region: Optional[str]
) -> Optional[str]:
    """Check dateparser's ``languages``, ``locales`` and ``region``; the zone they choose, if any.

    Bengali (``bn``) and English (``en``, the month names and AM/PM that Bengali pages mix in) are
    read; locales are those languages in Bangladesh or India (``bn-BD``, ``bn-IN``, ``en-IN`` ...).
    ``region`` (``BD`` or ``IN``), else the region of the locales when they all name one, chooses
    the default time zone: Asia/Dhaka or Asia/Kolkata.
    """
    if languages is not None:
        unknown = [lang for lang in _names(languages, "languages") if lang.lower() not in _LANGUAGES]
        if unknown:
            raise ValueError(
                f"unsupported language(s): {', '.join(map(repr, unknown))}; bangla-dateparser reads "
                "Bengali ('bn') and the English words Bengali text mixes in ('en')"
            )
    regions = set()
    if locales is not None:
        for locale in _names(locales, "locales"):
            lang, _, where = locale.replace("_", "-").partition("-")
            if lang.lower() not in _LANGUAGES or (where and where.upper() not in _REGION_ZONES):
                raise ValueError(
                    f"unsupported locale {locale!r}; bangla-dateparser reads Bengali as written in "
                    "Bangladesh and India: 'bn', 'bn-BD', 'bn-IN' (and 'en', 'en-BD', 'en-IN')"
                )
            if where:
                regions.add(where.upper())
    if region is not None:
        if not isinstance(region, str):
            raise TypeError(f"region must be a str, not {type(region).__name__}")
        if region.upper() not in _REGION_ZONES:
            raise ValueError(f"unsupported region {region!r} (expected 'BD', Bangladesh, or 'IN', India)")
        return _REGION_ZONES[region.upper()]
    if len(regions) == 1:
        return _REGION_ZONES[regions.pop()]
    return None


def _formats(date_formats: Optional[Iterable[str]]) -> Tuple[str, ...]:
    if date_formats is None:
        return ()
    if isinstance(date_formats, (str, bytes)) or not isinstance(date_formats, collections.abc.Iterable):
        raise TypeError(f"date_formats must be a list, tuple or set of strings, not {type(date_formats).__name__}")
    return tuple(_names(date_formats, "date_formats"))


#: Bengali digits (০-৯) to ASCII, for strptime.
_ASCII_DIGITS = {0x09E6 + i: ord("0") + i for i in range(10)}
#: strptime directives that give the year.
_YEAR_DIRECTIVES = ("%Y", "%y", "%G")
#: What each strptime directive can match, to find a format's strings in free text.
_DIRECTIVE_PATTERNS = {
    "d": r"\d{1,2}", "m": r"\d{1,2}", "Y": r"\d{4}", "y": r"\d{2}", "H": r"\d{1,2}", "I": r"\d{1,2}",
    "M": r"\d{1,2}", "S": r"\d{1,2}", "f": r"\d{1,6}", "j": r"\d{1,3}", "p": r"[AaPp]\.?[Mm]\.?",
    "b": r"[A-Za-z]{3,}\.?", "B": r"[A-Za-z]{3,}", "a": r"[A-Za-z]{3,}\.?", "A": r"[A-Za-z]{3,}",
    "z": r"(?:Z|[+-]\d{2}:?\d{2})", "%": "%",
}


def _format_regex(fmt: str) -> Optional["re.Pattern[str]"]:
    """A pattern for the strings ``fmt`` can read, for finding them in free text (ASCII digits);
    None for a format with a directive not in :data:`_DIRECTIVE_PATTERNS`."""
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            pattern = _DIRECTIVE_PATTERNS.get(fmt[i + 1])
            if pattern is None:
                return None
            out.append(f"(?:{pattern})")
            i += 2
        else:
            out.append(r"\s+" if c.isspace() else re.escape(c))
            i += 1
    return re.compile(r"(?<![\w.:/-])" + "".join(out) + r"(?![\w:/-]|\.\d)")


class _Settings:
    """dateparser's settings, checked and turned into a :class:`Parser`."""

    __slots__ = ("parser", "base", "to_zone", "aware", "require")

    def __init__(self, settings: Optional[Mapping[str, Any]], rule: Optional[str], zone: Optional[str] = None) -> None:
        if settings is not None and not isinstance(settings, collections.abc.Mapping):
            raise TypeError(
                f"settings must be a dict of dateparser setting names, not {type(settings).__name__}"
            )
        if rule is not None and not isinstance(rule, str):
            raise TypeError(f"rule must be a rule name (str) or None, not {type(rule).__name__}")
        settings = dict(settings or {})
        unknown = set(settings) - _SUPPORTED_SETTINGS - _IGNORED_SETTINGS
        if unknown:
            raise ValueError(
                "unsupported dateparser settings: "
                + ", ".join(sorted(map(str, unknown)))
                + " (supported: "
                + ", ".join(sorted(_SUPPORTED_SETTINGS))
                + ")"
            )
        order = settings.get("DATE_ORDER", "DMY")
        if order not in ("DMY", "YMD"):
            raise ValueError(
                f"DATE_ORDER {order!r} is not supported: numeric dates in Bengali text are read day "
                "first (DMY), and ISO dates year first; for another order give date_formats, "
                "such as ['%m/%d/%Y']"
            )
        timezone = settings.get("TIMEZONE", zone)
        if timezone is not None:
            resolve_zone(timezone)  # checked here, so that a bad zone names the setting
        base = settings.get("RELATIVE_BASE")
        if base is None:
            # Now, read in the parser's zone by the library.
            base = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
        prefer = settings.get("PREFER_DATES_FROM", "current_period")
        if prefer not in ("current_period", "past", "future"):
            raise ValueError(f"PREFER_DATES_FROM must be current_period, past or future, not {prefer!r}")
        self.parser = Parser(
            rule=rule,
            timezone=timezone,
            reference=base,
            prefer="nearest" if prefer == "current_period" else prefer,
        )
        self.base = self.parser.reference
        to_zone = settings.get("TO_TIMEZONE")
        self.to_zone = None if to_zone is None else resolve_zone(to_zone)
        self.aware = bool(settings.get("RETURN_AS_TIMEZONE_AWARE", False))
        parts = settings.get("REQUIRE_PARTS", [])
        require = _names(parts, "REQUIRE_PARTS")
        if settings.get("STRICT_PARSING"):
            require = ["day", "month", "year"]
        bad = set(require) - {"day", "month", "year"}
        if bad:
            raise ValueError(f"REQUIRE_PARTS may hold day, month and year, not {sorted(bad)}")
        self.require = require

    def datetime_of(self, m: Match) -> Optional[datetime.datetime]:
        """The match as dateparser would return it, or None when it is not one moment."""
        if self.require:
            inferred = {w.code for w in m.warnings}
            year_written = m.year is not None and not inferred & {"year-inferred", "year-from-text"}
            month_written = m.month is not None and "month-inferred" not in inferred
            written = {"day": m.day is not None, "month": month_written, "year": year_written}
            if not all(written[part] for part in self.require):
                return None
        dt = m.datetime
        if dt is None:
            if m.date is not None and m.time is None and m.period is None:
                # A date alone: its midnight, as dateparser gives (but not `আজ সকালে`, "this
                # morning", whose hour is unknown: no moment rather than a wrong one), in the
                # zone the library read the match in.
                dt = self.parser.localize(datetime.datetime.combine(m.date, datetime.time()), m)
            elif m.date is None and m.month is None and m.time is not None:
                # A time alone: on the day of RELATIVE_BASE, as dateparser gives.
                assert self.base is not None
                dt = self.parser.localize(datetime.datetime.combine(self.base.date(), m.time), m)
            else:
                # Another place's local time, or a date the parser could not place: no moment.
                return None
        return self.deliver(dt)

    def deliver(self, dt: datetime.datetime) -> datetime.datetime:
        """An aware datetime as dateparser returns it: in TO_TIMEZONE, naive unless asked."""
        if self.to_zone is not None:
            dt = dt.astimezone(self.to_zone)
        return dt if self.aware else dt.replace(tzinfo=None)

    def with_formats(self, text: str, formats: Sequence[str]) -> Optional[datetime.datetime]:
        """``text`` read by the first of ``formats`` (strptime) that fits it, Bengali digits
        folded to ASCII first; None when none fits.

        A format without a year takes the year of RELATIVE_BASE; a naive result is local time in
        TIMEZONE.
        """
        folded = text.translate(_ASCII_DIGITS).strip()
        for fmt in formats:
            try:
                dt = datetime.datetime.strptime(folded, fmt)
            except ValueError:
                continue
            if not any(d in fmt for d in _YEAR_DIRECTIVES):
                assert self.base is not None
                try:
                    dt = dt.replace(year=self.base.year)
                except ValueError:  # 29 February in a common year
                    continue
            if self.require:
                written = {"day": "%d" in fmt or "%j" in fmt, "month": any(d in fmt for d in ("%m", "%b", "%B", "%j")),
                           "year": any(d in fmt for d in _YEAR_DIRECTIVES)}
                if not all(written[part] for part in self.require):
                    continue
            if dt.tzinfo is None:
                dt = self.parser.localize(dt)
            return self.deliver(dt)
        return None


_SETTINGS_CACHE: Dict[Any, _Settings] = {}


def _settings(settings: Optional[Mapping[str, Any]], rule: Optional[str], zone: Optional[str] = None) -> _Settings:
    """The checked settings, reused across calls: building a parser costs more than parsing.

    Without RELATIVE_BASE the base is now, taken to the second (a cached parser lives at most
    one second).
    """
    if not settings:
        key: Any = (rule, zone, int(time.time()))
        cached = _SETTINGS_CACHE.get(key)
        if cached is not None:
            return cached
    if settings is not None and not isinstance(settings, collections.abc.Mapping):
        raise TypeError(f"settings must be a dict of dateparser setting names, not {type(settings).__name__}")
    try:
        items = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in (settings or {}).items()))
        now = None if (settings or {}).get("RELATIVE_BASE") else int(time.time())
        key = (rule, zone, int(time.time())) if not items else (rule, zone, items, now)
        hash(key)
    except TypeError:  # an unhashable setting value, or names that do not sort: no cache
        return _Settings(settings, rule, zone)
    cached = _SETTINGS_CACHE.get(key)
    if cached is None:
        if len(_SETTINGS_CACHE) >= 64:
            _SETTINGS_CACHE.clear()
        cached = _SETTINGS_CACHE[key] = _Settings(settings, rule, zone)
    return cached


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


def parse(
    date_string: str,
    date_formats: Optional[Iterable[str]] = None,
    languages: Optional[Iterable[str]] = None,
    locales: Optional[Iterable[str]] = None,
    region: Optional[str] = None,
    settings: Optional[Mapping[str, Any]] = None,
    detect_languages_function: Optional[Callable[..., Any]] = None,
    *,
    rule: Optional[str] = None,
) -> Optional[datetime.datetime]:
    """Parse a string that is one date/time expression, dateparser style: a ``datetime`` or None.

    The arguments are dateparser's, in its order, with its meaning where it applies to Bengali:

    * ``date_formats``: strptime formats tried first, in order, on the string with its Bengali
      digits folded to ASCII (``['%d-%m-%Y']`` reads ``১২-০১-২০২৬``); a format without a year
      takes the year of ``RELATIVE_BASE``. When none fits, the string is read as usual.
    * ``languages``: ``['bn']``, ``['en']`` or both (Bengali, and the English names Bengali text
      mixes in); any other language raises ``ValueError``.
    * ``locales``: ``bn``, ``bn-BD``, ``bn-IN`` (and ``en``, ``en-BD``, ``en-IN``); others raise
      ``ValueError``. ``region``: ``BD`` or ``IN``. The region (given, or the one region of the
      locales) chooses the default ``TIMEZONE``: Asia/Dhaka or Asia/Kolkata.
    * ``settings`` (dateparser's names): ``RELATIVE_BASE`` (default: now),
      ``PREFER_DATES_FROM`` (``current_period`` = nearest, ``past``, ``future``), ``TIMEZONE``
      (default ``Asia/Dhaka``, ``Asia/Kolkata`` with a West Bengal rule or region ``IN``),
      ``TO_TIMEZONE``, ``RETURN_AS_TIMEZONE_AWARE`` (default False: a naive datetime in local
      time), ``REQUIRE_PARTS``, ``STRICT_PARSING``, ``DATE_ORDER`` (``DMY``, Bengali's order, or
      ``YMD``); a setting that would be ignored silently raises ``ValueError``.
    * ``detect_languages_function`` is accepted and not called: there is one language to detect.

    A date alone gives its midnight and a time alone the day of ``RELATIVE_BASE``, as in
    dateparser (a date with a day period but no hour, ``আজ সকালে``, gives None). Unlike dateparser,
    an invalid date (``৩২ জানুয়ারি``) or a string that is not one expression gives None rather
    than a guess; use :class:`Parser` to learn why, and :func:`search_dates` for free text.

    >>> parse("রাত ৩টা", settings={"RELATIVE_BASE": datetime.datetime(2026, 1, 2, 12, 0)})
    datetime.datetime(2026, 1, 2, 3, 0)
    >>> parse("০২/০১/২০২৬ ১৭:৪১", settings={"TO_TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True})
    datetime.datetime(2026, 1, 2, 11, 41, tzinfo=zoneinfo.ZoneInfo(key='UTC'))
    >>> parse("১২-৩১-২০২৬", date_formats=["%m-%d-%Y"], languages=["bn"])
    datetime.datetime(2026, 12, 31, 0, 0)
    >>> parse("৩০ ফেব্রুয়ারি ২০২৬") is None
    True
    """
    _text(date_string, "date_string")
    formats = _formats(date_formats)
    zone = _default_zone(languages, locales, region)
    s = _settings(settings, rule, zone)
    if formats:
        dt = s.with_formats(date_string, formats)
        if dt is not None:
            return dt
    try:
        m = s.parser.parse(date_string)
    except ParseError:
        return None
    return s.datetime_of(m)


def search_dates(
    text: str,
    languages: Optional[Iterable[str]] = None,
    settings: Optional[Mapping[str, Any]] = None,
    add_detected_language: bool = False,
    detect_languages_function: Optional[Callable[..., Any]] = None,
    *,
    date_formats: Optional[Iterable[str]] = None,
    locales: Optional[Iterable[str]] = None,
    region: Optional[str] = None,
    rule: Optional[str] = None,
) -> Optional[List[Tuple[Any, ...]]]:
    """Every date/time expression in ``text`` as ``(substring, datetime)``, or None if none.

    The arguments are those of ``dateparser.search.search_dates`` (``languages``, ``settings``,
    ``add_detected_language``, ``detect_languages_function``, ``date_formats``) and of
    :func:`parse` (``locales``, ``region``), with :func:`parse`'s meanings; an expression found
    that one of ``date_formats`` fits whole is read by that format.
    ``add_detected_language=True`` gives ``(substring, datetime, 'bn')`` triples.

    >>> base = {"RELATIVE_BASE": datetime.datetime(2025, 12, 30, 9, 0), "PREFER_DATES_FROM": "past"}
    >>> search_dates("গতকাল (২৯ ডিসেম্বর) রাত ১০টায় এবং আজ সকাল ৯টায়", settings=base)
    [('গতকাল (২৯ ডিসেম্বর) রাত ১০টায়', datetime.datetime(2025, 12, 29, 22, 0)), ('আজ সকাল ৯টায়', datetime.datetime(2025, 12, 30, 9, 0))]
    """
    _text(text, "text")
    formats = _formats(date_formats)
    zone = _default_zone(languages, locales, region)
    s = _settings(settings, rule, zone)
    # (start, end, substring, datetime), in characters.
    hits: List[Tuple[int, int, str, datetime.datetime]] = []
    if formats:
        # The formats first: every string one of them reads (Bengali digits as ASCII), even one
        # the parser would read otherwise or refuse (`১২/৩১/২০২৫` with '%m/%d/%Y').
        folded = text.translate(_ASCII_DIGITS)
        for fmt in formats:
            pattern = _format_regex(fmt)
            for found in pattern.finditer(folded) if pattern is not None else ():
                start, end = found.span()
                if any(start < e and b < end for b, e, _, _ in hits):
                    continue
                dt = s.with_formats(found.group(), (fmt,))
                if dt is not None:
                    hits.append((start, end, text[start:end], dt))
    for m in s.parser.extract(text):
        if any(m.start < e and b < m.end for b, e, _, _ in hits):
            continue
        dt = s.with_formats(m.text, formats) if formats else None
        if dt is None:
            dt = s.datetime_of(m)
        if dt is not None:
            hits.append((m.start, m.end, m.text, dt))
    hits.sort(key=lambda hit: hit[0])
    if add_detected_language:
        return [(sub, dt, "bn") for _, _, sub, dt in hits] or None
    return [(sub, dt) for _, _, sub, dt in hits] or None


#: dateparser settings that have no meaning for a document (whose mentions are not all moments).
_NOT_FOR_DOCUMENTS = frozenset({"TO_TIMEZONE", "RETURN_AS_TIMEZONE_AWARE", "REQUIRE_PARTS", "STRICT_PARSING"})


def read_document(
    text: str, *, settings: Optional[Mapping[str, Any]] = None, rule: Optional[str] = None
) -> Document:
    """:meth:`Parser.read_document` with dateparser's settings: ``RELATIVE_BASE`` (the
    publication moment; default: now), ``PREFER_DATES_FROM`` and ``TIMEZONE``. The settings
    that shape one returned datetime (``TO_TIMEZONE``, ``RETURN_AS_TIMEZONE_AWARE``,
    ``REQUIRE_PARTS``, ``STRICT_PARSING``) are refused: a document's mentions carry aware
    datetimes, dates, day parts and durations as they are.

    >>> doc = read_document("গতকাল সকাল ১০টায় বৈঠক হয়। পরদিন ফল ঘোষণা।",
    ...                     settings={"RELATIVE_BASE": datetime.datetime(2025, 12, 30, 18, 0)})
    >>> [(m.text, m.value) for m in doc]
    [('গতকাল সকাল ১০টায়', '2025-12-29T10:00'), ('পরদিন', '2025-12-30')]
    """
    _text(text, "text")
    if settings is not None and not isinstance(settings, collections.abc.Mapping):
        raise TypeError(f"settings must be a dict of dateparser setting names, not {type(settings).__name__}")
    refused = set(settings or {}) & _NOT_FOR_DOCUMENTS
    if refused:
        raise ValueError(
            "settings not used by read_document: " + ", ".join(sorted(refused))
            + " (a document's mentions are returned as they are; see Mention.datetime)"
        )
    return _settings(settings, rule).parser.read_document(text)

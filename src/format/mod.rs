//! Print Gregorian and Bangabda dates and times as Bengali text, with a strftime-like format
//! description.
//!
//! A [`Format`] is a pattern parsed once into items, plus the [`Rule`] for the Bangabda fields
//! and the [`GregorianNames`] spelling. It formats anything that converts into a [`Moment`]: a
//! [`NaiveDate`], a [`NaiveDateTime`] or a [`DateTime`] (in its own offset), into a new
//! `String` ([`Format::format`]) or into any [`fmt::Write`] sink ([`Format::write`]), which
//! allocates nothing besides what the sink does.
//!
//! ```
//! use bangla_date::format::{Format, Preset};
//! use bangla_date::Rule;
//! use chrono::NaiveDate;
//!
//! let at = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap().and_hms_opt(17, 41, 0).unwrap();
//! let header = Format::preset(Preset::Header).rule(Rule::Bangladesh2019);
//! assert_eq!(
//!     header.format(at)?,
//!     "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারি ২০২৬, ১৮ পৌষ ১৪৩২ বঙ্গাব্দ",
//! );
//!
//! let custom = Format::parse("%Eo %EB %EY %EC, %o %B (%Es, %P %-I টা)")?;
//! assert_eq!(
//!     custom.rule(Rule::BanglaAcademy1987).format(at)?,
//!     "১৯শে পৌষ ১৪৩২ বঙ্গাব্দ, ২রা জানুয়ারি (শীত, বিকাল ৫ টা)",
//! );
//!
//! // Into a reused buffer: no allocation once the buffer has grown.
//! let mut buf = String::with_capacity(128);
//! for day in 1..=3 {
//!     buf.clear();
//!     let date = NaiveDate::from_ymd_opt(2026, 2, 20 + day).unwrap();
//!     Format::preset(Preset::Bangla).rule(Rule::Bangladesh2019).write(date, &mut buf)?;
//!     assert!(buf.ends_with("ফাল্গুন ১৪৩২"));
//! }
//! # Ok::<(), bangla_date::Error>(())
//! ```
//!
//! ## Directives
//!
//! Text outside directives is copied as it is. A directive is `%`, then optional flags, then
//! an optional `E` (the Bangabda family, after POSIX strftime's `E` "alternative era"
//! modifier), then one letter.
//!
//! | directive | prints | example (2026-01-02 17:41:09, rule `bd2019`) |
//! |---|---|---|
//! | `%Y` | Gregorian year, at least 4 digits (`-` for a year before 1 CE as chrono numbers it) | `২০২৬` |
//! | `%m` | Gregorian month, 2 digits | `০১` |
//! | `%d` | Gregorian day, 2 digits | `০২` |
//! | `%B` | Gregorian month name ([`GregorianNames`]) | `জানুয়ারি` |
//! | `%o` | Gregorian day as an ordinal | `২রা` |
//! | `%C` | Gregorian era word | `খ্রিস্টাব্দ` |
//! | `%EY` | Bangabda year (by the format's [`Rule`]), at least 4 digits | `১৪৩২` |
//! | `%Em` | Bangabda month number, 2 digits (বৈশাখ = 1) | `০৯` |
//! | `%Ed` | Bangabda day, 2 digits | `১৮` |
//! | `%EB` | Bangabda month name | `পৌষ` |
//! | `%Eo` | Bangabda day as an ordinal | `১৮ই` |
//! | `%EC` | Bangabda era word | `বঙ্গাব্দ` |
//! | `%Es` | season (ঋতু) of the Bangabda month | `শীত` |
//! | `%A` | weekday | `শুক্রবার` |
//! | `%a` | weekday, short | `শুক্র` |
//! | `%H` | hour 00–23, 2 digits | `১৭` |
//! | `%I` | hour 01–12, 2 digits | `০৫` |
//! | `%M` | minute, 2 digits | `৪১` |
//! | `%S` | second, 2 digits | `০৯` |
//! | `%p` | পূর্বাহ্ন (00:00–11:59) or অপরাহ্ন (12:00–23:59) | `অপরাহ্ন` |
//! | `%P` | day period, CLDR `bn` ranges: ভোর 04–06, সকাল 06–12, দুপুর 12–16, বিকাল 16–18, সন্ধ্যা 18–20, রাত 20–04 | `বিকাল` |
//! | `%%` | a literal `%` | `%` |
//!
//! Flags, in any order, before the `E` or the letter:
//!
//! | flag | effect | example |
//! |---|---|---|
//! | `-` | no padding (ordinals are unpadded by default) | `%-d` → `২`, `%-I` → `৫` |
//! | `0` | pad with ০: the default for numbers (2 digits, years 4); pads ordinals to 2 | `%0o` → `০২রা` |
//! | `#` | ASCII digits instead of Bengali ones | `%#d` → `02`, `%#Eo` → `18ই` |
//!
//! Flags have no effect on directives that print words. The time directives (`%H %I %M %S %p
//! %P`) need a time of day: formatting a [`NaiveDate`] with them is an
//! [`ErrorKind::MissingTime`] error, reported before anything is written.
//!
//! Ordinal suffixes follow the written usage: ১লা, ২রা, ৩রা, ৪ঠা, ৫ই … ১৮ই, ১৯শে … ৩১শে.
//! Output is NFC (য় as য + nukta U+09BC).
//!
//! ## Presets
//!
//! | [`Preset`] | name | pattern | 2026-01-02 17:41, rule `bd2019` |
//! |---|---|---|---|
//! | [`Preset::Header`] | `header` | `%I:%M %p, %A, %d %B %Y, %-Ed %EB %EY %EC` | `০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারি ২০২৬, ১৮ পৌষ ১৪৩২ বঙ্গাব্দ` |
//! | [`Preset::Byline`] | `byline` | `%d %B %Y, %I:%M %p` | `০২ জানুয়ারি ২০২৬, ০৫:৪১ অপরাহ্ন` |
//! | [`Preset::Dateline`] | `dateline` | `ঢাকা, %-Ed %EB (%-d %B)` ([`Format::dateline`] for another place) | `ঢাকা, ১৮ পৌষ (২ জানুয়ারি)` |
//! | [`Preset::Bangla`] | `bangla` | `%-Ed %EB %EY` | `১৮ পৌষ ১৪৩২` |
//!
//! These are the shapes Bangladeshi pages print (news-theme headers, bylines, government
//! datelines); see the crate's DOMAIN notes, §3.

mod words;

use core::fmt;
use core::str::FromStr;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike};

use crate::calendar::{BanglaDate, Rule, weekday_bengali, weekday_bengali_short};
use crate::error::{Error, ErrorKind};

pub use words::{August, GregorianNames};

/// A date, with or without a time of day, ready to be formatted.
///
/// Build one with `From` from a [`NaiveDate`], a [`NaiveDateTime`] or a [`DateTime`] (whose
/// local date and time in its own offset are used). [`Format`]'s methods take
/// `impl Into<Moment>`, so the conversion is usually implicit.
///
/// ```
/// use bangla_date::format::Moment;
/// use chrono::{FixedOffset, NaiveDate, TimeZone};
///
/// let dhaka = FixedOffset::east_opt(6 * 3600).unwrap();
/// let dt = dhaka.with_ymd_and_hms(2026, 1, 2, 17, 41, 0).unwrap();
/// let m = Moment::from(dt);
/// assert_eq!(m.date(), NaiveDate::from_ymd_opt(2026, 1, 2).unwrap());
/// assert!(m.time().is_some());
/// assert!(Moment::from(m.date()).time().is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Moment {
    date: NaiveDate,
    time: Option<NaiveTime>,
}

impl Moment {
    /// The calendar date.
    pub const fn date(self) -> NaiveDate {
        self.date
    }

    /// The time of day, if there is one.
    pub const fn time(self) -> Option<NaiveTime> {
        self.time
    }
}

impl From<NaiveDate> for Moment {
    fn from(date: NaiveDate) -> Moment {
        Moment { date, time: None }
    }
}

impl From<NaiveDateTime> for Moment {
    fn from(dt: NaiveDateTime) -> Moment {
        Moment { date: dt.date(), time: Some(dt.time()) }
    }
}

impl<Tz: TimeZone> From<DateTime<Tz>> for Moment {
    fn from(dt: DateTime<Tz>) -> Moment {
        Moment::from(dt.naive_local())
    }
}

impl<Tz: TimeZone> From<&DateTime<Tz>> for Moment {
    fn from(dt: &DateTime<Tz>) -> Moment {
        Moment::from(dt.naive_local())
    }
}

/// What a directive prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Year,
    Month,
    Day,
    MonthName,
    Ordinal,
    Era,
    BYear,
    BMonth,
    BDay,
    BMonthName,
    BOrdinal,
    BEra,
    Season,
    Weekday,
    WeekdayShort,
    Hour24,
    Hour12,
    Minute,
    Second,
    AmPm,
    Period,
}

impl Field {
    /// The field of a directive letter, `bangla` when it followed `E`.
    fn of(letter: char, bangla: bool) -> Option<Field> {
        Some(match (bangla, letter) {
            (false, 'Y') => Field::Year,
            (false, 'm') => Field::Month,
            (false, 'd') => Field::Day,
            (false, 'B') => Field::MonthName,
            (false, 'o') => Field::Ordinal,
            (false, 'C') => Field::Era,
            (true, 'Y') => Field::BYear,
            (true, 'm') => Field::BMonth,
            (true, 'd') => Field::BDay,
            (true, 'B') => Field::BMonthName,
            (true, 'o') => Field::BOrdinal,
            (true, 'C') => Field::BEra,
            (true, 's') => Field::Season,
            (false, 'A') => Field::Weekday,
            (false, 'a') => Field::WeekdayShort,
            (false, 'H') => Field::Hour24,
            (false, 'I') => Field::Hour12,
            (false, 'M') => Field::Minute,
            (false, 'S') => Field::Second,
            (false, 'p') => Field::AmPm,
            (false, 'P') => Field::Period,
            _ => return None,
        })
    }

    const fn needs_time(self) -> bool {
        matches!(
            self,
            Field::Hour24
                | Field::Hour12
                | Field::Minute
                | Field::Second
                | Field::AmPm
                | Field::Period
        )
    }

    const fn needs_bangla(self) -> bool {
        matches!(
            self,
            Field::BYear
                | Field::BMonth
                | Field::BDay
                | Field::BMonthName
                | Field::BOrdinal
                | Field::Season
        )
    }
}

/// Padding requested by the flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pad {
    /// The directive's own default.
    Default,
    /// `-`
    None,
    /// `0`
    Zero,
}

/// One parsed piece of a format description.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    Literal(Box<str>),
    Field { field: Field, pad: Pad, ascii: bool },
}

/// A parsed format description with the settings it prints by.
///
/// Parse once with [`Format::parse`] (or take a [`Preset`]), then format many values. The
/// Bangabda directives use [`Format::rule`] (default [`Rule::BangladeshHistorical`]); `%B`
/// uses [`Format::gregorian_names`] (default Bangla Academy spelling). See the [module
/// docs](self) for the directive table.
///
/// ```
/// use bangla_date::format::Format;
/// use bangla_date::Rule;
/// use chrono::NaiveDate;
///
/// let f = Format::parse("%-Ed %EB %EY, %-d %B")?.rule(Rule::Bangladesh2019);
/// let feb21 = NaiveDate::from_ymd_opt(2026, 2, 21).unwrap();
/// assert_eq!(f.format(feb21)?, "৮ ফাল্গুন ১৪৩২, ২১ ফেব্রুয়ারি");
/// # Ok::<(), bangla_date::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Format {
    items: Vec<Item>,
    /// The first directive that needs a time of day, as written.
    time_directive: Option<Box<str>>,
    needs_bangla: bool,
    rule: Rule,
    names: GregorianNames,
}

impl Format {
    /// Parse a format description (see the [directive table](self#directives)).
    ///
    /// # Errors
    ///
    /// - [`ErrorKind::UnknownDirective`] for a `%` directive that is not in the table, with
    ///   the byte span of the directive (from `%` through its letter);
    /// - [`ErrorKind::Unexpected`] when the pattern ends inside a directive, with the span
    ///   from that `%` to the end.
    ///
    /// # Example
    ///
    /// ```
    /// use bangla_date::format::Format;
    /// use bangla_date::ErrorKind;
    ///
    /// assert!(Format::parse("%d %B %Y").is_ok());
    /// let err = Format::parse("%d %q").unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::UnknownDirective { directive } if directive == "%q"));
    /// assert_eq!(err.span(), Some(3..5));
    /// ```
    pub fn parse(pattern: &str) -> Result<Format, Error> {
        let mut items = Vec::new();
        let mut literal = String::new();
        let mut time_directive = None;
        let mut needs_bangla = false;
        let mut chars = pattern.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if c != '%' {
                literal.push(c);
                continue;
            }
            let mut pad = Pad::Default;
            let mut ascii = false;
            let mut bangla = false;
            let letter = loop {
                let Some((i, next)) = chars.next() else {
                    return Err(Error::at(
                        ErrorKind::Unexpected {
                            expected: "a directive letter after `%`",
                            found: String::new(),
                        },
                        start..pattern.len(),
                    ));
                };
                match next {
                    '-' if !bangla => pad = Pad::None,
                    '0' if !bangla => pad = Pad::Zero,
                    '#' if !bangla => ascii = true,
                    'E' if !bangla => bangla = true,
                    other => break (i, other),
                }
            };
            let end = letter.0 + letter.1.len_utf8();
            if letter.1 == '%' && !bangla && pad == Pad::Default && !ascii {
                literal.push('%');
                continue;
            }
            let Some(field) = Field::of(letter.1, bangla) else {
                let directive = pattern.get(start..end).unwrap_or_default().to_owned();
                return Err(Error::at(ErrorKind::UnknownDirective { directive }, start..end));
            };
            if field.needs_time() && time_directive.is_none() {
                time_directive = pattern.get(start..end).map(Box::from);
            }
            needs_bangla |= field.needs_bangla();
            if !literal.is_empty() {
                items.push(Item::Literal(core::mem::take(&mut literal).into()));
            }
            items.push(Item::Field { field, pad, ascii });
        }
        if !literal.is_empty() {
            items.push(Item::Literal(literal.into()));
        }
        Ok(Format::from_items(items, time_directive, needs_bangla))
    }

    fn from_items(
        items: Vec<Item>,
        time_directive: Option<Box<str>>,
        needs_bangla: bool,
    ) -> Format {
        Format {
            items,
            time_directive,
            needs_bangla,
            rule: Rule::default(),
            names: GregorianNames::BANGLA_ACADEMY,
        }
    }

    /// The [`Preset::Dateline`] shape for another place: `place, %-Ed %EB (%-d %B)`. The place
    /// is copied as it is (a `%` in it is not a directive).
    ///
    /// ```
    /// use bangla_date::format::Format;
    /// use bangla_date::Rule;
    /// use chrono::NaiveDate;
    ///
    /// let f = Format::dateline("চট্টগ্রাম").rule(Rule::Bangladesh2019);
    /// let d = NaiveDate::from_ymd_opt(2025, 12, 16).unwrap();
    /// assert_eq!(f.format(d)?, "চট্টগ্রাম, ১ পৌষ (১৬ ডিসেম্বর)");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn dateline(place: &str) -> Format {
        // The place is literal text (it may hold a `%`), so it is not put through the pattern.
        let mut f = parsed_presets().dateline_fields.clone();
        f.items.insert(0, Item::Literal(format!("{place}, ").into()));
        f
    }

    /// The format of a [`Preset`], with the default rule and spelling; then set the rule and
    /// format as with any other.
    ///
    /// ```
    /// use bangla_date::format::{Format, Preset};
    /// use bangla_date::Rule;
    /// use chrono::NaiveDate;
    ///
    /// let byline = Format::preset(Preset::Byline).rule(Rule::Bangladesh2019);
    /// let at = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap().and_hms_opt(17, 41, 0).unwrap();
    /// assert_eq!(byline.format(at)?, "০২ জানুয়ারি ২০২৬, ০৫:৪১ অপরাহ্ন");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn preset(preset: Preset) -> Format {
        let presets = parsed_presets();
        match preset {
            Preset::Header => presets.header.clone(),
            Preset::Byline => presets.byline.clone(),
            Preset::Dateline => presets.dateline.clone(),
            Preset::Bangla => presets.bangla.clone(),
        }
    }

    /// Use `rule` for the Bangabda directives (`%E…`).
    pub fn rule(mut self, rule: Rule) -> Format {
        self.rule = rule;
        self
    }

    /// Use this spelling for the Gregorian month names (`%B`).
    ///
    /// ```
    /// use bangla_date::format::{Format, GregorianNames};
    /// use chrono::NaiveDate;
    ///
    /// let f = Format::parse("%-d %B")?.gregorian_names(GregorianNames::new().long_i(true));
    /// assert_eq!(f.format(NaiveDate::from_ymd_opt(2026, 1, 2).unwrap())?, "২ জানুয়ারী");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn gregorian_names(mut self, names: GregorianNames) -> Format {
        self.names = names;
        self
    }

    /// The rule used for the Bangabda directives.
    pub fn get_rule(&self) -> Rule {
        self.rule
    }

    /// Format `value` into a new `String`.
    ///
    /// # Errors
    ///
    /// - [`ErrorKind::MissingTime`] when the description prints a time of day and `value` is a
    ///   date without one;
    /// - [`ErrorKind::OutOfRange`] when a Bangabda directive is used on one of the first days
    ///   of chrono's range, which precede the first supported Bangabda year.
    ///
    /// # Example
    ///
    /// ```
    /// use bangla_date::format::Format;
    /// use bangla_date::ErrorKind;
    /// use chrono::NaiveDate;
    ///
    /// let f = Format::parse("%A %H:%M")?;
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
    /// assert_eq!(f.format(d.and_hms_opt(9, 5, 0).unwrap())?, "শুক্রবার ০৯:০৫");
    /// let err = f.format(d).unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::MissingTime { directive } if directive == "%H"));
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn format(&self, value: impl Into<Moment>) -> Result<String, Error> {
        let mut out = String::new();
        self.write(value, &mut out)?;
        Ok(out)
    }

    /// Append `value`, formatted, to `out`. Allocates nothing itself, so with a reused
    /// `String` that has grown large enough, formatting does not allocate at all.
    ///
    /// # Errors
    ///
    /// As [`Format::format`], checked before anything is written; and
    /// [`ErrorKind::WriteFailed`] when `out` returns an error (then part of the output may
    /// have been written).
    ///
    /// # Example
    ///
    /// ```
    /// use bangla_date::format::{Format, Preset};
    /// use bangla_date::Rule;
    /// use chrono::NaiveDate;
    ///
    /// let f = Format::preset(Preset::Byline).rule(Rule::Bangladesh2019);
    /// let at = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap().and_hms_opt(0, 5, 0).unwrap();
    /// let mut buf = String::from("প্রকাশ: ");
    /// f.write(at, &mut buf)?;
    /// assert_eq!(buf, "প্রকাশ: ০২ জানুয়ারি ২০২৬, ১২:০৫ পূর্বাহ্ন");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn write<W: fmt::Write + ?Sized>(
        &self,
        value: impl Into<Moment>,
        out: &mut W,
    ) -> Result<(), Error> {
        let moment = value.into();
        if let (None, Some(directive)) = (moment.time, &self.time_directive) {
            return Err(Error::new(ErrorKind::MissingTime { directive: directive.to_string() }));
        }
        let bangla = if self.needs_bangla {
            Some(BanglaDate::from_gregorian(moment.date, self.rule)?)
        } else {
            None
        };
        let ctx = Context { date: moment.date, time: moment.time, bangla, names: self.names };
        for item in &self.items {
            ctx.write_item(item, out).map_err(|_| Error::new(ErrorKind::WriteFailed))?;
        }
        Ok(())
    }
}

impl Format {
    /// A [preset](Preset) by name (`header`, `byline`, `dateline`, `bangla`), else a pattern
    /// ([`Format::parse`]): what the CLI's `--format` and the bindings' `format` take.
    ///
    /// # Errors
    ///
    /// The errors of [`Format::parse`], for a string that is no preset's name.
    ///
    /// ```
    /// use bangla_date::format::{Format, Preset};
    /// use chrono::NaiveDate;
    ///
    /// let day = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
    /// let preset = Format::preset_or_pattern("bangla")?.format(day)?;
    /// assert_eq!(preset, Format::preset(Preset::Bangla).format(day)?);
    /// assert_eq!(Format::preset_or_pattern("%d %B")?.format(day)?, "০২ জানুয়ারি");
    /// assert!(Format::preset_or_pattern("%Q").is_err());
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn preset_or_pattern(s: &str) -> Result<Format, Error> {
        match s.parse::<Preset>() {
            Ok(preset) => Ok(Format::preset(preset)),
            Err(_) => Format::parse(s),
        }
    }
}

impl FromStr for Format {
    type Err = Error;

    /// The same as [`Format::parse`].
    fn from_str(s: &str) -> Result<Format, Error> {
        Format::parse(s)
    }
}

/// The values one formatting call prints.
struct Context {
    date: NaiveDate,
    /// Present whenever the format has a time directive ([`Format::write`] checks).
    time: Option<NaiveTime>,
    /// Present whenever the format has a Bangabda directive ([`Format::write`] converts).
    bangla: Option<BanglaDate>,
    names: GregorianNames,
}

impl Context {
    /// The time of day, for a time directive.
    fn time(&self) -> Result<NaiveTime, fmt::Error> {
        debug_assert!(self.time.is_some(), "Format::write rejects a date for a time directive");
        self.time.ok_or(fmt::Error)
    }

    /// The Bangabda date, for a Bangabda directive.
    fn bangla(&self) -> Result<BanglaDate, fmt::Error> {
        debug_assert!(self.bangla.is_some(), "Format::write converts the date for %E directives");
        self.bangla.ok_or(fmt::Error)
    }

    fn write_item<W: fmt::Write + ?Sized>(&self, item: &Item, out: &mut W) -> fmt::Result {
        let (field, pad, ascii) = match item {
            Item::Literal(text) => return out.write_str(text),
            Item::Field { field, pad, ascii } => (*field, *pad, *ascii),
        };
        let date = self.date;
        // (value, default width, width with `0`) for numbers; a suffix for ordinals.
        let number = |value: i64, width: u8, zero_width: u8| {
            let width = match pad {
                Pad::Default => width,
                Pad::None => 1,
                Pad::Zero => zero_width,
            };
            (value, width)
        };
        let (value, width, suffix) = match field {
            Field::Year => {
                let (v, w) = number(date.year().into(), 4, 4);
                (v, w, "")
            }
            Field::Month => {
                let (v, w) = number(date.month().into(), 2, 2);
                (v, w, "")
            }
            Field::Day => {
                let (v, w) = number(date.day().into(), 2, 2);
                (v, w, "")
            }
            Field::Ordinal => {
                let (v, w) = number(date.day().into(), 1, 2);
                (v, w, words::ordinal_suffix(date.day()))
            }
            Field::BYear => {
                let (v, w) = number(self.bangla()?.year().into(), 4, 4);
                (v, w, "")
            }
            Field::BMonth => {
                let (v, w) = number(self.bangla()?.month().number().into(), 2, 2);
                (v, w, "")
            }
            Field::BDay => {
                let (v, w) = number(self.bangla()?.day().into(), 2, 2);
                (v, w, "")
            }
            Field::BOrdinal => {
                let day = self.bangla()?.day();
                let (v, w) = number(day.into(), 1, 2);
                (v, w, words::ordinal_suffix(day.into()))
            }
            Field::Hour24 => {
                let (v, w) = number(self.time()?.hour().into(), 2, 2);
                (v, w, "")
            }
            Field::Hour12 => {
                let (v, w) = number(self.time()?.hour12().1.into(), 2, 2);
                (v, w, "")
            }
            Field::Minute => {
                let (v, w) = number(self.time()?.minute().into(), 2, 2);
                (v, w, "")
            }
            Field::Second => {
                let (v, w) = number(self.time()?.second().into(), 2, 2);
                (v, w, "")
            }
            Field::MonthName => return out.write_str(self.names.by_number(date.month())),
            Field::Era => return out.write_str(words::KHRISTABDA),
            Field::BMonthName => {
                return out.write_str(self.bangla()?.month().bengali());
            }
            Field::BEra => return out.write_str(words::BANGABDA),
            Field::Season => return out.write_str(self.bangla()?.season().bengali()),
            Field::Weekday => return out.write_str(weekday_bengali(date.weekday())),
            Field::WeekdayShort => return out.write_str(weekday_bengali_short(date.weekday())),
            Field::AmPm => return out.write_str(words::am_pm(self.time()?.hour())),
            Field::Period => return out.write_str(words::day_period(self.time()?.hour())),
        };
        crate::digits::write_number(out, value, width, ascii)?;
        out.write_str(suffix)
    }
}

/// The dateline's fields after the place (see [`Format::dateline`]).
const DATELINE_FIELDS: &str = "%-Ed %EB (%-d %B)";

/// The presets' patterns, parsed once per process.
struct ParsedPresets {
    header: Format,
    byline: Format,
    dateline: Format,
    bangla: Format,
    /// [`DATELINE_FIELDS`], for [`Format::dateline`].
    dateline_fields: Format,
}

fn parsed_presets() -> &'static ParsedPresets {
    static PARSED: std::sync::OnceLock<ParsedPresets> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| {
        // The patterns are fixed and valid: the example on `Preset::pattern` parses each, and
        // the assertion says so in tests. The empty fallback is never used.
        let parse = |p: &str| {
            let parsed = Format::parse(p);
            debug_assert!(parsed.is_ok(), "preset pattern `{p}` must parse");
            parsed.unwrap_or_else(|_| Format::from_items(Vec::new(), None, false))
        };
        ParsedPresets {
            header: parse(Preset::Header.pattern()),
            byline: parse(Preset::Byline.pattern()),
            dateline: parse(Preset::Dateline.pattern()),
            bangla: parse(Preset::Bangla.pattern()),
            dateline_fields: parse(DATELINE_FIELDS),
        }
    })
}

/// The named shapes Bangladeshi pages print; see the [preset table](self#presets).
///
/// The names (`header`, `byline`, `dateline`, `bangla`) are part of the interface: [`FromStr`]
/// reads them and [`Preset::name`] returns them.
///
/// ```
/// use bangla_date::format::{Format, Preset};
/// use bangla_date::Rule;
/// use chrono::NaiveDate;
///
/// let preset: Preset = "dateline".parse()?;
/// let d = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
/// assert_eq!(Format::preset(preset).rule(Rule::Bangladesh2019).format(d)?, "ঢাকা, ১৮ পৌষ (২ জানুয়ারি)");
/// assert!("footer".parse::<Preset>().is_err());
/// # Ok::<(), bangla_date::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Preset {
    /// `০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারি ২০২৬, ১৮ পৌষ ১৪৩২ বঙ্গাব্দ`
    /// (`%I:%M %p, %A, %d %B %Y, %-Ed %EB %EY %EC`). Needs a time of day.
    Header,
    /// `০২ জানুয়ারি ২০২৬, ০৫:৪১ অপরাহ্ন` (`%d %B %Y, %I:%M %p`). Needs a time of day.
    Byline,
    /// `ঢাকা, ১৮ পৌষ (২ জানুয়ারি)` (`ঢাকা, %-Ed %EB (%-d %B)`); see [`Format::dateline`]
    /// for another place.
    Dateline,
    /// `১৮ পৌষ ১৪৩২` (`%-Ed %EB %EY`).
    Bangla,
}

impl Preset {
    /// Every preset, in the order of [`Preset::NAMES`].
    pub const ALL: [Preset; 4] = [Preset::Header, Preset::Byline, Preset::Dateline, Preset::Bangla];

    /// The interface names, in the order of [`Preset::ALL`].
    pub const NAMES: [&'static str; 4] = ["header", "byline", "dateline", "bangla"];

    /// The interface name.
    pub const fn name(self) -> &'static str {
        match self {
            Preset::Header => "header",
            Preset::Byline => "byline",
            Preset::Dateline => "dateline",
            Preset::Bangla => "bangla",
        }
    }

    /// The format description this preset is equivalent to.
    ///
    /// ```
    /// use bangla_date::format::{Format, Preset};
    /// for p in Preset::ALL {
    ///     assert_eq!(Format::parse(p.pattern())?, Format::preset(p));
    /// }
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub const fn pattern(self) -> &'static str {
        match self {
            Preset::Header => "%I:%M %p, %A, %d %B %Y, %-Ed %EB %EY %EC",
            Preset::Byline => "%d %B %Y, %I:%M %p",
            Preset::Dateline => "ঢাকা, %-Ed %EB (%-d %B)",
            Preset::Bangla => "%-Ed %EB %EY",
        }
    }
}

/// The preset's [`Format`]; the same as [`Format::preset`].
impl From<Preset> for Format {
    fn from(preset: Preset) -> Format {
        Format::preset(preset)
    }
}

impl fmt::Display for Preset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Preset {
    type Err = Error;

    /// Read a preset from its name (ASCII case-insensitive).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownName`] listing the presets when `s` is none of them.
    fn from_str(s: &str) -> Result<Preset, Error> {
        crate::error::by_name(s, &Preset::ALL, Preset::name, "preset", &Preset::NAMES)
    }
}

#[cfg(test)]
mod tests;

//! [`Match`]: one expression found in text, what was written and what it resolves to.

use core::ops::Range;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Weekday};

use super::{DayPeriod, Unit, Warning};
use crate::calendar::{BanglaDate, Month, Rule};
use crate::error::{Error, ErrorKind};
use crate::types::Missing;

/// The part a match plays among its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Role {
    /// A date or time on its own.
    #[default]
    Single,
    /// The start of a range (`X থেকে Y`, `X–Y`).
    RangeStart,
    /// The end of a range.
    RangeEnd,
    /// One of a list (`X, Y ও Z`).
    ListItem,
    /// An open range from this moment (`X থেকে` with nothing after).
    From,
    /// An open range up to this moment (`X পর্যন্ত`).
    Until,
}

impl Role {
    /// A short kebab-case name, stable for machine use (the serde form's).
    ///
    /// ```
    /// use bangla_date::parse::Role;
    /// assert_eq!(Role::RangeStart.code(), "range-start");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            Role::Single => "single",
            Role::RangeStart => "range-start",
            Role::RangeEnd => "range-end",
            Role::ListItem => "list-item",
            Role::From => "from",
            Role::Until => "until",
        }
    }
}

/// A Bangabda date as written, with the rule whose calendar it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct WrittenBangla {
    /// The day.
    pub day: u8,
    /// The month.
    pub month: Month,
    /// The year, if written.
    pub year: Option<i32>,
    /// The rule under which this is the Gregorian date beside it (the configured rule first);
    /// `None` when no Gregorian date is known or no rule matches.
    pub rule: Option<Rule>,
}

impl WrittenBangla {
    /// This date under `rule` (whatever rule it was found to match).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Incomplete`] ([`Missing::Year`]) when no year was written, and the errors
    /// of [`BanglaDate::new`] when the day does not exist under `rule`.
    ///
    /// ```
    /// use bangla_date::parse::parse;
    /// use bangla_date::Rule;
    ///
    /// let m = parse("০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ")?;
    /// let written = m.bangla.ok_or("no Bangabda date was written")?;
    /// // The page follows the 1987 rule; by the 2019 rule, 19 Poush 1432 is the day after.
    /// let official = written.to_date(Rule::Bangladesh2019)?;
    /// assert_eq!(official.to_gregorian().to_string(), "2026-01-03");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_date(self, rule: Rule) -> Result<BanglaDate, Error> {
        let year = self.year.ok_or(ErrorKind::Incomplete { missing: Missing::Year })?;
        BanglaDate::new(year, self.month, self.day, rule)
    }
}

/// A date of another calendar (Hijri, Śaka) as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct WrittenDate {
    /// The day.
    pub day: u8,
    /// The month number in that calendar (1-based; Śaka counts from Chaitra).
    pub month: u8,
    /// The year, if written.
    pub year: Option<i32>,
}

/// A relative expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", tag = "kind"))]
#[non_exhaustive]
pub enum Relative {
    /// আজ (0), গতকাল (−1), আগামীকাল (+1), পরশু (+2).
    Day {
        /// Days from the reference date.
        offset: i8,
    },
    /// গত (−1) / আগামী (+1) / এই (0) + weekday.
    Weekday {
        /// Which way from the reference date.
        direction: i8,
        /// The weekday named.
        weekday: Weekday,
    },
    /// A weekday of a week counted from the reference's: `আগামী সপ্তাহের মঙ্গলবার` (+1), `গত
    /// সপ্তাহের শুক্রবার` (−1), `চলতি সপ্তাহের বৃহস্পতিবার` (0).
    WeekdayOfWeek {
        /// Weeks from the reference's week.
        weeks: i8,
        /// The weekday named.
        weekday: Weekday,
    },
    /// `N unit আগে` (negative) / `পরে` (positive).
    Offset {
        /// Signed count of units.
        amount: i64,
        /// The unit.
        unit: Unit,
    },
}

impl Relative {
    /// A short kebab-case name of the kind of relative expression, stable for machine use (the
    /// serde form's `kind`).
    ///
    /// ```
    /// use bangla_date::parse::Relative;
    /// assert_eq!(Relative::Day { offset: -1 }.code(), "day");
    /// ```
    pub const fn code(&self) -> &'static str {
        match self {
            Relative::Day { .. } => "day",
            Relative::Weekday { .. } => "weekday",
            Relative::WeekdayOfWeek { .. } => "weekday-of-week",
            Relative::Offset { .. } => "offset",
        }
    }
}

/// A calendar written beside the Gregorian date that is neither Gregorian nor Bangabda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum OtherCalendar {
    /// The Indian national (Śaka) calendar.
    Saka,
    /// The Hijri calendar (checked against the tabular calendar, ± 2 days).
    Hijri,
}

impl OtherCalendar {
    /// A short kebab-case name, stable for machine use (the serde form's).
    pub const fn code(self) -> &'static str {
        match self {
            OtherCalendar::Saka => "saka",
            OtherCalendar::Hijri => "hijri",
        }
    }
}

/// One date/time expression found in text: what was written and what it resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Match {
    /// Byte offsets of the expression in the text (`&text[span]`).
    pub span: Range<usize>,
    /// The Gregorian date, when the year is known (written, or inferred with a warning).
    pub date: Option<NaiveDate>,
    /// The Gregorian year, when known.
    pub year: Option<i32>,
    /// The Gregorian month (1..=12), when known.
    pub month: Option<u8>,
    /// The Gregorian day of the month, when known.
    pub day: Option<u8>,
    /// The time of day, when one was written.
    pub time: Option<NaiveTime>,
    /// The moment, when both date and time are known, in the parser's time zone. (Its serde
    /// form keeps an offset's seconds: the historical Kolkata offset is `+05:53:20`.)
    #[cfg_attr(feature = "serde", serde(with = "moment_serde"))]
    pub datetime: Option<DateTime<FixedOffset>>,
    /// The weekday as written.
    pub weekday: Option<Weekday>,
    /// The day period as written (সকাল, রাত …).
    pub period: Option<DayPeriod>,
    /// The Bangabda date as written.
    pub bangla: Option<WrittenBangla>,
    /// The Hijri date as written.
    pub hijri: Option<WrittenDate>,
    /// A Śaka (Indian national calendar) date as written.
    pub saka: Option<WrittenDate>,
    /// The relative expression, if any.
    pub relative: Option<Relative>,
    /// The part this match plays in a range or list.
    pub role: Role,
    /// An approximate time (`দিকে`, `নাগাদ`, `আনুমানিক`), or one counted from an almanac's
    /// sunrise (`দং ৯/২৬/৩০`), which may differ from ours by a minute or two; or a day counted
    /// roughly from the reference (`মাস তিনেক আগে`, "some three months ago").
    pub approximate: bool,
    /// When only a Hijri date is written: the tabular calendar's estimate of its Gregorian day
    /// (moon sighting may differ by a day or two; see [`Warning::HijriEstimate`]). `date` stays
    /// `None`, unless a weekday written beside it picks the day ([`Warning::HijriWeekday`]).
    pub approximate_date: Option<NaiveDate>,
    /// What is worth knowing about this match.
    pub warnings: Vec<Warning>,
}

/// The serde form of a moment: RFC 3339 (`2026-01-02T17:41:00+06:00`), with the offset's
/// seconds when it has any (`1900-01-01T12:00:00+05:53:20`, the Kolkata of the tz database's
/// history), which chrono's own form would round to another instant.
#[cfg(feature = "serde")]
pub(crate) mod moment_serde {
    use chrono::{DateTime, FixedOffset};
    use serde::{Deserialize, Deserializer, Serializer, de};

    pub(crate) fn serialize<S: Serializer>(
        v: &Option<DateTime<FixedOffset>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match v {
            None => s.serialize_none(),
            Some(dt) if dt.offset().local_minus_utc() % 60 != 0 => {
                s.collect_str(&dt.format("%Y-%m-%dT%H:%M:%S%.f%::z"))
            }
            Some(dt) => s.collect_str(&dt.to_rfc3339()),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        let Some(s) = Option::<String>::deserialize(d)? else { return Ok(None) };
        if let Ok(dt) = DateTime::parse_from_rfc3339(&s) {
            return Ok(Some(dt));
        }
        with_offset_seconds(&s).map(Some).ok_or_else(|| {
            de::Error::custom(format!("`{s}` is not an RFC 3339 moment (or one with ±HH:MM:SS)"))
        })
    }

    /// `…T10:00:00+05:53:20`: the local time and an offset with seconds.
    fn with_offset_seconds(s: &str) -> Option<DateTime<FixedOffset>> {
        let (local, offset) = s.split_at(s.len().checked_sub(9)?);
        let sign = match offset.as_bytes().first()? {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        let mut parts = offset.get(1..)?.split(':').map(|p| p.parse::<i32>().ok());
        let (h, m, sec) = (parts.next()??, parts.next()??, parts.next()??);
        let offset = FixedOffset::east_opt(sign * (h * 3600 + m * 60 + sec))?;
        let local = chrono::NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M:%S%.f").ok()?;
        local.and_local_timezone(offset).single()
    }
}

impl Match {
    /// The match with every byte offset moved `by` bytes on (read from text that starts `by`
    /// bytes into a stream).
    pub(crate) fn shifted(mut self, by: usize) -> Match {
        if by > 0 {
            let shift = |r: &mut Range<usize>| *r = r.start + by..r.end + by;
            shift(&mut self.span);
            self.warnings.iter_mut().filter_map(Warning::span_mut).for_each(shift);
        }
        self
    }

    /// The text of the match in the `text` it was found in.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.clone()).unwrap_or_default()
    }

    /// The Gregorian date, or why there is none.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Incomplete`], with the match's span, naming [`Missing::Year`] for a day and
    /// month written without a year (and no [reference](super::Parser::reference) to infer it from),
    /// or [`Missing::Date`] when no date was written (a time alone, or a relative word with no
    /// reference).
    ///
    /// ```
    /// use bangla_date::parse::parse;
    /// use bangla_date::{ErrorKind, Missing};
    ///
    /// assert_eq!(parse("২০২৪ সালের পাঁচই অগাস্ট")?.to_date()?.to_string(), "2024-08-05");
    /// let err = parse("২৮ ডিসেম্বর")?.to_date().unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::Incomplete { missing: Missing::Year });
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn to_date(&self) -> Result<NaiveDate, Error> {
        match (self.date, self.month, self.day) {
            (Some(date), _, _) => Ok(date),
            (None, Some(_), Some(_)) => Err(self.incomplete(Missing::Year)),
            (None, _, _) => Err(self.incomplete(Missing::Date)),
        }
    }

    /// The moment, in the parser's time zone (or the offset written), or why there is none.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Incomplete`], with the match's span: the errors of [`Match::to_date`],
    /// [`Missing::Time`] when no time of day was written, and [`Missing::Offset`] when the time
    /// is another place's local time ([`Warning::OtherTimeZone`]).
    ///
    /// ```
    /// use bangla_date::parse::parse;
    ///
    /// let header = "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬";
    /// assert_eq!(parse(header)?.to_datetime()?.to_rfc3339(), "2026-01-02T17:41:00+06:00");
    /// assert!(parse("০২ জানুয়ারী ২০২৬")?.to_datetime().unwrap_err().is_incomplete());
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn to_datetime(&self) -> Result<DateTime<FixedOffset>, Error> {
        if let Some(datetime) = self.datetime {
            return Ok(datetime);
        }
        self.to_date()?;
        Err(self.incomplete(if self.time.is_none() { Missing::Time } else { Missing::Offset }))
    }

    #[cold]
    fn incomplete(&self, missing: Missing) -> Error {
        Error::at(ErrorKind::Incomplete { missing }, self.span.clone())
    }
}

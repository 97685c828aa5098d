//! The Bangabda (বঙ্গাব্দ) calendar under each rule in real use, and conversion to and from
//! chrono's Gregorian [`NaiveDate`].
//!
//! A [`BanglaDate`] is a validated year, [`Month`] and day *together with the [`Rule`]* it is
//! reckoned by: "১৯ পৌষ ১৪৩২" is 2 January 2026 under the Bangla Academy rule of 1987 but
//! 3 January 2026 under the 2019 revision, so a date without its rule cannot be converted.
//!
//! | rule | name | in use | module |
//! |---|---|---|---|
//! | [`Rule::Bangladesh2019`] | `bd2019` | Bangladesh, official from 1426 (2019) | [`bangladesh`] |
//! | [`Rule::BanglaAcademy1987`] | `bd1987` | Bangladesh 1987–2019; still printed by many news sites | [`bangladesh`] |
//! | [`Rule::BangladeshHistorical`] (default) | `bd` | the almanac (`wb-ss`) to 1393, the 1987 rule 1394–1425, the 2019 rule from 1426 | [`bangladesh`] |
//! | [`Rule::WestBengalDrik`] | `wb-drik` | West Bengal, Tripura, Assam: drikpanchang, Bisuddha Siddhanta | [`west_bengal`] |
//! | [`Rule::WestBengalDrikPlain`] | `wb-drik-plain` | the same Sun with the plain Bengal rule at midnight | [`west_bengal`] |
//! | [`Rule::WestBengalSuryaSiddhanta`] | `wb-ss` | West Bengal: Gupta Press, P. M. Bagchi, Prokerala | [`west_bengal`] |
//!
//! The Bangladesh rules are fixed arithmetic: 1 Boishakh is always 14 April, and the year number
//! is the Gregorian year − 593 from 1 Boishakh on (− 594 before it).
//!
//! The West Bengal rules follow the Sun through the sidereal zodiac: each month begins the day
//! after the Sun enters a sign, so 1 Boishakh is 14 or 15 April (12 April around 1800, 17 April
//! by 2200, as the equinoxes precess) and months run 29 to 32 days,
//! computed per year (and cached) for Bangabda [`west_bengal::MIN_YEAR`]..=
//! [`west_bengal::MAX_YEAR`] (Gregorian 1800–2200 in full).
//!
//! ```
//! use bangla_date::{BanglaDate, Month, Rule};
//! use chrono::NaiveDate;
//!
//! let jan2 = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
//! let bd2019 = BanglaDate::from_gregorian(jan2, Rule::Bangladesh2019)?;
//! assert_eq!(bd2019.to_string(), "১৮ পৌষ ১৪৩২ বঙ্গাব্দ");
//! let bd1987 = BanglaDate::from_gregorian(jan2, Rule::BanglaAcademy1987)?;
//! assert_eq!((bd1987.day(), bd1987.month()), (19, Month::Poush));
//! assert_eq!(bd1987.to_gregorian(), jan2);
//! # Ok::<(), bangla_date::Error>(())
//! ```

pub mod bangladesh;
pub mod era;
pub mod hijri;
mod names;
mod rule;

use rule::{Reckoning, YearLengths};
pub mod saka;
pub mod west_bengal;

use core::fmt;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::digits::bengali;
use crate::error::{Error, ErrorKind};
use crate::types::CalendarMonth;

pub use crate::types::{Month, Rule, Season, weekday_bengali, weekday_bengali_short};

/// A day of the Bangabda calendar under a given [`Rule`].
///
/// Always valid: the constructors check the day against the month's length under the rule, and
/// the year against [`BanglaDate::MIN_YEAR`]..=[`BanglaDate::MAX_YEAR`] (the years whose every
/// day chrono can represent; for the West Bengal rules [`west_bengal::MIN_YEAR`]..=
/// [`west_bengal::MAX_YEAR`]), so [`BanglaDate::to_gregorian`] cannot fail.
///
/// Ordering is chronological: dates compare by the Gregorian day they name, and two rules'
/// names for the same day compare by rule (in the order of [`Rule::ALL`]), so dates of
/// different rules sort together correctly.
///
/// ```
/// use bangla_date::{BanglaDate, Month, Rule};
///
/// // 19 Poush by the 1987 rule is 2 January 2026; 19 Poush by the 2019 rule is the day after.
/// let a = BanglaDate::new(1432, Month::Poush, 19, Rule::Bangladesh2019)?;
/// let b = BanglaDate::new(1432, Month::Poush, 19, Rule::BanglaAcademy1987)?;
/// assert!(b < a);
/// # Ok::<(), bangla_date::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BanglaDate {
    year: i32,
    month: Month,
    day: u8,
    rule: Rule,
}

impl Ord for BanglaDate {
    fn cmp(&self, other: &BanglaDate) -> core::cmp::Ordering {
        // The Gregorian day and the rule determine every field, so this agrees with `Eq`.
        (self.to_gregorian(), self.rule).cmp(&(other.to_gregorian(), other.rule))
    }
}

impl PartialOrd for BanglaDate {
    fn partial_cmp(&self, other: &BanglaDate) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The chrono day number of 1 Boishakh of `year` under a fixed `rule` (not the historical one).
fn first_day(rule: Rule, year: i32) -> Option<i32> {
    match west_bengal::Variant::of(rule) {
        Some(variant) => west_bengal::year_table(variant, year.into()).ok().map(|t| t.first()),
        None => {
            NaiveDate::from_ymd_opt(year + GREGORIAN_OFFSET, 4, 14).map(|d| d.num_days_from_ce())
        }
    }
}

/// Whether `date` is before 1 Boishakh 1394 (14 April 1987, day 104 of a common year), the
/// first day of the 1987 rule in Bangladesh ([`bangladesh::FIRST_YEAR_OF_1987_RULE`]).
fn before_1987_rule(date: NaiveDate) -> bool {
    (date.year(), date.ordinal()) < (bangladesh::FIRST_YEAR_OF_1987_RULE + GREGORIAN_OFFSET, 104)
}

/// 1 Boishakh falls on 14 April of Gregorian year Bangabda + 593.
pub(crate) const GREGORIAN_OFFSET: i32 = 593;

/// The most days a Bangabda month has under any rule (a West Bengal month can have 32): the
/// bound a day written without a year is checked against.
pub(crate) const MAX_DAYS_IN_ANY_RULE: u8 = 32;

/// The years of `NaiveDate::MIN` and `NaiveDate::MAX` (`Datelike::year` is not `const`; a unit
/// test checks these against chrono).
const CHRONO_MIN_YEAR: i32 = -262_143;
const CHRONO_MAX_YEAR: i32 = 262_142;

#[inline]
fn check_year(year: i64) -> Result<i32, Error> {
    match i32::try_from(year) {
        Ok(y) if (BanglaDate::MIN_YEAR..=BanglaDate::MAX_YEAR).contains(&y) => Ok(y),
        _ => Err(Error::new(ErrorKind::YearOutOfRange {
            year,
            min: BanglaDate::MIN_YEAR.into(),
            max: BanglaDate::MAX_YEAR.into(),
        })),
    }
}

/// The error for a Gregorian date outside the West Bengal tables.
#[cold]
fn west_bengal_range_error(date: NaiveDate, variant: west_bengal::Variant) -> Error {
    match west_bengal::gregorian_range(variant) {
        Ok((min, max)) => Error::new(ErrorKind::OutOfRange { date, min, max }),
        Err(e) => e,
    }
}

impl BanglaDate {
    /// The first supported year: its 1 Boishakh is the first 14 April chrono can represent.
    pub const MIN_YEAR: i32 = CHRONO_MIN_YEAR - GREGORIAN_OFFSET;
    /// The last supported year: its Choitro ends in the last year chrono can represent.
    pub const MAX_YEAR: i32 = CHRONO_MAX_YEAR - GREGORIAN_OFFSET - 1;

    /// The date `day month year` under `rule`.
    ///
    /// # Errors
    ///
    /// - [`ErrorKind::DayOutOfRange`] when `day` is 0 or past the month's end under `rule`;
    /// - [`ErrorKind::YearOutOfRange`] when `year` is outside `MIN_YEAR..=MAX_YEAR` (for a West
    ///   Bengal rule, [`west_bengal::MIN_YEAR`]..=[`west_bengal::MAX_YEAR`]).
    ///
    /// # Example
    ///
    /// ```
    /// use bangla_date::{BanglaDate, ErrorKind, Month, Rule};
    ///
    /// // Ashwin has 31 days under the 2019 rule and 30 under the 1987 rule.
    /// assert!(BanglaDate::new(1432, Month::Ashwin, 31, Rule::Bangladesh2019).is_ok());
    /// let err = BanglaDate::new(1432, Month::Ashwin, 31, Rule::BanglaAcademy1987).unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::DayOutOfRange { max: 30, .. }));
    /// ```
    // Inline: returned through memory from an out-of-line call, the date is written field by
    // field and read back as one word, a store-forwarding stall that cost more than the whole
    // check (benches/convert.rs, `from_numbers`).
    #[inline]
    pub fn new(year: i32, month: Month, day: u8, rule: Rule) -> Result<BanglaDate, Error> {
        BanglaDate::from_parts(i64::from(year), month, i64::from(day), rule)
    }

    /// Like [`BanglaDate::new`], for values read from text that may not fit the field types; the
    /// error names the value as given.
    ///
    /// ```
    /// use bangla_date::{BanglaDate, Month, Rule};
    /// let err = BanglaDate::from_parts(9_999_999_999, Month::Poush, 1, Rule::Bangladesh2019);
    /// assert!(err.unwrap_err().to_string().starts_with("year 9999999999 is out of range"));
    /// // West Bengal rules cover the years their tables are computed for.
    /// let err = BanglaDate::from_parts(14320, Month::Poush, 1, Rule::WestBengalDrik);
    /// assert_eq!(err.unwrap_err().to_string(), "year 14320 is out of range (expected 1206..=1607)");
    /// ```
    #[inline]
    pub fn from_parts(year: i64, month: Month, day: i64, rule: Rule) -> Result<BanglaDate, Error> {
        let max = rule.month_days(year, month)?;
        match u8::try_from(day) {
            // The year is in range: `year_lengths` checked it.
            Ok(d) if (1..=max).contains(&d) => {
                Ok(BanglaDate { year: year as i32, month, day: d, rule })
            }
            _ => Err(Error::new(ErrorKind::DayOutOfRange {
                day,
                month: CalendarMonth::Bangabda { month, rule: Some(rule) },
                year: Some(year),
                max,
            })),
        }
    }

    /// The Bangabda date of a Gregorian day under `rule`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] for the first and last months of chrono's range, which fall in
    /// Bangabda years that chrono cannot hold whole (before [`BanglaDate::MIN_YEAR`] or after
    /// [`BanglaDate::MAX_YEAR`]); under a West Bengal rule, for a date outside the years
    /// [`west_bengal::MIN_YEAR`]..=[`west_bengal::MAX_YEAR`] (April 1799 to April 2201), with
    /// that range in the error.
    ///
    /// ```
    /// use bangla_date::{BanglaDate, Month, Rule};
    /// use chrono::NaiveDate;
    ///
    /// let d = NaiveDate::from_ymd_opt(2019, 10, 16).unwrap();
    /// let b = BanglaDate::from_gregorian(d, Rule::BangladeshHistorical)?;
    /// assert_eq!((b.day(), b.month(), b.year()), (31, Month::Ashwin, 1426));
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    #[inline]
    pub fn from_gregorian(date: NaiveDate, rule: Rule) -> Result<BanglaDate, Error> {
        if let Some(variant) = west_bengal::Variant::of(rule) {
            return BanglaDate::west_bengal_from_gregorian(date, rule, variant)
                .ok_or_else(|| west_bengal_range_error(date, variant));
        }
        if rule == Rule::BangladeshHistorical && before_1987_rule(date) {
            return BanglaDate::historical_from_gregorian(date);
        }
        let (year, day_of_year) = bangladesh::year_and_day(date);
        // The first months of chrono's range belong to a year that began before it, and its
        // last months to one that ends after it: neither year is whole, so neither is supported.
        if !(BanglaDate::MIN_YEAR..=BanglaDate::MAX_YEAR).contains(&year) {
            return Err(BanglaDate::chrono_range_error(date));
        }
        // The fixed arithmetic inline (through `year_lengths` it came back through memory):
        // `Variant::of` took every West Bengal rule above, and the historical rule's almanac
        // years went to `historical_from_gregorian`.
        let Some(fixed) = rule.fixed_arithmetic(year as i64) else {
            // Taken by the table paths at the top; sent back there rather than guessed at.
            return BanglaDate::from_gregorian(date, rule);
        };
        let (month, day) = bangladesh::Layout::of(fixed, year).month_and_day(day_of_year);
        Ok(BanglaDate { year, month, day, rule })
    }

    #[cold]
    fn chrono_range_error(date: NaiveDate) -> Error {
        Error::new(ErrorKind::OutOfRange {
            date,
            min: BanglaDate::MIN.to_gregorian(),
            max: BanglaDate::MAX.to_gregorian(),
        })
    }

    /// [`BanglaDate::from_gregorian`] under the historical rule before 1394: the almanac's date
    /// within its tables, the 1987 rule's arithmetic before them.
    #[inline(never)]
    fn historical_from_gregorian(date: NaiveDate) -> Result<BanglaDate, Error> {
        let almanac = Rule::WestBengalSuryaSiddhanta;
        let first = first_day(almanac, west_bengal::MIN_YEAR);
        if first.is_some_and(|f| date.num_days_from_ce() >= f) {
            let variant = west_bengal::Variant::SuryaSiddhanta;
            let b = BanglaDate::west_bengal_from_gregorian(date, almanac, variant)
                .ok_or_else(|| west_bengal_range_error(date, variant))?;
            return Ok(BanglaDate { rule: Rule::BangladeshHistorical, ..b });
        }
        let b = BanglaDate::from_gregorian(date, Rule::BanglaAcademy1987)?;
        Ok(BanglaDate { rule: Rule::BangladeshHistorical, ..b })
    }

    /// [`BanglaDate::from_gregorian`] through the West Bengal tables; `None` outside them (the
    /// caller builds the error).
    ///
    /// Out of line, so that `from_gregorian` stays small enough to inline into its callers, and
    /// an `Option`, which comes back in a register: a `Result` came back through memory,
    /// written field by field and read back as one word, a store-forwarding stall that was
    /// most of a warm conversion's time (benches/west_bengal.rs).
    #[inline(never)]
    fn west_bengal_from_gregorian(
        date: NaiveDate,
        rule: Rule,
        variant: west_bengal::Variant,
    ) -> Option<BanglaDate> {
        let (year, month, day) = west_bengal::locate_date(variant, date)?;
        Some(BanglaDate { year, month, day, rule })
    }

    /// The Gregorian day of this date.
    ///
    /// ```
    /// use bangla_date::{BanglaDate, Month, Rule};
    /// let d = BanglaDate::new(1432, Month::Poush, 19, Rule::BanglaAcademy1987)?;
    /// assert_eq!(d.to_gregorian().to_string(), "2026-01-02");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    #[inline]
    pub fn to_gregorian(self) -> NaiveDate {
        // The two fixed rules inline; the others (tables, the historical seams) out of line,
        // which keeps this small enough to inline into a caller's loop (benches/convert.rs,
        // `from_numbers`: out of line, the call was most of the checked path's time).
        let Some(fixed) = self.rule.fixed_arithmetic(self.year as i64) else {
            return self.to_gregorian_by_lengths();
        };
        let layout = bangladesh::Layout::of(fixed, self.year);
        bangladesh::gregorian_of(self.year, layout.day_of_year(self.month, self.day))
    }

    /// [`BanglaDate::to_gregorian`] through the year's lengths: any rule.
    #[inline(never)]
    fn to_gregorian_by_lengths(self) -> NaiveDate {
        match self.lengths().reckoning {
            Reckoning::Fixed(layout, year) => {
                bangladesh::gregorian_of(year, layout.day_of_year(self.month, self.day))
            }
            Reckoning::Table(table) => {
                west_bengal::day_to_date(table.start_of(self.month) + i32::from(self.day) - 1)
            }
        }
    }

    /// The month lengths of this date's year. A constructed date's year is in its rule's range,
    /// so the look-up cannot fail; the fallback is the 2019 layout of a year in range, never
    /// reached (the debug assertion says so in tests).
    #[inline]
    fn lengths(self) -> YearLengths {
        let lengths = self.rule.year_lengths(self.year.into());
        debug_assert!(lengths.is_ok(), "a BanglaDate's year is checked by its constructor");
        lengths.unwrap_or(YearLengths {
            reckoning: Reckoning::Fixed(
                bangladesh::Layout::of(bangladesh::Fixed::Revised2019, self.year),
                self.year,
            ),
            choitro_seam: 0,
        })
    }

    /// The same day reckoned by another rule.
    ///
    /// ```
    /// use bangla_date::{BanglaDate, Month, Rule};
    /// let d = BanglaDate::new(1432, Month::Poush, 19, Rule::BanglaAcademy1987)?;
    /// assert_eq!(d.with_rule(Rule::Bangladesh2019)?.day(), 18);
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn with_rule(self, rule: Rule) -> Result<BanglaDate, Error> {
        BanglaDate::from_gregorian(self.to_gregorian(), rule)
    }

    /// The year (বঙ্গাব্দ).
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month.
    pub const fn month(self) -> Month {
        self.month
    }

    /// The day of the month, from 1.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The rule this date is reckoned by, as given (the historical mode stays itself; see
    /// [`Rule::in_year`] for the fixed rule behind it).
    pub const fn rule(self) -> Rule {
        self.rule
    }

    /// The season (ঋতু): two months each, from Boishakh.
    pub const fn season(self) -> Season {
        self.month.season()
    }

    /// The day of the week.
    ///
    /// ```
    /// use bangla_date::{BanglaDate, Month, Rule, weekday_bengali};
    /// let d = BanglaDate::new(1432, Month::Poush, 19, Rule::BanglaAcademy1987)?;
    /// assert_eq!(weekday_bengali(d.weekday()), "শুক্রবার");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn weekday(self) -> Weekday {
        self.to_gregorian().weekday()
    }

    /// The number of days in this date's month.
    pub fn days_in_month(self) -> u8 {
        self.lengths().days_in(self.month)
    }

    /// The day of the year, from 1 (1 Boishakh).
    pub fn ordinal(self) -> u16 {
        match self.lengths().reckoning {
            Reckoning::Fixed(layout, _) => layout.day_of_year(self.month, self.day) + 1,
            Reckoning::Table(table) => {
                // At most 366: a year's table spans one year.
                (table.start_of(self.month) - table.first()) as u16 + u16::from(self.day)
            }
        }
    }

    /// A value that displays this date in ASCII with the romanised month name:
    /// `18 Poush 1432 BS`.
    ///
    /// ```
    /// use bangla_date::{BanglaDate, Month, Rule};
    /// let d = BanglaDate::new(1432, Month::Poush, 18, Rule::Bangladesh2019)?;
    /// assert_eq!(d.roman().to_string(), "18 Poush 1432 BS");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn roman(self) -> Roman {
        Roman(self)
    }

    /// The last supported date (30 Choitro of [`BanglaDate::MAX_YEAR`]), by the default rule.
    pub const MAX: BanglaDate = BanglaDate {
        year: BanglaDate::MAX_YEAR,
        month: Month::Choitro,
        day: 30,
        rule: Rule::BangladeshHistorical,
    };

    /// The first supported date (1 Boishakh of [`BanglaDate::MIN_YEAR`]), by the default rule.
    pub const MIN: BanglaDate = BanglaDate {
        year: BanglaDate::MIN_YEAR,
        month: Month::Boishakh,
        day: 1,
        rule: Rule::BangladeshHistorical,
    };
}

/// Bengali digits and month name, and the era word: `১৮ পৌষ ১৪৩২ বঙ্গাব্দ`.
impl fmt::Display for BanglaDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} বঙ্গাব্দ", bengali(self.day), self.month.bengali(), bengali(self.year))
    }
}

/// Displays a [`BanglaDate`] in ASCII; see [`BanglaDate::roman`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Roman(BanglaDate);

impl fmt::Display for Roman {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} BS", self.0.day, self.0.month.roman(), self.0.year)
    }
}

impl From<BanglaDate> for NaiveDate {
    fn from(date: BanglaDate) -> NaiveDate {
        date.to_gregorian()
    }
}

/// The wire form of the Śaka and Hijri dates, `{"year", "month", "day"}`, read before the
/// date's own constructor validates it.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
struct YearMonthDay {
    year: i32,
    month: u8,
    day: u8,
}

/// Deserialize a year-month-day date through its validating constructor `new`.
#[cfg(feature = "serde")]
fn deserialize_ymd<'de, D: serde::Deserializer<'de>, T>(
    d: D,
    new: fn(i32, u8, u8) -> Result<T, Error>,
) -> Result<T, D::Error> {
    let w = <YearMonthDay as serde::Deserialize>::deserialize(d)?;
    new(w.year, w.month, w.day).map_err(serde::de::Error::custom)
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{BanglaDate, Month, Rule};
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

    /// The wire form: `{"year": 1432, "month": 9, "day": 18, "rule": "bd2019"}`.
    #[derive(Serialize, Deserialize)]
    struct Wire {
        year: i32,
        month: Month,
        day: u8,
        rule: Rule,
    }

    impl Serialize for BanglaDate {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            Wire { year: self.year, month: self.month, day: self.day, rule: self.rule }.serialize(s)
        }
    }

    /// Deserializing validates like [`BanglaDate::new`].
    impl<'de> Deserialize<'de> for BanglaDate {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<BanglaDate, D::Error> {
            let w = Wire::deserialize(d)?;
            BanglaDate::new(w.year, w.month, w.day, w.rule).map_err(de::Error::custom)
        }
    }

    impl Serialize for Rule {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.name())
        }
    }

    impl<'de> Deserialize<'de> for Rule {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Rule, D::Error> {
            let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
            name.parse().map_err(de::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrono_year_limits() {
        assert_eq!(NaiveDate::MIN.year(), CHRONO_MIN_YEAR);
        assert_eq!(NaiveDate::MAX.year(), CHRONO_MAX_YEAR);
    }
}

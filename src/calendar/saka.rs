//! The Indian national calendar (Śaka era, শকাব্দ), both ways with chrono's [`NaiveDate`].
//!
//! Pure arithmetic, as adopted on 22 March 1957 (= 1 Chaitra 1879 Śaka) on the Calendar Reform
//! Committee's recommendation:
//!
//! | month | Bengali name | days | starts (Gregorian) |
//! |---|---|---|---|
//! | 1 Chaitra | চৈত্র | 30, 31 in a leap year | 22 March (21 March in a leap year) |
//! | 2 Vaisakha | বৈশাখ | 31 | 21 April |
//! | 3 Jyaistha | জ্যৈষ্ঠ | 31 | 22 May |
//! | 4 Asadha | আষাঢ় | 31 | 22 June |
//! | 5 Sravana | শ্রাবণ | 31 | 23 July |
//! | 6 Bhadra | ভাদ্র | 31 | 23 August |
//! | 7 Asvina | আশ্বিন | 30 | 23 September |
//! | 8 Kartika | কার্তিক | 30 | 23 October |
//! | 9 Agrahayana | অগ্রহায়ণ | 30 | 22 November |
//! | 10 Pausa | পৌষ | 30 | 22 December |
//! | 11 Magha | মাঘ | 30 | 21 January |
//! | 12 Phalguna | ফাল্গুন | 30 | 20 February |
//!
//! The Śaka year is the Gregorian year − 78 from 1 Chaitra on (− 79 before it), and it is leap
//! when that Gregorian year (Śaka + 78) is. 1 Chaitra is always the 81st day of the Gregorian
//! year (22 March, or 21 March after a 29 February).
//!
//! The month *names* are the Bangabda ones, but Śaka month 1 is চৈত্র (Bangabda month 12), and
//! the same name falls on other days: ১২ পৌষ ১৯৪৭ শকাব্দ is 2 January 2026, which is 18 or 19
//! পৌষ ১৪৩২ বঙ্গাব্দ. A year near 1947 with পৌষ is Śaka, one near 1432 Bangabda.
//!
//! Sources: Wikipedia, "Indian national calendar" (month table with lengths and Gregorian start
//! dates; adoption on 22 March 1957 = 1 Chaitra 1879); Report of the Calendar Reform Committee,
//! Government of India, 1955; ICU/CLDR `bn` Indian calendar, which prints 2 January 2026 as
//! `১২ পৌষ, ১৯৪৭ সাল`.
//!
//! ```
//! use bangla_date::SakaDate;
//! use chrono::NaiveDate;
//!
//! let jan2 = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
//! let saka = SakaDate::from_gregorian(jan2)?;
//! assert_eq!((saka.year(), saka.month(), saka.day()), (1947, 10, 12));
//! assert_eq!(saka.to_string(), "১২ পৌষ, ১৯৪৭ শকাব্দ");
//! assert_eq!(saka.to_gregorian(), jan2);
//! # Ok::<(), bangla_date::Error>(())
//! ```

use core::fmt;

use chrono::{Datelike, NaiveDate};

use super::Month;
use super::bangladesh::is_gregorian_leap;
use crate::digits::bengali;
use crate::error::{Error, ErrorKind};
use crate::types::CalendarMonth;

/// Gregorian year = Śaka year + 78 from 1 Chaitra to 31 December.
const GREGORIAN_OFFSET: i32 = 78;

/// 1 Chaitra is day 81 of the Gregorian year: 31 + 28 + 22, or 31 + 29 + 21.
const CHAITRA_1_ORDINAL: u32 = 81;

/// Days from 1 Vaisakha to the end of Bhadra: five months of 31.
const LONG_MONTHS_DAYS: u16 = 5 * 31;

/// Romanised month names (Wikipedia, "Indian national calendar", without diacritics).
const ROMAN: [&str; 12] = [
    "Chaitra",
    "Vaisakha",
    "Jyaistha",
    "Asadha",
    "Sravana",
    "Bhadra",
    "Asvina",
    "Kartika",
    "Agrahayana",
    "Pausa",
    "Magha",
    "Phalguna",
];

/// A date of the Indian national (Śaka) calendar: a year of the Śaka era, a month 1..=12
/// (1 = Chaitra) and a day.
///
/// Always valid: [`SakaDate::new`] checks the day against the month's length and the year
/// against [`SakaDate::MIN_YEAR`]..=[`SakaDate::MAX_YEAR`] (the years chrono can represent
/// every day of), so [`SakaDate::to_gregorian`] cannot fail. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SakaDate {
    year: i32,
    month: u8,
    day: u8,
}

impl SakaDate {
    /// The first supported year: it begins on the first 1 Chaitra chrono can represent.
    pub const MIN_YEAR: i32 = -262_143 - GREGORIAN_OFFSET;
    /// The last supported year: its Phalguna ends in the last year chrono can represent.
    pub const MAX_YEAR: i32 = 262_142 - GREGORIAN_OFFSET - 1;

    /// The date `day` of month `month` (1 = Chaitra … 12 = Phalguna) of Śaka `year`.
    ///
    /// # Errors
    ///
    /// - [`ErrorKind::YearOutOfRange`] when `year` is outside `MIN_YEAR..=MAX_YEAR`;
    /// - [`ErrorKind::MonthOutOfRange`] when `month` is outside 1..=12;
    /// - [`ErrorKind::DayOutOfRange`] when `day` is 0 or past the month's end.
    ///
    /// # Example
    ///
    /// ```
    /// use bangla_date::{ErrorKind, SakaDate};
    ///
    /// // 1946 Śaka is leap (2024 is), so Chaitra has 31 days; 1947 is not.
    /// assert!(SakaDate::new(1946, 1, 31).is_ok());
    /// let err = SakaDate::new(1947, 1, 31).unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::DayOutOfRange { day: 31, max: 30, .. }));
    /// assert_eq!(
    ///     err.to_string(),
    ///     "day 31 is out of range for চৈত্র (Saka month 1) 1947, which has 30 days (expected 1..=30)",
    /// );
    /// ```
    pub fn new(year: i32, month: u8, day: u8) -> Result<SakaDate, Error> {
        if !(SakaDate::MIN_YEAR..=SakaDate::MAX_YEAR).contains(&year) {
            return Err(Error::new(ErrorKind::YearOutOfRange {
                year: year.into(),
                min: SakaDate::MIN_YEAR.into(),
                max: SakaDate::MAX_YEAR.into(),
            }));
        }
        if !(1..=12).contains(&month) {
            return Err(Error::new(ErrorKind::MonthOutOfRange { month: month.into() }));
        }
        let max = days_in_month(year, month);
        if day < 1 || day > max {
            return Err(Error::new(ErrorKind::DayOutOfRange {
                day: day.into(),
                month: CalendarMonth::Saka { month, name: month_bengali(month) },
                year: Some(year.into()),
                max,
            }));
        }
        Ok(SakaDate { year, month, day })
    }

    /// The Śaka date of a Gregorian day.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] for the days at either end of chrono's range that belong to a
    /// Śaka year chrono cannot represent whole: before 1 Chaitra of its first year, and from
    /// 1 Chaitra of its last year on.
    ///
    /// ```
    /// use bangla_date::SakaDate;
    /// use chrono::NaiveDate;
    ///
    /// // The national calendar was adopted on 22 March 1957 = 1 Chaitra 1879.
    /// let d = SakaDate::from_gregorian(NaiveDate::from_ymd_opt(1957, 3, 22).unwrap())?;
    /// assert_eq!((d.year(), d.month(), d.day()), (1879, 1, 1));
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn from_gregorian(date: NaiveDate) -> Result<SakaDate, Error> {
        let gregorian_year = date.year();
        let ordinal = date.ordinal();
        let (year, day_of_year) = if ordinal >= CHAITRA_1_ORDINAL {
            (gregorian_year - GREGORIAN_OFFSET, (ordinal - CHAITRA_1_ORDINAL) as u16)
        } else {
            // The year began on day 81 of the previous Gregorian year, which has 365 or 366
            // days: 285 or 286 of them are from 1 Chaitra on.
            let previous_len = 365 + u32::from(is_gregorian_leap(gregorian_year - 1));
            (
                gregorian_year - GREGORIAN_OFFSET - 1,
                (ordinal - 1 + previous_len + 1 - CHAITRA_1_ORDINAL) as u16,
            )
        };
        if !(SakaDate::MIN_YEAR..=SakaDate::MAX_YEAR).contains(&year) {
            return Err(Error::new(ErrorKind::OutOfRange {
                date,
                min: SakaDate::MIN.to_gregorian(),
                max: SakaDate::MAX.to_gregorian(),
            }));
        }
        let chaitra = 30 + u16::from(SakaDate::is_leap_year(year));
        let (month, day) = if day_of_year < chaitra {
            (1, day_of_year)
        } else if day_of_year < chaitra + LONG_MONTHS_DAYS {
            let x = day_of_year - chaitra;
            (2 + x / 31, x % 31)
        } else {
            let x = day_of_year - chaitra - LONG_MONTHS_DAYS;
            (7 + x / 30, x % 30)
        };
        Ok(SakaDate { year, month: month as u8, day: day as u8 + 1 })
    }

    /// The Gregorian day of this date.
    ///
    /// ```
    /// use bangla_date::SakaDate;
    /// let d = SakaDate::new(1948, 1, 1)?;
    /// assert_eq!(d.to_gregorian().to_string(), "2026-03-22");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn to_gregorian(self) -> NaiveDate {
        let chaitra = 30 + u32::from(SakaDate::is_leap_year(self.year));
        let month = u32::from(self.month);
        let before = match month {
            1 => 0,
            2..=6 => chaitra + 31 * (month - 2),
            _ => chaitra + u32::from(LONG_MONTHS_DAYS) + 30 * (month - 7),
        };
        let day_of_year = before + u32::from(self.day) - 1;
        let gregorian_year = self.year + GREGORIAN_OFFSET;
        let ordinal = CHAITRA_1_ORDINAL + day_of_year;
        let year_len = 365 + u32::from(is_gregorian_leap(gregorian_year));
        let date = if ordinal <= year_len {
            NaiveDate::from_yo_opt(gregorian_year, ordinal)
        } else {
            NaiveDate::from_yo_opt(gregorian_year + 1, ordinal - year_len)
        };
        // A validated date is in range (a unit test covers both ends of the range).
        debug_assert!(date.is_some(), "SakaDate's constructor keeps the year in chrono's range");
        date.unwrap_or(NaiveDate::MAX)
    }

    /// The year of the Śaka era.
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 (Chaitra) to 12 (Phalguna).
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The number of days in this date's month.
    pub fn days_in_month(self) -> u8 {
        days_in_month(self.year, self.month)
    }

    /// Whether Śaka `year` is leap (Chaitra has 31 days): when Gregorian year `year + 78` is.
    ///
    /// ```
    /// use bangla_date::SakaDate;
    /// assert!(SakaDate::is_leap_year(1946)); // 2024
    /// assert!(!SakaDate::is_leap_year(2022)); // 2100
    /// ```
    pub const fn is_leap_year(year: i32) -> bool {
        is_gregorian_leap(year + GREGORIAN_OFFSET)
    }

    /// The Bengali month name: `পৌষ` for month 10.
    pub fn month_bengali(self) -> &'static str {
        month_bengali(self.month)
    }

    /// The romanised month name: `Pausa` for month 10.
    pub fn month_roman(self) -> &'static str {
        ROMAN.get(usize::from(self.month).wrapping_sub(1)).copied().unwrap_or_default()
    }

    /// The Bangabda [`Month`] with the same name (Śaka month 1, চৈত্র, is [`Month::Choitro`]).
    /// Only the name is shared: the months fall on other days.
    ///
    /// ```
    /// use bangla_date::{Month, SakaDate};
    /// assert_eq!(SakaDate::new(1947, 1, 1)?.same_named_month(), Month::Choitro);
    /// assert_eq!(SakaDate::new(1947, 10, 12)?.same_named_month(), Month::Poush);
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn same_named_month(self) -> Month {
        same_named_month(self.month)
    }

    /// A value that displays this date in ASCII: `12 Pausa 1947 Saka`.
    ///
    /// ```
    /// use bangla_date::SakaDate;
    /// assert_eq!(SakaDate::new(1947, 10, 12)?.roman().to_string(), "12 Pausa 1947 Saka");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn roman(self) -> SakaRoman {
        SakaRoman(self)
    }

    /// The first supported date, 1 Chaitra of [`SakaDate::MIN_YEAR`].
    pub const MIN: SakaDate = SakaDate { year: SakaDate::MIN_YEAR, month: 1, day: 1 };

    /// The last supported date, 30 Phalguna of [`SakaDate::MAX_YEAR`].
    pub const MAX: SakaDate = SakaDate { year: SakaDate::MAX_YEAR, month: 12, day: 30 };
}

/// Śaka month `month` (1 = Chaitra) → the Bangabda month of the same name.
fn same_named_month(month: u8) -> Month {
    // Śaka 1 = Choitro (12), 2 = Boishakh (1), … 12 = Falgun (11).
    let index = (usize::from(month) + 10) % 12;
    Month::ALL.get(index).copied().unwrap_or(Month::Choitro)
}

fn month_bengali(month: u8) -> &'static str {
    same_named_month(month).bengali()
}

/// Days in month `month` (1..=12) of Śaka `year`.
fn days_in_month(year: i32, month: u8) -> u8 {
    month_length(month, SakaDate::is_leap_year(year))
}

/// Days in month `month` (1..=12) of a leap or common year.
const fn month_length(month: u8, leap: bool) -> u8 {
    match month {
        1 if leap => 31,
        2..=6 => 31,
        _ => 30,
    }
}

impl SakaDate {
    /// The most days month `month` (1..=12) has in any year, for a date written without one.
    pub(crate) const fn longest_month(month: u8) -> u8 {
        month_length(month, true)
    }
}

/// Bengali digits and month name, then the era word, after ICU's `bn` pattern
/// (`১২ পৌষ, ১৯৪৭ সাল`) but with শকাব্দ, which says which calendar is meant:
/// `১২ পৌষ, ১৯৪৭ শকাব্দ`.
impl fmt::Display for SakaDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}, {} শকাব্দ", bengali(self.day), self.month_bengali(), bengali(self.year))
    }
}

/// Displays a [`SakaDate`] in ASCII; see [`SakaDate::roman`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SakaRoman(SakaDate);

impl fmt::Display for SakaRoman {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} Saka", self.0.day, self.0.month_roman(), self.0.year)
    }
}

impl From<SakaDate> for NaiveDate {
    fn from(date: SakaDate) -> NaiveDate {
        date.to_gregorian()
    }
}

/// Deserializing validates like [`SakaDate::new`]; the wire form is
/// `{"year": …, "month": …, "day": …}`.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for SakaDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<SakaDate, D::Error> {
        super::deserialize_ymd(d, SakaDate::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// (Gregorian, Śaka y/m/d), each with its source.
    #[test]
    fn reference_dates() {
        let rows = [
            // ICU/CLDR bn Indian calendar: 2 Jan 2026 → "১২ পৌষ, ১৯৪৭ সাল" (DOMAIN §1).
            (ymd(2026, 1, 2), (1947, 10, 12)),
            // Brief / rule: 22 March 2026 = 1 Chaitra 1948 (2026 is not leap).
            (ymd(2026, 3, 22), (1948, 1, 1)),
            (ymd(2026, 3, 21), (1947, 12, 30)),
            // Wikipedia "Indian national calendar": adopted 1 Chaitra 1879 = 22 March 1957.
            (ymd(1957, 3, 22), (1879, 1, 1)),
            // Leap year: 1 Chaitra = 21 March (2024, Śaka 1946), Chaitra has 31 days.
            (ymd(2024, 3, 21), (1946, 1, 1)),
            (ymd(2024, 3, 20), (1945, 12, 30)),
            (ymd(2024, 4, 20), (1946, 1, 31)),
            (ymd(2024, 4, 21), (1946, 2, 1)),
            // 2100 is not a Gregorian leap year, so Śaka 2022 is not leap.
            (ymd(2100, 3, 22), (2022, 1, 1)),
            (ymd(2000, 3, 21), (1922, 1, 1)),
        ];
        for (g, (y, m, d)) in rows {
            let s = SakaDate::new(y, m, d).unwrap();
            assert_eq!(SakaDate::from_gregorian(g).unwrap(), s, "{g}");
            assert_eq!(s.to_gregorian(), g, "{}", s.roman());
        }
    }

    /// Wikipedia "Indian national calendar": each month's Gregorian start, in a common year
    /// (1947 Śaka: 22 Mar 2025 … 21 Mar 2026) and a leap one (1946: 21 Mar 2024 …).
    #[test]
    fn month_starts() {
        let starts = [
            (3, 22),
            (4, 21),
            (5, 22),
            (6, 22),
            (7, 23),
            (8, 23),
            (9, 23),
            (10, 23),
            (11, 22),
            (12, 22),
            (1, 21),
            (2, 20),
        ];
        for (year, greg_year) in [(1947, 2025), (1946, 2024)] {
            for (i, (m, d)) in starts.into_iter().enumerate() {
                let gy = if m < 3 { greg_year + 1 } else { greg_year };
                let d = if i == 0 && year == 1946 { 21 } else { d };
                let s = SakaDate::new(year, i as u8 + 1, 1).unwrap();
                assert_eq!(s.to_gregorian(), ymd(gy, m, d), "{}", s.roman());
            }
        }
    }

    /// Every day of 0001-01-01..=9999-12-31: Gregorian → Śaka → Gregorian is the identity,
    /// and consecutive days step through the calendar by one day.
    #[test]
    fn exhaustive_round_trip() {
        let mut date = ymd(1, 1, 1);
        let end = ymd(9999, 12, 31);
        let mut prev = SakaDate::from_gregorian(date).unwrap();
        assert_eq!((prev.year, prev.month, prev.day), (-78, 10, 11));
        let mut count = 1u32;
        while date < end {
            date = date.succ_opt().unwrap();
            let s = SakaDate::from_gregorian(date).unwrap();
            assert_eq!(s.to_gregorian(), date);
            let expected = if prev.day < prev.days_in_month() {
                (prev.year, prev.month, prev.day + 1)
            } else if prev.month < 12 {
                (prev.year, prev.month + 1, 1)
            } else {
                (prev.year + 1, 1, 1)
            };
            assert_eq!((s.year, s.month, s.day), expected, "{date}");
            assert!(prev < s);
            prev = s;
            count += 1;
        }
        assert_eq!(count, 3_652_059);
    }

    #[test]
    fn range_ends() {
        assert_eq!(SakaDate::MIN.to_gregorian(), ymd(-262_143, 3, 22));
        let last = SakaDate::new(SakaDate::MAX_YEAR, 12, 30).unwrap();
        assert_eq!(last.to_gregorian(), ymd(262_142, 3, 21));
        assert_eq!(SakaDate::MAX, last);
        assert_eq!(SakaDate::from_gregorian(ymd(262_142, 3, 21)).unwrap(), last);
        assert_eq!(SakaDate::from_gregorian(ymd(-262_143, 3, 22)).unwrap(), SakaDate::MIN);
        for outside in [NaiveDate::MIN, ymd(-262_143, 3, 21), ymd(262_142, 3, 22), NaiveDate::MAX] {
            let err = SakaDate::from_gregorian(outside).unwrap_err();
            assert!(matches!(err.kind(), ErrorKind::OutOfRange { .. }), "{outside}");
        }
        assert_eq!(
            SakaDate::from_gregorian(NaiveDate::MAX).unwrap_err().to_string(),
            "+262142-12-31 is outside the range this calendar can convert (expected -262143-03-22..=+262142-03-21)"
        );
    }

    /// Error kinds and their exact messages.
    #[test]
    fn errors() {
        let rows: [((i32, u8, u8), &str); 5] = [
            (
                (1947, 1, 31),
                "day 31 is out of range for চৈত্র (Saka month 1) 1947, which has 30 days (expected 1..=30)",
            ),
            (
                (1947, 7, 31),
                "day 31 is out of range for আশ্বিন (Saka month 7) 1947, which has 30 days (expected 1..=30)",
            ),
            (
                (1947, 2, 0),
                "day 0 is out of range for বৈশাখ (Saka month 2) 1947, which has 31 days (expected 1..=31)",
            ),
            ((1947, 13, 1), "month 13 is out of range (expected 1..=12)"),
            ((i32::MAX, 1, 1), "year 2147483647 is out of range (expected -262221..=262063)"),
        ];
        for ((y, m, d), message) in rows {
            let err = SakaDate::new(y, m, d).unwrap_err();
            assert_eq!(err.to_string(), message);
            assert_eq!(err.span(), None);
        }
        assert!(matches!(
            SakaDate::new(1947, 13, 1).unwrap_err().kind(),
            ErrorKind::MonthOutOfRange { month: 13 }
        ));
    }

    #[test]
    fn names() {
        let bengali: Vec<&str> =
            (1..=12).map(|m| SakaDate::new(1947, m, 1).unwrap().month_bengali()).collect();
        assert_eq!(bengali[0], "চৈত্র");
        assert_eq!(bengali[1], "বৈশাখ");
        assert_eq!(bengali[9], "পৌষ");
        assert_eq!(bengali[11], "ফাল্গুন");
        assert_eq!(SakaDate::new(1947, 4, 1).unwrap().month_roman(), "Asadha");
        assert_eq!(
            SakaDate::new(1947, 9, 5).unwrap().to_string(),
            "৫ অগ্রহা\u{09AF}\u{09BC}ণ, ১৯৪৭ শকাব্দ"
        );
    }
}

#[cfg(all(test, feature = "serde"))]
mod serde_tests {
    use super::SakaDate;
    use crate::HijriDate;

    #[test]
    fn round_trip_and_validation() {
        let s = SakaDate::new(1947, 10, 12).unwrap();
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, r#"{"year":1947,"month":10,"day":12}"#);
        assert_eq!(serde_json::from_str::<SakaDate>(&json).unwrap(), s);
        assert!(serde_json::from_str::<SakaDate>(r#"{"year":1947,"month":1,"day":31}"#).is_err());
        let h = HijriDate::new(1447, 9, 1).unwrap();
        let json = serde_json::to_string(&h).unwrap();
        assert_eq!(serde_json::from_str::<HijriDate>(&json).unwrap(), h);
        assert!(serde_json::from_str::<HijriDate>(r#"{"year":1447,"month":13,"day":1}"#).is_err());
    }
}

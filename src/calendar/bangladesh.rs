//! The Bangladesh rules: fixed month lengths from 1 Boishakh = 14 April.
//!
//! | month | 2019 revision | 1987 rule | 2019 start | 1987 start |
//! |---|---|---|---|---|
//! | Boishakh–Bhadro (1–5) | 31 | 31 | 14 Apr … 16 Aug | same |
//! | Ashwin (6) | 31 | 30 | 16 Sep | 16 Sep |
//! | Kartik–Magh (7–10) | 30 | 30 | 17 Oct, 16 Nov, 16 Dec, 15 Jan | 16 Oct, 15 Nov, 15 Dec, 14 Jan |
//! | Falgun (11) | 29, 30 in a leap year | 30, 31 in a leap year | 14 Feb | 13 Feb |
//! | Choitro (12) | 30 | 30 | 15 Mar | 15 Mar |
//!
//! "Leap year" means the Gregorian year Bangabda + 594, whose February lies inside Falgun, by the
//! Gregorian rule (so 2100 is not leap; the Bangla Academy wording follows the Gregorian rule and
//! this crate does too, although one secondary source says "divisible by 4").
//!
//! Sources:
//! - 2019 revision: bdnews24.com, 17 Oct 2019, "Bangladesh reworks Bangla calendar to match
//!   national days with West" (21 Feb = 8 Falgun, 16 Dec = 1 Poush, 26 Mar = 12 Choitro; first
//!   changed day 31 Ashwin 1426 = 16 Oct 2019); Daily Bangladesh, 17 Oct 2019; cni.news,
//!   14 Feb 2020 (Pohela Falgun on 14 Feb "instead of February 13").
//! - 1987 rule: Bangla Academy, after the Shahidullah committee (1966); bdnews24 2019: "In the old
//!   Bangla calendar, Feb 21 fell on Falgun 9".
//!
//! Both rules share 1 Boishakh = 14 April, so the year and the day of the year (0-based from
//! 1 Boishakh) are computed once from chrono's ordinal, and only the split into months differs.

use chrono::{Datelike, NaiveDate};

use super::{GREGORIAN_OFFSET, Month};

/// The last Bangabda year reckoned by the 1987 rule in [`Rule::BangladeshHistorical`](super::Rule::BangladeshHistorical).
pub const LAST_YEAR_OF_1987_RULE: i32 = 1425;

/// The first Bangabda year reckoned by the 1987 rule in [`Rule::BangladeshHistorical`](super::Rule::BangladeshHistorical): before
/// it, Bangladesh (like all Bengal) dated by the traditional almanac, read here by the Surya
/// Siddhanta rule ([`Rule::WestBengalSuryaSiddhanta`](super::Rule::WestBengalSuryaSiddhanta)).
///
/// Sources say the Bangla Academy rule was "officially adopted in Bangladesh in 1987"
/// (en.wikipedia "Bengali calendars"; bn.wikipedia বঙ্গাব্দ, "১৯৮৭ সালে গৃহীত"); no circular
/// naming the day could be found, so the switch is taken at the first new year of 1987,
/// 1 Boishakh 1394 = 14 April 1987. Dates before it follow the almanac, as the famous ones
/// do: 21 Feb 1952 = 8 Falgun 1358 (bn.wikipedia; the 1987 rule gives 9), the Constitution's
/// "eighteenth day of Kartick, 1379 B.S., corresponding to the fourth day of November, 1972"
/// (the 1987 rule gives 20), Nazrul's death 12 Bhadro 1383 = 29 Aug 1976 (the 1987 rule
/// gives 14), 16 Dec 1971 = 1 Poush 1378 (bdnews24, 17 Oct 2019).
pub const FIRST_YEAR_OF_1987_RULE: i32 = 1394;

/// Ordinal (1-based) of 14 April in a common year: 31 + 28 + 31 + 14.
const APRIL_14_ORDINAL: u32 = 104;

/// A date before 14 April has 0-based day-of-year `ordinal + 261` in the Bangabda year that began
/// the previous April: that April 14 to December 31 is 262 days whether or not the year is leap.
const DAYS_BEFORE_JANUARY: u32 = 365 - APRIL_14_ORDINAL;

pub(crate) const fn is_gregorian_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The Bangabda year and 0-based day of the year of a Gregorian day (same for every Bangladesh
/// rule).
#[inline]
pub(crate) fn year_and_day(date: NaiveDate) -> (i32, u16) {
    let year = date.year();
    let ordinal = date.ordinal();
    let new_year = APRIL_14_ORDINAL + u32::from(is_gregorian_leap(year));
    if ordinal >= new_year {
        (year - GREGORIAN_OFFSET, (ordinal - new_year) as u16)
    } else {
        (year - GREGORIAN_OFFSET - 1, (ordinal + DAYS_BEFORE_JANUARY) as u16)
    }
}

/// The Gregorian day that is day `day_of_year` (0-based) of Bangabda `year`.
///
/// `year` must be in `BanglaDate::MIN_YEAR..=MAX_YEAR` and `day_of_year` inside that year, which
/// keeps the result within chrono's range.
#[inline]
pub(crate) fn gregorian_of(year: i32, day_of_year: u16) -> NaiveDate {
    let g = year + GREGORIAN_OFFSET;
    let leap = is_gregorian_leap(g);
    let ordinal = APRIL_14_ORDINAL + u32::from(leap) + u32::from(day_of_year);
    let days_in_g = 365 + u32::from(leap);
    let (gy, ord) = if ordinal > days_in_g { (g + 1, ordinal - days_in_g) } else { (g, ordinal) };
    let date = NaiveDate::from_yo_opt(gy, ord);
    debug_assert!(date.is_some(), "callers pass a year in range and a day inside it");
    date.unwrap_or(NaiveDate::MIN)
}

/// The month lengths of one Bangabda year under one fixed rule, in the form both rules share:
/// `long` months of 31 days, then 30-day months up to Magh, then Falgun of `falgun` days, then
/// Choitro of 30.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Layout {
    long: u16,
    falgun: u16,
}

/// Index of Falgun, 0-based.
const FALGUN: u16 = 10;

/// One of the two fixed Bangladesh rules; the historical mode picks one per year, and the West
/// Bengal rules are not among them (they have no fixed layout).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fixed {
    /// [`Rule::Bangladesh2019`](super::Rule::Bangladesh2019).
    Revised2019,
    /// [`Rule::BanglaAcademy1987`](super::Rule::BanglaAcademy1987).
    Academy1987,
}

impl Layout {
    /// The layout of Bangabda `year` under `rule`.
    pub(crate) fn of(rule: Fixed, year: i32) -> Layout {
        let leap = u16::from(is_gregorian_leap(year + GREGORIAN_OFFSET + 1));
        match rule {
            Fixed::Academy1987 => Layout { long: 5, falgun: 30 + leap },
            Fixed::Revised2019 => Layout { long: 6, falgun: 29 + leap },
        }
    }

    pub(crate) fn days_in(self, month: Month) -> u8 {
        let m = month.index() as u16;
        let days = if m < self.long {
            31
        } else if m < FALGUN {
            30
        } else if m == FALGUN {
            self.falgun
        } else {
            30
        };
        days as u8
    }

    /// 0-based day of the year of `day month` (day assumed valid).
    pub(crate) fn day_of_year(self, month: Month, day: u8) -> u16 {
        let m = month.index() as u16;
        let before = if m <= self.long {
            31 * m
        } else if m <= FALGUN {
            31 * self.long + 30 * (m - self.long)
        } else {
            31 * self.long + 30 * (FALGUN - self.long) + self.falgun
        };
        before + u16::from(day) - 1
    }

    /// Month and day (1-based) of the 0-based day of the year.
    pub(crate) fn month_and_day(self, day_of_year: u16) -> (Month, u8) {
        let long_days = 31 * self.long;
        let (index, day) = if day_of_year < long_days {
            (day_of_year / 31, day_of_year % 31)
        } else {
            let x = day_of_year - long_days;
            let short_days = 30 * (FALGUN - self.long);
            if x < short_days {
                (self.long + x / 30, x % 30)
            } else {
                let y = x - short_days;
                if y < self.falgun { (FALGUN, y) } else { (FALGUN + 1, y - self.falgun) }
            }
        };
        // `day_of_year` is inside the year, so `index` is at most 11 (Choitro).
        debug_assert!(index <= 11, "day {day_of_year} is past the end of the year");
        let month = Month::ALL.get(usize::from(index)).copied().unwrap_or(Month::Choitro);
        (month, day as u8 + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_have_365_or_366_days() {
        for rule in [Fixed::Revised2019, Fixed::Academy1987] {
            for year in [1425, 1426, 1430, 1431, 1506, 1507] {
                let layout = Layout::of(rule, year);
                let total: u16 = Month::ALL.iter().map(|&m| u16::from(layout.days_in(m))).sum();
                let expected = 365 + u16::from(is_gregorian_leap(year + 594));
                assert_eq!(total, expected, "{rule:?} {year}");
            }
        }
    }
}

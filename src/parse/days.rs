//! The one check of every written day against its month, for all four calendars.
//!
//! The grammar reads a day as a number and does not judge it; the resolver runs this once, as
//! soon as the Gregorian year is settled (a two-digit year gets its century first) and before
//! any calendar is converted, so that "day out of range" is raised in one phase, as one
//! [`ErrorKind::DayOutOfRange`], with one span convention: the whole written date (day, month
//! and year), however it was written (`৩২ জানুয়ারি`, `32/01/2026`, `২০২৬ সালের ৩২ জানুয়ারি`).
//!
//! A date written without a year is checked against the longest its month can be (29 February;
//! a Bangabda month's longest under any rule). With a year, the Gregorian day is checked
//! exactly here, and the Bangabda day is checked under the parser's rule when it is converted
//! (it may belong to another rule, which the resolver then reports as a warning).

use crate::calendar::hijri::HijriDate;
use crate::calendar::saka::SakaDate;
use crate::calendar::{MAX_DAYS_IN_ANY_RULE, Month};
use crate::error::{Error, ErrorKind};
use crate::types::CalendarMonth;

use super::grammar::Chain;

/// Check every day written in `chain` against its month; `gregorian_year` is the year of the
/// Gregorian date as resolved (a two-digit year has its century by then).
///
/// # Errors
///
/// [`ErrorKind::DayOutOfRange`] with the span of the written date, for the first part (in the
/// order Gregorian, Bangabda, Śaka, Hijri) whose day does not exist.
pub(crate) fn check(chain: &Chain, gregorian_year: Option<i32>) -> Result<(), Error> {
    if let Some(g) = &chain.greg {
        if let (Some(day), Ok(month)) = (g.day, chrono::Month::try_from(g.month)) {
            // Without a year, February may have 29 days: check in a leap year.
            let max = month.num_days(gregorian_year.unwrap_or(2000));
            debug_assert!(max.is_some(), "written years have at most four digits");
            let max = max.unwrap_or(31);
            out_of_range(day, max, CalendarMonth::Gregorian(month), gregorian_year, &g.span)?;
        }
    }
    if let Some(b) = &chain.bangla {
        let month = CalendarMonth::Bangabda { month: b.month, rule: None };
        out_of_range(b.day, MAX_DAYS_IN_ANY_RULE, month, b.year, &b.span)?;
    }
    if let Some(s) = &chain.saka {
        let number = saka_month(s.month);
        let month = CalendarMonth::Saka { month: number, name: s.month.bengali() };
        out_of_range(s.day, SakaDate::longest_month(number), month, s.year, &s.span)?;
    }
    if let Some(h) = &chain.hijri {
        if let Some(name) = HijriDate::month_name(h.month) {
            let month = CalendarMonth::Hijri { month: h.month, name };
            out_of_range(h.day, HijriDate::MAX_DAY, month, h.year, &h.span)?;
        }
    }
    Ok(())
}

fn out_of_range(
    day: u8,
    max: u8,
    month: CalendarMonth,
    year: Option<i32>,
    span: &core::ops::Range<usize>,
) -> Result<(), Error> {
    if (1..=max).contains(&day) {
        return Ok(());
    }
    Err(Error::at(
        ErrorKind::DayOutOfRange { day: day.into(), month, year: year.map(i64::from), max },
        span.clone(),
    ))
}

/// The Śaka month of a month name: Śaka months start from Chaitra, so চৈত্র is 1, বৈশাখ 2 …
/// ফাল্গুন 12.
pub(crate) fn saka_month(m: Month) -> u8 {
    m.number() % 12 + 1
}

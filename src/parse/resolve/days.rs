//! The day a date written without all of its parts falls on: the year of a yearless date (by
//! the reference, a weekday, a year written nearby, a Hijri or Bangabda year), the century of a
//! two-digit year, and a weekday counted from a day.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::calendar::hijri::HijriDate;
use crate::calendar::{BanglaDate, Rule};

use super::super::grammar::Chain;
use super::super::words::Era;
use super::super::{Parser, YearResolution};

/// Candidate years around `reference` for a yearless day-month, picked by `how`.
pub(crate) fn infer_year(
    month: u8,
    day: u8,
    reference: NaiveDate,
    how: YearResolution,
) -> Option<NaiveDate> {
    let y = reference.year();
    let candidates = [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day)));
    pick(candidates, reference, how, |d| *d)
}

/// Of `candidates` (one day in the years around `reference`), the one `how` picks: the nearest
/// (ties to the past), the latest on or before the reference, or the earliest on or after it.
pub(super) fn pick<T>(
    candidates: impl Iterator<Item = T>,
    reference: NaiveDate,
    how: YearResolution,
    gregorian: impl Fn(&T) -> NaiveDate,
) -> Option<T> {
    let offset = |c: &T| gregorian(c).signed_duration_since(reference).num_days();
    match how {
        YearResolution::Nearest => candidates.min_by_key(|c| (offset(c).abs(), offset(c) > 0)),
        YearResolution::Past => candidates.filter(|c| offset(c) <= 0).max_by_key(|c| offset(c)),
        YearResolution::Future => candidates.filter(|c| offset(c) >= 0).min_by_key(|c| offset(c)),
    }
}

/// How a yearless date in `chain` takes its year: `গত` looks back and `আগামী` forward,
/// whatever the parser's setting says.
pub(super) fn resolution(chain: &Chain, p: &Parser) -> YearResolution {
    match chain.direction {
        Some(d) if d < 0 => YearResolution::Past,
        Some(d) if d > 0 => YearResolution::Future,
        // Told in the past, what happened happened before the day of writing.
        _ if chain.told_past && p.year_resolution == YearResolution::Nearest => {
            YearResolution::Past
        }
        _ if chain.told_future && p.year_resolution == YearResolution::Nearest => {
            YearResolution::Future
        }
        _ => p.year_resolution,
    }
}

/// The one occurrence of `day month` within about six months of `reference` that falls on
/// `weekday`, if exactly one does.
pub(super) fn weekday_year(
    month: u8,
    day: u8,
    reference: NaiveDate,
    weekday: Weekday,
) -> Option<NaiveDate> {
    let y = reference.year();
    let mut found = [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day)))
        .filter(|d| d.weekday() == weekday)
        .filter(|d| d.signed_duration_since(reference).num_days().abs() <= 200);
    let first = found.next();
    if found.next().is_some() { None } else { first }
}

/// How far past the day of reading a text of unknown date may name a day: a notice names one
/// a few weeks ahead, rarely more (a page read later than that is older, and so are its days).
pub(super) const READ_AHEAD_DAYS: i64 = 30;

/// The latest `day month` up to [`READ_AHEAD_DAYS`] after `today`, within `years` years before
/// it, that `fits`.
fn latest_fitting(
    month: u8,
    day: u8,
    today: NaiveDate,
    years: i32,
    fits: impl Fn(NaiveDate) -> bool,
) -> Option<NaiveDate> {
    let latest = today.checked_add_signed(Duration::days(READ_AHEAD_DAYS))?;
    (latest.year() - years..=latest.year())
        .rev()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day)))
        .find(|&d| d <= latest && fits(d))
}

/// The latest `day month` read on `today` that falls on `weekday`, within 28 years (the
/// calendar's weekdays repeat every 28: a 29 February is found too).
pub(super) fn latest_weekday_year(
    month: u8,
    day: u8,
    today: NaiveDate,
    weekday: Weekday,
) -> Option<NaiveDate> {
    latest_fitting(month, day, today, 28, |d| d.weekday() == weekday)
}

/// The latest `day month` (Gregorian) read on `today`, within 40 years, on which the tabular
/// Hijri calendar's date is within two days of `hijri_day hijri_month` (sighting moves a printed
/// Hijri date a day or two from the table). The Hijri year is 11 days shorter, so a pairing
/// recurs only about every 33 years.
pub(super) fn hijri_paired_year(
    month: u8,
    day: u8,
    hijri_month: u8,
    hijri_day: u8,
    today: NaiveDate,
) -> Option<NaiveDate> {
    latest_fitting(month, day, today, 40, |date| {
        let estimate = HijriDate::from_gregorian_approx(date).estimate();
        // The written day in the estimate's Hijri year or a neighbour (a date near the Hijri
        // new year).
        (estimate.year() - 1..=estimate.year() + 1).any(|y| {
            HijriDate::new(y, hijri_month, hijri_day.min(29))
                .ok()
                .and_then(|w| w.to_gregorian_approx().ok())
                .is_some_and(|g| (g.estimate() - date).num_days().abs() <= 2)
        })
    })
}

/// The year of a two-digit year `yy` read on `reference`: within 94 years before to 5 after it
/// (a letter or deed is read after it was written, a notice's deadline soon after: `৪/৯/৩৭`
/// read in 2024 is 1937, `০৩-০৯-২৬` 2026).
pub(crate) fn century(yy: i32, reference: NaiveDate) -> i32 {
    let low = reference.year() - 94;
    let base = low - low.rem_euclid(100);
    let y = base + yy;
    if y < low { y + 100 } else { y }
}

/// The year of a two-digit year `yy` nearest a year written in full nearby.
pub(super) fn century_near(yy: i32, written: i32) -> i32 {
    let base = written - written.rem_euclid(100) + yy;
    [base - 100, base, base + 100].into_iter().min_by_key(|y| (y - written).abs()).unwrap_or(base)
}

/// The day `month`/`day` in the year `ty` names: that Gregorian year, or the one Gregorian day
/// with that month and day inside the Hijri or Bangabda year (a Hijri year is shorter than a
/// Gregorian one, so it holds each month and day at most once; a Bangabda year once, or, 366
/// days long, a day of mid-April twice, and then none is chosen).
pub(super) fn in_year_of(
    ty: &super::super::grammar::TextYear,
    month: u8,
    day: u8,
) -> Option<NaiveDate> {
    let on = |y: i32| NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day));
    let (start, end) = match ty.calendar {
        Era::Hijri => {
            let first = |y: i32| {
                HijriDate::new(y, 1, 1)
                    .and_then(HijriDate::to_gregorian_approx)
                    .ok()
                    .map(|a| a.estimate())
            };
            (first(ty.year)?, first(ty.year + 1)?)
        }
        Era::Bangla => {
            let first = |y: i32| {
                BanglaDate::new(y, crate::calendar::Month::Boishakh, 1, Rule::BangladeshHistorical)
                    .ok()
                    .map(BanglaDate::to_gregorian)
            };
            (first(ty.year)?, first(ty.year + 1)?)
        }
        _ => return on(ty.year),
    };
    // (A West Bengal year of 366 days may hold a day of April twice: then it names neither.)
    let mut inside =
        (start.year()..=end.year()).filter_map(on).filter(|d| (start..end).contains(d));
    let first = inside.next();
    if inside.next().is_some() { None } else { first }
}

/// The occurrence of a weekday nearest `reference` (ties to the past), or the latest on or
/// before it, or the earliest on or after it.
pub(super) fn weekday_near(
    reference: NaiveDate,
    w: Weekday,
    how: YearResolution,
) -> Option<NaiveDate> {
    let back =
        i64::from((reference.weekday().num_days_from_monday() + 7 - w.num_days_from_monday()) % 7);
    let ahead = (7 - back) % 7;
    let delta = match how {
        YearResolution::Past => -back,
        YearResolution::Future => ahead,
        YearResolution::Nearest if ahead < back => ahead,
        YearResolution::Nearest => -back,
    };
    reference.checked_add_signed(Duration::days(delta))
}

/// The occurrence of a yearless Bangabda day-month around `reference`, picked by `how`.
pub(super) fn infer_bangla_year(
    b: &super::super::grammar::BanglaParts,
    reference: NaiveDate,
    how: YearResolution,
    rule_for: impl Fn(i32) -> Rule,
) -> Option<BanglaDate> {
    let y = BanglaDate::from_gregorian(reference, rule_for(0)).ok()?.year();
    let candidates = [y - 1, y, y + 1].into_iter().filter_map(|y| {
        BanglaDate::from_parts(i64::from(y), b.month, i64::from(b.day), rule_for(y)).ok()
    });
    pick(candidates, reference, how, |d| d.to_gregorian())
}

/// The weekday `w` before (`dir < 0`) or after (`dir > 0`) `from`, never `from` itself; the one in
/// the same week for `dir == 0` (এই শনিবার).
pub(super) fn weekday_from(from: NaiveDate, w: Weekday, dir: i8) -> Option<NaiveDate> {
    let today = i64::from(from.weekday().num_days_from_monday());
    let target = i64::from(w.num_days_from_monday());
    let delta = match dir {
        d if d < 0 => match (today - target).rem_euclid(7) {
            0 => -7,
            back => -back,
        },
        d if d > 0 => match (target - today).rem_euclid(7) {
            0 => 7,
            ahead => ahead,
        },
        _ => target - today,
    };
    from.checked_add_signed(Duration::days(delta))
}

/// The weekday `w` of the week `weeks` after (before, if negative) the week of `from`
/// (`আগামী সপ্তাহের মঙ্গলবার`), and whether that day is sure. Bengali writes no week's first
/// day beside it: the almanac's week begins on রবিবার, Bangladesh's working week on Sunday
/// after a Friday–Saturday weekend, and wall calendars there often print শনিবার first. Where
/// a Saturday-first and a Sunday-first week put the day apart (the day of writing or the day
/// named is a Saturday), the Sunday-first one is given, and not as sure.
pub(super) fn weekday_of_week(from: NaiveDate, w: Weekday, weeks: i8) -> (Option<NaiveDate>, bool) {
    let on = |first: Weekday| {
        let into_week = |d: Weekday| {
            i64::from((d.num_days_from_monday() + 7 - first.num_days_from_monday()) % 7)
        };
        let delta = 7 * i64::from(weeks) - into_week(from.weekday()) + into_week(w);
        from.checked_add_signed(Duration::days(delta))
    };
    let sunday = on(Weekday::Sun);
    (sunday, sunday == on(Weekday::Sat))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_before_and_after() {
        let mon = NaiveDate::from_ymd_opt(2025, 12, 29).unwrap();
        assert_eq!(weekday_from(mon, Weekday::Sat, -1), NaiveDate::from_ymd_opt(2025, 12, 27));
        assert_eq!(weekday_from(mon, Weekday::Mon, -1), NaiveDate::from_ymd_opt(2025, 12, 22));
        assert_eq!(weekday_from(mon, Weekday::Sat, 1), NaiveDate::from_ymd_opt(2026, 1, 3));
        assert_eq!(weekday_from(mon, Weekday::Mon, 1), NaiveDate::from_ymd_opt(2026, 1, 5));
        assert_eq!(weekday_from(mon, Weekday::Sun, -1), NaiveDate::from_ymd_opt(2025, 12, 28));
    }

    #[test]
    fn weekdays_of_counted_weeks() {
        let day = |d| NaiveDate::from_ymd_opt(2025, 12, d);
        // Monday 29 December 2025: its week (Sunday first) is 28 December – 3 January.
        let mon = day(29).unwrap();
        assert_eq!(
            weekday_of_week(mon, Weekday::Tue, 1),
            (NaiveDate::from_ymd_opt(2026, 1, 6), true)
        );
        assert_eq!(weekday_of_week(mon, Weekday::Fri, -1), (day(26), true));
        assert_eq!(
            weekday_of_week(mon, Weekday::Thu, 0),
            (NaiveDate::from_ymd_opt(2026, 1, 1), true)
        );
        assert_eq!(weekday_of_week(mon, Weekday::Sun, 0), (day(28), true));
        // A Saturday ends a Sunday-first week and starts a Saturday-first one.
        assert_eq!(weekday_of_week(mon, Weekday::Sat, -1), (day(27), false));
        let sat = day(27).unwrap();
        assert_eq!(weekday_of_week(sat, Weekday::Mon, 1), (day(29), false));
        assert_eq!(
            weekday_of_week(sat, Weekday::Sat, 1),
            (NaiveDate::from_ymd_opt(2026, 1, 3), true)
        );
    }
}

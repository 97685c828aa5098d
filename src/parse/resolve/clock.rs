//! A clock time as written turned into a time of day: the half of the day a period word or a
//! meridiem gives it, and the warnings when neither says.

use chrono::NaiveTime;

use super::super::Warning;
use super::super::grammar::TimeParts;
use super::super::words::DayPeriod;

/// The hour on a 24-hour clock for `hour:minute` written with a day period: of `h` and `h + 12`,
/// the one that falls in (or nearest to) the period's range, and how far outside it that is.
pub(super) fn hour_in_period(h12: u32, period: DayPeriod) -> (u32, u32) {
    let (a, b) = period.hours();
    // Distance from an hour to `[a, b)`; a range that wraps past midnight (b > 24) also holds
    // the small hours, compared as 24..28.
    let distance = |c: u32| {
        let outside = |x: u32| if x < a { a - x } else { x.saturating_sub(b) };
        if b > 24 { outside(c).min(outside(c + 24)) } else { outside(c) }
    };
    let (c1, c2) = (h12, h12 + 12);
    let (d1, d2) = (distance(c1), distance(c2));
    if d1 <= d2 { (c1, d1) } else { (c2, d2) }
}

pub(super) struct ResolvedTime {
    pub(crate) time: NaiveTime,
    /// The time is written past midnight of the day named (hour 24).
    pub(crate) next_day: bool,
}

pub(super) fn resolve_time(t: &TimeParts, warnings: &mut Vec<Warning>) -> Option<ResolvedTime> {
    let hour = t.hour?;
    let total = i64::from(hour) * 60 + i64::from(t.minute);
    let (mut hh, mm) = (total.div_euclid(60) as u32, total.rem_euclid(60) as u32);
    match (t.meridiem, t.period) {
        (Some(pm), _) if (1..=12).contains(&hh) => {
            hh = match (pm, hh) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
        }
        (None, Some(period)) if hh <= 12 => {
            let (h, off) = hour_in_period(hh % 12, period);
            if off > 2 {
                warnings.push(Warning::PeriodMismatch { period, hour: h, span: t.span.clone() });
            }
            hh = h;
        }
        (None, None) if (1..=12).contains(&hh) && !t.clock24 => {
            warnings.push(Warning::MeridiemUnknown { span: t.span.clone() });
        }
        _ => {}
    }
    let next_day = hh >= 24;
    let time = NaiveTime::from_hms_opt(hh % 24, mm, t.second)?;
    Some(ResolvedTime { time, next_day })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_pick_the_cldr_hour() {
        let cases = [
            (3, DayPeriod::Night, 3),
            (9, DayPeriod::Night, 21),
            // Pages stretch রাত into the evening: রাত ৭টা is 19:00, রাত ৬টা 18:00.
            (7, DayPeriod::Night, 19),
            (6, DayPeriod::Night, 18),
            (5, DayPeriod::Night, 5),
            (0, DayPeriod::Night, 0),
            (1, DayPeriod::Noon, 13),
            (0, DayPeriod::Noon, 12),
            (4, DayPeriod::Afternoon, 16),
            (3, DayPeriod::Afternoon, 15),
            (6, DayPeriod::Evening, 18),
            (4, DayPeriod::Dawn, 4),
            (9, DayPeriod::Morning, 9),
            (11, DayPeriod::Daytime, 11),
            (0, DayPeriod::Daytime, 12),
            (3, DayPeriod::Daytime, 15),
        ];
        for (h, p, expected) in cases {
            assert_eq!(hour_in_period(h, p).0, expected, "{h} {p:?}");
        }
    }
}

//! The values of mentions that are not points in time: durations and recurrences.

use chrono::Weekday;

use crate::parse::Unit;

/// An ISO 8601 duration as written: only the units the text used are non-zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Duration {
    /// Years.
    pub years: u32,
    /// Months.
    pub months: u32,
    /// Weeks.
    pub weeks: u32,
    /// Days.
    pub days: u32,
    /// Hours.
    pub hours: u32,
    /// Minutes.
    pub minutes: u32,
    /// Seconds.
    pub seconds: u32,
}

impl Duration {
    pub(crate) fn add(&mut self, n: u32, unit: Unit) {
        let slot = match unit {
            Unit::Year => &mut self.years,
            Unit::Month => &mut self.months,
            Unit::Week => &mut self.weeks,
            Unit::Day => &mut self.days,
            Unit::Hour => &mut self.hours,
            Unit::Minute => &mut self.minutes,
            Unit::Second => &mut self.seconds,
        };
        *slot = slot.saturating_add(n);
    }

    /// The ISO 8601 form: `P3D`, `PT72H`, `P20Y9M`.
    pub fn iso(&self) -> String {
        let mut s = String::from("P");
        for (n, c) in [(self.years, 'Y'), (self.months, 'M'), (self.weeks, 'W'), (self.days, 'D')] {
            if n > 0 {
                s.push_str(&format!("{n}{c}"));
            }
        }
        if self.hours + self.minutes + self.seconds > 0 {
            s.push('T');
            for (n, c) in [(self.hours, 'H'), (self.minutes, 'M'), (self.seconds, 'S')] {
                if n > 0 {
                    s.push_str(&format!("{n}{c}"));
                }
            }
        }
        if s.len() == 1 {
            s.push_str("0D");
        }
        s
    }
}

/// A day that repeats: every such weekday, or the nth such weekday of every month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Recurrence {
    /// The weekday.
    pub weekday: Weekday,
    /// Which one of the month (1 = first, −1 = last); `None` for every week.
    pub nth_of_month: Option<i8>,
}

impl Recurrence {
    /// The TIMEX3 set value: `XXXX-WXX-5` (every Friday), `XXXX-XX-WXX-6` (a Saturday of every
    /// month; the ordinal is in [`Recurrence::nth_of_month`]).
    pub fn timex(&self) -> String {
        let n = self.weekday.number_from_monday();
        match self.nth_of_month {
            None => format!("XXXX-WXX-{n}"),
            Some(_) => format!("XXXX-XX-WXX-{n}"),
        }
    }
}

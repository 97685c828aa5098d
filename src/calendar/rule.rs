//! How each [`Rule`] reckons a Bangabda year: the month lengths and month starts of a year, by
//! fixed arithmetic (the Bangladesh rules) or by the West Bengal year tables, and the seams where
//! the historical rule changes reckoning.

use core::str::FromStr;

use chrono::NaiveDate;

use super::{Month, bangladesh, check_year, first_day, west_bengal};
use crate::error::Error;
use crate::types::Rule;

impl Rule {
    /// Whether this is one of the West Bengal (sidereal solar) rules, whose months follow the
    /// Sun and whose range is [`west_bengal::MIN_YEAR`]..=[`west_bengal::MAX_YEAR`].
    ///
    /// ```
    /// use bangla_date::Rule;
    /// assert!(Rule::WestBengalSuryaSiddhanta.is_west_bengal());
    /// assert!(!Rule::Bangladesh2019.is_west_bengal());
    /// ```
    pub const fn is_west_bengal(self) -> bool {
        west_bengal::Variant::of(self).is_some()
    }

    /// The fixed rule that decides dates of Bangabda `year`: the historical mode resolves to
    /// the traditional almanac ([`Rule::WestBengalSuryaSiddhanta`]) up to 1393, the 1987 rule
    /// from 1394 ([`bangladesh::FIRST_YEAR_OF_1987_RULE`]) to 1425, and the 2019 rule from
    /// 1426; the others are themselves. Before the almanac tables
    /// ([`west_bengal::MIN_YEAR`], 1799) the 1987 rule's arithmetic is applied proleptically.
    ///
    /// The last Choitro before a change of reckoning ends the day before the new reckoning's
    /// 1 Boishakh (Choitro 1393 has 30 days under `bd`, where the almanac gives it 31).
    ///
    /// ```
    /// use bangla_date::Rule;
    /// assert_eq!(Rule::BangladeshHistorical.in_year(1358), Rule::WestBengalSuryaSiddhanta);
    /// assert_eq!(Rule::BangladeshHistorical.in_year(1394), Rule::BanglaAcademy1987);
    /// assert_eq!(Rule::BangladeshHistorical.in_year(1425), Rule::BanglaAcademy1987);
    /// assert_eq!(Rule::BangladeshHistorical.in_year(1426), Rule::Bangladesh2019);
    /// ```
    pub const fn in_year(self, year: i32) -> Rule {
        match self {
            Rule::BangladeshHistorical
                if year >= west_bengal::MIN_YEAR && year < bangladesh::FIRST_YEAR_OF_1987_RULE =>
            {
                Rule::WestBengalSuryaSiddhanta
            }
            Rule::BangladeshHistorical if year <= bangladesh::LAST_YEAR_OF_1987_RULE => {
                Rule::BanglaAcademy1987
            }
            Rule::BangladeshHistorical => Rule::Bangladesh2019,
            other => other,
        }
    }

    /// The number of days of `month` in Bangabda `year` under this rule.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::YearOutOfRange`](crate::ErrorKind::YearOutOfRange) when `year` is outside [`BanglaDate::MIN_YEAR`](super::BanglaDate::MIN_YEAR)..=
    /// [`BanglaDate::MAX_YEAR`](super::BanglaDate::MAX_YEAR) (for a West Bengal rule, [`west_bengal::MIN_YEAR`]..=
    /// [`west_bengal::MAX_YEAR`]).
    ///
    /// ```
    /// use bangla_date::{Month, Rule};
    /// assert_eq!(Rule::Bangladesh2019.days_in_month(1432, Month::Falgun)?, 29);
    /// assert_eq!(Rule::Bangladesh2019.days_in_month(1430, Month::Falgun)?, 30); // Feb 2024
    /// assert_eq!(Rule::BanglaAcademy1987.days_in_month(1432, Month::Ashwin)?, 30);
    /// // West Bengal: Joishtho 1431 had 32 days, Joishtho 1433 will have 31.
    /// assert_eq!(Rule::WestBengalDrik.days_in_month(1431, Month::Joishtho)?, 32);
    /// assert_eq!(Rule::WestBengalDrik.days_in_month(1433, Month::Joishtho)?, 31);
    /// assert!(Rule::WestBengalDrik.days_in_month(1000, Month::Joishtho).is_err());
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn days_in_month(self, year: i32, month: Month) -> Result<u8, Error> {
        Ok(self.year_lengths(year.into())?.days_in(month))
    }

    /// The first day of each month of Bangabda `year` under this rule, Boishakh to Choitro,
    /// followed by 1 Boishakh of the next year (so month *i* has `starts[i + 1] - starts[i]`
    /// days).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::YearOutOfRange`](crate::ErrorKind::YearOutOfRange) outside the rule's range, as for
    /// [`Rule::days_in_month`].
    ///
    /// ```
    /// use bangla_date::Rule;
    ///
    /// let wb = Rule::WestBengalDrik.month_starts(1431)?;
    /// assert_eq!(wb[0].to_string(), "2024-04-14"); // 1 Boishakh 1431
    /// assert_eq!(wb[2].to_string(), "2024-06-16"); // Joishtho 1431 had 32 days
    /// let bd = Rule::Bangladesh2019.month_starts(1431)?;
    /// assert_eq!(bd[2].to_string(), "2024-06-15");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn month_starts(self, year: i32) -> Result<[NaiveDate; 13], Error> {
        let lengths = self.year_lengths(year.into())?;
        let choitro = lengths.days_in(Month::Choitro);
        Ok(match lengths.reckoning {
            Reckoning::Table(table) => {
                let mut starts = table.starts;
                starts[12] = starts[11] + i32::from(choitro);
                starts.map(west_bengal::day_to_date)
            }
            Reckoning::Fixed(layout, year) => {
                // Day 0 of each month, then one past Choitro's last day: the next 1 Boishakh.
                let mut days = [0u16; 13];
                for (slot, month) in days.iter_mut().zip(Month::ALL) {
                    *slot = layout.day_of_year(month, 1);
                }
                days[12] = days[11] + u16::from(choitro);
                days.map(|d| bangladesh::gregorian_of(year, d))
            }
        })
    }

    /// The fixed arithmetic that reckons Bangabda `year` under this rule, if any: **the one
    /// place that decides how a rule reckons a year**. `None` means a West Bengal year table: a
    /// West Bengal rule, or the historical rule before 1394 (the almanac's years, the 1987
    /// rule's arithmetic before the tables, and the seams between them, which
    /// [`Rule::year_lengths`] works out through [`Rule::in_year`]).
    ///
    /// Every conversion asks this first, so that the two fixed rules (and the historical rule's
    /// years under them) stay inline arithmetic; the rest go out of line.
    #[inline(always)]
    pub(super) const fn fixed_arithmetic(self, year: i64) -> Option<bangladesh::Fixed> {
        let first_1987 = bangladesh::FIRST_YEAR_OF_1987_RULE as i64;
        let last_1987 = bangladesh::LAST_YEAR_OF_1987_RULE as i64;
        match self {
            Rule::Bangladesh2019 => Some(bangladesh::Fixed::Revised2019),
            Rule::BanglaAcademy1987 => Some(bangladesh::Fixed::Academy1987),
            Rule::BangladeshHistorical if year > last_1987 => Some(bangladesh::Fixed::Revised2019),
            Rule::BangladeshHistorical if year >= first_1987 => {
                Some(bangladesh::Fixed::Academy1987)
            }
            Rule::BangladeshHistorical
            | Rule::WestBengalDrik
            | Rule::WestBengalDrikPlain
            | Rule::WestBengalSuryaSiddhanta => None,
        }
    }

    /// How this rule reckons Bangabda `year`: by fixed arithmetic or by a West Bengal year
    /// table, with the historical rule's seam. The one place month lengths come from.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::YearOutOfRange`](crate::ErrorKind::YearOutOfRange) outside the rule's range.
    // Inline and not recursive (the historical rule's earlier years resolve through `in_year`
    // to a rule that is fixed or a table): an out-of-line call returned the lengths through
    // memory, written field by field and read back whole, a store-forwarding stall that made a
    // Bangladesh conversion cost five times chrono's date constructor (benches/convert.rs).
    // `always`: in a caller converting under several rules LLVM kept it out of line.
    #[inline(always)]
    pub(super) fn year_lengths(self, year: i64) -> Result<YearLengths, Error> {
        if let Some(fixed) = self.fixed_arithmetic(year) {
            return fixed_lengths(fixed, year);
        }
        if let Some(variant) = west_bengal::Variant::of(self) {
            return year_table(variant, year);
        }
        // The historical rule before 1394: the reckoning of the year, and the seam where it
        // changes.
        let y = check_year(year)?;
        let this = self.in_year(y);
        debug_assert!(matches!(this, Rule::WestBengalSuryaSiddhanta | Rule::BanglaAcademy1987));
        let mut lengths = match west_bengal::Variant::of(this) {
            Some(variant) => year_table(variant, year)?,
            // Before the almanac's tables: the 1987 rule's arithmetic, proleptically.
            None => fixed_lengths(bangladesh::Fixed::Academy1987, year)?,
        };
        lengths.choitro_seam = self.choitro_seam(y);
        Ok(lengths)
    }

    /// The length of `month` in Bangabda `year` (checked): the two fixed rules inline, the
    /// others out of line, which keeps `BanglaDate::new` small enough to inline into a caller's
    /// loop (out of line, its `Result` came back through memory and was read back whole, a
    /// store-forwarding stall: benches/convert.rs, `from_numbers`).
    #[inline]
    pub(super) fn month_days(self, year: i64, month: Month) -> Result<u8, Error> {
        // The historical rule from 1394 on is fixed arithmetic with no seam (the last seam is
        // Choitro 1393).
        let Some(fixed) = self.fixed_arithmetic(year) else {
            return self.month_days_by_lengths(year, month);
        };
        let year = check_year(year)?;
        Ok(bangladesh::Layout::of(fixed, year).days_in(month))
    }

    /// [`Rule::month_days`] through the year's lengths: any rule.
    #[inline(never)]
    fn month_days_by_lengths(self, year: i64, month: Month) -> Result<u8, Error> {
        Ok(self.year_lengths(year)?.days_in(month))
    }

    /// Under the historical rule, days added to (or, negative, cut from) the Choitro before a
    /// change of reckoning, so that it ends the day before the next reckoning's 1 Boishakh.
    #[inline]
    fn choitro_seam(self, year: i32) -> i8 {
        let (this, next) = (self.in_year(year), self.in_year(year + 1));
        if this == next { 0 } else { Rule::seam_between(this, next, year) }
    }

    /// The seam where the historical rule changes from `this` reckoning to `next` after `year`.
    #[inline(never)]
    fn seam_between(this: Rule, next: Rule, year: i32) -> i8 {
        match (first_day(this, year + 1), first_day(next, year + 1)) {
            (Some(natural), Some(actual)) => (actual - natural) as i8,
            _ => 0,
        }
    }
}

/// The month lengths of one Bangabda year under one rule.
#[derive(Debug, Clone, Copy)]
pub(super) struct YearLengths {
    pub(super) reckoning: Reckoning,
    /// Days added to Choitro (negative: cut) where the historical rule changes reckoning.
    pub(super) choitro_seam: i8,
}

/// How a year is reckoned. A West Bengal rule never reaches the fixed arithmetic:
/// [`Rule::year_lengths`] matches every rule by name.
#[derive(Debug, Clone, Copy)]
pub(super) enum Reckoning {
    /// A Bangladesh rule: the layout of the year, and the year.
    Fixed(bangladesh::Layout, i32),
    /// A West Bengal rule (or the historical rule's almanac years): the computed month starts.
    Table(&'static west_bengal::YearTable),
}

#[inline(always)]
fn fixed_lengths(fixed: bangladesh::Fixed, year: i64) -> Result<YearLengths, Error> {
    let year = check_year(year)?;
    Ok(YearLengths {
        reckoning: Reckoning::Fixed(bangladesh::Layout::of(fixed, year), year),
        choitro_seam: 0,
    })
}

#[inline]
fn year_table(variant: west_bengal::Variant, year: i64) -> Result<YearLengths, Error> {
    let table = west_bengal::year_table(variant, year)?;
    Ok(YearLengths { reckoning: Reckoning::Table(table), choitro_seam: 0 })
}

impl YearLengths {
    #[inline]
    pub(super) fn days_in(self, month: Month) -> u8 {
        let days = match self.reckoning {
            Reckoning::Fixed(layout, _) => layout.days_in(month),
            Reckoning::Table(table) => table.days_in(month),
        };
        if month == Month::Choitro { days.saturating_add_signed(self.choitro_seam) } else { days }
    }
}

impl FromStr for Rule {
    type Err = Error;

    /// Read a rule from its interface name (ASCII case-insensitive).
    fn from_str(s: &str) -> Result<Rule, Error> {
        crate::error::by_name(s, &Rule::ALL, Rule::name, "rule", &Rule::NAMES)
    }
}

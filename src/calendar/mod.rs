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
pub mod hijri;
mod names;
pub mod saka;
pub mod west_bengal;

use core::fmt;
use core::str::FromStr;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::digits::bengali;
use crate::error::{Error, ErrorKind};

pub use names::{Month, Season, weekday_bengali, weekday_bengali_short};

/// A rule for reckoning Bangabda dates: which days each month has, and so where it falls in the
/// Gregorian calendar.
///
/// The names returned by [`Rule::name`] and accepted by [`FromStr`] are part of the interface
/// (the `convert` example's `--rule` takes them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Rule {
    /// Bangladesh, 2019 revision (official from 1426): Boishakh–Ashwin 31 days, Kartik–Magh and
    /// Choitro 30, Falgun 29 (30 when its February has 29 days). Name `bd2019`.
    Bangladesh2019,
    /// Bangladesh, the Bangla Academy rule (Shahidullah committee 1966, adopted 1987) in force
    /// until 1425: Boishakh–Bhadro 31 days, the rest 30, Falgun 31 when its February has 29
    /// days. Name `bd1987`.
    BanglaAcademy1987,
    /// What a date on a Bangladeshi page meant when it was written: the 1987 rule up to the end of
    /// 1425, the 2019 rule from 1 Boishakh 1426 (14 April 2019). The default. Name `bd`.
    ///
    /// Before 1987 usage was not uniform (almanacs and the 1966 proposal coexisted); this mode
    /// applies the 1987 rule to those years as the best documented proleptic choice.
    #[default]
    BangladeshHistorical,
    /// West Bengal, Tripura and Assam, the drik almanacs (drikpanchang, Bisuddha Siddhanta,
    /// Rashtriya Panchang): the Sun by modern astronomy with the Lahiri ayanamsa, the Bengal
    /// rule, and drikpanchang's handling of sankrantis in the half hour around midnight. Name
    /// `wb-drik`. See [`west_bengal`].
    WestBengalDrik,
    /// The same Sun as [`Rule::WestBengalDrik`] with the plain Bengal rule (the month begins the
    /// day after the sankranti's civil date, however close to midnight). Name `wb-drik-plain`.
    WestBengalDrikPlain,
    /// West Bengal, the Surya Siddhanta almanacs (Gupta Press, P. M. Bagchi; Prokerala): the
    /// Sun of the Siddhanta and the plain Bengal rule. Name `wb-ss`. See [`west_bengal`].
    WestBengalSuryaSiddhanta,
}

impl Rule {
    /// Every rule, in the order of [`Rule::NAMES`].
    pub const ALL: [Rule; 6] = [
        Rule::Bangladesh2019,
        Rule::BanglaAcademy1987,
        Rule::BangladeshHistorical,
        Rule::WestBengalDrik,
        Rule::WestBengalDrikPlain,
        Rule::WestBengalSuryaSiddhanta,
    ];

    /// The interface names of the rules, in the order of [`Rule::ALL`].
    pub const NAMES: [&'static str; 6] =
        ["bd2019", "bd1987", "bd", "wb-drik", "wb-drik-plain", "wb-ss"];

    /// The interface name: `bd2019`, `bd1987`, `bd`, `wb-drik`, `wb-drik-plain` or `wb-ss`.
    pub const fn name(self) -> &'static str {
        match self {
            Rule::Bangladesh2019 => "bd2019",
            Rule::BanglaAcademy1987 => "bd1987",
            Rule::BangladeshHistorical => "bd",
            Rule::WestBengalDrik => "wb-drik",
            Rule::WestBengalDrikPlain => "wb-drik-plain",
            Rule::WestBengalSuryaSiddhanta => "wb-ss",
        }
    }

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
    /// [`ErrorKind::YearOutOfRange`] when `year` is outside [`BanglaDate::MIN_YEAR`]..=
    /// [`BanglaDate::MAX_YEAR`] (for a West Bengal rule, [`west_bengal::MIN_YEAR`]..=
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
        self.month_length(i64::from(year), month).map(|(_, days)| days)
    }

    /// The checked year and the length of `month` in it: the one place month lengths come from.
    fn month_length(self, year: i64, month: Month) -> Result<(i32, u8), Error> {
        let fixed = match i32::try_from(year) {
            Ok(y) => self.in_year(y),
            Err(_) => self,
        };
        let (year, days) = match west_bengal::Variant::of(fixed) {
            Some(variant) => {
                (year as i32, west_bengal::year_table(variant, year)?.days_in(month.index()))
            }
            None => {
                let year = check_year(year)?;
                (year, fixed.layout(year).days_in(month))
            }
        };
        Ok((year, days.saturating_add_signed(self.seam(year, month))))
    }

    /// Under the historical rule, days added to (or, negative, cut from) the Choitro before a
    /// change of reckoning, so that it ends the day before the next reckoning's 1 Boishakh.
    fn seam(self, year: i32, month: Month) -> i8 {
        if self != Rule::BangladeshHistorical || month != Month::Choitro {
            return 0;
        }
        let (this, next) = (self.in_year(year), self.in_year(year + 1));
        if this == next {
            return 0;
        }
        match (first_day(this, year + 1), first_day(next, year + 1)) {
            (Some(natural), Some(actual)) => (actual - natural) as i8,
            _ => 0,
        }
    }

    /// The first day of each month of Bangabda `year` under this rule, Boishakh to Choitro,
    /// followed by 1 Boishakh of the next year (so month *i* has `starts[i + 1] - starts[i]`
    /// days).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::YearOutOfRange`] outside the rule's range, as for
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
        if let Some(variant) = west_bengal::Variant::of(self.in_year(year)) {
            let table = west_bengal::year_table(variant, year.into())?;
            let mut starts = table.starts;
            starts[12] += i32::from(self.seam(year, Month::Choitro));
            return Ok(starts.map(west_bengal::day_to_date));
        }
        let year = check_year(year.into())?;
        let layout = self.layout(year);
        let mut starts = [NaiveDate::MIN; 13];
        for (slot, month) in starts.iter_mut().zip(Month::ALL) {
            *slot = bangladesh::gregorian_of(year, layout.day_of_year(month, 1));
        }
        let choitro = starts[11];
        let choitro_days =
            layout.days_in(Month::Choitro).saturating_add_signed(self.seam(year, Month::Choitro));
        starts[12] = choitro
            .checked_add_days(chrono::Days::new(choitro_days.into()))
            .unwrap_or(NaiveDate::MAX);
        Ok(starts)
    }

    /// The month lengths of `year` (assumed in range).
    fn layout(self, year: i32) -> bangladesh::Layout {
        bangladesh::Layout::of(self.in_year(year), year)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Rule {
    type Err = Error;

    /// Read a rule from its interface name (ASCII case-insensitive).
    fn from_str(s: &str) -> Result<Rule, Error> {
        Rule::ALL
            .into_iter()
            .find(|r| r.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| Error::new(ErrorKind::UnknownRule { found: s.to_owned() }))
    }
}

/// A day of the Bangabda calendar under a given [`Rule`].
///
/// Always valid: the constructors check the day against the month's length under the rule, and
/// the year against [`BanglaDate::MIN_YEAR`]..=[`BanglaDate::MAX_YEAR`] (the years whose every
/// day chrono can represent; for the West Bengal rules [`west_bengal::MIN_YEAR`]..=
/// [`west_bengal::MAX_YEAR`]), so [`BanglaDate::to_gregorian`] cannot fail.
///
/// Ordering compares year, month, day, then rule: it is chronological only among dates of one
/// rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BanglaDate {
    year: i32,
    month: Month,
    day: u8,
    rule: Rule,
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

/// The years of `NaiveDate::MIN` and `NaiveDate::MAX` (`Datelike::year` is not `const`; a unit
/// test checks these against chrono).
const CHRONO_MIN_YEAR: i32 = -262_143;
const CHRONO_MAX_YEAR: i32 = 262_142;

fn check_year(year: i64) -> Result<i32, Error> {
    if (i64::from(BanglaDate::MIN_YEAR)..=i64::from(BanglaDate::MAX_YEAR)).contains(&year) {
        Ok(year as i32)
    } else {
        Err(Error::new(ErrorKind::YearOutOfRange {
            year,
            min: BanglaDate::MIN_YEAR.into(),
            max: BanglaDate::MAX_YEAR.into(),
        }))
    }
}

/// The error for a Gregorian date outside the West Bengal tables.
fn west_bengal_range_error(date: NaiveDate, rule: Rule) -> Error {
    let first =
        rule.month_starts(west_bengal::MIN_YEAR).map(|s| s[0].to_string()).unwrap_or_default();
    let last = rule
        .month_starts(west_bengal::MAX_YEAR)
        .ok()
        .and_then(|s| s[12].pred_opt())
        .map(|d| d.to_string())
        .unwrap_or_default();
    Error::new(ErrorKind::OutOfRange { what: date.to_string(), min: first, max: last })
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
        let (year, max) = rule.month_length(year, month)?;
        if day < 1 || day > i64::from(max) {
            return Err(Error::new(ErrorKind::DayOutOfRange { day, month, year, max, rule }));
        }
        Ok(BanglaDate { year, month, day: day as u8, rule })
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
        if rule.is_west_bengal() {
            return BanglaDate::west_bengal_from_gregorian(date, rule);
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
        let (month, day) = rule.layout(year).month_and_day(day_of_year);
        Ok(BanglaDate { year, month, day, rule })
    }

    #[cold]
    fn chrono_range_error(date: NaiveDate) -> Error {
        Error::new(ErrorKind::OutOfRange {
            what: date.to_string(),
            min: BanglaDate::MIN.to_gregorian().to_string(),
            max: BanglaDate::MAX.to_gregorian().to_string(),
        })
    }

    /// [`BanglaDate::from_gregorian`] under the historical rule before 1394: the almanac's date
    /// within its tables, the 1987 rule's arithmetic before them.
    #[inline(never)]
    fn historical_from_gregorian(date: NaiveDate) -> Result<BanglaDate, Error> {
        let almanac = Rule::WestBengalSuryaSiddhanta;
        let first = first_day(almanac, west_bengal::MIN_YEAR);
        if first.is_some_and(|f| date.num_days_from_ce() >= f) {
            let b = BanglaDate::west_bengal_from_gregorian(date, almanac)?;
            return Ok(BanglaDate { rule: Rule::BangladeshHistorical, ..b });
        }
        let b = BanglaDate::from_gregorian(date, Rule::BanglaAcademy1987)?;
        Ok(BanglaDate { rule: Rule::BangladeshHistorical, ..b })
    }

    /// [`BanglaDate::from_gregorian`] through the West Bengal year tables, out of line.
    #[inline(never)]
    fn west_bengal_from_gregorian(date: NaiveDate, rule: Rule) -> Result<BanglaDate, Error> {
        if let Some(variant) = west_bengal::Variant::of(rule) {
            let (year, index, day) = west_bengal::locate(variant, date.num_days_from_ce())
                .ok_or_else(|| west_bengal_range_error(date, rule))?;
            let month = Month::ALL.get(index).copied().unwrap_or(Month::Choitro);
            return Ok(BanglaDate { year, month, day, rule });
        }
        Err(west_bengal_range_error(date, rule))
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
        if self.rule.in_year(self.year).is_west_bengal() {
            return self.west_bengal_to_gregorian();
        }
        let day_of_year = self.rule.layout(self.year).day_of_year(self.month, self.day);
        bangladesh::gregorian_of(self.year, day_of_year)
    }

    /// [`BanglaDate::to_gregorian`] through the West Bengal year tables; kept out of line so the
    /// fixed-arithmetic path above stays small enough to inline.
    #[inline(never)]
    fn west_bengal_to_gregorian(self) -> NaiveDate {
        match self.west_bengal_month_start() {
            Some(start) => west_bengal::day_to_date(start + i32::from(self.day) - 1),
            // Unreachable for a constructed date (its year's table exists); MIN keeps this total.
            None => NaiveDate::MIN,
        }
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
        // In range: the constructors checked the year.
        self.rule.month_length(self.year.into(), self.month).map_or(0, |(_, days)| days)
    }

    /// The year table of a West Bengal date (always present: the constructors checked the year).
    fn west_bengal_table(self) -> Option<&'static west_bengal::YearTable> {
        let variant = west_bengal::Variant::of(self.rule.in_year(self.year))?;
        west_bengal::year_table(variant, self.year.into()).ok()
    }

    /// The chrono day number of the first of this date's month, for a West Bengal rule.
    fn west_bengal_month_start(self) -> Option<i32> {
        self.west_bengal_table()?.starts.get(self.month.index()).copied()
    }

    /// The day of the year, from 1 (1 Boishakh).
    pub fn ordinal(self) -> u16 {
        if let (Some(table), Some(start)) =
            (self.west_bengal_table(), self.west_bengal_month_start())
        {
            return (start - table.first()) as u16 + u16::from(self.day);
        }
        self.rule.layout(self.year).day_of_year(self.month, self.day) + 1
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

//! The value types every layer of the crate names: the Bangabda [`Month`] and [`Season`], the
//! [`Rule`]s, the calendar months, time fields and missing parts that errors report, and the
//! parser's [`DayPeriod`] and [`Unit`].
//!
//! A leaf: nothing here imports the rest of the crate, so that [`crate::error`] can name these
//! types while the calendars, the digits and the parser all import the error type (the layers
//! point one way: types ← error ← digits ← calendar ← format, parse). What needs more than the
//! type itself lives with what it needs: conversions in `calendar`, reading names from text in
//! `parse`.
//!
//! Romanisation: the spelling used by Bangladeshi English-language newspapers and the
//! project's DOMAIN notes (Boishakh, Joishtho, Asharh, Srabon, Bhadro, Ashwin, Kartik, Agrahayan,
//! Poush, Magh, Falgun, Choitro; seasons Grishmo, Borsha, Shorot, Hemonto, Sheet, Boshonto).
//!
//! Bengali output is in Unicode NFC: য় ড় ঢ় are written as letter + nukta (U+09BC), because the
//! precomposed U+09DF/U+09DC/U+09DD are composition exclusions that normalisation never produces.
//! The parser accepts both encodings.

use core::fmt;

use chrono::Weekday;

/// A Bangabda month, Boishakh (1) to Choitro (12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Month {
    /// বৈশাখ (1)
    Boishakh = 1,
    /// জ্যৈষ্ঠ (2)
    Joishtho,
    /// আষাঢ় (3)
    Asharh,
    /// শ্রাবণ (4)
    Srabon,
    /// ভাদ্র (5)
    Bhadro,
    /// আশ্বিন (6)
    Ashwin,
    /// কার্তিক (7)
    Kartik,
    /// অগ্রহায়ণ (8)
    Agrahayan,
    /// পৌষ (9)
    Poush,
    /// মাঘ (10)
    Magh,
    /// ফাল্গুন (11)
    Falgun,
    /// চৈত্র (12)
    Choitro,
}

impl Month {
    /// All months in order.
    pub const ALL: [Month; 12] = [
        Month::Boishakh,
        Month::Joishtho,
        Month::Asharh,
        Month::Srabon,
        Month::Bhadro,
        Month::Ashwin,
        Month::Kartik,
        Month::Agrahayan,
        Month::Poush,
        Month::Magh,
        Month::Falgun,
        Month::Choitro,
    ];

    /// The month number, 1..=12.
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// Index 0..=11, for table look-ups.
    pub(crate) const fn index(self) -> usize {
        self as usize - 1
    }

    /// The Bengali name, Bangla Academy spelling: `পৌষ`.
    pub const fn bengali(self) -> &'static str {
        match self {
            Month::Boishakh => "বৈশাখ",
            Month::Joishtho => "জ্যৈষ্ঠ",
            Month::Asharh => "আষা\u{09A2}\u{09BC}",
            Month::Srabon => "শ্রাবণ",
            Month::Bhadro => "ভাদ্র",
            Month::Ashwin => "আশ্বিন",
            Month::Kartik => "কার্তিক",
            Month::Agrahayan => "অগ্রহা\u{09AF}\u{09BC}ণ",
            Month::Poush => "পৌষ",
            Month::Magh => "মাঘ",
            Month::Falgun => "ফাল্গুন",
            Month::Choitro => "চৈত্র",
        }
    }

    /// The romanised name: `Poush`.
    pub const fn roman(self) -> &'static str {
        match self {
            Month::Boishakh => "Boishakh",
            Month::Joishtho => "Joishtho",
            Month::Asharh => "Asharh",
            Month::Srabon => "Srabon",
            Month::Bhadro => "Bhadro",
            Month::Ashwin => "Ashwin",
            Month::Kartik => "Kartik",
            Month::Agrahayan => "Agrahayan",
            Month::Poush => "Poush",
            Month::Magh => "Magh",
            Month::Falgun => "Falgun",
            Month::Choitro => "Choitro",
        }
    }

    /// The season this month belongs to.
    pub const fn season(self) -> Season {
        match self {
            Month::Boishakh | Month::Joishtho => Season::Grishmo,
            Month::Asharh | Month::Srabon => Season::Borsha,
            Month::Bhadro | Month::Ashwin => Season::Shorot,
            Month::Kartik | Month::Agrahayan => Season::Hemonto,
            Month::Poush | Month::Magh => Season::Sheet,
            Month::Falgun | Month::Choitro => Season::Boshonto,
        }
    }
}

/// The Bengali name.
impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.bengali())
    }
}

/// A season (ঋতু); the Bangabda year has six, of two months each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Season {
    /// গ্রীষ্ম, summer: Boishakh, Joishtho.
    Grishmo,
    /// বর্ষা, the rains: Asharh, Srabon.
    Borsha,
    /// শরৎ, autumn: Bhadro, Ashwin.
    Shorot,
    /// হেমন্ত, late autumn: Kartik, Agrahayan.
    Hemonto,
    /// শীত, winter: Poush, Magh.
    Sheet,
    /// বসন্ত, spring: Falgun, Choitro.
    Boshonto,
}

impl Season {
    /// The Bengali name: `শীত`.
    pub const fn bengali(self) -> &'static str {
        match self {
            Season::Grishmo => "গ্রীষ্ম",
            Season::Borsha => "বর্ষা",
            Season::Shorot => "শরৎ",
            Season::Hemonto => "হেমন্ত",
            Season::Sheet => "শীত",
            Season::Boshonto => "বসন্ত",
        }
    }

    /// The romanised name: `Sheet`.
    pub const fn roman(self) -> &'static str {
        match self {
            Season::Grishmo => "Grishmo",
            Season::Borsha => "Borsha",
            Season::Shorot => "Shorot",
            Season::Hemonto => "Hemonto",
            Season::Sheet => "Sheet",
            Season::Boshonto => "Boshonto",
        }
    }
}

/// The Bengali name.
impl fmt::Display for Season {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.bengali())
    }
}

/// The Bengali name of a weekday, as Bangladeshi pages print it: `শুক্রবার`.
///
/// ```
/// use bangla_date::weekday_bengali;
/// assert_eq!(weekday_bengali(chrono::Weekday::Sun), "রবিবার");
/// ```
pub const fn weekday_bengali(day: Weekday) -> &'static str {
    match day {
        Weekday::Sun => "রবিবার",
        Weekday::Mon => "সোমবার",
        Weekday::Tue => "মঙ্গলবার",
        Weekday::Wed => "বুধবার",
        Weekday::Thu => "বৃহস্পতিবার",
        Weekday::Fri => "শুক্রবার",
        Weekday::Sat => "শনিবার",
    }
}

/// The short Bengali name of a weekday: `শুক্র`.
pub const fn weekday_bengali_short(day: Weekday) -> &'static str {
    match day {
        Weekday::Sun => "রবি",
        Weekday::Mon => "সোম",
        Weekday::Tue => "মঙ্গল",
        Weekday::Wed => "বুধ",
        Weekday::Thu => "বৃহস্পতি",
        Weekday::Fri => "শুক্র",
        Weekday::Sat => "শনি",
    }
}

/// A rule for reckoning Bangabda dates: which days each month has, and so where it falls in the
/// Gregorian calendar.
///
/// The names returned by [`Rule::name`] and accepted by [`FromStr`](core::str::FromStr) are part of the interface
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
    /// `wb-drik`. See [`west_bengal`](crate::calendar::west_bengal).
    WestBengalDrik,
    /// The same Sun as [`Rule::WestBengalDrik`] with the plain Bengal rule (the month begins the
    /// day after the sankranti's civil date, however close to midnight). Name `wb-drik-plain`.
    WestBengalDrikPlain,
    /// West Bengal, the Surya Siddhanta almanacs (Gupta Press, P. M. Bagchi; Prokerala): the
    /// Sun of the Siddhanta and the plain Bengal rule. Name `wb-ss`. See [`west_bengal`](crate::calendar::west_bengal).
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
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A month of one of the calendars this crate reads, as named in
/// [`ErrorKind::DayOutOfRange`](crate::ErrorKind::DayOutOfRange).
///
/// Displays as the month's name: the English name for a Gregorian month, the Bengali name with
/// its romanisation for the others.
///
/// ```
/// use bangla_date::parse::parse;
/// use bangla_date::{CalendarMonth, ErrorKind};
///
/// let february = CalendarMonth::Gregorian(chrono::Month::February);
/// let err = parse("৩০ ফেব্রুয়ারি").unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::DayOutOfRange { month, .. } if *month == february));
/// assert_eq!(february.to_string(), "February");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CalendarMonth {
    /// A Gregorian month.
    Gregorian(chrono::Month),
    /// A Bangabda month, with the rule that decided its length (`None` when no year was
    /// written, so that the day was checked against the longest the month is under any rule).
    Bangabda {
        /// The month.
        month: Month,
        /// The rule the day was checked against.
        rule: Option<Rule>,
    },
    /// A month of the Indian national (Śaka) calendar.
    Saka {
        /// The month number, 1 (Chaitra) to 12.
        month: u8,
        /// Its Bengali name.
        name: &'static str,
    },
    /// A month of the Hijri calendar.
    Hijri {
        /// The month number, 1 (Muharram) to 12.
        month: u8,
        /// Its Bengali name.
        name: &'static str,
    },
}

impl fmt::Display for CalendarMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalendarMonth::Gregorian(m) => f.write_str(m.name()),
            CalendarMonth::Bangabda { month, .. } => {
                write!(f, "{} ({})", month.bengali(), month.roman())
            }
            CalendarMonth::Saka { month, name } => write!(f, "{name} (Saka month {month})"),
            CalendarMonth::Hijri { month, name } => write!(f, "{name} (Hijri month {month})"),
        }
    }
}

/// A part of a time of day, as named in [`ErrorKind::TimeOutOfRange`](crate::ErrorKind::TimeOutOfRange).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeField {
    /// The hour, 0..=23 (24 only as `২৪:০০`).
    Hour,
    /// The minute, 0..=59.
    Minute,
    /// The second, 0..=59.
    Second,
}

impl fmt::Display for TimeField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimeField::Hour => "hour",
            TimeField::Minute => "minute",
            TimeField::Second => "second",
        })
    }
}

/// What a match lacks; see [`ErrorKind::Incomplete`](crate::ErrorKind::Incomplete).
///
/// ```
/// use bangla_date::parse::parse;
/// use bangla_date::{ErrorKind, Missing};
///
/// let err = parse("রাত ১০টায়")?.to_datetime().unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::Incomplete { missing: Missing::Date });
/// # Ok::<(), bangla_date::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Missing {
    /// No date at all was written (a time, or a relative word with no reference date).
    Date,
    /// A day and month were written without a year, and no reference date was given.
    Year,
    /// No time of day was written.
    Time,
    /// The time is another place's local time (`প্যারিস স্থানীয় সময়`), whose offset is not known.
    Offset,
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Missing::Date => {
                "no date was written (or only a relative one, with no reference date to resolve it)"
            }
            Missing::Year => "no year was written (a parser with a reference date infers one)",
            Missing::Time => "no time of day was written",
            Missing::Offset => "the time is another place's local time, whose offset is not known",
        })
    }
}

/// A day period. Hours are read by the CLDR `bn` ranges (`[start, end)` on a 24-hour clock; night
/// wraps), except that রাত/রাত্রি reaches back to 18:00, as pages use it (`রাত ৭টা ১৫ মিনিট` is
/// 19:15, `রাত সাড়ে ৬টা` 18:30), where CLDR starts it at 20:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum DayPeriod {
    /// ভোর, 04–06.
    Dawn,
    /// সকাল, 06–12.
    Morning,
    /// দুপুর, 12–16.
    Noon,
    /// বিকাল/বিকেল, 16–18.
    Afternoon,
    /// সন্ধ্যা, 18–20.
    Evening,
    /// রাত/রাত্রি, 20–04 in CLDR; read as 18–04 (pages write `রাত ৭টা` for 19:00).
    Night,
    /// বেলা, daytime: 07–19.
    Daytime,
}

impl DayPeriod {
    /// The hours `[start, end)` of the period; `end` may exceed 24 when the period wraps.
    pub(crate) const fn hours(self) -> (u32, u32) {
        match self {
            DayPeriod::Dawn => (4, 6),
            DayPeriod::Morning => (6, 12),
            DayPeriod::Noon => (12, 16),
            DayPeriod::Afternoon => (16, 18),
            DayPeriod::Evening => (18, 20),
            DayPeriod::Night => (18, 28),
            DayPeriod::Daytime => (7, 19),
        }
    }

    /// A short kebab-case name, stable for machine use (the serde form's).
    ///
    /// ```
    /// use bangla_date::parse::DayPeriod;
    /// assert_eq!(DayPeriod::Afternoon.code(), "afternoon");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            DayPeriod::Dawn => "dawn",
            DayPeriod::Morning => "morning",
            DayPeriod::Noon => "noon",
            DayPeriod::Afternoon => "afternoon",
            DayPeriod::Evening => "evening",
            DayPeriod::Night => "night",
            DayPeriod::Daytime => "daytime",
        }
    }

    /// The Bengali word.
    pub const fn bengali(self) -> &'static str {
        match self {
            DayPeriod::Dawn => "ভোর",
            DayPeriod::Morning => "সকাল",
            DayPeriod::Noon => "দুপুর",
            DayPeriod::Afternoon => "বিকাল",
            DayPeriod::Evening => "সন্ধ্যা",
            DayPeriod::Night => "রাত",
            DayPeriod::Daytime => "বেলা",
        }
    }
}

/// Units of relative expressions (`৩ দিন আগে`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Unit {
    /// সেকেন্ড
    Second,
    /// মিনিট
    Minute,
    /// ঘণ্টা
    Hour,
    /// দিন
    Day,
    /// সপ্তাহ
    Week,
    /// মাস
    Month,
    /// বছর
    Year,
}

impl Unit {
    /// A short kebab-case name, stable for machine use (the serde form's).
    ///
    /// ```
    /// use bangla_date::parse::Unit;
    /// assert_eq!(Unit::Week.code(), "week");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            Unit::Second => "second",
            Unit::Minute => "minute",
            Unit::Hour => "hour",
            Unit::Day => "day",
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Year => "year",
        }
    }
}

//! [`Warning`]: what is worth knowing about a match that does not make it wrong.

use core::fmt;
use core::ops::Range;

use chrono::{FixedOffset, NaiveDate, Weekday};

use super::{DayPeriod, OtherCalendar};
use crate::calendar::{Rule, weekday_bengali};

/// Something worth knowing about a match that does not make it wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", tag = "kind"))]
#[non_exhaustive]
pub enum Warning {
    /// The weekday written is not the date's weekday.
    WeekdayMismatch {
        /// As written.
        written: Weekday,
        /// The date's weekday.
        actual: Weekday,
        /// The weekday's span.
        span: Range<usize>,
    },
    /// The weekday was misspelt (`ররিবার`) and read as the nearest name.
    WeekdaySpelling {
        /// The word's span.
        span: Range<usize>,
        /// The weekday it was read as.
        read_as: Weekday,
    },
    /// The Bangabda date beside the Gregorian one follows another rule than the configured one
    /// (common: many sites still print the 1987 rule).
    BanglaOtherRule {
        /// The rule the parser expected.
        configured: Rule,
        /// The rule the page follows.
        matched: Rule,
        /// The Bangabda date's span.
        span: Range<usize>,
    },
    /// The Bangabda date beside the Gregorian one matches no known rule.
    BanglaMismatch {
        /// The Bangabda date's span.
        span: Range<usize>,
    },
    /// A number mixes Bengali and ASCII digits (`২০2৬`).
    MixedDigits {
        /// The number's span.
        span: Range<usize>,
    },
    /// A 12-hour clock time with no a.m./p.m. marker or day period: read as written (24-hour).
    MeridiemUnknown {
        /// The time's span.
        span: Range<usize>,
    },
    /// The year was not written; it was chosen from the reference date.
    YearInferred {
        /// The year chosen.
        year: i32,
    },
    /// A relative word (`গতকাল`) disagrees with the date written beside it.
    RelativeMismatch {
        /// The relative word's span.
        span: Range<usize>,
        /// The date the relative word means.
        expected: NaiveDate,
    },
    /// The hour falls outside the day period's usual range (`সকাল ১০টা` is fine; `ভোর ১০টা` is
    /// not).
    PeriodMismatch {
        /// The period written.
        period: DayPeriod,
        /// The hour chosen (24-hour clock).
        hour: u32,
        /// The time's span.
        span: Range<usize>,
    },
    /// The time is another place's local time (`প্যারিস স্থানীয় সময়`): no datetime is given.
    OtherTimeZone {
        /// The span of স্থানীয়.
        span: Range<usize>,
    },
    /// `রাত ১২টা` after a named day: read as 00:00 *of* that day (the calendar reading), though
    /// many writers mean the midnight that ends it; so too the small hours told of what is to
    /// come (`১৫ মার্চ রাত ১টায় খেলা শুরু হবে`), or told with no verb (`আজ রাত ২টায় খেলা
    /// শুরু`); `দিবাগত` or [`Parser::night_follows_day`](super::Parser::night_follows_day)
    /// settles it. `মধ্যরাত` after a date or weekday is read the other way, as the midnight
    /// that ends the day (`৩ অক্টোবর মধ্যরাত থেকে` is 4 October 00:00), though some writers
    /// date it by the night's day.
    MidnightAmbiguous {
        /// The time's span.
        span: Range<usize>,
    },
    /// A date with a Bangabda month name was read as Śaka (Indian national calendar) because of
    /// its year (`১২ পৌষ, ১৯৪৭ সাল`), with no শকাব্দ written.
    SakaByYear {
        /// The date's span.
        span: Range<usize>,
    },
    /// A Śaka date, or a Hijri date (beyond the two days moon sighting allows), disagrees with
    /// the Gregorian date beside it.
    CalendarMismatch {
        /// Which calendar disagrees.
        calendar: OtherCalendar,
        /// The other calendar's date.
        span: Range<usize>,
    },
    /// The Bangabda date was read by another rule than the parser's, because the match says
    /// so (see [`Parser::rule`](super::Parser::rule)).
    BanglaRuleFromEvidence {
        /// The rule chosen.
        rule: Rule,
        /// What chose it.
        evidence: Evidence,
        /// The Bangabda date's span.
        span: Range<usize>,
    },
    /// A Bangabda date with nothing beside it to say whose reckoning it is (no Gregorian date,
    /// weekday, Indian era or Assamese month name) was read by the parser's rule, and the other
    /// region's almanac puts it on another day (`১৯ পৌষ ১৪৩২` is 3 January 2026 in Bangladesh,
    /// 4 January in West Bengal).
    BanglaRuleAssumed {
        /// The rule it was read by.
        rule: Rule,
        /// The other region's rule, which gives another day.
        other: Rule,
        /// The Bangabda date's span.
        span: Range<usize>,
    },
    /// A month of one calendar written with another calendar's year (`৯ মার্চ ১৪৪৫ হিজরী`): the
    /// year is not used.
    EraMismatch {
        /// The year and era word.
        span: Range<usize>,
    },
    /// A two-digit year (`২৭.৭.৭১`): the century was chosen, from a year written in full near
    /// it, else from the reference date (the century that puts the year within 94 years before
    /// to 5 after it), else, for 30–99, the 1900s (no text was written in 2030–2099 yet; below
    /// 30 the century is not guessed and the match has no date).
    CenturyInferred {
        /// The year chosen.
        year: i32,
    },
    /// No year was written beside the date; it was taken from the one year written elsewhere
    /// in its paragraph (`১৫ ই সেপ্টেম্বর শুভ দিনে , ১৮৭৬ সালে`), a Hijri or Bangabda year
    /// converted (`১৪৪৩ হিজরির … ২০ অক্টোবর`). Without a reference always; with one, only a
    /// year of the same sentence, not after the reference's, for a date not told of what is to
    /// come and not tied to the reference by গত/আগামী.
    YearFromText {
        /// The Gregorian year chosen.
        year: i32,
    },
    /// A Gregorian day and month written with another calendar's year (`১৩ ফেব্রুয়ারি ১৪৪৪
    /// হিজরী`, `৯ মার্চ ১৪৩০ বঙ্গাব্দ`): the Gregorian year is the one in which the day falls
    /// within that year (the Hijri year tabular; a day within two days of its ends gets
    /// [`Warning::EraMismatch`] instead, and no year).
    YearFromOtherEra {
        /// The Gregorian year chosen.
        year: i32,
    },
    /// A date (or year) in Vikram Samvat (`৭ই শ্রাবণ, ২০৮১ বিক্রম সংবৎ`), or a Bangabda month
    /// name with a year that only Vikram Samvat counts to (`৭ শ্রাবণ ২০৮১`): its months are
    /// lunar, named like the solar Bangabda months, so no date is given.
    LunisolarDate {
        /// The match.
        span: Range<usize>,
    },
    /// Only the day of the month was written (`গত ১২ তারিখ`, `চলতি মাসের ২০ তারিখ`): its month
    /// and year were taken from the reference date, in the direction the words say (the
    /// nearest such day by the parser's year resolution when they say none).
    MonthInferred {
        /// The year chosen.
        year: i32,
        /// The month chosen, 1–12.
        month: u8,
    },
    /// No date was written (a time, or a weekday, alone): the date was taken from the
    /// reference — its own date for a time, the weekday's occurrence picked by the year
    /// resolution for a weekday. Also: with no reference, a yearless date's year was taken from
    /// the weekday written beside it and the day of reading ([`Parser::read_on`](super::Parser::read_on));
    /// and "on this day in 1863" read against a reference known to its month only.
    DateFromReference,
    /// Only a Hijri date was written: [`Match::date`](super::Match::date) stays `None`, and
    /// [`Match::approximate_date`](super::Match::approximate_date) holds the tabular calendar's estimate, which moon sighting
    /// can move by a day or two.
    HijriEstimate {
        /// The estimate.
        estimate: NaiveDate,
    },
    /// A Hijri date written with its weekday and no other calendar's date (`মঙ্গলবার ১০
    /// রমজান`): of the five days around the tabular calendar's estimate (moon sighting moves
    /// the day by up to two), the one that is that weekday is
    /// [`Match::date`](super::Match::date). Sure if the page's weekday is right; with no
    /// weekday in that window the date stays `None`, as with [`Warning::HijriEstimate`].
    HijriWeekday {
        /// The tabular estimate.
        estimate: NaiveDate,
    },
    /// No year was written, and the day and month name a historical event by the words after
    /// them (`৭ই মার্চের ভাষণ`, `২৫ মার্চের কালরাতে`, `২১ আগস্টের গ্রেনেড হামলা`): the year is
    /// the event's (1971, 1971, 2004), not the reference's.
    YearOfEvent {
        /// The event's year.
        year: i32,
    },
    /// A weekday of a week counted from the reference's (`আগামী সপ্তাহের শনিবার`) falls on
    /// another day if the week starts on Saturday than if it starts on Sunday: the Sunday-first
    /// week's is given.
    WeekStart {
        /// The span of the words that count the week.
        span: Range<usize>,
    },
    /// A time in the small hours on almanac text (`রাত্রি ঘ ২/৪৮`, or under a West Bengal
    /// date): almanacs count days from sunrise to sunrise, so it was read on the next civil
    /// day.
    AlmanacDay {
        /// The time's span.
        span: Range<usize>,
    },
    /// The clock time never happened in the zone (the clocks went forward over it: Dhaka,
    /// 19 June 2009 23:00–23:59): read with the offset before the change.
    ZoneGap {
        /// The offset used, in seconds east of UTC.
        offset_seconds: i32,
    },
    /// The clock time happened twice in the zone (the clocks went back: Dhaka, 31 December
    /// 2009 23:00–23:59): read as the first, with the offset before the change.
    ZoneFold {
        /// The offset used, in seconds east of UTC.
        offset_seconds: i32,
    },
    /// `২৪:০০`, the end of the day: read as 00:00 of the next day.
    EndOfDay {
        /// The time's span.
        span: Range<usize>,
    },
}

/// An offset in seconds, displayed as `+06:00`.
struct Offset(i32);

impl fmt::Display for Offset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match FixedOffset::east_opt(self.0) {
            Some(o) => write!(f, "{o}"),
            None => write!(f, "{} s", self.0),
        }
    }
}

/// What made the parser read a Bangabda date by another rule than its own
/// ([`Warning::BanglaRuleFromEvidence`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Evidence {
    /// The weekday written beside it falls on that rule's date only.
    Weekday,
    /// An Indian almanac's era or an Assamese month name in the match.
    IndianCue,
    /// A place of West Bengal, Tripura or Assam named before it in its paragraph (a dateline),
    /// and no place of Bangladesh.
    IndianPlace,
    /// An almanac (পঞ্জিকা) named before it in its paragraph (`গুপ্তপ্রেস পঞ্জিকা অনুযায়ী …
    /// ৩১ ভাদ্র`): the traditional reckoning, which Bangladesh's Hindu almanacs keep too; the
    /// Bisuddha Siddhanta almanac's by drik.
    Almanac,
    /// The relative day written beside it (`গতকাল ২৭ অগ্রহায়ণ`) falls on that rule's date
    /// only.
    Relative,
    /// Written alone, it is the reference's day by that rule only (a page's date bar).
    Reference,
}

impl Evidence {
    /// A short kebab-case name, stable for machine use (the serde form's).
    pub const fn code(self) -> &'static str {
        match self {
            Evidence::Weekday => "weekday",
            Evidence::IndianCue => "indian-cue",
            Evidence::IndianPlace => "indian-place",
            Evidence::Almanac => "almanac",
            Evidence::Relative => "relative",
            Evidence::Reference => "reference",
        }
    }
}

impl Warning {
    /// The byte span of the text the warning points at, if it points at one.
    ///
    /// ```
    /// use bangla_date::parse::Parser;
    ///
    /// let text = "শনিবার, ২ জানুয়ারি ২০২৬";
    /// let m = Parser::new().parse(text)?;
    /// let span = m.warnings[0].span().expect("a weekday mismatch points at the weekday");
    /// assert_eq!(&text[span], "শনিবার");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn span(&self) -> Option<Range<usize>> {
        self.clone().span_mut().map(|s| s.clone())
    }

    /// The span the warning points at, if it has one.
    pub(super) fn span_mut(&mut self) -> Option<&mut Range<usize>> {
        match self {
            Warning::WeekdayMismatch { span, .. }
            | Warning::WeekdaySpelling { span, .. }
            | Warning::BanglaOtherRule { span, .. }
            | Warning::BanglaMismatch { span }
            | Warning::MixedDigits { span }
            | Warning::MeridiemUnknown { span }
            | Warning::RelativeMismatch { span, .. }
            | Warning::PeriodMismatch { span, .. }
            | Warning::OtherTimeZone { span }
            | Warning::MidnightAmbiguous { span }
            | Warning::SakaByYear { span }
            | Warning::CalendarMismatch { span, .. }
            | Warning::BanglaRuleFromEvidence { span, .. }
            | Warning::BanglaRuleAssumed { span, .. }
            | Warning::EraMismatch { span }
            | Warning::AlmanacDay { span }
            | Warning::WeekStart { span }
            | Warning::LunisolarDate { span }
            | Warning::EndOfDay { span } => Some(span),
            Warning::YearInferred { .. }
            | Warning::HijriWeekday { .. }
            | Warning::ZoneGap { .. }
            | Warning::ZoneFold { .. }
            | Warning::CenturyInferred { .. }
            | Warning::MonthInferred { .. }
            | Warning::YearFromText { .. }
            | Warning::YearFromOtherEra { .. }
            | Warning::YearOfEvent { .. }
            | Warning::DateFromReference
            | Warning::HijriEstimate { .. } => None,
        }
    }

    /// Whether the warning says that two parts of the match contradict each other.
    pub(super) fn is_contradiction(&self) -> bool {
        matches!(
            self,
            Warning::WeekdayMismatch { .. }
                | Warning::BanglaMismatch { .. }
                | Warning::CalendarMismatch { .. }
                | Warning::RelativeMismatch { .. }
        )
    }

    /// A short kebab-case name for the kind of warning, stable for machine use.
    pub fn code(&self) -> &'static str {
        match self {
            Warning::WeekdayMismatch { .. } => "weekday-mismatch",
            Warning::WeekdaySpelling { .. } => "weekday-spelling",
            Warning::BanglaOtherRule { .. } => "bangla-other-rule",
            Warning::BanglaMismatch { .. } => "bangla-mismatch",
            Warning::MixedDigits { .. } => "mixed-digits",
            Warning::MeridiemUnknown { .. } => "meridiem-unknown",
            Warning::YearInferred { .. } => "year-inferred",
            Warning::RelativeMismatch { .. } => "relative-mismatch",
            Warning::PeriodMismatch { .. } => "period-mismatch",
            Warning::OtherTimeZone { .. } => "other-time-zone",
            Warning::MidnightAmbiguous { .. } => "midnight-ambiguous",
            Warning::SakaByYear { .. } => "saka-by-year",
            Warning::CalendarMismatch { .. } => "calendar-mismatch",
            Warning::BanglaRuleFromEvidence { .. } => "bangla-rule-from-evidence",
            Warning::BanglaRuleAssumed { .. } => "bangla-rule-assumed",
            Warning::EraMismatch { .. } => "era-mismatch",
            Warning::CenturyInferred { .. } => "century-inferred",
            Warning::MonthInferred { .. } => "month-inferred",
            Warning::LunisolarDate { .. } => "lunisolar-date",
            Warning::YearFromText { .. } => "year-from-text",
            Warning::YearFromOtherEra { .. } => "year-from-other-era",
            Warning::DateFromReference => "date-from-reference",
            Warning::HijriEstimate { .. } => "hijri-estimate",
            Warning::HijriWeekday { .. } => "hijri-weekday",
            Warning::EndOfDay { .. } => "end-of-day",
            Warning::AlmanacDay { .. } => "almanac-day",
            Warning::WeekStart { .. } => "week-start",
            Warning::YearOfEvent { .. } => "year-of-event",
            Warning::ZoneGap { .. } => "zone-gap",
            Warning::ZoneFold { .. } => "zone-fold",
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::WeekdayMismatch { written, actual, .. } => write!(
                f,
                "weekday {} ({written}) contradicts the date, which is a {} ({actual})",
                weekday_bengali(*written),
                weekday_bengali(*actual)
            ),
            Warning::WeekdaySpelling { read_as, .. } => {
                write!(f, "misspelt weekday read as {} ({read_as})", weekday_bengali(*read_as))
            }
            Warning::BanglaOtherRule { configured, matched, .. } => write!(
                f,
                "the Bangabda date follows rule {matched}, not {configured} (the parser's rule for that year)"
            ),
            Warning::BanglaMismatch { .. } => {
                f.write_str("the Bangabda date matches the Gregorian date under no known rule")
            }
            Warning::MixedDigits { .. } => f.write_str("a number mixes Bengali and ASCII digits"),
            Warning::MeridiemUnknown { .. } => {
                f.write_str("no a.m./p.m. or day period: the hour is read as written")
            }
            Warning::YearInferred { year } => {
                write!(f, "no year written; {year} inferred from the reference date")
            }
            Warning::RelativeMismatch { expected, .. } => {
                write!(f, "the relative word means {expected}, not the date written beside it")
            }
            Warning::PeriodMismatch { period, hour, .. } => {
                write!(f, "hour {hour} is outside the usual range of {}", period.bengali())
            }
            Warning::OtherTimeZone { .. } => {
                f.write_str("the time is another place's local time; no datetime is given")
            }
            Warning::MidnightAmbiguous { .. } => f.write_str(
                "a night's hour from midnight on (রাত ১২টা, রাত ১টা, মধ্যরাত) after a day named: it may be on that day or in the night that follows it",
            ),
            Warning::SakaByYear { .. } => f.write_str(
                "read as a Śaka (Indian national calendar) date because of its year; no শকাব্দ written",
            ),
            Warning::CalendarMismatch { calendar, .. } => {
                let name = match calendar {
                    OtherCalendar::Saka => "Śaka",
                    OtherCalendar::Hijri => "Hijri",
                };
                write!(f, "the {name} date disagrees with the Gregorian date beside it")
            }
            Warning::BanglaRuleFromEvidence { rule, evidence, .. } => {
                let why = match evidence {
                    Evidence::Weekday => "the weekday written falls on its date only",
                    Evidence::IndianCue => "the match names an Indian almanac's era or month",
                    Evidence::IndianPlace => "a place of West Bengal, Tripura or Assam is named before it",
                    Evidence::Almanac => "an almanac (পঞ্জিকা) is named before it",
                    Evidence::Relative => "the relative day written beside it is its date only",
                    Evidence::Reference => "written alone, it is the reference's day by this rule",
                };
                write!(f, "the Bangabda date is read by rule {rule}: {why}")
            }
            Warning::BanglaRuleAssumed { rule, other, .. } => write!(
                f,
                "nothing in the text says whose reckoning the Bangabda date is: read by rule {rule}; rule {other} gives another day"
            ),
            Warning::EraMismatch { .. } => {
                f.write_str("the year is written with another calendar's era word; it is not used")
            }
            Warning::CenturyInferred { year } => {
                write!(f, "two-digit year read as {year}")
            }
            Warning::YearFromText { year, .. } => write!(
                f,
                "no year written beside the date; {year} taken from the year written elsewhere in the text"
            ),
            Warning::YearFromOtherEra { year } => write!(
                f,
                "the year is written in another calendar's era: {year}, the Gregorian year in which the day falls within it"
            ),
            Warning::LunisolarDate { .. } => f.write_str(
                "a Vikram Samvat date: its months are lunar, so it is not read as a Bangabda or Śaka date",
            ),
            Warning::MonthInferred { year, month } => write!(
                f,
                "only the day written; its month ({year}-{month:02}) was taken from the reference date"
            ),
            Warning::DateFromReference => {
                f.write_str("no date written; the date was taken from the reference")
            }
            Warning::HijriEstimate { estimate } => write!(
                f,
                "only a Hijri date is written; the tabular calendar puts it on {estimate} (moon sighting may differ by a day or two)"
            ),
            Warning::HijriWeekday { estimate } => write!(
                f,
                "a Hijri date and its weekday: the weekday picks the day within two days of the tabular calendar's {estimate}"
            ),
            Warning::EndOfDay { .. } => f.write_str("24:00 read as 00:00 of the next day"),
            Warning::ZoneGap { offset_seconds } => write!(
                f,
                "the clock time was skipped when the clocks went forward; read with the earlier offset {}",
                Offset(*offset_seconds)
            ),
            Warning::ZoneFold { offset_seconds } => write!(
                f,
                "the clock time happened twice when the clocks went back; read as the first, {}",
                Offset(*offset_seconds)
            ),
            Warning::AlmanacDay { .. } => f.write_str(
                "almanac days run sunrise to sunrise: the small hours were read on the next civil day",
            ),
            Warning::YearOfEvent { year } => write!(
                f,
                "no year written; the day names a historical event, whose year, {year}, was taken"
            ),
            Warning::WeekStart { .. } => f.write_str(
                "a week starting on Saturday puts the day in another week than one starting on Sunday: read with Sunday first",
            ),
        }
    }
}

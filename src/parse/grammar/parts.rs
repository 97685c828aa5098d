//! What a match is made of: the date, time and relative parts as written, before the resolver
//! reads them, and the parts only a document reads.

use core::ops::Range;

use chrono::Weekday;

use crate::calendar::Month;
use crate::calendar::era::{CalendarEra, EraYear};

use super::super::document::{Duration, Recurrence};
use super::super::words::{DayPeriod, Era, Unit};
use super::{Part, SAKA_YEAR_THRESHOLD, VIKRAM_LIKELY_YEAR};

/// A Gregorian date as written (day or year may be missing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GregParts {
    pub(crate) day: Option<u8>,
    pub(crate) month: u8,
    pub(crate) year: Option<i32>,
    pub(crate) span: Range<usize>,
    /// The month (and year) were taken from the date that follows (`৫ থেকে ৭ জানুয়ারি`).
    pub(crate) inherited: bool,
    /// The year was written with two digits (`২৭.৭.৭১`): `year` holds them, 0..=99, and the
    /// resolver picks the century.
    pub(crate) short_year: bool,
    /// A year written after the month with another calendar's era word (`৯ মার্চ ১৪৪৫ হিজরী`):
    /// its span. The year is not used as the Gregorian year.
    pub(crate) era_conflict: Option<Range<usize>>,
    /// That year and its era: the Gregorian year is the one in which the day falls within it.
    pub(crate) other_era_year: Option<(i32, super::super::words::Era)>,
    /// The year was not written: it is the one the date's range or list settled on from the
    /// reference (`১৮ থেকে ২৫ আগস্ট`: one year for both).
    pub(crate) year_inferred: bool,
}

/// A Bangabda date as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BanglaParts {
    pub(crate) day: u8,
    pub(crate) month: Month,
    pub(crate) year: Option<i32>,
    pub(crate) span: Range<usize>,
    pub(crate) era: Option<Era>,
    /// Written with an Assamese month name: read by the West Bengal calendar.
    pub(crate) assamese: bool,
    /// As for [`GregParts::era_conflict`] (`২ বৈশাখ ২০২৪ খ্রিস্টাব্দ`).
    pub(crate) era_conflict: Option<Range<usize>>,
}

/// A Hijri date as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HijriParts {
    pub(crate) day: u8,
    pub(crate) month: u8,
    pub(crate) year: Option<i32>,
    pub(crate) span: Range<usize>,
}

/// A time of day as written, before the period/meridiem is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TimeParts {
    /// Minutes after the written hour's start, fraction words applied (may be negative: পৌনে).
    pub(crate) hour: Option<u32>,
    pub(crate) minute: i32,
    pub(crate) second: u32,
    pub(crate) period: Option<DayPeriod>,
    pub(crate) meridiem: Option<bool>,
    /// An explicit UTC offset written after the time (`17:41:00+06:00`), in seconds.
    pub(crate) offset: Option<i32>,
    /// Written on a 24-hour clock (ISO 8601, the newsroom's `১৬৩৫ ঘণ্টা`): no meridiem needed.
    pub(crate) clock24: bool,
    /// Written with the almanacs' hour mark ঘ, or after their দিবা ("by day").
    pub(crate) almanac: bool,
    /// The day period or meridiem was written after the clock (`০৪:২৬ ভোরে`), as time stamps
    /// print it; almanacs list `ভোর ৪টে ২৬`.
    pub(crate) marker_after: bool,
    /// An almanac's time counted from sunrise (`দং ৯/২৬/৩০`: 9 daṇḍa 26 pala 30 vipala), in
    /// milliseconds; the clock fields are then empty, and the resolver adds it to the sunrise
    /// of the day.
    pub(crate) after_sunrise: Option<u32>,
    /// The meridiem was not written but decided with the other end of a range (`৯.০০-৫.০০`):
    /// a document may still read the clock after the moment before it.
    pub(crate) meridiem_inferred: bool,
    /// The period is the night's middle (`মধ্যরাত`, `মাঝরাতে`), no hour written: after a day
    /// named, the midnight that ends it (`৩ অক্টোবর মধ্যরাত থেকে` is 4 October 00:00).
    pub(crate) midnight: bool,
    pub(crate) span: Range<usize>,
}

impl TimeParts {
    /// A day period alone, no hour (`রাতে`).
    pub(crate) fn period_only(period: DayPeriod, span: Range<usize>) -> TimeParts {
        TimeParts {
            hour: None,
            minute: 0,
            second: 0,
            period: Some(period),
            meridiem: None,
            offset: None,
            clock24: false,
            almanac: false,
            marker_after: false,
            after_sunrise: None,
            meridiem_inferred: false,
            midnight: false,
            span,
        }
    }
}

/// A year written elsewhere in the paragraph of a date written without one (`১৫ ই সেপ্টেম্বর
/// শুভ দিনে , ১৮৭৬ সালে`, `১৪৪৩ হিজরির … আগামী ২০ অক্টোবর`), found by the stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TextYear {
    pub(crate) year: i32,
    /// The calendar the year counts in: [`Era::Christian`] for a Gregorian year (with or
    /// without an era word), [`Era::Hijri`], [`Era::Bangla`].
    pub(crate) calendar: Era,
    /// Written in the same sentence as the date.
    pub(crate) same_sentence: bool,
    /// … and the rest of that sentence speaks of the future (`… শেষ হবে`).
    pub(crate) future: bool,
    /// The year is another date's, written later in the sentence with its month (`আগে ২০ এপ্রিল
    /// ছিল, এখন ২১ এপ্রিল ২০২৫`): that month, so that the date takes the year that puts it
    /// nearest that date (`২০ ডিসেম্বর …, এখন ৫ জানুয়ারি ২০২৫` is of 2024). Read only with no
    /// reference.
    pub(crate) sibling_month: Option<u8>,
}

/// Relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RelParts {
    /// আজ 0, গতকাল −1, আগামীকাল +1, পরশু +2.
    Day(i8),
    /// গত/আগামী + weekday.
    Weekday(i8, Weekday),
    /// A weekday of a week counted from the reference's (`আগামী সপ্তাহের মঙ্গলবার` +1, `গত
    /// সপ্তাহের শুক্রবার` −1, `চলতি সপ্তাহের বৃহস্পতিবার` 0).
    WeekOf(i8, Weekday),
    /// N units ago (−) or later (+).
    Offset(i64, Unit),
}

/// What only a document reads ([`Grammar::document`]): a chain that holds one names a time
/// even when it is no date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DocPart {
    /// A length of time: `তিন দিন`, `৭২ ঘণ্টা`.
    Duration(Duration),
    /// A repeating day: `প্রতি শুক্রবার`, `প্রতিমাসের দ্বিতীয় শনিবার`.
    Set(Recurrence),
    /// An ordinal weekday (`চতুর্থ শনিবার`): a recurrence when it follows one in a list
    /// (`প্রতিমাসের দ্বিতীয় শনিবার এবং চতুর্থ শনিবার`), else nothing.
    NthWeekday(i8, Weekday),
    /// A year named alone, or (`other`) one of another calendar (`১৪৪৬ হিজরির`; no Gregorian
    /// value).
    /// `short`: two digits after a range's hyphen (`২০২৩-২৪ শিক্ষাবর্ষে`), the century the
    /// range's start's.
    /// `fiscal`: of a fiscal or academic year (`২০২৪-২০২৫ অর্থবছরের`), whose dates (July to
    /// June) are told under its first year.
    /// `story`: written as a year of the story (`১৯৯৮ সালে`, `১৯৭১-এ`, a heading `২০২৩ :`), not
    /// as a title's or a law's year (`(১৯৬২)`, `… আদেশ, ১৯৭২`), which dates nothing else.
    Year { year: i32, other: Option<CalendarEra>, short: bool, fiscal: bool, story: bool },
    /// A month or week counted from the reference (`আগামী মাসে`, `গত সপ্তাহে`), perhaps a day
    /// of that month (`গত মাসের ১৫ তারিখে`). (A year counted so is [`Chain::year_offset`].)
    Counted { unit: Unit, offset: i8, day: Option<u8> },
    /// A month counted from the story's (`পরের মাসে`, `আগের মাসের`, `সেই মাসে`): the month last
    /// told, plus this many.
    StoryMonth(i8),
    /// A week counted from the day last told (`পরের সপ্তাহে`, `আগের সপ্তাহে`, `সেই সপ্তাহে`):
    /// that day's week, plus this many.
    StoryWeek(i8),
    /// A month of every year: `প্রতি বছর জুন মাসে`.
    YearlyMonth(u8),
    /// A month named by an event's name (`জুলাই গণ-অভ্যুত্থান`: July 2024).
    NamedMonth { year: i32, month: u8 },
    /// A year named by an event's name (`একাত্তরের`: 1971).
    NamedYear(i32),
    /// The new year (`নতুন বছরের`): the reference's year early in it, the next late in it.
    NewYear,
    /// A year written with two digits and সাল (`৭১ সালে`) or an apostrophe (`'৭১`): its century
    /// from the reference, as a two-digit date's.
    ShortYear(u8),
    /// Another calendar's month with no day (`ভাদ্র মাস`): no Gregorian value.
    OtherMonth,
    /// A day at the head of a list (`২` in `২, ৩ ও ৪ মার্চ`), dated by the list.
    ListDay(u8),
    /// A decade, by its first year: `১৯৮০-এর দশকে`, `নব্বইয়ের দশকে`.
    Decade(i32),
    /// A century, by its first year: `বিংশ শতাব্দী` (1900).
    Century(i32),
    /// A fiscal or academic year counted from the reference (`গত অর্থবছরে`): it spans two
    /// calendar years, so it has no one value.
    SpanYear { offset: i8, fiscal: bool },
}

impl BanglaParts {
    /// A Bangabda month name read as a Śaka date when শকাব্দ is written, or when only the Śaka
    /// era makes the year plausible: ICU prints 2 Jan 2026 as `১২ পৌষ, ১৯৪৭ সাল`, while
    /// Bangabda 1600 is still 170 years away (the resolver flags the second case).
    pub(super) fn into_part(self) -> Part {
        // `৭ শ্রাবণ ২০৮১`: a year past the Gregorian years pages label Bangabda days with, and
        // with no calendar named, is far likelier a Vikram Samvat year (2081 VS is 2024 CE),
        // whose months are lunar: no date.
        let plain_year = matches!(self.era, None | Some(Era::Year));
        if !self.assamese && plain_year && self.year.is_some_and(|y| y >= VIKRAM_LIKELY_YEAR) {
            let year = self.year.map(|y| EraYear::new(CalendarEra::VikramSamvat, y));
            return Part::Lunisolar(year);
        }
        let saka = !self.assamese
            && (self.era == Some(Era::Saka)
                || (self.era != Some(Era::Bangla)
                    && self.year.is_some_and(|y| y > SAKA_YEAR_THRESHOLD)));
        if saka { Part::Saka(self) } else { Part::Bangla(self) }
    }
}

impl GregParts {
    /// A date as written: not inherited from a range's other end, a full year, no era conflict.
    pub(crate) fn written(
        day: Option<u8>,
        month: u8,
        year: Option<i32>,
        span: Range<usize>,
    ) -> GregParts {
        GregParts {
            day,
            month,
            year,
            span,
            inherited: false,
            short_year: false,
            era_conflict: None,
            other_era_year: None,
            year_inferred: false,
        }
    }
}

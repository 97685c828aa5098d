//! Recognisers for what a document holds besides the single expressions [`Parser::extract`]
//! reads: back-references to a day (`পরদিন`, `এ দিন`, `তার দুই দিন পর`), durations (`তিন দিন`,
//! `৭২ ঘণ্টা`), recurrences (`প্রতি শুক্রবার`, `প্রতিমাসের দ্বিতীয় শনিবার`), years and months
//! named alone (`২০১৯ সালের`, `জানুয়ারি মাস`), day parts alone (`গভীর রাতে`), bare hours in a
//! schedule (`৩টা পর্যন্ত`), newsroom times (`২১২২ ঘণ্টা, জুলাই ২৭, ২০২৩`) and year-first dates
//! (`২০২৪ মার্চ ০৮`).
//!
//! They run over the lexer's tokens of the whole text; the document reader drops what overlaps
//! an expression `extract` already found, except where a recogniser says it extends one.
//!
//! [`Parser::extract`]: crate::parse::Parser::extract

use core::ops::Range;

use chrono::Weekday;

use super::super::lexer::{Kind, Token};
use super::super::words::{DayPeriod, Era, Unit, Word, word_key};

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
    fn add(&mut self, n: u32, unit: Unit) {
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

/// What a recogniser found.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Found {
    /// A back-reference to a day: that day plus `days`.
    Anaphor {
        days: i64,
    },
    Duration(Duration),
    Set(Recurrence),
    /// A Gregorian year named alone; `other` for a year of another calendar (no Gregorian value).
    Year {
        year: i32,
        other: bool,
    },
    /// A Gregorian month named alone (`জানুয়ারি মাস`).
    Month(u8),
    /// A month of another calendar with its year (`ভাদ্র, ২০৮২`): no Gregorian value.
    OtherMonth,
    /// A Bangabda date written month first (`ভাদ্র ৯, ১৪৩২`).
    BanglaMonthFirst {
        day: u8,
        month: crate::Month,
        year: i32,
    },
    /// A day part alone (`গভীর রাতে`); `night_after` for দিবাগত.
    DayPart {
        period: DayPeriod,
        night_after: bool,
    },
    /// A bare clock hour (`৩টা`, `বারোটা`) next to থেকে / পর্যন্ত.
    BareHour(u32),
    /// A newsroom 24-hour time (`২১২২ ঘণ্টা`) written just before a date.
    Newsroom {
        hour: u32,
        minute: u32,
    },
    /// A month of every year (`প্রতি বছর জুন মাসে`).
    YearlyMonth(u8),
    /// A bare day at the head of a list (`২` in `২, ৩ ও ৪ মার্চ`).
    ListDay(u8),
    /// A year-first date with a month name (`২০২৪ মার্চ ০৮`).
    YearMonthDay {
        year: i32,
        month: u8,
        day: u8,
    },
    /// A year, month or week counted from the reference (`গত বছর`, `আগামী মাসে`, `এ সপ্তাহে`),
    /// perhaps narrowed to a month (`চলতি বছরের জুনে`) or a day (`গত মাসের ১৫ তারিখে`).
    RelativePeriod {
        unit: Unit,
        offset: i8,
        month: Option<u8>,
        day: Option<u8>,
    },
    /// `গত রাতে`: the night before the reference day.
    LastNight,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Extra {
    pub(crate) span: Range<usize>,
    pub(crate) found: Found,
}

struct Cursor<'a> {
    toks: &'a [Token],
    text: &'a str,
    /// Each word token's folded key, computed once (empty for numbers and punctuation).
    folded: Vec<String>,
}

/// Whether a folded word is the word `literal`. The recognisers' words are written in their
/// folded form (nukta letters in two parts, ো in one; a test checks every one of them), so this
/// is a plain comparison.
fn same_word(folded: &str, literal: &str) -> bool {
    folded == literal
}

/// The folded lookup key of a word as a string, with the Assamese ৰ read as র.
fn fold(word: &str) -> String {
    let mut buf = [0u8; super::super::words::MAX_KEY];
    let key = word_key(word, &mut buf).map(|k| String::from_utf8_lossy(k).into_owned());
    key.unwrap_or_else(|| word.to_owned()).replace('ৰ', "র")
}

impl Cursor<'_> {
    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }
    fn word(&self, i: usize) -> Option<Word> {
        self.tok(i).and_then(Token::word)
    }
    fn raw(&self, i: usize) -> &str {
        self.folded.get(i).map_or("", String::as_str)
    }
    fn is(&self, i: usize, words: &[&str]) -> bool {
        let w = self.raw(i);
        !w.is_empty() && words.iter().any(|x| same_word(w, x))
    }
    fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }
    fn span(&self, a: usize, b: usize) -> Range<usize> {
        let start = self.tok(a).map_or(0, |t| t.start);
        let end = self.tok(b).map_or(start, |t| t.end);
        start..end
    }
    fn is_latin(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            matches!(t.kind, Kind::Word(_))
                && self
                    .text
                    .get(t.start..t.end)
                    .is_some_and(|s| s.bytes().all(|b| b.is_ascii_alphabetic()))
        })
    }
    /// A count: digits (up to three) or a number word (`তিন`).
    fn count(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num(n) if n.digits <= 3 => u32::try_from(n.value).ok(),
            Kind::Word(Some(Word::HourWord { hour, minute: 0, unit: None })) => {
                Some(u32::from(hour))
            }
            _ => None,
        }
    }
    fn unit(&self, i: usize) -> Option<Unit> {
        match self.word(i) {
            Some(Word::Unit(u)) => Some(u),
            // Case forms the parser's vocabulary does not need: `২৪ ঘণ্টায়`, `দুই সপ্তাহে`.
            _ if self.is(i, &["ঘণ্টায়", "ঘন্টায়", "ঘণ্টাব্যাপী", "ঘণ্টাও"]) => {
                Some(Unit::Hour)
            }
            _ if self.is(i, &["সপ্তাহে", "সপ্তাহব্যাপী"]) => {
                Some(Unit::Week)
            }
            _ if self.is(i, &["দিনে", "দিনব্যাপী", "দিনও", "দিনই"]) => {
                Some(Unit::Day)
            }
            // Working days, counted as days.
            _ if self.is(
                i,
                &["কর্মদিবস", "কর্মদিবসের", "কর্মদিবসে", "কার্যদিবস", "কার্যদিবসের", "কার্যদিবসে"],
            ) =>
            {
                Some(Unit::Day)
            }
            _ if self.is(i, &["মাসব্যাপী", "মাসও"]) => Some(Unit::Month),
            _ if self.is(i, &["বছরও", "বছরব্যাপী"]) => Some(Unit::Year),
            _ if self.is(i, &["মিনিটও"]) => Some(Unit::Minute),
            _ => None,
        }
    }
    /// The unit of a period counted from the reference: `গত বছর`, `আগামী মাসে`, `এ সপ্তাহে`.
    fn calendar_unit(&self, i: usize) -> Option<Unit> {
        if self.is(i, &["বছর", "বছরে", "বছরের", "বছরই", "বছরেই"])
        {
            Some(Unit::Year)
        } else if self.is(i, &["মাস", "মাসে", "মাসের", "মাসেই"]) {
            Some(Unit::Month)
        } else if self.is(i, &["সপ্তাহ", "সপ্তাহে", "সপ্তাহের", "সপ্তাহেই"])
        {
            Some(Unit::Week)
        } else {
            None
        }
    }
    /// A four-digit year in a plausible range.
    fn year(&self, i: usize) -> Option<i32> {
        match self.tok(i)?.kind {
            Kind::Num(n) if n.digits == 4 && (1000..=2200).contains(&n.value) => {
                i32::try_from(n.value).ok()
            }
            _ => None,
        }
    }
}

/// Words that mean "that day" (0), "the next day" (+1), "the day before" (−1), in one token.
const ANAPHOR_ONE: &[(&str, i64)] = &[
    ("এদিন", 0),
    ("এদিনে", 0),
    ("এদিনই", 0),
    ("সেদিন", 0),
    ("সেদিনই", 0),
    ("সেদিনের", 0),
    ("ওইদিন", 0),
    ("ঐদিন", 0),
    ("ওইদিনই", 0),
    ("একইদিন", 0),
    ("সেইদিন", 0),
    ("সেইদিনই", 0),
    ("পরদিন", 1),
    ("পরদিনই", 1),
    ("পরেরদিন", 1),
    ("আগেরদিন", -1),
];
/// The first word of a two-word back-reference, with its day offset; the second is দিন.
const ANAPHOR_FIRST: &[(&str, i64)] = &[
    ("এ", 0),
    ("সে", 0),
    ("সেই", 0),
    ("ওই", 0),
    ("ঐ", 0),
    ("উক্ত", 0),
    ("একই", 0),
    ("পরের", 1),
    ("আগের", -1),
];
const DAY_FORMS: &[&str] = &["দিন", "দিনে", "দিনই", "দিনের"];

const ORDINALS: &[(&str, i8)] =
    &[("প্রথম", 1), ("দ্বিতীয়", 2), ("তৃতীয়", 3), ("চতুর্থ", 4), ("পঞ্চম", 5), ("শেষ", -1)];

/// Run every recogniser over `toks`.
pub(crate) fn recognise(text: &str, toks: &[Token]) -> Vec<Extra> {
    let folded = toks
        .iter()
        .map(|t| match t.kind {
            Kind::Word(_) => fold(text.get(t.start..t.end).unwrap_or_default()),
            _ => String::new(),
        })
        .collect();
    let c = Cursor { toks, text, folded };
    let mut out = Vec::new();
    let ordinal = |i: usize| {
        let w = c.raw(i);
        ORDINALS.iter().find(|(o, _)| !w.is_empty() && same_word(w, o)).map(|&(_, n)| n)
    };
    let weekday = |i: usize| match c.word(i) {
        Some(Word::Weekday { day, short: false, .. }) => Some(day),
        _ => None,
    };
    let mut i = 0;
    while i < toks.len() {
        // Back-references: `পরদিন`, `এ দিন`, `তার দুই দিন পর`. Not a day counted from an event
        // (`নির্বাচনের আগের দিন`, `ঈদের পরদিন`): a genitive that is no date word comes first.
        let after_event = i > 0
            && c.word(i - 1).is_none()
            && c.raw(i - 1).ends_with('র')
            && !c.is(i - 1, &["তার", "এর", "তারও", "এরও", "ওর", "সেটার", "এটার"]);
        if let Some(&(_, days)) = ANAPHOR_ONE.iter().find(|(w, _)| c.is(i, &[w])) {
            if !(after_event && days != 0) {
                out.push(Extra { span: c.span(i, i), found: Found::Anaphor { days } });
            }
            i += 1;
            continue;
        }
        if let Some(&(_, days)) = ANAPHOR_FIRST.iter().find(|(w, _)| c.is(i, &[w])) {
            if c.is(i + 1, DAY_FORMS) && !(after_event && days != 0) {
                out.push(Extra { span: c.span(i, i + 1), found: Found::Anaphor { days } });
                i += 2;
                continue;
            }
        }
        if c.is(i, &["তার", "এর", "তারও", "এরও"]) {
            if let (Some(n), Some(Unit::Day)) = (c.count(i + 1), c.unit(i + 2)) {
                let sign = if c.is(i + 3, &["পর", "পরে", "পরেই"]) {
                    Some(1)
                } else if c.is(i + 3, &["আগে", "আগেই"]) {
                    Some(-1)
                } else {
                    None
                };
                if let Some(sign) = sign {
                    let days = sign * i64::from(n);
                    out.push(Extra { span: c.span(i, i + 3), found: Found::Anaphor { days } });
                    i += 4;
                    continue;
                }
            }
        }
        // Periods counted from the reference: `গত বছর`, `আগামী মাসে`, `চলতি বছরের জুনে`.
        if let (Some(Word::Direction(offset)), Some(unit)) = (c.word(i), c.calendar_unit(i + 1)) {
            let mut end = i + 1;
            let (mut month, mut day) = (None, None);
            if unit == Unit::Year {
                if let Some(Word::GregMonth(m)) = c.word(i + 2) {
                    month = Some(m);
                    end = i + 2;
                }
            }
            if unit == Unit::Month {
                if let (Some(Kind::Num(n)), Some(Word::DateWord)) =
                    (c.tok(i + 2).map(|t| t.kind), c.word(i + 3))
                {
                    if (1..=31).contains(&n.value) && n.digits <= 2 {
                        day = Some(n.value as u8);
                        end = i + 3;
                    }
                }
            }
            // A count after it makes a duration (`গত তিন মাসে`): not this.
            if c.count(i + 2).is_none() || month.is_some() || day.is_some() {
                out.push(Extra {
                    span: c.span(i, end),
                    found: Found::RelativePeriod { unit, offset, month, day },
                });
                i = end + 1;
                continue;
            }
        }
        if matches!(c.word(i), Some(Word::Direction(-1)))
            && matches!(c.word(i + 1), Some(Word::Period(DayPeriod::Night)))
        {
            out.push(Extra { span: c.span(i, i + 1), found: Found::LastNight });
            i += 2;
            continue;
        }
        // Recurrences: `প্রতি শুক্রবার`, `প্রতিমাসের দ্বিতীয় শনিবার এবং চতুর্থ শনিবার`.
        let every = c.is(i, &["প্রতি", "প্রত্যেক", "প্রতিটি"]);
        let monthly_one = c.is(i, &["প্রতিমাসের", "প্রতিমাসে"]);
        let monthly_two = every && c.is(i + 1, &["মাসের", "মাসে"]);
        if monthly_one || monthly_two {
            let j = if monthly_one { i + 1 } else { i + 2 };
            if let (Some(n), Some(w)) = (ordinal(j), weekday(j + 1)) {
                let r = Recurrence { weekday: w, nth_of_month: Some(n) };
                out.push(Extra { span: c.span(i, j + 1), found: Found::Set(r) });
                let mut k = j + 2;
                // Coordinated: `… এবং চতুর্থ শনিবার`.
                while matches!(c.word(k), Some(Word::And)) || c.punct(k, ',') {
                    if let (Some(n), Some(w)) = (ordinal(k + 1), weekday(k + 2)) {
                        let r = Recurrence { weekday: w, nth_of_month: Some(n) };
                        out.push(Extra { span: c.span(k + 1, k + 2), found: Found::Set(r) });
                        k += 3;
                    } else {
                        break;
                    }
                }
                i = k;
                continue;
            }
        }
        if every {
            if let Some(w) = weekday(i + 1) {
                let r = Recurrence { weekday: w, nth_of_month: None };
                out.push(Extra { span: c.span(i, i + 1), found: Found::Set(r) });
                let mut k = i + 2;
                // Coordinated: `প্রতি শুক্রবার ও শনিবার`.
                while matches!(c.word(k), Some(Word::And)) || c.punct(k, ',') {
                    let Some(w) = weekday(k + 1) else { break };
                    let r = Recurrence { weekday: w, nth_of_month: None };
                    out.push(Extra { span: c.span(k + 1, k + 1), found: Found::Set(r) });
                    k += 2;
                }
                i = k;
                continue;
            }
        }
        // Newsroom time before a date: `০২০৭ ঘণ্টা, জানুয়ারি ২৫`.
        if let (Some(Kind::Num(n)), Some(Unit::Hour)) = (c.tok(i).map(|t| t.kind), c.unit(i + 1)) {
            let (h, m) = (n.value / 100, n.value % 100);
            if n.digits == 4 && h < 24 && m < 60 && c.punct(i + 2, ',') {
                let (hour, minute) = (h as u32, m as u32);
                out.push(Extra { span: c.span(i, i + 1), found: Found::Newsroom { hour, minute } });
                i += 3;
                continue;
            }
        }
        // Year-first date with a month name: `২০২৪ মার্চ ০৮`.
        if let (Some(year), Some(Word::GregMonth(month))) = (c.year(i), c.word(i + 1)) {
            if let Some(Kind::Num(d)) = c.tok(i + 2).map(|t| t.kind) {
                if (1..=31).contains(&d.value) && d.digits <= 2 {
                    let day = d.value as u8;
                    out.push(Extra {
                        span: c.span(i, i + 2),
                        found: Found::YearMonthDay { year, month, day },
                    });
                    i += 3;
                    continue;
                }
            }
        }
        // Years: `২০১৯ সালের`, `২০২৩-২৪ শিক্ষাবর্ষে`, `(১৯৪৭)`, `Polls 2021`, `১৪৪৩ হিজরির`.
        if let Some(year) = c.year(i) {
            let academic = |k: usize| {
                c.is(k, &["শিক্ষাবর্ষ", "শিক্ষাবর্ষে", "শিক্ষাবর্ষের", "অর্থবছর", "অর্থবছরে", "অর্থবছরের"])
            };
            let era = |k: usize| match c.word(k) {
                Some(Word::Era(Era::Year | Era::Christian)) => Some(false),
                Some(Word::Era(_)) => Some(true),
                _ if academic(k) || c.is(k, &["হিজরির", "বঙ্গাব্দের", "বঙ্গাব্দে"]) => {
                    Some(!academic(k))
                }
                _ => None,
            };
            // `২০২৩-২৪ শিক্ষাবর্ষে`: two years, the second written short.
            if c.punct(i + 1, '-') {
                if let (Some(Kind::Num(n)), Some(false)) =
                    (c.tok(i + 2).map(|t| t.kind), era(i + 3))
                {
                    let end = match n.digits {
                        2 => Some(year - year % 100 + n.value as i32),
                        4 => i32::try_from(n.value).ok(),
                        _ => None,
                    };
                    if let Some(end) = end.filter(|e| *e > year && *e - year < 10) {
                        out.push(Extra {
                            span: c.span(i, i),
                            found: Found::Year { year, other: false },
                        });
                        out.push(Extra {
                            span: c.span(i + 2, i + 3),
                            found: Found::Year { year: end, other: false },
                        });
                        i += 4;
                        continue;
                    }
                }
            }
            // `২০১৮ থেকে ২০২০`: two years joined by থেকে / হতে, with or without an era word.
            if matches!(c.word(i + 1), Some(Word::From)) {
                if let Some(end) =
                    c.year(i + 2).filter(|e| *e > year && (1800..=2100).contains(&year))
                {
                    let last = if era(i + 3) == Some(false) { i + 3 } else { i + 2 };
                    out.push(Extra {
                        span: c.span(i, i),
                        found: Found::Year { year, other: false },
                    });
                    out.push(Extra {
                        span: c.span(i + 2, last),
                        found: Found::Year { year: end, other: false },
                    });
                    i = last + 1;
                    continue;
                }
            }
            // `১৯৭১-এ`: a year with its case ending after a hyphen.
            if c.punct(i + 1, '-')
                && (matches!(c.word(i + 2), Some(Word::CaseSuffix)) || c.is(i + 2, &["এ", "তে"]))
                && c.tok(i + 2).is_some_and(|t| !t.space_before)
                && (1800..=2100).contains(&year)
            {
                out.push(Extra {
                    span: c.span(i, i + 2),
                    found: Found::Year { year, other: false },
                });
                i += 3;
                continue;
            }
            if let Some(other) = era(i + 1) {
                out.push(Extra { span: c.span(i, i + 1), found: Found::Year { year, other } });
                i += 2;
                continue;
            }
            let before_era = i > 0
                && matches!(c.word(i - 1), Some(Word::Era(Era::Hijri | Era::Bangla | Era::Saka)));
            if before_era {
                out.push(Extra {
                    span: c.span(i - 1, i),
                    found: Found::Year { year, other: true },
                });
                i += 1;
                continue;
            }
            let in_parens = i > 0 && c.punct(i - 1, '(') && c.punct(i + 1, ')');
            let english = (i > 0 && c.is_latin(i - 1)) || c.is_latin(i + 1);
            if (in_parens || english) && (1800..=2100).contains(&year) {
                out.push(Extra { span: c.span(i, i), found: Found::Year { year, other: false } });
                i += 1;
                continue;
            }
        }
        // Every year's month: `প্রতি বছর জুন মাসে` recurs, it is no one month.
        let yearly = (c.is(i, &["প্রতি", "প্রত্যেক"]) && c.calendar_unit(i + 1) == Some(Unit::Year))
            .then_some(i + 2)
            .or_else(|| c.is(i, &["প্রতিবছর", "প্রতিবছরের"]).then_some(i + 1));
        if let Some(j) = yearly {
            if let Some(Word::GregMonth(m)) = c.word(j) {
                let end = if c.unit(j + 1) == Some(Unit::Month) { j + 1 } else { j };
                out.push(Extra { span: c.span(i, end), found: Found::YearlyMonth(m) });
                i = end + 1;
                continue;
            }
        }
        // Months named alone: `জানুয়ারি মাস`, `মে মাসের প্রথম সপ্তাহে`.
        if let (Some(Word::GregMonth(m)), Some(Unit::Month)) = (c.word(i), c.unit(i + 1)) {
            let mut end = i + 1;
            if ordinal(i + 2).is_some() && c.is(i + 3, &["সপ্তাহ", "সপ্তাহে", "সপ্তাহের"])
            {
                end = i + 3;
            }
            out.push(Extra { span: c.span(i, end), found: Found::Month(m) });
            i = end + 1;
            continue;
        }
        // Another calendar's month and year, or a month-first Bangabda date.
        if let Some(Word::BanglaMonth(month)) = c.word(i) {
            if c.unit(i + 1) == Some(Unit::Month) {
                out.push(Extra { span: c.span(i, i + 1), found: Found::OtherMonth });
                i += 2;
                continue;
            }
            if c.punct(i + 1, ',') && c.year(i + 2).is_some() {
                out.push(Extra { span: c.span(i, i + 2), found: Found::OtherMonth });
                i += 3;
                continue;
            }
            if let (Some(Kind::Num(d)), true, Some(year)) =
                (c.tok(i + 1).map(|t| t.kind), c.punct(i + 2, ','), c.year(i + 3))
            {
                if (1..=32).contains(&d.value) && d.digits <= 2 {
                    let day = d.value as u8;
                    out.push(Extra {
                        span: c.span(i, i + 3),
                        found: Found::BanglaMonthFirst { day, month, year },
                    });
                    i += 4;
                    continue;
                }
            }
        }
        // The head of a list of days: `২, ৩ ও ৪ মার্চ`.
        if let (Some(Kind::Num(n)), true, Some(Kind::Num(m))) =
            (c.tok(i).map(|t| t.kind), c.punct(i + 1, ','), c.tok(i + 2).map(|t| t.kind))
        {
            if n.digits <= 2
                && m.digits <= 2
                && (1..=31).contains(&n.value)
                && (1..=31).contains(&m.value)
            {
                out.push(Extra { span: c.span(i, i), found: Found::ListDay(n.value as u8) });
                i += 1;
                continue;
            }
        }
        // Durations: `তিন দিন`, `পরবর্তী ৭২ ঘণ্টা`, `তিনদিন`, `২০ বছর ৯ মাস`, `তিন (৩) মাস`.
        if let Some((span, d, next)) = duration(&c, i) {
            out.push(Extra { span, found: Found::Duration(d) });
            i = next;
            continue;
        }
        // Day parts alone: `গভীর রাতে`, `দিবাগত রাতে`.
        // `দিবাগত গভীর রাতে`: qualifiers of the period, one or two.
        let qualifiers = &["গভীর", "দিবাগত", "দিনগত"];
        let mut p = i;
        while p < i + 2 && c.is(p, qualifiers) {
            p += 1;
        }
        if let Some(Word::Period(period)) = c.word(p) {
            let raw = c.tok(p).and_then(|t| text.get(t.start..t.end)).unwrap_or_default();
            // Only the locative (`রাতে`, `সন্ধ্যায়`): `রাতের খাবার` is dinner, not a time.
            let locative = raw.ends_with('ে')
                || raw.ends_with("েই")
                || raw.ends_with("য়")
                || raw.ends_with("য়")
                || raw.ends_with("য়ই");
            let generic = p > 0 && c.is(p - 1, &["এক", "চলাকালীন", "প্রতিদিন", "রোজ", "প্রতি"]);
            let clock_follows = matches!(c.tok(p + 1).map(|t| t.kind), Some(Kind::Num(_)))
                || matches!(c.word(p + 1), Some(Word::HourWord { .. } | Word::Fraction(_)));
            // `সকাল থেকে`, `রাত পর্যন্ত`, `সন্ধ্যার দিকে`: a day part with a signal word.
            let signal = matches!(c.word(p + 1), Some(Word::From | Word::Until));
            let approx = c.is(p + 1, &["দিকে", "নাগাদ"]);
            if approx && !generic && !clock_follows {
                let night_after = (i..p).any(|k| c.is(k, &["দিবাগত", "দিনগত"]));
                let found = Found::DayPart { period, night_after };
                out.push(Extra { span: c.span(i, p + 1), found });
                i = p + 2;
                continue;
            }
            if (locative || signal) && !generic && !clock_follows {
                let night_after = (i..p).any(|k| c.is(k, &["দিবাগত", "দিনগত"]));
                out.push(Extra {
                    span: c.span(i, p),
                    found: Found::DayPart { period, night_after },
                });
                i = p + 1;
                continue;
            }
        }
        // Bare hours beside থেকে / পর্যন্ত: `৩টা পর্যন্ত`, `একটা থেকে`, `১২টা থেকে ১টা`.
        if let Some((hour, end)) = bare_hour(&c, i) {
            let signal = |k: usize| matches!(c.word(k), Some(Word::From | Word::Until));
            if signal(end + 1) || (i > 0 && signal(i - 1)) {
                out.push(Extra { span: c.span(i, end), found: Found::BareHour(hour) });
                i = end + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// `৩টা`, `৩ টা`, `চারটা`: an hour of 1..=12 with the টা suffix; the index of its last token.
fn bare_hour(c: &Cursor<'_>, i: usize) -> Option<(u32, usize)> {
    match c.tok(i)?.kind {
        Kind::Word(Some(Word::HourWord { hour, minute: 0, unit: Some(_) })) => {
            Some((u32::from(hour), i))
        }
        Kind::Num(n) if n.digits <= 2 && (1..=12).contains(&n.value) => {
            matches!(c.word(i + 1), Some(Word::HourUnit { .. })).then_some((n.value as u32, i + 1))
        }
        _ => None,
    }
}

/// A duration starting at token `i`: its span, value and the token after it.
fn duration(c: &Cursor<'_>, i: usize) -> Option<(Range<usize>, Duration, usize)> {
    let start = i;
    let mut j = i;
    // পরবর্তী / আগামী / গত + a count is still a duration: `পরবর্তী ৭২ ঘণ্টা`.
    if c.is(j, &["পরবর্তী", "পরের"]) || matches!(c.word(j), Some(Word::Direction(-1 | 1)))
    {
        j += 1;
    }
    let mut d = Duration::default();
    let mut last = None;
    loop {
        // `দেড় ঘণ্টা`, `আড়াই ঘণ্টা`, `আধা ঘণ্টা`, `সাড়ে তিন ঘণ্টা`: hours and a half.
        let half = match c.word(j) {
            Some(Word::HourWord { hour, minute: 30, unit: None }) => Some((u32::from(hour), j)),
            Some(Word::Fraction(30)) => c.count(j + 1).map(|n| (n, j + 1)),
            _ if c.is(j, &["আধা", "আধ"]) => Some((0, j)),
            _ => None,
        };
        if let Some((h, k)) = half {
            if c.unit(k + 1) == Some(Unit::Hour) {
                d.add(h, Unit::Hour);
                d.add(30, Unit::Minute);
                last = Some(k + 1);
                j = k + 2;
                continue;
            }
        }
        if let Some(Word::Quantity(n, unit)) = c.word(j) {
            d.add(u32::from(n), unit);
            last = Some(j);
            j += 1;
        } else if let Some(n) = c.count(j) {
            // `তিন (৩) মাস`: the count repeated in digits.
            let mut k = j + 1;
            if c.punct(k, '(') && c.count(k + 1) == Some(n) && c.punct(k + 2, ')') {
                k += 3;
            }
            match c.unit(k) {
                Some(unit) => {
                    d.add(n, unit);
                    last = Some(k);
                    j = k + 1;
                }
                None => break,
            }
        } else {
            break;
        }
    }
    let last = last?;
    // `১১ দিন আগে` is a relative date, not a duration: the parser reads it.
    if matches!(c.word(j), Some(Word::AgoLater(_))) {
        return None;
    }
    let first = if d == Duration::default() { return None } else { start };
    // A direction word alone in front of a bare count is not part of it when nothing followed.
    Some((c.span(first, last), d, j))
}

#[cfg(test)]
mod tests {
    use super::fold;

    /// Every Bengali word the recognisers compare is written in its folded form, so that a
    /// plain comparison with a folded token is right.
    #[test]
    fn words_are_written_folded() {
        let source = include_str!("recognise.rs");
        let mut checked = 0;
        for (k, piece) in source.split('"').enumerate() {
            let bengali = piece.chars().any(|c| ('\u{0980}'..='\u{09FF}').contains(&c));
            if k % 2 == 1 && bengali && !piece.contains(char::is_whitespace) && !piece.contains('`')
            {
                assert_eq!(fold(piece), piece, "write {piece} in its folded form");
                checked += 1;
            }
        }
        assert!(checked > 50, "only {checked} words found");
    }
}

//! Document mode: every temporal mention of a whole text, in order, each anchored to the text's
//! own dates.
//!
//! A story is not a list of independent strings: in `বুধবার (১২ জুন) সকাল নাগাদ … পরদিন
//! সন্ধ্যা ৭টা`, `পরদিন` is 13 June only because of what came before it.
//! [`Parser::read_document`] reads the text with the parser's own engine, grammar, vocabulary
//! and resolver — the document recognisers of the grammar add what only makes sense in a
//! document (back-references to a day, durations, recurrences, years and months named alone,
//! periods counted from the reference) — and anchors each incomplete mention by choosing what to
//! read it against, then reading its chain again with the one resolver: the day, time, zone
//! and warnings of a mention are always the resolver's. It says in [`Mention::anchor`] what a
//! mention was anchored to:
//!
//! | rule | example | anchored to |
//! |---|---|---|
//! | a full date | `১৫ আগস্ট ১৯৭৫` | itself ([`Anchor::Written`]) |
//! | a relative day, a bare weekday | `গতকাল`, `মঙ্গলবার`, `গত বুধবার` | the reference ([`Anchor::Reference`]); a bare weekday is the nearest such day, or the next one when its sentence speaks in the future (`… শুরু হবে`) |
//! | a yearless date | `১৫ আগস্ট` after `১৯৭৫ সালের ১৫ আগস্ট` on the same line | the story's year ([`Anchor::Story`]), else the reference (the coming date when its sentence is in the future tense), else the text's first year |
//! | a time or day part alone | `দুপুর ১২টা`, `গভীর রাতে` | the last date of its sentence, the other end of its range, the date of the sentence before (same line), the last date of its line (a day part), else the reference's day |
//! | the head of a list | `২` in `২, ৩ ও ৪ মার্চ` | the list's month and year ([`AnchorRule::List`]); the first end of a range or list shares the year its last end settled on |
//! | a back-reference | `পরদিন`, `আগের দিন`, `সেদিন`, `তার দুই দিন পর` | the last day mentioned, plus the offset ([`Anchor::Mention`]) |
//! | a year, month or week counted | `গত বছর`, `আগামী মাসে`, `গত সপ্তাহে`, `গত মাসের ১৫ তারিখে`, `গত রাতে` | the reference |
//! | a year of the story | `সে বছর`, `পরের বছর` | the year last written, plus the offset ([`Anchor::Story`]) |
//! | a date bar in several calendars | `১১ই এপ্রিল, ২০২৫ খ্রিস্টাব্দ , ২৮শে চৈত্র, ১৪৩১ বঙ্গাব্দ , ১২ই শাওয়াল, ১৪৪৬ হিজরি` | one mention per calendar; a Hijri date takes the day the page pairs it with (months begin by moon sighting) |
//! | a schedule's hours | `সকল ইউনিটের পরীক্ষা সকাল ১১টা থেকে দুপুর ১২টা পর্যন্ত অনুষ্ঠিত হবে` | nothing: they recur ([`Anchor::Recurring`]) |
//!
//! A mention that carries its own full date is never changed by its neighbours, and keeps the
//! zone the resolver chose for it (a date read in West Bengal is in Kolkata time). Only a
//! Gregorian year makes a story's year: a Hijri, Śaka or Bangabda year never does.
//!
//! # Bounds
//!
//! The reader is linear in the text and holds a bounded window (it also reads from any
//! [`std::io::Read`]: [`Parser::read_document_reader`]). Anchoring looks back only at what it
//! keeps: the last day mentioned, the story's year and the line it was written on, and the day
//! of the sentence before — however far back in the text they were written, so `সেদিন` after
//! ten pages of undated text still points at the last date. A mention is held until its
//! sentence ends, so that the sentence's tense is known; a sentence longer than
//! [`MAX_SENTENCE_TOKENS`] tokens is read in pieces of that length. With no reference, the
//! text's first year stands in for it: mentions before that year are held for at most
//! [`HOLD_MENTIONS`] mentions while the reader looks for it.

mod anchor;
mod layout;
mod reader;
mod values;

use core::ops::Range;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

pub(crate) use layout::Layout;
pub use layout::MAX_SENTENCE_TOKENS;
pub use reader::{DocumentReader, HOLD_MENTIONS};
pub use values::{Duration, Recurrence};

use super::{DayPeriod, Match, Parser, Role, Warning};
use crate::calendar::era::EraYear;
use crate::error::Error;

/// Every temporal mention of a text, in order, and the expressions that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Document {
    /// The mentions, in text order, without overlap.
    pub mentions: Vec<Mention>,
    /// Expressions that look like dates but are not valid (`৩২ জানুয়ারি`), with their spans.
    /// The serde form writes them (as [`Error`]'s serde form); reading a document back leaves
    /// them empty, since errors are made by the crate, not read.
    #[cfg_attr(feature = "serde", serde(skip_deserializing))]
    pub errors: Vec<Error>,
}

/// What kind of thing a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", tag = "type"))]
#[non_exhaustive]
pub enum MentionKind {
    /// A day or a moment (`date`, `time`, `period` say which parts are known).
    Point,
    /// A whole month (`জানুয়ারি মাস`): `year` and `month` are set.
    Month,
    /// A whole year (`২০১৯ সালের`): `year` is set.
    Year,
    /// A whole ISO week (`গত সপ্তাহে`): `year` and `week` are set.
    Week,
    /// A decade (`১৯৮০-এর দশকে`, `নব্বইয়ের দশকে`): `year` is its first year; TimeML `198`.
    Decade,
    /// A century (`বিংশ শতাব্দী`): `year` is its first year; TimeML `19`.
    Century,
    /// A date of another calendar with no day (`১৪৪৩ হিজরির`, `ভাদ্র, ২০৮২`): no Gregorian value.
    OtherCalendar,
    /// A length of time (`তিন দিন`, `৭২ ঘণ্টা`), not a date.
    Duration(Duration),
    /// A day that repeats (`প্রতি শুক্রবার`), not a date.
    Set(Recurrence),
}

impl MentionKind {
    /// A short kebab-case name of the kind, stable for machine use.
    ///
    /// ```
    /// use bangla_date::parse::MentionKind;
    /// assert_eq!(MentionKind::OtherCalendar.code(), "other-calendar");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            MentionKind::Point => "point",
            MentionKind::Month => "month",
            MentionKind::Year => "year",
            MentionKind::Week => "week",
            MentionKind::Decade => "decade",
            MentionKind::Century => "century",
            MentionKind::OtherCalendar => "other-calendar",
            MentionKind::Duration(_) => "duration",
            MentionKind::Set(_) => "set",
        }
    }
}

/// Why a back-reference or a lone time took the day it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum AnchorRule {
    /// A time or day part alone takes the last date of its sentence.
    Sentence,
    /// The end of a range takes what it lacks from its start (`দুপুর ১২টা থেকে ১টা`).
    Range,
    /// A day part alone takes the last date of its paragraph (`… গভীর রাতে`).
    Paragraph,
    /// A time takes the date of the sentence just before, in the same paragraph (`আগামী ১৯
    /// ডিসেম্বর ভোট। সকাল ৭টা থেকে বিকেল ৫টা পর্যন্ত …`).
    PreviousSentence,
    /// The head of a list takes the month and year of the list (`২` in `২, ৩ ও ৪ মার্চ`).
    List,
    /// A back-reference (`পরদিন`, `এ দিন`) takes the last day mentioned, plus its offset.
    BackReference,
    /// With no reference, a bare weekday or a time takes the last day mentioned in the text.
    LastDay,
}

impl AnchorRule {
    /// A short kebab-case name, stable for machine use (the serde form's).
    ///
    /// ```
    /// use bangla_date::parse::AnchorRule;
    /// assert_eq!(AnchorRule::BackReference.code(), "back-reference");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            AnchorRule::Sentence => "sentence",
            AnchorRule::Range => "range",
            AnchorRule::Paragraph => "paragraph",
            AnchorRule::PreviousSentence => "previous-sentence",
            AnchorRule::List => "list",
            AnchorRule::BackReference => "back-reference",
            AnchorRule::LastDay => "last-day",
        }
    }
}

/// What an incomplete mention was resolved against.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", tag = "to"))]
#[non_exhaustive]
pub enum Anchor {
    /// Complete as written (a full date), or not a point in time (a duration, a recurrence).
    Written,
    /// The reference moment (the publication time): relative words, bare weekdays, yearless
    /// dates, times of the report day.
    Reference,
    /// The year of another mention nearby (`১৫ আগস্ট` in a story about `১৫ আগস্ট ১৯৭৫`).
    Story {
        /// The year taken.
        year: i32,
        /// The span of the mention it came from.
        from: Range<usize>,
    },
    /// The day of another mention, plus `days`.
    Mention {
        /// Which rule applied.
        rule: AnchorRule,
        /// The span of the mention anchored to.
        from: Range<usize>,
        /// Days added to that mention's date (1 for পরদিন, −1 for আগের দিন).
        days: i64,
    },
    /// A time that recurs in a schedule: deliberately no date.
    Recurring,
    /// Incomplete, and nothing in the text or the settings completes it.
    Unanchored,
}

impl Anchor {
    /// A short kebab-case name of what the mention was anchored to, stable for machine use
    /// (the serde form's `to`).
    ///
    /// ```
    /// use bangla_date::parse::Anchor;
    /// assert_eq!(Anchor::Unanchored.code(), "unanchored");
    /// ```
    pub const fn code(&self) -> &'static str {
        match self {
            Anchor::Written => "written",
            Anchor::Reference => "reference",
            Anchor::Story { .. } => "story",
            Anchor::Mention { .. } => "mention",
            Anchor::Recurring => "recurring",
            Anchor::Unanchored => "unanchored",
        }
    }
}

/// Something the document reader assumed, beyond what the text says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Assumption {
    /// A bare hour (`৩টা`, `একটা`) was read in working hours: 1–6 as p.m., 7–11 as a.m.
    WorkingHours,
    /// The end of a time range was earlier than its start, so it was read 12 hours later
    /// (`সকাল ৯টা থেকে সাড়ে ৩টা` ends at 15:30).
    RangeEndAfterStart,
    /// A small hour of the night after a named day is on the next calendar day (`মঙ্গলবার দিনগত
    /// রাত ৩টা` is Wednesday 03:00).
    NightFollowsDay,
    /// A bare weekday was taken in the direction its sentence's tense points.
    Tense,
    /// The month is the one an event's name stands for (`জুলাই গণ-অভ্যুত্থান`: July 2024, the
    /// uprising in Bangladesh), not one written with its year.
    NamedEvent,
    /// A bare clock after another moment of its sentence was read as the first such hour after
    /// it: an almanac's windows one after another (`রাত্রি ০৮:১৯ থেকে ১০:৩৩ পর্যন্ত, তারপর
    /// ১২:০৩ থেকে ০১:৩২`: 00:03 the next day).
    AfterPrevious,
}

impl Assumption {
    /// A short kebab-case name, stable for machine use (the serde form's).
    ///
    /// ```
    /// use bangla_date::parse::Assumption;
    /// assert_eq!(Assumption::WorkingHours.code(), "working-hours");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            Assumption::WorkingHours => "working-hours",
            Assumption::RangeEndAfterStart => "range-end-after-start",
            Assumption::NightFollowsDay => "night-follows-day",
            Assumption::Tense => "tense",
            Assumption::NamedEvent => "named-event",
            Assumption::AfterPrevious => "after-previous",
        }
    }
}

/// One temporal mention of a document, with its value and how it was resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Mention {
    /// Byte offsets in the text (in the serde form, `start` and `end` beside the other fields).
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Range<usize>,
    /// What it names.
    pub kind: MentionKind,
    /// The Gregorian day, when known (written or anchored).
    pub date: Option<NaiveDate>,
    /// The time of day, when written.
    pub time: Option<NaiveTime>,
    /// The moment, when both day and time are known, in the parser's zone (serde form as
    /// [`Match::datetime`]'s).
    #[cfg_attr(feature = "serde", serde(with = "crate::parse::matches::moment_serde"))]
    pub datetime: Option<DateTime<FixedOffset>>,
    /// The part of the day, when written (`সকালে`): reported instead of an invented time.
    pub period: Option<DayPeriod>,
    /// The year, when known (also for [`MentionKind::Year`] and [`MentionKind::Month`]).
    pub year: Option<i32>,
    /// The month, when known.
    pub month: Option<u8>,
    /// The ISO week, for [`MentionKind::Week`] (with `year` its ISO year).
    pub week: Option<u32>,
    /// The part the mention plays in a range or list.
    pub role: Role,
    /// What an incomplete mention was anchored to.
    pub anchor: Anchor,
    /// What was assumed beyond the text.
    pub assumptions: Vec<Assumption>,
    /// The value in TimeML (TIMEX3) form (see [`Mention::timex`]), when one is known.
    pub value: Option<String>,
    /// What is worth knowing about the value as anchored (the expression's own warnings, and
    /// those of reading it on the day it was anchored to: a zone's gap or fold, an inferred
    /// year).
    pub warnings: Vec<Warning>,
    /// The single-expression reading ([`Parser::extract`]), when the mention is one: weekday,
    /// Bangabda, Hijri and Śaka parts and approximations are there.
    pub expression: Option<Match>,
    /// For a year of another era (`কলিযুগাব্দ ৫১২৬`, `১৪৪৬ হিজরির`, `শকাব্দ ১৯৪৩-১৯৪৪`), the
    /// era, the year, and the Gregorian years it overlaps; its `value` stays empty (no single
    /// Gregorian year is meant).
    pub era_year: Option<EraYear>,
}

impl Mention {
    /// The text of the mention.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.clone()).unwrap_or_default()
    }

    /// The value in TimeML (TIMEX3) form: `2023-11-07`, `2023-11-07T12:00`, `2023-11-07TMO`
    /// (a day part), `T15:30` (a recurring time), `2024-05`, `2019`, `197` (the 1970s),
    /// `P3D`, `XXXX-WXX-5`; `None` when nothing is known. The same as [`Mention::value`].
    pub fn timex(&self) -> Option<String> {
        self.value.clone()
    }

    /// The TimeML value of what the mention holds.
    pub(crate) fn compute_value(&self) -> Option<String> {
        match self.kind {
            MentionKind::Duration(d) => return Some(d.iso()),
            MentionKind::Set(r) => return Some(r.timex()),
            MentionKind::Year => return self.year.map(|y| format!("{y:04}")),
            MentionKind::Week => return Some(format!("{:04}-W{:02}", self.year?, self.week?)),
            MentionKind::Decade => return Some(format!("{:03}", self.year? / 10)),
            MentionKind::Century => return Some(format!("{:02}", self.year? / 100)),
            MentionKind::Month => {
                return Some(match self.year {
                    Some(y) => format!("{y:04}-{:02}", self.month?),
                    None if self.anchor == Anchor::Recurring => format!("XXXX-{:02}", self.month?),
                    None => return None,
                });
            }
            MentionKind::OtherCalendar => return None,
            MentionKind::Point => {}
        }
        // (Written by hand: chrono's strftime parses its pattern on every call, a cost every
        // mention of a long document paid.)
        use chrono::{Datelike, Timelike};
        use core::fmt::Write;
        let mut value = String::with_capacity(16);
        if let Some(d) = self.date {
            let _ = write!(value, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
        }
        match (self.time, self.period) {
            (Some(t), _) => {
                let _ = write!(value, "T{:02}:{:02}", t.hour(), t.minute());
            }
            (None, Some(p)) => {
                value.push('T');
                value.push_str(period_code(p));
            }
            (None, None) => {}
        }
        (!value.is_empty()).then_some(value)
    }
}

/// The TimeML day-part code: MO, MI, AF, EV, NI.
fn period_code(p: DayPeriod) -> &'static str {
    match p {
        DayPeriod::Dawn | DayPeriod::Morning => "MO",
        DayPeriod::Noon => "MI",
        DayPeriod::Afternoon | DayPeriod::Daytime => "AF",
        DayPeriod::Evening => "EV",
        DayPeriod::Night => "NI",
    }
}

impl Parser {
    /// Read a whole text — an article, a notice, a biography — as one document: every temporal
    /// mention, in order, each anchored to the text's own dates (see [the module
    /// documentation](crate::parse::document) for the rules). Give the publication moment as the
    /// [reference](Parser::reference).
    ///
    /// ```
    /// use bangla_date::parse::{Anchor, Parser};
    /// use chrono::NaiveDate;
    ///
    /// let text = "বুধবার (১২ জুন) সকালে মিছিল হয়। পরদিন সন্ধ্যা ৭টায় সমাবেশ। তিন দিন ধরে চলবে।";
    /// let published = NaiveDate::from_ymd_opt(2024, 6, 14).unwrap().and_hms_opt(9, 0, 0).unwrap();
    /// let doc = Parser::new().reference(published).read_document(text);
    /// let values: Vec<_> = doc.mentions.iter().map(|m| m.timex()).collect();
    /// let expected = ["2024-06-12TMO", "2024-06-13T19:00", "P3D"];
    /// assert_eq!(values, expected.map(|v| Some(v.to_owned())));
    /// // পরদিন is the day after the mention before it, and says so.
    /// assert!(matches!(doc.mentions[1].anchor, Anchor::Mention { days: 1, .. }));
    /// ```
    pub fn read_document(&self, text: &str) -> Document {
        let mut doc = Document::default();
        for item in reader::read_str(*self, text) {
            match item {
                Ok(m) => doc.mentions.push(m),
                Err(e) => doc.errors.push(e),
            }
        }
        doc
    }

    /// [`Parser::read_document`] over any [`std::io::Read`], mention by mention as each is
    /// anchored, in memory bounded as [`Parser::extract_reader`]'s (see [the
    /// bounds](crate::parse::document#bounds)): a book, a year of a newspaper, a crawl shard.
    /// Invalid UTF-8 and expressions that are not valid dates come as `Err` items in text
    /// order; the reading goes on after them.
    ///
    /// ```
    /// use bangla_date::parse::Parser;
    /// use chrono::NaiveDate;
    ///
    /// let text = "১৯৭৫ সালের ১৫ আগস্ট ঘটনাটি ঘটে। পরদিন সকালে খবর ছড়ায়।";
    /// let parser = Parser::new();
    /// let read: Vec<_> = parser.read_document_reader(text.as_bytes()).collect::<Result<_, _>>()?;
    /// assert_eq!(read, parser.read_document(text).mentions);
    /// assert_eq!(read[1].date, NaiveDate::from_ymd_opt(1975, 8, 16));
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn read_document_reader<R: std::io::Read>(&self, reader: R) -> DocumentReader<R> {
        DocumentReader::new(*self, reader)
    }
}

//! Document mode: every temporal mention of a whole text, in order, each anchored to the text's
//! own dates.
//!
//! A story is not a list of independent strings: in `বুধবার (১২ জুন) সকাল নাগাদ … পরদিন
//! সন্ধ্যা ৭টা`, `পরদিন` is 13 June only because of what came before it. [`Parser::read_document`]
//! reads the text with [`Parser::extract`], adds what only makes sense in a document
//! (back-references to a day, day parts and times alone, durations, recurrences, years and months
//! named alone), then walks the mentions in order and anchors each incomplete one, saying in
//! [`Mention::anchor`] what it was anchored to:
//!
//! | rule | example | anchored to |
//! |---|---|---|
//! | a full date | `১৫ আগস্ট ১৯৭৫` | itself ([`Anchor::Written`]) |
//! | a relative day, a bare weekday | `গতকাল`, `মঙ্গলবার`, `গত বুধবার` | the reference ([`Anchor::Reference`]); a bare weekday is the nearest such day, or the next one when its sentence speaks in the future (`… শুরু হবে`) |
//! | a yearless date | `১৫ আগস্ট` after `১৯৭৫ সালের ১৫ আগস্ট` in the same paragraph | the story's year ([`Anchor::Story`]), else the reference (the coming date when its sentence is in the future tense) |
//! | a time or day part alone | `দুপুর ১২টা`, `গভীর রাতে` | the last date of its sentence, the other end of its range, the date of the sentence before (same paragraph), the last date of its paragraph (a day part), else the reference's day |
//! | the head of a list | `২` in `২, ৩ ও ৪ মার্চ` | the list's month and year ([`AnchorRule::List`]); the first end of a range or list shares the year its last end settled on |
//! | a back-reference | `পরদিন`, `আগের দিন`, `সেদিন`, `তার দুই দিন পর` | the last day mentioned, plus the offset ([`Anchor::Mention`]) |
//! | a year, month or week counted | `গত বছর`, `আগামী মাসে`, `গত সপ্তাহে`, `গত মাসের ১৫ তারিখে`, `গত রাতে` | the reference |
//! | a date bar in several calendars | `১১ই এপ্রিল, ২০২৫ খ্রিস্টাব্দ , ২৮শে চৈত্র, ১৪৩১ বঙ্গাব্দ , ১২ই শাওয়াল, ১৪৪৬ হিজরি` | one mention per calendar; a Hijri date takes the day the page pairs it with (months begin by moon sighting) |
//! | a schedule's hours | `সকল ইউনিটের পরীক্ষা সকাল ১১টা থেকে দুপুর ১২টা পর্যন্ত অনুষ্ঠিত হবে` | nothing: they recur ([`Anchor::Recurring`]) |
//!
//! A mention that carries its own full date is never changed by its neighbours.

mod recognise;

use core::ops::Range;

use chrono::{
    DateTime, Datelike, Duration as Days, FixedOffset, NaiveDate, NaiveTime, Timelike, Weekday,
};

pub use recognise::{Duration, Recurrence};
use recognise::{Extra, Found};

use super::lexer;
use super::words::Word;
use super::zone::Localized;
use super::{DayPeriod, Match, Parser, Role, Unit, Warning, YearResolution, Zone};
use crate::BanglaDate;
use crate::error::Error;

/// Every temporal mention of a text, in order, and the expressions that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Document {
    /// The mentions, in text order, without overlap.
    pub mentions: Vec<Mention>,
    /// Expressions that look like dates but are not valid (`৩২ জানুয়ারি`), with their spans.
    #[cfg_attr(feature = "serde", serde(skip))]
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
        }
    }
}

/// One temporal mention of a document, with its value and how it was resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Mention {
    /// Byte offsets in the text.
    pub span: Range<usize>,
    /// What it names.
    pub kind: MentionKind,
    /// The Gregorian day, when known (written or anchored).
    pub date: Option<NaiveDate>,
    /// The time of day, when written.
    pub time: Option<NaiveTime>,
    /// The moment, when both day and time are known, in the parser's zone.
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
    /// The single-expression reading ([`Parser::extract`]), when the mention is one: weekday,
    /// Bangabda, Hijri and Śaka parts, approximations and warnings are there.
    pub expression: Option<Match>,
}

impl Mention {
    /// The text of the mention.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.clone()).unwrap_or_default()
    }

    /// The value in TimeML (TIMEX3) form: `2023-11-07`, `2023-11-07T12:00`, `2023-11-07TMO`
    /// (a day part), `T15:30` (a recurring time), `2024-05`, `2019`, `P3D`, `XXXX-WXX-5`; `None`
    /// when nothing is known.
    pub fn timex(&self) -> Option<String> {
        match self.kind {
            MentionKind::Duration(d) => return Some(d.iso()),
            MentionKind::Set(r) => return Some(r.timex()),
            MentionKind::Year => return self.year.map(|y| format!("{y:04}")),
            MentionKind::Week => return Some(format!("{:04}-W{:02}", self.year?, self.week?)),
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
        let day = self.date.map(|d| d.format("%Y-%m-%d").to_string());
        let time = match (self.time, self.period) {
            (Some(t), _) => Some(t.format("T%H:%M").to_string()),
            (None, Some(p)) => Some(format!("T{}", period_code(p))),
            (None, None) => None,
        };
        match (day, time) {
            (Some(d), Some(t)) => Some(format!("{d}{t}")),
            (Some(d), None) => Some(d),
            (None, Some(t)) => Some(t),
            (None, None) => None,
        }
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
        let mut items = self.expressions(text, &mut doc.errors);
        let mut toks = Vec::new();
        lexer::lex(text, &mut toks);
        trim_labels(text, &toks, &mut items);
        let items_split = split_calendars(self, text, &toks, items);
        let mut items = items_split;
        let extras = recognise::recognise(text, &toks);
        merge(self, text, &mut items, extras);
        items.sort_by_key(|it| it.span.start);
        let layout = Layout::new(text);
        anchor_all(self, text, &layout, &mut items);
        // The first end of a range or list takes the year its last end settled on
        // (`১৭ থেকে ২০ আগস্ট`, `৩ ও ৪ মার্চ`), back to front.
        for k in (1..items.len()).rev() {
            let (head, tail) = items.split_at_mut(k);
            let (Some(a), Some(b)) = (head.last_mut(), tail.first()) else { continue };
            let joined = matches!(a.role, Role::RangeStart | Role::ListItem)
                && matches!(b.role, Role::RangeEnd | Role::ListItem);
            if let (true, Some(ad), Some(bd), false) = (joined, a.date, b.date, a.written_day()) {
                let year = if ad.month() > bd.month() { bd.year() - 1 } else { bd.year() };
                if ad.year() != year {
                    a.date = ad.with_year(year);
                }
            }
        }
        // The head of a list takes its list's final date (`২` in `২, ৩ ও ৪ মার্চ`).
        let dates: Vec<(Range<usize>, Option<NaiveDate>)> =
            items.iter().map(|it| (it.span.clone(), it.date)).collect();
        for it in items.iter_mut().filter(|it| it.list_head) {
            if let Anchor::Mention { from, .. } = &it.anchor {
                if let Some((_, Some(d))) = dates.iter().find(|(s, _)| s == from) {
                    it.date = d.with_day(u32::from(it.day.unwrap_or(1)));
                }
            }
        }
        // A back-reference with nothing before it to point at (`সে দিন আর নেই`) is no date.
        items.retain(|it| !(it.back.is_some() && it.anchor == Anchor::Unanchored));
        doc.mentions = items.into_iter().map(Item::into_mention).collect();
        doc
    }

    /// [`Parser::extract`] line by line (an expression never spans a line break), with spans
    /// into the whole text.
    fn expressions(&self, text: &str, errors: &mut Vec<Error>) -> Vec<Item> {
        let mut out = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            for m in self.extract(line) {
                match m {
                    Ok(m) => out.push(Item::from_match(shift(m, offset), self.effective_zone())),
                    Err(e) => errors.push(match e.span() {
                        Some(s) => Error::at(e.kind().clone(), s.start + offset..s.end + offset),
                        None => e,
                    }),
                }
            }
            offset += line.len();
        }
        out
    }
}

/// A date bar in several calendars (`১১ই এপ্রিল, ২০২৫ খ্রিস্টাব্দ , ২৮শে চৈত্র, ১৪৩১ বঙ্গাব্দ ,
/// ১২ই শাওয়াল, ১৪৪৬ হিজরি`) is one match for the parser, which checks the parts against each
/// other; in a document each calendar's date is a mention of its own, with its own value: a
/// Bangabda date converted by its rule, a Hijri date the Gregorian day the page pairs it with
/// (Hijri months begin by moon sighting, so the page's pairing is the best evidence).
fn split_calendars(p: &Parser, text: &str, toks: &[lexer::Token], items: Vec<Item>) -> Vec<Item> {
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let Some(m) = it.expression.as_ref() else {
            out.push(it);
            continue;
        };
        let calendars =
            [m.month.is_some(), m.bangla.is_some(), m.hijri.is_some(), m.saka.is_some()];
        if calendars.iter().filter(|c| **c).count() < 2 || m.time.is_some() {
            out.push(it);
            continue;
        }
        let pieces = calendar_pieces(toks, &it.span);
        let mut parts = Vec::new();
        for piece in &pieces {
            let Some(s) = text.get(piece.clone()) else { break };
            match p.parse(s) {
                Ok(pm) => parts.push((piece.clone(), pm)),
                Err(_) => break,
            }
        }
        if pieces.len() < 2 || parts.len() != pieces.len() {
            out.push(it);
            continue;
        }
        for (piece, pm) in parts {
            let hijri_only = pm.date.is_none() && (pm.hijri.is_some() || pm.saka.is_some());
            let mut part = Item::from_match(shift(pm, piece.start), it.zone);
            part.span = piece;
            if hijri_only {
                // The page's own pairing.
                part.date = it.date;
                part.kind = MentionKind::Point;
                part.anchor = Anchor::Written;
            }
            if part.date.is_none() {
                part.kind = MentionKind::OtherCalendar;
            }
            out.push(part);
        }
    }
    out
}

/// The spans of the dates a match written in several calendars is made of: each ends at the year
/// after a month name (and its era word), the next starts after the separators.
fn calendar_pieces(toks: &[lexer::Token], span: &Range<usize>) -> Vec<Range<usize>> {
    let first = toks.partition_point(|t| t.start < span.start);
    let inside: Vec<&lexer::Token> =
        toks.get(first..).unwrap_or_default().iter().take_while(|t| t.end <= span.end).collect();
    let mut pieces = Vec::new();
    let mut start: Option<usize> = None;
    let mut seen_month = false;
    let mut k = 0;
    while let Some(t) = inside.get(k) {
        let separator = matches!(t.kind, lexer::Kind::Punct(',' | '|' | '-' | '–' | '—'));
        if start.is_none() && !separator {
            start = Some(t.start);
        }
        if matches!(
            t.word(),
            Some(
                Word::GregMonth(_)
                    | Word::BanglaMonth(_)
                    | Word::AssameseMonth(_)
                    | Word::HijriMonth(_)
            )
        ) {
            seen_month = true;
        }
        // A year after a month name ends a date; its era word goes with it.
        let year = matches!(t.kind, lexer::Kind::Num(n) if n.digits >= 3);
        if seen_month && year {
            let mut end = t.end;
            if let Some(era) = inside.get(k + 1).filter(|e| matches!(e.word(), Some(Word::Era(_))))
            {
                end = era.end;
                k += 1;
            }
            if let Some(s) = start.take() {
                pieces.push(s..end);
            }
            seen_month = false;
        }
        k += 1;
    }
    // Anything left over (a time, a weekday after the last year) keeps the pieces from standing
    // alone: the parser's single reading is kept.
    if start.is_some() {
        return Vec::new();
    }
    pieces
}

/// Leave the labels in front of a timestamp outside the mention (`প্রকাশিত :`, `আপডেট:`,
/// `তারিখ:`): the parser keeps them in its match, a document's mention is the date itself.
fn trim_labels(text: &str, toks: &[lexer::Token], items: &mut [Item]) {
    for it in items.iter_mut() {
        let first = toks.partition_point(|t| t.start < it.span.start);
        let mut start = it.span.start;
        for t in toks.get(first..).unwrap_or_default() {
            let label = matches!(t.word(), Some(Word::Label | Word::DateWord))
                || matches!(t.kind, lexer::Kind::Punct(':' | '|' | '-' | '–' | '—' | ','));
            if !label || t.end >= it.span.end {
                start = t.start;
                break;
            }
        }
        if start > it.span.start && start < it.span.end && text.is_char_boundary(start) {
            it.span.start = start;
        }
    }
}

/// Move a match found in a line to the line's place in the whole text.
fn shift(mut m: Match, by: usize) -> Match {
    let mv = |s: &mut Range<usize>| *s = s.start + by..s.end + by;
    mv(&mut m.span);
    for w in &mut m.warnings {
        if let Some(span) = w.span_mut() {
            mv(span);
        }
    }
    m
}

/// A mention being built.
#[derive(Debug, Clone)]
struct Item {
    span: Range<usize>,
    kind: MentionKind,
    date: Option<NaiveDate>,
    time: Option<NaiveTime>,
    period: Option<DayPeriod>,
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    weekday: Option<Weekday>,
    role: Role,
    anchor: Anchor,
    assumptions: Vec<Assumption>,
    expression: Option<Match>,
    /// A back-reference's day offset.
    back: Option<i64>,
    /// The night after the named day (দিবাগত, দিনগত).
    night_after: bool,
    /// A bare hour whose half of the day is not written.
    bare_hour: bool,
    /// A period counted from the reference: unit, offset, month, day.
    counted: Option<(Unit, i8, Option<u8>, Option<u8>)>,
    /// `গত রাতে`.
    last_night: bool,
    /// The head of a list, dated by the list (its anchor is set when merged).
    list_head: bool,
    week: Option<u32>,
    zone: Zone,
}

impl Item {
    fn new(span: Range<usize>, kind: MentionKind) -> Item {
        Item {
            span,
            kind,
            date: None,
            time: None,
            period: None,
            year: None,
            month: None,
            day: None,
            weekday: None,
            role: Role::Single,
            anchor: Anchor::Written,
            assumptions: Vec::new(),
            expression: None,
            back: None,
            night_after: false,
            bare_hour: false,
            counted: None,
            last_night: false,
            list_head: false,
            week: None,
            zone: Zone::DHAKA,
        }
    }

    fn from_match(m: Match, zone: Zone) -> Item {
        let mut it = Item::new(m.span.clone(), MentionKind::Point);
        it.zone = zone;
        it.date = m.date;
        // A time or weekday alone that the parser dated by the reference: in a document its
        // day comes from the text around it first.
        it.time = m.time;
        it.period = m.period;
        it.year = m.year;
        it.month = m.month;
        it.day = m.day;
        it.weekday = m.weekday;
        it.role = m.role;
        // A month or a year alone (`২০২০ সালের মার্চে`).
        if m.date.is_none() && m.day.is_none() && m.year.is_some() && m.relative.is_none() {
            it.kind = if m.month.is_some() { MentionKind::Month } else { MentionKind::Year };
        }
        if m.warnings.iter().any(|w| matches!(w, Warning::DateFromReference)) {
            it.date = None;
            (it.year, it.month, it.day) = (None, None, None);
        }
        // A Bangabda date alone already converted; a Hijri or Śaka date alone has no day.
        if m.date.is_none()
            && m.month.is_none()
            && (m.hijri.is_some() || m.saka.is_some())
            && m.weekday.is_none()
        {
            it.kind = MentionKind::OtherCalendar;
        }
        it.expression = Some(m);
        it
    }

    /// Whether the day is written in full (not inferred, not relative).
    fn written_day(&self) -> bool {
        let Some(m) = &self.expression else {
            return self.back.is_none() && self.date.is_some() && self.anchor == Anchor::Written;
        };
        m.date.is_some()
            && m.relative.is_none()
            && !m
                .warnings
                .iter()
                .any(|w| matches!(w, Warning::YearInferred { .. } | Warning::DateFromReference))
    }

    /// A time or day part with nothing that names a day.
    fn dayless(&self) -> bool {
        self.kind == MentionKind::Point
            && self.back.is_none()
            && self.date.is_none()
            && self.month.is_none()
            && self.weekday.is_none()
            && self.expression.as_ref().is_none_or(|m| m.relative.is_none() && m.bangla.is_none())
            && (self.time.is_some() || self.period.is_some())
    }

    fn into_mention(self) -> Mention {
        let datetime = match (self.date, self.time) {
            (Some(d), Some(t)) => match self.zone.localize(d.and_time(t)) {
                Localized::Exact(dt) | Localized::Repeated(dt) | Localized::Skipped(dt) => Some(dt),
                Localized::Unrepresentable => None,
            },
            _ => None,
        };
        let (year, month) = match self.date {
            Some(d) => (Some(d.year()), Some(d.month() as u8)),
            None => (self.year, self.month),
        };
        Mention {
            span: self.span,
            kind: self.kind,
            date: self.date,
            time: self.time,
            datetime,
            period: self.period,
            year,
            month,
            week: self.week,
            role: self.role,
            anchor: self.anchor,
            assumptions: self.assumptions,
            expression: self.expression,
        }
    }
}

/// Put the recognisers' finds among the parser's expressions: join those that extend one
/// (a back-reference before a time, a newsroom time before a date, a day part after a date),
/// replace those a recurrence contains, and drop the rest that overlap.
fn merge(p: &Parser, text: &str, items: &mut Vec<Item>, extras: Vec<Extra>) {
    let zone = p.effective_zone();
    let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    let gap_is = |a: usize, b: usize, allowed: &[&str]| {
        text.get(a..b).is_some_and(|g| {
            g.split(|c: char| c.is_whitespace() || c == ')' || c == '(')
                .all(|w| w.is_empty() || allowed.contains(&w))
        })
    };
    for e in extras {
        let idx_overlap = items.iter().position(|it| overlaps(&it.span, &e.span));
        match e.found {
            Found::Set(r) => {
                items.retain(|it| !overlaps(&it.span, &e.span));
                items.push(Item::new(e.span, MentionKind::Set(r)));
            }
            Found::Anaphor { days } => {
                if let Some(k) = idx_overlap {
                    // The parser read `পরদিন সকাল ৬টা` as one expression with no day: it is
                    // the back-reference.
                    if let Some(x) =
                        items.get_mut(k).filter(|x| x.date.is_none() && x.month.is_none())
                    {
                        x.back = Some(days);
                    }
                    continue;
                }
                let mut it = Item::new(e.span.clone(), MentionKind::Point);
                it.back = Some(days);
                it.zone = zone;
                // `পরদিন সকাল ৬টা ৪ মিনিট`: the time after it is its time.
                let after = |x: &Item| {
                    x.span.start >= e.span.end
                        && gap_is(e.span.end, x.span.start, &[])
                        && x.dayless()
                };
                if let Some(t) = take(items, after) {
                    it.span = e.span.start..t.span.end;
                    it.time = t.time;
                    it.period = t.period;
                    it.role = t.role;
                    it.zone = t.zone;
                    it.expression = t.expression;
                }
                items.push(it);
            }
            Found::Newsroom { hour, minute } => {
                let after = |x: &&mut Item| {
                    x.span.start >= e.span.end
                        && gap_is(e.span.end, x.span.start, &[","])
                        && x.time.is_none()
                        && x.date.is_some()
                };
                if let Some(x) = items.iter_mut().find(after) {
                    x.span.start = e.span.start;
                    x.time = NaiveTime::from_hms_opt(hour, minute, 0);
                    x.zone = zone;
                }
            }
            Found::YearMonthDay { year, month, day } => {
                if idx_overlap.is_some() {
                    continue;
                }
                let Some(date) = NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day))
                else {
                    continue;
                };
                let mut it = Item::new(e.span.clone(), MentionKind::Point);
                it.date = Some(date);
                it.zone = zone;
                let after = |x: &Item| {
                    x.span.start >= e.span.end
                        && gap_is(e.span.end, x.span.start, &[","])
                        && x.dayless()
                        && x.time.is_some()
                };
                if let Some(t) = take(items, after) {
                    it.span.end = t.span.end;
                    it.time = t.time;
                    it.zone = t.zone;
                    it.expression = t.expression;
                }
                items.push(it);
            }
            Found::DayPart { period, night_after } => {
                if idx_overlap.is_some() {
                    continue;
                }
                // `রোববার (০৫ সেপ্টেম্বর) দিবাগত গভীর রাতে`: the day part of the date before it.
                let before = items.iter_mut().find(|x| {
                    x.span.end <= e.span.start
                        && gap_is(x.span.end, e.span.start, &[])
                        && x.time.is_none()
                        && x.period.is_none()
                        && x.kind == MentionKind::Point
                });
                if let Some(x) = before {
                    x.span.end = e.span.end;
                    x.period = Some(period);
                    x.night_after |= night_after;
                    continue;
                }
                let mut it = Item::new(e.span, MentionKind::Point);
                it.period = Some(period);
                it.night_after = night_after;
                it.zone = zone;
                items.push(it);
            }
            found => {
                if idx_overlap.is_some() {
                    continue;
                }
                let mut it = Item::new(e.span.clone(), MentionKind::Point);
                it.zone = zone;
                match found {
                    Found::Duration(d) => it.kind = MentionKind::Duration(d),
                    Found::Year { year, other } => {
                        it.kind =
                            if other { MentionKind::OtherCalendar } else { MentionKind::Year };
                        it.year = (!other).then_some(year);
                    }
                    Found::Month(m) => {
                        it.kind = MentionKind::Month;
                        it.month = Some(m);
                    }
                    Found::YearlyMonth(m) => {
                        it.kind = MentionKind::Month;
                        it.month = Some(m);
                        it.anchor = Anchor::Recurring;
                    }
                    Found::OtherMonth => it.kind = MentionKind::OtherCalendar,
                    Found::BanglaMonthFirst { day, month, year } => {
                        match BanglaDate::new(year, month, day, p.rule) {
                            Ok(b) => it.date = Some(b.to_gregorian()),
                            Err(_) => it.kind = MentionKind::OtherCalendar,
                        }
                    }
                    Found::RelativePeriod { unit, offset, month, day } => {
                        it.counted = Some((unit, offset, month, day));
                    }
                    Found::LastNight => {
                        it.last_night = true;
                        it.period = Some(DayPeriod::Night);
                    }
                    Found::ListDay(d) => {
                        // The next item, after `, `, carries the list's month.
                        let next = items
                            .iter()
                            .filter(|x| {
                                x.span.start >= e.span.end
                                    && gap_is(e.span.end, x.span.start, &[","])
                            })
                            .find(|x| x.month.is_some() && x.kind == MentionKind::Point);
                        let Some(next) = next else { continue };
                        it.month = next.month;
                        it.day = Some(d);
                        it.year = next.year;
                        it.date = next.date.and_then(|nd| nd.with_day(u32::from(d)));
                        it.role = Role::ListItem;
                        it.anchor = Anchor::Mention {
                            rule: AnchorRule::List,
                            from: next.span.clone(),
                            days: 0,
                        };
                        it.list_head = true;
                    }
                    Found::BareHour(h) => {
                        it.time = NaiveTime::from_hms_opt(h, 0, 0);
                        it.bare_hour = true;
                    }
                    _ => continue,
                }
                items.push(it);
            }
        }
    }
    // `মঙ্গলবার (০৪ অক্টোবর) দিনগত রাত ৩ টার দিকে`: a date and the time after it, split by a
    // word the parser does not know, are one moment.
    items.sort_by_key(|it| it.span.start);
    let mut k = 0;
    while let (Some(a), Some(b)) = (items.get(k), items.get(k + 1)) {
        let joinable = a.kind == MentionKind::Point
            && a.time.is_none()
            && (a.date.is_some() || a.day.is_some() || a.weekday.is_some())
            && b.dayless()
            && b.time.is_some()
            && gap_is(a.span.end, b.span.start, &["দিনগত", "দিবাগত", "গভীর"]);
        if joinable {
            let night = text.get(a.span.end..b.span.start).is_some_and(|g| g.contains("গত"));
            let b = items.remove(k + 1);
            if let Some(a) = items.get_mut(k) {
                a.span.end = b.span.end;
                a.time = b.time;
                a.period = b.period.or(a.period);
                a.night_after |= night;
                a.zone = b.zone;
            }
        }
        k += 1;
    }
    // Matches whose own text says দিবাগত.
    for it in items.iter_mut() {
        if let Some(s) = text.get(it.span.clone()) {
            if s.contains("দিবাগত") || s.contains("দিনগত") {
                it.night_after = true;
            }
        }
    }
}

/// Remove and return the first item that `pred` accepts.
fn take(items: &mut Vec<Item>, pred: impl Fn(&Item) -> bool) -> Option<Item> {
    let k = items.iter().position(pred)?;
    Some(items.remove(k))
}

/// Sentence and paragraph boundaries.
struct Layout {
    /// Byte offsets where a sentence ends (after `।`, `?`, `!`, a line break).
    sentence_ends: Vec<usize>,
    /// Byte offsets of line breaks.
    line_ends: Vec<usize>,
}

impl Layout {
    fn new(text: &str) -> Layout {
        let mut sentence_ends = Vec::new();
        let mut line_ends = Vec::new();
        for (i, c) in text.char_indices() {
            if matches!(c, '।' | '?' | '!' | '\n') {
                sentence_ends.push(i + c.len_utf8());
            }
            if c == '\n' {
                line_ends.push(i);
            }
        }
        Layout { sentence_ends, line_ends }
    }
    fn sentence(&self, at: usize) -> usize {
        self.sentence_ends.partition_point(|&e| e <= at)
    }
    fn paragraph(&self, at: usize) -> usize {
        self.line_ends.partition_point(|&e| e < at)
    }
}

/// Words whose presence in a sentence marks the future (`হবে`, `চলবে`, `থাকবে`).
fn future_tense(sentence: &str) -> bool {
    sentence
        .split(|c: char| {
            !c.is_alphanumeric() && c != '\u{09CD}' && !('\u{0980}'..='\u{09FF}').contains(&c)
        })
        .any(|w| {
            let w = w.trim_end_matches(['।', '়']);
            (w.ends_with("বে") || w.ends_with("বেন"))
                && w.chars().count() >= 3
                && !w.ends_with("সবে")
        })
}

/// Whether a sentence says "every day" (`প্রতিদিন`, `রোজ`, `দৈনিক`).
fn daily(sentence: &str) -> bool {
    sentence.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| {
            !c.is_alphanumeric() && !('\u{0980}'..='\u{09FF}').contains(&c)
        });
        matches!(
            w,
            "প্রতিদিন"
                | "প্রতিদিনই"
                | "রোজ"
                | "দৈনিক"
                | "প্রত্যহ"
                | "প্রত্যেকদিন"
        )
    }) || sentence.contains("প্রতি দিন")
}

fn sentence_text<'t>(text: &'t str, layout: &Layout, at: usize) -> &'t str {
    let s = layout.sentence(at);
    let start = if s == 0 { 0 } else { layout.sentence_ends.get(s - 1).copied().unwrap_or(0) };
    let end = layout.sentence_ends.get(s).copied().unwrap_or(text.len());
    text.get(start..end).unwrap_or_default()
}

/// A day mentioned, to anchor later mentions to.
#[derive(Debug, Clone)]
struct Day {
    date: NaiveDate,
    /// The day named, when the moment is in the small hours of the night after it (`বৃহস্পতিবার
    /// দিবাগত রাত ২টা` is Friday 02:00, but `পরদিন` after it is Friday too).
    named: NaiveDate,
    span: Range<usize>,
    sentence: usize,
    paragraph: usize,
}

/// Walk the mentions in order and anchor each incomplete one.
fn anchor_all(p: &Parser, text: &str, layout: &Layout, items: &mut [Item]) {
    let reference = p.reference.map(|r| r.date());
    // The year a story is about: the last written year, by paragraph.
    let mut story: Option<(i32, Option<NaiveDate>, Range<usize>, usize)> = None;
    let mut last_day: Option<Day> = None;
    // With no reference, a text's first written year stands in for it.
    let first_year = items.iter().find_map(|it| match it.kind {
        MentionKind::Year => it.year.map(|y| (y, it.span.clone())),
        MentionKind::Point if it.written_day() => it.date.map(|d| (d.year(), it.span.clone())),
        _ => None,
    });
    for k in 0..items.len() {
        let (before, rest) = items.split_at_mut(k);
        let Some(it) = rest.first_mut() else { break };
        let sentence = layout.sentence(it.span.start);
        let paragraph = layout.paragraph(it.span.start);
        match it.kind {
            MentionKind::Year => {
                if let Some(y) = it.year {
                    story = Some((y, None, it.span.clone(), paragraph));
                }
                continue;
            }
            MentionKind::Month if it.anchor == Anchor::Recurring => continue,
            MentionKind::Month if it.year.is_some() => {
                it.anchor = Anchor::Written;
                continue;
            }
            MentionKind::Month => {
                let (year, anchor) = match &story {
                    Some((y, _, from, para)) if *para == paragraph => {
                        (Some(*y), Anchor::Story { year: *y, from: from.clone() })
                    }
                    _ => match reference {
                        Some(r) => (
                            Some(month_year(r, it.month.unwrap_or(1), p.year_resolution)),
                            Anchor::Reference,
                        ),
                        None => (None, Anchor::Unanchored),
                    },
                };
                it.year = year;
                it.anchor = if year.is_some() { anchor } else { Anchor::Unanchored };
                continue;
            }
            MentionKind::Point => {}
            _ => continue,
        }
        if let Some(counted) = it.counted {
            match reference {
                Some(r) => count_from(it, r, counted),
                None => it.anchor = Anchor::Unanchored,
            }
        } else if it.list_head {
            // Dated by its list when merged.
        } else if it.last_night {
            match reference {
                Some(r) => {
                    it.date = r.pred_opt();
                    it.anchor = Anchor::Reference;
                }
                None => it.anchor = Anchor::Unanchored,
            }
        } else if it.written_day() {
            it.anchor = Anchor::Written;
            if let Some(d) = it.date {
                story = Some((d.year(), Some(d), it.span.clone(), paragraph));
            }
        } else if let Some(days) = it.back {
            match &last_day {
                Some(day) => {
                    it.date = day.named.checked_add_signed(Days::days(days));
                    it.anchor = Anchor::Mention {
                        rule: AnchorRule::BackReference,
                        from: day.span.clone(),
                        days,
                    };
                }
                None => it.anchor = Anchor::Unanchored,
            }
        } else if it.month.is_some()
            && it.day.is_some()
            && it.expression.as_ref().is_some_and(|m| m.relative.is_none())
        {
            // A yearless date: the story's year when one is fixed in the same paragraph, else
            // the reference, else the text's first year.
            let story_here = story.as_ref().filter(|s| s.3 == paragraph || reference.is_none());
            let base = match (story_here, reference, &first_year) {
                (Some((y, d, from, _)), _, _) => {
                    Some((d.unwrap_or_else(|| mid_year(*y)), from.clone()))
                }
                (None, None, Some((y, from))) => Some((mid_year(*y), from.clone())),
                _ => None,
            };
            match base {
                Some((b, from)) => {
                    // Read again around the story's date, so that গত/আগামী and a written
                    // weekday still choose among the years around it.
                    if let Some(d) = reparse(p, text, it, b) {
                        it.date = Some(d);
                        it.anchor = Anchor::Story { year: d.year(), from };
                    }
                }
                None => {
                    it.anchor =
                        if it.date.is_some() { Anchor::Reference } else { Anchor::Unanchored };
                    // A yearless date in a sentence told in the future is the coming one
                    // (`২, ৩ ও ৪ মার্চ পরীক্ষা হবে`), unless the caller chose a direction.
                    let future = future_tense(sentence_text(text, layout, it.span.start));
                    if let (Some(r), Some(d), true, YearResolution::Nearest) =
                        (reference, it.date, future, p.year_resolution)
                    {
                        let coming = reparse_as(p, text, it, r, YearResolution::Future);
                        if let Some(c) = coming.filter(|c| *c != d) {
                            it.date = Some(c);
                            it.assumptions.push(Assumption::Tense);
                        }
                    }
                }
            }
        } else if it.expression.as_ref().is_some_and(|m| m.relative.is_some()) {
            it.anchor = if it.date.is_some() { Anchor::Reference } else { Anchor::Unanchored };
        } else if let (Some(w), None) = (it.weekday, it.date) {
            // A bare weekday: the nearest such day to the reference (or to the last day
            // mentioned), or the next one when its sentence speaks in the future.
            let future = future_tense(sentence_text(text, layout, it.span.start));
            let (base, anchor) = match (reference, &last_day) {
                (Some(r), _) => (Some(r), Anchor::Reference),
                (None, Some(d)) => (
                    Some(d.date),
                    Anchor::Mention { rule: AnchorRule::LastDay, from: d.span.clone(), days: 0 },
                ),
                (None, None) => (None, Anchor::Unanchored),
            };
            if let Some(base) = base {
                let how = match p.year_resolution {
                    YearResolution::Nearest if future => {
                        it.assumptions.push(Assumption::Tense);
                        YearResolution::Future
                    }
                    how => how,
                };
                it.date = Some(weekday_near(base, w, how));
            }
            it.anchor = anchor;
        } else if it.dayless() {
            anchor_dayless(text, layout, it, before, &last_day, reference, sentence, paragraph);
        }
        // The night after the named day: its small hours are on the next calendar day.
        if let (Some(d), Some(t)) = (it.date, it.time) {
            let night =
                it.night_after || it.period == Some(DayPeriod::Night) && !it.parser_dated_moment();
            if night && t.hour() < 6 && !it.parser_dated_moment() {
                it.date = d.succ_opt();
                it.assumptions.push(Assumption::NightFollowsDay);
            }
        }
        if it.kind == MentionKind::Point {
            if let Some(d) = it.date {
                if it.back.is_none() || it.anchor != Anchor::Unanchored {
                    let after_midnight = it.night_after && it.time.is_some_and(|t| t.hour() < 6);
                    let named = if after_midnight { d.pred_opt().unwrap_or(d) } else { d };
                    let span = it.span.clone();
                    last_day = Some(Day { date: d, named, span, sentence, paragraph });
                }
            }
        }
    }
}

impl Item {
    /// A moment the parser resolved itself from what was written (দিবাগত included), not from the
    /// reference alone.
    fn parser_dated_moment(&self) -> bool {
        self.expression.as_ref().is_some_and(|m| {
            m.datetime.is_some()
                && !m.warnings.iter().any(|w| matches!(w, Warning::DateFromReference))
        })
    }
}

/// A year, month, week or day counted from the reference `r`.
fn count_from(
    it: &mut Item,
    r: NaiveDate,
    (unit, offset, month, day): (Unit, i8, Option<u8>, Option<u8>),
) {
    let offset = i32::from(offset);
    it.anchor = Anchor::Reference;
    match unit {
        Unit::Year => {
            let year = r.year() + offset;
            it.year = Some(year);
            it.kind = MentionKind::Year;
            if let Some(m) = month {
                it.kind = MentionKind::Month;
                it.month = Some(m);
            }
        }
        Unit::Month => {
            let months = r.year() * 12 + r.month0() as i32 + offset;
            let (year, month0) = (months.div_euclid(12), months.rem_euclid(12));
            it.year = Some(year);
            it.month = Some(month0 as u8 + 1);
            it.kind = MentionKind::Month;
            if let Some(d) = day {
                it.date = NaiveDate::from_ymd_opt(year, month0 as u32 + 1, u32::from(d));
                it.kind = MentionKind::Point;
                if it.date.is_none() {
                    it.anchor = Anchor::Unanchored;
                }
            }
        }
        _ => {
            let day = r.checked_add_signed(Days::weeks(i64::from(offset))).unwrap_or(r);
            let week = day.iso_week();
            it.year = Some(week.year());
            it.week = Some(week.week());
            it.kind = MentionKind::Week;
        }
    }
}

fn mid_year(y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, 7, 2).unwrap_or(NaiveDate::MIN)
}

/// The year of month `m` seen from `r`.
fn month_year(r: NaiveDate, m: u8, how: YearResolution) -> i32 {
    let (ry, rm) = (r.year(), r.month() as i32);
    let m = i32::from(m);
    match how {
        YearResolution::Past => {
            if m <= rm {
                ry
            } else {
                ry - 1
            }
        }
        YearResolution::Future => {
            if m >= rm {
                ry
            } else {
                ry + 1
            }
        }
        YearResolution::Nearest => {
            if m - rm > 6 {
                ry - 1
            } else if rm - m > 6 {
                ry + 1
            } else {
                ry
            }
        }
    }
}

/// Read a yearless mention again against `base` as its reference, so that গত/আগামী and a
/// written weekday still choose among the years around it.
fn reparse(p: &Parser, text: &str, it: &Item, base: NaiveDate) -> Option<NaiveDate> {
    reparse_as(p, text, it, base, YearResolution::Nearest)
}

fn reparse_as(
    p: &Parser,
    text: &str,
    it: &Item,
    base: NaiveDate,
    how: YearResolution,
) -> Option<NaiveDate> {
    let span = &it.expression.as_ref()?.span;
    let s = text.get(span.clone())?;
    let at = base.and_hms_opt(12, 0, 0)?;
    let m = p.reference(at).year_resolution(how).parse(s).ok()?;
    m.date
}

/// The day named `w` nearest `base` (ties and today go to `base` itself), or the next / last one.
fn weekday_near(base: NaiveDate, w: Weekday, how: YearResolution) -> NaiveDate {
    let ahead = (i64::from(w.num_days_from_monday())
        - i64::from(base.weekday().num_days_from_monday()))
    .rem_euclid(7);
    let back = (7 - ahead) % 7;
    let days = match how {
        YearResolution::Future => ahead,
        YearResolution::Past => -back,
        YearResolution::Nearest => {
            if ahead < back {
                ahead
            } else {
                -back
            }
        }
    };
    base.checked_add_signed(Days::days(days)).unwrap_or(base)
}

/// A time or a day part alone.
#[allow(clippy::too_many_arguments)]
fn anchor_dayless(
    text: &str,
    layout: &Layout,
    it: &mut Item,
    before: &[Item],
    last_day: &Option<Day>,
    reference: Option<NaiveDate>,
    sentence: usize,
    paragraph: usize,
) {
    // The other end of its range.
    let partner = match it.role {
        Role::RangeEnd => before.last().filter(|b| b.role == Role::RangeStart),
        _ => None,
    };
    if let Some(start) = partner {
        if let (Some(a), Some(b)) = (start.time, it.time) {
            if b < a && b.hour() < 12 && (it.bare_hour || it.period == start.period) {
                it.time = NaiveTime::from_hms_opt(b.hour() + 12, b.minute(), 0);
                it.assumptions.push(Assumption::RangeEndAfterStart);
            }
        }
        if it.bare_hour {
            it.bare_hour = false;
        }
    }
    if it.bare_hour {
        if let Some(t) = it.time {
            let h = t.hour();
            // A shop's, an office's or an exam's hours: 1–6 are in the afternoon.
            let h = if (1..=6).contains(&h) { h + 12 } else { h };
            it.time = NaiveTime::from_hms_opt(h, 0, 0);
            it.assumptions.push(Assumption::WorkingHours);
        }
    }
    if let Some(start) = partner {
        if let Some(d) = start.date {
            it.date = Some(d);
            it.anchor =
                Anchor::Mention { rule: AnchorRule::Range, from: start.span.clone(), days: 0 };
            return;
        }
        if start.anchor == Anchor::Recurring {
            it.anchor = Anchor::Recurring;
            return;
        }
    }
    if let Some(day) = last_day.as_ref().filter(|d| d.sentence == sentence) {
        it.date = Some(day.date);
        it.anchor = Anchor::Mention { rule: AnchorRule::Sentence, from: day.span.clone(), days: 0 };
        return;
    }
    // Every day's hours: `প্রতিদিন সকাল ১০টা থেকে দুপুর ১টা পর্যন্ত`.
    if it.time.is_some() && daily(sentence_text(text, layout, it.span.start)) {
        it.anchor = Anchor::Recurring;
        return;
    }
    // A time in the sentence right after a date, in the same paragraph, is that day's
    // (`আগামী ১৯ ডিসেম্বর ভোট। সকাল ৭টা থেকে বিকেল ৫টা পর্যন্ত ভোটগ্রহণ চলবে।`).
    if it.time.is_some() {
        if let Some(day) =
            last_day.as_ref().filter(|d| d.paragraph == paragraph && d.sentence + 1 == sentence)
        {
            it.date = Some(day.date);
            it.anchor = Anchor::Mention {
                rule: AnchorRule::PreviousSentence,
                from: day.span.clone(),
                days: 0,
            };
            return;
        }
    }
    // Hours of a schedule, told in the future with no day: they recur (`পরীক্ষা সকাল ১১টা থেকে
    // দুপুর ১২টা পর্যন্ত অনুষ্ঠিত হবে`).
    let schedule = matches!(it.role, Role::RangeStart | Role::RangeEnd | Role::From | Role::Until)
        || it.bare_hour;
    if schedule && it.time.is_some() && future_tense(sentence_text(text, layout, it.span.start)) {
        it.anchor = Anchor::Recurring;
        return;
    }
    if it.time.is_none() {
        if let Some(day) = last_day.as_ref().filter(|d| d.paragraph == paragraph) {
            it.date = Some(day.date);
            it.anchor =
                Anchor::Mention { rule: AnchorRule::Paragraph, from: day.span.clone(), days: 0 };
            return;
        }
    }
    match (reference, last_day) {
        (Some(r), _) => {
            it.date = Some(r);
            it.anchor = Anchor::Reference;
        }
        (None, Some(day)) => {
            it.date = Some(day.date);
            it.anchor =
                Anchor::Mention { rule: AnchorRule::LastDay, from: day.span.clone(), days: 0 };
        }
        (None, None) => it.anchor = Anchor::Unanchored,
    }
}

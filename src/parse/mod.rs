//! Reading the dates and times that real Bengali text writes.
//!
//! [`extract`] finds every date/time expression in free text, leftmost first, without overlap,
//! each with its byte span into the caller's string; [`parse`] reads a string that is one
//! expression. Adjacent parts that describe one moment — a time, a weekday, a Gregorian date, a
//! Bangabda date, a Hijri date, era words, labels like `আপডেট সময় :` — form **one** [`Match`].
//!
//! ```
//! use bangla_date::parse::{parse, Warning};
//! use bangla_date::Rule;
//!
//! let m = parse("০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ")?;
//! assert_eq!(m.to_datetime()?.to_rfc3339(), "2026-01-02T17:41:00+06:00");
//! // The Bangabda half is the Bangla Academy (1987) rule's; the 2019 rule gives ১৮ পৌষ.
//! let bangla = m.bangla.ok_or("no Bangabda date")?;
//! assert_eq!((bangla.day, bangla.rule), (19, Some(Rule::BanglaAcademy1987)));
//! assert!(matches!(m.warnings[..], [Warning::BanglaOtherRule { .. }]));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What is read
//!
//! | written | read as |
//! |---|---|
//! | `০২ জানুয়ারী ২০২৬`, `২১শে জানুয়ারি, ২০২৬`, `January 2, 2026`, `২০২৪ সালের পাঁচই অগাস্ট` | a Gregorian date |
//! | `২৮/১২/২০২৫`, `28-12-2025`, `২৮.১২.২০২৫`, `২০২৫-১২-২৮` | day first, or ISO year first |
//! | `১৯ পৌষ ১৪৩২ বঙ্গাব্দ`, `পঁচিশে বৈশাখ` | a Bangabda date, converted by the configured rule (or the one the evidence in the match points to) |
//! | `১২ রজব ১৪৪৭ হিজরি` | a Hijri date, as written (not converted) |
//! | `০৫:৪১ অপরাহ্ন`, `08:42 PM`, `১৩:৪৮` | a clock time; `০৫:৪১` alone warns that a.m./p.m. is unknown |
//! | `রাত ৩টা`, `বিকাল ৪.৩০ ঘটিকায়`, `সকাল সোয়া ৭টা`, `দুপুর বারোটায়` | a day period and an hour (CLDR `bn` ranges; রাত from 18:00, as pages use it) |
//! | `রোববার (২৮ ডিসেম্বর) দিবাগত রাত আড়াইটা` | the night after Sunday: Monday 02:30 |
//! | `আজ`, `গতকাল`, `গত শনিবার`, `১৮ মিনিট আগে` | relative; resolved only against a [reference](Parser::reference) |
//! | `২২শে জানুয়ারি থেকে ১০ই ফেব্রুয়ারি`, `৫-৯ জানুয়ারি`, `১ ও ২ জানুয়ারি` | two matches marked as a range or list ([`Role`]) |
//! | `সকাল ৯।২৭`, `রাত্রি ঘ ২/৪৮ মিঃ`, `অপরাহ্ন ৪টে ৩৫ মিনিট`, `১৬৩৫ ঘণ্টা` | almanac and newsroom times |
//! | `১৭ আষাঢ়, ১৪৩১ মঙ্গলবার`, `৫ শ্রাবণ ১৪৩১ ।। ৫১২৫ কলিযুগাব্দ` | the reckoning chosen by evidence ([`Parser::rule`]) |
//! | `১৬ই রবিউল আউয়াল, ১৪৪৭ হিজরি` alone | no `date`; the tabular estimate in [`Match::approximate_date`] |
//!
//! Both encodings of য় ড় ঢ়, ো/ৌ written in two parts, ZWJ/ZWNJ and NBSP are accepted anywhere;
//! spans always point into the original bytes.
//!
//! # What is never guessed
//!
//! A date with no year stays without one (`date` is `None`, `month` and `day` are set) unless a
//! [reference](Parser::reference) is given, and then the guess carries [`Warning::YearInferred`].
//! A day past its month's end, a five-digit year or a minute past 59 is an [`Error`] with the
//! offending span. A weekday that contradicts its date, a Bangabda half that matches another rule
//! or none, mixed digit sets and unknown meridiems come back as [`Warning`]s.

mod days;
pub mod document;
mod grammar;
mod lexer;
mod names;
mod resolve;
mod stream;
#[cfg(feature = "bench-internals")]
pub mod vocabulary_bench;
mod words;
mod zone;

use core::fmt;
use core::ops::Range;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

use crate::calendar::{BanglaDate, Month, Rule, weekday_bengali};
use crate::error::{Error, ErrorKind};
use crate::types::Missing;

pub use stream::{ExtractReader, WINDOW_TOKENS};
pub use words::{DayPeriod, Unit};
pub use zone::Zone;

pub use document::{Anchor, AnchorRule, Assumption, Document, Mention, MentionKind};

use grammar::{Chain, Grammar};
use lexer::Token;
use stream::Window;

/// How to pick the year of a date written without one, against the [reference](Parser::reference).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum YearResolution {
    /// The occurrence nearest the reference date (ties go to the past). The default.
    #[default]
    Nearest,
    /// The most recent occurrence on or before the reference date: right for news, which reports
    /// what happened.
    Past,
    /// The next occurrence on or after the reference date: right for schedules and notices.
    Future,
}

/// Settings for reading text; build once, reuse for any number of texts.
///
/// ```
/// use bangla_date::parse::{Parser, YearResolution};
/// use chrono::NaiveDate;
///
/// let reference = NaiveDate::from_ymd_opt(2025, 12, 30).unwrap().and_hms_opt(9, 0, 0).unwrap();
/// let parser = Parser::new().reference(reference).year_resolution(YearResolution::Past);
/// let m = parser.parse("রোববার (২৮ ডিসেম্বর) রাত ১০টার দিকে")?;
/// assert_eq!(m.to_datetime()?.to_rfc3339(), "2025-12-28T22:00:00+06:00");
/// assert!(m.approximate);
/// # Ok::<(), bangla_date::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parser {
    rule: Rule,
    infer_rule: bool,
    /// The rule was left to the default: a Bangabda date's reckoning is chosen by the evidence
    /// in its match (see [`Parser::rule`]).
    by_evidence: bool,
    zone: Option<Zone>,
    reference: Option<NaiveDateTime>,
    year_resolution: YearResolution,
    night_follows_day: bool,
}

impl Default for Parser {
    fn default() -> Parser {
        Parser::new()
    }
}

impl Parser {
    /// The defaults: the historical Bangladesh rule, Asia/Dhaka (+06:00), no reference date.
    pub const fn new() -> Parser {
        Parser {
            rule: Rule::BangladeshHistorical,
            infer_rule: false,
            by_evidence: true,
            zone: None,
            reference: None,
            year_resolution: YearResolution::Nearest,
            night_follows_day: false,
        }
    }

    /// The rule that converts a Bangabda date written alone, and that a Bangabda date written
    /// beside a Gregorian one is expected to follow (another rule matching gives
    /// [`Warning::BanglaOtherRule`]).
    ///
    /// Without this call the parser reads by evidence: the historical Bangladesh rule unless
    /// the match says otherwise. A Gregorian date beside the Bangabda one decides which rule it
    /// follows; failing that, a written weekday picks the reckoning whose date falls on it
    /// (the rule's own first, then West Bengal's Surya Siddhanta almanac, drik, and the two
    /// Bangladesh rules); failing that, an Indian almanac's era in the match (শকাব্দ,
    /// কলিযুগাব্দ, বিক্রম সংবৎ) or Assamese month names choose West Bengal's almanac (`wb-ss`).
    /// [`Warning::BanglaRuleFromEvidence`] says when the evidence chose another rule. With a
    /// rule set here, evidence only produces warnings.
    ///
    /// ```
    /// use bangla_date::parse::Parser;
    /// use bangla_date::Rule;
    ///
    /// // A Kolkata almanac line: the weekday fits West Bengal's date, not Bangladesh's.
    /// let m = Parser::new().parse("১৭ আষাঢ়, ১৪৩১ মঙ্গলবার")?;
    /// assert_eq!(m.to_date()?.to_string(), "2024-07-02");
    /// assert_eq!(m.bangla.map(|b| b.rule), Some(Some(Rule::WestBengalSuryaSiddhanta)));
    /// assert_eq!(m.warnings[0].code(), "bangla-rule-from-evidence");
    /// // Told the rule, the parser keeps it and flags the weekday.
    /// let m = Parser::new().rule(Rule::Bangladesh2019).parse("১৭ আষাঢ়, ১৪৩১ মঙ্গলবার")?;
    /// assert_eq!(m.to_date()?.to_string(), "2024-07-01");
    /// assert_eq!(m.warnings[0].code(), "weekday-mismatch");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub const fn rule(mut self, rule: Rule) -> Parser {
        self.rule = rule;
        self.infer_rule = false;
        self.by_evidence = false;
        self
    }

    /// Infer the rule from the Gregorian date written beside a Bangabda date instead of expecting
    /// one: the match reports whichever rule fits, with no warning unless none does. A Bangabda
    /// date written alone is read by the historical Bangladesh rule.
    pub const fn infer_rule(mut self) -> Parser {
        self.infer_rule = true;
        self
    }

    /// A fixed UTC offset for the text's clock times: the same as
    /// [`zone`](Parser::zone)`(Zone::Fixed(offset))`.
    pub const fn offset(mut self, offset: FixedOffset) -> Parser {
        self.zone = Some(Zone::Fixed(offset));
        self
    }

    /// The time zone of the text's clock times, with its history. Default: Asia/Dhaka, or
    /// Asia/Kolkata for a date read by a West Bengal rule or written with Assamese month names.
    /// A clock time in an hour the zone skipped or repeated (Dhaka's daylight saving time of
    /// 2009) comes back with [`Warning::ZoneGap`] or [`Warning::ZoneFold`]. An offset written
    /// in the text (`১৭:৪১+০৬:০০`, `IST`) wins over the zone.
    pub const fn zone(mut self, zone: Zone) -> Parser {
        self.zone = Some(zone);
        self
    }

    /// The moment the text was written (local time in the parser's zone): relative expressions
    /// (`গতকাল`, `গত শনিবার`, `১৮ মিনিট আগে`) and yearless dates are resolved against it.
    pub const fn reference(mut self, reference: NaiveDateTime) -> Parser {
        self.reference = Some(reference);
        self
    }

    /// How a yearless date gets its year from the reference. Default: [`YearResolution::Nearest`].
    /// `গত ২৬ ডিসেম্বর` always looks back and `আগামী ১২ ফেব্রুয়ারি` forward, whatever this says.
    pub const fn year_resolution(mut self, how: YearResolution) -> Parser {
        self.year_resolution = how;
        self
    }

    /// Day-period convention for the small hours: whether `রাত ২টা` written after a named day
    /// means the night that *follows* that day (the next calendar day's 02:00), as `দিবাগত রাত`
    /// says explicitly. Off by default: `শনিবার রাত ২টা` is Saturday 02:00, the calendar
    /// reading; `দিবাগত` always moves to the next day. Hours are read with the CLDR `bn` ranges
    /// either way (ভোর 04–06, সকাল 06–12, দুপুর 12–16, বিকাল 16–18, সন্ধ্যা 18–20, রাত 20–04).
    ///
    /// ```
    /// use bangla_date::parse::Parser;
    ///
    /// let text = "শনিবার, ৩ জানুয়ারি ২০২৬ রাত ২টায়";
    /// let calendar = Parser::new().parse(text)?;
    /// assert_eq!(calendar.to_datetime()?.to_rfc3339(), "2026-01-03T02:00:00+06:00");
    /// let following = Parser::new().night_follows_day(true).parse(text)?;
    /// assert_eq!(following.to_datetime()?.to_rfc3339(), "2026-01-04T02:00:00+06:00");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub const fn night_follows_day(mut self, yes: bool) -> Parser {
        self.night_follows_day = yes;
        self
    }

    /// The zone in force: the one set, or the rule's region's.
    pub fn effective_zone(&self) -> Zone {
        self.zone_for(self.rule)
    }

    /// The zone set, or the region's of `rule` (Kolkata for West Bengal rules).
    pub(crate) fn zone_for(&self, rule: Rule) -> Zone {
        match self.zone {
            Some(z) => z,
            None if rule.is_west_bengal() => Zone::KOLKATA,
            None => Zone::DHAKA,
        }
    }

    /// Read `text` as one date/time expression.
    ///
    /// # Errors
    ///
    /// - [`ErrorKind::Empty`] for empty (or all white space) input;
    /// - [`ErrorKind::Unexpected`] when the text does not start with a date or time;
    /// - [`ErrorKind::TrailingInput`] when text remains after the expression (its span);
    /// - the errors of invalid values ([`Error::is_range`]): [`ErrorKind::DayOutOfRange`]
    ///   (`৩০ ফেব্রুয়ারি ২০২৬`, `৩২ জানুয়ারি`, `৩১ ফাল্গুন ১৪৩২`), with the span of the whole
    ///   written date; [`ErrorKind::YearOutOfRange`] (a five-digit year),
    ///   [`ErrorKind::TimeOutOfRange`], [`ErrorKind::MonthOutOfRange`].
    ///
    /// ```
    /// use bangla_date::{parse::Parser, ErrorKind};
    ///
    /// let m = Parser::new().parse("২০২৪ সালের পাঁচই অগাস্ট")?;
    /// assert_eq!(m.to_date()?.to_string(), "2024-08-05");
    ///
    /// let text = "৩০ ফেব্রুয়ারি ২০২৬";
    /// let err = Parser::new().parse(text).unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::DayOutOfRange { day: 30, max: 28, .. }));
    /// assert_eq!(err.span(), Some(0..text.len()));
    /// assert_eq!(err.to_string(), format!("day 30 is out of range for February 2026 (expected 1..=28) (at bytes 0..{})", text.len()));
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn parse(&self, text: &str) -> Result<Match, Error> {
        // One token buffer per thread, reused: parsing short strings one by one is the common
        // use, and an allocation is a fair share of the cost of parsing one.
        thread_local! {
            static TOKENS: core::cell::RefCell<Vec<Token>> = const { core::cell::RefCell::new(Vec::new()) };
        }
        TOKENS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut tokens) => {
                tokens.clear();
                self.parse_with(text, &mut tokens)
            }
            // Re-entered from inside a parse on this thread (not possible today): allocate.
            Err(_) => self.parse_with(text, &mut Vec::new()),
        })
    }

    fn parse_with(&self, text: &str, tokens: &mut Vec<Token>) -> Result<Match, Error> {
        let chain = read_chain(text, tokens)?;
        resolve::resolve(self, &chain, Role::Single)
    }

    /// [`BanglaDate::parse`]: `text` must be one Bangabda date with its year, read under this
    /// parser's rule.
    pub(crate) fn parse_bangla_date(&self, text: &str) -> Result<BanglaDate, Error> {
        let chain = read_chain(text, &mut Vec::new())?;
        // A Bangabda month name with a year past 1600 reads as Śaka unless শকাব্দ says so; the
        // caller has said it is Bangabda.
        let written = match (&chain.bangla, &chain.saka) {
            (Some(b), None) => Some(b),
            (None, Some(s)) if s.era != Some(words::Era::Saka) => Some(s),
            _ => None,
        };
        let alone = chain.greg.is_none()
            && chain.hijri.is_none()
            && chain.time.is_none()
            && chain.relative.is_none()
            && chain.weekday.is_none();
        let Some(b) = written.filter(|_| alone) else {
            let found = text.get(chain.span.clone()).unwrap_or_default().to_owned();
            return Err(Error::at(
                ErrorKind::Unexpected { expected: "a Bangabda date alone", found },
                chain.span,
            ));
        };
        let Some(year) = b.year else {
            return Err(Error::at(
                ErrorKind::Incomplete { missing: Missing::Year },
                b.span.clone(),
            ));
        };
        BanglaDate::from_parts(year.into(), b.month, b.day.into(), self.rule)
            .map_err(|e| e.or_span(b.span.clone()))
    }

    /// Every date/time expression in `text`, leftmost first, non-overlapping.
    ///
    /// Items are `Err` where something that is clearly a date is invalid (`৩২ ডিসেম্বর`); the
    /// search goes on after it.
    ///
    /// ```
    /// use bangla_date::parse::{Parser, Role};
    ///
    /// let text = "২২শে জানুয়ারি থেকে ১০ই ফেব্রুয়ারি সকাল সাড়ে ৭টা পর্যন্ত";
    /// let matches: Vec<_> = Parser::new().extract(text).collect::<Result<_, _>>()?;
    /// assert_eq!(matches.len(), 2);
    /// assert_eq!((matches[0].role, matches[1].role), (Role::RangeStart, Role::RangeEnd));
    /// assert_eq!(&text[matches[0].span.clone()], "২২শে জানুয়ারি");
    /// assert_eq!((matches[1].month, matches[1].day), (Some(2), Some(10)));
    /// assert_eq!(matches[1].time.map(|t| t.to_string()).as_deref(), Some("07:30:00"));
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn extract<'t>(&self, text: &'t str) -> Extract<'t> {
        Extract { text, window: Window::new(*self) }
    }

    /// Every date/time expression in a stream, read as one text in constant memory: the
    /// matches of [`Parser::extract`] on the whole stream, with spans as byte offsets into it.
    /// See [`ExtractReader`] for the memory bound and how invalid UTF-8 and read errors are
    /// reported.
    pub fn extract_reader<R: std::io::Read>(&self, reader: R) -> ExtractReader<R> {
        ExtractReader::new(*self, reader)
    }
}

/// Lex `text` into `tokens` and read it as one chain of parts, with nothing left over.
fn read_chain(text: &str, tokens: &mut Vec<Token>) -> Result<Chain, Error> {
    lexer::lex(text, tokens);
    let tokens = &tokens[..];
    let Some(first) = tokens.first() else {
        return Err(Error::new(ErrorKind::Empty));
    };
    let g = Grammar { toks: tokens, text };
    let found = |t: &Token| text.get(t.start..t.end).unwrap_or_default().to_owned();
    let mut chain = Chain::default();
    let next = match g.chain_into(0, &mut chain) {
        Ok(Some(next)) => next,
        Ok(None) => {
            return Err(Error::at(
                ErrorKind::Unexpected { expected: "a date or a time", found: found(first) },
                first.start..first.end,
            ));
        }
        Err((e, _)) => return Err(e),
    };
    if let Some(rest) = tokens.get(next) {
        let end = text.trim_end().len().max(rest.end);
        let rest_text = text.get(rest.start..end).unwrap_or_default().to_owned();
        return Err(Error::at(ErrorKind::TrailingInput { rest: rest_text }, rest.start..end));
    }
    Ok(chain)
}

/// Read `text` as one expression with the default [`Parser`].
///
/// # Errors
///
/// As [`Parser::parse`].
pub fn parse(text: &str) -> Result<Match, Error> {
    Parser::new().parse(text)
}

/// Every expression in `text`, with the default [`Parser`]; see [`Parser::extract`].
pub fn extract(text: &str) -> Extract<'_> {
    Parser::new().extract(text)
}

/// The iterator returned by [`Parser::extract`].
///
/// It lexes the text as it goes, holding a window of [`WINDOW_TOKENS`] tokens: memory does not
/// grow with the text, and the first match comes as soon as it is read.
#[derive(Debug, Clone)]
pub struct Extract<'t> {
    text: &'t str,
    window: Window,
}

impl Iterator for Extract<'_> {
    type Item = Result<Match, Error>;

    fn next(&mut self) -> Option<Result<Match, Error>> {
        self.window.next(&mut self.text)
    }
}

/// The first half of a range takes what it left unsaid from the second: the year of its date,
/// the period of its time (`সকাল সোয়া ৭টা থেকে পৌনে ৮টা`).
fn inherit(first: &mut Chain, second: &mut Chain, range: bool) {
    // `ওইদিন সকাল ১১টা থেকে সন্ধ্যা ৬টা`: both ends are that other day's.
    second.anaphoric |= first.anaphoric;
    if let (Some(a), Some(b)) = (&mut first.greg, &second.greg) {
        if a.year.is_none() {
            if let Some(y) = b.year {
                a.year = Some(if a.month > b.month { y - 1 } else { y });
            }
        }
    }
    if let (Some(a), Some(b)) = (&mut first.time, &mut second.time) {
        let bare = |t: &grammar::TimeParts| {
            t.period.is_none() && t.meridiem.is_none() && !t.clock24 && t.hour.is_some()
        };
        // `১২.৪৫ - ২.০০ ঘটিকা`, `৯.০০-৫.০০`: a range that ends at a smaller hour than it
        // starts runs from the morning (or noon) into the afternoon.
        let daytime = |t: &grammar::TimeParts| {
            bare(t)
                || matches!(
                    t.period,
                    Some(DayPeriod::Morning | DayPeriod::Daytime | DayPeriod::Noon)
                )
        };
        if range && daytime(a) && bare(b) {
            if let (Some(ha), Some(hb)) = (a.hour, b.hour) {
                if (1..=12).contains(&ha) && (1..12).contains(&hb) && hb < ha {
                    if bare(a) {
                        a.meridiem = Some(ha == 12);
                    }
                    b.meridiem = Some(true);
                }
            }
        }
        if b.period.is_none() && b.meridiem.is_none() && b.hour.is_some() {
            b.period = a.period;
            b.meridiem = a.meridiem;
        }
    }
}

/// The part a match plays among its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Role {
    /// A date or time on its own.
    #[default]
    Single,
    /// The start of a range (`X থেকে Y`, `X–Y`).
    RangeStart,
    /// The end of a range.
    RangeEnd,
    /// One of a list (`X, Y ও Z`).
    ListItem,
    /// An open range from this moment (`X থেকে` with nothing after).
    From,
    /// An open range up to this moment (`X পর্যন্ত`).
    Until,
}

impl Role {
    /// A short kebab-case name, stable for machine use (the serde form's).
    ///
    /// ```
    /// use bangla_date::parse::Role;
    /// assert_eq!(Role::RangeStart.code(), "range-start");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            Role::Single => "single",
            Role::RangeStart => "range-start",
            Role::RangeEnd => "range-end",
            Role::ListItem => "list-item",
            Role::From => "from",
            Role::Until => "until",
        }
    }
}

/// A Bangabda date as written, with the rule whose calendar it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct WrittenBangla {
    /// The day.
    pub day: u8,
    /// The month.
    pub month: Month,
    /// The year, if written.
    pub year: Option<i32>,
    /// The rule under which this is the Gregorian date beside it (the configured rule first);
    /// `None` when no Gregorian date is known or no rule matches.
    pub rule: Option<Rule>,
}

impl WrittenBangla {
    /// This date under `rule` (whatever rule it was found to match).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Incomplete`] ([`Missing::Year`]) when no year was written, and the errors
    /// of [`BanglaDate::new`] when the day does not exist under `rule`.
    ///
    /// ```
    /// use bangla_date::parse::parse;
    /// use bangla_date::Rule;
    ///
    /// let m = parse("০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ")?;
    /// let written = m.bangla.ok_or("no Bangabda date was written")?;
    /// // The page follows the 1987 rule; by the 2019 rule, 19 Poush 1432 is the day after.
    /// let official = written.to_date(Rule::Bangladesh2019)?;
    /// assert_eq!(official.to_gregorian().to_string(), "2026-01-03");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_date(self, rule: Rule) -> Result<BanglaDate, Error> {
        let year = self.year.ok_or(ErrorKind::Incomplete { missing: Missing::Year })?;
        BanglaDate::new(year, self.month, self.day, rule)
    }
}

/// A date of another calendar (Hijri, Śaka) as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct WrittenDate {
    /// The day.
    pub day: u8,
    /// The month number in that calendar (1-based; Śaka counts from Chaitra).
    pub month: u8,
    /// The year, if written.
    pub year: Option<i32>,
}

/// A relative expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", tag = "kind"))]
#[non_exhaustive]
pub enum Relative {
    /// আজ (0), গতকাল (−1), আগামীকাল (+1), পরশু (+2).
    Day {
        /// Days from the reference date.
        offset: i8,
    },
    /// গত (−1) / আগামী (+1) / এই (0) + weekday.
    Weekday {
        /// Which way from the reference date.
        direction: i8,
        /// The weekday named.
        weekday: Weekday,
    },
    /// `N unit আগে` (negative) / `পরে` (positive).
    Offset {
        /// Signed count of units.
        amount: i64,
        /// The unit.
        unit: Unit,
    },
}

/// A calendar written beside the Gregorian date that is neither Gregorian nor Bangabda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum OtherCalendar {
    /// The Indian national (Śaka) calendar.
    Saka,
    /// The Hijri calendar (checked against the tabular calendar, ± 2 days).
    Hijri,
}

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
    /// many writers mean the midnight that ends it; `দিবাগত` or
    /// [`Parser::night_follows_day`] settles it.
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
    /// so (see [`Parser::rule`]).
    BanglaRuleFromEvidence {
        /// The rule chosen.
        rule: Rule,
        /// What chose it.
        evidence: Evidence,
        /// The Bangabda date's span.
        span: Range<usize>,
    },
    /// A month of one calendar written with another calendar's year (`৯ মার্চ ১৪৪৫ হিজরী`): the
    /// year is not used.
    EraMismatch {
        /// The year and era word.
        span: Range<usize>,
    },
    /// A two-digit year (`২৭.৭.৭১`): the century was chosen, from the reference date (the
    /// century that puts the year within 80 years before to 20 after it) or, without one, as
    /// POSIX `strptime` does (69–99 → 1900s, 00–68 → 2000s).
    CenturyInferred {
        /// The year chosen.
        year: i32,
    },
    /// No date was written (a time, or a weekday, alone): the date was taken from the
    /// reference — its own date for a time, the weekday's occurrence picked by the year
    /// resolution for a weekday.
    DateFromReference,
    /// Only a Hijri date was written: [`Match::date`] stays `None`, and
    /// [`Match::approximate_date`] holds the tabular calendar's estimate, which moon sighting
    /// can move by a day or two.
    HijriEstimate {
        /// The estimate.
        estimate: NaiveDate,
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
    fn span_mut(&mut self) -> Option<&mut Range<usize>> {
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
            | Warning::EraMismatch { span }
            | Warning::AlmanacDay { span }
            | Warning::EndOfDay { span } => Some(span),
            Warning::YearInferred { .. }
            | Warning::ZoneGap { .. }
            | Warning::ZoneFold { .. }
            | Warning::CenturyInferred { .. }
            | Warning::DateFromReference
            | Warning::HijriEstimate { .. } => None,
        }
    }

    /// Whether the warning says that two parts of the match contradict each other.
    fn is_contradiction(&self) -> bool {
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
            Warning::EraMismatch { .. } => "era-mismatch",
            Warning::CenturyInferred { .. } => "century-inferred",
            Warning::DateFromReference => "date-from-reference",
            Warning::HijriEstimate { .. } => "hijri-estimate",
            Warning::EndOfDay { .. } => "end-of-day",
            Warning::AlmanacDay { .. } => "almanac-day",
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
                "রাত ১২টা read as 00:00 of the day named; it may mean the midnight that ends it",
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
                };
                write!(f, "the Bangabda date is read by rule {rule}: {why}")
            }
            Warning::EraMismatch { .. } => {
                f.write_str("the year is written with another calendar's era word; it is not used")
            }
            Warning::CenturyInferred { year } => {
                write!(f, "two-digit year read as {year}")
            }
            Warning::DateFromReference => {
                f.write_str("no date written; the date was taken from the reference")
            }
            Warning::HijriEstimate { estimate } => write!(
                f,
                "only a Hijri date is written; the tabular calendar puts it on {estimate} (moon sighting may differ by a day or two)"
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
        }
    }
}

/// One date/time expression found in text: what was written and what it resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Match {
    /// Byte offsets of the expression in the text (`&text[span]`).
    pub span: Range<usize>,
    /// The Gregorian date, when the year is known (written, or inferred with a warning).
    pub date: Option<NaiveDate>,
    /// The Gregorian year, when known.
    pub year: Option<i32>,
    /// The Gregorian month (1..=12), when known.
    pub month: Option<u8>,
    /// The Gregorian day of the month, when known.
    pub day: Option<u8>,
    /// The time of day, when one was written.
    pub time: Option<NaiveTime>,
    /// The moment, when both date and time are known, in the parser's time zone.
    pub datetime: Option<DateTime<FixedOffset>>,
    /// The weekday as written.
    pub weekday: Option<Weekday>,
    /// The day period as written (সকাল, রাত …).
    pub period: Option<DayPeriod>,
    /// The Bangabda date as written.
    pub bangla: Option<WrittenBangla>,
    /// The Hijri date as written.
    pub hijri: Option<WrittenDate>,
    /// A Śaka (Indian national calendar) date as written.
    pub saka: Option<WrittenDate>,
    /// The relative expression, if any.
    pub relative: Option<Relative>,
    /// The part this match plays in a range or list.
    pub role: Role,
    /// An approximate time (`দিকে`, `নাগাদ`, `আনুমানিক`).
    pub approximate: bool,
    /// When only a Hijri date is written: the tabular calendar's estimate of its Gregorian day
    /// (moon sighting may differ by a day or two; see [`Warning::HijriEstimate`]). `date` stays
    /// `None`.
    pub approximate_date: Option<NaiveDate>,
    /// What is worth knowing about this match.
    pub warnings: Vec<Warning>,
}

impl Match {
    /// The match with every byte offset moved `by` bytes on (read from text that starts `by`
    /// bytes into a stream).
    pub(crate) fn shifted(mut self, by: usize) -> Match {
        if by > 0 {
            let shift = |r: &mut Range<usize>| *r = r.start + by..r.end + by;
            shift(&mut self.span);
            self.warnings.iter_mut().filter_map(Warning::span_mut).for_each(shift);
        }
        self
    }

    /// The text of the match in the `text` it was found in.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.clone()).unwrap_or_default()
    }

    /// The Gregorian date, or why there is none.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Incomplete`], with the match's span, naming [`Missing::Year`] for a day and
    /// month written without a year (and no [reference](Parser::reference) to infer it from),
    /// or [`Missing::Date`] when no date was written (a time alone, or a relative word with no
    /// reference).
    ///
    /// ```
    /// use bangla_date::parse::parse;
    /// use bangla_date::{ErrorKind, Missing};
    ///
    /// assert_eq!(parse("২০২৪ সালের পাঁচই অগাস্ট")?.to_date()?.to_string(), "2024-08-05");
    /// let err = parse("২৮ ডিসেম্বর")?.to_date().unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::Incomplete { missing: Missing::Year });
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn to_date(&self) -> Result<NaiveDate, Error> {
        match (self.date, self.month, self.day) {
            (Some(date), _, _) => Ok(date),
            (None, Some(_), Some(_)) => Err(self.incomplete(Missing::Year)),
            (None, _, _) => Err(self.incomplete(Missing::Date)),
        }
    }

    /// The moment, in the parser's time zone (or the offset written), or why there is none.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Incomplete`], with the match's span: the errors of [`Match::to_date`],
    /// [`Missing::Time`] when no time of day was written, and [`Missing::Offset`] when the time
    /// is another place's local time ([`Warning::OtherTimeZone`]).
    ///
    /// ```
    /// use bangla_date::parse::parse;
    ///
    /// let header = "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬";
    /// assert_eq!(parse(header)?.to_datetime()?.to_rfc3339(), "2026-01-02T17:41:00+06:00");
    /// assert!(parse("০২ জানুয়ারী ২০২৬")?.to_datetime().unwrap_err().is_incomplete());
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn to_datetime(&self) -> Result<DateTime<FixedOffset>, Error> {
        if let Some(datetime) = self.datetime {
            return Ok(datetime);
        }
        self.to_date()?;
        Err(self.incomplete(if self.time.is_none() { Missing::Time } else { Missing::Offset }))
    }

    #[cold]
    fn incomplete(&self, missing: Missing) -> Error {
        Error::at(ErrorKind::Incomplete { missing }, self.span.clone())
    }
}

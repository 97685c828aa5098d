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
mod matches;
mod names;
mod offsets;
mod parser;
mod places;
mod prefilter;
#[cfg(feature = "bench-internals")]
pub mod prefilter_bench;
mod resolve;
mod stream;
#[cfg(feature = "bench-internals")]
pub mod vocabulary_bench;
mod warning;
mod words;
mod zone;

use crate::error::Error;

pub use matches::{Match, OtherCalendar, Relative, Role, WrittenBangla, WrittenDate};
pub use offsets::{OffsetMap, OffsetUnit, Offsets};
pub use parser::{Parser, RuleChoice, YearResolution};
pub use stream::{ExtractReader, WINDOW_TOKENS};
pub use warning::{Evidence, Warning};
pub use words::{DayPeriod, Unit};
pub use zone::{Localized, Zone};

pub use document::{
    Anchor, AnchorRule, Assumption, Document, DocumentReader, Duration, Mention, MentionKind,
    Recurrence,
};

use grammar::Chain;
use stream::Window;

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

/// What the second of two joined chains takes from the first (and the pair decides together):
/// in a document, a short year's century and a recurrence ([`inherit_document`]); the anaphoric
/// day (`ওইদিন সকাল ১১টা থেকে সন্ধ্যা ৬টা`: both ends are that other day's), and the period of
/// a time (`সকাল সোয়া ৭টা থেকে পৌনে ৮টা`).
fn inherit_forward(first: &mut Chain, second: &mut Chain, range: bool, document: bool) {
    inherit_document(first, second, range);
    second.anaphoric |= first.anaphoric;
    // `আগামী ৩, ৪ ও ১৮ মে`, `গত ২৮ ডিসেম্বর থেকে ৩ জানুয়ারি`: the direction said before the
    // first date is the whole list's or range's, whose year the last date settles.
    // (Not to a list's date a step back in the year: `আগামী ২০ মার্চ এবং ৮ মার্চের স্থগিত
    // পরীক্ষা` names a day gone by, not the next 8 March; a December before a January goes on.)
    let yearless = |c: &Chain| c.greg.as_ref().is_some_and(|g| g.year.is_none());
    let step_back = match (&first.greg, &second.greg) {
        (Some(a), Some(b)) if !range => {
            let day_of_year = |m: u8, d: Option<u8>| i32::from(m) * 31 + i32::from(d.unwrap_or(1));
            let ahead = (day_of_year(b.month, b.day) - day_of_year(a.month, a.day)).rem_euclid(372);
            ahead > 186
        }
        _ => false,
    };
    if second.direction.is_none() && yearless(first) && yearless(second) && !step_back {
        second.direction = first.direction;
    }
    // `আগামী শুক্র ও শনিবার`, `গত বৃহস্পতি থেকে শনিবার`: the direction said before the first
    // weekday is the next ones' too.
    if let (Some((grammar::RelParts::Weekday(d, head), _)), Some((day, span, _)), None) =
        (&first.relative, &second.weekday, &second.relative)
    {
        let bare = second.greg.is_none()
            && second.bangla.is_none()
            && second.hijri.is_none()
            && second.day_only.is_none()
            && !second.anaphoric;
        if bare {
            second.relative = Some((grammar::RelParts::Weekday(*d, *day), span.clone()));
            second.weekday_after = Some(first.weekday_after.unwrap_or(*head));
        }
    }
    // `২০২৪ সালের ৩১ জুলাই থেকে ৫ আগস্ট`, `১১ মে ২০২৪ এবং ২৪ এপ্রিল`: the year written with
    // the first date is the next one's (a range's end after a December start, the next year's).
    // (A list's next date, in the year that puts it nearest: `২৮ ডিসেম্বর ২০২৫ এবং ৫ জানুয়ারি`
    // is of 2026, `১১ মে ২০২৪ এবং ২৪ এপ্রিল` of 2024.)
    if let (Some(a), Some(b)) = (&first.greg, &mut second.greg) {
        if let (Some(year), None, Some(day_a), Some(day_b)) = (a.year, b.year, a.day, b.day) {
            if !a.short_year && !a.year_inferred && !b.short_year {
                let wraps = (b.month, day_b) < (a.month, day_a);
                let chosen = if range {
                    Some(year + i32::from(wraps))
                } else {
                    chrono::NaiveDate::from_ymd_opt(year, u32::from(a.month), u32::from(day_a))
                        .and_then(|start| {
                            resolve::infer_year(b.month, day_b, start, YearResolution::Nearest)
                        })
                        .map(|d| chrono::Datelike::year(&d))
                };
                b.year = chosen.or(b.year);
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
                        a.meridiem_inferred = true;
                    }
                    b.meridiem = Some(true);
                    b.meridiem_inferred = true;
                }
            }
        }
        if b.period.is_none() && b.meridiem.is_none() && b.hour.is_some() {
            b.period = a.period;
            b.meridiem = a.meridiem;
            b.meridiem_inferred = a.meridiem_inferred;
        }
    }
    // `১২ মার্চ সকাল ১০টা থেকে ১২টা পর্যন্ত`: a range's end that is only a time is on its
    // start's day; after an evening or a night start, its small hours on the night after it
    // (`… রাত ১০টা থেকে রাত ২টা`), as দিবাগত says. (A document anchors such an end to its
    // start itself, and says so.)
    let dateless = Chain::names_no_day;
    // `১২ মার্চ রাত ৯টা থেকে পরদিন সকাল ৬টা পর্যন্ত`: a range's end on the day after its start's
    // written date (a document anchors it itself; probe 6, where the end had no day).
    if let (true, false, Some(days), Some(g)) = (range, document, second.back, first.greg.as_ref())
    {
        let start = g.day.zip(g.year).and_then(|(d, y)| {
            chrono::NaiveDate::from_ymd_opt(y, u32::from(g.month), u32::from(d))
        });
        let end = start
            .filter(|_| !g.short_year)
            .and_then(|d| d.checked_add_signed(chrono::TimeDelta::days(days)));
        if let Some(end) = end.filter(|_| second.time.is_some() && second.greg.is_none()) {
            use chrono::Datelike;
            let parts = grammar::GregParts::written(
                Some(end.day() as u8),
                end.month() as u8,
                Some(end.year()),
                second.span.clone(),
            );
            second.greg = Some(parts);
            second.back = None;
            second.anaphoric = false;
        }
    }
    // With no day written on either, an evening's or night's start and an earlier hour at the
    // end: the end is in the small hours after it (`রাত ১০টা থেকে ভোর ৪টা`, `রাত ১০ থেকে ২
    // পর্যন্ত`), as after a written day below.
    if range && !document && dateless(first) && dateless(second) {
        if let (Some(a), Some(b)) = (&first.time, &second.time) {
            // (A morning after an evening is the next one: `সন্ধ্যে সাতটা থেকে সকাল সাতটা`.)
            let late = matches!(a.period, Some(DayPeriod::Evening | DayPeriod::Night));
            let morning = matches!(b.period, Some(DayPeriod::Morning | DayPeriod::Dawn));
            let night = matches!(b.period, None | Some(DayPeriod::Night));
            if let (true, Some(ha), Some(hb)) = (late, a.hour, b.hour) {
                second.dibagoto |= morning || (night && hb < ha && hb < 12);
            }
        }
    }
    // (So does a list's: `১২ মার্চ সকাল ১০টা ও বিকেল ৩টায় দুটি সভা`; probe 10, where the
    // second time was the reference's day.)
    // (And a range's from a day alone to a clock that পর্যন্ত closes: `১২ মার্চ থেকে রাত
    // ১০টা পর্যন্ত` ends that night, not the reference's.)
    if !document
        && (first.time.is_some() || range)
        && second.time.is_some()
        && dateless(second)
        && !dateless(first)
    {
        second.greg.clone_from(&first.greg);
        second.bangla.clone_from(&first.bangla);
        second.hijri.clone_from(&first.hijri);
        second.saka.clone_from(&first.saka);
        second.relative.clone_from(&first.relative);
        second.weekday.clone_from(&first.weekday);
        second.direction = first.direction;
        second.year_offset = first.year_offset;
        second.day_only = first.day_only;
        second.month_offset = first.month_offset;
        let late = first
            .time
            .as_ref()
            .is_some_and(|t| matches!(t.period, Some(DayPeriod::Evening | DayPeriod::Night)));
        second.dibagoto = first.dibagoto || (range && late);
    }
}

/// In a document, the second of two years written short takes the first's century (`২০২৩-২৪
/// শিক্ষাবর্ষে`), and a weekday listed after a recurrence recurs too (`প্রতি শুক্রবার ও
/// শনিবার`, `প্রতিমাসের দ্বিতীয় শনিবার এবং চতুর্থ শনিবার`).
fn inherit_document(first: &Chain, second: &mut Chain, range: bool) {
    use grammar::DocPart;
    // The end of a span of another era's years is that era's (`শকাব্দ ১৯৪৩-১৯৪৪`, `সংবৎ
    // ২০৭৮-২০৭৯`), never a Gregorian year. (Not a list's next year: `১৩৫০ বঙ্গাব্দ, ১৯৪৩
    // খ্রিস্টাব্দে` gives the year in both calendars; probe 8.)
    let era_first = match first.doc {
        _ if !range => None,
        Some(DocPart::Year { other: Some(era), .. }) => Some(era),
        _ => first.eras.last().map(|(y, _)| y.era),
    };
    if let (Some(era), Some(DocPart::Year { year, other: other @ None, short, .. })) =
        (era_first, second.doc.as_mut())
    {
        *other = Some(era);
        // Written in full (`৫১২২-৫১২৩`): complete as it is.
        if *year >= 100 {
            *short = false;
        }
    }
    let Some(a) = &first.doc else { return };
    match (a, second.doc.as_mut()) {
        (
            &DocPart::Year { year: a, fiscal: fa, story: sa, .. },
            Some(DocPart::Year { year: b, short: short @ true, fiscal, story, .. }),
        ) => {
            *fiscal |= fa;
            *story = sa;
            // Written short (`২০২৩-২৪`): the start's century; written in full, as it is.
            if *b < 100 {
                let full = a - a.rem_euclid(100) + *b;
                // One digit, the next year's last (`২০১৪-৫`): the start's decade.
                let decade = a - a.rem_euclid(10) + *b;
                *b = if *b < 10 && (decade == a + 1 || decade + 10 == a + 1) {
                    a + 1
                } else if full < a {
                    full + 100
                } else {
                    full
                };
            }
            *short = false;
        }
        (DocPart::Set(_), Some(nth @ DocPart::NthWeekday(..))) => {
            if let DocPart::NthWeekday(n, weekday) = *nth {
                *nth = DocPart::Set(document::Recurrence { weekday, nth_of_month: Some(n) });
            }
        }
        (DocPart::Set(r), None) if second.greg.is_none() && second.time.is_none() => {
            if let Some((weekday, _, _)) = second.weekday.take() {
                let set = document::Recurrence { weekday, nth_of_month: r.nth_of_month };
                second.doc = Some(DocPart::Set(set));
            }
        }
        _ => {}
    }
}

/// What the first of two joined chains takes from the second, which says it after: the year of
/// its date (`২৫ ডিসেম্বর থেকে ৪ জানুয়ারি ২০২৬`, `Mar 14 – Apr 13, 2024`), and, a day of a
/// list that shares its month, the time (`৩, ৪ ও ৫ মে বেলা ১০টা`). Applied from a group's
/// last chain backwards, so that the head of a list hears what its last item says.
fn inherit_backward(first: &mut Chain, second: &Chain, range: bool) {
    if let (Some(a), Some(b)) = (&mut first.greg, &second.greg) {
        if let (None, Some(y)) = (a.year, b.year.filter(|_| !b.short_year)) {
            // A range runs forward (`২৫ ডিসেম্বর থেকে ৪ জানুয়ারি ২০২৬`: the December before); a
            // list's dates need not (`১১ মে ও ২৪ এপ্রিল ২০১৩`): the year nearest the next one.
            let before = (a.month, a.day.unwrap_or(1)) > (b.month, b.day.unwrap_or(1));
            a.year = Some(if range {
                if before { y - 1 } else { y }
            } else {
                let gap = |y: i32| {
                    let on = |y: i32, m: u8, d: Option<u8>| {
                        chrono::NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d.unwrap_or(1)))
                    };
                    match (on(y, a.month, a.day), on(b.year.unwrap_or(y), b.month, b.day)) {
                        (Some(x), Some(z)) => (x - z).num_days().abs(),
                        _ => i64::MAX,
                    }
                };
                [y - 1, y, y + 1].into_iter().min_by_key(|&c| gap(c)).unwrap_or(y)
            });
        }
    }
    let shares_month = first.greg.as_ref().is_some_and(|g| g.inherited);
    if !range && shares_month && first.time.is_none() {
        first.time.clone_from(&second.time);
    }
}

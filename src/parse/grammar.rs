//! Recognisers for the parts of a date/time expression, and the chain that joins adjacent parts
//! describing one moment into one match.
//!
//! Grammar (tokens from the lexer; `?` optional, `|` choice, `~` glued with no space):
//!
//! ```text
//! day        = NUM(1-2 digits) (~ORDINAL | " " ORDINAL)? | DAY-WORD
//! year       = NUM(4 digits) | NUM(3 digits) ERA            (5+ digits: an error)
//! greg-date  = day "-"? G-MONTH (","? year ERA? ("-" CASE)?)?
//!            | G-MONTH NUM(1-2) ORDINAL? "," ? year          (month first: a year is required)
//!            | year ERA(সাল…) day G-MONTH  |  year ERA(সাল…) G-MONTH MONTH-UNIT?
//!            | NUM ~SEP~ NUM ~SEP~ NUM   (SEP one of / - . ; D-M-Y or Y-M-D)
//! bs-date    = day B-MONTH (","? year ERA?)?
//! hijri-date = day H-MONTH (","? year ERA?)?
//! time       = PERIOD? FILLER* FRACTION? ( NUM ~(":"|".")~ NUM(2) (~SEP~ NUM(2))? MERIDIEM? HOUR-UNIT?
//!                                      | NUM HOUR-UNIT (NUM MINUTE-UNIT (NUM SECOND-UNIT)?)?
//!                                      | HOUR-WORD HOUR-UNIT? ) MERIDIEM? APPROX?
//!            | PERIOD                                        (a period with no hour)
//! relative   = REL-DAY | DIRECTION WEEKDAY | DIRECTION YEAR-UNIT | COUNT UNIT AGO-LATER
//! chain      = (LABEL | FILLER | part) (SEP* (LABEL | FILLER | part))*
//! ```
//!
//! A part is *strong* when it can stand alone as a date expression (a day with its month, a
//! clock time, a full weekday name, `আজ` …) and *weak* otherwise (a label, a period word, `৩টা`,
//! which also counts objects). A chain is reported only when it holds a strong part.

use core::ops::Range;

use chrono::Weekday;

use crate::calendar::Month;
use crate::calendar::era::{CalendarEra, EraYear};
use crate::digits::DigitScript;
use crate::error::Error;

use super::document::{Duration, Recurrence};
use super::lexer::{Kind, Num, Token};
use super::words::{DayPeriod, Era, Unit, Word};

mod date;
mod document;
mod time;

pub(crate) use document::makes_generic;

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
    /// its span. The year is not used.
    pub(crate) era_conflict: Option<Range<usize>>,
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
    /// Written with the almanacs' hour mark ঘ.
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
    pub(crate) span: Range<usize>,
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
}

/// Relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RelParts {
    /// আজ 0, গতকাল −1, আগামীকাল +1, পরশু +2.
    Day(i8),
    /// গত/আগামী + weekday.
    Weekday(i8, Weekday),
    /// N units ago (−) or later (+).
    Offset(i64, Unit),
}

/// Everything one match collected.
#[derive(Debug, Clone, Default)]
pub(crate) struct Chain {
    pub(crate) span: Range<usize>,
    pub(crate) greg: Option<GregParts>,
    pub(crate) bangla: Option<BanglaParts>,
    pub(crate) hijri: Option<HijriParts>,
    pub(crate) saka: Option<BanglaParts>,
    pub(crate) weekday: Option<(Weekday, Range<usize>, bool)>,
    /// The weekdays written after a list's last date, one per date (`২৫, ২৬ ও ২৭ ফেব্রুয়ারি রোজ
    /// রবি, সোম ও মঙ্গলবার`): the stream gives each date its own; span of the list.
    pub(crate) weekday_list: Option<(Vec<Weekday>, Range<usize>)>,
    pub(crate) time: Option<TimeParts>,
    pub(crate) relative: Option<(RelParts, Range<usize>)>,
    /// গত (−1) / আগামী (+1) before a date: which way to look for its year.
    pub(crate) direction: Option<i8>,
    /// চলতি/এ (0), গত (−1), আগামী (+1) বছরের before a date.
    pub(crate) year_offset: Option<i8>,
    /// A day of the month named by its number alone (`গত ১২ তারিখ`, `চলতি মাসের ২০
    /// তারিখে`): the month and year come from the reference.
    pub(crate) day_only: Option<u8>,
    /// চলতি/এ (0), গত (−1), আগামী (+1) মাসের before a day (`গত মাসের ১৫ তারিখে`).
    pub(crate) month_offset: Option<i8>,
    pub(crate) dibagoto: bool,
    pub(crate) approximate: bool,
    pub(crate) local_time: Option<Range<usize>>,
    pub(crate) mixed_digits: Vec<Range<usize>>,
    /// An Indian almanac's era (কলিযুগাব্দ, শকাব্দ …) or Assamese month in the match: evidence
    /// that its Bangabda date is West Bengal's.
    pub(crate) indian_cue: bool,
    /// The token where the match first crossed a table cell (`|`): if what follows contradicts
    /// what came before, the match ends there.
    pub(crate) cell_break: Option<usize>,
    /// The tokens where the parts after the first cell start (from [`Chain::cell_break`] on):
    /// where the match may end instead, when it contradicts itself.
    pub(crate) cell_parts: Vec<usize>,
    /// ওইদিন, পরদিন …: the day is another mention's, not the reference's.
    pub(crate) anaphoric: bool,
    /// Document mode: a back-reference to the day last mentioned, plus these days (`পরদিন`
    /// +1, `তার দুই দিন পর` +2).
    pub(crate) back: Option<i64>,
    /// Document mode: what the chain names besides an expression.
    pub(crate) doc: Option<DocPart>,
    /// Document mode: a year counted from the story's (`সে বছর`, `ওই বছর` 0, `পরের বছর` +1),
    /// alone or as a yearless date's year (`একই বছরের ১৫ই ফেব্রুয়ারি`).
    pub(crate) story_year: Option<i8>,
    /// Where the match's content starts, after the labels before it (`প্রকাশিত :`).
    pub(crate) content_start: Option<usize>,
    /// The token after the chain is থেকে or পর্যন্ত (a bare hour beside one is a schedule's).
    pub(crate) signal_after: bool,
    /// A year of an Indian almanac's era (`৫১২৫ কলিযুগাব্দ`): in a document, a mention of its
    /// own when nothing else is dated.
    pub(crate) era_year: bool,
    /// Every such year read (not an era word alone), with its era and its bytes.
    pub(crate) eras: Vec<(EraYear, Range<usize>)>,
    /// The one year written elsewhere in the date's paragraph (set by the stream for a date
    /// written without one).
    pub(crate) text_year: Option<TextYear>,
    /// A Bangabda or Hijri month was named earlier in the paragraph (set by the stream): `এই
    /// মাসের ১০ তারিখ` may be that month's day.
    pub(crate) other_month_before: bool,
    /// Read in a paragraph of almanac text (set by the stream): the small hours belong to the
    /// Hindu day that began at the sunrise before them.
    pub(crate) almanac: bool,
    /// A Vikram Samvat date or year in the match: months are lunar there, so no Bangabda or
    /// Śaka date is read.
    pub(crate) lunisolar: bool,
    strong: bool,
    open_parens: u32,
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
    /// A month of every year: `প্রতি বছর জুন মাসে`.
    YearlyMonth(u8),
    /// A month named by an event's name (`জুলাই গণ-অভ্যুত্থান`: July 2024).
    NamedMonth { year: i32, month: u8 },
    /// A year named by an event's name (`একাত্তরের`: 1971).
    NamedYear(i32),
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
    fn into_part(self) -> Part {
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
    fn written(day: Option<u8>, month: u8, year: Option<i32>, span: Range<usize>) -> GregParts {
        GregParts {
            day,
            month,
            year,
            span,
            inherited: false,
            short_year: false,
            era_conflict: None,
            year_inferred: false,
        }
    }
}

impl Chain {
    pub(crate) fn is_strong(&self) -> bool {
        self.strong
    }

    /// Whether a document reads this chain as a mention (strong, or holding what only a
    /// document reads); the document reader judges the weaker cases (a day part or a bare hour
    /// alone) with the context around them.
    pub(crate) fn is_document_candidate(&self) -> bool {
        self.strong
            || self.doc.is_some()
            || self.back.is_some()
            || self.year_offset.is_some()
            || self.greg.is_some()
            || self.time.is_some()
            || !self.eras.is_empty()
            || self.story_year.is_some()
    }

    /// Whether the chain is a Gregorian day and month with no year (or a two-digit one), and
    /// nothing in it gives one (a Bangabda date with its year, a relative word, চলতি বছরের): a
    /// year written elsewhere may.
    pub(crate) fn wants_year(&self) -> bool {
        self.greg.as_ref().is_some_and(|g| (g.year.is_none() || g.short_year) && g.day.is_some())
            && self.bangla.as_ref().is_none_or(|b| b.year.is_none())
            && self.relative.is_none()
            && self.year_offset.is_none()
    }

    /// Whether the chain names a day: a date of any calendar, a weekday or a relative day.
    fn dated(&self) -> bool {
        self.greg.as_ref().is_some_and(|g| g.day.is_some())
            || self.bangla.is_some()
            || self.hijri.is_some()
            || self.weekday.is_some()
            || self.relative.is_some()
    }

    /// Whether a date with its day, month and year has been read (of any calendar).
    pub(crate) fn has_full_date(&self) -> bool {
        self.greg.as_ref().is_some_and(|g| g.day.is_some() && g.year.is_some())
            || self.bangla.as_ref().is_some_and(|b| b.year.is_some())
            || self.hijri.as_ref().is_some_and(|h| h.year.is_some())
            || self.saka.as_ref().is_some_and(|s| s.year.is_some())
    }

    /// The index of the token the match starts at.
    pub(crate) fn span_start_token(&self, tokens: &[Token]) -> usize {
        tokens.partition_point(|t| t.start < self.span.start)
    }
}

impl Part {
    /// Whether the part is a date with its day, month and year.
    fn is_full_date(&self) -> bool {
        match self {
            Part::Greg(g) => g.day.is_some() && g.year.is_some(),
            Part::Bangla(b) | Part::Saka(b) => b.year.is_some(),
            Part::Hijri(h) => h.year.is_some(),
            _ => false,
        }
    }
}

/// A recognised part.
enum Part {
    Greg(GregParts),
    Bangla(BanglaParts),
    Hijri(HijriParts),
    Saka(BanglaParts),
    Weekday(Weekday, Range<usize>, bool),
    /// `রবি, সোম ও মঙ্গলবার`: the weekdays of a list of dates, in order.
    WeekdayList(Vec<Weekday>, Range<usize>),
    Time(TimeParts, bool),
    Relative(RelParts, Range<usize>),
    /// গত/আগামী/চলতি before a date or weekday (applies to what follows).
    Direction(i8),
    /// চলতি/গত/আগামী বছরের.
    YearOffset(i8),
    /// চলতি/গত/আগামী মাসের.
    MonthOffset(i8),
    /// `১২ তারিখ`: a day with no month.
    DayOnly(u8),
    Dibagoto,
    Approx,
    Local(Range<usize>),
    /// A year of an Indian almanac's era (`৫১২৫ কলিযুগাব্দ`, `১৯৪৬ শকাব্দ`), or the era word
    /// alone (no year).
    IndianYear(Option<EraYear>),
    /// A date or year in Vikram Samvat, whose months are lunar (`৭ই শ্রাবণ, ২০৮১ বিক্রম সংবৎ`,
    /// `সংবৎ ২০৮১`): no Bangabda or Śaka date beside it is read.
    Lunisolar(Option<EraYear>),
    /// ওইদিন, পরদিন … outside document mode: marks the day as another mention's.
    Anaphoric,
    /// A back-reference to a day (document mode), with its offset in days.
    Back(i64),
    /// What only a document reads.
    Doc(DocPart),
    /// গভীর ("deep") before a night.
    Deep,
    /// A year counted from the story's (document mode).
    StoryYear(i8),
    /// Labels and other words that may sit inside a timestamp.
    Filler,
}

type Found<T> = Result<Option<(T, usize)>, Error>;

/// Years above this, written with a Bangabda month name and no বঙ্গাব্দ, are read as Śaka years
/// (Śaka 1600 was 1678 CE; Bangabda 1600 will be 2193 CE).
pub(crate) const SAKA_YEAR_THRESHOLD: i32 = 1600;

/// Years from this on, written with a Bangabda month name and no calendar named, are read as
/// Vikram Samvat (lunar months, no date): Śaka 2061 is 2139 CE, Vikram Samvat 2061 was 2004
/// (2000–2060 are taken for Gregorian years, see `date::GREGORIAN_LABEL_YEARS`).
const VIKRAM_LIKELY_YEAR: i32 = 2061;

pub(crate) struct Grammar<'t> {
    pub(crate) toks: &'t [Token],
    pub(crate) text: &'t str,
    /// Run the document recognisers too (see `grammar/document.rs`): back-references,
    /// durations, recurrences, years and months named alone.
    pub(crate) document: bool,
    /// The token before `toks`, for the context of the recognisers (`(১৯৪৭)`, `১২।২৪ তারিখে`).
    pub(crate) before: Option<Token>,
}

impl<'t> Grammar<'t> {
    /// A grammar of expressions over `toks`.
    pub(crate) fn new(toks: &'t [Token], text: &'t str) -> Grammar<'t> {
        Grammar { toks, text, document: false, before: None }
    }
}

fn is_sep(c: char) -> bool {
    matches!(c, ',' | '|' | '(' | ')' | ':' | '–' | '—' | '-' | ';' | '،' | '[' | ']' | '/')
        || is_danda(c)
        || is_bullet(c)
}

/// Bullets between the cells of a date bar (`• বাংলা তারিখ: … • ইংরেজি তারিখ: …`): like `|`.
fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '·' | '●' | '▪' | '◦' | '∙')
}

/// The dari and the dandas (`।`, `॥`, and `৷` doubled on Tripura pages): they end sentences, and
/// almanac lines use them between the parts of one date.
fn is_danda(c: char) -> bool {
    matches!(c, '।' | '॥' | '৷')
}

impl<'t> Grammar<'t> {
    fn tok(&self, i: usize) -> Option<&'t Token> {
        self.toks.get(i)
    }

    fn word(&self, i: usize) -> Option<Word> {
        self.tok(i).and_then(Token::word)
    }

    fn num(&self, i: usize) -> Option<Num> {
        self.tok(i).and_then(Token::num)
    }

    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }

    fn start(&self, i: usize) -> usize {
        self.tok(i).map_or(self.text.len(), |t| t.start)
    }

    fn end(&self, i: usize) -> usize {
        self.tok(i).map_or(self.text.len(), |t| t.end)
    }

    /// The span from token `a` to token `b` inclusive.
    fn span(&self, a: usize, b: usize) -> Range<usize> {
        self.start(a)..self.end(b)
    }

    // The date recognisers (`day`, `year`, `day_month`, `numeric` …) are in `date.rs`.

    /// `COUNT UNIT AGO-LATER` (`১৮ মিনিট আগে`, `তিনদিন আগে`).
    fn offset(&self, i: usize) -> Option<(Part, usize)> {
        let (count, unit, j) = match self.tok(i)?.kind {
            Kind::Num(n) if n.digits <= 4 => match self.word(i + 1)? {
                Word::Unit(u) => (n.value as i64, u, i + 2),
                _ => return None,
            },
            Kind::Word(Some(Word::HourWord { hour, minute: 0, unit: None })) => {
                match self.word(i + 1)? {
                    Word::Unit(u) => (i64::from(hour), u, i + 2),
                    _ => return None,
                }
            }
            Kind::Word(Some(Word::Quantity(n, u))) => (i64::from(n), u, i + 1),
            _ => return None,
        };
        // `১০০ বছর আগের` ("of a hundred years ago") too.
        let sign = match self.word(j) {
            Some(Word::AgoLater(sign)) => sign,
            Some(Word::Pointer(-1)) => -1,
            _ => return None,
        };
        let span = self.span(i, j);
        Some((Part::Relative(RelParts::Offset(count * i64::from(sign), unit), span.clone()), j + 1))
    }

    /// One part at `i`, or `None`.
    fn part(&self, i: usize, in_chain: bool) -> Found<Part> {
        let Some(tok) = self.tok(i) else {
            return Ok(None);
        };
        match tok.kind {
            Kind::Num(_) => {
                // A glued colon can only start a clock time: skip the date recognisers (in a
                // document, a year may head what follows it: `১৯৯১: সামরিক শাসক`).
                if self.punct(i + 1, ':') && self.glued(i + 1) {
                    let time = self.time(i, in_chain)?;
                    if time.is_some() || !self.document {
                        return Ok(time.map(|((t, strong), j)| (Part::Time(t, strong), j)));
                    }
                    return self.document_number(i);
                }
                // Direct calls, not a table of fn pointers, so that they inline.
                if let Some(found) = self.numeric(i)? {
                    return Ok(Some(found));
                }
                if let Some(found) = self.year_first(i)? {
                    return Ok(Some(found));
                }
                if let Some(found) = self.day_month(i)? {
                    return Ok(Some(found));
                }
                if let Some(found) = self.bare_day_before_range(i)? {
                    return Ok(Some(found));
                }
                if let Some(found) = self.offset(i) {
                    return Ok(Some(found));
                }
                if let Some(found) = self.era_year(i) {
                    return Ok(Some(found));
                }
                if let Some(found) = self.day_only(i) {
                    return Ok(Some(found));
                }
                if self.document {
                    if let Some(found) = self.document_number(i)? {
                        return Ok(Some(found));
                    }
                }
                Ok(self.time(i, in_chain)?.map(|((t, strong), j)| (Part::Time(t, strong), j)))
            }
            Kind::Word(Some(w)) if self.document => match self.expression_word(i, w, in_chain)? {
                Some(found) => Ok(Some(found)),
                None => self.document_word(i, w),
            },
            Kind::Word(Some(w)) => self.expression_word(i, w, in_chain),
            _ => Ok(None),
        }
    }

    /// The expression part that starts with the word `w` at `i`.
    fn expression_word(&self, i: usize, w: Word, in_chain: bool) -> Found<Part> {
        {
            match w {
                Word::BanglaMonth(_) | Word::AssameseMonth(_) | Word::HijriMonth(_) => {
                    match self.other_month_first(i)? {
                        Some(found) => Ok(Some(found)),
                        None => self.month_unit_day(i),
                    }
                }
                // `সংবৎ ২০৮১, শ্রাবণ …`: a Vikram Samvat year before the date.
                Word::IndianEra(era) if era.is_lunisolar() => {
                    match self.num(i + 1).filter(|n| n.digits == 4) {
                        Some(n) => {
                            let year = EraYear::new(era, n.value as i32);
                            Ok(Some((Part::Lunisolar(Some(year)), i + 2)))
                        }
                        None => Ok(Some((Part::IndianYear(None), i + 1))),
                    }
                }
                // `কল্যব্দ ৫১২২`, `কলি: ৫১২৫`: in a document, an era before its year is a mention.
                Word::IndianEra(era) => {
                    let at = if self.punct(i + 1, ':') { i + 2 } else { i + 1 };
                    let year = self
                        .num(at)
                        .filter(|n| self.document && (3..=4).contains(&n.digits))
                        .map(|n| EraYear::new(era, n.value as i32));
                    Ok(Some((Part::IndianYear(year), if year.is_some() { at + 1 } else { i + 1 })))
                }
                // In a document, the day referred to is a mention (the document recognisers).
                Word::Anaphoric(_) if self.document => Ok(None),
                Word::Anaphoric(_) => Ok(Some((Part::Anaphoric, i + 1))),
                Word::Deep => Ok(Some((Part::Deep, i + 1))),
                Word::DayWord(_) => {
                    if let Some(found) = self.day_month(i)? {
                        return Ok(Some(found));
                    }
                    self.bare_day_before_range(i)
                }
                Word::GregMonth(_) => match self.month_first(i)? {
                    Some(found) => Ok(Some(found)),
                    None => match self.month_first_before_range(i)? {
                        Some(found) => Ok(Some(found)),
                        None => match self.month_unit_day(i)? {
                            Some(found) => Ok(Some(found)),
                            None => self.month_first_dateline(i),
                        },
                    },
                },
                // `গত রাতে`: the night before the reference day.
                Word::Direction(-1) if self.word(i + 1) == Some(Word::Period(DayPeriod::Night)) => {
                    Ok(Some((Part::Relative(RelParts::Day(-1), self.span(i, i)), i + 1)))
                }
                // `রবি-আল-আওয়াল ২, ১৪৪৭`: not Sunday, a Hijri month written with hyphens.
                Word::Weekday { short: true, .. } | Word::HijriStem
                    if self.hyphenated_hijri(i).is_some() =>
                {
                    match self.other_month_first(i)? {
                        Some(found) => Ok(Some(found)),
                        None => self.month_unit_day(i),
                    }
                }
                Word::Weekday { day, short, typo } => {
                    // `রোজ রবি, সোম ও মঙ্গলবার` after a list of dates: one weekday each.
                    if in_chain {
                        if let Some((days, next)) = self.weekday_list(i) {
                            let span = self.span(i, next - 1);
                            return Ok(Some((Part::WeekdayList(days, span), next)));
                        }
                    }
                    let span = self.span(i, i);
                    // Short names (রবি, শনি) are also ordinary words: only inside a chain or
                    // right before a date.
                    if short && !in_chain && !self.date_follows(i + 1) {
                        return Ok(None);
                    }
                    Ok(Some((Part::Weekday(day, span, typo), i + 1)))
                }
                Word::Period(_)
                | Word::Prayer(_)
                | Word::Fraction(_)
                | Word::HourWord { .. }
                | Word::Meridiem(_)
                | Word::HourMark => {
                    if let Some(found) = self.offset(i) {
                        return Ok(Some(found));
                    }
                    Ok(self.time(i, in_chain)?.map(|((t, strong), j)| (Part::Time(t, strong), j)))
                }
                Word::Danda => Ok(self.after_sunrise(i).map(|(t, j)| (Part::Time(t, false), j))),
                Word::Unit(Unit::Day) if self.num(i + 1).is_some() && self.punct(i + 2, ':') => {
                    Ok(self.time(i, in_chain)?.map(|((t, strong), j)| (Part::Time(t, strong), j)))
                }
                Word::RelativeDay(d) => {
                    Ok(Some((Part::Relative(RelParts::Day(d), self.span(i, i)), i + 1)))
                }
                Word::Quantity(..) => Ok(self.offset(i)),
                Word::YearOffset(d) => Ok(Some((Part::YearOffset(d), i + 1))),
                Word::Direction(d) => match self.word(i + 1) {
                    Some(Word::Weekday { day, short: false, .. }) => Ok(Some((
                        Part::Relative(RelParts::Weekday(d, day), self.span(i, i + 1)),
                        i + 2,
                    ))),
                    Some(Word::Unit(Unit::Year)) => Ok(Some((Part::YearOffset(d), i + 2))),
                    // `গত মাসের ১৫ তারিখে`; in a document, `গত মাসে` alone is a month counted.
                    Some(Word::Unit(Unit::Month))
                        if !self.document || self.num(i + 2).is_some() =>
                    {
                        Ok(Some((Part::MonthOffset(d), i + 2)))
                    }
                    // `গত মাসে`, `গত তিন দিন`: a period counted, or a duration (documents).
                    Some(
                        Word::Unit(_)
                        | Word::Quantity(..)
                        | Word::HourWord { .. }
                        | Word::SpanYear { .. },
                    ) if self.document => Ok(None),
                    _ if d != 0 => Ok(Some((Part::Direction(d), i + 1))),
                    _ => Ok(None),
                },
                Word::Dibagoto => Ok(Some((Part::Dibagoto, i + 1))),
                Word::Approx | Word::Exactly => Ok(Some((Part::Approx, i + 1))),
                Word::Local => Ok(Some((Part::Local(self.span(i, i)), i + 1))),
                Word::Label | Word::DateWord => Ok(Some((Part::Filler, i + 1))),
                // `(বাংলা- ৮ ফাল্গুন)`, `ইংরেজী: ২১ ফেব্রুয়ারি`: a calendar's name labels the
                // date that follows it inside a match.
                // But an era word before a year of its own (`বুদ্ধাব্দ ২৫৬৯, শকাব্দ ১৯৪৭`) names
                // that year: the match ends before it, and the year is read alone, as the era's.
                Word::Era(e) if in_chain => {
                    let own_year = matches!(e, Era::Saka | Era::Hijri | Era::Bangla)
                        && self.num(i + 1).is_some_and(|n| n.digits == 4)
                        && !matches!(
                            self.word(i + 2),
                            Some(Word::GregMonth(_) | Word::BanglaMonth(_) | Word::HijriMonth(_))
                        );
                    Ok((!own_year).then_some((Part::Filler, i + 1)))
                }
                // শেষ ("last", and a label: `শেষ আপডেট`).
                Word::Nth(-1) if !self.document || !self.weekday_follows(i + 1) => {
                    Ok(Some((Part::Filler, i + 1)))
                }
                _ => Ok(None),
            }
        }
    }

    /// Whether the sentence from `k` to the next sentence end (a dari, danda, `?`, `!`, a full
    /// stop, a line break or the end) is made only of parts and labels, with at least one
    /// time or date, a closing থেকে / পর্যন্ত / নাগাদ allowed (`ঠিক বিকেল ৪:০২ মিনিট থেকে।`).
    fn own_sentence(&self, mut k: usize) -> bool {
        /// The most parts and labels such a sentence is followed through.
        const MAX_PARTS: usize = 8;
        let mut content = false;
        for _ in 0..MAX_PARTS {
            // Separators inside the sentence; its end.
            let mut seps = 0;
            while let Some(t) = self.tok(k) {
                if seps > 0 && t.breaks_before > 0 {
                    return content;
                }
                let Kind::Punct(c) = t.kind else { break };
                if is_danda(c) || matches!(c, '.' | '?' | '!') {
                    return content;
                }
                if !is_sep(c) || seps >= 3 {
                    return false;
                }
                seps += 1;
                k += 1;
            }
            let Some(t) = self.tok(k) else { return content };
            if content && t.breaks_before > 0 {
                return true;
            }
            match self.part(k, true) {
                Ok(Some((part, next))) => {
                    content |= matches!(
                        part,
                        Part::Time(..)
                            | Part::Greg(_)
                            | Part::Bangla(_)
                            | Part::Hijri(_)
                            | Part::Saka(_)
                            | Part::Weekday(..)
                    );
                    k = next;
                }
                _ if content
                    && matches!(self.word(k), Some(Word::From | Word::Until | Word::Approx)) =>
                {
                    k += 1;
                }
                _ => return false,
            }
        }
        false
    }

    /// A clock time a few words after a date with none, in the same clause (`আগামী ১৪ মে
    /// কলেজ মাঠে সকাল ১০টা`: the date, where, then when; `২৮ জুন গ্রুপের শেষ ম্যাচটি …
    /// বাংলাদেশ সময় রাত ৮টায়`; `২৪ মার্চ প্রথম রমজানে ঢাকায় সেহরির শেষ সময় ভোররাত ৪টা ৩৯
    /// মিনিট`): between them only words unknown to the vocabulary, labels (সময়), ordinals
    /// (প্রথম, শেষ), a prayer's name and a Hijri month named with no day — no punctuation,
    /// number or other date word, which would start another clause or expression — at most
    /// eight of them. Extraction only: a document anchors a time alone to the date of its
    /// sentence.
    fn time_later_in_clause(&self, k: usize, j: usize, chain: &Chain) -> Option<(Part, usize)> {
        const MAX_WORDS: usize = 8;
        if self.document || k != j || chain.time.is_some() || !chain.dated() {
            return None;
        }
        let mut w = k;
        while w <= k + MAX_WORDS {
            let t = self.tok(w)?;
            if t.breaks_before > 0 {
                return None;
            }
            if w > k {
                if let Ok(Some(((time, strong), next))) = self.time(w, true) {
                    if strong && time.hour.is_some() {
                        return Some((Part::Time(time, true), next));
                    }
                }
            }
            let skip = match t.kind {
                Kind::Word(None) => true,
                Kind::Word(Some(Word::Label | Word::Nth(_) | Word::Prayer(_))) => true,
                // Nouns that only mean a date beside one (`জুলাই শহীদ`, `বামন মাস`): here words.
                Kind::Word(Some(Word::JulyEvent | Word::LunarMonth { common: true })) => true,
                Kind::Word(Some(Word::HijriMonth(_))) => {
                    self.num(w + 1).is_none()
                        && w.checked_sub(1).is_none_or(|b| self.num(b).is_none())
                }
                _ => false,
            };
            if !skip {
                return None;
            }
            w += 1;
        }
        None
    }

    fn weekday_follows(&self, i: usize) -> bool {
        matches!(self.word(i), Some(Word::Weekday { short: false, .. }))
    }

    /// Whether the year at `k` belongs to a written date: after its month (`৫ মে, ২০২২`) or
    /// before its day and month (`১৮৬৩ সালের ১২ জানুয়ারি`).
    pub(crate) fn year_in_date(&self, k: usize) -> bool {
        let mut b = k;
        while b > 0 && (self.punct(b - 1, ',') || self.punct(b - 1, '-')) && b + 2 > k {
            b -= 1;
        }
        let month_before = b.checked_sub(1).and_then(|m| self.word(m)).is_some_and(|w| {
            matches!(
                w,
                Word::GregMonth(_)
                    | Word::BanglaMonth(_)
                    | Word::AssameseMonth(_)
                    | Word::HijriMonth(_)
            )
        });
        month_before
            || matches!(
                self.year_first(k),
                Ok(Some((Part::Greg(_) | Part::Hijri(_) | Part::Bangla(_), _)))
            )
    }

    /// Two or more weekdays joined as a list from `i` (`রবি, সোম ও মঙ্গলবার`, `রবি ও সোমবার`):
    /// the days (at most seven) and the index after the last.
    fn weekday_list(&self, i: usize) -> Option<(Vec<Weekday>, usize)> {
        let weekday = |k: usize| match self.word(k) {
            Some(Word::Weekday { day, .. }) => Some(day),
            _ => None,
        };
        let first = weekday(i)?;
        // (Most weekdays stand alone: look for a second before allocating.)
        let second = match self.tok(i + 1).map(|t| t.kind) {
            Some(Kind::Punct(',')) => i + 2 + usize::from(self.word(i + 2) == Some(Word::And)),
            Some(Kind::Word(Some(Word::And))) => i + 2,
            _ => return None,
        };
        weekday(second)?;
        let mut days = vec![first];
        let mut k = i + 1;
        while days.len() < 7 {
            let sep = match self.tok(k).map(|t| t.kind) {
                Some(Kind::Punct(',')) => 1 + usize::from(self.word(k + 1) == Some(Word::And)),
                Some(Kind::Word(Some(Word::And))) => 1,
                _ => break,
            };
            let Some(day) = weekday(k + sep) else { break };
            days.push(day);
            k += sep + 1;
        }
        (days.len() >= 2).then_some((days, k))
    }

    /// Whether a date starts at `i` (after an optional comma or parenthesis).
    fn date_follows(&self, i: usize) -> bool {
        let i = if self.punct(i, ',') || self.punct(i, '(') { i + 1 } else { i };
        matches!(self.day_month(i), Ok(Some(_))) || matches!(self.numeric(i), Ok(Some(_)))
    }

    /// Build the chain that starts at token `i`. Returns the chain and the index after it, or an
    /// error with the index to resume from.
    pub(crate) fn chain(&self, i: usize) -> Result<Option<(Chain, usize)>, (Error, usize)> {
        // Most tokens start nothing: find out before building a chain.
        let first = match self.part(i, false) {
            Ok(Some(first)) => first,
            Ok(None) => return Ok(None),
            Err(e) => return Err((e, i + 1)),
        };
        let mut chain = Chain::default();
        Ok(self.chain_from(i, &mut chain, Some(first))?.map(|next| (chain, next)))
    }

    /// [`Grammar::chain`] into a caller's fresh (`Default`) `Chain`, which saves moving a few
    /// hundred bytes on the hot path.
    pub(crate) fn chain_into(
        &self,
        i: usize,
        chain: &mut Chain,
    ) -> Result<Option<usize>, (Error, usize)> {
        self.chain_from(i, chain, None)
    }

    /// [`Grammar::chain_into`], given the first part when it is already read.
    fn chain_from(
        &self,
        i: usize,
        chain: &mut Chain,
        mut first: Option<(Part, usize)>,
    ) -> Result<Option<usize>, (Error, usize)> {
        let mut j = i;
        let mut last_end_tok: Option<usize> = None;
        let mut resume = i;
        let mut pending_direction = None;
        loop {
            // Separators between parts (none before the first).
            let mut k = j;
            let (mut dandas, mut double_danda, mut pipe, mut colon) = (0, false, false, false);
            let mut line_break = false;
            if j > i {
                while let Some(Kind::Punct(c)) = self.tok(k).map(|t| t.kind) {
                    if !is_sep(c) || k - j >= 3 {
                        break;
                    }
                    dandas += usize::from(is_danda(c));
                    double_danda |= c == '॥';
                    pipe |= c == '|' || is_bullet(c);
                    colon |= c == ':';
                    k += 1;
                }
                // (A paragraph break is a hard boundary: the tokens end before it.)
                let between = self.toks.get(j..=k).unwrap_or_default();
                line_break = between.iter().any(|t| t.breaks_before > 0);
            }
            // `২৪ মার্চ, মঙ্গলবার, ২০২০`: the year written after the weekday is the date's.
            if let Some(next) = self.year_after_weekday(k, chain, last_end_tok) {
                last_end_tok = Some(next - 1);
                resume = next;
                j = next;
                continue;
            }
            let read = match first.take() {
                Some(p) => Ok(Some(p)),
                None => self.part(k, j > i),
            };
            let part = match read {
                Ok(Some(p)) => p,
                Ok(None) => match self.time_later_in_clause(k, j, chain) {
                    Some(p) => p,
                    None => break,
                },
                Err(e) => {
                    // Resume after the offending token.
                    return Err((e, k + 1));
                }
            };
            let (part, next) = part;
            // A single line break joins wrapped text, but not two complete dates: each line of
            // a list of dates is its own match.
            if line_break && chain.has_full_date() && part.is_full_date() {
                break;
            }
            // Across a dari or danda only the parts of an almanac line go on (`৯ বৈশাখ, ১৪২৮।
            // শুক্রবার।`, `১৪৩১ বঙ্গাব্দ ।। ৫১২৫ কলিযুগাব্দ`); a dateline's colon does not
            // join a relative word to the date before it (`২৫ মার্চ : আগামীকাল`).
            // A single dari ends a sentence: only a weekday closing the line (`১৪২৮। শুক্রবার।`)
            // or an era year goes on across it; a double danda (`।।`, `॥`, `৷৷`) separates the
            // parts of one almanac line.
            let almanac_part = if double_danda || dandas >= 2 {
                matches!(
                    part,
                    Part::Greg(_)
                        | Part::Bangla(_)
                        | Part::Hijri(_)
                        | Part::Saka(_)
                        | Part::Weekday(..)
                        | Part::IndianYear(_)
                        | Part::Lunisolar(_)
                        | Part::Time(..)
                )
            } else {
                let line_ends =
                    self.tok(next).is_none_or(|t| matches!(t.kind, Kind::Punct(c) if is_danda(c)));
                matches!(part, Part::IndianYear(_) | Part::Lunisolar(_))
                    || (matches!(part, Part::Weekday(..)) && line_ends)
            };
            // In a document, a relative word before a colon labels the date bar after it (`আজ:
            // ২৯ শ্রাবন ১৪৩৩ বঙ্গাব্দ, … ইংরেজী: ১৫ আগষ্ট ২০২৬`): each is a mention of its own.
            let labelled_bar = self.document
                && colon
                && matches!(chain.relative, Some((RelParts::Day(_), _)))
                && chain.greg.is_none()
                && chain.bangla.is_none()
                && matches!(part, Part::Greg(_) | Part::Bangla(_) | Part::Hijri(_) | Part::Saka(_));
            // A sentence that only completes the date before it (`ফেব্রুয়ারি ১, ২০২৪। রাত ১টা
            // ২৫।`, `… বৃহস্পতিবার। ইংরেজি– ৪ নভেম্বর। সময়– রাত ০২টো ৪৫ মিনিট।`): its time,
            // or its date in another calendar, goes on across the single dari. (A document
            // keeps each sentence's mention, and anchors a time alone in its sentence to the
            // day of the sentence before.)
            let own_sentence = dandas == 1
                && !self.document
                && !almanac_part
                && !double_danda
                && chain.dated()
                && self.own_sentence(k);
            if (dandas > 0 && !almanac_part && !own_sentence)
                || (colon
                    && chain.greg.is_some()
                    && matches!(part, Part::Relative(RelParts::Day(_), _)))
                || labelled_bar
            {
                break;
            }
            if pipe && chain.cell_break.is_none() && chain.strong {
                chain.cell_break = Some(k);
            }
            // Labels, `তারিখে`, a pending গত/আগামী and the like belong to a match only when a
            // real part follows them.
            let extends_span = !matches!(
                part,
                Part::Filler
                    | Part::Anaphoric
                    | Part::Direction(_)
                    | Part::MonthOffset(_)
                    | Part::Dibagoto
                    | Part::Local(_)
                    | Part::Deep
            );
            let content = !matches!(part, Part::Filler);
            let era_year = match &part {
                Part::IndianYear(Some(y)) | Part::Lunisolar(Some(y)) => Some(*y),
                _ => None,
            };
            if !chain.accept(part, &mut pending_direction) {
                break;
            }
            if let Some(y) = era_year {
                chain.eras.push((y, self.span(k, next - 1)));
            }
            if j == i {
                chain.span.start = self.start(k);
            }
            if content && chain.content_start.is_none() {
                chain.content_start = Some(self.start(k));
            }
            // Parentheses opened between parts.
            for t in self.toks.get(j..k).unwrap_or_default() {
                if t.is_punct('(') {
                    chain.open_parens += 1;
                } else if t.is_punct(')') {
                    chain.open_parens = chain.open_parens.saturating_sub(1);
                }
            }
            if extends_span {
                last_end_tok = Some(next - 1);
                resume = next;
                if chain.cell_break.is_some() {
                    chain.cell_parts.push(k);
                }
            }
            j = next;
        }
        let Some(last) = last_end_tok else {
            return Ok(None);
        };
        let mut j = resume;
        let mut end_tok = last;
        // Trailing fillers (a label, `দিকে`) do not extend the span past the last real part, but
        // an unclosed parenthesis is closed.
        if chain.open_parens > 0 && self.punct(last + 1, ')') {
            end_tok = last + 1;
            j = j.max(last + 2);
        }
        chain.span.end = self.end(end_tok);
        chain.signal_after = matches!(self.word(j), Some(Word::From | Word::Until));
        for t in self.toks.get(i..=end_tok).unwrap_or_default() {
            if let Kind::Num(Num { script: DigitScript::Mixed, .. }) = t.kind {
                chain.mixed_digits.push(t.start..t.end);
            }
        }
        Ok(Some(j))
    }
}

impl Grammar<'_> {
    /// A four-digit year right after the weekday that followed a yearless date (`২৪ মার্চ,
    /// মঙ্গলবার, ২০২০`, `৭ মার্চ,শনিবার,২০২০`), put in the date: the index after it.
    fn year_after_weekday(
        &self,
        k: usize,
        chain: &mut Chain,
        last: Option<usize>,
    ) -> Option<usize> {
        let weekday_last =
            chain.weekday.as_ref().is_some_and(|w| Some(w.1.end) == last.map(|l| self.end(l)));
        let n = self.num(k).filter(|n| n.digits == 4 && weekday_last)?;
        // Not the start of a clock or numeric date (`২০২০-০৩-২৪`, `২০২০:`).
        if matches!(self.tok(k + 1).map(|t| t.kind), Some(Kind::Punct(_))) && self.glued(k + 1) {
            let c = self.tok(k + 1).and_then(|t| self.text.get(t.start..t.end));
            if !matches!(c, Some("," | "।" | ")")) {
                return None;
            }
        }
        let era = match self.word(k + 1) {
            Some(Word::Era(e)) => Some(e),
            _ => None,
        };
        let next = if era.is_some() { k + 2 } else { k + 1 };
        let year = n.value as i32;
        let greg_open = chain.greg.as_ref().is_some_and(|g| g.year.is_none() && g.day.is_some());
        let bangla_open = chain.bangla.as_ref().is_some_and(|b| b.year.is_none());
        let to_greg = match era {
            Some(Era::Christian) => greg_open,
            Some(Era::Bangla) => false,
            Some(Era::Year) | None => greg_open && (!bangla_open || year > SAKA_YEAR_THRESHOLD),
            _ => return None,
        };
        if to_greg {
            let g = chain.greg.as_mut()?;
            g.year = Some(year);
        } else if bangla_open && year <= SAKA_YEAR_THRESHOLD {
            let b = chain.bangla.as_mut()?;
            b.year = Some(year);
        } else {
            return None;
        }
        Some(next)
    }
}

impl Chain {
    /// Add a part; `false` when its slot is taken (the part then starts the next match).
    fn accept(&mut self, part: Part, pending: &mut Option<i8>) -> bool {
        // What only a document reads stands alone: nothing dated joins it, and it joins nothing
        // dated (a back-reference takes a time, and a date wins over it).
        let dated = |c: &Chain| {
            c.greg.is_some()
                || c.bangla.is_some()
                || c.hijri.is_some()
                || c.saka.is_some()
                || c.weekday.is_some()
                || c.time.is_some()
                || c.relative.is_some()
                || c.year_offset.is_some()
        };
        let dating = matches!(
            part,
            Part::Greg(_)
                | Part::Bangla(_)
                | Part::Hijri(_)
                | Part::Saka(_)
                | Part::Weekday(..)
                | Part::Time(..)
                | Part::Relative(..)
                | Part::Back(_)
                | Part::Doc(_)
        );
        if dating && self.doc.is_some() {
            return false;
        }
        match part {
            Part::Greg(p) => {
                // Years or months counted, then a date of its own (`এক বছর আগে, ২০২৪ সালের
                // অক্টোবরে`): two things said, not one.
                let counted_long = matches!(
                    self.relative,
                    Some((RelParts::Offset(_, Unit::Year | Unit::Month | Unit::Week), _))
                );
                if self.greg.is_some() || self.day_only.is_some() || counted_long {
                    return false;
                }
                self.direction = self.direction.or(pending.take());
                // A month with its year (`২০২২ সালের ডিসেম্বর মাসে`) is a date expression too.
                self.strong |= p.day.is_some() || p.year.is_some();
                self.greg = Some(p);
            }
            Part::Bangla(p) => {
                if self.bangla.is_some() {
                    return false;
                }
                self.direction = self.direction.or(pending.take());
                self.strong = true;
                self.bangla = Some(p);
            }
            Part::Saka(p) => {
                if self.saka.is_some() {
                    return false;
                }
                self.indian_cue |= p.era == Some(Era::Saka);
                self.strong = true;
                self.saka = Some(p);
            }
            Part::Hijri(p) => {
                if self.hijri.is_some() {
                    return false;
                }
                self.strong = true;
                self.hijri = Some(p);
            }
            Part::Weekday(d, span, typo) => {
                // The same weekday again (`বাংলা- ১৮ কার্তিক, বৃহস্পতিবার। ইংরেজি– ৪ নভেম্বর,
                // বৃহস্পতিবার।`): one day, written beside each calendar's date.
                if let Some((day, ..)) = self.weekday {
                    return day == d && pending.is_none() && self.relative.is_none();
                }
                if let Some(dir) = pending.take() {
                    if self.relative.is_some() {
                        return false;
                    }
                    self.relative = Some((RelParts::Weekday(dir, d), span.clone()));
                }
                self.strong = true;
                self.weekday = Some((d, span, typo));
            }
            Part::WeekdayList(days, span) => {
                if self.weekday.is_some() || self.weekday_list.is_some() {
                    return false;
                }
                self.strong = true;
                self.weekday_list = Some((days, span));
            }
            Part::Time(t, strong) => {
                match &mut self.time {
                    // A period word alone, then the hour (`সকালে আটটায়`): complete it.
                    Some(prev) if prev.hour.is_none() && t.hour.is_some() && t.period.is_none() => {
                        let period = prev.period;
                        let span = prev.span.start..t.span.end;
                        *prev = TimeParts { period, span, ..t };
                        self.strong |= strong || period.is_some();
                        return true;
                    }
                    Some(_) => return false,
                    None => {}
                }
                self.strong |= strong;
                self.time = Some(t);
            }
            Part::Relative(r, span) => {
                if self.relative.is_some() {
                    return false;
                }
                if let RelParts::Weekday(_, d) = r {
                    if self.weekday.is_some() {
                        return false;
                    }
                    self.weekday = Some((d, span.clone(), false));
                }
                self.strong = true;
                self.relative = Some((r, span));
            }
            Part::Direction(d) => {
                if pending.is_some() || self.greg.is_some() || self.bangla.is_some() {
                    return false;
                }
                *pending = Some(d);
            }
            Part::YearOffset(d) => {
                if self.year_offset.is_some() || self.greg.is_some() {
                    return false;
                }
                self.year_offset = Some(d);
            }
            Part::MonthOffset(d) => {
                if self.month_offset.is_some() || self.greg.is_some() || self.day_only.is_some() {
                    return false;
                }
                self.month_offset = Some(d);
            }
            Part::DayOnly(p) => {
                let dated = self.greg.is_some() || self.bangla.is_some() || self.hijri.is_some();
                if self.day_only.is_some() || dated {
                    return false;
                }
                self.direction = self.direction.or(pending.take());
                self.strong = true;
                self.day_only = Some(p);
            }
            Part::IndianYear(_) => {
                // A run of era years with no date (an almanac's `১৯৪৬ শকাব্দ /২০৮১ বিক্রম
                // সাম্বৎ`): each is its own; beside a date they are cues of one match.
                let undated = self.greg.is_none() && self.bangla.is_none() && self.saka.is_none();
                if ((self.era_year || self.lunisolar) && undated && self.hijri.is_none())
                    || self.doc.is_some()
                {
                    return false;
                }
                // After a relative day or a time with no date (`আজ কলিযুগাব্দ ৫১২৬`), it is the
                // era's year, not a cue of theirs.
                if undated
                    && self.hijri.is_none()
                    && (self.relative.is_some() || self.time.is_some())
                {
                    return false;
                }
                self.indian_cue = true;
                self.era_year = true;
            }
            Part::Lunisolar(_) => {
                // After another year (`১৯৪৪, সংবৎ ২০৭৮`, `কল্যব্দ ৫১২২, সংবৎ ২০৭৮`), its own.
                let undated = self.greg.is_none() && self.bangla.is_none() && self.saka.is_none();
                if self.lunisolar || self.doc.is_some() || (self.era_year && undated) {
                    return false;
                }
                self.indian_cue = true;
                self.strong = true;
                self.lunisolar = true;
                self.era_year = true;
            }
            Part::Anaphoric => self.anaphoric = true,
            Part::Back(days) => {
                if self.back.is_some() || dated(self) {
                    return false;
                }
                self.back = Some(days);
                self.anaphoric = true;
            }
            Part::Doc(d) => {
                // An era's year after another's (`বুদ্ধাব্দ ২৫৬৯, শকাব্দ ১৯৪৭`) is its own.
                let era_after_era =
                    (self.era_year || self.lunisolar) && matches!(d, DocPart::Year { .. });
                if dated(self) || self.back.is_some() || era_after_era {
                    return false;
                }
                self.doc = Some(d);
            }
            Part::Deep => {}
            Part::StoryYear(d) => {
                if self.story_year.is_some() || self.year_offset.is_some() || dated(self) {
                    return false;
                }
                self.story_year = Some(d);
            }
            Part::Dibagoto => self.dibagoto = true,
            Part::Approx => self.approximate = true,
            Part::Local(span) => self.local_time = Some(span),
            Part::Filler => {}
        }
        true
    }
}

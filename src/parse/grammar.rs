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

use crate::calendar::era::EraYear;
use crate::digits::DigitScript;
use crate::error::Error;

use super::lexer::{Kind, Num, Token};
use super::words::{self, DayPeriod, Era, Unit, Word};
use super::zone::Zone;

mod chain;
mod date;
mod document;
mod parts;
mod time;

pub(crate) use chain::Chain;
pub(crate) use parts::{
    BanglaParts, DocPart, GregParts, HijriParts, RelParts, TextYear, TimeParts,
};

pub(crate) use document::makes_generic;

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
    /// চলতি/গত/আগামী মাসের; for "this month", the year written right before it (`১৯৭১ সালে এ
    /// মাসের ৭ তারিখে`: the reference's month of that year).
    MonthOffset(i8, Option<i32>),
    /// `১২ তারিখ`: a day with no month.
    DayOnly(u8),
    Dibagoto,
    Approx,
    Local(Range<usize>),
    /// A place's time (`ভারতীয় সময়`, `বাংলাদেশ সময়`): the zone the clock is read in.
    Zone(Zone),
    /// A year of an Indian almanac's era (`৫১২৫ কলিযুগাব্দ`, `১৯৪৬ শকাব্দ`), or the era word
    /// alone (no year).
    IndianYear(Option<EraYear>),
    /// A date or year in Vikram Samvat, whose months are lunar (`৭ই শ্রাবণ, ২০৮১ বিক্রম সংবৎ`,
    /// `সংবৎ ২০৮১`): no Bangabda or Śaka date beside it is read.
    Lunisolar(Option<EraYear>),
    /// ওইদিন, পরদিন … outside document mode: marks the day as another mention's.
    Anaphoric {
        /// এদিন, এইদিনে ("this day"), which news reports write for the day of writing.
        this_day: bool,
    },
    /// A back-reference to a day (document mode), with its offset in days.
    Back(i64),
    /// What only a document reads.
    Doc(DocPart),
    /// গভীর ("deep") before a night.
    Deep,
    /// `১৯০৩ সালের আজকের এই দিনে`: this day of the year of the date, with that year.
    Anniversary(i32, Range<usize>),
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
    /// One past the furthest index asked for at or past the end of `toks` (0 if none): the
    /// search hands the grammar the tokens before the prefilter's first gap, and if it asked
    /// for more, turns the gap back into tokens and has it read again. (Kept only off the
    /// path of the tokens there: a token in hand costs nothing more.)
    pub(crate) wanted: core::cell::Cell<usize>,
    /// `toks` start under a timetable's column headed সময় (document mode; see
    /// `Layout::under_time_heading`).
    pub(crate) timetable: bool,
    /// `toks` start after the text said it tells this day in history (document mode; see
    /// `Layout::on_this_day`).
    pub(crate) on_this_day: bool,
}

impl<'t> Grammar<'t> {
    /// A grammar of expressions over `toks`.
    pub(crate) fn new(toks: &'t [Token], text: &'t str) -> Grammar<'t> {
        Grammar {
            toks,
            text,
            document: false,
            before: None,
            wanted: core::cell::Cell::new(0),
            timetable: false,
            on_this_day: false,
        }
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
    #[inline]
    fn tok(&self, i: usize) -> Option<&'t Token> {
        let t = self.toks.get(i);
        if t.is_none() {
            self.wanted.set(self.wanted.get().max(i + 1));
        }
        t
    }

    fn word(&self, i: usize) -> Option<Word> {
        self.tok(i).and_then(Token::word)
    }

    fn num(&self, i: usize) -> Option<Num> {
        self.tok(i).and_then(Token::num)
    }

    /// The text of token `i` as written.
    fn raw(&self, i: usize) -> Option<&'t str> {
        self.tok(i).and_then(|t| self.text.get(t.start..t.end))
    }

    /// The text of the token before `toks` (see [`Grammar::before`]).
    fn raw_before(&self) -> Option<&'t str> {
        self.before.as_ref().and_then(|t| self.text.get(t.start..t.end))
    }

    /// The token before token `i`: inside `toks`, or before them (see [`Grammar::before`]).
    fn tok_before(&self, i: usize) -> Option<&Token> {
        match i.checked_sub(1) {
            Some(b) => self.tok(b),
            None => self.before.as_ref(),
        }
    }

    /// Whether the number at `i` goes on one before it: `sep` glued between them, a digit
    /// right before it (`১২.৩০`, a decimal; `…২৬৬৬.০০৩`, a memo number's groups).
    fn continues_number(&self, i: usize, sep: char) -> bool {
        self.glued(i)
            && self.tok_before(i).is_some_and(|b| {
                b.is_punct(sep)
                    && self
                        .text
                        .get(..b.start)
                        .and_then(|t| t.chars().next_back())
                        .is_some_and(|c| crate::digits::digit_value(c).is_some())
            })
    }

    /// The text of [`Grammar::tok_before`] `i`.
    pub(super) fn raw_before_at(&self, i: usize) -> Option<&'t str> {
        self.tok_before(i).and_then(|t| self.text.get(t.start..t.end))
    }

    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }

    /// An apostrophe at `i`, ASCII or typographic (’): elision's mark (`'৭১`, `৫২'র`, `১৯'শে`).
    fn apostrophe(&self, i: usize) -> bool {
        self.punct(i, '\'') || self.punct(i, '\u{2019}')
    }

    /// দিন with its article at `i` (`দিনটি`, `দিনটা`, `দিনটিতেই`): "the day", named again.
    fn day_with_article(&self, i: usize) -> bool {
        self.raw(i).is_some_and(|w| w.starts_with("দিনটি") || w.starts_with("দিনটা"))
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
        // `সাড়ে তিন ঘণ্টা আগে`, `সোয়া এক ঘণ্টা পর`, `পৌনে দুই ঘণ্টা আগে`: a quarter count before
        // the number, in minutes (15, 30, −15).
        let (fraction, i) = match self.word(i) {
            Some(Word::Fraction(f)) => (i64::from(f), i + 1),
            _ => (0, i),
        };
        // `দুই দশক আগের`, `এক শতাব্দী আগে`: decades and centuries counted, in years.
        let counted = |k: usize| match self.word(k)? {
            Word::Unit(u) => Some((1, u)),
            Word::Decade => Some((10, Unit::Year)),
            Word::Century => Some((100, Unit::Year)),
            _ => None,
        };
        // (Not a decimal's fraction: `১২.৩০ ঘণ্টা পর` counts no thirty hours.)
        let decimal = self.continues_number(i, '.');
        let (count, unit, j) = match self.tok(i)?.kind {
            Kind::Num(n)
                if !decimal
                    && (n.digits <= 2
                        || (n.digits <= 4 && self.word(i + 1) != Some(Word::Decade))) =>
            {
                let (times, u) = counted(i + 1)?;
                (n.value as i64 * times, u, i + 2)
            }
            Kind::Word(Some(Word::HourWord { hour, minute: 0, unit: None })) => {
                let (times, u) = counted(i + 1)?;
                (i64::from(hour) * times, u, i + 2)
            }
            // `দেড় ঘণ্টা আগে`, `আড়াই বছর আগে`: one and two and a half.
            Kind::Word(Some(Word::HourWord { hour, minute: 30, unit: None })) if fraction == 0 => {
                match self.word(i + 1)? {
                    Word::Unit(u) => {
                        let (count, unit) = with_fraction(i64::from(hour), 30, u)?;
                        (count, unit, i + 2)
                    }
                    _ => return None,
                }
            }
            Kind::Word(Some(Word::Quantity(n, u))) => (i64::from(n), u, i + 1),
            // `আধা ঘণ্টা আগে`, `আধ ঘণ্টা পর`: half of one.
            Kind::Word(Some(Word::Unit(u))) if fraction == 30 => (0, u, i + 1),
            // `মাস তিনেক আগে`: the unit, then the rough count.
            Kind::Word(Some(Word::Unit(u))) => match self.word(i + 1)? {
                Word::RoughCount(n) => (i64::from(n), u, i + 2),
                _ => return None,
            },
            _ => return None,
        };
        // `ঈদের তিন দিন আগে`, `নির্বাচনের দুই সপ্তাহ পরে`, `তার দুই দিন পর`: counted from the
        // day of what the genitive names, not from the day of writing.
        if self.counted_from_genitive(i) {
            return None;
        }
        // The last part of a count written in units no whole number of it makes (`২ মাস ১০
        // দিন পরে`, below): not a count of its own.
        // (The token before the count, or before a comma or ও after a unit: the search may
        // have begun at the count, with one token before it known.)
        let mut b = i;
        if b > 0 && (self.punct(b - 1, ',') || self.word(b - 1) == Some(Word::And)) {
            b -= 1;
        }
        let counted_before = self.tok(b).is_some_and(|t| t.breaks_before == 0)
            && self.tok_before(b).is_some_and(|t| matches!(t.word(), Some(Word::Unit(_))));
        if counted_before && fraction == 0 {
            return None;
        }
        let (count, unit) =
            if fraction == 0 { (count, unit) } else { with_fraction(count, fraction, unit)? };
        // `৩ ঘণ্টা ২০ মিনিট আগে`, `২ সপ্তাহ ৩ দিন আগে`, `২ বছর ৩ মাস আগে`, `১ দিন, ৪ ঘণ্টা
        // আগে`: a count in two units or more, each smaller than the one before, is counted in
        // the smallest. Where no whole number of the smaller unit makes the larger (`২ মাস ১০
        // দিন পরে`: months are of many lengths), no reading, rather than the last unit's alone.
        let (mut count, mut unit, mut j) = (count, unit, j);
        for _ in 0..MAX_OFFSET_UNITS {
            let k = if self.punct(j, ',') || self.word(j) == Some(Word::And) { j + 1 } else { j };
            let next = match self.tok(k).map(|t| t.kind) {
                Some(Kind::Num(n)) if n.digits <= 3 => self.word(k + 1).and_then(|w| match w {
                    Word::Unit(u) => Some((n.value as i64, u, k + 2)),
                    _ => None,
                }),
                Some(Kind::Word(Some(Word::HourWord { hour, minute: 0, unit: None }))) => {
                    self.word(k + 1).and_then(|w| match w {
                        Word::Unit(u) => Some((i64::from(hour), u, k + 2)),
                        _ => None,
                    })
                }
                Some(Kind::Word(Some(Word::Quantity(n, u)))) => Some((i64::from(n), u, k + 1)),
                _ => None,
            };
            let Some((more, smaller, after)) = next else { break };
            if unit_rank(smaller) >= unit_rank(unit) {
                break;
            }
            count = in_smaller_unit(count, unit, smaller)? + more;
            (unit, j) = (smaller, after);
        }
        // `১০০ বছর আগের` ("of a hundred years ago") too.
        let sign = match self.word(j) {
            Some(Word::AgoLater(sign)) => sign,
            Some(Word::Pointer(-1)) => -1,
            // `তিন দিন পর খুলছে`: "in three days". (A document reads `২২ বছর পর` as the
            // span it waited, a duration.)
            Some(Word::After) if !self.document => 1,
            _ => return None,
        };
        // `এক ঘণ্টা আগে সকাল ১০টায়`, "an hour earlier, at 10": hours or minutes before a clock
        // shift a time, not the day of writing (probe 6).
        let shifts = matches!(unit, Unit::Hour | Unit::Minute)
            && matches!(
                self.word(j + 1),
                Some(Word::Period(_) | Word::HourWord { .. } | Word::Prayer(_))
            );
        if shifts {
            return None;
        }
        // Later, told of the past (`তিন দিন পর তিনি মারা গেছেন`): from the story's day, not
        // from the day of writing.
        // (Not counted from today in words: `আজ থেকে দুই দিন পর হরতাল ডেকেছে`, whose verb tells
        // the call, not the day; probe 12.)
        let from_before = self.tok_before(i).is_some_and(|t| t.word() == Some(Word::From));
        if sign > 0
            && !self.document
            && !from_before
            && self.verb_direction(j + 1, false) == Some(-1)
        {
            return None;
        }
        // `(৮ মাস আগে) ২৫ জুলাই ২০২৪, …`: a site's stamp, and how long before the page was
        // shown it was written (not before the day of writing): not a day of its own.
        let opened = self.tok_before(i).is_some_and(|t| t.is_punct('('));
        if opened && self.punct(j + 1, ')') && self.date_follows(j + 2) {
            return None;
        }
        let start = if fraction == 0 { i } else { i - 1 };
        let span = self.span(start, j);
        Some((Part::Relative(RelParts::Offset(count * i64::from(sign), unit), span.clone()), j + 1))
    }

    /// Whether the token before the count at `i` is a genitive (`ঈদের`, `মৃত্যুর`, `তার`, a
    /// date's `-এর`), so that what is counted runs from that, not from the day of writing. Not
    /// the words that only end like one (`আর দুই দিন পর`, "two more days"; `মাত্র`, `আবার`).
    fn counted_from_genitive(&self, i: usize) -> bool {
        let before = self.tok_before(i);
        let Some(t) = before.filter(|_| self.tok(i).is_some_and(|t| t.space_before)) else {
            return false;
        };
        if matches!(t.word(), Some(Word::Its | Word::CaseSuffix)) {
            return true;
        }
        let Some(raw) = self.text.get(t.start..t.end) else { return false };
        const NOT_GENITIVE: &[&str] = &["আর", "আরও", "মাত্র", "আবার", "অন্তর", "পর", "বার"];
        matches!(t.kind, Kind::Word(_)) && raw.ends_with('র') && !NOT_GENITIVE.contains(&raw)
    }

    /// `১৯০৩ সালের আজকের এই দিনে`, `১৯৭১ সালের এই দিনে`, `১৯৫২ সালের এইদিনে`: "on this day in
    /// 1903", the history columns' phrase: the day of the reference in that year.
    fn anniversary(&self, i: usize) -> Option<(Part, usize)> {
        let (year, k) = self.anniversary_year(i)?;
        let this_day = self.this_day(k)?;
        let span = self.span(i, this_day - 1);
        Some((Part::Anniversary(year, span), this_day))
    }

    /// The year before "this day" at `i` and the index after it: `১৯৭১ সালের`, `১৯৭১ খ্রিস্টাব্দের`
    /// (three digits too, with the era word that says they are a year: `৬৩০ সালের`), four digits
    /// with a case ending (`১৯৭১-এর`), or a year's number word (`একাত্তরের`).
    fn anniversary_year(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(Word::NamedYear(year)) = self.word(i) {
            return Some((i32::from(year), i + 1));
        }
        let year = self.num(i).filter(|n| match n.digits {
            4 => (1000..=2100).contains(&n.value),
            3 => n.value >= 100,
            _ => false,
        })?;
        let value = year.value as i32;
        if matches!(self.word(i + 1), Some(Word::Era(Era::Year | Era::Christian))) {
            return Some((value, i + 2));
        }
        let k = self.case_ending(i + 1, false).filter(|_| year.digits == 4)?;
        Some((value, k))
    }

    /// `এই দিনে ১৯৭১ সালে`, `আজকের এই দিনে ১৯৭১ সালে`, `আজকের দিনে ১৯৭১-এ`: "this day" with its
    /// year after it (probe 7: read as today, or missed).
    fn anniversary_after(&self, i: usize) -> Option<(Part, usize)> {
        let k = self.this_day(i)?;
        // (Four digits: a year written as [`Grammar::anniversary_year`] reads it.)
        self.num(k).filter(|n| n.digits == 4)?;
        let (year, after) = self.anniversary_year(k)?;
        Some((Part::Anniversary(year, self.span(i, after - 1)), after))
    }

    /// A year written right before `i` (`১৯৭১ সালে`, `২০২০ সালের`, `১৯৭১-এর`), as "this month"
    /// after it takes (probe 7: `১৯৭১ সালে এ মাসের ৭ তারিখেই` was this year's).
    fn year_just_before(&self, i: usize) -> Option<i32> {
        // (Read from the text: the grammar holds one token before its window.)
        let before = self.text_before(self.tok(i)?.start);
        let mut words = before.rsplit(char::is_whitespace);
        let last = words.next()?;
        /// The year of four digits at the start of `w`, and what follows it.
        fn year_of(w: &str) -> Option<(i32, &str)> {
            let run = crate::digits::digit_run(w, 0);
            let year = i32::try_from(run.value).ok().filter(|y| (1000..=2100).contains(y));
            year.filter(|_| run.count == 4).map(|y| (y, w.get(run.end..).unwrap_or_default()))
        }
        if matches!(words::lookup(last), Some(Word::Era(Era::Year | Era::Christian))) {
            let (year, rest) = year_of(words.next()?)?;
            return rest.is_empty().then_some(year);
        }
        // `১৯৭১-এর`, `১৯৭১'র`.
        let (year, ending) = year_of(last)?;
        let ending = ending.trim_start_matches(['-', '\'', '’']);
        matches!(ending, "এর" | "র" | "এ" | "তে").then_some(year)
    }

    /// "This day" from `i` (`আজকের এই দিনে`, `এই দিনে`, `এইদিনে`, `আজকের দিনে`, `এই
    /// দিনটিতেই`): the index after it.
    fn this_day(&self, i: usize) -> Option<usize> {
        let mut k = i;
        let today = self.word(k) == Some(Word::RelativeDay(0));
        if today {
            k += 1;
        }
        // (`এই দিনটিতেই`: the day with its article, case and emphasis.)
        let day_word =
            |k: usize| self.word(k) == Some(Word::Unit(Unit::Day)) || self.day_with_article(k);
        let this_day = if matches!(self.word(k), Some(Word::Direction(0))) && day_word(k + 1) {
            k + 2
        } else if self.word(k) == Some(Word::Anaphoric(0))
            || (today && self.word(k) == Some(Word::Unit(Unit::Day)))
        {
            k + 1
        } else {
            return None;
        };
        Some(this_day)
    }

    /// `… থেকে ৮ পর্যন্ত`, `…-৮ পর্যন্ত`: at the start of what the grammar reads, after a range's
    /// connector, an hour with no unit closed by পর্যন্ত. A weak part: the stream joins it only
    /// as the end of a range whose start is a time (`সন্ধে ৬ থেকে ৮ পর্যন্ত`; probe 10), which
    /// gives it its day period.
    fn hour_until_after_connector(&self, i: usize) -> Option<(Part, usize)> {
        let after_connector = self.before.is_some_and(|t| {
            matches!(t.kind, Kind::Punct('-' | '–' | '—') | Kind::Word(Some(Word::From)))
        });
        let n = self.num(i).filter(|n| n.digits <= 2 && (1..=12).contains(&n.value))?;
        if i != 0 || !after_connector || self.word(i + 1) != Some(Word::Until) {
            return None;
        }
        let span = self.span(i, i);
        let parts = TimeParts {
            hour: Some(n.value as u32),
            period: None,
            ..TimeParts::period_only(DayPeriod::Morning, span)
        };
        Some((Part::Time(parts, false), i + 1))
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
                if let Some(found) = self.anniversary(i) {
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
                if let Some(found) = self.hour_until_after_connector(i) {
                    return Ok(Some(found));
                }
                Ok(self.time(i, in_chain)?.map(|((t, strong), j)| (Part::Time(t, strong), j)))
            }
            Kind::Word(Some(w)) if self.document => match self.expression_word(i, w, in_chain)? {
                Some(found) => Ok(Some(found)),
                None => self.document_word(i, w),
            },
            Kind::Word(Some(w)) => self.expression_word(i, w, in_chain),
            // A zone in brackets after the time (`বিকেল ৪টার দিকে (জিএমটি)`; the chain steps
            // over the bracket).
            Kind::Word(None) if in_chain && self.zone_in_brackets(i).is_some() => {
                Ok(self.zone_in_brackets(i).map(|(zone, after)| (Part::Zone(zone), after)))
            }
            // After a time, its place's time (`রাত ৮টা (ভারতীয় সময়)`, `… বাংলাদেশ সময়`). (The
            // name first: an unknown word asks for nothing after it.) A document keeps what
            // stands on either side of such a label as two mentions (`বৃহস্পতিবার বাংলাদেশ
            // সময় রাত সোয়া বারোটায়`), the time with the zone: there the label joins only a
            // chain that has its time ([`Grammar::chain_from`]).
            Kind::Word(None) if in_chain => {
                let raw = self.raw(i);
                let place = raw.and_then(super::zone::place_time);
                let time = || matches!(self.word(i + 1), Some(Word::Label { time: true }));
                match place {
                    Some(place) if time() => {
                        Ok(Some((self.place_part(place, i + 1), self.after_zone_label(i + 2))))
                    }
                    // `সৌদি আরবের সময়`: a place in two words, the first a place. (Nothing after
                    // another unknown word is read: it asks for nothing after it.)
                    Some(_)
                        if matches!(self.word(i + 2), Some(Word::Label { time: true }))
                            && matches!(
                                self.tok(i + 1).map(|t| t.kind),
                                Some(Kind::Word(None))
                            ) =>
                    {
                        Ok(self.raw(i + 1).and_then(super::zone::place_time).map(|place| {
                            (self.place_part(place, i + 2), self.after_zone_label(i + 3))
                        }))
                    }
                    // `আজ জিএমটি সকাল ১০টায়`: the zone's name before the clock.
                    None => Ok(self.zone_name(i).and_then(|(o, after)| {
                        let zone = Zone::Fixed(chrono::FixedOffset::east_opt(o)?);
                        Some((Part::Zone(zone), after))
                    })),
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// A zone's name at `i` between brackets (`(জিএমটি)`, `(GMT+6)`): the zone and the index
    /// after the closing bracket.
    fn zone_in_brackets(&self, i: usize) -> Option<(Zone, usize)> {
        if !i.checked_sub(1).is_some_and(|b| self.punct(b, '(')) {
            return None;
        }
        let (offset, after) = self.zone_name(i).filter(|&(_, after)| self.punct(after, ')'))?;
        Some((Zone::Fixed(chrono::FixedOffset::east_opt(offset)?), after + 1))
    }

    /// নববর্ষ at `i` before a year: the first day of that year, in the calendar its era word or
    /// the word before names (হিজরি, ইংরেজি), else the one the year's size says (1200–1599 are
    /// Bangabda years, 1800–2199 Gregorian).
    fn new_year_day(&self, i: usize) -> Found<Part> {
        let (Some(year), era, k) = self.year_after_month(i + 1)? else { return Ok(None) };
        let before = self.raw_before_at(i);
        let named =
            |words: &[&str]| before.is_some_and(|w| words.iter().any(|x| words::same_word(x, w)));
        let span = self.span(i, k - 1);
        let calendar = match era {
            Some(e @ (Era::Hijri | Era::Bangla | Era::Christian)) => e,
            _ if named(&["হিজরি", "হিজরী"]) => Era::Hijri,
            _ if named(&["ইংরেজি", "ইংরেজী", "খ্রিস্টীয়", "খ্রিষ্টীয়"]) => {
                Era::Christian
            }
            _ if (1200..1600).contains(&year) => Era::Bangla,
            _ if (1800..2200).contains(&year) => Era::Christian,
            _ => return Ok(None),
        };
        let part = match calendar {
            Era::Hijri => Part::Hijri(HijriParts { day: 1, month: 1, year: Some(year), span }),
            Era::Bangla => Part::Bangla(BanglaParts {
                day: 1,
                month: crate::Month::Boishakh,
                year: Some(year),
                span,
                era,
                assamese: false,
                era_conflict: None,
            }),
            _ => Part::Greg(GregParts::written(Some(1), 1, Some(year), span)),
        };
        Ok(Some((part, k)))
    }

    /// The part a place's time makes, its সময় at `label`: its zone, or (`মার্কিন সময়`, a
    /// zone this build left out) some place's local time, unsaid.
    fn place_part(&self, place: super::zone::PlaceTime, label: usize) -> Part {
        match place {
            super::zone::PlaceTime::Zone(zone) => Part::Zone(zone),
            super::zone::PlaceTime::Unsaid => Part::Local(self.span(label, label)),
        }
    }

    /// Past `অনুযায়ী`/`অনুসারে` ("according to") at `i`, after a place's time.
    fn after_zone_label(&self, i: usize) -> usize {
        let according = self
            .raw(i)
            .is_some_and(|w| super::words::same_word(w, "অনুযায়ী") || w == "অনুসারে" || w == "মতে");
        i + usize::from(according)
    }

    /// The expression part that starts with the word `w` at `i`.
    fn expression_word(&self, i: usize, w: Word, in_chain: bool) -> Found<Part> {
        if matches!(w, Word::RelativeDay(0) | Word::Direction(0) | Word::Anaphoric(0)) {
            if let Some(found) = self.anniversary_after(i) {
                return Ok(Some(found));
            }
        }
        if matches!(w, Word::NamedYear(_)) {
            if let Some(found) = self.anniversary(i) {
                return Ok(Some(found));
            }
        }
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
                // `পরদিন`, `আগের দিন`: the day after or before the one told (a range's end after
                // its start's date takes it: `১২ মার্চ রাত ৯টা থেকে পরদিন সকাল ৬টা`).
                Word::Anaphoric(days) if days != 0 => {
                    Ok(Some((Part::Back(i64::from(days)), i + 1)))
                }
                Word::Anaphoric(days) => {
                    // এদিন, এইদিনে: "this day" (not সেদিন / ওইদিন, "that day", nor একইদিনে).
                    let raw = self.raw(i).unwrap_or_default();
                    let this_day =
                        days == 0 && (raw.starts_with("এদিন") || raw.starts_with("এইদিন"));
                    Ok(Some((Part::Anaphoric { this_day }, i + 1)))
                }
                Word::Deep => Ok(Some((Part::Deep, i + 1))),
                Word::DayWord(_) => {
                    if let Some(found) = self.day_month(i)? {
                        return Ok(Some(found));
                    }
                    self.bare_day_before_range(i)
                }
                // `ত্রিশ নভেম্বর`, `পনেরো আগস্ট`: a cardinal in words before a month's name.
                Word::CardinalDay(_) => self.day_month(i),
                Word::HourWord { minute: 0, unit: None, .. }
                | Word::DecadeWord(2 | 3)
                | Word::CenturyOrdinal(13..=21)
                    if self.month_name(i + 1) && self.day(i).is_some() =>
                {
                    self.day_month(i)
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
                // `সেপ্টে ৪, ২০২১`, `নভে ২০২৪`: a month cut short, with its year.
                Word::GregMonthShort(_) => self.month_first(i),
                // `কাল সকালে`, `কাল থেকে`: yesterday or tomorrow, as the sentence's verb says.
                Word::Kal => Ok(self
                    .kal_day(i)
                    .flatten()
                    .map(|d| (Part::Relative(RelParts::Day(d), self.span(i, i)), i + 1))),
                // `গত রাতে`, `গতরাতে`: the night before the reference day.
                Word::Direction(-1) if self.word(i + 1) == Some(Word::Period(DayPeriod::Night)) => {
                    Ok(Some((Part::Relative(RelParts::Day(-1), self.span(i, i)), i + 1)))
                }
                // `গ্রিনিচ মান সময় রাত ১২টায়`: Greenwich Mean Time, UTC.
                Word::Greenwich => Ok((self.raw(i + 1) == Some("মান")
                    && matches!(self.word(i + 2), Some(Word::Label { time: true })))
                .then(|| {
                    (Part::Zone(Zone::Iana(chrono_tz::Tz::UTC)), self.after_zone_label(i + 3))
                })),
                Word::LastNight => {
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
                // A weekday's genitive alone (`মঙ্গলবারের পরীক্ষা`) is a document's mention
                // only (see the lexicon).
                Word::Weekday { .. }
                    if !in_chain
                        && !self.document
                        && self.raw(i).is_some_and(|w| w.ends_with("বারের")) =>
                {
                    Ok(None)
                }
                Word::Weekday { day, short, typo } => {
                    // `রোজ রবি, সোম ও মঙ্গলবার` after a list of dates: one weekday each.
                    if in_chain {
                        if let Some((days, next)) = self.weekday_list(i) {
                            let span = self.span(i, next - 1);
                            return Ok(Some((Part::WeekdayList(days, span), next)));
                        }
                    }
                    // `রোজ বৃহস্পতি বার`: the weekday in two words, one.
                    if short && self.split_weekday(i) {
                        return Ok(Some((Part::Weekday(day, self.span(i, i + 1), typo), i + 2)));
                    }
                    let span = self.span(i, i);
                    // Short names (রবি, শনি) are also ordinary words: only inside a chain,
                    // right before a date, or heading a list or span of weekdays whose last
                    // has its বার (`শুক্র ও শনিবার`, `শনি-রবিবার`: one weekday each).
                    if short && !in_chain && !self.date_follows(i + 1) && !self.listed_weekday(i) {
                        return Ok(None);
                    }
                    // … and not before a word of its own (`পহেলা বৈশাখে মঙ্গল শোভাযাত্রা`, the
                    // procession; `২৫ বৈশাখ রবি ঠাকুরের জন্মদিন`): a weekday ends its phrase or
                    // comes before a time or a date.
                    if short
                        && self
                            .tok(i + 1)
                            .is_some_and(|t| t.space_before && matches!(t.kind, Kind::Word(None)))
                    {
                        return Ok(None);
                    }
                    Ok(Some((Part::Weekday(day, span, typo), i + 1)))
                }
                // After a কাল whose day the sentence leaves open, the period is not today's.
                Word::Period(_) if self.after_open_kal(i) => Ok(None),
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
                Word::Danda => Ok(self.after_sunrise(i).map(|(t, j)| (Part::Time(t, true), j))),
                Word::Unit(Unit::Day) if self.day_clock(i) => {
                    Ok(self.time(i, in_chain)?.map(|((t, strong), j)| (Part::Time(t, strong), j)))
                }
                // `আজ থেকে (প্রায়) ৫১ বছর আগে`: today is where the years are
                // counted from, not a day the text tells; the count is the mention.
                Word::RelativeDay(0) if self.counted_from_today(i) => Ok(None),
                // পরশু is two days either way, as কাল is one: before the day of writing when
                // its sentence's verb is past (`পরশু তিনি ঢাকায় ফিরেছেন`).
                Word::RelativeDay(2) if self.verb_direction(i + 1, false) == Some(-1) => {
                    Ok(Some((Part::Relative(RelParts::Day(-2), self.span(i, i)), i + 1)))
                }
                Word::RelativeDay(d) => {
                    Ok(Some((Part::Relative(RelParts::Day(d), self.span(i, i)), i + 1)))
                }
                Word::Quantity(..) => Ok(self.offset(i)),
                // `একাত্তরের ২৫ মার্চ`, `চব্বিশের ৫ই আগস্ট`, `নব্বইয়ের ৬ ডিসেম্বর`: a year named
                // by its number word, then its date (the year alone is a document's mention).
                Word::NamedYear(year) if !self.document => {
                    Ok(self.named_year(i, year).filter(|(p, _)| matches!(p, Part::Greg(_))))
                }
                Word::DecadeWord(d @ (7 | 9)) if !self.document && self.storied_decade_year(i) => {
                    let year = 1900 + u16::from(d) * 10;
                    Ok(self.named_year(i, year).filter(|(p, _)| matches!(p, Part::Greg(_))))
                }
                // `বাংলা নববর্ষ ১৪২৮`, `ইংরেজি নববর্ষ ২০২৫`, `হিজরি নববর্ষ ১৪৪৭`: the first day of
                // the year written. (A document keeps festivals out, and reads the year.)
                Word::NewYearDay if !self.document => Ok(self.new_year_day(i)?),
                Word::Unit(_) if matches!(self.word(i + 1), Some(Word::RoughCount(_))) => {
                    Ok(self.offset(i))
                }
                Word::YearOffset(d) => Ok(Some((Part::YearOffset(d), i + 1))),
                Word::Direction(d) => {
                    // `আগামী সপ্তাহের মঙ্গলবার`: a weekday of a week counted.
                    if let Some(found) = self.week_of(i, d) {
                        return Ok(Some(found));
                    }
                    match self.word(i + 1) {
                        // `আগামী শুক্র বার`: the weekday in two words.
                        Some(Word::Weekday { day, short: true, .. })
                            if self.split_weekday(i + 1) =>
                        {
                            Ok(Some((
                                Part::Relative(RelParts::Weekday(d, day), self.span(i, i + 2)),
                                i + 3,
                            )))
                        }
                        // `আগামী শুক্র ও শনিবার`: the first of a list of weekdays.
                        Some(Word::Weekday { day, short: true, .. })
                            if self.listed_weekday(i + 1) =>
                        {
                            Ok(Some((
                                Part::Relative(RelParts::Weekday(d, day), self.span(i, i + 1)),
                                i + 2,
                            )))
                        }
                        Some(Word::Weekday { day, short: false, .. }) => Ok(Some((
                            Part::Relative(RelParts::Weekday(d, day), self.span(i, i + 1)),
                            i + 2,
                        ))),
                        // `গত কাল`, `আগামী কল্য`: yesterday, tomorrow, spaced.
                        Some(Word::Kal) if d != 0 => {
                            Ok(Some((Part::Relative(RelParts::Day(d), self.span(i, i + 1)), i + 2)))
                        }
                        // `গত পরশু`: পরশু is two days either way; গত says before.
                        Some(Word::RelativeDay(2)) if d != 0 => Ok(Some((
                            Part::Relative(RelParts::Day(2 * d), self.span(i, i + 1)),
                            i + 2,
                        ))),
                        Some(Word::Unit(Unit::Year)) => Ok(Some((Part::YearOffset(d), i + 2))),
                        // `গত মাসের ১৫ তারিখে`; in a document, `গত মাসে` alone is a month counted.
                        Some(Word::Unit(Unit::Month))
                            if !self.document || self.num(i + 2).is_some() =>
                        {
                            let year = if d == 0 { self.year_just_before(i) } else { None };
                            Ok(Some((Part::MonthOffset(d, year), i + 2)))
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
                    }
                }
                Word::Dibagoto => Ok(Some((Part::Dibagoto, i + 1))),
                Word::Approx | Word::Exactly => Ok(Some((Part::Approx, i + 1))),
                // `সংযুক্ত আরব আমিরাতের স্থানীয় সময় অনুযায়ী`: a place named before it says
                // whose local time (probe 2: read as Dhaka's, with no warning).
                Word::Local => {
                    let before = self.raw_before_at(i);
                    let time_label = matches!(self.word(i + 1), Some(Word::Label { time: true }));
                    match before.and_then(super::zone::place_time).filter(|_| time_label) {
                        Some(place) => {
                            Ok(Some((self.place_part(place, i + 1), self.after_zone_label(i + 2))))
                        }
                        None => Ok(Some((Part::Local(self.span(i, i)), i + 1))),
                    }
                }
                // `ভারতীয় সময় রাত ৮টায়`: the place before সময় names the zone.
                Word::Label { time: true } => {
                    let before = self.raw_before_at(i);
                    match before.and_then(super::zone::place_time) {
                        Some(place) => {
                            Ok(Some((self.place_part(place, i), self.after_zone_label(i + 1))))
                        }
                        // (`স্থানীয় সময় অনুযায়ী`: the label's অনুযায়ী too.)
                        None => Ok(Some((Part::Filler, self.after_zone_label(i + 1)))),
                    }
                }
                Word::Label { .. } | Word::DateWord => Ok(Some((Part::Filler, i + 1))),
                // `আজকের দিন তারিখ ১৪ই জানুয়ারি, ২০২৫`: দিন before তারিখ, in a chain, labels the
                // date after it with the other (fresh set AB: আজকের was read alone as the
                // reference's day, the bar's date apart).
                Word::Unit(Unit::Day) if in_chain && self.word(i + 1) == Some(Word::DateWord) => {
                    Ok(Some((Part::Filler, i + 1)))
                }
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
                // `পরের সপ্তাহের সোমবার`: the week after the reference's. (In a document, the
                // week after the story's: the document's own reading of পরের.)
                Word::Pointer(1) if !self.document => Ok(self.week_of(i, 1)),
                _ => Ok(None),
            }
        }
    }

    /// কাল at `i` as a day: `Some` when a day period, a time, থেকে or a person follows it (`কাল
    /// সকালে`, `কাল ১০টায়`, `কাল থেকে`, `কাল আমরা`; not the age of `সেই কাল` or `শাসনের কাল`,
    /// nor `কাল বৈশাখী`), with the day the sentence's verb gives (−1 past, +1 future), `None`
    /// inside when the sentence says neither or both.
    fn kal_day(&self, i: usize) -> Option<Option<i8>> {
        /// Words after which কাল is an age or a span of time (`সেই কাল`, `অতীত কাল`).
        const ERA_BEFORE: &[&str] =
            &["সেই", "এই", "ওই", "ঐ", "যে", "কোন", "কোনো", "সব", "সকল", "অতীত", "বর্তমান", "ভবিষ্যৎ"];
        /// Persons, after which a sentence tells what they did or will do (`কাল আমরা …`).
        const PERSONS: &[&str] = &[
            "আমি",
            "আমরা",
            "তুমি",
            "তোমরা",
            "তুই",
            "সে",
            "তারা",
            "তিনি",
            "তাঁরা",
            "উনি",
            "ওরা",
            "আপনি",
            "আপনারা",
        ];
        // The word before it (a run the prefilter folded ends with it).
        let before = self.raw_before_at(i);
        let before = before.and_then(|w| w.split_whitespace().last()).unwrap_or_default();
        // (A genitive too: `শাসনের কাল`, the time of a rule.)
        if ERA_BEFORE.contains(&before) || (before.ends_with('র') && before.chars().count() > 2) {
            return None;
        }
        let next = i + 1 + usize::from(self.punct(i + 1, '('));
        let period_or_from = matches!(self.word(next), Some(Word::Period(_) | Word::From));
        let person = self.raw(i + 1).is_some_and(|w| PERSONS.contains(&w));
        // `কালকে` is only ever the day (`কালকে খুব বৃষ্টি হলে …`): its sentence's verb tells which.
        let kalke = self.raw(i) == Some("কালকে");
        if kalke && !period_or_from {
            return Some(self.verb_direction(i + 1, false));
        }
        if !period_or_from && !person && !matches!(self.time(next, true), Ok(Some(_))) {
            return None;
        }
        Some(self.verb_direction(i + 2, self.word(i + 1) == Some(Word::From)))
    }

    /// Whether a verb of the future stands before token `i` in its clause (read from the text:
    /// the grammar holds one token before its window).
    fn future_verb_before(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        let before = self.text_before(t.start);
        let clause = before.rsplit(['।', '৷', '?', '!', ',', '\n']).next().unwrap_or_default();
        clause.split_whitespace().any(|w| words::tense_of(w) == Some(words::Tense::Future))
    }

    /// The word that ends the sentence read on from `from`, where Bengali puts its verb (none
    /// when a number or a word of the vocabulary ends it).
    fn sentence_last_word(&self, from: usize) -> Option<&str> {
        /// The most tokens read on to the sentence's end.
        const REACH: usize = 24;
        let mut last_word = None;
        for k in from..from + REACH {
            let Some(t) = self.tok(k) else { break };
            if t.breaks_before > 0 && k > from {
                break;
            }
            match t.kind {
                Kind::Punct(c) if is_danda(c) || matches!(c, '?' | '!') => break,
                Kind::Word(None) => last_word = self.raw(k),
                Kind::Punct(_) => {}
                _ => last_word = None,
            }
        }
        last_word
    }

    /// Whether the sentence from `from` ends on news's narrative present (`… তার মৃত্যু হয়।`).
    fn ends_narrative(&self, from: usize) -> bool {
        self.sentence_last_word(from).is_some_and(words::is_narrative_present)
    }

    /// Whether the sentence read on from `from` ends on আছে/আছেন ("is", "are") or চলছে ("goes
    /// on"): a state that holds now.
    fn ends_state(&self, from: usize) -> bool {
        self.sentence_last_word(from)
            .is_some_and(|w| matches!(w, "আছে" | "আছেন" | "আছি" | "চলছে" | "চলছেন"))
    }

    /// The day the verb of the sentence read on from `from` points to: −1 past, +1 future,
    /// `None` when it says neither or both. A verb in the present continuous tells the coming
    /// day (`কাল আমরা বাঁকুড়া যাচ্ছি`), or, after থেকে (`since`), the day before (`কাল থেকে
    /// বৃষ্টি হচ্ছে`).
    fn verb_direction(&self, from: usize, since: bool) -> Option<i8> {
        self.verb_direction_to(from, since, false)
    }

    /// [`Grammar::verb_direction`], read to the clause's end (a comma) when `clause` is set;
    /// then the perfect says nothing either, as it announces what is to come as often as it
    /// tells what happened (`বুধবার সকাল ১০টায় শপথ অনুষ্ঠানের আয়োজন করা হয়েছে`, fresh set AB).
    fn verb_direction_to(&self, from: usize, since: bool, clause: bool) -> Option<i8> {
        /// The most tokens read on to the sentence's verb.
        const VERB_REACH: usize = 24;
        let (mut past, mut future, mut continuous) = (false, false, false);
        let mut k = from;
        while k < from + VERB_REACH {
            let Some(t) = self.tok(k) else { break };
            if t.breaks_before > 0 {
                break;
            }
            match t.kind {
                Kind::Punct(c) if is_danda(c) || matches!(c, '?' | '!') => break,
                Kind::Punct(',') if clause => break,
                Kind::Word(_) => {
                    let next = self.tok(k + 1);
                    let last = next.is_none_or(|n| {
                        n.breaks_before > 0
                            || matches!(n.kind, Kind::Punct(c) if is_danda(c) || matches!(c, '?' | '!' | ',' | '.'))
                            || self.raw(k + 1).is_some_and(|w| matches!(w, "না" | "নি"))
                    });
                    let raw = words::joined_vowels(self.raw(k).unwrap_or_default());
                    // The infinitive before an auxiliary: `হতে পারে`, `আসতে পারেন`, "may happen", a
                    // guess at what is to come (of the past one says `হয়ে থাকতে পারে`); `উদ্বোধন হতে
                    // চলেছে`, "is about to be", the future (fresh set AB: read as the perfect).
                    let before = k.checked_sub(1).and_then(|b| self.raw(b)).unwrap_or_default();
                    let infinitive = before.ends_with("তে");
                    let may = matches!(&*raw, "পারে" | "পারেন" | "পারি")
                        && infinitive
                        && !before.ends_with("থাকতে");
                    let going = matches!(&*raw, "চলেছে" | "চলেছেন" | "চলেছি") && infinitive;
                    let perfect = ["েছে", "েছেন", "েছি"].iter().any(|e| raw.ends_with(e));
                    match words::verb_tense(&raw, last) {
                        _ if going => future = true,
                        Some(words::Tense::Past) if clause && perfect => {}
                        Some(words::Tense::Past) => past = true,
                        Some(words::Tense::Future) => future = true,
                        None if may => future = true,
                        None => continuous |= words::is_continuous(&raw),
                    }
                }
                _ => {}
            }
            k += 1;
        }
        match (past, future, continuous) {
            (true, false, _) => Some(-1),
            (false, true, _) => Some(1),
            (false, false, true) => Some(if since { -1 } else { 1 }),
            _ => None,
        }
    }

    /// Whether the word before the period at `i` is a কাল whose day its sentence leaves open.
    fn after_open_kal(&self, i: usize) -> bool {
        let kal_before = match i.checked_sub(1) {
            // (`গত কাল রাতে`: the day is told.)
            Some(b) => {
                self.word(b) == Some(Word::Kal)
                    && !b
                        .checked_sub(1)
                        .is_some_and(|d| matches!(self.word(d), Some(Word::Direction(_))))
            }
            None => self.before.as_ref().and_then(Token::word) == Some(Word::Kal),
        };
        kal_before && self.verb_direction(i + 1, false).is_none()
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

    /// A clock time a few words after a date with none, in the same sentence (`আগামী ১৪ মে
    /// কলেজ মাঠে সকাল ১০টা`: the date, where, then when; `২৮ জুন গ্রুপের শেষ ম্যাচটি …
    /// বাংলাদেশ সময় রাত ৮টায়`; `২৪ মার্চ প্রথম রমজানে ঢাকায় সেহরির শেষ সময় ভোররাত ৪টা ৩৯
    /// মিনিট`; a fixture list's `২১ জানুয়ারি : (১) চট্টগ্রাম বনাম বরিশাল (দুপুর ১:৩০)`; a
    /// notice's `আগামী শুক্রবার (০৪ জানুয়ারি) ঠাকুরগাঁও, দিনাজপুর ও পঞ্চগড়সহ ৮ জেলায় সকাল
    /// ৮টা হতে`): between them only words unknown to the vocabulary, labels (সময়), ordinals
    /// (প্রথম, শেষ), a prayer's name, a Hijri month named with no day, ও between names, the
    /// dots of initials, commas, colons, dashes, brackets and quotes, and counts (`৮ জেলায়`,
    /// `(১)`) — no sentence's end, other number or date word (a weekday, a count of days,
    /// প্রতিদিন), which would start another expression or make the time a routine's — at
    /// most 24 tokens of them. Extraction only: a document anchors a time alone to the date of
    /// its sentence.
    fn time_later_in_clause(&self, k: usize, j: usize, chain: &Chain) -> Option<(Part, usize)> {
        const MAX_WORDS: usize = 24;
        // (After brackets, a colon or a comma too, when the chain has more than a
        // Hijri day, whose day is only an estimate: `শুক্রবার (৭ মার্চ) ঢাকায় সকাল ১০টায়`.)
        let more_than_hijri = chain.greg.is_some()
            || chain.bangla.is_some()
            || chain.weekday.is_some()
            || chain.relative.is_some();
        let closing = (j..k).all(|x| [')', '(', ':', ','].iter().any(|&c| self.punct(x, c)))
            && (k == j || more_than_hijri);
        if self.document || !closing || chain.time.is_some() || !chain.dated() {
            return None;
        }
        let mut w = k;
        while w <= k + MAX_WORDS {
            let t = self.tok(w)?;
            if t.breaks_before > 0 {
                return None;
            }
            // (দিনে after its adjective is the day, not the daytime of `দিনে ৪টায়`.)
            if w > k && !self.described_day(w) {
                if let Ok(Some(((time, strong), next))) = self.time(w, true) {
                    if strong && time.hour.is_some() {
                        return Some((Part::Time(time, true), next));
                    }
                }
            }
            let skip = match t.kind {
                Kind::Word(None) => true,
                Kind::Word(Some(Word::Label { .. } | Word::Nth(_) | Word::Prayer(_))) => true,
                // Nouns that only mean a date beside one (`জুলাই শহীদ`, `বামন মাস`): here words.
                Kind::Word(Some(Word::JulyEvent | Word::LunarMonth { common: true })) => true,
                Kind::Word(Some(Word::HijriMonth(_))) => {
                    self.num(w + 1).is_none()
                        && w.checked_sub(1).is_none_or(|b| self.num(b).is_none())
                }
                // `জেলা প্রশাসক ও জেলা ম্যাজিস্ট্রেট`: ও between names joins no new clause, nor
                // does a possessive (`ঢাকা ও তার পার্শ্ববর্তী এলাকার ইফতারের সময়`).
                Kind::Word(Some(Word::And | Word::Its)) => true,
                // `রোববার মাগরিবের নামাজের পর সন্ধ্যা ৭টা ১৫ মিনিটে`: after a word, not a count.
                Kind::Word(Some(Word::After)) => w
                    .checked_sub(1)
                    .and_then(|b| self.tok(b))
                    .is_some_and(|b| matches!(b.kind, Kind::Word(None | Some(Word::Prayer(_))))),
                // A name's initials (`এস. এম. অজিয়র রহমান`): a word of one or two letters and
                // the dot glued to it (এম is also a meridiem's half: as an initial, a name).
                Kind::Punct('.') => !t.space_before && w > k && self.initial(w - 1),
                Kind::Punct(
                    ',' | ':' | '(' | ')' | '-' | '–' | '—' | '\'' | '"' | '‘' | '’' | '“' | '”',
                ) => true,
                // A count or a list's number (`৮ জেলায়`, `এক আলোচনা সভায়`, `(১)`): a number
                // before a word unknown to the vocabulary or a closing bracket; or a name's
                // number glued after its hyphen (`ট্রাইব্যুনাল-১ এর বিচারক`).
                Kind::Num(_) | Kind::Word(Some(Word::HourWord { unit: None, .. })) => {
                    let named = !t.space_before
                        && w.checked_sub(2).is_some_and(|b| {
                            self.punct(b + 1, '-')
                                && self.glued(b + 1)
                                && matches!(self.tok(b).map(|x| x.kind), Some(Kind::Word(None)))
                        });
                    named
                        || self.tok(w + 1).is_some_and(|a| {
                            !a.space_before && a.is_punct(')')
                                || a.space_before && matches!(a.kind, Kind::Word(None))
                        })
                }
                // The genitive written apart (`ট্রাইব্যুনাল-১ এর`).
                Kind::Word(Some(Word::CaseSuffix)) => w > k,
                // The day described, not counted (`আগামীকাল ২৮ নভেম্বর সোমবার উদ্বোধনী দিনে
                // সকাল ১০টায়`, `… প্রথম দিনে`): দিন after a word that is no number; a second or
                // a later day (`দ্বিতীয় দিনে`) is another day than the one written.
                Kind::Word(Some(Word::Unit(Unit::Day))) => w > k && self.described_day(w),
                _ => self.initial(w),
            };
            if !skip {
                return None;
            }
            w += 1;
        }
        None
    }

    /// `আগামী সপ্তাহের মঙ্গলবার`, `গত সপ্তাহে শুক্রবার`, `চলতি সপ্তাহের বৃহস্পতি বার`: the
    /// word at `i` counts `weeks` from the reference's, then the weekday of that week.
    fn week_of(&self, i: usize, weeks: i8) -> Option<(Part, usize)> {
        if self.word(i + 1) != Some(Word::Unit(Unit::Week)) || self.raw(i + 1) == Some("সপ্তাহ")
        {
            return None;
        }
        let (day, end) = match self.word(i + 2)? {
            Word::Weekday { day, short: false, .. } => (day, i + 3),
            Word::Weekday { day, short: true, .. } if self.split_weekday(i + 2) => (day, i + 4),
            _ => return None,
        };
        Some((Part::Relative(RelParts::WeekOf(weeks, day), self.span(i, end - 1)), end))
    }

    /// দিন at `w` after a word that describes it (`উদ্বোধনী দিনে`, `প্রথম দিনে`), in
    /// [`Grammar::time_later_in_clause`]'s scan.
    fn described_day(&self, w: usize) -> bool {
        self.word(w) == Some(Word::Unit(Unit::Day))
            && w.checked_sub(1)
                .and_then(|b| self.tok(b))
                .is_some_and(|b| matches!(b.kind, Kind::Word(None | Some(Word::Nth(1)))))
    }

    /// `দিনটি ছিল`, `দিনটা হলো`, `দিনটি` before a weekday at `k` ("the day was"): the index of
    /// the weekday.
    fn day_was(&self, k: usize) -> Option<usize> {
        if self.word(k) != Some(Word::Unit(Unit::Day)) || !self.day_with_article(k) {
            return None;
        }
        const COPULAS: &[&str] = &["ছিল", "ছিলো", "হলো", "হল", "হচ্ছে", "পড়েছে", "পড়েছিল"];
        // (Either encoding of ড়.)
        let copula =
            self.raw(k + 1).is_some_and(|w| COPULAS.iter().any(|c| words::same_word(w, c)));
        let w = k + 1 + usize::from(copula);
        matches!(self.word(w), Some(Word::Weekday { short: false, .. })).then_some(w)
    }

    /// `আজ থেকে … আগে`, `আজ থেকে … পরে` at `i`: থেকে, then within four words a unit of time and
    /// ago or later.
    fn counted_from_today(&self, i: usize) -> bool {
        // (Any count the grammar reads, right after থেকে or after ঠিক/প্রায়: `তিনদিন পর`,
        // `বছর তিনেক পর`, `মাসখানেক আগে`.)
        self.word(i + 1) == Some(Word::From)
            && (i + 2..i + 4).any(|k| {
                self.offset(k).is_some_and(|(part, _)| {
                    matches!(part, Part::Relative(RelParts::Offset(..), _))
                })
            })
    }

    /// Whether the word at `i` is a name's initial: one or two letters, a dot glued after it.
    fn initial(&self, i: usize) -> bool {
        // (Letters, not signs: `মো.`, and `মাে.` with its ো typed as two halves.)
        let sign = |c: &char| matches!(c, '\u{9BC}' | '\u{9BE}'..='\u{9CD}' | '\u{9D7}' | '\u{981}'..='\u{983}');
        let short = self.tok(i).is_some_and(|t| {
            matches!(t.kind, Kind::Word(_))
                && self.text.get(t.start..t.end).is_some_and(|x| {
                    x.chars().filter(|c| !sign(c)).count() <= 2 && x.chars().count() <= 4
                })
        });
        short && self.punct(i + 1, '.') && self.glued(i + 1)
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
        // A weekday at `k` and the index after it (`বৃহস্পতি বার` in two words).
        let weekday = |k: usize| match self.word(k) {
            Some(Word::Weekday { day, short, .. }) => {
                Some((day, k + 1 + usize::from(short && self.split_weekday(k))))
            }
            _ => None,
        };
        let (first, mut k) = weekday(i)?;
        // (Most weekdays stand alone: look for a second before allocating.)
        let second = match self.tok(k).map(|t| t.kind) {
            Some(Kind::Punct(',')) => k + 1 + usize::from(self.word(k + 1) == Some(Word::And)),
            Some(Kind::Word(Some(Word::And))) => k + 1,
            _ => return None,
        };
        weekday(second)?;
        let mut days = vec![first];
        while days.len() < 7 {
            let sep = match self.tok(k).map(|t| t.kind) {
                Some(Kind::Punct(',')) => 1 + usize::from(self.word(k + 1) == Some(Word::And)),
                Some(Kind::Word(Some(Word::And))) => 1,
                _ => break,
            };
            let Some((day, after)) = weekday(k + sep) else { break };
            days.push(day);
            k = after;
        }
        (days.len() >= 2).then_some((days, k))
    }

    /// A short weekday at `k` written apart from its বার (`রোজ বৃহস্পতি বার`).
    fn split_weekday(&self, k: usize) -> bool {
        matches!(self.raw(k + 1), Some("বার" | "বারে" | "বারের" | "বারেই"))
    }

    /// [`words::event_year`] for the yearless date of `chain`, the words after it from `j`.
    fn event_year(&self, j: usize, chain: &mut Chain) {
        /// The most words of an event's noun.
        const NOUN_WORDS: usize = 3;
        let Some(g) = chain.greg.as_mut() else { return };
        let Some(day) = g.day.filter(|&d| words::names_event(d, g.month)) else { return };
        let genitive = self.text.get(g.span.clone()).is_some_and(|t| t.ends_with('র'));
        let mut after = String::new();
        for k in j..j + NOUN_WORDS {
            match self.tok(k) {
                Some(t) if matches!(t.kind, Kind::Word(_)) && (k == j || t.breaks_before == 0) => {
                    after.push_str(self.raw(k).unwrap_or_default());
                    after.push(' ');
                }
                _ => break,
            }
        }
        if let Some(year) = words::event_year(day, g.month, genitive, &after) {
            g.year = Some(year);
            chain.event_year = true;
        }
    }

    /// Whether the short weekday at `i` (`শুক্র`, `শনি`) heads a list or span of weekdays that
    /// ends in a full name: a comma, ও/এবং, a dash or থেকে, then another weekday (`শুক্র ও
    /// শনিবার`, `শনি-রবিবার`, `রবি, সোম ও মঙ্গলবার`). Not a name (`রবি ও তার বন্ধু`).
    pub(super) fn listed_weekday(&self, i: usize) -> bool {
        /// The most weekdays followed to the one with its বার.
        const MAX_ITEMS: usize = 7;
        let mut k = i;
        for _ in 0..MAX_ITEMS {
            let joined = match self.tok(k + 1).map(|t| t.kind) {
                Some(Kind::Punct(',' | '-' | '–' | '/'))
                | Some(Kind::Word(Some(Word::And | Word::From))) => k + 2,
                _ => return false,
            };
            let next = if self.word(joined) == Some(Word::And) { joined + 1 } else { joined };
            match self.word(next) {
                Some(Word::Weekday { short: false, .. }) => return true,
                Some(Word::Weekday { short: true, .. }) if self.split_weekday(next) => return true,
                Some(Word::Weekday { short: true, .. }) => k = next,
                _ => return false,
            }
        }
        false
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
                // The same day said again: `১৪ জানুয়ারি অর্থাৎ মঙ্গলবার দুপুর ২টো`, `ইংরেজি ১৩
                // মার্চ, ও বাংলার ২৯ ফাল্গুন সকাল ১০টা` (and its other calendar's date, labelled).
                // A document keeps each as a mention of its own.
                let connector = match self.word(k) {
                    Some(Word::ThatIs) => !self.document,
                    Some(Word::And) => {
                        matches!(self.word(k + 1), Some(Word::Label { .. } | Word::Era(_)))
                    }
                    _ => false,
                };
                if connector && !line_break {
                    k += 1;
                }
                // `ডিসেম্বর মাসের ১ তারিখ দিনটি ছিল বৃহস্পতিবার`: "the day was a Thursday", the
                // date's weekday told after it (checked against it like one written beside it).
                if let Some(after) = self.day_was(k).filter(|_| !self.document && !line_break) {
                    k = after;
                }
            }
            // `মার্চ ১০, ২০২৫ এ ৫:৪১ অপরাহ্ন`, `১০ মার্চ ২০২৫ তে ৫:৪১`: a comment stamp's
            // locative spaced between the date and its clock (probe 6).
            if j > i
                && !line_break
                && chain.has_full_date()
                && chain.time.is_none()
                && matches!(self.raw(k), Some("এ" | "তে" | "এর"))
                && self.num(k + 1).is_some()
                && self.punct(k + 2, ':')
            {
                k += 1;
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
                // What would have continued the match on another line or past a dari is an
                // error of its own there (`… (৩১ জানুয়ারি,১৯৭২)।\n25:25`): the match ends
                // before it, and the next search reports it.
                Err(_) if j > i && (line_break || dandas > 0) => break,
                Err(e) => {
                    // Resume after the offending token.
                    return Err((e, k + 1));
                }
            };
            let (mut part, next) = part;
            // `… মিছিল শেষে রাতে শনিবার হরতালের ঘোষণা`: a day period in the locative, then a
            // weekday: "at night, (announced) Saturday's strike", two things (the weekday's own
            // night is written weekday first, `শনিবার রাতে`).
            let locative_period = chain.time.as_ref().is_some_and(|t| {
                t.hour.is_none() && self.text.get(t.span.clone()).is_some_and(|w| w.ends_with('ে'))
            });
            let bare = chain.greg.is_none() && chain.weekday.is_none() && chain.relative.is_none();
            if locative_period && bare && matches!(part, Part::Weekday(..)) {
                break;
            }
            // `২৫ জুলাই ২০২৪, ২:৩৯ অপরাহ্ন (৮ মাস আগে)`: the stamp's age when the page was
            // shown, in brackets after it: part of the stamp, no day of its own.
            let site_age = chain.has_full_date()
                && matches!(part, Part::Relative(RelParts::Offset(..), _))
                && k.checked_sub(1).is_some_and(|b| self.punct(b, '('))
                && self.punct(next, ')');
            if site_age {
                part = Part::Filler;
            }
            // A document's mention is of one line (`… শেষ সময় ১৫ মার্চ ⏎ বিকেল ৫টা`: the date,
            // then the time, which takes the day before it).
            if line_break && self.document {
                break;
            }
            // A single line break joins wrapped text, but not two complete dates: each line of
            // a list of dates is its own match.
            if line_break && chain.has_full_date() && part.is_full_date() {
                break;
            }
            // Nor a day named from today on the next line after a date (a headline's `… রায় ১৭
            // নভেম্বর` and the story's `আজ বৃহস্পতিবার …`; probe 3: one match, the day lost).
            if line_break
                && (chain.greg.is_some() || chain.bangla.is_some())
                && matches!(part, Part::Relative(RelParts::Day(_), _))
            {
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
            // `বুধবার । ২১ ডিসেম্বর ২০১৬।`: a date bar's weekday, a dari spaced on both sides
            // (which no sentence's end is), and its date.
            let spaced_dari = (j..k).any(|d| {
                self.tok(d).is_some_and(|t| {
                    t.space_before && matches!(t.kind, Kind::Punct(c) if is_danda(c))
                }) && self.tok(d + 1).is_some_and(|t| t.space_before)
            });
            let bar_weekday = dandas == 1
                && spaced_dari
                && chain.weekday.is_some()
                && chain.greg.is_none()
                && chain.bangla.is_none()
                && chain.relative.is_none()
                && chain.time.is_none()
                && matches!(&part, Part::Greg(g) if g.day.is_some() && g.year.is_some());
            let almanac_part = almanac_part || bar_weekday;
            // `সংবাদ সম্মেলন আজ। বিকেল ৩টায় …`, `… ৩রা কার্তিক, মঙ্গলবার। সকাল ১১টা ২০ মিনিট থেকে
            // মহাপঞ্চমীর শুভারম্ভ।`: a day that ends its sentence, and the clock that starts the
            // next, is that day's time.
            // (After the era's abbreviation, before a bracket: `১৯/৩/২০২৫ খ্রি:। (দিবা)৫.৪৫`.)
            let glued_or_danda = |x: usize| {
                self.tok(x).is_some_and(|t| match t.kind {
                    Kind::Punct(c) => {
                        is_danda(c) || c == '(' || (!t.space_before && matches!(c, ':' | '.'))
                    }
                    _ => false,
                })
            };
            let time_opens_next = (j..k).all(glued_or_danda)
                && matches!(&part, Part::Time(t, true) if t.hour.is_some())
                && chain.time.is_none();
            let own_sentence = dandas == 1
                && !self.document
                && !almanac_part
                && !double_danda
                && chain.dated()
                && (time_opens_next || self.own_sentence(k));
            // `কলকাতা, ৯ ফেব্রুয়ারি : সোমবার, ১০ ফেব্রুয়ারি থেকে`: after a dateline's colon, a
            // weekday before a date of its own is that date's.
            let weekday_of_next =
                colon && chain.greg.is_some() && matches!(part, Part::Weekday(..)) && {
                    let d = if self.punct(next, ',') { next + 1 } else { next };
                    self.num(d).is_some_and(|n| n.digits <= 2)
                        && matches!(self.word(d + 1), Some(Word::GregMonth(_)))
                };
            if (dandas > 0 && !almanac_part && !own_sentence)
                || (colon
                    && chain.greg.is_some()
                    && matches!(part, Part::Relative(RelParts::Day(_), _)))
                || labelled_bar
                || weekday_of_next
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
                    | Part::Anaphoric { .. }
                    | Part::Direction(_)
                    | Part::MonthOffset(..)
                    | Part::Dibagoto
                    | Part::Local(_)
                    | Part::Zone(_)
                    | Part::Deep
            );
            let content = !matches!(part, Part::Filler | Part::Zone(_));
            let era_year = match &part {
                Part::IndianYear(Some(y)) | Part::Lunisolar(Some(y)) => Some(*y),
                _ => None,
            };
            // `গত রাতে`, `গতরাত ২টায়`: last night, whose small hours are the day of writing's.
            let last_night = matches!(part, Part::Relative(RelParts::Day(-1), _))
                && (self.word(k) == Some(Word::LastNight)
                    || (self.word(k) == Some(Word::Direction(-1)) && next == k + 1));
            let night_word = self.word(k) == Some(Word::LastNight);
            // (`মাস তিনেক আগে`, "some three months ago": a rough count, an approximate day.)
            let rough = matches!(part, Part::Relative(RelParts::Offset(..), _))
                && (k..next).any(|x| matches!(self.word(x), Some(Word::RoughCount(_))));
            // (In a document, a zone after a day and before the clock starts the clock's
            // mention.)
            let zone_first = self.document
                && matches!(part, Part::Zone(_))
                && chain.time.is_none()
                && (chain.dated() || chain.weekday.is_some() || chain.relative.is_some());
            if zone_first || !chain.accept(part, &mut pending_direction) {
                break;
            }
            chain.approximate |= rough;
            chain.last_night |= last_night;
            // (`গতরাত ১১টার দিকে`: the night is the period of the hour after it.)
            if night_word {
                let night = TimeParts::period_only(DayPeriod::Night, self.span(k, k));
                chain.accept(Part::Time(night, false), &mut pending_direction);
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
            // (The search goes on past the age's bracket.)
            if site_age {
                resume = next + 1;
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
        if chain.time.as_ref().is_some_and(|t| t.period == Some(DayPeriod::Night)) {
            let tense = self.verb_direction(j, false);
            chain.night_ahead = tense == Some(1);
            // (A sentence ending on a verb news tells the past in tells it: `… রাত ২টার দিকে
            // আগুন লাগে।`)
            chain.night_untold = tense.is_none() && !self.ends_narrative(j);
        }
        let yearless = chain.greg.as_ref().is_some_and(|g| g.year.is_none() && g.day.is_some());
        // `৭ই মার্চের ভাষণ`, `২৫ মার্চের কালরাতে`, `২১ আগস্টের গ্রেনেড হামলা`: a day and month
        // that name a historical event by the words after them are that event's, whatever the
        // reference (probe 4: `৭ই মার্চের ভাষণ` read in 2023 was 7 March 2023).
        if yearless
            && chain.direction.is_none()
            && chain.relative.is_none()
            && chain.year_offset.is_none()
        {
            self.event_year(j, chain);
        }
        let before = self.tok_before(i);
        // (At the start of the text or of a line, or after a sentence's end.)
        let opens = self.tok(i).is_some_and(|t| t.breaks_before > 0)
            || before.is_none_or(
                |t| matches!(t.kind, Kind::Punct(c) if is_danda(c) || matches!(c, ':' | '!' | '?')),
            );
        // (So is a day of the month alone, `২৫ তারিখ সভা হবে`, `৫ তারিখ সভা হয়েছিল`: the
        // verb says which month; probe 12, the nearest one either way.)
        let day_alone = chain.day_only.is_some() && chain.month_offset.is_none();
        if !self.document
            && (yearless || day_alone)
            && opens
            && chain.direction.is_none()
            && chain.relative.is_none()
        {
            // (So is one whose sentence ends on a verb news tells the past in: `১২ মে তিনি মারা
            // যান`, `২০ এপ্রিল তিনি বিএনপিতে যোগ দেন`; probe 10, read as the coming May.)
            chain.told_past = match self.verb_direction(j, false) {
                Some(d) => d == -1,
                None => self.ends_narrative(j),
            };
        }
        // A yearless date "since" which a state holds now (`১ জুলাই থেকে কারখানাটি বন্ধ আছে`,
        // `১০ জুন থেকে আন্দোলন চলছে`): the last such day (probe 12: the coming one). Only
        // আছে ("is") and চলছে ("goes on") tell it: other continuous verbs announce (`১২ মার্চ
        // থেকে পরীক্ষা শুরু হচ্ছে`), and so does no verb (`১ জুলাই থেকে নতুন দাম কার্যকর`).
        let since = match self.word(j) {
            Some(Word::From) => Some(j + 1),
            Some(Word::After) if self.word(j + 1) == Some(Word::From) => Some(j + 2),
            _ => None,
        };
        if let (false, true, Some(k)) = (self.document, yearless, since) {
            if chain.direction.is_none() && chain.relative.is_none() && !chain.told_past {
                chain.told_past = self.ends_state(k);
            }
        }
        // A yearless date in a clause told in the future, its verb after it or before it
        // (`উচ্চমাধ্যমিক শুরু হবে ১২ ফেব্রুয়ারি`): not a day long gone (probe 9: read in June,
        // the February gone by).
        // (Not a date in the genitive, which names what the verb is about, not when: `১৫ মার্চের
        // স্থগিত পরীক্ষা হবে`.)
        let genitive = || {
            let after = self.text.get(chain.span.end..).unwrap_or_default();
            self.text.get(chain.span.clone()).is_some_and(|t| t.ends_with('র'))
                || ["-এর", "এর", "’র", "'র", "-র"].iter().any(|g| after.starts_with(g))
        };
        if !self.document
            && (yearless || day_alone)
            && chain.direction.is_none()
            && chain.relative.is_none()
            && !chain.told_past
            && !genitive()
        {
            chain.told_future =
                self.verb_direction_to(j, false, true) == Some(1) || self.future_verb_before(i);
        }
        // A weekday alone (`মঙ্গলবার সভা হয়েছিল`, `মঙ্গলবার তার মৃত্যু হয়`, `বৃহস্পতিবার সভা
        // হবে`): its sentence's verb says which way from the day of writing (it was the nearest
        // such day either way).
        let weekday_alone = chain.weekday.is_some()
            && chain.greg.is_none()
            && chain.bangla.is_none()
            && chain.hijri.is_none()
            && chain.relative.is_none()
            && chain.direction.is_none()
            && !chain.anaphoric;
        // (Not a weekday whose night's end is the moment, `শুক্রবার দিবাগত রাত ১২টা থেকে … কার্যকর
        // হবে` as fuel-price notices are posted just after it: the day before the reference is
        // as much to come as the next week's; probe 4.)
        let nights_end = chain.dibagoto || chain.time.as_ref().is_some_and(|t| t.midnight);
        if !self.document && weekday_alone && !nights_end {
            // (Its own clause's verb: `সোমবার থেকে বাস ভাড়া বৃদ্ধি পাচ্ছে, … প্রত্যাহার করা
            // হয়েছে` looks ahead.)
            match self.verb_direction_to(j, false, true) {
                Some(-1) => chain.told_past = true,
                Some(1) => chain.told_future = true,
                _ => chain.told_past = self.ends_narrative(j),
            }
        }
        // (`সন্ধ্যার পর`, `৩টার পর`: after the time in the genitive, "after" it.)
        chain.signal_after = matches!(self.word(j), Some(Word::From | Word::Until))
            || (self.word(j) == Some(Word::After)
                && self.raw(end_tok).is_some_and(|w| w.ends_with('র')));
        for t in self.toks.get(i..=end_tok).unwrap_or_default() {
            if let Kind::Num(Num { script: DigitScript::Mixed, .. }) = t.kind {
                chain.mixed_digits.push(t.start..t.end);
            }
        }
        Ok(Some(j))
    }
}

/// `count` units and `minutes` of a quarter or half more (15, 30, or −15 for পৌনে), in the next
/// smaller unit that holds it whole: `সাড়ে তিন ঘণ্টা` is 210 minutes, `আড়াই বছর` 30 months,
/// `দেড় দিন` 36 hours. A month's half is not whole days: none.
/// The most units a count of time is written in (`২ দিন ৩ ঘণ্টা ২০ মিনিট`).
const MAX_OFFSET_UNITS: usize = 4;

/// A unit's place from the smallest (seconds) to the largest (years).
fn unit_rank(unit: Unit) -> u8 {
    match unit {
        Unit::Second => 0,
        Unit::Minute => 1,
        Unit::Hour => 2,
        Unit::Day => 3,
        Unit::Week => 4,
        Unit::Month => 5,
        Unit::Year => 6,
    }
}

/// `count` of `unit` in the `smaller` unit, when a whole number of it makes one of `unit` (a
/// year is 12 months, a week 7 days; a month is no whole number of weeks or days).
fn in_smaller_unit(count: i64, unit: Unit, smaller: Unit) -> Option<i64> {
    let (mut count, mut unit) = (count, unit);
    while unit != smaller {
        let (per, next) = match unit {
            Unit::Year => (12, Unit::Month),
            Unit::Week => (7, Unit::Day),
            Unit::Day => (24, Unit::Hour),
            Unit::Hour => (60, Unit::Minute),
            Unit::Minute => (60, Unit::Second),
            Unit::Month | Unit::Second => return None,
        };
        count = count.checked_mul(per)?;
        unit = next;
    }
    Some(count)
}

fn with_fraction(count: i64, minutes: i64, unit: Unit) -> Option<(i64, Unit)> {
    let (per, smaller) = match unit {
        Unit::Minute => (60, Unit::Second),
        Unit::Hour => (60, Unit::Minute),
        Unit::Day => (24, Unit::Hour),
        Unit::Week => (7 * 24, Unit::Hour),
        Unit::Year => (12, Unit::Month),
        _ => return None,
    };
    // (A quarter of a year or of a minute is whole too: 3 months, 15 seconds.)
    let part = per * minutes;
    (part % 60 == 0).then(|| (count * per + part / 60, smaller))
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
            let c = self.raw(k + 1);
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

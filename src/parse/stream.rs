//! Extraction that reads its input as it goes: tokens are lexed on demand into a bounded window,
//! so memory does not grow with the text and the first match comes as soon as it is read.
//!
//! One engine, [`Window`], serves both [`Parser::extract`] (a `&str` in memory) and
//! [`Parser::extract_reader`] (any [`std::io::Read`]). Both give the grammar the same tokens in
//! the same windows, so a text read in pieces gives exactly the matches of the whole string.

use std::io::{self, Read};

use chrono::{Datelike, NaiveDate};

use super::document::Layout;
use super::grammar::{Chain, DocPart, Grammar, GregParts, TextYear, makes_generic};
use super::lexer::{Kind, Lexed, Lexer, Token};
use super::prefilter::{KEEP_BEFORE_NUMBER, Skimmed, Skimmer};
use super::words::{Era, Unit, Word};
use super::{Match, Parser, Role, Warning, inherit_backward, inherit_forward, resolve};
use crate::calendar::Rule;
use crate::error::{Error, ErrorKind};

/// How many tokens, counted from where an expression may start, the grammar sees.
///
/// The grammar reads one expression and, to find a range or a list, the connector and the
/// expression after it. The longest real expressions are about 25 tokens (a label, a clock time
/// with its period, a weekday, a Gregorian date, a Bangabda date with its era word, in
/// parentheses), so a range of two is about 50; the window leaves room for five times that.
/// Tokens past the window are invisible to the expression starting at its first token: an
/// expression is never longer than this.
pub const WINDOW_TOKENS: usize = 256;

/// Bytes read from a [`Read`] at a time.
const CHUNK: usize = 64 * 1024;

/// Where the engine's text comes from.
pub(crate) trait Source {
    /// The text read so far (from the last [`Source::discard`] on).
    fn text(&self) -> &str;
    /// Whether [`Source::text`] runs to the end of the input.
    fn complete(&self) -> bool;
    /// Read more text onto the end.
    fn read_more(&mut self);
    /// Forget the first `n` bytes of the text; returns how many were dropped (0 when the source
    /// keeps its text, as a borrowed string does).
    fn discard(&mut self, n: usize) -> usize;
    /// The first error met reading the input (invalid UTF-8, a failed read) that starts at or
    /// before byte `at` of the whole input (or at any place, with `None`), to report in order.
    fn error_before(&mut self, _at: Option<usize>) -> Option<Error> {
        None
    }
}

impl Source for &str {
    fn text(&self) -> &str {
        self
    }
    fn complete(&self) -> bool {
        true
    }
    fn read_more(&mut self) {}
    fn discard(&mut self, _: usize) -> usize {
        0
    }
}

/// The extraction state: the lexer, the window of tokens, and where the search is.
///
/// Token indices (`pos`, chain ends) count tokens from the start of the input; the window holds
/// tokens `first..first + tokens.len()`. Byte offsets in tokens are into the source's current
/// text, which starts at byte `base` of the input.
#[derive(Debug, Clone)]
pub(crate) struct Window {
    parser: Parser,
    /// The lexer, which hands out runs of tokens the search need not see as one gap (see
    /// `prefilter`) unless in document mode.
    skimmer: Skimmer,
    lexed_all: bool,
    tokens: Vec<Token>,
    first: usize,
    pos: usize,
    base: usize,
    /// The next chains of a range or list, already read (and given what they share) with the
    /// first of it, each with its end and role.
    buffered: std::collections::VecDeque<(Chain, usize, Role)>,
    /// The first token the search still needs.
    scan: usize,
    /// A chain is held whose byte offsets are into the current text: no text may be dropped.
    pinned: bool,
    /// Input-wide indices of the tokens in the window that start a paragraph (after an empty
    /// line): the grammar never sees past the next one.
    paragraphs: std::collections::VecDeque<usize>,
    /// The tokens in the window that are gaps (runs of tokens the search steps over unseen),
    /// in order, with what turns them back into their tokens ([`Window::realize`]).
    gaps: std::collections::VecDeque<GapAt>,
    /// Tokens read again from a gap (kept to reuse its memory).
    scratch: Vec<Token>,
    /// The paragraph read so far uses almanac words (তিথি, নক্ষত্র …).
    almanac: bool,
    /// What the paragraph before a clock names of India's and Bangladesh's places.
    places: super::places::PlaceScan,
    /// … and has listed an entry under a Bangabda date: the times after it, even beside a
    /// Gregorian date alone (`ইংরাজি তারিখ: ০৫/১১/২০২৩ রাত্রি ১.১৫`), are the Hindu day's.
    almanac_entry: bool,
    /// The years written in the last [`YEAR_REACH`] tokens read past (outside matches), for
    /// the dates without one after them.
    years: std::collections::VecDeque<YearSeen>,
    /// Sentences read past, counted; the paragraph of the last known word or number read.
    sentence: usize,
    paragraph: usize,
    /// Paragraph starts lexed, counted.
    paragraph_count: usize,
    /// The last token read past in this paragraph that names a Bangabda or Hijri month
    /// (`জিলহজ মাস গণনা শুরু`): `এই মাসের ১০ তারিখ` after it is that month's.
    other_month: Option<usize>,
    /// Document mode: the document recognisers run too, and every token lexed is shown to the
    /// layout of sentences and lines (once: it is linear).
    layout: Option<Layout>,
}

/// What the engine found: a chain with the part it plays among its neighbours, its reading,
/// and (for a document) where it stands.
#[derive(Debug)]
pub(crate) struct Found {
    /// The chain, its byte offsets into the text from [`Found::base`] on.
    pub(crate) chain: Chain,
    pub(crate) role: Role,
    /// The chain resolved by the parser, offsets into the whole input.
    pub(crate) read: Result<Match, Error>,
    /// Where the chain's byte offsets start in the whole input.
    pub(crate) base: usize,
    /// The input-wide index of the chain's first token.
    pub(crate) token: usize,
    /// The token before the chain is a noun in the genitive (`নির্বাচনের আগের দিন`: a day
    /// counted from an event, not from a date).
    pub(crate) genitive_before: bool,
    /// The word before the chain makes a day part generic (`প্রতিদিন সকালে`, `এক রাতে`).
    pub(crate) generic_before: bool,
    /// The word before the chain is থেকে or পর্যন্ত.
    pub(crate) signal_before: bool,
}

/// A gap in the window: its input-wide index, the lexer at the start of its first token, how
/// many tokens it stands for, and the lexer at the start of its last token.
#[derive(Debug, Clone, Copy)]
struct GapAt {
    index: usize,
    from: Lexer,
    count: usize,
    last: Lexer,
}

/// How many tokens after the end of a match are read as they are before the year written near
/// it is looked for: [`YEAR_REACH`] and what a year there reads after it (`year_at`).
const TEXT_REACH: usize = YEAR_REACH + 16;

/// What a token read past asks of the search: nothing (a word unknown to the vocabulary), to be
/// counted (punctuation that may end a sentence), or to be tried as an expression's start.
#[derive(Clone, Copy)]
enum Visit {
    Plain,
    Punct(char, usize),
    Start,
}

/// How many tokens before and after a date without a year are searched for one written nearby
/// (about two sentences of news prose).
const YEAR_REACH: usize = 40;

/// How much text before an era word is read for a year in words (`দুই হাজার চব্বিশ` is 49
/// bytes; the words split on white space, a cut first word reads as no number).
const YEAR_WORDS_BYTES: usize = 80;

/// A year read past: its token, value and calendar, and where it stands.
#[derive(Debug, Clone)]
struct YearSeen {
    token: usize,
    year: i32,
    calendar: Era,
    sentence: usize,
    paragraph: usize,
    /// The year of a whole Gregorian date read before, with its month and where it ended in
    /// the input: read for a yearless date of the same sentence and line only, when no year
    /// stands alone there.
    date_month: Option<(u8, usize)>,
}

/// A year written out in words right after byte `at` (`, উনিশশো একাত্তর`, `, দুই হাজার চব্বিশ
/// সালে`): two words at least, or one before an era word, the year ending its clause or before
/// its era word. None when none is.
fn year_in_words_after(text: &str, at: usize) -> Option<i32> {
    let after = text.get(at..)?.trim_start_matches([',', ' ']);
    let clause = after.split(['।', ',', '\n', '?', '!', '(', ')']).next().unwrap_or_default();
    // The ends of its first five words, in bytes.
    let mut ends = [0usize; 5];
    let mut count = 0;
    for (slot, w) in ends.iter_mut().zip(clause.split_whitespace()) {
        *slot = w.as_ptr() as usize - clause.as_ptr() as usize + w.len();
        count += 1;
    }
    // The longest run of words from the start that writes a year.
    let (n, year) = (1..=count.min(4)).rev().find_map(|n| {
        let head = clause.get(..ends.get(n - 1).copied()?)?;
        super::words::year_in_words(head).map(|y| (n, y))
    })?;
    let next = clause.get(ends.get(n - 1).copied()?..)?.split_whitespace().next();
    let era = next.is_some_and(|w| {
        matches!(super::words::lookup(w), Some(Word::Era(Era::Year | Era::Christian)))
    });
    ((n >= 2 && (next.is_none() || era)) || (n == 1 && era)).then_some(year)
}

/// How many months into a year বিদায়ী বছর ("the outgoing year") is still the year before.
const OUTGOING_YEAR_MONTHS: u32 = 3;

/// Whether the text at byte `at` is বিদায়ী ("outgoing"), in either encoding of য়.
fn outgoing_word(text: &str, at: usize) -> bool {
    text.get(at..).is_some_and(|t| t.starts_with("বিদা\u{09DF}") || t.starts_with("বিদায\u{09BC}"))
}

/// Whether "every" and a unit's word (`প্রতি বছর`, `প্রতিবছরের`, `প্রত্যেক মাসের`,
/// `প্রতিমাসে`) end the text before byte `at`: the unit's forms `forms`, apart after প্রতি or
/// প্রত্যেক, or glued after প্রতি.
fn every_before(text: &str, at: usize, forms: &[&str]) -> bool {
    let before = text.get(..at).unwrap_or_default().trim_end();
    let mut words = before.rsplit(char::is_whitespace);
    let Some(last) = words.next() else { return false };
    if forms.contains(&last) {
        return matches!(words.next(), Some("প্রতি" | "প্রত্যেক"));
    }
    last.strip_prefix("প্রতি").is_some_and(|unit| forms.contains(&unit))
}

/// A year's word as "every year" takes it (`প্রতি বছর ১৬ ডিসেম্বর`).
const EVERY_YEAR: &[&str] = &["বছর", "বছরের", "বছরই"];

/// A month's word as "every month" takes it (`প্রতি মাসের ১৫ তারিখ`).
const EVERY_MONTH: &[&str] = &["মাসের", "মাসে"];

/// Whether punctuation `c`, ending at byte `end`, ends a sentence: a dari or danda, `?`, `!`,
/// or a full stop that is not between digits.
fn ends_sentence(c: char, end: usize, text: &str) -> bool {
    matches!(c, '।' | '?' | '!' | '॥' | '৷')
        || (c == '.' && !text.as_bytes().get(end).is_some_and(u8::is_ascii_digit))
}

/// Whether the rest of the sentence after token `end` has a verb in the future tense, or in
/// the present continuous that tells what is about to happen (`মোদি যাচ্ছেন রাজ্যে`) (Bengali
/// puts the verb last; what came before the date may have been dropped from the window).
fn future_sentence(toks: &[Token], end: usize, text: &str) -> bool {
    use crate::parse::words::{is_continuous, is_future_verb, joined_vowels};
    let ends = |t: &Token| matches!(t.kind, Kind::Punct(c) if ends_sentence(c, t.end, text));
    let future = |t: &Token| {
        matches!(t.kind, Kind::Word(None))
            && text.get(t.start..t.end).is_some_and(|w| {
                let w = joined_vowels(w);
                is_future_verb(&w) || is_continuous(&w)
            })
    };
    let after = toks.get(end..).unwrap_or_default().iter().take(YEAR_REACH);
    after.take_while(|t| !ends(t) && !t.starts_paragraph()).any(future)
}

/// The year at `k` written after a Gregorian month (`২১ এপ্রিল ২০২৫`, `২২শে অক্টোবর, ১৯৮৮`),
/// with the month.
fn sibling_date(g: &Grammar<'_>, k: usize) -> Option<(i32, u8)> {
    let year = i32::try_from(g.toks.get(k)?.num()?.value).ok()?;
    let comma = k.checked_sub(1).and_then(|b| g.toks.get(b)).is_some_and(|t| t.is_punct(','));
    let m = k.checked_sub(1 + usize::from(comma))?;
    let Some(Word::GregMonth(month)) = g.toks.get(m)?.word() else { return None };
    Some((year, month))
}

/// Where the text may be dropped from, rather than `from`: the bytes before it that a date's
/// paragraph is searched for places ([`places::REACH`](super::places::REACH)) stay, so a
/// stream reads what the whole text does.
fn keep_places(text: &str, from: usize) -> usize {
    let mut k = from.saturating_sub(super::places::REACH).min(text.len());
    while !text.is_char_boundary(k) {
        k -= 1;
    }
    k
}

/// The year token `k` is, as a date without one may take it: a four-digit number with a year's
/// era word (`১৮৭৬ সালে`, `১৪৪৩ হিজরির`, `বাংলা ১২৮৩ সনের`), or alone between 1800 and 2100
/// (`এইচএসসি পরীক্ষা ২০২২`); not one that belongs to another number or a label (`২০১৭-১৮`,
/// `এসএসসি-২০০১`, `নং ২০২২`), nor another date's (`১৮৬৩ সালের ১২ জানুয়ারি`).
fn year_at(g: &Grammar<'_>, k: usize) -> Option<(i32, Era)> {
    let t = g.toks.get(k)?;
    let n = t.num().filter(|n| n.digits == 4)?;
    let year = i32::try_from(n.value).ok()?;
    let before = k.checked_sub(1).and_then(|b| g.toks.get(b));
    let after = g.toks.get(k + 1);
    let joins = |o: &Token| matches!(o.kind, Kind::Punct('-' | '–' | '—' | '/' | '.' | ':'));
    // `১৯৭৬-এ`, `২০২০-তে`: a case ending after a hyphen.
    let case_ending = after.is_some_and(|a| a.is_punct('-') && !a.space_before)
        && g.toks.get(k + 2).is_some_and(|c| {
            !c.space_before && matches!(c.word(), Some(Word::CaseSuffix | Word::Direction(0)))
        });
    // (Not a dash with a space before it, that sets the year apart: `বিজয় দিবস -২০১৯`.)
    let glued_before = before.is_some_and(|b| joins(b) && !t.space_before && !b.space_before);
    // (A full stop after it that no digit follows ends the sentence: `… 17,2024.`.)
    let full_stop = after.is_some_and(|a| a.is_punct('.'))
        && g.toks.get(k + 2).is_none_or(|n| n.space_before || n.num().is_none());
    // (Not a dash or colon with a space after it, that heads a timeline's line: `১৯৭১- ২৬ মার্চ
    // স্বাধীনতা ঘোষণা`, `১৯৭১: ২৬ মার্চ`, `১৯০৫- বঙ্গভঙ্গ (১৬ অক্টোবর)`; probe 5.)
    let heads = g.toks.get(k + 2).is_some_and(|n| n.space_before);
    let glued_after =
        after.is_some_and(|a| joins(a) && !a.space_before) && !case_ending && !full_stop && !heads;
    if glued_before
        || glued_after
        || before.and_then(Token::word) == Some(Word::NumberLabel)
        || g.year_in_date(k)
    {
        return None;
    }
    // The calendar named before the year (`হিজরি ১৪৪৭ সনের`, `বাংলা ১২৮৩ সনের`), else after it.
    match (before.and_then(Token::word), after.and_then(Token::word)) {
        (Some(Word::Era(e @ (Era::Hijri | Era::Bangla))), _)
        | (_, Some(Word::Era(e @ (Era::Hijri | Era::Bangla)))) => Some((year, e)),
        (_, Some(Word::Era(Era::Christian))) => Some((year, Era::Christian)),
        // সাল, সন: also Bangabda years (`১৪৩১ সনে`); a Gregorian year from 1600 on.
        (_, Some(Word::Era(Era::Year))) => {
            (1600..=2200).contains(&year).then_some((year, Era::Christian))
        }
        (_, Some(Word::Era(_) | Word::IndianEra(_) | Word::Unit(_))) => None,
        // (A timeline's line headed by its year, `১২১৫- ১৫ জুন ম্যাগনাকার্টা সনদ`: any year
        // from 1000 on.)
        _ if heads && after.is_some_and(joins) => {
            (1000..=2100).contains(&year).then_some((year, Era::Christian))
        }
        _ => (1800..=2100).contains(&year).then_some((year, Era::Christian)),
    }
}

impl Window {
    /// An extraction engine, with the prefilter.
    pub(crate) fn new(parser: Parser) -> Window {
        Window::with_prefilter(parser, true)
    }

    /// An extraction engine with or without the prefilter (which changes no answer: the tests
    /// and benches compare the two).
    pub(crate) fn with_prefilter(parser: Parser, prefilter: bool) -> Window {
        Window {
            parser,
            skimmer: Skimmer::new(prefilter),
            lexed_all: false,
            tokens: Vec::new(),
            first: 0,
            pos: 0,
            base: 0,
            buffered: std::collections::VecDeque::new(),
            scan: 0,
            pinned: false,
            paragraphs: std::collections::VecDeque::new(),
            gaps: std::collections::VecDeque::new(),
            scratch: Vec::new(),
            layout: None,
            almanac: false,
            places: super::places::PlaceScan::default(),
            almanac_entry: false,
            years: std::collections::VecDeque::new(),
            sentence: 0,
            paragraph: 0,
            paragraph_count: 0,
            other_month: None,
        }
    }

    /// An engine for a document: the document recognisers run, and the layout of the text is
    /// kept as it is lexed.
    /// The layout sees every token, so a document is read without the prefilter.
    pub(crate) fn document(parser: Parser) -> Window {
        Window { layout: Some(Layout::default()), ..Window::with_prefilter(parser, false) }
    }

    /// The layout of sentences and lines (document mode).
    pub(crate) fn layout_mut(&mut self) -> Option<&mut Layout> {
        self.layout.as_mut()
    }

    /// Whether every token of the input has been lexed.
    pub(crate) fn lexed_all(&self) -> bool {
        self.lexed_all
    }

    /// Lex until the window holds token `upto` (exclusive) or the input is read to its end.
    #[inline]
    fn fill(&mut self, src: &mut impl Source, upto: usize) {
        if self.first + self.tokens.len() < upto && !self.lexed_all {
            self.fill_more(src, upto);
        }
    }

    /// [`Window::fill`] when the window holds too few tokens.
    fn fill_more(&mut self, src: &mut impl Source, upto: usize) {
        while self.first + self.tokens.len() < upto && !self.lexed_all {
            let index = self.first + self.tokens.len();
            let next = match self.skimmer.plain() {
                // (Text dense with dates reads almost every token here.)
                Some(lexer) => match lexer.next(src.text(), src.complete()) {
                    Lexed::Token(t) => {
                        self.skimmer.took(&t, index);
                        self.push(src, t, index);
                        continue;
                    }
                    Lexed::NeedMore => Skimmed::NeedMore,
                    Lexed::End => Skimmed::End,
                },
                None => self.skimmer.skim_next(src.text(), src.complete(), index),
            };
            match next {
                Skimmed::Token(t) => self.push(src, t, index),
                Skimmed::Gap(gap) => {
                    let (from, count, last) = (gap.from, gap.count, gap.last);
                    self.gaps.push_back(GapAt { index, from, count, last });
                    self.push(src, gap.token, index);
                }
                Skimmed::End => self.lexed_all = true,
                Skimmed::NeedMore => {
                    // Nothing in the window needs the bytes the lexer has passed: drop them
                    // before reading more (long runs of white space stay out of memory).
                    if self.first + self.tokens.len() <= self.scan && !self.pinned {
                        self.drop_behind(src);
                    }
                    src.read_more();
                }
            }
        }
    }

    /// Add `t` to the window as token `index` (the next).
    #[inline(always)]
    fn push(&mut self, src: &impl Source, t: Token, index: usize) {
        if t.starts_paragraph() {
            self.paragraphs.push_back(index);
            self.paragraph_count += 1;
        }
        if let Some(layout) = &mut self.layout {
            layout.observe(&t, index, src.text());
        }
        self.tokens.push(t);
    }

    /// Every token of the window is behind the search: drop them but the last
    /// [`KEEP_BEFORE_NUMBER`] (a year reads them), and the bytes the lexer has passed. A run of
    /// white space longer than a read after them is dropped too: the tokens kept then lose
    /// their text, which nothing reads behind the search (their kinds are what a year reads).
    #[cold]
    fn drop_behind(&mut self, src: &mut impl Source) {
        let drop = self.tokens.len().saturating_sub(KEEP_BEFORE_NUMBER);
        self.tokens.drain(..drop);
        self.first += drop;
        self.paragraphs.clear();
        let first = self.first;
        self.gaps.retain(|g| g.index >= first);
        let needed = self.skimmer.keep_from();
        let kept = self.tokens.first().map_or(needed, |t| t.start.min(needed));
        if needed - kept > CHUNK {
            // A gap kept loses its bytes too: it becomes its last token, what the search may
            // read before the next (as the tokens kept, by its kind).
            let (text, complete) = (src.text(), src.complete());
            for g in self.gaps.drain(..) {
                let mut lexer = g.last;
                if let Lexed::Token(t) = lexer.reread(text, complete) {
                    if let Some(slot) = self.tokens.get_mut(g.index - first) {
                        *slot = t;
                    }
                }
            }
            for t in &mut self.tokens {
                (t.start, t.end) = (needed, needed);
            }
        }
        let keep_from = self.tokens.first().map_or(needed, |t| t.start.min(needed));
        let keep_from = keep_places(src.text(), keep_from);
        self.forget(src, keep_from);
    }

    /// The tokens from `i` (an input-wide index) to the end of the window.
    fn from(&self, i: usize) -> &[Token] {
        i.checked_sub(self.first).and_then(|k| self.tokens.get(k..)).unwrap_or_default()
    }

    /// Drop the tokens before `i` and the bytes before the first token kept.
    fn advance_to(&mut self, src: &mut impl Source, i: usize) {
        self.scan = i;
        // Amortised: move the window's contents only once it has run well past them.
        let ahead = i.saturating_sub(self.first);
        if ahead >= WINDOW_TOKENS {
            // Tokens before `i` stay: a document reads the word before a chain, and a year the
            // three before it (always, whatever the window's phase).
            let drop = (ahead - KEEP_BEFORE_NUMBER).min(self.tokens.len());
            self.tokens.drain(..drop);
            self.first += drop;
            while self.paragraphs.front().is_some_and(|&p| p < self.first) {
                self.paragraphs.pop_front();
            }
            while self.gaps.front().is_some_and(|g| g.index < self.first) {
                self.gaps.pop_front();
            }
            let needed = self.skimmer.keep_from();
            let keep_from = self.tokens.first().map_or(needed, |t| t.start.min(needed));
            let keep_from = keep_places(src.text(), keep_from);
            if keep_from >= CHUNK {
                self.forget(src, keep_from);
            }
        }
    }

    /// Drop the first `n` bytes of the source's text, moving every offset held.
    fn forget(&mut self, src: &mut impl Source, n: usize) {
        if self.pinned {
            return;
        }
        let dropped = src.discard(n);
        if dropped > 0 {
            self.base += dropped;
            self.skimmer.rebase(dropped);
            for t in &mut self.tokens {
                t.start -= dropped;
                t.end -= dropped;
            }
            for g in &mut self.gaps {
                g.from.rebase(dropped);
                g.last.rebase(dropped);
            }
        }
    }

    /// The chain starting at `i`, seen through the window.
    fn chain(
        &mut self,
        src: &mut impl Source,
        i: usize,
    ) -> Result<Option<(Chain, usize)>, (Error, usize)> {
        // How many of a gap's tokens are turned back when the grammar reads into it (doubling
        // each time it reads past them; most look-aheads are a few tokens, a time later in the
        // clause eight).
        let mut reach = 16;
        loop {
            self.fill(src, i + WINDOW_TOKENS);
            // The grammar sees up to the window's width, and never past a paragraph break.
            let next_paragraph = self.paragraphs.partition_point(|&p| p <= i);
            let width = match self.paragraphs.get(next_paragraph) {
                Some(&p) => (p - i).min(WINDOW_TOKENS),
                None => WINDOW_TOKENS,
            };
            // … nor a gap: what it reads must be the text's tokens. Its tokens end before the
            // first gap, and if it asks for more, the gap is turned back and it reads again.
            let gap = self.first_gap(i, i + width);
            let seen = gap.map_or(width, |g| g - i);
            let toks = self.from(i);
            let toks = toks.get(..seen).unwrap_or(toks);
            let document = self.layout.is_some();
            let before = self.before(src, i);
            let wanted = core::cell::Cell::new(0);
            let timetable = self.layout.as_ref().is_some_and(|l| l.under_time_heading(i));
            let on_this_day = self.layout.as_ref().is_some_and(|l| l.on_this_day(i));
            let text = src.text();
            let g = Grammar { toks, text, document, before, wanted, timetable, on_this_day };
            let found = g.chain(0);
            if let Some(at) = gap
                && g.wanted.get() > seen
            {
                let want = (i + g.wanted.get()).max(at + reach) - at;
                reach = (reach * 2).min(WINDOW_TOKENS);
                self.realize(src, at, want);
                continue;
            }
            return match found {
                Ok(found) => Ok(found.map(|(mut chain, next)| {
                    // Token indices out of the grammar count from the start of the input.
                    chain.cell_break = chain.cell_break.map(|k| i + k);
                    for k in &mut chain.cell_parts {
                        *k += i;
                    }
                    (chain, i + next)
                })),
                Err((e, resume)) => Err((e, i + resume)),
            };
        }
    }

    /// The last day of a range or list after a month-first day with no year, with only a year
    /// after it (`মার্চ ১২-১৪, ২০২৪`): a date in the first day's month. (Only after a date
    /// alone: a time or weekday with the first day may not be the last's.)
    fn day_and_year_end(
        &mut self,
        src: &mut impl Source,
        last: &Chain,
        i: usize,
    ) -> Option<(Chain, usize)> {
        let first = last.greg.as_ref().filter(|g| g.year.is_none() && g.day.is_some())?;
        if first.inherited
            || last.time.is_some()
            || last.weekday.is_some()
            || last.relative.is_some()
            || last.bangla.is_some()
        {
            return None;
        }
        /// The most tokens `day_and_year` reads: a day, an ordinal, a comma and a year.
        const READ: usize = 4;
        self.realize_range(src, i, i + READ);
        let toks = self.from(i);
        let toks = toks.get(..READ).unwrap_or(toks);
        let grammar = Grammar::new(toks, src.text());
        let (day, year, end) = grammar.day_and_year(0)?;
        let span = toks.first()?.start..toks.get(end - 1)?.end;
        let greg = GregParts::written(Some(day), first.month, Some(year), span);
        Some((Chain::of_date(greg), i + end))
    }

    /// The input-wide index of the first gap among tokens `from..to`.
    #[inline]
    fn first_gap(&self, from: usize, to: usize) -> Option<usize> {
        // (Most calls find no gap at all: text dense with dates has few.)
        if self.gaps.back().is_none_or(|g| g.index < from) {
            return None;
        }
        let first = self.gaps.partition_point(|g| g.index < from);
        self.gaps.get(first).map(|g| g.index).filter(|&g| g < to)
    }

    /// The token before token `i` as the text has it (the grammar's `before`): the last token
    /// of a gap there.
    #[inline]
    fn before(&self, src: &impl Source, i: usize) -> Option<Token> {
        let b = i.checked_sub(1)?;
        let t = self.from(b).first().copied()?;
        // (A gap is a word unknown to the vocabulary.)
        if t.kind != Kind::Word(None) || self.gaps.is_empty() {
            return Some(t);
        }
        self.before_gap(src, b, t)
    }

    /// [`Window::before`] when token `b` may be a gap.
    #[cold]
    #[inline(never)]
    fn before_gap(&self, src: &impl Source, b: usize, t: Token) -> Option<Token> {
        let Ok(k) = self.gaps.binary_search_by_key(&b, |g| g.index) else { return Some(t) };
        let mut lexer = self.gaps.get(k)?.last;
        match lexer.reread(src.text(), src.complete()) {
            Lexed::Token(last) => Some(last),
            _ => {
                debug_assert!(false, "a gap's last token is read again");
                Some(t)
            }
        }
    }

    /// The token at input-wide index `i`, if the input has one (never a gap).
    #[inline]
    fn token(&mut self, src: &mut impl Source, i: usize) -> Option<Token> {
        self.fill(src, i + 1);
        let t = self.from(i).first().copied()?;
        // (A gap is a word unknown to the vocabulary.)
        if t.kind == Kind::Word(None) && !self.gaps.is_empty() && self.realize(src, i, 1) {
            return self.from(i).first().copied();
        }
        Some(t)
    }

    /// Turn the first gap among tokens `from..to` back into tokens as far as `to`, if there is
    /// one.
    fn realize_first(&mut self, src: &impl Source, from: usize, to: usize) -> bool {
        match self.first_gap(from, to) {
            Some(index) => self.realize(src, index, to - index),
            None => false,
        }
    }

    /// Make tokens `from..to` the text's own (as far as the input goes): no gap among them.
    fn realize_range(&mut self, src: &mut impl Source, from: usize, to: usize) {
        self.fill(src, to);
        while self.realize_first(src, from, to) {}
    }

    /// If token `i` is a gap, turn its first `want` tokens (at least one, at most all) back
    /// into what the lexer read there: the gap becomes those tokens and, if the run goes on, a
    /// gap of the rest after them. (All at once: one move of the tokens after them.)
    #[inline(never)]
    fn realize(&mut self, src: &impl Source, i: usize, want: usize) -> bool {
        let Ok(k) = self.gaps.binary_search_by_key(&i, |g| g.index) else { return false };
        let Some(gap) = self.gaps.get(k).copied() else { return false };
        let Some(at) = i.checked_sub(self.first) else { return false };
        let Some(old) = self.tokens.get(at).copied() else { return false };
        let (text, complete) = (src.text(), src.complete());
        // The run's tokens were all read from the bytes in hand, which are still there.
        let mut made = core::mem::take(&mut self.scratch);
        made.clear();
        let mut lexer = gap.from;
        for _ in 0..want.clamp(1, gap.count) {
            let Lexed::Token(t) = lexer.reread(text, complete) else {
                debug_assert!(false, "a gap's tokens are read again");
                break;
            };
            made.push(t);
        }
        let n = made.len();
        if n == 0 {
            self.scratch = made;
            return false;
        }
        let rest = if n < gap.count {
            match { lexer }.reread(text, complete) {
                Lexed::Token(next) => {
                    debug_assert!(!next.starts_paragraph(), "no paragraph starts inside a gap");
                    let rest = Token { start: next.start, space_before: next.space_before, ..old };
                    made.push(Token { breaks_before: next.breaks_before, ..rest });
                    let from = lexer.at_token(&next);
                    Some(GapAt { index: i + n, from, count: gap.count - n, last: gap.last })
                }
                _ => {
                    debug_assert!(false, "a gap's tokens are read again");
                    None
                }
            }
        } else {
            None
        };
        let added = made.len() - 1;
        self.tokens.splice(at..=at, made.drain(..));
        self.scratch = made;
        let later = match rest {
            Some(rest) => {
                if let Some(g) = self.gaps.get_mut(k) {
                    *g = rest;
                }
                k + 1
            }
            None => {
                self.gaps.remove(k);
                k
            }
        };
        if added > 0 {
            for g in self.gaps.iter_mut().skip(later) {
                g.index += added;
            }
            for p in &mut self.paragraphs {
                if *p > i {
                    *p += added;
                }
            }
        }
        true
    }

    /// The first strong chain at or after token `i`.
    fn chain_at(
        &mut self,
        src: &mut impl Source,
        mut i: usize,
    ) -> Option<Result<(Chain, usize), Error>> {
        loop {
            self.advance_to(src, i);
            self.fill(src, i + 1);
            // What kind of token it is, and nothing more: most tokens need nothing else.
            let visit = self.from(i).first().map(|t| match t.kind {
                Kind::Word(None) => Visit::Plain,
                Kind::Punct(c) => Visit::Punct(c, t.end),
                _ => Visit::Start,
            });
            let Some(visit) = visit else {
                // The end: a later call starts here, not at a token already dropped.
                self.pos = i;
                return None;
            };
            match visit {
                // Most words of running text: nothing to note, no expression to try.
                Visit::Plain => {}
                Visit::Punct(c, end) => {
                    self.sentence += usize::from(ends_sentence(c, end, src.text()));
                }
                // Only numbers and known words can start an expression.
                Visit::Start => {
                    let Some(kind) = self.from(i).first().map(|t| t.kind) else { break None };
                    let paragraph = self.paragraph_of(i);
                    if paragraph != self.paragraph {
                        self.new_paragraph(paragraph);
                    }
                    self.almanac |= matches!(kind, Kind::Word(Some(Word::AlmanacTerm)));
                    let document = self.layout.is_some();
                    match self.chain(src, i) {
                        Ok(Some((chain, next))) if chain.is_strong() => {
                            return Some(Ok((chain, next)));
                        }
                        Ok(Some((chain, next))) if document && chain.is_document_candidate() => {
                            // A year read as a mention of its own is still the year of the
                            // dates after it (`২০২৪ সালের ৫ থেকে ১০ আগস্ট`).
                            if matches!(chain.doc, Some(DocPart::Year { .. })) {
                                self.see(src, i, kind);
                            }
                            return Some(Ok((chain, next)));
                        }
                        Ok(_) => {}
                        Err((e, resume)) => {
                            self.pos = resume.max(i + 1);
                            return Some(Err(e));
                        }
                    }
                    self.see(src, i, kind);
                }
            }
            i += 1;
        }
    }

    /// The paragraph token `i` (in the window) is in, counted from the start of the input.
    fn paragraph_of(&self, i: usize) -> usize {
        self.paragraph_count - self.paragraphs.iter().rev().take_while(|&&p| p > i).count()
    }

    /// Paragraph `paragraph` starts: what was noted of the last one is forgotten.
    #[cold]
    fn new_paragraph(&mut self, paragraph: usize) {
        (self.almanac, self.almanac_entry) = (false, false);
        self.paragraph = paragraph;
        self.years.clear();
        self.other_month = None;
    }

    /// The next match or error; offsets are into the whole input.
    pub(crate) fn next(&mut self, src: &mut impl Source) -> Option<Result<Match, Error>> {
        self.step(src, |_, _, _, _, read| read)
    }

    /// The next chain found, with its role, its reading (errors in `read`) and, in document
    /// mode, what stands around it.
    pub(crate) fn next_found<S: Source>(&mut self, src: &mut S) -> Option<Found> {
        self.step(src, |w: &mut Window, src: &mut S, chain: Chain, role, read| {
            let token = if chain.span == (0..0) { w.pos } else { w.pos_of(&chain) };
            let (genitive_before, generic_before, signal_before) = w.context_before(src, token);
            Found {
                chain,
                role,
                read,
                base: w.base,
                token,
                genitive_before,
                generic_before,
                signal_before,
            }
        })
    }

    /// Find the next chain, resolve it, and hand both to `finish`, which keeps the chain or only
    /// the match (extraction moves no chain it does not need).
    #[inline]
    fn step<S: Source, T>(
        &mut self,
        src: &mut S,
        finish: impl FnOnce(&mut Window, &mut S, Chain, Role, Result<Match, Error>) -> T,
    ) -> Option<T> {
        // (A range's or list's chains were annotated when grouped.)
        let mut grouped = true;
        let (mut chain, next, role) = match self.buffered.pop_front() {
            Some(buffered) => buffered,
            None => {
                self.pinned = false;
                let (chain, next) = match self.chain_at(src, self.pos)? {
                    Ok(found) => found,
                    Err(e) => {
                        let e = e.shifted(self.base);
                        return Some(finish(self, src, Chain::default(), Role::Single, Err(e)));
                    }
                };
                self.pinned = true;
                self.settle(src, &chain, next);
                let year_before = matches!(chain.doc, Some(DocPart::Year { .. }));
                if self.connector(src, next, year_before).is_some() {
                    self.group(src, chain, next);
                    // `group` put at least the chain it was given.
                    self.buffered.pop_front()?
                } else {
                    grouped = false;
                    let role = self.open_role(src, next);
                    (chain, next, role)
                }
            }
        };
        if !grouped {
            self.annotate(&mut chain, src.text());
        }
        self.pinned = true;
        self.pos = next;
        let mut found = resolve::resolve(&self.parser, &chain, role);
        // A table row (`৩ বৈশাখ | 17 এপ্রিল | বুধবার`) is one moment only if its cells agree:
        // when what follows a `|` contradicts what came before, the match ends where it last
        // agreed (`১২ ডিসেম্বর ২০২০ | ৬:২৪ অপরাহ্ণ` before `আগামীকাল রবিবার থেকে …`).
        if let (Some(cut), Ok(m)) = (chain.cell_break, &found) {
            if m.warnings.iter().any(Warning::is_contradiction) {
                if let Some((end, head, m)) = self.agreeing_head(&chain, cut, src.text()) {
                    self.pos = end;
                    self.buffered.clear();
                    found = Ok(m);
                    // (The match is the head's: a document reads its calendars from it, not
                    // from the cells cut off, which are read again after it; probe 11.)
                    chain = head;
                }
            }
        }
        self.pinned = !self.buffered.is_empty();
        let read = match found {
            Ok(m) => Ok(m.shifted(self.base)),
            Err(e) => Err(e.shifted(self.base)),
        };
        Some(finish(self, src, chain, role, read))
    }

    /// The longest start of `chain` that ends before one of its parts after its first table
    /// cell (token `cut`) and reads without a contradiction: the input-wide token after it, that
    /// start, and its reading. None when even the part before the first cell contradicts
    /// itself (or the reference: `আজ বুধবার | ১লা জানুয়ারি, ২০২৫` read with another day's
    /// reference, which no cut leaves a written date), whose cells then stand together, with
    /// the warning.
    #[cold]
    fn agreeing_head(
        &self,
        chain: &Chain,
        cut: usize,
        text: &str,
    ) -> Option<(usize, Chain, Match)> {
        let toks = self.from(self.first);
        let start = chain.span_start_token(toks);
        let ends = chain.cell_parts.iter().chain([&cut]).filter_map(|&k| k.checked_sub(self.first));
        let mut ends: Vec<usize> = ends.filter(|&k| k > start).collect();
        ends.sort_unstable_by(|a, b| b.cmp(a));
        ends.into_iter().find_map(|end| {
            let cells = toks.get(start..end)?;
            let (mut head, next) = Grammar::new(cells, text).chain(0).ok()??;
            // What the text around told of the whole tells of its start.
            head.almanac = chain.almanac;
            head.other_month_before = chain.other_month_before;
            head.indian_place = chain.indian_place;
            head.almanac_named = chain.almanac_named;
            if head.wants_year() {
                head.text_year.clone_from(&chain.text_year);
            }
            let m = resolve::resolve(&self.parser, &head, Role::Single).ok()?;
            // (Not a relative word alone, cut from the dates written after it: those are the
            // text's, the reference only the caller's.)
            let written = head.has_full_date() || !chain.has_full_date();
            let agrees =
                head.is_strong() && written && !m.warnings.iter().any(Warning::is_contradiction);
            agrees.then_some((self.first + start + next, head, m))
        })
    }

    /// Go on from token `i`, forgetting any chain read ahead (a document drops a chain it does
    /// not take, and looks again one token on).
    pub(crate) fn resume_at(&mut self, i: usize) {
        self.pos = i;
        self.buffered.clear();
        self.pinned = false;
    }

    /// The input-wide index of the first token of `chain` (in the window).
    fn pos_of(&self, chain: &Chain) -> usize {
        self.first + chain.span_start_token(&self.tokens)
    }

    /// What the token before token `i` says about the chain there (document mode only).
    fn context_before(&mut self, src: &mut impl Source, i: usize) -> (bool, bool, bool) {
        if self.layout.is_none() {
            return (false, false, false);
        }
        let Some(t) = i.checked_sub(1).and_then(|b| self.from(b).first().copied()) else {
            return (false, false, false);
        };
        let word = t.word();
        let raw = src.text().get(t.start..t.end).unwrap_or_default();
        // A noun in the genitive: an unknown word ending in র (নির্বাচনের, ঈদের). Not ঘটনার
        // ("the incident's"): the day it names is the story's own (`ঘটনার পরদিন`).
        let genitive = matches!(t.kind, Kind::Word(None)) && raw.ends_with('র') && raw != "ঘটনার";
        let signal = matches!(word, Some(Word::From | Word::Until));
        // (`দিনের বেলায়`, "in the daytime": the day's, no particular day's.)
        (genitive, makes_generic(word) || raw == "দিনের", signal)
    }

    /// Put into `buffered` the range or list that `chain` (ending at token `next`) starts:
    /// `chain` and every chain joined to it by connectors, each with its end and role. What one
    /// leaves unsaid it takes from the others: a range's end the period of its start, a list's
    /// head the month, year and time of its last item (`৩, ৪ ও ৫ মে ২০২৪ সকাল ১০টা`).
    #[inline(never)]
    fn group(&mut self, src: &mut impl Source, chain: Chain, next: usize) {
        /// The most chains joined into one range or list (the window holds them all).
        const MAX_GROUP: usize = 32;
        let mut group = vec![(chain, next, Role::Single)];
        // Whether each connector makes a range (or a list).
        let mut ranges = Vec::new();
        while let Some((last, end, _)) = group.last().filter(|_| group.len() < MAX_GROUP) {
            let year_before = matches!(last.doc, Some(DocPart::Year { .. }));
            let end = *end;
            let Some((first, second, after)) = self.connector(src, end, year_before) else {
                break;
            };
            let end_of_month_first = self.day_and_year_end(src, last, after);
            let found = match end_of_month_first {
                Some(found) => Some(found),
                None => self.chain(src, after).ok().flatten(),
            };
            let Some((following, following_next)) = found else { break };
            self.settle(src, &following, following_next);
            // `সকাল ৮টা থেকে এগারোটা`: a range's end may be a bare hour when its start is a
            // time.
            let bare_hour_end = first == Role::RangeStart
                && last.time.is_some()
                && following.time.as_ref().is_some_and(|t| t.hour.is_some());
            // In a document, years and other document parts make ranges and lists too
            // (`২০১৮ থেকে ২০২০`, `২০২৩-২৪ শিক্ষাবর্ষে`, `প্রতি শুক্রবার ও শনিবার`).
            let document_pair = self.layout.is_some()
                && (last.doc.is_some() || last.is_strong() || last.era_year)
                && (following.doc.is_some() || following.weekday.is_some());
            if !(following.is_strong() || bare_hour_end || document_pair) {
                break;
            }
            // `রোববার থেকে সকাল ১০টা ৩০ মিনিটে … শুরু হবে`, "from Sunday on, at 10:30": a day
            // with থেকে, then a clock alone, starts days to come and the clock is their hour,
            // not a range that ends on the first day at that clock (the end was before the
            // start). (Unless পর্যন্ত closes it: `১২ মার্চ থেকে রাত ১০টা পর্যন্ত`.)
            let from_word = self.token(src, end).is_some_and(|t| t.word() == Some(Word::From));
            let day_alone = last.time.is_none()
                && last.relative.is_none()
                && (last.greg.as_ref().is_some_and(|g| g.day.is_some())
                    || last.weekday.is_some()
                    || last.bangla.is_some());
            let clock_alone =
                following.time.is_some() && following.names_no_day() && !following.signal_after;
            if from_word && day_alone && clock_alone {
                break;
            }
            if let Some(prev) = group.last_mut().filter(|p| p.2 == Role::Single) {
                prev.2 = first;
            }
            ranges.push(first == Role::RangeStart);
            group.push((following, following_next, second));
        }
        let document = self.layout.is_some();
        for (k, &range) in ranges.iter().enumerate() {
            if let Some([(a, ..), (b, ..)]) = group.get_mut(k..k + 2) {
                inherit_forward(a, b, range, document);
            }
        }
        for (k, &range) in ranges.iter().enumerate().rev() {
            if let Some([(a, ..), (b, ..)]) = group.get_mut(k..k + 2) {
                inherit_backward(a, b, range);
            }
        }
        let text = src.text();
        for (chain, ..) in &mut group {
            self.annotate(chain, text);
        }
        // A range or list with no year written takes one: the year its last date settles on
        // from the reference (`১৮ থেকে ২৫ আগস্ট`), the dates before it in order (a December
        // before a January the year before), instead of each its own nearest.
        let settled = group.last().and_then(|(last, _, role)| {
            let yearless = last.greg.as_ref().is_some_and(|g| g.year.is_none() && g.day.is_some());
            if !yearless || self.parser.reference.is_none() {
                return None;
            }
            resolve::resolve(&self.parser, last, *role).ok()?.date
        });
        if let Some(mut next) = settled {
            for (k, &range) in ranges.iter().enumerate().rev() {
                let Some((chain, ..)) = group.get_mut(k) else { continue };
                let Some(g) = chain.greg.as_mut() else { continue };
                let Some(day) = g.day else { continue };
                let on = |y: i32| NaiveDate::from_ymd_opt(y, u32::from(g.month), u32::from(day));
                let year = match g.year {
                    Some(written) if !g.short_year => Some(written),
                    Some(_) => None,
                    // A range runs forward (`২৮ ডিসেম্বর থেকে ৩ জানুয়ারি`: the December before);
                    // a list's dates need not (`১১ মে … এবং ২৪ এপ্রিল`): the nearest year.
                    None => {
                        let y = next.year();
                        let year = if range {
                            if (g.month, day) > (next.month() as u8, next.day() as u8) {
                                y - 1
                            } else {
                                y
                            }
                        } else {
                            resolve::infer_year(g.month, day, next, super::YearResolution::Nearest)
                                .map_or(y, |d| d.year())
                        };
                        g.year = Some(year);
                        g.year_inferred = true;
                        Some(year)
                    }
                };
                if let Some(d) = year.and_then(on) {
                    next = d;
                }
            }
        }
        // `২৫, ২৬ ও ২৭ ফেব্রুয়ারি রোজ রবি, সোম ও মঙ্গলবার`: one weekday per date, in order.
        let listed = group.last().and_then(|(last, ..)| last.weekday_list.clone());
        if let Some((days, span)) = listed.filter(|(days, _)| days.len() == group.len()) {
            for ((chain, ..), day) in group.iter_mut().zip(days) {
                chain.weekday.get_or_insert((day, span.clone(), false));
            }
        }
        if let [(_, next, role)] = &mut group[..] {
            *role = self.open_role(src, *next);
        }
        self.buffered.extend(group);
    }

    /// Make the [`TEXT_REACH`] tokens after `chain` (found, ending before token `next`) the
    /// text's own, for what [`Window::annotate`] reads there. (Tokens from the chain's end on
    /// are turned back, so that no index held before them moves.)
    fn settle(&mut self, src: &mut impl Source, chain: &Chain, next: usize) {
        if self.gaps.is_empty() {
            return;
        }
        let end = self.first + self.tokens.partition_point(|t| t.start < chain.span.end);
        let from = end.min(next);
        self.realize_range(src, from, from + TEXT_REACH);
    }

    /// What the text around `chain` tells about it: almanac text, a year written nearby, a
    /// month of another calendar named before.
    fn annotate(&mut self, chain: &mut Chain, text: &str) {
        // An almanac's entries are keyed by the Bangabda date (a Gregorian date in almanac
        // prose, `তিথি থাকবে ২ মার্চ রাত ১টা পর্যন্ত`, is civil).
        chain.almanac = self.almanac_entry || (self.almanac && chain.bangla.is_some());
        chain.almanac_text = self.almanac;
        self.almanac_entry |= chain.almanac;
        // বিদায়ী বছর, "the outgoing year", is the one ending when the text was written: in its
        // first months, the year before (a review of 2025 is published in early January 2026;
        // probe 10); বিদায়ী অর্থবছর, after June, the fiscal year that ended then.
        if let Some(r) = self.parser.reference.filter(|_| outgoing_word(text, chain.span.start)) {
            if chain.year_offset == Some(0) && r.month() <= OUTGOING_YEAR_MONTHS {
                chain.year_offset = Some(-1);
            }
            if let Some(DocPart::SpanYear { offset: offset @ 0, fiscal: true }) = &mut chain.doc {
                if r.month() >= 7 {
                    *offset = -1;
                }
            }
        }
        // `প্রতি বছর ১৬ ডিসেম্বর`: a day kept every year (probe 8: one year's was inferred).
        if chain.wants_year() && chain.direction.is_none() {
            chain.yearly = every_before(text, chain.span.start, EVERY_YEAR);
        }
        // `প্রতি মাসের ১৫ তারিখ`: a day kept every month (probe 13: this month's was taken).
        if chain.day_only.is_some() && chain.month_offset.is_none() && chain.direction.is_none() {
            chain.yearly = every_before(text, chain.span.start, EVERY_MONTH);
        }
        // `২০১৯ সালে … পরের বছর ১৫ মার্চ`, `আগের বছরের ৫ জুন`: in a string, the year after
        // (before) the one written (probe 11: the reference's nearest). The two words before a
        // date's number are never in a gap (the prefilter keeps them), so they are in hand; a
        // document reads them as the story's year.
        if chain.wants_year() && self.layout.is_none() {
            let toks = self.from(self.first);
            let start = chain.span_start_token(toks);
            let before = start.checked_sub(2).and_then(|b| toks.get(b..start));
            if let Some([pointer, year]) = before {
                if let (Some(Word::Pointer(d @ (-1 | 1))), Some(Word::Unit(Unit::Year))) =
                    (pointer.word(), year.word())
                {
                    chain.told_year_offset = Some(d);
                }
            }
        }
        // (With a reference, a date that গত/আগামী ties to it takes no other year.)
        if chain.wants_year() && (self.parser.reference.is_none() || chain.direction.is_none()) {
            chain.text_year = self.text_year(chain, text);
            // `ছাব্বিশে মার্চ, উনিশশো একাত্তর`: the year in words right after the date.
            if chain.text_year.is_none() {
                chain.text_year = year_in_words_after(text, chain.span.end).map(|year| TextYear {
                    year,
                    calendar: Era::Christian,
                    same_sentence: true,
                    future: false,
                    sibling_month: None,
                });
            }
        }
        chain.other_month_before = self.other_month.is_some();
        // (Only for a Bangabda date with no Gregorian date beside it, whose rule nothing else
        // in the match tells: rare, so the text before it is searched then.)
        if chain.bangla.is_some() && chain.greg.is_none() && !chain.indian_cue {
            chain.indian_place = super::places::indian_place_before(text, chain.span.start);
            chain.almanac_named =
                super::places::almanac_before(text, chain.span.start).map(|drik| {
                    if drik { Rule::WestBengalDrik } else { Rule::WestBengalSuryaSiddhanta }
                });
        }
        // A clock time with no zone of its own, in a paragraph that names only Indian places: a
        // report from there, in India's time. (Searched only for a clock: few chains have one.)
        let clock = chain.time.as_ref().is_some_and(|t| t.hour.is_some() && t.offset.is_none());
        if clock && chain.zone.is_none() && chain.local_time.is_none() {
            chain.indian_clock = self.places.indian_before(text, chain.span.start);
        }
        // A month and its year (a heading, `ডিসেম্বর ২০১৯`) gives its year to the yearless dates
        // after it, as a year written alone does; a whole date (`২০২৩ সালের ১৫ আগস্ট সভা হয়,
        // এরপর ২০ আগস্ট …`) to the yearless dates after it in its sentence (they took the
        // reference's year).
        if let Some(g) = chain.greg.as_ref().filter(|g| !g.short_year) {
            if let Some(year) = g.year {
                let date_month = g.day.map(|_| (g.month, self.base + chain.span.end));
                let token = self.pos_of(chain);
                self.note_year(token, year, Era::Christian, date_month);
            }
        }
    }

    /// The role of a match that starts or ends a range alone (`১ মার্চ থেকে`, `৩১ মার্চ
    /// পর্যন্ত`), by the token at `next` after it.
    fn open_role(&mut self, src: &mut impl Source, next: usize) -> Role {
        // (`১ মার্চ তারিখ থেকে`: over the date word.)
        let mut word =
            self.token(src, next).filter(|t| !t.starts_paragraph()).and_then(|t| t.word());
        if word == Some(Word::DateWord) {
            word =
                self.token(src, next + 1).filter(|t| !t.starts_paragraph()).and_then(|t| t.word());
        }
        match word {
            Some(Word::From) => Role::From,
            Some(Word::Until) => Role::Until,
            _ => Role::Single,
        }
    }

    /// The one year written near `chain` in its paragraph, outside it: among the years seen in
    /// the [`YEAR_REACH`] tokens before it and those in the `YEAR_REACH` after it. A year in the
    /// date's own sentence if there is one year there, else the one year of the paragraph;
    /// several years and none.
    #[inline(never)]
    fn text_year(&self, chain: &Chain, text: &str) -> Option<TextYear> {
        let toks = self.from(self.first);
        let grammar = Grammar::new(toks, text);
        let start = self.first + chain.span_start_token(toks);
        let end = toks.partition_point(|t| t.start < chain.span.end);
        // The one year found in the date's sentence, and in the rest of the paragraph; `Err`
        // once two different years were.
        let mut same: Option<Result<(i32, Era), ()>> = None;
        let mut other: Option<Result<(i32, Era), ()>> = None;
        // (A Gregorian year and another calendar's name one time: `২০২৫ সালের ১৪৪৬ হিজরি সনের
        // … ৩০ জানুয়ারি`. The Gregorian year dates a Gregorian date directly.)
        let gregorian = chain.greg.is_some();
        let note = |slot: &mut Option<Result<(i32, Era), ()>>, found: (i32, Era)| {
            *slot = match *slot {
                None => Some(Ok(found)),
                Some(Ok(first)) if first == found => Some(Ok(first)),
                Some(Ok(first))
                    if gregorian && (first.1 == Era::Christian) != (found.1 == Era::Christian) =>
                {
                    Some(Ok(if first.1 == Era::Christian { first } else { found }))
                }
                _ => Some(Err(())),
            };
        };
        // The one year of the whole dates before it in its sentence, and the last one's month.
        let mut dated: Option<Result<(i32, Era), ()>> = None;
        let mut dated_month = None;
        for y in &self.years {
            if y.paragraph == self.paragraph && y.token + YEAR_REACH >= start {
                let same_sentence = y.sentence == self.sentence;
                // (Not across a line: `১৯'শে মে ১৯৬১ ⏎ আজ সেই রক্তঝরা ১৯শে মে` is a heading's year
                // and today's anniversary.)
                let same_line = |end: usize| {
                    let from = end.checked_sub(self.base);
                    let between = from.and_then(|from| text.get(from..chain.span.start));
                    between.is_some_and(|b| !b.contains('\n'))
                };
                match y.date_month {
                    Some((m, end)) if same_sentence && same_line(end) => {
                        note(&mut dated, (y.year, y.calendar));
                        dated_month = Some(m);
                    }
                    Some(_) => {}
                    None => note(
                        if same_sentence { &mut same } else { &mut other },
                        (y.year, y.calendar),
                    ),
                }
            }
        }
        let mut in_sentence = true;
        // The year of a later date of the sentence, with its month (see
        // `TextYear::sibling_month`): with no reference, and no year alone found.
        let mut sibling: Option<(i32, u8)> = None;
        for k in end..toks.len().min(end + YEAR_REACH) {
            let Some(t) = toks.get(k) else { break };
            if t.starts_paragraph() {
                break;
            }
            if matches!(t.kind, Kind::Punct(c) if ends_sentence(c, t.end, text)) {
                in_sentence = false;
                // Past the date's sentence, its year (or its doubt) is settled, and so is a
                // paragraph with two years; with a reference only the sentence counts.
                let settled = same.is_some() || matches!(other, Some(Err(())));
                if settled || self.parser.reference.is_some() {
                    break;
                }
            }
            // A year after the date that ends a name (`২৪ জানুয়ারি ‘বাংলা একাডেমি সাহিত্য
            // পুরস্কার ২০২৩’ ঘোষণা`, `২০ জানুয়ারি বইমেলা ২০২৩ এর …`): the edition's, announced
            // or wound up the year after as often as not, not the date's (probe 5), when the
            // reference can date it. (With none, it is the one clue: `আগামী ১৭ সেপ্টেম্বর
            // বিশ্বকর্মা পুজো (Viswakarma Puja 2021)`.) With its era word (`… , ১৮৭৬ সালে`) it is
            // a year told.
            let named = self.parser.reference.is_some()
                && k > end
                && toks.get(k - 1).is_some_and(|b| b.kind == Kind::Word(None))
                && !matches!(toks.get(k + 1).and_then(Token::word), Some(Word::Era(_)));
            if t.num().is_some_and(|n| n.digits == 4) && !named {
                if let Some(found) = year_at(&grammar, k) {
                    note(if in_sentence { &mut same } else { &mut other }, found);
                } else if in_sentence && sibling.is_none() && self.parser.reference.is_none() {
                    sibling = sibling_date(&grammar, k);
                }
            }
        }
        let earlier = dated.and_then(Result::ok).zip(dated_month);
        let ((year, calendar), same_sentence, sibling_month) = match (same, earlier, other, sibling)
        {
            (Some(Ok(found)), ..) => (found, true, None),
            (None, Some((found, month)), ..) => (found, true, Some(month)),
            (None, None, Some(Ok(found)), _) => (found, false, None),
            (None, None, None, Some((year, month))) => ((year, Era::Christian), true, Some(month)),
            _ => return None,
        };
        // (A later date's year is read with no reference only, where the tense is not asked.)
        let future = same_sentence
            && (sibling_month.is_none() || earlier.is_some())
            && future_sentence(toks, end, text);
        debug_assert!(
            self.gaps.iter().all(|g| g.index < self.first + end
                || g.index >= self.first + (end + TEXT_REACH).min(toks.len())),
            "the year near a date is looked for in the text's tokens"
        );
        Some(TextYear { year, calendar, same_sentence, future, sibling_month })
    }

    /// Note what the known word or number `i` (just read past, not part of a match) says about
    /// the dates after it: a Bangabda or Hijri month is named, or a year is written.
    #[inline(never)]
    fn see(&mut self, src: &mut impl Source, i: usize, kind: Kind) {
        match kind {
            Kind::Word(Some(
                Word::BanglaMonth(_) | Word::AssameseMonth(_) | Word::HijriMonth(_),
            )) => {
                self.other_month = Some(i);
            }
            // A year written out in words before its era word (`উনিশশো একাত্তর সালের ছাব্বিশে
            // মার্চ`; probe 7: the date took the reference's year).
            Kind::Word(Some(Word::Era(Era::Year | Era::Christian))) => {
                let Some(tok) = self.from(i).first() else { return };
                let before = src.text().get(..tok.start).unwrap_or_default();
                let from = before.len().saturating_sub(YEAR_WORDS_BYTES);
                let from = (from..=before.len()).find(|&k| before.is_char_boundary(k));
                let tail = from.and_then(|k| before.get(k..)).unwrap_or_default();
                let Some(year) = super::words::year_in_words(tail) else { return };
                self.note_year(i, year, Era::Christian, None);
            }
            Kind::Num(n) if n.digits == 4 => {
                // A year is looked for from the dates in the [`YEAR_REACH`] tokens after it:
                // they must be the text's tokens (a gap would bring a date far away nearer).
                self.realize_range(src, i + 1, i + 1 + TEXT_REACH);
                let toks = self.from(self.first);
                let g = Grammar::new(toks, src.text());
                let Some(k) = i.checked_sub(self.first) else { return };
                if cfg!(debug_assertions) {
                    // The year reads no further than the tokens turned back.
                    let reach = (k + 1 + TEXT_REACH).min(toks.len());
                    let short = Grammar::new(toks.get(..reach).unwrap_or(toks), src.text());
                    let again = year_at(&short, k);
                    let within = short.wanted.get() <= reach || reach == toks.len();
                    debug_assert!(within && again == year_at(&g, k), "a year reads on");
                }
                let Some((year, calendar)) = year_at(&g, k) else { return };
                self.note_year(i, year, calendar, None);
            }
            _ => {}
        }
    }

    /// Note a year written at `token` (of `date_month`'s date, if one), for the dates without
    /// one after it; the years out of [`YEAR_REACH`] are let go.
    fn note_year(
        &mut self,
        token: usize,
        year: i32,
        calendar: Era,
        date_month: Option<(u8, usize)>,
    ) {
        while self.years.front().is_some_and(|y| y.token + YEAR_REACH < token) {
            self.years.pop_front();
        }
        let (sentence, paragraph) = (self.sentence, self.paragraph);
        self.years.push_back(YearSeen { token, year, calendar, sentence, paragraph, date_month });
    }

    /// How the tokens from `i` connect the match before them to the one after.
    fn connector(
        &mut self,
        src: &mut impl Source,
        i: usize,
        year_before: bool,
    ) -> Option<(Role, Role, usize)> {
        let mut t = self.token(src, i)?;
        // Nothing joins across a paragraph break.
        if t.starts_paragraph() || self.token(src, i + 1).is_some_and(|t| t.starts_paragraph()) {
            return None;
        }
        // `১৫ মার্চ ২০২৪ তারিখ থেকে`, `… তারিখ হইতে`: the date word before থেকে.
        let mut i = i;
        if t.kind == Kind::Word(Some(Word::DateWord)) {
            let after = self.token(src, i + 1)?;
            if after.kind == Kind::Word(Some(Word::From)) && !after.starts_paragraph() {
                i += 1;
                t = after;
            }
        }
        let (roles, mut next) = match t.kind {
            Kind::Word(Some(Word::From)) => ((Role::RangeStart, Role::RangeEnd), i + 1),
            Kind::Punct('-' | '–' | '—') => ((Role::RangeStart, Role::RangeEnd), i + 1),
            // `২০০৪/৫ সালে`, `২০২৩/২৪ অর্থবছরে`: a slash glued after a year spans to the next.
            Kind::Punct('/')
                if year_before
                    && !t.space_before
                    && self.token(src, i + 1).is_some_and(|n| !n.space_before) =>
            {
                ((Role::RangeStart, Role::RangeEnd), i + 1)
            }
            Kind::Word(Some(Word::And)) | Kind::Punct(',') => {
                ((Role::ListItem, Role::ListItem), i + 1)
            }
            _ => return None,
        };
        // An almanac's `দিন ০৯:৩২:৩৩ থেকে - ১২:৫৭:৩৫`: the dash after থেকে says it again.
        if matches!(t.kind, Kind::Word(Some(Word::From)))
            && matches!(self.token(src, next).map(|t| t.kind), Some(Kind::Punct('-' | '–' | '—')))
        {
            next += 1;
        }
        // `৩১ ডিসেম্বর এবং ১ ও ২ জানুয়ারি`, `X, Y ও Z`.
        if matches!(self.token(src, next).map(|t| t.kind), Some(Kind::Word(Some(Word::And)))) {
            next += 1;
        }
        if self.token(src, next).is_some_and(|t| t.starts_paragraph()) {
            return None;
        }
        Some((roles.0, roles.1, next))
    }
}

/// The iterator returned by [`Parser::extract_reader`]: every date/time expression in a stream,
/// leftmost first, with spans as byte offsets into the whole stream.
///
/// It holds a window of [`WINDOW_TOKENS`] tokens and the text they cover, read [`Read`] 64 KiB at
/// a time: memory stays flat however long the stream, bounded by the window plus the longest
/// single word, number or run of white space in the input. The matches are exactly those of
/// [`Parser::extract`] on the whole stream read into one string.
///
/// Bytes that are not UTF-8 come back as an [`ErrorKind::InvalidUtf8`] item with their span (in
/// order with the matches), and the search goes on past them: they separate the text around
/// them as a punctuation mark would. A read error ends the iteration with an [`ErrorKind::Io`]
/// item.
///
/// ```
/// use bangla_date::{parse::Parser, ErrorKind};
///
/// let text = "প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ২৩:২৯";
/// let parser = Parser::new();
/// // Any `std::io::Read`: a file, standard input, a socket; here bytes in memory.
/// let read: Vec<_> = parser.extract_reader(text.as_bytes()).collect::<Result<_, _>>()?;
/// let whole: Vec<_> = parser.extract(text).collect::<Result<_, _>>()?;
/// assert_eq!(read, whole);
/// assert_eq!(read[0].to_datetime()?.to_rfc3339(), "2025-12-28T23:29:00+06:00");
///
/// // A byte that is not UTF-8 is reported where it is, and the search goes on.
/// let bytes = [&b"\xff "[..], "২৮ ডিসেম্বর ২০২৫".as_bytes()].concat();
/// let mut items = parser.extract_reader(&bytes[..]);
/// let bad = items.next().unwrap().unwrap_err();
/// assert_eq!((bad.kind(), bad.span()), (&ErrorKind::InvalidUtf8, Some(0..1)));
/// assert_eq!(items.next().unwrap()?.span, 2..bytes.len());
/// # Ok::<(), bangla_date::Error>(())
/// ```
#[derive(Debug)]
pub struct ExtractReader<R> {
    window: Window,
    src: ReadSource<R>,
    /// A match found after an invalid-UTF-8 error that precedes it, held back to keep order.
    held: Option<Result<Match, Error>>,
}

impl<R: Read> ExtractReader<R> {
    pub(crate) fn new(parser: Parser, reader: R) -> ExtractReader<R> {
        ExtractReader { window: Window::new(parser), src: ReadSource::new(reader), held: None }
    }
}

impl<R: Read> Iterator for ExtractReader<R> {
    type Item = Result<Match, Error>;

    fn next(&mut self) -> Option<Result<Match, Error>> {
        let item = match self.held.take() {
            Some(item) => Some(item),
            None => self.window.next(&mut self.src),
        };
        // Reading runs ahead of matching: an error in the bytes read comes out before the
        // first item that starts after it.
        let item_start = match &item {
            Some(Ok(m)) => Some(m.span.start),
            Some(Err(e)) => e.span().map(|s| s.start),
            None => None,
        };
        if let Some(e) = self.src.errors.front() {
            let at = e.span().map_or(0, |s| s.start);
            if item_start.is_none_or(|s| at <= s) {
                self.held = item;
                return self.src.errors.pop_front().map(Err);
            }
        }
        item
    }
}

/// A [`Read`] decoded as UTF-8 into a text that starts at byte `base` of the stream.
#[derive(Debug)]
pub(crate) struct ReadSource<R> {
    reader: R,
    text: String,
    /// Bytes read but not yet decoded: the start of a character cut by the end of a read.
    raw: Vec<u8>,
    base: usize,
    eof: bool,
    /// Invalid UTF-8 and read errors, in stream order, not yet reported.
    errors: std::collections::VecDeque<Error>,
}

/// Stands in the text for each byte that is not UTF-8: the ASCII control SUBSTITUTE, one byte
/// (so offsets stay those of the stream), not white space (so it separates like punctuation).
const SUBSTITUTE: char = '\u{1A}';

impl<R: Read> ReadSource<R> {
    pub(crate) fn new(reader: R) -> ReadSource<R> {
        ReadSource {
            reader,
            text: String::new(),
            raw: Vec::new(),
            base: 0,
            eof: false,
            errors: std::collections::VecDeque::new(),
        }
    }

    /// Decode `raw` onto `text`, keeping an incomplete last character unless at the end.
    fn decode(&mut self) {
        let mut rest = &self.raw[..];
        // The common case, valid text, validated at SIMD speed; std's validator (which says
        // where an error is) only when it is not.
        // A read usually ends inside a character: validate up to the last one that starts in
        // the final four bytes, and leave the rest to the loop below.
        let tail = rest.iter().rev().take(4).position(|b| (b & 0xC0) != 0x80).map_or(0, |k| k + 1);
        let (head, last) = rest.split_at(rest.len() - tail.min(rest.len()));
        if let Ok(s) = simdutf8::basic::from_utf8(head) {
            self.text.push_str(s);
            rest = last;
        }
        while !rest.is_empty() {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    self.text.push_str(s);
                    rest = &[];
                    break;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    self.text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                    let bad = match e.error_len() {
                        Some(n) => n,
                        // Cut by the end of what was read: wait for the rest.
                        None if !self.eof => {
                            rest = after;
                            break;
                        }
                        None => after.len(),
                    };
                    let at = self.base + self.text.len();
                    self.errors.push_back(Error::at(ErrorKind::InvalidUtf8, at..at + bad));
                    self.text.extend(std::iter::repeat_n(SUBSTITUTE, bad));
                    rest = after.get(bad..).unwrap_or_default();
                }
            }
        }
        let kept = rest.len();
        let from = self.raw.len() - kept;
        self.raw.drain(..from);
    }
}

impl<R: Read> Source for ReadSource<R> {
    fn text(&self) -> &str {
        &self.text
    }

    fn complete(&self) -> bool {
        self.eof
    }

    fn read_more(&mut self) {
        if self.eof {
            return;
        }
        let kept = self.raw.len();
        self.raw.resize(kept + CHUNK, 0);
        let n = loop {
            match self.reader.read(self.raw.get_mut(kept..).unwrap_or_default()) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    let at = self.base + self.text.len();
                    self.errors.push_back(Error::at(
                        ErrorKind::Io { kind: e.kind(), message: e.to_string() },
                        at..at,
                    ));
                    break 0;
                }
            }
        };
        self.raw.truncate(kept + n);
        self.eof = n == 0;
        self.decode();
    }

    fn error_before(&mut self, at: Option<usize>) -> Option<Error> {
        let start = self.errors.front()?.span().map_or(0, |s| s.start);
        if at.is_none_or(|a| start <= a) { self.errors.pop_front() } else { None }
    }

    fn discard(&mut self, n: usize) -> usize {
        let n = n.min(self.text.len());
        self.text.drain(..n);
        self.base += n;
        n
    }
}

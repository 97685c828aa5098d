//! The layout of a document as it is lexed: its sentences and lines, and what each sentence
//! says about time as a whole (its tense, "every day"). Every token is shown once, when the
//! engine lexes it, so reading the layout is linear in the text; only the sentences the
//! document reader has not finished with are kept.

use std::collections::VecDeque;

use crate::parse::lexer::{Kind, Token};
use crate::parse::words::{self, Tense, Unit, Word};

/// A sentence longer than this many tokens is read in pieces of this length (a run of dates
/// with no full stop would otherwise hold every mention in it until its end).
pub const MAX_SENTENCE_TOKENS: usize = 512;

/// One sentence: where it starts, its line, and what its words say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sentence {
    /// Counted from 0 over the whole text.
    pub(crate) id: u64,
    /// The line (counted from 0) the sentence starts on.
    pub(crate) line: u64,
    /// The paragraph (lines between empty lines, counted from 0) the sentence starts in.
    pub(crate) paragraph: u64,
    /// The input-wide index of its first token.
    pub(crate) first_token: usize,
    /// A verb in the future tense (`হবে`, `করবেন`).
    pub(crate) future: bool,
    /// A verb in a past tense (`হয়েছিল`, `বলেছেন`, `করলেন`).
    pub(crate) past: bool,
    /// A verb in the perfect or the simple past (`হয়েছে`, `গেলাম`; see `words::verb_tense`):
    /// what has happened, though the perfect may also announce (`ধার্য করা হয়েছে`).
    pub(crate) happened: bool,
    /// Quoted speech (`"…"`, `“…”`) is open in it: its আজ and কাল are the speaker's.
    pub(crate) quoted: bool,
    /// "Every day" (`প্রতিদিন`, `প্রতি দিন`), every given weekday (`প্রতি শুক্রবার`) or every
    /// month (`প্রতি মাসের প্রথম শুক্রবার`): its hours recur.
    pub(crate) daily: bool,
    /// Its last word is a verb in the simple present that news tells the past in (`মৃত্যু হয়`,
    /// `আগুন লাগে`, `মারা যান`): see `words::is_narrative_present`.
    pub(crate) narrative: bool,
}

/// The sentences and lines seen so far.
#[derive(Debug, Clone, Default)]
pub(crate) struct Layout {
    /// The sentences not yet released, oldest first; the last is the one being read.
    sentences: VecDeque<Sentence>,
    /// The line the next token is on.
    line: u64,
    /// The paragraph the next token is in.
    paragraph: u64,
    /// The last token ended a sentence (`।`, `?`, `!`).
    ended: bool,
    /// Tokens read in the current sentence.
    tokens: usize,
    /// The last token was প্রতি (`প্রতি দিন` is daily).
    every: bool,
    /// Sentences started so far.
    count: u64,
    /// The last token was সময় ("time").
    time_word: bool,
    /// The input-wide indices of the recent lines that end in সময় (a timetable's column
    /// heading), oldest first; those too far back to head anything are let go.
    time_headings: VecDeque<usize>,
    /// How far the words of an "on this day in history" cue have gone (see
    /// [`Layout::on_this_day`]): 1 after ইতিহাসে / ইতিহাসের or আজকের, 2 after এই.
    history_cue: u8,
    /// The input-wide index where the text said it tells what happened on this day in history.
    on_this_day: Option<usize>,
    /// A quotation is open (from `"` or `“` to the next `"` or `”`, or the paragraph's end).
    quote_open: bool,
}

/// How many tokens below its heading a timetable's cell may be.
const TABLE_TOKENS: usize = 300;

impl Layout {
    /// Take in the token at input-wide index `index`; `text` holds its bytes.
    pub(crate) fn observe(&mut self, t: &Token, index: usize, text: &str) {
        if t.breaks_before > 0 {
            self.line += u64::from(t.breaks_before);
            if self.time_word {
                while self.time_headings.front().is_some_and(|&h| h + 4 * TABLE_TOKENS < index) {
                    self.time_headings.pop_front();
                }
                self.time_headings.push_back(index - 1);
            }
        }
        self.time_word = t.kind == Kind::Word(Some(Word::Label { time: true }));
        let raw = text.get(t.start..t.end).unwrap_or_default();
        self.history_cue = match t.kind {
            Kind::Word(_) => match (self.history_cue, raw) {
                (1 | 2, w) if w.starts_with("দিন") => {
                    self.on_this_day = self.on_this_day.or(Some(index));
                    0
                }
                (_, "ইতিহাসে" | "ইতিহাসের") => 1,
                (1, "এই" | "আজকের") => 2,
                (_, "আজকের") => 1,
                _ => 0,
            },
            _ => 0,
        };
        if t.starts_paragraph() {
            self.paragraph += 1;
            self.quote_open = false;
        }
        match t.kind {
            Kind::Punct('"') => self.quote_open = !self.quote_open,
            Kind::Punct('“') => self.quote_open = true,
            Kind::Punct('”') => self.quote_open = false,
            _ => {}
        }
        let new = self.sentences.is_empty()
            || self.ended
            || t.breaks_before > 0
            || self.tokens >= MAX_SENTENCE_TOKENS;
        if new {
            self.sentences.push_back(Sentence {
                id: self.count,
                line: self.line,
                paragraph: self.paragraph,
                first_token: index,
                future: false,
                past: false,
                happened: false,
                quoted: false,
                daily: false,
                narrative: false,
            });
            self.count += 1;
            self.tokens = 0;
        }
        self.tokens += 1;
        self.ended = matches!(t.kind, Kind::Punct('।' | '?' | '!'));
        let every = self.every;
        self.every = false;
        let Some(current) = self.sentences.back_mut() else { return };
        current.quoted |= self.quote_open;
        // (Punctuation leaves the last word's.)
        if !matches!(t.kind, Kind::Punct(_)) {
            current.narrative =
                matches!(t.kind, Kind::Word(None)) && words::is_narrative_present(raw);
        }
        match t.kind {
            Kind::Word(None) => {
                let raw = words::joined_vowels(raw);
                match words::tense_of(&raw) {
                    Some(Tense::Future) => current.future = true,
                    Some(Tense::Past) => {
                        current.past = true;
                        current.happened = true;
                    }
                    None => current.happened |= words::has_past_ending(&raw),
                }
            }
            Kind::Word(Some(Word::Daily)) => current.daily = true,
            Kind::Word(Some(Word::Every)) => self.every = true,
            Kind::Word(Some(Word::Unit(Unit::Day))) if every => current.daily = true,
            // (Probe 8: `প্রতি শুক্রবার সকাল ১০টায় হাট বসে` put the hour on the reference's day.)
            Kind::Word(Some(Word::Weekday { .. })) if every => current.daily = true,
            Kind::Word(Some(Word::EveryMonth)) => current.daily = true,
            Kind::Word(Some(Word::Unit(Unit::Week | Unit::Month))) if every => current.daily = true,
            _ => {}
        }
    }

    /// Whether a line ending in সময় ("time") is at most a timetable's length above token
    /// `index`: a dotted number alone on its line there is a clock (`০৯.৪৫`).
    pub(crate) fn under_time_heading(&self, index: usize) -> bool {
        // (The engine lexes ahead of what it reads, so later headings may be known.)
        let k = self.time_headings.partition_point(|&h| h < index);
        k.checked_sub(1)
            .and_then(|k| self.time_headings.get(k))
            .is_some_and(|&h| index - h <= TABLE_TOKENS)
    }

    /// Whether the text before token `index` said it tells what happened on this day in
    /// history (`ইতিহাসের এই দিনে`, `ইতিহাসে আজকের দিন`, `আজকের এই দিনে`): a list's year
    /// there (`১৭৮৪ – …`) is that day of the year.
    pub(crate) fn on_this_day(&self, index: usize) -> bool {
        self.on_this_day.is_some_and(|k| k < index)
    }

    /// The sentence token `index` belongs to, if it is still kept.
    pub(crate) fn sentence_of(&self, index: usize) -> Option<Sentence> {
        let k = self.sentences.partition_point(|s| s.first_token <= index);
        k.checked_sub(1).and_then(|k| self.sentences.get(k)).copied()
    }

    /// The sentence numbered `id`, if it is still kept.
    pub(crate) fn sentence(&self, id: u64) -> Option<Sentence> {
        let first = self.sentences.front()?.id;
        self.sentences.get(usize::try_from(id.checked_sub(first)?).ok()?).copied()
    }

    /// Whether sentence `id` has ended (a later one has started): what it says is final.
    pub(crate) fn has_ended(&self, id: u64) -> bool {
        self.count > id + 1
    }

    /// Forget the sentences before `id`: the reader is done with them.
    pub(crate) fn release_before(&mut self, id: u64) {
        while self.sentences.front().is_some_and(|s| s.id < id) {
            self.sentences.pop_front();
        }
    }
}

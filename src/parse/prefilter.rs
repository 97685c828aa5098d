//! The prefilter: runs of tokens the search has nothing to do with are handed to it as one
//! token, a *gap*, so that most of a text of prose is lexed but never windowed, visited or
//! parsed.
//!
//! Extraction looks at every token: a number or a known word may start an expression, and
//! punctuation counts sentences. But most words of running text are unknown to the vocabulary,
//! and many known words ([`read_past`]: ও, থেকে, দিন, পর …) start nothing by themselves; the
//! search only steps over them. The [`Skimmer`] reads the lexer's tokens and folds every run of
//! such tokens into one gap (a [`Kind::Word`]`(None)` spanning the run), which the search steps
//! over once. A gap is *exact*: it stands for tokens the lexer really produced, and the engine
//! turns it back into them ([`Gap::from`] re-reads them) wherever anything looks at it — the
//! grammar reading on from an expression, the year written near a date, the verb after it —
//! so every answer is the one the tokens themselves give. What a gap never holds, the search
//! sees at once:
//!
//! - numbers and every word that may start an expression or that the search notes (months, the
//!   almanac's words);
//! - a paragraph break inside it (a gap may start a paragraph, as its first token does);
//! - the [`KEEP_BEFORE_NUMBER`] tokens before a number (a year looks back at them:
//!   `জানুয়ারি, ২০২৪`, `এসএসসি-২০০১`), the unit before a rough count (`মাস তিনেক আগে`), and the [`KEEP_AFTER`] tokens after a token the search
//!   reads (the grammar reads on from it, and would otherwise turn the gap back at once).
//!
//! Runs shorter than [`MIN_GAP`] tokens are handed out token by token. And the skimmer folds
//! nothing until it has handed out [`ENGAGE_AFTER`] tokens in a row that the search would step
//! over (at the start, and again after each token the search reads): in text dense with dates,
//! gaps cost more than they save (the grammar reads into them, and they are turned back), and
//! the lexer's tokens are handed out as they are, at no cost over reading without the
//! prefilter.
//!
//! Most tokens are never made: [`Lexer::skim`] reads the spaces, Bengali words and punctuation
//! of running text 64 bytes at a time, and tells the words from a filter of the vocabulary's
//! signatures ([`StopFilter`]) with a look-up only for the few it cannot tell.
//!
//! DESIGN.md ("The prefilter") says why the answers are the same; the property tests in this
//! module check it on random text, and `tests/stream.rs` at every split of a stream.

use std::collections::VecDeque;

use super::lexer::{Kind, Lexed, Lexer, Skim, TWO_WORD_FIRSTS, Token};
use super::words::Word;

/// Tokens before a number that never go into a gap: [`year_at`](super::stream) and
/// `Grammar::year_in_date` look back three tokens from a year.
pub(crate) const KEEP_BEFORE_NUMBER: usize = 3;

/// Tokens after a token the search reads that never go into a gap. The grammar reads on from
/// an expression's first word (a label's colon, the word after `এ`), and would have the gap
/// turned back into tokens if it started right there.
const KEEP_AFTER: usize = 1;

/// The fewest tokens a gap stands for: a shorter run is handed out token by token (a gap that
/// the grammar reads into is turned back into tokens, which costs more than it saves).
const MIN_GAP: usize = 8;

/// The most bytes one gap spans (a longer run is cut into several): what a stream holds in
/// memory for the tokens ahead of the search stays bounded, a window of gaps included.
const MAX_GAP_BYTES: usize = 4096;

/// Whether the search may step over the word `w` unseen: it starts no expression (the grammar
/// reads it only inside one, after a word that does), and the search notes nothing about it.
/// Every other word is seen, including any meaning added later: this lists what is safe to skip,
/// not what is needed.
pub(crate) fn read_past(w: Word) -> bool {
    match w {
        Word::Era(_)
        | Word::MeridiemLetter(_)
        | Word::HourUnit { .. }
        | Word::Ordinal
        | Word::Unit(_)
        | Word::AgoLater(_)
        | Word::From
        | Word::Until
        | Word::And
        | Word::Pointer(_)
        | Word::Its
        | Word::After
        | Word::Every
        | Word::EveryMonth
        | Word::EveryYear
        | Word::Daily
        | Word::MonthPart
        | Word::During
        | Word::SpanYear { .. }
        | Word::DecadeWord(_)
        | Word::Decade
        | Word::New
        | Word::CenturyOrdinal(_)
        | Word::Century
        | Word::Baje
        | Word::CaseSuffix
        | Word::NumberLabel => true,
        // শেষ is a label (`শেষ আপডেট`); প্রথম … পঞ্চম start nothing in extraction.
        Word::Nth(n) => n != -1,
        _ => false,
    }
}

/// Whether the search may step over the token `t` unseen (see [`read_past`]).
fn skippable(t: &Token) -> bool {
    match t.kind {
        Kind::Num(_) => false,
        Kind::Punct(_) | Kind::Word(None) => true,
        Kind::Word(Some(w)) => read_past(w),
    }
}

/// A run of tokens handed out as one.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Gap {
    /// What the search sees: a word unknown to the vocabulary, from the start of the run's first
    /// token to the end of its last, with the first token's white space before it.
    pub(crate) token: Token,
    /// The lexer at the start of the run's first token: reading on from it gives the run's
    /// tokens again.
    pub(crate) from: Lexer,
    /// Tokens in the run (at least one).
    pub(crate) count: usize,
    /// The lexer at the start of the run's last token: what the search reads before the token
    /// after the gap (the grammar's `before`).
    pub(crate) last: Lexer,
}

/// What [`Skimmer::skim_next`] found.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Skimmed {
    Token(Token),
    Gap(Gap),
    NeedMore,
    End,
}

/// How many of a run's last tokens the skimmer remembers: enough to keep
/// [`KEEP_BEFORE_NUMBER`] of them out of the gap and to know where the rest ends.
const RECENT: usize = KEEP_BEFORE_NUMBER + 1;

/// The run being read: the lexer at its first token, its length, and its last tokens, each as
/// the lexer at its start (reading from there gives the token again) and its end.
#[derive(Debug, Clone, Copy)]
struct Run {
    from: Lexer,
    count: usize,
    /// Token `k` of the run (counting from 0) is at `recent[k % RECENT]` while it is one of the
    /// last [`RECENT`].
    recent: [(Lexer, usize); RECENT],
}

impl Run {
    fn start(&self) -> usize {
        self.from.pos()
    }

    /// Add the token that starts where `at` is and ends at `end`.
    #[inline]
    fn push(&mut self, at: Lexer, end: usize) {
        if let Some(slot) = self.recent.get_mut(self.count % RECENT) {
            *slot = (at, end);
        }
        self.count += 1;
    }
}

/// The lexer, with runs of tokens the search need not see folded into gaps (when `on`).
#[derive(Debug, Clone)]
pub(crate) struct Skimmer {
    lexer: Lexer,
    on: bool,
    /// Tokens read and not yet handed out (they came after a gap handed out first).
    queue: VecDeque<Token>,
    run: Option<Run>,
    /// Tokens still to hand out as they are, after a token the search reads.
    after: usize,
    /// Whether runs are folded into gaps: only after [`ENGAGE_AFTER`] tokens in a row that the
    /// search would step over, handed out as they are (`loud`: the engine's index of the last
    /// token that it would not step over, and the token after it).
    engaged: bool,
    loud: usize,
}

/// How many tokens in a row the search would step over are handed out as they are before the
/// skimmer folds runs again (at the start and after each token the search reads). Past the
/// reach of what reads on from a match ([`TEXT_REACH`](super::stream): the year near a date and
/// its verb, 56 tokens), so that in text with dates every few sentences no gap is made only to
/// be turned back; prose without dates loses these tokens once.
const ENGAGE_AFTER: usize = 64;

/// Whether a token handed out as it is counts towards [`ENGAGE_AFTER`]: one the search would
/// step over (a word before a word unknown to the vocabulary too).
#[inline]
fn quiet(t: &Token) -> bool {
    match t.kind {
        Kind::Num(_) => false,
        Kind::Punct(_) | Kind::Word(None) => true,
        Kind::Word(Some(w)) => read_past(w) || read_past_before_plain(w),
    }
}

impl Skimmer {
    /// A skimmer that folds runs into gaps when `on`, and otherwise hands out every token.
    pub(crate) fn new(on: bool) -> Skimmer {
        let queue = VecDeque::new();
        Skimmer { lexer: Lexer::new(), on, queue, run: None, after: 0, engaged: false, loud: 0 }
    }

    /// The first byte of the text the skimmer still needs (the caller may drop what is before).
    pub(crate) fn keep_from(&self) -> usize {
        // Queued tokens come before the run, if both are held.
        match (self.queue.front(), &self.run) {
            (Some(t), _) => t.start,
            (None, Some(run)) => run.start(),
            (None, None) => self.lexer.pos(),
        }
    }

    /// The caller dropped the first `by` bytes of its text (all before [`Skimmer::keep_from`]).
    pub(crate) fn rebase(&mut self, by: usize) {
        self.lexer.rebase(by);
        for t in &mut self.queue {
            t.start -= by;
            t.end -= by;
        }
        if let Some(run) = &mut self.run {
            run.from.rebase(by);
            let live = run.count.min(RECENT);
            for k in run.count - live..run.count {
                if let Some((lexer, end)) = run.recent.get_mut(k % RECENT) {
                    lexer.rebase(by);
                    *end -= by;
                }
            }
        }
    }

    /// The lexer, when the next token is the lexer's as it is: the prefilter off, or not
    /// engaged with nothing held. (Text dense with dates reads almost every token so: the
    /// engine calls the lexer itself, and [`Skimmer::took`] with each token.)
    #[inline]
    pub(crate) fn plain(&mut self) -> Option<&mut Lexer> {
        // (Never engaged when off, and then nothing is ever held; no run is read while not
        // engaged.)
        debug_assert!(self.engaged || self.run.is_none());
        if !self.engaged && self.queue.is_empty() { Some(&mut self.lexer) } else { None }
    }

    /// The token `t` was read from [`Skimmer::plain`]'s lexer, and is the engine's token
    /// `index` (gaps counting one).
    #[inline]
    pub(crate) fn took(&mut self, t: &Token, index: usize) {
        if !quiet(t) {
            self.loud = index + 1;
        } else if index >= self.loud + ENGAGE_AFTER && self.on {
            self.engaged = true;
        }
    }

    /// The next token or gap of `text` (the text read so far; `complete` when it is all) when
    /// [`Skimmer::plain`] is not.
    #[inline(never)]
    pub(crate) fn skim_next(&mut self, text: &str, complete: bool, index: usize) -> Skimmed {
        loop {
            if let Some(t) = self.queue.pop_front() {
                if !self.engaged {
                    self.took(&t, index);
                }
                return Skimmed::Token(t);
            }
            if self.on && self.after == 0 && self.engaged {
                // The common tokens of running text, read past without being made.
                // (A run that starts now starts at or after the lexer's position.)
                let limit = match &self.run {
                    Some(run) => run.start(),
                    None => self.lexer.pos(),
                } + MAX_GAP_BYTES;
                let run = &mut self.run;
                let filter = stop_filter();
                let word = |word: &str, exact: bool| skim_word(filter, word, exact);
                self.lexer.skim(text, complete, limit, word, |at, end| match run {
                    Some(run) => run.push(at, end),
                    None => *run = Some(Run { from: at, count: 1, recent: [(at, end); RECENT] }),
                });
            }
            let before = self.lexer;
            let t = match self.lexer.next(text, complete) {
                Lexed::Token(t) => t,
                Lexed::NeedMore => {
                    // Hand out what is known to be a gap: all but the last tokens, which may
                    // stand before a number.
                    return match self.split(text, complete, KEEP_BEFORE_NUMBER, true) {
                        Some(gap) => Skimmed::Gap(gap),
                        None => Skimmed::NeedMore,
                    };
                }
                Lexed::End => {
                    // (A run too short for a gap ends with its tokens queued: hand them out.)
                    return match self.split(text, complete, 0, false) {
                        Some(gap) => Skimmed::Gap(gap),
                        None if !self.queue.is_empty() => continue,
                        None => Skimmed::End,
                    };
                }
            };
            if !self.on {
                return Skimmed::Token(t);
            }
            if !self.engaged && self.run.is_none() {
                self.took(&t, index);
                return Skimmed::Token(t);
            }
            if !skippable(&t) {
                self.after = KEEP_AFTER;
                // (A word the search steps over before a plain word, not before this one,
                // reads nothing yet: the skimmer stays engaged.)
                if !quiet(&t) {
                    (self.engaged, self.loud) = (false, index);
                }
                // (A rough count reads back to its unit: `মাস তিনেক আগে`.)
                let keep = match t.kind {
                    Kind::Num(_) => KEEP_BEFORE_NUMBER,
                    // (… as a day word reads back to the named year before it: `নব্বইয়ের
                    // ছয়ই ডিসেম্বর`.)
                    // (… and a month's name to the number word before it: `ত্রিশ নভেম্বর`,
                    // `বিশ জানুয়ারি`, whose first word is stepped over elsewhere.)
                    Kind::Word(Some(
                        Word::RoughCount(_)
                        | Word::DayWord(_)
                        | Word::CardinalDay(_)
                        | Word::GregMonth(_)
                        | Word::BanglaMonth(_)
                        | Word::AssameseMonth(_),
                    )) => 1,
                    _ => 0,
                };
                let gap = self.split(text, complete, keep, false);
                self.queue.push_back(t);
                match gap {
                    Some(gap) => return Skimmed::Gap(gap),
                    None => continue,
                }
            }
            if self.after > 0 {
                self.after -= 1;
                return Skimmed::Token(t);
            }
            // A run ends before a paragraph break (the next starts with it: its last tokens are
            // handed out as they are) and at its length (its last tokens go on in the next).
            let cut = match &self.run {
                Some(_) if t.starts_paragraph() => Some(false),
                Some(run) if t.end > run.start() + MAX_GAP_BYTES => Some(true),
                _ => None,
            };
            let gap = cut.and_then(|carry| self.split(text, complete, KEEP_BEFORE_NUMBER, carry));
            let at = before.at_token(&t);
            match &mut self.run {
                Some(run) => run.push(at, t.end),
                None => {
                    self.run = Some(Run { from: at, count: 1, recent: [(at, t.end); RECENT] });
                }
            }
            if let Some(gap) = gap {
                return Skimmed::Gap(gap);
            }
        }
    }

    /// End the run: a gap of all its tokens but the last `keep`, which are read again and go to
    /// the queue to be handed out as they are — or, when `carry`, stay as the start of a run
    /// that goes on. `None` when fewer than [`MIN_GAP`] tokens would make the gap: the run then
    /// goes on unchanged if `carry`, else ends with all its tokens read again and queued.
    fn split(&mut self, text: &str, complete: bool, keep: usize, carry: bool) -> Option<Gap> {
        let run = self.run?;
        let keep = keep.min(run.count);
        let gap_count = run.count - keep;
        if gap_count < MIN_GAP {
            if !carry {
                // Too short for a gap: its tokens are handed out as they are.
                self.run = None;
                let mut lexer = run.from;
                for _ in 0..run.count {
                    if let Lexed::Token(t) = lexer.reread(text, complete) {
                        self.queue.push_back(t);
                    }
                }
            }
            return None;
        }
        self.run = None;
        let kept = (run.count - keep..run.count).filter_map(|k| run.recent.get(k % RECENT));
        if carry {
            for &(at, end) in kept {
                match &mut self.run {
                    Some(run) => run.push(at, end),
                    None => {
                        self.run = Some(Run { from: at, count: 1, recent: [(at, end); RECENT] })
                    }
                }
            }
        } else {
            for &(at, _) in kept {
                let mut lexer = at;
                if let Lexed::Token(t) = lexer.reread(text, complete) {
                    self.queue.push_back(t);
                }
            }
        }
        // The gap ends where its last token does (one of the last `RECENT`, as `keep` is at
        // most `KEEP_BEFORE_NUMBER`).
        let from = run.from;
        let (last, end) =
            run.recent.get((gap_count - 1) % RECENT).copied().unwrap_or((from, from.pos()));
        let token = Token {
            kind: Kind::Word(None),
            start: from.pos(),
            end,
            space_before: from.space_before(),
            breaks_before: from.breaks(),
        };
        Some(Gap { token, from, count: gap_count, last })
    }
}

/// Whether the search may step over a known word `w` that a word unknown to the vocabulary
/// follows: the grammar, started there, reads the two words, finds nothing that stands as a
/// date, and reads no further. These are the words that join an expression only to what
/// follows them (a label, a direction, an approximation: `সময়`, `এই`, `প্রায়`), common in
/// prose. (A month is noted by the search, and almanac words mark the paragraph: never.)
pub(crate) fn read_past_before_plain(w: Word) -> bool {
    matches!(
        w,
        Word::Label { .. }
            | Word::DateWord
            | Word::Approx
            | Word::Exactly
            | Word::Direction(_)
            | Word::Nth(-1)
            | Word::Deep
            | Word::Dibagoto
            | Word::Local
            | Word::Anaphoric(_)
            | Word::Fraction(_)
    )
}

/// What the fast path does with the Bengali word `word` (see [`Skim`]); `exact` after a word
/// that waits for one unknown to the vocabulary (the filter does not tell a word of the
/// vocabulary that the search need not see from one unknown to it). Most words are told apart
/// by the [`StopFilter`] without a look-up.
#[inline]
fn skim_word(filter: &StopFilter, word: &str, exact: bool) -> Skim {
    filter.verdict(word.as_bytes(), exact).unwrap_or_else(|| lookup_skim(word))
}

/// [`skim_word`] by looking the word up.
fn lookup_skim(word: &str) -> Skim {
    match super::words::lookup_folded(word, super::words::needs_folding(word.as_bytes())) {
        None if TWO_WORD_FIRSTS.contains(&word) => Skim::Stop,
        None => Skim::Plain,
        Some(Word::NumberLabel) => Skim::Stop,
        Some(w) if read_past(w) => Skim::Past,
        Some(w) if read_past_before_plain(w) => Skim::BeforePlain,
        Some(_) => Skim::Stop,
    }
}

/// Bits for each *signature* (a hash of a word's first and last eight bytes and its length)
/// that a word of the vocabulary may have as written — in either encoding of য় ড় ঢ়, with ো and
/// ৌ in one part or two, with ৰ for র: whether a word of the vocabulary has it ([`KNOWN`]), a
/// word the search must see ([`STOP`], and the first words of two-word Hijri months), a word
/// it need not see before a word unknown to the vocabulary ([`BEFORE_PLAIN`]). Most words are
/// told from their signature alone; the others are looked up. Words ending in ঃ (looked up
/// without it) and in বার or রার (misspelt weekdays) always are. Words with joiners or apostrophes
/// never come here: the fast path leaves them to the lexer.
struct StopFilter {
    /// Four bits per signature, sixteen signatures to a word.
    bits: Vec<u64>,
}

const KNOWN: u64 = 1;
const STOP: u64 = 2;
const BEFORE_PLAIN: u64 = 4;

/// The precomposed nukta letters and their base letters (the key holds base + nukta).
const NUKTA_LETTERS: [(char, char); 3] =
    [('\u{09AF}', '\u{09DF}'), ('\u{09A1}', '\u{09DC}'), ('\u{09A2}', '\u{09DD}')];
const NUKTA: char = '\u{09BC}';
const E_SIGN: char = '\u{09C7}';
/// ো and ৌ, and the second part each is written with after ে.
const TWO_PART: [(char, char); 2] = [('\u{09CB}', '\u{09BE}'), ('\u{09CC}', '\u{09D7}')];
const RA: char = '\u{09B0}';
const ASSAMESE_RA: char = '\u{09F0}';

/// Signatures told apart by the [`StopFilter`] (32 KiB).
const SIGNATURES: usize = 1 << 16;

impl StopFilter {
    fn build() -> StopFilter {
        let mut filter = StopFilter { bits: vec![0; SIGNATURES / 16] };
        super::words::each_entry(|word, meaning| {
            let class = match meaning {
                Word::NumberLabel => STOP,
                w if read_past(w) => 0,
                w if read_past_before_plain(w) => BEFORE_PLAIN,
                _ => STOP,
            };
            let mut buf = [0u8; super::words::MAX_KEY];
            if let Some(key) = super::words::word_key(word, &mut buf) {
                filter.add_key(std::str::from_utf8(key).unwrap_or_default(), KNOWN | class);
            }
        });
        for first in TWO_WORD_FIRSTS {
            filter.add_key(first, KNOWN | STOP);
        }
        filter
    }

    /// Set `class` for every way `key` (a folded key) may be written.
    fn add_key(&mut self, key: &str, class: u64) {
        let chars: Vec<char> = key.chars().collect();
        if chars.is_empty() || !chars.iter().all(|c| ('\u{0980}'..='\u{09FF}').contains(c)) {
            return; // never read by the fast path
        }
        let mut forms: Vec<Vec<char>> = vec![Vec::new()];
        let mut k = 0;
        while let Some(&c) = chars.get(k) {
            let composed = NUKTA_LETTERS
                .iter()
                .find(|&&(base, _)| base == c && chars.get(k + 1) == Some(&NUKTA))
                .map(|&(_, letter)| letter);
            let split = TWO_PART.iter().find(|&&(whole, _)| whole == c).map(|&(_, second)| second);
            let mut next = Vec::new();
            for form in &forms {
                let mut with = |tail: &[char]| {
                    let mut f = form.clone();
                    f.extend_from_slice(tail);
                    next.push(f);
                };
                match (composed, split) {
                    (Some(letter), _) => {
                        with(&[c, NUKTA]);
                        with(&[letter]);
                    }
                    // (Also typed in the order the halves are seen: া before ে.)
                    (_, Some(second)) => {
                        with(&[c]);
                        with(&[E_SIGN, second]);
                        with(&[second, E_SIGN]);
                    }
                    _ => with(&[c]),
                }
            }
            forms = next;
            k += if composed.is_some() { 2 } else { 1 };
        }
        for form in forms {
            // ৰ for র where the signature reads it: the first and last three letters.
            let n = form.len();
            let ras: Vec<usize> =
                (0..n).filter(|&k| (k < 3 || k + 3 >= n) && form.get(k) == Some(&RA)).collect();
            for choice in 0..1u32 << ras.len() {
                let mut form = form.clone();
                for (bit, &k) in ras.iter().enumerate() {
                    if choice & (1 << bit) != 0 {
                        if let Some(c) = form.get_mut(k) {
                            *c = ASSAMESE_RA;
                        }
                    }
                }
                let written: String = form.into_iter().collect();
                let s = signature(written.as_bytes());
                if let Some(w) = self.bits.get_mut(s / 16) {
                    *w |= class << (4 * (s % 16));
                }
            }
        }
    }

    /// What to do with `word` (Bengali letters only, as the fast path reads it), if its
    /// signature tells; `exact` when a word of the vocabulary that the search need not see is
    /// not good enough ([`Skim::Past`] stands for it and for a word unknown to the vocabulary).
    #[inline]
    fn verdict(&self, word: &[u8], exact: bool) -> Option<Skim> {
        let s = signature(word);
        let class = self.bits.get(s / 16).map_or(STOP, |w| (w >> (4 * (s % 16))) & 0xF);
        let tail = last_eight(word);
        // ঃ (E0 A6 83) last, or বার (E0 A6 AC E0 A6 BE E0 A6 B0), or রার (its ব typed as র:
        // E0 A6 B0 E0 A6 BE E0 A6 B0).
        if tail >> 40 == 0x83_A6_E0
            || tail == 0xB0_A6_E0_BE_A6_E0_AC_A6
            || tail == 0xB0_A6_E0_BE_A6_E0_B0_A6
        {
            return None;
        }
        match class {
            0 => Some(Skim::Plain),
            c if c & STOP != 0 => None,
            c if c & BEFORE_PLAIN != 0 => Some(Skim::BeforePlain),
            _ if exact => None,
            _ => Some(Skim::Past),
        }
    }
}

/// A word's last eight bytes as a little-endian integer (fewer, zero-filled, if shorter).
#[inline]
fn last_eight(word: &[u8]) -> u64 {
    match word.len().checked_sub(8).and_then(|k| word.get(k..)).map(<[u8; 8]>::try_from) {
        Some(Ok(tail)) => u64::from_le_bytes(tail),
        // (One or two letters: a short loop, not a call to copy.)
        _ => word.iter().rev().fold(0, |bits, &b| (bits << 8) | u64::from(b)),
    }
}

/// The filter's signature of a word: a hash of its first and last eight bytes (its first two
/// letters and a byte of the third, and the same at its end) and its length.
#[inline]
fn signature(word: &[u8]) -> usize {
    let head = match word.get(..8).map(<[u8; 8]>::try_from) {
        Some(Ok(head)) => u64::from_le_bytes(head),
        _ => last_eight(word),
    };
    let key = head ^ last_eight(word).rotate_left(29) ^ (word.len() as u64);
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - 16)) as usize
}

fn stop_filter() -> &'static StopFilter {
    static FILTER: std::sync::OnceLock<StopFilter> = std::sync::OnceLock::new();
    FILTER.get_or_init(StopFilter::build)
}

#[cfg(test)]
mod tests {
    use std::io::{self, Read};

    use chrono::NaiveDate;
    use proptest::prelude::*;

    use super::super::grammar::Grammar;
    use super::super::lexer::lex;
    use super::super::stream::{ExtractReader, Window};
    use super::super::words::{each_entry, lookup};
    use super::super::{Extract, Match, Parser};
    use super::*;
    use crate::Error;

    /// Words unknown to the vocabulary, of the shapes prose has: with য় in either encoding, a
    /// ZWNJ, an apostrophe, ending like a weekday (পরিবার) or a future verb, Latin script.
    const PLAIN: &[&str] = &[
        "রাজধানীর",
        "বিভিন্ন",
        "এলাকায়",
        "এলাকায\u{09BC}",
        "যানজট",
        "নিয়েছে",
        "সড়কগুলোতে",
        "র\u{200C}্যাব",
        "ব'লে",
        "পরিবার",
        "এবার",
        "হবে",
        "করবেন",
        "কলম",
        "ক",
        "না",
        "হয়",
        "report",
        "ঘটনা",
        "\u{09A6}\u{09C7}\u{09BE}কান",
    ];

    /// Numbers, years and glued forms.
    const NUMBERS: &[&str] = &[
        "৫",
        "১২",
        "২০২৪",
        "১৯৭১",
        "১৪৩১",
        "১৪৪৫",
        "2025",
        "৭",
        "১৮৭৬",
        "২০১৭-১৮",
        "১০ঃ৩০",
        "১/১২",
        "২৯মে",
        "২০২৫-এ",
        "৩টায়",
        "১২৩৪৫৬৭৮৯০১২",
        "৫০০",
    ];

    /// Phrases of dates and what stands around them.
    const PHRASES: &[&str] = &[
        "প্রকাশ: ২৮ ডিসেম্বর ২০২৫",
        "২৩:২৯",
        "০৫:৪১ অপরাহ্ন, শুক্রবার, ",
        "০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ",
        "রোববার (২৮ ডিসেম্বর) রাত ১০টার দিকে",
        "২২শে জানুয়ারি থেকে ১০ই ফেব্রুয়ারি",
        "সকাল সাড়ে ৭টা পর্যন্ত",
        "১২ রবিউল আউয়াল ১৪৪৭",
        "৩২ জানুয়ারি",
        "গত বছরের ১০ মার্চ",
        "এ বছর",
        "এই সপ্তাহে",
        "আগামী শুক্রবার",
        "১৫ ই সেপ্টেম্বর শুভ দিনে , ১৮৭৬ সালে",
        "এসএসসি-২০০১",
        "বাড়ি নং ৫",
        "তিথি শুরু ২ মার্চ রাত ১টা",
        "জিলহজ মাস গণনা শুরু এই মাসের ১০ তারিখ",
        "২০২২ সালে শুরু হওয়া প্রকল্প ৩০ জুন শেষ হবে",
        "২৫, ২৬ ও ২৭ ফেব্রুয়ারি রোজ রবি, সোম ও মঙ্গলবার",
        "৩ বৈশাখ | 17 এপ্রিল | বুধবার",
        "January 2, 2026 at 8:05 PM",
        "ররিবার",
        "আজঃ",
        // A time later in the date's clause (up to eight words on), with labels between.
        "আগামী ১৪ মে বিভিন্ন এলাকায় নতুন সড়কগুলোতে হাইস্কুলে সকাল ১০ টা",
        "২৮ জুন গ্রুপের শেষ ম্যাচটি বাংলাদেশ সময় রাত ৮টায়",
        "২৪ মার্চ প্রথম রমজানে সেহরির শেষ সময় ভোররাত ৪টা ৩৯ মিনিট",
        "বাদ জোহর ২টায়",
        // An almanac's clock after দিন, and its range.
        "দিন ০৫:১৬:১৫",
        "দিন ০৯:৩২:৩৩ থেকে - ১২:৫৭:৩৫",
        "#তারিখ_০৫_০৩_২০২১ইং",
        "১২ রবি-উস-সানি ১৪৪৭",
        "৪।৭।৪৬",
        "৮।১২।২৪ তারিখে",
        "১৭ নভে ২০২৫",
        "১২ ডিসেম্বর ২০২০ | ৬:২৪ অপরাহ্ণ",
        "ডিসেম্বর ২০১৯",
        "জুলাই গণ-অভ্যুত্থান",
        "শকাব্দ ১৯৪৩-১৯৪৪",
        "সংবৎ ২০৭৮",
        "কলি: ৫১২৭",
    ];

    const PUNCT: &[&str] =
        &[",", "।", "-", "/", ":", "(", ")", "'", "\"", "?", "!", ".", "|", "॥", "৷", "—"];

    const SPACE: &[&str] = &[
        " ", " ", " ", " ", "  ", "", "\n", "\n\n", "\t", "\u{A0}", "\u{200C}", "\u{200D}", "\r\n",
    ];

    /// Every spelling the vocabulary lists, and the first words of the two-word Hijri months.
    fn vocabulary() -> Vec<String> {
        let mut words = Vec::new();
        each_entry(|w, _| words.push(w.to_owned()));
        words.extend(TWO_WORD_FIRSTS.iter().map(|w| (*w).to_owned()));
        words
    }

    /// A piece of text: a known word, a plain word, a number, a phrase, punctuation, or a run
    /// of prose long enough for gaps to be cut and the window to move.
    fn piece(vocabulary: Vec<String>) -> impl Strategy<Value = String> {
        let prose = (1usize..400).prop_map(|n| {
            (0..n).map(|k| PLAIN.get(k % 7).copied().unwrap_or("ক")).collect::<Vec<_>>().join(" ")
        });
        prop_oneof![
            4 => proptest::sample::select(vocabulary),
            4 => proptest::sample::select(PLAIN).prop_map(str::to_owned),
            2 => proptest::sample::select(NUMBERS).prop_map(str::to_owned),
            2 => proptest::sample::select(PHRASES).prop_map(str::to_owned),
            2 => proptest::sample::select(PUNCT).prop_map(str::to_owned),
            1 => prose,
        ]
    }

    fn text(max: usize) -> impl Strategy<Value = String> {
        let unit = (piece(vocabulary()), proptest::sample::select(SPACE));
        proptest::collection::vec(unit, 0..max)
            .prop_map(|v| v.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
    }

    fn parsers() -> [Parser; 2] {
        let reference = NaiveDate::from_ymd_opt(2025, 12, 30).and_then(|d| d.and_hms_opt(9, 0, 0));
        [Parser::new(), Parser::new().reference(reference.unwrap_or_default())]
    }

    fn filtered(parser: Parser, text: &str) -> Vec<Result<Match, Error>> {
        Extract { text, window: Window::with_prefilter(parser, true) }.collect()
    }

    fn unfiltered(parser: Parser, text: &str) -> Vec<Result<Match, Error>> {
        Extract { text, window: Window::with_prefilter(parser, false) }.collect()
    }

    /// A reader that hands out `bytes` in pieces of the given lengths (the last repeats).
    struct Pieces<'a> {
        bytes: &'a [u8],
        lengths: Vec<usize>,
        next: usize,
    }

    impl Read for Pieces<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let want = self.lengths.get(self.next).or(self.lengths.last()).copied().unwrap_or(1);
            self.next += 1;
            let n = want.max(1).min(buf.len()).min(self.bytes.len());
            let (now, later) = self.bytes.split_at(n);
            buf[..n].copy_from_slice(now);
            self.bytes = later;
            Ok(n)
        }
    }

    fn read(parser: Parser, text: &str, lengths: Vec<usize>) -> Vec<Result<Match, Error>> {
        ExtractReader::new(parser, Pieces { bytes: text.as_bytes(), lengths, next: 0 }).collect()
    }

    /// The tokens of a run too short for a gap are handed out as they are, at the end of the
    /// text too (পর্যন্ত there makes the time a range's end).
    #[test]
    fn a_short_run_at_the_end_is_handed_out() {
        for text in ["সকাল সাড়ে ৭টা পর্যন্ত ", "সকাল সাড়ে ৭টা পর্যন্ত"]
        {
            for parser in parsers() {
                let found = filtered(parser, text);
                assert!(matches!(found.as_slice(), [Ok(m)] if m.role == crate::parse::Role::Until));
                assert_eq!(found, unfiltered(parser, text));
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// The prefilter changes no answer: the same matches and errors, in the same order, with
        /// the same spans, as the search that sees every token.
        #[test]
        fn the_prefilter_finds_the_same_matches(text in text(40)) {
            for parser in parsers() {
                prop_assert_eq!(filtered(parser, &text), unfiltered(parser, &text));
            }
        }

        /// … and so does a stream read in pieces, cut anywhere.
        #[test]
        fn a_stream_in_pieces_finds_the_same_matches(
            text in text(40),
            lengths in proptest::collection::vec(1usize..64, 1..12),
            split in any::<prop::sample::Index>(),
        ) {
            for parser in parsers() {
                let whole = unfiltered(parser, &text);
                prop_assert_eq!(&read(parser, &text, lengths.clone()), &whole);
                let at = split.index(text.len() + 1);
                prop_assert_eq!(&read(parser, &text, vec![at, text.len()]), &whole, "split at {}", at);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// Short texts, cut at every byte.
        #[test]
        fn a_stream_cut_at_every_byte_finds_the_same_matches(text in text(8)) {
            let parser = Parser::new();
            let whole = unfiltered(parser, &text);
            for at in 0..=text.len() {
                prop_assert_eq!(&read(parser, &text, vec![at, text.len()]), &whole, "split at {}", at);
            }
        }

        /// The fast path reads exactly the tokens the lexer reads, however much of the text is
        /// in hand.
        #[test]
        fn skimming_reads_the_lexers_tokens(text in text(30), cut in any::<prop::sample::Index>()) {
            let mut end = cut.index(text.len() + 1);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            for (part, complete) in [(&text[..], true), (&text[..end], false)] {
                let mut lexer = Lexer::new();
                let mut plain = Vec::new();
                while let Lexed::Token(t) = lexer.next(part, complete) {
                    plain.push(t);
                }
                prop_assert_eq!(skimmed(part, complete), plain);
            }
        }
    }

    /// The tokens of `text`, read through the fast path and the lexer in turn: each token the
    /// fast path reports, read again from the lexer it gave.
    fn skimmed(text: &str, complete: bool) -> Vec<Token> {
        let filter = stop_filter();
        let mut lexer = Lexer::new();
        let mut out = Vec::new();
        loop {
            let mut seen = Vec::new();
            let word = |w: &str, exact: bool| skim_word(filter, w, exact);
            lexer.skim(text, complete, usize::MAX, word, |at, end| seen.push((at, end)));
            for (mut at, end) in seen {
                let Lexed::Token(t) = at.next(text, complete) else { panic!("a token is read") };
                assert_eq!(t.end, end);
                out.push(t);
            }
            match lexer.next(text, complete) {
                Lexed::Token(t) => out.push(t),
                Lexed::NeedMore | Lexed::End => return out,
            }
        }
    }

    /// A word the search steps over starts nothing, whatever follows it but a number: started
    /// there, the grammar reads at most that token and the next, and finds nothing. (A gap
    /// ends [`KEEP_BEFORE_NUMBER`] tokens before a number, so the token after a word in a gap
    /// is none; `দিন` starts an almanac's clock, `দিন ০৫:১৬`, only before one.) The next token
    /// is each meaning of the vocabulary, words unknown to it and punctuation, and the end.
    #[test]
    fn words_read_past_start_nothing() {
        // One spelling of each meaning, words unknown to the vocabulary, punctuation.
        let mut next: Vec<String> = Vec::new();
        let mut meanings = Vec::new();
        each_entry(|word, meaning| {
            if !meanings.contains(&meaning) {
                meanings.push(meaning);
                next.push(word.to_owned());
            }
        });
        next.extend(PLAIN.iter().chain(PUNCT).map(|w| (*w).to_owned()));
        each_entry(|word, meaning| {
            if !read_past(meaning) {
                return;
            }
            let mut toks = Vec::new();
            lex(word, &mut toks);
            // (An entry that is read as another word or as several is looked at as such.)
            let [t] = toks[..] else { return };
            if t.word() != Some(meaning) {
                return;
            }
            // (The grammar over the first two tokens asks for no more: it reads no more.)
            let g = Grammar::new(toks.get(..2).unwrap_or(&toks), word);
            let found = g.chain(0);
            assert!(g.wanted.get() <= 2, "{word} reads on");
            assert!(matches!(found, Ok(None)), "{word} starts something");
            for after in &next {
                let text = format!("{word} {after}");
                let mut toks = Vec::new();
                lex(&text, &mut toks);
                // (A rough count is kept out of gaps with the unit before it, a day word with
                // the named year before it, and a month's name with the number word before it,
                // as a number is with what it looks back at.)
                let count = |t: &Token| {
                    t.num().is_some()
                        || matches!(
                            t.word(),
                            Some(
                                Word::RoughCount(_)
                                    | Word::DayWord(_)
                                    | Word::CardinalDay(_)
                                    | Word::GregMonth(_)
                                    | Word::BanglaMonth(_)
                                    | Word::AssameseMonth(_)
                            )
                        )
                };
                if toks.get(1).is_some_and(count) {
                    continue;
                }
                two_tokens_start_nothing(toks.get(..2).unwrap_or(&toks), &text);
            }
        });
    }

    /// The grammar over two tokens of `text` asks for no third and finds no match there.
    fn two_tokens_start_nothing(toks: &[Token], text: &str) {
        let g = Grammar::new(toks, text);
        let found = g.chain(0);
        assert!(g.wanted.get() <= 2, "{text} reads on");
        match found {
            Ok(None) => {}
            Ok(Some((chain, _))) => assert!(!chain.is_strong(), "{text} is a match"),
            Err(_) => panic!("{text} is an error"),
        }
    }

    /// A word the search steps over before a plain word starts nothing there: started there,
    /// the grammar reads the two words and finds no match.
    #[test]
    fn words_read_past_before_a_plain_word_start_nothing() {
        each_entry(|word, meaning| {
            if !read_past_before_plain(meaning) {
                return;
            }
            for plain in PLAIN.iter().filter(|p| lookup(p).is_none()) {
                for space in [" ", "   "] {
                    let text = format!("{word}{space}{plain}");
                    let mut toks = Vec::new();
                    lex(&text, &mut toks);
                    let [w, p] = toks[..] else { continue };
                    if w.word() != Some(meaning) || p.kind != Kind::Word(None) {
                        continue;
                    }
                    two_tokens_start_nothing(&toks, &text);
                }
            }
        });
    }

    /// Every way a word of the vocabulary may be written: both encodings of য় ড় ঢ়, ো and ৌ in
    /// one part or two (in either order), ৰ for র (written out here, apart from the filter's own list).
    fn spellings(word: &str) -> Vec<String> {
        let mut out = vec![String::new()];
        let chars: Vec<char> = word.chars().collect();
        let mut k = 0;
        while let Some(&c) = chars.get(k) {
            let next = chars.get(k + 1).copied();
            let choices: Vec<String> = match (c, next) {
                ('য' | 'ড' | 'ঢ', Some('\u{09BC}')) => {
                    k += 1;
                    let composed = match c {
                        'য' => '\u{09DF}',
                        'ড' => '\u{09DC}',
                        _ => '\u{09DD}',
                    };
                    vec![format!("{c}\u{09BC}"), composed.to_string()]
                }
                ('\u{09DF}', _) => vec!["য\u{09BC}".into(), c.to_string()],
                ('\u{09DC}', _) => vec!["ড\u{09BC}".into(), c.to_string()],
                ('\u{09DD}', _) => vec!["ঢ\u{09BC}".into(), c.to_string()],
                ('\u{09CB}', _) => {
                    vec![c.to_string(), "\u{09C7}\u{09BE}".into(), "\u{09BE}\u{09C7}".into()]
                }
                ('\u{09CC}', _) => {
                    vec![c.to_string(), "\u{09C7}\u{09D7}".into(), "\u{09D7}\u{09C7}".into()]
                }
                ('র', _) => vec![c.to_string(), "\u{09F0}".into()],
                _ => vec![c.to_string()],
            };
            out = out.iter().flat_map(|s| choices.iter().map(move |c| format!("{s}{c}"))).collect();
            out.truncate(256);
            k += 1;
        }
        out
    }

    /// The filter never lets through a word the search must see, however it is written: what
    /// it tells without a look-up is never more than the look-up allows.
    #[test]
    fn the_filter_lets_no_word_through_that_must_be_seen() {
        let filter = stop_filter();
        let allows = |fast: Skim, truth: Skim, word: &str, exact: bool| match fast {
            Skim::Plain => assert_eq!(truth, Skim::Plain, "{word} ({exact})"),
            Skim::Past => {
                assert!(matches!(truth, Skim::Plain | Skim::Past), "{word} ({exact})");
            }
            Skim::BeforePlain => assert_ne!(truth, Skim::Stop, "{word} ({exact})"),
            Skim::Stop => {}
        };
        let mut words = vocabulary();
        // Weekdays misspelt by one letter, and words with a visarga for a colon.
        for day in ["রবিবার", "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার"]
        {
            let chars: Vec<char> = day.chars().collect();
            for k in 0..chars.len() {
                for c in ['র', 'ক', 'ো', 'ি'] {
                    let mut typo = chars.clone();
                    typo[k] = c;
                    words.push(typo.iter().collect());
                    let mut typo = chars.clone();
                    typo.insert(k, c);
                    words.push(typo.iter().collect());
                }
                let mut typo = chars.clone();
                typo.remove(k);
                words.push(typo.iter().collect());
            }
        }
        words.extend(["আজঃ", "বৃহঃ", "নম্বরঃ", "সময়ঃ"].map(str::to_owned));
        for word in words {
            for written in spellings(&word) {
                // The fast path reads words of Bengali letters only.
                if !written.chars().all(|c| ('\u{0980}'..='\u{09FF}').contains(&c))
                    || written.chars().any(|c| ('\u{09E6}'..='\u{09EF}').contains(&c) || c == '৷')
                {
                    continue;
                }
                let truth = lookup_skim(&written);
                for exact in [false, true] {
                    allows(skim_word(filter, &written, exact), truth, &written, exact);
                }
            }
        }
    }
}

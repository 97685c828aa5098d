//! Splits text into numbers, words and punctuation, each with its byte span in the original text.
//!
//! The lexer never transforms the caller's string: words are folded into lookup keys on the side
//! (see [`super::words::word_key`]), so every span points into the original bytes.

use crate::digits::DigitScript;

use super::words::{self, Word};

/// A number as written: its value (saturated when too long), digit count and digit set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Num {
    pub(crate) value: u64,
    /// Digits written, leading zeros included; saturates at 255.
    pub(crate) digits: u8,
    pub(crate) script: DigitScript,
    /// The number continues another, glued after a `/`, `-`, `–` or `.` glued to it (`১২` in `১/১২`,
    /// `২৩` in `২০২২-২৩`), or follows নং / নম্বর / দং (`বাড়ি নং ৫`): it is not a day.
    pub(crate) numbered: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Num(Num),
    /// A run of Bengali or Latin letters, with its meaning if it is a known word.
    Word(Option<Word>),
    /// Any other character that is not white space.
    Punct(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) kind: Kind,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// White space (or an invisible joiner) separates this token from the previous one.
    pub(crate) space_before: bool,
    /// Line breaks in the white space before this token: 0, 1, or 2 for a paragraph break (an
    /// empty line, or U+2029). The start of the text counts as no break.
    pub(crate) breaks_before: u8,
}

impl Token {
    pub(crate) fn word(&self) -> Option<Word> {
        match self.kind {
            Kind::Word(w) => w,
            _ => None,
        }
    }

    pub(crate) fn num(&self) -> Option<Num> {
        match self.kind {
            Kind::Num(n) => Some(n),
            _ => None,
        }
    }

    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// Whether an empty line (or a paragraph separator) stands before this token: a hard
    /// boundary no match crosses.
    pub(crate) fn starts_paragraph(&self) -> bool {
        self.breaks_before >= PARAGRAPH
    }
}

/// [`Token::breaks_before`] of a paragraph break.
const PARAGRAPH: u8 = 2;

/// Characters that separate tokens without being punctuation: white space of every kind, and the
/// invisible joiners and marks that turn up around date phrases.
#[inline]
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Hijri month names of two words, found by their first word.
pub(crate) const TWO_WORD_FIRSTS: [&str; 6] =
    ["রবিউল", "রবিউস", "জমাদিউল", "জমাদিউস", "জুমাদাল", "জুমাদাস"];

/// The most bytes of white space read between the two words of a Hijri month name. Bounded so
/// that the lexer's lookahead is bounded (see [`LOOKAHEAD`]); real text has one space.
const MAX_TWO_WORD_GAP: usize = 16;

/// How many bytes past the end of a token the lexer may read to decide where the token ends
/// (a ZWJ/ZWNJ and the letter after it, or ে and the া after it: two three-byte characters).
/// A token that ends closer than this to the end of a partial text is not final yet.
const LOOKAHEAD: usize = 6;

/// The most bytes one token spans: a longer run of digits or letters is cut into tokens of at
/// most this length (no date part, and no word of the vocabulary, is anywhere near it), so that
/// reading a stream never holds more than this of a single token, however long the run. The cut
/// falls at the same place however the text is split into pieces.
pub(crate) const MAX_TOKEN_BYTES: usize = 1024;

/// `text` up to the cap of a token starting at `start` (on a character boundary).
fn capped(text: &str, start: usize) -> &str {
    let mut end = start.saturating_add(MAX_TOKEN_BYTES).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or(text)
}

/// Whether a token of `text` from `start` to `end` was cut at the cap (and so is complete).
fn cut_at_cap(text: &str, start: usize, end: usize) -> bool {
    end < text.len() && end + 4 > start + MAX_TOKEN_BYTES
}

/// What [`Lexer::skim`] does with a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Skim {
    /// A word unknown to the vocabulary: read past.
    Plain,
    /// A known word the search need not see: read past.
    Past,
    /// Read past if a word unknown to the vocabulary follows it (after spaces), else stop.
    BeforePlain,
    /// Stop before it.
    Stop,
}

/// Bytes [`Lexer::skim`] classifies at a time.
const BLOCK: usize = 64;

/// Where in `block` (its first [`BLOCK`] bytes; the two after them are read to classify the
/// last) a character starts that is not a Bengali letter, as a bit mask: any ASCII byte, the
/// first byte of a character of another script (the dari among them), of a Bengali digit and of
/// ৷. [`Lexer::skim`] looks at each: a space, ASCII punctuation or a dari ends a word; anything
/// else stops it. The other bytes of a character are never marked.
///
/// Written as one pass of comparisons over the block, which the compiler turns into vector
/// instructions (SSE2 on any x86-64), and packed into bits eight bytes at a time.
#[inline]
fn classify(block: &[u8; BLOCK + 2]) -> u64 {
    let mut marks = [0u8; BLOCK];
    let next = block.iter().skip(1).zip(block.iter().skip(2));
    for (mark, (&b, (&n, &nn))) in marks.iter_mut().zip(block.iter().zip(next)) {
        // U+0980..U+09FF are E0 A6 80..E0 A7 BF; the digits and ৷ are E0 A7 A6..AF and B7.
        let digit_or_danda = (nn.wrapping_sub(0xA6) < 10) | (nn == 0xB7);
        let letter = (b == 0xE0) & ((n == 0xA6) | ((n == 0xA7) & !digit_or_danda));
        let continuation = (b & 0xC0) == 0x80;
        *mark = u8::from(!(letter | continuation));
    }
    pack(&marks)
}

/// One bit per byte of `flags` (each 0 or 1), the first byte's the lowest.
#[inline]
fn pack(flags: &[u8; BLOCK]) -> u64 {
    let mut bits = 0u64;
    for (k, chunk) in flags.chunks_exact(8).enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        // The multiply gathers bit 0 of each byte into the top byte.
        bits |= (u64::from_le_bytes(word).wrapping_mul(0x0102_0408_1020_4080) >> 56) << (k * 8);
    }
    bits
}

/// Split `text` into tokens, appending them to `out`.
pub(crate) fn lex(text: &str, out: &mut Vec<Token>) {
    let mut lexer = Lexer::new();
    while let Lexed::Token(t) = lexer.next(text, true) {
        out.push(t);
    }
}

/// What [`Lexer::next`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lexed {
    Token(Token),
    /// The text ends before the next token is known to be complete: give more text.
    NeedMore,
    /// No more tokens: the text is complete and read to its end.
    End,
}

/// A lexer that produces one token at a time from a text that may be given in pieces.
///
/// The caller passes the text read so far on every call, with `complete` telling whether it is
/// all of it. A token is produced only once the bytes that decide it are in: its own bytes and
/// [`LOOKAHEAD`] more (or the end of a complete text), so the tokens are the same however the
/// text is split. The state is a position and two flags; [`Lexer::rebase`] moves it when the
/// caller drops text it no longer needs from the front.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lexer {
    /// Where the next token search starts.
    pos: usize,
    /// White space (or nothing, at the start) precedes `pos`.
    space_before: bool,
    /// The end of the last token if it was a number (a visarga right after it is a colon).
    num_end: Option<usize>,
    /// Line breaks seen since the last token (saturating at a paragraph break).
    breaks: u8,
    /// What the last tokens say about a number that follows (see [`Num::numbered`]).
    before: Before,
}

/// What the last tokens were, for [`Num::numbered`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Before {
    Other,
    /// A number.
    Num,
    /// A `/`, `-` or `.` glued to a number.
    Joiner,
    /// নং, নম্বর, দং (and a colon after it).
    Label,
}

impl Lexer {
    pub(crate) const fn new() -> Lexer {
        Lexer { pos: 0, space_before: true, num_end: None, breaks: 0, before: Before::Other }
    }

    /// The position up to which the text has been consumed.
    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    /// Whether white space (or the start of the text) comes before [`Lexer::pos`].
    pub(crate) fn space_before(&self) -> bool {
        self.space_before
    }

    /// Line breaks read since the last token.
    pub(crate) fn breaks(&self) -> u8 {
        self.breaks
    }

    /// The caller dropped the first `by` bytes of its text (all before [`Lexer::pos`]).
    pub(crate) fn rebase(&mut self, by: usize) {
        self.pos -= by;
        self.num_end = self.num_end.and_then(|e| e.checked_sub(by));
    }

    /// This lexer (as it was before it read `t`) moved on to the start of `t`, past the white
    /// space before it: reading from there gives `t` again, with the same flags, without the
    /// bytes before it (see `prefilter`).
    pub(crate) fn at_token(self, t: &Token) -> Lexer {
        Lexer { pos: t.start, space_before: t.space_before, breaks: t.breaks_before, ..self }
    }

    /// [`Lexer::next`] out of line, for the prefilter's reads of tokens read before (a gap
    /// turned back, a short run handed out): the one copy of `next` inlined is the engine's.
    #[inline(never)]
    pub(crate) fn reread(&mut self, text: &str, complete: bool) -> Lexed {
        self.next(text, complete)
    }

    /// The next token of `text` (the text read so far; `complete` when it is all the text).
    #[inline]
    pub(crate) fn next(&mut self, text: &str, complete: bool) -> Lexed {
        let bytes = text.as_bytes();
        // Whether a token ending at `end` is decided by the bytes in hand.
        let known = |start: usize, end: usize| {
            complete || end + LOOKAHEAD <= bytes.len() || cut_at_cap(text, start, end)
        };
        loop {
            let i = self.pos;
            let Some(&b) = bytes.get(i) else {
                return if complete { Lexed::End } else { Lexed::NeedMore };
            };
            let start = i;
            // Dispatch on bytes: Bengali (E0 A6/A7 ..) and ASCII need no decoding.
            if b == 0xE0 {
                match bytes.get(i + 1..i + 3) {
                    Some([0xA7, 0xA6..=0xAF]) => {
                        let (num, end) = scan_digits(capped(text, i), i);
                        if !known(i, end) {
                            return Lexed::NeedMore;
                        }
                        return self.emit(Kind::Num(num), start, end);
                    }
                    // A visarga standing alone between digits is a colon (`১০ঃ৩০`).
                    Some([0xA6, 0x83]) if self.num_end == Some(i) => {
                        if !known(i, i + 3) {
                            return Lexed::NeedMore;
                        }
                        return self.emit(Kind::Punct(':'), start, i + 3);
                    }
                    // ৷ (U+09F7), doubled as a danda on Tripura pages: punctuation, not a letter.
                    Some([0xA7, 0xB7]) => {}
                    Some([0xA6 | 0xA7, _]) => {
                        let (end, fold) = scan_bengali_word(capped(text, i), i);
                        let end = end.max(i + 3);
                        if !known(i, end) {
                            return Lexed::NeedMore;
                        }
                        let word_text = text.get(start..end).unwrap_or_default();
                        let mut word = words::lookup_folded(word_text, fold);
                        let mut end = end;
                        if word.is_none() && TWO_WORD_FIRSTS.contains(&word_text) {
                            if !known(end, end + MAX_TWO_WORD_GAP) {
                                return Lexed::NeedMore;
                            }
                            match two_word_hijri(text, start, end) {
                                Some((_, e)) if !known(start, e) => return Lexed::NeedMore,
                                Some((w, e)) => {
                                    word = Some(w);
                                    end = e;
                                }
                                None => {}
                            }
                        }
                        return self.emit(Kind::Word(word), start, end);
                    }
                    _ => {}
                }
            } else if b.is_ascii_digit() {
                let (num, end) = scan_digits(capped(text, i), i);
                if !known(i, end) {
                    return Lexed::NeedMore;
                }
                return self.emit(Kind::Num(num), start, end);
            }
            if b == b' ' {
                self.pos += 1;
                self.space_before = true;
                continue;
            }
            let c = if b < 0x80 {
                char::from(b)
            } else {
                let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                    return Lexed::End;
                };
                c
            };
            if c.is_ascii_alphabetic() {
                let mut end = i;
                let cap = i.saturating_add(MAX_TOKEN_BYTES);
                while end < cap && bytes.get(end).is_some_and(|b| b.is_ascii_alphabetic()) {
                    end += 1;
                }
                if !known(i, end) {
                    return Lexed::NeedMore;
                }
                let word = text.get(start..end).and_then(words::lookup);
                return self.emit(Kind::Word(word), start, end);
            } else if is_space(c) {
                self.pos += c.len_utf8();
                self.space_before = true;
                self.breaks = match c {
                    '\n' | '\u{2028}' | '\u{0B}' | '\u{0C}' | '\u{85}' => {
                        (self.breaks + 1).min(PARAGRAPH)
                    }
                    '\u{2029}' => PARAGRAPH,
                    _ => self.breaks,
                };
            } else {
                let end = i + c.len_utf8();
                if !known(i, end) {
                    return Lexed::NeedMore;
                }
                return self.emit(Kind::Punct(c), start, end);
            }
        }
    }

    /// Read past the tokens from [`Lexer::pos`] on that [`Lexer::next`] would hand out as
    /// Bengali words that `word` lets through ([`Skim`]; told whether the word follows one that
    /// waits for a word unknown to the vocabulary) and as punctuation, without making
    /// them: each is told to `seen` with the lexer at its start and its end, and the lexer is
    /// left as `next` would leave it after the last. Only the common tokens of running text
    /// are read so — single spaces, Bengali words, ASCII punctuation and the dari — a block of
    /// [`BLOCK`] bytes at a time ([`classify`]); it stops before anything else (a line break,
    /// a digit, another script, a joiner, a word `word` stops at, a token not known to be
    /// complete) for the caller to read with `next`, and after the first token that ends at or
    /// past `limit`.
    ///
    /// The prefilter's fast path (see `prefilter`): it runs only in the lexer's plain state
    /// (after a token that is not a number or a number's label, with no line break pending),
    /// which every token it reads leaves as it was.
    #[inline]
    pub(crate) fn skim(
        &mut self,
        text: &str,
        complete: bool,
        limit: usize,
        word: impl Fn(&str, bool) -> Skim,
        mut seen: impl FnMut(Lexer, usize),
    ) {
        if self.before != Before::Other || self.num_end.is_some() || self.breaks != 0 {
            return;
        }
        let bytes = text.as_bytes();
        // A token is complete once the bytes that could extend it are in (see `LOOKAHEAD`).
        let known = if complete { bytes.len() } else { bytes.len().saturating_sub(LOOKAHEAD) };
        // Where the next token (or the white space before it) starts, and the block there.
        let (mut cursor, mut space) = (self.pos, self.space_before);
        let mut base = cursor;
        // A word read past only if a word unknown to the vocabulary follows it.
        let mut pending: Option<(Lexer, usize)> = None;
        // (A word longer than a token may be is `next`'s to cut.)
        'blocks: while cursor < limit && base <= cursor + MAX_TOKEN_BYTES {
            let Some(block) = bytes.get(base..base + BLOCK + 2) else { break };
            let Ok(block) = <&[u8; BLOCK + 2]>::try_from(block) else { break };
            // (A dari at the end of the last block may have taken the first bytes of this one.)
            let mut marks = match cursor.saturating_sub(base) {
                0 => classify(block),
                taken => classify(block) & (u64::MAX << taken),
            };
            while marks != 0 {
                let at = base + marks.trailing_zeros() as usize;
                marks &= marks - 1;
                // What ends the word: a space, punctuation (one byte, or the dari's three), or
                // anything else, which stops the fast path.
                let (end, space_after) = match bytes.get(at..at + 3) {
                    Some([b' ', ..]) => (at + 1, true),
                    Some([0xE0, 0xA5, 0xA4 | 0xA5]) => (at + 3, false),
                    Some([b, ..]) if b.is_ascii_punctuation() && *b != b'\'' => (at + 1, false),
                    _ => (at, false),
                };
                if at > cursor {
                    // A Bengali word from `cursor` to `at` (a run of letters ended by a
                    // boundary; a word that a stop ends may go on, through a joiner: `next`'s).
                    if end == at || at > known || at - cursor > MAX_TOKEN_BYTES - 4 {
                        break 'blocks;
                    }
                    let text = text.get(cursor..at).unwrap_or_default();
                    let start = Lexer { pos: cursor, space_before: space, ..*self };
                    match (pending, word(text, pending.is_some())) {
                        (None, Skim::Plain | Skim::Past) => seen(start, at),
                        (None, Skim::BeforePlain) => pending = Some((start, at)),
                        (Some((first, end)), Skim::Plain) => {
                            pending = None;
                            seen(first, end);
                            seen(start, at);
                        }
                        _ => break 'blocks,
                    }
                    (cursor, space) = (at, false);
                }
                if end == at || cursor >= limit {
                    break 'blocks;
                }
                if space_after {
                    (cursor, space) = (end, true);
                } else {
                    // Punctuation, a token of its own (after which no word is waited for).
                    if end > known || pending.is_some() {
                        break 'blocks;
                    }
                    let start = Lexer { pos: cursor, space_before: space, ..*self };
                    seen(start, end);
                    (cursor, space) = (end, false);
                }
            }
            base += BLOCK;
        }
        // A word waiting for the next is left to `next` with it.
        if let Some((start, _)) = pending {
            (cursor, space) = (start.pos, start.space_before);
        }
        (self.pos, self.space_before) = (cursor, space);
    }

    #[inline]
    fn emit(&mut self, mut kind: Kind, start: usize, end: usize) -> Lexed {
        let (prev, glued) = (self.before, !self.space_before);
        self.before = match &mut kind {
            // Most tokens: a word.
            Kind::Word(None) => Before::Other,
            Kind::Num(n) => {
                n.numbered = (prev == Before::Joiner && glued) || prev == Before::Label;
                Before::Num
            }
            Kind::Punct('/' | '-' | '–' | '.') if prev == Before::Num && glued => Before::Joiner,
            Kind::Punct(':') if prev == Before::Label => Before::Label,
            Kind::Word(Some(Word::NumberLabel | Word::Danda)) => Before::Label,
            _ => Before::Other,
        };
        let token =
            Token { kind, start, end, space_before: self.space_before, breaks_before: self.breaks };
        self.pos = end;
        self.space_before = false;
        self.breaks = 0;
        self.num_end = matches!(kind, Kind::Num(_)).then_some(end);
        Lexed::Token(token)
    }
}

/// The end of the Bengali word starting at `start`: letters and signs, continuing through a
/// ZWJ/ZWNJ or an apostrophe (Assamese ব'হাগ) that stands between two letters, or a curly
/// quote or æ after র that a font conversion wrote for ু or ূ (`ফেব্র“য়ারি`, `ফেব্রæয়ারি`).
///
/// Works on bytes: the Bengali block is `E0 A6 80..=E0 A7 BF` in UTF-8 and its digits are
/// `E0 A7 A6..=E0 A7 AF`, so a letter is recognised from three bytes without decoding.
fn scan_bengali_word(text: &str, start: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut rest = bytes.get(start..).unwrap_or_default();
    let mut fold = false;
    // The last letter was র (E0 A6 B0).
    let mut after_ra = false;
    // The last sign was া (E0 A6 BE) or ৗ (E0 A7 97).
    let mut after_aa = false;
    // Walk the slice by its tail (no index arithmetic to check), and measure at the end.
    loop {
        match rest {
            // The common case first: a Bengali letter or sign, E0 A6 xx or E0 A7 xx.
            [0xE0, 0xA6, b, tail @ ..] => {
                after_ra = *b == 0xB0;
                after_aa = *b == 0xBE;
                rest = tail;
                continue;
            }
            [0xE0, 0xA7, 0xA6..=0xAF, ..] => break, // a digit ends the word
            // ৷ (U+09F7), written as a danda by Kolkata and Tripura pages (`আজ৷`), ends it too.
            [0xE0, 0xA7, 0xB7, ..] => break,
            // Letters the lookup key folds (see `words::word_key`): precomposed ড় ঢ় য়
            // (E0 A7 9C/9D/9F), the ৌ length mark (E0 A7 97), and ে (E0 A7 87) before া.
            [0xE0, 0xA7, b @ (0x9C | 0x9D | 0x9F | 0x97 | 0xB0), tail @ ..] => {
                fold = true;
                rest = tail;
                after_aa = *b == 0x97;
                after_ra = false;
                continue;
            }
            // (Or after া or ৗ, typed in the order they are seen: `সােমবার`.)
            [0xE0, 0xA7, 0x87, tail @ ..] => {
                fold |= after_aa || tail.starts_with(&[0xE0, 0xA6, 0xBE]);
                rest = tail;
            }
            [0xE0, 0xA7, _, tail @ ..] => rest = tail,
            // ZWNJ/ZWJ (E2 80 8C/8D) or U+2019 (E2 80 99) between two letters; a trailing ZWJ
            // is part of ত্‍ (khanda ta written as ত + ্ + ZWJ).
            [0xE2, 0x80, j @ (0x8C | 0x8D | 0x99), tail @ ..] => {
                if *j == 0x99 && case_ending_alone(tail) {
                    break;
                }
                if starts_with_letter(tail) {
                    fold = true;
                    rest = tail;
                } else {
                    if *j == 0x8D {
                        rest = tail;
                        fold = true;
                    }
                    break;
                }
            }
            // An ASCII apostrophe between two letters (Assamese ব'হাগ, শা'বান); not before a
            // case ending alone, which ends the word before it (`২২ মে'র পর`).
            [b'\'', tail @ ..] if starts_with_letter(tail) && !case_ending_alone(tail) => {
                fold = true;
                rest = tail;
            }
            // Text converted from the Bijoy font with a bad table writes রু and রূ with curly
            // quotes (U+201C, U+201D: `ফেব্র“য়ারি`); after র and before a letter, the vowel.
            [0xE2, 0x80, 0x9C | 0x9D, tail @ ..] if after_ra && starts_with_letter(tail) => {
                fold = true;
                rest = tail;
            }
            // … or æ (U+00E6, C3 A6) for ু, as another table writes it (`ফেব্রæয়ারি`).
            [0xC3, 0xA6, tail @ ..] if after_ra && starts_with_letter(tail) => {
                fold = true;
                rest = tail;
            }
            _ => break,
        }
        (after_ra, after_aa) = (false, false);
    }
    (bytes.len() - rest.len(), fold)
}

/// Whether `bytes` start with a case ending standing alone as a word (র, এর, এ, তে, য়), as
/// after an apostrophe that marks it off from the word before (`মে’র`, `মার্চ’এ`): the word
/// ends at the apostrophe. (Assamese ব'হাগ and Hijri শা'বান go on with letters.)
fn case_ending_alone(bytes: &[u8]) -> bool {
    const ENDINGS: &[&[u8]] = &[
        "এর".as_bytes(),
        "তে".as_bytes(),
        "র".as_bytes(),
        "এ".as_bytes(),
        "\u{09DF}".as_bytes(),
        "য\u{09BC}".as_bytes(),
    ];
    ENDINGS.iter().any(|e| bytes.strip_prefix(*e).is_some_and(|rest| !starts_with_letter(rest)))
}

/// Whether `bytes` starts with a Bengali letter or sign (not a digit).
fn starts_with_letter(bytes: &[u8]) -> bool {
    match bytes {
        [0xE0, 0xA6, _, ..] => true,
        [0xE0, 0xA7, b, ..] => !(0xA6..=0xAF).contains(b),
        _ => false,
    }
}

/// Read a run of ASCII and Bengali digits with the crate's one digit scanner; a run longer than
/// nineteen digits keeps the value of its first nineteen (no number that long is a date part, and
/// the grammar rejects them by their digit count).
fn scan_digits(text: &str, start: usize) -> (Num, usize) {
    let run = crate::digits::digit_run(text, start);
    let digits = u8::try_from(run.count).unwrap_or(u8::MAX);
    (Num { value: run.value, digits, script: run.script, numbered: false }, run.end)
}

/// `রবিউল আউয়াল`: a first word, one space, a second word that completes a Hijri month name.
fn two_word_hijri(text: &str, start: usize, first_end: usize) -> Option<(Word, usize)> {
    let rest = text.get(first_end..)?;
    let gap = rest.chars().take_while(|&c| is_space(c)).map(char::len_utf8).sum::<usize>();
    if gap == 0 || gap > MAX_TWO_WORD_GAP {
        return None;
    }
    let second_start = first_end + gap;
    if !starts_with_letter(text.as_bytes().get(second_start..)?) {
        return None;
    }
    let (second_end, _) = scan_bengali_word(text, second_start);
    let joined = format!("{} {}", text.get(start..first_end)?, text.get(second_start..second_end)?);
    match words::lookup(&joined) {
        Some(w @ Word::HijriMonth(_)) => Some((w, second_end)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        lex(text, &mut out);
        out.iter().map(|t| (text[t.start..t.end].to_owned(), t.space_before)).collect()
    }

    #[test]
    fn glued_forms_split_at_the_digit_boundary() {
        let t = kinds("২৯মে ২০২৫-এ ১৯৮৬ইং ৩টায়");
        let texts: Vec<&str> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(texts, ["২৯", "মে", "২০২৫", "-", "এ", "১৯৮৬", "ইং", "৩", "টায়"]);
        assert!(!t[1].1 && !t[6].1 && t[2].1);
    }

    #[test]
    fn spans_point_into_the_original_bytes() {
        let text = "মঙ্গলবার \u{200C}(৩০ ডিসেম্বর)";
        let mut out = Vec::new();
        lex(text, &mut out);
        let paren = out.iter().find(|t| t.is_punct('(')).unwrap();
        assert_eq!(&text[paren.start..paren.end], "(");
        assert!(paren.space_before);
    }

    #[test]
    fn two_word_hijri_month() {
        let mut out = Vec::new();
        lex("১২ রবিউল আউয়াল ১৪৪৭", &mut out);
        assert_eq!(out.len(), 3);
        assert_eq!(out[1].word(), Some(Word::HijriMonth(3)));
    }
}

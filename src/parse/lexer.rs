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
}

/// Characters that separate tokens without being punctuation: white space of every kind, and the
/// invisible joiners and marks that turn up around date phrases.
#[inline]
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Hijri month names of two words, found by their first word.
const TWO_WORD_FIRSTS: [&str; 6] = ["রবিউল", "রবিউস", "জমাদিউল", "জমাদিউস", "জুমাদাল", "জুমাদাস"];

/// Split `text` into tokens, appending them to `out`.
pub(crate) fn lex(text: &str, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = 0usize;
    let mut space_before = true;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        // Dispatch on bytes: Bengali (E0 A6/A7 ..) and ASCII need no decoding.
        if b == 0xE0 {
            match bytes.get(i + 1..i + 3) {
                Some([0xA7, 0xA6..=0xAF]) => {
                    let (num, end) = scan_digits(text, i);
                    out.push(Token { kind: Kind::Num(num), start, end, space_before });
                    i = end;
                    space_before = false;
                    continue;
                }
                // A visarga standing alone between digits is a colon (`১০ঃ৩০`).
                Some([0xA6, 0x83])
                    if out.last().is_some_and(|t| t.end == i && t.num().is_some()) =>
                {
                    out.push(Token { kind: Kind::Punct(':'), start, end: i + 3, space_before });
                    i += 3;
                    space_before = false;
                    continue;
                }
                // ৷ (U+09F7), doubled as a danda on Tripura pages: punctuation, not a letter.
                Some([0xA7, 0xB7]) => {}
                Some([0xA6 | 0xA7, _]) => {
                    let (end, fold) = scan_bengali_word(text, i);
                    let end = end.max(i + 3);
                    let word_text = text.get(start..end).unwrap_or_default();
                    let mut word = words::lookup_folded(word_text, fold);
                    let mut end = end;
                    if word.is_none() && TWO_WORD_FIRSTS.contains(&word_text) {
                        if let Some((w, e)) = two_word_hijri(text, start, end) {
                            word = Some(w);
                            end = e;
                        }
                    }
                    out.push(Token { kind: Kind::Word(word), start, end, space_before });
                    i = end;
                    space_before = false;
                    continue;
                }
                _ => {}
            }
        } else if b.is_ascii_digit() {
            let (num, end) = scan_digits(text, i);
            out.push(Token { kind: Kind::Num(num), start, end, space_before });
            i = end;
            space_before = false;
            continue;
        }
        if b == b' ' {
            i += 1;
            space_before = true;
            continue;
        }
        let c = if b < 0x80 {
            char::from(b)
        } else {
            let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else { break };
            c
        };
        if c.is_ascii_alphabetic() {
            let mut end = i;
            while bytes.get(end).is_some_and(|b| b.is_ascii_alphabetic()) {
                end += 1;
            }
            let word = text.get(start..end).and_then(words::lookup);
            out.push(Token { kind: Kind::Word(word), start, end, space_before });
            i = end;
        } else if is_space(c) {
            i += c.len_utf8();
            space_before = true;
            continue;
        } else {
            i += c.len_utf8();
            out.push(Token { kind: Kind::Punct(c), start, end: i, space_before });
        }
        space_before = false;
    }
}

/// The end of the Bengali word starting at `start`: letters and signs, continuing through a
/// ZWJ/ZWNJ or an apostrophe (Assamese ব'হাগ) that stands between two letters.
///
/// Works on bytes: the Bengali block is `E0 A6 80..=E0 A7 BF` in UTF-8 and its digits are
/// `E0 A7 A6..=E0 A7 AF`, so a letter is recognised from three bytes without decoding.
fn scan_bengali_word(text: &str, start: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut rest = bytes.get(start..).unwrap_or_default();
    let mut fold = false;
    // Walk the slice by its tail (no index arithmetic to check), and measure at the end.
    loop {
        match rest {
            // The common case first: a Bengali letter or sign, E0 A6 xx or E0 A7 xx.
            [0xE0, 0xA6, _, tail @ ..] => rest = tail,
            [0xE0, 0xA7, 0xA6..=0xAF, ..] => break, // a digit ends the word
            // Letters the lookup key folds (see `words::word_key`): precomposed ড় ঢ় য়
            // (E0 A7 9C/9D/9F), the ৌ length mark (E0 A7 97), and ে (E0 A7 87) before া.
            [0xE0, 0xA7, 0x9C | 0x9D | 0x9F | 0x97, tail @ ..] => {
                fold = true;
                rest = tail;
            }
            [0xE0, 0xA7, 0x87, tail @ ..] => {
                fold |= tail.starts_with(&[0xE0, 0xA6, 0xBE]);
                rest = tail;
            }
            [0xE0, 0xA7, _, tail @ ..] => rest = tail,
            // ZWNJ/ZWJ (E2 80 8C/8D) or U+2019 (E2 80 99) between two letters; a trailing ZWJ
            // is part of ত্‍ (khanda ta written as ত + ্ + ZWJ).
            [0xE2, 0x80, j @ (0x8C | 0x8D | 0x99), tail @ ..] => {
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
            // An ASCII apostrophe between two letters (Assamese ব'হাগ, শা'বান).
            [b'\'', tail @ ..] if starts_with_letter(tail) => {
                fold = true;
                rest = tail;
            }
            _ => break,
        }
    }
    (bytes.len() - rest.len(), fold)
}

/// Whether `bytes` starts with a Bengali letter or sign (not a digit).
fn starts_with_letter(bytes: &[u8]) -> bool {
    match bytes {
        [0xE0, 0xA6, _, ..] => true,
        [0xE0, 0xA7, b, ..] => !(0xA6..=0xAF).contains(b),
        _ => false,
    }
}

/// Read a run of ASCII and Bengali digits (Bengali digits are E0 A7 A6..=AF).
fn scan_digits(text: &str, start: usize) -> (Num, usize) {
    let bytes = text.as_bytes();
    let mut rest = bytes.get(start..).unwrap_or_default();
    let mut value: u64 = 0;
    let mut digits: u8 = 0;
    let (mut ascii, mut bengali) = (false, false);
    loop {
        let d = match rest {
            [b @ b'0'..=b'9', tail @ ..] => {
                ascii = true;
                rest = tail;
                b - b'0'
            }
            [0xE0, 0xA7, b @ 0xA6..=0xAF, tail @ ..] => {
                bengali = true;
                rest = tail;
                b - 0xA6
            }
            _ => break,
        };
        // Nineteen digits always fit a u64; longer runs keep their first nineteen (no number
        // that long is a date part, and the grammar rejects them by their digit count).
        if digits < 19 {
            value = value * 10 + u64::from(d);
        }
        digits = digits.saturating_add(1);
    }
    let script = match (ascii, bengali) {
        (true, true) => DigitScript::Mixed,
        (false, true) => DigitScript::Bengali,
        _ => DigitScript::Ascii,
    };
    (Num { value, digits, script }, bytes.len() - rest.len())
}

/// `রবিউল আউয়াল`: a first word, one space, a second word that completes a Hijri month name.
fn two_word_hijri(text: &str, start: usize, first_end: usize) -> Option<(Word, usize)> {
    let rest = text.get(first_end..)?;
    let gap = rest.chars().take_while(|&c| is_space(c)).map(char::len_utf8).sum::<usize>();
    if gap == 0 {
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

//! Splits text into numbers, words and punctuation, each with its byte span in the original text.
//!
//! The lexer never transforms the caller's string: words are folded into lookup keys on the side
//! (see [`super::words::word_key`]), so every span points into the original bytes.

use crate::digits::{DigitScript, digit_value};

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

/// Letters and signs of the Bengali block, digits excepted.
#[inline]
fn is_bengali_letter(c: char) -> bool {
    matches!(c, '\u{0980}'..='\u{09E5}' | '\u{09F0}'..='\u{09FF}')
}

/// Characters that separate tokens without being punctuation: white space of every kind, and the
/// invisible joiners and marks that turn up around date phrases.
#[inline]
fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
        )
}

/// Hijri month names of two words, found by their first word.
const TWO_WORD_FIRSTS: [&str; 5] = ["রবিউল", "রবিউস", "জমাদিউল", "জমাদিউস", "জুমাদাল"];

/// Split `text` into tokens, appending them to `out`.
pub(crate) fn lex(text: &str, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = 0usize;
    let mut space_before = true;
    while i < bytes.len() {
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let start = i;
        if let Some(d) = digit_value(c) {
            let (num, end) = scan_digits(text, i, d);
            out.push(Token {
                kind: Kind::Num(num),
                start,
                end,
                space_before,
            });
            i = end;
        } else if is_bengali_letter(c) {
            let end = scan_bengali_word(text, i);
            let word_text = text.get(start..end).unwrap_or_default();
            let mut word = words::lookup(word_text);
            let mut end = end;
            if word.is_none() && TWO_WORD_FIRSTS.contains(&word_text) {
                if let Some((w, e)) = two_word_hijri(text, start, end) {
                    word = Some(w);
                    end = e;
                }
            }
            out.push(Token {
                kind: Kind::Word(word),
                start,
                end,
                space_before,
            });
            i = end;
        } else if c.is_ascii_alphabetic() {
            let mut end = i;
            while bytes.get(end).is_some_and(|b| b.is_ascii_alphabetic()) {
                end += 1;
            }
            let word = text.get(start..end).and_then(words::lookup);
            out.push(Token {
                kind: Kind::Word(word),
                start,
                end,
                space_before,
            });
            i = end;
        } else if is_space(c) {
            i += c.len_utf8();
            space_before = true;
            continue;
        } else {
            i += c.len_utf8();
            out.push(Token {
                kind: Kind::Punct(c),
                start,
                end: i,
                space_before,
            });
        }
        space_before = false;
    }
}

fn scan_digits(text: &str, start: usize, first: u8) -> (Num, usize) {
    let mut value = u64::from(first);
    let mut digits: u8 = 1;
    let (mut ascii, mut bengali) = (false, false);
    let mut end = start;
    for (off, c) in text.get(start..).unwrap_or_default().char_indices() {
        let Some(d) = digit_value(c) else { break };
        if c.is_ascii_digit() {
            ascii = true;
        } else {
            bengali = true;
        }
        if off > 0 {
            value = value.saturating_mul(10).saturating_add(u64::from(d));
            digits = digits.saturating_add(1);
        }
        end = start + off + c.len_utf8();
    }
    let script = match (ascii, bengali) {
        (true, true) => DigitScript::Mixed,
        (false, true) => DigitScript::Bengali,
        _ => DigitScript::Ascii,
    };
    (
        Num {
            value,
            digits,
            script,
        },
        end,
    )
}

/// The end of the Bengali word starting at `start`: letters and signs, continuing through a
/// ZWJ/ZWNJ or an apostrophe (Assamese ব'হাগ) that stands between two letters.
fn scan_bengali_word(text: &str, start: usize) -> usize {
    let rest = text.get(start..).unwrap_or_default();
    let mut end = start;
    let mut chars = rest.char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let joiner = matches!(c, '\u{200C}' | '\u{200D}' | '\'' | '\u{2019}');
        if is_bengali_letter(c) {
            end = start + off + c.len_utf8();
        } else if joiner && chars.peek().is_some_and(|&(_, n)| is_bengali_letter(n)) {
            continue;
        } else if joiner && c == '\u{200D}' {
            // A trailing ZWJ is part of ত্‍ (khanda ta written as ত + ্ + ZWJ).
            end = start + off + c.len_utf8();
            break;
        } else {
            break;
        }
    }
    end
}

/// `রবিউল আউয়াল`: a first word, one space, a second word that completes a Hijri month name.
fn two_word_hijri(text: &str, start: usize, first_end: usize) -> Option<(Word, usize)> {
    let rest = text.get(first_end..)?;
    let gap = rest
        .chars()
        .take_while(|&c| is_space(c))
        .map(char::len_utf8)
        .sum::<usize>();
    if gap == 0 {
        return None;
    }
    let second_start = first_end + gap;
    if !text
        .get(second_start..)?
        .chars()
        .next()
        .is_some_and(is_bengali_letter)
    {
        return None;
    }
    let second_end = scan_bengali_word(text, second_start);
    let joined = format!(
        "{} {}",
        text.get(start..first_end)?,
        text.get(second_start..second_end)?
    );
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
        out.iter()
            .map(|t| (text[t.start..t.end].to_owned(), t.space_before))
            .collect()
    }

    #[test]
    fn glued_forms_split_at_the_digit_boundary() {
        let t = kinds("২৯মে ২০২৫-এ ১৯৮৬ইং ৩টায়");
        let texts: Vec<&str> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            texts,
            ["২৯", "মে", "২০২৫", "-", "এ", "১৯৮৬", "ইং", "৩", "টায়"]
        );
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

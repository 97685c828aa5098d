//! Bengali digits (০–৯, U+09E6..=U+09EF) and ASCII digits, in both directions.
//!
//! Real pages mix the two sets, sometimes inside one number (`২০2৬`), so the scanner accepts both
//! and says which it saw. Arithmetic is checked: a run of digits too long for `u64` is an error
//! with its span, never a wrap-around or a panic.
//!
//! `char::is_numeric` is deliberately not used anywhere: it accepts the digits of every script
//! (Devanagari, Arabic-Indic, …), which would read foreign numbers as Bengali ones.
//!
//! ```
//! use bangla_date::digits;
//!
//! assert_eq!(digits::to_ascii_digits("১৯ পৌষ ১৪৩২"), "19 পৌষ 1432");
//! assert_eq!(digits::to_bengali_digits("2026-01-02"), "২০২৬-০১-০২");
//! assert_eq!(digits::bengali(1432).to_string(), "১৪৩২");
//!
//! let n = digits::scan_number("সাল ২০2৬ থেকে", 10)?.unwrap();
//! assert_eq!((n.value, n.span.clone(), n.script), (2026, 10..20, digits::DigitScript::Mixed));
//! # Ok::<(), bangla_date::Error>(())
//! ```

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use crate::error::{Error, ErrorKind};

/// The first Bengali digit, ০ (U+09E6).
const BENGALI_ZERO: u32 = 0x09E6;

/// Longest digit run accepted by [`scan_number`]: every 19-digit number fits a `u64`.
const MAX_DIGITS: u8 = 19;

/// The value of a Bengali digit (০–৯), or `None`.
///
/// ```
/// assert_eq!(bangla_date::digits::bengali_digit_value('৭'), Some(7));
/// assert_eq!(bangla_date::digits::bengali_digit_value('7'), None);
/// ```
#[inline]
pub fn bengali_digit_value(c: char) -> Option<u8> {
    let v = (c as u32).wrapping_sub(BENGALI_ZERO);
    if v < 10 { Some(v as u8) } else { None }
}

/// The value of an ASCII or Bengali digit, or `None` for anything else (including the digits
/// of other scripts).
///
/// ```
/// use bangla_date::digits::digit_value;
/// assert_eq!((digit_value('৭'), digit_value('7'), digit_value('७')), (Some(7), Some(7), None));
/// ```
#[inline]
pub fn digit_value(c: char) -> Option<u8> {
    if c.is_ascii_digit() { Some(c as u8 - b'0') } else { bengali_digit_value(c) }
}

/// The Bengali digit for `d` (0..=9); values above 9 are reduced modulo 10.
#[inline]
pub const fn bengali_digit(d: u8) -> char {
    match d % 10 {
        0 => '০',
        1 => '১',
        2 => '২',
        3 => '৩',
        4 => '৪',
        5 => '৫',
        6 => '৬',
        7 => '৭',
        8 => '৮',
        _ => '৯',
    }
}

/// Replace every Bengali digit with its ASCII digit; borrows when there is none.
///
/// ```
/// use std::borrow::Cow;
/// use bangla_date::digits::to_ascii_digits;
///
/// assert_eq!(to_ascii_digits("০২ জানুয়ারী ২০২৬"), "02 জানুয়ারী 2026");
/// assert!(matches!(to_ascii_digits("no digits to change: 42"), Cow::Borrowed(_)));
/// ```
pub fn to_ascii_digits(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| bengali_digit_value(c).is_some()) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match bengali_digit_value(c) {
                Some(d) => char::from(b'0' + d),
                None => c,
            })
            .collect(),
    )
}

/// Replace every ASCII digit with its Bengali digit; borrows when there is none.
///
/// ```
/// use bangla_date::digits::to_bengali_digits;
/// assert_eq!(to_bengali_digits("১৯ Poush 1432"), "১৯ Poush ১৪৩২");
/// ```
pub fn to_bengali_digits(s: &str) -> Cow<'_, str> {
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| if c.is_ascii_digit() { bengali_digit(c as u8 - b'0') } else { c })
            .collect(),
    )
}

/// Which digit set a number was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum DigitScript {
    /// Only ASCII digits 0–9.
    Ascii,
    /// Only Bengali digits ০–৯.
    Bengali,
    /// Both sets inside one number, as in `২০2৬` (seen on real pages; worth a warning).
    Mixed,
}

/// A number read from text by [`scan_number`] or [`parse_number`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Number {
    /// Its value.
    pub value: u64,
    /// Byte offsets of its digits in the text that was scanned.
    pub span: Range<usize>,
    /// How many digits were written, leading zeros included (`০৫` has 2).
    pub digits: u8,
    /// Which digit set was used.
    pub script: DigitScript,
}

/// Read the run of digits (ASCII, Bengali or both) that starts at byte `at` of `text`.
///
/// Returns `Ok(None)` when no digit starts there (or `at` is not a character boundary).
///
/// # Errors
///
/// [`ErrorKind::NumberTooLarge`] when the run has more than 19 digits, with the run's span.
///
/// ```
/// use bangla_date::digits::{scan_number, DigitScript};
///
/// let n = scan_number("১৯ পৌষ", 0)?.unwrap();
/// assert_eq!((n.value, n.span, n.digits, n.script), (19, 0..6, 2, DigitScript::Bengali));
/// assert_eq!(scan_number("পৌষ", 0)?, None);
/// assert!(scan_number("12345678901234567890", 0).is_err());
/// # Ok::<(), bangla_date::Error>(())
/// ```
pub fn scan_number(text: &str, at: usize) -> Result<Option<Number>, Error> {
    let run = digit_run(text, at);
    if run.count == 0 {
        return Ok(None);
    }
    if run.count > u32::from(MAX_DIGITS) {
        let digits: String =
            text.get(at..).unwrap_or_default().chars().take(run.count as usize).collect();
        return Err(Error::at(
            ErrorKind::NumberTooLarge { text: digits, max_digits: MAX_DIGITS },
            at..run.end,
        ));
    }
    Ok(Some(Number {
        value: run.value,
        span: at..run.end,
        digits: run.count as u8,
        script: run.script,
    }))
}

/// A run of digits as [`digit_run`] reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DigitRun {
    /// The value of the first [`MAX_DIGITS`] digits (every 19-digit number fits a `u64`).
    pub(crate) value: u64,
    /// How many digits the run has.
    pub(crate) count: u32,
    /// Which digit sets it uses.
    pub(crate) script: DigitScript,
    /// The byte offset just after the run.
    pub(crate) end: usize,
}

/// Read the run of ASCII and Bengali digits at byte `start` of `text`, a byte at a time (the
/// Bengali digits are `E0 A7 A6..=AF` in UTF-8). The one digit scanner of the crate:
/// [`scan_number`] and the parser's lexer both read numbers with it. A `start` that is not a
/// character boundary, or past the end, reads an empty run.
#[inline]
pub(crate) fn digit_run(text: &str, start: usize) -> DigitRun {
    let bytes = text.as_bytes();
    let mut rest = bytes.get(start..).unwrap_or_default();
    let mut value: u64 = 0;
    let mut count: u32 = 0;
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
        if count < u32::from(MAX_DIGITS) {
            value = value * 10 + u64::from(d);
        }
        count = count.saturating_add(1);
    }
    let script = match (ascii, bengali) {
        (true, true) => DigitScript::Mixed,
        (false, true) => DigitScript::Bengali,
        _ => DigitScript::Ascii,
    };
    DigitRun { value, count, script, end: bytes.len() - rest.len() }
}

/// Read `text` as one number, in either digit set or both.
///
/// # Errors
///
/// [`ErrorKind::Empty`] for empty input, [`ErrorKind::Unexpected`] (with the span of the first
/// non-digit) when anything but digits is present, and [`ErrorKind::NumberTooLarge`].
///
/// ```
/// use bangla_date::digits::parse_number;
/// assert_eq!(parse_number("১৪৩২")?.value, 1432);
/// let err = parse_number("১৪x").unwrap_err();
/// assert_eq!(err.span(), Some(6..7));
/// # Ok::<(), bangla_date::Error>(())
/// ```
pub fn parse_number(text: &str) -> Result<Number, Error> {
    let number = scan_number(text, 0)?;
    let end = number.as_ref().map_or(0, |n| n.span.end);
    match (number, text.get(end..).and_then(|r| r.chars().next())) {
        (Some(n), None) => Ok(n),
        (_, Some(c)) => Err(Error::at(
            ErrorKind::Unexpected { expected: "a digit", found: c.to_string() },
            end..end + c.len_utf8(),
        )),
        (None, None) => Err(Error::new(ErrorKind::Empty)),
    }
}

/// A value that displays an integer in Bengali digits; see [`bengali`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BengaliNumber {
    value: i64,
    min_width: u8,
}

/// Display `value` in Bengali digits (`-` for a negative sign).
///
/// ```
/// use bangla_date::digits::bengali;
/// assert_eq!(bengali(1432).to_string(), "১৪৩২");
/// assert_eq!(bengali(-5).to_string(), "-৫");
/// assert_eq!(bengali(2).zero_padded(2).to_string(), "০২");
/// ```
pub fn bengali(value: impl Into<i64>) -> BengaliNumber {
    BengaliNumber { value: value.into(), min_width: 1 }
}

impl BengaliNumber {
    /// Pad with leading ০ to at least `width` digits.
    pub fn zero_padded(self, width: u8) -> BengaliNumber {
        BengaliNumber { min_width: width, ..self }
    }
}

impl fmt::Display for BengaliNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_number(f, self.value, self.min_width, false)
    }
}

/// Write `value` with at least `min_width` digits (leading zeros), in Bengali digits or, with
/// `ascii`, ASCII ones, and `-` for a negative sign, without allocating. The one number printer
/// of the crate: [`BengaliNumber`] and the formatter's numeric directives both use it.
pub(crate) fn write_number<W: fmt::Write + ?Sized>(
    out: &mut W,
    value: i64,
    min_width: u8,
    ascii: bool,
) -> fmt::Result {
    if value < 0 {
        out.write_char('-')?;
    }
    let mut n = value.unsigned_abs();
    // u64::MAX has 20 digits; a fixed buffer avoids allocation.
    let mut digits = [0u8; 20];
    let mut len = 0usize;
    while let Some(slot) = digits.get_mut(len) {
        *slot = (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let digit = |d: u8| if ascii { char::from(b'0' + d) } else { bengali_digit(d) };
    for _ in len..usize::from(min_width) {
        out.write_char(digit(0))?;
    }
    for d in digits.iter().take(len).rev() {
        out.write_char(digit(*d))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bengali_digit_maps_both_ways() {
        for (i, c) in "০১২৩৪৫৬৭৮৯".chars().enumerate() {
            assert_eq!(bengali_digit_value(c), Some(i as u8));
            assert_eq!(bengali_digit(i as u8), c);
        }
        // The code points on either side of the block are not digits.
        assert_eq!(bengali_digit_value('\u{09E5}'), None);
        assert_eq!(bengali_digit_value('\u{09F0}'), None);
    }

    #[test]
    fn extremes() {
        assert_eq!(bengali(i64::MIN).to_string(), "-৯২২৩৩৭২০৩৬৮৫৪৭৭৫৮০৮");
        let max = "৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯";
        assert_eq!(scan_number(max, 0).unwrap().unwrap().value, 9_999_999_999_999_999_999);
        let too_big = "১০০০০০০০০০০০০০০০০০০০";
        let err = scan_number(too_big, 0).unwrap_err();
        assert_eq!(err.span(), Some(0..too_big.len()));
        assert_eq!(
            err.to_string(),
            format!(
                "number `{too_big}` is too large (expected at most 19 digits) (at bytes 0..60)"
            )
        );
    }

    #[test]
    fn not_on_a_char_boundary() {
        assert_eq!(scan_number("১৯", 1).unwrap(), None);
        assert_eq!(scan_number("১৯", 99).unwrap(), None);
    }
}

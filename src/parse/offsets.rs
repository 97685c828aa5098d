//! Byte offsets (what every span of this crate is) turned into the offsets other languages'
//! strings count: characters (Unicode scalar values: Python's `str`, the CLI's columns) or UTF-16
//! code units (JavaScript's `String`). The one conversion the front ends share, so that a span
//! means the same text in all of them.

use core::ops::Range;

use super::{Anchor, Document, Match, Mention, Warning};
use crate::error::Error;

/// The unit a front end's strings count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum OffsetUnit {
    /// Bytes of UTF-8: the crate's own spans.
    Byte,
    /// Unicode scalar values (`char`s): Python's string indices.
    Char,
    /// UTF-16 code units: JavaScript's string indices.
    Utf16,
}

/// Converts byte offsets into one text to another [`OffsetUnit`]. It counts from the offset it
/// converted last, forwards or backwards (or from the text's start when that is nearer), so
/// converting the spans of [`extract`](super::Parser::extract) or of a document's mentions in
/// order costs one pass over the text, even with the warnings and anchors that point back.
///
/// ```
/// use bangla_date::parse::{OffsetMap, OffsetUnit, Parser};
///
/// let text = "😀 প্রকাশ: ২৮ ডিসেম্বর ২০২৫";
/// let m = Parser::new().extract(text).next().unwrap()?;
/// let mut chars = OffsetMap::new(text, OffsetUnit::Char);
/// let span = chars.map(m.span.start)..chars.map(m.span.end);
/// let found: String = text.chars().skip(span.start).take(span.len()).collect();
/// assert_eq!(found, m.text(text));
/// let mut utf16 = OffsetMap::new(text, OffsetUnit::Utf16);
/// assert_eq!(utf16.map(m.span.start), span.start + 1); // the emoji is two UTF-16 units
/// # Ok::<(), bangla_date::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct OffsetMap<'t> {
    text: &'t str,
    unit: OffsetUnit,
    ascii: bool,
    byte: usize,
    counted: usize,
}

impl<'t> OffsetMap<'t> {
    /// A map of `text`'s byte offsets to `unit`.
    pub fn new(text: &'t str, unit: OffsetUnit) -> OffsetMap<'t> {
        OffsetMap { text, unit, ascii: text.is_ascii(), byte: 0, counted: 0 }
    }

    /// The unit this map converts to.
    pub fn unit(&self) -> OffsetUnit {
        self.unit
    }

    /// The offset in this map's unit of byte offset `byte`. A byte offset inside a character
    /// counts that character as begun; one past the end is the end.
    pub fn map(&mut self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        if self.ascii || self.unit == OffsetUnit::Byte {
            return byte;
        }
        while !self.text.is_char_boundary(byte) {
            byte += 1;
        }
        if byte >= self.byte {
            self.counted += self.count(self.byte, byte);
        } else if byte < self.byte - byte {
            // Nearer the start than the last offset: count from the start.
            self.counted = self.count(0, byte);
        } else {
            self.counted -= self.count(byte, self.byte);
        }
        self.byte = byte;
        self.counted
    }

    /// The units in the text between two character boundaries.
    fn count(&self, from: usize, to: usize) -> usize {
        let between = self.text.get(from..to).unwrap_or_default();
        match self.unit {
            OffsetUnit::Char => between.chars().count(),
            OffsetUnit::Utf16 => between.chars().map(char::len_utf16).sum(),
            OffsetUnit::Byte => between.len(),
        }
    }

    /// [`OffsetMap::map`] on both ends of a span.
    pub fn span(&mut self, span: Range<usize>) -> Range<usize> {
        let start = self.map(span.start);
        start..self.map(span.end)
    }

    /// `value` with every offset it holds converted to this map's unit: what a front end whose
    /// strings count another unit hands out (its serde form is then the wire form in that unit).
    /// The value's own documentation still says bytes; after this, read its spans in the map's
    /// unit.
    ///
    /// ```
    /// use bangla_date::parse::{OffsetMap, OffsetUnit, Parser};
    ///
    /// let text = "খবর: শনিবার, ২ জানুয়ারি ২০২৬";
    /// let m = Parser::new().extract(text).next().unwrap()?;
    /// let mut chars = OffsetMap::new(text, OffsetUnit::Char);
    /// let m = chars.convert(m);
    /// assert_eq!(m.span, 5..text.chars().count());
    /// // The weekday the warning points at, in characters too.
    /// assert_eq!(m.warnings[0].span(), Some(5..11));
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn convert<T: Offsets>(&mut self, mut value: T) -> T {
        value.map_offsets(&mut |byte| self.map(byte));
        value
    }
}

/// A value that holds byte offsets into the text it was read from: [`Match`], [`Mention`],
/// [`Document`], [`Warning`] and [`Error`]. [`OffsetMap::convert`] converts them all.
pub trait Offsets {
    /// Replace every offset `o` the value holds by `f(o)`, in text order as far as the value
    /// knows it (a span's start before its end).
    fn map_offsets(&mut self, f: &mut dyn FnMut(usize) -> usize);
}

fn map_range(r: &mut Range<usize>, f: &mut dyn FnMut(usize) -> usize) {
    let start = f(r.start);
    *r = start..f(r.end);
}

impl Offsets for Range<usize> {
    fn map_offsets(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        map_range(self, f);
    }
}

impl Offsets for Warning {
    fn map_offsets(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        if let Some(span) = self.span_mut() {
            map_range(span, f);
        }
    }
}

impl Offsets for Error {
    fn map_offsets(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        if let Some(span) = self.span_mut() {
            map_range(span, f);
        }
    }
}

impl Offsets for Match {
    fn map_offsets(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        map_range(&mut self.span, f);
        self.warnings.iter_mut().for_each(|w| w.map_offsets(f));
    }
}

impl Offsets for Mention {
    fn map_offsets(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        map_range(&mut self.span, f);
        match &mut self.anchor {
            Anchor::Story { from, .. } | Anchor::Mention { from, .. } => map_range(from, f),
            _ => {}
        }
        self.warnings.iter_mut().for_each(|w| w.map_offsets(f));
        if let Some(e) = &mut self.expression {
            e.map_offsets(f);
        }
    }
}

impl Offsets for Document {
    fn map_offsets(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.mentions.iter_mut().for_each(|m| m.map_offsets(f));
        self.errors.iter_mut().for_each(|e| e.map_offsets(f));
    }
}

impl<T: Offsets> Offsets for Vec<T> {
    fn map_offsets(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.iter_mut().for_each(|v| v.map_offsets(f));
    }
}

impl<T: Offsets, E: Offsets> Offsets for Result<T, E> {
    fn map_offsets(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        match self {
            Ok(v) => v.map_offsets(f),
            Err(e) => e.map_offsets(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_in_every_unit() {
        let text = "a😀বাংলা";
        // Bytes: a 0..1, 😀 1..5, ব 5..8 …
        let mut chars = OffsetMap::new(text, OffsetUnit::Char);
        let mut utf16 = OffsetMap::new(text, OffsetUnit::Utf16);
        let mut bytes = OffsetMap::new(text, OffsetUnit::Byte);
        for (byte, c, u) in [(0, 0, 0), (1, 1, 1), (5, 2, 3), (8, 3, 4), (text.len(), 7, 8)] {
            assert_eq!(chars.map(byte), c, "{byte}");
            assert_eq!(utf16.map(byte), u, "{byte}");
            assert_eq!(bytes.map(byte), byte);
        }
        // Backwards, and past the end.
        assert_eq!(chars.map(1), 1);
        assert_eq!(chars.map(999), 7);
        // Inside a character: counted as begun.
        assert_eq!(OffsetMap::new(text, OffsetUnit::Char).map(2), 2);
    }

    /// In any order (forwards, backwards, near the start, inside characters), every offset maps
    /// to the length of the text before it in the unit.
    #[test]
    fn any_order_gives_the_prefix_length() {
        let text = "a😀বাংলা ২০২৬ 🇧🇩 x\u{200c}য়";
        let bounds: Vec<usize> = (0..=text.len() + 2).collect();
        let expect = |unit, byte: usize| {
            let mut b = byte.min(text.len());
            while !text.is_char_boundary(b) {
                b += 1;
            }
            let before = &text[..b];
            match unit {
                OffsetUnit::Char => before.chars().count(),
                OffsetUnit::Utf16 => before.encode_utf16().count(),
                // Bytes are the identity (clamped to the text).
                _ => byte.min(text.len()),
            }
        };
        for unit in [OffsetUnit::Char, OffsetUnit::Utf16, OffsetUnit::Byte] {
            let mut map = OffsetMap::new(text, unit);
            // A fixed shuffle: forwards, far back, a little back, and forwards again.
            let order = bounds.iter().copied().chain(bounds.iter().rev().copied().step_by(3));
            for (k, byte) in order.chain([30, 2, 29, 5, 31, 0, 40]).enumerate() {
                assert_eq!(map.map(byte), expect(unit, byte), "{unit:?}, step {k}, byte {byte}");
            }
        }
    }
}

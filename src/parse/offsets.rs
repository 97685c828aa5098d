//! Byte offsets (what every span of this crate is) turned into the offsets other languages'
//! strings count: characters (Unicode scalar values: Python's `str`, the CLI's columns) or UTF-16
//! code units (JavaScript's `String`). The one conversion the front ends share, so that a span
//! means the same text in all of them.

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

/// Converts byte offsets into one text to another [`OffsetUnit`], cheaply when they come in
/// increasing order (as the spans of [`extract`](super::Parser::extract) and of a document's
/// mentions do): it counts on from the last offset it converted, and starts again from the
/// text's start only for an offset before that.
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

    /// The offset in this map's unit of byte offset `byte`. A byte offset inside a character
    /// counts that character as begun; one past the end is the end.
    pub fn map(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.ascii || self.unit == OffsetUnit::Byte {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.counted = 0;
        }
        let between = self.text.get(self.byte..byte).or_else(|| {
            // Not on a character boundary: count up to the next one.
            let mut end = byte;
            while !self.text.is_char_boundary(end) {
                end += 1;
            }
            self.text.get(self.byte..end)
        });
        let between = between.unwrap_or_default();
        self.counted += match self.unit {
            OffsetUnit::Char => between.chars().count(),
            OffsetUnit::Utf16 => between.chars().map(char::len_utf16).sum(),
            OffsetUnit::Byte => between.len(),
        };
        self.byte = byte;
        self.counted
    }

    /// [`OffsetMap::map`] on both ends of a span.
    pub fn span(&mut self, span: core::ops::Range<usize>) -> core::ops::Range<usize> {
        let start = self.map(span.start);
        start..self.map(span.end)
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
}

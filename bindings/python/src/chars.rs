//! Byte offsets (what the Rust library reports) to character offsets (what Python strings
//! index: code points).

/// Converts byte offsets of one text to character offsets, cheaply when they come in increasing
/// order (as the spans of `extract` do): it counts forward from the last offset it converted.
pub(crate) struct CharIndex<'t> {
    text: &'t str,
    ascii: bool,
    byte: usize,
    char: usize,
}

impl<'t> CharIndex<'t> {
    pub(crate) fn new(text: &'t str) -> CharIndex<'t> {
        CharIndex { text, ascii: text.is_ascii(), byte: 0, char: 0 }
    }

    /// The character offset of byte offset `byte` (which the library guarantees is on a
    /// character boundary; one that is not, or past the end, is clamped to the text).
    pub(crate) fn char_at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.char = 0;
        }
        let between = self.text.get(self.byte..byte).map_or(0, |s| s.chars().count());
        self.char += between;
        self.byte = byte;
        self.char
    }
}

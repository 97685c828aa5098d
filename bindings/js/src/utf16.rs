//! UTF-8 byte offsets (what the library's spans are) to UTF-16 indices (what JS strings use).
//!
//! A Bengali letter is 3 bytes in UTF-8 and 1 unit in UTF-16; an emoji is 4 bytes and 2 units.
//! `extract` asks for offsets mostly in increasing order, so the map walks forward from the
//! last offset it was asked for and restarts only when asked for an earlier one.

pub(crate) struct Utf16<'t> {
    text: &'t str,
    byte: usize,
    unit: usize,
}

impl<'t> Utf16<'t> {
    pub(crate) fn new(text: &'t str) -> Utf16<'t> {
        Utf16 { text, byte: 0, unit: 0 }
    }

    /// The UTF-16 index of byte offset `byte`. An offset inside a character (which the library
    /// never produces) counts as that character's start; one past the end as the end.
    pub(crate) fn index(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if byte < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        for (i, c) in self.text[self.byte..].char_indices() {
            if self.byte + i + c.len_utf8() > byte {
                break;
            }
            self.unit += c.len_utf16();
        }
        // Move to the last character boundary at or before `byte`.
        let mut b = byte;
        while !self.text.is_char_boundary(b) {
            b -= 1;
        }
        self.byte = b;
        self.unit
    }
}

#[cfg(test)]
mod tests {
    use super::Utf16;

    #[test]
    fn every_boundary_maps_to_the_prefix_length_in_utf16() {
        let text = "a ০২ 😀 জানুয়ারী\u{200c}x";
        let mut map = Utf16::new(text);
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(map.index(b), text[..b].encode_utf16().count(), "byte {b}");
        }
        // Backwards, too.
        let mut map = Utf16::new(text);
        for (b, _) in text.char_indices().rev() {
            assert_eq!(map.index(b), text[..b].encode_utf16().count(), "byte {b}");
        }
    }
}

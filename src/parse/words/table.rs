//! Lookup keys and the table they are looked up in.

use std::sync::OnceLock;

use super::{Word, each_entry};

/// The longest key looked up; longer words are never date words.
pub(crate) const MAX_KEY: usize = 96;

/// Whether two words are one word once their encodings are folded ([`word_key`]): `পড়েছে`
/// with ড় precomposed or as ড + nukta. No allocation.
pub(crate) fn same_word(a: &str, b: &str) -> bool {
    let (mut x, mut y) = ([0u8; MAX_KEY], [0u8; MAX_KEY]);
    matches!((word_key(a, &mut x), word_key(b, &mut y)), (Some(p), Some(q)) if p == q)
}

/// Fold the encoding differences of a word into `buf` and return the key:
/// - য় ড় ঢ় precomposed (U+09DF/U+09DC/U+09DD) become letter + nukta (NFC's form);
/// - ো and ৌ written as two code points (U+09C7 + U+09BE / U+09D7) become one;
/// - ত + ্ + ZWJ becomes ৎ; other ZWJ/ZWNJ are dropped;
/// - Assamese ৰ (U+09F0) becomes র (U+09B0), as pages mix them;
/// - ASCII letters are lower-cased, and ASCII `'` and U+2019 fold together;
/// - a curly quote after র is the ু (U+201C) or ূ (U+201D) a bad Bijoy conversion wrote, and æ
///   (U+00E6) the ু another one did.
///
/// Returns `None` when the key would exceed [`MAX_KEY`] bytes.
pub(crate) fn word_key<'b>(word: &str, buf: &'b mut [u8; MAX_KEY]) -> Option<&'b [u8]> {
    let mut len = 0usize;
    let mut prev: [char; 2] = ['\0', '\0'];
    for c in word.chars() {
        let mut tmp = [0u8; 8];
        let out: &str = match c {
            '\u{09DF}' => "\u{09AF}\u{09BC}",
            '\u{09DC}' => "\u{09A1}\u{09BC}",
            '\u{09DD}' => "\u{09A2}\u{09BC}",
            // Assamese ৰ for র: pages mix them (`ফেব্ৰুয়ারি`, `শুক্ৰবাৰ`).
            '\u{09F0}' => "\u{09B0}",
            '\u{09BE}' | '\u{09D7}' if prev[1] == '\u{09C7}' => {
                // Replace the e-sign just written by the two-part vowel sign.
                len = len.saturating_sub(3);
                if c == '\u{09BE}' { "\u{09CB}" } else { "\u{09CC}" }
            }
            // The two halves typed in the order they are seen, া or ৗ before ে (`সােমবার`):
            // text converted from legacy fonts writes them so.
            '\u{09C7}' if matches!(prev[1], '\u{09BE}' | '\u{09D7}') => {
                len = len.saturating_sub(3);
                if prev[1] == '\u{09BE}' { "\u{09CB}" } else { "\u{09CC}" }
            }
            '\u{200D}' if prev == ['\u{09A4}', '\u{09CD}'] => {
                len = len.saturating_sub(6);
                "\u{09CE}"
            }
            '\u{200C}' | '\u{200D}' => "",
            '\u{2019}' => "'",
            // রু and রূ as a bad Bijoy conversion writes them (`ফেব্র“য়ারি`).
            '\u{201C}' if prev[1] == '\u{09B0}' => "\u{09C1}",
            '\u{201D}' if prev[1] == '\u{09B0}' => "\u{09C2}",
            '\u{00E6}' if prev[1] == '\u{09B0}' => "\u{09C1}",
            c if c.is_ascii_uppercase() => {
                tmp[0] = c.to_ascii_lowercase() as u8;
                std::str::from_utf8(&tmp[..1]).unwrap_or_default()
            }
            c => c.encode_utf8(&mut tmp),
        };
        let end = len + out.len();
        buf.get_mut(len..end)?.copy_from_slice(out.as_bytes());
        len = end;
        // (A vowel sign made whole takes no further half: `সোেমবার` is not `সোমবার`.)
        let whole = matches!(out, "\u{09CB}" | "\u{09CC}") && c != '\u{09CB}' && c != '\u{09CC}';
        prev = [prev[1], if whole { '\u{09CB}' } else { c }];
    }
    buf.get(..len)
}

/// A multiplicative hash over 8-byte words (FxHash-style): the keys are short, trusted and
/// fixed, so SipHash's DoS resistance buys nothing and would cost most of a lookup.
fn hash_key(bytes: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    // The length and the first and last eight bytes tell the vocabulary's keys apart well
    // enough (collisions only cost a probe): Bengali words share prefixes, rarely both ends.
    let n = bytes.len();
    let (head, tail) = if n >= 8 {
        (load(bytes.get(..8)), load(bytes.get(n - 8..)))
    } else {
        let mut short = [0u8; 8];
        if let Some(dst) = short.get_mut(..n) {
            dst.copy_from_slice(bytes);
        }
        (u64::from_le_bytes(short), 0)
    };
    let h = (n as u64 ^ head).wrapping_mul(K);
    (h.rotate_left(23) ^ tail).wrapping_mul(K)
}

/// Byte equality by eight-byte words: keys are short, and this stays inline where a slice
/// comparison would call `memcmp`.
fn same_key(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n < 8 {
        return a == b;
    }
    let mut i = 0;
    while i + 8 <= n {
        if load(a.get(i..i + 8)) != load(b.get(i..i + 8)) {
            return false;
        }
        i += 8;
    }
    // The last (overlapping) eight bytes cover any remainder.
    load(a.get(n - 8..)) == load(b.get(n - 8..))
}

/// Eight bytes as a little-endian integer (zero when `bytes` is not exactly eight long).
fn load(bytes: Option<&[u8]>) -> u64 {
    bytes.and_then(|b| b.try_into().ok()).map_or(0, u64::from_le_bytes)
}

/// The vocabulary as an open-addressing hash table: each slot holds an entry index (+1, so that
/// 0 is empty), and each entry keeps its full hash so that a probe compares bytes only when the
/// hashes agree. Built once; a few thousand entries.
pub(crate) struct Table {
    slots: Vec<u32>,
    entries: Vec<(u64, Box<[u8]>, Word)>,
}

impl Table {
    fn with_capacity(n: usize) -> Table {
        Table { slots: vec![0; (n * 2).next_power_of_two()], entries: Vec::with_capacity(n) }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Insert unless present (the first meaning given for a key wins).
    fn insert(&mut self, key: &[u8], word: Word) {
        if self.entries.len() * 2 >= self.slots.len() {
            let mut bigger = Table::with_capacity(self.slots.len());
            for (_, k, w) in std::mem::take(&mut self.entries) {
                bigger.insert(&k, w);
            }
            *self = bigger;
        }
        let h = hash_key(key);
        let mut i = h as usize & self.mask();
        loop {
            match self.slots.get(i).copied() {
                Some(0) => {
                    self.entries.push((h, key.into(), word));
                    if let Some(slot) = self.slots.get_mut(i) {
                        *slot = self.entries.len() as u32;
                    }
                    return;
                }
                Some(e) => {
                    if self
                        .entries
                        .get(e as usize - 1)
                        .is_some_and(|(eh, k, _)| *eh == h && **k == *key)
                    {
                        return;
                    }
                }
                None => return,
            }
            i = (i + 1) & self.mask();
        }
    }

    pub(crate) fn get(&self, key: &[u8]) -> Option<Word> {
        let h = hash_key(key);
        let mut i = h as usize & self.mask();
        loop {
            let e = *self.slots.get(i)?;
            if e == 0 {
                return None;
            }
            let (eh, k, w) = self.entries.get(e as usize - 1)?;
            if *eh == h && same_key(k, key) {
                return Some(*w);
            }
            i = (i + 1) & self.mask();
        }
    }
}

pub(crate) fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

fn build() -> Table {
    let mut t = Table::with_capacity(4096);
    // First entry wins: explicit entries are added before generated ones (the homographs test
    // lists every key that is given a second meaning).
    each_entry(|word, meaning| {
        let mut buf = [0u8; MAX_KEY];
        if let Some(key) = word_key(word, &mut buf) {
            t.insert(key, meaning);
        }
    });
    t
}

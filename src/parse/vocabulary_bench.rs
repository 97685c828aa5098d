//! The vocabulary table against the obvious alternative, for `benches/vocabulary.rs`; built
//! only with the `bench-internals` feature, and not part of the API (no stability promise).
//!
//! The parser's table (`parse/words.rs`) is a hand-made open-addressing hash table. The
//! alternative is a std [`HashMap`] with a fast hasher (the FxHash multiply-rotate, written
//! here to add no dependency). Both hold the same keys, so the benchmark can check that they
//! agree on every word it looks up.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::words::{self, MAX_KEY, Word};

/// FxHash (Firefox's, also rustc's): a word at a time, rotate, xor, multiply.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let mut rest = [0u8; 8];
        let tail = chunks.remainder();
        if let Some(dst) = rest.get_mut(..tail.len()) {
            dst.copy_from_slice(tail);
            self.add(u64::from_le_bytes(rest));
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// The vocabulary in a std `HashMap` keyed by the folded word (first meaning wins, as in the
/// parser's table).
#[derive(Debug)]
pub struct StdVocabulary {
    map: HashMap<Box<[u8]>, Word, BuildHasherDefault<FxHasher>>,
}

impl StdVocabulary {
    /// Build it from the same entries as the parser's table.
    pub fn new() -> StdVocabulary {
        let mut map = HashMap::default();
        words::each_entry(|word, meaning| {
            let mut buf = [0u8; MAX_KEY];
            if let Some(key) = words::word_key(word, &mut buf) {
                map.entry(Box::from(key)).or_insert(meaning);
            }
        });
        StdVocabulary { map }
    }

    /// The meaning of a folded key.
    pub fn get(&self, key: &[u8]) -> Option<Meaning> {
        self.map.get(key).copied().map(Meaning)
    }
}

impl Default for StdVocabulary {
    fn default() -> StdVocabulary {
        StdVocabulary::new()
    }
}

/// The parser's own table: the meaning of a folded key, as [`StdVocabulary::get`] gives it.
pub fn table_get(key: &[u8]) -> Option<Meaning> {
    words::table().get(key).map(Meaning)
}

/// What a word means, opaque: two look-ups can be compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meaning(Word);

/// The folded key of each white-space-separated word of `text`, the way the parser looks
/// words up (trailing punctuation trimmed).
pub fn keys_of(text: &str) -> Vec<Vec<u8>> {
    text.split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '।'))
        .filter_map(|w| {
            let mut buf = [0u8; MAX_KEY];
            if words::needs_folding(w.as_bytes()) {
                words::word_key(w, &mut buf).map(<[u8]>::to_vec)
            } else {
                Some(w.as_bytes().to_vec())
            }
        })
        .collect()
}

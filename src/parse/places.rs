//! Places named in running text as evidence of whose almanac a Bangabda date follows: a
//! dateline's `বীরভূম,` or `কলকাতা,` before a lone `২৫ বৈশাখ` says West Bengal's, whose
//! Boishakh begins a day after Bangladesh's in most years (DOMAIN.md §1).
//!
//! Not words of the vocabulary: the grammar reads past places as it reads past any word it does
//! not know, and only a Bangabda date with nothing beside it that tells its rule looks back for
//! them.

/// Places of West Bengal, Tripura and Assam's Barak Valley that Bengali datelines and reports
/// name, none of them also a place of Bangladesh or a common word: the state, its cities and
/// districts.
const INDIAN_PLACES: &[&str] = &[
    "কলকাতা",
    "পশ্চিমবঙ্গ",
    "ত্রিপুরা",
    "আগরতলা",
    "শিলচর",
    "করিমগঞ্জ",
    "হাইলাকান্দি",
    "কাছাড়",
    "গুয়াহাটি",
    "বীরভূম",
    "বোলপুর",
    "শান্তিনিকেতন",
    "বর্ধমান",
    "আসানসোল",
    "দুর্গাপুর",
    "হাওড়া",
    "হুগলি",
    "মেদিনীপুর",
    "নদিয়া",
    "নদীয়া",
    "কৃষ্ণনগর",
    "মুর্শিদাবাদ",
    "বহরমপুর",
    "মালদা",
    "মালদহ",
    "বাঁকুড়া",
    "পুরুলিয়া",
    "শিলিগুড়ি",
    "জলপাইগুড়ি",
    "দার্জিলিং",
    "কোচবিহার",
    "আলিপুরদুয়ার",
    "বালুরঘাট",
    "রায়গঞ্জ",
    "বারাসত",
    "ব্যারাকপুর",
    "উলুবেড়িয়া",
    "হলদিয়া",
    "তমলুক",
    "কাঁথি",
    // West Bengal's secretariat, and the Indian capital and states' names that Kolkata and
    // Agartala datelines give (the probe of real pages: `নবান্নে আজ বিকেল ৪টায়`).
    "নবান্ন",
    "ঝাড়গ্রাম",
    "সিউড়ি",
    "দিল্লি",
    "দিল্লী",
    // Jharkhand, Tripura's subdivisions, Kolkata's suburbs and smaller West Bengal towns, and
    // Upper Assam (probe 9: their datelines were read by Bangladesh's rule and clock); and
    // India's clock named (`ভারতীয় সময়`), which says whose the page is.
    "জামশেদপুর",
    "রাঁচি",
    "ধানবাদ",
    "বোকারো",
    "ঝা\u{09A1}\u{09BC}খণ্ড",
    "ধর্মনগর",
    "কৈলাসহর",
    "বিলোনি\u{09AF}\u{09BC}া",
    "চুঁচু\u{09A1}\u{09BC}া",
    "খ\u{09A1}\u{09BC}্গপুর",
    "সল্টলেক",
    "বিধাননগর",
    "দমদম",
    "দিঘা",
    "কাটো\u{09AF}\u{09BC}া",
    "নবদ্বীপ",
    "শ্রীরামপুর",
    "আরামবাগ",
    "ডিব্রুগ\u{09A1}\u{09BC}",
    "তেজপুর",
    "হোজাই",
    "লামডিং",
    "ধুব\u{09A1}\u{09BC}ি",
    "গো\u{09AF}\u{09BC}ালপা\u{09A1}\u{09BC}া",
    "আসাম",
    "ভারতী\u{09AF}\u{09BC} সম\u{09AF}\u{09BC}",
];

/// Places outside India, against which a West Bengal place in the same paragraph is no
/// evidence: Bangladesh's divisional cities and a few datelines of its national press, the
/// page's own clock declared (`বাংলাদেশ সময় অনুযায়ী`, over a fixture list), and the venues
/// abroad that fixture lists and reports name beside Indian teams' cities (probe 4's
/// `দিল্লি-পাঞ্জাব, দুবাই, রাত ৮টা` on a Bangladeshi page, which was read in India's time).
const OTHER_PLACES: &[&str] = &[
    "ঢাকা",
    "চট্টগ্রাম",
    "রাজশাহী",
    "খুলনা",
    "সিলেট",
    "বরিশাল",
    "রংপুর",
    "ময়মনসিংহ",
    "কুমিল্লা",
    "গাজীপুর",
    "নারায়ণগঞ্জ",
    "বাংলাদেশ সময়",
    "বাংলাদেশি সময়",
    "বাংলাদেশী সময়",
    "দুবাই",
    "আবুধাবি",
    "আবুধাবী",
    "শারজাহ",
    "শারজা",
    "দোহা",
    "মাস্কাট",
    "করাচি",
    "লাহোর",
    "রাওয়ালপিন্ডি",
    "কলম্বো",
    "কাঠমান্ডু",
    "লন্ডন",
    "সিডনি",
    "মেলবোর্ন",
    "অকল্যান্ড",
    "নিউইয়র্ক",
    "ওয়াশিংটন",
];

/// Almanacs (পঞ্জিকা) named before a date, with the reckoning each prints: the Bisuddha
/// Siddhanta almanac is drik's, Gupta Press's the Surya Siddhanta's (DOMAIN.md §1), and a
/// পঞ্জিকা unnamed the traditional Surya Siddhanta one, which Bangladesh's Hindu almanacs keep
/// as well.
const ALMANACS: &[(&str, bool)] = &[
    ("বিশুদ্ধ সিদ্ধান্ত", true),
    ("বিশুদ্ধসিদ্ধান্ত", true),
    ("গুপ্তপ্রেস", false),
    ("গুপ্ত প্রেস", false),
    ("পঞ্জিকা", false),
];

/// The almanac named in the paragraph before byte `at` of `text` (at most [`REACH`] bytes back):
/// `Some(true)` for drik's (Bisuddha Siddhanta), `Some(false)` for the Surya Siddhanta's.
pub(crate) fn almanac_before(text: &str, at: usize) -> Option<bool> {
    let folded = paragraph_before(text, at)?;
    // (A named almanac tells its reckoning; পঞ্জিকা alone, the traditional one.)
    let named: Vec<bool> =
        ALMANACS.iter().filter(|(a, _)| names_word(&folded, a)).map(|&(_, drik)| drik).collect();
    if named.is_empty() {
        return None;
    }
    Some(named.contains(&true))
}

/// How far back from a date its paragraph is searched for a place, in bytes (a dateline is a
/// line or two above; a place further back tells little of this date).
/// The stream keeps this many bytes behind its window, so that a stream reads the same places
/// as the whole text does.
pub(crate) const REACH: usize = 1500;

/// Whether the paragraph before byte `at` of `text` (at most [`REACH`] bytes back) names a
/// place of West Bengal, Tripura or Assam and none outside India (see [`OTHER_PLACES`]).
pub(crate) fn indian_place_before(text: &str, at: usize) -> bool {
    PlaceScan::default().indian_before(text, at)
}

/// [`indian_place_before`] asked again and again as a text is read (every clock time asks it):
/// what was scanned of a paragraph is kept, so that each byte is read once, and each word is
/// compared only with the places that start with its letter.
#[derive(Debug, Clone, Default)]
pub(crate) struct PlaceScan {
    /// The text read (its address).
    text: usize,
    /// Scanned up to this byte.
    to: usize,
    indian: bool,
    /// A place outside India (see [`OTHER_PLACES`]).
    elsewhere: bool,
    /// The character before `to`: whether a word goes on across it.
    last: Option<char>,
}

impl PlaceScan {
    /// Whether the paragraph before byte `at` of `text` (at most [`REACH`] bytes back) names a
    /// place of West Bengal, Tripura or Assam and none outside India.
    pub(crate) fn indian_before(&mut self, text: &str, at: usize) -> bool {
        let from = reach_from(text, at);
        // Another text, or a paragraph (or a reach) begun after what was scanned: anew. (In
        // one long paragraph the places scanned stay, even past the reach.)
        let address = text.as_ptr() as usize;
        let goes_on = address == self.text
            && (from..=at).contains(&self.to)
            && text.get(self.to..at).is_some_and(|new| !new.contains("\n\n"));
        if !goes_on {
            let Some(reach) = text.get(from..at) else { return false };
            let start = from + reach.rfind("\n\n").map_or(0, |k| k + 2);
            *self = PlaceScan { text: address, to: start, ..PlaceScan::default() };
        }
        if let Some(new) = text.get(self.to..at) {
            self.scan(&fold(new));
        }
        self.to = at;
        self.indian && !self.elsewhere
    }

    /// Only where a Bengali letter follows something that is no letter is a word compared, and
    /// only with the places that start with that letter.
    fn scan(&mut self, text: &str) {
        let places = places_by_letter();
        let mut after_letter = self.last.is_some_and(is_letter);
        for (i, c) in text.char_indices() {
            if self.elsewhere {
                break;
            }
            let letter = is_letter(c);
            if letter && !after_letter {
                let bucket = (c as usize).checked_sub(0x0980).and_then(|k| places.get(k));
                let word = text.get(i..).unwrap_or_default();
                for &(place, of_india) in bucket.into_iter().flatten() {
                    if word.starts_with(place) {
                        self.indian |= of_india;
                        self.elsewhere |= !of_india;
                    }
                }
            }
            after_letter = letter;
        }
        self.last = text.chars().next_back().or(self.last);
    }
}

/// The places of both lists under their first letter (U+0980 + index), and whether each is
/// India's.
fn places_by_letter() -> &'static [Vec<(&'static str, bool)>] {
    static PLACES: std::sync::OnceLock<Vec<Vec<(&'static str, bool)>>> = std::sync::OnceLock::new();
    PLACES.get_or_init(|| {
        let mut by_letter = vec![Vec::new(); 0x80];
        let lists = [(INDIAN_PLACES, true), (OTHER_PLACES, false)];
        for (list, of_india) in lists {
            for &place in list {
                let first = place.chars().next().map_or(0, |c| c as usize);
                if let Some(bucket) = by_letter.get_mut(first.wrapping_sub(0x0980)) {
                    bucket.push((place, of_india));
                }
            }
        }
        by_letter
    })
}

/// The paragraph before byte `at` of `text`, at most [`REACH`] bytes of it, folded as the
/// lists are written (য় ড় ঢ় precomposed or as letter + nukta: both are searched as letter +
/// nukta).
fn paragraph_before(text: &str, at: usize) -> Option<std::borrow::Cow<'_, str>> {
    let before = text.get(reach_from(text, at)..at)?;
    Some(fold(before.rsplit("\n\n").next().unwrap_or(before)))
}

/// The first byte of the [`REACH`] before byte `at` of `text` (on a character's boundary).
fn reach_from(text: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// Text with its precomposed nukta letters as letter + nukta, as the lists are written (a test
/// checks them).
/// (Borrowed when there is nothing to fold, as in most text.)
fn fold(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = std::borrow::Cow::Borrowed(text);
    for (whole, split) in [
        ('\u{09DF}', "\u{09AF}\u{09BC}"),
        ('\u{09DC}', "\u{09A1}\u{09BC}"),
        ('\u{09DD}', "\u{09A2}\u{09BC}"),
    ] {
        if out.contains(whole) {
            out = std::borrow::Cow::Owned(out.replace(whole, split));
        }
    }
    out
}

/// Whether `text` has `word` at the start of one of its words (a case ending may follow:
/// `কলকাতায়`, `বীরভূমের`).
fn names_word(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(i, _)| text[..i].chars().next_back().is_none_or(|c| !is_letter(c)))
}

/// A Bengali letter or sign, or an ASCII letter: what continues a word.
fn is_letter(c: char) -> bool {
    ('\u{0980}'..='\u{09FF}').contains(&c) && !('\u{09E6}'..='\u{09EF}').contains(&c)
        || c.is_ascii_alphabetic()
        || matches!(c, '\u{200C}' | '\u{200D}')
}

#[cfg(test)]
mod tests {
    use super::{INDIAN_PLACES, OTHER_PLACES, fold, indian_place_before};

    #[test]
    fn the_lists_are_written_with_the_nukta() {
        for place in INDIAN_PLACES.iter().chain(OTHER_PLACES) {
            assert_eq!(fold(place), *place);
        }
    }

    #[test]
    fn an_almanac_named_says_whose_reckoning() {
        use super::almanac_before;
        let cases = [
            ("গুপ্তপ্রেস পঞ্জিকা অনুযায়ী এ বছর ", Some(false)),
            ("বিশুদ্ধ সিদ্ধান্ত পঞ্জিকা মতে ", Some(true)),
            ("পঞ্জিকা মতে এবার ", Some(false)),
            ("বিশুদ্ধ পানি সরবরাহ ", None),
            ("পঞ্জিকা\n\nসভা হয়। ", None),
        ];
        for (text, expected) in cases {
            assert_eq!(almanac_before(text, text.len()), expected, "{text}");
        }
    }

    #[test]
    fn a_dateline_of_west_bengal_and_not_of_bangladesh() {
        let cases = [
            ("বীরভূম, সেখ ওলি মহম্মদঃ- ", true),
            ("কলকাতায় সভা হয়। ", true),
            // হাওড়া with ড় precomposed (U+09DC), and as ড + nukta.
            ("\u{09B9}\u{09BE}\u{0993}\u{09DC}\u{09BE}, ", true),
            ("\u{09B9}\u{09BE}\u{0993}\u{09A1}\u{09BC}\u{09BE}, ", true),
            ("ঢাকা ও কলকাতায় ", false),
            ("সভা হয়। ", false),
            // Inside another word it names nothing.
            ("অকলকাতা ", false),
            // A paragraph break ends the search.
            ("কলকাতা\n\nসভা হয়। ", false),
        ];
        for (text, expected) in cases {
            assert_eq!(indian_place_before(text, text.len()), expected, "{text}");
        }
    }
}

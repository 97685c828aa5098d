//! Years written out in words before their era word: `উনিশশো একাত্তর সালের`, `দুই হাজার চব্বিশ
//! সালের`, `আঠারোশো সাতান্ন সালে`. Speeches, memoirs and formal prose say a year so; the
//! number words are those of DOMAIN.md §2 (1–59, with the tens to 99 below), the hundreds a
//! number from eleven to nineteen with শো (শ), the thousands দুই/দু হাজার.

use super::lists::NUMBER_WORDS;
use super::same_word;

/// The numbers from 60 to 99 in words (standard spellings; the shared list stops at 59, the
/// most minutes, days and counts a date needs), and other spellings of the shared list's
/// (`বায়ান্ন` for বাহান্ন).
const MORE_NUMBER_WORDS: &[(&str, u8)] = &[
    ("বা\u{09AF}\u{09BC}ান্ন", 52),
    ("ষাট", 60),
    ("একষট্টি", 61),
    ("বাষট্টি", 62),
    ("তেষট্টি", 63),
    ("চৌষট্টি", 64),
    ("পঁ\u{09AF}\u{09BC}ষট্টি", 65),
    ("ছেষট্টি", 66),
    ("সাতষট্টি", 67),
    ("আটষট্টি", 68),
    ("ঊনসত্তর", 69),
    ("উনসত্তর", 69),
    ("সত্তর", 70),
    ("একাত্তর", 71),
    ("বাহাত্তর", 72),
    ("তি\u{09AF}\u{09BC}াত্তর", 73),
    ("চু\u{09AF}\u{09BC}াত্তর", 74),
    ("পঁচাত্তর", 75),
    ("ছি\u{09AF}\u{09BC}াত্তর", 76),
    ("সাতাত্তর", 77),
    ("আটাত্তর", 78),
    ("ঊনআশি", 79),
    ("উনআশি", 79),
    ("আশি", 80),
    ("একাশি", 81),
    ("বিরাশি", 82),
    ("তিরাশি", 83),
    ("চুরাশি", 84),
    ("পঁচাশি", 85),
    ("ছি\u{09AF}\u{09BC}াশি", 86),
    ("সাতাশি", 87),
    ("অষ্টাশি", 88),
    ("আটাশি", 88),
    ("ঊননব্বই", 89),
    ("উননব্বই", 89),
    ("নব্বই", 90),
    ("একানব্বই", 91),
    ("বিরানব্বই", 92),
    ("তিরানব্বই", 93),
    ("চুরানব্বই", 94),
    ("পঁচানব্বই", 95),
    ("ছি\u{09AF}\u{09BC}ানব্বই", 96),
    ("সাতানব্বই", 97),
    ("আটানব্বই", 98),
    ("নিরানব্বই", 99),
];

/// A number word from 1 to 99.
fn number(word: &str) -> Option<u16> {
    NUMBER_WORDS
        .iter()
        .chain(MORE_NUMBER_WORDS)
        .find(|(name, _)| same_word(name, word))
        .map(|&(_, n)| u16::from(n))
}

/// The hundreds of a year in one word (`উনিশশো`, `উনিশশ`, `আঠারোশো`, `চৌদ্দশো`): 11 to 19.
fn hundreds(word: &str) -> Option<u16> {
    let stem = ["শো", "শ'", "শ’", "শ"].iter().find_map(|s| word.strip_suffix(s))?;
    number(stem).filter(|n| (11..=19).contains(n))
}

/// The year that the words at the end of `before` (the text before an era word) write out:
/// `উনিশশো একাত্তর`, `উনিশ শো একাত্তর`, `দুই হাজার চব্বিশ`, `দু'হাজার বাইশ`, `দুহাজার`,
/// `উনিশশো`. None when they write no year.
pub(crate) fn year_in_words(before: &str) -> Option<i32> {
    let mut words = before.split_whitespace().rev();
    let last = words.next()?;
    let (tail, head) = match number(last) {
        // (A number word alone after hundreds or thousands; not one alone: `দশ সালে`.)
        Some(n) => (n, words.next()?),
        None => (0, last),
    };
    let thousand =
        |w: &str| matches!(w, "দু'হাজার" | "দু’হাজার" | "দুহাজার" | "দুই-হাজার" | "দু-হাজার").then_some(2000);
    let base = if let Some(h) = hundreds(head) {
        Some(h * 100)
    } else if let Some(t) = thousand(head) {
        Some(t)
    } else if head == "হাজার" {
        // `দুই হাজার চব্বিশ`
        matches!(words.next(), Some("দুই" | "দু")).then_some(2000)
    } else if matches!(head, "শো" | "শ") {
        // `উনিশ শো একাত্তর`
        words.next().and_then(number).filter(|n| (11..=19).contains(n)).map(|h| h * 100)
    } else {
        None
    };
    let year = i32::from(base? + tail);
    (1100..=2099).contains(&year).then_some(year)
}

#[cfg(test)]
mod tests {
    use super::year_in_words;

    #[test]
    fn years_in_words() {
        for (text, year) in [
            ("উনিশশো একাত্তর", Some(1971)),
            ("সেই উনিশশো বা\u{09AF}\u{09BC}ান্ন", Some(1952)),
            ("উনিশশো বায়ান্ন", Some(1952)),
            ("উনিশ শো সাতচল্লিশ", Some(1947)),
            ("উনিশশ নব্বই", Some(1990)),
            ("আঠারোশো সাতান্ন", Some(1857)),
            ("দুই হাজার চব্বিশ", Some(2024)),
            ("দু'হাজার বাইশ", Some(2022)),
            ("দুহাজার", Some(2000)),
            ("উনিশশো", Some(1900)),
            ("চৌদ্দশো ত্রিশ", Some(1430)),
            // A count, or no number word at all.
            ("দশ", None),
            ("একাত্তর", None),
            ("তিন হাজার চব্বিশ", None),
            ("তিনি", None),
            ("", None),
        ] {
            assert_eq!(year_in_words(text), year, "{text}");
        }
    }
}

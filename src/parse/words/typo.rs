//! Weekday and month names misspelt by one letter (`ররিবার`, `ডিসেম্ববর`).

use super::Word;
use super::lists::{GREG_MONTHS, WEEKDAYS};

/// The first letters of the Gregorian months' Bengali names (a test checks them against the
/// list): a one-letter typo keeps the first, as the weekdays' check assumes too.
const MONTH_INITIALS: [char; 11] = ['অ', 'আ', 'এ', 'চ', 'ছ', 'জ', 'ড', 'ন', 'ফ', 'ম', 'স'];

/// A Gregorian month's name misspelt by one letter (`ডিসেম্ববর`, `অক্টবর`): the month, when one
/// name of five letters or more is within one edit and no other month's is. Asked only of a
/// word unknown to the vocabulary right after a day (`১৩ ডিসেম্ববর’২০১৯`: fresh Y-090), where a
/// month is what the text writes.
pub(crate) fn month_typo(word: &str) -> Option<u8> {
    // (Asked after every number followed by an unknown word: most are short, or start with a
    // letter no month's name does. Four letters at least, in three-byte Bengali.)
    if word.len() < 12 || !word.chars().next().is_some_and(|c| MONTH_INITIALS.contains(&c)) {
        return None;
    }
    let mut found = None;
    for &(name, month) in GREG_MONTHS {
        if name.is_ascii() || name.chars().count() < 5 || !within_one_edit(word, name) {
            continue;
        }
        let (a, b): (Vec<char>, Vec<char>) = (word.chars().collect(), name.chars().collect());
        if !edit_distance_at_most_one(&a, &b) {
            continue;
        }
        if found.is_some_and(|m| m != month) {
            return None;
        }
        found = Some(month);
    }
    found
}

/// A word ending in বার (or রার) that is one edit away from a full weekday name (`ররিবার`), read as
/// that weekday with a flag the parser turns into a warning.
pub(super) fn weekday_typo(word: &str) -> Option<Word> {
    // (… or its ব typed as র, the key beside it: `রোবরার`, probe 7.)
    if !(word.ends_with("বার") || word.ends_with("রার")) || word.len() > 48 {
        return None;
    }
    // Ordinary words ending in বার (এবার, প্রথমবার, বারবার, পরিবার …) fill real prose: reject
    // them here without allocating (the check below collects chars); a typo of a weekday is
    // within one edit of its name, which `within_one_edit` tells from the two strings.
    let near_a_name = WEEKDAYS
        .iter()
        .any(|&(name, _, short)| !short && !name.is_ascii() && within_one_edit(word, name));
    if !near_a_name {
        return None;
    }
    let chars: Vec<char> = word.chars().collect();
    let mut found = None;
    for &(name, day, short) in WEEKDAYS {
        if short || name.is_ascii() {
            continue;
        }
        let target: Vec<char> = name.chars().collect();
        if edit_distance_at_most_one(&chars, &target) {
            if found.is_some_and(|d| d != day) {
                return None; // ambiguous between two weekdays
            }
            found = Some(day);
        }
    }
    found.map(|day| Word::Weekday { day, short: false, typo: true })
}

/// Whether `a` and `b` differ by at most one inserted, deleted or replaced character, without
/// allocating or decoding: past their common prefix and then their common suffix (compared as
/// bytes, then moved back to character boundaries), each has at most one character left.
fn within_one_edit(a: &str, b: &str) -> bool {
    // One character is at most four bytes.
    if a.len().abs_diff(b.len()) > 4 {
        return false;
    }
    // One edit leaves the first characters equal, or the second (a replaced first), or moves
    // one onto the other (a first inserted or deleted): most words fail here at once.
    let (mut x, mut y) = (a.chars(), b.chars());
    let (a0, a1, b0, b1) = (x.next(), x.next(), y.next(), y.next());
    if !(a0 == b0 || a1 == b1 || a0 == b1 || a1 == b0) {
        return false;
    }
    let both_at_boundary =
        |x: &str, y: &str, i: usize, j: usize| x.is_char_boundary(i) && y.is_char_boundary(j);
    let mut prefix = a.bytes().zip(b.bytes()).take_while(|(p, q)| p == q).count();
    while !both_at_boundary(a, b, prefix, prefix) {
        prefix -= 1;
    }
    let (a, b) = (a.get(prefix..).unwrap_or_default(), b.get(prefix..).unwrap_or_default());
    let mut suffix = a.bytes().rev().zip(b.bytes().rev()).take_while(|(p, q)| p == q).count();
    while !both_at_boundary(a, b, a.len() - suffix, b.len() - suffix) {
        suffix -= 1;
    }
    let (a, b) = (
        a.get(..a.len() - suffix).unwrap_or_default(),
        b.get(..b.len() - suffix).unwrap_or_default(),
    );
    a.chars().nth(1).is_none() && b.chars().nth(1).is_none()
}

fn edit_distance_at_most_one(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    let (s, l) = (short.get(prefix..).unwrap_or_default(), long.get(prefix..).unwrap_or_default());
    if short.len() == long.len() { s.get(1..) == l.get(1..) } else { Some(s) == l.get(1..) }
}

#[cfg(test)]
mod tests {
    use super::super::lookup;
    use super::*;
    use chrono::Weekday;

    #[test]
    fn months_misspelt_by_one_letter() {
        assert_eq!(month_typo("ডিসেম্ববর"), Some(12));
        assert_eq!(month_typo("অক্টবর"), Some(10));
        // Not a word two edits away, nor a short one.
        assert_eq!(month_typo("নম্বর"), None);
        assert_eq!(month_typo("জুম"), None);
    }

    #[test]
    fn month_initials_are_the_names_first_letters() {
        for &(name, _) in GREG_MONTHS.iter().filter(|(n, _)| !n.is_ascii()) {
            let first = name.chars().next().unwrap();
            assert!(MONTH_INITIALS.contains(&first), "{name}");
        }
    }

    #[test]
    fn weekday_typos_are_flagged() {
        assert_eq!(
            lookup("ররিবার"),
            Some(Word::Weekday { day: Weekday::Sun, short: false, typo: true })
        );
        assert_eq!(lookup("সোমবর"), None); // does not end in বার
        assert_eq!(
            lookup("রোবরার"),
            Some(Word::Weekday { day: Weekday::Sun, short: false, typo: true })
        );
        for word in ["ব্যাপার", "সরকার", "বাজার", "দরকার"]
        {
            assert_eq!(lookup(word), None, "{word}");
        }
        // Ordinary words ending in বার are not weekdays.
        for word in ["এবার", "প্রথমবার", "আরেকবার", "বারবার", "দুইবার", "পরিবার"]
        {
            assert_eq!(lookup(word), None, "{word}");
        }
    }

    #[test]
    fn one_edit_without_allocating_agrees_with_the_char_vector_check() {
        let names = ["রবিবার", "মঙ্গলবার", "বৃহস্পতিবার", "সোমবার"];
        let words = [
            "ররিবার",
            "রবিবার",
            "রবিবর",
            "রবিিবার",
            "বিবার",
            "পরিবার",
            "মঙলবার",
            "এবার",
            "",
            "ররবিবার",
            "বরিবার",
        ];
        for a in words {
            for b in names {
                let chars = |s: &str| s.chars().collect::<Vec<_>>();
                let slow = edit_distance_at_most_one(&chars(a), &chars(b));
                assert_eq!(within_one_edit(a, b), slow, "{a} / {b}");
            }
        }
    }
}

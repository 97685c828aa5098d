//! Days and months that name a historical event by the words after them (`৭ই মার্চের ভাষণ`,
//! `২৫ মার্চের কালরাতে`, `২১ আগস্টের গ্রেনেড হামলা`): Bangladeshi pages write them with no year,
//! and the year is the event's, not the reference's.
//!
//! Only events whose day and noun together name one moment, each checked against a public
//! record (Banglapedia, and Wikipedia's articles of the same names); not a day kept every year
//! (`২১ ফেব্রুয়ারি`, `১৬ ডিসেম্বর`), whose noun is a day's (`দিবস`) and whose year is the
//! reference's.

/// (day, month, the nouns that may follow, the event's year). The date is in the genitive
/// (`৭ই মার্চের ভাষণ`: "7 March's speech"), except before the nouns that only the event has
/// (`২৫শে মার্চ কালরাতে`, [`BARE`]).
const EVENTS: &[(u8, u8, &[&str], i32)] = &[
    // Sheikh Mujibur Rahman's speech at the Race Course, Dhaka, 7 March 1971.
    // (ভাষন: the spelling with dental ন, as pages type it.)
    (7, 3, &["ভাষণ", "ভাষন"], 1971),
    // Operation Searchlight began on the night of 25 March 1971.
    (25, 3, &["কালরাত", "কালো রাত", "গণহত্যা"], 1971),
    // The assassination of Sheikh Mujibur Rahman and his family, 15 August 1975.
    (15, 8, &["হত্যাকাণ্ড", "হত্যাকান্ড", "ট্র্যাজেডি"], 1975),
    // The killing of four national leaders in Dhaka Central Jail, 3 November 1975.
    (3, 11, &["জেলহত্যা", "জেল হত্যা"], 1975),
    // The grenade attack on an Awami League rally in Dhaka, 21 August 2004.
    (21, 8, &["গ্রেনেড", "গ্রেনেড হামলা"], 2004),
    // The nationwide serial bombings of 17 August 2005.
    (17, 8, &["সিরিজ বোমা", "সিরিজ বোমা হামলা"], 2005),
    // The BDR mutiny at Pilkhana, Dhaka, 25 February 2009.
    (25, 2, &["পিলখানা", "বিডিআর বিদ্রোহ"], 2009),
    // The Rana Plaza collapse in Savar, 24 April 2013.
    (24, 4, &["রানা প্লাজা"], 2013),
    // The Holey Artisan Bakery attack in Gulshan, Dhaka, 1 July 2016.
    (1, 7, &["হলি আর্টিজান"], 2016),
    // The attacks on the United States of 11 September 2001.
    (11, 9, &["হামলা", "সন্ত্রাসী হামলা"], 2001),
];

/// The nouns that name their event after a date not in the genitive.
const BARE: &[&str] = &["কালরাত", "কালো রাত", "পিলখানা", "রানা প্লাজা", "হলি আর্টিজান"];

/// Whether `day` and `month` name an event with some noun (a cheap test before the words after
/// the date are gathered).
pub(crate) fn names_event(day: u8, month: u8) -> bool {
    EVENTS.iter().any(|(d, m, ..)| (*d, *m) == (day, month))
}

/// The year of the event that `day` and `month`, followed by `words` (the words after the date),
/// name: `None` when they name none, or a day kept every year (`দিবস` after the noun: `৩
/// নভেম্বরের জেলহত্যা দিবস`). `genitive`: the date was written in the genitive.
pub(crate) fn event_year(day: u8, month: u8, genitive: bool, words: &str) -> Option<i32> {
    let (_, _, nouns, year) = EVENTS.iter().find(|(d, m, ..)| (*d, *m) == (day, month))?;
    let words = words.trim_start();
    // (`৭ই মার্চের ঐতিহাসিক ভাষণ`: "historic" before the noun.)
    let words = words.strip_prefix("ঐতিহাসিক").map_or(words, str::trim_start);
    let noun = nouns.iter().filter(|n| words.starts_with(*n)).max_by_key(|n| n.len())?;
    if !genitive && !BARE.contains(noun) {
        return None;
    }
    let after = words.get(noun.len()..).unwrap_or_default();
    // (The noun with a case ending: `ভাষণের`, `কালরাতে`, `হত্যাকাণ্ডে`; then দিবস or not.)
    let rest = after.trim_start_matches(|c: char| !c.is_whitespace());
    let next = rest.split_whitespace().next().unwrap_or_default();
    (!next.starts_with("দিবস")).then_some(*year)
}

#[cfg(test)]
mod tests {
    use super::event_year;

    #[test]
    fn an_event_by_its_day_and_noun() {
        assert_eq!(event_year(7, 3, true, " ভাষণের একটি বড় বৈশিষ্ট্য"), Some(1971));
        assert_eq!(event_year(7, 3, true, "ঐতিহাসিক ভাষন ইউনেস্কোর"), Some(1971));
        assert_eq!(event_year(25, 3, false, "কালরাতে পাকিস্তানি বাহিনী"), Some(1971));
        assert_eq!(event_year(21, 8, true, "গ্রেনেড হামলা মামলার রায়"), Some(2004));
        // A day kept every year, another day, another noun, a date not in the genitive
        // (`৭ মার্চ ভাষণ দেন`, "gave a speech on 7 March"): none.
        assert_eq!(event_year(3, 11, true, "জেলহত্যা দিবস পালিত"), None);
        assert_eq!(event_year(8, 3, true, "ভাষণ"), None);
        assert_eq!(event_year(7, 3, true, "সভায়"), None);
        assert_eq!(event_year(7, 3, false, "ভাষণ দেন"), None);
    }
}

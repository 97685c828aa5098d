//! Reference dates for the Bangladesh rules, each row with its source.

use bangla_date::{BanglaDate, Month, Rule};
use chrono::NaiveDate;

/// (gregorian, rule, bangabda day, month, year, source)
const REFERENCE: &[(&str, Rule, u8, Month, i32, &str)] = {
    use Month::*;
    use Rule::*;
    &[
        // 1 Boishakh is 14 April under every Bangladesh rule.
        ("2019-04-14", Bangladesh2019, 1, Boishakh, 1426, "DOMAIN.md §1; bdnews24 17 Oct 2019"),
        ("2019-04-14", BanglaAcademy1987, 1, Boishakh, 1426, "DOMAIN.md §1 (1987 starts)"),
        ("2018-04-14", BangladeshHistorical, 1, Boishakh, 1425, "DOMAIN.md §1"),
        ("2026-04-14", BangladeshHistorical, 1, Boishakh, 1433, "DOMAIN.md §1"),
        ("2026-04-13", Bangladesh2019, 30, Choitro, 1432, "day before 1 Boishakh (DOMAIN.md §1)"),
        // 21 February: 8 Falgun (2019 rule), 9 Falgun (1987 rule).
        ("2020-02-21", Bangladesh2019, 8, Falgun, 1426, "bdnews24 17 Oct 2019: 21 Feb = 8 Falgun"),
        (
            "2020-02-21",
            BanglaAcademy1987,
            9,
            Falgun,
            1426,
            "bdnews24 2019: 'Feb 21 fell on Falgun 9'",
        ),
        ("2019-02-21", BangladeshHistorical, 9, Falgun, 1425, "1425 is under the 1987 rule"),
        ("2026-02-21", BangladeshHistorical, 8, Falgun, 1432, "1432 is under the 2019 rule"),
        // 16 December: 1 Poush (2019), 2 Poush (1987).
        ("2019-12-16", Bangladesh2019, 1, Poush, 1426, "bdnews24 17 Oct 2019: 16 Dec = 1 Poush"),
        ("2019-12-16", BanglaAcademy1987, 2, Poush, 1426, "DOMAIN.md §1: 16 Dec = 2 Poush"),
        ("2018-12-16", BangladeshHistorical, 2, Poush, 1425, "1425 is under the 1987 rule"),
        // 26 March: 12 Choitro.
        (
            "2020-03-26",
            Bangladesh2019,
            12,
            Choitro,
            1426,
            "bdnews24 17 Oct 2019: 26 Mar = 12 Choitro",
        ),
        (
            "2020-03-26",
            BanglaAcademy1987,
            12,
            Choitro,
            1426,
            "1987 Choitro starts 15 Mar (DOMAIN.md)",
        ),
        // The first day that differs between the rules.
        (
            "2019-10-16",
            BangladeshHistorical,
            31,
            Ashwin,
            1426,
            "bdnews24 17 Oct 2019: 31 Ashwin 1426",
        ),
        ("2019-10-17", BangladeshHistorical, 1, Kartik, 1426, "Daily Bangladesh 17 Oct 2019"),
        ("2019-10-16", BanglaAcademy1987, 1, Kartik, 1426, "1987 rule: Kartik starts 16 Oct"),
        // Before 1394 (14 April 1987) the historical rule reads the traditional almanac.
        (
            "1952-02-21",
            BangladeshHistorical,
            8,
            Falgun,
            1358,
            "bn.wikipedia ২১ ফেব্রুয়ারি: ৮ই ফাল্গুন ১৩৫৮",
        ),
        ("1952-02-21", BanglaAcademy1987, 9, Falgun, 1358, "the 1987 rule applied backwards"),
        (
            "1972-11-04",
            BangladeshHistorical,
            18,
            Kartik,
            1379,
            "Constitution of Bangladesh, preamble: 18 Kartick 1379 B.S. = 4 November 1972",
        ),
        (
            "1976-08-29",
            BangladeshHistorical,
            12,
            Bhadro,
            1383,
            "Nazrul's death: The Daily Star via en.wikipedia 'Bhadro'; ekhon.tv '১২ ভাদ্র'",
        ),
        ("1976-08-29", BanglaAcademy1987, 14, Bhadro, 1383, "DOMAIN.md §1: the 1987 rule gives 14"),
        ("1947-08-15", BangladeshHistorical, 29, Srabon, 1354, "bangla.aajtak.in: 29 Srabon 1354"),
        ("1987-04-14", BangladeshHistorical, 1, Boishakh, 1394, "first day of the 1987 rule"),
        (
            "1941-08-07",
            BangladeshHistorical,
            22,
            Srabon,
            1348,
            "Tagore's death, 22 Srabon 1348: en.wikipedia 'Rabindranath Tagore'",
        ),
        (
            "1899-05-24",
            BangladeshHistorical,
            11,
            Joishtho,
            1306,
            "Nazrul's birth, 11 Joishtho 1306: en.wikipedia 'Kazi Nazrul Islam'",
        ),
        (
            "1987-04-13",
            BangladeshHistorical,
            29,
            Choitro,
            1393,
            "the almanac's Choitro, cut at the switch",
        ),
        // Pohela Falgun moved from 13 to 14 February.
        ("2020-02-14", BangladeshHistorical, 1, Falgun, 1426, "cni.news 14 Feb 2020"),
        (
            "2020-02-13",
            BanglaAcademy1987,
            1,
            Falgun,
            1426,
            "cni.news 14 Feb 2020 ('instead of February 13')",
        ),
        // Dates the 2019 revision was designed to fix.
        ("2020-05-08", Bangladesh2019, 25, Boishakh, 1427, "DOMAIN.md §1: 8 May = 25 Boishakh"),
        ("2020-05-25", Bangladesh2019, 11, Joishtho, 1427, "DOMAIN.md §1: 25 May = 11 Joishtho"),
        // Month starts of the 2019 rule never move.
        ("2025-10-17", Bangladesh2019, 1, Kartik, 1432, "DOMAIN.md §1 start table"),
        ("2025-11-16", Bangladesh2019, 1, Agrahayan, 1432, "DOMAIN.md §1 start table"),
        ("2026-01-15", Bangladesh2019, 1, Magh, 1432, "DOMAIN.md §1 start table"),
        ("2026-03-15", Bangladesh2019, 1, Choitro, 1432, "DOMAIN.md §1 start table"),
        ("2025-11-15", BanglaAcademy1987, 1, Agrahayan, 1432, "DOMAIN.md §1 1987 start table"),
        ("2026-01-14", BanglaAcademy1987, 1, Magh, 1432, "DOMAIN.md §1 1987 start table"),
        // Real pages.
        (
            "2026-01-02",
            BanglaAcademy1987,
            19,
            Poush,
            1432,
            "news header, DOMAIN.md: '০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২'",
        ),
        ("2026-01-02", Bangladesh2019, 18, Poush, 1432, "DOMAIN.md: the 2019 rule gives 18 Poush"),
        (
            "2025-12-29",
            Bangladesh2019,
            14,
            Poush,
            1432,
            "dailynayadiganta.com header, corpus BNDT-231",
        ),
        // Leap Falgun: 2024 is leap, 2100 is not (Gregorian rule, Bangla Academy wording).
        ("2024-03-14", Bangladesh2019, 30, Falgun, 1430, "Falgun 1430 contains 29 Feb 2024"),
        ("2024-03-15", Bangladesh2019, 1, Choitro, 1430, "Choitro always starts 15 Mar"),
        ("2024-03-14", BanglaAcademy1987, 31, Falgun, 1430, "1987 leap Falgun has 31 days"),
        ("2100-03-14", Bangladesh2019, 29, Falgun, 1506, "2100 is not a Gregorian leap year"),
        ("2100-03-15", Bangladesh2019, 1, Choitro, 1506, "2100 is not a Gregorian leap year"),
    ]
};

#[test]
fn reference_dates_both_ways() {
    for &(iso, rule, day, month, year, source) in REFERENCE {
        let g: NaiveDate = iso.parse().unwrap();
        let b = BanglaDate::from_gregorian(g, rule).unwrap();
        assert_eq!(
            (b.day(), b.month(), b.year()),
            (day, month, year),
            "{iso} under {rule} (source: {source})"
        );
        let back = BanglaDate::new(year, month, day, rule).unwrap().to_gregorian();
        assert_eq!(back, g, "{day} {} {year} under {rule} (source: {source})", month.roman());
    }
}

#[test]
fn month_lengths_that_differ_between_rules() {
    // DOMAIN.md §1: ৩১ আশ্বিন ১৪৩২ exists under 2019, not under 1987; ৩১ ফাল্গুন ১৪৩২ exists under
    // neither (Feb 2026 has 28 days).
    assert!(BanglaDate::new(1432, Month::Ashwin, 31, Rule::Bangladesh2019).is_ok());
    assert!(BanglaDate::new(1432, Month::Ashwin, 31, Rule::BanglaAcademy1987).is_err());
    let err = BanglaDate::new(1432, Month::Falgun, 31, Rule::Bangladesh2019).unwrap_err();
    assert_eq!(
        err.to_string(),
        "day 31 is out of range for ফাল্গুন (Falgun) 1432 under rule bd2019, which has 29 days \
         (expected 1..=29)"
    );
    assert_eq!(Rule::Bangladesh2019.days_in_month(1506, Month::Falgun).unwrap(), 29);
    assert_eq!(Rule::Bangladesh2019.days_in_month(1502, Month::Falgun).unwrap(), 30); // Feb 2096
}

#[test]
fn rule_names_round_trip() {
    for (rule, name) in Rule::ALL.into_iter().zip(Rule::NAMES) {
        assert_eq!(rule.name(), name);
        assert_eq!(name.parse::<Rule>().unwrap(), rule);
    }
    let err = "bd2020".parse::<Rule>().unwrap_err();
    assert!(
        err.to_string().starts_with("unknown rule `bd2020` (expected one of: bd2019, bd1987, bd")
    );
}

#[test]
fn display_and_roman() {
    let d = BanglaDate::new(1432, Month::Poush, 18, Rule::Bangladesh2019).unwrap();
    assert_eq!(d.to_string(), "১৮ পৌষ ১৪৩২ বঙ্গাব্দ");
    assert_eq!(d.roman().to_string(), "18 Poush 1432 BS");
    assert_eq!(d.season().bengali(), "শীত");
    assert_eq!(d.weekday(), chrono::Weekday::Fri);
    assert_eq!(d.ordinal(), 264); // 14 Apr 2025 is day 1, 2 Jan 2026 day 264
}

/// What a `BanglaDate` displays reads back as the same date, for every year it can hold: a year
/// of one to three digits, or below zero, included (`১৮ জ্যৈষ্ঠ -৫৯২ বঙ্গাব্দ`).
#[test]
fn every_displayed_date_reads_back() {
    use bangla_date::{BanglaDate, Rule};
    for year in [-262_000, -5_000, -593, -1, 0, 1, 9, 57, 99, 100, 999, 1000, 1432, 9406] {
        for rule in [Rule::Bangladesh2019, Rule::BanglaAcademy1987, Rule::BangladeshHistorical] {
            let date = BanglaDate::new(year, bangla_date::Month::Joishtho, 18, rule).unwrap();
            let shown = date.to_string();
            assert_eq!(BanglaDate::parse(&shown, rule).unwrap(), date, "{shown}");
        }
    }
}

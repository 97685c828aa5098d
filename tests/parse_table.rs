//! Data-driven tests of the parser: each row is a string in one of the shapes real Bangladeshi and
//! Indian pages use (DOMAIN.md §2–§4, which cites where each shape was seen), what must be
//! matched, and what it must resolve to. The strings are written for these tests; the facts
//! behind the expected values (weekdays, calendar rules) are cited on the rows that need them.

use bangla_date::parse::{Parser, Role, YearResolution};
use bangla_date::{Month, Rule};
use chrono::{NaiveDate, NaiveDateTime};

/// Expected values of the first match; `None` fields are not checked, `Some("-")` means "must
/// be absent".
#[derive(Default, Clone, Copy)]
struct Row {
    text: &'static str,
    /// Reference datetime for relative and yearless expressions.
    reference: Option<&'static str>,
    /// The text of the first match.
    matched: &'static str,
    date: Option<&'static str>,
    /// `MM-DD` of a yearless match.
    month_day: Option<&'static str>,
    time: Option<&'static str>,
    datetime: Option<&'static str>,
    /// Bangabda day, month, rule name ("-" for no rule).
    bangla: Option<(u8, Month, &'static str)>,
    /// Warning codes, in order; `None` means not checked, `Some(&[])` means none.
    warnings: Option<&'static [&'static str]>,
    source: &'static str,
}

const REF: Option<&str> = Some("2025-12-30T09:00:00");

fn rows() -> Vec<Row> {
    let r = Row::default();
    vec![
        // DOMAIN.md §1 and the README: the sample header; অপরাহ্ন is p.m.; 19 Poush is the 1987 rule's.
        Row {
            text: "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ",
            matched: "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ",
            datetime: Some("2026-01-02T17:41:00+06:00"),
            bangla: Some((19, Month::Poush, "bd1987")),
            warnings: Some(&["bangla-other-rule"]),
            source: "DOMAIN.md §1 sample header",
            ..r
        },
        // The same header printed with the 2019 rule's value: no warning.
        Row {
            text: "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারি ২০২৬, ১৮ পৌষ ১৪৩২ বঙ্গাব্দ",
            matched: "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারি ২০২৬, ১৮ পৌষ ১৪৩২ বঙ্গাব্দ",
            datetime: Some("2026-01-02T17:41:00+06:00"),
            bangla: Some((18, Month::Poush, "bd2019")),
            warnings: Some(&[]),
            source: "DOMAIN.md §1: the 2019 rule gives 18 Poush for 2 Jan 2026",
            ..r
        },
        // A month joined to its year by an apostrophe (older Bangladeshi writing).
        Row {
            text: "সেই ২৫শে নভেম্বর’২০০০ইং-এ নরসিংদীতে",
            matched: "২৫শে নভেম্বর’২০০০ইং-এ",
            date: Some("2000-11-25"),
            source: "blog post on factory fires (2013): `১১ই এপ্রিল’২০০৫ইং`, `মে’২০০৪ইং`",
            ..r
        },
        // A clock written with a hyphen, confirmed by its hour's unit, after a date.
        Row {
            text: "১৩ এপ্রিল শনিবার, ২০১৩ ১২-০০ টায় বিক্ষোভ মিছিল",
            matched: "১৩ এপ্রিল শনিবার, ২০১৩ ১২-০০ টায়",
            datetime: Some("2013-04-13T12:00:00+06:00"),
            source: "a students' press statement (2013); 13 Apr 2013 was a Saturday",
            ..r
        },
        // রু written as র + U+201C by a bad Bijoy-font conversion (blogs of 2010–2016); a quote
        // elsewhere stays a quote.
        Row {
            text: "রায় দেওয়া হয় ২৮ ফেব্র“য়ারি ২০১৩ তারিখে",
            matched: "২৮ ফেব্র“য়ারি ২০১৩",
            date: Some("2013-02-28"),
            source: "a war-crimes tribunal timeline on a blog (2014)",
            ..r
        },
        // After a dateline's colon, a weekday before a date is that date's, not the dateline's.
        Row {
            text: "কলকাতা, ৯ ফেব্রুয়ারি : সোমবার, ১০ ফেব্রুয়ারি থেকে শুরু হচ্ছে মাধ্যমিক পরীক্ষা।",
            matched: "৯ ফেব্রুয়ারি",
            month_day: Some("02-09"),
            source: "a Kolkata exam notice (2025); 10 Feb 2025 was a Monday",
            ..r
        },
        // "On this day in 1903": the history columns' phrase, the reference's day in that year.
        Row {
            text: "১৯০৩ সালের আজকের এই দিনে ফরিদপুর জেলায় জন্মগ্রহণ করেন।",
            reference: Some("2017-01-01T00:26:00"),
            matched: "১৯০৩ সালের আজকের এই দিনে",
            date: Some("1903-01-01"),
            warnings: Some(&[]),
            source: "a horoscope site's birthday column (2017)",
            ..r
        },
        // … with its year after it, or as a case ending or a year's word (probe 7: today, or
        // missed).
        Row {
            text: "আজকের এই দিনে ১৯৭১ সালে স্বাধীনতার ঘোষণা দেওয়া হয়",
            reference: Some("2025-03-26T08:00:00"),
            matched: "আজকের এই দিনে ১৯৭১ সালে",
            date: Some("1971-03-26"),
            warnings: Some(&[]),
            source: "this day, its year after it (the declaration of 26 March 1971)",
            ..r
        },
        Row {
            text: "এই দিনে ১৯৭১ সালে",
            reference: Some("2025-03-26T08:00:00"),
            matched: "এই দিনে ১৯৭১ সালে",
            date: Some("1971-03-26"),
            source: "this day without আজকের, its year after it",
            ..r
        },
        Row {
            text: "১৯৭১-এর এই দিনে",
            reference: Some("2025-03-26T08:00:00"),
            matched: "১৯৭১-এর এই দিনে",
            date: Some("1971-03-26"),
            source: "the year with a case ending before this day",
            ..r
        },
        Row {
            text: "একাত্তরের এই দিনে",
            reference: Some("2025-12-16T08:00:00"),
            matched: "একাত্তরের এই দিনে",
            date: Some("1971-12-16"),
            source: "the year's word before this day",
            ..r
        },
        Row {
            text: "১৯৭১ সালে এ মাসের ৭ তারিখেই বঙ্গবন্ধু ভাষণ দেন",
            reference: Some("2022-03-01T09:00:00"),
            matched: "এ মাসের ৭ তারিখেই",
            date: Some("1971-03-07"),
            warnings: Some(&["month-inferred"]),
            source: "this month's day after a year written before it: the reference's month in that year (probe 7; the speech of 7 March 1971)",
            ..r
        },
        Row {
            text: "গত বছরের আজকের দিনে বাজারে আগুন লাগে",
            reference: Some("2025-03-26T08:00:00"),
            matched: "গত বছরের আজকের",
            date: Some("2024-03-26"),
            source: "today's day of the year counted (probe 7: today)",
            ..r
        },
        Row {
            text: "গত বছরের এই মাসের ১০ তারিখে",
            reference: Some("2022-03-01T09:00:00"),
            matched: "গত বছরের এই মাসের ১০ তারিখে",
            date: Some("2021-03-10"),
            warnings: Some(&["year-inferred", "month-inferred"]),
            source: "this month's day of a year counted",
            ..r
        },
        Row {
            text: "১৯৫২ সালের এইদিনে ভাষার দাবিতে মিছিল হয়।",
            reference: Some("2024-02-21T08:00:00"),
            matched: "১৯৫২ সালের এইদিনে",
            date: Some("1952-02-21"),
            source: "ইতিহাসের এই দিনে columns",
            ..r
        },
        // The month's first day, its year written later in the sentence.
        Row {
            text: "ফেব্রুয়ারির প্রথম দিন ২০২৩ সালের অমর একুশে বইমেলা শুরু হবে।",
            matched: "ফেব্রুয়ারির প্রথম দিন",
            date: Some("2023-02-01"),
            source: "a book-fair announcement (2023)",
            ..r
        },
        // A narrative's "it was then" between the period and its clock.
        Row {
            text: "দুপুর তখন প্রায় ১টা, আমরা পৌঁছালাম।",
            reference: Some("2017-05-01T09:00:00"),
            matched: "দুপুর তখন প্রায় ১টা",
            time: Some("13:00:00"),
            source: "a travel blog (2015)",
            ..r
        },
        // গুরুবার, Thursday on Indian almanac pages (20 Nov 2025 was a Thursday).
        Row {
            text: "পঞ্জিকা : ২০ নভেম্বর, ২০২৫ (গুরুবার)",
            matched: "২০ নভেম্বর, ২০২৫ (গুরুবার)",
            date: Some("2025-11-20"),
            warnings: Some(&[]),
            source: "a Kolkata daily's almanac page (2025)",
            ..r
        },
        // A Hijri year that heads a Hijri date of its own is that date's, and its date gives the
        // Gregorian one its year (29 Jumada al-Akhirah 1442 fell on 11-12 February 2021).
        Row {
            text: "শুক্রবার ১২ ফেব্রুয়ারি ১৪৪২ হিজরির ২৯ জমাদিউল আখিরা।",
            matched: "শুক্রবার ১২ ফেব্রুয়ারি ১৪৪২ হিজরির ২৯ জমাদিউল আখিরা",
            date: Some("2021-02-12"),
            warnings: Some(&[]),
            source: "a Chandpur daily's moon-sighting report (2021)",
            ..r
        },
        // The formal (sadhu) words of notices and court papers: অদ্য ("today"), গত কল্য.
        Row {
            text: "অদ্য সকাল ১০ ঘটিকায় সভা অনুষ্ঠিত হইবে।",
            reference: Some("2024-03-12T08:00:00"),
            matched: "অদ্য সকাল ১০ ঘটিকায়",
            datetime: Some("2024-03-12T10:00:00+06:00"),
            source: "a union council's notice",
            ..r
        },
        Row {
            text: "গত কাল রাত ১০টায় তিনি ইন্তেকাল করেন।",
            reference: Some("2024-03-12T08:00:00"),
            matched: "গত কাল রাত ১০টায়",
            datetime: Some("2024-03-11T22:00:00+06:00"),
            source: "an obituary notice, গত কাল spaced as older pages write it",
            ..r
        },
        // ৷ (U+09F7) as a danda, glued to the word before it (Kolkata, Tripura).
        Row {
            text: "নগদ টাকা পাওয়া গেছে আজ৷ মিলেছে সম্পত্তির হদিশ৷",
            reference: Some("2015-12-15T22:36:00"),
            matched: "আজ",
            date: Some("2015-12-15"),
            source: "a Kolkata daily's report reposted on a blog (2015)",
            ..r
        },
        // A two-digit-year date, then a clock with its period.
        Row {
            text: "গত ০৫-১০-২৩ রাত ১১:৩০ টা উত্তরায় ইন্তেকাল করেন",
            reference: Some("2023-10-06T09:00:00"),
            matched: "গত ০৫-১০-২৩ রাত ১১:৩০ টা",
            datetime: Some("2023-10-05T23:30:00+06:00"),
            source: "an obituary notice (2023)",
            ..r
        },
        // A prayer's label with "is" before its clock, and a clock later in the clause after a
        // bracketed date.
        Row {
            text: "শুক্রবার (৭ মার্চ) ঢাকা ও তার পার্শ্ববর্তী এলাকার ইফতারের সময় হলো ৬টা ৫ মিনিট।",
            reference: Some("2025-03-05T09:00:00"),
            matched: "শুক্রবার (৭ মার্চ) ঢাকা ও তার পার্শ্ববর্তী এলাকার ইফতারের সময় হলো ৬টা ৫ মিনিট",
            datetime: Some("2025-03-07T18:05:00+06:00"),
            source: "Ramadan timetables in BD news; 7 Mar 2025 was a Friday",
            ..r
        },
        // A notice's or a timetable's সময় ("time") before a dotted clock: no period, but a clock.
        Row {
            text: "ট্রেন ছাড়ার সময়: ১৬.৩৫",
            matched: "সময়: ১৬.৩৫",
            time: Some("16:35:00"),
            source: "train timetables on district portals (যোগাযোগ ব্যবস্থা pages)",
            ..r
        },
        // §3 update stamp with seconds and a label.
        Row {
            text: "আপডেট সময় : ১১:০৫:০৯ পূর্বাহ্ন, বৃহস্পতিবার, ০১ জানুয়ারী ২০২৬",
            matched: "আপডেট সময় : ১১:০৫:০৯ পূর্বাহ্ন, বৃহস্পতিবার, ০১ জানুয়ারী ২০২৬",
            datetime: Some("2026-01-01T11:05:09+06:00"),
            warnings: Some(&[]),
            source: "DOMAIN.md §3 news header; 1 Jan 2026 was a Thursday",
            ..r
        },
        // §3 bylines.
        Row {
            text: "প্রকাশ: ০৫ জানুয়ারি ২০২৬ | ১৮:০২",
            matched: "প্রকাশ: ০৫ জানুয়ারি ২০২৬ | ১৮:০২",
            datetime: Some("2026-01-05T18:02:00+06:00"),
            warnings: Some(&[]),
            source: "DOMAIN.md §3 byline `প্রকাশ: DD Month YYYY | HH:mm`",
            ..r
        },
        Row {
            text: "প্রকাশিত: ০৯:১৫ পিএম, ১৪ ফেব্রুয়ারি ২০২৪",
            matched: "প্রকাশিত: ০৯:১৫ পিএম, ১৪ ফেব্রুয়ারি ২০২৪",
            datetime: Some("2024-02-14T21:15:00+06:00"),
            source: "DOMAIN.md §3 byline `প্রকাশিত: hh:mm পিএম, DD Month YYYY`",
            ..r
        },
        Row {
            text: "শেষ আপডেট: ১০ মার্চ ২০২৫ ০৭:৩০",
            matched: "শেষ আপডেট: ১০ মার্চ ২০২৫ ০৭:৩০",
            datetime: Some("2025-03-10T07:30:00+06:00"),
            warnings: Some(&["meridiem-unknown"]),
            source: "DOMAIN.md §3 byline `শেষ আপডেট: DD Month YYYY HH:mm`",
            ..r
        },
        Row {
            text: "১৫ আগস্ট ২০২৫, ১০:৪৫ পূর্বাহ্ণ",
            matched: "১৫ আগস্ট ২০২৫, ১০:৪৫ পূর্বাহ্ণ",
            datetime: Some("2025-08-15T10:45:00+06:00"),
            source: "DOMAIN.md §2: পূর্বাহ্ন also spelled with ণ",
            ..r
        },
        Row {
            text: "Posted on March 7, 2025 at 8:05 PM",
            matched: "March 7, 2025 at 8:05 PM",
            date: Some("2025-03-07"),
            source: "DOMAIN.md §3: month-first WordPress dates",
            ..r
        },
        // §3 triple date.
        Row {
            text: "আজ শুক্রবার, ২ জানুয়ারি ২০২৬ ইংরেজি, ১৮ পৌষ ১৪৩২ বাংলা, ১২ রজব ১৪৪৭ হিজরি।",
            matched: "আজ শুক্রবার, ২ জানুয়ারি ২০২৬ ইংরেজি, ১৮ পৌষ ১৪৩২ বাংলা, ১২ রজব ১৪৪৭ হিজরি",
            date: Some("2026-01-02"),
            bangla: Some((18, Month::Poush, "bd2019")),
            warnings: Some(&[]),
            source: "DOMAIN.md §3 triple date",
            ..r
        },
        // §3 government dateline: two calendars, no year.
        Row {
            text: "ঢাকা, ১৮ পৌষ (২ জানুয়ারি): সরকার জানিয়েছে",
            reference: Some("2026-01-02T12:00:00"),
            matched: "১৮ পৌষ (২ জানুয়ারি)",
            date: Some("2026-01-02"),
            bangla: Some((18, Month::Poush, "bd2019")),
            warnings: Some(&["year-inferred"]),
            source: "DOMAIN.md §3 government dateline",
            ..r
        },
        // §3 `YYYY সালের D Month`, day words (§2).
        Row {
            text: "১৯৭১ সালের ষোলোই ডিসেম্বর",
            matched: "১৯৭১ সালের ষোলোই ডিসেম্বর",
            date: Some("1971-12-16"),
            source: "DOMAIN.md §2 day words, §3 year-first",
            ..r
        },
        Row {
            text: "একুশে ফেব্রুয়ারি ১৯৫২",
            matched: "একুশে ফেব্রুয়ারি ১৯৫২",
            date: Some("1952-02-21"),
            source: "DOMAIN.md §2 (একুশে ফেব্রুয়ারি)",
            ..r
        },
        // Ordinals: glued, zero-padded, spaced.
        Row {
            text: "০৪ঠা মার্চ ২০২৩",
            matched: "০৪ঠা মার্চ ২০২৩",
            date: Some("2023-03-04"),
            source: "DOMAIN.md §2 zero-padded ordinal",
            ..r
        },
        Row {
            text: "৯ ই নভেম্বর, ২০২২ সালে",
            matched: "৯ ই নভেম্বর, ২০২২ সালে",
            date: Some("2022-11-09"),
            source: "DOMAIN.md §2 spaced ordinal; era word সালে",
            ..r
        },
        // Numeric forms in both digit sets.
        Row {
            text: "২৮/১২/২০২৫",
            matched: "২৮/১২/২০২৫",
            date: Some("2025-12-28"),
            source: "DOMAIN.md §3 numeric",
            ..r
        },
        Row {
            text: "28-12-2025",
            matched: "28-12-2025",
            date: Some("2025-12-28"),
            source: "DOMAIN.md §3 numeric",
            ..r
        },
        Row {
            text: "২৮.১২.২০২৫",
            matched: "২৮.১২.২০২৫",
            date: Some("2025-12-28"),
            source: "DOMAIN.md §3 numeric",
            ..r
        },
        Row {
            text: "২০২৫-১২-২৮",
            matched: "২০২৫-১২-২৮",
            date: Some("2025-12-28"),
            source: "DOMAIN.md §3 ISO",
            ..r
        },
        // Glued forms (§3 faults to survive).
        Row {
            text: "ঘটনাটি ২৯মে ঘটেছে",
            matched: "২৯মে",
            month_day: Some("05-29"),
            date: Some("-"),
            source: "DOMAIN.md §3 day glued to month",
            ..r
        },
        Row {
            text: "১০ মার্চ ২০২৫-এ প্রকাশিত",
            matched: "১০ মার্চ ২০২৫-এ",
            date: Some("2025-03-10"),
            source: "DOMAIN.md §3 suffix glued to a year",
            ..r
        },
        Row {
            text: "১২ জুন ১৯৮৬ইং",
            matched: "১২ জুন ১৯৮৬ইং",
            date: Some("1986-06-12"),
            source: "DOMAIN.md §3 `১৯৮৬ইং`",
            ..r
        },
        Row {
            text: "০২ জানুয়ারি ২০2৬",
            matched: "০২ জানুয়ারি ২০2৬",
            date: Some("2026-01-02"),
            warnings: Some(&["mixed-digits"]),
            source: "DOMAIN.md §3 digit set switching inside one number",
            ..r
        },
        // Case endings on month names.
        Row {
            // `জানুয়ারির ৫ তারিখে`: the genitive month and the day's number, 5 January too.
            text: "জানুয়ারির ৫ তারিখে নয়, ৫ জানুয়ারির সভায়",
            matched: "জানুয়ারির ৫ তারিখে",
            month_day: Some("01-05"),
            source: "DOMAIN.md §2 case endings",
            ..r
        },
        // Bangabda months, variants and a day word.
        Row {
            text: "পঁচিশে বৈশাখ ১৪৩২",
            matched: "পঁচিশে বৈশাখ ১৪৩২",
            date: Some("2025-05-08"),
            source: "DOMAIN.md §1: 8 May = 25 Boishakh under the 2019 rule",
            ..r
        },
        Row {
            text: "১ জৈষ্ঠ্য ১৪৩২",
            matched: "১ জৈষ্ঠ্য ১৪৩২",
            date: Some("2025-05-15"),
            source: "DOMAIN.md §1 starts, §2 variant জৈষ্ঠ্য",
            ..r
        },
        Row {
            text: "১ অগ্রহায়ন ১৪৩২",
            matched: "১ অগ্রহায়ন ১৪৩২",
            date: Some("2025-11-16"),
            source: "DOMAIN.md §1 starts, §2 variant অগ্রহায়ন",
            ..r
        },
        // Historical rule: a date in 1425 is read by the 1987 rule.
        Row {
            text: "৯ ফাল্গুন ১৪২৫",
            matched: "৯ ফাল্গুন ১৪২৫",
            date: Some("2019-02-21"),
            source: "bdnews24 2019: Feb 21 fell on Falgun 9 (1987 rule)",
            ..r
        },
        // Times with day periods (CLDR bn ranges, DOMAIN.md §2).
        Row {
            text: "রাত ৩টায় আগুন লাগে",
            matched: "রাত ৩টায়",
            time: Some("03:00:00"),
            source: "DOMAIN.md §2 রাত ৩টা = 03:00",
            ..r
        },
        Row {
            text: "রাত ৯টায়",
            matched: "রাত ৯টায়",
            time: Some("21:00:00"),
            source: "DOMAIN.md §2 রাত ৯টা = 21:00",
            ..r
        },
        Row {
            text: "দুপুর ১টা ১০ মিনিটে",
            matched: "দুপুর ১টা ১০ মিনিটে",
            time: Some("13:10:00"),
            source: "DOMAIN.md §2 দুপুর ১টা = 13:00",
            ..r
        },
        Row {
            text: "বিকেল সাড়ে ৪টায়",
            matched: "বিকেল সাড়ে ৪টায়",
            time: Some("16:30:00"),
            source: "DOMAIN.md §2 সাড়ে +30",
            ..r
        },
        Row {
            text: "সকাল পৌনে ৯টা থেকে",
            matched: "সকাল পৌনে ৯টা",
            time: Some("08:45:00"),
            source: "DOMAIN.md §2 পৌনে −15",
            ..r
        },
        Row {
            text: "সন্ধ্যা সোয়া ৭টায়",
            matched: "সন্ধ্যা সোয়া ৭টায়",
            time: Some("19:15:00"),
            source: "DOMAIN.md §2 সোয়া +15",
            ..r
        },
        Row {
            text: "ভোর সাড়ে চারটায়",
            matched: "ভোর সাড়ে চারটায়",
            time: Some("04:30:00"),
            source: "DOMAIN.md §2 hour words",
            ..r
        },
        Row {
            text: "দুপুর আড়াইটায়",
            matched: "দুপুর আড়াইটায়",
            time: Some("14:30:00"),
            source: "DOMAIN.md §2 আড়াই = 2:30",
            ..r
        },
        Row {
            text: "বেলা দেড়টার দিকে",
            matched: "বেলা দেড়টার দিকে",
            time: Some("13:30:00"),
            source: "DOMAIN.md §2 দেড় = 1:30, দিকে approximate",
            ..r
        },
        Row {
            text: "সকাল ১০.৩০ ঘটিকায়",
            matched: "সকাল ১০.৩০ ঘটিকায়",
            time: Some("10:30:00"),
            source: "DOMAIN.md §2 `.` separator, ঘটিকা",
            ..r
        },
        Row {
            text: "সময় ০৫:৪১",
            matched: "সময় ০৫:৪১",
            time: Some("05:41:00"),
            warnings: Some(&["meridiem-unknown"]),
            source: "issue: a bare ০৫:৪১ is 05:41 with meridiem unknown",
            ..r
        },
        Row {
            text: "১২:০০ এএম, ১ জানুয়ারি ২০২৬",
            matched: "১২:০০ এএম, ১ জানুয়ারি ২০২৬",
            datetime: Some("2026-01-01T00:00:00+06:00"),
            source: "DOMAIN.md §2: ১২:০০ এএম is midnight",
            ..r
        },
        // দিবাগত রাত: the night after the named day (DOMAIN.md §2).
        Row {
            text: "রবিবার (২৮ ডিসেম্বর) দিবাগত রাত ২টায়",
            reference: REF,
            matched: "রবিবার (২৮ ডিসেম্বর) দিবাগত রাত ২টায়",
            datetime: Some("2025-12-29T02:00:00+06:00"),
            warnings: Some(&["year-inferred"]),
            source: "DOMAIN.md §2: Sunday's দিবাগত রাত ২টা is Monday 02:00; 28 Dec 2025 was a Sunday",
            ..r
        },
        // Yearless dates and the reference (news: most recent past).
        Row {
            text: "সোমবার (২৯ ডিসেম্বর) সকাল ৬টায়",
            reference: REF,
            matched: "সোমবার (২৯ ডিসেম্বর) সকাল ৬টায়",
            datetime: Some("2025-12-29T06:00:00+06:00"),
            warnings: Some(&["year-inferred"]),
            source: "DOMAIN.md §3 `weekday (D Month)`; 29 Dec 2025 was a Monday",
            ..r
        },
        Row {
            text: "রবিবার (২৯ ডিসেম্বর) বিকেলে",
            reference: REF,
            matched: "রবিবার (২৯ ডিসেম্বর) বিকেলে",
            date: Some("2025-12-29"),
            warnings: Some(&["year-inferred", "weekday-mismatch"]),
            source: "DOMAIN.md §3: a weekday that contradicts the date is flagged (29 Dec 2025 was a Monday)",
            ..r
        },
        Row {
            text: "শুক্রবার (২ জানুয়ারি) জুমার পর",
            reference: REF,
            matched: "শুক্রবার (২ জানুয়ারি)",
            date: Some("2026-01-02"),
            warnings: Some(&["year-inferred"]),
            source: "the weekday picks the year: 2 Jan 2026 was a Friday, 2 Jan 2025 a Thursday",
            ..r
        },
        Row {
            text: "আগামী ১২ ফেব্রুয়ারি নির্বাচন",
            reference: REF,
            matched: "আগামী ১২ ফেব্রুয়ারি",
            date: Some("2026-02-12"),
            source: "DOMAIN.md §2: আগামী looks forward",
            ..r
        },
        Row {
            text: "গত ২ জানুয়ারি",
            reference: REF,
            matched: "গত ২ জানুয়ারি",
            date: Some("2025-01-02"),
            source: "DOMAIN.md §2: গত looks back",
            ..r
        },
        Row {
            text: "চলতি বছরের ৫ মার্চ",
            reference: REF,
            matched: "চলতি বছরের ৫ মার্চ",
            date: Some("2025-03-05"),
            source: "DOMAIN.md §2 চলতি বছরের",
            ..r
        },
        // Relative expressions (DOMAIN.md §2).
        Row {
            text: "গতকাল বিকেল ৫টায়",
            reference: REF,
            matched: "গতকাল বিকেল ৫টায়",
            datetime: Some("2025-12-29T17:00:00+06:00"),
            source: "DOMAIN.md §2 গতকাল",
            ..r
        },
        Row {
            text: "আগামীকাল",
            reference: REF,
            matched: "আগামীকাল",
            date: Some("2025-12-31"),
            source: "DOMAIN.md §2 আগামীকাল",
            ..r
        },
        Row {
            text: "গত শনিবার",
            reference: REF,
            matched: "গত শনিবার",
            date: Some("2025-12-27"),
            source: "DOMAIN.md §2 গত + weekday; 30 Dec 2025 was a Tuesday",
            ..r
        },
        // A weekday of a week counted: the week runs Sunday to Saturday (the almanac's), and
        // where a Saturday-first week would differ, the answer says so.
        Row {
            text: "আগামী সপ্তাহের মঙ্গলবার বৈঠক হবে",
            reference: REF,
            matched: "আগামী সপ্তাহের মঙ্গলবার",
            date: Some("2026-01-06"),
            warnings: Some(&[]),
            source: "next week's Tuesday: 30 Dec 2025 was a Tuesday, its week 28 Dec – 3 Jan (was the nearest Tuesday, flagged)",
            ..r
        },
        Row {
            text: "গত সপ্তাহে বৃহস্পতি বার তিনি আসেন",
            reference: REF,
            matched: "গত সপ্তাহে বৃহস্পতি বার",
            date: Some("2025-12-25"),
            warnings: Some(&[]),
            source: "last week's Thursday, the weekday in two words: 25 Dec 2025 was a Thursday",
            ..r
        },
        Row {
            text: "পরের সপ্তাহের শনিবার খেলা",
            reference: REF,
            matched: "পরের সপ্তাহের শনিবার",
            date: Some("2026-01-10"),
            warnings: Some(&["week-start"]),
            source: "a Saturday: a Saturday-first week would give 3 Jan 2026, so the Sunday-first answer is not sure",
            ..r
        },
        Row {
            text: "আগামী রবিবার",
            reference: REF,
            matched: "আগামী রবিবার",
            date: Some("2026-01-04"),
            source: "DOMAIN.md §2 আগামী + weekday",
            ..r
        },
        Row {
            text: "৩ ঘণ্টা আগে",
            reference: REF,
            matched: "৩ ঘণ্টা আগে",
            datetime: Some("2025-12-30T06:00:00+06:00"),
            source: "DOMAIN.md §2 N ঘণ্টা আগে",
            ..r
        },
        Row {
            text: "দুই দিন পরে",
            reference: REF,
            matched: "দুই দিন পরে",
            date: Some("2026-01-01"),
            source: "DOMAIN.md §2 N দিন পরে",
            ..r
        },
        // Without a reference nothing is guessed.
        Row {
            text: "গতকাল",
            matched: "গতকাল",
            date: Some("-"),
            source: "no reference: no date",
            ..r
        },
        Row {
            text: "১২ ফেব্রুয়ারি",
            matched: "১২ ফেব্রুয়ারি",
            date: Some("-"),
            month_day: Some("02-12"),
            warnings: Some(&[]),
            source: "no reference: no year",
            ..r
        },
        // Unicode (DOMAIN.md §4): decomposed য়, ো in two parts, ZWNJ, NBSP.
        Row {
            text: "১ জানুয\u{09BC}ারি ২০২৬",
            matched: "১ জানুয\u{09BC}ারি ২০২৬",
            date: Some("2026-01-01"),
            source: "DOMAIN.md §4: য় as য + nukta",
            ..r
        },
        Row {
            text: "র\u{09C7}\u{09BE}ববার, ৪ জানুয়ারি ২০২৬",
            matched: "র\u{09C7}\u{09BE}ববার, ৪ জানুয়ারি ২০২৬",
            date: Some("2026-01-04"),
            warnings: Some(&[]),
            source: "DOMAIN.md §4: ো as two code points; 4 Jan 2026 was a Sunday",
            ..r
        },
        Row {
            text: "মঙ্গলবার \u{200C}(৩০ ডিসেম্বর ২০২৫)\u{00A0}সকাল\u{00A0}১০টায়",
            matched: "মঙ্গলবার \u{200C}(৩০ ডিসেম্বর ২০২৫)\u{00A0}সকাল\u{00A0}১০টায়",
            datetime: Some("2025-12-30T10:00:00+06:00"),
            warnings: Some(&[]),
            source: "DOMAIN.md §4: ZWNJ and NBSP around date phrases",
            ..r
        },
        Row {
            text: "ররিবার (৪ জানুয়ারি ২০২৬)",
            matched: "ররিবার (৪ জানুয়ারি ২০২৬)",
            date: Some("2026-01-04"),
            warnings: Some(&["weekday-spelling"]),
            source: "DOMAIN.md §3: typos in weekday words",
            ..r
        },
        // Year-first with a Bangabda era; English ordinals and weekday; short Bengali weekday.
        Row {
            text: "১৪৩২ বঙ্গাব্দের ১৯ পৌষ",
            matched: "১৪৩২ বঙ্গাব্দের ১৯ পৌষ",
            date: Some("2026-01-03"),
            bangla: Some((19, Month::Poush, "bd2019")),
            source: "DOMAIN.md §2 era words; 2019 rule: Poush starts 16 Dec",
            ..r
        },
        Row {
            text: "Friday, 5th January 2024",
            matched: "Friday, 5th January 2024",
            date: Some("2024-01-05"),
            warnings: Some(&[]),
            source: "English names (DOMAIN.md §2); 5 Jan 2024 was a Friday",
            ..r
        },
        Row {
            text: "শুক্র, ২ জানুয়ারি ২০২৬",
            matched: "শুক্র, ২ জানুয়ারি ২০২৬",
            date: Some("2026-01-02"),
            warnings: Some(&[]),
            source: "DOMAIN.md §2 short weekday forms",
            ..r
        },
        // ISO 8601 with an explicit offset, in either digit set; the visarga as a colon.
        Row {
            text: "2026-01-02T17:41:00+05:30",
            matched: "2026-01-02T17:41:00+05:30",
            datetime: Some("2026-01-02T17:41:00+05:30"),
            warnings: Some(&[]),
            source: "ISO 8601; an explicit offset wins over the parser's zone",
            ..r
        },
        Row {
            text: "2026-01-02T17:41-05:00",
            matched: "2026-01-02T17:41-05:00",
            datetime: Some("2026-01-02T17:41:00-05:00"),
            warnings: Some(&[]),
            source: "ISO 8601: an offset west of Greenwich after the date's T (a hyphen after a clock is otherwise a range's)",
            ..r
        },
        Row {
            text: "2026-01-02 17:41:00-05:00",
            matched: "2026-01-02 17:41:00-05:00",
            datetime: Some("2026-01-02T17:41:00-05:00"),
            warnings: Some(&[]),
            source: "… or after a clock with its seconds",
            ..r
        },
        Row {
            text: "সকাল ১০ঃ৩০ মিনিটে",
            matched: "সকাল ১০ঃ৩০ মিনিটে",
            time: Some("10:30:00"),
            source: "DOMAIN.md §2: the visarga ঃ stands for a colon",
            ..r
        },
        Row {
            text: "রাত ১০টা বেজে ৩০ মিনিটে",
            matched: "রাত ১০টা বেজে ৩০ মিনিটে",
            time: Some("22:30:00"),
            source: "DOMAIN.md §2 hours spoken",
            ..r
        },
        Row {
            text: "তারিখঃ ১৮ পৌষ ১৪৩২ বঙ্গাব্দ / ০২ জানুয়ারি ২০২৬ খ্রিস্টাব্দ",
            matched: "তারিখঃ ১৮ পৌষ ১৪৩২ বঙ্গাব্দ / ০২ জানুয়ারি ২০২৬ খ্রিস্টাব্দ",
            date: Some("2026-01-02"),
            bangla: Some((18, Month::Poush, "bd2019")),
            warnings: Some(&[]),
            source: "DOMAIN.md §3 government documents: both calendars, slash between",
            ..r
        },
        Row {
            text: "১২ পৌষ, ১৯৪৭ সাল",
            matched: "১২ পৌষ, ১৯৪৭ সাল",
            date: Some("2026-01-02"),
            warnings: Some(&["saka-by-year"]),
            source: "DOMAIN.md §1: ICU prints 2 Jan 2026 as `১২ পৌষ, ১৯৪৭ সাল` (Śaka)",
            ..r
        },
        Row {
            text: "শুক্রবার, ২ জানুয়ারি ২০২৬, ২০ রজব ১৪৪৭ হিজরি",
            matched: "শুক্রবার, ২ জানুয়ারি ২০২৬, ২০ রজব ১৪৪৭ হিজরি",
            date: Some("2026-01-02"),
            warnings: Some(&["calendar-mismatch"]),
            source: "tabular 1 Rajab 1447 is 22 Dec 2025, so 2 Jan 2026 is about 12 Rajab, not 20",
            ..r
        },
        // Issue 8: which reckoning a Bangabda date is in, decided by the evidence in the match.
        Row {
            text: "বাংলা তারিখ: ১৭ আষাঢ়, ১৪৩১ মঙ্গলবার।",
            matched: "তারিখ: ১৭ আষাঢ়, ১৪৩১ মঙ্গলবার",
            date: Some("2024-07-02"),
            bangla: Some((17, Month::Asharh, "wb-ss")),
            warnings: Some(&["bangla-rule-from-evidence"]),
            source: "2 Jul 2024 was a Tuesday; Bangladesh's 17 Asharh 1431 is 1 Jul (a Monday)",
            ..r
        },
        Row {
            text: "৫ শ্রাবণ ১৪৩১ বঙ্গাব্দ ।। ৫১২৫ কলিযুগাব্দ",
            matched: "৫ শ্রাবণ ১৪৩১ বঙ্গাব্দ ।। ৫১২৫ কলিযুগাব্দ",
            date: Some("2024-07-21"),
            bangla: Some((5, Month::Srabon, "wb-ss")),
            warnings: Some(&["bangla-rule-from-evidence"]),
            source: "DOMAIN.md §3: Kali Yuga years beside the Bangabda year mark an Indian almanac",
            ..r
        },
        Row {
            text: "৭ আশ্বিন ১৪৩২ বঙ্গাব্দ ৷৷ ২৪ সেপ্টেম্বর ২০২৫",
            matched: "৭ আশ্বিন ১৪৩২ বঙ্গাব্দ ৷৷ ২৪ সেপ্টেম্বর ২০২৫",
            date: Some("2025-09-24"),
            bangla: Some((7, Month::Ashwin, "wb-ss")),
            warnings: Some(&["bangla-other-rule"]),
            source: "DOMAIN.md §3: Tripura pages double U+09F7 as a danda between the two dates",
            ..r
        },
        // The historical rule before 1394 (14 Apr 1987) is the traditional almanac.
        Row {
            text: "৮ই ফাল্গুন ১৩৫৮",
            matched: "৮ই ফাল্গুন ১৩৫৮",
            date: Some("1952-02-21"),
            bangla: Some((8, Month::Falgun, "wb-ss")),
            warnings: Some(&[]),
            source: "bn.wikipedia: 21 Feb 1952 = ৮ই ফাল্গুন ১৩৫৮ (the 1987 rule gives 9)",
            ..r
        },
        Row {
            text: "২১ ফেব্রুয়ারি ১৯৫২ (বাংলা- ৮ ফাল্গুন ১৩৫৮)",
            matched: "২১ ফেব্রুয়ারি ১৯৫২ (বাংলা- ৮ ফাল্গুন ১৩৫৮)",
            date: Some("1952-02-21"),
            bangla: Some((8, Month::Falgun, "wb-ss")),
            warnings: Some(&[]),
            source: "a `(বাংলা- …)` label joins the two calendars; bn.wikipedia for the date",
            ..r
        },
        Row {
            text: "৮ ফাল্গুন ১৪৩২ বাংলা সাল মোতাবেক ২১ ফেব্রুয়ারি ২০২৬ খ্রিস্টাব্দ",
            matched: "৮ ফাল্গুন ১৪৩২ বাংলা সাল মোতাবেক ২১ ফেব্রুয়ারি ২০২৬ খ্রিস্টাব্দ",
            date: Some("2026-02-21"),
            bangla: Some((8, Month::Falgun, "bd2019")),
            warnings: Some(&[]),
            source: "bdnews24 17 Oct 2019: 21 Feb = 8 Falgun under the 2019 rule",
            ..r
        },
        // Pairing the halves of one date.
        Row {
            text: "১ বৈশাখ ১৪৩১ | ১৬ এপ্রিল ২০২৪ | মঙ্গলবার",
            matched: "১ বৈশাখ ১৪৩১",
            date: Some("2024-04-14"),
            warnings: Some(&[]),
            source: "table cells that contradict each other are separate matches (1 Boishakh is 14 Apr)",
            ..r
        },
        Row {
            text: "২৪ মার্চ, মঙ্গলবার, ২০২০",
            matched: "২৪ মার্চ, মঙ্গলবার, ২০২০",
            date: Some("2020-03-24"),
            warnings: Some(&[]),
            source: "a year after the weekday; 24 Mar 2020 was a Tuesday",
            ..r
        },
        Row {
            text: "৭ মার্চ,শনিবার,২০২০",
            matched: "৭ মার্চ,শনিবার,২০২০",
            date: Some("2020-03-07"),
            warnings: Some(&[]),
            source: "no spaces; 7 Mar 2020 was a Saturday",
            ..r
        },
        Row {
            text: "বুধবার, ৩ ডিসেম্বর ২০২৫, ১৮ অগ্রহায়ণ ১৪৩২ বঙ্গাব্দ, (হেমন্তকাল), সময় - রাত ২:১৫",
            matched: "বুধবার, ৩ ডিসেম্বর ২০২৫, ১৮ অগ্রহায়ণ ১৪৩২ বঙ্গাব্দ, (হেমন্তকাল), সময় - রাত ২:১৫",
            datetime: Some("2025-12-03T02:15:00+06:00"),
            warnings: Some(&[]),
            source: "a season between date and time; 18 Agrahayan 1432 = 3 Dec 2025 (2019 rule: Agrahayan from 16 Nov)",
            ..r
        },
        Row {
            text: "শনিবার (৬ ডিসেম্বর) দিনগত রাত ২টায়",
            reference: REF,
            matched: "শনিবার (৬ ডিসেম্বর) দিনগত রাত ২টায়",
            datetime: Some("2025-12-07T02:00:00+06:00"),
            warnings: Some(&["year-inferred"]),
            source: "দিনগত, a spelling of দিবাগত; 6 Dec 2025 was a Saturday",
            ..r
        },
        Row {
            text: "বুধবার সন্ধ্যা ৭টায়",
            reference: REF,
            matched: "বুধবার সন্ধ্যা ৭টায়",
            datetime: Some("2025-12-24T19:00:00+06:00"),
            warnings: Some(&["date-from-reference"]),
            source: "a bare weekday with a time: the Wednesday before Tue 30 Dec 2025 (the table reads news: YearResolution::Past)",
            ..r
        },
        // Forms not read before.
        Row {
            text: "কার্তিক ৯, ১৪৩২ বঙ্গাব্দ",
            matched: "কার্তিক ৯, ১৪৩২ বঙ্গাব্দ",
            date: Some("2025-10-25"),
            bangla: Some((9, Month::Kartik, "bd2019")),
            source: "month first; 2019 rule: Kartik from 17 Oct",
            ..r
        },
        Row {
            text: "জমাদিউল আউয়াল ১২, ১৪৪৭",
            matched: "জমাদিউল আউয়াল ১২, ১৪৪৭",
            date: Some("-"),
            warnings: Some(&["hijri-estimate"]),
            source: "month-first Hijri; a Hijri date alone gets an estimate, never a date",
            ..r
        },
        Row {
            text: "১০-জ্বিলহজ্জ-১৪৪৬ হিজরী",
            matched: "১০-জ্বিলহজ্জ-১৪৪৬ হিজরী",
            date: Some("-"),
            warnings: Some(&["hijri-estimate"]),
            source: "hyphenated Hijri with the জ্বিলহজ্জ spelling",
            ..r
        },
        Row {
            text: "৪ জৈষ্ঠ্য ১৪২৮ | ১৯ মে | রাত্রি ৭/৪৭/৯ গতে রাত্রি ৮/৩৩/৪৫ মধ্যে",
            matched: "৪ জৈষ্ঠ্য ১৪২৮ | ১৯ মে | রাত্রি ৭/৪৭/৯",
            date: Some("2021-05-19"),
            time: Some("19:47:09"),
            source: "a wedding table's hour, minute and one-digit second after রাত্রি (fresh set AC-060: the time was lost)",
            ..r
        },
        Row {
            text: "রাত ১২/১০/২৩ তারিখে",
            reference: REF,
            matched: "রাত ১২/১০/২৩",
            date: Some("2023-10-12"),
            source: "three groups a date word follows are a date, not an almanac's clock",
            ..r
        },
        Row {
            text: "আহিন মাহৰ ৫ তাৰিখে পূজা।",
            reference: Some("2025-08-10T12:00:00"),
            matched: "আহিন মাহৰ ৫ তাৰিখে",
            date: Some("2024-09-22"),
            source: "Assamese মাহৰ, month's (probe 11: the month was dropped; the table reads years past)",
            ..r
        },
        Row {
            text: "ছেপ্টেম্বৰ মাহৰ ৫ তাৰিখে শিক্ষক দিৱস।",
            reference: Some("2025-08-10T12:00:00"),
            matched: "ছেপ্টেম্বৰ মাহৰ ৫ তাৰিখে",
            date: Some("2024-09-05"),
            source: "Assamese September with ট (probe 11: unread; the table reads years past)",
            ..r
        },
        Row {
            text: "১০ যিলহজ্জ ১৪৪৬",
            matched: "১০ যিলহজ্জ ১৪৪৬",
            date: Some("-"),
            warnings: Some(&["hijri-estimate"]),
            source: "য for জ (probe 10: unread)",
            ..r
        },
        Row {
            text: "১ শাউয়াল ১৪৪৬",
            matched: "১ শাউয়াল ১৪৪৬",
            date: Some("-"),
            warnings: Some(&["hijri-estimate"]),
            source: "শাউয়াল (probe 10: unread)",
            ..r
        },
        Row {
            text: "সকাল ৯-৪৫ টা",
            matched: "সকাল ৯-৪৫ টা",
            time: Some("09:45:00"),
            warnings: Some(&[]),
            source: "a hyphen between hour and minute",
            ..r
        },
        Row {
            text: "আজকের দিন তারিখ ১৪ই জানুয়ারি, ২০২৫ খ্রিস্টাব্দ, মঙ্গলবার",
            reference: Some("2021-12-26T10:46:00"),
            matched: "আজকের দিন তারিখ ১৪ই জানুয়ারি, ২০২৫ খ্রিস্টাব্দ, মঙ্গলবার",
            date: Some("2025-01-14"),
            warnings: Some(&["relative-mismatch"]),
            source: "দিন তারিখ labels the date after আজকের (fresh set AB: আজকের alone was the reference's day); 14 January 2025 was a Tuesday",
            ..r
        },
        Row {
            text: "প্রতি বছর ১৬ ডিসেম্বর বিজয় দিবস পালিত হয়",
            reference: REF,
            matched: "১৬ ডিসেম্বর",
            date: Some("-"),
            month_day: Some("12-16"),
            warnings: Some(&[]),
            source: "a day kept every year has no one year (probe 8: the reference's was inferred)",
            ..r
        },
        Row {
            text: "প্রতিবছর ২১ ফেব্রুয়ারি প্রভাতফেরি হয়",
            reference: REF,
            matched: "২১ ফেব্রুয়ারি",
            date: Some("-"),
            month_day: Some("02-21"),
            source: "… প্রতিবছর in one word",
            ..r
        },
        Row {
            text: "সন্ধ্যা সাড়ে পাঁচ টায় ৪১ তম বই মেলা শুরু",
            matched: "সন্ধ্যা সাড়ে পাঁচ টায়",
            time: Some("17:30:00"),
            source: "a number after the hour's unit that an ordinal's ending follows is no minutes, nor are minutes added to সাড়ে (fresh set AA: 18:11)",
            ..r
        },
        Row {
            text: "প্রকাশ: ১৩ জানুয়ারি, ২০২৩ ২:৫৭ : অপরাহ্ণ",
            matched: "প্রকাশ: ১৩ জানুয়ারি, ২০২৩ ২:৫৭ : অপরাহ্ণ",
            datetime: Some("2023-01-13T14:57:00+06:00"),
            warnings: Some(&[]),
            source: "a meridiem after a colon spaced on both sides, a stamp's typing (fresh set Z)",
            ..r
        },
        Row {
            text: "১০ নভেম্বর দিবা ৫টা ৫৫ মিনিট গতে পুজো",
            reference: REF,
            matched: "১০ নভেম্বর দিবা ৫টা ৫৫ মিনিট",
            time: Some("05:55:00"),
            source: "দিবা, the almanacs' \"by day\": 17:55 is after the sunset at Kolkata on 10 November, so the morning (probe 9: 17:55)",
            ..r
        },
        Row {
            text: "১৫ জুন দিবা ৬টা ১০ মিনিট মধ্যে",
            reference: REF,
            matched: "১৫ জুন দিবা ৬টা ১০ মিনিট",
            time: Some("18:10:00"),
            warnings: Some(&["year-inferred", "meridiem-unknown"]),
            source: "… in June both 06:10 and 18:10 are in the day (sunrise 04:52, sunset 18:21): flagged",
            ..r
        },
        Row {
            text: "ট্রেনটি ১৪.২৫ ঘণ্টার পরিবর্তে ছাড়বে",
            matched: "১৪.২৫ ঘণ্টার",
            time: Some("14:25:00"),
            warnings: Some(&[]),
            source: "a dotted 24-hour clock closed by ঘণ্টা in the genitive, as India's railway notices write it (probe 9: missed, and in documents a duration of 25 hours)",
            ..r
        },
        Row {
            text: "০৬.৪৫ ঘন্টায় ছাড়বে",
            matched: "০৬.৪৫ ঘন্টায়",
            time: Some("06:45:00"),
            source: "… in the locative, with ন্ট",
            ..r
        },
        Row {
            text: "সকাল ১০ ঘ. ৩০ মি.",
            matched: "সকাল ১০ ঘ. ৩০ মি",
            time: Some("10:30:00"),
            warnings: Some(&[]),
            source: "ঘটিকা and মিনিট cut short, as a form's fields print them",
            ..r
        },
        Row {
            text: "বিকাল ৩ ঘ.",
            matched: "বিকাল ৩ ঘ.",
            time: Some("15:00:00"),
            warnings: Some(&[]),
            source: "ঘ. after an hour and a day period",
            ..r
        },
        Row {
            text: "ভোর ৫–৩০ মিনিটে",
            matched: "ভোর ৫–৩০ মিনিটে",
            time: Some("05:30:00"),
            warnings: Some(&[]),
            source: "an en dash between hour and minute, closed by a minute unit",
            ..r
        },
        Row {
            text: "দুপুর ২-টা ১০ মিনিট ৫-সেকেন্ডে",
            matched: "দুপুর ২-টা ১০ মিনিট ৫-সেকেন্ডে",
            time: Some("14:10:05"),
            warnings: Some(&[]),
            source: "hyphens before the units",
            ..r
        },
        Row {
            text: "বিকাল ৪:১০: সভা",
            matched: "বিকাল ৪:১০",
            time: Some("16:10:00"),
            source: "a trailing colon",
            ..r
        },
        Row {
            text: "১৬৩৫ ঘণ্টা",
            matched: "১৬৩৫ ঘণ্টা",
            time: Some("16:35:00"),
            warnings: Some(&[]),
            source: "DOMAIN.md §3: the newsroom's 24-hour clock",
            ..r
        },
        // A time in daṇḍa/pala/vipala after the almanacs' sunrise at Kolkata (06:16:24 IST on
        // 25 December 2023 by the Swiss Ephemeris, upper limb unrefracted; ours is 06:16:25):
        // 56 daṇḍa 53 pala 20 vipala is 22:45:20 later, past midnight; the page printed
        // ঘ ০৫:০২:১১ beside it (tests/data/almanac_danda_times.tsv).
        Row {
            text: "২৫ ডিসেম্বর ২০২৩, দং ৫৬/৫৩/২০ পর্যন্ত",
            matched: "২৫ ডিসেম্বর ২০২৩, দং ৫৬/৫৩/২০",
            datetime: Some("2023-12-26T05:01:45+05:30"),
            source: "an almanac's daṇḍa time, DOMAIN.md §3",
            ..r
        },
        // The day told beside a Bangabda date picks its rule, as a weekday does: yesterday
        // (14 December 2025) is 27 Agrahayan by West Bengal's almanac (Agrahayan 1432 began on
        // 18 November there; 16 November by the 2019 rule, whose 27th is the 12th).
        Row {
            text: "একাদশী শুরু: গতকাল ২৭ অগ্রহায়ণ রাত ১০:১৫ থেকে",
            reference: Some("2025-12-15T09:00:00"),
            matched: "গতকাল ২৭ অগ্রহায়ণ রাত ১০:১৫",
            datetime: Some("2025-12-14T22:15:00+05:30"),
            warnings: Some(&["year-inferred", "bangla-rule-from-evidence"]),
            source: "an almanac page's line, DOMAIN.md §1 (West Bengal's months)",
            ..r
        },
        // A date bar's Bangabda date with its year, alone: the reference's day by the pre-2019
        // rule (Agrahayan 1432 from 15 November), which Bangladeshi pages still print; the
        // 2019 rule's 26 Agrahayan is 11 December.
        Row {
            text: "২৬ অগ্রহায়ণ ১৪৩২",
            reference: Some("2025-12-10T08:00:00"),
            matched: "২৬ অগ্রহায়ণ ১৪৩২",
            date: Some("2025-12-10"),
            warnings: Some(&["bangla-rule-from-evidence"]),
            source: "a date bar, DOMAIN.md §1 (the two Bangladesh rules)",
            ..r
        },
        // After আগামী it is no day of writing: the parser's rule (probe 3: the 2019 rule's 1
        // Poush is 16 December; read the day before by the older rule, it was the reference's).
        Row {
            text: "আগামী ১ পৌষ ১৪৩২ বঙ্গাব্দ থেকে নতুন সময়সূচি কার্যকর হবে",
            reference: Some("2025-12-15T10:00:00"),
            matched: "আগামী ১ পৌষ ১৪৩২ বঙ্গাব্দ",
            date: Some("2025-12-16"),
            source: "DOMAIN.md §1, the 2019 rule: Poush from 16 December",
            ..r
        },
        // Without its year it may be any near day: the parser's rule, and the doubt said.
        Row {
            text: "২৬ অগ্রহায়ণ",
            reference: Some("2025-12-12T08:00:00"),
            matched: "২৬ অগ্রহায়ণ",
            date: Some("2025-12-11"),
            warnings: Some(&["year-inferred", "bangla-rule-assumed"]),
            source: "DOMAIN.md §1 (the 2019 rule)",
            ..r
        },
        // এদিন ("this day") in a report: the day of writing, mostly; a guess that says so.
        Row {
            text: "এদিন বেলা ১১টা ২২ মিনিট পর্যন্ত লেনদেন হয়েছে।",
            reference: Some("2025-03-16T15:00:00"),
            matched: "এদিন বেলা ১১টা ২২ মিনিট",
            datetime: Some("2025-03-16T11:22:00+06:00"),
            warnings: Some(&["date-from-reference"]),
            source: "a stock-market report's এদিন, DOMAIN.md §4",
            ..r
        },
        // A Hijri date with its year, alone, on a page of the same days (the tabular calendar
        // puts 11 Jumada al-Awwal 1447 on 2 November 2025): the page's day, a guess.
        Row {
            text: "১১ই জমাদিউল আউয়াল, ১৪৪৭ হিজরি",
            reference: Some("2025-11-03T08:00:00"),
            matched: "১১ই জমাদিউল আউয়াল, ১৪৪৭ হিজরি",
            date: Some("2025-11-03"),
            warnings: Some(&["hijri-estimate", "date-from-reference"]),
            source: "a date bar's Hijri line, DOMAIN.md §1 (Hijri)",
            ..r
        },
        // … but a month away from the page, only the estimate.
        Row {
            text: "১১ই জমাদিউল আউয়াল, ১৪৪৭ হিজরি",
            reference: Some("2025-12-03T08:00:00"),
            matched: "১১ই জমাদিউল আউয়াল, ১৪৪৭ হিজরি",
            date: Some("-"),
            warnings: Some(&["hijri-estimate"]),
            source: "DOMAIN.md §1 (Hijri): the tabular estimate",
            ..r
        },
        // A place's time named before the clock: India v Pakistan, T20 World Cup, Melbourne,
        // 23 October 2022 at 13:30 Indian time (19:00 local): read at +05:30, not Dhaka's.
        Row {
            text: "ভারত বনাম পাকিস্তান (২৩শে অক্টোবর, রবিবার), ভারতীয় সময় দুপুর ১.৩০ নাগাদ",
            reference: Some("2022-10-22T10:00:00"),
            matched: "২৩শে অক্টোবর, রবিবার), ভারতীয় সময় দুপুর ১.৩০ নাগাদ",
            datetime: Some("2022-10-23T13:30:00+05:30"),
            warnings: Some(&["year-inferred"]),
            source: "banglahunt.com fixture list; ICC T20 World Cup 2022 schedule",
            ..r
        },
        // … and after it, in brackets (outside the match, as labels are); GMT spelt in Bengali.
        Row {
            text: "২৩ অক্টোবর ২০২২, রাত ৮টা (ভারতীয় সময়)",
            matched: "২৩ অক্টোবর ২০২২, রাত ৮টা",
            datetime: Some("2022-10-23T20:00:00+05:30"),
            source: "DOMAIN.md §2 (times); the zone of the place named",
            ..r
        },
        Row {
            text: "৫ জুলাই ২০২৪ বিকেল ৪টার দিকে (জিএমটি)",
            matched: "৫ জুলাই ২০২৪ বিকেল ৪টার দিকে",
            datetime: Some("2024-07-05T16:00:00+00:00"),
            source: "DOMAIN.md §2 (times); GMT spelt out",
            ..r
        },
        // A stamp with the age the page showed it at: counted from the day of reading, so the
        // age is no day of its own (the page's reference is the stamp).
        Row {
            text: "(৮ মাস আগে) ২৫ জুলাই ২০২৪, বৃহস্পতিবার, ২:৩৯ অপরাহ্ন",
            reference: Some("2024-07-25T14:39:00"),
            matched: "২৫ জুলাই ২০২৪, বৃহস্পতিবার, ২:৩৯ অপরাহ্ন",
            datetime: Some("2024-07-25T14:39:00+06:00"),
            warnings: Some(&[]),
            source: "a Bangladeshi news site's stamp (fresh U-083); 25 July 2024 was a Thursday",
            ..r
        },
        // A count after a genitive runs from what it names (`ঈদের তিন দিন আগে`, in
        // `ordinary_text_is_not_a_date`); but `আর` ("more") is no genitive: two more days from now.
        Row {
            text: "আর দুই দিন পর ঈদ",
            reference: Some("2024-06-14T10:00:00"),
            matched: "দুই দিন পর",
            date: Some("2024-06-16"),
            source: "DOMAIN.md §2 (relative)",
            ..r
        },
        // A number's ordinal ending on a day before its month (fresh V-012, the 2021 West
        // Bengal poll dates: `১ম এপ্রিল, ৬ই এপ্রিল …`).
        Row {
            text: "এর পরের দিন গুলি হল ১ম এপ্রিল, ৬ই এপ্রিল",
            reference: Some("2021-04-20T10:00:00"),
            matched: "১ম এপ্রিল",
            date: Some("2021-04-01"),
            source: "Election Commission of India, 2021 West Bengal poll schedule (1 April: phase 2)",
            ..r
        },
        // "Tonight at twelve": the midnight that ends the day named (a fuel-price notice
        // published at 11:40 on 31 August 2024, effective from that night).
        Row {
            text: "নতুন এ দাম আজ রাত ১২টা থেকে কার্যকর হবে",
            reference: Some("2024-08-31T11:40:00"),
            matched: "আজ রাত ১২টা",
            datetime: Some("2024-09-01T00:00:00+06:00"),
            warnings: Some(&[]),
            source: "ctgtimes.com fuel-price notice stamped 31 August 2024 11:40 (probe of real pages)",
            ..r
        },
        // An hour word, then its minutes; bare minutes before এবং.
        Row {
            text: "সকাল দশটা ৩০ মিনিটে সভা শুরু",
            reference: Some("2024-08-31T09:00:00"),
            matched: "সকাল দশটা ৩০ মিনিটে",
            datetime: Some("2024-08-31T10:30:00+06:00"),
            source: "DOMAIN.md §2 (hours spoken: number words and মিনিট)",
            ..r
        },
        Row {
            text: "খেলা শুরু বিকেল ৪টা ৩০ এবং শেষ রাত ৮টায়",
            reference: Some("2024-08-31T09:00:00"),
            matched: "বিকেল ৪টা ৩০",
            datetime: Some("2024-08-31T16:30:00+06:00"),
            source: "an IPL fixture page's shape (DOMAIN.md §2)",
            ..r
        },
        // মঙ্গল before a word of its own is the procession, not Tuesday: Pohela Boishakh stays
        // 14 April (as Tuesday it chose West Bengal's rule and 15 April).
        Row {
            text: "পহেলা বৈশাখে মঙ্গল শোভাযাত্রা হবে।",
            reference: Some("2025-04-14T07:00:00"),
            matched: "পহেলা বৈশাখে",
            date: Some("2025-04-14"),
            source: "Bangladesh's 2019 rule: 1 Boishakh = 14 April (DOMAIN.md §1)",
            ..r
        },
        // গত পরশু, and পরশু in a past sentence: the day before yesterday.
        Row {
            text: "গত পরশু রাত ১০টায় আগুন লাগে",
            reference: Some("2025-03-10T12:00:00"),
            matched: "গত পরশু রাত ১০টায়",
            datetime: Some("2025-03-08T22:00:00+06:00"),
            source: "DOMAIN.md §2 (relative)",
            ..r
        },
        // The weekday in two words, in a union parishad notice.
        Row {
            text: "আগামী 11/08/2022 তারিখ রোজ বৃহস্পতি বার বেলা 11.00 ঘটিকায়",
            reference: Some("2022-08-12T10:00:00"),
            matched: "আগামী 11/08/2022 তারিখ রোজ বৃহস্পতি বার বেলা 11.00 ঘটিকায়",
            datetime: Some("2022-08-11T11:00:00+06:00"),
            source: "a union parishad meeting notice (fresh S-052); 11 August 2022 was a Thursday",
            ..r
        },
        // A list's first date gives its year to the next, the year that puts it nearest.
        Row {
            text: "২৮ ডিসেম্বর ২০২৫ এবং ৫ জানুয়ারি",
            matched: "২৮ ডিসেম্বর ২০২৫",
            date: Some("2025-12-28"),
            source: "DOMAIN.md §3 (lists and ranges that share a year)",
            ..r
        },
        // A Hijri date with its weekday, no year, on the page's day: Ramadan 1446 began on
        // 2 March 2025 in Bangladesh (Islamic Foundation), so 10 Ramadan was Tuesday 11 March;
        // the tabular calendar says 10 March, and the weekday picks the sighted day.
        Row {
            text: "মঙ্গলবার ১০ রমজানের সেহরি ও ইফতারের সময়সূচি",
            reference: Some("2025-03-11T02:43:00"),
            matched: "মঙ্গলবার ১০ রমজানের",
            date: Some("2025-03-11"),
            warnings: Some(&["year-inferred", "hijri-weekday"]),
            source: "eimattro.com heading under the stamp মঙ্গলবার, ১১ মার্চ, ২০২৫ ২:৪৩ পূর্বাহ্ন",
            ..r
        },
        // With its year and a weekday that none of the five days around the estimate has
        // (10 Ramadan 1446 is estimated Monday 10 March: Saturday 8 to Wednesday 12): no date.
        Row {
            text: "বৃহস্পতিবার ১০ রমজান ১৪৪৬",
            matched: "বৃহস্পতিবার ১০ রমজান ১৪৪৬",
            date: Some("-"),
            warnings: Some(&["hijri-estimate"]),
            source: "DOMAIN.md §1 (Hijri): sighting moves the day by up to two",
            ..r
        },
        // আগামী before a yearless Hijri day: the next one after the page (12 Rabi al-Awwal
        // 1447, estimated 5 September 2025), not the nearer past one of 1446.
        Row {
            text: "আগামী ১২ রবিউল আউয়াল",
            reference: Some("2025-03-11T09:00:00"),
            matched: "আগামী ১২ রবিউল আউয়াল",
            date: Some("-"),
            warnings: Some(&["year-inferred", "hijri-estimate"]),
            source: "DOMAIN.md §1 (Hijri) and §3 (আগামী looks forward)",
            ..r
        },
        // A ভোর time listed under an almanac's day after that day's sunrise (05:03 at Kolkata on
        // 3 May 2022, our almanac sunrise) is its own morning, not the next civil day's.
        Row {
            text: "তৃতীয়া তিথি শুরুর সময়: ১৯ বৈশাখ, ৩ মে, ভোর ৫ টা ২০ মিনিট।",
            reference: Some("2022-05-03T13:35:00"),
            matched: "সময়: ১৯ বৈশাখ, ৩ মে, ভোর ৫ টা ২০ মিনিট",
            datetime: Some("2022-05-03T05:20:00+05:30"),
            source: "an almanac's line, DOMAIN.md §1 (days sunrise to sunrise)",
            ..r
        },
        Row {
            text: "১৯ বৈশাখ, ৩ মে, ভোর ৪ টা ২০ মিনিট।",
            reference: Some("2022-05-03T13:35:00"),
            matched: "১৯ বৈশাখ, ৩ মে, ভোর ৪ টা ২০ মিনিট",
            datetime: Some("2022-05-04T04:20:00+05:30"),
            source: "an almanac's line before the next sunrise, DOMAIN.md §1",
            ..r
        },
        // A Bangabda day and month under a Gregorian year with সাল: the day in that year.
        Row {
            text: "আমার জন্ম ১৯৯৭ সালের ৩০ শে আষাঢ়।",
            matched: "১৯৯৭ সালের ৩০ শে আষাঢ়",
            date: Some("1997-07-14"),
            bangla: Some((30, Month::Asharh, "bd1987")),
            source: "DOMAIN.md §1 (the 1987 rule: Asharh has 31 days from 15 June)",
            ..r
        },
        // An almanac's meridiem before the hour mark, spelt with ব doubled.
        Row {
            text: "১১ই আশ্বিন ১৪৩২, ইংরাজী ২৮শে সেপ্টেম্বর ২০২৫, রবিবার, পূর্ব্বাহ্ন ঘ ৯।২৯ ।",
            matched: "১১ই আশ্বিন ১৪৩২, ইংরাজী ২৮শে সেপ্টেম্বর ২০২৫, রবিবার, পূর্ব্বাহ্ন ঘ ৯।২৯",
            datetime: Some("2025-09-28T09:29:00+05:30"),
            source: "a Kolkata almanac's line, DOMAIN.md §2 (ঘ, the dari between hour and minute)",
            ..r
        },
        // The same day said again after অর্থাৎ ("that is"), or in the other calendar after ও:
        // one moment, its time the day's (a document keeps two mentions).
        Row {
            text: "মকর সংক্রান্তি শুরু হচ্ছে, ১৪ জানুয়ারি অর্থাৎ মঙ্গলবার দুপুর ২ টো ৫৮ মিনিট থেকে।",
            reference: Some("2025-01-12T10:00:00"),
            matched: "১৪ জানুয়ারি অর্থাৎ মঙ্গলবার দুপুর ২ টো ৫৮ মিনিট",
            datetime: Some("2025-01-14T14:58:00+06:00"),
            source: "an almanac article, DOMAIN.md §3 (অর্থাৎ)",
            ..r
        },
        Row {
            text: "ইংরেজি ১৩ মার্চ, ও বাংলার ২৯ ফাল্গুন সকাল ১০ টা ৩৭ মিনিটে পড়ছে দোল পূর্ণিমা।",
            reference: Some("2025-03-14T10:00:00"),
            matched: "১৩ মার্চ, ও বাংলার ২৯ ফাল্গুন সকাল ১০ টা ৩৭ মিনিটে",
            datetime: Some("2025-03-13T10:37:00+06:00"),
            bangla: Some((29, Month::Falgun, "bd1987")),
            source: "a festival notice: 29 Falgun 1431 is 13 March by the pre-2019 rule",
            ..r
        },
        Row {
            text: "১৪২৮ বঙ্গাব্দের ১৯ জ্যৈষ্ঠ মোতাবেক ২০২১ খ্রিষ্ট্রাব্দের ০২ জুন রোজ বুধবার বিকাল ৫.০০ ঘটিকায়",
            matched: "১৪২৮ বঙ্গাব্দের ১৯ জ্যৈষ্ঠ মোতাবেক ২০২১ খ্রিষ্ট্রাব্দের ০২ জুন রোজ বুধবার বিকাল ৫.০০ ঘটিকায়",
            datetime: Some("2021-06-02T17:00:00+06:00"),
            source: "a presidential summons, its era word misspelt with a stray র",
            ..r
        },
        // After a weekday, a comma between the day and its month (a site's date bar).
        Row {
            text: "ঢাকা, রবিবার ০৭, ডিসেম্বর ২০২৫ ২১:৩৬:৫৬ পিএম",
            matched: "রবিবার ০৭, ডিসেম্বর ২০২৫ ২১:৩৬:৫৬ পিএম",
            datetime: Some("2025-12-07T21:36:56+06:00"),
            source: "a site's date bar (7 Dec 2025 was a Sunday)",
            ..r
        },
        // A date bar's weekday, a dari spaced on both sides, and its date: one match; a
        // stamp's full date and time, then the story's first word, `গতকাল`: two.
        Row {
            text: "বুধবার । ২১ ডিসেম্বর ২০১৬। ৭ পৌষ ১৪২৩।",
            matched: "বুধবার । ২১ ডিসেম্বর ২০১৬। ৭ পৌষ ১৪২৩",
            date: Some("2016-12-21"),
            source: "a Dhaka daily's date bar (21 Dec 2016 was a Wednesday; 7 Poush 1423 by the 1987 rule)",
            ..r
        },
        Row {
            text: "নিজস্ব প্রতিবেদক ২১ ডিসেম্বর, ২০১৬ ০০:০০ গতকাল আইসিসিবিতে এজিএম হয়",
            reference: Some("2016-12-21T09:00:00"),
            matched: "২১ ডিসেম্বর, ২০১৬ ০০:০০",
            datetime: Some("2016-12-21T00:00:00+06:00"),
            warnings: Some(&[]),
            source: "a print edition's stamp before its story",
            ..r
        },
        // A Bijoy conversion's æ for the ু after র.
        Row {
            text: "কবীর চৌধুরী ১৯২৩ সালের ৯ ফেব্রæয়ারি ব্রাহ্মণবাড়িয়ায় জন্মগ্রহণ করেন।",
            matched: "১৯২৩ সালের ৯ ফেব্রæয়ারি",
            date: Some("1923-02-09"),
            source: "a biography page's font conversion (Kabir Chowdhury was born 9 Feb 1923)",
            ..r
        },
        // A Bengali month cut short with its full stop, before its year.
        Row {
            text: "প্রকাশিত: ১৪ ফেব্রু. ২০২৪, ১০:৩০ পিএম",
            matched: "প্রকাশিত: ১৪ ফেব্রু. ২০২৪, ১০:৩০ পিএম",
            datetime: Some("2024-02-14T22:30:00+06:00"),
            source: "a site stamp, DOMAIN.md §3 (stamps)",
            ..r
        },
        // ৷ (U+09F7) as the almanac's dari between hour and minute.
        Row {
            text: "২৯শে সেপ্টেম্বর ২০২৫, সোমবার, পূর্ব্বাহ্ন ঘ ৯৷২৯।মহাসপ্তমী",
            matched: "২৯শে সেপ্টেম্বর ২০২৫, সোমবার, পূর্ব্বাহ্ন ঘ ৯৷২৯",
            datetime: Some("2025-09-29T09:29:00+06:00"),
            source: "a Kolkata almanac's line, DOMAIN.md §2 (dandas written as U+09F7)",
            ..r
        },
        // A slash between the month and its year; a clock spaced around its colon after a date.
        Row {
            text: "আগামী ৩০ শে জুন/২০২২ইং তারিখের মধ্যে নবায়ন করুন।",
            matched: "আগামী ৩০ শে জুন/২০২২ইং",
            date: Some("2022-06-30"),
            source: "a municipal notice",
            ..r
        },
        Row {
            text: "Rajat Bose | ০৯ নভেম্বর ২০২৪ ১৬ : ১৮Rajat Bose",
            matched: "০৯ নভেম্বর ২০২৪ ১৬ : ১৮",
            datetime: Some("2024-11-09T16:18:00+06:00"),
            source: "a byline's stamp",
            ..r
        },
        Row {
            text: "নিজস্ব প্রতিনিধি, আগরতলা, ৬ সেপ্ঢেম্বর৷৷ ৩৩ বছর আগে খুন করে",
            reference: Some("2019-09-07T08:00:00"),
            matched: "৬ সেপ্ঢেম্বর",
            date: Some("2019-09-06"),
            source: "a Tripura dateline, ট printed as ঢ",
            ..r
        },
        // A yearless date opening a sentence that ends on a verb news tells the past in.
        Row {
            text: "১২ মে তিনি মারা যান।",
            reference: Some("2025-03-10T12:00:00"),
            matched: "১২ মে",
            date: Some("2024-05-12"),
            source: "probe 10: the simple past of news (was the coming May)",
            ..r
        },
        Row {
            text: "২০ এপ্রিল তিনি বিএনপিতে যোগ দেন।",
            reference: Some("2025-03-10T12:00:00"),
            matched: "২০ এপ্রিল",
            date: Some("2024-04-20"),
            source: "probe 10: the simple past of news (was the coming April)",
            ..r
        },
        // `পরের বছর`, `আগের বছর` before a date: the year after (before) the one the text wrote.
        Row {
            text: "২০১৯ সালে তিনি যোগ দেন। পরের বছর ১৫ মার্চ তিনি পদত্যাগ করেন।",
            reference: Some("2025-03-10T12:00:00"),
            matched: "১৫ মার্চ",
            date: Some("2020-03-15"),
            source: "probe 11: the reference's nearest 15 March",
            ..r
        },
        Row {
            text: "পরের বছর ১৫ মার্চ তিনি পদত্যাগ করেন।",
            reference: Some("2025-03-10T12:00:00"),
            matched: "১৫ মার্চ",
            date: Some("-"),
            source: "the year after one the text never wrote: none can be known",
            ..r
        },
        Row {
            text: "যেহেতু এখন মে মাসের ১, ২০২৫ এবং আমি বাংলাদেশে",
            matched: "মে মাসের ১, ২০২৫",
            date: Some("2025-05-01"),
            source: "month first with the month's unit between (fresh set AD-075: missed)",
            ..r
        },
        Row {
            text: "গতকাল রাত ১টা ৩০ মিনিটে আগুন লাগে।",
            reference: Some("2025-03-10T08:00:00"),
            matched: "গতকাল রাত ১টা ৩০ মিনিটে",
            datetime: Some("2025-03-09T01:30:00+06:00"),
            warnings: Some(&["midnight-ambiguous"]),
            source: "a night's small hours after a day named, told of the past: that day's or the night after it (probe 12: unflagged)",
            ..r
        },
        Row {
            text: "আজ থেকে দুই দিন পর হরতাল ডেকেছে বিএনপি।",
            reference: Some("2025-03-10T12:00:00"),
            matched: "দুই দিন পর",
            date: Some("2025-03-12"),
            source: "counted from today in words whatever the verb (probe 12: today)",
            ..r
        },
        Row {
            text: "খেলা শুরু হবে সোয়া ছয়’টায়।",
            matched: "সোয়া ছয়’টায়",
            time: Some("06:15:00"),
            source: "an apostrophe typed between the hour word and its unit (fresh article C09: missed)",
            ..r
        },
        // `আজ থেকে N বছর আগে`: today is where the count starts, not a range from today.
        Row {
            text: "আজ থেকে ৫০ বছর আগে এই দিনে তিনি মারা যান",
            reference: REF,
            matched: "৫০ বছর আগে",
            date: Some("1975-12-30"),
            source: "counted from today (was a range: today, then 1975, and strings scored today)",
            ..r
        },
        Row {
            text: "আজ থেকে দুই দিন পর পরীক্ষা শুরু",
            reference: REF,
            matched: "দুই দিন পর",
            date: Some("2026-01-01"),
            source: "counted from today, later, with পর",
            ..r
        },
        // দুপুর misspelt without its vowel sign.
        Row {
            text: "আজ ১১ নভেম্বর দুপর ১.৩০ খেলা শুরু হবে",
            reference: Some("2017-11-11T09:00:00"),
            matched: "আজ ১১ নভেম্বর দুপর ১.৩০",
            datetime: Some("2017-11-11T13:30:00+06:00"),
            source: "a spelling of DOMAIN.md §2's দুপুর seen on a sports page",
            ..r
        },
        // Alone, the daṇḍa time is the reference's day's (the almanac page's), said so: 22
        // daṇḍa 15 pala 30 vipala (8:54:12) after 05:19:46, the almanacs' Kolkata sunrise.
        Row {
            text: "অমাবস্যা দং ২২/১৫/৩০ গতে",
            reference: Some("2025-08-26T10:00:00"),
            matched: "দং ২২/১৫/৩০",
            datetime: Some("2025-08-26T14:13:58+05:30"),
            warnings: Some(&["date-from-reference"]),
            source: "an almanac's daṇḍa time with no date beside it",
            ..r
        },
        // The almanac's daytime, দিন before a clock: from sunrise, so 5 and 6 o'clock are the
        // morning's and 1 o'clock the afternoon's (an almanac page's কালবেলা and বারবেলা, read
        // against the same page's sunrise at 05:16).
        Row {
            text: "কালবেলা: দিন ০৫:১৬:১৫ থেকে",
            matched: "দিন ০৫:১৬:১৫",
            time: Some("05:16:15"),
            source: "an almanac's দিন clock at sunrise",
            ..r
        },
        Row {
            text: "বারবেলা: দিন ০১:১৬:৪৮ থেকে",
            matched: "দিন ০১:১৬:৪৮",
            time: Some("13:16:48"),
            source: "an almanac's দিন clock after noon",
            ..r
        },
        Row {
            text: "অমৃতযোগ: দিন ০৯:৩২:৩৩ থেকে",
            matched: "দিন ০৯:৩২:৩৩",
            time: Some("09:32:33"),
            source: "an almanac's দিন clock in the morning",
            ..r
        },
        // Year first, then the month alone (a table's `২০০৭ নভেম্বর - ৯৬ ডলার`).
        Row {
            text: "২০১৯ ডিসেম্বরে চালু হয়",
            matched: "২০১৯ ডিসেম্বরে",
            warnings: Some(&[]),
            source: "year-first month, no day",
            ..r
        },
        // দণ্ড is also a word (a sentence, a rod): without its pala it counts nothing.
        Row {
            text: "তাকে দণ্ড ৫ বছর, ১২ মার্চ ২০২৪",
            matched: "১২ মার্চ ২০২৪",
            date: Some("2024-03-12"),
            source: "দণ্ড the word, not the almanac's unit",
            ..r
        },
        Row {
            text: "রাত্রি ঘ ৩/২২ মিনিট",
            matched: "রাত্রি ঘ ৩/২২ মিনিট",
            time: Some("03:22:00"),
            source: "an almanac time with the hour mark ঘ and a slash",
            ..r
        },
        Row {
            text: "রাত্রি ৮/১২/৩০",
            matched: "রাত্রি ৮/১২/৩০",
            time: Some("20:12:30"),
            warnings: Some(&[]),
            source: "an almanac time, hour/minute/second",
            ..r
        },
        Row {
            text: "সকাল ৯।২৭ মিনিট",
            matched: "সকাল ৯।২৭ মিনিট",
            time: Some("09:27:00"),
            source: "a dari between hour and minute",
            ..r
        },
        Row {
            text: "অপরাহ্ন ৪টে ৩৫ মিনিট",
            matched: "অপরাহ্ন ৪টে ৩৫ মিনিট",
            time: Some("16:35:00"),
            warnings: Some(&[]),
            source: "almanacs write the meridiem before the hour",
            ..r
        },
        // Never a confident wrong answer.
        Row {
            text: "রাত ৭টা ১৫ মিনিট",
            matched: "রাত ৭টা ১৫ মিনিট",
            time: Some("19:15:00"),
            warnings: Some(&[]),
            source: "DOMAIN.md §2: pages stretch রাত into the evening",
            ..r
        },
        Row {
            text: "রাত সাড়ে ৬টা",
            matched: "রাত সাড়ে ৬টা",
            time: Some("18:30:00"),
            warnings: Some(&[]),
            source: "DOMAIN.md §2",
            ..r
        },
        Row {
            text: "ভোর বেলা পাঁচটায়",
            matched: "ভোর বেলা পাঁচটায়",
            time: Some("05:00:00"),
            warnings: Some(&[]),
            source: "DOMAIN.md §2: বেলা here is not afternoon",
            ..r
        },
        // A Gregorian month with another calendar's year: never Gregorian year 1445, but the
        // year in which the day falls within Hijri 1445 (19 July 2023 to 6 July 2024, tabular).
        Row {
            text: "৯ মার্চ ১৪৪৫ হিজরী",
            matched: "৯ মার্চ ১৪৪৫ হিজরী",
            date: Some("2024-03-09"),
            warnings: Some(&["year-from-other-era"]),
            source: "DOMAIN.md §1 (Hijri); fresh U-002, U-074 write the Ramadan notice this way",
            ..r
        },
        // … and within Bangabda 1431 (14 April 2024 to 13 April 2025).
        Row {
            text: "২ মার্চ ১৪৩১ বঙ্গাব্দ",
            matched: "২ মার্চ ১৪৩১ বঙ্গাব্দ",
            date: Some("2025-03-02"),
            warnings: Some(&["year-from-other-era"]),
            source: "DOMAIN.md §1 (Bangladesh rules: 1 Boishakh = 14 April)",
            ..r
        },
        // At the Hijri year's end, where sighting may move it: no year (1 Muharram 1446 is
        // estimated 7 July 2024).
        Row {
            text: "৬ জুলাই ১৪৪৫ হিজরী",
            matched: "৬ জুলাই ১৪৪৫ হিজরী",
            date: Some("-"),
            month_day: Some("07-06"),
            warnings: Some(&["era-mismatch"]),
            source: "DOMAIN.md §1 (Hijri): sighting moves a day by up to two",
            ..r
        },
        Row {
            text: "২৪:০০",
            matched: "২৪:০০",
            time: Some("00:00:00"),
            warnings: Some(&["end-of-day"]),
            source: "ISO 8601: 24:00 ends the day",
            ..r
        },
        // A two-digit year: the century from the reference (issue 16) …
        Row {
            text: "তাং ২৭.৭.৭১",
            reference: Some("2024-06-14T09:00:00"),
            matched: "তাং ২৭.৭.৭১",
            date: Some("1971-07-27"),
            warnings: Some(&["century-inferred"]),
            source: "তাং and a two-digit year, 94 years before to 5 after the reference",
            ..r
        },
        // … an era word after it says the last group is a year, even where small rising
        // numbers could be a list of days (`৮/৯/১১ তারিখে`) …
        Row {
            text: "সভা ৫/৮/২৪ইং",
            reference: Some("2024-08-10T09:00:00"),
            matched: "৫/৮/২৪ইং",
            date: Some("2024-08-05"),
            warnings: Some(&["century-inferred"]),
            source: "a two-digit year with ইং glued (DOMAIN.md §3: suffix glued to a year)",
            ..r
        },
        // … and so does a month name with an apostrophe before the year's two digits.
        Row {
            text: "৫ই আগস্ট'২৪ তারিখে",
            reference: Some("2024-08-10T09:00:00"),
            matched: "৫ই আগস্ট'২৪",
            date: Some("2024-08-05"),
            warnings: Some(&["century-inferred"]),
            source: "a month, an apostrophe and two digits (নভেম্বর’২০০০ইং's short form); not the day ২৪ of a day-only reference",
            ..r
        },
        // A history list's heading, a month cut short with its visarga: the year after it heads
        // "on this day in 1839", so it is the heading's only as a year of the text.
        Row {
            text: "২ জানুঃ ১৮৩৯ সালের এই দিনে লুই দাগের আলোকচিত্র তোলেন।",
            reference: Some("2015-01-01T10:00:00"),
            matched: "২ জানুঃ",
            date: Some("1839-01-02"),
            warnings: Some(&["year-from-text"]),
            source: "fresh S01's shape: জানুঃ, January cut short; Daguerre's photograph of the Moon, 2 January 1839",
            ..r
        },
        Row {
            text: "১৪ জানু. সভা",
            reference: Some("2015-01-20T10:00:00"),
            matched: "১৪ জানু.",
            date: Some("2015-01-14"),
            warnings: Some(&["year-inferred"]),
            source: "a month cut short with its full stop, a day in digits before it",
            ..r
        },
        // … an en dash where a word processor replaced the hyphen (5 January 2023 was a
        // Thursday, as the weekday beside it says) …
        Row {
            text: "যশোর জিলা স্কুল | ৫–১–২৩ (বৃহস্পতিবার) |",
            reference: Some("2022-12-20T09:00:00"),
            matched: "৫–১–২৩ (বৃহস্পতিবার)",
            date: Some("2023-01-05"),
            source: "fresh S-009's shape: a schedule's table row",
            ..r
        },
        // … a slash between a month and the year's two digits, in a span of two such dates.
        Row {
            text: "আগামী ২০শে ফেব্রুয়ারী/২৪ - ১১ই মার্চ/২৪ পর্যন্ত সার্ভে",
            reference: Some("2024-02-10T09:00:00"),
            matched: "আগামী ২০শে ফেব্রুয়ারী/২৪",
            date: Some("2024-02-20"),
            warnings: Some(&["century-inferred"]),
            source: "fresh S-093's shape: a livestock survey from 20 February to 11 March 2024",
            ..r
        },
        Row {
            text: "২০ ফেব্রুয়ারি/২৪ ফেব্রুয়ারি",
            reference: Some("2024-02-26T09:00:00"),
            matched: "২০ ফেব্রুয়ারি",
            date: Some("2024-02-20"),
            warnings: Some(&["year-inferred"]),
            source: "two days with a slash between them: the second number is a day, not a year",
            ..r
        },
        // … with neither a reference nor a year written nearby, 30–99 are of the 1900s (no text
        // was written in 2030–2099 yet) …
        Row {
            text: "তাং ২৭.৭.৭১",
            matched: "তাং ২৭.৭.৭১",
            date: Some("1971-07-27"),
            warnings: Some(&["century-inferred"]),
            source: "issue 16: a letter of 1939 is not from 2039",
            ..r
        },
        // … and below 30 the century cannot be known: no date.
        Row {
            text: "তাং ০৮-০৩-২৮",
            matched: "তাং ০৮-০৩-২৮",
            date: Some("-"),
            month_day: Some("03-08"),
            warnings: Some(&[]),
            source: "issue 16: the century comes from the reference or the context, never a guess",
            ..r
        },
        Row {
            text: "২০০৯-০৭-১৫T১০:০০+০৭:০০",
            matched: "২০০৯-০৭-১৫T১০:০০+০৭:০০",
            datetime: Some("2009-07-15T10:00:00+07:00"),
            warnings: Some(&[]),
            source: "ISO 8601 with an offset is a 24-hour time: no meridiem warning",
            ..r
        },
        Row {
            text: "অষ্টমী তিথি, ৭ আশ্বিন ১৪৩২, ২৪ সেপ্টেম্বর ২০২৫, বুধবার, ভোর ৪টে ২৫ মিনিট",
            matched: "৭ আশ্বিন ১৪৩২, ২৪ সেপ্টেম্বর ২০২৫, বুধবার, ভোর ৪টে ২৫ মিনিট",
            datetime: Some("2025-09-25T04:25:00+05:30"),
            bangla: Some((7, Month::Ashwin, "wb-ss")),
            source: "DOMAIN.md §1: almanac days run sunrise to sunrise",
            ..r
        },
        Row {
            text: "[[১৮৭৬]] সালের [[১৫ সেপ্টেম্বর]]",
            matched: "১৮৭৬]] সালের [[১৫ সেপ্টেম্বর",
            date: Some("1876-09-15"),
            source: "wiki link brackets inside `YYYY সালের DD Month`",
            ..r
        },
        Row {
            text: "১২.৪৫ - ২.০০ ঘটিকা পর্যন্ত বিরতি",
            matched: "১২.৪৫",
            time: Some("12:45:00"),
            warnings: Some(&[]),
            source: "a programme's range: the confirmed end confirms the start, and a smaller end hour is the afternoon",
            ..r
        },
        Row {
            text: "সকাল ৯.০০-৫.০০ টা",
            matched: "সকাল ৯.০০",
            time: Some("09:00:00"),
            source: "office hours: 9 in the morning to 5 in the afternoon",
            ..r
        },
        Row {
            text: "১৪৪৬ হিজরির ১০ জিলহজ",
            matched: "১৪৪৬ হিজরির ১০ জিলহজ",
            date: Some("-"),
            warnings: Some(&["hijri-estimate"]),
            source: "year-first Hijri (`YYYY হিজরির D Month`), as newsrooms write Gregorian years",
            ..r
        },
        Row {
            text: "আজকের আরবী তারিখ: ১৯শে শাবান, ১৪৪৬ হিজরি",
            reference: Some("2025-02-19T09:00:00"),
            matched: "আজকের আরবী তারিখ: ১৯শে শাবান, ১৪৪৬ হিজরি",
            date: Some("2025-02-19"),
            warnings: Some(&[]),
            source: "today's Hijri date; tabular 19 Shaban 1446 is 18 Feb 2025, within moon sighting's two days",
            ..r
        },
        Row {
            text: "ঢাকা, ১৫ মে। বৃহস্পতিবার তিনি বলেন",
            matched: "১৫ মে",
            warnings: Some(&[]),
            source: "a dari ends the dateline's sentence: the weekday after it is another mention",
            ..r
        },
        Row {
            text: "আগামী ৭-১০ ২০২২ অর্থাৎ শুক্রবার থেকে",
            matched: "আগামী ৭-১০ ২০২২ অর্থাৎ শুক্রবার",
            date: Some("2022-10-07"),
            warnings: Some(&[]),
            source: "a notice's day-month joined by a hyphen, the year after a space, and its weekday after অর্থাৎ (7 Oct 2022 was a Friday)",
            ..r
        },
        Row {
            text: "ফল ২-১ ২০২২ সালের ১২ মে",
            matched: "২০২২ সালের ১২ মে",
            source: "a score is not a date",
            ..r
        },
        Row {
            text: "১২ ফেব্ৰুয়ারি ২০২৪, শুক্ৰবাৰ",
            matched: "১২ ফেব্ৰুয়ারি ২০২৪, শুক্ৰবাৰ",
            date: Some("2024-02-12"),
            warnings: Some(&["weekday-mismatch"]),
            source: "Assamese ৰ inside Bengali spellings (pages mix them); 12 Feb 2024 was a Monday",
            ..r
        },
        Row {
            text: "১৮ সেপ্টম্বর ২০২৩",
            matched: "১৮ সেপ্টম্বর ২০২৩",
            date: Some("2023-09-18"),
            source: "a spelling seen on Indian pages",
            ..r
        },
        // Time zones as they were (tz database, Asia/Dhaka and Asia/Kolkata).
        Row {
            text: "১৫ জুলাই ২০০৯ সকাল ১০টা",
            matched: "১৫ জুলাই ২০০৯ সকাল ১০টা",
            datetime: Some("2009-07-15T10:00:00+07:00"),
            warnings: Some(&[]),
            source: "DOMAIN.md §3: Bangladesh daylight saving time, 19 Jun – 31 Dec 2009 (UTC+7)",
            ..r
        },
        Row {
            text: "১৯ জুন ২০০৯ রাত ১১টা ৩০ মিনিট",
            matched: "১৯ জুন ২০০৯ রাত ১১টা ৩০ মিনিট",
            datetime: Some("2009-06-19T23:30:00+06:00"),
            warnings: Some(&["zone-gap"]),
            source: "tz database: clocks went from 23:00 to 24:00 on 19 Jun 2009 in Dhaka",
            ..r
        },
        Row {
            text: "৩১ ডিসেম্বর ২০০৯ রাত ১১টা ৩০ মিনিট",
            matched: "৩১ ডিসেম্বর ২০০৯ রাত ১১টা ৩০ মিনিট",
            datetime: Some("2009-12-31T23:30:00+07:00"),
            warnings: Some(&["zone-fold"]),
            source: "tz database: daylight saving time ended at 24:00 on 31 Dec 2009 (the hour repeats)",
            ..r
        },
        Row {
            text: "১৫ আগস্ট ১৯৪৭ সকাল ৯টা",
            matched: "১৫ আগস্ট ১৯৪৭ সকাল ৯টা",
            datetime: Some("1947-08-15T09:00:00+06:30"),
            source: "tz database: Dhaka kept UTC+6:30 from 1942 to 1951",
            ..r
        },
        // West Bengal and Assam (DOMAIN.md §1): Assamese names read as the West Bengal calendar.
        Row {
            text: "দেওবাৰ, ১৪ এপ্ৰিল ২০২৪, ১ ব'হাগ ১৪৩১",
            matched: "দেওবাৰ, ১৪ এপ্ৰিল ২০২৪, ১ ব'হাগ ১৪৩১",
            date: Some("2024-04-14"),
            bangla: Some((1, Month::Boishakh, "wb-ss")),
            warnings: Some(&[]),
            source: "DOMAIN.md §1 Assamese names (West Bengal's printed almanac, wb-ss, is tried first); 1 Boishakh 1431 = 14 Apr 2024 (bongabdo/ponjika table in shared/corpus); a Sunday",
            ..r
        },
        Row {
            text: "১৫ এপ্রিল ২০২৬, ১ বৈশাখ ১৪৩৩",
            matched: "১৫ এপ্রিল ২০২৬, ১ বৈশাখ ১৪৩৩",
            date: Some("2026-04-15"),
            bangla: Some((1, Month::Boishakh, "wb-ss")),
            warnings: Some(&["bangla-other-rule"]),
            source: "(wb-ss tried before wb-drik; both fit) a Kolkata page read with the Bangladesh default: 1 Boishakh 1433 is 15 Apr 2026 in West Bengal (bongabdo table)",
            ..r
        },
        Row {
            text: "শনিবার (৩ জানুয়ারি) রাত ১২টায়",
            reference: REF,
            matched: "শনিবার (৩ জানুয়ারি) রাত ১২টায়",
            datetime: Some("2026-01-03T00:00:00+06:00"),
            warnings: Some(&["year-inferred", "midnight-ambiguous"]),
            source: "রাত ১২টা: the calendar reading, flagged (3 Jan 2026 was a Saturday)",
            ..r
        },
        Row {
            text: "আগামী শুক্র ও শনিবার দুই দিন অফিস বন্ধ থাকবে",
            reference: REF,
            matched: "আগামী শুক্র",
            date: Some("2026-01-02"),
            source: "a list of weekdays, the first without its বার (fresh article X03's শুক্র ও শনিবার); 2 Jan 2026 was a Friday; the Saturday after is the list's next item",
            ..r
        },
        Row {
            text: "দ্বিতীয় ম্যাচ ১০ অক্টোবর বঙ্গবন্ধু জাতীয় স্টেডিয়াম ২০২২ বিশ্বকাপের আয়োজক কাতারের বিরুদ্ধে",
            reference: Some("2019-07-17T12:00:00"),
            matched: "১০ অক্টোবর",
            date: Some("2018-10-10"),
            warnings: Some(&["year-inferred"]),
            source: "a year after the reference's in the sentence names a tournament to come, not the date's (fresh X-047: Bangladesh v Qatar, Dhaka, 10 Oct 2019; the table reads with the past resolution, the nearest gives 2019): not 2022",
            ..r
        },
        Row {
            text: "মহান বিজয় দিবস -২০১৯ উপলক্ষে গত ১৬ ডিসেম্বর কলেজ ক্যাম্পাসে অনুষ্ঠান হয়",
            matched: "গত ১৬ ডিসেম্বর",
            date: Some("2019-12-16"),
            warnings: Some(&["year-from-text"]),
            source: "a year set apart by a dash with a space before it is the text's year (fresh X-107)",
            ..r
        },
        Row {
            text: "আগামিকাল অর্থাত্ বৃহস্পতিবার অন্ত্যেষ্টিক্রিয়া হবে",
            reference: Some("2019-03-07T12:00:00"),
            matched: "আগামিকাল অর্থাত্ বৃহস্পতিবার",
            date: Some("2019-03-08"),
            warnings: Some(&["weekday-mismatch"]),
            source: "অর্থাৎ with ত and a virama: the same day said again, whose weekday contradicts the reference's tomorrow (fresh X-078: written on Wednesday 6 March 2019, posted the 7th)",
            ..r
        },
        Row {
            text: "বঙ্গবন্ধুর ৭ই মার্চের ভাষণের একটি বড় বৈশিষ্ট্য হলো এর সার্বজনীনতা",
            reference: REF,
            matched: "৭ই মার্চের",
            date: Some("1971-03-07"),
            warnings: Some(&["year-of-event"]),
            source: "a day that names an event by the noun after it: the speech at the Race Course, Dhaka, 7 March 1971 (Banglapedia); probe 4, knowledgehut-bd.com",
            ..r
        },
        Row {
            text: "২১ আগস্টের গ্রেনেড হামলা মামলার রায় ঘোষণা",
            reference: REF,
            matched: "২১ আগস্টের",
            date: Some("2004-08-21"),
            warnings: Some(&["year-of-event"]),
            source: "the grenade attack on the Awami League rally in Dhaka, 21 August 2004 (Wikipedia, 2004 Dhaka grenade attack)",
            ..r
        },
        Row {
            text: "৩ নভেম্বরের জেলহত্যা দিবস পালিত হয়",
            reference: REF,
            matched: "৩ নভেম্বরের",
            date: Some("2025-11-03"),
            warnings: Some(&["year-inferred"]),
            source: "a day kept every year (দিবস after the noun): the reference's year",
            ..r
        },
        Row {
            text: "প্রকাশিত: ১৭ এপ্রিল ২০২১ বাংলা চলচ্চিত্র উৎসব শুরু",
            matched: "প্রকাশিত: ১৭ এপ্রিল ২০২১",
            date: Some("2021-04-17"),
            warnings: Some(&[]),
            source: "a year no Bangabda date has yet (1432 in 2025) before বাংলা, the language: a Gregorian year (probe 5, dainikthakurgaon: was 2614 by the Bangabda year 2021)",
            ..r
        },
        Row {
            text: "নিজস্ব প্রতিবেদক : আজ ১৩ ডিসেম্ববর’২০১৯ শুক্রবার বিকেল ৩টা ৩০ মিনিটে",
            matched: "আজ ১৩ ডিসেম্ববর’২০১৯ শুক্রবার বিকেল ৩টা ৩০ মিনিটে",
            datetime: Some("2019-12-13T15:30:00+06:00"),
            source: "a month's name misspelt by one letter after its day (fresh Y-090); 13 Dec 2019 was a Friday",
            ..r
        },
        Row {
            text: "১লা জুন ২০২০ রাত ৯টা থেকে পরদিন ভোর ৫টা পর্যন্ত কারফিউ",
            matched: "১লা জুন ২০২০ রাত ৯টা",
            datetime: Some("2020-06-01T21:00:00+06:00"),
            source: "a range's start (its end, পরদিন ভোর ৫টা, is 2 June 05:00: a_time_range_end_takes_its_start_day)",
            ..r
        },
        Row {
            text: "মার্চ ১০, ২০২৫ এ ৫:৪১ অপরাহ্ন",
            matched: "মার্চ ১০, ২০২৫ এ ৫:৪১ অপরাহ্ন",
            datetime: Some("2025-03-10T17:41:00+06:00"),
            source: "a comment stamp: the locative এ spaced between the date and its clock (probe 6: the clock was the reference's day)",
            ..r
        },
        Row {
            text: "Mon, 10 Mar 2025 18:35:00 +0530",
            matched: "Mon, 10 Mar 2025 18:35:00 +0530",
            datetime: Some("2025-03-10T18:35:00+05:30"),
            source: "RFC 2822's date: the offset spaced after the clock, four digits glued to the sign (probe 6: it was dropped and the clock read at +06:00)",
            ..r
        },
        Row {
            text: "প্রকাশ: ১০-মার্চ-২৩ ইং",
            reference: REF,
            matched: "প্রকাশ: ১০-মার্চ-২৩ ইং",
            date: Some("2023-03-10"),
            warnings: Some(&["century-inferred"]),
            source: "a day, a month's name and a two-digit year joined by hyphens (probe 6)",
            ..r
        },
        Row {
            text: "১০ মার্চ, ২৩ জন আহত হন",
            reference: REF,
            matched: "১০ মার্চ",
            date: Some("2025-03-10"),
            warnings: Some(&["year-inferred"]),
            source: "two digits after a date that count (২৩ জন) are no year",
            ..r
        },
        Row {
            text: "আপডেট: ১০ মার্চ, ‘২৩",
            reference: REF,
            matched: "আপডেট: ১০ মার্চ, ‘২৩",
            date: Some("2023-03-10"),
            warnings: Some(&["century-inferred"]),
            source: "a comma and an opening quote for the apostrophe before a two-digit year (probe 6)",
            ..r
        },
        Row {
            text: "১২ মার্চ ২০২৫ বিকেল পাঁচটা পনেরো মিনিটে সভা",
            matched: "১২ মার্চ ২০২৫ বিকেল পাঁচটা পনেরো মিনিটে",
            datetime: Some("2025-03-12T17:15:00+06:00"),
            source: "minutes in words above twelve (probe 6: the minutes were dropped, 17:00)",
            ..r
        },
        Row {
            text: "১২ মার্চ ২০২৫ দুপুর একটা দশে",
            matched: "১২ মার্চ ২০২৫ দুপুর একটা দশে",
            datetime: Some("2025-03-12T13:10:00+06:00"),
            source: "minutes in words with the locative and no unit, as speech says them",
            ..r
        },
        Row {
            text: "স্মারক অনুযায়ী ৯ - ৩ - ১১ খৃ.",
            reference: Some("2011-04-29T12:00:00"),
            matched: "৯ - ৩ - ১১ খৃ.",
            date: Some("2011-03-09"),
            warnings: Some(&["century-inferred"]),
            source: "day, month and year with the separator spaced on both sides, a two-digit year with its era word (fresh Y-038, a notice of 2011)",
            ..r
        },
        Row {
            text: "১২ / ০৩ / ২০২৪ তারিখে",
            matched: "১২ / ০৩ / ২০২৪",
            date: Some("2024-03-12"),
            source: "spaced slashes with a full year (probe 6)",
            ..r
        },
        Row {
            text: "১২১৫- ১৫ জুন ম্যাগনাকার্টা সনদ",
            reference: REF,
            matched: "১৫ জুন",
            date: Some("1215-06-15"),
            warnings: Some(&["year-from-text"]),
            source: "a timeline's line headed by its year and a dash with a space after it (probe 5, bdhometutor: Magna Carta, 15 June 1215)",
            ..r
        },
        Row {
            text: "১৯৭১: ২৬ মার্চ স্বাধীনতা ঘোষণা",
            reference: REF,
            matched: "২৬ মার্চ",
            date: Some("1971-03-26"),
            warnings: Some(&["year-from-text"]),
            source: "… and by a colon with a space after it",
            ..r
        },
        Row {
            text: "২৪ জানুয়ারি ‘বাংলা একাডেমি সাহিত্য পুরস্কার ২০২৩’ ঘোষণা করা হয়",
            reference: Some("2024-01-25T12:00:00"),
            matched: "২৪ জানুয়ারি",
            date: Some("2024-01-24"),
            warnings: Some(&["year-inferred"]),
            source: "a year that ends a name after the date is the edition's, not the date's (probe 5, songbadchitro: the 2023 awards were announced on 24 January 2024)",
            ..r
        },
        Row {
            text: "সারাদেশের সব কর অঞ্চলে মেলা চলবে আগামী ত্রিশ নভেম্বর পর্যন্ত",
            reference: Some("2017-11-12T18:13:00"),
            matched: "আগামী ত্রিশ নভেম্বর",
            date: Some("2017-11-30"),
            source: "a cardinal number in words before a month's name, its ordinal ending left off (fresh Y-067: the income-tax fair of 2017 ran to 30 November)",
            ..r
        },
        Row {
            text: "জানুয়ারীর পঁচিশ তারিখ",
            reference: REF,
            matched: "জানুয়ারীর পঁচিশ তারিখ",
            date: Some("2025-01-25"),
            warnings: Some(&["year-inferred"]),
            source: "a month's genitive, a cardinal in words and তারিখ (fresh Y-081's letter)",
            ..r
        },
        Row {
            text: "৩ ঘণ্টা ২০ মিনিট আগে",
            reference: REF,
            matched: "৩ ঘণ্টা ২০ মিনিট আগে",
            datetime: Some("2025-12-30T05:40:00+06:00"),
            source: "a count in two units, counted whole (probe 4: comment stamps; the last unit alone was 08:40)",
            ..r
        },
        Row {
            text: "২ সপ্তাহ ৩ দিন আগে",
            reference: REF,
            matched: "২ সপ্তাহ ৩ দিন আগে",
            date: Some("2025-12-13"),
            source: "17 days before 30 Dec 2025",
            ..r
        },
        Row {
            text: "আজ মধ্যরাত থেকে ধর্মঘট শুরু",
            reference: REF,
            matched: "আজ মধ্যরাত",
            datetime: Some("2025-12-31T00:00:00+06:00"),
            warnings: Some(&[]),
            source: "the night's middle after আজ: the midnight that ends the day, as আজ রাত ১২টা (probe 4's fishing-ban and strike notices)",
            ..r
        },
        Row {
            text: "৩ অক্টোবর ২০২৫ মধ্যরাত থেকে ২৫ অক্টোবর মধ্যরাত পর্যন্ত ইলিশ ধরা নিষিদ্ধ",
            reference: Some("2025-10-01T12:00:00"),
            matched: "৩ অক্টোবর ২০২৫ মধ্যরাত",
            datetime: Some("2025-10-04T00:00:00+06:00"),
            warnings: Some(&["midnight-ambiguous"]),
            source: "মধ্যরাত after a date: the midnight that ends it (the 2025 hilsa ban ran 4–25 October), flagged: some pages date it by the night's day",
            ..r
        },
        Row {
            text: "আজ রাত ২টায় খেলা শুরু",
            reference: REF,
            matched: "আজ রাত ২টায়",
            datetime: Some("2025-12-30T02:00:00+06:00"),
            warnings: Some(&["midnight-ambiguous"]),
            source: "tonight's small hours with no verb to tell the tense (a fixture line, or a report): flagged; told of what is to come (হবে) they are the night ahead",
            ..r
        },
        Row {
            text: "আজ রাত ২টায় খেলা শুরু হবে",
            reference: REF,
            matched: "আজ রাত ২টায়",
            datetime: Some("2025-12-31T02:00:00+06:00"),
            warnings: Some(&[]),
            source: "tonight's small hours told of what is to come: the night ahead",
            ..r
        },
        // A stray space after the colon inside a byline (DOMAIN.md §2 "a stray space").
        Row {
            text: "প্রকাশ: ০২ জানুয়ারি ২০২৬, ১৭: ৪১",
            matched: "প্রকাশ: ০২ জানুয়ারি ২০২৬, ১৭: ৪১",
            datetime: Some("2026-01-02T17:41:00+06:00"),
            source: "DOMAIN.md §2: clock times rarely with a stray space",
            ..r
        },
        Row {
            text: "জানুয়ারি ২০২৬ সংখ্যা",
            matched: "জানুয়ারি ২০২৬",
            date: Some("-"),
            month_day: Some("01-00"),
            source: "a month and its year: no day is invented",
            ..r
        },
        Row {
            text: "১০টার দিকে পৌঁছান",
            matched: "১০টার দিকে",
            time: Some("10:00:00"),
            warnings: Some(&["meridiem-unknown"]),
            source: "DOMAIN.md §2: দিকে approximate",
            ..r
        },
        // Day periods in every spelling (fresh articles: `বুধবার সন্ধে ৭টা ৪২ মিনিট` was read as
        // 07:42): West Bengal's সন্ধে, the literary বৈকাল, the almanacs' দিবা.
        Row {
            text: "১৩ মার্চ ২০২৫, বৃহস্পতিবার সন্ধে ৬টা ১৫ মিনিট",
            matched: "১৩ মার্চ ২০২৫, বৃহস্পতিবার সন্ধে ৬টা ১৫ মিনিট",
            datetime: Some("2025-03-13T18:15:00+06:00"),
            warnings: Some(&[]),
            source: "সন্ধে, the spoken spelling of সন্ধ্যা (13 Mar 2025 was a Thursday)",
            ..r
        },
        Row {
            text: "৫ মার্চ ২০২৪ দিবা ৩।১০ হইতে",
            matched: "৫ মার্চ ২০২৪ দিবা ৩।১০",
            datetime: Some("2024-03-05T15:10:00+06:00"),
            warnings: Some(&[]),
            source: "দিবা ('by day') before an almanac's dari clock",
            ..r
        },
        Row {
            text: "২১ মার্চ ২০১৮ (দিবা)৯.০৫.৩০",
            matched: "২১ মার্চ ২০১৮ (দিবা)৯.০৫.৩০",
            datetime: Some("2018-03-21T09:05:30+06:00"),
            source: "an almanac's period in brackets before a dotted clock with seconds",
            ..r
        },
        Row {
            text: "৯ মে ২০২৪ সন্ধে ৬.২০ মিনিট ১২ সেকেন্ডে",
            matched: "৯ মে ২০২৪ সন্ধে ৬.২০ মিনিট ১২ সেকেন্ডে",
            datetime: Some("2024-05-09T18:20:12+06:00"),
            source: "a dotted clock with its minute unit and seconds (fresh article G04's shape)",
            ..r
        },
        // Prayer times label the clock: the prayer gives the half of the day.
        Row {
            text: "৩ জুন ২০২৪ (মাগরিব- ৬:৪৮ মিনিট)।",
            matched: "৩ জুন ২০২৪ (মাগরিব- ৬:৪৮ মিনিট)",
            datetime: Some("2024-06-03T18:48:00+06:00"),
            warnings: Some(&[]),
            source: "prayer-time notices: মাগরিব is the evening prayer",
            ..r
        },
        // The minutes bare after the hour, closing the phrase.
        Row {
            text: "১২ মে ২০২৪ রাত ১১টা ৪০।",
            matched: "১২ মে ২০২৪ রাত ১১টা ৪০",
            datetime: Some("2024-05-12T23:40:00+06:00"),
            warnings: Some(&[]),
            source: "a signature's time: `রাত ১টা ২৫` (minutes with no মিনিট)",
            ..r
        },
        Row {
            text: "১২ মে ২০২৪ বিকেল ৪টা ৩০ টায় সভা",
            matched: "১২ মে ২০২৪ বিকেল ৪টা ৩০ টায়",
            datetime: Some("2024-05-12T16:30:00+06:00"),
            warnings: Some(&[]),
            source: "the hour's unit written again after the minutes (the probe of real pages, a notice's `৪টা ৩০ টায়`; was an error, hour 30)",
            ..r
        },
        Row {
            text: "১২ মে ২০২৪ রাত ৯টা বাজতে ১০ মিনিট বাকি থাকতে সভা শেষ হয়",
            matched: "১২ মে ২০২৪ রাত ৯টা বাজতে ১০ মিনিট বাকি",
            datetime: Some("2024-05-12T20:50:00+06:00"),
            warnings: Some(&[]),
            source: "minutes before the hour strikes (the probe of real pages: `১০টা বাজার ৫ মিনিট আগে` was 10:00 and a count of minutes ago)",
            ..r
        },
        // A comma glued between the clock and its meridiem.
        Row {
            text: "২:১৫:৩০,অপরাহ্ন ৯ মার্চ ২০২৩",
            matched: "২:১৫:৩০,অপরাহ্ন ৯ মার্চ ২০২৩",
            datetime: Some("2023-03-09T14:15:30+06:00"),
            warnings: Some(&[]),
            source: "a Sylhet site's byline `h:mm:ss,অপরাহ্ন DD Month YYYY`",
            ..r
        },
        Row {
            text: "৬ জুলাই ২০২২ বিকাল ৩ ঘঠিকার সময়",
            matched: "৬ জুলাই ২০২২ বিকাল ৩ ঘঠিকার",
            datetime: Some("2022-07-06T15:00:00+06:00"),
            source: "ঘটিকা misspelt with ঠ in a union notice",
            ..r
        },
        // Emphatic and locative forms.
        Row {
            text: "বেতন গত মাসের ৮ তারিখেই দেওয়া হয়",
            reference: REF,
            matched: "গত মাসের ৮ তারিখেই",
            date: Some("2025-11-08"),
            source: "তারিখেই: the day itself (emphatic ই)",
            ..r
        },
        Row {
            text: "সোমবারে বৈঠক বসবে",
            reference: Some("2025-12-27T09:00:00"),
            matched: "সোমবারে",
            date: Some("2025-12-22"),
            source: "a weekday in the locative: the Monday before, as the table reads the past",
            ..r
        },
        // A date bar whose cells are bullets: the Gregorian cell chooses the Bangabda rule, as
        // beside it (West Bengal: 4 Agrahayan 1430 is 21 Nov 2023, a Tuesday; Bangladesh's 6).
        Row {
            text: "• বাংলা তারিখ: অগ্রহায়ণ ৪, ১৪৩০ বঙ্গাব্দ • ইংরেজি তারিখ: মঙ্গলবার, ২১ নভেম্বর ২০২৩ • হিজরি",
            matched: "তারিখ: অগ্রহায়ণ ৪, ১৪৩০ বঙ্গাব্দ • ইংরেজি তারিখ: মঙ্গলবার, ২১ নভেম্বর ২০২৩",
            date: Some("2023-11-21"),
            bangla: Some((4, Month::Agrahayan, "wb-ss")),
            source: "panjika pages' bulleted date bar (fresh FR-179's shape)",
            ..r
        },
        // A byline's time cell stays the byline's when the story's own day follows it.
        Row {
            text: "নিজস্ব প্রতিবেদক | ১২ জুন ২০১৯ | ৪:০৫ অপরাহ্ণ আগামীকাল বৃহস্পতিবার থেকে সড়ক বন্ধ",
            reference: Some("2019-06-12T16:05:00"),
            matched: "১২ জুন ২০১৯ | ৪:০৫ অপরাহ্ণ",
            datetime: Some("2019-06-12T16:05:00+06:00"),
            warnings: Some(&[]),
            source: "`| DD Month YYYY | h:mm অপরাহ্ণ` bylines (fresh FR-101's shape)",
            ..r
        },
        // A sentence that only completes the date before it.
        Row {
            text: "মার্চ ১১, ২০২১। রাত ২টা ১০।",
            matched: "মার্চ ১১, ২০২১। রাত ২টা ১০",
            datetime: Some("2021-03-11T02:10:00+06:00"),
            warnings: Some(&[]),
            source: "a poem's signature: the date, then the time as a sentence (fresh FR-193's shape)",
            ..r
        },
        Row {
            text: "তিথি শেষ– বাংলা- ৪ অগ্রহায়ণ, মঙ্গলবার। ইংরেজি– ২১ নভেম্বর, মঙ্গলবার। সময়– রাত ০৩টে ১০ মিনিট।",
            reference: Some("2023-11-21T12:00:00"),
            matched: "শেষ– বাংলা- ৪ অগ্রহায়ণ, মঙ্গলবার। ইংরেজি– ২১ নভেম্বর, মঙ্গলবার। সময়– রাত ০৩টে ১০ মিনিট",
            datetime: Some("2023-11-22T03:10:00+05:30"),
            bangla: Some((4, Month::Agrahayan, "wb-ss")),
            source: "an almanac block of three lines; the small hours are the next civil day's (fresh FR-126's shape)",
            ..r
        },
        // A date bar read with another day's reference: the dates written stand, flagged.
        Row {
            text: "আজ সোমবার | ২২ মাঘ ১৪৩০ বঙ্গাব্দ | ৫ ফেব্রুয়ারি, ২০২৪ খ্রিস্টাব্দ | রাত ১০:১৫",
            reference: Some("2020-02-01T12:00:00"),
            matched: "আজ সোমবার | ২২ মাঘ ১৪৩০ বঙ্গাব্দ | ৫ ফেব্রুয়ারি, ২০২৪ খ্রিস্টাব্দ | রাত ১০:১৫",
            datetime: Some("2024-02-05T22:15:00+06:00"),
            warnings: Some(&["relative-mismatch"]),
            source: "a crawl's reference beside a site's date bar (fresh FR-103's shape); 5 Feb 2024 was a Monday",
            ..r
        },
        // A Hijri month written with hyphens: রবি here is no Sunday.
        Row {
            text: "হিজরি তারিখ: রবি-উস-সানি ৯, ১৪৪৬",
            matched: "তারিখ: রবি-উস-সানি ৯, ১৪৪৬",
            date: Some("-"),
            warnings: Some(&["hijri-estimate"]),
            source: "panjika pages transliterate the Arabic with hyphens (dev article D19's shape)",
            ..r
        },
        Row {
            text: "১৪ জমাদি-উল-আউয়াল ১৪৪৬ হিজরি",
            matched: "১৪ জমাদি-উল-আউয়াল ১৪৪৬ হিজরি",
            date: Some("-"),
            warnings: Some(&["hijri-estimate"]),
            source: "the same, day first",
            ..r
        },
        // Daris between a date's numbers, as old letters typed them.
        Row {
            text: "কলকাতা ৯।৮।৪২ প্রিয় বন্ধু",
            matched: "৯।৮।৪২",
            date: Some("1942-08-09"),
            warnings: Some(&["century-inferred"]),
            source: "a letter's date line D।M।YY (fresh FR-057's shape); 42 is of the 1900s",
            ..r
        },
        Row {
            text: "২১ সে জুন ২০২৩ সকাল ৮ টা ১০ মিনিটে",
            matched: "২১ সে জুন ২০২৩ সকাল ৮ টা ১০ মিনিটে",
            datetime: Some("2023-06-21T08:10:00+06:00"),
            source: "শে misspelt with স, spaced (fresh FR-211's shape)",
            ..r
        },
        // A month and its year heading the days after it.
        Row {
            text: "মার্চ ২০১৮ ঘটনাপ্রবাহ ৫ মার্চ প্রকল্পের উদ্বোধন",
            matched: "মার্চ ২০১৮",
            date: Some("-"),
            month_day: Some("03-00"),
            source: "a year-in-review table's month heading; its day rows take the year",
            ..r
        },
        // The date, where, then when: a clock a few words on in the same clause is the date's.
        Row {
            text: "আগামী ২২ মে উপজেলা পরিষদ হলরুমে সকাল ১১ টা",
            reference: Some("2019-05-08T12:00:00"),
            matched: "আগামী ২২ মে উপজেলা পরিষদ হলরুমে সকাল ১১ টা",
            datetime: Some("2019-05-22T11:00:00+06:00"),
            source: "a union notice's meeting (fresh FR-133's shape)",
            ..r
        },
        // Shapes of the fresh set R (2026-12-07).
        Row {
            text: "১৭৫৭ সালের জুন ২৩ তারিখে এই যুদ্ধ সংঘটিত হয়েছিল।",
            matched: "১৭৫৭ সালের জুন ২৩ তারিখে",
            date: Some("1757-06-23"),
            source: "year, month, then the day and তারিখ (fresh R-066's shape; Plassey, 23 June 1757)",
            ..r
        },
        Row {
            text: "২০২৫ নভেম্বর ১৭ ০৯:৩২:০৫",
            matched: "২০২৫ নভেম্বর ১৭ ০৯:৩২:০৫",
            date: Some("2025-11-17"),
            time: Some("09:32:05"),
            source: "a print view's stamp, year, month, day and clock (fresh R-024's shape)",
            ..r
        },
        Row {
            text: "২০২৪ সালের জুন ২৩ জন নিহত হন",
            matched: "২০২৪ সালের জুন",
            date: Some("-"),
            month_day: Some("06-00"),
            source: "a number after the month that counts people is no day",
            ..r
        },
        Row {
            text: "5/28/2015 বাংলা প্রথম পত্র",
            matched: "5/28/2015",
            date: Some("2015-05-28"),
            source: "month first with a slash when the second number can only be a day (fresh R-082's shape)",
            ..r
        },
        Row {
            text: "মার্চ ৬, বৃহস্পতিবার",
            matched: "মার্চ ৬, বৃহস্পতিবার",
            month_day: Some("03-06"),
            source: "month first with no year, its weekday after a comma (the date was dropped)",
            ..r
        },
        Row {
            text: "মার্চ ৬ সকাল ১০টায়",
            matched: "মার্চ ৬ সকাল ১০টায়",
            month_day: Some("03-06"),
            time: Some("10:00:00"),
            source: "month first with no year, its time after it",
            ..r
        },
        Row {
            text: "ছুটির তালিকা ২০২২ রিপোর্ট সেপ্টে ৪, ২০২১",
            matched: "সেপ্টে ৪, ২০২১",
            date: Some("2021-09-04"),
            source: "a month cut short, month first, with its year (fresh R-049's shape)",
            ..r
        },
        Row {
            text: "১৮৯৯ খ্রিস্টাব্দের ২৫ এ মে জন্মগ্রহণ করেন",
            matched: "১৮৯৯ খ্রিস্টাব্দের ২৫ এ মে",
            date: Some("1899-05-25"),
            source: "the locative ending spaced from the day (fresh R-117's shape)",
            ..r
        },
        Row {
            text: "প্রথম প্রকাশ: ৩১ ডিসেম্বর ২০২৪, ৪:১০ পিএমআপডেট: ২ জানুয়ারী ২০২৫, ১:২৪ এএম",
            matched: "প্রকাশ: ৩১ ডিসেম্বর ২০২৪, ৪:১০ পিএমআপডেট",
            datetime: Some("2024-12-31T16:10:00+06:00"),
            source: "a scraped byline glues the next label to পিএম (fresh R-068's shape)",
            ..r
        },
        Row {
            text: "অমাবস্যা তিথি শুরু হবে ১ অক্টোবর ২০২৪ রাত ৯/৪/৪৯ মিনিট হতে",
            matched: "১ অক্টোবর ২০২৪ রাত ৯/৪/৪৯ মিনিট",
            datetime: Some("2024-10-01T21:04:49+06:00"),
            source: "an almanac's hour/minute/second after রাত without ঘ, a one-digit minute (fresh R-084's shape)",
            ..r
        },
        Row {
            text: "ডিসেম্বর মাসের ১ তারিখ দিনটি ছিল বৃহস্পতিবার।",
            reference: Some("2024-12-25T10:00:00"),
            matched: "ডিসেম্বর মাসের ১ তারিখ দিনটি ছিল বৃহস্পতিবার",
            date: Some("2024-12-01"),
            warnings: Some(&["year-inferred", "weekday-mismatch"]),
            source: "the day's weekday told after it (fresh R-025's shape): 1 December 2024 was a Sunday, so the reference's year is doubted",
            ..r
        },
        Row {
            // পড়েছে with ড as ড + nukta (U+09A1 U+09BC), the other encoding from the copula list.
            text: "১ ডিসেম্বর ২০২৪ তারিখ দিনটি পড\u{09BC}েছে রবিবার",
            matched: "১ ডিসেম্বর ২০২৪ তারিখ দিনটি পড\u{09BC}েছে রবিবার",
            date: Some("2024-12-01"),
            source: "the weekday told after the day with the copula in letter + nukta; 1 December 2024 was a Sunday (timeanddate.com calendar)",
            ..r
        },
        Row {
            text: "প্রতিবছরের ন্যায় সকাল ১০ঘাটিকার র‍্যালির মাধ্যমে উদ্বোধন করা হয়।",
            reference: Some("2024-12-02T09:00:00"),
            matched: "সকাল ১০ঘাটিকার",
            datetime: Some("2024-12-02T10:00:00+06:00"),
            source: "ঘটিকা misspelt with a long a, glued to its hour (fresh S-045)",
            ..r
        },
        Row {
            text: "সুচিত্রা সেন ৬-ই এপ্রিল, ১৯২৯ সালে জন্মগ্রহণ করেন।",
            matched: "৬-ই এপ্রিল, ১৯২৯ সালে",
            date: Some("1929-04-06"),
            source: "an ordinal after a hyphen (fresh S07); Suchitra Sen, born 6 April 1929 (Wikipedia)",
            ..r
        },
        Row {
            text: "গত ৪ঠ নভেম্বর নিউইয়র্কে চিকিৎসাধীন অবস্থায় মারা যান।",
            reference: Some("2019-11-10T09:00:00"),
            matched: "গত ৪ঠ নভেম্বর",
            date: Some("2019-11-04"),
            warnings: Some(&["year-inferred"]),
            source: "ঠা without its া (fresh T-054); Sadeque Hossain Khoka died on 4 November 2019",
            ..r
        },
        Row {
            text: "প্রেস বিজ্ঞপ্তিতে জানানো হয়, ২০২৫ সালের ১৪৪৬ হিজরি সনের শবে বরাতের তারিখ নির্ধারণে ৩০ জানুয়ারি সন্ধ্যা ৫.৪৫ বাদ মাগরিব সভা অনুষ্ঠিত হবে।",
            matched: "৩০ জানুয়ারি সন্ধ্যা ৫.৪৫",
            datetime: Some("2025-01-30T17:45:00+06:00"),
            warnings: Some(&["year-from-text"]),
            source: "fresh T-079: a Gregorian year and a Hijri year in one sentence; the Gregorian one dates the Gregorian day",
            ..r
        },
        Row {
            text: "৭১-এর ২৫ মার্চ কালরাতে গণহত্যা শুরু হয়।",
            reference: Some("2024-03-26T09:00:00"),
            matched: "৭১-এর ২৫ মার্চ",
            date: Some("1971-03-25"),
            warnings: Some(&["century-inferred"]),
            source: "a short year first with its case ending (fresh T06's ৭২’এর ১৪ আগস্ট); the crackdown of 25 March 1971",
            ..r
        },
        // A year written out in words before its era word (probe 7: the date took the
        // reference's year).
        Row {
            text: "উনিশশো একাত্তর সালের ছাব্বিশে মার্চ",
            reference: Some("2025-03-10T12:00:00"),
            matched: "ছাব্বিশে মার্চ",
            date: Some("1971-03-26"),
            warnings: Some(&["year-from-text"]),
            source: "hundreds and a number word before সাল",
            ..r
        },
        Row {
            text: "উনিশ শো সাতচল্লিশ সালের চৌদ্দই আগস্ট দেশভাগ হয়",
            reference: Some("2025-03-10T12:00:00"),
            matched: "চৌদ্দই আগস্ট",
            date: Some("1947-08-14"),
            warnings: Some(&["year-from-text"]),
            source: "the hundreds in two words",
            ..r
        },
        Row {
            text: "দুই হাজার চব্বিশ সালের পাঁচই আগস্ট",
            reference: Some("2025-03-10T12:00:00"),
            matched: "পাঁচই আগস্ট",
            date: Some("2024-08-05"),
            warnings: Some(&["year-from-text"]),
            source: "two thousand and a number word",
            ..r
        },
        Row {
            text: "ছাব্বিশে মার্চ, উনিশশো একাত্তর",
            reference: Some("2025-03-10T12:00:00"),
            matched: "ছাব্বিশে মার্চ",
            date: Some("1971-03-26"),
            warnings: Some(&["year-from-text"]),
            source: "the year in words right after the date (probe 7)",
            ..r
        },
        Row {
            text: "দশ সালের পাঁচই আগস্ট",
            reference: Some("2025-03-10T12:00:00"),
            matched: "পাঁচই আগস্ট",
            date: Some("2024-08-05"),
            warnings: Some(&["year-inferred"]),
            source: "a number word alone before সাল is no year in words (the table reads yearless dates into the past)",
            ..r
        },
        Row {
            text: "৯০ সালের ৬ ডিসেম্বর এরশাদের পতন হয়",
            reference: Some("2025-03-10T12:00:00"),
            matched: "৯০ সালের ৬ ডিসেম্বর",
            date: Some("1990-12-06"),
            warnings: Some(&["century-inferred"]),
            source: "a short year first with সাল (probe 7: the year was dropped); Ershad resigned on 6 December 1990",
            ..r
        },
        Row {
            text: "২৪ সালের ৫ আগস্ট",
            reference: Some("2025-03-10T12:00:00"),
            matched: "২৪ সালের ৫ আগস্ট",
            date: Some("2024-08-05"),
            warnings: Some(&["century-inferred"]),
            source: "… of this century, before the reference",
            ..r
        },
        Row {
            text: "বিডিনিউজ টোয়েন্টিফোর ডটকম/জেডআর/এজে/এসকে/১৩৩১ঘ.",
            reference: Some("2009-01-31T09:00:00"),
            matched: "১৩৩১ঘ.",
            datetime: Some("2009-01-31T13:31:00+06:00"),
            warnings: Some(&["date-from-reference"]),
            source: "a report's sign-off: the newsroom's 24-hour clock with ঘণ্টা cut short (fresh T08, bdnews24)",
            ..r
        },
        Row {
            text: "এ দিন সকাল ন'টা নাগাদ দু'টি মোটরবাইক আসে",
            reference: Some("2025-01-18T15:00:00"),
            matched: "সকাল ন'টা নাগাদ",
            datetime: Some("2025-01-18T09:00:00+06:00"),
            warnings: Some(&["date-from-reference"]),
            source: "an hour word cut short with an apostrophe, as West Bengal writes it (ন'টা, nine o'clock); দু'টি is a count",
            ..r
        },
        Row {
            text: "কাল সন্ধেয় ৭টা ৩০ গেল ।",
            reference: Some("2037-12-29T07:10:00"),
            matched: "কাল সন্ধেয় ৭টা ৩০",
            datetime: Some("2037-12-28T19:30:00+06:00"),
            source: "bare minutes before গেল, the verb (the vocabulary's গেল is 'last' before a unit): found by the kal-by-tense family under a fresh seed in CI",
            ..r
        },
        // A yearless day and another written with its year later in the sentence, with no
        // reference: the year that puts the first nearest the second.
        Row {
            text: "✅ বাংলা প্রথম পত্র: আগে ২০ এপ্রিল ছিল, এখন ২১ এপ্রিল ২০২৫",
            reference: None,
            matched: "২০ এপ্রিল",
            date: Some("2025-04-20"),
            warnings: Some(&["year-from-text"]),
            source: "fresh S-014: a Dakhil 2025 paper moved from 20 to 21 April 2025",
            ..r
        },
        Row {
            text: "সভা ২০ ডিসেম্বর ছিল, এখন ৫ জানুয়ারি ২০২৫ তারিখে",
            reference: None,
            matched: "২০ ডিসেম্বর",
            date: Some("2024-12-20"),
            warnings: Some(&["year-from-text"]),
            source: "the same across a new year: December before a January of 2025 is 2024's",
            ..r
        },
        // A place of West Bengal named before a lone Bangabda date in its paragraph: its
        // almanac's day (25 Boishakh 1429 was 9 May 2022 in West Bengal, 8 May in Bangladesh).
        Row {
            text: "বীরভূম, সেখ ওলি মহম্মদঃ- ২৫ বৈশাখ ছিল বিশ্বকবি রবীন্দ্রনাথ ঠাকুরের ১৬১তম জন্মবার্ষিকী।",
            reference: Some("2022-05-13T09:00:00"),
            matched: "২৫ বৈশাখ",
            date: Some("2022-05-09"),
            bangla: Some((25, Month::Boishakh, "wb-ss")),
            warnings: Some(&["year-inferred", "bangla-rule-from-evidence"]),
            source: "fresh S-033's shape: a Birbhum dateline; Rabindra Jayanti 2022 was kept on 9 May in West Bengal",
            ..r
        },
        // … or of Jharkhand, Tripura's subdivisions, Upper Assam (probe 9); and India's clock
        // beside the date (15 Kartik 1432 is 2 November 2025 in West Bengal, 31 October in
        // Bangladesh: DOMAIN.md §1).
        Row {
            text: "জামশেদপুর, ১৫ কার্তিক ১৪৩২: পুরসভার সভা",
            reference: Some("2025-10-01T12:00:00"),
            matched: "১৫ কার্তিক ১৪৩২",
            date: Some("2025-11-02"),
            bangla: Some((15, Month::Kartik, "wb-ss")),
            source: "a Jharkhand dateline (probe 9)",
            ..r
        },
        Row {
            text: "ভারতীয় সময় রাত ৮টায়, ১৫ কার্তিক ১৪৩২ খেলা শুরু",
            reference: Some("2025-10-01T12:00:00"),
            matched: "সময় রাত ৮টায়, ১৫ কার্তিক ১৪৩২",
            datetime: Some("2025-11-02T20:00:00+05:30"),
            bangla: Some((15, Month::Kartik, "wb-ss")),
            warnings: Some(&["bangla-rule-from-evidence"]),
            source: "India's clock beside the date (probe 9: the clock in India, the date by Bangladesh's rule)",
            ..r
        },
        // … but not with a place of Bangladesh beside it: nothing tells whose.
        Row {
            text: "ঢাকা ও কলকাতায় ২৫ বৈশাখ পালিত হয়।",
            reference: Some("2022-05-13T09:00:00"),
            matched: "২৫ বৈশাখ",
            date: Some("2022-05-08"),
            warnings: Some(&["year-inferred", "bangla-rule-assumed"]),
            source: "Dhaka and Kolkata in one sentence: the default rule, said to be assumed",
            ..r
        },
        Row {
            text: "১৯ জুন দিবরাগত রাত ৩টায় ১৫ মিনিটে মোনাজাত",
            reference: Some("2022-06-19T10:00:00"),
            matched: "১৯ জুন দিবরাগত রাত ৩টায় ১৫ মিনিটে",
            datetime: Some("2022-06-20T03:15:00+06:00"),
            source: "দিবাগত with a stray র (fresh R-046's shape): the night after 19 June",
            ..r
        },
        // A comma does not end the sentence: the fixture lists, notices and reports of the
        // fresh sets write where, then a comma or a bracket, then when.
        Row {
            text: "২২ মে ২০১৯ তিনি ঢাকায় ফেরেন, রাত ১০টায় সংবাদ সম্মেলন",
            matched: "২২ মে ২০১৯ তিনি ঢাকায় ফেরেন, রাত ১০টায়",
            datetime: Some("2019-05-22T22:00:00+06:00"),
            source: "the clause after the comma goes on with the same day",
            ..r
        },
        Row {
            text: "২১ জানুয়ারি : (১) চট্টগ্রাম চ্যালেঞ্জার্স বনাম ফরচুন বরিশাল (দুপুর ১:৩০)",
            reference: Some("2022-01-21T08:00:00"),
            matched: "২১ জানুয়ারি : (১) চট্টগ্রাম চ্যালেঞ্জার্স বনাম ফরচুন বরিশাল (দুপুর ১:৩০)",
            datetime: Some("2022-01-21T13:30:00+06:00"),
            source: "a fixture list: the day, the match's number and teams, its time in brackets (fresh N-048's shape)",
            ..r
        },
        Row {
            text: "আগামী শুক্রবার (০৪ জানুয়ারি) ঠাকুরগাঁও, দিনাজপুর ও পঞ্চগড়সহ রংপুর বিভাগের ৮ জেলায় সকাল ৮টা হতে",
            reference: Some("2019-01-02T10:00:00"),
            matched: "আগামী শুক্রবার (০৪ জানুয়ারি) ঠাকুরগাঁও, দিনাজপুর ও পঞ্চগড়সহ রংপুর বিভাগের ৮ জেলায় সকাল ৮টা",
            datetime: Some("2019-01-04T08:00:00+06:00"),
            source: "a power cut notice: districts listed with commas and a count before the time (fresh Q-067's shape)",
            ..r
        },
        Row {
            text: "আগামীকাল ২৮ নভেম্বর সোমবার উদ্বোধনী দিনে সকাল ১০টায় কক্সবাজার জেলা ও কুমিল্লা জেলা মুখোমুখি হবে",
            reference: Some("2022-11-27T23:05:00"),
            matched: "আগামীকাল ২৮ নভেম্বর সোমবার উদ্বোধনী দিনে সকাল ১০টায়",
            datetime: Some("2022-11-28T10:00:00+06:00"),
            source: "hockey fixtures: the day described between the date and its kick-off (fresh V-094's shape; 28 Nov 2022 was a Monday)",
            ..r
        },
        Row {
            text: "২৮ নভেম্বর টুর্নামেন্টের দ্বিতীয় দিনে সকাল ১০টায় খেলা",
            reference: Some("2022-11-29T10:00:00"),
            matched: "২৮ নভেম্বর",
            date: Some("2022-11-28"),
            source: "a second day is another day than the one written: the clock is not its",
            ..r
        },
        Row {
            text: "সংবাদ সম্মেলন আজ। বিকেল ৩টায় জেলা প্রশাসকের সম্মেলন কক্ষে এ সংবাদ সম্মেলন অনুষ্ঠিত হবে।",
            reference: Some("2018-03-20T09:00:00"),
            matched: "আজ। বিকেল ৩টায়",
            datetime: Some("2018-03-20T15:00:00+06:00"),
            source: "the day ends its sentence, the clock starts the next (fresh N-058's shape)",
            ..r
        },
        Row {
            text: "রোববার মাগরিবের নামাজের পর সন্ধ্যা ৭টা ১৫ মিনিটে সভা অনুষ্ঠিত হবে",
            reference: Some("2018-08-12T09:00:00"),
            matched: "রোববার মাগরিবের নামাজের পর সন্ধ্যা ৭টা ১৫ মিনিটে",
            datetime: Some("2018-08-12T19:15:00+06:00"),
            source: "after the evening prayer, then the clock (fresh P-022's shape)",
            ..r
        },
        Row {
            text: "২২ মে ২০১৯ থেকে মেলা চলবে, প্রতিদিন সকাল ১০টা পর্যন্ত",
            matched: "২২ মে ২০১৯",
            time: Some("-"),
            source: "প্রতিদিন makes the time a routine's, not the day's",
            ..r
        },
        Row {
            text: "২২ মে ২০১৯ সভা হয়, তিন দিন পর সকাল ১০টায় আবার বৈঠক",
            matched: "২২ মে ২০১৯",
            time: Some("-"),
            source: "a count of days before the time: another day's",
            ..r
        },
        Row {
            text: "২২ মে ২০১৯ সভা হবে বলে জানানো হয়েছে। সকাল ১০টায় অতিথিরা আসবেন।",
            matched: "২২ মে ২০১৯",
            time: Some("-"),
            source: "the time starts a later sentence, and the date's own went on past it",
            ..r
        },
        // After a prayer (`বাদ জোহর`), and labels between a date and its clock.
        Row {
            text: "বৃহস্পতিবার (১৪ মার্চ) বাদ আসর ৪টায় জানাজা",
            reference: Some("2024-03-14T09:00:00"),
            matched: "বৃহস্পতিবার (১৪ মার্চ) বাদ আসর ৪টায়",
            datetime: Some("2024-03-14T16:00:00+06:00"),
            source: "`বাদ জোহর ২টায়` (fresh2 F2-015's shape); 14 Mar 2024 was a Thursday",
            ..r
        },
        Row {
            text: "১২ জুলাই দ্বিতীয় ম্যাচটি নেপালের বিপক্ষে বাংলাদেশ সময় রাত ৯টায়।",
            reference: Some("2023-07-20T12:00:00"),
            matched: "১২ জুলাই দ্বিতীয় ম্যাচটি নেপালের বিপক্ষে বাংলাদেশ সময় রাত ৯টায়",
            datetime: Some("2023-07-12T21:00:00+06:00"),
            source: "an ordinal and a label between the date and its time (fresh2 F2-079's shape)",
            ..r
        },
        // Months cut short, and Assam's spellings.
        Row {
            text: "০৩ ডিসে ২০২৪, ১১:২০ পূর্বাহ্ণ",
            matched: "০৩ ডিসে ২০২৪, ১১:২০ পূর্বাহ্ণ",
            datetime: Some("2024-12-03T11:20:00+06:00"),
            source: "a Sylhet site's stamp with the month cut short (fresh2 F2-007's shape)",
            ..r
        },
        Row {
            text: "২০১৯ ৰ ১১ জুলাইত পৰীক্ষা অনুষ্ঠিত হয়",
            matched: "২০১৯ ৰ ১১ জুলাইত",
            date: Some("2019-07-11"),
            source: "Assamese: the genitive ৰ after the year, the locative -ত on the month (fresh2 F2-033's shape)",
            ..r
        },
        // Another place's local time: no datetime.
        Row {
            text: "লন্ডন স্থানীয় সময় ৫ জানুয়ারি ২০২৬ সকাল ৯টায়",
            matched: "স্থানীয় সময় ৫ জানুয়ারি ২০২৬ সকাল ৯টায়",
            datetime: Some("2026-01-05T09:00:00+00:00"),
            date: Some("2026-01-05"),
            warnings: Some(&[]),
            source: "another zone's clock must not be read as Dhaka time: London's, named before স্থানীয় সময় (GMT in January)",
            ..r
        },
        Row {
            text: "প্যারিসের স্থানীয় সময় অনুযায়ী ৫ জানুয়ারি ২০২৬ সকাল ৯টায়",
            matched: "স্থানীয় সময় অনুযায়ী ৫ জানুয়ারি ২০২৬ সকাল ৯টায়",
            datetime: Some("-"),
            date: Some("2026-01-05"),
            warnings: Some(&["other-time-zone"]),
            source: "a place whose zone the table does not name: some place's local time, no datetime",
            ..r
        },
        Row {
            text: "সংযুক্ত আরব আমিরাতের স্থানীয় সময় অনুযায়ী ৫ জানুয়ারি ২০২৬ বিকেল ৬টা ৩০ মিনিটে",
            matched: "স্থানীয় সময় অনুযায়ী ৫ জানুয়ারি ২০২৬ বিকেল ৬টা ৩০ মিনিটে",
            datetime: Some("2026-01-05T18:30:00+04:00"),
            date: Some("2026-01-05"),
            warnings: Some(&[]),
            source: "the Emirates named before স্থানীয় সময় অনুযায়ী (probe 2, a cricket report: was Dhaka's, with no warning)",
            ..r
        },
    ]
}

fn reference(s: &str) -> NaiveDateTime {
    s.parse().unwrap()
}

#[test]
fn table() {
    let mut failures = Vec::new();
    for row in rows() {
        let mut parser = Parser::new().year_resolution(YearResolution::Past);
        if let Some(r) = row.reference {
            parser = parser.reference(reference(r));
        }
        let found = parser.extract(row.text).next();
        let m = match found {
            Some(Ok(m)) => m,
            other => {
                failures.push(format!("{}: no match ({other:?}) [{}]", row.text, row.source));
                continue;
            }
        };
        let mut check = |what: &str, ok: bool, got: String| {
            if !ok {
                failures.push(format!("{}: {what} was {got} [{}]", row.text, row.source));
            }
        };
        check("match", m.text(row.text) == row.matched, m.text(row.text).to_owned());
        let opt_eq = |want: Option<&str>, got: Option<String>| match want {
            None => true,
            Some("-") => got.is_none(),
            Some(w) => got.as_deref() == Some(w),
        };
        check("date", opt_eq(row.date, m.date.map(|d| d.to_string())), format!("{:?}", m.date));
        check("time", opt_eq(row.time, m.time.map(|t| t.to_string())), format!("{:?}", m.time));
        check(
            "datetime",
            opt_eq(row.datetime, m.datetime.map(|d| d.to_rfc3339())),
            format!("{:?}", m.datetime),
        );
        if let Some(md) = row.month_day {
            let got = format!("{:02}-{:02}", m.month.unwrap_or(0), m.day.unwrap_or(0));
            check("month-day", got == md, got.clone());
        }
        if let Some((day, month, rule)) = row.bangla {
            let b = m.bangla.expect("a Bangabda date");
            let got_rule = b.rule.map_or("-".to_owned(), |r| r.to_string());
            check(
                "bangla",
                b.day == day && b.month == month && got_rule == rule,
                format!("{} {} {got_rule}", b.day, b.month.roman()),
            );
        }
        if let Some(codes) = row.warnings {
            let got: Vec<&str> = m.warnings.iter().map(|w| w.code()).collect();
            check("warnings", got == codes, format!("{got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// (text, [(match text, role)], source)
type RangeCase = (&'static str, &'static [(&'static str, Role)], &'static str);

#[test]
fn ranges_and_lists() {
    let cases: &[RangeCase] = &[
        (
            "২২শে জানুয়ারি থেকে ১০ই ফেব্রুয়ারি পর্যন্ত",
            &[("২২শে জানুয়ারি", Role::RangeStart), ("১০ই ফেব্রুয়ারি", Role::RangeEnd)],
            "DOMAIN.md §2 ranges `X থেকে Y`",
        ),
        (
            "৫-৯ জানুয়ারি",
            &[("৫", Role::RangeStart), ("৯ জানুয়ারি", Role::RangeEnd)],
            "day range with hyphen",
        ),
        (
            "৩১ ডিসেম্বর এবং ১ ও ২ জানুয়ারি",
            &[("৩১ ডিসেম্বর", Role::ListItem), ("১", Role::ListItem), ("২ জানুয়ারি", Role::ListItem)],
            "a list crossing a year boundary",
        ),
        (
            "শনি-রবিবার বন্ধ থাকবে",
            &[("শনি", Role::RangeStart), ("রবিবার", Role::RangeEnd)],
            "weekdays, the first without its বার (fresh article X03)",
        ),
        (
            "রবি, সোম ও মঙ্গলবার ক্লাস হবে",
            &[("রবি", Role::ListItem), ("সোম", Role::ListItem), ("মঙ্গলবার", Role::ListItem)],
            "a list of weekdays sharing one বার",
        ),
        (
            "সম্মেলন মার্চ ১২-১৪, ২০২৪ তারিখে",
            &[("মার্চ ১২", Role::RangeStart), ("১৪, ২০২৪", Role::RangeEnd)],
            "month first, the month and year shared: the end was lost (the start took the year)",
        ),
        (
            "১৩ নভেম্বর থেকে সকাল ৯টায় অফিস শুরু হবে",
            &[("১৩ নভেম্বর", Role::From), ("সকাল ৯টায়", Role::Single)],
            "a day with থেকে then a clock alone: days to come and their hour, not a range ending before it starts",
        ),
        (
            "March 3 ও 5, 2023",
            &[("March 3", Role::ListItem), ("5, 2023", Role::ListItem)],
            "month first, a list sharing month and year",
        ),
        ("রবি ও তার বন্ধুরা এসেছে", &[], "a name, not a weekday"),
        ("মঙ্গলবারের পরীক্ষা স্থগিত", &[], "a weekday's genitive alone names an event in a string"),
        ("১ মার্চ ২০২৫ থেকে কার্যকর", &[("১ মার্চ ২০২৫", Role::From)], "open range"),
        ("৩১ মার্চ ২০২৫ পর্যন্ত", &[("৩১ মার্চ ২০২৫", Role::Until)], "open range"),
        // A range's start hour after a day period, its unit left to the end (probe: the start
        // was dropped, and `সকাল ৯-১১টা` read as 09:11).
        (
            "সকাল ৯ থেকে ১১টা পর্যন্ত",
            &[("সকাল ৯", Role::RangeStart), ("১১টা", Role::RangeEnd)],
            "an hour range, the start without its unit",
        ),
        (
            "বিকেল ৩-৫টা",
            &[("বিকেল ৩", Role::RangeStart), ("৫টা", Role::RangeEnd)],
            "an hour range with a hyphen",
        ),
        (
            "সকাল ৯–১১টা",
            &[("সকাল ৯", Role::RangeStart), ("১১টা", Role::RangeEnd)],
            "an hour range with an en dash",
        ),
        (
            "সকাল ১০ থেকে দুপুর ১টা",
            &[("সকাল ১০", Role::RangeStart), ("দুপুর ১টা", Role::RangeEnd)],
            "an hour range, each end with its period",
        ),
        // A routine's hours with a hyphen between two clocks (probe 7: the end was read as a
        // UTC offset, 10:00 at −12:00).
        (
            "২য় ঘণ্টা ৯:৫০-১০:৪০",
            &[("৯:৫০", Role::RangeStart), ("১০:৪০", Role::RangeEnd)],
            "a clock range with a hyphen",
        ),
        (
            "১৪:০০:০০-১৭:০০:০০",
            &[("১৪:০০:০০", Role::RangeStart), ("১৭:০০:০০", Role::RangeEnd)],
            "a clock range with seconds: the end has its own, no offset does",
        ),
        (
            "সকাল ৯:৩০ টা হতে রাত ৮.৪৫ টা",
            &[("সকাল ৯:৩০ টা", Role::RangeStart), ("রাত ৮.৪৫ টা", Role::RangeEnd)],
            "time range, হতে",
        ),
        // A notice's range with the date word and the formal হইতে between its dates.
        (
            "১৫/০৩/২০২৪ খ্রিঃ তারিখ হইতে ২০/০৩/২০২৪ খ্রিঃ তারিখ পর্যন্ত",
            &[("১৫/০৩/২০২৪ খ্রিঃ", Role::RangeStart), ("২০/০৩/২০২৪ খ্রিঃ", Role::RangeEnd)],
            "a notice's range, তারিখ হইতে",
        ),
        ("১ মার্চ ২০২৫ তারিখ থেকে কার্যকর", &[("১ মার্চ ২০২৫", Role::From)], "open range, তারিখ থেকে"),
    ];
    for (text, expected, source) in cases {
        let got: Vec<(String, Role)> = Parser::new()
            .extract(text)
            .map(|m| m.map(|m| (m.text(text).to_owned(), m.role)))
            .collect::<Result<_, _>>()
            .unwrap();
        let want: Vec<(String, Role)> =
            expected.iter().map(|(t, r)| ((*t).to_owned(), *r)).collect();
        assert_eq!(got, want, "{text} ({source})");
    }
    // The end of a range lends its year and its day period to the start.
    let ms: Vec<_> = Parser::new()
        .extract("২৫ ডিসেম্বর থেকে ৪ জানুয়ারি ২০২৬")
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    assert_eq!(ms[0].date, NaiveDate::from_ymd_opt(2025, 12, 25));
    let ms: Vec<_> =
        Parser::new().extract("সকাল সোয়া ৭টা থেকে পৌনে ৮টা").collect::<Result<Vec<_>, _>>().unwrap();
    assert_eq!(ms[1].time.unwrap().to_string(), "07:45:00");
    assert!(ms[1].warnings.is_empty());
}

#[test]
fn rules_and_time_zones() {
    // A Bangabda date alone is converted by the configured rule.
    let text = "১৯ পৌষ ১৪৩২";
    let by = |rule: Rule| Parser::new().rule(rule).parse(text).unwrap().date.unwrap().to_string();
    assert_eq!(by(Rule::Bangladesh2019), "2026-01-03");
    assert_eq!(by(Rule::BanglaAcademy1987), "2026-01-02");
    // Inferring the rule: the sample header matches bd1987 with no warning.
    let header = "শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ";
    let m = Parser::new().infer_rule().parse(header).unwrap();
    assert_eq!(m.bangla.unwrap().rule, Some(Rule::BanglaAcademy1987));
    assert!(m.warnings.is_empty());
    // A Bangabda half that no rule gives.
    let m = Parser::new().parse("০২ জানুয়ারি ২০২৬, ২৫ পৌষ ১৪৩২").unwrap();
    assert_eq!(m.warnings.iter().map(|w| w.code()).collect::<Vec<_>>(), ["bangla-mismatch"]);
    // A West Bengal rule reads Kolkata time by default.
    let m = Parser::new().rule(Rule::WestBengalDrik).parse("১ বৈশাখ ১৪৩৩ সকাল ৯টা").unwrap();
    assert_eq!(m.datetime.unwrap().to_rfc3339(), "2026-04-15T09:00:00+05:30");
    // India: +05:30.
    let ist = chrono::FixedOffset::east_opt(5 * 3600 + 1800).unwrap();
    let m = Parser::new().offset(ist).parse("২ জানুয়ারি ২০২৬ সন্ধ্যা ৭টা").unwrap();
    assert_eq!(m.datetime.unwrap().to_rfc3339(), "2026-01-02T19:00:00+05:30");
}

#[test]
fn ordinary_text_is_not_a_date() {
    // Words that are also date words in other contexts, and numbers that are not dates.
    for text in [
        "রবি ঠাকুরের গান", // রবি: short for Sunday, also a name
        "৩টা বই কিনেছি", // টা counts things too
        "একটা বই",       // so does একটা
        "১০ জন আহত হয়েছেন",
        "প্রবৃদ্ধি ৪.৫ শতাংশ",                 // a decimal, not a time
        "১৯৭১ সালে স্বাধীনতা",                 // a year alone
        "স্কোর ২:১",                        // a score, not a time
        "প্রশ্ন ১০ ঘ. ৩০ নম্বর",              // ঘ. a list's fourth letter, with no period or minutes
        "১২.৩০ ঘণ্টা পর",                    // a decimal's fraction counts no hours
        "১০-১৫ মিনিট হাঁটুন",                 // ten to fifteen minutes, not 10:15
        "প্রতি মাসের ১৫ তারিখ বেতন দেওয়া হয়।", // a day kept every month, no one month's (probe 13)
        "ওই মাসের ১৬ তারিখ আবু সাঈদ নিহত হন", // that month's day: a month told before, not the reference's
        "হোল্ডিং ১২/৪/২০ সড়ক",             // a holding's number, not 12 April 2020 (probe 10)
        "বাসা ৭/২/১১ লালমাটিয়া",               // a house's (probe 10)
        "IP 10.0.0.1 এবং 1.2.3.4",
        "মে মাসের শেষে",            // a month alone
        "ফজরের নামাজ শেষে",          // a prayer's name alone is no time
        "সময়\n১৬.৩৫", // a dotted number under সময় is a clock only in a document's table
        "সে কাল আর নেই, বর্ষা কাল এল", // কাল alone is an era or a season, a day only after গত/আগামী
        "মঙ্গলবারের পরীক্ষা স্থগিত", // a genitive weekday names an event, not a day
        "তার জানু ব্যথা ১২ জানু থেকে", // জানু: a knee, and a month only before its year
        // Counted from what a genitive names, not from the day of writing.
        "ঈদের তিন দিন আগে বেতন দিতে হবে",
        "নির্বাচনের দুই সপ্তাহ পরে ফল",
        "তার দুই দিন পর কারখানাটি আবার চালু হয়",
        // A memo's number whose last groups look like a date (probe 6).
        "স্মারক নং-০৫.৪৪.২৬৬৬.০০৩.১১.১০.২০২৪",
        // Spaced numbers with no year of four digits nor an era word: a score, a sum.
        "স্কোর ২ - ১ - ০",
        // Months and days, which no whole number of days joins: no reading, rather than the
        // last unit's alone (probe 4).
        "আবেদনের ২ মাস ১০ দিন পরে ফল প্রকাশ হবে",
    ] {
        let found: Vec<_> = Parser::new().extract(text).collect();
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// The strings of issue 16 ("Read the phenomenon, not the example"), each the example of a
/// family that `tests/families.rs` writes in every variant: what each must read as.
#[test]
fn issue_16_examples() {
    let at = |s: &str| -> NaiveDateTime { s.parse().unwrap() };
    let read = |text: &str, reference: Option<&str>| {
        let mut p = Parser::new();
        if let Some(r) = reference {
            p = p.reference(at(r));
        }
        p.extract(text).collect::<Result<Vec<_>, _>>().unwrap()
    };
    let dated = |text: &str, reference: Option<&str>| -> Vec<String> {
        read(text, reference)
            .iter()
            .filter_map(|m| {
                let d = m.date?;
                Some(match m.time {
                    Some(t) => format!("{d}T{}", t.format("%H:%M")),
                    None => d.to_string(),
                })
            })
            .collect()
    };
    let codes = |text: &str, reference: Option<&str>| -> Vec<&'static str> {
        read(text, reference)
            .first()
            .map(|m| m.warnings.iter().map(|w| w.code()).collect())
            .unwrap_or_default()
    };
    // The year first, with a case ending or সালের.
    assert_eq!(dated("১৯৭৬-এ ২৬ অক্টোবর", Some("2024-06-14T09:00:00")), ["1976-10-26"]);
    assert_eq!(dated("১৯৪৫-এর ১২ মে", None), ["1945-05-12"]);
    assert_eq!(dated("২০১৯-এর ৩ জানুয়ারির", None), ["2019-01-03"]);
    assert_eq!(dated("১৯৮২ সালের ৫ই মার্চ", None), ["1982-03-05"]);
    // Lists of days sharing a month, and a time.
    let r = Some("2024-04-20T09:00:00");
    assert_eq!(dated("৩, ৪ ও ৫ মে", r), ["2024-05-03", "2024-05-04", "2024-05-05"]);
    assert_eq!(
        dated("আগামী ৩, ৪, ১৭ ও ১৮ মে বেলা ১০টা থেকে", r),
        ["2024-05-03T10:00", "2024-05-04T10:00", "2024-05-17T10:00", "2024-05-18T10:00"]
    );
    // … or the last of them written in digits (probe 3: only the last was read).
    assert_eq!(dated("১৫ ও ১৬.০৩.২০২৫ তারিখে পরীক্ষা", None), ["2025-03-15", "2025-03-16"]);
    assert_eq!(
        dated("১৫, ১৬ ও ১৭/০৩/২০২৫ তারিখে", None),
        ["2025-03-15", "2025-03-16", "2025-03-17"]
    );
    // A yearless date opening a sentence told in the past is the last such day; inside a
    // sentence it is as often what was decided (`নতুন তারিখ … করা হয়েছে`): the nearest.
    let r = Some("2025-03-10T12:00:00");
    assert_eq!(dated("২০ এপ্রিল তিনি মারা গেছেন।", r), ["2024-04-20"]);
    assert_eq!(dated("২০ এপ্রিল সভা অনুষ্ঠিত হবে।", r), ["2025-04-20"]);
    // A headline's date and the story's day named from today on the next line: two moments.
    assert_eq!(
        dated("মামলার রায় ১৭ নভেম্বর\nআজ বৃহস্পতিবার আদালত এ আদেশ দেন।", Some("2025-11-13T12:00:00")),
        ["2025-11-17", "2025-11-13"]
    );
    // Ranges sharing a year, in English abbreviations.
    for text in ["Mar 5 – Apr 15, 2020", "MAR 5 – APR 15, 2020", "Mar 5 - Apr 15 2020"] {
        assert_eq!(dated(text, None), ["2020-03-05", "2020-04-15"], "{text}");
    }
    // A meridiem or day period after the clock time, in every spelling.
    let d = "২ জানুয়ারি ২০২৬ ";
    for (time, want) in [
        ("০৮:১৫ বিকাল", "20:15"),
        ("৭:০৫ সন্ধ্যা", "19:05"),
        ("৪:২০ পি.এম", "16:20"),
        ("৪:২০ পি.এম.", "16:20"),
        ("১০:৩০ এ.এম", "10:30"),
        ("৪:২০ অপরাহ্", "16:20"),
        ("১০:৩০ পূর্বাহ্", "10:30"),
    ] {
        let text = format!("{d}{time}");
        assert_eq!(dated(&text, None), [format!("2026-01-02T{want}")], "{time}");
        assert!(codes(&text, None).is_empty(), "{time}: {:?}", codes(&text, None));
    }
    // Hijri with the year first, and with a comma before the year: an estimate, no date.
    for text in ["১৪৪৫ হিজরি সনের ১৫ শাবান", "৭ই জমাদিউল আখির, ১৪৪৫ হিজরি"]
    {
        let ms = read(text, None);
        assert_eq!(ms.len(), 1, "{text}");
        assert!(ms[0].date.is_none() && ms[0].approximate_date.is_some(), "{text}");
    }
    // Two-digit years: the century from the reference, flagged.
    for (text, want) in
        [("১২/১১/৪৭", "1947-11-12"), ("০৩-০৯-২৬", "2026-09-03"), ("৪/৯/৩৭", "1937-09-04")]
    {
        assert_eq!(dated(text, Some("2024-06-14T09:00:00")), [want], "{text}");
        assert_eq!(codes(text, Some("2024-06-14T09:00:00")), ["century-inferred"], "{text}");
    }
    // … and from a year written in full beside it: a letter of 1939 is not from 2039.
    assert_eq!(dated("১৯৩৯ সালের চিঠি, তাং ৪/৯/৩৭", None), ["1937-09-04"]);
    // Day-only references: the month from the reference, in the direction the words say.
    let r = Some("2024-06-14T09:00:00");
    assert_eq!(dated("গত ১২ তারিখ", r), ["2024-06-12"]);
    assert_eq!(dated("আগামী ৫ তারিখে", r), ["2024-07-05"]);
    assert_eq!(dated("চলতি মাসের ২০ তারিখ", r), ["2024-06-20"]);
    assert_eq!(codes("গত ১২ তারিখ", r), ["year-inferred", "month-inferred"]);
    // … unless a month is named after the date word, or written in numbers before it (probe 7:
    // the reference's month, or missed); a hyphen there joins a span of days.
    assert_eq!(dated("২৫ তারিখ মার্চ মাসে", r), ["2024-03-25"]);
    assert_eq!(codes("২৫ তারিখ মার্চ মাসে", r), ["year-inferred"]);
    assert_eq!(dated("১৯/০৩ তারিখে সভা হয়েছিল", r), ["2024-03-19"]);
    // (Told in the future, not a day three months gone.)
    assert_eq!(dated("১৯/০৩ তারিখে সভা হবে", r), ["2025-03-19"]);
    assert_eq!(dated("১৯.০৩ তারিখ", r), ["2024-03-19"]);
    assert!(dated("৫-৯ তারিখে", r).is_empty());
    // Vikram Samvat is lunisolar: recognised, no date.
    let ms = read("৭ই শ্রাবণ, ২০৮১ বিক্রম সংবৎ", None);
    assert_eq!(ms.len(), 1);
    assert_eq!((ms[0].date, ms[0].warnings[0].code()), (None, "lunisolar-date"));
    // An almanac's night belongs to the next civil day (DOMAIN.md §1: 18 Kartik 1430 is 5
    // November 2023 in West Bengal).
    let text = "১৮ কার্তিক ১৪৩০, রবিবার ইংরাজি তারিখ: ০৫/১১/২০২৩ রাত্রি ১.১৫";
    assert_eq!(dated(text, None), ["2023-11-06T01:15"]);
    assert!(codes(text, None).contains(&"almanac-day"));
    // A year written elsewhere in the string (real-dev-2 DEV2-109).
    let text = "১৫ ই সেপ্টেম্বর শুভ দিনে , ১৮৭৬ সালে পিতৃদেবের মাতুলালয়ে";
    assert_eq!(dated(text, None), ["1876-09-15"]);
    assert_eq!(codes(text, None), ["year-from-text"]);
    // Counts and addresses are never days.
    for text in ["৩২ শিক্ষার্থী", "৪০ জন", "১৭, লেক রোড", "বাড়ি নং ৯/১২, রোড ৩"]
    {
        assert!(read(text, r).is_empty(), "{text}");
    }
    assert_eq!(dated("বাড়ি ৯, ২১ মার্চ ২০২৪", None), ["2024-03-21"]);
    // A month heading gives its year to the days under it.
    assert_eq!(dated("মার্চ ২০১৮ ঘটনাপ্রবাহ ৫ মার্চ প্রকল্পের উদ্বোধন", None), ["2018-03-05"]);
}

/// Without a reference, a weekday beside a yearless date picks the latest year the day falls on
/// it, up to 30 days after the day of reading (`Parser::read_on`), flagged as a guess; with a
/// reference, the reference decides. Weekdays checked with Python's `datetime`.
#[test]
fn a_weekday_dates_a_yearless_day_read_on_a_known_day() {
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).expect("a day");
    for (text, date) in [
        ("বৃহস্পতিবার, ২৯ ফেব্রুয়ারি", "2024-02-29"),
        ("শনিবার, ২৯ ফেব্রুয়ারি", "2020-02-29"),
        // 21 December 2026 is a Monday, 14 days after the day of reading: a notice's reach; 15
        // March 2027 is 98 days ahead, too far: the Monday 15 March before, 2021.
        ("সোমবার (২১ ডিসেম্বর) সকাল ১০টায়", "2026-12-21"),
        ("সোমবার (১৫ মার্চ) সকাল ১০টায়", "2021-03-15"),
        // 31 July 2027 is a Saturday, more than 30 days ahead: the one before, 2021.
        ("শনিবার, ৩১ জুলাই", "2021-07-31"),
    ] {
        let m = Parser::new().read_on(today).parse(text).expect("a match");
        assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some(date), "{text}");
        assert!(m.warnings.iter().any(|w| w.code() == "date-from-reference"), "{text}");
    }
    let reference = NaiveDate::from_ymd_opt(2017, 3, 1).and_then(|d| d.and_hms_opt(9, 0, 0));
    let m = Parser::new()
        .read_on(today)
        .reference(reference.expect("a reference"))
        .parse("শুক্রবার (৭ এপ্রিল)")
        .expect("a match");
    assert_eq!(m.date, NaiveDate::from_ymd_opt(2017, 4, 7));
    assert!(m.warnings.iter().all(|w| w.code() != "date-from-reference"));
    // A Hijri day beside the Gregorian one pins the year (the pair recurs every ~33 years):
    // Eid al-Adha 2022 in Bangladesh, 10 July = 10 Dhul Hijjah; the Prophet's birthday of 2019,
    // 10 November = 12 Rabi al-Awwal (Islamic Foundation announcements).
    for (text, date) in [
        ("আগামী ১০ জুলাই (১০ জিলহ’জ) ঈদুল আজহা", "2022-07-10"),
        ("১০ নভেম্বর (১২ রবিউল আউয়াল) পালিত হবে", "2019-11-10"),
    ] {
        let m =
            Parser::new().read_on(today).extract(text).next().expect("a match").expect("a date");
        assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some(date), "{text}");
        assert!(m.warnings.iter().any(|w| w.code() == "date-from-reference"), "{text}");
    }
    // No weekday, no year: the day and month only.
    let m = Parser::new().read_on(today).parse("৭ এপ্রিল").expect("a match");
    assert_eq!(m.date, None);
    // A two-digit year's century: the one its weekday falls in (18 February 2020 was a
    // Tuesday, 1920's a Wednesday), not flagged; with no weekday, the recent one, flagged.
    let m = Parser::new().read_on(today).parse("১৮/২/২০ (মঙ্গলবার)").expect("a match");
    assert_eq!(m.date, NaiveDate::from_ymd_opt(2020, 2, 18));
    assert!(m.warnings.iter().all(|w| w.code() != "date-from-reference"));
    let m = Parser::new()
        .read_on(today)
        .extract("০৮-০৩-১৮ তারিখে")
        .next()
        .expect("a match")
        .expect("a date");
    assert_eq!(m.date, NaiveDate::from_ymd_opt(2018, 3, 8));
    assert!(m.warnings.iter().any(|w| w.code() == "date-from-reference"));
    // A document dates by its story, not by the day of reading.
    let text = "শুক্রবার (৭ এপ্রিল) সভা হয়।";
    let doc = Parser::new().read_on(today).read_document(text);
    assert!(doc.mentions.iter().all(|m| m.value.as_deref() != Some("2023-04-07")), "{text}");
}

/// A span or list of weekdays after গত/আগামী: the first as the word says, each next the first
/// such day after the one before it (probe 7: the end was counted from the reference, and a
/// span from Sunday to Thursday read on a Wednesday ran backwards).
#[test]
fn weekdays_after_the_first_follow_it() {
    for (reference, text, expected) in [
        // 12 March 2025 was a Wednesday.
        (
            "2025-03-12T12:00:00",
            "আগামী রবিবার থেকে বৃহস্পতিবার পর্যন্ত অফিস খোলা",
            ["2025-03-16", "2025-03-20"],
        ),
        (
            "2025-03-12T12:00:00",
            "আগামী শনি থেকে বৃহস্পতিবার পর্যন্ত ক্লাস হবে",
            ["2025-03-15", "2025-03-20"],
        ),
        // 10 March 2025 was a Monday.
        ("2025-03-10T12:00:00", "আগামী সোম ও মঙ্গলবার হরতাল", ["2025-03-17", "2025-03-18"]),
        ("2025-03-10T12:00:00", "আগামী শুক্র বার ও শনিবার অফিস বন্ধ", ["2025-03-14", "2025-03-15"]),
        ("2025-03-10T12:00:00", "গত বৃহস্পতি থেকে শনিবার মেলা চলেছে", ["2025-03-06", "2025-03-08"]),
    ] {
        let got: Vec<String> = Parser::new()
            .reference(self::reference(reference))
            .extract(text)
            .filter_map(Result::ok)
            .filter_map(|m| m.date)
            .map(|d| d.to_string())
            .collect();
        assert_eq!(got, expected, "{text}");
    }
}

/// A weekday alone: its clause's verb says which way from the day of writing (it was the
/// nearest such day whatever the verb; probe 8). Still dated from the reference, and said so.
#[test]
fn a_weekday_alone_goes_the_way_its_verb_says() {
    // 3 May 2025 was a Saturday.
    for (text, expected) in [
        ("মঙ্গলবার রাত ৯টার দিকে তার মৃত্যু হয়।", "2025-04-29"),
        ("মঙ্গলবার সভা হয়েছিল।", "2025-04-29"),
        ("বৃহস্পতিবার সভা হবে।", "2025-05-08"),
        ("সোমবার থেকে বাস ভাড়া বৃদ্ধি পাচ্ছে, এই সিদ্ধান্ত হওয়ার পর ধর্মঘট প্রত্যাহার করা হয়েছে।", "2025-05-05"),
        // With no verb to tell, the nearest.
        ("মঙ্গলবার", "2025-05-06"),
    ] {
        weekday_check(text, "2025-05-03T12:00:00", expected);
    }
    // A night's end told in the future, posted just after it (probe 4's fuel-price notices, 6
    // August 2022 00:38 a Saturday): the night just gone, the nearest.
    weekday_check("শুক্রবার দিবাগত রাত ১২টা থেকে নতুন দাম কার্যকর হবে।", "2022-08-06T00:38:00", "2022-08-06");
    // The perfect announces as often as it tells (fresh set AB): the nearest, read on a Monday.
    weekday_check("বুধবার সকাল ১০টায় শপথ অনুষ্ঠানের আয়োজন করা হয়েছে।", "2025-05-05T12:00:00", "2025-05-07");
}

/// হতে চলেছে, "is about to be", is the future, not the perfect: a yearless date at the sentence's
/// start is not sent back a year (fresh set AB: `২৬ শে নভেম্বর … উদ্বোধন হতে চলেছে` read on 25
/// November 2023 was 2022's).
#[test]
fn the_verb_tells_which_way_from_the_reference() {
    // Read with the nearest year (the table reads years past), the way the sentence's verb
    // tells. A procession (মিছিল, as -ছিল) and a name (ইসলাম, as -লাম) at a sentence's end are
    // no past verbs: they put the coming day a year back (probe 12).
    for (text, expected) in [
        ("১২ মার্চ ঢাকায় বিক্ষোভ মিছিল।", "2025-03-12"),
        ("১৭ মার্চ চট্টগ্রামে আসছেন মির্জা ফখরুল ইসলাম।", "2025-03-17"),
        ("১২ মার্চ ঢাকায় মাহফিল।", "2025-03-12"),
        // … while the past's own endings still tell it.
        ("১২ মার্চ সভা হয়েছিল।", "2024-03-12"),
        ("১২ মার্চ তিনি ঢাকায় ছিলেন।", "2024-03-12"),
        // A day of the month alone takes the month its verb tells (probe 12: the nearest).
        ("২৫ তারিখ সভা হবে।", "2025-03-25"),
        ("৫ তারিখ সভা হয়েছিল।", "2025-03-05"),
        // A day "since" which a state holds (probe 12: the coming one); one that starts
        // something announces.
        ("১ জুলাই থেকে কারখানাটি বন্ধ আছে।", "2024-07-01"),
        ("১০ জুন থেকে আন্দোলন চলছে।", "2024-06-10"),
        ("১২ মার্চ থেকে পরীক্ষা শুরু হচ্ছে।", "2025-03-12"),
    ] {
        let parser = Parser::new().reference(self::reference("2025-03-10T12:00:00"));
        let m = parser.extract(text).next().and_then(Result::ok).expect(text);
        assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some(expected), "{text}");
    }
}

#[test]
fn about_to_be_is_the_future() {
    let text = "২৬ শে নভেম্বর রাতে মন্দিরে উৎসবের শুভ উদ্বোধন হতে চলেছে।";
    let parser = Parser::new().reference(self::reference("2023-11-25T12:00:00"));
    let m = parser.extract(text).next().and_then(Result::ok).expect(text);
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2023-11-26"));
    // A schedule announced months ahead (probe 9): the future verb before or after the date,
    // or the next year written in its sentence, keep it from the months gone by; a date in the
    // genitive names what the verb is about.
    for (text, reference, expected) in [
        ("উচ্চমাধ্যমিক শুরু হবে ১২ ফেব্রুয়ারি, শেষ হবে ২৭ ফেব্রুয়ারি।", "2025-06-10T12:00:00", "2026-02-12"),
        ("সংসদ জানিয়েছে, পরীক্ষা হবে ১২ ফেব্রুয়ারি থেকে।", "2025-06-10T12:00:00", "2026-02-12"),
        ("২০২৬ সালের পরীক্ষা চলবে ১২ ফেব্রুয়ারি পর্যন্ত।", "2025-05-20T12:00:00", "2026-02-12"),
        ("১৫ মার্চের স্থগিত পরীক্ষা হবে।", "2018-04-02T12:00:00", "2018-03-15"),
    ] {
        let parser = Parser::new().reference(self::reference(reference));
        let m = parser.extract(text).next().and_then(Result::ok).expect(text);
        assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some(expected), "{text}");
    }
}

/// The first match of `text` read on `reference` is `expected`, dated from the reference and
/// flagged so.
fn weekday_check(text: &str, reference: &str, expected: &str) {
    let parser = Parser::new().reference(self::reference(reference));
    let m = parser.extract(text).next().and_then(Result::ok).expect(text);
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some(expected), "{text}");
    assert!(m.warnings.iter().any(|w| w.code() == "date-from-reference"), "{text}");
}

/// A range's end that is only a time is on its start's day, and after an evening or a night
/// start its small hours are on the night after it (as দিবাগত says).
#[test]
fn a_time_range_end_takes_its_start_day() {
    let reference = reference("2024-03-20T09:00:00");
    for (text, start, end) in [
        ("১২ মার্চ সকাল ১০টা থেকে ১২টা পর্যন্ত", "2024-03-12T10:00", "2024-03-12T12:00"),
        ("১২ মার্চ রাত ১০টা থেকে রাত ২টা পর্যন্ত", "2024-03-12T22:00", "2024-03-13T02:00"),
        ("১২ মার্চ রাত ১০টা থেকে ১১টা পর্যন্ত", "2024-03-12T22:00", "2024-03-12T23:00"),
        ("গতকাল সন্ধ্যা ৭টা থেকে রাত ১০টা পর্যন্ত", "2024-03-19T19:00", "2024-03-19T22:00"),
        ("১২ মার্চ বিকেল ৩-৫টা", "2024-03-12T15:00", "2024-03-12T17:00"),
        ("১২ মার্চ সকাল ১০ থেকে দুপুর ১টা পর্যন্ত", "2024-03-12T10:00", "2024-03-12T13:00"),
        ("১২ মার্চ রাত ১০ থেকে ১২টা পর্যন্ত", "2024-03-12T22:00", "2024-03-13T00:00"),
        // পরদিন at the end: the day after the start's written date (probe 6).
        ("১লা জুন ২০২০ রাত ৯টা থেকে পরদিন ভোর ৫টা পর্যন্ত", "2020-06-01T21:00", "2020-06-02T05:00"),
        ("৩১ মার্চ ২০২৪ রাত ৯টা থেকে পরদিন সকাল ৬টা", "2024-03-31T21:00", "2024-04-01T06:00"),
    ] {
        let got: Vec<String> = Parser::new()
            .reference(reference)
            .extract(text)
            .filter_map(Result::ok)
            .filter_map(|m| m.date.zip(m.time))
            .map(|(d, t)| d.and_time(t).format("%Y-%m-%dT%H:%M").to_string())
            .collect();
        assert_eq!(got, [start, end], "{text}");
    }
}

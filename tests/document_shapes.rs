//! What long articles say, one row per shape (issue 18's families): years and spans of years,
//! decades and centuries, years referred to, months without a day, tense, the day last talked
//! about, durations, lists under a year heading, and an almanac's own eras. Each row is a
//! sentence written for this table in the manner of the families' real examples (re-typed with
//! other numbers), the mention checked, its TimeML value and kind.

use bangla_date::parse::{Anchor, Document, Mention, Parser};
use chrono::NaiveDateTime;

/// (family, text, reference, mention, value, kind code).
const SHAPES: &[(&str, &str, &str, &str, &str, &str)] = &[
    // A text whose lines break inside a sentence (a crawler's, fresh article X08): each line's
    // mention is its own, the time on the next line taking the day before it.
    (
        "a date at a line's end",
        "আবেদনের শেষ সময় ১৫ মার্চ\nবিকেল ৫টা।",
        "2020-02-23T22:57",
        "১৫ মার্চ",
        "2020-03-15",
        "point",
    ),
    (
        "… and its time on the next line",
        "আবেদনের শেষ সময় ১৫ মার্চ\nবিকেল ৫টা।",
        "2020-02-23T22:57",
        "বিকেল ৫টা",
        "2020-03-15T17:00",
        "point",
    ),
    // Hours before a clock shift the time (`এক ঘণ্টা আগে সকাল ১০টায়`, "an hour earlier, at 10"):
    // the clock is its sentence's day's, not the day of writing (probe 6).
    (
        "a clock after a shift of hours",
        "১২ মার্চ মেলা শুরু হবে এক ঘণ্টা আগে সকাল ১০টায়।",
        "2025-03-10T12:00",
        "সকাল ১০টায়",
        "2025-03-12T10:00",
        "point",
    ),
    // A time told of what is to come, lines after a day a week or less ahead (probe 5,
    // sarabangla, published on Friday 5 April 2019): that day's.
    (
        "a time after a coming day told",
        "শনিবার থেকে আবারও শুরু হচ্ছে লিগ।\nস্বাগতিক ক্লাব আতিথ্য দেবে অতিথিদের। বিকেল সাড়ে তিনটায় শুরু হবে ম্যাচটি।",
        "2019-04-05T14:43",
        "বিকেল সাড়ে তিনটায়",
        "2019-04-06T15:30",
        "point",
    ),
    // A review of the year: after চলতি বছর, a yearless date told of the past is this year's
    // (probe 5, anondadhara's 2019 review, read on 26 December).
    (
        "a yearless date in a review of the year",
        "বছর শেষে চলতি বছরের আলোচিত ঘটনা\n৩ জানুয়ারি নতুন মন্ত্রিসভা শপথ নেন।",
        "2019-12-26T10:00",
        "৩ জানুয়ারি",
        "2019-01-03",
        "point",
    ),
    // A recurrence over a list of weekdays, the first without its বার (probe 5, binodonbazar).
    (
        "every day of a list of weekdays",
        "প্রতি শুক্র ও শনিবার খোলা থাকবে।",
        "2025-03-07T12:00",
        "প্রতি শুক্র",
        "XXXX-WXX-5",
        "set",
    ),
    (
        "… and the list's last",
        "প্রতি শুক্র ও শনিবার খোলা থাকবে।",
        "2025-03-07T12:00",
        "শনিবার",
        "XXXX-WXX-6",
        "set",
    ),
    // A Hijri date in a bar beside its Gregorian date: the day the page pairs it with (probe 4,
    // bangladesherkhabor).
    (
        "a Hijri date paired in a bar",
        "আগামীকাল শনিবার (৮ মার্চ, ৭ রমজান) ইফতার মাহফিল।",
        "2025-03-07T12:00",
        "৭ রমজান",
        "2025-03-08",
        "point",
    ),
    // Spans of years in history text (probe 5): an end before 1900 after a dash, and an end of
    // two digits before a term's word or পর্যন্ত.
    (
        "a reign's span with an en dash, its end before 1900",
        "সাইফউদ্দিন ফিরোজ শাহ (শাসনকাল ১৪৮৭–১৪৮৯)",
        "2024-01-01T12:00",
        "১৪৮৯",
        "1489",
        "year",
    ),
    (
        "a life's span with an em dash",
        "ঈশ্বরচন্দ্র বিদ্যাসাগর (১৮২০—১৮৯১)",
        "2024-01-01T12:00",
        "১৮৯১",
        "1891",
        "year",
    ),
    (
        "a term's span with a two-digit end",
        "১৯৯১-৯৬ মেয়াদে বিএনপি ক্ষমতায় ছিল।",
        "2025-03-10T12:00",
        "১৯৯১",
        "1991",
        "year",
    ),
    (
        "… and its end",
        "২০০৯–১৩ মেয়াদে তিনি মন্ত্রী ছিলেন।",
        "2025-03-10T12:00",
        "১৩ মেয়াদে",
        "2013",
        "year",
    ),
    // The July National Charter after এবং: the uprising's name, not a month (probe 5).
    (
        "জুলাই জাতীয় সনদ after এবং",
        "সংসদ নির্বাচন এবং জুলাই জাতীয় সনদ বাস্তবায়ন বিষয়ে গণভোট হবে।",
        "2025-12-11T20:00",
        "জুলাই",
        "2024-07",
        "month",
    ),
    // বাংলা after a year no Bangabda date has: the language (probe 5).
    (
        "a year before বাংলা the language",
        "তিনি ১৯৫২ বাংলা ভাষা আন্দোলনে অংশ নেন।",
        "2021-04-17T10:00",
        "১৯৫২",
        "1952",
        "year",
    ),
    // A bare year before a noun of what happens in a year (fresh article X07, probe 4).
    (
        "a bare year before জন্ম",
        "তিনি একজন মুক্তিযোদ্ধা। ১৯৬০ জন্ম হলে ১১ বছর বয়সে যুদ্ধে যান।",
        "2020-02-22T23:33",
        "১৯৬০",
        "1960",
        "year",
    ),
    (
        "a bare year before an uprising's noun",
        "১৯৬৯ গণ-অভ্যুত্থান: ইতিহাসের পাতা থেকে",
        "2020-02-22T23:33",
        "১৯৬৯",
        "1969",
        "year",
    ),
    // A day that names a historical event by the noun after it (probe 4).
    (
        "a day and month naming an event",
        "২৫ মার্চের কালরাতে পাকিস্তানি বাহিনী নিরস্ত্র বাঙালির ওপর ঝাঁপিয়ে পড়ে।",
        "2025-11-10T12:00",
        "২৫ মার্চের",
        "1971-03-25",
        "point",
    ),
    // A story's year against the sentence's tense (probe 4, wbedu.in): the reference's.
    (
        "a yearless date told as done after a year to come",
        "আগামী বছর ১৮ ফেব্রুয়ারি পরীক্ষা শুরু হবে। ২১ মে ফলাফল প্রকাশিত হয়েছে।",
        "2019-06-08T10:00",
        "২১ মে",
        "2019-05-21",
        "point",
    ),
    (
        "a yearless date told as to come after a year gone by",
        "২০২৪ সালের ১৫ ফেব্রুয়ারি তিনি গ্রেপ্তার হন। ২০ জুন মামলার শুনানি হবে।",
        "2025-06-08T10:00",
        "২০ জুন",
        "2025-06-20",
        "point",
    ),
    (
        "… while a story told in the past keeps its year",
        "২০২৪ সালের ১৫ ফেব্রুয়ারি তিনি গ্রেপ্তার হন। ২০ জুন তিনি জামিন পান।",
        "2025-06-08T10:00",
        "২০ জুন",
        "2024-06-20",
        "point",
    ),
    // A weekday in the genitive (fresh articles V07, X08): the day it names.
    (
        "a weekday's genitive alone",
        "তবে রোববারের বিজ্ঞপ্তিতে বলা হয়েছে, আবেদন চলবে।",
        "2020-02-23T22:57",
        "রোববারের",
        "2020-02-23",
        "point",
    ),
    // A day named, then this year's (fresh article X07): two mentions.
    (
        "a weekday before এ বছর",
        "বৃহস্পতিবার এ বছর স্বাধীনতা পদক পাওয়া ব্যক্তিদের নাম ঘোষণা করা হয়।",
        "2020-02-22T23:33",
        "বৃহস্পতিবার",
        "2020-02-20",
        "point",
    ),
    (
        "… and the year after it",
        "বৃহস্পতিবার এ বছর স্বাধীনতা পদক পাওয়া ব্যক্তিদের নাম ঘোষণা করা হয়।",
        "2020-02-22T23:33",
        "এ বছর",
        "2020",
        "year",
    ),
    // A month named alone in the genitive of a name ending in a vowel sign.
    (
        "a month's first week, its name in the genitive after a vowel sign",
        "জানুয়ারির প্রথম সপ্তাহে তিনি ফিরবেন।",
        "2024-03-10T12:00",
        "জানুয়ারির প্রথম সপ্তাহে",
        "2025-01",
        "month",
    ),
    (
        "… spelt with ী, its end",
        "গত ফেব্রুয়ারীর শেষ দিকে তিনি ফিরেছেন।",
        "2024-03-10T12:00",
        "গত ফেব্রুয়ারীর শেষ দিকে",
        "2024-02",
        "month",
    ),
    // Weekdays in a list, the first without its বার (fresh article X03), and after the dates
    // they name.
    (
        "weekdays after the dates of their sentence (respectively)",
        "এরপর ২৭ ও ২৮ মার্চ যথাক্রমে শুক্র ও শনিবার।",
        "2020-02-23T17:10",
        "শুক্র",
        "2020-03-27",
        "point",
    ),
    (
        "… and the last of them, with its বার",
        "এরপর ২৭ ও ২৮ মার্চ যথাক্রমে শুক্র ও শনিবার।",
        "2020-02-23T17:10",
        "শনিবার",
        "2020-03-28",
        "point",
    ),
    (
        "… which do not move the dates' year",
        "এরপর ২৭ ও ২৮ মার্চ যথাক্রমে শুক্র ও শনিবার।",
        "2020-02-23T17:10",
        "২৮ মার্চ",
        "2020-03-28",
        "point",
    ),
    (
        "a list of weekdays after আগামী, the first without its বার",
        "আগামী শুক্র ও শনিবার দুই দিন সব অফিস বন্ধ থাকবে।",
        "2020-02-23T17:10",
        "শনিবার",
        "2020-02-29",
        "point",
    ),
    (
        "… its first",
        "আগামী শুক্র ও শনিবার দুই দিন সব অফিস বন্ধ থাকবে।",
        "2020-02-23T17:10",
        "আগামী শুক্র",
        "2020-02-28",
        "point",
    ),
    (
        "a weekday in a sentence with a date of another year stays the reference's week",
        "১৯৭১ সালের ২৬ মার্চ স্মরণে শুক্রবার আলোচনা সভা হবে।",
        "2020-02-23T17:10",
        "শুক্রবার",
        "2020-02-28",
        "point",
    ),
    // Years as mentions.
    ("year with সালে", "১৯৯৮ সালে বন্যা হয়।", "2024-06-14T09:00", "১৯৯৮ সালে", "1998", "year"),
    (
        "year with a case ending",
        "২০০৫-এ তিনি দেশে ফেরেন।",
        "2024-06-14T09:00",
        "২০০৫-এ",
        "2005",
        "year",
    ),
    (
        "a storied year written short",
        "৫২-র ভাষা আন্দোলনের পথ ধরেই আসে স্বাধীনতা।",
        "2024-06-14T09:00",
        "৫২-র",
        "1952",
        "year",
    ),
    (
        "a storied year before পরবর্তী",
        "৪৭ পরবর্তী সময়ে দেশ ভাগ হয়।",
        "2024-06-14T09:00",
        "৪৭",
        "1947",
        "year",
    ),
    (
        "a year written first over days that share a month (fresh article W02)",
        "২০১৭ সালের ২৬ ও ২৭ নভেম্বর সভা হয়।",
        "2024-06-14T09:00",
        "২০১৭ সালের ২৬",
        "2017-11-26",
        "point",
    ),
    (
        "… and the last of those days",
        "২০১৭ সালের ২৬ ও ২৭ নভেম্বর সভা হয়।",
        "2024-06-14T09:00",
        "২৭ নভেম্বর",
        "2017-11-27",
        "point",
    ),
    (
        "a part of the day in the genitive before পর (fresh article W01)",
        "গতকাল বিকেলে কাজ শুরু হয়। সন্ধ্যার পর পাম্পে আগুন লাগে।",
        "2026-02-26T01:24",
        "সন্ধ্যার",
        "2026-02-25TEV",
        "point",
    ),
    (
        "an award's year after its name (fresh articles O04, W05)",
        "বাংলা একাডেমি সাহিত্য পুরস্কার ২০২৫ প্রদান করবেন।",
        "2026-02-24T10:00",
        "২০২৫",
        "2025",
        "year",
    ),
    (
        "a bill's year joined by a hyphen (fresh article W02)",
        "‘বাংলাদেশ কোস্ট গার্ড বাংলাদেশ বিল-২০১০’ জাতীয় সংসদে পাস হয়।",
        "2026-02-24T10:00",
        "২০১০",
        "2010",
        "year",
    ),
    (
        "a part of the day in the genitive before what happened then (fresh article W01)",
        "গতকাল গ্যাস মজুত করা হয়েছিল। রাতের বিস্ফোরণে সব গুড়িয়ে যায়।",
        "2026-02-26T01:24",
        "রাতের",
        "2026-02-25TNI",
        "point",
    ),
    (
        "a span of years before এবং, in a list of spans (fresh article W03)",
        "তিনি বুর্সায় ১৯৬৪-১৯৬৫, নাজাফে ১৯৬৫-১৯৭৮ এবং প্যারিসে ১৯৭৮-১৯৭৯ বসবাস করেছিলেন।",
        "2026-02-24T10:00",
        "১৯৭৮",
        "1978",
        "year",
    ),
    (
        "decades counted back (fresh article W06)",
        "দুই দশক আগের চিত্র ধরা যাক।",
        "2026-02-24T10:00",
        "দুই দশক আগের",
        "2006",
        "year",
    ),
    (
        "a storied year's date",
        "৭৫-এর ১৫ আগস্ট ভোরে হামলা হয়।",
        "2024-06-14T09:00",
        "৭৫-এর ১৫ আগস্ট ভোরে",
        "1975-08-15TMO",
        "point",
    ),
    (
        "a year with ’র",
        "১৯৬২’র শিক্ষা আন্দোলনে তিনি ছিলেন।",
        "2024-06-14T09:00",
        "১৯৬২’র",
        "1962",
        "year",
    ),
    ("a decade with ’র", "১৯৮০’র দশকের শেষে।", "2024-06-14T09:00", "১৯৮০’র দশকের", "198", "decade"),
    (
        "a year of three digits",
        "৩০০ খ্রিষ্টাব্দ পর্যন্ত তারা শাসন করেন।",
        "2024-06-14T09:00",
        "৩০০ খ্রিষ্টাব্দ",
        "0300",
        "year",
    ),
    (
        "an older year by another account",
        "তাঁর মৃত্যুর পর (১৫৩২ মতান্তরে ১৫৪০ খ্রি.) রাজ্য ভাগ হয়।",
        "2024-06-14T09:00",
        "১৫৩২",
        "1532",
        "year",
    ),
    (
        "a storied year's number word",
        "উনসত্তরের গণঅভ্যুত্থানে তিনি ছিলেন।",
        "2024-06-14T09:00",
        "উনসত্তরের",
        "1969",
        "year",
    ),
    (
        "that day is not today",
        "২০০৫ সালের ১১ এপ্রিল ভবন ধসে। আজ অবধি জবাব নেই। সেদিন যদি বিচার হত।",
        "2013-04-26T14:48",
        "সেদিন",
        "2005-04-11",
        "point",
    ),
    (
        "years after the story's year",
        "২০১০ সালে ট্রাইব্যুনাল-১ গঠিত হয়। এর দুই বছর পর স্থাপিত হয় ট্রাইব্যুনাল-২।",
        "2014-12-22T10:00",
        "এর দুই বছর পর",
        "2012",
        "year",
    ),
    (
        "a storied day by its date",
        "৯/১১-এর হামলার পর তেলের দাম বাড়ে।",
        "2007-11-10T12:00",
        "৯/১১",
        "2001-09-11",
        "point",
    ),
    (
        "a storied day by its name",
        "২০০৭ সালের এক-এগারো পরবর্তী সরকার।",
        "2007-11-10T12:00",
        "২০০৭ সালের এক-এগারো",
        "2007-01-11",
        "point",
    ),
    (
        "a storied day's name alone",
        "এক-এগারোর পর সংস্কার শুরু হয়।",
        "2008-11-10T12:00",
        "এক-এগারোর",
        "2007-01-11",
        "point",
    ),
    (
        "a month after this year was spoken of, in December",
        "বিদায়ী বছরে প্রত্যাশা ছিল বড়। মার্চে তিনি দেশে আসেন।",
        "2025-12-28T12:00",
        "মার্চে",
        "2025-03",
        "month",
    ),
    (
        "a month after this year was spoken of, in January",
        "এ বছর নির্বাচন হবে। ডিসেম্বরে ভোট।",
        "2025-01-10T12:00",
        "ডিসেম্বরে",
        "2025-12",
        "month",
    ),
    (
        "a month still to come this year, in a sentence of what has happened: last year's",
        "এ বছর ফলন কম। নভেম্বরের শুরুতে হওয়া শিলাবৃষ্টিতে ক্ষতি হয়েছে।",
        "2026-02-09T12:00",
        "নভেম্বরের শুরুতে",
        "2025-11",
        "month",
    ),
    (
        "a day of a year counted from the reference moves the story to that year",
        "২০২১ সালের ১ সেপ্টেম্বর মামলা হয়। গত বছরের ৬ জুন অভিযোগ গঠিত হয়। ২২ আগস্ট সাক্ষ্য গ্রহণ শুরু হয়।",
        "2024-01-10T12:00",
        "২২ আগস্ট",
        "2023-08-22",
        "point",
    ),
    (
        "a list of this day in history: each year heading its line is this day of that year",
        "ইতিহাসের এই দিনে যা ঘটেছিল\n১৫৯৮ – ফরাসি সম্রাট এক নির্দেশ জারি করেন।\n১৯৬১ – বার্লিন প্রাচীর নির্মাণ শুরু হয়।",
        "2024-08-13T08:00",
        "১৫৯৮",
        "1598-08-13",
        "point",
    ),
    (
        "a list of this day in history, any century, after আজকের এই দিনে",
        "আজকের এই দিনে জন্ম নিয়েছিলেন\n৬০৪ – সুই সম্রাট\n১৮৮৪ - হ্যারি ডিন, ক্রিকেটার",
        "2024-08-13T08:00",
        "১৮৮৪",
        "1884-08-13",
        "point",
    ),
    (
        "a year heading a table's row, with no day in history told, stays a year",
        "দামের হিসাব\n২০০৪ - ৩৮ ডলার\n২০০৫ - ৪১ ডলার",
        "2024-08-13T08:00",
        "২০০৫",
        "2005",
        "year",
    ),
    (
        "a law's year right after the word for it names the law",
        "শ্রম আইন ২০০৬ ও শ্রম বিধিমালা ২০১৫ অনুযায়ী মামলা হয়।",
        "2024-01-10T12:00",
        "২০১৫",
        "2015",
        "year",
    ),
    (
        "the fiscal year before, আগের as গত: a year that spans two, no value",
        "রপ্তানি আগের অর্থবছরের একই সময়ের তুলনায় বেড়েছে।",
        "2024-01-10T12:00",
        "আগের অর্থবছরের",
        "",
        "year",
    ),
    (
        "an early Hijri year with its era word in the locative",
        "১৮ হিজরিতে সিরিয়া অঞ্চলে মহামারি দেখা দেয়।",
        "2024-01-10T12:00",
        "১৮ হিজরিতে",
        "",
        "other-calendar",
    ),
    (
        "a day named from today in quoted speech, in a narrative of long ago: the speaker's",
        "তারিখ টা ছিল ২৩.১২.২০১৫। রাত ১০ টা নাগাদ ফোন এল। \"বলছি, কাল আমরা বাঁকুড়া যাচ্ছি।\"",
        "2017-05-01T12:00",
        "কাল",
        "2015-12-24",
        "point",
    ),
    (
        "a day named from today in quoted speech written today: the day of writing",
        "তিনি বলেন, \"কাল আমরা ঢাকা যাচ্ছি।\"",
        "2017-05-01T12:00",
        "কাল",
        "2017-05-02",
        "point",
    ),
    (
        "a year before a noun in the locative that counts nothing: what it names",
        "যুক্তরাষ্ট্র খেলেছে ১৯৯৪, ২০১০ ও ২০১৪ বিশ্বকাপে।",
        "2022-11-30T12:00",
        "২০১৪",
        "2014",
        "year",
    ),
    (
        "a month bare after a year counted from the reference: one mention, that year's",
        "চলতি বছরের জানুয়ারি থেকে পেঁয়াজের দাম বেড়েই চলেছে।",
        "2025-11-09T12:00",
        "চলতি বছরের জানুয়ারি",
        "2025-01",
        "month",
    ),
    (
        "the Bengali new year's year: a Bangabda year",
        "শুরু হলো বাংলা নববর্ষ ১৪৩২ বরণের পালা।",
        "2025-04-14T12:00",
        "১৪৩২",
        "",
        "other-calendar",
    ),
    (
        "the month after the story's month, and the month named after it in that year",
        "গত জানুয়ারিতে গড় দাম ছিল ৬৫ টাকা। পরের মাসে তা ৫২ টাকায় নেমে আসে। মার্চ মাসে দাম কমে।",
        "2025-11-09T12:00",
        "পরের মাসে",
        "2025-02",
        "month",
    ),
    (
        "a month named the sentence after the story's counted month: its year",
        "গত জানুয়ারিতে গড় দাম ছিল ৬৫ টাকা। পরের মাসে তা ৫২ টাকায় নেমে আসে। মার্চ মাসে দাম কমে।",
        "2025-11-09T12:00",
        "মার্চ মাসে",
        "2025-03",
        "month",
    ),
    (
        "the week after the day last told (fresh R02's shape): 13 January 2023 is in ISO week 2, so the week after is 2023-W03",
        "ছবিটি ১৩ জানুয়ারি মুক্তি পাবে। পরের সপ্তাহে মুক্তি পাবে অন্যটি।",
        "2023-01-01T12:00",
        "পরের সপ্তাহে",
        "2023-W03",
        "week",
    ),
    (
        "the week before, with no day told: counted from the reference (1 January 2023 is in ISO week 52 of 2022)",
        "আগের সপ্তাহে দাম বেড়েছিল।",
        "2023-01-01T12:00",
        "আগের সপ্তাহে",
        "2022-W51",
        "week",
    ),
    (
        "on this day in a year, under a history list's heading (fresh S01's shape): the heading's day, not the reference's",
        "ইতিহাসের পাতা\n২ জানুঃ ১৮৩৯ সালের এই দিনে আলোকচিত্র তোলেন।\n১৮৪৩ সালের এই দিনে ডাকবাক্স স্থাপন করা হয়।\n",
        "2015-01-01T10:00",
        "১৮৪৩ সালের এই দিনে",
        "1843-01-02",
        "point",
    ),
    (
        "on this day in a year written with three digits, under the heading (fresh S01)",
        "১ জানুঃ ৪০৪ সালের এই দিনে প্রতিযোগিতা হয়।\n৬৩০ সালের এই দিনে যাত্রা শুরু করেন।\n",
        "2015-01-05T10:00",
        "৬৩০ সালের এই দিনে",
        "0630-01-01",
        "point",
    ),
    (
        "on this day in a year, after the text says which day today is (fresh S06): the day told, though the post is stamped the evening before",
        "ওয়াজেদ মিয়ার পঞ্চম মৃত্যু বার্ষিকী আজ ৯ মে। ২০০৯ সালের আজকের দিনে ইন্তেকাল করেন তিনি।",
        "2014-05-08T20:09",
        "২০০৯ সালের আজকের দিনে",
        "2009-05-09",
        "point",
    ),
    (
        "on this day in a year with no day told near it: the reference's day",
        "১৯৭১ সালের এই দিনে পাকিস্তানি বাহিনী আত্মসমর্পণ করে।",
        "2024-12-16T10:00",
        "১৯৭১ সালের এই দিনে",
        "1971-12-16",
        "point",
    ),
    (
        "a time two sentences after the day told, on its line: that day's, not the reference's (fresh S02's shape)",
        "ঘটনার দিন (১৪ আগস্ট বুধবার) সন্ধ্যায় কফি খাওয়ায়। কফি খেয়ে তার মা ঘুমিয়ে পড়ে। রাত ১১টার কিছু পরে বাবা বাসায় আসে।",
        "2013-08-18T17:39",
        "রাত ১১টার",
        "2013-08-14T23:00",
        "point",
    ),
    (
        "the day after, with its weekday, after that time: the day after the day told",
        "ঘটনার দিন (১৪ আগস্ট বুধবার) সন্ধ্যায় কফি খাওয়ায়। কফি খেয়ে তার মা ঘুমিয়ে পড়ে। রাত ১১টার কিছু পরে বাবা বাসায় আসে।\nঘটনার পরদিন বৃহস্পতিবার সকালে তারা বাসা থেকে বের হয়।",
        "2013-08-18T17:39",
        "পরদিন বৃহস্পতিবার সকালে",
        "2013-08-15TMO",
        "point",
    ),
    (
        "a span of years whose end is written short after an apostrophe (fresh S06's shape)",
        "তিনি ১৯৬১-’৬২ শিক্ষা বছরের জন্য মনোনীত হন।",
        "2014-05-08T20:09",
        "১৯৬১",
        "1961",
        "year",
    ),
    (
        "two decades coordinated, both written in full, the second with দশকেও (fresh S07's shape)",
        "উত্তম-সুচিত্রা জুটি ১৯৬০ ও ১৯৭০ দশকেও জনপ্রিয় ছিল।",
        "2014-01-17T10:00",
        "১৯৬০",
        "196",
        "decade",
    ),
    (
        "a day and month written again without the year they had (fresh S04's shape): that date again, not the story's later year",
        "২০০১ সালের ১১ই সেপ্টেম্বরে হামলা হয়। ১৯৪১ সালে ভবনটির নকশা হয়েছিল।\nবহু বছর পরেও ১১ই সেপ্টেম্বরের ঘটনা মানুষ ভোলেনি।",
        "2014-09-10T12:00",
        "১১ই সেপ্টেম্বরের",
        "2001-09-11",
        "point",
    ),
    (
        "a Bangabda month with its year after a hyphen, no day (fresh S08's shape): another calendar's month, no Gregorian value",
        "বৈশাখ-১৪২৩ এর ইলিশ নিয়ে প্রতিবাদ হয়নি।",
        "2016-04-10T12:00",
        "বৈশাখ-১৪২৩",
        "",
        "other-calendar",
    ),
    (
        "a yearless date a few days after the day last told, past a year told as a look back (fresh T03's shape): the narration's year",
        "গত ২৮ জুলাই মেডলি দিয়ে শুরু হয় ফেল্পসের অলিম্পিক। বারো বছর আগে ২০০০ সনে ফেল্পস পদক জিততে ব্যর্থ হয়েছিল। পরদিন ফেল্পস একটা রূপা জেতে। ৩১ জুলাই ফেল্পস আবার একটা রূপা জেতে।",
        "2012-08-10T12:00",
        "৩১ জুলাই",
        "2012-07-31",
        "point",
    ),
    (
        "this month's day after a year written before it (probe 7): the reference's month in that year, not the year alone",
        "১৯৭১ সালে এ মাসের ৭ তারিখেই বঙ্গবন্ধু ভাষণ দেন।",
        "2022-03-01T09:00",
        "১৯৭১ সালে এ মাসের ৭ তারিখেই",
        "1971-03-07",
        "point",
    ),
    (
        "today's day of the year counted (probe 7): a day, not the year",
        "গত বছরের আজকের দিনে বাজারে আগুন লাগে।",
        "2025-03-26T08:00",
        "গত বছরের আজকের",
        "2024-03-26",
        "point",
    ),
    (
        "this day with its year after it (probe 7)",
        "আজকের এই দিনে ১৯৭১ সালে স্বাধীনতার ঘোষণা দেওয়া হয়।",
        "2025-03-26T08:00",
        "আজকের এই দিনে ১৯৭১ সালে",
        "1971-03-26",
        "point",
    ),
    (
        "a yearless date whose weekday the reference's year contradicts and the story's year keeps, lines below it (fresh set Z: a page of October 2021 on the 2022 Puja days)",
        "২০২২ সালে ২৫ সেপ্টেম্বর রবিবার হবে মহালয়া।\n৩০ সেপ্টেম্বর শুক্রবার পড়েছে মহাপঞ্চমী।",
        "2021-10-15T12:00",
        "৩০ সেপ্টেম্বর শুক্রবার",
        "2022-09-30",
        "point",
    ),
    (
        "an almanac's list: a morning row after a night row is still the heading day's (probe 9: moved to the next day)",
        "আজকের পঞ্জিকা, ১০ নভেম্বর ২০২৫, সোমবার\nচন্দ্রোদয়: রাত ৯টা ৪৩ মিনিট\nরাহুকাল: সকাল ৭টা ১২ মিনিট থেকে ৮টা ৩৪ মিনিট পর্যন্ত।",
        "2025-11-10T05:00",
        "সকাল ৭টা ১২ মিনিট",
        "2025-11-10T07:12",
        "point",
    ),
    (
        "… after a পরদিন row",
        "আজকের পঞ্জিকা, ১০ নভেম্বর ২০২৫, সোমবার\nচন্দ্রাস্ত: পরদিন সকাল ১১টা ৩২ মিনিট\nরাহুকাল: সকাল ৭টা ১২ মিনিট থেকে ৮টা ৩৪ মিনিট পর্যন্ত।",
        "2025-11-10T05:00",
        "সকাল ৭টা ১২ মিনিট",
        "2025-11-10T07:12",
        "point",
    ),
    (
        "… and after a small-hours row read on the next civil day",
        "পঞ্জিকা: ২০ জুন ২০২৫, শুক্রবার\nসূর্যাস্ত: সন্ধ্যা ৬টা ২২ মিনিট\nচন্দ্রোদয়: রাত ১টা ১০ মিনিট\nকুলিকবেলা: সকাল ৭টা ৫০ মিনিট থেকে ৮টা ৪৩ মিনিট",
        "2025-06-20T05:00",
        "সকাল ৭টা ৫০ মিনিট",
        "2025-06-20T07:50",
        "point",
    ),
    (
        "a yearless Gregorian day beside a Bangabda date with its year, a West Bengal pair: the pair's year (probe 9: the reference's; 24 Ashwin 1428 was 11 October 2021 in West Bengal)",
        "ষষ্ঠী: ২৪ আশ্বিন ১৪২৮ / ১১ অক্টোবর",
        "2025-10-01T12:00",
        "১১ অক্টোবর",
        "2021-10-11",
        "point",
    ),
    (
        "a span of years with an ASCII hyphen spaced on both sides: its start (probe 8: lost)",
        "দাস বংশ (১২০৬ - ১২৯০ খ্রিস্টাব্দ) দিল্লি শাসন করে।",
        "2025-03-10T12:00",
        "১২০৬",
        "1206",
        "year",
    ),
    (
        "a Gregorian year after a Bangabda year, a comma between: a year, not another Bangabda one (probe 8)",
        "১৩৫০ বঙ্গাব্দ, ১৯৪৩ খ্রিস্টাব্দে দুর্ভিক্ষ হয়।",
        "2025-03-10T12:00",
        "১৯৪৩ খ্রিস্টাব্দে",
        "1943",
        "year",
    ),
    (
        "a bare weekday in a report that ends on news's narrative present is the one gone by (probe 8: 3 May 2025 a Saturday; the coming Tuesday was taken)",
        "মঙ্গলবার রাত ৯টার দিকে তার মৃত্যু হয়।",
        "2025-05-03T12:00",
        "মঙ্গলবার রাত ৯টার দিকে",
        "2025-04-29T21:00",
        "point",
    ),
    (
        "… as is what is anchored to it",
        "মঙ্গলবার রাতে তার মৃত্যু হয়। এদিন রাত ১১টায় তাকে দাহ করা হয়।",
        "2025-05-03T12:00",
        "এদিন রাত ১১টায়",
        "2025-04-29T23:00",
        "point",
    ),
    (
        "an hour after a weekly set recurs with it (probe 8: it was the reference's day, 10 March 2025 a Monday)",
        "প্রতি শুক্রবার সকাল ১০টায় হাট বসে।",
        "2025-03-10T12:00",
        "সকাল ১০টায়",
        "T10:00",
        "point",
    ),
    (
        "… and in the sentence after the set's, no day told between (probe 8)",
        "প্রতি শুক্রবার হাট বসে। সকাল ১০টা থেকে বিকেল ৫টা পর্যন্ত কেনাবেচা চলে।",
        "2025-03-10T12:00",
        "সকাল ১০টা",
        "T10:00",
        "point",
    ),
    (
        "a session's hours in a timetable recur: the genitive day part names the session (fresh article A04: the reference's day)",
        "তত্ত্বীয় পরীক্ষা শেষ হবে ১১ মে।\nএবারও পরীক্ষা শুরুর ৩০ মিনিট আগে কেন্দ্রে প্রবেশ করতে হবে। সকালের পরীক্ষা ১০টা থেকে বেলা ১টা ও বিকেলের পরীক্ষা ২টা থেকে ৫টা পর্যন্ত অনুষ্ঠিত হবে।",
        "2019-02-28T16:55",
        "বেলা ১টা",
        "T13:00",
        "point",
    ),
    (
        "an hour told until, a paragraph after today's hour, is today's (fresh article A03: it recurred)",
        "আজ শুক্রবার সকাল ১০টায় পরীক্ষায় বসছেন ৪ লাখ পরীক্ষার্থী। পিএসসি সূত্রে এ তথ্য জানা গেছে।\n\nএই পরীক্ষা অনুষ্ঠিত হবে বেলা ১২টা পর্যন্ত।",
        "2021-03-19T12:00",
        "বেলা ১২টা",
        "2021-03-19T12:00",
        "point",
    ),
    (
        "a crawler's date bar with আজ and a weekday is its own day's, not a sign the text was written the day before (fresh article A03: today was Thursday)",
        "আজ - বৃহস্পতিবার, ২রা মে, ২০২৪ খ্রিস্টাব্দ\n\nআজ শুক্রবার সকাল ১০টায় পরীক্ষা।",
        "2021-03-19T12:00",
        "আজ শুক্রবার সকাল ১০টায়",
        "2021-03-19T10:00",
        "point",
    ),
    (
        "a yearless date in a report of what happened (probe 10: the coming May)",
        "১২ মে তিনি মারা যান। তার বয়স হয়েছিল ৮০ বছর।",
        "2025-03-10T12:00",
        "১২ মে",
        "2024-05-12",
        "point",
    ),
    (
        "a yearless date in a sentence wholly of what is to come, weeks gone by the reference (probe 10: the last February)",
        "১০ ফেব্রুয়ারি ভোট হবে।",
        "2025-03-10T12:00",
        "১০ ফেব্রুয়ারি",
        "2026-02-10",
        "point",
    ),
    (
        "the outgoing year in early January is the one just ended (probe 10: the reference's)",
        "বিদায়ী বছরে রপ্তানি আয় বেড়েছে।",
        "2026-01-02T10:00",
        "বিদায়ী বছরে",
        "2025",
        "year",
    ),
    (
        "… and in December the reference's",
        "বিদায়ী বছরে রপ্তানি আয় বেড়েছে।",
        "2025-12-28T10:00",
        "বিদায়ী বছরে",
        "2025",
        "year",
    ),
    (
        "a day of that month: the month told before with its year (probe 10: the reference's month)",
        "২০২৪ সালের জুলাইয়ে আন্দোলন শুরু হয়। ওই মাসের ১৬ তারিখ আবু সাঈদ নিহত হন।",
        "2025-03-10T12:00",
        "১৬ তারিখ",
        "2024-07-16",
        "point",
    ),
    (
        "… after a month gone by, counted from the reference",
        "গত নভেম্বরে মেলা শুরু হয়। ওই মাসের ৩০ তারিখ মেলা শেষ হয়।",
        "2025-03-10T12:00",
        "৩০ তারিখ",
        "2024-11-30",
        "point",
    ),
    (
        "a count before ago after a genitive is how long before what it names, a duration (fresh article A04: missed)",
        "এবারও পরীক্ষা শুরুর ৩০ মিনিট আগে কেন্দ্রে প্রবেশ করতে হবে।",
        "2019-02-28T16:55",
        "৩০ মিনিট",
        "PT30M",
        "duration",
    ),
    (
        "… and not after one, a day counted from the reference",
        "১১ দিন আগে সভা হয়।",
        "2019-02-28T16:55",
        "১১ দিন আগে",
        "2019-02-17",
        "point",
    ),
    (
        "a year before a competition's name is its edition (fresh article B02: missed)",
        "২০১২ লন্ডন অলিম্পিকে তিনি খেলেন।",
        "2024-01-01T10:00",
        "২০১২",
        "2012",
        "year",
    ),
    (
        "… with three words of its name between",
        "তিনি ২০০৮ বিশ্ব জুনিয়র অ্যাথলেটিকসে রুপা জেতেন।",
        "2024-01-01T10:00",
        "২০০৮",
        "2008",
        "year",
    ),
    (
        "… after a month to come, that month's day",
        "আগামী জুনে বাজেট পেশ হবে। ওই মাসের ৫ তারিখ অধিবেশন বসবে।",
        "2025-03-10T12:00",
        "৫ তারিখ",
        "2025-06-05",
        "point",
    ),
    (
        "an Assamese month's first day by its digits is a date, not the new year's festival (probe 11: no mention)",
        "ব'হাগ মাহৰ ১ তাৰিখে নতুন বছৰ।",
        "2025-03-10T12:00",
        "ব'হাগ মাহৰ ১ তাৰিখে",
        "2025-04-15",
        "point",
    ),
    (
        "the night before the day told (probe 11: the told day's own night)",
        "২০২৩ সালের ১৫ আগস্ট ঢাকায় বিস্ফোরণ ঘটে। আগের রাতে সেখানে সভা হয়েছিল।",
        "2023-08-20T10:00",
        "আগের রাতে",
        "2023-08-14TNI",
        "point",
    ),
    (
        "… spelt পূর্ববর্তী",
        "২০২৩ সালের ১৫ আগস্ট ঢাকায় বিস্ফোরণ ঘটে। পূর্ববর্তী রাতে সেখানে সভা হয়েছিল।",
        "2023-08-20T10:00",
        "পূর্ববর্তী রাতে",
        "2023-08-14TNI",
        "point",
    ),
    (
        "a date bar's Hijri date a year off its Gregorian date keeps the bar's doubt, not its day (probe 11: the Gregorian day, no warning)",
        "বৃহস্পতিবার, ২৫ এপ্রিল ২০২৪ ।। ১২ বৈশাখ ১৪৩১ ।। ১৬ শাওয়াল ১৪৪৪",
        "2024-04-25T10:00",
        "১৬ শাওয়াল ১৪৪৪",
        "",
        "other-calendar",
    ),
    (
        "… and one a table cell cuts off is read once, alone (probe 11: the bar's day, and again alone)",
        "রবিবার, ১০ মার্চ ২০২৪ | ২৬ ফাল্গুন ১৪৩০ | ২৯ শাবান ১৪৪৪ হিজরি",
        "2024-03-10T10:00",
        "২৯ শাবান ১৪৪৪ হিজরি",
        "",
        "other-calendar",
    ),
    (
        "a bare hour after a day part named in its sentence is that part's (probe 11: 10:00, flagged)",
        "রাতে খাওয়ার পর প্রায় দশটায় তিনি ঘুমাতে যান।",
        "2025-03-10T12:00",
        "প্রায় দশটায়",
        "2025-03-10T22:00",
        "point",
    ),
    (
        "… or in the sentence before on its line (probe 11: 16:30, flagged)",
        "১৬/০৮/১৯৪৬, ভোরের আলো ফুটেছে কি ফোটেনি। ঘড়িতে সাড়ে চারটে।",
        "2025-03-10T12:00",
        "সাড়ে চারটে",
        "1946-08-16T04:30",
        "point",
    ),
    (
        "an almanac's dawn after a day told is before the next day's sunrise (probe 11: the day's own)",
        "২৩ জানুয়ারি ২০২৬ শুক্রবার। পঞ্চমী তিথি ভোর ৪টে ১০ মিনিট পর্যন্ত, পরে ষষ্ঠী।",
        "2026-01-23T08:00",
        "ভোর ৪টে ১০ মিনিট",
        "2026-01-24T04:10",
        "point",
    ),
    (
        "a month as far either way, told in the past, is the last one (fresh article B05: the coming July)",
        "প্রবাসী আয়ে গত ৬ মাসে (জুলাই-ডিসেম্বর) প্রায় ৩ শতাংশ প্রবৃদ্ধি হয়েছে।",
        "2024-01-03T10:00",
        "জুলাই",
        "2023-07",
        "month",
    ),
    (
        "an age with its unit first is a duration (fresh article A09: missed)",
        "মৃত্যু হয় বছর ৫০ এর সমীর থমাস কর্মকার নামের এক ব্যক্তির।",
        "2022-01-23T10:00",
        "বছর ৫০",
        "P50Y",
        "duration",
    ),
    (
        "the first of two months joined by an en dash (fresh article B06: missed)",
        "জুলাই–আগস্টে আফগানিস্তানের বিপক্ষে খেলবে বাংলাদেশ।",
        "2024-01-01T10:00",
        "জুলাই",
        "2024-07",
        "month",
    ),
    (
        "… and a list of months, May among them (fresh article B06: missed)",
        "মার্চ, এপ্রিল ও মের বেশির ভাগ সময়ই দখল করে রাখবে বাস্কেটবল।",
        "2024-01-01T10:00",
        "মের",
        "2024-05",
        "month",
    ),
    (
        "decades counted, a duration in years (fresh article B03: missed)",
        "গ্রামীণ টেলিকমের এক দশকের বেশি সময় ধরে নিয়ম ভঙ্গ।",
        "2024-01-04T10:00",
        "এক দশকের",
        "P10Y",
        "duration",
    ),
    (
        "a night all night long (fresh article B04: the day alone)",
        "গত মঙ্গলবার রাতভর হিমেল বাতাস বইছে।",
        "2024-01-04T10:00",
        "গত মঙ্গলবার রাতভর",
        "2024-01-02TNI",
        "point",
    ),
    (
        "a clock after a day that starts days to come is their hour, recurring (fresh article C03: the first day's)",
        "তিনি জানান, রোববার থেকে সকাল ১০টা ৩০ মিনিটে হাইকোর্টের সব বেঞ্চে বিচারকাজ শুরু হবে।",
        "2022-11-12T10:00",
        "সকাল ১০টা ৩০ মিনিটে",
        "T10:30",
        "point",
    ),
    (
        "a year with সাল before a Bangabda month is a Bangabda year, no Gregorian one (probe 13: 1378)",
        "১৩৭৮ সালের চৈত্র মাসে তিনি জন্মগ্রহণ করেন।",
        "2025-03-10T12:00",
        "১৩৭৮ সালের",
        "",
        "other-calendar",
    ),
    (
        "a day part after a weekly set recurs with it (probe 13: the reference's night)",
        "প্রতি রোববার রাতে অনুষ্ঠানটি প্রচারিত হয়।",
        "2025-03-10T12:00",
        "রাতে",
        "TNI",
        "point",
    ),
    (
        "half an hour in one word is a duration (fresh article C09: missed)",
        "বৃষ্টিতে খেলা আধঘন্টা বন্ধ থাকে।",
        "2016-12-09T12:00",
        "আধঘন্টা",
        "PT30M",
        "duration",
    ),
    (
        "today in quoted speech, in the sentence that tells the day it was said, is that day (probe 13: the day of writing)",
        "গতকাল রোববার সংবাদ সম্মেলনে তিনি বলেন, \"আজ রাতেই বৈঠক হবে।\"",
        "2025-03-10T12:00",
        "আজ রাতেই",
        "2025-03-09TNI",
        "point",
    ),
    (
        "… after a monthly one too",
        "প্রতি মাসের প্রথম শুক্রবার সকাল ১০টায় সভা হয়।",
        "2025-03-10T12:00",
        "সকাল ১০টায়",
        "T10:00",
        "point",
    ),
    (
        "a weekday after a date on that weekday that tells the news's own day, not the date's (probe 8: the announced date was taken)",
        "পরীক্ষা শুরু হবে আগামী ১০ এপ্রিল। রোববার শিক্ষা বোর্ড এ সূচি প্রকাশ করে।",
        "2022-03-22T18:00",
        "রোববার",
        "2022-03-20",
        "point",
    ),
    (
        "… after a list of dates (probe 8)",
        "১ আগস্ট থেকে ক্লাস শুরু, ৮ আগস্ট থেকে পরীক্ষা। বৃহস্পতিবার এ সূচি প্রকাশ করা হয়।",
        "2024-07-18T20:00",
        "বৃহস্পতিবার",
        "2024-07-18",
        "point",
    ),
    (
        "a weekday that names the day of the date before it (সেদিন): 29 March 2026 is a Sunday",
        "ভোট হবে আগামী ২৯ মার্চ, সেদিন রবিবার।",
        "2026-03-10T12:00",
        "সেদিন রবিবার",
        "2026-03-29",
        "point",
    ),
    (
        "a year written short with an apostrophe and a case ending (fresh T06's shape)",
        "এরপরও ১৯৭২-এ কিংবা ৮৬'তেও ভাষার জন্য রক্ত ঝরেছে।",
        "2012-05-19T12:00",
        "৮৬'তেও",
        "1986",
        "year",
    ),
    (
        "on this day in a year, with দিনটিতেই (fresh T06's shape), after the day told",
        "আজ ১৯শে মে। ১৯৬১ সালে এই দিনটিতেই এগারোজন শহীদ হন।",
        "2012-05-19T12:00",
        "১৯৬১ সালে এই দিনটিতেই",
        "1961-05-19",
        "point",
    ),
    (
        "an ordinal after an apostrophe (fresh T06's title)",
        "১৯'শে মে ১৯৬১ সালে শিলচরে গুলি চলে।",
        "2012-05-19T12:00",
        "১৯'শে মে ১৯৬১ সালে",
        "1961-05-19",
        "point",
    ),
    (
        "the day and month told with a year before, written again as the reference's own day (fresh T06's shape): today, its anniversary",
        "১৯'শে মে ১৯৬১\nআজ সেই রক্তঝরা ১৯শে মে। শিলচরে সেদিন গুলি চলেছিল।",
        "2012-05-19T12:00",
        "১৯শে মে",
        "2012-05-19",
        "point",
    ),
    (
        "the start of a span of counts takes the unit written after its end (fresh R04's shape, as N01 and O03 annotate it)",
        "তিন-চার বছরের মধ্যে প্রকল্পটি শেষ হবে।",
        "2019-01-13T12:00",
        "তিন",
        "P3Y",
        "duration",
    ),
    (
        "the same with থেকে between the counts",
        "দুই থেকে তিন দিন সময় লাগবে।",
        "2019-01-13T12:00",
        "দুই",
        "P2D",
        "duration",
    ),
    (
        "the month before, with no month told: the reference's",
        "আগের মাসের তুলনায় রপ্তানি বেড়েছে।",
        "2025-11-09T12:00",
        "আগের মাসের",
        "2025-10",
        "month",
    ),
    (
        "the day after the incident: the story's day after",
        "২০১৩ সালের ২১ ডিসেম্বর রাতে হামলা হয়। ঘটনার পরদিন মামলা হয়।",
        "2016-12-21T12:00",
        "পরদিন",
        "2013-12-22",
        "point",
    ),
    (
        "the year under discussion: the story's",
        "২০১৫ সালে মুনাফা বাড়ে। আলোচ্য বছরে আয়ও বেড়েছে।",
        "2016-12-21T12:00",
        "আলোচ্য বছরে",
        "2015",
        "year",
    ),
    (
        "the new year, early in a year: this one",
        "এই প্রথমবারের মতো নতুন বছরের প্রথম টেস্টে জয়।",
        "2024-01-03T12:00",
        "নতুন বছরের",
        "2024",
        "year",
    ),
    (
        "the new year, late in a year: the next",
        "নতুন বছরে নির্বাচন হবে।",
        "2024-12-20T12:00",
        "নতুন বছরে",
        "2025",
        "year",
    ),
    (
        "the new year with its year in apposition: one mention",
        "নতুন বছর ২০২৬ সালে প্রথমবারের মতো খেলবে বাংলাদেশ।",
        "2025-12-28T12:00",
        "নতুন বছর ২০২৬ সালে",
        "2026",
        "year",
    ),
    (
        "a print edition: the weekday beside গতকাল is the day before's, so the text was written the day before its date",
        "গতকাল সোমবার রাজধানীতে ভর্তি শুরু হয়। আজ মঙ্গলবার দ্বিতীয় দিন। গতকাল অভিভাবকেরা ভিড় করেন।",
        "2016-12-21T09:00",
        "আজ মঙ্গলবার",
        "2016-12-20",
        "point",
    ),
    (
        "a print edition: a bare গতকাল after it counts from the day of writing too",
        "গতকাল সোমবার রাজধানীতে ভর্তি শুরু হয়। আজ মঙ্গলবার দ্বিতীয় দিন। গতকাল অভিভাবকেরা ভিড় করেন।",
        "2016-12-21T09:00",
        "গতকাল",
        "2016-12-19",
        "point",
    ),
    (
        "two months coordinated: the first, bare",
        "নভেম্বর ও ডিসেম্বর হলো পেঁয়াজের সংকটের সময়।",
        "2025-11-09T12:00",
        "নভেম্বর",
        "2025-11",
        "month",
    ),
    (
        "two months coordinated: the second, bare",
        "নভেম্বর ও ডিসেম্বর হলো পেঁয়াজের সংকটের সময়।",
        "2025-11-09T12:00",
        "ডিসেম্বর",
        "2025-12",
        "month",
    ),
    (
        "a month bare before থেকে",
        "সংরক্ষণের মৌসুম হলো জানুয়ারি থেকে এপ্রিল পর্যন্ত।",
        "2025-11-09T12:00",
        "এপ্রিল",
        "2026-04",
        "month",
    ),
    (
        "two months joined",
        "চাহিদা ডিসেম্বর-জানুয়ারিতেই বেশি।",
        "2007-11-10T12:00",
        "ডিসেম্বর",
        "2007-12",
        "month",
    ),
    ("a month with ও", "মার্চেও দাম বাড়বে।", "2007-11-10T12:00", "মার্চেও", "2008-03", "month"),
    (
        "a year with an aside before its era word",
        "২০০১ (বাংলা ১৪০৮ সন) সালের বোমা হামলা।",
        "2007-11-10T12:00",
        "২০০১",
        "2001",
        "year",
    ),
    (
        "years later in the story",
        "১৯৯৮ সালে তিনি বিয়ে করেন। দুই বছর পরে তিনি দেশে ফেরেন।",
        "2014-12-22T10:00",
        "দুই বছর পরে",
        "2000",
        "year",
    ),
    (
        "years later in the future",
        "২০ বছর পরে দেশ বদলাবে।",
        "2014-12-22T10:00",
        "২০ বছর পরে",
        "2034",
        "year",
    ),
    (
        "this day in a year",
        "১৯৭১ সালের এই দিনে বিজয় আসে।",
        "2024-12-16T08:00",
        "১৯৭১ সালের এই দিনে",
        "1971-12-16",
        "point",
    ),
    (
        "a storied year among the decades",
        "সত্তরের নির্বাচনে তিনি জয়ী হন।",
        "2022-08-16T12:00",
        "সত্তরের",
        "1970",
        "year",
    ),
    ("a law's year", "এ নিয়ে বিশেষ ক্ষমতা আইন, ১৯৭৪।", "2024-06-14T09:00", "১৯৭৪", "1974", "year"),
    ("a bare year before ও", "১৯৭১ ও ১৯৭৫ সালের ঘটনা।", "2024-06-14T09:00", "১৯৭১", "1971", "year"),
    (
        "a year in parentheses",
        "তাঁর প্রথম বই (১৯৬২) সাড়া ফেলে।",
        "2024-06-14T09:00",
        "১৯৬২",
        "1962",
        "year",
    ),
    (
        "years joined by থেকে",
        "১৯৮৮ থেকে ১৯৯৬ সাল পর্যন্ত তিনি ছিলেন।",
        "2024-06-14T09:00",
        "১৯৮৮",
        "1988",
        "year",
    ),
    (
        "the end of a span",
        "১৯৮৮ থেকে ১৯৯৬ সাল পর্যন্ত তিনি ছিলেন।",
        "2024-06-14T09:00",
        "১৯৯৬ সাল",
        "1996",
        "year",
    ),
    (
        "years joined by an en dash",
        "১৯৮৮–১৯৯৬ সাল পর্যন্ত তিনি ছিলেন।",
        "2024-06-14T09:00",
        "১৯৯৬ সাল",
        "1996",
        "year",
    ),
    (
        "a fiscal year's end",
        "২০১৭-১৮ অর্থবছরে রপ্তানি বাড়ে।",
        "2024-06-14T09:00",
        "১৮ অর্থবছরে",
        "2018",
        "year",
    ),
    (
        "an academic year's start",
        "২০২৪-২৫ শিক্ষাবর্ষে ভর্তি চলছে।",
        "2024-06-14T09:00",
        "২০২৪",
        "2024",
        "year",
    ),
    // Decades and centuries.
    (
        "a decade by its year",
        "১৯৮০-এর দশকে শহর বাড়ে।",
        "2024-06-14T09:00",
        "১৯৮০-এর দশকে",
        "198",
        "decade",
    ),
    (
        "a decade by its number word",
        "নব্বইয়ের দশকে শহর বাড়ে।",
        "2024-06-14T09:00",
        "নব্বইয়ের দশকে",
        "199",
        "decade",
    ),
    (
        "a decade written short",
        "৭০-এর দশকে শহর বাড়ে।",
        "2024-06-14T09:00",
        "৭০-এর দশকে",
        "197",
        "decade",
    ),
    (
        "a decade borrowed",
        "১৯৬০ ও ৭০-এর দশকে শহর বাড়ে।",
        "2024-06-14T09:00",
        "১৯৬০",
        "196",
        "decade",
    ),
    ("a century", "বিংশ শতাব্দীর শেষে শহর বাড়ে।", "2024-06-14T09:00", "বিংশ শতাব্দীর", "19", "century"),
    // Years referred to.
    ("this year", "এ বছর বৃষ্টি কম।", "2024-06-14T09:00", "এ বছর", "2024", "year"),
    ("the current year", "চলতি বছর বৃষ্টি কম।", "2024-06-14T09:00", "চলতি বছর", "2024", "year"),
    (
        "the outgoing year",
        "বিদায়ী বছরে বৃষ্টি কম হয়েছিল।",
        "2024-12-28T09:00",
        "বিদায়ী বছরে",
        "2024",
        "year",
    ),
    ("last year", "গত বছর বৃষ্টি কম হয়েছিল।", "2024-06-14T09:00", "গত বছর", "2023", "year"),
    ("next year", "আগামী বছর নির্বাচন হবে।", "2024-06-14T09:00", "আগামী বছর", "2025", "year"),
    (
        "that year",
        "১৯৯৮ সালে বন্যা হয়। সে বছর ফসল নষ্ট হয়।",
        "2024-06-14T09:00",
        "সে বছর",
        "1998",
        "year",
    ),
    (
        "the same year",
        "১৯৯৮ সালে বন্যা হয়। একই বছরে ফসল নষ্ট হয়।",
        "2024-06-14T09:00",
        "একই বছরে",
        "1998",
        "year",
    ),
    (
        "the next year",
        "১৯৯৮ সালে বন্যা হয়। পরের বছর ফসল ভালো হয়।",
        "2024-06-14T09:00",
        "পরের বছর",
        "1999",
        "year",
    ),
    // Months without a day.
    (
        "the coming month",
        "আগামী এপ্রিলে নির্বাচন হবে।",
        "2024-06-14T09:00",
        "আগামী এপ্রিলে",
        "2025-04",
        "month",
    ),
    ("the last month", "গত মার্চে বন্যা হয়েছিল।", "2024-06-14T09:00", "গত মার্চে", "2024-03", "month"),
    (
        "a month named with মাস",
        "জানুয়ারি মাসে বন্যা হয়।",
        "2024-06-14T09:00",
        "জানুয়ারি মাসে",
        "2024-01",
        "month",
    ),
    (
        "a month in the locative",
        "২০২২ সালে তিনি ফেরেন। মার্চে খেলা শুরু হয়।",
        "2024-06-14T09:00",
        "মার্চে",
        "2022-03",
        "month",
    ),
    // Tense.
    (
        "past tense looks back",
        "১৪ নভেম্বর তিনি দেশে ফিরে এসেছিলেন।",
        "2024-06-14T09:00",
        "১৪ নভেম্বর",
        "2023-11-14",
        "point",
    ),
    (
        "future tense looks ahead",
        "৪ মার্চ পরীক্ষা হবে।",
        "2024-06-14T09:00",
        "৪ মার্চ",
        "2025-03-04",
        "point",
    ),
    (
        "গত is always the last",
        "গত ২০ ডিসেম্বর সভা হয়।",
        "2024-06-14T09:00",
        "গত ২০ ডিসেম্বর",
        "2023-12-20",
        "point",
    ),
    // The day last talked about.
    (
        "সেদিন",
        "৩ মে ২০২৪ পরীক্ষা শুরু হয়। সেদিন বৃষ্টি ছিল।",
        "2024-05-10T09:00",
        "সেদিন",
        "2024-05-03",
        "point",
    ),
    (
        "ওইদিন",
        "৩ মে ২০২৪ পরীক্ষা শুরু হয়। ওইদিন বৃষ্টি ছিল।",
        "2024-05-10T09:00",
        "ওইদিন",
        "2024-05-03",
        "point",
    ),
    (
        "একই দিনে",
        "৩ মে ২০২৪ পরীক্ষা শুরু হয়। একই দিনে ফল বের হয়।",
        "2024-05-10T09:00",
        "একই দিনে",
        "2024-05-03",
        "point",
    ),
    (
        "সেদিন রাতে",
        "৩ মে ২০২৪ পরীক্ষা শুরু হয়। সেদিন রাতে বৃষ্টি হয়।",
        "2024-05-10T09:00",
        "সেদিন রাতে",
        "2024-05-03TNI",
        "point",
    ),
    (
        "পরের দিন",
        "৩ মে ২০২৪ পরীক্ষা শুরু হয়। পরের দিন ফল বের হয়।",
        "2024-05-10T09:00",
        "পরের দিন",
        "2024-05-04",
        "point",
    ),
    // Durations.
    ("a year's length", "এক বছর ধরে কাজ চলছে।", "2024-06-14T09:00", "এক বছর", "P1Y", "duration"),
    ("an hour or so", "ঘণ্টাখানেক পর বৃষ্টি থামে।", "2024-06-14T09:00", "ঘণ্টাখানেক", "PT1H", "duration"),
    ("a week or so", "সপ্তাহখানেক ধরে কাজ চলছে।", "2024-06-14T09:00", "সপ্তাহখানেক", "P1W", "duration"),
    // Counts said roughly after their unit (fresh U06: `মিনিট দশেকের বৃষ্টিতে`, `মাস তিনেক আগে`).
    (
        "a rough count",
        "মিনিট দশেকের বৃষ্টিতে রাস্তা ডুবে যায়।",
        "2024-06-14T09:00",
        "মিনিট দশেকের",
        "PT10M",
        "duration",
    ),
    (
        "some months ago",
        "মাস তিনেক আগে সড়কটি প্রশস্ত করা হয়।",
        "2024-06-14T09:00",
        "মাস তিনেক আগে",
        "2024-03-14",
        "point",
    ),
    (
        "a count with a thousands separator",
        "২,১৫০ দিন ধরে তিনি কারাগারে।",
        "2024-06-14T09:00",
        "২,১৫০ দিন",
        "P2150D",
        "duration",
    ),
    // A list of dates under a year heading.
    (
        "a holiday under its year",
        "২০২৫ সালের ছুটির তালিকা\n২১ ফেব্রুয়ারি: শহীদ দিবস\n২৬ মার্চ: স্বাধীনতা দিবস",
        "2024-12-01T09:00",
        "২৬ মার্চ",
        "2025-03-26",
        "point",
    ),
    (
        "a year in review",
        "২০২৩ :\n১৪ মার্চ : দল গঠন হয়\n২ নভেম্বর : খেলা শুরু",
        "2024-06-14T09:00",
        "২ নভেম্বর",
        "2023-11-02",
        "point",
    ),
    // An almanac's own eras: other calendars' years, no Gregorian value.
    (
        "Kali Yuga",
        "কলিযুগাব্দ ৫১২৬, বাংলা ১৪৩২।",
        "2025-06-14T09:00",
        "কলিযুগাব্দ ৫১২৬",
        "",
        "other-calendar",
    ),
    (
        "Vikram Samvat",
        "৫১২৬ কলিযুগাব্দ ॥ ২০৮২ বিক্রম সংবৎ",
        "2025-06-14T09:00",
        "২০৮২ বিক্রম সংবৎ",
        "",
        "other-calendar",
    ),
    (
        "an almanac's time in daṇḍa after sunrise, on the page's day",
        "আজকের পঞ্জিকা।\nতিথি: চতুর্দশী কাল ঘ ০৯:২৫:৩৯ দং ৯/২৬/৩০ পর্যন্ত",
        "2024-03-23T05:00",
        "দং ৯/২৬/৩০",
        "2024-03-23T09:26",
        "point",
    ),
    (
        "an almanac's time in daṇḍa alone in its sentence, on the page's day",
        "২৬ আগস্ট ২০২৫ মঙ্গলবার। অমাবস্যা দং ২২/১৫/৩০ গতে।",
        "2025-08-20T05:00",
        "দং ২২/১৫/৩০",
        "2025-08-26T14:13",
        "point",
    ),
    (
        "an era's year, then a daṇḍa time: two mentions, the era's year kept",
        "কলিযুগাব্দ ৫১২৬, দং ২২/১৫/৩০ গতে অমাবস্যা।",
        "2025-08-26T05:00",
        "কলিযুগাব্দ ৫১২৬",
        "",
        "other-calendar",
    ),
    (
        "an era's year, then a daṇḍa time: the time on the reference's day",
        "কলিযুগাব্দ ৫১২৬, দং ২২/১৫/৩০ গতে অমাবস্যা।",
        "2025-08-26T05:00",
        "দং ২২/১৫/৩০",
        "2025-08-26T14:13",
        "point",
    ),
    (
        "an almanac's window: a bare end after its দিন start, থেকে - between",
        "অমৃতযোগ: দিন ০৮:৪১:১০ থেকে - ১১:৫৯:৫৫ পর্যন্ত এবং রাত্রি ০৭:৫৫:০৪ থেকে - ১১:০৯:৩৬ পর্যন্ত, তারপর ১২:১০:২০ থেকে - ০১:৪০:৩০ পর্যন্ত।\nকালরাত্রি: ০৬:১১:০২ থেকে - ০৭:৩৫:৪০ পর্যন্ত, তারপর ০৩:৪০:১২ থেকে - ০৫:০৪:৪৪ পর্যন্ত।",
        "2025-03-10T06:00",
        "১১:৫৯:৫৫",
        "2025-03-10T11:59",
        "point",
    ),
    (
        "an almanac's night window: the bare end after its রাত্রি start",
        "অমৃতযোগ: দিন ০৮:৪১:১০ থেকে - ১১:৫৯:৫৫ পর্যন্ত এবং রাত্রি ০৭:৫৫:০৪ থেকে - ১১:০৯:৩৬ পর্যন্ত, তারপর ১২:১০:২০ থেকে - ০১:৪০:৩০ পর্যন্ত।\nকালরাত্রি: ০৬:১১:০২ থেকে - ০৭:৩৫:৪০ পর্যন্ত, তারপর ০৩:৪০:১২ থেকে - ০৫:০৪:৪৪ পর্যন্ত।",
        "2025-03-10T06:00",
        "১১:০৯:৩৬",
        "2025-03-10T23:09",
        "point",
    ),
    (
        "windows one after another (তারপর): the next starts after the last end, past midnight",
        "অমৃতযোগ: দিন ০৮:৪১:১০ থেকে - ১১:৫৯:৫৫ পর্যন্ত এবং রাত্রি ০৭:৫৫:০৪ থেকে - ১১:০৯:৩৬ পর্যন্ত, তারপর ১২:১০:২০ থেকে - ০১:৪০:৩০ পর্যন্ত।\nকালরাত্রি: ০৬:১১:০২ থেকে - ০৭:৩৫:৪০ পর্যন্ত, তারপর ০৩:৪০:১২ থেকে - ০৫:০৪:৪৪ পর্যন্ত।",
        "2025-03-10T06:00",
        "১২:১০:২০",
        "2025-03-11T00:10",
        "point",
    ),
    (
        "windows one after another: the end of the window past midnight",
        "অমৃতযোগ: দিন ০৮:৪১:১০ থেকে - ১১:৫৯:৫৫ পর্যন্ত এবং রাত্রি ০৭:৫৫:০৪ থেকে - ১১:০৯:৩৬ পর্যন্ত, তারপর ১২:১০:২০ থেকে - ০১:৪০:৩০ পর্যন্ত।\nকালরাত্রি: ০৬:১১:০২ থেকে - ০৭:৩৫:৪০ পর্যন্ত, তারপর ০৩:৪০:১২ থেকে - ০৫:০৪:৪৪ পর্যন্ত।",
        "2025-03-10T06:00",
        "০১:৪০:৩০",
        "2025-03-11T01:40",
        "point",
    ),
    (
        "a night label's bare window: its end after its start",
        "অমৃতযোগ: দিন ০৮:৪১:১০ থেকে - ১১:৫৯:৫৫ পর্যন্ত এবং রাত্রি ০৭:৫৫:০৪ থেকে - ১১:০৯:৩৬ পর্যন্ত, তারপর ১২:১০:২০ থেকে - ০১:৪০:৩০ পর্যন্ত।\nকালরাত্রি: ০৬:১১:০২ থেকে - ০৭:৩৫:৪০ পর্যন্ত, তারপর ০৩:৪০:১২ থেকে - ০৫:০৪:৪৪ পর্যন্ত।",
        "2025-03-10T06:00",
        "০৭:৩৫:৪০",
        "2025-03-10T19:35",
        "point",
    ),
    (
        "the night's second window, after the first: the small hours of the next day",
        "অমৃতযোগ: দিন ০৮:৪১:১০ থেকে - ১১:৫৯:৫৫ পর্যন্ত এবং রাত্রি ০৭:৫৫:০৪ থেকে - ১১:০৯:৩৬ পর্যন্ত, তারপর ১২:১০:২০ থেকে - ০১:৪০:৩০ পর্যন্ত।\nকালরাত্রি: ০৬:১১:০২ থেকে - ০৭:৩৫:৪০ পর্যন্ত, তারপর ০৩:৪০:১২ থেকে - ০৫:০৪:৪৪ পর্যন্ত।",
        "2025-03-10T06:00",
        "০৩:৪০:১২",
        "2025-03-11T03:40",
        "point",
    ),
    (
        "a range's end after a midnight start is on the start's day",
        "১০ মে রাত ১২টা থেকে ২টা পর্যন্ত অভিযান চলে। ১১ মে রাত ১০টা থেকে রাত ২টা পর্যন্ত টহল চলে।",
        "2024-05-12T10:00",
        "২টা",
        "2024-05-10T02:00",
        "point",
    ),
    (
        "a range's end earlier in the night than its start is on the next day",
        "১০ মে রাত ১২টা থেকে ২টা পর্যন্ত অভিযান চলে। ১১ মে রাত ১০টা থেকে রাত ২টা পর্যন্ত টহল চলে।",
        "2024-05-12T10:00",
        "রাত ২টা",
        "2024-05-12T02:00",
        "point",
    ),
    (
        "a year written first, read as a mention, is the year of the range after it",
        "২০২৪ সালের ৫ থেকে ১০ আগস্ট মেলা হয়।",
        "2025-03-10T12:00",
        "১০ আগস্ট",
        "2024-08-10",
        "point",
    ),
    (
        "a night in the locative, then another day's weekday: two mentions",
        "শুক্রবার বিকেলে হামলার প্রতিবাদে মিছিল হয়। মিছিল শেষে রাতে শনিবার হরতালের ঘোষণা দেন তিনি।",
        "2021-02-20T12:00",
        "শনিবার",
        "2021-02-20",
        "point",
    ),
    (
        "a decade with its genitive spaced and emphatic",
        "সেই ৮০ এর দশকেই গানটি জনপ্রিয় হয়।",
        "2021-01-10T10:00",
        "৮০ এর দশকেই",
        "198",
        "decade",
    ),
    (
        "a decade of four digits with a spaced genitive",
        "১৯৭০ এর দশকে শহরটি বড় হয়।",
        "2021-01-10T10:00",
        "১৯৭০ এর দশকে",
        "197",
        "decade",
    ),
    (
        "a decade by its number word without the genitive",
        "কিন্তু আশি দশকে নীতি বদলায়।",
        "2021-01-10T10:00",
        "আশি দশকে",
        "198",
        "decade",
    ),
    (
        "two decades sharing দশক: the first",
        "পঞ্চাশ ও ষাট দশক পর্যন্ত তিনি অভিনয় করেন।",
        "2021-01-10T10:00",
        "পঞ্চাশ",
        "195",
        "decade",
    ),
    (
        "two decades sharing দশক: the second",
        "পঞ্চাশ ও ষাট দশক পর্যন্ত তিনি অভিনয় করেন।",
        "2021-01-10T10:00",
        "ষাট দশক",
        "196",
        "decade",
    ),
    (
        "an era word with a long ী and its locative",
        "তিনি ১৯৫২ খ্রীস্টাব্দে পাস করেন।",
        "2021-01-10T10:00",
        "১৯৫২ খ্রীস্টাব্দে",
        "1952",
        "year",
    ),
    (
        "the older খৃ spelling in the genitive",
        "১৮৯৯ খৃষ্টাব্দের কথা।",
        "2021-01-10T10:00",
        "১৮৯৯ খৃষ্টাব্দের",
        "1899",
        "year",
    ),
    (
        "'the one of' a year",
        "সেরা আসর বললে ১৯৯০ সালেরটা।",
        "2021-01-10T10:00",
        "১৯৯০ সালেরটা",
        "1990",
        "year",
    ),
    (
        "Bangladesh's war named by its year's number word",
        "‘একাত্তরের স্মৃতি’ বইটি পড়েছি।",
        "2021-01-10T10:00",
        "একাত্তরের",
        "1971",
        "year",
    ),
    (
        "a live blog's 24-hour stamp after the part of the day",
        "আপডেট:\nদুপুর ১৪৪৫ — শুনানি শেষ হয়েছে।",
        "2016-02-02T08:00",
        "দুপুর ১৪৪৫",
        "2016-02-02T14:45",
        "point",
    ),
    (
        "a live blog's morning stamp with a leading zero",
        "আপডেট:\nসকাল ০৮১৫ — আসামিদের আনা হয়।",
        "2016-02-02T07:00",
        "সকাল ০৮১৫",
        "2016-02-02T08:15",
        "point",
    ),
    (
        "a month with its year moves the story on: একই বছর after it",
        "তিনি ১৯৬৩ সালের মে মাসে দলে যোগ দেন। একই বছর জুন মাসে প্রথম খেলেন। জুলাইয়ে তিনি অধিনায়ক হন।",
        "1990-01-01T10:00",
        "একই বছর জুন মাসে",
        "1963-06",
        "month",
    ),
    (
        "a later month alone in the next sentence goes on in that year",
        "তিনি ১৯৬৩ সালের মে মাসে দলে যোগ দেন। একই বছর জুন মাসে প্রথম খেলেন। জুলাইয়ে তিনি অধিনায়ক হন।",
        "1990-01-01T10:00",
        "জুলাইয়ে",
        "1963-07",
        "month",
    ),
    (
        "a year and the next after a slash: the start",
        "২০১১/১২ সালে রপ্তানি বাড়ে, ২০১৪-৫ সালে কমে।",
        "2016-01-01T10:00",
        "২০১১",
        "2011",
        "year",
    ),
    (
        "a year and the next after a slash: the end, its century from the start",
        "২০১১/১২ সালে রপ্তানি বাড়ে, ২০১৪-৫ সালে কমে।",
        "2016-01-01T10:00",
        "১২ সালে",
        "2012",
        "year",
    ),
    (
        "the next year written with its last digit alone",
        "২০১১/১২ সালে রপ্তানি বাড়ে, ২০১৪-৫ সালে কমে।",
        "2016-01-01T10:00",
        "৫ সালে",
        "2015",
        "year",
    ),
    (
        "a fiscal year written with a slash",
        "২০২২/২৩ অর্থবছরে আয় বেড়েছে।",
        "2024-01-01T10:00",
        "২৩ অর্থবছরে",
        "2023",
        "year",
    ),
    (
        "'this day' written as one word, in the locative",
        "সম্মেলন শুরু হয় ৭ ডিসেম্বর ২০০৯। এইদিনে নেতারা আসেন। পরদিনের বৈঠকে খসড়া আসে। এই দিনটির খবর ছিল বিক্ষোভ।",
        "2009-12-20T10:00",
        "এইদিনে",
        "2009-12-07",
        "point",
    ),
    (
        "'the next day' as one word, in the genitive",
        "সম্মেলন শুরু হয় ৭ ডিসেম্বর ২০০৯। এইদিনে নেতারা আসেন। পরদিনের বৈঠকে খসড়া আসে। এই দিনটির খবর ছিল বিক্ষোভ।",
        "2009-12-20T10:00",
        "পরদিনের",
        "2009-12-08",
        "point",
    ),
    (
        "'this day' with the classifier and the genitive",
        "সম্মেলন শুরু হয় ৭ ডিসেম্বর ২০০৯। এইদিনে নেতারা আসেন। পরদিনের বৈঠকে খসড়া আসে। এই দিনটির খবর ছিল বিক্ষোভ।",
        "2009-12-20T10:00",
        "এই দিনটির",
        "2009-12-08",
        "point",
    ),
    (
        "a bare year before a noun in the genitive: the year of what it names",
        "ব্রাজিল বনাম ইতালি, ১৯৭০ বিশ্বকাপের ফাইনাল।",
        "2010-06-10T10:00",
        "১৯৭০",
        "1970",
        "year",
    ),
    (
        "a table's row under its year, a dash after it",
        "বছরশেষের দাম:\n২০০৪ - ৩৮ ডলার\n২০০৫ - ৫০ ডলার\n২০০৭ নভেম্বর - ৯৬ ডলার",
        "2008-01-10T10:00",
        "২০০৫",
        "2005",
        "year",
    ),
    (
        "a year and a month after it, no day",
        "বছরশেষের দাম:\n২০০৪ - ৩৮ ডলার\n২০০৫ - ৫০ ডলার\n২০০৭ নভেম্বর - ৯৬ ডলার",
        "2008-01-10T10:00",
        "২০০৭ নভেম্বর",
        "2007-11",
        "month",
    ),
    (
        "a year and a month in the locative",
        "২০১৯ ডিসেম্বরে চালু হয়।",
        "2021-01-10T10:00",
        "২০১৯ ডিসেম্বরে",
        "2019-12",
        "month",
    ),
    (
        "a century by its Sanskrit ordinal",
        "মন্দিরটি সপ্তম শতাব্দীর বলে ধারণা।",
        "2020-01-01T10:00",
        "সপ্তম শতাব্দীর",
        "06",
        "century",
    ),
    (
        "a century by its ordinal, ষোড়শ",
        "ষোড়শ শতকের মসজিদ।",
        "2020-01-01T10:00",
        "ষোড়শ শতকের",
        "15",
        "century",
    ),
    (
        "a century by its number word",
        "উনিশ শতকের দিকে এখানে হাট বসত।",
        "2020-01-01T10:00",
        "উনিশ শতকের দিকে",
        "18",
        "century",
    ),
    (
        "a century by a number word that is also an hour",
        "বারো শতকে রাজধানী সরে যায়।",
        "2020-01-01T10:00",
        "বারো শতকে",
        "11",
        "century",
    ),
    (
        "a decade of a century",
        "ঊনিশ শতকের প্রথম দশকে নীলকুঠি হয়।",
        "2020-01-01T10:00",
        "ঊনিশ শতকের প্রথম দশকে",
        "180",
        "decade",
    ),
    (
        "a century by its digits, before a part of it",
        "১৮ শতকের শেষের দিকে জমিদারি শুরু হয়।",
        "2020-01-01T10:00",
        "১৮ শতকের",
        "17",
        "century",
    ),
    (
        "a century by its digits and ordinal",
        "২০তম শতাব্দীর শুরুতে রেল আসে।",
        "2020-01-01T10:00",
        "২০তম শতাব্দীর",
        "19",
        "century",
    ),
    (
        "a span of years that ends before পর্যন্ত",
        "১৮৯২-১৮৯৭ পর্যন্ত মহকুমাটি চুয়াডাঙ্গার অংশ ছিল।",
        "2020-01-01T10:00",
        "১৮৯৭",
        "1897",
        "year",
    ),
    (
        "'the next day' and its weekday: the day after the one before",
        "গত বৃহস্পতিবার (৩০ মার্চ) তাঁকে আদালতে নেওয়া হয়। পরদিন শুক্রবার তাঁকে কারাগারে নেওয়া হয়। এর পরদিন শনিবার আবার আনা হয়।",
        "2023-04-03T10:00",
        "পরদিন শনিবার",
        "2023-04-01",
        "point",
    ),
    (
        "a date after the year's number word: চব্বিশের, the uprising's year",
        "চব্বিশের ৫ আগস্ট সরকারের পতন হয়।",
        "2025-12-20T10:00",
        "চব্বিশের ৫ আগস্ট",
        "2024-08-05",
        "point",
    ),
    (
        "a date after একাত্তরের",
        "একাত্তরের ১৬ ডিসেম্বর দেশ স্বাধীন হয়।",
        "2025-12-20T10:00",
        "একাত্তরের ১৬ ডিসেম্বর",
        "1971-12-16",
        "point",
    ),
    (
        "a duration in the genitive with the emphatic -ও",
        "এই প্রকল্পে ২ বছরেরও বেশি সময় লেগেছে।",
        "2025-12-20T10:00",
        "২ বছরেরও",
        "P2Y",
        "duration",
    ),
    (
        "a two-digit year with সাল: its century from the reference",
        "৭১ সালে দেশ স্বাধীন হয়।",
        "2021-01-10T10:00",
        "৭১ সালে",
        "1971",
        "year",
    ),
    (
        "a two-digit year with সাল, recent",
        "২০ সালে করোনা আসে।",
        "2021-01-10T10:00",
        "২০ সালে",
        "2020",
        "year",
    ),
    (
        "a two-digit year after an apostrophe",
        "'৭৫ এর আগস্টে তিনি নিহত হন।",
        "2021-01-10T10:00",
        "৭৫",
        "1975",
        "year",
    ),
    (
        "a date after a two-digit year takes it as the story's",
        "৭১ সালে যুদ্ধ শুরু হয়। ২৬ মার্চ স্বাধীনতা ঘোষণা হয়।",
        "2021-01-10T10:00",
        "২৬ মার্চ",
        "1971-03-26",
        "point",
    ),
    (
        "'this year' written as one word",
        "এবছর জ্বালানির দাম বেড়েছে।",
        "2007-11-10T10:00",
        "এবছর",
        "2007",
        "year",
    ),
    (
        "'last year' written as one word, in the genitive",
        "গতবছরের তুলনায় বেশি।",
        "2007-11-10T10:00",
        "গতবছরের",
        "2006",
        "year",
    ),
    (
        "a year coordinated with one written with সাল, by another account",
        "১৮৫৪ মতান্তরে ১৮৫৭ সালে মহকুমা হয়।",
        "2020-01-01T10:00",
        "১৮৫৪",
        "1854",
        "year",
    ),
    (
        "a timetable's note: a train closed on a weekday, every week",
        "বিশেষ দ্রষ্টব্য : কপোতাক্ষ বুধবার বন্ধ, সুন্দরবন শুক্রবার বন্ধ। জাদুঘর রবিবার বন্ধ থাকে। সাপ্তাহিক ছুটি শনিবার। ব্যাংক বৃহস্পতিবার বন্ধ থাকবে।",
        "2024-05-10T10:00",
        "বুধবার",
        "XXXX-WXX-3",
        "set",
    ),
    (
        "closed on a weekday, in the habitual",
        "বিশেষ দ্রষ্টব্য : কপোতাক্ষ বুধবার বন্ধ, সুন্দরবন শুক্রবার বন্ধ। জাদুঘর রবিবার বন্ধ থাকে। সাপ্তাহিক ছুটি শনিবার। ব্যাংক বৃহস্পতিবার বন্ধ থাকবে।",
        "2024-05-10T10:00",
        "রবিবার",
        "XXXX-WXX-7",
        "set",
    ),
    (
        "the weekly holiday",
        "বিশেষ দ্রষ্টব্য : কপোতাক্ষ বুধবার বন্ধ, সুন্দরবন শুক্রবার বন্ধ। জাদুঘর রবিবার বন্ধ থাকে। সাপ্তাহিক ছুটি শনিবার। ব্যাংক বৃহস্পতিবার বন্ধ থাকবে।",
        "2024-05-10T10:00",
        "শনিবার",
        "XXXX-WXX-6",
        "set",
    ),
    (
        "closed on a weekday, in the future: that one day",
        "বিশেষ দ্রষ্টব্য : কপোতাক্ষ বুধবার বন্ধ, সুন্দরবন শুক্রবার বন্ধ। জাদুঘর রবিবার বন্ধ থাকে। সাপ্তাহিক ছুটি শনিবার। ব্যাংক বৃহস্পতিবার বন্ধ থাকবে।",
        "2024-05-10T10:00",
        "বৃহস্পতিবার",
        "2024-05-16",
        "point",
    ),
    (
        "the end of a span of Śaka years, the era's too",
        "শকাব্দ ১৯৪৩-১৯৪৪, সংবৎ ২০৭৮-২০৭৯।",
        "2024-06-20T09:00",
        "১৯৪৪",
        "",
        "other-calendar",
    ),
    (
        "the end of a span of Vikram years",
        "শকাব্দ ১৯৪৩-১৯৪৪, সংবৎ ২০৭৮-২০৭৯।",
        "2024-06-20T09:00",
        "২০৭৯",
        "",
        "other-calendar",
    ),
    (
        "the end of a span of Kali years",
        "কল্যব্দ ৫১২২-৫১২৩, বঙ্গাব্দ ১৪২৮-১৪২৯।",
        "2024-06-20T09:00",
        "৫১২৩",
        "",
        "other-calendar",
    ),
    (
        "the end of a span of Bangabda years",
        "কল্যব্দ ৫১২২-৫১২৩, বঙ্গাব্দ ১৪২৮-১৪২৯।",
        "2024-06-20T09:00",
        "১৪২৯",
        "",
        "other-calendar",
    ),
    (
        "a Vikram Samvat date: lunar, no Gregorian day",
        "৭ই শ্রাবণ, ২০৮১ বিক্রম সংবৎ।",
        "2024-06-20T09:00",
        "৭ই শ্রাবণ, ২০৮১ বিক্রম সংবৎ",
        "",
        "other-calendar",
    ),
    (
        "a Meitei month's day",
        "মৈতৈ: ১৩ ইঙা, আসাম: ৫ আহার।",
        "2024-06-20T09:00",
        "১৩ ইঙা",
        "",
        "other-calendar",
    ),
    (
        "a Vaishnava month's day before মাস",
        "চান্দ্র: ১৩ বামন মাস।",
        "2024-06-20T09:00",
        "১৩ বামন মাস",
        "",
        "other-calendar",
    ),
    (
        "a Vaishnava month's day before its era's year",
        "২৮ ত্রিবিক্রম ৫৩৮ চৈতনাব্দ।",
        "2024-06-20T09:00",
        "২৮ ত্রিবিক্রম ৫৩৮ চৈতনাব্দ",
        "",
        "other-calendar",
    ),
    (
        "a date after years counted is its own",
        "এক বছর আগে, ২০২৪ সালের অক্টোবরে ঋণ বেড়েছিল।",
        "2025-11-02T09:00",
        "২০২৪ সালের অক্টোবরে",
        "2024-10",
        "month",
    ),
    (
        "an event named by its month",
        "তিনি জুলাই গণ-অভ্যুত্থানে নেতৃত্ব দেন।",
        "2025-12-29T09:00",
        "জুলাই",
        "2024-07",
        "month",
    ),
    (
        "a month before a noun that names no event",
        "জুলাই মাসের বেতন বাড়ে। আগামী জুলাই মাসে ভোট।",
        "2025-12-29T09:00",
        "আগামী জুলাই মাসে",
        "2026-07",
        "month",
    ),
    (
        "a Śaka year after another era's, never a Gregorian one",
        "বুদ্ধাব্দ ২৫৬৯, শকাব্দ ১৯৪৭, হিজরি ১৪৪৬।",
        "2025-06-14T09:00",
        "শকাব্দ ১৯৪৭",
        "",
        "other-calendar",
    ),
    (
        "an era year after today, its own",
        "আজ কলিযুগাব্দ ৫১২৬।",
        "2025-06-14T09:00",
        "কলিযুগাব্দ ৫১২৬",
        "",
        "other-calendar",
    ),
    // Spans of an almanac's era years (a panjika page's run: `শকাব্দ ১৯৪৩-১৯৪৪, সংবৎ ২০৭৮-২০৭৯,
    // কল্যব্দ ৫১২২-৫১২৩`): each end its own, of the era.
    (
        "the end of an era's span of years",
        "শ্রীচৈতন্যাব্দ ৫৩৯-৫৪০, কল্যব্দ ৫১২৬-৫১২৭, বঙ্গাব্দ ১৪৩২-১৪৩৩।",
        "2025-06-14T09:00",
        "৫৪০",
        "",
        "other-calendar",
    ),
    (
        "a Vikram Samvat span's start, apart from the next era",
        "সংবৎ ২০৮১-২০৮২, কল্যব্দ ৫১২৬-৫১২৭।",
        "2025-06-14T09:00",
        "সংবৎ ২০৮১",
        "",
        "other-calendar",
    ),
    (
        "a Vikram Samvat span's end",
        "সংবৎ ২০৮১-২০৮২, কল্যব্দ ৫১২৬-৫১২৭।",
        "2025-06-14T09:00",
        "২০৮২",
        "",
        "other-calendar",
    ),
    (
        "a Bangabda span's end",
        "শ্রীচৈতন্যাব্দ ৫৩৯-৫৪০, কল্যব্দ ৫১২৬-৫১২৭, বঙ্গাব্দ ১৪৩২-১৪৩৩।",
        "2025-06-14T09:00",
        "১৪৩৩",
        "",
        "other-calendar",
    ),
    (
        "today before an era year",
        "আজ কলিযুগাব্দ ৫১২৬।",
        "2025-06-14T09:00",
        "আজ",
        "2025-06-14",
        "point",
    ),
    // The fresh set R's shapes (2026-12-07), re-typed.
    (
        "the spoken গেল for last, a year in the accusative",
        "ছবির সংখ্যা গেল বছরকেও ছাড়িয়ে যাবে।",
        "2023-01-01T09:00",
        "গেল বছরকেও",
        "2022",
        "year",
    ),
    (
        "the new year with its article",
        "সব মিলিয়ে নতুন বছরটিও ভালো যাবে।",
        "2023-01-01T09:00",
        "নতুন বছরটিও",
        "2023",
        "year",
    ),
    (
        "the year with its article, the story's",
        "২০১৯ সালে দল গড়া হয়। বছরটিতে তারা তিনটি ম্যাচ জেতে।",
        "2023-01-01T09:00",
        "বছরটিতে",
        "2019",
        "year",
    ),
    (
        "a year with a case ending after an en dash",
        "মায়ের কোলে আমি। ১৯৮৮–এর শেষের দিকের ছবি।",
        "2025-08-29T09:00",
        "১৯৮৮–এর",
        "1988",
        "year",
    ),
    (
        "a fact box's year heading, its line break scraped into spaces",
        "আটবার জয় পায় দলটি।  ১৯৮২ বিপক্ষ পশ্চিম জার্মানি সেভিয়া",
        "2018-07-10T09:00",
        "১৯৮২",
        "1982",
        "year",
    ),
    (
        "কালকে with a guess at what is to come",
        "কালকে খুব বৃষ্টি হলে লোক কম হতে পারে।",
        "2025-08-07T09:00",
        "কালকে",
        "2025-08-08",
        "point",
    ),
    (
        "a relative day before a bar's two calendars: the Gregorian date's",
        "আজকে ৭ অগাস্ট ২০২৫ (২১ শ্রাবণ ১৪৩২) সকালে কাজ করেছি।",
        "2025-08-07T21:00",
        "আজকে ৭ অগাস্ট ২০২৫",
        "2025-08-07",
        "point",
    ),
    (
        "the time after the bar: a mention of its own, on the Gregorian date's day",
        "আজকে ৭ অগাস্ট ২০২৫ (২১ শ্রাবণ ১৪৩২) সকালে কাজ করেছি।",
        "2025-08-07T21:00",
        "সকালে",
        "2025-08-07TMO",
        "point",
    ),
];

/// Each mention of `doc` (read from `text`): its text, value and warning codes.
fn readings<'t>(
    doc: &Document,
    text: &'t str,
) -> Vec<(&'t str, Option<String>, Vec<&'static str>)> {
    let warnings = |m: &Mention| m.warnings.iter().map(|w| w.code()).collect();
    doc.mentions.iter().map(|m| (m.text(text), m.value.clone(), warnings(m))).collect()
}

fn at(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").ok()
}

#[test]
fn every_shape_reads_its_value() {
    let mut failures = Vec::new();
    for &(family, text, reference, mention, value, kind) in SHAPES {
        let mut parser = Parser::new();
        if let Some(r) = at(reference) {
            parser = parser.reference(r);
        }
        let doc = parser.read_document(text);
        let Some(m) = doc.mentions.iter().find(|m| m.text(text) == mention) else {
            let all: Vec<&str> = doc.mentions.iter().map(|m| m.text(text)).collect();
            failures.push(format!("{family}: no mention {mention} (found: {})", all.join(" | ")));
            continue;
        };
        let got = (m.value.clone().unwrap_or_default(), m.kind.code());
        if got != (value.to_owned(), kind) {
            failures.push(format!(
                "{family}: {mention} read as {} ({}), expected {value} ({kind})",
                got.0, got.1
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A timetable printed one cell a line (district portals' train tables): under a line ending in
/// সময় ("time"), a dotted number alone on its line is a clock; without the heading, a figure.
#[test]
fn a_timetable_column_headed_time_holds_clocks() {
    let table = "আপ\nছাড়ার সময়\nক্রম\nডাউন\nসময়\nসীমান্ত (৭৪৭)\n০০.০১\n১\nসীমান্ত (৭৪৮)\n১৬.৩৫\n";
    let doc = Parser::new().read_document(table);
    let times: Vec<_> =
        doc.mentions.iter().map(|m| (m.text(table), m.value.clone().unwrap_or_default())).collect();
    assert_eq!(times, [("০০.০১", "T00:01".to_owned()), ("১৬.৩৫", "T16:35".to_owned())], "{table}");
    let figures = "দাম\nসীমান্ত (৭৪৭)\n১২.৪৫\n১\n";
    let doc = Parser::new().read_document(figures);
    assert!(doc.mentions.is_empty(), "{figures}");
}

/// Counts are not years, and a number before a noun is a count.
/// After a bar's second calendar, the day last talked about is still the Gregorian date's,
/// whatever rule the other reads by (`এইদিন` after `৮ অগাস্ট ২০২৫ (২২ শ্রাবণ ১৪৩২)`).
#[test]
fn a_bars_second_calendar_tells_no_other_day() {
    let text = "গত শুক্রবার, ৮ অগাস্ট ২০২৫ (২২ শ্রাবণ ১৪৩২) তারিখে অনুষ্ঠান হয়। এইদিন দুপুর ১:২৮ মিনিটে শুরু।";
    let doc = Parser::new().reference(at("2025-08-20T09:00").unwrap()).read_document(text);
    let read = readings(&doc, text);
    let this_day = read.iter().find(|(t, ..)| t.starts_with("এইদিন")).expect("এইদিন is read");
    assert_eq!(this_day.1.as_deref(), Some("2025-08-08T13:28"), "{read:?}");
    // A scrape's run of spaces after a sentence is no heading for a count.
    let text = "তিনি বলেন।  ২০০০ মানুষ এসেছে।";
    let doc = Parser::new().reference(at("2025-08-20T09:00").unwrap()).read_document(text);
    assert!(doc.mentions.is_empty(), "{:?}", readings(&doc, text));
}

#[test]
fn counts_are_not_years() {
    let reference = at("2024-06-14T09:00").expect("a reference");
    for text in [
        // A year before Christ is no year of our era (probe 5).
        "খ্রিস্টপূর্ব ২০০০ সালে মহেঞ্জোদারো সভ্যতা বিকশিত হয়।",
        "খ্রি.পূ. ৫৬৩ সালে বুদ্ধের জন্ম।",
        "খ্রিষ্টপূর্ব\n১৯০০ – আর্যগণ কর্তৃক উত্তর ভারত দখল।",
        "মোট ২০২৪ জন আক্রান্ত হন।",
        // A ward's, a road's, a channel's number with -এর is no storied year (probe 13).
        "ওয়ার্ড ২৪-এর কাউন্সিলর এবং রোড ৭১-এর বাসিন্দা।",
        // A newspaper's name is no day (probe 13).
        "দৈনিক ভোরের কাগজ জানায়, আজকের পত্রিকা লিখেছে।",
        // Who takes part in a competition, counted, is no edition of it.
        "এবার প্রায় ২০০০ খেলোয়াড় অলিম্পিকে অংশ নেন।",
        // (জন counts people; জন্ম, birth, names a year: above.)
        "১৯৬০ জন লোক এসেছিল।",
        "দাম ১৯৫০ টাকা।",
        "২০৪৫ নম্বর বাসে ওঠেন।",
        // Number words count; only a decade's দশক or the genitive একাত্তরের names years.
        "একাত্তর জন আহত, সত্তর বছর বয়সী এক বৃদ্ধসহ আশি জন।",
        // A slash spans years only to the next one (a ratio, a score, a roll number: no).
        "অনুপাত ২০১১/১৫ এবং ৫-৬ জন।",
        // A genitive or locative after a number is its count's when it names what is counted.
        "২০০০ টাকার নোট আর ১৯৫০ জনের তালিকা।",
        "২০০০ টাকায় কেনা, ২০২৪ জনকে ডাকা।",
        // চব্বিশের counts unless a date, a month or the uprising follows it.
        "চব্বিশের বেশি শিক্ষার্থী পাস করেছে।",
        // The one-day match is a format, not a day's length.
        "তিনি এক দিনের আন্তর্জাতিক ম্যাচ ও এক দিনের ক্রিকেটে খেলেন।",
        // শতক is also a land measure: `১ একর ১৬ শতক জমি` is no century.
        "১ একর ১৬ শতক জমি আর ৩৩ শতকের প্লট।",
        // A storied year's number compared is a count (`৭১-এর বেশি আসন`), and other short
        // numbers with a case ending are not years.
        "দলটি ৭১-এর বেশি আসন পায়, ৩৩-এর মধ্যে ৫২-র চেয়ে কম, আর ৬৫-এর ঘর পেরোয়।",
        "পঁচাত্তরের বেশি বয়সী আর উনসত্তর জন।",
        "বয়স সত্তরের কোঠায়, নব্বইয়ের বেশি রান।",
        // A house or a section number is no storied day.
        "বাড়ি নং ৯/১১-এ থাকেন, ৯/১১-১২ ধারায় মামলা।",
    ] {
        let doc = Parser::new().reference(reference).read_document(text);
        assert!(
            doc.mentions
                .iter()
                .all(|m| { !matches!(m.kind.code(), "year" | "decade" | "century" | "duration") }),
            "{text}: {:?}",
            doc.mentions.iter().map(|m| m.text(text)).collect::<Vec<_>>()
        );
    }
}

/// The new year's festival by its name (`পহেলা বৈশাখে রমনায় …`) is no day the text tells, as
/// Eid is not (the articles' guideline 6; fresh S08); written with its year, or in digits, it
/// is a date.
#[test]
fn the_new_years_festival_by_its_name_is_no_mention() {
    let reference = at("2016-04-10T09:00").expect("a reference");
    for (text, mention) in [
        ("পহেলা বৈশাখে রমনার বটমূলে অনুষ্ঠান হয়।", None),
        ("পয়লা বৈশাখের উৎসব আর পহেলা বৈশাখ উদযাপন।", None),
        ("পয়লা বৈশাখ ১৪২৩-এর ইলিশ নিয়ে প্রতিবাদ।", Some("পয়লা বৈশাখ ১৪২৩-এর")),
        ("১লা বৈশাখে অনুষ্ঠান।", Some("১লা বৈশাখে")),
    ] {
        let doc = Parser::new().reference(reference).read_document(text);
        let found: Vec<_> = doc.mentions.iter().map(|m| m.text(text)).collect();
        assert_eq!(found.first().copied(), mention, "{text}: {found:?}");
    }
}

/// `আজ থেকে ৫১ বছর আগে` ("51 years ago from today"): today is where the count starts, not a
/// day the text tells (fresh T05, T06); the count is the one mention.
#[test]
fn today_as_the_origin_of_a_count_is_no_mention() {
    let reference = at("2012-05-19T09:00").expect("a reference");
    let text = "আজ থেকে প্রায় ৫১ বছর আগে শিলচরে গুলি চলে। আজ থেকে পরীক্ষা শুরু।";
    let doc = Parser::new().reference(reference).read_document(text);
    let found: Vec<_> = doc.mentions.iter().map(|m| m.text(text)).collect();
    assert_eq!(found, ["প্রায় ৫১ বছর আগে", "আজ"], "{found:?}");
}

/// Numbers joined by a hyphen are a span of years only after an era's year; a name of Vishnu
/// is a month only before মাস or its era's year.
#[test]
fn other_calendars_need_their_era_or_month_word() {
    let reference = at("2024-06-14T09:00").expect("a reference");
    for text in ["ফোন ৫১২২-৫১২৩ নম্বরে।", "কোড ৩৪২৮-৩৪২৯ দেখুন।", "১৩ বামন ও ১২ মাধব গ্রেপ্তার।"]
    {
        let doc = Parser::new().reference(reference).read_document(text);
        assert!(
            doc.mentions.is_empty(),
            "{text}: {:?}",
            doc.mentions.iter().map(|m| m.text(text)).collect::<Vec<_>>()
        );
    }
}

/// An early Hijri year of three digits after হিজরি is that calendar's year, no year of our era
/// (probe 5: `হিজরি ৯৬৩ সনে` was 963).
#[test]
fn an_early_hijri_year_is_no_year_of_our_era() {
    let reference = at("2024-06-14T09:00").expect("a reference");
    let text = "সম্রাট আকবর কর্তৃক হিজরি ৯৬৩ সনে প্রবর্তিত।";
    let doc = Parser::new().reference(reference).read_document(text);
    let m = doc.mentions.iter().find(|m| m.text(text) == "হিজরি ৯৬৩ সনে").expect("the year");
    assert_eq!(m.kind.code(), "other-calendar");
    assert_eq!(m.year, None, "no Gregorian year");
}

/// A year referred to with nothing before it to refer to has no value, and says so.
#[test]
fn a_year_with_nothing_to_refer_to_is_unanchored() {
    let reference = at("2024-06-14T09:00").expect("a reference");
    let text = "সে বছর ফসল নষ্ট হয়।";
    let doc = Parser::new().reference(reference).read_document(text);
    let m = doc.mentions.iter().find(|m| m.text(text) == "সে বছর").expect("the mention");
    assert_eq!((m.value.as_deref(), &m.anchor), (None, &Anchor::Unanchored));
}

/// An almanac page's run of eras (re-typed from the date bar of a daily panjika page of 16 July
/// 2024, thenewse.com): each year is an other-calendar mention that names its era, and the
/// Gregorian years it overlaps where the era's offset is fixed (every one of them overlaps 2024;
/// see `calendar::era` for the offsets and their sources).
#[test]
fn an_almanac_bar_names_each_eras_year() {
    use bangla_date::calendar::era::CalendarEra;
    let text = "৩১ আষাঢ় ১৪৩১ বঙ্গাব্দ, মঙ্গলবার, ইংরেজী: ১৬ জুলাই ২০২৪, ২৪ বামন ৫৩৮ চৈতনাব্দ, \
                শকাব্দ ১৯৪৩-১৯৪৪, সংবৎ ২০৭৮-২০৭৯, কল্যব্দ ৫১২২-৫১২৩, ১৯৪৬ শকাব্দ /২০৮১ বিক্রম \
                সাম্বৎ, ২৫৬৮ বুদ্ধাব্দাঃ, মুসলিম: ১৪৪৬ হিজরী।";
    let reference = at("2024-07-16T06:00").expect("a reference");
    let doc = Parser::new().reference(reference).read_document(text);
    /// (year as written, era, year, Gregorian years).
    type Row = (&'static str, CalendarEra, i32, Option<(i32, i32)>);
    let expected: &[Row] = &[
        ("১৯৪৩", CalendarEra::Saka, 1943, Some((2021, 2022))),
        ("১৯৪৪", CalendarEra::Saka, 1944, Some((2022, 2023))),
        ("২০৭৮", CalendarEra::VikramSamvat, 2078, Some((2021, 2022))),
        ("২০৭৯", CalendarEra::VikramSamvat, 2079, Some((2022, 2023))),
        ("৫১২৩", CalendarEra::KaliYuga, 5123, Some((2022, 2023))),
        ("১৯৪৬", CalendarEra::Saka, 1946, Some((2024, 2025))),
        ("২০৮১", CalendarEra::VikramSamvat, 2081, Some((2024, 2025))),
        ("২৫৬৮", CalendarEra::Buddhist, 2568, Some((2024, 2025))),
        ("১৪৪৬", CalendarEra::Hijri, 1446, Some((2024, 2025))),
    ];
    for &(year_text, era, year, gregorian) in expected {
        let m = doc
            .mentions
            .iter()
            .find(|m| m.text(text).contains(year_text))
            .unwrap_or_else(|| panic!("no mention of {year_text}"));
        assert_eq!(m.kind.code(), "other-calendar", "{}", m.text(text));
        assert_eq!(m.value, None, "{}", m.text(text));
        let got = m.era_year.unwrap_or_else(|| panic!("{}: no era year", m.text(text)));
        assert_eq!((got.era, got.year, got.gregorian), (era, year, gregorian), "{}", m.text(text));
    }
}

/// `ইতিহাসের এইদিনে` ("on this day in history") heads a list of anniversaries: no day of its
/// own, though the day of the page is written before it.
#[test]
fn a_rubric_of_anniversaries_is_no_day() {
    let text = "আজ বৃহস্পতিবার (২০ জুন)। এক নজরে দেখে নিন আজকের পঞ্জিকা ও ইতিহাসের এইদিনে।";
    let reference = at("2024-06-20T06:00").expect("a reference");
    let doc = Parser::new().reference(reference).read_document(text);
    let texts: Vec<&str> = doc.mentions.iter().map(|m| m.text(text)).collect();
    assert!(!texts.contains(&"এইদিনে"), "{}", texts.join(" | "));
    assert!(texts.contains(&"আজকের"), "{}", texts.join(" | "));
}

/// `পরদিন` with its weekday is the day after the one before; a weekday that is not that day's
/// says so (the day referred to wins, as the text counts it).
#[test]
fn the_next_day_checks_its_weekday() {
    let text =
        "৩০ মার্চ ২০২৩ তাঁকে আদালতে নেওয়া হয়। পরদিন শুক্রবার তাঁকে কারাগারে নেওয়া হয়। পরদিন রবিবার আবার আনা হয়।";
    let doc = Parser::new().read_document(text);
    let found = readings(&doc, text);
    assert_eq!(
        found,
        vec![
            ("৩০ মার্চ ২০২৩", Some("2023-03-30".to_owned()), vec![]),
            ("পরদিন শুক্রবার", Some("2023-03-31".to_owned()), vec![]),
            ("পরদিন রবিবার", Some("2023-04-01".to_owned()), vec!["weekday-mismatch"]),
        ]
    );
}

/// A two-digit year with সাল needs a reference for its century below 30 (`২০ সালে` may be 1920
/// or 2020); from 30 up it is the 1900s, and says so.
#[test]
fn a_two_digit_year_without_a_reference() {
    let text = "২০ সালে বন্যা হয়। ৭১ সালে যুদ্ধ হয়।";
    let doc = Parser::new().read_document(text);
    let found = readings(&doc, text);
    assert_eq!(found, vec![("৭১ সালে", Some("1971".to_owned()), vec!["century-inferred"])]);
}

/// An error on the next line (a video's length `25:25` read as a clock) is reported there, and
/// does not take the date before it (a speech catalogue: `… (৩১ জানুয়ারি,১৯৭২)।` then `25:25`).
#[test]
fn an_error_on_the_next_line_keeps_the_date_before_it() {
    let text = "তিনি বলেন (৩১ জানুয়ারি,১৯৭২)।\n25:25\nসদ্য স্বাধীন দেশ।\n";
    let doc = Parser::new().read_document(text);
    let values: Vec<_> = doc.mentions.iter().map(|m| m.value.clone().unwrap_or_default()).collect();
    assert_eq!(values, ["1972-01-31"], "{text}");
    assert_eq!(doc.errors.len(), 1, "{text}");
    let found: Vec<_> = Parser::new().extract(text).collect();
    assert!(matches!(found.first(), Some(Ok(m)) if m.date.is_some()), "{text}");
    assert!(matches!(found.get(1), Some(Err(_))), "{text}");
}

/// A narrative of days long before the reference (a travelogue, a diary): a day of the month
/// named alone is in the month of the day last told; a time alone goes on from the day last
/// told, forward (an hour earlier than the last moment is the next day), not to the reference.
#[test]
fn a_narrative_keeps_its_own_days() {
    let reference = at("2017-05-01T12:00").expect("a reference");
    let text = "তারিখ টা ছিল ২৩.১২.২০১৫। হঠাত রাত ১০ টা নাগাদ ফোন এল।\n\
                ভোরে উঠে পড়লাম। সকাল ৬.৩০ নাগাদ বেরোলাম।\n\
                ২৪ তারিখ সকালে পৌঁছালাম। পরদিনই ফিরলাম।\n";
    let doc = Parser::new().reference(reference).read_document(text);
    let got: Vec<_> =
        doc.mentions.iter().map(|m| (m.text(text), m.value.clone().unwrap_or_default())).collect();
    let want = [
        ("২৩.১২.২০১৫", "2015-12-23"),
        ("রাত ১০ টা নাগাদ", "2015-12-23T22:00"),
        ("ভোরে", "2015-12-24TMO"),
        ("সকাল ৬.৩০ নাগাদ", "2015-12-24T06:30"),
        ("২৪ তারিখ সকালে", "2015-12-24TMO"),
        ("পরদিনই", "2015-12-25"),
    ];
    let want: Vec<_> = want.iter().map(|(t, v)| (*t, v.to_string())).collect();
    assert_eq!(got, want, "{text}");
}

/// কাল is yesterday or tomorrow only by its sentence's verb: in the simple present (`থাকে`,
/// `বসে`), which tells of either day, neither কাল nor the period after it is read (the period
/// is not today's), and কাল as an age or a season (`সেই কাল`, `শাসনের কাল`, `কাল বৈশাখী`) is
/// no day.
#[test]
fn kal_with_no_tense_is_no_day() {
    let texts = [
        "কাল রাতে সে বাড়িতে থাকে।",
        "কাল সকালে এখানে বাজার বসে।",
        "সেই কাল আমরা হারিয়েছি।",
        "মুঘলদের শাসনের কাল থেকে এই রীতি চলে আসছে।",
        "কাল বৈশাখী ঝড়ে গাছ পড়েছে।",
        "সেই কাল আর নেই, সকাল হলো।",
    ];
    for text in texts {
        assert_eq!(mentions_read("2024-06-14T09:00", text), Vec::<&str>::new(), "{text}");
        let reference = at("2024-06-14T09:00").expect("a reference");
        assert_eq!(Parser::new().reference(reference).extract(text).count(), 0, "{text}");
    }
}

/// Words that look like times or durations and are not: a count with West Bengal's টে (`তিনটে
/// সেলাই`, three stitches), একদিন as "one day" (some day), and the daytime in general (`দিনের
/// বেলায়`).
#[test]
fn counts_and_someday_are_no_times() {
    for (text, read) in [
        ("১৪ মার্চ চোট পান। কপালে তিনটে এবং নাকে একটি সেলাই পড়ে।", vec!["১৪ মার্চ"]),
        ("তাই হঠাৎ করেই আমাকে একদিন গান শেখার পরামর্শ দেন।", vec![]),
        ("দিনের বেলায় প্রখর রোদে গতি কমিয়ে ট্রেন চালানোর নির্দেশনা।", vec![]),
    ] {
        assert_eq!(mentions_read("2024-03-30T12:00", text), read, "{text}");
    }
}

/// The text of every mention document mode reads in `text` written at `reference`.
fn mentions_read<'t>(reference: &str, text: &'t str) -> Vec<&'t str> {
    let reference = at(reference).expect("a reference");
    let doc = Parser::new().reference(reference).read_document(text);
    doc.mentions.iter().map(|m| m.text(text)).collect()
}

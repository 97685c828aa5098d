//! Parsing against chrono in the same run.
//!
//! - `header`: the sample news header (time, weekday, Gregorian and Bangabda dates) beside
//!   chrono's `NaiveDateTime::parse_from_str` of the same moment written in ASCII.
//! - `extract`: throughput over news-like text with no dates and with many, in bytes per second.
//!
//! Every iteration checks its answer.

use std::hint::black_box;

use bangla_date::parse::Parser;
use chrono::{FixedOffset, NaiveDate, NaiveDateTime, TimeZone};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const HEADER: &str = "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ";

/// Prose without dates (a paragraph of ordinary news Bengali, written for this bench).
const PROSE: &str = "রাজধানীর বিভিন্ন এলাকায় যানজট কমাতে নতুন পরিকল্পনা নিয়েছে সিটি করপোরেশন। \
কর্মকর্তারা জানিয়েছেন, প্রধান সড়কগুলোতে গণপরিবহনের জন্য আলাদা লেন তৈরি করা হবে এবং \
ফুটপাত দখলমুক্ত করতে নিয়মিত অভিযান চালানো হবে। নগরবাসী এই উদ্যোগকে স্বাগত জানালেও \
বাস্তবায়ন নিয়ে সংশয় প্রকাশ করেছেন অনেকে। বিশেষজ্ঞরা বলছেন, সমন্বিত পরিকল্পনা ছাড়া \
এ ধরনের প্রকল্প টেকসই হয় না। ";

/// Sentences dense with the shapes of DOMAIN.md §3 (written for this bench).
const DENSE: &str = "প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ২৩:২৯ সোমবার (২৯ ডিসেম্বর) সকাল ৬টা ৩২ মিনিটে \
২০২৪ সালের পাঁচই অগাস্ট আজ ২৮/১২/২০২৫ রোববার (২৮ ডিসেম্বর) রাত ১০টার দিকে \
২২শে জানুয়ারি থেকে ১০ই ফেব্রুয়ারি সকাল সাড়ে ৭টা পর্যন্ত ঢাকা, ১৮ পৌষ (২ জানুয়ারি): ";

/// Adversarial but real prose, each a shape that once cost more per byte than ordinary prose
/// (written for this bench). No shape may run more than 2× slower per byte than `PROSE`.
const SHAPES: [(&str, &str); 4] = [
    // Ordinary words ending in বার, which look like misspelt weekdays.
    (
        "bar_words",
        "এবার প্রথমবার দল জিতেছে, আরেকবার চেষ্টা করবে বলে জানিয়েছে পরিবার। বারবার দুইবার \
         তিনবার বলার পরও এবার কেউ শোনেনি; প্রতিবার একই কথা, শেষবার পরিবারের সবাই ছিলেন। ",
    ),
    // Long digit runs: phone, account and registration numbers.
    (
        "digit_runs",
        "যোগাযোগ ০১৭১১২২৩৩৪৪ অথবা ০১৮১৯৯৮৮৭৭৬, হিসাব নম্বর ১২৩৪৫৬৭৮৯০১২৩৪৫৬৭৮, নিবন্ধন \
         ২০২৫১২২৮০০৪৫৬৭ এবং 880171234567890 নম্বরে টাকা পাঠান। ",
    ),
    // Many colons: labels, scores and ratios.
    (
        "colons",
        "বিষয়: বাজেট; মন্তব্য: নেই; ফলাফল ২:১ ও ৩:২, অনুপাত ১:৪; সূত্র: প্রতিবেদক; \
         স্কোর ১০:৮ এবং ৭:৫; উত্তর: হ্যাঁ; প্রশ্ন: কেন? ",
    ),
    // Month names without days.
    (
        "months_without_days",
        "জানুয়ারি মাসে রপ্তানি বেড়েছে, ফেব্রুয়ারিতে কমেছে; বৈশাখের গরম আর আষাঢ়ের বৃষ্টি, \
         মার্চ ও এপ্রিলে পরীক্ষা, ডিসেম্বরের শীত, পৌষ মাসের পিঠা, শ্রাবণে বন্যা। ",
    ),
];

fn repeat(s: &str, bytes: usize) -> String {
    s.repeat(bytes / s.len() + 1)
}

fn header(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    let moment = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap().and_hms_opt(17, 41, 0).unwrap();
    group.bench_function("baseline/chrono_parse_from_str", |b| {
        b.iter(|| {
            let dt = NaiveDateTime::parse_from_str(black_box("2026-01-02 17:41"), "%Y-%m-%d %H:%M");
            assert_eq!(dt, Ok(moment));
            dt
        })
    });
    // The same fields in ASCII for chrono: clock with meridiem, weekday name, month name.
    group.bench_function("baseline/chrono_parse_from_str_words", |b| {
        b.iter(|| {
            let dt = NaiveDateTime::parse_from_str(
                black_box("05:41 PM, Friday, 02 January 2026"),
                "%I:%M %p, %A, %d %B %Y",
            );
            assert!(dt.is_ok());
            dt
        })
    });
    let parser = Parser::new();
    let dhaka = FixedOffset::east_opt(6 * 3600).unwrap();
    let expected = dhaka.from_local_datetime(&moment).single();
    group.bench_function("header/bangla_date", |b| {
        b.iter(|| {
            let m = parser.parse(black_box(HEADER)).unwrap();
            assert_eq!(m.datetime, expected);
            m
        })
    });
    // Where the header's time goes: each of its parts read alone (their sum against the whole
    // shows what joining them and checking the Bangabda half against the date add).
    for (name, part) in [
        ("part/time", "০৫:৪১ অপরাহ্ন"),
        ("part/weekday", "শুক্রবার"),
        ("part/gregorian", "০২ জানুয়ারী ২০২৬"),
        ("part/bangabda", "১৯ পৌষ ১৪৩২ বঙ্গাব্দ"),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let m = parser.parse(black_box(part));
                assert!(m.is_ok());
                m
            })
        });
    }
    group.finish();
}

fn extract(c: &mut Criterion) {
    let parser = Parser::new();
    let mut group = c.benchmark_group("extract");
    // The dates each text holds, each of which must lie inside a match (how the parser groups
    // them into matches is the parse tables' business, not the bench's).
    let dense_dates: &[&str] = &[
        "২৮ ডিসেম্বর ২০২৫",
        "২৯ ডিসেম্বর",
        "২০২৪ সালের পাঁচই অগাস্ট",
        "২৮/১২/২০২৫",
        "২২শে জানুয়ারি",
        "১০ই ফেব্রুয়ারি",
        "১৮ পৌষ",
    ];
    for (name, source, dates) in [("no_dates", PROSE, &[][..]), ("dense", DENSE, dense_dates)] {
        let spans: Vec<_> = parser.extract(source).map(|m| m.unwrap().span).collect();
        for date in dates {
            let at = source.find(date).unwrap();
            let inside = spans.iter().any(|s| s.start <= at && at + date.len() <= s.end);
            assert!(inside, "{name}: {date} is in no match");
        }
        assert_eq!(spans.is_empty(), dates.is_empty(), "{name}");
        // Repeating the text neither loses nor invents a match.
        let per_copy = spans.len();
        let text = repeat(source, 64 * 1024);
        let expected = per_copy * (text.len() / source.len());
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                let n = parser.extract(black_box(&text)).count();
                assert_eq!(n, expected);
                n
            })
        });
    }
    group.finish();
}

/// Throughput per shape beside ordinary prose, in the same run: each figure reads against
/// `prose`.
fn shapes(c: &mut Criterion) {
    let parser = Parser::new();
    let mut group = c.benchmark_group("shapes");
    let texts = std::iter::once(("prose", PROSE)).chain(SHAPES);
    for (name, unit) in texts {
        let text = repeat(unit, 64 * 1024);
        let per_copy = parser.extract(&text).count();
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                let n = parser.extract(black_box(&text)).count();
                assert_eq!(n, per_copy);
                n
            })
        });
    }
    group.finish();
}

criterion_group!(benches, header, extract, shapes);
criterion_main!(benches);

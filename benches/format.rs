//! Formatting the `header` preset into a reused buffer, beside chrono's `format` of the same
//! instant with the English equivalent pattern (`%I:%M %p, %A, %d %B %Y`) into a reused
//! `String` — the baseline. Both assert their output inside the loop.

use std::fmt::Write as _;
use std::hint::black_box;

use bangla_date::Rule;
use bangla_date::format::{Format, Preset};
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};

fn format(c: &mut Criterion) {
    let at = NaiveDate::from_ymd_opt(2026, 1, 2)
        .and_then(|d| d.and_hms_opt(17, 41, 0))
        .expect("valid instant");
    let header = Format::preset(Preset::Header).rule(Rule::Bangladesh2019);
    let expected = "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানু\u{09AF}\u{09BC}ারি ২০২৬, ১৮ পৌষ ১৪৩২ বঙ্গাব্দ";
    let mut group = c.benchmark_group("format");

    let mut buf = String::with_capacity(256);
    group.bench_function("header/bangla_date", |b| {
        b.iter(|| {
            buf.clear();
            header.write(black_box(at), &mut buf).expect("formats");
            assert_eq!(buf, expected);
        })
    });

    let mut buf = String::with_capacity(256);
    group.bench_function("header/chrono", |b| {
        b.iter(|| {
            buf.clear();
            write!(buf, "{}", black_box(at).format("%I:%M %p, %A, %d %B %Y")).expect("formats");
            assert_eq!(buf, "05:41 PM, Friday, 02 January 2026");
        })
    });

    // Parsing the pattern, which a caller does once.
    group.bench_function("parse/header_pattern", |b| {
        b.iter(|| {
            let f = Format::parse(black_box(Preset::Header.pattern())).expect("parses");
            assert_eq!(f, Format::preset(Preset::Header));
        })
    });
    group.finish();
}

criterion_group!(benches, format);
criterion_main!(benches);

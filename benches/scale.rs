//! Corpus scale: time per byte as the input grows, beside baselines in the same run.
//!
//! - `scale/document/N` and `scale/extract/N`: document mode and extraction over N MiB of a news
//!   article repeated (1, 8 and 64 MiB): time per byte should stay flat, and document mode within
//!   a few times extraction;
//! - `scale/adversarial/N`: document mode over `১২ জানুয়ারি ` repeated to N MiB, one sentence
//!   with no full stop (once 50 s for 280 KB);
//! - `prose/extract` against `prose/baseline/byte_scan`: extraction over prose with a few dated
//!   paragraphs, beside a plain scan that touches every byte once (counting the lead byte of
//!   Bengali digits and signs), the floor any extractor stands on.
//!
//! The texts are written for this bench. Every iteration checks its answer.

use std::hint::black_box;

use bangla_date::parse::Parser;
use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "common/texts.rs"]
mod texts;
use texts::{ARTICLE, EXPRESSIONS, MIB, prose_with_articles, repeat};

/// Mentions per copy of the article in document mode.
const MENTIONS: usize = 11;

fn scale(c: &mut Criterion) {
    let written = NaiveDate::from_ymd_opt(2024, 6, 14).and_then(|d| d.and_hms_opt(15, 0, 0));
    let parser = Parser::new().reference(written.expect("a valid reference"));
    let mut group = c.benchmark_group("scale");
    group.sample_size(10);
    for mib in [1, 8, 64] {
        let (text, copies) = repeat(ARTICLE, mib * MIB);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("extract/{mib}"), |b| {
            b.iter(|| {
                let n = parser.extract(black_box(&text)).filter(Result::is_ok).count();
                assert_eq!(n, copies * EXPRESSIONS);
            });
        });
        group.bench_function(format!("document/{mib}"), |b| {
            b.iter(|| {
                let n = parser.read_document_reader(black_box(text.as_bytes())).count();
                assert_eq!(n, copies * MENTIONS);
            });
        });
    }
    for mib in [1, 8] {
        let (text, copies) = repeat("১২ জানুয়ারি ", mib * MIB);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("adversarial/{mib}"), |b| {
            b.iter(|| {
                let n = parser.read_document_reader(black_box(text.as_bytes())).count();
                assert_eq!(n, copies);
            });
        });
    }
    group.finish();
}

fn prose(c: &mut Criterion) {
    let parser = Parser::new();
    // A few dated paragraphs among prose: one article per 200 paragraphs.
    let (text, copies) = prose_with_articles(16 * MIB);
    let mut group = c.benchmark_group("prose");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("baseline/byte_scan", |b| {
        b.iter(|| {
            // The lead byte of every Bengali character of the second half of the block (its
            // digits among them): every byte looked at once.
            black_box(text.as_bytes()).iter().filter(|&&b| b == 0xA7).count()
        });
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            let n = parser.extract(black_box(&text)).filter(Result::is_ok).count();
            assert_eq!(n, copies * EXPRESSIONS);
        });
    });
    group.bench_function("extract_reader", |b| {
        b.iter(|| {
            let n = parser.extract_reader(black_box(text.as_bytes())).filter(Result::is_ok).count();
            assert_eq!(n, copies * EXPRESSIONS);
        });
    });
    group.finish();
}

criterion_group!(benches, scale, prose);
criterion_main!(benches);

//! The prefilter (issue 19): extraction over prose with a few dated paragraphs, beside a plain
//! byte scan of the same bytes and beside the same extraction with the prefilter off, in the
//! same run. Needs the `bench-internals` feature:
//! `cargo bench --features bench-internals --bench prefilter`.
//!
//! - `prefilter/baseline/byte_scan`: touches every byte once (counts the lead byte of Bengali
//!   digits and signs), the floor any extractor stands on (the goal: extraction within 2×);
//! - `prefilter/extract`: [`Parser::extract`], the prefilter on (as always in the library);
//! - `prefilter/extract_reader`: the streaming reader over the same bytes;
//! - `prefilter/unfiltered`: the same engine handing the search every token (the prefilter off).
//!
//! The text is the one of `benches/scale.rs`'s `prose` group (`benches/common/texts.rs`): 16
//! MiB, one short news article per 200 paragraphs of prose. Every iteration checks its answer, and
//! before timing the two extractions are checked to give the same matches.

use std::hint::black_box;

use bangla_date::parse::Parser;
use bangla_date::parse::prefilter_bench::extract_unfiltered;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "common/texts.rs"]
mod texts;
use texts::{EXPRESSIONS, MIB, prose_with_articles};

fn prefilter(c: &mut Criterion) {
    let parser = Parser::new();
    // A few dated paragraphs among prose: one article per 200 paragraphs.
    let (text, copies) = prose_with_articles(16 * MIB);
    let expected = copies * EXPRESSIONS;
    // The prefilter changes no answer (the property tests check it on random text).
    let on: Vec<_> = parser.extract(&text).collect();
    assert!(on == extract_unfiltered(&parser, &text).collect::<Vec<_>>());
    assert_eq!(on.iter().filter(|m| m.is_ok()).count(), expected);

    let mut group = c.benchmark_group("prefilter");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("baseline/byte_scan", |b| {
        b.iter(|| black_box(text.as_bytes()).iter().filter(|&&b| b == 0xA7).count());
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            let n = parser.extract(black_box(&text)).filter(Result::is_ok).count();
            assert_eq!(n, expected);
        });
    });
    group.bench_function("extract_reader", |b| {
        b.iter(|| {
            let n = parser.extract_reader(black_box(text.as_bytes())).filter(Result::is_ok).count();
            assert_eq!(n, expected);
        });
    });
    group.bench_function("unfiltered", |b| {
        b.iter(|| {
            let n = extract_unfiltered(&parser, black_box(&text)).filter(Result::is_ok).count();
            assert_eq!(n, expected);
        });
    });
    group.finish();
}

criterion_group!(benches, prefilter);
criterion_main!(benches);

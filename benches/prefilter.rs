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
//! The text is the one of `benches/scale.rs`'s `prose` group (written for the benches): 16 MiB,
//! one short news article per 200 paragraphs of prose. Every iteration checks its answer, and
//! before timing the two extractions are checked to give the same matches.

use std::hint::black_box;

use bangla_date::parse::Parser;
use bangla_date::parse::prefilter_bench::extract_unfiltered;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const ARTICLE: &str = "ঢাকা, ১৪ জুন ২০২৪ : রাজধানীর মিরপুরে একটি পোশাক কারখানায় আগুন লেগে ৫ জন নিহত \
হয়েছেন। বৃহস্পতিবার দিবাগত রাত ২টার দিকে এ ঘটনা ঘটে। ফায়ার সার্ভিসের ১২টি ইউনিট প্রায় তিন ঘণ্টার \
চেষ্টায় ভোর ৫টায় আগুন নিয়ন্ত্রণে আনে।\nগত বছরের ১০ মার্চ একই কারখানায় আরেকটি অগ্নিকাণ্ড ঘটেছিল। তার \
দুই দিন পর কারখানাটি আবার চালু হয়।\nশুক্রবার সকালে শ্রম মন্ত্রণালয় তদন্ত কমিটি গঠন করেছে। কমিটিকে \
আগামী ১৫ কর্মদিবসের মধ্যে প্রতিবেদন দিতে বলা হয়েছে। আগামী রোববার থেকে কারখানা বন্ধ থাকবে। প্রতি \
শুক্রবার শ্রমিকদের সভা হবে। সেদিন রাতেই পুলিশ মামলা নেয়।\n\n";

/// Expressions `extract` finds in one copy of the article.
const EXPRESSIONS: usize = 7;

/// Prose without dates (ordinary news Bengali, written for the benches).
const PROSE: &str = "রাজধানীর বিভিন্ন এলাকায় যানজট কমাতে নতুন পরিকল্পনা নিয়েছে সিটি করপোরেশন। \
কর্মকর্তারা জানিয়েছেন, প্রধান সড়কগুলোতে গণপরিবহনের জন্য আলাদা লেন তৈরি করা হবে এবং \
ফুটপাত দখলমুক্ত করতে নিয়মিত অভিযান চালানো হবে। নগরবাসী এই উদ্যোগকে স্বাগত জানালেও \
বাস্তবায়ন নিয়ে সংশয় প্রকাশ করেছেন অনেকে। বিশেষজ্ঞরা বলছেন, সমন্বিত পরিকল্পনা ছাড়া \
এ ধরনের প্রকল্প টেকসই হয় না। ";

const MIB: usize = 1024 * 1024;

fn prefilter(c: &mut Criterion) {
    let parser = Parser::new();
    // A few dated paragraphs among prose: one article per 200 paragraphs.
    let unit = format!("{}\n\n{ARTICLE}", PROSE.repeat(200));
    let copies = (16 * MIB / unit.len()).max(1);
    let text = unit.repeat(copies);
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

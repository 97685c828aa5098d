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

const ARTICLE: &str = "ঢাকা, ১৪ জুন ২০২৪ : রাজধানীর মিরপুরে একটি পোশাক কারখানায় আগুন লেগে ৫ জন নিহত \
হয়েছেন। বৃহস্পতিবার দিবাগত রাত ২টার দিকে এ ঘটনা ঘটে। ফায়ার সার্ভিসের ১২টি ইউনিট প্রায় তিন ঘণ্টার \
চেষ্টায় ভোর ৫টায় আগুন নিয়ন্ত্রণে আনে।\nগত বছরের ১০ মার্চ একই কারখানায় আরেকটি অগ্নিকাণ্ড ঘটেছিল। তার \
দুই দিন পর কারখানাটি আবার চালু হয়।\nশুক্রবার সকালে শ্রম মন্ত্রণালয় তদন্ত কমিটি গঠন করেছে। কমিটিকে \
আগামী ১৫ কর্মদিবসের মধ্যে প্রতিবেদন দিতে বলা হয়েছে। আগামী রোববার থেকে কারখানা বন্ধ থাকবে। প্রতি \
শুক্রবার শ্রমিকদের সভা হবে। সেদিন রাতেই পুলিশ মামলা নেয়।\n\n";

/// Mentions per copy of the article in document mode, and expressions for `extract`.
const MENTIONS: usize = 11;
const EXPRESSIONS: usize = 7;

/// Prose without dates (ordinary news Bengali, written for this bench).
const PROSE: &str = "রাজধানীর বিভিন্ন এলাকায় যানজট কমাতে নতুন পরিকল্পনা নিয়েছে সিটি করপোরেশন। \
কর্মকর্তারা জানিয়েছেন, প্রধান সড়কগুলোতে গণপরিবহনের জন্য আলাদা লেন তৈরি করা হবে এবং \
ফুটপাত দখলমুক্ত করতে নিয়মিত অভিযান চালানো হবে। নগরবাসী এই উদ্যোগকে স্বাগত জানালেও \
বাস্তবায়ন নিয়ে সংশয় প্রকাশ করেছেন অনেকে। বিশেষজ্ঞরা বলছেন, সমন্বিত পরিকল্পনা ছাড়া \
এ ধরনের প্রকল্প টেকসই হয় না। ";

const MIB: usize = 1024 * 1024;

/// `unit` repeated to about `bytes` bytes (whole copies).
fn repeat(unit: &str, bytes: usize) -> (String, usize) {
    let copies = (bytes / unit.len()).max(1);
    (unit.repeat(copies), copies)
}

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
    let unit = format!("{}\n\n{ARTICLE}", PROSE.repeat(200));
    let (text, copies) = repeat(&unit, 16 * MIB);
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

//! Document mode against `extract` over the same text, in the same run.
//!
//! - `document/extract` (the baseline): every expression of a news article, one by one;
//! - `document/read_document`: the same article read as one document, every mention anchored.
//!
//! The article is written for this bench (a fire report with the shapes document mode adds:
//! back-references, day parts, durations, recurrences, years counted from the reference).
//! Every iteration checks its answer.

use std::hint::black_box;

use bangla_date::parse::{Anchor, Parser};
use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const ARTICLE: &str = "ঢাকা, ১৪ জুন ২০২৪ : রাজধানীর মিরপুরে একটি পোশাক কারখানায় আগুন লেগে ৫ জন নিহত \
হয়েছেন। বৃহস্পতিবার দিবাগত রাত ২টার দিকে এ ঘটনা ঘটে। ফায়ার সার্ভিসের ১২টি ইউনিট প্রায় তিন ঘণ্টার \
চেষ্টায় ভোর ৫টায় আগুন নিয়ন্ত্রণে আনে।\nগত বছরের ১০ মার্চ একই কারখানায় আরেকটি অগ্নিকাণ্ড ঘটেছিল। তার \
দুই দিন পর কারখানাটি আবার চালু হয়।\nশুক্রবার সকালে শ্রম মন্ত্রণালয় তদন্ত কমিটি গঠন করেছে। কমিটিকে \
আগামী ১৫ কর্মদিবসের মধ্যে প্রতিবেদন দিতে বলা হয়েছে। আগামী রোববার থেকে কারখানা বন্ধ থাকবে। প্রতি \
শুক্রবার শ্রমিকদের সভা হবে। সেদিন রাতেই পুলিশ মামলা নেয়।\n";

/// The article's mentions in document mode: the parser's 7 expressions (the dateline, the night,
/// ভোর ৫টায়, গত বছরের ১০ মার্চ, শুক্রবার সকালে, আগামী রোববার, শুক্রবার), the last taken into
/// the recurrence প্রতি শুক্রবার, plus তিন ঘণ্টার, তার দুই দিন পর, ১৫ কর্মদিবসের, সেদিন রাতেই.
const MENTIONS: usize = 11;

fn document(c: &mut Criterion) {
    let text = ARTICLE.repeat(8);
    let written = NaiveDate::from_ymd_opt(2024, 6, 14).and_then(|d| d.and_hms_opt(15, 0, 0));
    let parser = Parser::new().reference(written.expect("a valid reference"));
    let mut group = c.benchmark_group("document");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("baseline/extract", |b| {
        b.iter(|| {
            let n = parser.extract(black_box(&text)).filter(Result::is_ok).count();
            assert_eq!(n, 8 * 7);
        });
    });
    group.bench_function("read_document", |b| {
        b.iter(|| {
            let doc = parser.read_document(black_box(&text));
            assert_eq!(doc.mentions.len(), 8 * MENTIONS);
            // পরদিন-like back-references are anchored to the text, not to nothing.
            assert!(doc.mentions.iter().all(|m| m.anchor != Anchor::Unanchored));
        });
    });
    group.finish();
}

criterion_group!(benches, document);
criterion_main!(benches);

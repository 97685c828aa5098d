//! A paragraph break (an empty line) is a hard boundary in every mode: reading a text whose
//! paragraphs are joined by empty lines gives exactly the matches of reading each paragraph
//! alone, whether the text is read as a string or as a stream. A single line break may join
//! wrapped text (a date whose year is on the next line), but never two complete dates.

use std::path::Path;

use bangla_date::parse::{Match, Parser};
use chrono::NaiveDate;

/// A match, or the code of the error in its place.
type Item = Result<Match, String>;

/// Each paragraph's matches, spans moved to where the paragraph stands in the joined text.
fn each_alone(parser: &Parser, paragraphs: &[String]) -> Vec<Item> {
    let mut out = Vec::new();
    let mut offset = 0;
    for p in paragraphs {
        for m in parser.extract(p) {
            out.push(match m {
                Ok(mut m) => {
                    m.span = m.span.start + offset..m.span.end + offset;
                    Ok(m)
                }
                Err(e) => Err(e.kind().code().to_owned()),
            });
        }
        offset += p.len() + "\n\n".len();
    }
    out
}

fn joined(parser: &Parser, paragraphs: &[String]) -> (Vec<Item>, Vec<Item>) {
    let text = paragraphs.join("\n\n");
    let as_str = parser.extract(&text).map(|m| m.map_err(|e| e.kind().code().to_owned())).collect();
    let as_stream = parser
        .extract_reader(text.as_bytes())
        .map(|m| m.map_err(|e| e.kind().code().to_owned()))
        .collect();
    (as_str, as_stream)
}

/// Only the fields a paragraph's neighbours could change: span, value, role.
fn key(m: &Item) -> String {
    match m {
        Ok(m) => format!("{:?} {:?} {:?} {:?} {:?}", m.span, m.date, m.time, m.datetime, m.role),
        Err(kind) => format!("error {kind}"),
    }
}

fn check(name: &str, parser: &Parser, paragraphs: &[String]) {
    let alone: Vec<String> = each_alone(parser, paragraphs).iter().map(key).collect();
    let (as_str, as_stream) = joined(parser, paragraphs);
    let as_str: Vec<String> = as_str.iter().map(key).collect();
    let as_stream: Vec<String> = as_stream.iter().map(key).collect();
    assert_eq!(as_str, alone, "{name}: the joined text's matches differ from each paragraph's");
    assert_eq!(as_stream, alone, "{name}: the stream's matches differ from each paragraph's");
    assert!(!alone.is_empty(), "{name}: no matches at all");
    eprintln!(
        "{name}: {} paragraphs, {} matches, the same joined and alone",
        paragraphs.len(),
        alone.len()
    );
}

#[test]
fn an_empty_line_ends_a_match() {
    let parser = Parser::new();
    let text = "সভা হবে ১০ জানুয়ারি\n\n২০২২ সালের বাজেট";
    let ms: Vec<Match> = parser.extract(text).collect::<Result<_, _>>().unwrap();
    assert_eq!(ms.len(), 1);
    assert_eq!(ms[0].text(text), "১০ জানুয়ারি");
    assert_eq!(ms[0].date, None);
    // Read as one expression, what follows the empty line is left over.
    assert!(parser.parse("১০ জানুয়ারি\n\n২০২২").is_err());
    // A time in the next paragraph is not the date's.
    let text = "১৯৪৬ সালের ১৫ই অগাস্ট\n\nদুপুর বারোটায় সভা";
    let ms: Vec<Match> = parser.extract(text).collect::<Result<_, _>>().unwrap();
    assert_eq!(ms.len(), 2);
    assert_eq!(ms[0].time, None);
    // A range does not reach across one either.
    let text = "২২ জানুয়ারি থেকে\n\n১০ ফেব্রুয়ারি";
    let ms: Vec<Match> = parser.extract(text).collect::<Result<_, _>>().unwrap();
    assert_eq!(ms.len(), 2);
    assert_eq!(ms[0].role, bangla_date::parse::Role::From);
    assert_eq!(ms[1].role, bangla_date::parse::Role::Single);
}

#[test]
fn a_single_line_break_joins_wrapped_text_but_not_two_dates() {
    let parser = Parser::new();
    // Wrapped: the year on the next line is the date's.
    let m = parser.parse("১০ জানুয়ারি\n২০২২").unwrap();
    assert_eq!(m.date, NaiveDate::from_ymd_opt(2022, 1, 10));
    // A time on the next line of a dateline is the date's too.
    let m = parser.parse("০২ জানুয়ারী ২০২৬\nসন্ধ্যা ৬টা").unwrap();
    assert_eq!(m.time.map(|t| t.to_string()).as_deref(), Some("18:00:00"));
    // Two complete dates on two lines are two matches, each its own day.
    let text = "২৮ ডিসেম্বর ২০২৫\n১৯ পৌষ ১৪৩২";
    let ms: Vec<Match> = parser.extract(text).collect::<Result<_, _>>().unwrap();
    assert_eq!(ms.len(), 2, "{ms:#?}");
    assert!(ms.iter().all(|m| m.warnings.iter().all(|w| w.code() != "bangla-mismatch")));
}

/// Every text of the shared corpora, as paragraphs, in both orders of joining.
fn shared_paragraphs() -> Option<Vec<(String, Vec<String>)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !dir.exists() {
        return None;
    }
    let mut sets = Vec::new();
    for name in ["real-dev.tsv", "real-dev-2.tsv"] {
        let text = std::fs::read_to_string(dir.join(name)).ok()?;
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next()?.split('\t').collect();
        let col = header.iter().position(|h| *h == "text")?;
        let rows: Vec<String> =
            lines.filter_map(|l| l.split('\t').nth(col)).map(str::to_owned).collect();
        sets.push((name.to_owned(), rows));
    }
    for folder in ["articles", "articles-full"] {
        let mut paragraphs = Vec::new();
        let Ok(entries) = std::fs::read_dir(dir.join(folder)) else { continue };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files.iter().filter(|f| f.extension().is_some_and(|e| e == "txt")) {
            let text = std::fs::read_to_string(f).ok()?;
            paragraphs.extend(
                text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned),
            );
        }
        sets.push((folder.to_owned(), paragraphs));
    }
    Some(sets)
}

#[test]
fn streaming_over_paragraphs_equals_reading_each_alone() {
    let Some(sets) = shared_paragraphs() else {
        if std::env::var("BANGLA_DATE_ARTICLES").as_deref() == Ok("required") {
            panic!("../shared/corpus is missing");
        }
        eprintln!("skipped: ../shared/corpus is not beside this checkout");
        return;
    };
    let reference = NaiveDate::from_ymd_opt(2025, 12, 30).unwrap().and_hms_opt(9, 0, 0).unwrap();
    for parser in [Parser::new(), Parser::new().reference(reference)] {
        for (name, paragraphs) in &sets {
            check(name, &parser, paragraphs);
            let reversed: Vec<String> = paragraphs.iter().rev().cloned().collect();
            check(name, &parser, &reversed);
        }
    }
}

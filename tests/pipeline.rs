//! One pipeline: document mode reads with the parser's own engine and resolver, so for every
//! mention that the parser dates by itself, document mode gives the same moment, offset
//! included — unless the text anchors it elsewhere (a story's year, the day of the sentence, a
//! back-reference), which the mention's anchor and assumptions say. Checked over the shared
//! corpora of real strings and articles, and over texts that once split the two apart.

use std::path::Path;

use bangla_date::parse::{Anchor, Parser};
use chrono::NaiveDateTime;

fn at(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    let s = if s.len() == 10 { format!("{s}T12:00") } else { s.chars().take(16).collect() };
    NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M").ok()
}

/// The disagreements between the parser's reading of each expression and document mode's, for
/// mentions document mode anchored to themselves or to the reference with no assumption.
fn disagreements(parser: &Parser, text: &str) -> Vec<String> {
    compare(parser, text).1
}

/// How many mentions were compared, and the disagreements.
fn compare(parser: &Parser, text: &str) -> (usize, Vec<String>) {
    let doc = parser.read_document(text);
    let mut out = Vec::new();
    let mut compared = 0;
    for m in &doc.mentions {
        let Some(e) = &m.expression else { continue };
        let plain = matches!(m.anchor, Anchor::Written | Anchor::Reference);
        if !plain || !m.assumptions.is_empty() || e.span != m.span && e.span.start > m.span.start {
            continue;
        }
        // The parser's date from the reference alone is replaced by the text's own day: only
        // expressions the parser dated from what is written are compared.
        if e.warnings.iter().any(|w| w.code() == "date-from-reference") {
            continue;
        }
        compared += usize::from(e.date.is_some());
        if e.datetime.is_some() && m.datetime != e.datetime {
            out.push(format!(
                "{}: document {:?}, parser {:?}",
                m.text(text),
                m.datetime.map(|d| d.to_rfc3339()),
                e.datetime.map(|d| d.to_rfc3339())
            ));
        } else if e.datetime.is_none()
            && e.date.is_some()
            && m.date != e.date
            && m.kind.code() == "point"
        {
            out.push(format!("{}: document {:?}, parser {:?}", m.text(text), m.date, e.date));
        }
    }
    (compared, out)
}

/// Texts that once came out differently in document mode (issue 17's reproductions).
#[test]
fn document_mode_keeps_what_the_parser_read() {
    let cases = [
        // A weekday that chose West Bengal's reckoning: Kolkata time, in both.
        ("১৭ আষাঢ়, ১৪৩১ মঙ্গলবার সকাল ১০টা", None),
        // A Hijri year is no story year: the yearless Gregorian date keeps the reference's.
        (
            "হিজরি ১৪৪৬ সনের রবিউল আউয়াল মাসের চাঁদ দেখা গেছে। বৃহস্পতিবার (৫ সেপ্টেম্বর) থেকে মাস গণনা শুরু।",
            Some("2024-09-04T20:00"),
        ),
        // An almanac's night is moved to the next civil day once.
        ("১৮ কার্তিক ১৪৩০, রবিবার রাত্রি ঘ ১/১৫ মিঃ", None),
        // Another place's local time has no offset, in document mode too.
        ("প্যারিসের স্থানীয় সময় সন্ধ্যা ৬টায় অনুষ্ঠান শুরু হয়।", Some("2024-07-26T09:00")),
    ];
    for (text, reference) in cases {
        let mut parser = Parser::new();
        if let Some(r) = reference.and_then(at) {
            parser = parser.reference(r);
        }
        let bad = disagreements(&parser, text);
        assert!(bad.is_empty(), "{text}: {bad:?}");
    }
    // The Kolkata reading, spelt out.
    let doc = Parser::new().read_document("১৭ আষাঢ়, ১৪৩১ মঙ্গলবার সকাল ১০টা");
    let dt = doc.mentions[0].datetime.expect("a moment");
    assert_eq!(dt.to_rfc3339(), "2024-07-02T10:00:00+05:30");
    // The Hijri year stays another calendar's: the Gregorian date is 2024's.
    let text = "হিজরি ১৪৪৬ সনের রবিউল আউয়াল মাসের চাঁদ দেখা গেছে। বৃহস্পতিবার (৫ সেপ্টেম্বর) থেকে মাস গণনা শুরু।";
    let doc = Parser::new().reference(at("2024-09-04T20:00").unwrap()).read_document(text);
    let sep5 = doc.mentions.iter().find(|m| m.text(text).contains("সেপ্টেম্বর")).expect("found");
    assert_eq!(sep5.date.map(|d| d.to_string()).as_deref(), Some("2024-09-05"));
    // The local time keeps no datetime, and says why.
    let text = "প্যারিসের স্থানীয় সময় সন্ধ্যা ৬টায় অনুষ্ঠান শুরু হয়।";
    let doc = Parser::new().reference(at("2024-07-26T09:00").unwrap()).read_document(text);
    let m = doc.mentions.iter().find(|m| m.time.is_some()).expect("the time");
    assert_eq!(m.datetime, None);
    assert!(m.warnings.iter().any(|w| w.code() == "other-time-zone"));
    // The almanac night: 6 November 01:15, once.
    let doc = Parser::new().read_document("১৮ কার্তিক ১৪৩০, রবিবার রাত্রি ঘ ১/১৫ মিঃ");
    let dt = doc.mentions[0].datetime.expect("a moment");
    assert_eq!(dt.date_naive().to_string(), "2023-11-06");
}

#[test]
fn document_mode_agrees_with_the_parser_on_the_shared_corpora() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !dir.exists() {
        assert_ne!(std::env::var("BANGLA_DATE_ARTICLES").as_deref(), Ok("required"));
        eprintln!("skipped: ../shared/corpus is not beside this checkout");
        return;
    }
    let (mut checked, mut compared) = (0, 0);
    let mut bad = Vec::new();
    for name in ["real-dev.tsv", "real-dev-2.tsv"] {
        let tsv = std::fs::read_to_string(dir.join(name)).expect("readable");
        let mut lines = tsv.lines();
        let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
        let col = |n: &str| header.iter().position(|h| *h == n);
        let (text_col, ref_col) = (col("text").expect("a text column"), col("reference"));
        for line in lines {
            let fields: Vec<&str> = line.split('\t').collect();
            let Some(text) = fields.get(text_col) else { continue };
            let mut parser = Parser::new();
            if let Some(r) = ref_col.and_then(|c| fields.get(c)).and_then(|r| at(r)) {
                parser = parser.reference(r);
            }
            let (n, b) = compare(&parser, text);
            (checked, compared) = (checked + 1, compared + n);
            bad.extend(b.into_iter().map(|b| format!("{name}: {b}")));
        }
    }
    for folder in ["articles", "articles-full"] {
        let ann =
            std::fs::read_to_string(dir.join(folder).join("annotations.tsv")).unwrap_or_default();
        let mut references = std::collections::BTreeMap::new();
        for line in ann.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if let (Some(a), Some(r)) = (f.first(), f.get(5)) {
                if let Some(r) = at(r) {
                    references.insert(a.to_string(), r);
                }
            }
        }
        for (article, reference) in references {
            let Ok(text) = std::fs::read_to_string(dir.join(folder).join(format!("{article}.txt")))
            else {
                continue;
            };
            let (n, b) = compare(&Parser::new().reference(reference), &text);
            (checked, compared) = (checked + 1, compared + n);
            bad.extend(b.into_iter().map(|b| format!("{article}: {b}")));
        }
    }
    eprintln!("{checked} texts, {compared} mentions compared, {} disagreements", bad.len());
    assert!(checked > 200 && compared > 200, "only {checked} texts, {compared} mentions");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

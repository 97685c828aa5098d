//! `--document`: standard input read as one document by [`Parser::read_document_reader`], every
//! mention in order with how it was anchored.
//!
//! The JSON is the serde form of [`Mention`] (the one wire shape), with the mention's `text`
//! beside it; errors (invalid dates, bytes that are not UTF-8) are the tool's ERROR objects, their
//! place in bytes and in characters. Kept in its own file so that the argument handling stays a
//! few lines.

use std::cell::RefCell;
use std::io;
use std::rc::Rc;

use bangla_date::ErrorKind;
use bangla_date::parse::{Anchor, Mention, Parser};
use serde::Serialize;

use super::{ByteLog, ErrorJson, Logged, Out, stream_error};

/// A mention as JSON: its serde form and its text.
#[derive(Serialize)]
struct MentionJson<'a> {
    #[serde(flatten)]
    mention: &'a Mention,
    text: &'a str,
}

/// The whole document as one JSON object.
#[derive(Serialize)]
struct DocumentJson<'a> {
    mentions: Vec<MentionJson<'a>>,
    errors: Vec<ErrorJson>,
}

/// The anchor in words, for people.
fn anchor(a: &Anchor, text: &str) -> String {
    let quote = |r: &core::ops::Range<usize>| text.get(r.clone()).unwrap_or_default().to_owned();
    match a {
        Anchor::Written => "as written".into(),
        Anchor::Reference => "the reference".into(),
        Anchor::Recurring => "none: it recurs".into(),
        Anchor::Story { year, from } => format!("the year {year} of «{}»", quote(from)),
        Anchor::Mention { rule, from, days } => {
            format!("«{}» {days:+} day(s) ({})", quote(from), rule.code())
        }
        _ => "nothing".into(),
    }
}

/// `--document --stream`: standard input as one document, one JSON object per mention (or
/// `{"error": ERROR}`) as soon as it is anchored, in constant memory.
pub fn stream(parser: &Parser, out: &mut Out) -> Result<(), String> {
    let log = Rc::new(RefCell::new(ByteLog::new()));
    let input = Logged { inner: io::stdin().lock(), log: Rc::clone(&log) };
    for item in parser.read_document_reader(input) {
        match item {
            Err(e) if matches!(e.kind(), ErrorKind::Io { .. }) => return Err(e.to_string()),
            Ok(m) => {
                // The library keeps no text; the log still has the mention's bytes.
                let text = log.borrow().text(&m.span);
                log.borrow_mut().advance_to(m.span.start);
                out.json(&MentionJson { mention: &m, text: &text })?;
            }
            Err(e) => stream_error(out, &log, &e)?,
        }
    }
    Ok(())
}

/// The document `bytes` (standard input, read whole): one JSON object (`{"mentions": […],
/// "errors": […]}`) or text blocks.
pub fn document(parser: &Parser, bytes: &[u8], json: bool) -> Result<String, String> {
    let text = String::from_utf8_lossy(bytes);
    let (mut mentions, mut errors) = (Vec::new(), Vec::new());
    for item in parser.read_document_reader(bytes) {
        match item {
            Ok(m) => mentions.push(m),
            Err(e) => errors.push(e),
        }
    }
    // Spans are into the bytes; a lossy copy keeps them wherever the bytes were UTF-8.
    let text_of = |m: &Mention| bytes.get(m.span.clone()).and_then(|b| std::str::from_utf8(b).ok());
    if json {
        let doc = DocumentJson {
            mentions: mentions
                .iter()
                .map(|m| MentionJson { mention: m, text: text_of(m).unwrap_or_default() })
                .collect(),
            errors: errors.iter().map(|e| ErrorJson::new(e, bytes)).collect(),
        };
        return serde_json::to_string(&doc).map_err(|e| e.to_string());
    }
    let mut out = String::new();
    for m in &mentions {
        out.push_str(&format!("{}..{}  {}\n", m.span.start, m.span.end, text_of(m).unwrap_or("")));
        out.push_str(&format!("    value     {}\n", m.value.as_deref().unwrap_or("-")));
        out.push_str(&format!("    anchor    {}\n", anchor(&m.anchor, &text)));
        for a in &m.assumptions {
            out.push_str(&format!("    assumed   {}\n", a.code()));
        }
        for w in &m.warnings {
            out.push_str(&format!("    warning   {}: {w}\n", w.code()));
        }
    }
    for e in &errors {
        out.push_str(&format!("error: {e}\n"));
    }
    Ok(out.trim_end().to_owned())
}

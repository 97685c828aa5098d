//! `convert --document`: standard input read as one document by
//! [`Parser::read_document_reader`], every mention in order with how it was anchored.
//!
//! The JSON is the serde form of [`Mention`] (the one wire shape), with the mention's `text`
//! beside it; errors (invalid dates, bytes that are not UTF-8) carry their message and span.
//! Kept in its own file so that the argument handling of `convert` stays a few lines.

use std::io::Read;

use bangla_date::Error;
use bangla_date::parse::{Anchor, Mention, Parser};
use serde::Serialize;

/// A mention as JSON: its serde form and its text.
#[derive(Serialize)]
struct MentionJson<'a> {
    #[serde(flatten)]
    mention: &'a Mention,
    text: &'a str,
}

/// An error as JSON: its message and byte span.
#[derive(Serialize)]
struct ErrorJson {
    message: String,
    kind: &'static str,
    span: Option<std::ops::Range<usize>>,
}

impl From<&Error> for ErrorJson {
    fn from(e: &Error) -> ErrorJson {
        ErrorJson { message: e.to_string(), kind: e.kind().code(), span: e.span() }
    }
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

/// Read standard input as one document and print it: one JSON object (`{"mentions": […],
/// "errors": […]}`), JSON Lines as each mention is anchored (`stream`: constant memory, no
/// `text`), or text blocks.
pub fn document(parser: &Parser, json: bool, stream: bool) -> Result<String, String> {
    let mut stdin = std::io::stdin().lock();
    if stream {
        let mut out = std::io::stdout().lock();
        for item in parser.read_document_reader(stdin) {
            let line = match &item {
                Ok(m) => serde_json::to_string(m),
                Err(e) => {
                    serde_json::to_string(&serde_json::json!({ "error": ErrorJson::from(e) }))
                }
            };
            let line = line.map_err(|e| e.to_string())?;
            std::io::Write::write_all(&mut out, format!("{line}\n").as_bytes())
                .map_err(|e| e.to_string())?;
        }
        return Ok(String::new());
    }
    let mut bytes = Vec::new();
    stdin.read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&bytes);
    let (mut mentions, mut errors) = (Vec::new(), Vec::new());
    for item in parser.read_document_reader(&bytes[..]) {
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
            errors: errors.iter().map(ErrorJson::from).collect(),
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

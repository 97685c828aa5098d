//! `convert --document`: the whole standard input read as one text by
//! [`Parser::read_document`], every mention in order with how it was anchored.
//!
//! Kept in its own file so that the argument handling of `convert` stays a few lines.

use bangla_date::parse::{Anchor, Document, Mention, Parser};

/// A JSON string literal.
fn js(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn opt(v: Option<String>) -> String {
    v.map_or_else(|| "null".to_owned(), |s| js(&s))
}

/// The anchor as JSON: `{"to": "mention", "rule": "back-reference", "start": …, "end": …,
/// "days": 1}`; in text, a short sentence.
fn anchor(a: &Anchor, text: &str, json: bool) -> String {
    let quote = |r: &core::ops::Range<usize>| text.get(r.clone()).unwrap_or_default().to_owned();
    match (a, json) {
        (Anchor::Written, true) => "{\"to\": \"written\"}".into(),
        (Anchor::Reference, true) => "{\"to\": \"reference\"}".into(),
        (Anchor::Recurring, true) => "{\"to\": \"recurring\"}".into(),
        (Anchor::Story { year, from }, true) => {
            format!(
                "{{\"to\": \"story\", \"year\": {year}, \"start\": {}, \"end\": {}}}",
                from.start, from.end
            )
        }
        (Anchor::Mention { rule, from, days }, true) => format!(
            "{{\"to\": \"mention\", \"rule\": \"{}\", \"start\": {}, \"end\": {}, \"days\": {days}}}",
            rule.code(),
            from.start,
            from.end
        ),
        (_, true) => "{\"to\": \"none\"}".into(),
        (Anchor::Written, false) => "as written".into(),
        (Anchor::Reference, false) => "the reference".into(),
        (Anchor::Recurring, false) => "none: it recurs".into(),
        (Anchor::Story { year, from }, false) => format!("the year {year} of «{}»", quote(from)),
        (Anchor::Mention { rule, from, days }, false) => {
            format!("«{}» {days:+} day(s) ({})", quote(from), rule.code())
        }
        (_, false) => "nothing".into(),
    }
}

fn mention_json(m: &Mention, text: &str) -> String {
    let assumptions: Vec<String> = m.assumptions.iter().map(|a| js(a.code())).collect();
    format!(
        "{{\"start\": {}, \"end\": {}, \"text\": {}, \"kind\": \"{}\", \"value\": {}, \"date\": {}, \"time\": {}, \"datetime\": {}, \"period\": {}, \"role\": \"{}\", \"anchor\": {}, \"assumptions\": [{}]}}",
        m.span.start,
        m.span.end,
        js(m.text(text)),
        m.kind.code(),
        opt(m.timex()),
        opt(m.date.map(|d| d.to_string())),
        opt(m.time.map(|t| t.format("%H:%M:%S").to_string())),
        opt(m.datetime.map(|d| d.to_rfc3339())),
        opt(m.period.map(|p| format!("{p:?}").to_lowercase())),
        m.role.code(),
        anchor(&m.anchor, text, true),
        assumptions.join(", ")
    )
}

/// The document as one JSON object (`{"mentions": […], "errors": […]}`), or as text blocks.
pub fn document(parser: &Parser, text: &str, json: bool) -> String {
    let Document { mentions, errors, .. } = parser.read_document(text);
    if json {
        let ms: Vec<String> = mentions.iter().map(|m| mention_json(m, text)).collect();
        let es: Vec<String> = errors
            .iter()
            .map(|e| {
                let span = e.span().unwrap_or(0..0);
                format!(
                    "{{\"message\": {}, \"start\": {}, \"end\": {}}}",
                    js(&e.to_string()),
                    span.start,
                    span.end
                )
            })
            .collect();
        return format!("{{\"mentions\": [{}], \"errors\": [{}]}}", ms.join(", "), es.join(", "));
    }
    let mut out = String::new();
    for m in &mentions {
        out.push_str(&format!("{}..{}  {}\n", m.span.start, m.span.end, m.text(text)));
        out.push_str(&format!("    value     {}\n", m.timex().unwrap_or_else(|| "-".into())));
        out.push_str(&format!("    anchor    {}\n", anchor(&m.anchor, text, false)));
        for a in &m.assumptions {
            out.push_str(&format!("    assumed   {}\n", a.code()));
        }
    }
    for e in &errors {
        out.push_str(&format!("error: {e}\n"));
    }
    out.trim_end().to_owned()
}

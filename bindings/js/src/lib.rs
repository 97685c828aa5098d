//! The WebAssembly core of the `bangla-dateparser` npm package.
//!
//! Every export takes and returns strings: options arrive as a JSON object, results leave as
//! JSON, and the hand-written JavaScript wrapper (`src/api.js`) turns them into `Match` objects,
//! `Date`s and thrown `BanglaDateError`s. Keeping the boundary to strings keeps the generated glue
//! small and the JS-facing shape in one place that a reader can see whole (`index.d.ts`).
//!
//! Two things are done here rather than in JS because only Rust knows them: spans are turned from
//! UTF-8 byte offsets into UTF-16 indices (what `String.prototype.slice` takes), and a JS `Date`
//! (an instant, passed as epoch milliseconds) is turned into the civil date and time of the
//! text's time zone, which depends on the rule (West Bengal text is in Kolkata time).

use bangla_date::format::{Format, Preset};
use bangla_date::parse::{Match, Parser, Relative, Role, Warning, WrittenDate, YearResolution};
use bangla_date::{BanglaDate, Error, Month, Rule, weekday_bengali};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Timelike, Weekday};
use serde::Deserialize;
use serde_json::{Value, json};
use wasm_bindgen::prelude::wasm_bindgen;

mod utf16;

use utf16::Utf16;

/// The options every text call takes, as the JS wrapper sends them.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Options {
    /// The moment the text was written: local civil time (`2026-01-02` or `2026-01-02T17:41`)
    /// or, when `reference_ms` is set instead, an instant.
    reference: Option<String>,
    reference_ms: Option<f64>,
    prefer: Option<String>,
    rule: Option<String>,
    time_zone: Option<String>,
}

/// An error for the JS side: `kind` names the `ErrorKind` variant in kebab case.
fn error_json(e: &Error, map: &mut Utf16) -> Value {
    let (start, end) = match e.span() {
        Some(span) => (json!(map.index(span.start)), json!(map.index(span.end))),
        None => (Value::Null, Value::Null),
    };
    json!({"error": {"kind": kind_name(e), "message": e.kind().to_string(), "start": start, "end": end}})
}

/// An error about an argument rather than about text (no span).
fn usage_error(kind: &str, message: String) -> Value {
    json!({"error": {"kind": kind, "message": message, "start": null, "end": null}})
}

/// `ErrorKind::InvalidGregorianDate { .. }` → `invalid-gregorian-date`.
///
/// Taken from the variant's `Debug` name so that a variant added to the (non-exhaustive)
/// `ErrorKind` gets its name without a change here; only the name is read, never the fields.
fn kind_name(e: &Error) -> String {
    let debug = format!("{:?}", e.kind());
    let name = debug.split(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or_default();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn parse_offset(s: &str) -> Option<FixedOffset> {
    let secs = match s {
        "Asia/Dhaka" => 6 * 3600,
        "Asia/Kolkata" | "Asia/Calcutta" => 5 * 3600 + 1800,
        "UTC" | "Z" => 0,
        _ => {
            let (sign, rest) = match s.as_bytes().first()? {
                b'+' => (1, &s[1..]),
                b'-' => (-1, &s[1..]),
                _ => return None,
            };
            let (h, m) = rest.split_once(':')?;
            let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
            if h > 23 || m > 59 || rest.len() != 5 {
                return None;
            }
            sign * (h * 3600 + m * 60)
        }
    };
    FixedOffset::east_opt(secs)
}

/// A civil date or date-time written the ISO way, as the JS wrapper passes strings through.
fn parse_civil(s: &str) -> Option<NaiveDateTime> {
    if let Ok(d) = s.parse::<NaiveDate>() {
        return d.and_hms_opt(0, 0, 0);
    }
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
        .into_iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

/// The civil date-time of the instant `ms` (epoch milliseconds) in `offset`.
fn civil_at(ms: f64, offset: FixedOffset) -> Option<NaiveDateTime> {
    if !ms.is_finite() {
        return None;
    }
    Some(DateTime::from_timestamp_millis(ms as i64)?.with_timezone(&offset).naive_local())
}

fn rule_from(name: Option<&str>) -> Result<Option<Rule>, Value> {
    match name {
        None => Ok(None),
        Some(name) => name
            .parse::<Rule>()
            .map(Some)
            .map_err(|e| usage_error("unknown-rule", e.kind().to_string())),
    }
}

/// The zone in which a JS `Date` is read as a civil date for calendar calls: the one asked for,
/// else the rule's own (Kolkata for West Bengal, Dhaka otherwise).
fn zone_for(rule: Rule, time_zone: Option<&str>) -> Result<FixedOffset, Value> {
    match time_zone {
        Some(tz) => parse_offset(tz).ok_or_else(|| bad_zone(tz)),
        None => Ok(Parser::new().rule(rule).effective_offset()),
    }
}

fn bad_zone(tz: &str) -> Value {
    usage_error(
        "invalid-time-zone",
        format!("invalid time zone `{tz}` (expected Asia/Dhaka, Asia/Kolkata, UTC or ±HH:MM)"),
    )
}

fn parser_from(options: &str) -> Result<Parser, Value> {
    let options: Options = if options.is_empty() {
        Options::default()
    } else {
        serde_json::from_str(options)
            .map_err(|e| usage_error("invalid-options", format!("invalid options: {e}")))?
    };
    let mut parser = Parser::new();
    match options.rule.as_deref() {
        Some("infer") => parser = parser.infer_rule(),
        name => {
            if let Some(rule) = rule_from(name)? {
                parser = parser.rule(rule);
            }
        }
    }
    if let Some(tz) = options.time_zone.as_deref() {
        parser = parser.offset(parse_offset(tz).ok_or_else(|| bad_zone(tz))?);
    }
    if let Some(prefer) = options.prefer.as_deref() {
        parser = parser.year_resolution(match prefer {
            "nearest" => YearResolution::Nearest,
            "past" => YearResolution::Past,
            "future" => YearResolution::Future,
            other => {
                return Err(usage_error(
                    "invalid-options",
                    format!("invalid prefer `{other}` (expected nearest, past or future)"),
                ));
            }
        });
    }
    let reference = match (options.reference_ms, options.reference.as_deref()) {
        (Some(ms), _) => Some(civil_at(ms, parser.effective_offset()).ok_or_else(|| {
            usage_error("invalid-options", "invalid reference: the Date is not valid".into())
        })?),
        (None, Some(s)) => Some(parse_civil(s).ok_or_else(|| {
            usage_error(
                "invalid-options",
                format!("invalid reference `{s}` (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])"),
            )
        })?),
        (None, None) => None,
    };
    if let Some(reference) = reference {
        parser = parser.reference(reference);
    }
    Ok(parser)
}

fn weekday_index(w: Weekday) -> u32 {
    // JS counts like Date.prototype.getDay: Sunday is 0.
    w.num_days_from_sunday()
}

fn written_json(w: &WrittenDate) -> Value {
    json!({"year": w.year, "month": w.month, "day": w.day})
}

fn span_json(span: Option<&core::ops::Range<usize>>, map: &mut Utf16) -> (Value, Value) {
    match span {
        Some(s) => (json!(map.index(s.start)), json!(map.index(s.end))),
        None => (Value::Null, Value::Null),
    }
}

fn warning_span(w: &Warning) -> Option<&core::ops::Range<usize>> {
    match w {
        Warning::WeekdayMismatch { span, .. }
        | Warning::WeekdaySpelling { span, .. }
        | Warning::BanglaOtherRule { span, .. }
        | Warning::BanglaMismatch { span }
        | Warning::MixedDigits { span }
        | Warning::MeridiemUnknown { span }
        | Warning::RelativeMismatch { span, .. }
        | Warning::PeriodMismatch { span, .. }
        | Warning::OtherTimeZone { span }
        | Warning::MidnightAmbiguous { span }
        | Warning::SakaByYear { span }
        | Warning::CalendarMismatch { span, .. }
        | Warning::BanglaRuleFromEvidence { span, .. }
        | Warning::EraMismatch { span }
        | Warning::AlmanacDay { span }
        | Warning::EndOfDay { span } => Some(span),
        _ => None,
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::RangeStart => "range-start",
        Role::RangeEnd => "range-end",
        Role::ListItem => "list-item",
        Role::From => "from",
        Role::Until => "until",
        _ => "single",
    }
}

fn relative_json(r: Relative) -> Value {
    match r {
        Relative::Day { offset } => json!({"kind": "day", "days": offset}),
        Relative::Weekday { direction, weekday } => {
            json!({"kind": "weekday", "direction": direction, "weekday": weekday_index(weekday)})
        }
        Relative::Offset { amount, unit } => {
            json!({"kind": "offset", "amount": amount, "unit": format!("{unit:?}").to_ascii_lowercase()})
        }
        _ => Value::Null,
    }
}

fn match_json(m: &Match, text: &str, parser: &Parser, map: &mut Utf16) -> Value {
    let start = map.index(m.span.start);
    let end = map.index(m.span.end);
    // A date without a time is read as the start of that day in the text's zone.
    let offset = match (m.datetime, m.bangla.and_then(|b| b.rule)) {
        (Some(dt), _) => *dt.offset(),
        (None, Some(rule)) if rule.is_west_bengal() => Parser::new().rule(rule).effective_offset(),
        _ => parser.effective_offset(),
    };
    let (iso, instant_ms) = match (m.datetime, m.date) {
        (Some(dt), _) => (json!(dt.to_rfc3339()), json!(dt.timestamp_millis())),
        (None, Some(d)) => {
            let midnight =
                d.and_hms_opt(0, 0, 0).and_then(|t| t.and_local_timezone(offset).single());
            (json!(d.to_string()), json!(midnight.map(|t| t.timestamp_millis())))
        }
        _ => (Value::Null, Value::Null),
    };
    let warnings: Vec<Value> = m
        .warnings
        .iter()
        .map(|w| {
            let (start, end) = span_json(warning_span(w), map);
            json!({"code": w.code(), "message": w.to_string(), "start": start, "end": end})
        })
        .collect();
    json!({"match": {
        "start": start,
        "end": end,
        "text": m.text(text),
        "iso": iso,
        "instantMs": instant_ms,
        "offset": offset.to_string(),
        "year": m.year,
        "month": m.month,
        "day": m.day,
        "time": m.time.map(|t| json!({"hour": t.hour(), "minute": t.minute(), "second": t.second()})),
        "weekday": m.weekday.map(weekday_index),
        "weekdayName": m.weekday.map(weekday_bengali),
        "period": m.period.map(|p| p.bengali()),
        "bangla": m.bangla.map(|b| json!({
            "year": b.year, "month": b.month.number(), "day": b.day,
            "monthName": b.month.bengali(), "rule": b.rule.map(Rule::name),
        })),
        "hijri": m.hijri.as_ref().map(written_json),
        "saka": m.saka.as_ref().map(written_json),
        "relative": m.relative.map(relative_json),
        "role": role_name(m.role),
        "approximate": m.approximate,
        "approximateDate": m.approximate_date.map(|d| d.to_string()),
        "warnings": warnings,
    }})
}

/// Read `text` as one date/time expression. Returns `{"match": …}` or `{"error": …}`.
#[wasm_bindgen]
pub fn parse(text: &str, options: &str) -> String {
    let parser = match parser_from(options) {
        Ok(p) => p,
        Err(e) => return e.to_string(),
    };
    let mut map = Utf16::new(text);
    match parser.parse(text) {
        Ok(m) => match_json(&m, text, &parser, &mut map),
        Err(e) => error_json(&e, &mut map),
    }
    .to_string()
}

/// Every expression in `text`: a JSON array of `{"match": …}` and `{"error": …}` in text order,
/// or one `{"error": …}` object when the options are invalid.
#[wasm_bindgen]
pub fn extract(text: &str, options: &str) -> String {
    let parser = match parser_from(options) {
        Ok(p) => p,
        Err(e) => return e.to_string(),
    };
    let mut map = Utf16::new(text);
    let items: Vec<Value> = parser
        .extract(text)
        .map(|item| match item {
            Ok(m) => match_json(&m, text, &parser, &mut map),
            Err(e) => error_json(&e, &mut map),
        })
        .collect();
    Value::Array(items).to_string()
}

fn bangla_json(date: BanglaDate) -> Value {
    let g = date.to_gregorian();
    json!({"bangla": {
        "year": date.year(),
        "month": date.month().number(),
        "day": date.day(),
        "monthName": date.month().bengali(),
        "monthNameLatin": date.month().roman(),
        "weekday": weekday_index(date.weekday()),
        "weekdayName": weekday_bengali(date.weekday()),
        "season": date.season().bengali(),
        "seasonLatin": date.season().roman(),
        "rule": date.rule().name(),
        "gregorian": g.to_string(),
        "text": date.to_string(),
    }})
}

/// The civil date a JS value names: an ISO date string as written, or an instant (`ms`) read in
/// the zone of `rule` (or `time_zone`).
fn civil_from(iso: &str, ms: f64, rule: Rule, time_zone: &str) -> Result<NaiveDateTime, Value> {
    if !iso.is_empty() {
        return parse_civil(iso.trim()).ok_or_else(|| {
            usage_error(
                "invalid-date",
                format!("invalid date `{iso}` (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])"),
            )
        });
    }
    let tz = if time_zone.is_empty() { None } else { Some(time_zone) };
    let offset = zone_for(rule, tz)?;
    civil_at(ms, offset)
        .ok_or_else(|| usage_error("invalid-date", "the Date is not valid".to_owned()))
}

fn rule_or_default(rule: &str) -> Result<Rule, Value> {
    Ok(rule_from(if rule.is_empty() { None } else { Some(rule) })?.unwrap_or_default())
}

/// The Bangabda date of a Gregorian day: `iso` (`YYYY-MM-DD`), or when empty the instant `ms`
/// read in `time_zone` (empty: the rule's zone).
#[wasm_bindgen(js_name = toBangla)]
pub fn to_bangla(iso: &str, ms: f64, rule: &str, time_zone: &str) -> String {
    let run = || -> Result<Value, Value> {
        let rule = rule_or_default(rule)?;
        let civil = civil_from(iso, ms, rule, time_zone)?;
        BanglaDate::from_gregorian(civil.date(), rule)
            .map(bangla_json)
            .map_err(|e| error_json(&e, &mut Utf16::new("")))
    };
    run().unwrap_or_else(|e| e).to_string()
}

fn month_from(month: &str) -> Result<Month, Value> {
    let t = month.trim();
    if let Ok(n) = t.parse::<i64>() {
        return Month::from_number(n).map_err(|e| error_json(&e, &mut Utf16::new("")));
    }
    Month::ALL
        .into_iter()
        .find(|m| m.bengali() == t || m.roman().eq_ignore_ascii_case(t))
        .ok_or_else(|| {
            usage_error(
                "unknown-month",
                format!("unknown Bangabda month `{t}` (expected 1..=12, a Bengali or Latin name)"),
            )
        })
}

/// The Gregorian day of a Bangabda date; `month` is a number or a month name.
#[wasm_bindgen(js_name = toGregorian)]
pub fn to_gregorian(year: f64, month: &str, day: f64, rule: &str) -> String {
    let run = || -> Result<Value, Value> {
        let rule = rule_or_default(rule)?;
        let month = month_from(month)?;
        if !(year.is_finite() && day.is_finite()) || year.fract() != 0.0 || day.fract() != 0.0 {
            return Err(usage_error("invalid-date", "year and day must be integers".to_owned()));
        }
        let date = BanglaDate::from_parts(year as i64, month, day as i64, rule)
            .map_err(|e| error_json(&e, &mut Utf16::new("")))?;
        let g = date.to_gregorian();
        Ok(json!({"gregorian": {
            "year": g.year(), "month": g.month(), "day": g.day(),
            "weekday": weekday_index(g.weekday()), "iso": g.to_string(),
        }}))
    };
    run().unwrap_or_else(|e| e).to_string()
}

/// Print a date or date-time in Bengali with a preset (`header`, `byline`, `dateline`, `bangla`)
/// or a pattern. `iso` is a civil date or date-time; when empty, the instant `ms` is read in
/// `time_zone` (empty: the rule's zone) and printed with its time.
#[wasm_bindgen]
pub fn format(iso: &str, ms: f64, pattern: &str, rule: &str, time_zone: &str) -> String {
    let run = || -> Result<Value, Value> {
        let rule = rule_or_default(rule)?;
        let format = match Preset::ALL.into_iter().find(|p| p.name() == pattern) {
            Some(preset) => preset.format(),
            None => Format::parse(pattern).map_err(|e| error_json(&e, &mut Utf16::new(pattern)))?,
        }
        .rule(rule);
        let civil = civil_from(iso, ms, rule, time_zone)?;
        let date_only = !iso.is_empty() && iso.trim().len() <= 10;
        let out = if date_only { format.format(civil.date()) } else { format.format(civil) };
        out.map(|s| json!({"text": s})).map_err(|e| error_json(&e, &mut Utf16::new("")))
    };
    run().unwrap_or_else(|e| e).to_string()
}

/// The rule names, in the library's order, and the default one.
#[wasm_bindgen]
pub fn rules() -> String {
    json!({"names": Rule::NAMES, "default": Rule::default().name()}).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_are_kebab_case_variant_names() {
        let err = Parser::new().parse("৩০ ফেব্রুয়ারি ২০২৬").unwrap_err();
        assert_eq!(kind_name(&err), "invalid-gregorian-date");
        let err = Parser::new().parse("").unwrap_err();
        assert_eq!(kind_name(&err), "empty");
    }

    #[test]
    fn offsets_read_as_the_convert_example_does() {
        assert_eq!(parse_offset("+05:30"), FixedOffset::east_opt(19800));
        assert_eq!(parse_offset("Asia/Dhaka"), FixedOffset::east_opt(21600));
        assert_eq!(parse_offset("-03:00"), FixedOffset::west_opt(10800));
        assert_eq!(parse_offset("+5:30"), None);
        assert_eq!(parse_offset("+24:00"), None);
        assert_eq!(parse_offset("Europe/Paris"), None);
    }
}

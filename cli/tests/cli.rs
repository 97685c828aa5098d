//! The installed command as a user runs it: exit statuses, standard output and standard error.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bangla-date"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap()
}

#[test]
fn version() {
    let out = run(&["--version"], b"");
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), format!("bangla-date {}\n", env!("CARGO_PKG_VERSION")));
    assert_eq!(text(&run(&["-V"], b"").stdout), text(&out.stdout));
}

#[test]
fn usage_errors_are_one_line_and_exit_2() {
    for args in [&["--bogus"][..], &[], &["--rule"], &["a", "b"], &["--years", "soon", "x"]] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let err = text(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("bangla-date: ") && err.contains("see `bangla-date --help`"));
    }
    let help = run(&["--help"], b"");
    assert!(help.status.success());
    assert!(text(&help.stdout).contains("bangla-date --to-bangla DATE"));
    assert!(!text(&help.stdout).contains("PROG"));
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;
    let out = Command::new(env!("CARGO_BIN_EXE_bangla-date"))
        .arg(std::ffi::OsStr::from_bytes(b"\xff"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr).lines().count(), 1);
}

#[test]
fn relative_text_without_a_reference_gets_a_hint() {
    let out = run(&["গতকাল বিকেলে"], b"");
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("col 1-12  গতকাল বিকেলে\n"), "{stdout}");
    assert!(stdout.contains("relative  day -1 (no --reference: not resolved)"));
    let err = text(&out.stderr);
    assert!(err.starts_with("bangla-date: hint: `গতকাল বিকেলে` is relative"), "{err}");
    assert!(err.contains("--reference YYYY-MM-DD"));

    let out = run(&["গতকাল বিকেলে", "--reference", "2026-01-02T09:00"], b"");
    assert!(text(&out.stdout).contains("date      2026-01-01"), "{}", text(&out.stdout));
    assert!(out.stderr.is_empty());
}

/// `--reference YYYY-MM`: a page known to its month. A yearless date takes the month's year;
/// a day counted from the unknown day of writing is a guess, and says so.
#[test]
fn a_reference_known_to_its_month() {
    let out = run(&["১১ ডিসেম্বর ম্যাচ", "--reference", "2019-11", "--json"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(r#""date":"2019-12-11""#), "{}", text(&out.stdout));
    let out = run(&["গতকাল বিকেলে", "--reference", "২০১৯-১১", "--json"], b"");
    let stdout = text(&out.stdout);
    assert!(stdout.contains(r#""kind":"date-from-reference""#), "{stdout}");
    let out = run(&["গতকাল", "--reference", "2019-13"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn yearless_dates_get_a_hint_in_every_mode() {
    let out = run(&["--json", "২৮ ডিসেম্বর"], b"");
    assert!(text(&out.stderr).contains("`২৮ ডিসেম্বর` has no year"), "{}", text(&out.stderr));
    let out = run(&["--json"], "ক\n২৮ ডিসেম্বর ও ৩ জানুয়ারি\nআজ\n".as_bytes());
    assert_eq!(text(&out.stdout).lines().count(), 3);
    let err = text(&out.stderr);
    assert!(err.contains("`২৮ ডিসেম্বর` has no year (2 more like it)"), "{err}");
    let out = run(&["--json", "--stream"], "খবর: ২৮ ডিসেম্বর".as_bytes());
    assert!(text(&out.stderr).contains("`২৮ ডিসেম্বর` has no year"), "{}", text(&out.stderr));
    let out = run(&["--document"], "গতকাল সভা হয়।".as_bytes());
    assert!(text(&out.stderr).contains("`গতকাল` is relative"), "{}", text(&out.stderr));
    // Nothing to resolve: no hint.
    let out = run(&["২৮ ডিসেম্বর ২০২৫"], b"");
    assert!(out.stderr.is_empty());
}

#[test]
fn errors_give_columns_to_people() {
    let out = run(&["সভা ৩২ জানুয়ারি হবে"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "bangla-date: col 5-16 `৩২ জানুয়ারি`: day 32 is out of range for January (expected 1..=31)\n"
    );
    let out = run(&["প্রথম লাইন\nসভা ৩২ জানুয়ারি"], b"");
    assert!(text(&out.stderr).starts_with("bangla-date: line 2, col 5-16 `৩২ জানুয়ারি`: day 32"));
    let out = run(&["--to-gregorian", "৩৩ পৌষ ১৪৩২"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("bangla-date: col 1-"), "{}", text(&out.stderr));
}

/// The characters of `s` from `start` to `end` (character indices, as in `char_span`).
fn chars(s: &str, span: &serde_json::Value) -> String {
    let (start, end) = (span["start"].as_u64().unwrap(), span["end"].as_u64().unwrap());
    s.chars().skip(start as usize).take((end - start) as usize).collect()
}

#[test]
fn json_errors_carry_byte_and_character_spans() {
    let input = "সভা ৩২ জানুয়ারি হবে";
    let out = run(&["--json", input], b"");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let error = &v["error"];
    let (start, end) =
        (error["span"]["start"].as_u64().unwrap(), error["span"]["end"].as_u64().unwrap());
    assert_eq!(&input[start as usize..end as usize], "৩২ জানুয়ারি");
    assert_eq!(error["char_span"], serde_json::json!({"start": 4, "end": 16}));
    assert_eq!(chars(input, &error["char_span"]), "৩২ জানুয়ারি");
    assert_eq!(error["kind"], "day-out-of-range");
    assert_eq!(error["message"], "day 32 is out of range for January (expected 1..=31)");
    // Matches stay the library's serde form: a byte span and no other.
    let out = run(&["--json", "প্রকাশ: ২৮ ডিসেম্বর ২০২৫"], b"");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["matches"][0]["span"], serde_json::json!({"start": 0, "end": 64}));
    assert!(v["matches"][0].get("char_span").is_none());
}

#[test]
fn stream_errors_count_characters_over_the_whole_stream() {
    // Two lines, a byte that is not UTF-8 (one character), then an invalid date.
    let mut bytes = "প্রকাশ: ২৮ ডিসেম্বর ২০২৫\n\n২৩ জানুয়ারি ২০২৬ ".as_bytes().to_vec();
    bytes.push(0xff);
    bytes.extend_from_slice(" ৩২ জানুয়ারি".as_bytes());
    let out = run(&["--json", "--stream"], &bytes);
    let lines: Vec<serde_json::Value> =
        text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[2]["error"]["span"], serde_json::json!({"start": 114, "end": 115}));
    assert_eq!(lines[2]["error"]["char_span"], serde_json::json!({"start": 44, "end": 45}));
    let lossy = String::from_utf8_lossy(&bytes); // U+FFFD: one character for the byte, too
    assert_eq!(chars(&lossy, &lines[3]["error"]["char_span"]), "৩২ জানুয়ারি");
}

#[test]
fn batch_lines_that_are_not_utf8_count_bytes_as_characters() {
    let out = run(&["--json"], b"\xff\xfe \xe0\xa7\xa9\xe0\xa7\xa8 \xe0\xa6\x9c\xe0\xa6\xbe\xe0\xa6\xa8\xe0\xa7\x81\xe0\xa6\xaf\xe0\xa6\xbc\xe0\xa6\xbe\xe0\xa6\xb0\xe0\xa6\xbf\n");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The first error is the bad bytes: the first byte is character 0.
    assert_eq!(v["error"]["char_span"], serde_json::json!({"start": 0, "end": 1}));
}

#[test]
fn conversions_and_formats_work_as_before() {
    let out = run(&["--to-bangla", "2026-01-02", "--rule=bd2019"], b"");
    assert_eq!(text(&out.stdout), "১৮ পৌষ ১৪৩২ বঙ্গাব্দ\n");
    let out = run(&["--to-gregorian", "১৯ পৌষ ১৪৩২", "--rule", "bd1987"], b"");
    assert_eq!(text(&out.stdout), "2026-01-02\n");
    let out = run(&["--format", "header", "2026-01-02T17:41", "--rule=bd2019"], b"");
    assert_eq!(text(&out.stdout), "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারি ২০২৬, ১৮ পৌষ ১৪৩২ বঙ্গাব্দ\n");
    let out = run(&["--count", "--stream"], "২৮ ডিসেম্বর ২০২৫, ২৯ ডিসেম্বর ২০২৫".as_bytes());
    assert_eq!(text(&out.stdout), "2\n");
}

#[test]
fn any_iana_zone_is_accepted() {
    let out = run(&["--tz", "America/New_York", "২৮ ডিসেম্বর ২০২৫ রাত ৯টা"], b"");
    assert!(
        text(&out.stdout).contains("datetime  2025-12-28T21:00:00-05:00"),
        "{}",
        text(&out.stdout)
    );
}

/// `--document --stream` prints, one line each, what `--document --json` prints in one object:
/// the same mentions with their text, and the same errors with their places.
#[test]
fn document_stream_gives_the_whole_documents_mentions_one_per_line() {
    let input = "বুধবার (১২ জুন) সকালে মিছিল হয়।\n\nপরদিন সন্ধ্যা ৭টায় সমাবেশ। ৩২ জুন \u{1}";
    let mut bytes = input.as_bytes().to_vec();
    bytes.push(0xFF);
    let args = ["--document", "--json", "--reference", "2024-06-14T09:00"];
    let whole = run(&args, &bytes);
    assert!(whole.status.success());
    let whole: serde_json::Value = serde_json::from_slice(&whole.stdout).unwrap();
    let streamed = run(&[&args[..], &["--stream"]].concat(), &bytes);
    assert!(streamed.status.success());
    let lines: Vec<serde_json::Value> =
        text(&streamed.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let (errors, mentions): (Vec<_>, Vec<_>) =
        lines.into_iter().partition(|l| l.get("error").is_some());
    assert_eq!(serde_json::Value::Array(mentions.clone()), whole["mentions"]);
    let errors: Vec<_> = errors.into_iter().map(|e| e["error"].clone()).collect();
    assert_eq!(serde_json::Value::Array(errors), whole["errors"]);
    assert_eq!(mentions[1]["text"], "পরদিন সন্ধ্যা ৭টায়");
    assert_eq!(mentions[1]["value"], "2024-06-13T19:00");
    // Errors are the serde form of the library's Error (the place in `span`, not in the
    // message), with the place in characters too.
    let at = input.len();
    assert_eq!(
        whole["errors"][1],
        serde_json::json!({
            "kind": "invalid-utf8",
            "message": "the input is not valid UTF-8",
            "span": {"start": at, "end": at + 1},
            "char_span": {"start": input.chars().count(), "end": input.chars().count() + 1},
        })
    );
}

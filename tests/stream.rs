//! Extraction from a stream read in pieces gives the matches of the whole text: same values, same
//! spans (byte offsets into the whole stream), same order, wherever the pieces are cut, even
//! inside a character.

use std::io::{self, Read};

use bangla_date::parse::{Match, Parser};
use bangla_date::{Error, ErrorKind};
use chrono::NaiveDate;
use proptest::prelude::*;

/// A reader that hands out `bytes` in pieces of the given lengths (the last piece repeats).
struct Pieces<'a> {
    bytes: &'a [u8],
    lengths: Vec<usize>,
    next: usize,
}

impl Read for Pieces<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let want = self.lengths.get(self.next).or(self.lengths.last()).copied().unwrap_or(1);
        self.next += 1;
        let n = want.max(1).min(buf.len()).min(self.bytes.len());
        let (now, later) = self.bytes.split_at(n);
        buf[..n].copy_from_slice(now);
        self.bytes = later;
        Ok(n)
    }
}

fn read_in_pieces(parser: &Parser, text: &[u8], lengths: Vec<usize>) -> Vec<Result<Match, Error>> {
    parser.extract_reader(Pieces { bytes: text, lengths, next: 0 }).collect()
}

/// Fragments of real date phrases and the prose around them, to build texts from.
const FRAGMENTS: &[&str] = &[
    "প্রকাশ: ",
    "২৮ ডিসেম্বর ২০২৫",
    " | ",
    "২৩:২৯",
    "০৫:৪১ অপরাহ্ন, শুক্রবার, ",
    "০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ",
    "রোববার (২৮ ডিসেম্বর) রাত ১০টার দিকে",
    "২২শে জানুয়ারি থেকে ১০ই ফেব্রুয়ারি",
    " সকাল সাড়ে ৭টা পর্যন্ত",
    "১২ রবিউল আউয়াল ১৪৪৭",
    "৩২ জানুয়ারি",
    "১০ঃ৩০",
    "রো\u{09C7}\u{09BE}ববার",
    "আজ",
    "গতকাল",
    "এবার প্রথমবার পরিবার ",
    "রাজধানীর বিভিন্ন এলাকায় যানজট",
    "January 2, 2026",
    "28-12-2025",
    "১২৩৪৫৬৭৮৯০১২৩৪৫৬৭৮৯০১২",
    ", ",
    " ",
    "\n",
    "\u{200C}",
    "।",
    // A place before a lone Bangabda date tells its rule (West Bengal's, or none with Dhaka).
    "বীরভূম, ",
    "ঢাকা ",
    "২৫ বৈশাখ ছিল",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..12).prop_map(|v| v.concat())
}

fn parser() -> Parser {
    let reference = NaiveDate::from_ymd_opt(2025, 12, 30).unwrap().and_hms_opt(9, 0, 0).unwrap();
    Parser::new().reference(reference)
}

proptest! {
    #[test]
    fn two_pieces_give_the_whole_texts_matches_at_every_split(text in text()) {
        let parser = parser();
        let whole: Vec<_> = parser.extract(&text).collect();
        for split in 0..=text.len() {
            let read = read_in_pieces(&parser, text.as_bytes(), vec![split, text.len()]);
            prop_assert_eq!(&read, &whole, "split at byte {}", split);
        }
    }

    #[test]
    fn many_small_pieces_give_the_whole_texts_matches(
        text in text(), lengths in prop::collection::vec(1usize..8, 1..20)
    ) {
        let parser = parser();
        let whole: Vec<_> = parser.extract(&text).collect();
        prop_assert_eq!(read_in_pieces(&parser, text.as_bytes(), lengths), whole);
    }
}

/// Texts longer than the reader's buffer and the token window: the text read so far is dropped
/// from the front as the search moves on, and the spans still count from the stream's start.
#[test]
fn long_streams_keep_offsets_into_the_whole_stream() {
    let parser = parser();
    let unit = "রাজধানীর বিভিন্ন এলাকায় যানজট কমাতে নতুন পরিকল্পনা। প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ২৩:২৯\n";
    let text = unit.repeat(3000); // about 450 KB
    let whole: Vec<_> = parser.extract(&text).collect();
    assert_eq!(whole.len(), 3000);
    for lengths in [vec![1 << 16], vec![7], vec![4096, 1, 3]] {
        let read = read_in_pieces(&parser, text.as_bytes(), lengths);
        assert_eq!(read, whole);
    }
    let last = whole.last().unwrap().as_ref().unwrap();
    assert_eq!(last.text(&text), "প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ২৩:২৯");
}

/// A place named before a lone Bangabda date in its paragraph is read the same whatever the
/// stream dropped behind its window: the bytes searched for it stay.
#[test]
fn a_place_far_behind_in_a_long_stream_is_read_as_in_the_whole_text() {
    let parser = parser();
    let filler = "রাজধানীর বিভিন্ন এলাকায় যানজট কমাতে নতুন পরিকল্পনা। ";
    let lead = filler.repeat(2000);
    // 1,300 bytes or so between the place and the date: within the search's reach.
    let near = format!("{lead}বীরভূম, {} ২৫ বৈশাখ ছিল কবির জন্মদিন।", filler.repeat(9));
    // Far more than the reach: the place tells nothing.
    let far = format!("{lead}বীরভূম, {} ২৫ বৈশাখ ছিল কবির জন্মদিন।", filler.repeat(40));
    for (text, rule) in [(&near, "wb-ss"), (&far, "bd2019")] {
        let whole: Vec<_> = parser.extract(text).collect();
        let last = whole.last().unwrap().as_ref().unwrap();
        assert_eq!(last.bangla.as_ref().and_then(|b| b.rule).map(|r| r.name()), Some(rule));
        for lengths in [vec![1 << 16], vec![7], vec![4096, 1, 3]] {
            assert_eq!(read_in_pieces(&parser, text.as_bytes(), lengths), whole);
        }
    }
}

#[test]
fn invalid_utf8_is_reported_at_its_offset_and_reading_goes_on() {
    let parser = Parser::new();
    let date = "২৮ ডিসেম্বর ২০২৫";
    // A lone continuation byte, then a truncated Bengali letter at the very end.
    let bytes = [date.as_bytes(), b" \x80 ", date.as_bytes(), &[0xE0, 0xA6]].concat();
    let at = date.len() + 1;
    let end = bytes.len();
    for lengths in [vec![1 << 16], vec![1], vec![at, 1]] {
        let items = read_in_pieces(&parser, &bytes, lengths);
        let spans: Vec<_> = items
            .iter()
            .map(|i| match i {
                Ok(m) => (None, m.span.clone()),
                Err(e) => (Some(e.kind().clone()), e.span().unwrap()),
            })
            .collect();
        assert_eq!(
            spans,
            [
                (None, 0..date.len()),
                (Some(ErrorKind::InvalidUtf8), at..at + 1),
                (None, at + 2..at + 2 + date.len()),
                (Some(ErrorKind::InvalidUtf8), end - 2..end),
            ]
        );
    }
}

#[test]
fn invalid_utf8_after_text_without_dates_ends_the_stream_cleanly() {
    let prose = "রাজধানীর বিভিন্ন এলাকায় যানজট কমাতে নতুন পরিকল্পনা নিয়েছে। ".repeat(2000);
    for bytes in [b"\xff not UTF-8".to_vec(), [prose.as_bytes(), b"\xff"].concat()] {
        let mut items = Parser::new().extract_reader(&bytes[..]);
        let err = items.next().unwrap().unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::InvalidUtf8);
        let at = bytes.iter().position(|&b| b == 0xFF).unwrap();
        assert_eq!(err.span(), Some(at..at + 1));
        assert!(items.next().is_none());
        assert!(items.next().is_none());
    }
}

/// A reader that fails after handing out its bytes.
struct FailsAfter<'a>(&'a [u8]);

impl Read for FailsAfter<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.0.is_empty() {
            return Err(io::Error::new(io::ErrorKind::ConnectionReset, "gone"));
        }
        let n = buf.len().min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn a_read_error_ends_the_stream_with_an_io_error() {
    let text = "২৮ ডিসেম্বর ২০২৫ এবং তারপর";
    let items: Vec<_> = Parser::new().extract_reader(FailsAfter(text.as_bytes())).collect();
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(items[0].as_ref().unwrap().date, NaiveDate::from_ymd_opt(2025, 12, 28));
    let err = items[1].as_ref().unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Io { kind: io::ErrorKind::ConnectionReset, .. }));
    assert_eq!(err.span(), Some(text.len()..text.len()));
}

/// An endless stream: the first matches come without reading to the end.
#[test]
fn matches_come_before_the_end_of_an_endless_stream() {
    let unit = "২৮ ডিসেম্বর ২০২৫ তারিখে বৈঠক হয়। ";
    struct Endless(&'static [u8], usize);
    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(self.0.len() - self.1);
            buf[..n].copy_from_slice(&self.0[self.1..self.1 + n]);
            self.1 = (self.1 + n) % self.0.len();
            Ok(n)
        }
    }
    let first: Vec<_> = Parser::new().extract_reader(Endless(unit.as_bytes(), 0)).take(3).collect();
    let starts: Vec<_> = first.iter().map(|m| m.as_ref().unwrap().span.start).collect();
    assert_eq!(starts, [0, unit.len(), 2 * unit.len()]);
}

/// A run of digits or letters far longer than any date part is cut into tokens of bounded
/// length at the same places however the stream is split, so a stream of one enormous "word"
/// is read in bounded memory and gives the matches of the whole string.
#[test]
fn an_enormous_token_reads_the_same_in_any_pieces() {
    let parser = Parser::new();
    let long_digits = "২".repeat(5_000);
    let long_word = "ক".repeat(5_000);
    let text =
        format!("২৮ ডিসেম্বর ২০২৫ {long_digits} ২৩ জানুয়ারি {long_word} ১ মে ২০২৬ {long_digits}");
    let whole: Vec<_> = parser.extract(&text).collect();
    assert_eq!(whole.iter().filter(|m| m.is_ok()).count(), 3, "{whole:?}");
    for piece in [1, 7, 64, 1000, 4096] {
        let read = read_in_pieces(&parser, text.as_bytes(), vec![piece]);
        assert_eq!(read, whole, "pieces of {piece} bytes");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Document mode read from a stream cut anywhere gives exactly the mentions of the whole
    /// string read at once (and never panics).
    #[test]
    fn a_document_read_in_pieces_is_the_whole_document(
        parts in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..40),
        extra in proptest::collection::vec(proptest::sample::select(&[
            "। পরদিন সকালে ", "সেদিন রাতে ", "২০১৯ সালের ", "তিন দিন ", "প্রতি শুক্রবার ",
            "গত বছর ", "১৯৮০-এর দশকে ", "হবে। ", "হয়েছিল। ", "\n\n",
        ][..]), 0..10),
        lengths in proptest::collection::vec(1usize..200, 1..8),
        with_reference in proptest::bool::ANY,
    ) {
        let mut text = parts.concat();
        for (k, e) in extra.iter().enumerate() {
            let at = (k * 97) % (text.len() + 1);
            let at = (0..=at).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            text.insert_str(at, e);
        }
        let mut parser = Parser::new();
        if with_reference {
            let r = NaiveDate::from_ymd_opt(2025, 12, 30).unwrap().and_hms_opt(9, 0, 0).unwrap();
            parser = parser.reference(r);
        }
        let whole = parser.read_document(&text);
        let read: Vec<_> = parser
            .read_document_reader(Pieces { bytes: text.as_bytes(), lengths, next: 0 })
            .collect();
        let mentions: Vec<_> = read.iter().filter_map(|r| r.as_ref().ok().cloned()).collect();
        prop_assert_eq!(mentions, whole.mentions);
    }
}

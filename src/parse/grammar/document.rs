//! The recognisers only a document runs ([`Grammar::document`]): what a whole text says about
//! time besides date and time expressions. Back-references to a day (`পরদিন`, `এ দিন`, `তার দুই
//! দিন পর`), durations (`তিন দিন`, `৭২ ঘণ্টা`), recurrences (`প্রতি শুক্রবার`, `প্রতিমাসের দ্বিতীয়
//! শনিবার`), years named alone (`২০১৯ সালের`, `২০২৩-২৪ শিক্ষাবর্ষে`, `১৯৭১-এ`, `(১৯৪৭)`), months
//! named alone (`জানুয়ারি মাস`), periods counted from the reference (`গত বছর`, `আগামী মাসে`, `গত
//! মাসের ১৫ তারিখে`) or from the story (`সে বছর`, `পরের বছর`), the head of a list of days (`২` in
//! `২, ৩ ও ৪ মার্চ`) and year-first dates with a month name (`২০২৪ মার্চ ০৮`).
//!
//! They read the same tokens and words as the expression recognisers, and run where those find
//! nothing; what they find joins the chain as a [`Part::Doc`] or [`Part::Back`], so that a
//! document's mentions are chains of the one grammar.

use chrono::Weekday;

use super::{DocPart, Found, Grammar, GregParts, Part};
use crate::parse::document::{Duration, Recurrence};
use crate::parse::lexer::Kind;
use crate::parse::words::{Era, Unit, Word};

/// Years a number may name when it stands alone: a wider range would take counts for years.
const PLAUSIBLE_YEARS: core::ops::RangeInclusive<u64> = 1000..=2200;

/// Years a bare number names where nothing counted follows it.
const BARE_YEARS: core::ops::RangeInclusive<i32> = 1900..=2099;

/// How many bytes before a token [`Grammar::text_before`] reads: a few words.
const TEXT_BEFORE: usize = 64;

/// Nouns of what happens in a year, after which a bare year is that year (`১৯৬০ জন্ম`, `১৯৬৯
/// গণ-অভ্যুত্থান`, `১৯৯৮ বন্যা`): none counts things (not জন, people).
const YEAR_EVENT_NOUNS: &[&str] =
    &["জন্ম", "মৃত্যু", "গণ-অভ্যুত্থান", "গণঅভ্যুত্থান", "গণ-আন্দোলন", "নির্বাচন", "বন্যা", "দুর্ভিক্ষ"];

/// The names of competitions a year before them is the edition of (`২০১২ লন্ডন অলিম্পিকে`,
/// `২০০৮ বিশ্ব জুনিয়র অ্যাথলেটিকস`, `২০১২ আফ্রিকান চ্যাম্পিয়নশিপে`), within three words.
const COMPETITION_NOUNS: &[&str] = &[
    "অলিম্পিক",
    "চ্যাম্পিয়নশিপ",
    "চ্যাম্পিয়নশিপ",
    "অ্যাথলেটিকস",
    "গেমস",
    "টুর্নামেন্ট",
    "বিশ্বকাপ",
    "এশিয়াড",
    "এশিয়াড",
];

/// Years a bare number names only with a clear sign (a case ending, parentheses, English words
/// around it).
const MODERN_YEARS: core::ops::RangeInclusive<i32> = 1800..=2100;

/// The stems of what a number counts or measures, whose genitive after a number is its count's
/// (`২০০০ টাকার নোট`, `১৯৫০ জনের`, `২০৪৫ মিটারের`), not a year's.
#[rustfmt::skip]
const COUNTED_GENITIVES: &[&str] = &[
    "জন", "টাকা", "টি", "টা", "ডলার", "রুপি", "রুপী", "ইউরো", "পাউন্ড", "বার", "কোটি", "লাখ",
    "লক্ষ", "হাজার", "শত", "মিটার", "কিলো", "ফুট", "গজ", "মাইল", "আসন", "ভোট", "নম্বর",
    "পৃষ্ঠা", "টন", "কেজি", "গ্রাম", "লিটার", "একর", "বিঘা", "শতাংশ", "শতক", "রান", "গোল",
    "উইকেট", "সিসি", "ইউনিট", "পিস", "বস্তা", "মণ", "পদ", "কপি", "ঘর", "পরিবার", "শিক্ষার্থী",
    "ছাত্র", "সদস্য", "কর্মী", "মামলা", "কেন্দ্র", "শয্যা", "বেড", "রোগী", "নমুনা", "ডোজ",
    "ক্যালরি", "কিমি", "বর্গ", "মানুষ", "লোক", "শিশু", "নারী", "পুরুষ", "যাত্রী", "শ্রমিক", "কৃষক",
    "ভোটার", "প্রার্থী", "প্রতিষ্ঠান", "স্কুল", "গ্রাম", "দোকান",
];

/// Whether `word` names what a number counts or measures (a stem of [`COUNTED_GENITIVES`]).
pub(super) fn counts(word: &str) -> bool {
    COUNTED_GENITIVES.iter().any(|c| word.starts_with(c))
}

/// The year of the July uprising in Bangladesh (`জুলাই গণ-অভ্যুত্থান`: July–August 2024).
const JULY_UPRISING_YEAR: i32 = 2024;
/// The year Bangladesh's war of independence is named by (`একাত্তর`, seventy-one): the number
/// word means the year wherever it stands in the genitive or locative.
const LIBERATION_WAR_YEAR: u16 = 1971;

/// The years Bangladesh's history is told by, as they are written short with a case ending or
/// before পরবর্তী ("after"): `৪৭-এর দেশভাগ` (the partition, 1947), `৫২-র ভাষা আন্দোলন` (the
/// language movement, 1952), `৬৯-এর গণঅভ্যুত্থান` (1969), `৭১-এর মুক্তিযুদ্ধ` (1971), `৭৫-এর ১৫
/// আগস্ট` (1975), `৯০-এর আন্দোলন` (1990), `২৪-এর জুলাই` (2024). Other short years need সাল or
/// an apostrophe (`৮৮ সালে`, `'৮৮`).
const STORIED_YEARS: &[(u64, u16)] =
    &[(47, 1947), (52, 1952), (69, 1969), (71, 1971), (75, 1975), (90, 1990), (24, 2024)];

/// What a number with a case ending compares or bounds (`৭১-এর বেশি আসন`, `৫২-র মধ্যে`): a
/// count's words, not an event's.
const COMPARED: &[&str] = &[
    "বেশি",
    "বেশী",
    "কম",
    "মধ্যে",
    "ওপর",
    "ওপরে",
    "উপর",
    "উপরে",
    "নিচে",
    "নীচে",
    "অধিক",
    "কাছাকাছি",
    "চেয়ে",
    "চেয়ে",
    "তুলনায়",
    "তুলনায়",
    "অর্ধেক",
    "দ্বিগুণ",
];

/// Words for a law, a rule book or an order, whose year follows them (`আইন ২০০৬`, `বিধিমালা
/// ২০১৫`, `অধ্যাদেশ ১৯৮৪`): the year names the law, not the story's time.
const LAW_WORDS: &[&str] = &[
    "আইন",
    "বিধিমালা",
    "বিধানমালা",
    "প্রবিধানমালা",
    "নীতিমালা",
    "নীতি",
    "অধ্যাদেশ",
    "আদেশ",
    // … and the names that take their year after them, awards and fairs (fresh articles O04
    // `… গ্রন্থ পুরস্কার ২০২৪ দেওয়া হবে`, W05 `অমর একুশে বইমেলা ২০২৬ ব্যবস্থাপনা`).
    "পুরস্কার",
    "পদক",
    "সম্মাননা",
    "বইমেলা",
    "বাণিজ্যমেলা",
    "বিশ্বকাপ",
];

impl Grammar<'_> {
    /// The document recognisers that start with a number at `i`.
    pub(super) fn document_number(&self, i: usize) -> Found<Part> {
        if let Some(found) = self.this_day_in(i) {
            return Ok(Some(found));
        }
        if let Some(found) = self.storied_day(i) {
            return Ok(Some(found));
        }
        if let Some(found) = self.year_month_day(i) {
            return Ok(Some(found));
        }
        if let Some(found) = self.lunar_month_day(i) {
            return Ok(Some(found));
        }
        if let Some(found) = self.year_alone(i) {
            return Ok(Some(found));
        }
        if let Some(found) = self.list_day(i) {
            return Ok(Some(found));
        }
        Ok(self.duration(i))
    }

    /// The document recognisers that start with the word `w` at `i`.
    pub(super) fn document_word(&self, i: usize, w: Word) -> Found<Part> {
        let found = match w {
            Word::Anaphoric(days) => Some((Part::Back(i64::from(days)), i + 1)),
            Word::Pointer(d) => self.pointer(i, d),
            Word::Its | Word::CaseSuffix => self.days_after(i),
            Word::Every | Word::EveryMonth | Word::EveryYear => self.every(i, w),
            // (`প্রথম শতাব্দী`: an ordinal of a century.)
            Word::Nth(n) => self
                .weekday(i + 1)
                .map(|day| (Part::Doc(DocPart::NthWeekday(n, day)), i + 2))
                .or_else(|| self.century(i + 1, u8::try_from(n).ok()?)),
            // `এ দিন`, `এই দিন`: that day.
            Word::Direction(0) if self.is_day_unit(i + 1) => Some((Part::Back(0), i + 2)),
            Word::Direction(d) => self.counted(i, d).or_else(|| self.duration(i)),
            Word::GregMonth(m) => self.month_alone(i, m),
            Word::NamedYear(year) => self.named_year(i, year),
            Word::BanglaMonth(_) => self.other_month(i),
            Word::DecadeWord(d) if self.word(i + 1) == Some(Word::Decade) => {
                let start = 1900 + i32::from(d) * 10;
                Some((Part::Doc(DocPart::Decade(start)), i + 2))
            }
            // `ষাট ও সত্তর দশক`: the first borrows দশক from the second.
            Word::DecadeWord(d)
                if matches!(self.word(i + 1), Some(Word::And))
                    && matches!(self.word(i + 2), Some(Word::DecadeWord(_)))
                    && self.word(i + 3) == Some(Word::Decade) =>
            {
                let start = 1900 + i32::from(d) * 10;
                Some((Part::Doc(DocPart::Decade(start)), i + 1))
            }
            // `এক-এগারো`: "One-Eleven", the name of the takeover of 11 January 2007.
            Word::HourWord { hour: 1, minute: 0, unit: None } if self.one_eleven(i) => {
                let parts = GregParts::written(Some(11), 1, Some(2007), self.span(i, i + 2));
                Some((Part::Greg(parts), i + 3))
            }
            // `সত্তরের নির্বাচন` (1970), `নব্বইয়ের গণঅভ্যুত্থান` (1990): the storied years among the
            // decades' genitives, before what they name (not `সত্তরের দশক`, nor a count).
            Word::DecadeWord(d @ (7 | 9)) if self.storied_decade_year(i) => {
                self.named_year_before(i, i + 1, 1900 + u16::from(d) * 10)
            }
            Word::CenturyOrdinal(n) => self.century(i + 1, n),
            // (`নতুন বছর ২০২৬ সালে`: with its year in apposition, that year, one mention.)
            Word::New if self.is_year_unit(i + 1) => {
                self.full_year_alone(i + 2).or(Some((Part::Doc(DocPart::NewYear), i + 2)))
            }
            // `বারো শতকে`, `বিশ শতকের`: numbers that are also other words.
            Word::HourWord { hour: n @ (10..=12), minute: 0, unit: None } => self.century(i + 1, n),
            Word::DecadeWord(2) if self.word(i + 1) == Some(Word::Century) => {
                self.century(i + 1, 20)
            }
            Word::Era(e) => self.year_after_era(i, e),
            // `বছরটিতে`, `বছরটা`: "the year", the one the story is in.
            Word::Unit(Unit::Year) if self.definite_year(i) => Some((Part::StoryYear(0), i + 1)),
            Word::Unit(Unit::Year) => self.age_unit_first(i),
            Word::Quantity(..) | Word::HourWord { .. } | Word::Fraction(_) => self.duration(i),
            Word::Unit(_) if matches!(self.word(i + 1), Some(Word::RoughCount(_))) => {
                self.duration(i)
            }
            _ => None,
        };
        Ok(found)
    }

    /// `বছর ৫০ এর`, `বছর ৪৫-এর`, `বছর ৬০ বয়সী`: an age with the unit first, as speech says it
    /// ("a man of about fifty"): a duration in years (fresh article A09: missed). Only before
    /// the genitive or বয়স, which no count of things takes (`এ বছর ৫০ জন`).
    fn age_unit_first(&self, i: usize) -> Option<(Part, usize)> {
        let n = self.num(i + 1).filter(|n| n.digits <= 3 && (1..=120).contains(&n.value))?;
        let mut k = i + 2;
        if self.punct(k, '-') && self.glued(k) {
            k += 1;
        }
        let age = self.word(k) == Some(Word::CaseSuffix)
            || self
                .raw(k)
                .is_some_and(|w| w.starts_with("ব\u{09DF}স") || w.starts_with("বয\u{09BC}স"));
        if !age {
            return None;
        }
        let mut d = Duration::default();
        d.add(n.value as u32, Unit::Year);
        Some((Part::Doc(DocPart::Duration(d)), i + 2))
    }

    /// Whether the year unit at `i` is "the year" (`বছরটিতে`, `বছরটি`, `বছরটা`), with no count,
    /// pointer or qualifier before it that makes it a span or another year (`এক বছরটি`).
    fn definite_year(&self, i: usize) -> bool {
        let definite = self.raw(i).is_some_and(|w| w.starts_with("বছরটি") || w.starts_with("বছরটা"));
        let before = match i.checked_sub(1) {
            Some(b) => self.tok(b),
            None => self.before.as_ref(),
        };
        let qualified = before.is_some_and(|t| match t.kind {
            Kind::Num(_) => true,
            Kind::Word(Some(w)) => !matches!(w, Word::And | Word::CaseSuffix),
            _ => false,
        });
        definite && !qualified
    }

    fn weekday(&self, i: usize) -> Option<Weekday> {
        match self.word(i)? {
            Word::Weekday { day, short: false, .. } => Some(day),
            _ => None,
        }
    }

    fn is_day_unit(&self, i: usize) -> bool {
        self.word(i) == Some(Word::Unit(Unit::Day))
    }

    fn is_year_unit(&self, i: usize) -> bool {
        self.word(i) == Some(Word::Unit(Unit::Year))
    }

    /// `সে দিন`, `ওই দিন`, `পরের দিন`, `আগের দিন` (a day), `সে বছর`, `পরের বছর` (a year of the
    /// story), `পরের মাসে`, `আগের মাসের` (a month of the story).
    fn pointer(&self, i: usize, d: i8) -> Option<(Part, usize)> {
        // `আগের অর্থবছরের`, `পরের শিক্ষাবর্ষে`: a fiscal or academic year, as after গত / আগামী.
        if let Some(Word::SpanYear { fiscal }) = self.word(i + 1) {
            return Some((Part::Doc(DocPart::SpanYear { offset: d, fiscal }), i + 2));
        }
        if self.is_day_unit(i + 1) {
            return Some((Part::Back(i64::from(d)), i + 2));
        }
        // `আগের রাতে`, `পূর্ববর্তী রাতে`, `পরের রাতে`: the night of the day before (after) the
        // one told, as `আগের দিন রাতে` (probe 11: the told day's own night). The night joins
        // the day as its period.
        if d != 0 && self.word(i + 1) == Some(Word::Period(crate::types::DayPeriod::Night)) {
            return Some((Part::Back(i64::from(d)), i + 1));
        }
        if self.is_year_unit(i + 1) {
            return Some((Part::StoryYear(d), i + 2));
        }
        if self.word(i + 1) == Some(Word::Unit(Unit::Month)) && self.count(i + 2).is_none() {
            return Some((Part::Doc(DocPart::StoryMonth(d)), i + 2));
        }
        if self.word(i + 1) == Some(Word::Unit(Unit::Week)) && self.count(i + 2).is_none() {
            return Some((Part::Doc(DocPart::StoryWeek(d)), i + 2));
        }
        // `পরবর্তী ৭২ ঘণ্টা`: the next hours, a duration.
        self.duration(i)
    }

    /// `তার দুই দিন পর`, `এর তিন দিন আগে`: days after (before) the day last mentioned; `এর দুই
    /// বছর পর`: years after the story's year.
    fn days_after(&self, i: usize) -> Option<(Part, usize)> {
        let n = self.count(i + 1)?;
        let years = self.is_year_unit(i + 2);
        if !self.is_day_unit(i + 2) && !years {
            return None;
        }
        let sign: i8 = match self.word(i + 3)? {
            Word::After | Word::AgoLater(1) => 1,
            Word::AgoLater(-1) => -1,
            _ => return None,
        };
        if years {
            let offset = i8::try_from(n).ok().filter(|&n| n <= 50)?;
            return Some((Part::StoryYear(sign * offset), i + 4));
        }
        Some((Part::Back(i64::from(sign) * i64::from(n)), i + 4))
    }

    /// A count with its index after it: digits (up to three, or with thousands separators:
    /// `২,১৫০`) or a number word (`তিন`).
    fn count_at(&self, i: usize) -> Option<(u32, usize)> {
        let n = self.count(i)?;
        let mut value = n;
        let mut k = i + 1;
        while self.punct(k, ',') && self.glued(k) && self.glued(k + 1) {
            match self.num(k + 1).filter(|m| m.digits == 3) {
                Some(m) => {
                    value = value.saturating_mul(1000).saturating_add(m.value as u32);
                    k += 2;
                }
                None => break,
            }
        }
        Some((value, k))
    }

    /// A count: digits (up to three) or a number word (`তিন`).
    fn count(&self, i: usize) -> Option<u32> {
        match self.tok(i)?.kind {
            Kind::Num(n) if n.digits <= 3 => u32::try_from(n.value).ok(),
            Kind::Word(Some(Word::HourWord { hour, minute: 0, unit: None })) => {
                Some(u32::from(hour))
            }
            _ => None,
        }
    }

    /// `প্রতি শুক্রবার`, `প্রতিমাসের দ্বিতীয় শনিবার`, `প্রতি মাসের শেষ শুক্রবার`, `প্রতি বছর জুন মাসে`.
    fn every(&self, i: usize, w: Word) -> Option<(Part, usize)> {
        let monthly = match w {
            Word::EveryMonth => Some(i + 1),
            Word::Every if self.word(i + 1) == Some(Word::Unit(Unit::Month)) => Some(i + 2),
            _ => None,
        };
        if let Some(j) = monthly {
            let Some(Word::Nth(n)) = self.word(j) else { return None };
            let day = self.weekday(j + 1)?;
            let r = Recurrence { weekday: day, nth_of_month: Some(n) };
            return Some((Part::Doc(DocPart::Set(r)), j + 2));
        }
        let yearly = match w {
            Word::EveryYear => Some(i + 1),
            Word::Every if self.is_year_unit(i + 1) => Some(i + 2),
            _ => None,
        };
        if let Some(j) = yearly {
            let Some(Word::GregMonth(m)) = self.word(j) else { return None };
            let end = if self.word(j + 1) == Some(Word::Unit(Unit::Month)) { j + 2 } else { j + 1 };
            return Some((Part::Doc(DocPart::YearlyMonth(m)), end));
        }
        if w == Word::Every {
            // (`প্রতি শুক্র ও শনিবার`: the first of a list without its বার; probe 5.)
            let day = self.weekday(i + 1).or_else(|| match self.word(i + 1) {
                Some(Word::Weekday { day, short: true, .. }) if self.listed_weekday(i + 1) => {
                    Some(day)
                }
                _ => None,
            })?;
            let r = Recurrence { weekday: day, nth_of_month: None };
            return Some((Part::Doc(DocPart::Set(r)), i + 2));
        }
        None
    }

    /// `গত বছর`, `আগামী মাসে`, `এ সপ্তাহে`, `গত মাসের ১৫ তারিখে`: a period counted from the
    /// reference. (`গত বছরের ২৩ নভেম্বর` is an expression: the year offset joins the date.)
    fn counted(&self, i: usize, offset: i8) -> Option<(Part, usize)> {
        // `গত অর্থবছরে`, `চলতি শিক্ষাবর্ষের`: a fiscal or academic year, which spans two
        // calendar years.
        if let Some(Word::SpanYear { fiscal }) = self.word(i + 1) {
            return Some((Part::Doc(DocPart::SpanYear { offset, fiscal }), i + 2));
        }
        let Some(Word::Unit(unit @ (Unit::Month | Unit::Week))) = self.word(i + 1) else {
            return None;
        };
        // A count after it makes a duration (`গত তিন মাসে`).
        if self.count(i + 2).is_some() && self.word(i + 3) != Some(Word::DateWord) {
            return None;
        }
        if unit == Unit::Month {
            if let (Some(n), Some(Word::DateWord)) = (self.num(i + 2), self.word(i + 3)) {
                if n.digits <= 2 && (1..=31).contains(&n.value) {
                    let day = Some(n.value as u8);
                    return Some((Part::Doc(DocPart::Counted { unit, offset, day }), i + 4));
                }
            }
        }
        Some((Part::Doc(DocPart::Counted { unit, offset, day: None }), i + 2))
    }

    /// A month named alone (`জানুয়ারি মাস`, `মে মাসের প্রথম সপ্তাহে`): a Gregorian month with no
    /// day or year, which a document dates by its story or reference.
    fn month_alone(&self, i: usize, m: u8) -> Option<(Part, usize)> {
        // `জুলাই গণ-অভ্যুত্থান`: the uprising's name, July 2024 (only the month is the mention);
        // so `জুলাই জাতীয় সনদ`, the July National Charter, as `জুলাই সনদ` (probe 5).
        let national = self.raw(i + 1).is_some_and(|w| crate::parse::words::same_word(w, "জাতীয়"))
            && self.word(i + 2) == Some(Word::JulyEvent);
        if m == 7 && (self.word(i + 1) == Some(Word::JulyEvent) || national) {
            let named = DocPart::NamedMonth { year: JULY_UPRISING_YEAR, month: m };
            return Some((Part::Doc(named), i + 1));
        }
        if self.word(i + 1) != Some(Word::Unit(Unit::Month)) {
            // `আগামী এপ্রিলে`, `মার্চে`: a month name in the locative stands for the month.
            let raw = self.raw(i).unwrap_or_default();
            // In the locative or the genitive (`মার্চে`, `অক্টোবরের নির্বাচন`), or before a part
            // of it (`সেপ্টেম্বর শেষে`). Not মে (May), whose own last letter is the locative's,
            // nor `মেতে` ("engrossed").
            // `এপ্রিলের ১৪`, `জানুয়ারির ৫ তারিখে`: the month's day, written month first.
            let genitive = raw.ends_with('র');
            if let Some(d) =
                self.num(i + 1).filter(|d| d.digits <= 2 && (1..=31).contains(&d.value))
            {
                if genitive && !self.punct(i + 2, '/') && !self.punct(i + 2, ':') {
                    let end = if self.word(i + 2) == Some(Word::DateWord) { i + 2 } else { i + 1 };
                    let day = Some(d.value as u8);
                    let parts = GregParts::written(day, m, None, self.span(i, end));
                    return Some((Part::Greg(parts), end + 1));
                }
            }
            // (The genitive of a month ending in a vowel sign: `জানুয়ারির`, `ফেব্রুয়ারীর`.)
            let inflected = crate::parse::words::is_locative(raw)
                || raw.ends_with("ের")
                || raw.ends_with("ির")
                || raw.ends_with("ীর");
            let part = self.word(i + 1) == Some(Word::MonthPart);
            // `মার্চের প্রথম সপ্তাহে`: the month's first week, valued as the month (as after
            // মাসের, below).
            let week = genitive
                && matches!(self.word(i + 1), Some(Word::Nth(_)))
                && self.word(i + 2) == Some(Word::Unit(Unit::Week));
            // `ডিসেম্বর-জানুয়ারিতে`: the first of two months joined by a hyphen borrows the
            // second's case.
            // (Or an en dash: `জুলাই–আগস্টে`; fresh article B06.)
            let joined = (self.punct(i + 1, '-') || self.punct(i + 1, '–'))
                && self.glued(i + 1)
                && self.glued(i + 2)
                && matches!(self.word(i + 2), Some(Word::GregMonth(_)));
            // `নভেম্বর ও ডিসেম্বরে`: the first of two months joined by ও or এবং; `জানুয়ারি থেকে
            // এপ্রিল পর্যন্ত`: a month beside থেকে or পর্যন্ত.
            // (… or a comma: `মার্চ, এপ্রিল ও মের`, a list of them.)
            let coordinated = (self.word(i + 1) == Some(Word::And) || self.punct(i + 1, ','))
                && matches!(self.word(i + 2), Some(Word::GregMonth(_)));
            let signal = matches!(self.word(i + 1), Some(Word::From | Word::Until));
            // … and the second of them, whatever its case (`নভেম্বর ও ডিসেম্বর হলো`,
            // `নভেম্বর-ডিসেম্বর সময়ে`): after ও or এবং, or a hyphen glued to it.
            // (A month before ও or এবং: `নির্বাচন এবং জুলাই …` is no pair.)
            let second = i == 0
                && self.before.is_some_and(|t| {
                    (t.word() == Some(Word::And) && self.month_before_and(&t))
                        || ((t.is_punct('-') || t.is_punct('–')) && self.glued(0))
                });
            // `চলতি বছরের জানুয়ারি`, `গত বছরের মার্চ`: the month of the year counted before it.
            let of_year = i > 0 && self.word(i - 1) == Some(Word::Unit(Unit::Year));
            let paired = coordinated || signal || second || of_year;
            // (May, মে, only beside another month: alone it is too short a word to trust.)
            if (inflected || part || joined || paired) && !raw.is_ascii() && (m != 5 || second) {
                let end = if week {
                    i + 2
                } else if part {
                    i + 1
                } else {
                    i
                };
                let parts = GregParts::written(None, m, None, self.span(i, end));
                return Some((Part::Greg(parts), end + 1));
            }
            if crate::parse::words::is_locative(raw) && !raw.is_ascii() && m != 5 {
                let parts = GregParts::written(None, m, None, self.span(i, i));
                return Some((Part::Greg(parts), i + 1));
            }
            return None;
        }
        let mut end = i + 1;
        // `মে মাসের প্রথম সপ্তাহে`: the month's first week, valued as the month.
        if matches!(self.word(i + 2), Some(Word::Nth(_)))
            && self.word(i + 3) == Some(Word::Unit(Unit::Week))
        {
            end = i + 3;
        }
        let parts = GregParts::written(None, m, None, self.span(i, end));
        Some((Part::Greg(parts), end + 1))
    }

    /// A day of another almanac's lunar month (`১৩ ইঙা`, `১৩ বামন মাস`, `২৮ ত্রিবিক্রম ৫৩৮
    /// চৈতনাব্দ`): another calendar's, with no Gregorian day. A month named after Vishnu is also
    /// a name, so it needs মাস or its era's year after it.
    fn lunar_month_day(&self, i: usize) -> Option<(Part, usize)> {
        self.num(i).filter(|n| n.digits <= 2 && (1..=30).contains(&n.value))?;
        let Some(Word::LunarMonth { common }) = self.word(i + 1) else { return None };
        let month_word = self.word(i + 2) == Some(Word::Unit(Unit::Month));
        let era_year = self.num(i + 2).is_some()
            && matches!(self.word(i + 3), Some(Word::IndianEra(e)) if !e.is_lunisolar());
        let end = if era_year {
            i + 4
        } else if month_word {
            i + 3
        } else if !common {
            i + 2
        } else {
            return None;
        };
        Some((Part::Doc(DocPart::OtherMonth), end))
    }

    /// Another calendar's month with no day: `ভাদ্র মাস`, `ভাদ্র, ২০৮২`, `বৈশাখ-১৪২৩`.
    fn other_month(&self, i: usize) -> Option<(Part, usize)> {
        if self.word(i + 1) == Some(Word::Unit(Unit::Month)) {
            return Some((Part::Doc(DocPart::OtherMonth), i + 2));
        }
        if self.punct(i + 1, ',') && self.plausible_year(i + 2).is_some() {
            return Some((Part::Doc(DocPart::OtherMonth), i + 3));
        }
        // `বৈশাখ-১৪২৩ এর ইলিশ`, `চৈত্র ১৪৩০`: a Bangabda year after a hyphen or a space (a
        // year of its own era's range: `বৈশাখ ২০২৪` labels another calendar's).
        let hyphen = self.punct(i + 1, '-') && self.glued(i + 1) && self.glued(i + 2);
        let k = if hyphen { i + 2 } else { i + 1 };
        let bangabda =
            self.num(k).is_some_and(|n| n.digits == 4 && (1200..=1500).contains(&n.value));
        if bangabda && self.tok(k).is_some_and(|t| t.breaks_before == 0) {
            let k = if self.word(k + 1) == Some(Word::Era(Era::Bangla)) { k + 2 } else { k + 1 };
            return Some((Part::Doc(DocPart::OtherMonth), k));
        }
        None
    }

    /// A year heading its line in a list of what happened on this day in history (`১৭৮৪ –
    /// ইংল্যান্ডের পার্লামেন্টে …`, `৬০৪ – সুই সম্রাট …`): this day of that year, as `১৯০৩ সালের
    /// আজকের এই দিনে` is. Any year of three or four digits, before a dash or a colon.
    fn this_day_in(&self, i: usize) -> Option<(Part, usize)> {
        let n = self.num(i).filter(|n| (3..=4).contains(&n.digits) && n.value <= 2100)?;
        let dash = self.tok(i + 1).is_some_and(|t| {
            matches!(t.kind, Kind::Punct('-' | '–' | '—' | ':')) && t.space_before
        });
        (self.on_this_day && self.heads_line(i) && dash)
            .then(|| (Part::Anniversary(n.value as i32, self.span(i, i)), i + 1))
    }

    /// A four-digit number that may be a year.
    fn plausible_year(&self, i: usize) -> Option<i32> {
        let n = self.num(i).filter(|n| n.digits == 4 && PLAUSIBLE_YEARS.contains(&n.value))?;
        Some(n.value as i32)
    }

    /// `হিজরি ১৪৪৬`, `বঙ্গাব্দ ১৪৩২`: another calendar's year after its era word.
    fn year_after_era(&self, i: usize, e: Era) -> Option<(Part, usize)> {
        let other = Some(e.calendar()?);
        // (`হিজরি ৯৬৩ সনে`: an early Hijri year of three digits too, with the year's own word
        // after it; it was read as the year 963 of our era. Probe 5.)
        let early = self
            .num(i + 1)
            .filter(|n| e == Era::Hijri && n.digits <= 3 && n.value >= 1)
            .map(|n| n.value as i32);
        let year = match early {
            Some(year) => year,
            None => self.plausible_year(i + 1)?,
        };
        let doc = DocPart::Year { year, other, short: false, fiscal: false, story: false };
        let with_word = early.is_some() && self.word(i + 2) == Some(Word::Era(Era::Year));
        Some((Part::Doc(doc), i + 2 + usize::from(with_word)))
    }

    /// A year named alone: `২০১৯ সালের`, `১৪৪৩ হিজরির` (another calendar's), `২০২৩` before
    /// `-২৪ শিক্ষাবর্ষে` or `থেকে ২০২০`, `১৯৭১-এ`, `(১৯৪৭)`, `Polls 2021`; and the short second
    /// year of an academic or fiscal year (`২৪ শিক্ষাবর্ষে`).
    fn year_alone(&self, i: usize) -> Option<(Part, usize)> {
        if self.before_christ(i) {
            return None;
        }
        if let Some(found) = self.decade(i) {
            return Some(found);
        }
        // `১৮ শতকের`, `১৯শ শতাব্দী`, `২০তম শতাব্দীতে`: a century by its number.
        if let Some(n) = self.num(i).filter(|n| n.digits <= 2) {
            let raw = self.raw(i + 1);
            let ordinal = self.glued(i + 1)
                && (matches!(self.word(i + 1), Some(Word::Ordinal))
                    || matches!(raw, Some("শ" | "তম")));
            let k = if ordinal { i + 2 } else { i + 1 };
            // শতক after a number is mostly land (`১ একর ১৬ শতক জমি`): a century only with an
            // ordinal, or before a part of it (`১৮ শতকের শেষের দিকে`, `১৯ শতকের গোড়ায়`).
            let raw = self.raw(k).unwrap_or_default();
            let after = self.raw(k + 1);
            let part_of_it =
                matches!(self.word(k + 1), Some(Word::MonthPart | Word::Approx | Word::Nth(_)))
                    || after.is_some_and(|w| w.starts_with("গোড") || w.starts_with("গো\u{09DC}"));
            let land = raw.starts_with("শতক") && !ordinal && !part_of_it;
            let found = u8::try_from(n.value).ok().and_then(|n| self.century(k, n));
            if let (Some(found), false) = (found, land) {
                return Some(found);
            }
        }
        // `১৮ হিজরিতে`, `৬২২ হিজরি`: an early Hijri year, of one to three digits, with its era
        // word (another calendar's year; the hijra was in 622).
        if let Some(n) = self.num(i).filter(|n| n.digits <= 3 && n.value >= 1) {
            if self.word(i + 1) == Some(Word::Era(Era::Hijri)) {
                let (year, other) = (n.value as i32, Era::Hijri.calendar());
                let doc = DocPart::Year { year, other, short: false, fiscal: false, story: false };
                return Some((Part::Doc(doc), i + 2));
            }
        }
        // `৩০০ খ্রিস্টাব্দে`, `৭৫০ সালে`: a year of three digits with its era word.
        if let Some(n) = self.num(i).filter(|n| n.digits == 3 && n.value >= 100) {
            if matches!(self.word(i + 1), Some(Word::Era(Era::Year | Era::Christian))) {
                let year = n.value as i32;
                let doc =
                    DocPart::Year { year, other: None, short: false, fiscal: false, story: true };
                return Some((Part::Doc(doc), i + 2));
            }
        }
        // `২৪ শিক্ষাবর্ষে` after `২০২৩-`: the range's end, its century from its start.
        if let Some(n) = self.num(i).filter(|n| n.digits <= 2) {
            // `১৯০৫-০৬ সালের দিকে`: after a range's hyphen, an era word makes it a year too.
            // `২০১৪-১৫ ছিল`: the short year of a span with nothing counted after it.
            let counted = matches!(self.tok(i + 1).map(|t| t.kind), Some(Kind::Num(_)))
                || matches!(self.word(i + 1), Some(Word::Unit(_)));
            let after_hyphen = (self.before_is_punct('-')
                || self.before_is_punct('/')
                || self.before_is_punct('–'))
                && self.before.is_some_and(|t| !t.space_before)
                && (matches!(self.word(i + 1), Some(Word::Era(Era::Year | Era::Christian)))
                    || !counted);
            let span_year =
                n.digits == 2 && matches!(self.word(i + 1), Some(Word::SpanYear { .. }));
            if span_year || after_hyphen {
                let fiscal = self.word(i + 1) == Some(Word::SpanYear { fiscal: true });
                let year = n.value as i32;
                let doc = DocPart::Year { year, other: None, short: true, fiscal, story: true };
                return Some((Part::Doc(doc), i + 2));
            }
            // `৭১ সালে`, `'৭১`: a year written short, its century the reader's to find.
            let yy = u8::try_from(n.value).ok().filter(|_| n.digits == 2);
            let with_era = self.word(i + 1) == Some(Word::Era(Era::Year));
            let apostrophe = (self.before_is_punct('\'') || self.before_is_punct('\u{2019}'))
                && self.tok(i).is_some_and(|t| !t.space_before);
            if let (Some(yy), true) = (yy, with_era || apostrophe) {
                let next = if with_era { i + 2 } else { i + 1 };
                return Some((Part::Doc(DocPart::ShortYear(yy)), next));
            }
            if let Some(found) = self.storied_year(i) {
                return Some(found);
            }
            // `৫২'র সেই দিন`, `৮৬'তেও`: a case ending after an apostrophe, the elision's mark,
            // makes two digits a year written short (not before a count's word: `৫২'র বেশি`).
            let elided = self.case_ending(i + 1, false).filter(|_| self.apostrophe(i + 1));
            let compared = |k: usize| self.raw(k).is_some_and(|w| COMPARED.contains(&w));
            return match (yy, elided) {
                (Some(yy), Some(k)) if !compared(k) => Some((Part::Doc(DocPart::ShortYear(yy)), k)),
                _ => None,
            };
        }
        // `কল্যব্দ ৫১২২-৫১২৩`, `বঙ্গাব্দ ১৪২৮-১৪২৯`: the end of a span of another era's years;
        // it stands only once the span's start makes it that era's (inherit_document).
        let span_end = self.num(i).filter(|n| (3..=4).contains(&n.digits)).filter(|_| {
            self.before_is_punct('-')
                && self.before.is_some_and(|t| !t.space_before)
                && self.tok(i).is_some_and(|t| !t.space_before)
        });
        let other_span_end = |n: crate::parse::lexer::Num| {
            let year = n.value as i32;
            let doc = DocPart::Year { year, other: None, short: true, fiscal: false, story: false };
            Some((Part::Doc(doc), i + 1))
        };
        match (span_end, self.plausible_year(i)) {
            (Some(n), None) => return other_span_end(n),
            (Some(n), Some(_)) => return self.full_year_alone(i).or_else(|| other_span_end(n)),
            (None, _) => {}
        }
        self.full_year_alone(i)
    }

    /// The year of four digits before a dash before token `i` (`১৪৮৭–` before `১৪৮৯`), read
    /// from the text.
    fn year_before_dash(&self, i: usize) -> Option<i32> {
        let before = self.text_before(self.tok(i)?.start);
        let before = before.strip_suffix(['-', '–', '—'])?.trim_end();
        // (The last four characters, all digits, and not a fifth before them.)
        let mut digits = before.chars().rev().map(crate::digits::digit_value);
        let mut year = 0;
        for place in [1, 10, 100, 1000] {
            year += i32::from(digits.next()??) * place;
        }
        digits.next().flatten().is_none().then_some(year)
    }

    /// The text before byte `at`, at most [`TEXT_BEFORE`] bytes of it from a character's start,
    /// its trailing white space trimmed: what a token's look back reads, where the grammar holds
    /// one token before its window (`খ্রি.পূ. ৫৬৩`, `নভেম্বর ও`, `১৪৮৭–`).
    pub(super) fn text_before(&self, at: usize) -> &str {
        let mut from = at.saturating_sub(TEXT_BEFORE);
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        self.text.get(from..at).unwrap_or_default().trim_end()
    }

    /// Whether the word before the conjunction `and` (the token before the first) is a month's
    /// name (`নভেম্বর ও ডিসেম্বর`), read from the text.
    fn month_before_and(&self, and: &crate::parse::lexer::Token) -> bool {
        let before = self.text_before(and.start);
        let word =
            before.rsplit(|c: char| c.is_whitespace() || c == ',').next().unwrap_or_default();
        matches!(crate::parse::words::lookup(word), Some(Word::GregMonth(_)))
    }

    /// `খ্রিস্টপূর্ব ১৯০০ সালে`, `খ্রি.পূ. ৫৬৩`, `২৫০০ খ্রিস্টপূর্বাব্দে`: whether the number at `i`
    /// is a year before Christ, which no Gregorian year (nor a TimeML one) is: no mention rather
    /// than the year of our era (probe 5).
    fn before_christ(&self, i: usize) -> bool {
        const BCE: &[&str] = &["খ্রিস্টপূর্ব", "খ্রিষ্টপূর্ব", "খ্রীষ্টপূর্ব", "খ্রীস্টপূর্ব", "খৃষ্টপূর্ব", "খৃস্টপূর্ব"];
        const SHORT: &[&str] = &["খ্রি.পূ.", "খ্রি. পূ.", "খ্রিঃপূঃ", "খ্রিঃ পূঃ", "খ্রি.পূ", "খ্রিপূ"];
        let bce = |w: &str| BCE.iter().any(|b| w.starts_with(b));
        let before = self.tok(i).map_or("", |t| self.text_before(t.start));
        let word_before = before.rsplit(char::is_whitespace).next().unwrap_or_default();
        bce(word_before)
            || SHORT.iter().any(|s| before.ends_with(s))
            || self.raw(i + 1).is_some_and(bce)
    }

    /// [`Grammar::year_alone`] for a number of four digits.
    fn full_year_alone(&self, i: usize) -> Option<(Part, usize)> {
        let year = self.plausible_year(i)?;
        let doc = |other, story| {
            Part::Doc(DocPart::Year { year, other, short: false, fiscal: false, story })
        };
        // `বাংলা নববর্ষ ১৪৩২`: the Bengali new year's, a Bangabda year.
        let new_year = self
            .raw_before()
            .is_some_and(|raw| raw.starts_with("নববর্ষ") || raw.starts_with("বর্ষবরণ"));
        if new_year && (1300..=1500).contains(&year) {
            return Some((doc(Era::Bangla.calendar(), false), i + 1));
        }
        match self.word(i + 1) {
            // `২০০৭ সালের এক-এগারো`: the year of the named day, one mention with it.
            Some(Word::Era(Era::Year | Era::Christian))
                if year == 2007 && self.one_eleven(i + 2) =>
            {
                let parts = GregParts::written(Some(11), 1, Some(2007), self.span(i, i + 4));
                return Some((Part::Greg(parts), i + 5));
            }
            // `১৩৭৮ সালের চৈত্র মাসে`, `১৪৩০ সনের বৈশাখ`: a year before a Bangabda month, and
            // before the Gregorian years such pages tell, is a Bangabda year (probe 13: 1378).
            Some(Word::Era(Era::Year))
                if (1100..1600).contains(&year)
                    && matches!(self.word(i + 2), Some(Word::BanglaMonth(_))) =>
            {
                return Some((doc(Era::Bangla.calendar(), false), i + 2));
            }
            Some(Word::Era(Era::Year | Era::Christian)) => return Some((doc(None, true), i + 2)),
            Some(Word::SpanYear { fiscal }) => {
                let doc = DocPart::Year { year, other: None, short: false, fiscal, story: true };
                return Some((Part::Doc(doc), i + 2));
            }
            Some(Word::Era(e)) if e.holds(year) || !self.language_word(i + 1) => {
                return Some((doc(e.calendar(), false), i + 2));
            }
            _ => {}
        }
        // `২০০১ (বাংলা ১৪০৮ সন) সালের`: an aside in brackets between the year and its era word.
        if self.punct(i + 1, '(') {
            let close = (i + 2..i + 10).find(|&k| self.punct(k, ')'));
            if close.is_some_and(|k| {
                matches!(self.word(k + 1), Some(Word::Era(Era::Year | Era::Christian)))
            }) {
                return Some((doc(None, true), i + 1));
            }
        }
        // The first year of a range: `২০২৩-২৪ শিক্ষাবর্ষে`, `২০১৮ থেকে ২০২০`.
        let span_end = |k: usize| match self.num(k) {
            // `২০০৪-৫ সালে`: the next year written with its last digit alone.
            Some(n) if n.digits == 1 && n.value as i32 != (year + 1) % 10 => false,
            // (`১৯৯১-৯৬ মেয়াদে`, `১৯৭২-৭৫ সময়কালে`, `১৯৪৭-৭১ পর্যন্ত`: a later year of the
            // same century before a term's word or পর্যন্ত; probe 5.)
            Some(n) if n.digits <= 2 => {
                let later = n.digits == 2 && n.value as i32 > year % 100;
                // (Folded as the vocabulary's keys are, য় as letter and nukta.)
                let term = self.raw(k + 1).is_some_and(|w| {
                    let mut buf = [0u8; crate::parse::words::MAX_KEY];
                    let key = crate::parse::words::word_key(w, &mut buf).unwrap_or_default();
                    ["মে\u{09AF}\u{09BC}াদ", "সম\u{09AF}\u{09BC}", "মৌসুম", "সেশন"]
                        .iter()
                        .any(|t| key.starts_with(t.as_bytes()))
                });
                matches!(
                    self.word(k + 1),
                    Some(Word::SpanYear { .. } | Word::Era(Era::Year | Era::Christian))
                ) || (later && (term || self.word(k + 1) == Some(Word::Until)))
            }
            // (`১৮৯২-১৮৯৭ পর্যন্ত`; a list's `নাজাফে ১৯৬৫-১৯৭৮ এবং …`, fresh article W03.)
            Some(n) if n.digits == 4 => {
                n.value as i32 > year
                    && matches!(
                        self.word(k + 1),
                        Some(
                            Word::SpanYear { .. }
                                | Word::Era(Era::Year | Era::Christian)
                                | Word::Until
                                | Word::And
                        ) | None
                    )
            }
            _ => false,
        };
        // `২০১৭-১৮`, and `১৯৮৮–১৯৯৬` with an en or em dash, spaced or not.
        let hyphen = self.punct(i + 1, '-') && self.glued(i + 1) && self.glued(i + 2);
        let dash = self.punct(i + 1, '–') || self.punct(i + 1, '—');
        // `২০০৪/৫ সালে`, `২০২৩/২৪ অর্থবছরে`: with a slash, only the next year.
        let slash = self.punct(i + 1, '/')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.num(i + 2).is_some_and(|n| {
                let next = year + 1;
                n.digits <= 2 && n.value as i32 == next % if n.digits == 1 { 10 } else { 100 }
            });
        // (… and an ASCII hyphen spaced on both sides before a year of four digits: `১২০৬ - ১২১০
        // খ্রিস্টাব্দ`, `১৯৭২ - ১৯৭৫ সালে`; probe 8: the start was lost.)
        let spaced_hyphen = self.punct(i + 1, '-')
            && !self.glued(i + 1)
            && !self.glued(i + 2)
            && self.num(i + 2).is_some_and(|n| n.digits == 4);
        let joined =
            hyphen || dash || spaced_hyphen || slash || self.word(i + 1) == Some(Word::From);
        if joined && span_end(i + 2) {
            return Some((doc(None, true), i + 1));
        }
        // `১৯৬১-’৬২ শিক্ষা বছরের`, `১৯৬৯-’৭৩ ও ১৯৮৩ সাল`: the end's apostrophe says it is a year
        // written short.
        let apostrophe_end = (hyphen || dash)
            && self.apostrophe(i + 2)
            && self.glued(i + 3)
            && self.num(i + 3).is_some_and(|n| n.digits == 2);
        if apostrophe_end {
            return Some((doc(None, true), i + 1));
        }
        // `২০১৪-১৫`: a year and the next one written short, a season or a term.
        let next_short = self.num(i + 2).filter(|n| n.digits == 2).map(|n| n.value as i32);
        if hyphen && BARE_YEARS.contains(&year) && next_short == Some((year + 1) % 100) {
            return Some((doc(None, true), i + 1));
        }
        // A year coordinated with one written with its era word (`১৮৫৪ মতান্তরে ১৮৫৭ সালে`,
        // `১৫৩২ মতান্তরে ১৫৪০ খ্রি.`, `১৭৯৯ ও ১৮০১ সালে`): a year of any century, as the
        // other is.
        let coordinated = self.word(i + 1) == Some(Word::And)
            && self.num(i + 2).is_some_and(|n| n.digits == 4)
            && matches!(self.word(i + 3), Some(Word::Era(Era::Year | Era::Christian)));
        if coordinated {
            return Some((doc(None, true), i + 1));
        }
        // `১৪৮৭–১৪৮৯`, `(১৩৩৮ – ১৪১৪)`, `(১৮২০—১৮৯১)`: a span's end year after a dash, the
        // start an earlier year of four digits (a reign's, a life's): a year of any century, as
        // the start is (probe 5: the end was lost before 1900).
        if let Some(start) = self.year_before_dash(i) {
            if start < year && year - start <= 200 {
                return Some((doc(None, true), i + 1));
            }
        }
        if !MODERN_YEARS.contains(&year) {
            return None;
        }
        // `১৯৭১-এ`, `১৯৬২’র`, `১৯৮৮–এর`: a case ending after a hyphen, a dash or an apostrophe.
        if let Some(next) = self.case_ending(i + 1, false).filter(|&n| n == i + 3) {
            return Some((doc(None, true), next));
        }
        // `(১৯৪৭)`, `Polls 2021`.
        let in_parens = self.before_is_punct('(') && self.punct(i + 1, ')');
        let english = self.before_is_latin() || self.is_latin(i + 1);
        if in_parens || english {
            return Some((doc(None, false), i + 1));
        }
        // A bare year of the last two centuries where nothing counted follows it: at the end of
        // a sentence or clause (`… আইন, ১৯৭৪।`), before `ও`, `থেকে`, `পর্যন্ত` or a case word
        // (`১৯৭১ এর যুদ্ধ`). A number before a noun (`২০২৪ জন`, `১৯৫০ টাকা`) counts it.
        let bare = BARE_YEARS.contains(&year)
            && match self.tok(i + 1) {
                None => true,
                Some(t) if t.starts_paragraph() || t.breaks_before > 0 => true,
                Some(t) => match t.kind {
                    // A colon heads what follows (`২০২৩ :`, `১৯৯১: সামরিক শাসক`); one glued
                    // between numbers is a clock's.
                    Kind::Punct(':') => {
                        let heads = t.space_before || self.num(i + 2).is_none();
                        if heads {
                            return Some((doc(None, true), i + 1));
                        }
                        false
                    }
                    // A table's row under its year (`২০০৪ - ৩৮ ডলার`): a dash after a year that
                    // starts its line heads the row, as a colon does.
                    Kind::Punct('-' | '–' | '—') if t.space_before && self.heads_line(i) => {
                        return Some((doc(None, true), i + 1));
                    }
                    Kind::Punct(c) => matches!(c, '।' | ',' | ';' | ')' | '?' | '!' | '|' | '॥'),
                    // (`১৯৬৯ গণঅভ্যুত্থান`: before an uprising's or a movement's noun, its year.)
                    // (… and before বাংলা the language, which no such year is of: `১৯৫২ বাংলা
                    // ভাষা আন্দোলনে`.)
                    Kind::Word(Some(w)) => match w {
                        Word::And
                        | Word::From
                        | Word::Until
                        | Word::CaseSuffix
                        | Word::JulyEvent => true,
                        Word::Era(e) => !e.holds(year) && self.language_word(i + 1),
                        _ => false,
                    },
                    // Before a noun in the genitive or the locative that counts nothing (`১৯৯৪
                    // বিশ্বকাপের`, `২০১৮ নির্বাচনের`, `২০১৪ বিশ্বকাপে`): the year of what it
                    // names. (`২০০০ টাকার`, `২০০০ টাকায়` count.)
                    // … or heading its line (`১৯৮২ বিপক্ষ পশ্চিম জার্মানি`, a fact box's heading),
                    // also where a scrape turned the line break into a run of spaces after a
                    // sentence's end.
                    Kind::Word(None) => {
                        let raw = self.text.get(t.start..t.end).unwrap_or_default();
                        let case = raw.ends_with('র') || crate::parse::words::is_locative(raw);
                        let spaces_before = self.tok(i).and_then(|y| {
                            let before = self.text.get(..y.start)?;
                            Some(before.len() - before.trim_end_matches(' ').len())
                        });
                        let collapsed = self.before_is_punct('।') && spaces_before >= Some(2);
                        let heads = self.heads_line(i) || collapsed;
                        // … or before a noun of what happens in a year (`১৯৬০ জন্ম হলে`, fresh
                        // article X07; `১৯৬৯ গণ-অভ্যুত্থান`, probe 4), none of which counts.
                        let event = YEAR_EVENT_NOUNS.iter().any(|n| raw.starts_with(n));
                        // … or before a competition's name (`২০১২ লন্ডন অলিম্পিকে`, `২০০৮ বিশ্ব
                        // জুনিয়র অ্যাথলেটিকস`; fresh article B02).
                        // (Not a count of who takes part: `২০০০ খেলোয়াড় অলিম্পিকে`.)
                        let competitors = ["খেলো", "অ্যাথলেট", "ক্রীড়াবিদ", "দল", "প্রতিযোগী", "দেশ"];
                        let competition = !counts(raw)
                            && !competitors.iter().any(|c| raw.starts_with(c))
                            && (i + 1..=i + 3).any(|k| {
                                self.raw(k).is_some_and(|w| {
                                    COMPETITION_NOUNS.iter().any(|n| w.starts_with(n))
                                })
                            });
                        t.space_before
                            && (event || competition || ((case || heads) && !counts(raw)))
                    }
                    _ => false,
                },
            };
        // A law's or an order's year after a comma (`গণপ্রতিনিধিত্ব আদেশ, ১৯৭২ অনুযায়ী`), or
        // right after the word for it (`শ্রম বিধিমালা ২০১৫ অনুযায়ী`).
        let law = self.raw_before().is_some_and(|raw| LAW_WORDS.contains(&raw));
        // A name's year joined by a hyphen (`… গার্ড বাংলাদেশ বিল-২০১০’`, fresh article W02;
        // `ভিশন-২০৪১`): a title's, a mention.
        let hyphened_name = BARE_YEARS.contains(&year)
            && self.tok(i).is_some_and(|t| !t.space_before)
            && self.before.is_some_and(|b| {
                b.is_punct('-')
                    && !b.space_before
                    && self
                        .text
                        .get(..b.start)
                        .and_then(|s| s.chars().last())
                        .is_some_and(|c| ('\u{0985}'..='\u{09E3}').contains(&c))
            })
            && !self.raw(i + 1).is_some_and(counts)
            && !matches!(self.tok(i + 1).map(|t| t.kind), Some(Kind::Num(_)));
        if hyphened_name {
            return Some((doc(None, false), i + 1));
        }
        // (Not before what it counts: `…, ২০২৪ জনকে`.)
        let counted = self.raw(i + 1).is_some_and(counts);
        let after_comma = BARE_YEARS.contains(&year)
            && (self.before_is_punct(',') || law)
            && matches!(self.tok(i + 1).map(|t| t.kind), Some(Kind::Word(_)))
            && !counted;
        // A sentence that ends with its year (`সালটা ১৯৭৩।`) tells the story's year; a title's,
        // a law's (after a comma) or one in a list does not.
        let ends_sentence = self.tok(i + 1).is_some_and(|t| t.is_punct('।'));
        let named = self.before.is_some_and(|t| matches!(t.word(), Some(Word::Era(Era::Year))));
        let story = named || (ends_sentence && !self.before_is_punct(','));
        (bare || after_comma).then(|| (doc(None, story), i + 1))
    }

    /// `এক-এগারো` ("One-Eleven", 11 January 2007) at `i`, in any case (`এক-এগারোর`).
    fn one_eleven(&self, i: usize) -> bool {
        self.word(i) == Some(Word::HourWord { hour: 1, minute: 0, unit: None })
            && self.punct(i + 1, '-')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.raw(i + 2).is_some_and(|w| w.starts_with("এগারো"))
    }

    /// A day named by its date (`৯/১১`, `৯/১১-এর হামলা`: the attacks of 11 September 2001, in
    /// the American order), standing alone: no number joined before or after it, no নং before.
    fn storied_day(&self, i: usize) -> Option<(Part, usize)> {
        self.num(i).filter(|n| n.digits == 1 && n.value == 9 && !self.numbered(i))?;
        let eleven = self.punct(i + 1, '/')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.num(i + 2).is_some_and(|n| n.digits == 2 && n.value == 11);
        let joined_before = self.before_is_punct('/') || self.before_is_punct('-');
        let joined_after = self.glued(i + 3)
            && matches!(self.tok(i + 3).map(|t| t.kind), Some(Kind::Punct('/' | '-' | '.')))
            && self.num(i + 4).is_some();
        if !eleven || joined_before || joined_after {
            return None;
        }
        let parts = GregParts::written(Some(11), 9, Some(2001), self.span(i, i + 2));
        Some((Part::Greg(parts), i + 3))
    }

    /// One of [`STORIED_YEARS`] at `i`, written short with a case ending (`৭১-এর`, `৫২-র`,
    /// `৬৯এর`) before what it names, or before পরবর্তী, পূর্ববর্তী ("after", "before": `৪৭
    /// পরবর্তী সময়`).
    fn storied_year(&self, i: usize) -> Option<(Part, usize)> {
        let n = self.num(i).filter(|n| n.digits == 2)?;
        let &(_, year) = STORIED_YEARS.iter().find(|&&(yy, _)| yy == n.value)?;
        // (Not a number a label or place word numbers: `ওয়ার্ড ২৪-এর`, `রোড ৭১-এর`, `চ্যানেল
        // ২৪-এর`; probe 13.)
        let label_before = self.after_numbering_word(i);
        if label_before || self.numbered(i) {
            return None;
        }
        let word_after = |k: usize| match self.tok(k).map(|t| t.kind) {
            Some(Kind::Word(None)) => self.raw(k).is_some_and(|w| !COMPARED.contains(&w)),
            Some(Kind::Word(Some(Word::GregMonth(_) | Word::JulyEvent))) => true,
            Some(Kind::Num(d)) => {
                d.digits <= 2 && matches!(self.word(k + 1), Some(Word::GregMonth(_)))
            }
            _ => false,
        };
        if let Some(k) = self.case_ending(i + 1, false).filter(|&k| word_after(k)) {
            return self.named_year_before(i, k, year);
        }
        let hyphen = usize::from(self.punct(i + 1, '-') && self.glued(i + 1));
        let after = self
            .raw(i + 1 + hyphen)
            .is_some_and(|w| ["পরবর্তী", "পূর্ববর্তী"].iter().any(|a| w.starts_with(a)));
        after.then(|| (Part::Doc(DocPart::NamedYear(i32::from(year))), i + 1))
    }

    /// Whether the decade's genitive at `i` (`সত্তরের`, `নব্বইয়ের`) names a storied year: in the
    /// genitive, before a word that is no decade, count or comparison.
    pub(super) fn storied_decade_year(&self, i: usize) -> bool {
        let genitive = self.raw(i).is_some_and(|w| w.ends_with("ের"));
        let event_after = match self.tok(i + 1).map(|t| t.kind) {
            Some(Kind::Word(None)) => self.raw(i + 1).is_some_and(|w| {
                !self.counts_or_compares(i + 1)
                    && !w.starts_with("দশক")
                    // `সত্তরের কোঠায়` ("in the seventies", an age or a score).
                    && !w.starts_with("কোঠ")
            }),
            Some(Kind::Word(Some(Word::JulyEvent))) => true,
            // `নব্বইয়ের ৬ ডিসেম্বর`, the day of 1990 the decade's genitive names.
            Some(Kind::Num(_) | Kind::Word(Some(Word::DayWord(_)))) => self.date_after(i + 1),
            _ => false,
        };
        genitive && event_after
    }

    /// Whether the word at `k` counts or compares the number before it (`৭১-এর বেশি`,
    /// `পঁচাত্তরের ঘরে`): not what a year names.
    fn counts_or_compares(&self, k: usize) -> bool {
        self.raw(k).is_some_and(|w| COMPARED.contains(&w) || counts(w))
    }

    /// A year named by its number word (`একাত্তরের`; `চব্বিশের` before its date, month or event:
    /// `চব্বিশের ৫ আগস্ট`, `চব্বিশের জুলাই`, `চব্বিশের গণঅভ্যুত্থান`).
    pub(super) fn named_year(&self, i: usize, year: u16) -> Option<(Part, usize)> {
        let dated_after = matches!(self.word(i + 1), Some(Word::GregMonth(_) | Word::JulyEvent))
            || self.date_after(i + 1);
        // `সাতচল্লিশের বেশি`, `পঁচাত্তরের ঘরে`: a number word compared or counting.
        let counted = match self.tok(i + 1).map(|t| t.kind) {
            Some(Kind::Word(None)) => self.counts_or_compares(i + 1),
            Some(Kind::Word(Some(Word::Unit(_) | Word::Quantity(..)))) => true,
            _ => false,
        };
        let named = match year {
            LIBERATION_WAR_YEAR => true,
            // চব্বিশের counts unless its date, month or the uprising follows.
            2024 => dated_after,
            _ => !counted,
        };
        if !named {
            return None;
        }
        self.named_year_before(i, i + 1, year)
    }

    /// A day and a Gregorian month at `k` (`৫ আগস্ট`, `৫ই আগস্ট`).
    fn date_after(&self, k: usize) -> bool {
        self.day(k).is_some_and(|(_, m)| matches!(self.word(m), Some(Word::GregMonth(_))))
    }

    /// A year named at `i`, its name ending before `after`: its date after it is that year's
    /// (`একাত্তরের ২৫ মার্চ`, `৭৫-এর ১৫ আগস্ট`), as after `১৯৭১ সালের`.
    fn named_year_before(&self, i: usize, after: usize, year: u16) -> Option<(Part, usize)> {
        if let Some((day, k)) = self.day(after) {
            if let Some(Word::GregMonth(m)) = self.word(k) {
                let day = Some(Self::day_number(day));
                let parts = GregParts::written(day, m, Some(i32::from(year)), self.span(i, k));
                return Some((Part::Greg(parts), k + 1));
            }
        }
        Some((Part::Doc(DocPart::NamedYear(i32::from(year))), after))
    }

    /// The `n`th century, when শতাব্দী or শতক is at `k` (`উনিশ শতকের`: the 1800s), or a decade of
    /// it (`উনিশ শতকের প্রথম দশকে`: the 1800s' first, 1800–1809).
    fn century(&self, k: usize, n: u8) -> Option<(Part, usize)> {
        if self.word(k) != Some(Word::Century) || !(1..=22).contains(&n) {
            return None;
        }
        let start = (i32::from(n) - 1) * 100;
        if let (Some(Word::Nth(d @ 1..=5)), Some(Word::Decade)) =
            (self.word(k + 1), self.word(k + 2))
        {
            let decade = start + (i32::from(d) - 1) * 10;
            return Some((Part::Doc(DocPart::Decade(decade)), k + 3));
        }
        Some((Part::Doc(DocPart::Century(start)), k + 1))
    }

    /// `১৯৮০-এর দশকে`, `৭০-এর দশকে` (the 1970s), and `১৯৬০` in `১৯৬০ ও ৭০-এর দশকে`, which
    /// borrows the decade of the item after it.
    fn decade(&self, i: usize) -> Option<(Part, usize)> {
        let n = self.num(i).filter(|n| matches!(n.digits, 2 | 4) && n.value % 10 == 0)?;
        let year = if n.digits == 2 { 1900 + n.value as i32 } else { n.value as i32 };
        // The case ending: `-এর`, `-র`, glued after a hyphen, glued to the number, or after a
        // space (`৯০ এর দশকেই`).
        let after_case = |k: usize| {
            let joiner = self.punct(k, '-') || self.apostrophe(k);
            if joiner && self.glued(k) && self.glued(k + 1) {
                matches!(self.word(k + 1), Some(Word::CaseSuffix)).then_some(k + 2)
            } else if matches!(self.word(k), Some(Word::CaseSuffix)) {
                Some(k + 1)
            } else {
                None
            }
        };
        if let Some(k) = after_case(i + 1) {
            if self.word(k) == Some(Word::Decade) {
                return Some((Part::Doc(DocPart::Decade(year)), k + 1));
            }
        }
        // `১৯৮০ দশকে`, with no case ending.
        if n.digits == 4 && self.word(i + 1) == Some(Word::Decade) {
            return Some((Part::Doc(DocPart::Decade(year)), i + 2));
        }
        // `১৯৬০ ও ৭০-এর দশকে`, `১৯৬০ ও ১৯৭০ দশকেও`.
        if n.digits == 4 && self.word(i + 1) == Some(Word::And) {
            let m = self.num(i + 2).filter(|m| matches!(m.digits, 2 | 4) && m.value % 10 == 0);
            let bare = m.is_some_and(|m| m.digits == 4).then_some(i + 3);
            if let (Some(_), Some(k)) = (m, after_case(i + 3).or(bare)) {
                if self.word(k) == Some(Word::Decade) {
                    return Some((Part::Doc(DocPart::Decade(year)), i + 1));
                }
            }
        }
        None
    }

    fn is_latin(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            matches!(t.kind, Kind::Word(_))
                && self
                    .text
                    .get(t.start..t.end)
                    .is_some_and(|s| s.bytes().all(|b| b.is_ascii_alphabetic()))
        })
    }

    fn before_is_latin(&self) -> bool {
        self.before.is_some_and(|t| {
            matches!(t.kind, Kind::Word(_))
                && self
                    .text
                    .get(t.start..t.end)
                    .is_some_and(|s| s.bytes().all(|b| b.is_ascii_alphabetic()))
        })
    }

    fn before_is_punct(&self, c: char) -> bool {
        self.before.is_some_and(|t| t.is_punct(c))
    }

    /// Whether the token at `i` starts its line (or the text the grammar was given).
    fn heads_line(&self, i: usize) -> bool {
        self.before.is_none() || self.tok(i).is_some_and(|t| t.breaks_before > 0)
    }

    /// `২০২৪ মার্চ ০৮`: year, month name, day.
    fn year_month_day(&self, i: usize) -> Option<(Part, usize)> {
        let year = self.plausible_year(i)?;
        let Some(Word::GregMonth(m)) = self.word(i + 1) else { return None };
        let d = self.num(i + 2).filter(|d| d.digits <= 2 && (1..=31).contains(&d.value))?;
        let parts = GregParts::written(Some(d.value as u8), m, Some(year), self.span(i, i + 2));
        Some((Part::Greg(parts), i + 3))
    }

    /// `২` in `২, ৩ ও ৪ মার্চ`: a day at the head of a list, dated by the list's month.
    fn list_day(&self, i: usize) -> Option<(Part, usize)> {
        let n = self.num(i).filter(|n| n.digits <= 2 && (1..=31).contains(&n.value))?;
        let next = self.num(i + 2).filter(|m| m.digits <= 2 && (1..=31).contains(&m.value));
        (self.punct(i + 1, ',') && next.is_some())
            .then(|| (Part::Doc(DocPart::ListDay(n.value as u8)), i + 1))
    }

    /// A duration starting at `i`: `তিন দিন`, `পরবর্তী ৭২ ঘণ্টা`, `তিনদিন`, `২০ বছর ৯ মাস`,
    /// `তিন (৩) মাস`, `দেড় ঘণ্টা`, `সাড়ে তিন ঘণ্টা`, `আধা ঘণ্টা`. Not `১১ দিন আগে`, a relative
    /// date the expression recognisers read.
    fn duration(&self, i: usize) -> Option<(Part, usize)> {
        let mut j = i;
        // পরবর্তী / আগামী / গত + a count is still a duration: `পরবর্তী ৭২ ঘণ্টা`.
        if matches!(self.word(j), Some(Word::Pointer(1) | Word::Direction(-1 | 1))) {
            j += 1;
        }
        let mut d = Duration::default();
        let mut any = false;
        loop {
            // `দেড় ঘণ্টা`, `আড়াই ঘণ্টা`, `আধা ঘণ্টা`, `সাড়ে তিন ঘণ্টা`: hours and a half.
            let half = match self.word(j) {
                Some(Word::HourWord { hour, minute: 30, unit: None }) => Some((u32::from(hour), j)),
                Some(Word::Fraction(30)) => Some(self.count(j + 1).map_or((0, j), |n| (n, j + 1))),
                _ => None,
            };
            if let Some((h, k)) = half {
                if self.word(k + 1) == Some(Word::Unit(Unit::Hour)) {
                    d.add(h, Unit::Hour);
                    d.add(30, Unit::Minute);
                    any = true;
                    j = k + 2;
                    continue;
                }
            }
            if let Some(Word::Quantity(n, unit)) = self.word(j) {
                d.add(u32::from(n), unit);
                any = true;
                j += 1;
            } else if let (Some(Word::Unit(unit)), Some(Word::RoughCount(n))) =
                (self.word(j), self.word(j + 1))
            {
                // `মিনিট দশেকের`, `দিন সাতেক`: the unit, then the rough count.
                d.add(u32::from(n), unit);
                any = true;
                j += 2;
            } else if let Some((n, after)) = self.count_at(j) {
                // `তিন (৩) মাস`: the count repeated in digits.
                let mut k = after;
                if self.punct(k, '(') && self.count(k + 1) == Some(n) && self.punct(k + 2, ')') {
                    k += 3;
                }
                match self.word(k) {
                    Some(Word::Unit(unit)) => {
                        d.add(n, unit);
                        any = true;
                        j = k + 1;
                    }
                    // `এক দশকের বেশি সময় ধরে`: decades, in years (fresh article B03).
                    Some(Word::Decade) if n <= 20 => {
                        d.add(n * 10, Unit::Year);
                        any = true;
                        j = k + 1;
                    }
                    // `তিন-চার বছরের`, `৩০-৪০ বছরের`, `দুই থেকে তিন দিন`: the start of a span of
                    // counts, in the unit written after its end (not of years ago, `৫ থেকে ৭
                    // বছর আগে`, a span of dates).
                    _ if !any => {
                        let unit = self.count_range_unit(k)?;
                        d.add(n, unit);
                        return Some((Part::Doc(DocPart::Duration(d)), k));
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        // `১১ দিন আগে` is a relative date (read by the expression recognisers), not this. (`২২
        // বছর পর ভারতকে হারানো`, "after 22 years", stays a duration, as the annotations read
        // it; `এর দুই বছর পর` is a year of the story, see `days_after`.)
        // (After a genitive, what is counted runs from what it names: `পরীক্ষা শুরুর ৩০ মিনিট
        // আগে`, `ঈদের তিন দিন আগে` are how long before it, durations, as `অবলুপ্তির ৪৭ বছর পর`;
        // fresh article A04.)
        if !any
            || (matches!(self.word(j), Some(Word::AgoLater(_))) && !self.counted_from_genitive(i))
        {
            return None;
        }
        // `এক দিনের ক্রিকেট`, `এক দিনের আন্তর্জাতিক ম্যাচ`: the one-day match, a format.
        let next = self.raw(j).unwrap_or_default();
        let one_day = Duration { days: 1, ..Duration::default() };
        // `আমাকে একদিন … পরামর্শ দেন`: একদিন in one word is "one day", some day, unless it
        // lasts or counts (`একদিন ধরে`, `একদিন পর`).
        let counts = matches!(next, "ধরে" | "ব্যাপী" | "পর" | "পরে" | "পরেই" | "আগে" | "আগেই");
        if d == one_day && self.raw(i) == Some("একদিন") && !counts {
            return None;
        }
        if d == one_day
            && ["ক্রিকেট", "আন্তর্জাতিক", "ম্যাচ", "সিরিজ", "বিশ্বকাপ"].iter().any(|w| next.starts_with(w))
        {
            return None;
        }
        Some((Part::Doc(DocPart::Duration(d)), j))
    }

    /// The unit of a span of counts whose connector is at `k` (`-`, `–` glued or spaced, থেকে):
    /// the unit after the count that ends it, unless ago or later follows.
    fn count_range_unit(&self, k: usize) -> Option<Unit> {
        let dash = self.punct(k, '-') || self.punct(k, '–');
        if !dash && self.word(k) != Some(Word::From) {
            return None;
        }
        let (_, after) = self.count_at(k + 1)?;
        let Some(Word::Unit(unit)) = self.word(after) else { return None };
        // (`৯০ থেকে ১০০ বছর আগের`: আগের, the pointer, counts back too.)
        let ago = matches!(self.word(after + 1), Some(Word::AgoLater(_) | Word::Pointer(-1 | 1)));
        (!ago).then_some(unit)
    }
}

/// The day-part words that a generic word before them makes no particular day's (`প্রতিদিন
/// সকালে`, `এক রাতে`): checked by the document reader on the token before a day part.
pub(crate) fn makes_generic(w: Option<Word>) -> bool {
    let one = Word::HourWord { hour: 1, minute: 0, unit: None };
    matches!(w, Some(Word::Daily | Word::Every | Word::During | Word::InHistory)) || w == Some(one)
}

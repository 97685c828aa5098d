//! The date recognisers: a day, a year, and the written dates of the three calendars in every
//! order real pages use (day first, month first, year first, numeric).

use super::SAKA_YEAR_THRESHOLD;
use super::{BanglaParts, Found, Grammar, GregParts, HijriParts, Part, is_danda};
use crate::calendar::era::{CalendarEra, EraYear};
use crate::error::{Error, ErrorKind};
use crate::parse::lexer::{Kind, Token};
use crate::parse::words::{self, Era, Unit, Word};

/// Years written after a Bangabda month with no era word that are Gregorian years, not a
/// calendar of the month's (Śaka 2000 is 2078 CE; Vikram Samvat 2061 was 2004): `পহেলা
/// বৈশাখ ২০২৪` labels the day with its Gregorian year.
const GREGORIAN_LABEL_YEARS: core::ops::RangeInclusive<i32> = 2000..=2060;

impl Grammar<'_> {
    /// The error for a year of five digits or more at token `i`: the year as written when it
    /// fits an `i64`, else the digits themselves (a twenty-digit year is not rounded to
    /// nineteen).
    #[cold]
    fn year_too_long(&self, i: usize) -> Error {
        let span = self.span(i, i);
        let written = self.text.get(span.clone()).unwrap_or_default();
        let ascii = crate::digits::to_ascii_digits(written);
        let kind = match ascii.parse::<i64>() {
            Ok(year) => ErrorKind::YearOutOfRange { year, min: 1, max: 9999 },
            Err(_) => ErrorKind::NumberTooLarge { text: written.to_owned(), max_digits: 18 },
        };
        Error::at(kind, span)
    }

    /// `day = NUM(1-2) ORDINAL? | DAY-WORD`: the day's value and the next index.
    pub(super) fn day(&self, i: usize) -> Option<(u64, usize)> {
        match self.tok(i)?.kind {
            Kind::Num(n) if n.digits <= 2 => {
                let mut j = i + 1;
                // `৬-ই এপ্রিল`, `১৯'শে মে`: the ordinal after a hyphen or an apostrophe, glued
                // on both sides.
                let hyphened = (self.punct(j, '-') || self.apostrophe(j))
                    && self.glued(j)
                    && self.glued(j + 1)
                    && self.word(j + 1) == Some(Word::Ordinal);
                if hyphened {
                    j += 1;
                }
                if self.word(j) == Some(Word::Ordinal)
                    || self.misspelt_ordinal(j)
                    || self.numeral_ordinal(j)
                {
                    j += 1;
                }
                Some((n.value, j))
            }
            Kind::Word(Some(Word::DayWord(d))) => Some((u64::from(d), i + 1)),
            // A cardinal number in words right before a month's name (`ত্রিশ নভেম্বর`, `পনেরো
            // আগস্ট`, `পঁচিশ বৈশাখ`), or before তারিখ after one (`জানুয়ারীর পঁচিশ তারিখ`): the
            // day, its ordinal ending left off.
            // (The word is looked at before the next token, which a word of another kind does
            // not read.)
            Kind::Word(Some(w)) => {
                let raw = self.raw(i).unwrap_or_default();
                let day = match w {
                    Word::CardinalDay(d) => d,
                    Word::HourWord { hour, minute: 0, unit: None } => hour,
                    Word::DecadeWord(2) if raw == "বিশ" => 20,
                    Word::DecadeWord(3) if raw == "ত্রিশ" || raw == "তিরিশ" => {
                        30
                    }
                    Word::CenturyOrdinal(n @ 13..=21) => n,
                    _ => return None,
                };
                let dated = self.month_name(i + 1) || self.word(i + 1) == Some(Word::DateWord);
                dated.then_some((u64::from(day), i + 1))
            }
            _ => None,
        }
    }

    /// Whether the word at `i` is a Gregorian or Bangabda month's name.
    pub(super) fn month_name(&self, i: usize) -> bool {
        matches!(
            self.word(i),
            Some(Word::GregMonth(_) | Word::BanglaMonth(_) | Word::AssameseMonth(_))
        )
    }

    /// The ordinal endings of numbers (`১ম`, `২য়`, `৪র্থ`, `৬ষ্ঠ`, `১০ম`, `২১তম`) glued to a day
    /// before a month name (`১ম এপ্রিল, ৬ই এপ্রিল …`): "the first of April"; elsewhere they
    /// count (`১ম দফা`).
    fn numeral_ordinal(&self, j: usize) -> bool {
        // (য় in either encoding; the cheap tests first: this is asked after every number.)
        const ENDINGS: &[&str] = &["ম", "য\u{09BC}", "\u{09DF}", "র্থ", "ষ্ঠ", "তম"];
        self.glued(j)
            && matches!(self.tok(j).map(|t| t.kind), Some(Kind::Word(None)))
            && self.raw(j).is_some_and(|w| ENDINGS.contains(&w))
            && matches!(
                self.word(j + 1),
                Some(Word::GregMonth(_) | Word::GregMonthShort(_) | Word::BanglaMonth(_))
            )
    }

    /// `সে` for the ordinal শে (`১৯ সে জুন`), or the ending এ spaced from its day (`২৫ এ মে`),
    /// before a month name: সে is otherwise a pronoun, এ "this".
    fn misspelt_ordinal(&self, j: usize) -> bool {
        let word = self.word(j);
        let spaced = (word == Some(Word::Pointer(0)) && self.raw(j) == Some("সে"))
            || (word == Some(Word::Direction(0)) && self.raw(j) == Some("এ"));
        spaced
            && (matches!(
                self.word(j + 1),
                Some(
                    Word::GregMonth(_)
                        | Word::GregMonthShort(_)
                        | Word::BanglaMonth(_)
                        | Word::AssameseMonth(_)
                        | Word::HijriMonth(_)
                )
            ) || self.hyphenated_hijri(j + 1).is_some())
    }

    /// A written year at `i`: 4 digits, or 3 digits followed by an era word. More than 4 digits
    /// next to a date is an error (`১২ জানুয়ারি ২০২৬০`).
    pub(super) fn year(&self, i: usize) -> Found<i32> {
        let Some(n) = self.num(i) else {
            return Ok(None);
        };
        // `১২ মার্চ ১০৩০ ঘটিকায়`, `০৯০০ ঘণ্টা`: the 24-hour clock of an office's notice, its
        // unit after it (probe 3: read as the year 1030).
        if n.digits == 4
            && (matches!(self.word(i + 1), Some(Word::HourUnit { .. } | Word::Unit(Unit::Hour)))
                || self.hour_mark_signed(i + 1))
        {
            return Ok(None);
        }
        let era_follows = matches!(self.word(i + 1), Some(Word::Era(_)));
        match n.digits {
            4 | 3 if n.value == 0 => Err(Error::at(
                ErrorKind::YearOutOfRange { year: 0, min: 1, max: 9999 },
                self.span(i, i),
            )),
            4 => Ok(Some((n.value as i32, i + 1))),
            3 if era_follows => Ok(Some((n.value as i32, i + 1))),
            d if d >= 5 => Err(self.year_too_long(i)),
            _ => Ok(None),
        }
    }

    /// Optional `,`? year ERA? ("-" CASE)? after a month; returns (year, era, next index).
    pub(super) fn year_after_month(
        &self,
        i: usize,
    ) -> Result<(Option<i32>, Option<Era>, usize), Error> {
        // `নভেম্বর’২০০০ইং`, `মে'২০০৪`: an apostrophe joins the month to its year, as a hyphen.
        // So does a slash before a full year (`৩০ শে জুন/২০২২ইং`).
        let slash = self.punct(i, '/') && self.num(i + 1).is_some_and(|n| n.digits == 4);
        let joiner = self.punct(i, '-') || self.apostrophe(i) || slash;
        // (`১৯ নভেম্বর- ২০২৪ ইং`: a hyphen glued to the month and a full year after a space, a
        // notice's typing; not a year that starts a date of its own.)
        let spaced_year = self.punct(i, '-')
            && self.glued(i)
            && self.num(i + 1).is_some_and(|n| n.digits == 4)
            && !matches!(self.word(i + 2), Some(Word::GregMonth(_) | Word::BanglaMonth(_)))
            && !(self.word(i + 2) == Some(Word::Era(Era::Year))
                && self.num(i + 3).is_some()
                && matches!(self.word(i + 4), Some(Word::GregMonth(_) | Word::BanglaMonth(_))));
        let hyphen = joiner && self.glued(i) && (self.glued(i + 1) || spaced_year);
        let j = if self.punct(i, ',') || hyphen { i + 1 } else { i };
        let Some((year, mut k)) = self.year(j)? else {
            return Ok((None, None, i));
        };
        // `২ জানুঃ ১৮৩৯ সালের এই দিনে`: the year of "on this day in 1839" under a heading's day
        // is the phrase's, not the heading's.
        if self.anniversary(j).is_some() {
            return Ok((None, None, i));
        }
        let mut era = None;
        // (Not an era word on the next line, nor বাংলা after a year no Bangabda date has: the
        // language's name, `১৭ এপ্রিল ২০২১ বাংলা চলচ্চিত্র`. বঙ্গাব্দ written out is the era's
        // whatever the year.)
        let era_word = self
            .word(k)
            .filter(|_| self.tok(k).is_some_and(|t| t.breaks_before == 0))
            .filter(|w| !(matches!(w, Word::Era(e) if !e.holds(year)) && self.language_word(k)));
        if let Some(Word::Era(e)) = era_word {
            // `১২ ফেব্রুয়ারি ১৪৪২ হিজরির ২৯ জমাদিউল আখিরা`: another calendar's year that heads
            // a date of its own (`১৪৪৫ হিজরি সনের ১৫ শাবান`) is that date's, not this one's.
            let after = k + 1 + usize::from(self.word(k + 1) == Some(Word::Era(Era::Year)));
            let heads_own = self.num(after).is_some_and(|n| n.digits <= 2)
                && matches!(
                    (e, self.word(after + 1)),
                    (Era::Hijri, Some(Word::HijriMonth(_)))
                        | (Era::Bangla, Some(Word::BanglaMonth(_)))
                );
            if heads_own {
                return Ok((None, None, i));
            }
            era = Some(e);
            k = self.skip_abbreviation_dot(k + 1);
        }
        // `২০২৫-এ`: a case ending after a hyphen.
        if let Some(after) = self.case_ending(k, false) {
            k = after;
        }
        Ok((Some(year), era, k))
    }

    /// Whether the word at `k` is বাংলা, also the language's name (not বঙ্গাব্দ).
    pub(super) fn language_word(&self, k: usize) -> bool {
        self.raw(k).is_some_and(|w| w.starts_with("বাংলা"))
    }

    /// An apostrophe or a slash glued between a month and two digits (`আগস্ট'২৪`, `মে’৭১`,
    /// `ফেব্রুয়ারী/২৪`): the year written short and the index after it (and after a case ending
    /// or an era word). Not when more digits follow glued (`'২৪.৫`), nor when a month follows
    /// (`২০ ফেব্রুয়ারি/২৪ ফেব্রুয়ারি`, another day).
    ///
    /// Also two digits spaced after the month with their era word (`১২ মার্চ ২৪ইং`, `২৪ খ্রিঃ`,
    /// `২৩ সালে`), or after a spaced apostrophe (`১২ ডিসেম্বর '২৩`) (probe 3: were the
    /// reference's year).
    fn short_year_after_month(&self, i: usize) -> Option<(u8, usize)> {
        // (After a month, an opening quote ‘ is elision's mark too: `১০ মার্চ, ‘২৩`.)
        let elision = |k: usize| self.apostrophe(k) || self.punct(k, '\u{2018}');
        // `১০ মার্চ, ২৩`, `10 Mar 23`: two digits after the month (and a comma), closing the
        // text, its line or its phrase: a stamp's year written short (probe 6), not a count
        // (`১০ মার্চ, ২৩ জন`) nor a day (`১০ মার্চ, ২৩ মার্চ`).
        let at = if self.punct(i, ',') && self.glued(i) { i + 1 } else { i };
        if let Some(n) = self.num(at).filter(|n| n.digits == 2 && !self.glued(at)) {
            let closes = self.tok(at + 1).is_none_or(|t| {
                t.breaks_before > 0
                    || matches!(t.kind, Kind::Punct(c) if matches!(c, '।' | '|' | ')' | ']' | ';')
                        || (c == ',' && self.num(at + 2).is_none()))
            });
            if closes {
                return Some((n.value as u8, at + 1));
            }
        }
        let era = |k: usize| matches!(self.word(k), Some(Word::Era(Era::Christian | Era::Year)));
        if let Some(n) = self.num(i).filter(|n| n.digits == 2 && !self.glued(i) && era(i + 1)) {
            return Some((n.value as u8, self.skip_abbreviation_dot(i + 2)));
        }
        // `১০ মার্চ, '২৩`: a comma before the apostrophe (probe 6).
        if self.punct(i, ',') && self.glued(i) && elision(i + 1) && self.glued(i + 2) {
            return self.short_year_after_month(i + 1);
        }
        // `১০-মার্চ-২৩`, `10-Mar-23`: a hyphen glued on both sides, as between the day and the
        // month (probe 6).
        let hyphen = self.punct(i, '-') && i.checked_sub(2).is_some_and(|d| self.punct(d, '-'));
        let mark = elision(i) || self.punct(i, '/') || hyphen;
        let spaced_apostrophe = elision(i) && !self.glued(i) && self.glued(i + 1);
        // `১০ মার্চ’ ২৩`: the apostrophe glued to the month, the year after a space, closing
        // the phrase.
        let apostrophe_then_space = elision(i)
            && self.glued(i)
            && !self.glued(i + 1)
            && self
                .tok(i + 2)
                .is_none_or(|t| matches!(t.kind, Kind::Punct(_)) || t.breaks_before > 0);
        if !mark
            || !(self.glued(i) || spaced_apostrophe)
            || !(self.glued(i + 1) || apostrophe_then_space)
        {
            return None;
        }
        let n = self.num(i + 1).filter(|n| n.digits == 2)?;
        let month_after = |k: usize| {
            matches!(
                self.word(k),
                Some(Word::GregMonth(_) | Word::GregMonthShort(_) | Word::BanglaMonth(_))
            )
        };
        if month_after(i + 2) || (self.word(i + 2) == Some(Word::Ordinal) && month_after(i + 3)) {
            return None;
        }
        let k = i + 2;
        if let Some(after) = self.case_ending(k, false) {
            return Some((n.value as u8, after));
        }
        let punct = matches!(self.tok(k).map(|t| t.kind), Some(Kind::Punct(_)));
        if punct && self.glued(k) && self.glued(k + 1) && self.num(k + 1).is_some() {
            return None;
        }
        match self.word(k) {
            Some(Word::Era(Era::Christian | Era::Year)) => {
                Some((n.value as u8, self.skip_abbreviation_dot(k + 1)))
            }
            _ => Some((n.value as u8, k)),
        }
    }

    /// `k`, or the index after a full stop glued to the abbreviation before it (`Mar.`, `Sept.`,
    /// `খ্রি.`, `ইং.`, `জানু.`): an English month of at most four letters, a Bengali month cut
    /// short, or a short era word.
    pub(super) fn skip_abbreviation_dot(&self, k: usize) -> usize {
        if !(self.punct(k, '.') && self.glued(k)) {
            return k;
        }
        let Some(prev) = k.checked_sub(1).and_then(|p| self.tok(p)) else { return k };
        let len = prev.end - prev.start;
        let ascii = self.text.as_bytes().get(prev.start).is_some_and(u8::is_ascii);
        let abbreviation = match prev.word() {
            Some(Word::GregMonth(_)) => ascii && len <= 4,
            // `জানু.`, `সেপ্ট.`: a Bengali month cut short.
            Some(Word::GregMonthShort(_)) => true,
            // খ্রি, খ্রী, ইং, বাং: at most four Bengali letters and signs.
            Some(Word::Era(_)) => !ascii && len <= 12,
            _ => false,
        };
        if abbreviation { k + 1 } else { k }
    }

    /// A case ending written after a number at `k`: after a hyphen or an apostrophe
    /// (`২০২৫-এ`, `১৯৪৫-এর`, `১৯৭১'র`, `২০২০-তে`), glued (`১৯৪৫এর`), or, with `spaced`, after a
    /// space (`১৯৭১ এর`): the index after it.
    pub(super) fn case_ending(&self, k: usize, spaced: bool) -> Option<usize> {
        let ending = |w: Option<Word>| matches!(w, Some(Word::CaseSuffix | Word::Direction(0)));
        let linked =
            matches!(self.tok(k).map(|t| t.kind), Some(Kind::Punct('-' | '–' | '\'' | '\u{2019}')));
        if linked && self.glued(k) && self.glued(k + 1) && ending(self.word(k + 1)) {
            return Some(k + 2);
        }
        if self.glued(k) && ending(self.word(k)) {
            return Some(k + 1);
        }
        // Spaced, only the genitive (এ spaced is as often the demonstrative "this").
        (spaced && self.word(k) == Some(Word::CaseSuffix)).then_some(k + 1)
    }

    /// Two digits with a case ending or সাল, then a day and a Gregorian month (`৭২’এর ১৪ আগস্ট`,
    /// `৭৫এর ১৫ই আগস্টের`, `৭১-এর ২৫ মার্চ`): the year written short first; the resolver
    /// picks its century. The case ending after a hyphen or an apostrophe, or glued.
    fn short_year_first(&self, i: usize) -> Option<(Part, usize)> {
        let n = self.num(i).filter(|n| n.digits == 2 && !n.numbered)?;
        // (… or সাল: `৭১ সালের ২৫ মার্চ`, `২৪ সালের ৫ আগস্ট`; probe 7: the year was dropped.)
        let k = self
            .case_ending(i + 1, false)
            .or_else(|| (self.word(i + 1) == Some(Word::Era(Era::Year))).then_some(i + 2))?;
        let (day, m) = self.day(k).filter(|_| self.num(k).is_some())?;
        let Some(Word::GregMonth(month)) = self.word(m) else { return None };
        let span = self.span(i, m);
        let written =
            GregParts::written(Some(Self::day_number(day)), month, Some(n.value as i32), span);
        Some((Part::Greg(GregParts { short_year: true, ..written }), m + 1))
    }

    /// A day number as read: at most two digits, or a day word. Whether that day exists in its
    /// month is checked once the whole date is read (`super::days`), for every calendar alike.
    pub(super) fn day_number(day: u64) -> u8 {
        debug_assert!(day <= 99, "days are read from at most two digits");
        day.min(99) as u8
    }

    /// `day MONTH (year)?` for the three calendars, and the Śaka reading of a Bangabda month
    /// name with a Śaka year or era word.
    pub(super) fn day_month(&self, i: usize) -> Found<Part> {
        let Some((day, j)) = self.day(i) else {
            return Ok(None);
        };
        // `১০-জ্বিলহজ্জ-১৪৪৬`: a hyphen glued between day and month name (between two numbers
        // it starts a range, `৫-৯ জানুয়ারি`).
        let hyphenated = self.punct(j, '-') && self.glued(j) && self.glued(j + 1);
        // `রবিবার ০৭, ডিসেম্বর ২০২৫`: after a weekday, a comma between the day and a month
        // written with its year (not a list's `৬, ৭ ও ৮ ডিসেম্বর`, nor a magazine's `সংখ্যা ৫,
        // ডিসেম্বর ২০২৫`).
        let weekday = |w: Option<Word>| matches!(w, Some(Word::Weekday { .. }));
        let after_weekday = match i.checked_sub(1) {
            Some(b) => weekday(self.word(b)),
            None => weekday(self.before.as_ref().and_then(Token::word)),
        };
        let comma = after_weekday
            && self.punct(j, ',')
            && matches!(self.word(j + 1), Some(Word::GregMonth(_)))
            && self.num(j + 2).is_some_and(|n| n.digits == 4);
        let j = if (hyphenated && self.word(j + 1).is_some()) || comma { j + 1 } else { j };
        // `২ রবি-আল-আওয়াল ১৪৪৭`: a Hijri month written with hyphens.
        let (month_word, after_month) = match self.hyphenated_hijri(j) {
            Some((m, after)) => (Word::HijriMonth(m), after),
            None => match self.word(j) {
                Some(w) => (w, j + 1),
                // A month's name misspelt by one letter after the day (`১৩ ডিসেম্ববর`).
                None => match self
                    .tok(j)
                    .filter(|t| t.kind == Kind::Word(None))
                    .and_then(|_| self.raw(j))
                    .and_then(crate::parse::words::month_typo)
                {
                    Some(m) => (Word::GregMonth(m), j + 1),
                    None => return Ok(None),
                },
            },
        };
        // `১৭ নভে ২০২৫`: a month cut short, read only with its year, or with the mark that cuts
        // it short and a day in digits (`২ জানুঃ`, `১৪ জানু.`: a history list's headings; জানু
        // alone is also "knee").
        let month_word = match month_word {
            // (`১৪ জানু. ২০২৪`: with its abbreviation's full stop.)
            Word::GregMonthShort(m) => {
                let marked = self.raw(j).is_some_and(|w| w.ends_with('ঃ'))
                    || self.skip_abbreviation_dot(j + 1) > j + 1;
                let digits = self.num(i).is_some();
                match self.year_after_month(self.skip_abbreviation_dot(j + 1))? {
                    (Some(_), _, _) => Word::GregMonth(m),
                    _ if marked && digits => Word::GregMonth(m),
                    _ => return Ok(None),
                }
            }
            w => w,
        };
        match month_word {
            Word::GregMonth(m) => {
                let day = Self::day_number(day);
                let after_month = self.skip_abbreviation_dot(j + 1);
                // `৫ই আগস্ট'২৪`: two digits after an apostrophe, the year written short; the
                // resolver picks its century and says so.
                if let Some((yy, k)) = self.short_year_after_month(after_month) {
                    let span = self.span(i, k - 1);
                    let written = GregParts::written(Some(day), m, Some(i32::from(yy)), span);
                    return Ok(Some((Part::Greg(GregParts { short_year: true, ..written }), k)));
                }
                let (year, era, k) = self.year_after_month(after_month)?;
                // `৯ মার্চ ১৪৪৫ হিজরী`: a Gregorian month with another calendar's year.
                let era_conflict = matches!(era, Some(Era::Hijri | Era::Bangla | Era::Saka))
                    .then(|| self.span(j + 1, k - 1));
                let other_era_year = year.zip(era).filter(|_| era_conflict.is_some());
                let year = if era_conflict.is_some() { None } else { year };
                // A month unit after the name (`ডিসেম্বর মাসে`) belongs to the date.
                let k = if self.word(k) == Some(Word::Unit(Unit::Month)) { k + 1 } else { k };
                let span = self.span(i, k - 1);
                let written = GregParts::written(Some(day), m, year, span);
                let parts = GregParts { era_conflict, other_era_year, ..written };
                Ok(Some((Part::Greg(parts), k)))
            }
            Word::BanglaMonth(month) | Word::AssameseMonth(month) => {
                let day = Self::day_number(day);
                let (year, era, k) = self.year_after_month(j + 1)?;
                // `৭ই শ্রাবণ, ২০৮১ বিক্রম সংবৎ`: a lunar month of Vikram Samvat.
                if let Some(after) = self.lunisolar_era(k).filter(|_| year.is_some()) {
                    let year = year.map(|y| EraYear::new(CalendarEra::VikramSamvat, y));
                    return Ok(Some((Part::Lunisolar(year), after)));
                }
                let span = self.span(i, k - 1);
                let assamese = matches!(month_word, Word::AssameseMonth(_));
                // `পহেলা বৈশাখ ২০২৪`: a Gregorian year as the label of a Bangabda day (no
                // Bangabda, Śaka or current Vikram year is near it): another calendar's year.
                let gregorian_label = matches!(era, None | Some(Era::Year))
                    && year.is_some_and(|y| (GREGORIAN_LABEL_YEARS).contains(&y));
                let era_conflict = (matches!(era, Some(Era::Christian | Era::Hijri))
                    || gregorian_label)
                    .then(|| self.span(j + 1, k - 1));
                let year = if era_conflict.is_some() { None } else { year };
                let parts = BanglaParts { day, month, year, span, era, assamese, era_conflict };
                Ok(Some((parts.into_part(), k)))
            }
            Word::HijriMonth(m) => {
                let day = Self::day_number(day);
                let (year, _era, k) = self.year_after_month(after_month)?;
                let span = self.span(i, k - 1);
                Ok(Some((Part::Hijri(HijriParts { day, month: m, year, span }), k)))
            }
            _ => Ok(None),
        }
    }

    /// `G-MONTH NUM ORDINAL? ","? year`: month first, as WordPress prints (`January 2, 2026`).
    pub(super) fn month_first(&self, i: usize) -> Found<Part> {
        // (A month cut short too, `সেপ্টে ৪, ২০২১`: read only with its year, as below.)
        let Some(Word::GregMonth(m) | Word::GregMonthShort(m)) = self.word(i) else {
            return Ok(None);
        };
        // `ফেব্রুয়ারির প্রথম দিন`: the month's first day.
        let genitive = self.raw(i).is_some_and(|w| w.ends_with('র') && !w.is_ascii());
        if genitive
            && self.word(i + 1) == Some(Word::Nth(1))
            && self.word(i + 2) == Some(Word::Unit(Unit::Day))
        {
            let parts = GregParts::written(Some(1), m, None, self.span(i, i + 2));
            return Ok(Some((Part::Greg(parts), i + 3)));
        }
        // `Mar. 5, 2024`; `মে মাসের ১, ২০২৫` (the month's unit between, the year required
        // below; fresh set AD-075: missed).
        let d = self.skip_abbreviation_dot(i + 1);
        let d = if self.word(d) == Some(Word::Unit(Unit::Month))
            && self.raw(d).is_some_and(|w| w.ends_with('র'))
            && self.num(d + 1).is_some_and(|n| n.digits <= 2)
        {
            d + 1
        } else {
            d
        };
        // `জানুয়ারি ২০২৬`: a month and its year.
        if let Some(y) = self.num(d).filter(|n| n.digits == 4 && n.value > 0) {
            let year = Some(y.value as i32);
            let span = self.span(i, d);
            let parts = GregParts::written(None, m, year, span);
            return Ok(Some((Part::Greg(parts), d + 1)));
        }
        let Some(n) = self.num(d).filter(|n| n.digits <= 2) else {
            return Ok(None);
        };
        let mut j = d + 1;
        if self.word(j) == Some(Word::Ordinal) {
            j += 1;
        }
        let k = if self.punct(j, ',') { j + 1 } else { j };
        let Some((year, end)) = self.year(k)? else {
            return Ok(None);
        };
        let day = Self::day_number(n.value);
        let span = self.span(i, end - 1);
        Ok(Some((Part::Greg(GregParts::written(Some(day), m, Some(year), span)), end)))
    }

    /// `B-MONTH NUM ORDINAL? "," year ERA?` and the same with a Hijri month: month first, as
    /// some pages print them (`কার্তিক ৯, ১৪৩২ বঙ্গাব্দ`, `রবিউল আউয়াল ১৭, ১৪৪৭`). The comma
    /// and the year are required: a month name before a bare number is often something else.
    pub(super) fn other_month_first(&self, i: usize) -> Found<Part> {
        let (word, d) = match self.hyphenated_hijri(i) {
            Some((m, after)) => (Word::HijriMonth(m), after),
            None => match self.word(i) {
                Some(w) => (w, i + 1),
                None => return Ok(None),
            },
        };
        let Some(n) = self.num(d).filter(|n| n.digits <= 2) else { return Ok(None) };
        let mut j = d + 1;
        if self.word(j) == Some(Word::Ordinal) {
            j += 1;
        }
        // (`বৈশাখ ৫ ১৪৩১`, a risingbd header's Bangabda date, has no comma: only with a
        // Bangabda month and a year of Bangabda's.)
        let bangla_year_next = matches!(word, Word::BanglaMonth(_))
            && self.num(j).is_some_and(|y| y.digits == 4 && (1300..1500).contains(&y.value));
        let year_at = if self.punct(j, ',') {
            j + 1
        } else if bangla_year_next {
            j
        } else {
            return Ok(None);
        };
        let Some((year, mut k)) = self.year(year_at)? else { return Ok(None) };
        let era = match self.word(k) {
            Some(Word::Era(e)) => {
                k += 1;
                Some(e)
            }
            _ => None,
        };
        let span = self.span(i, k - 1);
        match word {
            Word::BanglaMonth(month) | Word::AssameseMonth(month) => {
                if matches!(era, Some(Era::Christian | Era::Hijri)) {
                    return Ok(None);
                }
                let day = Self::day_number(n.value);
                let assamese = matches!(word, Word::AssameseMonth(_));
                let year = Some(year);
                let parts =
                    BanglaParts { day, month, year, span, era, assamese, era_conflict: None };
                Ok(Some((parts.into_part(), k)))
            }
            Word::HijriMonth(m) => {
                if matches!(era, Some(Era::Christian | Era::Bangla | Era::Saka)) {
                    return Ok(None);
                }
                let day = Self::day_number(n.value);
                Ok(Some((Part::Hijri(HijriParts { day, month: m, year: Some(year), span }), k)))
            }
            _ => Ok(None),
        }
    }

    /// A year of an era only Indian almanacs count in, `NUM (বিক্রম)? ERA` (`৫১২৫
    /// কলিযুগাব্দ`, `২০৮১ বিক্রম সংবৎ`), or a Śaka year standing alone (`১৯৪৬ শকাব্দ`).
    pub(super) fn era_year(&self, i: usize) -> Option<(Part, usize)> {
        let n = self.num(i).filter(|n| (3..=4).contains(&n.digits))?;
        let year = |era| Some(EraYear::new(era, n.value as i32));
        match self.word(i + 1) {
            Some(Word::IndianEra(era)) => Some((Part::IndianYear(year(era)), i + 2)),
            Some(Word::Era(Era::Saka)) => Some((Part::IndianYear(year(CalendarEra::Saka)), i + 2)),
            None => match self.word(i + 2) {
                Some(Word::IndianEra(era))
                    if matches!(self.tok(i + 1).map(|t| t.kind), Some(Kind::Word(None))) =>
                {
                    Some((Part::IndianYear(year(era)), i + 3))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// A Vikram Samvat era at `k` (`সংবৎ`, or `বিক্রম সংবৎ`, the first word unknown to the
    /// vocabulary): the index after it.
    pub(super) fn lunisolar_era(&self, k: usize) -> Option<usize> {
        let lunisolar =
            |i: usize| matches!(self.word(i), Some(Word::IndianEra(e)) if e.is_lunisolar());
        if lunisolar(k) {
            Some(k + 1)
        } else if matches!(self.tok(k).map(|t| t.kind), Some(Kind::Word(None))) && lunisolar(k + 1)
        {
            Some(k + 2)
        } else {
            None
        }
    }

    /// `year সালের day G-MONTH` and `year সালের G-MONTH মাসে?`.
    pub(super) fn year_first(&self, i: usize) -> Found<Part> {
        if let Some(found) = self.short_year_first(i) {
            return Ok(Some(found));
        }
        let Some(n) = self.num(i).filter(|n| n.digits == 4) else { return Ok(None) };
        let Some((era, e)) = self.year_link(i + 1) else {
            return Ok(self.year_month(i, n.value));
        };
        let year = Some(n.value as i32);
        let j = self.skip_brackets(e);
        if let Some((day, k)) = self.day(j) {
            // (`১৪৪৫ হিজরি সনের ১৫ রবি-উস-সানি`: a Hijri month written with hyphens.)
            if let Some((m, after)) = self.hyphenated_hijri(k) {
                if matches!(era, Era::Year | Era::Hijri) {
                    let day = Self::day_number(day);
                    let parts = HijriParts { day, month: m, year, span: self.span(i, after - 1) };
                    return Ok(Some((Part::Hijri(parts), after)));
                }
            }
            match self.word(k) {
                Some(Word::GregMonth(m)) if matches!(era, Era::Year | Era::Christian) => {
                    let day = Self::day_number(day);
                    let span = self.span(i, k);
                    let parts = GregParts::written(Some(day), m, year, span);
                    return Ok(Some((Part::Greg(parts), k + 1)));
                }
                // `১৪৪৬ হিজরির ১০ জিলহজ`.
                Some(Word::HijriMonth(m)) if matches!(era, Era::Year | Era::Hijri) => {
                    let day = Self::day_number(day);
                    let span = self.span(i, k);
                    let parts = HijriParts { day, month: m, year, span };
                    return Ok(Some((Part::Hijri(parts), k + 1)));
                }
                Some(Word::BanglaMonth(month)) if matches!(era, Era::Year | Era::Bangla) => {
                    let day = Self::day_number(day);
                    let span = self.span(i, k);
                    let parts = BanglaParts {
                        day,
                        month,
                        year: year.map(|y| Self::bangla_year_in(y, era, month, day)),
                        span,
                        era: Some(era),
                        assamese: false,
                        era_conflict: None,
                    };
                    return Ok(Some((Part::Bangla(parts), k + 1)));
                }
                // `২০১৭ সালের ২৬ ও ২৭ নভেম্বর`: the first of days that share the month after
                // them, in the year written first.
                _ if matches!(era, Era::Year | Era::Christian) => {
                    if let Ok(Some((Part::Greg(g), after))) = self.bare_day_before_range(j) {
                        let span = self.span(i, after - 1);
                        let parts = GregParts { year, span, ..g };
                        return Ok(Some((Part::Greg(parts), after)));
                    }
                }
                _ => {}
            }
        }
        if let (Some(Word::GregMonth(m)), true) =
            (self.word(j), matches!(era, Era::Year | Era::Christian))
        {
            let k = if self.word(j + 1) == Some(Word::Unit(Unit::Month)) { j + 2 } else { j + 1 };
            // `২০২৪ সালের মে মাসের ২ তারিখ`, `১৭৫৭ সালের জুন ২৩ তারিখে`, `১৭৫৭ সালের জুন ২৩,`
            if let Some((day, end)) = self.day_closing(k) {
                let parts = GregParts::written(Some(day), m, year, self.span(i, end - 1));
                return Ok(Some((Part::Greg(parts), end)));
            }
            let span = self.span(i, k - 1);
            let parts = GregParts::written(None, m, year, span);
            return Ok(Some((Part::Greg(parts), k)));
        }
        Ok(None)
    }

    /// The Bangabda year of a Bangabda day and month written under a year with সাল
    /// (`১৯৯৭ সালের ৩০ শে আষাঢ়`): a year past the Śaka threshold there is the Gregorian year the
    /// day falls in (Bangabda 1997 is centuries away, and Śaka is written শকাব্দ): the Bangabda
    /// year starts in mid-April, so Baishakh to mid-Poush fall in Bangabda year + 593, the rest
    /// in the Gregorian year after (Poush 17 is about 1 January).
    fn bangla_year_in(year: i32, era: Era, month: crate::types::Month, day: u8) -> i32 {
        let gregorian = era == Era::Year && year > SAKA_YEAR_THRESHOLD && year <= 2100;
        if !gregorian {
            return year;
        }
        let number = month.number();
        if number < 9 || (number == 9 && day <= 16) { year - 593 } else { year - 594 }
    }

    /// The day after a year and its month (`১৭৫৭ সালের জুন ২৩ তারিখে`, `২০২৫ নভেম্বর ১৭
    /// ০৯:৩২:০৫`), from `k`: a day number that closes the date — তারিখ after it, or the end, a
    /// line break, a comma, dari or bracket, a weekday, a period or a clock — so that it counts
    /// nothing (`২০২৪ সালের জুন ২৩ জন নিহত`: in June, 23 people). The day and the index after
    /// the date.
    fn day_closing(&self, k: usize) -> Option<(u8, usize)> {
        let (day, after) = self.day(k)?;
        let day = Self::day_number(day);
        let Some(t) = self.tok(after) else { return Some((day, after)) };
        if t.breaks_before > 0 {
            return Some((day, after));
        }
        let closes = match t.kind {
            Kind::Word(Some(Word::DateWord)) => return Some((day, after + 1)),
            Kind::Punct(c) => {
                matches!(c, ',' | ')' | ';' | '|') || (is_danda(c) && self.num(after + 1).is_none())
            }
            Kind::Word(Some(
                Word::Weekday { .. } | Word::Period(_) | Word::Meridiem(_) | Word::Label { .. },
            )) => true,
            Kind::Num(_) => matches!(self.time(after, true), Ok(Some(((_, true), _)))),
            _ => false,
        };
        closes.then_some((day, after))
    }

    /// A year of the last two centuries and a Gregorian month after it (`২০০৭ নভেম্বর - ৯৬
    /// ডলার`, `২০১৯ ডিসেম্বরে`): that month; with a day that closes the date after it, that
    /// day (`২০২৫ নভেম্বর ১৭ ০৯:৩২:০৫`, a print stamp).
    fn year_month(&self, i: usize, year: u64) -> Option<(Part, usize)> {
        let year = i32::try_from(year).ok().filter(|y| (1900..=2099).contains(y))?;
        let Some(Word::GregMonth(m)) = self.word(i + 1) else { return None };
        if !self.glued(i + 1) && self.tok(i + 1)?.breaks_before > 0 {
            return None;
        }
        if self.num(i + 2).is_some() {
            let (day, end) = self.day_closing(i + 2)?;
            let parts = GregParts::written(Some(day), m, Some(year), self.span(i, end - 1));
            return Some((Part::Greg(parts), end));
        }
        let parts = GregParts::written(None, m, Some(year), self.span(i, i + 1));
        Some((Part::Greg(parts), i + 2))
    }

    /// What ties a year to the date written after it (`year_first`), from `k`: an era word
    /// (`২০২৪ সালের`, `২০২৬ খ্রিস্টাব্দের`, `১৪৩২ বঙ্গাব্দের`, `১৪৪৬ হিজরির`), a calendar's
    /// name and then the year's (`২০২৪ ইং সালের`, `১৪৪৫ হিজরি সনের`), or a case ending
    /// (`১৯৪৫-এর`, `১৯৭৬-এ`, `১৯৭১'র`, `২০২০-তে`, read as [`Era::Year`]). Wiki markup may
    /// wrap the parts in link brackets (`[[১৮৭৬]] সালের [[১৫ সেপ্টেম্বর]]`). The era and the
    /// index after.
    fn year_link(&self, k: usize) -> Option<(Era, usize)> {
        let e = self.skip_brackets(k);
        match self.word(e) {
            Some(Word::Era(era @ (Era::Year | Era::Christian | Era::Bangla | Era::Hijri))) => {
                let mut next = self.skip_abbreviation_dot(e + 1);
                if era != Era::Year && self.word(next) == Some(Word::Era(Era::Year)) {
                    next += 1;
                }
                Some((era, next))
            }
            _ => self.case_ending(k, true).map(|next| (Era::Year, next)),
        }
    }

    /// The index after any wiki link brackets at `i`.
    pub(super) fn skip_brackets(&self, mut i: usize) -> usize {
        while self.punct(i, '[') || self.punct(i, ']') {
            i += 1;
        }
        i
    }

    /// `NUM ~SEP~ NUM ~SEP~ NUM` with one separator of `/`, `-`, `.`: DD/MM/YYYY or YYYY-MM-DD.
    pub(super) fn numeric(&self, i: usize) -> Found<Part> {
        let Some(a) = self.num(i) else {
            return Ok(None);
        };
        let Some(Kind::Punct(sep)) = self.tok(i + 1).map(|t| t.kind) else {
            return Ok(None);
        };
        // (The dari between glued numbers, `৪।৭।৪৬`, as letters of the 1940s typed dates; the
        // underscore of a hashtag, `#তারিখ_০৫_০৩_২০২১ইং`, with a four-digit year; the en dash a
        // word processor puts for a hyphen, `৫–১–২৩`, day first: `২০১৯–২০–২১` is years.)
        let en_dash = sep == '–';
        if !matches!(sep, '/' | '-' | '.' | '।' | '_' | '–') || (en_dash && a.digits > 2) {
            return Ok(None);
        }
        if !self.glued(i + 1) || !self.glued(i + 2) {
            return Ok(self.spaced_numeric(i, sep));
        }
        let Some(b) = self.num(i + 2) else {
            return Ok(None);
        };
        // `আগামী ৭-১০ ২০২২`: day and month joined, the year after a space (notices); only after
        // a date word or গত/আগামী, since `২-১ ২০২২` is as likely a score and a year.
        let announced = i
            .checked_sub(1)
            .and_then(|b| self.word(b))
            .is_some_and(|w| matches!(w, Word::DateWord | Word::Label { .. } | Word::Direction(_)));
        if announced
            && !matches!(sep, '।' | '–')
            && !self.glued(i + 3)
            && a.digits <= 2
            && b.digits <= 2
            && (1..=12).contains(&b.value)
        {
            if let Some(c) = self.num(i + 3).filter(|c| c.digits == 4) {
                if !matches!(self.tok(i + 4).map(|t| t.kind), Some(Kind::Punct(_)))
                    || !self.glued(i + 4)
                {
                    let day = Self::day_number(a.value);
                    let (year, span) = (Some(c.value as i32), self.span(i, i + 3));
                    let parts = GregParts::written(Some(day), b.value as u8, year, span);
                    return Ok(Some((Part::Greg(parts), i + 4)));
                }
            }
        }
        if !self.punct(i + 3, sep) || !self.glued(i + 3) || !self.glued(i + 4) {
            return Ok(None);
        }
        let Some(c) = self.num(i + 4).filter(|c| sep != '_' || c.digits == 4) else {
            return Ok(None);
        };
        // Nor the last three groups of a longer run (a memo's number, `স্মারক
        // নং-০৫.৪৪.২৬৬৬.০০৩.১১.১০.২০২৪`; probe 6): a separator glued before the first, a digit
        // before it.
        if self.continues_number(i, sep) {
            return Ok(None);
        }
        // A fourth group (`1.2.3.4`) is not a date.
        if self.punct(i + 5, sep)
            && self.glued(i + 5)
            && self.num(i + 6).is_some()
            && self.glued(i + 6)
        {
            return Ok(None);
        }
        let span = self.span(i, i + 4);
        // A two-digit year in letters, deeds and notices (`তাং ২৭.৭.৭১`, `১২/১১/৪৭`, `০৩-০৯-২৬
        // তারিখে`): with `/` or `-`, or dots between two-digit groups or beside a date word
        // (`৪.৩০.১৫` is as likely something else); never after নং (`দং ৯/১২/৩০` counts an
        // almanac's daṇḍas) nor before it (`১২/১১/৪৭ নম্বর বাড়ি`). The resolver picks the century
        // and says so.
        let labelled_before = (1..=2).any(|back| {
            i.checked_sub(back).and_then(|b| self.word(b)) == Some(Word::DateWord)
                && (back == 1 || matches!(self.tok(i - 1).map(|t| t.kind), Some(Kind::Punct(_))))
        });
        // `৫/৮/২৪ইং`, `৩/৯/৪৭ সালে`: the era word after it says the last group is a year.
        let era_after = matches!(self.word(i + 5), Some(Word::Era(Era::Christian | Era::Year)));
        let labelled = labelled_before || era_after || self.word(i + 5) == Some(Word::DateWord);
        let plain = sep != '.' || (a.digits == 2 && b.digits == 2);
        // `৮/৯/১১ তারিখে`: small numbers rising, none padded, are as likely a list of days
        // (unless a date word before says it is one date: `তাং ৯/১১/২৫`).
        let padded = [a, b, c].iter().any(|n| n.digits == 2 && n.value < 10);
        let days = !labelled_before
            && !era_after
            && !padded
            && a.value < b.value
            && b.value < c.value
            && c.value <= 31;
        // `১১.০৫.৩০ (দিবা)`, `১০.১৫.২০ সকাল`: a clock with its seconds, its period after it.
        // (Not with `/` or `-`, which clocks do not use; not before a period that starts a
        // clock of its own: `০৫-১০-২৩ রাত ১১:৩০ টা`.)
        let clock_after = !matches!(sep, '/' | '-' | '–')
            && (self.meridiem_at(i + 5).is_some()
                || self.bracketed_period(i + 5).is_some()
                || (matches!(self.word(i + 5), Some(Word::Period(_)))
                    && self.num(i + 6).is_none()));
        let short_year = (labelled || plain)
            && !days
            && !clock_after
            && c.digits == 2
            && a.digits <= 2
            && b.digits <= 2
            && !self.numbered(i)
            && !self.after_numbering_word(i)
            && !matches!(
                self.word(i + 5),
                Some(
                    Word::NumberLabel | Word::Unit(_) | Word::Quantity(..) | Word::HourUnit { .. }
                )
            );
        // (Between numbers that are no day and month, a dari is an almanac's clock: `৭।৫২।১৯`.)
        let day_month = (1..=12).contains(&b.value) && (1..=31).contains(&a.value);
        if (short_year || sep == '।') && !day_month {
            return Ok(None);
        }
        let (year, month, day, month_i) = match (a.digits, b.digits, c.digits) {
            // `5/28/2015`: the month first, as English-language software writes it, when the
            // second number can only be a day.
            (1..=2, 1..=2, 4) if sep == '/' && (13..=31).contains(&b.value) && a.value <= 12 => {
                (c.value, a.value, b.value, i)
            }
            (1..=2, 1..=2, 4) => (c.value, b.value, a.value, i + 2),
            (1..=2, 1..=2, 2) if short_year => (c.value, b.value, a.value, i + 2),
            (4, 1..=2, 1..=2) => (a.value, b.value, c.value, i + 2),
            (1..=2, 1..=2, d) if d >= 5 => return Err(self.year_too_long(i + 4)),
            _ => return Ok(None),
        };
        if year == 0 && !short_year {
            let year_i = if a.digits == 4 { i } else { i + 4 };
            return Err(Error::at(
                ErrorKind::YearOutOfRange { year: 0, min: 1, max: 9999 },
                self.span(year_i, year_i),
            ));
        }
        if !(1..=12).contains(&month) {
            return Err(Error::at(
                ErrorKind::MonthOutOfRange { month: month as i64 },
                self.span(month_i, month_i),
            ));
        }
        let day = Self::day_number(day);
        // `১০/০৩/২০২৪ খ্রি.`, `২৮-১২-২০২৫ ইং`: the era word after the year is the date's.
        let (span, next) = match self.word(i + 5) {
            Some(Word::Era(Era::Christian | Era::Year)) => {
                let next = self.skip_abbreviation_dot(i + 6);
                (self.span(i, next - 1), next)
            }
            _ => (span, i + 5),
        };
        let written = GregParts::written(Some(day), month as u8, Some(year as i32), span);
        let parts = GregParts { short_year, ..written };
        Ok(Some((Part::Greg(parts), next)))
    }

    /// `৯ - ৩ - ১১ খৃ.`, `১২ / ০৩ / ২০২৪`: a day, month and year with the separator spaced on
    /// both sides, the same twice (a notice's typing; fresh Y-038). Only with a year of four
    /// digits, or of two with its era word after it: spaced numbers are as often a score or a
    /// sum.
    fn spaced_numeric(&self, i: usize, sep: char) -> Option<(Part, usize)> {
        let spaced = |k: usize| {
            self.punct(k, sep)
                && self.tok(k).is_some_and(|t| t.space_before)
                && self.tok(k + 1).is_some_and(|t| t.space_before)
        };
        if !matches!(sep, '/' | '-' | '.') || !spaced(i + 1) || !spaced(i + 3) {
            return None;
        }
        let (a, b, c) = (self.num(i)?, self.num(i + 2)?, self.num(i + 4)?);
        let era = matches!(self.word(i + 5), Some(Word::Era(Era::Christian | Era::Year)));
        let full = c.digits == 4 && (1000..=2100).contains(&c.value);
        let short = c.digits == 2 && era;
        if a.digits > 2 || b.digits > 2 || !(full || short) {
            return None;
        }
        if !(1..=12).contains(&b.value) || !(1..=31).contains(&a.value) {
            return None;
        }
        let next = if era { self.skip_abbreviation_dot(i + 6) } else { i + 5 };
        let span = self.span(i, next - 1);
        let day = Some(Self::day_number(a.value));
        let written = GregParts::written(day, b.value as u8, Some(c.value as i32), span);
        Some((Part::Greg(GregParts { short_year: short, ..written }), next))
    }

    /// A day number standing before a connector and a full day-month (`৫ থেকে ৭ জানুয়ারি`,
    /// `৫-৯ জানুয়ারি`, `১ ও ২ জানুয়ারি`), or heading a list of days that share one
    /// (`৩, ৪, ১৭ ও ১৮ মে`): it takes its month and year from that date.
    ///
    /// A number that belongs to another (`১/১২`, `২০২২-২৩`), or follows নং, is not a day; nor is
    /// a number before a comma and a date with nothing else in the list (`বাড়ি ৯, ২১ মার্চ`:
    /// an address, where `৯ ও ২১ মার্চ` would be a list).
    pub(super) fn bare_day_before_range(&self, i: usize) -> Found<Part> {
        /// The most items a list of bare days is followed through.
        const MAX_ITEMS: usize = 16;
        let Some((day, j)) = self.day(i) else {
            return Ok(None);
        };
        if self.numbered(i) {
            return Ok(None);
        }
        let mut k = j;
        let mut items = 1;
        let mut only_commas = true;
        let next = loop {
            match self.tok(k).map(|t| t.kind) {
                Some(Kind::Word(Some(Word::From | Word::And)) | Kind::Punct('-' | '–' | '—')) =>
                {
                    only_commas = false;
                }
                Some(Kind::Punct(',')) => {}
                _ => return Ok(None),
            }
            k += 1;
            // `৩, ৪ ও ৫`, `X, ও Y`
            if self.word(k) == Some(Word::And) {
                only_commas = false;
                k += 1;
            }
            items += 1;
            if let Ok(Some((Part::Greg(g), after))) = self.day_month(k) {
                break (g, after);
            }
            // `১৫ ও ১৬.০৩.২০২৫`: the last day written in digits with its month and year (probe 3).
            if let Ok(Some((Part::Greg(g), after))) = self.numeric(k) {
                if g.day.is_some() && !only_commas {
                    break (g, after);
                }
            }
            // Another bare day: the list goes on.
            match self.day(k) {
                Some((_, after)) if items < MAX_ITEMS && self.num(k).is_some() => k = after,
                _ => return Ok(None),
            }
        };
        let (next, after) = next;
        // (Unless the list goes on after that date: `২৫, ২৮ মার্চ ও ১ এপ্রিল`.)
        if only_commas && items == 2 && !self.another_date_listed(after) {
            return Ok(None);
        }
        let day = Self::day_number(day);
        let span = self.span(i, j - 1);
        let written = GregParts::written(Some(day), next.month, next.year, span);
        // (A year written short after the last day is this one's too, short: `৫ ও ১০ মার্চ, ২৩`.)
        let parts = GregParts { inherited: true, short_year: next.short_year, ..written };
        Ok(Some((Part::Greg(parts), j)))
    }

    /// Whether a comma, ও or এবং at `i` goes on to another day and month.
    fn another_date_listed(&self, i: usize) -> bool {
        let k = match self.tok(i).map(|t| t.kind) {
            Some(Kind::Punct(',')) => i + 1 + usize::from(self.word(i + 1) == Some(Word::And)),
            Some(Kind::Word(Some(Word::And))) => i + 1,
            _ => return false,
        };
        matches!(self.day_month(k), Ok(Some((Part::Greg(g), _))) if g.day.is_some())
    }

    /// Whether the number at `i` belongs to something that is not a date: glued after a `/`,
    /// `-` or `.` (`১/১২`, `২০২২-২৩`), or after নং / নম্বর (`বাড়ি নং ৫`).
    pub(super) fn numbered(&self, i: usize) -> bool {
        // The lexer knows what came before, even where the grammar's tokens start.
        self.num(i).is_some_and(|n| n.numbered)
    }

    /// Month first without a year, before a range or list connector and another month-first
    /// date (`Mar 14 – Apr 13, 2024`, `Dec. 11–Dec. 13 2011`, `মার্চ ১৪ থেকে এপ্রিল ১৩, ২০২৪`):
    /// the stream gives it the year of the date after it.
    pub(super) fn month_first_before_range(&self, i: usize) -> Found<Part> {
        let Some(Word::GregMonth(m)) = self.word(i) else { return Ok(None) };
        let d = self.skip_abbreviation_dot(i + 1);
        let Some(n) = self.num(d).filter(|n| n.digits <= 2) else { return Ok(None) };
        let mut j = d + 1;
        if self.word(j) == Some(Word::Ordinal) {
            j += 1;
        }
        let connector = matches!(
            self.tok(j).map(|t| t.kind),
            Some(Kind::Word(Some(Word::From | Word::And)) | Kind::Punct('-' | '–' | '—'))
        );
        if !connector {
            return Ok(None);
        }
        let k = if self.word(j + 1) == Some(Word::And) { j + 2 } else { j + 1 };
        let follows = matches!(self.month_first(k), Ok(Some(_)))
            || matches!(self.month_first_before_range(k), Ok(Some(_)))
            || self.day_and_year(k).is_some();
        if !follows {
            return Ok(None);
        }
        let day = Self::day_number(n.value);
        let span = self.span(i, j - 1);
        Ok(Some((Part::Greg(GregParts::written(Some(day), m, None, span)), j)))
    }

    /// A bare day and a year (`১৪, ২০২৪`): the last day of a month-first range or list that
    /// shares its month and year (`মার্চ ১২-১৪, ২০২৪`, `March 12 - 14, 2024`, `মার্চ ১২ ও
    /// ১৪, ২০২৪`). The stream makes it a date with the first day's month.
    pub(crate) fn day_and_year(&self, i: usize) -> Option<(u8, i32, usize)> {
        let n = self.num(i).filter(|n| n.digits <= 2 && (1..=31).contains(&n.value))?;
        let mut j = i + 1;
        if self.word(j) == Some(Word::Ordinal) {
            j += 1;
        }
        let k = if self.punct(j, ',') { j + 1 } else { j };
        let (year, end) = self.year(k).ok().flatten()?;
        Some((Self::day_number(n.value), year, end))
    }

    /// Whether the word before the number at `i` is one that numbers what follows it: a
    /// holding, a house, a road, a ward (`হোল্ডিং ১২/৪/২০`, `বাসা ৭/২/১১`: the groups are an
    /// address, not a day, month and two-digit year; probe 10).
    pub(super) fn after_numbering_word(&self, i: usize) -> bool {
        self.raw_before_at(i).is_some_and(words::numbers_what_follows)
    }

    /// A day named by its number and তারিখ alone (`গত ১২ তারিখ`, `আগামী ৫ তারিখে`, `চলতি মাসের
    /// ২০ তারিখ`): the resolver takes the month and year from the reference.
    pub(super) fn day_only(&self, i: usize) -> Option<(Part, usize)> {
        self.num(i)?;
        if let Some(found) = self.day_month_numbers(i) {
            return Some(found);
        }
        let (day, j) = self.day(i)?;
        if self.word(j) != Some(Word::DateWord) || !(1..=31).contains(&day) || self.numbered(i) {
            return None;
        }
        // The last of numbers joined by daris (`৮।১২।২৪ তারিখে`, days or a date) is no day alone.
        let prev = if i == 0 { self.before } else { self.tok(i - 1).copied() };
        // `ওই মাসের ১৬ তারিখ`: a day of the month told before (a month the grammar read would
        // have joined the day: `এ মাসের`), which only a document knows (probe 10: the
        // reference's month was taken).
        if i == 0 && !self.document && prev.and_then(|p| p.word()) == Some(Word::Unit(Unit::Month))
        {
            return None;
        }
        if prev.is_some_and(|p| p.is_punct('।') && !p.space_before) && self.glued(i) {
            return None;
        }
        // `২৫ তারিখ মার্চ মাসে`: the month named after the day's word (probe 7: the reference's
        // month was taken).
        if let Some(Word::GregMonth(m)) = self.word(j + 1) {
            let unit = self.word(j + 2) == Some(Word::Unit(Unit::Month));
            let end = j + 2 + usize::from(unit);
            let parts =
                GregParts::written(Some(Self::day_number(day)), m, None, self.span(i, end - 1));
            return Some((Part::Greg(parts), end));
        }
        Some((Part::DayOnly(Self::day_number(day)), j + 1))
    }

    /// A day and month in numbers before তারিখ, with no year (`১৯/০৩ তারিখে`, `১৯.০৩ তারিখ`;
    /// probe 7: missed): the date word says they are one.
    fn day_month_numbers(&self, i: usize) -> Option<(Part, usize)> {
        let d = self.num(i).filter(|n| n.digits <= 2 && (1..=31).contains(&n.value))?;
        let sep = match self.tok(i + 1)?.kind {
            // (Not a hyphen: `৫-৯ তারিখে` is a span of days.)
            Kind::Punct(c @ ('/' | '.')) => c,
            _ => return None,
        };
        let m = self.num(i + 2).filter(|n| n.digits <= 2 && (1..=12).contains(&n.value))?;
        let joined = self.glued(i + 1) && self.glued(i + 2);
        if !joined || self.word(i + 3) != Some(Word::DateWord) || self.numbered(i) {
            return None;
        }
        // (Not the end of a longer run: `১/১৯/০৩ তারিখে`.)
        let prev = if i == 0 { self.before } else { self.tok(i - 1).copied() };
        if prev.is_some_and(|p| p.is_punct(sep) && !p.space_before) && self.glued(i) {
            return None;
        }
        let day = Self::day_number(d.value);
        let parts = GregParts::written(Some(day), m.value as u8, None, self.span(i, i + 3));
        Some((Part::Greg(parts), i + 4))
    }

    /// `MONTH (মাসের)? day তারিখ` (`মে মাসের ২ তারিখ`, `জানুয়ারির ৫ তারিখে`, `বৈশাখ মাসের ১
    /// তারিখে`, `জিলহজ মাসের ১০ তারিখ`): a day of a named month, of any of the three
    /// calendars, with no year.
    pub(super) fn month_unit_day(&self, i: usize) -> Found<Part> {
        let (month_word, after) = match self.hyphenated_hijri(i) {
            Some((m, after)) => (Word::HijriMonth(m), after),
            None => match self.word(i) {
                Some(w) => (w, i + 1),
                None => return Ok(None),
            },
        };
        let d = if self.word(after) == Some(Word::Unit(Unit::Month)) { after + 1 } else { after };
        let Some((day, j)) = self.day(d) else { return Ok(None) };
        if self.word(j) != Some(Word::DateWord) {
            return Ok(None);
        }
        let day = Self::day_number(day);
        let span = self.span(i, j);
        let part = match month_word {
            Word::GregMonth(m) => Part::Greg(GregParts::written(Some(day), m, None, span)),
            Word::BanglaMonth(month) | Word::AssameseMonth(month) => {
                let assamese = matches!(month_word, Word::AssameseMonth(_));
                let parts = BanglaParts {
                    day,
                    month,
                    year: None,
                    span,
                    era: None,
                    assamese,
                    era_conflict: None,
                };
                parts.into_part()
            }
            Word::HijriMonth(m) => Part::Hijri(HijriParts { day, month: m, year: None, span }),
            _ => return Ok(None),
        };
        Ok(Some((part, j + 1)))
    }

    /// A Hijri month name written with hyphens between its words (`রবি-আল-আওয়াল`,
    /// `রবি-উস-সানি`, `জমাদি-উল-আউয়াল`, `জুমাদা-আল-উলা`, `জিল-হজ্জ`, `রবিউল-আউয়াল`): the
    /// month and the index after the name. The article between the words (আল, উল, আস, উস) is
    /// read as the names' joined forms write it (রবিউল, জুমাদাল, রবিউস).
    pub(super) fn hyphenated_hijri(&self, i: usize) -> Option<(u8, usize)> {
        let joined = |k: usize| self.punct(k, '-') && self.glued(k) && self.glued(k + 1);
        let word_at = |k: usize| match self.tok(k)?.kind {
            Kind::Word(_) => self.text.get(self.tok(k)?.start..self.tok(k)?.end),
            _ => None,
        };
        // Most words are not followed by a glued hyphen and a word: find out before allocating.
        if !joined(i + 1) {
            return None;
        }
        let (p1, p2) = (word_at(i)?, word_at(i + 2)?);
        let p3 = if joined(i + 3) { word_at(i + 4) } else { None };
        let month = |name: &str| match crate::parse::words::lookup(name) {
            Some(Word::HijriMonth(m)) => Some(m),
            _ => None,
        };
        if let Some(p3) = p3 {
            let links: &[&str] = match p2 {
                "আল" | "উল" | "এল" => &["উল", "ল", "াল"],
                "আস" | "উস" | "এস" => &["উস", "স", "াস"],
                _ => &[],
            };
            if let Some(m) = links.iter().find_map(|l| month(&format!("{p1}{l} {p3}"))) {
                return Some((m, i + 5));
            }
        }
        let m = month(&format!("{p1}{p2}")).or_else(|| month(&format!("{p1} {p2}")))?;
        Some((m, i + 3))
    }

    /// Month first without a year in a dateline (`ঢাকা, মার্চ ১২ (বিডিনিউজ২৪ ডটকম) -`,
    /// `ওয়াশিংটন, অক্টোবর ১৫ (রয়টার্স):`): the day is followed by the dateline's punctuation
    /// or ends the text (a month name before a bare number is otherwise often something else:
    /// `মে ১২ জন`).
    pub(super) fn month_first_dateline(&self, i: usize) -> Found<Part> {
        let Some(Word::GregMonth(m)) = self.word(i) else { return Ok(None) };
        let d = self.skip_abbreviation_dot(i + 1);
        let Some(n) = self.num(d).filter(|n| n.digits <= 2 && (1..=31).contains(&n.value)) else {
            return Ok(None);
        };
        let mut j = d + 1;
        if self.word(j) == Some(Word::Ordinal) {
            j += 1;
        }
        // (… or by the day's weekday or part of the day, a comma between or not: `মার্চ ৫,
        // বৃহস্পতিবার`, `মার্চ ৫ সকাল ১০টায়`; the date was dropped and the weekday dated
        // from the reference.)
        let k = if self.punct(j, ',') { j + 1 } else { j };
        let names_day = matches!(self.word(k), Some(Word::Weekday { .. } | Word::Period(_)));
        let closes = names_day
            || match self.tok(j).map(|t| t.kind) {
                None => true,
                Some(Kind::Punct(c)) => matches!(c, '(' | ':' | '-' | '–' | '—' | '|'),
                _ => false,
            };
        if !closes {
            return Ok(None);
        }
        let day = Self::day_number(n.value);
        let span = self.span(i, j - 1);
        Ok(Some((Part::Greg(GregParts::written(Some(day), m, None, span)), j)))
    }
}

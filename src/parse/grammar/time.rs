//! The time-of-day recognisers: clock times in every separator pages use, spoken hours with
//! their units and fractions, day periods, almanac hour marks, and the UTC offsets and zone
//! names written after a time.

use core::ops::Range;

use crate::error::{Error, ErrorKind};
use crate::types::TimeField;

use super::super::lexer::Kind;
use super::super::words::{DayPeriod, Unit, Word};
use super::{Found, Grammar, TimeParts};

/// A clock time `H:MM[:SS][offset]` and the index after it.
struct Clock {
    hour: u32,
    minute: i32,
    second: u32,
    offset: Option<i32>,
    end: usize,
    /// Written as India's railways and offices write the 24-hour clock (`১৪.২৫ ঘণ্টায়`).
    clock24: bool,
}

impl Grammar<'_> {
    /// A unit word at `k`, also after a glued hyphen (`২-টা`, `৫-সেকেন্ডে`): the word and the
    /// index after it.
    fn unit_at(&self, k: usize) -> Option<(Word, usize)> {
        if self.punct(k, '-') && self.glued(k) && self.glued(k + 1) {
            return self.word(k + 1).map(|w| (w, k + 2));
        }
        self.word(k).map(|w| (w, k + 1))
    }

    /// Whether `দিন` at `i` heads an almanac's clock (`দিন ০৯:৩২:৩৩`).
    /// The hour mark ঘ glued to the number before it and closed by its abbreviation's full
    /// stop, glued (`১৩৩১ঘ.`): ঘণ্টা cut short in a report's sign-off.
    pub(super) fn hour_mark_signed(&self, k: usize) -> bool {
        self.word(k) == Some(Word::HourMark)
            && self.glued(k)
            && self.punct(k + 1, '.')
            && self.glued(k + 1)
    }

    /// Whether the clock at `j` follows ISO 8601's date-time separator, a `T` glued before it
    /// (`2026-01-02T17:41`).
    fn after_iso_t(&self, j: usize) -> bool {
        j > 0
            && self.glued(j)
            && self.tok(j - 1).is_some_and(|t| {
                self.text.get(t.start..t.end).is_some_and(|w| w.eq_ignore_ascii_case("t"))
            })
    }

    /// ঘণ্টা at `k` in the locative or genitive (`ঘণ্টায়`, `ঘন্টার`), as a dotted 24-hour clock
    /// is closed (`১৪.২৫ ঘণ্টার পরিবর্তে ১৮.১০ ঘণ্টায়`): not ঘণ্টা alone, which counts hours.
    fn railway_hour(&self, k: usize) -> bool {
        self.word(k) == Some(Word::Unit(Unit::Hour))
            && self.raw(k).is_some_and(|w| {
                ["ঘণ্টায়", "ঘন্টায়", "ঘণ্টার", "ঘন্টার"]
                    .iter()
                    .any(|u| crate::parse::words::same_word(u, w))
            })
    }

    /// ঘ. after an hour, ঘটিকা cut short as a form's field is (`সকাল ১০ ঘ. ৩০ মি.`): an
    /// hour's unit after a day period, or with minutes and their unit after it. (Alone, `১০ ঘ.`
    /// may be a list's fourth letter.)
    fn hour_mark_abbreviated(&self, k: usize, context: bool) -> Option<(Word, usize)> {
        let marked =
            self.word(k) == Some(Word::HourMark) && self.punct(k + 1, '.') && self.glued(k + 1);
        let minutes = || {
            self.num(k + 2).is_some_and(|m| m.digits <= 2 && m.value < 60)
                && self.word(k + 3) == Some(Word::Unit(Unit::Minute))
        };
        (marked && (context || minutes())).then_some((Word::HourUnit { strong: false }, k + 2))
    }

    pub(super) fn day_clock(&self, i: usize) -> bool {
        self.word(i) == Some(Word::Unit(Unit::Day))
            && self.num(i + 1).is_some()
            && self.punct(i + 2, ':')
    }

    /// A time of day; the flag says whether it is strong enough to stand alone.
    pub(super) fn time(&self, i: usize, in_chain: bool) -> Found<(TimeParts, bool)> {
        let mut j = i;
        let mut period = None;
        let mut meridiem = None;
        let mut by_day = false;
        // An almanac's `দিন ০৯:৩২:৩৩`: দিন ("day") before a clock is the daytime,
        // which in an almanac begins at sunrise: `দিন ০৫:১৬` and `দিন ০৬:০৭` are
        // the morning's (Kolkata's sunrise is between 04:51 and 06:22 all year).
        if self.day_clock(j) {
            let early = self.num(j + 1).is_some_and(|h| (5..=6).contains(&h.value));
            period = Some(if early { DayPeriod::Morning } else { DayPeriod::Daytime });
            j += 1;
        } else if let Some(Word::Prayer(p)) = self.word(j) {
            // A prayer's name labels the clock after it (`ফজর- ৩:৫৫`, `সেহরির শেষ সময় ৩টা ৫০`);
            // without one it names no time.
            let mut k = j + 1;
            // (`ইফতারের সময় হলো ৬টা ৫ মিনিট`: "is" between the label and its clock.)
            // (… or the prayer's noun: `ফজরের নামাজ ৪টা ৫৫ মিনিটে`, `মাগরিবের আজান`.)
            let between = |k: usize| {
                matches!(
                    self.raw(k),
                    Some(
                        "হলো"
                            | "হল"
                            | "হচ্ছে"
                            | "হবে"
                            | "ছিল"
                            | "ছিলো"
                            | "নামাজ"
                            | "নামাজের"
                            | "নামায"
                            | "আজান"
                            | "আযান"
                            | "জামাত"
                            | "জামাতের"
                            | "শুরু"
                    )
                )
            };
            while k < j + 4
                && (matches!(self.word(k), Some(Word::Label { .. } | Word::Nth(-1))) || between(k))
            {
                k += 1;
            }
            let k = self.label_punct(k);
            if self.num(k).is_none() {
                return Ok(None);
            }
            period = Some(p);
            j = k;
        } else if let Some(Word::Period(p)) = self.word(j) {
            period = Some(p);
            // দিবা ("by day") is the almanacs' word: their day, sunrise to sunset.
            by_day = self.raw(j) == Some("দিবা");
            j += 1;
            // `ভোর বেলা`, `সকাল বেলা`: বেলা after another period only says "time of".
            if period != Some(DayPeriod::Daytime)
                && self.word(j) == Some(Word::Period(DayPeriod::Daytime))
            {
                j += 1;
            }
            // `ভোর রাত ৪টায়`, `ভোর রাতে`: the night's last hours, as ভোররাত in one word (probe 3:
            // read as the night's evening, or the next day's).
            if period == Some(DayPeriod::Dawn)
                && self.word(j) == Some(Word::Period(DayPeriod::Night))
            {
                j += 1;
            }
            // (`দুপুর তখন প্রায় ১টা`, `রাত তখন ৮টা`: "it was then" between the period and
            // its clock, as a narrative tells it.)
            let then = |k: usize| {
                self.raw(k) == Some("তখন") && self.num(k + 1).or_else(|| self.num(k + 2)).is_some()
            };
            while matches!(self.word(j), Some(Word::Approx | Word::Exactly | Word::Dibagoto))
                || then(j)
            {
                j += 1;
            }
            // `(দিবা)৭.৫২.১৯`: an almanac's period in brackets, the clock glued after them.
            if self.punct(j, ')') && self.num(j + 1).is_some() && self.glued(j + 1) {
                j += 1;
            }
            // `সময়: সকাল- ১০টা`: a label's dash or colon after the period.
            j = self.label_punct(j);
        } else if let Some((pm, after)) = self.meridiem_at(j) {
            // Almanacs write the meridiem first: `অপরাহ্ন ৪টে ৩৫ মিনিট`.
            // (`পূর্বাহ্ন ঘ ৯।২৯`: and the almanac's hour mark before the clock.)
            let marked = self.word(after) == Some(Word::HourMark) && self.num(after + 1).is_some();
            if matches!(self.tok(after).map(|t| t.kind), Some(Kind::Num(_)))
                || matches!(self.word(after), Some(Word::HourWord { .. } | Word::Fraction(_)))
                || marked
            {
                meridiem = Some(pm);
                j = after;
            }
        }
        let mut fraction = 0i32;
        if let Some(Word::Fraction(f)) = self.word(j) {
            fraction = i32::from(f);
            j += 1;
        }
        // Almanacs mark the hour with ঘ (ঘটিকা): `রাত্রি ঘ ২/৪৮ মিঃ`, `ঘ ০৩:২২`.
        let hour_mark = self.word(j) == Some(Word::HourMark);
        if hour_mark {
            j += 1;
        }
        let context = period.is_some() || meridiem.is_some() || fraction != 0 || hour_mark;
        let start = i;
        let mut offset = None;
        let mut clock24 = false;
        let (hour, minute, second, mut end, mut strong) = if let Some(h) = self.num(j) {
            if let Some(c) = self.clock(j, context, hour_mark, in_chain)? {
                offset = c.offset;
                clock24 |= c.clock24;
                (Some(c.hour), c.minute, c.second, c.end, true)
            } else if h.digits == 4
                && (self.word(j + 1) == Some(Word::Unit(Unit::Hour))
                    || self.hour_mark_signed(j + 1)
                    || self.raw(j + 1).is_some_and(|w| w.starts_with("ঘটিকা")))
                && h.value / 100 < 24
                && h.value % 100 < 60
            {
                // The newsroom's 24-hour clock: `১৬৩৫ ঘণ্টা` is 16:35; a report's sign-off
                // abbreviates it (`…/এসকে/১৩৩১ঘ.`, bdnews24); an office's notice, `১০৩০
                // ঘটিকায়` (probe 3).
                clock24 = true;
                let end = if self.word(j + 1) == Some(Word::HourMark) { j + 3 } else { j + 2 };
                (Some((h.value / 100) as u32), (h.value % 100) as i32, 0, end, true)
            } else if h.digits == 4
                && j == i + 1
                && h.value % 100 < 60
                && period.is_some_and(|p| in_period(h.value / 100, p))
                && !matches!(self.word(j + 1), Some(Word::Era(_)))
            {
                // A live blog's 24-hour stamps after the part of the day: `দুপুর ১৩৩০ —`,
                // `সকাল ০৯৩০ —` (the hour must be the period's, give or take two: no year).
                clock24 = true;
                (Some((h.value / 100) as u32), (h.value % 100) as i32, 0, j + 1, true)
            } else if let Some((hour, minute, after)) =
                self.unit_at(j + 1).filter(|_| h.digits <= 2).and_then(|(unit, k)| {
                    let (before, after) =
                        self.minutes_to(k).filter(|_| matches!(unit, Word::HourUnit { .. }))?;
                    // The hour before (১টা → 12, on the 12-hour clock the period reads).
                    let hour = match h.value {
                        0 => 23,
                        1 => 12,
                        h => h - 1,
                    };
                    Some((hour, 60 - before, after))
                })
            {
                // `১০টা বাজার ৫ মিনিট আগে`, `৯টা বাজতে ১০ মিনিট বাকি`: minutes before the hour.
                self.check_time(hour, minute, 0, self.span(j, after - 1))?;
                (Some(hour as u32), minute as i32, 0, after, true)
            } else if let Some((Word::HourUnit { strong }, mut k)) = self
                .unit_at(j + 1)
                .filter(|(w, _)| matches!(w, Word::HourUnit { .. }))
                .or_else(|| self.hour_mark_abbreviated(j + 1, context))
                .filter(|_| h.digits <= 2)
            {
                let mut minute = 0u64;
                let mut second = 0u64;
                let mut has_minutes = false;
                // `১০টা বেজে ৩০ মিনিট`
                if self.word(k) == Some(Word::Baje)
                    && (self.num(k + 1).is_some() || self.minute_word(k + 1).is_some())
                {
                    k += 1;
                }
                if let Some((m, after)) = self.minute_word(k) {
                    // `৫টা পনেরো মিনিটে`: the minutes in words (probe 6).
                    minute = m;
                    has_minutes = true;
                    k = after;
                } else if let (Some(m), Some((Word::Unit(Unit::Minute), after))) =
                    (self.num(k), self.unit_at(k + 1))
                {
                    minute = m.value;
                    has_minutes = true;
                    k = after;
                    if let (Some(s), Some((Word::Unit(Unit::Second), after))) =
                        (self.num(k), self.unit_at(k + 1))
                    {
                        second = s.value;
                        k = after;
                    }
                } else if let Some(m) = self.repeated_unit_minutes(k) {
                    // `বিকেল ৪টা ৩০ টায়`: the page wrote the hour's unit again after the minutes.
                    minute = m;
                    has_minutes = true;
                    k += 2;
                } else if let Some(m) = self.bare_minutes(k).filter(|_| context && fraction == 0) {
                    // `রাত ১টা ২৫।`: the minutes with no unit, closing the phrase.
                    minute = m;
                    has_minutes = true;
                    k += 1;
                }
                self.check_time(h.value, minute, second, self.span(j, k - 1))?;
                (
                    Some(h.value as u32),
                    minute as i32,
                    second as u32,
                    k,
                    strong || has_minutes || context,
                )
            } else if context && h.digits <= 2 && h.value <= 12 && self.hour_range_end(j + 1) {
                // `সকাল ৯ থেকে ১১টা`, `বিকেল ৩-৫টা`, `সকাল ১০ থেকে দুপুর ১টা`: a range's start
                // hour after a day period borrows its unit from the end.
                (Some(h.value as u32), 0, 0, j + 1, true)
            } else {
                return self.period_only(i, period);
            }
        } else if let Some(Word::HourWord { hour, minute, unit }) = self.word(j) {
            let mut k = j + 1;
            let unit = match unit {
                Some(strong) => Some(strong),
                None => match self.word(k) {
                    Some(Word::HourUnit { strong }) => {
                        k += 1;
                        Some(strong)
                    }
                    _ => None,
                },
            };
            match unit {
                // `সকাল দশটা ৩০ মিনিটে`, `রাত বারোটা এক মিনিটে`: the minutes after the hour
                // word, in digits or a count word, with their unit (or closing the phrase).
                Some(strong) if minute == 0 => {
                    // `বারোটা বেজে দশ মিনিটে`
                    if self.word(k) == Some(Word::Baje)
                        && (self.num(k + 1).is_some() || self.minute_word(k + 1).is_some())
                    {
                        k += 1;
                    }
                    // `পাঁচটা পনেরো মিনিটে`, `একটা দশে`, `তিনটে তিরিশে`: the minutes in words
                    // (probe 6: they were dropped).
                    let in_words = self.minute_word(k);
                    let counted = match (self.num(k), self.word(k)) {
                        (Some(m), _) => Some(m.value),
                        (None, Some(Word::HourWord { hour: m, minute: 0, unit: None })) => {
                            Some(u64::from(m))
                        }
                        _ => None,
                    };
                    let mut minutes = 0;
                    if let Some((m, after)) = in_words {
                        minutes = m;
                        k = after;
                    } else if let (Some(m), Some((Word::Unit(Unit::Minute), after))) =
                        (counted, self.unit_at(k + 1))
                    {
                        minutes = m;
                        k = after;
                    } else if let Some(m) =
                        self.bare_minutes(k).filter(|_| context && fraction == 0)
                    {
                        minutes = m;
                        k += 1;
                    }
                    self.check_time(u64::from(hour), minutes, 0, self.span(j, k - 1))?;
                    (Some(u32::from(hour)), minutes as i32, 0, k, strong || context || minutes != 0)
                }
                // আড়াইটা, দেড়টা carry their minutes; আটটায় is a time by its suffix.
                Some(strong) => (
                    Some(u32::from(hour)),
                    i32::from(minute),
                    0,
                    k,
                    strong || context || minute != 0,
                ),
                None => return self.period_only(i, period),
            }
        } else {
            return self.period_only(i, period);
        };
        let mut marker_after = false;
        // `১:০২:২৭,অপরাহ্ন`: a comma glued between the clock and its meridiem.
        if let Some((pm, after)) = self.meridiem_at(end).or_else(|| self.comma_meridiem(end)) {
            marker_after = meridiem.is_none() && period.is_none();
            meridiem = Some(pm);
            end = after;
            strong = true;
        } else if let (None, None, Some((p, after))) =
            (period, meridiem, self.bracketed_period(end))
        {
            period = Some(p);
            end = after;
            strong = true;
            marker_after = true;
        } else if let (None, None, Some(Word::Period(p))) = (period, meridiem, self.word(end)) {
            // The day period after the clock (`০৮:১৫ বিকাল`, `৭:০৫ সন্ধ্যা`, `৪ঃ৩০ ভোর`), unless it
            // starts the next time (`১০টা বিকেল ৪টা`).
            let next = end + 1;
            let starts_time = matches!(self.tok(next).map(|t| t.kind), Some(Kind::Num(_)))
                || matches!(
                    self.word(next),
                    Some(Word::HourWord { .. } | Word::Fraction(_) | Word::HourMark)
                );
            if !starts_time {
                period = Some(p);
                end = next;
                strong = true;
                marker_after = true;
            }
        }
        if matches!(self.word(end), Some(Word::HourUnit { .. })) {
            end += 1; // `৯:৫৫ টা`
        }
        if matches!(self.word(end), Some(Word::Baje)) {
            end += 1;
            strong = true;
        }
        // A zone written after the time (`৫:৪১ PM IST`, `11:41 GMT+6`).
        if hour.is_some() && offset.is_none() {
            if let Some((zone, after)) = self.zone_name(end) {
                offset = Some(zone);
                end = after;
            }
        }
        // `১০টার দিকে`, `৩টা নাগাদ`: "around" an hour confirms that it is one.
        if hour.is_some() && matches!(self.word(end), Some(Word::Approx)) {
            strong = true;
        }
        // ISO 8601 (`…T১০:০০`, or an explicit offset) is a 24-hour clock.
        clock24 |= offset.is_some() || self.after_iso_t(j);
        let span = self.span(start, end - 1);
        let parts = TimeParts {
            hour,
            minute: minute + fraction,
            second,
            period,
            meridiem,
            offset,
            clock24,
            almanac: hour_mark || by_day,
            marker_after,
            after_sunrise: None,
            meridiem_inferred: false,
            midnight: false,
            span,
        };
        Ok(Some(((parts, strong), end)))
    }

    /// A range's connector at `k` (a dash or থেকে, হতে) and an hour with its unit after it,
    /// with or without its own day period: `- ১১টা`, `থেকে দুপুর ১টা`, `–৫টায়`.
    fn hour_range_end(&self, k: usize) -> bool {
        let connects = matches!(self.tok(k).map(|t| t.kind), Some(Kind::Punct('-' | '–' | '—')))
            || self.word(k) == Some(Word::From);
        if !connects {
            return false;
        }
        let mut k = k + 1;
        if matches!(self.word(k), Some(Word::Period(_))) {
            k += 1;
        }
        match (self.num(k), self.word(k)) {
            // (Or no unit on either, the range closed by পর্যন্ত: `সন্ধে ৬ থেকে ৮ পর্যন্ত`;
            // probe 10.)
            (Some(n), _) => {
                n.digits <= 2
                    && n.value <= 24
                    && (matches!(self.unit_at(k + 1), Some((Word::HourUnit { .. }, _)))
                        || (n.value <= 12 && self.word(k + 1) == Some(Word::Until)))
            }
            (None, Some(Word::HourWord { unit, .. })) => {
                unit.is_some() || matches!(self.word(k + 1), Some(Word::HourUnit { .. }))
            }
            _ => false,
        }
    }

    /// Minutes in words at `k`, after an hour and its unit: a number word from 1 to 59 with
    /// মিনিট after it (`পনেরো মিনিটে`, `পঁয়তাল্লিশ মিনিট`), or with the locative's ে and no unit
    /// (`একটা দশে`, `তিনটে তিরিশে`), as speech says it. The minutes and the index after them.
    /// (The words as DOMAIN.md §2 and the grammars spell them, whatever else the vocabulary
    /// reads them as: `দশ` an hour, `পনেরো` a century, `সাতচল্লিশ` a year.)
    pub(super) fn minute_word(&self, k: usize) -> Option<(u64, usize)> {
        let raw = self.raw(k)?;
        if self.tok(k).is_none_or(|t| !matches!(t.kind, Kind::Word(_))) {
            return None;
        }
        // (Compared as the vocabulary compares its words: ো typed in two halves, য় ড় either
        // way.)
        let value = |w: &str| {
            let mut numbers = crate::parse::words::NUMBER_WORDS.iter();
            numbers.find(|(name, _)| crate::parse::words::same_word(name, w)).map(|&(_, m)| m)
        };
        if let (Some(m), Some((Word::Unit(Unit::Minute), after))) =
            (value(raw), self.unit_at(k + 1))
        {
            return Some((u64::from(m), after));
        }
        // (Not a word of a count or a date after it: the locative closes the clock.)
        // (`দশে`, `তিরিশে`; after a vowel sign `পনেরোয়`.)
        let m = raw
            .strip_suffix('ে')
            .or_else(|| raw.strip_suffix('\u{09DF}'))
            .or_else(|| raw.strip_suffix("\u{09AF}\u{09BC}"))
            .and_then(value)?;
        let closes = !matches!(self.word(k + 1), Some(Word::Unit(_) | Word::GregMonth(_)));
        (m >= 5 && closes).then_some((u64::from(m), k + 1))
    }

    /// `বাজার ৫ মিনিট আগে`, `বাজতে ১০ মিনিট বাকি` at `k`, after an hour: the minutes (1–59)
    /// before it strikes, and the index after the phrase.
    fn minutes_to(&self, k: usize) -> Option<(u64, usize)> {
        if !matches!(self.raw(k), Some("বাজার" | "বাজতে")) {
            return None;
        }
        let m = self.num(k + 1).filter(|n| (1..60).contains(&n.value))?;
        let (Word::Unit(Unit::Minute), after) = self.unit_at(k + 2)? else { return None };
        matches!(self.raw(after), Some("আগে" | "বাকি")).then_some((m.value, after + 1))
    }

    /// Minutes at `k` followed, spaced, by the hour's unit again (`৪টা ৩০ টায়`, `১০টা ১৫ টায়`):
    /// two digits, or a number no hour can be, so that `৪টা ৫ টায়` (a range with its dash lost)
    /// is not read as 4:05.
    fn repeated_unit_minutes(&self, k: usize) -> Option<u64> {
        let m = self.num(k).filter(|n| n.value < 60 && (n.digits == 2 || n.value > 12))?;
        (!self.glued(k)
            && !self.glued(k + 1)
            && matches!(self.word(k + 1), Some(Word::HourUnit { .. })))
        .then_some(m.value)
    }

    /// Minutes written bare after an hour and its unit (`রাত ১টা ২৫।`, `ভোর ৪টে ২৫ পর্যন্ত`): a
    /// number of one or two digits below 60 at `k`, spaced, that closes the phrase (the end, a
    /// sentence's or clause's punctuation, থেকে / পর্যন্ত / নাগাদ, a word that is no count's
    /// noun), so that it counts nothing
    /// (`৩টা ২৫ জন`) and starts no date (`৩টা ২৫ মে`, `১০টা ২৫/১২`).
    fn bare_minutes(&self, k: usize) -> Option<u64> {
        let m = self.num(k).filter(|n| n.digits <= 2 && n.value < 60 && !self.glued(k))?;
        let closes = match self.tok(k + 1).map(|t| t.kind) {
            None => true,
            Some(Kind::Punct(c)) => {
                !(self.glued(k + 1) && matches!(c, '/' | '-' | '.' | ':' | '।' | '৷'))
                    || self.num(k + 2).is_none()
            }
            Some(Kind::Word(Some(Word::From | Word::Until | Word::Approx))) => true,
            // `বিকেল ৪টা ৩০ এবং …`, `৪টা ৩০ বাজে`, `৪টা ৩০ এর পর`: a conjunction, the verb of
            // the hour, a case ending apart; not `… ২৫ ও ২৬ মে`, a list of days.
            Some(Kind::Word(Some(Word::And))) => self.num(k + 2).is_none(),
            Some(Kind::Word(Some(Word::Baje | Word::CaseSuffix))) => true,
            // গেল, the verb "went" (`৭টা ৩০ গেল`), which the vocabulary knows as "last" before a
            // unit (`গেল বছর`).
            Some(Kind::Word(Some(Word::Direction(-1))))
                if self.raw(k + 1) == Some("গেল")
                    && !matches!(self.word(k + 2), Some(Word::Unit(_))) =>
            {
                true
            }
            // A word the vocabulary does not know, unless it names what is counted
            // (`সকাল ১০টা ১৫ সভা শুরু`, but `৩টা ২৫ জন`).
            // (Nor an ordinal's ending spaced off: `সাড়ে পাঁচ টায় ৪১ তম বই মেলা`.)
            Some(Kind::Word(None)) => {
                self.raw(k + 1).is_some_and(|w| !super::document::counts(w) && !w.starts_with("তম"))
            }
            _ => false,
        };
        closes.then_some(m.value)
    }

    /// `,অপরাহ্ন` at `k`: a comma glued to the clock before (or a spaced colon), then its meridiem (`১:০২:২৭,অপরাহ্ন
    /// ১৬ এপ্রিল`), not one that starts the next time (`অপরাহ্ন ৪টে`).
    pub(super) fn comma_meridiem(&self, k: usize) -> Option<(bool, usize)> {
        // (… or a colon spaced on both sides, a stamp's typing: `২:৫৭ : অপরাহ্ণ`, fresh set Z.)
        let spaced_colon =
            self.punct(k, ':') && !self.glued(k) && self.tok(k + 1).is_some_and(|t| t.space_before);
        let glued_comma = self.punct(k, ',') && self.glued(k);
        if !(glued_comma || spaced_colon) {
            return None;
        }
        self.meridiem_at(k + 1).filter(|&(_, after)| !self.hour_at(after))
    }

    /// `(দিবা)` at `k`, after a clock: an almanac's period in brackets (`৭.২১.৫৭ (দিবা)`).
    pub(super) fn bracketed_period(&self, k: usize) -> Option<(DayPeriod, usize)> {
        match (self.punct(k, '('), self.word(k + 1), self.punct(k + 2, ')')) {
            (true, Some(Word::Period(p)), true) => Some((p, k + 3)),
            _ => None,
        }
    }

    /// Whether an hour starts at `k`: a number with an hour unit or a clock's separator glued
    /// after it (`৪টে`, `৪:২০`), as after a meridiem written first (`অপরাহ্ন ৪টে ৩৫ মিনিট`).
    fn hour_at(&self, k: usize) -> bool {
        self.num(k).is_some_and(|n| n.digits <= 2)
            && (matches!(self.unit_at(k + 1), Some((Word::HourUnit { .. }, _)))
                || (self.glued(k + 1)
                    && matches!(
                        self.tok(k + 1).map(|t| t.kind),
                        Some(Kind::Punct(':' | '.' | '।' | '৷'))
                    )))
    }

    /// `-`, `–`, `:` after a label or period word, before the number at the index after it
    /// (`আসর- ৪:১৫`, `সকাল: ১০টা`): that index, else `k`.
    fn label_punct(&self, k: usize) -> usize {
        let dash = matches!(self.tok(k).map(|t| t.kind), Some(Kind::Punct('-' | '–' | '—' | ':')));
        if dash && self.num(k + 1).is_some() { k + 1 } else { k }
    }

    /// A period word with no hour after it (`৩ সেপ্টেম্বর ভোরে`): weak. A prayer's name alone
    /// is no time.
    fn period_only(&self, i: usize, period: Option<DayPeriod>) -> Found<(TimeParts, bool)> {
        let Some(period) = period else {
            return Ok(None);
        };
        if matches!(self.word(i), Some(Word::Prayer(_))) {
            return Ok(None);
        }
        let mut parts = TimeParts::period_only(period, self.span(i, i));
        parts.midnight =
            self.raw(i).is_some_and(|w| w.starts_with("মধ্যরাত") || w.starts_with("মাঝরাত"));
        Ok(Some(((parts, false), i + 1)))
    }

    /// An almanac's time counted from sunrise, `দং D/P(/V(.F)?)?` (`দং ৯/২৬/৩০`, `দং
    /// ৩৬/৪৫/৪২.৫`): D daṇḍa (24 minutes, 0–60), P pala (24 seconds, 0–59), V vipala (0.4 s,
    /// 0–59) and a tenth of one. The Hindu day runs sunrise to sunrise, 60 daṇḍa (DOMAIN.md §3;
    /// Sewell & Dikshit, *The Indian Calendar*, 1896, §7). Weak: a day must be given (a date
    /// beside it, or the document's day).
    pub(super) fn after_sunrise(&self, i: usize) -> Option<(TimeParts, usize)> {
        const PALA_MS: u32 = 24_000;
        let danda = self.num(i + 1).filter(|n| n.digits <= 2 && n.value <= 60)?;
        // The pala is required: `দণ্ড` alone is also a word (a rod, a sentence).
        let pala =
            self.num(i + 3).filter(|n| self.punct(i + 2, '/') && n.digits <= 2 && n.value < 60)?;
        let mut end = i + 4;
        let mut ms = danda.value as u32 * 60 * PALA_MS + pala.value as u32 * PALA_MS;
        if let Some(v) = self.num(end + 1).filter(|n| self.punct(end, '/') && n.value < 60) {
            ms += v.value as u32 * 400;
            end += 2;
            // `৪২.৫`: tenths of a vipala.
            if let Some(f) = self
                .num(end + 1)
                .filter(|_| self.punct(end, '.') && self.glued(end) && self.glued(end + 1))
                .filter(|f| f.digits == 1)
            {
                ms += f.value as u32 * 40;
                end += 2;
            }
        }
        if ms > 60 * 60 * PALA_MS {
            return None;
        }
        let parts = TimeParts {
            hour: None,
            minute: 0,
            second: 0,
            period: None,
            meridiem: None,
            offset: None,
            clock24: false,
            almanac: true,
            marker_after: false,
            after_sunrise: Some(ms),
            meridiem_inferred: false,
            midnight: false,
            span: self.span(i, end - 1),
        };
        Some((parts, end))
    }

    /// `H ~SEP~ MM (~SEP~ SS)? (~(+|-)HH:MM | ~Z)?`. The separator is `:` (or the visarga the
    /// lexer turns into one); `.` and the dari `।` need context (a period or meridiem word
    /// before, or a meridiem or hour unit after), since `৪.৩০` is also a decimal and `।` ends a
    /// sentence; `-` needs both (`সকাল ৯-৪৫ টা`); `/` and a one-digit minute only come after the
    /// almanacs' hour mark ঘ (`ঘ ২/৪৮ মিঃ`, `ঘ ৭।৫`), or `/` with a period word and three
    /// groups (`রাত্রি ৮/১২/৩০`, `রাত ৯/৪/৪৯ মিনিট`). An explicit UTC offset (ISO 8601 style) is kept and wins
    /// over the parser's zone. Inside a timestamp (`in_chain`), a stray space after the colon
    /// is tolerated (`০২ জানুয়ারি ২০২৬, ১৭: ৪১`).
    fn clock(
        &self,
        j: usize,
        context: bool,
        hour_mark: bool,
        in_chain: bool,
    ) -> Result<Option<Clock>, Error> {
        let Some(h) = self.num(j).filter(|n| n.digits <= 2) else { return Ok(None) };
        let Some(Kind::Punct(sep)) = self.tok(j + 1).map(|t| t.kind) else { return Ok(None) };
        let stray_space_ok = (in_chain || context) && sep == ':';
        // (Spaced on both sides only after a date, with a two-digit hour: `২০২৪ ১৬ : ১৮`; or
        // after a day period: `সকাল ৯ : ৩০ মিনিটে`.)
        // (৷, U+09F7, is a danda on Kolkata and Tripura pages: `ঘ ৯৷২৯`.)
        // (A comma glued between hour and minutes only after a day period and before মিনিট:
        // `রাত ৮,৫২ মিনিটে`, an obituary's typing.)
        let comma_clock = sep == ','
            && context
            && self.glued(j + 1)
            && self.glued(j + 2)
            && self.num(j + 2).is_some_and(|m| m.digits == 2 && m.value < 60)
            && self.word(j + 3) == Some(Word::Unit(Unit::Minute));
        if comma_clock {
            let m = self.num(j + 2).map_or(0, |m| m.value);
            self.check_time(h.value, m, 0, self.span(j, j + 2))?;
            return Ok(Some(Clock {
                hour: h.value as u32,
                minute: m as i32,
                second: 0,
                offset: None,
                end: j + 4,
                clock24: false,
            }));
        }
        if !matches!(sep, ':' | '.' | '।' | '৷' | '-' | '–' | '/')
            || !(self.glued(j + 1) || (stray_space_ok && (h.digits == 2 || context)))
            || !(self.glued(j + 2) || stray_space_ok)
        {
            return Ok(None);
        }
        // (Also after a day period, as an almanac's hour, minute and second: `রাত ৯/৪/৪৯ মিনিট`.)
        // (The seconds may be one digit: `রাত্রি ৭/৪৭/৯ গতে`, a wedding table; fresh set AC.)
        let almanac_seconds = context
            && sep == '/'
            && self.punct(j + 3, '/')
            && self.glued(j + 3)
            && self.glued(j + 4)
            && self.num(j + 4).is_some_and(|n| n.digits <= 2 && n.value < 60);
        let short_minute_ok = (hour_mark && sep != ':') || almanac_seconds;
        let Some(m) =
            self.num(j + 2).filter(|n| n.digits == 2 || (short_minute_ok && n.digits == 1))
        else {
            return Ok(None);
        };
        let mut end = j + 3;
        let mut second = 0;
        let mut groups = 2;
        if self.punct(end, sep) && self.glued(end) && self.glued(end + 1) {
            if let Some(s) = self.num(end + 1).filter(|n| n.digits == 2 || almanac_seconds) {
                second = s.value;
                end += 2;
                groups = 3;
            }
        }
        // `1.2.3`-like runs and dates (`০২.০১.২০২৬`) are not clock times; a trailing separator
        // with no number after it is punctuation (`বিকাল ৪:১০:`).
        let separator_follows = (self.punct(end, sep) || self.punct(end, '/')) && self.glued(end);
        if separator_follows && self.num(end + 1).is_some() && self.glued(end + 1) {
            return Ok(None);
        }
        let unit_after = |k: usize| match self.word(k) {
            _ if self.meridiem_at(k).is_some() => true,
            // `১:০২:২৭,অপরাহ্ন`, `৭.২১.৫৭ (দিবা)`.
            None if self.comma_meridiem(k).is_some() || self.bracketed_period(k).is_some() => true,
            Some(Word::HourUnit { .. }) => true,
            // `৭.৩৩ সকাল`: a day period after the time, not starting another one.
            Some(Word::Period(_)) => !matches!(self.tok(k + 1).map(|t| t.kind), Some(Kind::Num(_))),
            Some(Word::Unit(Unit::Minute)) => sep != ':',
            // `১.৩০ নাগাদ`: "at about half past one".
            Some(Word::Approx) => sep != ':' && self.raw(k) == Some("নাগাদ"),
            _ if self.railway_hour(k) => true,
            _ => false,
        };
        // `১২.৪৫ - ২.০০ ঘটিকা`: a range whose end is confirmed confirms its start.
        let range_end_confirmed = || {
            let k = end + usize::from(self.word(end) == Some(Word::HourUnit { strong: false }));
            let connects =
                matches!(self.tok(k).map(|t| t.kind), Some(Kind::Punct('-' | '–' | '—')))
                    || self.word(k) == Some(Word::From);
            connects
                && self.num(k + 1).is_some_and(|n| n.digits <= 2)
                && self.punct(k + 2, sep)
                && self.glued(k + 2)
                && self.num(k + 3).is_some_and(|n| n.digits == 2)
                && unit_after(k + 4)
        };
        let confirmed = unit_after(end) || (sep != ':' && range_end_confirmed());
        let allowed = match sep {
            ':' => true,
            '.' | '।' | '৷' => {
                context || confirmed || self.time_labelled(j) || self.timetable_cell(j, end)
            }
            // `সন্ধ্যা ৭-৩০`: after a period word, a second group that cannot be an hour is
            // the minutes (`সকাল ৯-১১` is a range of hours).
            // With no period, only an hour's unit after it (`১২-০০ টায়`) and minutes that
            // cannot be an hour make one.
            // (`সকাল ৯-১১টা` is a range of hours: a second group that can be an hour, with an
            // hour's unit after it, is the end hour.)
            '-' => {
                let minutes_only = m.value > 12 || (m.value < 10 && m.digits == 2);
                let hours =
                    !minutes_only && matches!(self.unit_at(end), Some((Word::HourUnit { .. }, _)));
                // (With no period, a minute unit after the pair counts minutes: `১০-১৫ মিনিট
                // হাঁটুন`, ten to fifteen minutes, was 10:15.)
                let counted = self.word(end) == Some(Word::Unit(Unit::Minute));
                (context && ((confirmed && !hours) || minutes_only))
                    || (unit_after(end) && minutes_only && !counted)
            }
            // An en dash is a range's (`সকাল ৯–১১টা`) unless a minute unit closes the pair
            // after a day period: `ভোর ৫–৩০ মিনিটে`.
            '–' => context && groups == 2 && self.word(end) == Some(Word::Unit(Unit::Minute)),
            // (Not three groups a date word or era follows, a date after a period: `রাত
            // ১২/১০/২৩ তারিখে`.)
            _ => {
                hour_mark
                    || (context
                        && groups == 3
                        && !matches!(self.word(end), Some(Word::DateWord | Word::Era(_))))
            }
        };
        if !allowed {
            return Ok(None);
        }
        if sep != ':' && (h.value > 24 || m.value > 59) {
            return Ok(None);
        }
        self.check_time(h.value, m.value, second, self.span(j, end - 1))?;
        // A hyphen after a clock starts a range's end as often as a UTC offset west of
        // Greenwich (`১০:০০-১২:০০`, a class routine's hours, was 10:00 at −12:00): an offset only
        // in ISO 8601's shape, after the date's `T` or a clock with its seconds (`…T10:00-05:00`,
        // `10:00:00-05:00`), and not followed by seconds itself (`১০:০০:০০-১২:০০:০০`).
        let iso = groups == 3 || self.after_iso_t(j);
        let range_end = matches!(self.tok(end).map(|t| t.kind), Some(Kind::Punct('-' | '−')))
            && (!iso
                || (self.punct(end + 4, ':')
                    && self.glued(end + 4)
                    && self.num(end + 5).is_some_and(|n| n.digits == 2)));
        let (offset, mut end) = if range_end { (None, end) } else { self.utc_offset(end) };
        // `৬.৪৫ মিনিটে`, `ঘ ২/৪৮ মিঃ`, `৩:৫৫ মিনিট`: a minute unit after the clock belongs to it, and the
        // seconds after it (`সন্ধে ৭.৪২ মিনিট ৩৭ সেকেন্ডে`).
        // `১৪.২৫ ঘণ্টায়`: the hour's unit in the locative or genitive after a dotted clock, the
        // 24-hour clock of India's railways and offices (probe 9: the minutes were read as a
        // duration of hours).
        let railway = groups == 2 && sep == '.' && self.railway_hour(end);
        if railway {
            end += 1;
        }
        if self.word(end) == Some(Word::Unit(Unit::Minute)) {
            end += 1;
            if groups == 2 {
                if let (Some(s), Some((Word::Unit(Unit::Second), after))) =
                    (self.num(end).filter(|n| n.digits <= 2 && n.value < 60), self.unit_at(end + 1))
                {
                    second = s.value;
                    end = after;
                }
            }
        }
        Ok(Some(Clock {
            hour: h.value as u32,
            minute: m.value as i32,
            second: second as u32,
            offset,
            end,
            clock24: railway,
        }))
    }

    /// সময় ("time") right before the number at `j` on its line, or before a colon or dash
    /// before it: `সময় ১৬.৩৫`, `ছাড়ার সময়: ০৯.৪৫` say that a dotted number is a clock.
    fn time_labelled(&self, j: usize) -> bool {
        let Some(before) = j.checked_sub(1) else { return false };
        let dash = matches!(self.tok(before).map(|t| t.kind), Some(Kind::Punct(':' | '-' | '–')));
        let b = if dash { before } else { j };
        let same_line = (b..=j).all(|k| self.tok(k).is_some_and(|t| t.breaks_before == 0));
        same_line
            && b.checked_sub(1).is_some_and(|p| self.word(p) == Some(Word::Label { time: true }))
    }

    /// A timetable's cell in a document: a dotted clock of two-digit hour and minute alone on
    /// its line (`০৯.৪৫`), under a line ending in সময় ("time") within a table's length above
    /// (district portals print train and launch timetables so, one cell a line). Without the
    /// heading, `১৬.৩৫` alone is as likely a figure.
    fn timetable_cell(&self, j: usize, end: usize) -> bool {
        let two_digit = |k: usize| self.num(k).is_some_and(|n| n.digits == 2);
        self.timetable
            && j == 0
            && two_digit(j)
            && two_digit(j + 2)
            && end == j + 3
            && self.tok(j).is_some_and(|t| t.breaks_before > 0)
            && self.tok(end).is_none_or(|t| t.breaks_before > 0)
    }

    /// A meridiem at `k`: a word (`অপরাহ্ন`, `এএম`, `PM`), or its letters with dots (`পি.এম.`,
    /// `এ.এম`, `a.m.`, `P.M`): p.m. or not, and the index after it.
    pub(super) fn meridiem_at(&self, k: usize) -> Option<(bool, usize)> {
        // `৪:১০ পিএমআপডেট: ২ জানুয়ারী`: a byline's meridiem with the next label glued to it,
        // as a scraped page joins them.
        if matches!(self.tok(k)?.kind, Kind::Word(None)) {
            let raw = self.raw(k)?;
            let pm = match () {
                () if raw.starts_with("পিএম") => true,
                () if raw.starts_with("এএম") => false,
                () => return None,
            };
            return Some((pm, k + 1));
        }
        let pm = match self.word(k)? {
            Word::Meridiem(pm) => return Some((pm, k + 1)),
            Word::MeridiemLetter(Some(pm)) => pm,
            // এ, spelt like the demonstrative.
            Word::Direction(0) => false,
            _ => return None,
        };
        let dotted = |i: usize| self.punct(i, '.') && self.glued(i);
        if !(dotted(k + 1)
            && self.glued(k + 2)
            && self.word(k + 2) == Some(Word::MeridiemLetter(None)))
        {
            return None;
        }
        Some((pm, if dotted(k + 3) { k + 4 } else { k + 3 }))
    }

    /// `IST` (+05:30), `UTC` or `GMT` (+00:00), in Latin or Bengali letters, optionally with a glued offset (`GMT+6`),
    /// after a time: seconds east of UTC and the index after it. `BST` is left alone: it is
    /// both Bangladesh Standard Time and British Summer Time.
    pub(super) fn zone_name(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.tok(i)?;
        let name = self.text.get(t.start..t.end)?;
        // (Also as Bengali pages spell them out: `রাত ৮টা (জিএমটি)`.)
        let is = |names: &[&str]| names.iter().any(|n| n.eq_ignore_ascii_case(name));
        let base = if is(&["IST", "আইএসটি"]) {
            5 * 3600 + 1800
        } else if is(&["UTC", "GMT", "ইউটিসি", "জিএমটি"]) {
            0
        } else {
            return None;
        };
        if base == 0 {
            if let (Some(o), after) = self.utc_offset_short(i + 1) {
                return Some((o, after));
            }
        }
        Some((base, i + 1))
    }

    /// `~+6`, `~+06`, `~+06:00` after GMT/UTC.
    fn utc_offset_short(&self, i: usize) -> (Option<i32>, usize) {
        let sign = match self.tok(i).map(|t| t.kind) {
            Some(Kind::Punct('+')) if self.glued(i) => 1,
            Some(Kind::Punct('-' | '−')) if self.glued(i) => -1,
            _ => return (None, i),
        };
        let Some(h) =
            self.num(i + 1).filter(|n| self.glued(i + 1) && n.digits <= 2 && n.value <= 14)
        else {
            return (None, i);
        };
        let mut minutes = 0;
        let mut end = i + 2;
        if self.punct(end, ':') && self.glued(end) {
            if let Some(m) = self.num(end + 1).filter(|n| n.digits == 2 && n.value < 60) {
                minutes = m.value as i32;
                end += 2;
            }
        }
        (Some(sign * (h.value as i32 * 3600 + minutes * 60)), end)
    }

    /// `~+HH:MM`, `~-HHMM` or `~Z` right after a clock time: seconds east of UTC.
    fn utc_offset(&self, i: usize) -> (Option<i32>, usize) {
        // (Spaced, only as mail and feeds print it, four digits glued to the sign: `18:35:00
        // +0530`; probe 6.)
        let rfc_2822 = matches!(self.tok(i).map(|t| t.kind), Some(Kind::Punct('+' | '-')))
            && self.glued(i + 1)
            && self.num(i + 1).is_some_and(|n| n.digits == 4)
            && !self.glued(i + 2);
        if !self.glued(i) && !rfc_2822 {
            return (None, i);
        }
        if self.raw(i) == Some("Z") {
            return (Some(0), i + 1);
        }
        let sign = match self.tok(i).map(|t| t.kind) {
            Some(Kind::Punct('+')) => 1,
            Some(Kind::Punct('-' | '−')) => -1,
            _ => return (None, i),
        };
        let Some(hh) = self.num(i + 1).filter(|n| self.glued(i + 1) && matches!(n.digits, 2 | 4))
        else {
            return (None, i);
        };
        let (hours, mut minutes, mut end) = if hh.digits == 4 {
            (hh.value / 100, hh.value % 100, i + 2)
        } else {
            (hh.value, 0, i + 2)
        };
        if hh.digits == 2 && self.punct(end, ':') && self.glued(end) {
            if let Some(mm) = self.num(end + 1).filter(|n| n.digits == 2 && self.glued(end + 1)) {
                minutes = mm.value;
                end += 2;
            }
        }
        if hours > 23 || minutes > 59 {
            return (None, i);
        }
        (Some(sign * (hours as i32 * 3600 + minutes as i32 * 60)), end)
    }

    fn check_time(&self, h: u64, m: u64, s: u64, span: Range<usize>) -> Result<(), Error> {
        let clamp = |v: u64| v.min(i64::MAX as u64) as i64;
        // 24:00 is the end of the day (ISO 8601); 24:30 is not a time.
        if h == 24 && (m > 0 || s > 0) {
            let (field, value) =
                if m > 0 { (TimeField::Minute, m) } else { (TimeField::Second, s) };
            return Err(Error::at(
                ErrorKind::TimeOutOfRange { field, value: clamp(value), min: 0, max: 0 },
                span,
            ));
        }
        if h > 24 {
            return Err(Error::at(
                ErrorKind::TimeOutOfRange {
                    field: TimeField::Hour,
                    value: clamp(h),
                    min: 0,
                    max: 23,
                },
                span,
            ));
        }
        if m > 59 {
            return Err(Error::at(
                ErrorKind::TimeOutOfRange {
                    field: TimeField::Minute,
                    value: clamp(m),
                    min: 0,
                    max: 59,
                },
                span,
            ));
        }
        if s > 59 {
            return Err(Error::at(
                ErrorKind::TimeOutOfRange {
                    field: TimeField::Second,
                    value: clamp(s),
                    min: 0,
                    max: 59,
                },
                span,
            ));
        }
        Ok(())
    }
}

/// Whether a 24-hour `hour` is in `period`'s hours, give or take two.
fn in_period(hour: u64, period: DayPeriod) -> bool {
    let (start, end) = period.hours();
    let Ok(hour) = u32::try_from(hour) else { return false };
    if hour >= 24 {
        return false;
    }
    // The night's hours run past midnight (18 to 28).
    let hour = if end > 24 && hour + 2 < start { hour + 24 } else { hour };
    hour + 2 >= start && hour < end + 2
}

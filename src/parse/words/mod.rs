//! The vocabulary: every word the parser knows, in every spelling and encoding real pages use.
//!
//! Words are looked up by a *key*: the word with its encoding differences folded away (see
//! [`word_key`](table::word_key)). Table entries go through the same folding when the table is built, so an
//! entry may be typed in either encoding. Inflected forms (genitive, locative, emphatic) are
//! generated once into the table, so looking a word up costs one hash probe whatever its form;
//! this matters because most words of running text are *not* date words and must be rejected
//! fast.
//!
//! - `lists`: the words, in every spelling, with their meanings;
//! - `table`: the key folding and the hash table they are looked up in;
//! - `typo`: weekday names misspelt by one letter.

mod events;
mod lists;
mod table;
mod typo;
mod year_words;

pub(crate) use events::{event_year, names_event};
pub(crate) use lists::NUMBER_WORDS;
pub(crate) use typo::month_typo;
pub(crate) use year_words::year_in_words;

use chrono::Weekday;

use crate::calendar::Month;
use crate::calendar::era::CalendarEra;
pub use crate::types::{DayPeriod, Unit};

use lists::*;
pub(crate) use table::{MAX_KEY, same_word, table, word_key};

/// Whether `word`, unknown to the vocabulary, is a verb in the future tense (see
/// [`lists::FUTURE_ENDINGS`]).
pub(crate) fn is_future_verb(word: &str) -> bool {
    word.chars().count() >= 3
        && FUTURE_ENDINGS.iter().any(|e| word.ends_with(e))
        && !NOT_FUTURE.contains(&word)
        && !NOT_FUTURE_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Era words written after a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Era {
    /// বঙ্গাব্দ, বাংলা (সন).
    Bangla,
    /// খ্রিস্টাব্দ, ইং, ইংরেজি.
    Christian,
    /// হিজরি.
    Hijri,
    /// শকাব্দ.
    Saka,
    /// সাল, সালের, সালে, সন: a year, of no particular calendar.
    Year,
}

impl Era {
    /// The calendar other than the Gregorian that the era word names.
    pub(crate) const fn calendar(self) -> Option<CalendarEra> {
        match self {
            Era::Bangla => Some(CalendarEra::Bangabda),
            Era::Hijri => Some(CalendarEra::Hijri),
            Era::Saka => Some(CalendarEra::Saka),
            Era::Christian | Era::Year => None,
        }
    }

    /// Whether `year` can be of this era as written today: a Bangabda or Hijri year up to the
    /// 1500s (1432 and 1447 in 2025), a Śaka year up to 2030 (1947). A larger number before
    /// বাংলা is a Gregorian year and the word the language's name (`১৭ এপ্রিল ২০২১ বাংলা
    /// চলচ্চিত্র`, `১৯৫২ বাংলা ভাষা আন্দোলনে`: probe 5).
    pub(crate) const fn holds(self, year: i32) -> bool {
        match self {
            Era::Bangla | Era::Hijri => year <= 1530,
            Era::Saka => year <= 2030,
            Era::Christian | Era::Year => true,
        }
    }
}

/// What a known word means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::enum_variant_names)] // "HourWord", "DayWord": the word *is* an hour or a day
pub(crate) enum Word {
    GregMonth(u8),
    /// A Gregorian month cut short in Bengali script (`নভে`, `ডিসে`): a month only between a
    /// day and a year.
    GregMonthShort(u8),
    BanglaMonth(Month),
    /// An Assamese month name (Bhaskarabda: the West Bengal calendar's arithmetic).
    AssameseMonth(Month),
    /// A noun that, after জুলাই, names Bangladesh's uprising of July 2024 (`জুলাই
    /// গণ-অভ্যুত্থান`, `জুলাই বিপ্লব`, `জুলাই সনদ`): the month is that July.
    JulyEvent,
    /// A year named by its number word alone, as Bangladesh names its war of independence and
    /// its uprising: `একাত্তরের`, `একাত্তরে` (1971), `চব্বিশের` (2024, only before its date,
    /// month or event: `চব্বিশের ৫ আগস্ট`; `চব্বিশের বেশি` counts). In the genitive or
    /// locative only (`একাত্তর জন` counts).
    NamedYear(u16),
    /// A year counted from the reference, written as one word: `এবছর`, `গতবছর`, `আগামীবছরের`.
    YearOffset(i8),
    /// A lunar month of another almanac, which no Gregorian day follows from: a Meitei
    /// (Manipuri) month, or a Gaudiya Vaishnava month (named after Vishnu, so also a name:
    /// `common`, read only before মাস or a চৈতন্যাব্দ year).
    LunarMonth {
        common: bool,
    },
    HijriMonth(u8),
    /// The first word of a Hijri month name written with hyphens (`জমাদি-উল-আউয়াল`,
    /// `জিল-হজ্জ`); alone, nothing.
    HijriStem,
    Weekday {
        day: Weekday,
        short: bool,
        typo: bool,
    },
    Era(Era),
    Period(DayPeriod),
    /// A prayer's or the fast's name (ফজর, আসর, ইফতার): the day period of a clock time written
    /// after it; alone, no time.
    Prayer(DayPeriod),
    /// পূর্বাহ্ন / এএম / AM (false), অপরাহ্ন / পিএম / PM (true).
    Meridiem(bool),
    /// A letter of a meridiem written with dots (`পি.এম.`, `a.m.`): the first letter says which
    /// (`Some(true)` for পি / p, `Some(false)` for a; এ is stored as [`Word::Direction`]`(0)`),
    /// the M is `None`. The grammar joins them.
    MeridiemLetter(Option<bool>),
    /// টা, টায়, ঘটিকা …; `strong` unless the bare টা/টো, which also counts things ("৩টা বই").
    HourUnit {
        strong: bool,
    },
    /// An hour written as a word, with its minutes: আট (8:00), আড়াই (2:30); `unit` when a
    /// টা-suffix is glued on (`Some(strong)`).
    HourWord {
        hour: u8,
        minute: u8,
        unit: Option<bool>,
    },
    /// সাড়ে (+30), সোয়া (+15), পৌনে (−15), as minutes to add.
    Fraction(i8),
    /// A day of the month written as a word: পহেলা (1) … একত্রিশে (31).
    DayWord(u8),
    /// A cardinal number from 13 to 31 in words (`পনেরো`, `পঁচিশ`, `একত্রিশ`), which no other
    /// meaning holds: a day before a month's name (`ত্রিশ নভেম্বর`, `পঁচিশ বৈশাখ`), nothing
    /// alone. (The smaller ones are hours; `বিশ`, `ত্রিশ` decades; `তেরো` … `একুশ` centuries.)
    CardinalDay(u8),
    /// লা, রা, ঠা, ই, শে glued to (or spaced after) a day number.
    Ordinal,
    /// আজ (0), গতকাল (−1), আগামীকাল (+1), পরশু (+2).
    RelativeDay(i8),
    /// কাল, কল্য: "yesterday" or "tomorrow" by the tense alone, so a day only after গত or
    /// আগামী (`গত কাল`, `আগামী কল্য`, as older and formal pages space them).
    Kal,
    /// গত (−1), আগামী (+1), চলতি / এ (0): modifies a weekday, a date or বছরের.
    Direction(i8),
    /// A unit word: মিনিট, ঘণ্টা, দিন, …
    Unit(Unit),
    /// A count glued to its unit: তিনদিন.
    Quantity(u8, Unit),
    /// গ্রিনিচ, Greenwich: `গ্রিনিচ মান সময়` is UTC.
    Greenwich,
    /// `গতরাত`, `গতরাতে` ("last night") in one word: the night before the day of writing.
    LastNight,
    /// নববর্ষ, "new year('s day)": before a year, the first day of that year (`বাংলা নববর্ষ
    /// ১৪২৮` is 1 Boishakh 1428).
    NewYearDay,
    /// A count said roughly, after its unit (`মাস তিনেক আগে`, `দিন দশেক`, `মিনিট দশেকের`:
    /// "some three months ago", "ten days or so").
    RoughCount(u8),
    /// আগে (−1), পরে (+1).
    AgoLater(i8),
    /// দিবাগত: the night that follows the named day.
    Dibagoto,
    /// আনুমানিক, প্রায়, দিকে, নাগাদ: approximate.
    Approx,
    /// থেকে, হতে: the start of a range.
    From,
    /// পর্যন্ত: the end of a range.
    Until,
    /// ও, এবং: a list.
    And,
    /// তারিখ, তারিখে.
    DateWord,
    /// প্রকাশ, প্রকাশিত, আপডেট, সময়, হালনাগাদ: labels before a timestamp; `time` for সময়
    /// ("time"), which says that a dotted number after it (`সময় ১৬.৩৫`) is a clock.
    Label {
        time: bool,
    },
    /// ঘ (ঘটিকা) before an almanac's hour (`ঘ ২/৪৮`).
    HourMark,
    /// অর্থাৎ ("that is"), before the same moment said again.
    ThatIs,
    /// দং, দণ্ড before an almanac's time counted from sunrise in daṇḍa, pala and vipala
    /// (`দং ৯/২৬/৩০`); its numbers are no date.
    Danda,
    /// A day named by reference to another, with its offset from that day: ওইদিন, সেদিন (0),
    /// পরদিন (+1), আগেরদিন (−1). A time beside it is not the reference date's.
    Anaphoric(i8),
    /// The first word of a two-word reference to another day or year, with its offset: সে, সেই,
    /// ওই, ঐ, উক্ত, একই ("that, the same": 0), পরের, পরবর্তী ("the next": +1), আগের ("the one
    /// before": −1); `পরের দিন`, `ওই বছর`.
    Pointer(i8),
    /// তার, এর (standalone), তারও ("its"): `তার দুই দিন পর`, two days after the day before.
    Its,
    /// পর ("after"), which follows a count in `তার দুই দিন পর`; unlike পরে it makes no
    /// relative date of a bare count (`দুই বছর পর` is a duration and a postposition).
    After,
    /// প্রতি, প্রত্যেক, প্রতিটি: every (a recurrence follows).
    Every,
    /// প্রতিমাসের, প্রতিমাসে: every month.
    EveryMonth,
    /// প্রতিবছর, প্রতিবছরের: every year.
    EveryYear,
    /// প্রতিদিন, দৈনিক, প্রত্যহ, প্রত্যেকদিন: every day.
    Daily,
    /// Which one of a month's weekdays: প্রথম … পঞ্চম (1–5), শেষ (−1, also a label: `শেষ
    /// আপডেট`).
    Nth(i8),
    /// গভীর ("deep", of the night), before a day period.
    Deep,
    /// শেষে, শুরুতে, মাঝামাঝি ("at the end, start, middle of"), after a month: the month.
    MonthPart,
    /// চলাকালীন, চলাকালে ("during"): a day part after it is no particular day's (`ক্লাস
    /// চলাকালীন দুপুরে`).
    During,
    /// ইতিহাসের, ইতিহাসে ("in history"): `ইতিহাসের এইদিনে` is a rubric of anniversaries, no
    /// particular day.
    InHistory,
    /// শিক্ষাবর্ষ, অর্থবছর: a year that spans two calendar years, academic or `fiscal`.
    SpanYear {
        fiscal: bool,
    },
    /// A decade's number word in the genitive: ষাটের (the sixties: 6) … নব্বইয়ের (9).
    DecadeWord(u8),
    /// দশক, দশকে: a decade.
    Decade,
    /// A century's ordinal: বিংশ (the twentieth), একবিংশ, ঊনবিংশ.
    CenturyOrdinal(u8),
    /// শতাব্দী, শতক: a century (শতক is also a land measure: only after an ordinal).
    Century,
    /// নতুন ("new"), before বছর: the new year, the coming one late in a year, this one early.
    New,
    /// An era that only Indian almanacs count in (কলিযুগাব্দ, বিক্রম সংবৎ, শ্রীচৈতন্যাব্দ): a
    /// cue that a Bangabda date beside it is West Bengal's. `lunisolar` for Vikram Samvat,
    /// whose months are lunar: a day and month written in its years is no Bangabda date.
    IndianEra(CalendarEra),
    /// বাজে ("it strikes"): confirms an hour.
    Baje,
    /// The case ending `র`/`এর`, written after a hyphen (`২০২৫-এর`). The ending `এ`
    /// (`২০২৫-এ`) is spelt like the demonstrative এ ("this", `এ বছর`) and is stored once, as
    /// [`Word::Direction`]`(0)`; the grammar takes either after a year's hyphen.
    CaseSuffix,
    /// স্থানীয় ("local" time, of some other place).
    Local,
    /// ঠিক ("exactly").
    Exactly,
    /// A word only almanac text uses (তিথি, নক্ষত্র, পঞ্জিকা, অমৃতযোগ …): the paragraph lists
    /// times by the Hindu day, sunrise to sunrise.
    AlmanacTerm,
    /// নং, নম্বর, দং: the number after it is a number (a house's, a case's, an almanac's count
    /// of daṇḍas), not a date.
    NumberLabel,
}

/// Every (word, meaning) of the vocabulary, explicit entries first, then the generated
/// inflections, in the order the table takes them.
pub(crate) fn each_entry(mut add: impl FnMut(&str, Word)) {
    for &(w, m) in GREG_MONTHS {
        add(w, Word::GregMonth(m));
    }
    for &(w, m) in GREG_MONTHS_SHORT {
        add(w, Word::GregMonthShort(m));
    }
    for &(w, m) in BANGLA_MONTHS {
        add(w, Word::BanglaMonth(m));
    }
    for &(w, m) in ASSAMESE_MONTHS {
        add(w, Word::AssameseMonth(m));
    }
    for &(w, common) in LUNAR_MONTHS {
        add(w, Word::LunarMonth { common });
    }
    // `আজ`, `আজই`, `আজও`, `আজকে`, `আজকের`, `আজকেরও`, `গতকালের`, `গতকালকেই`, `পরশুর`: a day
    // word takes the genitive, the emphatic ই and the inclusive ও, after কে or not.
    for &(stem, offset) in RELATIVE_DAYS {
        let genitive = if stem.ends_with('ু') { "র" } else { "ের" };
        for mid in ["", "কে"] {
            let base = format!("{stem}{mid}");
            let genitive = if mid.is_empty() { genitive } else { "র" };
            for tail in ["", "ই", "ও"] {
                add(&format!("{base}{tail}"), Word::RelativeDay(offset));
                add(&format!("{base}{genitive}{tail}"), Word::RelativeDay(offset));
            }
        }
    }
    // The storied years by their number words, in the genitive and locative (`একাত্তরের`,
    // `বায়ান্নর ভাষা আন্দোলন`, `উনসত্তরের গণঅভ্যুত্থান`, `পঁচাত্তরের ১৫ আগস্ট`); the bare
    // number words count (`একাত্তর জন`).
    for (stems, year) in [
        (&["একাত্তর"][..], 1971),
        (&["সাতচল্লিশ"][..], 1947),
        (&["বায়ান্ন", "বাহান্ন"][..], 1952),
        (&["উনসত্তর", "ঊনসত্তর"][..], 1969),
        (&["পঁচাত্তর", "পচাত্তর"][..], 1975),
    ] {
        for stem in stems {
            for ending in ["ের", "র", "ে", "েই", "েও", "েরও", "েরই"] {
                // (বায়ান্ন ends in a vowel sound: বায়ান্নর, বায়ান্নের; the others take ের.)
                add(&format!("{stem}{ending}"), Word::NamedYear(year));
            }
        }
    }
    // A pointer and বছর written as one word (`এবছর`, `গতবছরের`, `চলতিবছরেই`).
    for (pointer, offset) in [("এ", 0), ("এই", 0), ("চলতি", 0), ("গত", -1), ("আগামী", 1)]
    {
        for suffix in ["", "ে", "ের", "ই", "েই", "ও"] {
            add(&format!("{pointer}বছর{suffix}"), Word::YearOffset(offset));
        }
    }
    // (Not চব্বিশে: the 24th, a day word.)
    add("চব্বিশের", Word::NamedYear(2024));
    for &w in JULY_EVENT_NOUNS {
        add(w, Word::JulyEvent);
        if matches!(
            w,
            "গণঅভ্যুত্থান"
                | "অভ্যুত্থান"
                | "বিপ্লব"
                | "আন্দোলন"
                | "সনদ"
                | "শহীদ"
        ) {
            for suffix in ["ে", "ের", "কে", "ও"] {
                add(&format!("{w}{suffix}"), Word::JulyEvent);
            }
        }
    }
    for &(w, m) in hijri_months() {
        // Two-word names are looked up by their first word and confirmed by the grammar.
        add(w, Word::HijriMonth(m));
    }
    for &(w, day, short) in WEEKDAYS {
        add(w, Word::Weekday { day, short, typo: false });
    }
    for &w in HIJRI_STEMS {
        add(w, Word::HijriStem);
    }
    // Full names in the locative and emphatic (`সোমবারে`, `শুক্রবারেই`, `বুধবারও`), and the
    // genitive (`রোববারের বিজ্ঞপ্তিতে`), which the grammar takes alone only in a document: in
    // a string, `মঙ্গলবারের পরীক্ষা` ("Tuesday's exam") names an event more than a day.
    for &(w, day, short) in WEEKDAYS.iter().filter(|(w, _, short)| !short && !w.is_ascii()) {
        for suffix in ["ে", "েই", "ও", "েও", "ের"] {
            add(&format!("{w}{suffix}"), Word::Weekday { day, short, typo: false });
        }
    }
    for &(w, e) in ERAS {
        add(w, Word::Era(e));
    }
    // The case endings of every spelling of an era's name (`খ্রীস্টাব্দে`, `খৃষ্টাব্দের`,
    // `বঙ্গাব্দেই`).
    for &(w, e) in ERAS.iter().filter(|(w, _)| w.ends_with("াব্দ")) {
        for suffix in ["ে", "ের", "েই", "েও"] {
            add(&format!("{w}{suffix}"), Word::Era(e));
        }
    }
    for &(w, p) in PERIODS {
        add(w, Word::Period(p));
    }
    // Stems ending in a vowel take every case: the locative in -য় or -তে, the genitive in -র
    // (`সন্ধ্যাতেই`, `রাত্রিবেলায়`, `বিকেলবেলায়`), and the misspelling সন্ধা of সন্ধ্যা (`গতকাল
    // সন্ধায় ৭টায়`, a Dhaka weekly).
    for &(stem, p) in PERIOD_VOWEL_STEMS {
        for ending in ["", "য়", "তে", "র", "য়ই", "তেই"] {
            add(&format!("{stem}{ending}"), Word::Period(p));
        }
    }
    // Stems ending in a consonant: the locative -ে, the genitive -ের (`শেষরাতের`, `ভোররাতের`).
    for &(stem, p) in PERIOD_CONSONANT_STEMS {
        for ending in ["", "ে", "ের", "েই"] {
            add(&format!("{stem}{ending}"), Word::Period(p));
        }
    }
    // The emphatic ই on the locative (`সকালেই`, `রাতেই`, `সন্ধ্যায়ই`: "in the morning itself").
    for &(w, p) in PERIODS {
        if w.ends_with('\u{09C7}') || w.ends_with('\u{09DF}') || w.ends_with("\u{09AF}\u{09BC}") {
            add(&format!("{w}ই"), Word::Period(p));
        }
    }
    for &(w, p) in PRAYERS {
        add(w, Word::Prayer(p));
    }
    for &(w, d) in DAY_WORDS {
        add(w, Word::DayWord(d));
    }
    // The numbers 13–31 in words that no other entry is (the centuries' `তেরো` … `একুশ`, the
    // decades' `বিশ`, `ত্রিশ`, the day word `কুড়ি`): a day before a month's name.
    let held = |w: &str| {
        let entries = OTHERS.iter().chain(REFERENCE_WORDS).map(|(o, _)| *o);
        entries.chain(DAY_WORDS.iter().map(|(o, _)| *o)).any(|o| same_word(o, w))
    };
    for &(w, d) in NUMBER_WORDS.iter().filter(|(w, d)| (13..=31).contains(d) && !held(w)) {
        add(w, Word::CardinalDay(d));
    }
    for &(w, u) in UNITS {
        add(w, Word::Unit(u));
    }
    for &(w, meaning) in REFERENCE_WORDS {
        add(w, meaning);
    }
    // One word for "that day", "the next day", "the day before", in every case: `এইদিনে`,
    // `সেদিনই`, `ওইদিনের`, `পরদিন`, `আগেরদিন`, `একইদিনে`, `এদিনটিতে`.
    let pointers = [
        ("এ", 0),
        ("এই", 0),
        ("সে", 0),
        ("সেই", 0),
        ("ওই", 0),
        ("ঐ", 0),
        ("একই", 0),
        ("পর", 1),
        ("পরের", 1),
        ("আগের", -1),
    ];
    for (pointer, days) in pointers {
        for suffix in ["", "ে", "ই", "েই", "ের", "টি", "টিতে", "টির", "টা", "টাতে"]
        {
            add(&format!("{pointer}দিন{suffix}"), Word::Anaphoric(days));
        }
    }
    for &(w, meaning) in OTHERS {
        add(w, meaning);
    }
    for &(w, hour, minute) in HOUR_WORDS {
        add(w, Word::HourWord { hour, minute, unit: None });
        for &(suffix, strong) in HOUR_SUFFIXES {
            add(&format!("{w}{suffix}"), Word::HourWord { hour, minute, unit: Some(strong) });
            // The short forms with an apostrophe for the letters left out, as West Bengal
            // writes them (`সকাল ন'টা নাগাদ`, `দু'টোয়`, `ছ'টা`; ’ folds to '), and the full
            // words with one typed before the unit (`সোয়া ছয়’টায়`; fresh article C09).
            let unit = Some(strong);
            add(&format!("{w}'{suffix}"), Word::HourWord { hour, minute, unit });
        }
    }
    for &(suffix, strong) in HOUR_SUFFIXES {
        add(suffix, Word::HourUnit { strong });
    }
    // `ঘণ্টাখানেক`, `সপ্তাহখানেক` ("an hour or so"): one of the unit.
    for &(w, u) in UNIT_STEMS {
        add(&format!("{w}খানেক"), Word::Quantity(1, u));
    }
    // `আধঘণ্টা`, half an hour in one word (fresh article C09: missed), as thirty minutes.
    for w in ["আধঘণ্টা", "আধঘন্টা", "আধঘণ্টার", "আধঘন্টার", "আধাঘণ্টা", "আধাঘন্টা"]
    {
        add(w, Word::Quantity(30, Unit::Minute));
    }
    for &(w, n) in ROUGH_COUNTS {
        add(w, Word::RoughCount(n));
        add(&format!("{w}ের"), Word::RoughCount(n));
    }
    // Counts for relative expressions glued to their unit (`তিনদিন`, `দুইমাস`): one to ten.
    for &(w, n) in NUMBER_WORDS.iter().filter(|(_, n)| *n <= 10) {
        for &(unit_word, unit) in UNITS {
            add(&format!("{w}{unit_word}"), Word::Quantity(n, unit));
        }
    }
    // Case endings on unit words, as durations take them: `তিন দিনে`, `২৪ ঘণ্টায়`,
    // `সপ্তাহব্যাপী`, `বছরও`; the plain and genitive forms are listed in UNITS.
    for &(w, u) in UNIT_STEMS {
        let suffixes: &[&str] = if w.ends_with('া') {
            &["য়", "ও", "ই", "ব্যাপী", "জুড়ে", "জুড়েই", "টি", "টা"]
        } else {
            &[
                "ে",
                "ই",
                "ও",
                "েই",
                "েরও",
                "েরই",
                "ব্যাপী",
                "জুড়ে",
                "জুড়েই",
                "টি",
                "টা",
                "টির",
                "টার",
                "টিতে",
                "টিও",
                "টাও",
                // The accusative, as a comparison takes it (`গেল বছরকেও ছাড়িয়ে`).
                "কে",
                "কেও",
            ]
        };
        for suffix in suffixes {
            add(&format!("{w}{suffix}"), Word::Unit(u));
        }
    }
    // Case endings on month names: genitive (জানুয়ারির, ডিসেম্বরের), locative (জুনে, শ্রাবণে;
    // Assamese -ত: ফেব্ৰুৱাৰীত), emphatic and inclusive (ডিসেম্বরেই, জানুয়ারীতেই, মার্চেও).
    for &(w, m) in GREG_MONTHS.iter().filter(|(w, _)| !w.is_ascii()) {
        for suffix in
            ["র", "ের", "ে", "তে", "েই", "েরই", "ত", "তেই", "তেও", "েও", "রও", "েরও", "রই"]
        {
            add(&format!("{w}{suffix}"), Word::GregMonth(m));
        }
        // After a vowel the case endings take য় (`জুলাইয়ে`, `জুলাইয়ের`, `জানুয়ারিয়েই`).
        if w.ends_with(['ি', 'ী', 'ই']) {
            for suffix in ["য়ে", "য়ের", "য়েই", "য়েও", "য়েরও"]
            {
                add(&format!("{w}{suffix}"), Word::GregMonth(m));
            }
        }
    }
    for &(w, m) in BANGLA_MONTHS.iter().filter(|(w, _)| !w.is_ascii()) {
        for suffix in ["র", "ের", "ে", "েই", "েও", "েরও"] {
            add(&format!("{w}{suffix}"), Word::BanglaMonth(m));
        }
    }
    for &(w, m) in hijri_months() {
        for suffix in ["ের", "ে", "র"] {
            add(&format!("{w}{suffix}"), Word::HijriMonth(m));
        }
    }
}

/// Whether `word` contains anything [`word_key`] would change: a precomposed nukta letter, a
/// two-part vowel sign, a joiner or curly apostrophe (all behind byte 0xE2), or an ASCII capital.
/// Most words contain none, and their bytes are their key.
pub(crate) fn needs_folding(word: &[u8]) -> bool {
    word.iter().enumerate().any(|(i, &b)| match b {
        0xE2 => true,
        // æ (C3 A6), a font conversion's ু after র.
        0xC3 => word.get(i + 1) == Some(&0xA6),
        // U+09DC, U+09DD, U+09DF, U+09D7 are E0 A7 9C/9D/9F/97; ে is E0 A7 87, and া after it
        // (E0 A6 BE) forms ো in two parts (so does া before it, typed as seen). (ৗ before ে
        // is caught by its own bytes.)
        0xA7 => match word.get(i + 1) {
            Some(0x9C | 0x9D | 0x9F | 0x97 | 0xB0) => true,
            Some(0x87) => {
                word.get(i + 2..i + 5) == Some(&[0xE0, 0xA6, 0xBE][..])
                    || i.checked_sub(4).and_then(|b| word.get(b..i - 1))
                        == Some(&[0xE0, 0xA6, 0xBE][..])
            }
            _ => false,
        },
        b => b.is_ascii_uppercase(),
    })
}

/// Whether a word is in the locative case, as a day-part word standing for "at that time" is
/// (`রাতে`, `সকালে`, `সন্ধ্যায়`, `রাতেই`, `মার্চেও`), and not in the genitive or plain form of a noun
/// (`রাতের খাবার`, dinner).
pub(crate) fn is_locative(word: &str) -> bool {
    // ই emphatic, ও inclusive (`রাতেই`, `মার্চেও`).
    let word =
        word.strip_suffix('\u{0987}').or_else(|| word.strip_suffix('\u{0993}')).unwrap_or(word);
    // ে; য় precomposed (U+09DF) or as য + nukta.
    word.ends_with('\u{09C7}') || word.ends_with('\u{09DF}') || word.ends_with("\u{09AF}\u{09BC}")
}

/// The tense a verb form marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// `হবে`, `করবেন`, `চলবে`, `থাকবে`: what is to come.
    Future,
    /// `হয়েছিল`, `করলেন`, `ছিলেন`: what happened.
    Past,
}

/// `word` with ো and ৌ written whole where they were typed in two halves, in either order
/// (`যাবে\u{09BE}`, `যাবা\u{09C7}` for `যাবো`: text converted from legacy fonts types the halves as
/// they are seen), so that its ending can be read; borrowed when there are none (the common
/// case).
pub(crate) fn joined_vowels(word: &str) -> std::borrow::Cow<'_, str> {
    const E: char = '\u{09C7}';
    let halves = |a: char, b: char| match (a, b) {
        (E, '\u{09BE}') | ('\u{09BE}', E) => Some('\u{09CB}'),
        (E, '\u{09D7}') | ('\u{09D7}', E) => Some('\u{09CC}'),
        _ => None,
    };
    let mut pairs = word.chars().zip(word.chars().skip(1));
    if !pairs.any(|(a, b)| halves(a, b).is_some()) {
        return std::borrow::Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek().and_then(|&n| halves(c, n)) {
            Some(whole) => {
                chars.next();
                out.push(whole);
            }
            None => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The tense a word that is not in the vocabulary marks, by its verb ending: the future in
/// -বে/-বেন (`হবে`, `করবেন`; not `সবে`, "just"), the past in -ছিল/-ছিলেন and the formal simple
/// past -লেন (`বললেন`). News reports also tell the past in the present (`গ্রেপ্তার করা হয়`),
/// which no ending tells from the habitual, and in the perfect, which also announces what is to
/// come (`শুনানির তারিখ ধার্য করা হয়েছে`): those say nothing.
pub(crate) fn tense_of(word: &str) -> Option<Tense> {
    let word = word.trim_end_matches(['।', '\u{09BC}']);
    // Three letters at least: `হবে`.
    word.chars().nth(2)?;
    // The one list of future endings and their look-alikes (তবে, হিসেবে, -ভাবে) the parser uses.
    if is_future_verb(word) {
        return Some(Tense::Future);
    }
    // The past (-ছিল: `হয়েছিল`, `ছিলেন`) and the formal simple past (`বললেন`). Not the
    // perfect (`হয়েছে`, `করা হয়েছে`): "the date has been set for 9 November" looks ahead.
    // (-ছিল after the perfect's ে, or the word alone: not `মিছিল`, a procession; probe 12.)
    const PAST: [&str; 4] = ["েছিল", "েছিলো", "েছিলেন", "লেন"];
    let was = matches!(word, "ছিল" | "ছিলো" | "ছিলেন" | "ছিলাম");
    (was || PAST.iter().any(|s| word.ends_with(s))).then_some(Tense::Past)
}

/// The tense a verb marks as কাল's sentence needs it ("yesterday" or "tomorrow" by the verb
/// alone): besides [`tense_of`], the first person's future (`দেব`, `যাবো`) and simple past
/// (`গেলাম`, `দেখলুম`), the perfect (`হয়েছে`, `এসেছি`: what happened yesterday; a perfect
/// never tells of tomorrow) and the past's negation (`হয়নি`, `করেনি`). The short endings a
/// noun may share (-ব, -ল: `প্রস্তাব`, `দল`) count only on the sentence's last word, where
/// Bengali puts its verb (`last`). The present (`আসছে`, `হয়`) tells either day, so nothing.
pub(crate) fn verb_tense(word: &str, last: bool) -> Option<Tense> {
    let word = word.trim_end_matches(['।', '?', '!']);
    if let Some(t) = tense_of(word) {
        return Some(t);
    }
    // Two letters at least (`হল`, `এল`).
    if word.chars().count() < 2 {
        return None;
    }
    if has_past_ending(word) {
        return Some(Tense::Past);
    }
    if last {
        if ["ব", "বো", "বি"].iter().any(|e| word.ends_with(e)) {
            return Some(Tense::Future);
        }
        // (A verb's -ল is on a short word, `হল`, `গেল`, `করল`, `জিতল`; the nouns that end so are
        // mostly longer, `মিছিল`, `মাহফিল`, `হরতাল`, `কাউন্সিল`, and the short ones listed:
        // probe 12, where `১২ মার্চ ঢাকায় বিক্ষোভ মিছিল।` was last year's.)
        const SHORT_NOUNS: &[&str] = &[
            "দল",
            "ফল",
            "বিল",
            "জেল",
            "খাল",
            "চাল",
            "জল",
            "বল",
            "কল",
            "ভুল",
            "পুল",
            "মূল",
            "কূল",
            "হাল",
            "তাল",
            "মাল",
            "ঢল",
            "উকিল",
            "দলিল",
            "আলো",
            "ভালো",
            "কালো",
            "স্কুল",
            "মডেল",
            "লেভেল",
            "হোটেল",
            "চ্যানেল",
            "প্যানেল",
            "দখল",
            "আসল",
            "ফসল",
            "সকল",
        ];
        // (Asked of every word a verb is looked for in: the ending first, then the length and
        // the list, none of which has a nukta letter to fold.)
        if ["ল", "লো"].iter().any(|e| word.ends_with(e))
            && word.chars().count() <= 4
            && !SHORT_NOUNS.contains(&word)
        {
            return Some(Tense::Past);
        }
    }
    None
}

/// Whether `word` numbers what follows it, as a holding, a house, a road, a ward or a seat
/// does (`হোল্ডিং ১২/৪/২০`, `ওয়ার্ড ২৪-এর`, `গেট ৬৯-এর`): the number after it is no date or
/// year.
pub(crate) fn numbers_what_follows(word: &str) -> bool {
    lists::NUMBERED_PLACES.iter().any(|p| same_word(p, word))
}

/// Whether `word` ends as the first person's simple past (`গেলাম`, `দেখলুম`), the perfect
/// (`হয়েছে`, `এসেছি`) or the past's negation (`হয়নি`, `করেনি`) do, besides [`tense_of`]'s.
pub(crate) fn has_past_ending(word: &str) -> bool {
    const PAST: [&str; 9] =
        ["লাম", "লেম", "লুম", "েছে", "েছেন", "েছি", "েনি", "\u{09DF}নি", "\u{09AF}\u{09BC}নি"];
    // (Names and nouns ending as the first person's past: `মির্জা ফখরুল ইসলাম`, `গোলাম`;
    // probe 12.)
    const NAMES: [&str; 6] = ["ইসলাম", "সালাম", "কালাম", "গোলাম", "আসলাম", "নিলাম"];
    PAST.iter().any(|e| word.ends_with(e)) && !NAMES.contains(&word)
}

/// Whether `word` is a verb in the simple present that news reports tell the past in when it
/// ends their sentence (`তার মৃত্যু হয়`, `আগুন লাগে`, `তিনি মারা যান`, `দুর্ঘটনাটি ঘটে`): the
/// third person's, of the verbs such reports end on. (The habitual reads the same — `হাট বসে` —
/// so only a weekday with no other cue is read by it.)
pub(crate) fn is_narrative_present(word: &str) -> bool {
    // (Keys as `word_key` folds them: য় as letter + nukta. Asked of every unknown word of a
    // document: one key, then byte comparisons.)
    const VERBS: &[&str] = &[
        "হ\u{09AF}\u{09BC}",
        "হন",
        "ঘটে",
        "লাগে",
        "যান",
        "যা\u{09AF}\u{09BC}",
        "করেন",
        "করে",
        "দেন",
        "নেন",
        "পান",
        "ফেরেন",
        "আসেন",
        "পৌঁছান",
    ];
    /// The longest of them, in bytes.
    const LONGEST: usize = 18;
    let word = word.trim_end_matches(['।', '?', '!']);
    if word.len() > LONGEST + 6 {
        return false;
    }
    let mut buf = [0u8; MAX_KEY];
    let Some(key) = word_key(word, &mut buf) else { return false };
    VERBS.iter().any(|v| v.as_bytes() == key)
}

/// Whether `word` is a verb in the present continuous (`যাচ্ছি`, `হচ্ছে`, `আসছেন`, `করছে`),
/// which tells of now or of what is about to happen: -চ্ছ- after a vowel stem, -ছ- right after
/// a consonant stem's last letter (not the perfect's -েছে, nor `আছে`, `কাছে`, `গাছে`).
pub(crate) fn is_continuous(word: &str) -> bool {
    const ENDINGS: [&str; 4] = ["ছি", "ছে", "ছেন", "ছো"];
    let Some(stem) = ENDINGS.iter().find_map(|e| word.strip_suffix(e)) else { return false };
    if let Some(vowel_stem) = stem.strip_suffix("চ\u{09CD}") {
        // (`ইচ্ছে`, a wish, is no verb.)
        return !vowel_stem.is_empty() && vowel_stem != "ই";
    }
    // A consonant letter (ক … হ, ড় ঢ় য়, or one with its nukta) with no vowel sign after it.
    stem.chars().count() >= 2
        && stem.chars().last().is_some_and(|c| {
            ('\u{0995}'..='\u{09B9}').contains(&c)
                || ('\u{09DC}'..='\u{09DF}').contains(&c)
                || c == '\u{09BC}'
        })
}

/// Look a word up; a trailing visarga (ঃ, standing for a colon after labels) is tried without.
pub(crate) fn lookup(word: &str) -> Option<Word> {
    lookup_folded(word, needs_folding(word.as_bytes()))
}

/// [`lookup`] for a caller that already knows whether the word needs folding (the lexer finds
/// out while scanning it).
pub(crate) fn lookup_folded(word: &str, fold: bool) -> Option<Word> {
    if fold {
        let mut buf = [0u8; MAX_KEY];
        lookup_key(word, word_key(word, &mut buf)?)
    } else {
        lookup_key(word, word.as_bytes())
    }
}

fn lookup_key(word: &str, key: &[u8]) -> Option<Word> {
    let t = table();
    if let Some(w) = t.get(key) {
        return Some(w);
    }
    if let Some(stripped) = key.strip_suffix("ঃ".as_bytes()) {
        return t.get(stripped);
    }
    if let Some(w) = typo::weekday_typo(word) {
        return Some(w);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrative_present_verbs_in_both_encodings() {
        for word in ["হয়", "হ\u{09AF}\u{09BC}", "হয়।", "যায়", "করেন", "পৌঁছান"]
        {
            assert!(is_narrative_present(word), "{word}");
        }
        for word in ["হবে", "হয়েছে", "সময়", "করেছেন", "পরিবার"]
        {
            assert!(!is_narrative_present(word), "{word}");
        }
    }

    #[test]
    fn both_encodings_give_one_key() {
        let mut a = [0u8; MAX_KEY];
        let mut b = [0u8; MAX_KEY];
        // আষাঢ় with precomposed ঢ় and with ঢ + nukta.
        let ka = word_key("\u{0986}\u{09B7}\u{09BE}\u{09DD}", &mut a).map(<[u8]>::to_vec);
        let kb = word_key("\u{0986}\u{09B7}\u{09BE}\u{09A2}\u{09BC}", &mut b).map(<[u8]>::to_vec);
        assert_eq!(ka, kb);
        // পৌষ with ৌ as U+09C7 U+09D7.
        assert_eq!(
            lookup("\u{09AA}\u{09C7}\u{09D7}\u{09B7}"),
            Some(Word::BanglaMonth(Month::Poush))
        );
        // রোববার with ো as U+09C7 U+09BE, and a ZWNJ inside.
        let split = "\u{09B0}\u{09C7}\u{09BE}\u{09AC}\u{200C}\u{09AC}\u{09BE}\u{09B0}";
        assert!(matches!(
            lookup(split),
            Some(Word::Weekday { day: Weekday::Sun, typo: false, .. })
        ));
        // The halves typed in the order they are seen, as legacy-font text has them
        // (`সােমবার`, fresh N-075), and পৌষ's ৌ likewise.
        assert!(matches!(
            lookup("\u{09B8}\u{09BE}\u{09C7}\u{09AE}\u{09AC}\u{09BE}\u{09B0}"),
            Some(Word::Weekday { day: Weekday::Mon, typo: false, .. })
        ));
        assert_eq!(
            lookup("\u{09AA}\u{09D7}\u{09C7}\u{09B7}"),
            Some(Word::BanglaMonth(Month::Poush))
        );
        // শরৎ with ৎ as ত + ্ + ZWJ folds like the atomic form.
        let mut c = [0u8; MAX_KEY];
        let mut d = [0u8; MAX_KEY];
        let kc = word_key("শর\u{09A4}\u{09CD}\u{200D}", &mut c).map(<[u8]>::to_vec);
        let kd = word_key("শর\u{09CE}", &mut d).map(<[u8]>::to_vec);
        assert_eq!(kc, kd);
    }

    #[test]
    fn inflections_and_suffixes() {
        assert_eq!(lookup("জানুয়ারির"), Some(Word::GregMonth(1)));
        assert_eq!(lookup("ডিসেম্বরের"), Some(Word::GregMonth(12)));
        assert_eq!(lookup("শ্রাবণে"), Some(Word::BanglaMonth(Month::Srabon)));
        assert_eq!(lookup("আটটায়"), Some(Word::HourWord { hour: 8, minute: 0, unit: Some(true) }));
        assert_eq!(
            lookup("আড়াইটার"),
            Some(Word::HourWord { hour: 2, minute: 30, unit: Some(false) })
        );
        assert_eq!(lookup("তিনদিন"), Some(Word::Quantity(3, Unit::Day)));
        assert_eq!(lookup("আজঃ"), Some(Word::RelativeDay(0)));
        assert_eq!(
            lookup("বৃহঃ"),
            Some(Word::Weekday { day: Weekday::Thu, short: true, typo: false })
        );
        assert_eq!(lookup("January"), Some(Word::GregMonth(1)));
        assert_eq!(lookup("নির্বাচন"), None);
    }

    /// Each key of the table has one meaning. A key given twice keeps its first meaning
    /// silently, so every key added more than once must be a real homograph listed here, with
    /// the meanings in the order they are added (the first wins); a plain repetition is a
    /// mistake to delete. None is needed today: `এ` (demonstrative and case ending) is stored
    /// once, see [`Word::CaseSuffix`].
    #[test]
    fn every_key_has_one_meaning() {
        const HOMOGRAPHS: &[(&str, &[Word])] = &[];
        let mut meanings: std::collections::HashMap<Vec<u8>, (String, Vec<Word>)> =
            std::collections::HashMap::new();
        each_entry(|word, meaning| {
            let mut buf = [0u8; MAX_KEY];
            let key = word_key(word, &mut buf).expect("every word fits a key").to_vec();
            meanings.entry(key).or_insert_with(|| (word.to_owned(), Vec::new())).1.push(meaning);
        });
        let mut repeated: Vec<(String, Vec<Word>)> =
            meanings.into_values().filter(|(_, m)| m.len() > 1).collect();
        repeated.sort_by(|a, b| a.0.cmp(&b.0));
        let mut listed: Vec<(String, Vec<Word>)> =
            HOMOGRAPHS.iter().map(|(w, m)| ((*w).to_owned(), m.to_vec())).collect();
        listed.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(repeated, listed, "keys added more than once, against the homograph list");
    }

    /// Future verbs by their ending, and the nouns and adverbs that end alike (a news sentence
    /// `প্রশ্নের জবাবে একথা জানান তিনি` is told of the past).
    #[test]
    fn future_verbs_and_their_look_alikes() {
        for verb in ["হবে", "চলবে", "করবেন", "যাবে", "জানাবে"]
        {
            assert!(is_future_verb(verb), "{verb}");
        }
        for word in [
            "তবে",
            "শবে",
            "জবাবে",
            "আনুষ্ঠানিকভাবে",
            "নেতৃত্বে",
            "আরবে",
            "ক্লাবে",
            "\u{0993}\u{09DF}\u{09C7}\u{09AC}\u{09C7}",
            "\u{0993}\u{09AF}\u{09BC}\u{09C7}\u{09AC}\u{09C7}",
        ] {
            assert!(!is_future_verb(word), "{word}");
        }
    }
}

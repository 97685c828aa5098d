//! The vocabulary: every word the parser knows, in every spelling and encoding real pages use.
//!
//! Words are looked up by a *key*: the word with its encoding differences folded away (see
//! [`word_key`]). Table entries go through the same folding when the table is built, so an
//! entry may be typed in either encoding. Inflected forms (genitive, locative, emphatic) are
//! generated once into the table, so looking a word up costs one hash probe whatever its form;
//! this matters because most words of running text are *not* date words and must be rejected
//! fast.

use std::sync::OnceLock;

use chrono::Weekday;

use crate::calendar::Month;
pub use crate::types::{DayPeriod, Unit};

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

/// What a known word means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::enum_variant_names)] // "HourWord", "DayWord": the word *is* an hour or a day
pub(crate) enum Word {
    GregMonth(u8),
    BanglaMonth(Month),
    /// An Assamese month name (Bhaskarabda: the West Bengal calendar's arithmetic).
    AssameseMonth(Month),
    HijriMonth(u8),
    Weekday {
        day: Weekday,
        short: bool,
        typo: bool,
    },
    Era(Era),
    Period(DayPeriod),
    /// পূর্বাহ্ন / এএম / AM (false), অপরাহ্ন / পিএম / PM (true).
    Meridiem(bool),
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
    /// লা, রা, ঠা, ই, শে glued to (or spaced after) a day number.
    Ordinal,
    /// আজ (0), গতকাল (−1), আগামীকাল (+1), পরশু (+2).
    RelativeDay(i8),
    /// গত (−1), আগামী (+1), চলতি / এ (0): modifies a weekday, a date or বছরের.
    Direction(i8),
    /// A unit word: মিনিট, ঘণ্টা, দিন, …
    Unit(Unit),
    /// A count glued to its unit: তিনদিন.
    Quantity(u8, Unit),
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
    /// প্রকাশ, প্রকাশিত, আপডেট, সময়, শেষ, হালনাগাদ: labels before a timestamp.
    Label,
    /// ঘ (ঘটিকা) before an almanac's hour (`ঘ ২/৪৮`).
    HourMark,
    /// A day named by reference to another (ওইদিন, সেদিন, পরদিন): a time beside it is not the
    /// reference date's.
    Anaphoric,
    /// An era that only Indian almanacs count in (কলিযুগাব্দ, বিক্রম সংবৎ, শ্রীচৈতন্যাব্দ): a
    /// cue that a Bangabda date beside it is West Bengal's.
    IndianEra,
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
}

const GREG_MONTHS: &[(&str, u8)] = &[
    ("জানুয়ারি", 1),
    ("জানুয়ারী", 1),
    ("জানুযারি", 1),
    ("ফেব্রুয়ারি", 2),
    ("ফেব্রুয়ারী", 2),
    ("ফেব্রুযারি", 2),
    ("মার্চ", 3),
    ("এপ্রিল", 4),
    ("মে", 5),
    ("জুন", 6),
    ("জুলাই", 7),
    ("আগস্ট", 8),
    ("অগাস্ট", 8),
    ("অগস্ট", 8),
    ("আগষ্ট", 8),
    ("সেপ্টেম্বর", 9),
    ("সেপ্টম্বর", 9),
    ("সেপ্টেম্বার", 9),
    ("অক্টোবর", 10),
    ("নভেম্বর", 11),
    ("ডিসেম্বর", 12),
    // Assamese spellings (ৰ, ৱ).
    ("জানুৱাৰী", 1),
    ("জানুৱাৰি", 1),
    ("ফেব্ৰুৱাৰী", 2),
    ("ফেব্ৰুৱাৰি", 2),
    ("ছেপ্তেম্বৰ", 9),
    ("চেপ্তেম্বৰ", 9),
    ("নৱেম্বৰ", 11),
    ("ডিচেম্বৰ", 12),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

const BANGLA_MONTHS: &[(&str, Month)] = &[
    ("বৈশাখ", Month::Boishakh),
    ("বোশেখ", Month::Boishakh),
    ("জ্যৈষ্ঠ", Month::Joishtho),
    ("জৈষ্ঠ্য", Month::Joishtho),
    ("জৈষ্ঠ", Month::Joishtho),
    ("জ্যৈষ্ঠ্য", Month::Joishtho),
    ("জ্যেষ্ঠ", Month::Joishtho),
    ("আষাঢ়", Month::Asharh),
    ("শ্রাবণ", Month::Srabon),
    ("শ্রাবন", Month::Srabon),
    ("ভাদ্র", Month::Bhadro),
    ("আশ্বিন", Month::Ashwin),
    ("কার্তিক", Month::Kartik),
    ("কার্ত্তিক", Month::Kartik),
    ("অগ্রহায়ণ", Month::Agrahayan),
    ("অগ্রহায়ন", Month::Agrahayan),
    ("অঘ্রাণ", Month::Agrahayan),
    ("অঘ্রান", Month::Agrahayan),
    ("পৌষ", Month::Poush),
    ("মাঘ", Month::Magh),
    ("ফাল্গুন", Month::Falgun),
    ("ফাগুন", Month::Falgun),
    ("চৈত্র", Month::Choitro),
    ("boishakh", Month::Boishakh),
    ("baishakh", Month::Boishakh),
    ("joishtho", Month::Joishtho),
    ("jyoishtho", Month::Joishtho),
    ("asharh", Month::Asharh),
    ("ashar", Month::Asharh),
    ("srabon", Month::Srabon),
    ("shrabon", Month::Srabon),
    ("bhadro", Month::Bhadro),
    ("ashwin", Month::Ashwin),
    ("kartik", Month::Kartik),
    ("agrahayan", Month::Agrahayan),
    ("ogrohayon", Month::Agrahayan),
    ("poush", Month::Poush),
    ("magh", Month::Magh),
    ("falgun", Month::Falgun),
    ("choitro", Month::Choitro),
    ("chaitra", Month::Choitro),
];

/// Assamese month names (DOMAIN.md §1): the same sidereal months as West Bengal's, counted in
/// the same years. Assamese writes ৰ (U+09F0) for র.
const ASSAMESE_MONTHS: &[(&str, Month)] = &[
    ("ব'হাগ", Month::Boishakh),
    ("বহাগ", Month::Boishakh),
    ("জেঠ", Month::Joishtho),
    ("আহাৰ", Month::Asharh),
    ("শাওণ", Month::Srabon),
    ("ভাদ", Month::Bhadro),
    ("আহিন", Month::Ashwin),
    ("কাতি", Month::Kartik),
    ("আঘোণ", Month::Agrahayan),
    ("পুহ", Month::Poush),
    ("চ'ত", Month::Choitro),
    ("চত", Month::Choitro),
];

/// Hijri month spellings seen on pages beyond those of DOMAIN.md §1 (which are
/// [`crate::calendar::hijri::MONTH_SPELLINGS`]).
const HIJRI_EXTRA_SPELLINGS: &[(&str, u8)] = &[
    ("মুহররম", 1),
    ("মহরম", 1),
    ("মোহররম", 1),
    ("ছফর", 2),
    ("রবিউল আওয়াল", 3),
    ("রবিউল আউআল", 3),
    ("রবিউস সানী", 4),
    ("রবিউল আখের", 4),
    ("জমাদিউল উলা", 5),
    ("জুমাদাল আউয়াল", 5),
    ("জমাদিউল আখির", 6),
    ("জমাদিউল আখের", 6),
    ("জুমাদাস সানি", 6),
    ("শা'বান", 8),
    ("রামাদান", 9),
    ("রামাযান", 9),
    ("রমাদান", 9),
    ("জিলকাদ", 11),
    ("জ্বিলকদ", 11),
    ("জিলকাদা", 11),
    ("জিলহাজ্জ", 12),
    ("জ্বিলহজ্জ", 12),
    ("জ্বিলহজ", 12),
    ("জিলহজ্ব", 12),
    ("জিলহাজ", 12),
    ("জমাদিউল আওয়াল", 5),
    ("জমাদিউস সানী", 6),
];

/// Every Hijri month spelling the parser reads.
fn hijri_months() -> impl Iterator<Item = &'static (&'static str, u8)> {
    crate::calendar::hijri::MONTH_SPELLINGS.iter().chain(HIJRI_EXTRA_SPELLINGS)
}

const WEEKDAYS: &[(&str, Weekday, bool)] = &[
    ("রবিবার", Weekday::Sun, false),
    ("রোববার", Weekday::Sun, false),
    ("সোমবার", Weekday::Mon, false),
    ("মঙ্গলবার", Weekday::Tue, false),
    ("বুধবার", Weekday::Wed, false),
    ("বৃহস্পতিবার", Weekday::Thu, false),
    ("বৃহঃস্পতিবার", Weekday::Thu, false),
    ("বিষ্যুদবার", Weekday::Thu, false),
    ("শুক্রবার", Weekday::Fri, false),
    ("শনিবার", Weekday::Sat, false),
    // Assamese: দেওবাৰ is Sunday (the other days are the Bengali names, with ৰ folded to র).
    ("দেওবাৰ", Weekday::Sun, false),
    ("রবি", Weekday::Sun, true),
    ("রোব", Weekday::Sun, true),
    ("সোম", Weekday::Mon, true),
    ("মঙ্গল", Weekday::Tue, true),
    ("বুধ", Weekday::Wed, true),
    ("বৃহস্পতি", Weekday::Thu, true),
    ("বৃহঃ", Weekday::Thu, true),
    ("শুক্র", Weekday::Fri, true),
    ("শনি", Weekday::Sat, true),
    ("sunday", Weekday::Sun, false),
    ("monday", Weekday::Mon, false),
    ("tuesday", Weekday::Tue, false),
    ("wednesday", Weekday::Wed, false),
    ("thursday", Weekday::Thu, false),
    ("friday", Weekday::Fri, false),
    ("saturday", Weekday::Sat, false),
    ("sun", Weekday::Sun, true),
    ("mon", Weekday::Mon, true),
    ("tue", Weekday::Tue, true),
    ("wed", Weekday::Wed, true),
    ("thu", Weekday::Thu, true),
    ("fri", Weekday::Fri, true),
    ("sat", Weekday::Sat, true),
];

const ERAS: &[(&str, Era)] = &[
    ("বঙ্গাব্দ", Era::Bangla),
    ("বঙ্গাব্দের", Era::Bangla),
    ("বঙ্গাব্দে", Era::Bangla),
    ("বাংলা", Era::Bangla),
    ("বাং", Era::Bangla),
    ("খ্রিস্টাব্দ", Era::Christian),
    ("খ্রিষ্টাব্দ", Era::Christian),
    ("খ্রীষ্টাব্দ", Era::Christian),
    ("খ্রীস্টাব্দ", Era::Christian),
    ("খ্রিস্টাব্দের", Era::Christian),
    ("খ্রিস্টাব্দে", Era::Christian),
    ("খ্রিষ্টাব্দের", Era::Christian),
    ("খ্রিষ্টাব্দে", Era::Christian),
    ("খ্রি", Era::Christian),
    ("খ্রিঃ", Era::Christian),
    ("খ্রীঃ", Era::Christian),
    ("ইং", Era::Christian),
    ("ইংরেজি", Era::Christian),
    ("ইংরেজী", Era::Christian),
    ("হিজরি", Era::Hijri),
    ("হিজরী", Era::Hijri),
    ("হিজরির", Era::Hijri),
    ("হিজরীর", Era::Hijri),
    ("শকাব্দের", Era::Saka),
    ("শকাব্দ", Era::Saka),
    ("ভাস্করাব্দ", Era::Bangla),
    ("সাল", Era::Year),
    ("সালের", Era::Year),
    ("সালে", Era::Year),
    ("সালেই", Era::Year),
    ("সন", Era::Year),
    ("সনের", Era::Year),
    ("সনে", Era::Year),
];

const PERIODS: &[(&str, DayPeriod)] = &[
    ("ভোর", DayPeriod::Dawn),
    ("ভোরে", DayPeriod::Dawn),
    ("ভোরের", DayPeriod::Dawn),
    ("ভোররাত", DayPeriod::Dawn),
    ("ভোররাতে", DayPeriod::Dawn),
    ("সকাল", DayPeriod::Morning),
    ("সকালে", DayPeriod::Morning),
    ("সকালের", DayPeriod::Morning),
    ("দুপুর", DayPeriod::Noon),
    ("দুপুরে", DayPeriod::Noon),
    ("দুপুরের", DayPeriod::Noon),
    ("বিকাল", DayPeriod::Afternoon),
    ("বিকেল", DayPeriod::Afternoon),
    ("বিকালে", DayPeriod::Afternoon),
    ("বিকেলে", DayPeriod::Afternoon),
    ("বিকেলের", DayPeriod::Afternoon),
    ("বিকালের", DayPeriod::Afternoon),
    ("সন্ধ্যা", DayPeriod::Evening),
    ("সন্ধ্যায়", DayPeriod::Evening),
    ("সন্ধ্যার", DayPeriod::Evening),
    ("সন্ধ্যে", DayPeriod::Evening),
    ("রাত", DayPeriod::Night),
    ("রাতে", DayPeriod::Night),
    ("রাতের", DayPeriod::Night),
    ("রাত্রি", DayPeriod::Night),
    ("রাত্রে", DayPeriod::Night),
    ("রাতেই", DayPeriod::Night),
    ("মধ্যরাত", DayPeriod::Night),
    ("মধ্যরাতে", DayPeriod::Night),
    ("মাঝরাত", DayPeriod::Night),
    ("মাঝরাতে", DayPeriod::Night),
    ("শেষরাত", DayPeriod::Dawn),
    ("শেষরাতে", DayPeriod::Dawn),
    ("বেলা", DayPeriod::Daytime),
    ("বেলায়", DayPeriod::Daytime),
    // Compounds with বেলা ("time of") and the formal words, as pages write them.
    ("সকালবেলা", DayPeriod::Morning),
    ("সকালবেলায়", DayPeriod::Morning),
    ("দুপুরবেলা", DayPeriod::Noon),
    ("দুপুরবেলায়", DayPeriod::Noon),
    ("বিকালবেলা", DayPeriod::Afternoon),
    ("বিকেলবেলা", DayPeriod::Afternoon),
    ("সন্ধ্যাবেলা", DayPeriod::Evening),
    ("সন্ধ্যাবেলায়", DayPeriod::Evening),
    ("সন্ধ্যেবেলা", DayPeriod::Evening),
    ("রাত্রিতে", DayPeriod::Night),
    ("রাত্রিবেলা", DayPeriod::Night),
    ("প্রত্যুষে", DayPeriod::Dawn),
    ("প্রত্যূষে", DayPeriod::Dawn),
    ("ভোরবেলা", DayPeriod::Dawn),
    ("ভোরবেলায়", DayPeriod::Dawn),
    ("মধ্যাহ্ন", DayPeriod::Noon),
    ("মধ্যাহ্নে", DayPeriod::Noon),
    ("সায়াহ্ন", DayPeriod::Evening),
    ("সায়াহ্নে", DayPeriod::Evening),
];

/// Hour words; each also takes the টা-family suffixes (generated).
const HOUR_WORDS: &[(&str, u8, u8)] = &[
    ("এক", 1, 0),
    ("দুই", 2, 0),
    ("দু", 2, 0),
    ("তিন", 3, 0),
    ("চার", 4, 0),
    ("পাঁচ", 5, 0),
    ("ছয়", 6, 0),
    ("ছ", 6, 0),
    ("সাত", 7, 0),
    ("আট", 8, 0),
    ("নয়", 9, 0),
    ("ন", 9, 0),
    ("দশ", 10, 0),
    ("এগারো", 11, 0),
    ("এগার", 11, 0),
    ("বারো", 12, 0),
    ("আড়াই", 2, 30),
    ("দেড়", 1, 30),
];

/// টা-family suffixes; `true` when the suffix alone makes the word a clock time.
const HOUR_SUFFIXES: &[(&str, bool)] = &[
    ("টা", false),
    ("টো", false),
    ("টায়", true),
    // টার is also the genitive of counting (`৩টার বেশি`): a time only with context.
    ("টার", false),
    ("টে", true),
    ("টোয়", true),
    ("টাতে", true),
];

const DAY_WORDS: &[(&str, u8)] = &[
    ("পহেলা", 1),
    ("পয়লা", 1),
    ("দোসরা", 2),
    ("তেসরা", 3),
    ("চৌঠা", 4),
    ("পাঁচই", 5),
    ("ছয়ই", 6),
    ("ছই", 6),
    ("সাতই", 7),
    ("আটই", 8),
    ("নয়ই", 9),
    ("দশই", 10),
    ("এগারোই", 11),
    ("এগারই", 11),
    ("বারোই", 12),
    ("বারই", 12),
    ("তেরোই", 13),
    ("তেরই", 13),
    ("চৌদ্দই", 14),
    ("চোদ্দই", 14),
    ("পনেরোই", 15),
    ("পনেরই", 15),
    ("ষোলোই", 16),
    ("ষোলই", 16),
    ("সতেরোই", 17),
    ("সতেরই", 17),
    ("আঠারোই", 18),
    ("আঠারই", 18),
    ("উনিশে", 19),
    ("বিশে", 20),
    ("কুড়ি", 20),
    ("একুশে", 21),
    ("বাইশে", 22),
    ("তেইশে", 23),
    ("চব্বিশে", 24),
    ("পঁচিশে", 25),
    ("ছাব্বিশে", 26),
    ("সাতাশে", 27),
    ("আঠাশে", 28),
    ("উনত্রিশে", 29),
    ("ঊনত্রিশে", 29),
    ("তিরিশে", 30),
    ("ত্রিশে", 30),
    ("একত্রিশে", 31),
];

/// Counts for relative expressions (`তিন দিন আগে`), also glued to a unit (`তিনদিন`).
const COUNT_WORDS: &[(&str, u8)] = &[
    ("এক", 1),
    ("দুই", 2),
    ("দু", 2),
    ("তিন", 3),
    ("চার", 4),
    ("পাঁচ", 5),
    ("ছয়", 6),
    ("সাত", 7),
    ("আট", 8),
    ("নয়", 9),
    ("দশ", 10),
];

const UNITS: &[(&str, Unit)] = &[
    ("সেকেন্ড", Unit::Second),
    ("সেকেন্ডে", Unit::Second),
    ("মিনিট", Unit::Minute),
    // মিঃ, the almanacs' abbreviation (the lexer drops the visarga).
    ("মি", Unit::Minute),
    ("মিনিটে", Unit::Minute),
    ("মিনিটের", Unit::Minute),
    ("ঘণ্টা", Unit::Hour),
    ("ঘন্টা", Unit::Hour),
    ("ঘণ্টার", Unit::Hour),
    ("ঘন্টার", Unit::Hour),
    ("দিন", Unit::Day),
    ("দিনের", Unit::Day),
    ("সপ্তাহ", Unit::Week),
    ("সপ্তাহের", Unit::Week),
    ("মাস", Unit::Month),
    ("মাসে", Unit::Month),
    ("মাসের", Unit::Month),
    ("বছর", Unit::Year),
    ("বছরের", Unit::Year),
    ("বছরে", Unit::Year),
];

const OTHERS: &[(&str, Word)] = &[
    ("পূর্বাহ্ন", Word::Meridiem(false)),
    ("পূর্বাহ্ণ", Word::Meridiem(false)),
    ("পূর্বাহ্নে", Word::Meridiem(false)),
    ("এএম", Word::Meridiem(false)),
    ("am", Word::Meridiem(false)),
    ("অপরাহ্ন", Word::Meridiem(true)),
    ("অপরাহ্ণ", Word::Meridiem(true)),
    ("অপরাহ্নে", Word::Meridiem(true)),
    ("পিএম", Word::Meridiem(true)),
    ("pm", Word::Meridiem(true)),
    ("ঘটিকা", Word::HourUnit { strong: true }),
    ("ঘটিকায়", Word::HourUnit { strong: true }),
    ("ঘটিকার", Word::HourUnit { strong: true }),
    ("সাড়ে", Word::Fraction(30)),
    ("সোয়া", Word::Fraction(15)),
    ("পৌনে", Word::Fraction(-15)),
    ("লা", Word::Ordinal),
    ("রা", Word::Ordinal),
    ("ঠা", Word::Ordinal),
    ("ই", Word::Ordinal),
    ("শে", Word::Ordinal),
    ("st", Word::Ordinal),
    ("nd", Word::Ordinal),
    ("rd", Word::Ordinal),
    ("th", Word::Ordinal),
    ("আজ", Word::RelativeDay(0)),
    ("আজকে", Word::RelativeDay(0)),
    ("আজকের", Word::RelativeDay(0)),
    ("আজও", Word::RelativeDay(0)),
    ("আজই", Word::RelativeDay(0)),
    ("গতকাল", Word::RelativeDay(-1)),
    ("গতকালের", Word::RelativeDay(-1)),
    ("আগামীকাল", Word::RelativeDay(1)),
    ("আগামীকালের", Word::RelativeDay(1)),
    ("পরশু", Word::RelativeDay(2)),
    ("গত", Word::Direction(-1)),
    ("বিগত", Word::Direction(-1)),
    ("আগামী", Word::Direction(1)),
    ("চলতি", Word::Direction(0)),
    ("এ", Word::Direction(0)),
    ("এই", Word::Direction(0)),
    ("আগে", Word::AgoLater(-1)),
    ("পূর্বে", Word::AgoLater(-1)),
    ("পরে", Word::AgoLater(1)),
    ("দিবাগত", Word::Dibagoto),
    // দিনগত: a spelling of দিবাগত seen on news sites.
    ("দিনগত", Word::Dibagoto),
    ("আনুমানিক", Word::Approx),
    ("প্রায়", Word::Approx),
    ("দিকে", Word::Approx),
    ("নাগাদ", Word::Approx),
    ("থেকে", Word::From),
    ("হতে", Word::From),
    ("পর্যন্ত", Word::Until),
    ("ও", Word::And),
    ("এবং", Word::And),
    // Alternatives (`৪ অথবা ৫ মে`, `২৩ মাঘ বা ৬ ফেব্রুয়ারি`) are listed like items.
    ("অথবা", Word::And),
    ("বা", Word::And),
    ("তারিখ", Word::DateWord),
    ("তারিখে", Word::DateWord),
    ("তারিখের", Word::DateWord),
    // তাং, the abbreviation of তারিখ on orders and notices (`তাং ২৭.৭.৭১`).
    ("তাং", Word::DateWord),
    // Seasons (ঋতু) printed between a header's date and its time.
    ("গ্রীষ্মকাল", Word::Label),
    ("বর্ষাকাল", Word::Label),
    ("শরৎকাল", Word::Label),
    ("হেমন্তকাল", Word::Label),
    ("শীতকাল", Word::Label),
    ("বসন্তকাল", Word::Label),
    // Days named by reference to another one.
    ("ওইদিন", Word::Anaphoric),
    ("ঐদিন", Word::Anaphoric),
    ("সেদিন", Word::Anaphoric),
    ("পরদিন", Word::Anaphoric),
    ("সেইদিন", Word::Anaphoric),
    ("আগেরদিন", Word::Anaphoric),
    // Eras of Indian almanac pages, printed in runs beside the Bangabda year.
    ("কলিযুগাব্দ", Word::IndianEra),
    ("কল্যব্দ", Word::IndianEra),
    ("সংবৎ", Word::IndianEra),
    ("সম্বৎ", Word::IndianEra),
    ("বিক্রমাব্দ", Word::IndianEra),
    ("শ্রীচৈতন্যাব্দ", Word::IndianEra),
    ("চৈতন্যাব্দ", Word::IndianEra),
    // The almanacs' hour mark (ঘটিকা): `রাত্রি ঘ ২/৪৮ মিঃ`.
    ("ঘ", Word::HourMark),
    ("প্রকাশ", Word::Label),
    ("প্রকাশিত", Word::Label),
    ("আপডেট", Word::Label),
    ("সময়", Word::Label),
    ("শেষ", Word::Label),
    ("হালনাগাদ", Word::Label),
    ("বাজে", Word::Baje),
    ("বেজে", Word::Baje),
    ("র", Word::CaseSuffix),
    ("এর", Word::CaseSuffix),
    ("স্থানীয়", Word::Local),
    ("ঠিক", Word::Exactly),
    // English bylines: `March 7, 2025 at 8:05 PM`; the T of ISO 8601 `2026-01-02T17:41`.
    ("at", Word::Label),
    ("t", Word::Label),
    // `রোজ শুক্রবার` ("on the day Friday"), formal.
    ("রোজ", Word::Label),
    // `সাল মোতাবেক` ("corresponding to"), between a date and its other calendar's.
    ("মোতাবেক", Word::Label),
    // `আরবি তারিখ`: the Hijri date's label on Bangladeshi pages.
    ("আরবি", Word::Label),
    ("আরবী", Word::Label),
    ("মুতাবেক", Word::Label),
];

/// The longest key looked up; longer words are never date words.
pub(crate) const MAX_KEY: usize = 96;

/// Fold the encoding differences of a word into `buf` and return the key:
/// - য় ড় ঢ় precomposed (U+09DF/U+09DC/U+09DD) become letter + nukta (NFC's form);
/// - ো and ৌ written as two code points (U+09C7 + U+09BE / U+09D7) become one;
/// - ত + ্ + ZWJ becomes ৎ; other ZWJ/ZWNJ are dropped;
/// - Assamese ৰ (U+09F0) becomes র (U+09B0), as pages mix them;
/// - ASCII letters are lower-cased, and ASCII `'` and U+2019 fold together.
///
/// Returns `None` when the key would exceed [`MAX_KEY`] bytes.
pub(crate) fn word_key<'b>(word: &str, buf: &'b mut [u8; MAX_KEY]) -> Option<&'b [u8]> {
    let mut len = 0usize;
    let mut prev: [char; 2] = ['\0', '\0'];
    for c in word.chars() {
        let mut tmp = [0u8; 8];
        let out: &str = match c {
            '\u{09DF}' => "\u{09AF}\u{09BC}",
            '\u{09DC}' => "\u{09A1}\u{09BC}",
            '\u{09DD}' => "\u{09A2}\u{09BC}",
            // Assamese ৰ for র: pages mix them (`ফেব্ৰুয়ারি`, `শুক্ৰবাৰ`).
            '\u{09F0}' => "\u{09B0}",
            '\u{09BE}' | '\u{09D7}' if prev[1] == '\u{09C7}' => {
                // Replace the e-sign just written by the two-part vowel sign.
                len = len.saturating_sub(3);
                if c == '\u{09BE}' { "\u{09CB}" } else { "\u{09CC}" }
            }
            '\u{200D}' if prev == ['\u{09A4}', '\u{09CD}'] => {
                len = len.saturating_sub(6);
                "\u{09CE}"
            }
            '\u{200C}' | '\u{200D}' => "",
            '\u{2019}' => "'",
            c if c.is_ascii_uppercase() => {
                tmp[0] = c.to_ascii_lowercase() as u8;
                std::str::from_utf8(&tmp[..1]).unwrap_or_default()
            }
            c => c.encode_utf8(&mut tmp),
        };
        let end = len + out.len();
        buf.get_mut(len..end)?.copy_from_slice(out.as_bytes());
        len = end;
        prev = [prev[1], c];
    }
    buf.get(..len)
}

/// A multiplicative hash over 8-byte words (FxHash-style): the keys are short, trusted and
/// fixed, so SipHash's DoS resistance buys nothing and would cost most of a lookup.
fn hash_key(bytes: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    // The length and the first and last eight bytes tell the vocabulary's keys apart well
    // enough (collisions only cost a probe): Bengali words share prefixes, rarely both ends.
    let n = bytes.len();
    let (head, tail) = if n >= 8 {
        (load(bytes.get(..8)), load(bytes.get(n - 8..)))
    } else {
        let mut short = [0u8; 8];
        if let Some(dst) = short.get_mut(..n) {
            dst.copy_from_slice(bytes);
        }
        (u64::from_le_bytes(short), 0)
    };
    let h = (n as u64 ^ head).wrapping_mul(K);
    (h.rotate_left(23) ^ tail).wrapping_mul(K)
}

/// Byte equality by eight-byte words: keys are short, and this stays inline where a slice
/// comparison would call `memcmp`.
fn same_key(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n < 8 {
        return a == b;
    }
    let mut i = 0;
    while i + 8 <= n {
        if load(a.get(i..i + 8)) != load(b.get(i..i + 8)) {
            return false;
        }
        i += 8;
    }
    // The last (overlapping) eight bytes cover any remainder.
    load(a.get(n - 8..)) == load(b.get(n - 8..))
}

/// Eight bytes as a little-endian integer (zero when `bytes` is not exactly eight long).
fn load(bytes: Option<&[u8]>) -> u64 {
    bytes.and_then(|b| b.try_into().ok()).map_or(0, u64::from_le_bytes)
}

/// The vocabulary as an open-addressing hash table: each slot holds an entry index (+1, so that
/// 0 is empty), and each entry keeps its full hash so that a probe compares bytes only when the
/// hashes agree. Built once; a few thousand entries.
pub(crate) struct Table {
    slots: Vec<u32>,
    entries: Vec<(u64, Box<[u8]>, Word)>,
}

impl Table {
    fn with_capacity(n: usize) -> Table {
        Table { slots: vec![0; (n * 2).next_power_of_two()], entries: Vec::with_capacity(n) }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Insert unless present (the first meaning given for a key wins).
    fn insert(&mut self, key: &[u8], word: Word) {
        if self.entries.len() * 2 >= self.slots.len() {
            let mut bigger = Table::with_capacity(self.slots.len());
            for (_, k, w) in std::mem::take(&mut self.entries) {
                bigger.insert(&k, w);
            }
            *self = bigger;
        }
        let h = hash_key(key);
        let mut i = h as usize & self.mask();
        loop {
            match self.slots.get(i).copied() {
                Some(0) => {
                    self.entries.push((h, key.into(), word));
                    if let Some(slot) = self.slots.get_mut(i) {
                        *slot = self.entries.len() as u32;
                    }
                    return;
                }
                Some(e) => {
                    if self
                        .entries
                        .get(e as usize - 1)
                        .is_some_and(|(eh, k, _)| *eh == h && **k == *key)
                    {
                        return;
                    }
                }
                None => return,
            }
            i = (i + 1) & self.mask();
        }
    }

    pub(crate) fn get(&self, key: &[u8]) -> Option<Word> {
        let h = hash_key(key);
        let mut i = h as usize & self.mask();
        loop {
            let e = *self.slots.get(i)?;
            if e == 0 {
                return None;
            }
            let (eh, k, w) = self.entries.get(e as usize - 1)?;
            if *eh == h && same_key(k, key) {
                return Some(*w);
            }
            i = (i + 1) & self.mask();
        }
    }
}

pub(crate) fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

fn build() -> Table {
    let mut t = Table::with_capacity(4096);
    // First entry wins: explicit entries are added before generated ones (the homographs test
    // lists every key that is given a second meaning).
    each_entry(|word, meaning| {
        let mut buf = [0u8; MAX_KEY];
        if let Some(key) = word_key(word, &mut buf) {
            t.insert(key, meaning);
        }
    });
    t
}

/// Every (word, meaning) of the vocabulary, explicit entries first, then the generated
/// inflections, in the order the table takes them.
pub(crate) fn each_entry(mut add: impl FnMut(&str, Word)) {
    for &(w, m) in GREG_MONTHS {
        add(w, Word::GregMonth(m));
    }
    for &(w, m) in BANGLA_MONTHS {
        add(w, Word::BanglaMonth(m));
    }
    for &(w, m) in ASSAMESE_MONTHS {
        add(w, Word::AssameseMonth(m));
    }
    for &(w, m) in hijri_months() {
        // Two-word names are looked up by their first word and confirmed by the grammar.
        add(w, Word::HijriMonth(m));
    }
    for &(w, day, short) in WEEKDAYS {
        add(w, Word::Weekday { day, short, typo: false });
    }
    for &(w, e) in ERAS {
        add(w, Word::Era(e));
    }
    for &(w, p) in PERIODS {
        add(w, Word::Period(p));
    }
    for &(w, d) in DAY_WORDS {
        add(w, Word::DayWord(d));
    }
    for &(w, u) in UNITS {
        add(w, Word::Unit(u));
    }
    for &(w, meaning) in OTHERS {
        add(w, meaning);
    }
    for &(w, hour, minute) in HOUR_WORDS {
        add(w, Word::HourWord { hour, minute, unit: None });
        for &(suffix, strong) in HOUR_SUFFIXES {
            add(&format!("{w}{suffix}"), Word::HourWord { hour, minute, unit: Some(strong) });
        }
    }
    for &(suffix, strong) in HOUR_SUFFIXES {
        add(suffix, Word::HourUnit { strong });
    }
    for &(w, n) in COUNT_WORDS {
        for &(unit_word, unit) in UNITS {
            add(&format!("{w}{unit_word}"), Word::Quantity(n, unit));
        }
    }
    // Case endings on month names: genitive (জানুয়ারির, ডিসেম্বরের), locative (জুনে, শ্রাবণে),
    // emphatic (ডিসেম্বরেই).
    for &(w, m) in GREG_MONTHS.iter().filter(|(w, _)| !w.is_ascii()) {
        for suffix in ["র", "ের", "ে", "তে", "েই", "েরই"] {
            add(&format!("{w}{suffix}"), Word::GregMonth(m));
        }
    }
    for &(w, m) in BANGLA_MONTHS.iter().filter(|(w, _)| !w.is_ascii()) {
        for suffix in ["র", "ের", "ে", "েই"] {
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
        // U+09DC, U+09DD, U+09DF, U+09D7 are E0 A7 9C/9D/9F/97; ে is E0 A7 87, and া after it
        // (E0 A6 BE) forms ো in two parts.
        0xA7 => match word.get(i + 1) {
            Some(0x9C | 0x9D | 0x9F | 0x97 | 0xB0) => true,
            Some(0x87) => word.get(i + 2..i + 5) == Some(&[0xE0, 0xA6, 0xBE][..]),
            _ => false,
        },
        b => b.is_ascii_uppercase(),
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
    if let Some(w) = weekday_typo(word) {
        return Some(w);
    }
    None
}

/// A word ending in বার that is one edit away from a full weekday name (`ররিবার`), read as
/// that weekday with a flag the parser turns into a warning.
fn weekday_typo(word: &str) -> Option<Word> {
    if !word.ends_with("বার") || word.len() > 48 {
        return None;
    }
    // Ordinary words ending in বার (এবার, প্রথমবার, বারবার, পরিবার …) fill real prose: reject
    // them here without allocating (the check below collects chars); a typo of a weekday is
    // within one edit of its name, which `within_one_edit` tells from the two strings.
    let near_a_name = WEEKDAYS
        .iter()
        .any(|&(name, _, short)| !short && !name.is_ascii() && within_one_edit(word, name));
    if !near_a_name {
        return None;
    }
    let chars: Vec<char> = word.chars().collect();
    let mut found = None;
    for &(name, day, short) in WEEKDAYS {
        if short || name.is_ascii() {
            continue;
        }
        let target: Vec<char> = name.chars().collect();
        if edit_distance_at_most_one(&chars, &target) {
            if found.is_some_and(|d| d != day) {
                return None; // ambiguous between two weekdays
            }
            found = Some(day);
        }
    }
    found.map(|day| Word::Weekday { day, short: false, typo: true })
}

/// Whether `a` and `b` differ by at most one inserted, deleted or replaced character, without
/// allocating or decoding: past their common prefix and then their common suffix (compared as
/// bytes, then moved back to character boundaries), each has at most one character left.
fn within_one_edit(a: &str, b: &str) -> bool {
    // One character is at most four bytes.
    if a.len().abs_diff(b.len()) > 4 {
        return false;
    }
    // One edit leaves the first characters equal, or the second (a replaced first), or moves
    // one onto the other (a first inserted or deleted): most words fail here at once.
    let (mut x, mut y) = (a.chars(), b.chars());
    let (a0, a1, b0, b1) = (x.next(), x.next(), y.next(), y.next());
    if !(a0 == b0 || a1 == b1 || a0 == b1 || a1 == b0) {
        return false;
    }
    let both_at_boundary =
        |x: &str, y: &str, i: usize, j: usize| x.is_char_boundary(i) && y.is_char_boundary(j);
    let mut prefix = a.bytes().zip(b.bytes()).take_while(|(p, q)| p == q).count();
    while !both_at_boundary(a, b, prefix, prefix) {
        prefix -= 1;
    }
    let (a, b) = (a.get(prefix..).unwrap_or_default(), b.get(prefix..).unwrap_or_default());
    let mut suffix = a.bytes().rev().zip(b.bytes().rev()).take_while(|(p, q)| p == q).count();
    while !both_at_boundary(a, b, a.len() - suffix, b.len() - suffix) {
        suffix -= 1;
    }
    let (a, b) = (
        a.get(..a.len() - suffix).unwrap_or_default(),
        b.get(..b.len() - suffix).unwrap_or_default(),
    );
    a.chars().nth(1).is_none() && b.chars().nth(1).is_none()
}

fn edit_distance_at_most_one(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    let (s, l) = (short.get(prefix..).unwrap_or_default(), long.get(prefix..).unwrap_or_default());
    if short.len() == long.len() { s.get(1..) == l.get(1..) } else { Some(s) == l.get(1..) }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn weekday_typos_are_flagged() {
        assert_eq!(
            lookup("ররিবার"),
            Some(Word::Weekday { day: Weekday::Sun, short: false, typo: true })
        );
        assert_eq!(lookup("সোমবর"), None); // does not end in বার
        // Ordinary words ending in বার are not weekdays.
        for word in ["এবার", "প্রথমবার", "আরেকবার", "বারবার", "দুইবার", "পরিবার"]
        {
            assert_eq!(lookup(word), None, "{word}");
        }
    }

    #[test]
    fn one_edit_without_allocating_agrees_with_the_char_vector_check() {
        let names = ["রবিবার", "মঙ্গলবার", "বৃহস্পতিবার", "সোমবার"];
        let words = [
            "ররিবার",
            "রবিবার",
            "রবিবর",
            "রবিিবার",
            "বিবার",
            "পরিবার",
            "মঙলবার",
            "এবার",
            "",
            "ররবিবার",
            "বরিবার",
        ];
        for a in words {
            for b in names {
                let chars = |s: &str| s.chars().collect::<Vec<_>>();
                let slow = edit_distance_at_most_one(&chars(a), &chars(b));
                assert_eq!(within_one_edit(a, b), slow, "{a} / {b}");
            }
        }
    }
}

//! The vocabulary's word lists: every spelling real pages use, with its meaning. Inflections
//! are generated from these by [`super::each_entry`].

use chrono::Weekday;

use super::{DayPeriod, Era, Unit, Word};
use crate::calendar::Month;
use crate::calendar::era::CalendarEra;

pub(super) const GREG_MONTHS: &[(&str, u8)] = &[
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
    // ট printed as ঢ by Tripura papers' fonts (`আগরতলা, ৬ সেপ্ঢেম্বর৷৷`).
    ("সেপ্ঢেম্বর", 9),
    ("অক্টোবর", 10),
    ("নভেম্বর", 11),
    ("ডিসেম্বর", 12),
    // The older spelling নবেম্বর (books and papers before the 1990s), and misspellings pages
    // print: the ু of ফেব্রুয়ারি dropped (`আগরতলা,৮ ফেব্রয়ারি`), আ for য়া, the English -er as আর.
    ("নবেম্বর", 11),
    ("ফেব্রয়ারি", 2),
    ("ফেব্রয়ারী", 2),
    ("ফেব্রুআরি", 2),
    // র-phala typed after ফ too (`১৮ ফ্রেব্রুয়ারি`, fresh article Y02).
    ("ফ্রেব্রুয়ারি", 2),
    // … and ু lost in a font's conversion (`১০ই জানয়ারি ২০২৩`, probe 6), ব before র.
    ("জানয়ারি", 1),
    ("জানয়ারী", 1),
    ("ফেবরুয়ারি", 2),
    ("ফেবরুয়ারী", 2),
    ("মার্চ্চ", 3),
    ("ফ্রেব্রুয়ারী", 2),
    ("জানুআরি", 1),
    ("অক্টবর", 10),
    ("অক্টোবার", 10),
    ("নভেম্বার", 11),
    ("ডিসেম্বার", 12),
    // Assamese spellings (ৰ, ৱ).
    ("জানুৱাৰী", 1),
    ("জানুৱাৰি", 1),
    ("ফেব্ৰুৱাৰী", 2),
    ("ফেব্ৰুৱাৰি", 2),
    ("ছেপ্তেম্বৰ", 9),
    ("চেপ্তেম্বৰ", 9),
    // (With ট, as Assamese pages print it too: probe 11.)
    ("ছেপ্টেম্বৰ", 9),
    ("চেপ্টেম্বৰ", 9),
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

/// Gregorian month names cut short in Bengali script, as site stamps print them (`১৭ নভে ২০২৫,
/// ০২:১০ অপরাহ্ণ`): read only between a day and a year (জানু is also "knee", আগ "front").
pub(super) const GREG_MONTHS_SHORT: &[(&str, u8)] = &[
    ("জানু", 1),
    ("ফেব্রু", 2),
    ("ফেব", 2),
    ("এপ্রি", 4),
    ("আগ", 8),
    ("সেপ্টে", 9),
    ("সেপ্ট", 9),
    ("অক্টো", 10),
    ("অক্ট", 10),
    ("নভে", 11),
    ("ডিসে", 12),
];

pub(super) const BANGLA_MONTHS: &[(&str, Month)] = &[
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
    // Spellings pages print (probe 6): a long ী, ল and গ apart, the ় of য় lost.
    ("আশ্বীন", Month::Ashwin),
    ("কার্তিক", Month::Kartik),
    ("কার্ত্তিক", Month::Kartik),
    ("অগ্রহায়ণ", Month::Agrahayan),
    ("অগ্রহায়ন", Month::Agrahayan),
    ("অগ্রাহায়ণ", Month::Agrahayan),
    ("অঘ্রাণ", Month::Agrahayan),
    ("অঘ্রান", Month::Agrahayan),
    ("পৌষ", Month::Poush),
    ("মাঘ", Month::Magh),
    ("ফাল্গুন", Month::Falgun),
    ("ফাগুন", Month::Falgun),
    ("ফালগুন", Month::Falgun),
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
/// Lunar months of other almanacs, as Bengali-script almanac pages print them beside the date
/// (`মৈতৈ: ১৩ ইঙা`, `চান্দ্র: ১৩ বামন মাস`, `২৮ ত্রিবিক্রম ৫৩৮ চৈতনাব্দ`), with whether the name
/// is also a common word. The Meitei months (Sajibu … Lamta; the Meitei calendar, Manipur's
/// lunisolar year from Sajibu in March–April) and the twelve Gaudiya Vaishnava months named after
/// Vishnu (Vishnu … Govinda, Chaitanyabda's months, from Phalguni Purnima).
pub(super) const LUNAR_MONTHS: &[(&str, bool)] = &[
    ("সজিবু", false),
    ("কালেন", false),
    ("ইঙা", false),
    ("ইঙেন", false),
    ("থৌবান", false),
    ("লাংবন", false),
    ("মেরা", false),
    ("হিয়াংগৈ", false),
    ("পোইনু", false),
    ("ৱাকচিং", false),
    ("ওয়াকচিং", false),
    ("ফাইরেল", false),
    ("লমদা", false),
    // (Lamta, as an almanac page spells it: fresh article A08.)
    ("লমতা", false),
    ("বিষ্ণু", true),
    ("মধুসূদন", true),
    ("ত্রিবিক্রম", true),
    ("বামন", true),
    ("শ্রীধর", true),
    ("হৃষীকেশ", true),
    ("পদ্মনাভ", true),
    ("দামোদর", true),
    ("কেশব", true),
    ("নারায়ণ", true),
    ("মাধব", true),
    ("গোবিন্দ", true),
];

/// Nouns that after জুলাই name the uprising of July 2024 in Bangladesh, with their case endings
/// (`জুলাই গণ-অভ্যুত্থানে`, `জুলাই আন্দোলনের শহীদ`, `জুলাই সনদ`, the July Charter of 2025 named
/// after it); `গণ` is the first half of `গণ-অভ্যুত্থান` written with a hyphen.
pub(super) const JULY_EVENT_NOUNS: &[&str] = &[
    "গণ",
    "গণঅভ্যুত্থান",
    "অভ্যুত্থান",
    "বিপ্লব",
    "আন্দোলন",
    "সনদ",
    "যোদ্ধা",
    "যোদ্ধাদের",
    "যোদ্ধারা",
    "শহীদ",
    "শহীদদের",
    "শহীদরা",
];

pub(super) const ASSAMESE_MONTHS: &[(&str, Month)] = &[
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
pub(super) const HIJRI_EXTRA_SPELLINGS: &[(&str, u8)] = &[
    ("মুহররম", 1),
    ("মহরম", 1),
    ("মোহররম", 1),
    // With র্র (probe 3).
    ("মহর্রম", 1),
    ("ছফর", 2),
    ("রবিউল আওয়াল", 3),
    ("রবিউল আউআল", 3),
    ("রবিউস সানী", 4),
    ("রবিউল আখের", 4),
    ("জমাদিউল উলা", 5),
    ("জুমাদাল আউয়াল", 5),
    ("জমাদিউল আখির", 6),
    ("জমাদিউল আখের", 6),
    // With the Arabic feminine ending (`১৪৪২ হিজরির ২৯ জমাদিউল আখিরা`, a Chandpur daily).
    ("জমাদিউল আখিরা", 6),
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
    // With an apostrophe for the Arabic ʿain, as some pages write it (`১০ জিলহ’জ`).
    ("জিলহ'জ", 12),
    ("জিলহ'জ্জ", 12),
    ("জিলক'দ", 11),
    ("জমাদিউল আওয়াল", 5),
    ("জমাদিউস সানী", 6),
    // With য for জ, and শাউয়াল (probe 10: unread).
    ("যিলহজ্জ", 12),
    ("যিলহজ", 12),
    ("যিলকদ", 11),
    ("যিলকাদ", 11),
    ("শাউয়াল", 10),
    ("শাওয়্যাল", 10),
];

/// First words of Hijri month names written with hyphens (`জমাদি-উল-আউয়াল`, `জুমাদা-আল-উলা`,
/// `জিল-হজ্জ`); রবি (`রবি-আল-আওয়াল`) is also Sunday's short name, and রবিউল, জমাদিউল … the
/// lexer joins to the next word when a space stands between them.
pub(super) const HIJRI_STEMS: &[&str] = &["জমাদি", "জুমাদা", "জুমাদি", "জিল", "জ্বিল", "জুল"];

/// Every Hijri month spelling the parser reads.
pub(super) fn hijri_months() -> impl Iterator<Item = &'static (&'static str, u8)> {
    crate::calendar::hijri::MONTH_SPELLINGS.iter().chain(HIJRI_EXTRA_SPELLINGS)
}

pub(super) const WEEKDAYS: &[(&str, Weekday, bool)] = &[
    ("রবিবার", Weekday::Sun, false),
    ("রোববার", Weekday::Sun, false),
    ("সোমবার", Weekday::Mon, false),
    ("মঙ্গলবার", Weekday::Tue, false),
    ("বুধবার", Weekday::Wed, false),
    ("বৃহস্পতিবার", Weekday::Thu, false),
    ("বৃহঃস্পতিবার", Weekday::Thu, false),
    // (বৃহঃ, the abbreviation, with বার: `আগামী বৃহঃবার`; probe 7.)
    ("বৃহঃবার", Weekday::Thu, false),
    ("বিষ্যুদবার", Weekday::Thu, false),
    // গুরুবার ("the guru's day"), Thursday on Indian almanac and horoscope pages.
    ("গুরুবার", Weekday::Thu, false),
    // The spoken বেস্পতিবার (West Bengal).
    ("বেস্পতিবার", Weekday::Thu, false),
    ("শুক্রবার", Weekday::Fri, false),
    ("শনিবার", Weekday::Sat, false),
    // Assamese: দেওবাৰ is Sunday, মঙলবাৰ Tuesday, শুকুৰবাৰ Friday (the other days are the
    // Bengali names, with ৰ folded to র).
    ("দেওবাৰ", Weekday::Sun, false),
    ("মঙলবাৰ", Weekday::Tue, false),
    ("শুকুৰবাৰ", Weekday::Fri, false),
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

pub(super) const ERAS: &[(&str, Era)] = &[
    ("বঙ্গাব্দ", Era::Bangla),
    ("বাংলা", Era::Bangla),
    ("বাং", Era::Bangla),
    ("খ্রিস্টাব্দ", Era::Christian),
    ("খ্রিষ্টাব্দ", Era::Christian),
    ("খ্রীষ্টাব্দ", Era::Christian),
    ("খ্রীস্টাব্দ", Era::Christian),
    ("খৃস্টাব্দ", Era::Christian),
    ("খৃষ্টাব্দ", Era::Christian),
    // With a stray র (`২০২১ খ্রিষ্ট্রাব্দের ০২ জুন`).
    ("খ্রিষ্ট্রাব্দ", Era::Christian),
    ("খ্রিস্ট্রাব্দ", Era::Christian),
    ("খ্রি", Era::Christian),
    ("খ্রিঃ", Era::Christian),
    ("খ্রীঃ", Era::Christian),
    // খৃ, the older letter's abbreviation (`৯ - ৩ - ১১ খৃ.`, fresh Y-038).
    ("খৃ", Era::Christian),
    ("খৃঃ", Era::Christian),
    ("ইং", Era::Christian),
    ("ইংরেজি", Era::Christian),
    ("ইংরেজী", Era::Christian),
    // West Bengal's spelling (`ইংরাজি তারিখ: ০৫/১১/২০২৩` on almanac pages).
    ("ইংরাজি", Era::Christian),
    ("ইংরাজী", Era::Christian),
    ("হিজরি", Era::Hijri),
    ("হিজরী", Era::Hijri),
    ("হিজরির", Era::Hijri),
    ("হিজরীর", Era::Hijri),
    ("হিজরিতে", Era::Hijri),
    ("হিজরীতে", Era::Hijri),
    ("শকাব্দ", Era::Saka),
    ("ভাস্করাব্দ", Era::Bangla),
    ("সাল", Era::Year),
    ("সালের", Era::Year),
    ("সালে", Era::Year),
    ("সালেই", Era::Year),
    ("সন", Era::Year),
    ("সনের", Era::Year),
    ("সনে", Era::Year),
    // Assamese চন (সন): `২০১৮ চনত`, `২০২২ চনৰ`.
    ("চন", Era::Year),
    ("চনত", Era::Year),
    ("চনৰ", Era::Year),
    // `সালটা ১৯৭৩` ("the year was 1973").
    ("সালটা", Era::Year),
    ("সালটি", Era::Year),
    // `১৯৮৬ সালেরটা` ("the one of 1986").
    ("সালেরটা", Era::Year),
    ("সালেরটি", Era::Year),
];

pub(super) const PERIODS: &[(&str, DayPeriod)] = &[
    ("ভোর", DayPeriod::Dawn),
    ("ভোরে", DayPeriod::Dawn),
    ("ভোরের", DayPeriod::Dawn),
    ("সকাল", DayPeriod::Morning),
    ("সকালে", DayPeriod::Morning),
    ("সকালের", DayPeriod::Morning),
    ("দুপুর", DayPeriod::Noon),
    ("দুপুরে", DayPeriod::Noon),
    ("দুপুরের", DayPeriod::Noon),
    // Misspelt without its vowel sign (`দুপর ১.৩০`).
    ("দুপর", DayPeriod::Noon),
    ("দুপরে", DayPeriod::Noon),
    ("বিকাল", DayPeriod::Afternoon),
    ("বিকেল", DayPeriod::Afternoon),
    ("বিকালে", DayPeriod::Afternoon),
    ("বিকেলে", DayPeriod::Afternoon),
    ("বিকেলের", DayPeriod::Afternoon),
    ("বিকালের", DayPeriod::Afternoon),
    // The older literary spelling (`বৈকাল ৪টায়`).
    ("বৈকাল", DayPeriod::Afternoon),
    ("বৈকালে", DayPeriod::Afternoon),
    ("বৈকালের", DayPeriod::Afternoon),
    ("রাত", DayPeriod::Night),
    ("রাতে", DayPeriod::Night),
    ("রাতের", DayPeriod::Night),
    ("রাত্রে", DayPeriod::Night),
    // "All night long" (`গত মঙ্গলবার রাতভর`; fresh article B04).
    ("রাতভর", DayPeriod::Night),
    ("বেলা", DayPeriod::Daytime),
    ("বেলায়", DayPeriod::Daytime),
    // দিবা ("by day"), the almanacs' counterpart of রাত্রি: `দিবা ২।২৬` is 14:26, `(দিবা)৭.৫২`
    // 07:52.
    ("দিবা", DayPeriod::Daytime),
    // The formal words, as pages write them (compounds with বেলা: `PERIOD_VOWEL_STEMS`).
    ("প্রত্যুষে", DayPeriod::Dawn),
    // প্রাতঃ ("early morning", formal; the lexer reads the visarga as a colon's mark, so the
    // word is also seen without it), and its locative.
    ("প্রাতঃ", DayPeriod::Morning),
    ("প্রাত", DayPeriod::Morning),
    ("প্রাতে", DayPeriod::Morning),
    ("প্রাতঃকালে", DayPeriod::Morning),
    ("প্রত্যূষে", DayPeriod::Dawn),
    ("মধ্যাহ্ন", DayPeriod::Noon),
    ("মধ্যাহ্নে", DayPeriod::Noon),
    ("সায়াহ্ন", DayPeriod::Evening),
    ("সায়াহ্নে", DayPeriod::Evening),
];

/// Day-period stems ending in a vowel, read in every case (the vocabulary's builder adds the
/// endings).
pub(super) const PERIOD_VOWEL_STEMS: &[(&str, DayPeriod)] = &[
    ("সন্ধ্যা", DayPeriod::Evening),
    ("সন্ধা", DayPeriod::Evening),
    // West Bengal's spoken spellings (`বুধবার সন্ধে ৭টা ৪২ মিনিট`).
    ("সন্ধ্যে", DayPeriod::Evening),
    ("সন্ধে", DayPeriod::Evening),
    ("রাত্রি", DayPeriod::Night),
    ("সকালবেলা", DayPeriod::Morning),
    ("দুপুরবেলা", DayPeriod::Noon),
    ("বিকালবেলা", DayPeriod::Afternoon),
    ("বিকেলবেলা", DayPeriod::Afternoon),
    ("সন্ধ্যাবেলা", DayPeriod::Evening),
    ("সন্ধেবেলা", DayPeriod::Evening),
    ("সন্ধ্যেবেলা", DayPeriod::Evening),
    ("রাত্রিবেলা", DayPeriod::Night),
    ("ভোরবেলা", DayPeriod::Dawn),
    // The almanacs' শেষরাত্রি, the last part of the night (`শেষরাত্রি ঘ ০৪/০৪ মিনিট`).
    ("শেষরাত্রি", DayPeriod::Dawn),
];

/// Day-period stems ending in a consonant, read with the locative and genitive.
pub(super) const PERIOD_CONSONANT_STEMS: &[(&str, DayPeriod)] = &[
    ("শেষরাত", DayPeriod::Dawn),
    ("ভোররাত", DayPeriod::Dawn),
    ("মধ্যরাত", DayPeriod::Night),
    ("মাঝরাত", DayPeriod::Night),
];

/// The five daily prayers and the fast's two meals, as prayer-time tables label a clock time
/// with no a.m./p.m. (`ফজর- ৩:৫৫ মিনিট`, `আসর- ৪:১৫`, `ইফতার: ৬:১২`): the day period each falls
/// in. Alone they name no time (`ফজরের নামাজ`); the grammar reads them only before a clock.
pub(super) const PRAYERS: &[(&str, DayPeriod)] = &[
    ("ফজর", DayPeriod::Dawn),
    ("ফজরের", DayPeriod::Dawn),
    ("ফজরে", DayPeriod::Dawn),
    ("যোহর", DayPeriod::Noon),
    ("যোহরের", DayPeriod::Noon),
    ("জোহর", DayPeriod::Noon),
    ("জোহরের", DayPeriod::Noon),
    ("যুহর", DayPeriod::Noon),
    ("জুমা", DayPeriod::Noon),
    ("জুমার", DayPeriod::Noon),
    ("জুম্মা", DayPeriod::Noon),
    ("জুম্মার", DayPeriod::Noon),
    ("আসর", DayPeriod::Afternoon),
    ("আসরের", DayPeriod::Afternoon),
    ("মাগরিব", DayPeriod::Evening),
    ("মাগরিবের", DayPeriod::Evening),
    ("এশা", DayPeriod::Night),
    ("এশার", DayPeriod::Night),
    ("ইশা", DayPeriod::Night),
    ("ইশার", DayPeriod::Night),
    ("সেহরি", DayPeriod::Dawn),
    ("সেহরির", DayPeriod::Dawn),
    ("সাহরি", DayPeriod::Dawn),
    ("সাহরির", DayPeriod::Dawn),
    ("সেহেরি", DayPeriod::Dawn),
    ("সেহেরির", DayPeriod::Dawn),
    ("ইফতার", DayPeriod::Evening),
    ("ইফতারের", DayPeriod::Evening),
    ("ইফতারি", DayPeriod::Evening),
    ("ইফতারির", DayPeriod::Evening),
    // Sunrise and sunset, as prayer tables and weather pages label them.
    ("সূর্যোদয়", DayPeriod::Dawn),
    ("সূর্যোদয়ের", DayPeriod::Dawn),
    ("সূর্যাস্ত", DayPeriod::Evening),
    ("সূর্যাস্তের", DayPeriod::Evening),
    ("তাহাজ্জুদ", DayPeriod::Night),
];

/// Hour words; each also takes the টা-family suffixes (generated).
pub(super) const HOUR_WORDS: &[(&str, u8, u8)] = &[
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
pub(super) const HOUR_SUFFIXES: &[(&str, bool)] = &[
    ("টা", false),
    ("টো", false),
    ("টায়", true),
    // টার is also the genitive of counting (`৩টার বেশি`): a time only with context.
    ("টার", false),
    // টে is West Bengal's locative (`তিনটে নাগাদ`) and its counting word too (`তিনটে সেলাই`,
    // three stitches): a time only with context, as টা.
    ("টে", false),
    ("টোয়", true),
    ("টাতে", true),
    // West Bengal's cases of টে (`৪টের মধ্যেই`, `চারটেয়`, `তিনটের পরিবর্তে`), and the emphatic
    // and inclusive forms (`৪টাতেই`, `৫টায়ই`, `৫টায়ও`).
    ("টের", false),
    ("টেয়", true),
    ("টেতে", true),
    ("টাতেই", true),
    ("টায়ই", true),
    ("টায়ও", true),
    ("টোর", false),
];

pub(super) const DAY_WORDS: &[(&str, u8)] = &[
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

/// The numbers 1–59 in words (য় and ড় as letter and nukta; DOMAIN.md §2 and the grammars'
/// tables of numerals), as minutes are spoken after an hour and as a day before a month's name
/// (the ones from 13 to 31 no other word of the vocabulary is: [`Word::CardinalDay`](super::Word::CardinalDay)).
/// Spellings pages print: দুই/দু, ছয়/ছ, তিরিশ/ত্রিশ, বিশ/কুড়ি.
pub(crate) const NUMBER_WORDS: &[(&str, u8)] = &[
    ("এক", 1),
    ("দুই", 2),
    ("দু", 2),
    ("তিন", 3),
    ("চার", 4),
    ("পাঁচ", 5),
    ("ছ\u{09AF}\u{09BC}", 6),
    ("সাত", 7),
    ("আট", 8),
    ("ন\u{09AF}\u{09BC}", 9),
    ("দশ", 10),
    ("এগারো", 11),
    ("এগার", 11),
    ("বারো", 12),
    ("বার", 12),
    ("তেরো", 13),
    ("তের", 13),
    ("চৌদ্দ", 14),
    ("চোদ্দ", 14),
    ("পনেরো", 15),
    ("পনের", 15),
    ("ষোলো", 16),
    ("ষোল", 16),
    ("সতেরো", 17),
    ("সতের", 17),
    ("আঠারো", 18),
    ("আঠার", 18),
    ("উনিশ", 19),
    ("বিশ", 20),
    ("কুড\u{09BC}ি", 20),
    ("একুশ", 21),
    ("বাইশ", 22),
    ("তেইশ", 23),
    ("চব্বিশ", 24),
    ("পঁচিশ", 25),
    ("ছাব্বিশ", 26),
    ("সাতাশ", 27),
    ("আঠাশ", 28),
    ("উনত্রিশ", 29),
    ("ঊনত্রিশ", 29),
    ("ত্রিশ", 30),
    ("তিরিশ", 30),
    ("একত্রিশ", 31),
    ("বত্রিশ", 32),
    ("তেত্রিশ", 33),
    ("চৌত্রিশ", 34),
    ("পঁ\u{09AF}\u{09BC}ত্রিশ", 35),
    ("ছত্রিশ", 36),
    ("সাঁইত্রিশ", 37),
    ("আটত্রিশ", 38),
    ("উনচল্লিশ", 39),
    ("চল্লিশ", 40),
    ("একচল্লিশ", 41),
    ("বি\u{09AF}\u{09BC}াল্লিশ", 42),
    ("তেতাল্লিশ", 43),
    ("চু\u{09AF}\u{09BC}াল্লিশ", 44),
    ("পঁ\u{09AF}\u{09BC}তাল্লিশ", 45),
    ("ছেচল্লিশ", 46),
    ("সাতচল্লিশ", 47),
    ("আটচল্লিশ", 48),
    ("উনপঞ্চাশ", 49),
    ("পঞ্চাশ", 50),
    ("একান্ন", 51),
    ("বাহান্ন", 52),
    ("তিপ্পান্ন", 53),
    ("চু\u{09AF}\u{09BC}ান্ন", 54),
    ("পঞ্চান্ন", 55),
    ("ছাপ্পান্ন", 56),
    ("সাতান্ন", 57),
    ("আটান্ন", 58),
    ("উনষাট", 59),
];

/// Counts said roughly, written after the unit (`মাস তিনেক`, `দিন দশেক`): the count with এক
/// ("one") run into it, as speech says "three-or-so".
pub(super) const ROUGH_COUNTS: &[(&str, u8)] = &[
    ("দুয়েক", 2),
    ("তিনেক", 3),
    ("চারেক", 4),
    ("পাঁচেক", 5),
    ("ছয়েক", 6),
    ("সাতেক", 7),
    ("আটেক", 8),
    ("নয়েক", 9),
    ("দশেক", 10),
    ("বিশেক", 20),
];

pub(super) const UNITS: &[(&str, Unit)] = &[
    ("সেকেন্ড", Unit::Second),
    ("মিনিট", Unit::Minute),
    // মিঃ, the almanacs' abbreviation (the lexer drops the visarga).
    ("মি", Unit::Minute),
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
    ("মাসের", Unit::Month),
    // Assamese মাহ, its genitive মাহৰ (ৰ read as র) and locative মাহত: `আহিন মাহৰ ৫ তাৰিখে`
    // (probe 11: the month was dropped).
    ("মাহ", Unit::Month),
    ("মাহর", Unit::Month),
    ("মাহত", Unit::Month),
    ("বছর", Unit::Year),
    ("বছরের", Unit::Year),
    // Working days (of offices, courts, exchanges), counted as days.
    ("কর্মদিবস", Unit::Day),
    ("কর্মদিবসের", Unit::Day),
    ("কার্যদিবস", Unit::Day),
    ("কার্যদিবসের", Unit::Day),
];

/// The stems that take a duration's case endings (generated: `দিনে`, `ঘণ্টায়`, `মাসব্যাপী`).
pub(super) const UNIT_STEMS: &[(&str, Unit)] = &[
    ("সেকেন্ড", Unit::Second),
    ("মিনিট", Unit::Minute),
    ("ঘণ্টা", Unit::Hour),
    ("ঘন্টা", Unit::Hour),
    ("দিন", Unit::Day),
    ("সপ্তাহ", Unit::Week),
    ("মাস", Unit::Month),
    ("বছর", Unit::Year),
    ("কর্মদিবস", Unit::Day),
    ("কার্যদিবস", Unit::Day),
];

/// The words a document refers to other days and periods with, and recurrences.
pub(super) const REFERENCE_WORDS: &[(&str, Word)] = &[
    // The first of two words: `সে দিন`, `ওই বছর`, `পরের দিন`, `আগের দিন`.
    ("সে", Word::Pointer(0)),
    ("সেই", Word::Pointer(0)),
    ("ওই", Word::Pointer(0)),
    ("ঐ", Word::Pointer(0)),
    ("উক্ত", Word::Pointer(0)),
    ("একই", Word::Pointer(0)),
    ("পরের", Word::Pointer(1)),
    ("পরবর্তী", Word::Pointer(1)),
    ("আগের", Word::Pointer(-1)),
    ("পূর্ববর্তী", Word::Pointer(-1)),
    ("নতুন", Word::New),
    ("নববর্ষ", Word::NewYearDay),
    ("গ্রিনিচ", Word::Greenwich),
    ("গ্রীনিচ", Word::Greenwich),
    ("গতরাত", Word::LastNight),
    ("গতরাতে", Word::LastNight),
    ("গতরাতের", Word::LastNight),
    ("গতরাতেই", Word::LastNight),
    ("গতরাতেও", Word::LastNight),
    ("নববর্ষে", Word::NewYearDay),
    ("নববর্ষের", Word::NewYearDay),
    // আলোচ্য ("under discussion"): `আলোচ্য বছরে`, the year the report is about.
    ("আলোচ্য", Word::Pointer(0)),
    ("তার", Word::Its),
    ("তারও", Word::Its),
    ("এরও", Word::Its),
    ("পর", Word::After),
    ("পরেই", Word::After),
    // Recurrences.
    ("প্রতি", Word::Every),
    ("প্রত্যেক", Word::Every),
    ("প্রতিটি", Word::Every),
    ("প্রতিমাসের", Word::EveryMonth),
    ("প্রতিমাসে", Word::EveryMonth),
    ("প্রতিবছর", Word::EveryYear),
    ("প্রতিবছরের", Word::EveryYear),
    ("প্রতিদিন", Word::Daily),
    ("প্রতিদিনই", Word::Daily),
    ("প্রত্যহ", Word::Daily),
    ("দৈনিক", Word::Daily),
    ("প্রত্যেকদিন", Word::Daily),
    ("প্রথম", Word::Nth(1)),
    ("দ্বিতীয়", Word::Nth(2)),
    ("তৃতীয়", Word::Nth(3)),
    ("চতুর্থ", Word::Nth(4)),
    ("পঞ্চম", Word::Nth(5)),
    ("শেষ", Word::Nth(-1)),
    ("গভীর", Word::Deep),
    // বিদায়ী বছর ("the outgoing year"): the year now ending, the reference's.
    ("বিদায়ী", Word::Direction(0)),
    // Decades named by their number word, in the genitive before দশক: `নব্বইয়ের দশকে`.
    ("বিশের", Word::DecadeWord(2)),
    ("ত্রিশের", Word::DecadeWord(3)),
    ("তিরিশের", Word::DecadeWord(3)),
    ("চল্লিশের", Word::DecadeWord(4)),
    ("পঞ্চাশের", Word::DecadeWord(5)),
    ("ষাটের", Word::DecadeWord(6)),
    ("সত্তরের", Word::DecadeWord(7)),
    ("আশির", Word::DecadeWord(8)),
    ("নব্বইয়ের", Word::DecadeWord(9)),
    ("নব্বুইয়ের", Word::DecadeWord(9)),
    // And without the genitive, as headlines and essays write them (`নব্বই দশকে`, `ষাট ও
    // সত্তর দশক`): a decade only before দশক.
    ("বিশ", Word::DecadeWord(2)),
    ("ত্রিশ", Word::DecadeWord(3)),
    ("তিরিশ", Word::DecadeWord(3)),
    ("চল্লিশ", Word::DecadeWord(4)),
    ("পঞ্চাশ", Word::DecadeWord(5)),
    ("ষাট", Word::DecadeWord(6)),
    ("সত্তর", Word::DecadeWord(7)),
    ("আশি", Word::DecadeWord(8)),
    ("নব্বই", Word::DecadeWord(9)),
    ("নব্বুই", Word::DecadeWord(9)),
    ("দশক", Word::Decade),
    ("দশকে", Word::Decade),
    ("দশকের", Word::Decade),
    ("দশকেই", Word::Decade),
    ("দশকেও", Word::Decade),
    ("দশকেরও", Word::Decade),
    // Centuries by their ordinal (বিংশ শতাব্দী, the twentieth: the 1900s), or by their number
    // (উনিশ শতক, the nineteenth); প্রথম … পঞ্চম, এগারো, বারো and বিশ are read as such too.
    ("ষষ্ঠ", Word::CenturyOrdinal(6)),
    ("সপ্তম", Word::CenturyOrdinal(7)),
    ("অষ্টম", Word::CenturyOrdinal(8)),
    ("নবম", Word::CenturyOrdinal(9)),
    ("দশম", Word::CenturyOrdinal(10)),
    ("একাদশ", Word::CenturyOrdinal(11)),
    ("দ্বাদশ", Word::CenturyOrdinal(12)),
    ("ত্রয়োদশ", Word::CenturyOrdinal(13)),
    ("চতুর্দশ", Word::CenturyOrdinal(14)),
    ("পঞ্চদশ", Word::CenturyOrdinal(15)),
    ("ষোড়শ", Word::CenturyOrdinal(16)),
    ("সপ্তদশ", Word::CenturyOrdinal(17)),
    ("দ্বাবিংশ", Word::CenturyOrdinal(22)),
    ("তেরো", Word::CenturyOrdinal(13)),
    ("চৌদ্দ", Word::CenturyOrdinal(14)),
    ("পনেরো", Word::CenturyOrdinal(15)),
    ("পনের", Word::CenturyOrdinal(15)),
    ("ষোলো", Word::CenturyOrdinal(16)),
    ("ষোল", Word::CenturyOrdinal(16)),
    ("সতেরো", Word::CenturyOrdinal(17)),
    ("সতের", Word::CenturyOrdinal(17)),
    ("আঠারো", Word::CenturyOrdinal(18)),
    ("আঠার", Word::CenturyOrdinal(18)),
    ("উনিশ", Word::CenturyOrdinal(19)),
    ("ঊনিশ", Word::CenturyOrdinal(19)),
    ("একুশ", Word::CenturyOrdinal(21)),
    ("অষ্টাদশ", Word::CenturyOrdinal(18)),
    ("ঊনবিংশ", Word::CenturyOrdinal(19)),
    ("উনবিংশ", Word::CenturyOrdinal(19)),
    ("বিংশ", Word::CenturyOrdinal(20)),
    ("একবিংশ", Word::CenturyOrdinal(21)),
    ("শতাব্দী", Word::Century),
    ("শতাব্দীতে", Word::Century),
    ("শতাব্দীর", Word::Century),
    ("শতক", Word::Century),
    ("শতকে", Word::Century),
    ("শতকের", Word::Century),
    ("শতকেই", Word::Century),
    ("শতাব্দীতেই", Word::Century),
    ("শতাব্দীজুড়ে", Word::Century),
    ("শেষে", Word::MonthPart),
    ("শেষের", Word::MonthPart),
    ("শুরুতে", Word::MonthPart),
    ("শুরুর", Word::MonthPart),
    ("মাঝামাঝি", Word::MonthPart),
    ("চলাকালীন", Word::During),
    ("চলাকালে", Word::During),
    ("ইতিহাসের", Word::InHistory),
    ("ইতিহাসে", Word::InHistory),
    ("শিক্ষাবর্ষ", Word::SpanYear { fiscal: false }),
    ("শিক্ষাবর্ষে", Word::SpanYear { fiscal: false }),
    ("শিক্ষাবর্ষের", Word::SpanYear { fiscal: false }),
    ("অর্থবছর", Word::SpanYear { fiscal: true }),
    ("অর্থবছরে", Word::SpanYear { fiscal: true }),
    ("অর্থবছরের", Word::SpanYear { fiscal: true }),
];

pub(super) const OTHERS: &[(&str, Word)] = &[
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
    // The last letter dropped by the page (the issue's `অপরাহ্`, `পূর্বাহ্`), and the OCR of a
    // printed almanac (`অপরাহু ৫।২৪`, real-dev-2 DEV2-092).
    ("অপরাহ্", Word::Meridiem(true)),
    ("পূর্বাহ্", Word::Meridiem(false)),
    ("অপরাহু", Word::Meridiem(true)),
    ("অপরাহ্ণে", Word::Meridiem(true)),
    ("পূর্বাহ্ণে", Word::Meridiem(false)),
    // The older spelling with ব doubled (`পূর্ব্বাহ্ন ঘ ৯।২৯`, Kolkata almanacs).
    ("পূর্ব্বাহ্ন", Word::Meridiem(false)),
    ("পূর্ব্বাহ্ণ", Word::Meridiem(false)),
    // Meridiems written with dots: `পি.এম.`, `এ.এম`, `a.m.`, `P.M` (এ is the demonstrative).
    ("পি", Word::MeridiemLetter(Some(true))),
    ("এম", Word::MeridiemLetter(None)),
    ("a", Word::MeridiemLetter(Some(false))),
    ("p", Word::MeridiemLetter(Some(true))),
    ("m", Word::MeridiemLetter(None)),
    ("ঘটিকা", Word::HourUnit { strong: true }),
    ("ঘটিকায়", Word::HourUnit { strong: true }),
    ("ঘটিকার", Word::HourUnit { strong: true }),
    // ঘটিকা misspelt with ঠ, as a union notice printed it (`বিকাল ৪ ঘঠিকার সময়`).
    ("ঘঠিকা", Word::HourUnit { strong: true }),
    ("ঘঠিকায়", Word::HourUnit { strong: true }),
    ("ঘঠিকার", Word::HourUnit { strong: true }),
    // … and with a long a (`সকাল ১০ঘাটিকার র‌্যালি`, fresh S-045).
    ("ঘাটিকা", Word::HourUnit { strong: true }),
    ("ঘাটিকায়", Word::HourUnit { strong: true }),
    ("ঘাটিকার", Word::HourUnit { strong: true }),
    ("সাড়ে", Word::Fraction(30)),
    ("সোয়া", Word::Fraction(15)),
    ("সোওয়া", Word::Fraction(15)),
    ("সওয়া", Word::Fraction(15)),
    ("পৌনে", Word::Fraction(-15)),
    // … spelt with ো for ৌ (fresh W-059: `গভীর রাতে প্রায় পোনে বারোটার সময়`).
    ("পোনে", Word::Fraction(-15)),
    // আধা ঘণ্টা ("half an hour"): a half with no whole hours.
    ("আধা", Word::Fraction(30)),
    ("আধ", Word::Fraction(30)),
    ("লা", Word::Ordinal),
    ("রা", Word::Ordinal),
    ("ঠা", Word::Ordinal),
    // ঠা without its া (`গত ৪ঠ নভেম্বর`, fresh T-054).
    ("ঠ", Word::Ordinal),
    ("ই", Word::Ordinal),
    ("শে", Word::Ordinal),
    ("st", Word::Ordinal),
    ("nd", Word::Ordinal),
    ("rd", Word::Ordinal),
    ("th", Word::Ordinal),
    // (আজ, গতকাল, আগামীকাল, পরশু in their case and emphatic forms: `RELATIVE_DAYS`.)
    // Assamese (and poetic Bengali) আজি, "today".
    ("আজি", Word::RelativeDay(0)),
    ("গত", Word::Direction(-1)),
    ("বিগত", Word::Direction(-1)),
    // The spoken "gone" (`গেল বছর`, `গেল সপ্তাহে`); as a verb it is also a past tense's.
    ("গেল", Word::Direction(-1)),
    ("আগামী", Word::Direction(1)),
    // "coming", "next" (probe 3: `আসছে শুক্রবার`, `সামনের শুক্রবার` were the last Friday).
    ("আসছে", Word::Direction(1)),
    ("সামনের", Word::Direction(1)),
    // "upcoming" (probe 7: `আসন্ন ১৬ ডিসেম্বর` read in June was the December gone by).
    ("আসন্ন", Word::Direction(1)),
    ("চলতি", Word::Direction(0)),
    ("এ", Word::Direction(0)),
    ("এই", Word::Direction(0)),
    ("আগে", Word::AgoLater(-1)),
    ("আগেও", Word::AgoLater(-1)),
    ("আগেই", Word::AgoLater(-1)),
    ("পূর্বে", Word::AgoLater(-1)),
    ("পরে", Word::AgoLater(1)),
    ("দিবাগত", Word::Dibagoto),
    // দিনগত: a spelling of দিবাগত seen on news sites.
    ("দিনগত", Word::Dibagoto),
    // … and দিবরাগত, with a stray র (fresh R-046).
    ("দিবরাগত", Word::Dibagoto),
    ("আনুমানিক", Word::Approx),
    ("প্রায়", Word::Approx),
    ("দিকে", Word::Approx),
    ("নাগাদ", Word::Approx),
    ("থেকে", Word::From),
    ("হতে", Word::From),
    // The formal (sadhu) হইতে of notices and court papers (`… তারিখ হইতে … তারিখ পর্যন্ত`).
    ("হইতে", Word::From),
    ("কাল", Word::Kal),
    ("কালকে", Word::Kal),
    ("কল্য", Word::Kal),
    ("পর্যন্ত", Word::Until),
    ("ও", Word::And),
    ("এবং", Word::And),
    // Alternatives (`৪ অথবা ৫ মে`, `২৩ মাঘ বা ৬ ফেব্রুয়ারি`) are listed like items.
    ("অথবা", Word::And),
    ("বা", Word::And),
    // "By another account": `১৮৫৪ মতান্তরে ১৮৫৭ সালে`, two readings of one date.
    ("মতান্তরে", Word::And),
    ("তারিখ", Word::DateWord),
    ("তারিখে", Word::DateWord),
    ("তারিখের", Word::DateWord),
    // With the emphatic ই / ও (`চলতি মাসের ২৩ তারিখেই`, "on the 23rd itself").
    ("তারিখেই", Word::DateWord),
    ("তারিখই", Word::DateWord),
    ("তারিখেও", Word::DateWord),
    // তাং, the abbreviation of তারিখ on orders and notices (`তাং ২৭.৭.৭১`).
    ("তাং", Word::DateWord),
    // Seasons (ঋতু) printed between a header's date and its time.
    ("গ্রীষ্মকাল", Word::Label { time: false }),
    ("বর্ষাকাল", Word::Label { time: false }),
    ("শরৎকাল", Word::Label { time: false }),
    ("হেমন্তকাল", Word::Label { time: false }),
    ("শীতকাল", Word::Label { time: false }),
    ("বসন্তকাল", Word::Label { time: false }),
    // Eras of Indian almanac pages, printed in runs beside the Bangabda year; Vikram Samvat
    // (সংবৎ) counts lunar months (DOMAIN.md §3).
    ("কলিযুগাব্দ", Word::IndianEra(CalendarEra::KaliYuga)),
    ("কল্যব্দ", Word::IndianEra(CalendarEra::KaliYuga)),
    // `কলি: ৫১২৫`, the almanacs' short form (also a word, "bud": only before its year).
    ("কলি", Word::IndianEra(CalendarEra::KaliYuga)),
    ("সংবৎ", Word::IndianEra(CalendarEra::VikramSamvat)),
    ("সম্বৎ", Word::IndianEra(CalendarEra::VikramSamvat)),
    ("বিক্রমাব্দ", Word::IndianEra(CalendarEra::VikramSamvat)),
    ("শ্রীচৈতন্যাব্দ", Word::IndianEra(CalendarEra::Gaurabda)),
    ("চৈতন্যাব্দ", Word::IndianEra(CalendarEra::Gaurabda)),
    ("চৈতনাব্দ", Word::IndianEra(CalendarEra::Gaurabda)),
    ("শ্রীসারস্বতাব্দ", Word::IndianEra(CalendarEra::Saraswata)),
    ("সারস্বতাব্দ", Word::IndianEra(CalendarEra::Saraswata)),
    ("শ্রীভক্তিবিনোদাব্দ", Word::IndianEra(CalendarEra::Bhaktivinoda)),
    ("ভক্তিবিনোদাব্দ", Word::IndianEra(CalendarEra::Bhaktivinoda)),
    ("বুদ্ধাব্দ", Word::IndianEra(CalendarEra::Buddhist)),
    ("বুদ্ধাব্দা", Word::IndianEra(CalendarEra::Buddhist)),
    ("সাম্বৎ", Word::IndianEra(CalendarEra::VikramSamvat)),
    ("স্যাম্বৎ", Word::IndianEra(CalendarEra::VikramSamvat)),
    // The almanacs' hour mark (ঘটিকা): `রাত্রি ঘ ২/৪৮ মিঃ`.
    ("ঘ", Word::HourMark),
    ("প্রকাশ", Word::Label { time: false }),
    ("প্রকাশিত", Word::Label { time: false }),
    ("আপডেট", Word::Label { time: false }),
    ("সময়", Word::Label { time: true }),
    ("হালনাগাদ", Word::Label { time: false }),
    ("বাজে", Word::Baje),
    ("বেজে", Word::Baje),
    ("র", Word::CaseSuffix),
    ("এর", Word::CaseSuffix),
    // `২০২০-তে` ("in 2020").
    ("তে", Word::CaseSuffix),
    // … with the inclusive ও or the emphatic ই (`৮৬'তেও`, `৭১'রও`).
    ("তেও", Word::CaseSuffix),
    ("তেই", Word::CaseSuffix),
    ("রও", Word::CaseSuffix),
    ("স্থানীয়", Word::Local),
    ("ঠিক", Word::Exactly),
    // English bylines: `March 7, 2025 at 8:05 PM`; the T of ISO 8601 `2026-01-02T17:41`.
    ("at", Word::Label { time: false }),
    ("t", Word::Label { time: false }),
    // `রোজ শুক্রবার` ("on the day Friday"), formal.
    ("রোজ", Word::Label { time: false }),
    // বাদ ("after") a prayer: `বাদ জোহর ২টায়`, `বাদ আসর`.
    ("বাদ", Word::Label { time: false }),
    // `সাল মোতাবেক` ("corresponding to"), between a date and its other calendar's.
    ("মোতাবেক", Word::Label { time: false }),
    // `আরবি তারিখ`: the Hijri date's label on Bangladeshi pages.
    ("আরবি", Word::Label { time: false }),
    ("আরবী", Word::Label { time: false }),
    ("মুতাবেক", Word::Label { time: false }),
    // `ও বাংলার ২৯ ফাল্গুন`, `বাংলায় ২৯ শ্রাবণ`: "the Bengali (date)", labelling the date after
    // it.
    ("বাংলার", Word::Label { time: false }),
    ("বাংলায়", Word::Label { time: false }),
    // অর্থাৎ ("that is"): the same day said again (`১৪ জানুয়ারি অর্থাৎ মঙ্গলবার`).
    ("অর্থাৎ", Word::ThatIs),
    // … with ত and a visible virama for ৎ, as older fonts and Ittefaq's pages write it.
    ("অর্থাত্", Word::ThatIs),
    // Numbers that are not dates: `বাড়ি নং ১২/৩`, `মামলা নম্বর ৫/২০২৪`, an almanac's
    // `দং ৯/২৬/৩০` (daṇḍa/pala/vipala, DOMAIN.md §3).
    ("নং", Word::NumberLabel),
    ("নম্বর", Word::NumberLabel),
    ("নম্বরঃ", Word::NumberLabel),
    ("নাম্বার", Word::NumberLabel),
    ("দং", Word::Danda),
    ("দণ্ড", Word::Danda),
    ("দন্ড", Word::Danda),
    ("no", Word::NumberLabel),
    // Almanac (panjika) vocabulary: a paragraph that uses it counts its days from sunrise
    // (DOMAIN.md §1; `অষ্টমী তিথি আরম্ভ, ৭ চৈত্র, ২১ মার্চ, শুক্রবার, ভোর ৪টে ২৫ মিনিট` is
    // 22 March, real-dev-2 DEV2-088).
    ("তিথি", Word::AlmanacTerm),
    ("তিথির", Word::AlmanacTerm),
    ("তিথিতে", Word::AlmanacTerm),
    ("নক্ষত্র", Word::AlmanacTerm),
    ("নক্ষত্রের", Word::AlmanacTerm),
    ("পঞ্জিকা", Word::AlmanacTerm),
    ("পঞ্জিকার", Word::AlmanacTerm),
    ("পঞ্জিকামতে", Word::AlmanacTerm),
    ("অমৃতযোগ", Word::AlmanacTerm),
    ("মাহেন্দ্রযোগ", Word::AlmanacTerm),
    ("বারবেলা", Word::AlmanacTerm),
    ("কালবেলা", Word::AlmanacTerm),
    ("কালরাত্রি", Word::AlmanacTerm),
];

/// Verb endings of the future tense (`হবে`, `চলবে`, `করবেন`): a sentence that has one speaks
/// of what is to come. Verbs are not in the table; their endings are matched on unknown words
/// of three letters or more.
pub(crate) const FUTURE_ENDINGS: &[&str] = &["বে", "বেন"];
/// Words that end like a future verb but are not one: সবে ("just"), তবে ("however"), কবে
/// ("when?"), যবে ("when"), শবে (of শবে বরাত, শবে কদর).
pub(crate) const NOT_FUTURE: &[&str] = &["সবে", "তবে", "কবে", "যবে", "শবে"];
/// Endings of words that end like a future verb but are not one: the adverbs of manner
/// (`আনুষ্ঠানিকভাবে`, `এভাবে`), হিসেবে / হিসাবে ("as"), and nouns with ব-ফলা in the locative
/// (`নেতৃত্বে`, "under the leadership of"; `বিশ্বে`, `দায়িত্বে`, `ঊর্ধ্বে`): no verb stem ends in
/// a consonant joined to ব, so `্বে` is never the future's -বে; and nouns ending in ব in the
/// locative that news writes every day (`প্রশ্নের জবাবে`, "in reply to questions", after which
/// `জানান তিনি` was read as the future; `সৌদি আরবে`, `ক্লাবে`, `ওয়েবে`, `কিতাবে`).
pub(crate) const NOT_FUTURE_ENDINGS: &[&str] = &[
    "ভাবে",
    "হিসেবে",
    "হিসাবে",
    "\u{09CD}বে",
    "জবাবে",
    "আরবে",
    "ক্লাবে",
    "কিতাবে",
    "হিজাবে",
    "পাঞ্জাবে",
    "নবাবে",
    // ওয়েবে, সওয়াবে with য় as one code point and as য + nukta.
    "ও\u{09DF}েবে",
    "ও\u{09AF}\u{09BC}েবে",
    "ও\u{09DF}াবে",
    "ও\u{09AF}\u{09BC}াবে",
];

/// The days named from today, with their offset; each is read in its case and emphatic forms
/// (`আজই`, `গতকালও`, `আগামীকালের`, `আজকে`, `গতকালকেই`: see `words::add_relative_days`).
/// The formal অদ্য ("today"), গতকল্য and আগামীকল্য are notices' and court papers' words.
pub(crate) const RELATIVE_DAYS: &[(&str, i8)] = &[
    ("আজ", 0),
    ("গতকাল", -1),
    ("আগামীকাল", 1),
    ("পরশু", 2),
    ("পরশুদিন", 2),
    ("অদ্য", 0),
    ("গতকল্য", -1),
    ("আগামীকল্য", 1),
    // Misspelt with ি (`আগামিকাল সন্ধ্যা ৭টায়`).
    ("আগামিকাল", 1),
];

/// Words that number what follows them (see [`super::numbers_what_follows`]): places and
/// their parts, seats, vehicles, sections of a law.
#[rustfmt::skip]
pub(super) const NUMBERED_PLACES: &[&str] = &[
    "হোল্ডিং", "বাসা", "বাসার", "বাড়ি", "বাড়ী", "প্লট", "ফ্ল্যাট", "হাউজ", "হাউস", "রোড", "সড়ক",
    "দাগ", "খতিয়ান", "ব্লক", "সেক্টর", "লেন", "গলি", "গেট", "কেবিন", "রুম", "বেড", "শয্যা",
    "নম্বর", "নং", "পিলার", "ঘাট", "ফ্লোর", "ওয়ার্ড", "ওয়ার্ডের", "চ্যানেল", "ধারা", "ধারার",
    "কক্ষ", "বাস", "ট্রেন", "আসন",
];

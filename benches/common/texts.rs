//! The texts the corpus-scale benches share (`scale.rs`, `prefilter.rs`), written for the
//! benches: a short news article and prose without dates.

/// A fire report with the shapes document mode adds (back-references, day parts, durations,
/// recurrences, years counted from the reference).
pub const ARTICLE: &str = "ঢাকা, ১৪ জুন ২০২৪ : রাজধানীর মিরপুরে একটি পোশাক কারখানায় আগুন লেগে ৫ জন নিহত \
হয়েছেন। বৃহস্পতিবার দিবাগত রাত ২টার দিকে এ ঘটনা ঘটে। ফায়ার সার্ভিসের ১২টি ইউনিট প্রায় তিন ঘণ্টার \
চেষ্টায় ভোর ৫টায় আগুন নিয়ন্ত্রণে আনে।\nগত বছরের ১০ মার্চ একই কারখানায় আরেকটি অগ্নিকাণ্ড ঘটেছিল। তার \
দুই দিন পর কারখানাটি আবার চালু হয়।\nশুক্রবার সকালে শ্রম মন্ত্রণালয় তদন্ত কমিটি গঠন করেছে। কমিটিকে \
আগামী ১৫ কর্মদিবসের মধ্যে প্রতিবেদন দিতে বলা হয়েছে। আগামী রোববার থেকে কারখানা বন্ধ থাকবে। প্রতি \
শুক্রবার শ্রমিকদের সভা হবে। সেদিন রাতেই পুলিশ মামলা নেয়।\n\n";

/// Expressions `extract` finds in one copy of [`ARTICLE`].
pub const EXPRESSIONS: usize = 7;

/// Prose without dates (ordinary news Bengali, written for the benches).
pub const PROSE: &str = "রাজধানীর বিভিন্ন এলাকায় যানজট কমাতে নতুন পরিকল্পনা নিয়েছে সিটি করপোরেশন। \
কর্মকর্তারা জানিয়েছেন, প্রধান সড়কগুলোতে গণপরিবহনের জন্য আলাদা লেন তৈরি করা হবে এবং \
ফুটপাত দখলমুক্ত করতে নিয়মিত অভিযান চালানো হবে। নগরবাসী এই উদ্যোগকে স্বাগত জানালেও \
বাস্তবায়ন নিয়ে সংশয় প্রকাশ করেছেন অনেকে। বিশেষজ্ঞরা বলছেন, সমন্বিত পরিকল্পনা ছাড়া \
এ ধরনের প্রকল্প টেকসই হয় না। ";

/// A mebibyte.
pub const MIB: usize = 1024 * 1024;

/// `unit` repeated to about `bytes` bytes (whole copies).
pub fn repeat(unit: &str, bytes: usize) -> (String, usize) {
    let copies = (bytes / unit.len()).max(1);
    (unit.repeat(copies), copies)
}

/// Prose with a few dated paragraphs, about `bytes` long: one [`ARTICLE`] per 200 paragraphs of
/// [`PROSE`]; and how many copies of that block it holds.
pub fn prose_with_articles(bytes: usize) -> (String, usize) {
    let unit = format!("{}\n\n{ARTICLE}", PROSE.repeat(200));
    repeat(&unit, bytes)
}

//! Every enum a front end names has a `code()`, and the code is its serde tag: the CLI, the
//! Python and the JavaScript packages print codes and serde forms side by side, and they must
//! never say two names for one thing.
#![cfg(feature = "serde")]

use bangla_date::parse::{
    Anchor, AnchorRule, Assumption, DayPeriod, Duration, Evidence, MentionKind, OtherCalendar,
    Parser, Recurrence, Relative, Role, RuleChoice, Unit, Warning, YearResolution,
};
use bangla_date::{Rule, parse};
use chrono::{NaiveDate, Weekday};
use serde::Serialize;

/// The serde form of `v` as a string (a unit variant) or its tag field `tag`.
fn tag_of(v: &impl Serialize, tag: Option<&str>) -> String {
    let json = serde_json::to_value(v).expect("serializes");
    match tag {
        None => json.as_str().expect("a unit variant serializes as a string").to_owned(),
        Some(t) => json[t].as_str().unwrap_or_else(|| panic!("no {t} in {json}")).to_owned(),
    }
}

#[test]
fn unit_enums_code_is_their_serde_name() {
    for r in
        [Role::Single, Role::RangeStart, Role::RangeEnd, Role::ListItem, Role::From, Role::Until]
    {
        assert_eq!(tag_of(&r, None), r.code());
    }
    for p in [
        DayPeriod::Dawn,
        DayPeriod::Morning,
        DayPeriod::Noon,
        DayPeriod::Afternoon,
        DayPeriod::Evening,
        DayPeriod::Night,
        DayPeriod::Daytime,
    ] {
        assert_eq!(tag_of(&p, None), p.code());
    }
    for u in
        [Unit::Second, Unit::Minute, Unit::Hour, Unit::Day, Unit::Week, Unit::Month, Unit::Year]
    {
        assert_eq!(tag_of(&u, None), u.code());
    }
    for e in [Evidence::Weekday, Evidence::IndianCue] {
        assert_eq!(tag_of(&e, None), e.code());
    }
    for c in [OtherCalendar::Saka, OtherCalendar::Hijri] {
        assert_eq!(tag_of(&c, None), c.code());
    }
    use bangla_date::calendar::era::CalendarEra;
    for e in [
        CalendarEra::Bangabda,
        CalendarEra::Saka,
        CalendarEra::Hijri,
        CalendarEra::VikramSamvat,
        CalendarEra::KaliYuga,
        CalendarEra::Gaurabda,
        CalendarEra::Buddhist,
        CalendarEra::Saraswata,
        CalendarEra::Bhaktivinoda,
    ] {
        assert_eq!(tag_of(&e, None), e.code());
    }
    for a in [
        Assumption::WorkingHours,
        Assumption::RangeEndAfterStart,
        Assumption::NightFollowsDay,
        Assumption::Tense,
        Assumption::NamedEvent,
        Assumption::AfterPrevious,
    ] {
        assert_eq!(tag_of(&a, None), a.code());
    }
    for r in [
        AnchorRule::Sentence,
        AnchorRule::Range,
        AnchorRule::Paragraph,
        AnchorRule::PreviousSentence,
        AnchorRule::List,
        AnchorRule::BackReference,
        AnchorRule::LastDay,
    ] {
        assert_eq!(tag_of(&r, None), r.code());
    }
    for rule in Rule::ALL {
        assert_eq!(tag_of(&rule, None), rule.name());
    }
}

#[test]
fn tagged_enums_code_is_their_serde_tag() {
    for a in [
        Anchor::Written,
        Anchor::Reference,
        Anchor::Recurring,
        Anchor::Unanchored,
        Anchor::Story { year: 1975, from: 0..4 },
        Anchor::Mention { rule: AnchorRule::BackReference, from: 0..4, days: 1 },
    ] {
        assert_eq!(tag_of(&a, Some("to")), a.code());
    }
    for k in [
        MentionKind::Point,
        MentionKind::Month,
        MentionKind::Year,
        MentionKind::Week,
        MentionKind::OtherCalendar,
        MentionKind::Duration(Duration::default()),
    ] {
        assert_eq!(tag_of(&k, Some("type")), k.code());
    }
    // A recurrence, as document mode reads one.
    let doc = Parser::new().read_document("প্রতি শুক্রবার হাট বসে।");
    let set = doc.mentions[0].kind;
    assert!(matches!(set, MentionKind::Set(Recurrence { weekday: Weekday::Fri, .. })));
    assert_eq!(tag_of(&set, Some("type")), set.code());
    for r in [
        Relative::Day { offset: -1 },
        Relative::Weekday { direction: 1, weekday: Weekday::Sat },
        Relative::WeekdayOfWeek { weeks: -1, weekday: Weekday::Fri },
        Relative::Offset { amount: -3, unit: Unit::Day },
    ] {
        assert_eq!(tag_of(&r, Some("kind")), r.code());
    }
}

/// Every warning the parser gives on texts that raise each kind: its code is its serde tag.
#[test]
fn warning_codes_are_their_serde_tags() {
    let reference = NaiveDate::from_ymd_opt(2025, 12, 30).unwrap().and_hms_opt(9, 0, 0).unwrap();
    let texts = [
        "শনিবার, ২ জানুয়ারি ২০২৬",
        "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ",
        "২০2৬ সালের ২ জানুয়ারি",
        "০৫:৪১",
        "২৮ ডিসেম্বর",
        "প্যারিস স্থানীয় সময় সন্ধ্যা ৬টা",
        "১২ পৌষ, ১৯৪৭ সাল",
        "১৭ আষাঢ়, ১৪৩১ মঙ্গলবার",
        "রাত ৩টা",
        "১২ রবিউল আউয়াল ১৪৪৭",
        "৯ মার্চ ১৪৪৫ হিজরী",
        "ররিবার, ৪ জানুয়ারি ২০২৬",
        "২৪:০০",
        "১৫ জুলাই ২০০৯ রাত ১১টা ৩০ মিনিট",
    ];
    let mut seen = std::collections::BTreeSet::new();
    for text in texts {
        for m in Parser::new().reference(reference).extract(text).flatten() {
            for w in &m.warnings {
                assert_eq!(tag_of(w, Some("kind")), w.code(), "{text}");
                seen.insert(w.code());
            }
        }
    }
    assert!(seen.len() >= 10, "only {seen:?}");
    // And the parse module's re-exports name the same warning type.
    let w: Vec<Warning> = parse::parse("০৫:৪১").unwrap().warnings;
    assert_eq!(w[0].code(), "meridiem-unknown");
}

#[test]
fn names_read_back_from_their_codes() {
    for how in YearResolution::ALL {
        assert_eq!(how.code().parse::<YearResolution>().unwrap(), how);
    }
    for choice in [RuleChoice::Evidence, RuleChoice::Infer]
        .into_iter()
        .chain(Rule::ALL.into_iter().map(RuleChoice::Fixed))
    {
        assert_eq!(choice.code().parse::<RuleChoice>().unwrap(), choice);
    }
    assert_eq!(RuleChoice::NAMES.len(), 2 + Rule::ALL.len());
}

//! What the measuring tests share (`mod common;` in each).

/// The warnings that say a date deserves doubt (contradictions, guesses), as the project's
/// scorer counts them: a wrong date with one is flagged, not confidently wrong.
pub const DOUBT: &[&str] = &[
    "weekday-mismatch",
    "relative-mismatch",
    "bangla-mismatch",
    "calendar-mismatch",
    "era-mismatch",
    "meridiem-unknown",
    "midnight-ambiguous",
    "period-mismatch",
    "date-from-reference",
];

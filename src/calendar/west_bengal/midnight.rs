//! The drikpanchang handling of sankrantis near midnight, as reverse-engineered and verified
//! against 1,811 drikpanchang month starts (1900–2050) by dra8an/hindu-calendar
//! (`Docs/BENGALI_MIDNIGHT_ZONE.md`, `Docs/DRIKPANCHANG_VALIDATION.md`, `src/solar.c`
//! at commit bb84cb5). Implemented here from that description:
//!
//! - The plain Bengal rule (month from the day after the sankranti's civil date) holds unless
//!   the sankranti falls in the first 24 minutes after midnight IST.
//! - In that zone the sankranti counts as belonging to the *previous* day (so the month starts
//!   on its own civil date), with exceptions that follow Sewell & Dikshit's tithi test: Karkata
//!   always counts as the previous day, Makara never; otherwise the month is pushed to the
//!   next day when the tithi current at the previous day's sunrise has ended by the sankranti.
//! - Per-sign tuning found by that project: for Karkata the zone runs to 00:32, for Tula to
//!   00:23; and for Kanya, Tula and Dhanu a sankranti shortly *before* midnight (after 23:56,
//!   23:39, 23:49 respectively) is treated as falling in the zone of the next day.
//!
//! Example: the Vrishabha sankranti of 15 May 2025 at 00:12 IST falls in the zone, the tithi
//! current at sunrise on 14 May is still running, so 1 Joishtho 1432 is 15 May (the plain rule
//! gives 16 May).

use super::moon;
use super::sankranti::{self, IST_OFFSET_DAYS};

const MINUTE: f64 = 1.0 / 1440.0;

/// 0-based rashi indices (0 = Mesha).
const KARKATA: u8 = 3;
const KANYA: u8 = 5;
const TULA: u8 = 6;
const DHANU: u8 = 8;
const MAKARA: u8 = 9;

/// The first day of the month that sankranti `jd_ut` (UT Julian day) into `rashi` starts,
/// under the drikpanchang rule, as a chrono day number.
pub(crate) fn drikpanchang_month_start(jd_ut: f64, rashi: u8) -> i32 {
    let day_edge = match rashi {
        KANYA => 4.0 * MINUTE,
        TULA => 21.0 * MINUTE,
        DHANU => 11.0 * MINUTE,
        _ => 0.0,
    };
    let (day, _) = sankranti::ist_day(jd_ut + day_edge);
    let midnight = sankranti::jd_of_day(day) - IST_OFFSET_DAYS;
    let zone_end = match rashi {
        KARKATA => 32.0,
        TULA => 23.0,
        _ => 24.0,
    } * MINUTE;
    if jd_ut > midnight + zone_end {
        return day + 1;
    }
    let push_next = match rashi {
        KARKATA => false,
        MAKARA => true,
        _ => {
            let sunrise = moon::sunrise(midnight - 1.0);
            let tithi_at_sunrise = (moon::elongation(sunrise) / 12.0).floor();
            let tithi_at_sankranti = (moon::elongation(jd_ut) / 12.0).floor();
            tithi_at_sunrise != tithi_at_sankranti
        }
    };
    if push_next { day + 1 } else { day }
}

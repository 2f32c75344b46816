//! The time written as `created`: now, or `SOURCE_DATE_EPOCH` when set (reproducible output
//! for pipelines and tests), as an RFC 3339 UTC timestamp.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::model::Timestamp;

/// Seconds since 1970 from `SOURCE_DATE_EPOCH`, else from the system clock.
fn epoch_seconds() -> u64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        })
}

/// `seconds` after 1970-01-01T00:00:00Z as `YYYY-MM-DDTHH:MM:SSZ` (proleptic Gregorian,
/// Howard Hinnant's days-to-civil algorithm).
pub fn format_utc(seconds: u64) -> String {
    let days = seconds / 86_400;
    let rest = seconds % 86_400;
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3_600,
        rest % 3_600 / 60,
        rest % 60
    )
}

/// The timestamp for this run.
pub fn now() -> Timestamp {
    Timestamp::parse(&format_utc(epoch_seconds())).unwrap_or_else(Timestamp::epoch)
}

#[cfg(test)]
mod tests {
    use super::format_utc;

    #[test]
    fn formats_known_instants() {
        struct Case {
            seconds: u64,
            want: &'static str,
        }
        let cases = [
            Case {
                seconds: 0,
                want: "1970-01-01T00:00:00Z",
            },
            Case {
                seconds: 951_782_400,
                want: "2000-02-29T00:00:00Z",
            },
            Case {
                seconds: 1_796_558_400,
                want: "2026-12-06T12:00:00Z",
            },
            Case {
                seconds: 4_107_542_399,
                want: "2100-02-28T23:59:59Z",
            },
        ];
        for case in cases {
            assert_eq!(format_utc(case.seconds), case.want, "{}", case.seconds);
        }
    }
}

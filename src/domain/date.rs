//! A calendar date without time zone, stored as "YYYY-MM-DD".
//!
//! Small and dependency-free on purpose: the app only needs calendar days (deadlines,
//! meeting dates), and a date crate would add weight to what a phone downloads.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A valid day in the proleptic Gregorian calendar, years 1900–2999.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form YYYY-MM-DD.
    Format,
    /// The form is right but the day does not exist (e.g. 2026-02-30).
    NoSuchDay,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => write!(f, "expected a date as YYYY-MM-DD"),
            DateError::NoSuchDay => write!(f, "that day does not exist"),
        }
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The first supported day, 1900-01-01 (a stand-in when a clock gives nonsense).
    pub const MIN: Date = Date {
        year: 1900,
        month: 1,
        day: 1,
    };

    /// The date, if that day exists in the supported range.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1900..=2999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses "YYYY-MM-DD" (the format of HTML date inputs).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::Format);
        }
        let num = |range: std::ops::Range<usize>| -> i32 {
            text[range]
                .bytes()
                .fold(0, |n, b| n * 10 + i32::from(b - b'0'))
        };
        let (year, month, day) = (num(0..4), num(5..7), num(8..10));
        Date::new(year, month as u8, day as u8).ok_or(DateError::NoSuchDay)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's civil algorithm.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day of the week: 0 is Monday, 6 is Sunday (1970-01-01 was a Thursday).
    pub fn weekday(self) -> u8 {
        (self.to_days() + 3).rem_euclid(7) as u8
    }

    /// The date that many days after 1970-01-01, if it is in the supported range.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month, day)
    }

    /// This date moved by `days` (negative moves back); saturates at the range ends.
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days).unwrap_or(if days < 0 {
            Date {
                year: 1900,
                month: 1,
                day: 1,
            }
        } else {
            Date {
                year: 2999,
                month: 12,
                day: 31,
            }
        })
    }

    /// This date moved by whole calendar months; a day that does not exist in the target
    /// month becomes that month's last day (31 January + 1 month = 28/29 February).
    pub fn add_months(self, months: i32) -> Date {
        let index = self.year * 12 + i32::from(self.month) - 1 + months;
        let year = index.div_euclid(12).clamp(1900, 2999);
        let month = (index.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.to_days() - self.to_days()
    }

    /// The calendar day in Amsterdam at `ms` milliseconds since 1970 (UTC): UTC+1, and UTC+2
    /// from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October
    /// (the EU rule). A moment the family recorded (a letter sent at 00:30) belongs to the day
    /// they saw on their phone, not to the UTC day before it.
    pub fn in_amsterdam(ms: i64) -> Option<Date> {
        const HOUR: i64 = 3_600_000;
        let utc = Date::from_days(ms.div_euclid(24 * HOUR))?;
        // The last Sunday of a month whose 31st exists (day 0, 1 January 1970, was a Thursday).
        let last_sunday = |month: u8| {
            let last = Date::new(utc.year, month, 31).unwrap_or(utc).to_days();
            last - (last + 4).rem_euclid(7)
        };
        let summer = (last_sunday(3) * 24 + 1) * HOUR..(last_sunday(10) * 24 + 1) * HOUR;
        let offset = if summer.contains(&ms) { 2 } else { 1 };
        Date::from_days((ms + offset * HOUR).div_euclid(24 * HOUR))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(|e| serde::de::Error::custom(format!("{e}: \"{text}\"")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn parses_and_prints_round_trip() {
        assert_eq!(d("2026-11-28").to_string(), "2026-11-28");
        assert_eq!(d("2024-02-29").day(), 29);
    }

    #[test]
    fn refuses_bad_shapes_and_missing_days() {
        for bad in [
            "",
            "2026-1-28",
            "28-11-2026",
            "2026/11/28",
            "2026-11-28x",
            "２026-11-28",
        ] {
            assert_eq!(Date::parse(bad), Err(DateError::Format), "{bad}");
        }
        for missing in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "1899-12-31",
        ] {
            assert_eq!(Date::parse(missing), Err(DateError::NoSuchDay), "{missing}");
        }
    }

    #[test]
    fn day_numbers_agree_with_known_dates() {
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2000-03-01").to_days(), 11_017);
        for text in [
            "1900-01-01",
            "1999-12-31",
            "2024-02-29",
            "2026-11-28",
            "2999-12-31",
        ] {
            assert_eq!(Date::from_days(d(text).to_days()), Some(d(text)));
        }
    }

    #[test]
    fn adds_days_across_months_and_years() {
        assert_eq!(d("2026-12-30").add_days(3), d("2027-01-02"));
        assert_eq!(d("2024-02-28").add_days(1), d("2024-02-29"));
        assert_eq!(d("2026-03-01").add_days(-1), d("2026-02-28"));
        assert_eq!(d("2026-11-28").days_until(d("2026-12-12")), 14);
    }

    #[test]
    fn adds_months_clamping_to_month_end() {
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2024-01-31").add_months(1), d("2024-02-29"));
        assert_eq!(d("2026-11-15").add_months(3), d("2027-02-15"));
        assert_eq!(d("2026-03-31").add_months(-1), d("2026-02-28"));
    }

    #[test]
    fn the_amsterdam_day_changes_at_local_midnight_in_winter_summer_and_on_leap_days() {
        const HOUR: i64 = 3_600_000;
        let utc = |text: &str, hour: i64, minute: i64| {
            d(text).to_days() * 24 * HOUR + hour * HOUR + minute * 60_000
        };
        let day = |ms: i64| Date::in_amsterdam(ms).unwrap();
        // Winter (UTC+1): 23:00 UTC is midnight; a leap day begins and ends on time.
        assert_eq!(day(utc("2028-02-28", 22, 59)), d("2028-02-28"));
        assert_eq!(day(utc("2028-02-28", 23, 0)), d("2028-02-29"));
        assert_eq!(day(utc("2028-02-29", 23, 0) - 1), d("2028-02-29"));
        assert_eq!(day(utc("2028-02-29", 23, 0)), d("2028-03-01"));
        assert_eq!(day(utc("2026-12-31", 23, 30)), d("2027-01-01"));
        // Summer (UTC+2): 22:00 UTC is midnight, also at a month end.
        assert_eq!(day(utc("2027-06-30", 21, 59)), d("2027-06-30"));
        assert_eq!(day(utc("2027-06-30", 22, 0)), d("2027-07-01"));
        // The switches: last Sunday of March 2027 is the 28th, of October the 31st.
        assert_eq!(day(utc("2027-03-27", 22, 30)), d("2027-03-27"));
        assert_eq!(day(utc("2027-03-28", 22, 30)), d("2027-03-29"));
        assert_eq!(day(utc("2027-10-30", 22, 30)), d("2027-10-31"));
        assert_eq!(day(utc("2027-10-31", 22, 30)), d("2027-10-31"));
        assert_eq!(day(utc("2027-10-31", 23, 0)), d("2027-11-01"));
        // 2028: 26 March and 29 October.
        assert_eq!(day(utc("2028-03-26", 0, 59)), d("2028-03-26"));
        assert_eq!(day(utc("2028-03-26", 22, 0)), d("2028-03-27"));
        assert_eq!(day(utc("2028-10-28", 22, 0)), d("2028-10-29"));
        assert_eq!(day(utc("2028-10-29", 22, 0)), d("2028-10-29"));
        // Outside the supported years there is no day.
        assert_eq!(
            Date::in_amsterdam(d("1900-01-01").to_days() * 24 * HOUR - 2 * HOUR),
            None
        );
    }

    #[test]
    fn serialises_as_text() {
        let json = serde_json::to_string(&d("2026-05-04")).unwrap();
        assert_eq!(json, "\"2026-05-04\"");
        let back: Result<Date, _> = serde_json::from_str("\"2026-02-30\"");
        assert!(back.unwrap_err().to_string().contains("does not exist"));
    }

    #[test]
    fn weekdays_fall_where_the_calendar_has_them() {
        assert_eq!(d("1970-01-01").weekday(), 3, "a Thursday");
        assert_eq!(d("2026-12-12").weekday(), 5, "a Saturday");
        assert_eq!(d("2026-11-30").weekday(), 0, "a Monday");
        assert_eq!(d("2024-02-29").weekday(), 3, "a Thursday");
        assert_eq!(d("1969-12-31").weekday(), 2, "a Wednesday, before 1970");
    }
}

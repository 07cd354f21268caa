use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A proleptic Gregorian calendar date (no time, no zone), as event data uses it.
///
/// Parsed from `YYYY-MM-DD`, `YYYYMMDD` (PETRARCH and TABARI), or the date part of an
/// RFC 3339 timestamp (`2013-11-14T09:30:00Z`). Ordered chronologically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2013.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of month, 1–31.
    pub day: u8,
}

impl Date {
    /// Builds a date, checking that the day exists in that month.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-MM` (first of month), `YYYY` (1 January) or an
    /// RFC 3339 timestamp (its date part). Surrounding whitespace is ignored.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) && !part.is_empty() {
                part.parse().ok()
            } else {
                None
            }
        };
        if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
            if b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ') {
                return None;
            }
            return Date::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8);
        }
        if b.len() == 8 {
            return Date::new(num(0..4)? as i32, num(4..6)? as u8, num(6..8)? as u8);
        }
        if b.len() == 7 && b[4] == b'-' {
            return Date::new(num(0..4)? as i32, num(5..7)? as u8, 1);
        }
        if b.len() == 4 {
            return Date::new(num(0..4)? as i32, 1, 1);
        }
        None
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        Date {
            year: (y + if m <= 2 { 1 } else { 0 }) as i32,
            month: m,
            day: d,
        }
    }

    /// Compact `YYYYMMDD` form, as PETRARCH and Phoenix write dates.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Date, String> {
        Date::parse(s).ok_or_else(|| format!("not a date: {s:?} (expected YYYY-MM-DD)"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not a date: {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_news_uses() {
        let d = Date::new(2013, 11, 14).unwrap();
        assert_eq!(Date::parse("2013-11-14"), Some(d));
        assert_eq!(Date::parse("20131114"), Some(d));
        assert_eq!(Date::parse(" 2013-11-14T09:30:00+01:00 "), Some(d));
        assert_eq!(Date::parse("2013-02-29"), None);
        assert_eq!(Date::parse("2012-02-29"), Date::new(2012, 2, 29));
        assert_eq!(Date::parse("2013-11-14x"), None);
        assert_eq!(Date::parse("yesterday"), None);
        assert_eq!(Date::parse("2013-1é-14"), None);
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
        for days in (-800_000..800_000).step_by(997) {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
        assert!(Date::new(2012, 6, 10).unwrap() < Date::new(2013, 1, 1).unwrap());
    }
}

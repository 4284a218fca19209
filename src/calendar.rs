//! Calendar arithmetic on proleptic Gregorian dates (days since 1970-01-01), enough for resolving
//! relative dates against a publication date.

use std::fmt;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Ymd {
    /// A valid date, or None ("30/2/2020" is None).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Ymd> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Ymd { year, month, day })
    }

    /// Parses `YYYY-MM-DD` or `YYYYMMDD`.
    pub fn parse(s: &str) -> Option<Ymd> {
        let s = s.trim();
        let digits: String = s.chars().filter(|c| *c != '-').collect();
        if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if s.contains('-') && (s.len() != 10 || &s[4..5] != "-" || &s[7..8] != "-") {
            return None;
        }
        Ymd::new(digits[..4].parse().ok()?, digits[4..6].parse().ok()?, digits[6..].parse().ok()?)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Ymd {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Ymd { year, month, day }
    }

    /// This date plus `n` days.
    pub fn add_days(self, n: i64) -> Ymd {
        Ymd::from_days(self.to_days() + n)
    }

    /// ISO week-numbering year and week (1..=53): the week containing the date's Thursday.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = Ymd { year: thursday.year, month: 1, day: 1 };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u32)
    }

    /// This date moved by `n` months, the day clamped to the target month ("31/1" + 1 → "28/2").
    pub fn add_months(self, n: i64) -> Ymd {
        let idx = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        let year = idx.div_euclid(12) as i32;
        let month = (idx.rem_euclid(12) + 1) as u32;
        Ymd { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        ((self.to_days() + 3).rem_euclid(7) + 1) as u32
    }
}

impl fmt::Display for Ymd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Days in a month of a year.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_weekday() {
        let d = Ymd::parse("20210426").unwrap();
        assert_eq!(d.to_string(), "2021-04-26");
        assert_eq!(d.weekday(), 1); // a Monday
        assert_eq!(d.add_days(-1).to_string(), "2021-04-25");
        assert_eq!(Ymd::parse("2020-03-01").unwrap().add_days(-1).to_string(), "2020-02-29");
        for n in [-800_000i64, -1, 0, 59, 10_000, 20_000] {
            assert_eq!(Ymd::from_days(n).to_days(), n);
        }
        assert_eq!(Ymd::parse("2021-02-30"), None);
        assert_eq!(Ymd::parse("2021-0226"), None);
        assert_eq!(Ymd::parse("2022-10-12").unwrap().iso_week(), (2022, 41));
        assert_eq!(Ymd::parse("2021-01-03").unwrap().iso_week(), (2020, 53));
        assert_eq!(Ymd::parse("2019-12-30").unwrap().iso_week(), (2020, 1));
        assert_eq!(Ymd::parse("2021-01-31").unwrap().add_months(1).to_string(), "2021-02-28");
        assert_eq!(Ymd::parse("2021-01-15").unwrap().add_months(-1).to_string(), "2020-12-15");
    }
}

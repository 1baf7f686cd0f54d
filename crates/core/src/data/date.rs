//! Dates known to a year, a month or a day ("2018", "2018-09", "2018-04-17").
//! Parsing rejects impossible dates; nothing here guesses a missing month or day.

#[cfg(feature = "serde")]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date with the precision the source gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: u16,
    /// 1–12, or 0 when only the year is known.
    pub month: u8,
    /// 1–31, or 0 when the day is not known.
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the message says what is wrong.
    pub fn parse(text: &str) -> Result<PartialDate, String> {
        let bad = || format!("`{text}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        let mut parts = text.split('-');
        let year = parts.next().ok_or_else(bad)?;
        let month = parts.next();
        let day = parts.next();
        if parts.next().is_some() {
            return Err(bad());
        }
        let number = |s: &str, width: usize| -> Result<u16, String> {
            if s.len() == width && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse::<u16>().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = number(year, 4)?;
        if !(1900..=2100).contains(&year) {
            return Err(format!("`{text}`: year {year} is outside 1900–2100"));
        }
        let month = match month {
            None => 0,
            Some(m) => {
                let m = number(m, 2)? as u8;
                if !(1..=12).contains(&m) {
                    return Err(format!("`{text}`: month {m} does not exist"));
                }
                m
            }
        };
        let day = match day {
            None => 0,
            Some(d) => {
                let d = number(d, 2)? as u8;
                if d == 0 || d > days_in_month(year, month) {
                    return Err(format!("`{text}`: day {d} does not exist in that month"));
                }
                d
            }
        };
        Ok(PartialDate { year, month, day })
    }

    /// The last day the date can stand for, as (year, month, day): "2018" ends on 2018-12-31.
    pub fn latest_day(&self) -> (u16, u8, u8) {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 {
            days_in_month(self.year, month)
        } else {
            self.day
        };
        (self.year, month, day)
    }

    /// "17 April 2018", "April 2018" or "2018": the precision the data has, no more.
    pub fn long(&self) -> String {
        match (self.month, self.day) {
            (0, _) => format!("{}", self.year),
            (m, 0) => format!("{} {}", MONTHS[usize::from(m - 1)], self.year),
            (m, d) => format!("{} {} {}", d, MONTHS[usize::from(m - 1)], self.year),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if self.month != 0 {
            write!(f, "-{:02}", self.month)?;
        }
        if self.day != 0 {
            write!(f, "-{:02}", self.day)?;
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date string YYYY, YYYY-MM or YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PartialDate, E> {
                PartialDate::parse(v).map_err(E::custom)
            }
        }
        d.deserialize_str(Visitor)
    }
}

/// In a dataset file, a date is text of the precision its source gives.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "description": "A date known to a year, a month or a day (YYYY, YYYY-MM or YYYY-MM-DD), as precise as its source and no more: a real calendar date, in the years 1900 to 2100."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::PartialDate;

    #[test]
    fn parses_each_precision_and_prints_it_back() {
        for text in ["2018", "2018-09", "2018-04-17", "2024-02-29"] {
            assert_eq!(PartialDate::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(
            PartialDate::parse("2018-04-17").unwrap().long(),
            "17 April 2018"
        );
        assert_eq!(PartialDate::parse("2018-04").unwrap().long(), "April 2018");
        assert_eq!(PartialDate::parse("2019").unwrap().long(), "2019");
    }

    #[test]
    fn rejects_impossible_dates_and_wrong_shapes() {
        for text in [
            "",
            "18",
            "2018-4",
            "2018-13",
            "2018-00",
            "2018-02-30",
            "2023-02-29",
            "2018-04-17-1",
            "2018/04/17",
            "١٩٩٩",
            "2018-04-1x",
            "3000",
        ] {
            assert!(
                PartialDate::parse(text).is_err(),
                "{text:?} should be rejected"
            );
        }
    }
}

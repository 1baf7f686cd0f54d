//! Figures drawn from the dataset for the charts: the reported growth of the Accord, how many
//! dataset records had joined by each date, and counts by country, region, sector and status.
//! Pure computation; the charts only draw what these return.

use super::{CountQualifier, Dataset, PartialDate};

/// A count the Accord or a source reported on a date.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportedPoint {
    pub date: PartialDate,
    pub value: u32,
    pub qualifier: CountQualifier,
    /// The milestone that reports it (for its sources).
    pub milestone: usize,
}

/// The reported signatory counts over time, in date order (undated reports are left out).
pub fn reported_growth(d: &Dataset) -> Vec<ReportedPoint> {
    let mut out: Vec<ReportedPoint> = d
        .milestones
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let r = m.reported_signatories.as_ref()?;
            Some(ReportedPoint {
                date: m.date?,
                value: r.value,
                qualifier: r.qualifier,
                milestone: i,
            })
        })
        .collect();
    crate::sort::sort_by_key(&mut out, |p| (p.date.latest_day(), p.milestone));
    out
}

/// How many dataset signatories had joined by each known join date (a step per date), and how
/// many have no known join date and so cannot be placed.
pub fn dataset_growth(d: &Dataset) -> (Vec<(PartialDate, usize)>, usize) {
    let mut dates: Vec<PartialDate> = d.signatories.iter().filter_map(|s| s.joined).collect();
    crate::sort::sort_by_key(&mut dates, |j| j.latest_day());
    let mut steps: Vec<(PartialDate, usize)> = Vec::new();
    for (i, date) in dates.iter().enumerate() {
        match steps.last_mut() {
            Some(last) if last.0 == *date => last.1 = i + 1,
            _ => steps.push((*date, i + 1)),
        }
    }
    let unknown = d.signatories.len() - dates.len();
    (steps, unknown)
}

/// A date as a fractional year for plotting, at the middle of what it stands for.
pub fn year_fraction(date: PartialDate) -> f64 {
    let month = if date.month == 0 {
        6.5
    } else {
        f64::from(date.month) - 0.5
    };
    let month = if date.day == 0 {
        month
    } else {
        f64::from(date.month) - 1.0 + f64::from(date.day) / 31.0
    };
    f64::from(date.year) + month / 12.0
}

/// (filter value, label, count) sorted by count then label; "unknown" last.
pub type Tally = Vec<(String, String, usize)>;

fn tally(items: impl Iterator<Item = (String, String)>) -> Tally {
    // Equal keys side by side, counted run by run (a sorted Vec, not a BTreeMap: the shared sort
    // is already in the wasm, a map's code would not be).
    let mut keys: Vec<(String, String)> = items.collect();
    crate::sort::sort(&mut keys);
    let mut out: Tally = Vec::new();
    for (v, l) in keys {
        match out.last_mut() {
            Some(last) if last.0 == v && last.1 == l => last.2 += 1,
            _ => out.push((v, l, 1)),
        }
    }
    crate::sort::sort_by(&mut out, |a, b| {
        (a.0 == "unknown")
            .cmp(&(b.0 == "unknown"))
            .then(b.2.cmp(&a.2))
            .then(a.1.cmp(&b.1))
    });
    out
}

pub fn by_country(d: &Dataset) -> Tally {
    tally(
        d.signatories
            .iter()
            .map(|s| match (&s.country, s.country_name()) {
                (Some(c), Some(n)) => (c.to_string(), n.to_owned()),
                _ => ("unknown".into(), "Unknown".into()),
            }),
    )
}

pub fn by_region(d: &Dataset) -> Tally {
    tally(d.signatories.iter().map(|s| match s.region() {
        Some(r) => (r.key().to_owned(), r.label().to_owned()),
        None => ("unknown".into(), "Unknown".into()),
    }))
}

pub fn by_sector(d: &Dataset) -> Tally {
    tally(
        d.signatories
            .iter()
            .map(|s| (s.sector.key().to_owned(), s.sector.label().to_owned())),
    )
}

pub fn by_status(d: &Dataset) -> Tally {
    tally(d.signatories.iter().map(|s| {
        (
            s.status_kind.key().to_owned(),
            s.status_kind.key().to_owned(),
        )
    }))
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::*;

    #[test]
    fn growth_follows_the_sourced_counts() {
        let d = crate::data::testdata();
        let r = reported_growth(d);
        let values: Vec<u32> = r.iter().map(|p| p.value).collect();
        assert_eq!(&values[..4], &[34, 44, 61, 79]);
        assert!(r
            .windows(2)
            .all(|w| w[0].date.latest_day() <= w[1].date.latest_day()));
        let (steps, unknown) = dataset_growth(d);
        assert_eq!(steps.first().map(|s| s.1), Some(34));
        assert_eq!(steps.last().map(|s| s.1), Some(42 - unknown));
        assert_eq!(unknown, 6);
    }

    #[test]
    fn tallies_add_up_to_the_dataset() {
        let d = crate::data::testdata();
        for t in [by_country(d), by_region(d), by_sector(d), by_status(d)] {
            assert_eq!(t.iter().map(|x| x.2).sum::<usize>(), 42);
        }
        assert_eq!(by_country(d)[0].0, "US");
    }
}

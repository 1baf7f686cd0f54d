//! The open data the build publishes beside the pages (host only; the prerenderer writes it):
//! the whole dataset as a dataset file, its JSON Schema (generated from the model), every
//! signatory as a CSV table, and an Atom feed of the milestones. All of it is made from the
//! dataset baked into this build; nothing is kept by hand. Where the files go is
//! `pages::open_data`.
//!
//! The feed's links are absolute when the build knows the site's URL (`ACCORD_SITE_URL`), and
//! relative to the feed otherwise, which Atom allows and readers resolve against the feed's own
//! address. Its ids never depend on the URL: each is a name-based UUID (RFC 9562, version 5) of
//! the milestone's id, so moving the site does not make old entries look new.

use std::path::Path;

use sha1::{Digest, Sha1};

use crate::data::{self, Dataset, Milestone, PartialDate};
use crate::pages::{open_data, SITE_NAME};
use crate::prerender::Site;
use crate::state::View;

/// The namespace of the feed's name-based UUIDs: chosen once for Accord Explorer, never changed.
const UUID_NAMESPACE: [u8; 16] = [
    0x66, 0xba, 0xe8, 0x0b, 0x42, 0xf2, 0x41, 0xc9, 0x8e, 0x2c, 0x14, 0xc6, 0x81, 0xa9, 0xc8, 0x88,
];

/// Writes every open data file into `dir` (a built app), after checking that the dataset file
/// reads back, through the app's own reader and checks, as this very dataset. Returns each file
/// written, with its size in bytes.
pub fn write_all(
    dir: &Path,
    d: &Dataset,
    site: &Site,
) -> Result<Vec<(&'static str, usize)>, String> {
    let dataset = data::to_bundle(d);
    match data::load_bundle(open_data::DATASET, &dataset) {
        Ok(read) if read == *d => {}
        Ok(_) => return Err("the dataset file does not read back as the dataset".into()),
        Err(problems) => {
            let problems: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            return Err(format!(
                "the dataset file does not read back: {}",
                problems.join("; ")
            ));
        }
    }
    let files = [
        (open_data::DATASET, dataset),
        (open_data::SCHEMA, data::schema::dataset_schema()),
        (open_data::SIGNATORIES, data::export::signatories_csv(d)),
        (open_data::FEED, feed(d, site)),
    ];
    let mut written = Vec::new();
    for (name, text) in files {
        if text.is_empty() {
            return Err(format!("{name} came out empty"));
        }
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, &text)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push((name, text.len()));
    }
    Ok(written)
}

/// The Atom feed (RFC 4287) of the milestones, newest first, each entry with its title, date,
/// summary, page and sources.
pub fn feed(d: &Dataset, site: &Site) -> String {
    let mut milestones: Vec<&Milestone> = d.milestones.iter().collect();
    crate::sort::sort_by(&mut milestones, |a, b| updated(b, d).cmp(&updated(a, d)));
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xml:lang=\"en\">\n",
    );
    out.push_str(&format!(
        "  <id>urn:uuid:{}</id>\n  <title>{}</title>\n  <subtitle>{}</subtitle>\n",
        uuid_v5("feed"),
        xml(open_data::FEED_TITLE),
        xml(&format!(
            "What happened in the Accord's history, each event with its sources, from {SITE_NAME} \
             ({}). The data was last checked on {}.",
            d.coverage_line(),
            d.meta.last_checked.long()
        )),
    ));
    out.push_str(&format!(
        "  <updated>{}</updated>\n",
        timestamp(d.meta.last_checked)
    ));
    out.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        xml(&site.url(open_data::FEED))
    ));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml(&site.url(""))
    ));
    out.push_str(&format!("  <author><name>{SITE_NAME}</name></author>\n"));
    for m in milestones {
        out.push_str(&entry(d, m, site));
    }
    out.push_str("</feed>\n");
    out
}

/// One milestone's entry.
fn entry(d: &Dataset, m: &Milestone, site: &Site) -> String {
    let citations: Vec<String> = m
        .sources
        .iter()
        .map(|u| {
            d.source(u)
                .map(|s| s.citation())
                .unwrap_or_else(|| u.to_string())
        })
        .collect();
    let when = m
        .date
        .map(|date| date.long())
        .unwrap_or_else(|| "Date unknown".to_owned());
    let summary = format!(
        "{when}. {}\n\nSources: {}.",
        m.summary.trim_end(),
        citations.join("; ")
    );
    let mut out = format!(
        "  <entry>\n    <id>urn:uuid:{}</id>\n    <title>{}</title>\n    <updated>{}</updated>\n",
        uuid_v5(&format!("milestone/{}", m.id)),
        xml(&m.title),
        timestamp(updated(m, d)),
    );
    // The date as precise as the data has it (Atom's own dates always name a day and a time).
    if let Some(date) = m.date {
        out.push_str(&format!("    <dc:date>{date}</dc:date>\n"));
    }
    out.push_str(&format!(
        "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml(&site.url(&View::Milestone(m.id.to_string()).path()))
    ));
    out.push_str(&format!(
        "    <category term=\"{}\"/>\n",
        xml(m.kind.label())
    ));
    out.push_str(&format!(
        "    <summary type=\"text\">{}</summary>\n",
        xml(&summary)
    ));
    for (url, citation) in m.sources.iter().zip(&citations) {
        out.push_str(&format!(
            "    <link rel=\"related\" href=\"{}\" title=\"{}\"/>\n",
            xml(url),
            xml(citation)
        ));
    }
    out.push_str("  </entry>\n");
    out
}

/// The date an entry gives: the milestone's date, or, for an undated one, the day the data was
/// last checked (when the entry last changed, which is what Atom's `updated` means).
fn updated(m: &Milestone, d: &Dataset) -> PartialDate {
    m.date.unwrap_or(d.meta.last_checked)
}

/// An Atom date (RFC 3339) for a date: midnight UTC of its first day, since Atom needs a day
/// and a time even where the data knows only the month or the year.
fn timestamp(d: PartialDate) -> String {
    format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        d.year,
        d.month.max(1),
        d.day.max(1)
    )
}

/// Text for XML, in an element or a quoted attribute: markup escaped, and the characters XML 1.0
/// cannot hold (control characters but tab and line breaks) left out.
fn xml(text: &str) -> String {
    let allowed: String = text
        .chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || !(c.is_control() || c == '\u{fffe}' || c == '\u{ffff}')
        })
        .collect();
    html_escape::encode_double_quoted_attribute(&allowed).into_owned()
}

/// A name-based UUID (version 5, SHA-1) in Accord Explorer's namespace, as text.
fn uuid_v5(name: &str) -> String {
    let mut hash = Sha1::new();
    hash.update(UUID_NAMESPACE);
    hash.update(name.as_bytes());
    let digest = hash.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_name_based_uuids_of_the_milestone() {
        // As Python's uuid.uuid5(UUID("66bae80b-42f2-41c9-8e2c-14c681a9c888"), name) gives them.
        assert_eq!(uuid_v5("feed"), "bae6121b-1802-5855-a455-442f3f7f68d5");
        assert_eq!(
            uuid_v5("milestone/2018-04-17-launch-34-companies-sign-the"),
            "f2767ae8-dc42-5a7b-9563-1bee68b826a9"
        );
    }

    #[test]
    fn every_milestone_is_an_entry_with_its_page_date_and_sources() {
        let d = data::builtin();
        let site = Site::new(Some("https://example.org/accord")).unwrap();
        let feed = feed(d, &site);
        assert_eq!(feed.matches("<entry>").count(), d.milestones.len());
        assert!(feed.contains(r#"<link rel="self" type="application/atom+xml" href="https://example.org/accord/feed.xml"/>"#));
        let launch = d
            .milestone("2018-04-17-launch-34-companies-sign-the")
            .unwrap();
        let start = feed
            .find(&format!("<title>{}</title>", xml(&launch.title)))
            .unwrap();
        let entry = &feed[start..start + feed[start..].find("</entry>").unwrap()];
        assert!(
            entry.contains("<updated>2018-04-17T00:00:00Z</updated>"),
            "{entry}"
        );
        assert!(entry.contains("<dc:date>2018-04-17</dc:date>"));
        assert!(entry.contains(r#"href="https://example.org/accord/milestone/2018-04-17-launch-34-companies-sign-the/""#));
        assert!(entry.contains("<summary type=\"text\">17 April 2018. 34 technology"));
        assert_eq!(
            entry.matches("rel=\"related\"").count(),
            launch.sources.len()
        );
        let undated = d.milestones.iter().find(|m| m.date.is_none()).unwrap();
        let start = feed
            .find(&format!("<title>{}</title>", xml(&undated.title)))
            .unwrap();
        let entry = &feed[start..start + feed[start..].find("</entry>").unwrap()];
        assert!(entry.contains(&format!(
            "<updated>{}</updated>",
            timestamp(d.meta.last_checked)
        )));
        assert!(entry.contains("Date unknown. "));
        assert!(!entry.contains("<dc:date>"));
    }

    #[test]
    fn without_a_site_url_links_are_relative_to_the_feed_and_ids_the_same() {
        let d = data::builtin();
        let relative = feed(d, &Site::default());
        let absolute = feed(d, &Site::new(Some("https://example.org/")).unwrap());
        assert!(relative.contains(r#"href="milestone/2018-04-17-launch-34-companies-sign-the/""#));
        assert!(
            relative.contains(r#"<link rel="self" type="application/atom+xml" href="feed.xml"/>"#)
        );
        let ids = |f: &str| {
            f.lines()
                .filter(|l| l.contains("<id>"))
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&relative), ids(&absolute));
        let mut unique = ids(&relative);
        unique.dedup();
        assert_eq!(unique.len(), d.milestones.len() + 1);
    }

    #[test]
    fn text_is_escaped_and_dates_are_full() {
        assert_eq!(
            xml("a & <b> \"c\"\u{1}\n"),
            "a &amp; &lt;b&gt; &quot;c&quot;\n"
        );
        let date = |t: &str| timestamp(PartialDate::parse(t).unwrap());
        assert_eq!(date("2018"), "2018-01-01T00:00:00Z");
        assert_eq!(date("2018-11"), "2018-11-01T00:00:00Z");
        assert_eq!(date("2018-11-12"), "2018-11-12T00:00:00Z");
    }

    #[test]
    fn the_files_are_written_and_the_dataset_reads_back() {
        let dir = std::env::temp_dir().join(format!("accord-open-data-{}", std::process::id()));
        let written = write_all(&dir, data::builtin(), &Site::default()).unwrap();
        assert_eq!(written.len(), 4);
        let text = std::fs::read_to_string(dir.join(open_data::DATASET)).unwrap();
        assert_eq!(
            data::load_bundle("x.json", &text).as_ref(),
            Ok(data::builtin())
        );
        assert!(dir.join(open_data::FEED).is_file());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

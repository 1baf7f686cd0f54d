//! Rows that are web addresses: "https://www.cisco.com/", "cisco.com", "www.nokia.com/en",
//! "sales@cisco.com". What is compared is the host without scheme, user, `www.`, port or path.

/// The host a row names when the row is one web address, domain or e-mail address (no spaces),
/// lowercased and without a leading `www.`; `None` for anything else.
///
/// Without a scheme, a `www.` or an `@`, the row must look like a domain: at least two dot-separated
/// labels of letters, digits and hyphens, the last of two or more letters. So "Inc." and "S.A."
/// are not domains, "salesforce.com" is.
pub(crate) fn host_of(row: &str) -> Option<String> {
    let row = row.trim();
    if row.is_empty() || row.chars().any(char::is_whitespace) {
        return None;
    }
    let lower = row.to_lowercase();
    let mut rest = lower.as_str();
    let mut marked = false;
    if let Some(i) = rest.find("://") {
        let scheme = &rest[..i];
        if scheme.is_empty()
            || !scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        {
            return None;
        }
        rest = &rest[i + 3..];
        marked = true;
    } else if let Some(r) = rest.strip_prefix("//") {
        rest = r;
        marked = true;
    }
    // The host ends at the path, query or fragment.
    if let Some(i) = rest.find(['/', '?', '#']) {
        rest = &rest[..i];
    }
    // A user (or the name of an e-mail address) comes before the host.
    if let Some(i) = rest.rfind('@') {
        rest = &rest[i + 1..];
        marked = true;
    }
    // A port comes after it.
    if let Some(i) = rest.find(':') {
        if !rest[i + 1..].chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        rest = &rest[..i];
    }
    let rest = rest.strip_suffix('.').unwrap_or(rest);
    let rest = match rest.strip_prefix("www.") {
        Some(r) => {
            marked = true;
            r
        }
        None => rest,
    };
    let labels: Vec<&str> = rest.split('.').collect();
    let well_formed = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'));
    let last = labels.last().copied().unwrap_or("");
    let tld_ok = last.chars().count() >= 2 && last.chars().all(char::is_alphabetic);
    (well_formed && (tld_ok || (marked && !last.is_empty()))).then(|| rest.to_string())
}

/// True when `host` is `site` or one of its subdomains (`investor.cisco.com` is `cisco.com`'s).
pub(crate) fn same_site(host: &str, site: &str) -> bool {
    host == site
        || host
            .strip_suffix(site)
            .is_some_and(|sub| sub.ends_with('.'))
}

/// The label that names the owner of a host: `telefonica` for `www.telefonica.es`, `bt` for
/// `bt.co.uk` (a country's second-level domain such as `co.uk` is skipped).
pub(crate) fn owner_label(host: &str) -> &str {
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    if n >= 3
        && labels[n - 1].len() == 2
        && ["co", "com", "net", "org", "ac", "gov", "ne", "or", "gv"].contains(&labels[n - 2])
    {
        labels[n - 3]
    } else if n >= 2 {
        labels[n - 2]
    } else {
        host
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_give_their_host() {
        for (row, host) in [
            ("https://www.cisco.com/", Some("cisco.com")),
            ("cisco.com", Some("cisco.com")),
            ("www.nokia.com/en", Some("nokia.com")),
            ("HTTP://WWW.CISCO.COM:8080/x?y#z", Some("cisco.com")),
            ("sales@cisco.com", Some("cisco.com")),
            (
                "https://user@investor.cisco.com",
                Some("investor.cisco.com"),
            ),
            ("  salesforce.com  ", Some("salesforce.com")),
            ("bt.com.", Some("bt.com")),
            ("http://localhost", None),
            ("Inc.", None),
            ("S.A.", None),
            ("U.S.A", None),
            ("Cisco Systems, Inc.", None),
            ("cisco", None),
            ("://cisco.com", None),
            ("cisco.com:abc", None),
            ("", None),
        ] {
            assert_eq!(host_of(row).as_deref(), host, "{row}");
        }
    }

    #[test]
    fn subdomains_are_the_same_site_and_lookalikes_are_not() {
        assert!(same_site("cisco.com", "cisco.com"));
        assert!(same_site("investor.cisco.com", "cisco.com"));
        assert!(!same_site("notcisco.com", "cisco.com"));
        assert!(!same_site("cisco.com.evil.net", "cisco.com"));
    }

    #[test]
    fn the_owner_label_skips_country_second_levels() {
        assert_eq!(owner_label("telefonica.es"), "telefonica");
        assert_eq!(owner_label("bt.co.uk"), "bt");
        assert_eq!(owner_label("shop.nokia.com"), "nokia");
        assert_eq!(owner_label("com"), "com");
    }
}

//! ISO 3166-1 countries with their UN M49 region, for names, flags and the region filter.
//! The table is generated from the `keshvar` crate (a dev-dependency): `tests/countries_table.rs`
//! fails when it drifts and rewrites it with `UPDATE_COUNTRIES=1 cargo test --test countries_table`.

/// The five UN M49 regions used for filtering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    Africa,
    Americas,
    Asia,
    Europe,
    Oceania,
}

impl Region {
    pub const ALL: [Region; 5] = [
        Region::Africa,
        Region::Americas,
        Region::Asia,
        Region::Europe,
        Region::Oceania,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Region::Africa => "africa",
            Region::Americas => "americas",
            Region::Asia => "asia",
            Region::Europe => "europe",
            Region::Oceania => "oceania",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Region::Africa => "Africa",
            Region::Americas => "Americas",
            Region::Asia => "Asia",
            Region::Europe => "Europe",
            Region::Oceania => "Oceania",
        }
    }
    pub fn from_key(key: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    /// The English name people use ("United Kingdom", "South Korea").
    pub name: &'static str,
    /// The ISO 3166-1 short name, where it differs from `name` ("United Kingdom of Great Britain
    /// and Northern Ireland").
    pub iso_name: Option<&'static str>,
    /// None for places outside the five regions (Antarctica).
    pub region: Option<Region>,
}

/// Codes ISO 3166 reserves for a country beside its own: "UK" for the United Kingdom (GB).
/// Filters accept them; data uses the country's own code.
pub const RESERVED: [(&str, &str); 1] = [("UK", "GB")];

/// The country's own code for a reserved one ("UK" → "GB"), else the code itself.
pub fn canonical_code(code: &str) -> &str {
    RESERVED
        .iter()
        .find(|(r, _)| *r == code)
        .map_or(code, |(_, c)| c)
}

/// Looks up an alpha-2 code, exactly as written (upper case).
pub fn lookup(code: &str) -> Option<&'static Country> {
    COUNTRIES
        .binary_search_by(|c| c.code.cmp(code))
        .ok()
        .map(|i| &COUNTRIES[i])
}

/// The flag emoji of an alpha-2 code (two regional indicator symbols), or "" for a bad code.
pub fn flag(code: &str) -> String {
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return String::new();
    }
    code.bytes()
        .filter_map(|b| char::from_u32(0x1F1E6 + u32::from(b - b'A')))
        .collect()
}

/// Every country, sorted by code.
#[rustfmt::skip]
pub static COUNTRIES: &[Country] = &[
    // BEGIN GENERATED
    Country { code: "AD", name: "Andorra", iso_name: None, region: Some(Region::Europe) },
    Country { code: "AE", name: "United Arab Emirates", iso_name: None, region: Some(Region::Asia) },
    Country { code: "AF", name: "Afghanistan", iso_name: None, region: Some(Region::Asia) },
    Country { code: "AG", name: "Antigua and Barbuda", iso_name: None, region: Some(Region::Americas) },
    Country { code: "AI", name: "Anguilla", iso_name: None, region: Some(Region::Americas) },
    Country { code: "AL", name: "Albania", iso_name: None, region: Some(Region::Europe) },
    Country { code: "AM", name: "Armenia", iso_name: None, region: Some(Region::Asia) },
    Country { code: "AO", name: "Angola", iso_name: None, region: Some(Region::Africa) },
    Country { code: "AQ", name: "Antarctica", iso_name: None, region: None },
    Country { code: "AR", name: "Argentina", iso_name: None, region: Some(Region::Americas) },
    Country { code: "AS", name: "American Samoa", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "AT", name: "Austria", iso_name: None, region: Some(Region::Europe) },
    Country { code: "AU", name: "Australia", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "AW", name: "Aruba", iso_name: None, region: Some(Region::Americas) },
    Country { code: "AX", name: "Åland Islands", iso_name: None, region: Some(Region::Europe) },
    Country { code: "AZ", name: "Azerbaijan", iso_name: None, region: Some(Region::Asia) },
    Country { code: "BA", name: "Bosnia and Herzegovina", iso_name: None, region: Some(Region::Europe) },
    Country { code: "BB", name: "Barbados", iso_name: None, region: Some(Region::Americas) },
    Country { code: "BD", name: "Bangladesh", iso_name: None, region: Some(Region::Asia) },
    Country { code: "BE", name: "Belgium", iso_name: None, region: Some(Region::Europe) },
    Country { code: "BF", name: "Burkina Faso", iso_name: None, region: Some(Region::Africa) },
    Country { code: "BG", name: "Bulgaria", iso_name: None, region: Some(Region::Europe) },
    Country { code: "BH", name: "Bahrain", iso_name: None, region: Some(Region::Asia) },
    Country { code: "BI", name: "Burundi", iso_name: None, region: Some(Region::Africa) },
    Country { code: "BJ", name: "Benin", iso_name: None, region: Some(Region::Africa) },
    Country { code: "BL", name: "Saint Barthélemy", iso_name: None, region: Some(Region::Americas) },
    Country { code: "BM", name: "Bermuda", iso_name: None, region: Some(Region::Americas) },
    Country { code: "BN", name: "Brunei Darussalam", iso_name: None, region: Some(Region::Asia) },
    Country { code: "BO", name: "Bolivia", iso_name: Some("Bolivia (Plurinational State of)"), region: Some(Region::Americas) },
    Country { code: "BQ", name: "Bonaire, Sint Eustatius and Saba", iso_name: None, region: Some(Region::Americas) },
    Country { code: "BR", name: "Brazil", iso_name: None, region: Some(Region::Americas) },
    Country { code: "BS", name: "Bahamas", iso_name: None, region: Some(Region::Americas) },
    Country { code: "BT", name: "Bhutan", iso_name: None, region: Some(Region::Asia) },
    Country { code: "BV", name: "Bouvet Island", iso_name: None, region: None },
    Country { code: "BW", name: "Botswana", iso_name: None, region: Some(Region::Africa) },
    Country { code: "BY", name: "Belarus", iso_name: None, region: Some(Region::Europe) },
    Country { code: "BZ", name: "Belize", iso_name: None, region: Some(Region::Americas) },
    Country { code: "CA", name: "Canada", iso_name: None, region: Some(Region::Americas) },
    Country { code: "CC", name: "Cocos (Keeling) Islands", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "CD", name: "Congo, The Democratic Republic of the", iso_name: Some("Congo (Democratic Republic of the)"), region: Some(Region::Africa) },
    Country { code: "CF", name: "Central African Republic", iso_name: None, region: Some(Region::Africa) },
    Country { code: "CG", name: "Congo", iso_name: None, region: Some(Region::Africa) },
    Country { code: "CH", name: "Switzerland", iso_name: None, region: Some(Region::Europe) },
    Country { code: "CI", name: "Côte d'Ivoire", iso_name: None, region: Some(Region::Africa) },
    Country { code: "CK", name: "Cook Islands", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "CL", name: "Chile", iso_name: None, region: Some(Region::Americas) },
    Country { code: "CM", name: "Cameroon", iso_name: None, region: Some(Region::Africa) },
    Country { code: "CN", name: "China", iso_name: None, region: Some(Region::Asia) },
    Country { code: "CO", name: "Colombia", iso_name: None, region: Some(Region::Americas) },
    Country { code: "CR", name: "Costa Rica", iso_name: None, region: Some(Region::Americas) },
    Country { code: "CU", name: "Cuba", iso_name: None, region: Some(Region::Americas) },
    Country { code: "CV", name: "Cabo Verde", iso_name: None, region: Some(Region::Africa) },
    Country { code: "CW", name: "Curaçao", iso_name: None, region: Some(Region::Americas) },
    Country { code: "CX", name: "Christmas Island", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "CY", name: "Cyprus", iso_name: None, region: Some(Region::Asia) },
    Country { code: "CZ", name: "Czechia", iso_name: None, region: Some(Region::Europe) },
    Country { code: "DE", name: "Germany", iso_name: None, region: Some(Region::Europe) },
    Country { code: "DJ", name: "Djibouti", iso_name: None, region: Some(Region::Africa) },
    Country { code: "DK", name: "Denmark", iso_name: None, region: Some(Region::Europe) },
    Country { code: "DM", name: "Dominica", iso_name: None, region: Some(Region::Americas) },
    Country { code: "DO", name: "Dominican Republic", iso_name: None, region: Some(Region::Americas) },
    Country { code: "DZ", name: "Algeria", iso_name: None, region: Some(Region::Africa) },
    Country { code: "EC", name: "Ecuador", iso_name: None, region: Some(Region::Americas) },
    Country { code: "EE", name: "Estonia", iso_name: None, region: Some(Region::Europe) },
    Country { code: "EG", name: "Egypt", iso_name: None, region: Some(Region::Africa) },
    Country { code: "EH", name: "Western Sahara", iso_name: None, region: Some(Region::Africa) },
    Country { code: "ER", name: "Eritrea", iso_name: None, region: Some(Region::Africa) },
    Country { code: "ES", name: "Spain", iso_name: None, region: Some(Region::Europe) },
    Country { code: "ET", name: "Ethiopia", iso_name: None, region: Some(Region::Africa) },
    Country { code: "FI", name: "Finland", iso_name: None, region: Some(Region::Europe) },
    Country { code: "FJ", name: "Fiji", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "FK", name: "Falkland Islands (Malvinas)", iso_name: None, region: Some(Region::Americas) },
    Country { code: "FM", name: "Micronesia, Federated States of", iso_name: Some("Micronesia (Federated States of)"), region: Some(Region::Oceania) },
    Country { code: "FO", name: "Faroe Islands", iso_name: None, region: Some(Region::Europe) },
    Country { code: "FR", name: "France", iso_name: None, region: Some(Region::Europe) },
    Country { code: "GA", name: "Gabon", iso_name: None, region: Some(Region::Africa) },
    Country { code: "GB", name: "United Kingdom", iso_name: Some("United Kingdom of Great Britain and Northern Ireland"), region: Some(Region::Europe) },
    Country { code: "GD", name: "Grenada", iso_name: None, region: Some(Region::Americas) },
    Country { code: "GE", name: "Georgia", iso_name: None, region: Some(Region::Asia) },
    Country { code: "GF", name: "French Guiana", iso_name: None, region: Some(Region::Americas) },
    Country { code: "GG", name: "Guernsey", iso_name: None, region: Some(Region::Europe) },
    Country { code: "GH", name: "Ghana", iso_name: None, region: Some(Region::Africa) },
    Country { code: "GI", name: "Gibraltar", iso_name: None, region: Some(Region::Europe) },
    Country { code: "GL", name: "Greenland", iso_name: None, region: Some(Region::Americas) },
    Country { code: "GM", name: "Gambia", iso_name: None, region: Some(Region::Africa) },
    Country { code: "GN", name: "Guinea", iso_name: None, region: Some(Region::Africa) },
    Country { code: "GP", name: "Guadeloupe", iso_name: None, region: Some(Region::Americas) },
    Country { code: "GQ", name: "Equatorial Guinea", iso_name: None, region: Some(Region::Africa) },
    Country { code: "GR", name: "Greece", iso_name: None, region: Some(Region::Europe) },
    Country { code: "GS", name: "South Georgia and the South Sandwich Islands", iso_name: None, region: Some(Region::Americas) },
    Country { code: "GT", name: "Guatemala", iso_name: None, region: Some(Region::Americas) },
    Country { code: "GU", name: "Guam", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "GW", name: "Guinea-Bissau", iso_name: None, region: Some(Region::Africa) },
    Country { code: "GY", name: "Guyana", iso_name: None, region: Some(Region::Americas) },
    Country { code: "HK", name: "Hong Kong", iso_name: None, region: Some(Region::Asia) },
    Country { code: "HM", name: "Heard Island and McDonald Islands", iso_name: None, region: None },
    Country { code: "HN", name: "Honduras", iso_name: None, region: Some(Region::Americas) },
    Country { code: "HR", name: "Croatia", iso_name: None, region: Some(Region::Europe) },
    Country { code: "HT", name: "Haiti", iso_name: None, region: Some(Region::Americas) },
    Country { code: "HU", name: "Hungary", iso_name: None, region: Some(Region::Europe) },
    Country { code: "ID", name: "Indonesia", iso_name: None, region: Some(Region::Asia) },
    Country { code: "IE", name: "Ireland", iso_name: None, region: Some(Region::Europe) },
    Country { code: "IL", name: "Israel", iso_name: None, region: Some(Region::Asia) },
    Country { code: "IM", name: "Isle of Man", iso_name: None, region: Some(Region::Europe) },
    Country { code: "IN", name: "India", iso_name: None, region: Some(Region::Asia) },
    Country { code: "IO", name: "British Indian Ocean Territory", iso_name: None, region: Some(Region::Africa) },
    Country { code: "IQ", name: "Iraq", iso_name: None, region: Some(Region::Asia) },
    Country { code: "IR", name: "Iran", iso_name: Some("Iran (Islamic Republic of)"), region: Some(Region::Asia) },
    Country { code: "IS", name: "Iceland", iso_name: None, region: Some(Region::Europe) },
    Country { code: "IT", name: "Italy", iso_name: None, region: Some(Region::Europe) },
    Country { code: "JE", name: "Jersey", iso_name: None, region: Some(Region::Europe) },
    Country { code: "JM", name: "Jamaica", iso_name: None, region: Some(Region::Americas) },
    Country { code: "JO", name: "Jordan", iso_name: None, region: Some(Region::Asia) },
    Country { code: "JP", name: "Japan", iso_name: None, region: Some(Region::Asia) },
    Country { code: "KE", name: "Kenya", iso_name: None, region: Some(Region::Africa) },
    Country { code: "KG", name: "Kyrgyzstan", iso_name: None, region: Some(Region::Asia) },
    Country { code: "KH", name: "Cambodia", iso_name: None, region: Some(Region::Asia) },
    Country { code: "KI", name: "Kiribati", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "KM", name: "Comoros", iso_name: None, region: Some(Region::Africa) },
    Country { code: "KN", name: "Saint Kitts and Nevis", iso_name: None, region: Some(Region::Americas) },
    Country { code: "KP", name: "North Korea", iso_name: Some("Korea (Democratic People's Republic of)"), region: Some(Region::Asia) },
    Country { code: "KR", name: "South Korea", iso_name: Some("Korea (Republic of)"), region: Some(Region::Asia) },
    Country { code: "KW", name: "Kuwait", iso_name: None, region: Some(Region::Asia) },
    Country { code: "KY", name: "Cayman Islands", iso_name: None, region: Some(Region::Americas) },
    Country { code: "KZ", name: "Kazakhstan", iso_name: None, region: Some(Region::Asia) },
    Country { code: "LA", name: "Lao People's Democratic Republic", iso_name: None, region: Some(Region::Asia) },
    Country { code: "LB", name: "Lebanon", iso_name: None, region: Some(Region::Asia) },
    Country { code: "LC", name: "Saint Lucia", iso_name: None, region: Some(Region::Americas) },
    Country { code: "LI", name: "Liechtenstein", iso_name: None, region: Some(Region::Europe) },
    Country { code: "LK", name: "Sri Lanka", iso_name: None, region: Some(Region::Asia) },
    Country { code: "LR", name: "Liberia", iso_name: None, region: Some(Region::Africa) },
    Country { code: "LS", name: "Lesotho", iso_name: None, region: Some(Region::Africa) },
    Country { code: "LT", name: "Lithuania", iso_name: None, region: Some(Region::Europe) },
    Country { code: "LU", name: "Luxembourg", iso_name: None, region: Some(Region::Europe) },
    Country { code: "LV", name: "Latvia", iso_name: None, region: Some(Region::Europe) },
    Country { code: "LY", name: "Libya", iso_name: None, region: Some(Region::Africa) },
    Country { code: "MA", name: "Morocco", iso_name: None, region: Some(Region::Africa) },
    Country { code: "MC", name: "Monaco", iso_name: None, region: Some(Region::Europe) },
    Country { code: "MD", name: "Moldova", iso_name: Some("Moldova (Republic of)"), region: Some(Region::Europe) },
    Country { code: "ME", name: "Montenegro", iso_name: None, region: Some(Region::Europe) },
    Country { code: "MF", name: "Saint Martin (French part)", iso_name: None, region: Some(Region::Americas) },
    Country { code: "MG", name: "Madagascar", iso_name: None, region: Some(Region::Africa) },
    Country { code: "MH", name: "Marshall Islands", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "MK", name: "North Macedonia", iso_name: None, region: Some(Region::Europe) },
    Country { code: "ML", name: "Mali", iso_name: None, region: Some(Region::Africa) },
    Country { code: "MM", name: "Myanmar", iso_name: None, region: Some(Region::Asia) },
    Country { code: "MN", name: "Mongolia", iso_name: None, region: Some(Region::Asia) },
    Country { code: "MO", name: "Macao", iso_name: None, region: Some(Region::Asia) },
    Country { code: "MP", name: "Northern Mariana Islands", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "MQ", name: "Martinique", iso_name: None, region: Some(Region::Americas) },
    Country { code: "MR", name: "Mauritania", iso_name: None, region: Some(Region::Africa) },
    Country { code: "MS", name: "Montserrat", iso_name: None, region: Some(Region::Americas) },
    Country { code: "MT", name: "Malta", iso_name: None, region: Some(Region::Europe) },
    Country { code: "MU", name: "Mauritius", iso_name: None, region: Some(Region::Africa) },
    Country { code: "MV", name: "Maldives", iso_name: None, region: Some(Region::Asia) },
    Country { code: "MW", name: "Malawi", iso_name: None, region: Some(Region::Africa) },
    Country { code: "MX", name: "Mexico", iso_name: None, region: Some(Region::Americas) },
    Country { code: "MY", name: "Malaysia", iso_name: None, region: Some(Region::Asia) },
    Country { code: "MZ", name: "Mozambique", iso_name: None, region: Some(Region::Africa) },
    Country { code: "NA", name: "Namibia", iso_name: None, region: Some(Region::Africa) },
    Country { code: "NC", name: "New Caledonia", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "NE", name: "Niger", iso_name: None, region: Some(Region::Africa) },
    Country { code: "NF", name: "Norfolk Island", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "NG", name: "Nigeria", iso_name: None, region: Some(Region::Africa) },
    Country { code: "NI", name: "Nicaragua", iso_name: None, region: Some(Region::Americas) },
    Country { code: "NL", name: "Netherlands", iso_name: None, region: Some(Region::Europe) },
    Country { code: "NO", name: "Norway", iso_name: None, region: Some(Region::Europe) },
    Country { code: "NP", name: "Nepal", iso_name: None, region: Some(Region::Asia) },
    Country { code: "NR", name: "Nauru", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "NU", name: "Niue", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "NZ", name: "New Zealand", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "OM", name: "Oman", iso_name: None, region: Some(Region::Asia) },
    Country { code: "PA", name: "Panama", iso_name: None, region: Some(Region::Americas) },
    Country { code: "PE", name: "Peru", iso_name: None, region: Some(Region::Americas) },
    Country { code: "PF", name: "French Polynesia", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "PG", name: "Papua New Guinea", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "PH", name: "Philippines", iso_name: None, region: Some(Region::Asia) },
    Country { code: "PK", name: "Pakistan", iso_name: None, region: Some(Region::Asia) },
    Country { code: "PL", name: "Poland", iso_name: None, region: Some(Region::Europe) },
    Country { code: "PM", name: "Saint Pierre and Miquelon", iso_name: None, region: Some(Region::Americas) },
    Country { code: "PN", name: "Pitcairn", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "PR", name: "Puerto Rico", iso_name: None, region: Some(Region::Americas) },
    Country { code: "PS", name: "Palestine, State of", iso_name: None, region: Some(Region::Asia) },
    Country { code: "PT", name: "Portugal", iso_name: None, region: Some(Region::Europe) },
    Country { code: "PW", name: "Palau", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "PY", name: "Paraguay", iso_name: None, region: Some(Region::Americas) },
    Country { code: "QA", name: "Qatar", iso_name: None, region: Some(Region::Asia) },
    Country { code: "RE", name: "Réunion", iso_name: None, region: Some(Region::Africa) },
    Country { code: "RO", name: "Romania", iso_name: None, region: Some(Region::Europe) },
    Country { code: "RS", name: "Serbia", iso_name: None, region: Some(Region::Europe) },
    Country { code: "RU", name: "Russian Federation", iso_name: None, region: Some(Region::Europe) },
    Country { code: "RW", name: "Rwanda", iso_name: None, region: Some(Region::Africa) },
    Country { code: "SA", name: "Saudi Arabia", iso_name: None, region: Some(Region::Asia) },
    Country { code: "SB", name: "Solomon Islands", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "SC", name: "Seychelles", iso_name: None, region: Some(Region::Africa) },
    Country { code: "SD", name: "Sudan", iso_name: None, region: Some(Region::Africa) },
    Country { code: "SE", name: "Sweden", iso_name: None, region: Some(Region::Europe) },
    Country { code: "SG", name: "Singapore", iso_name: None, region: Some(Region::Asia) },
    Country { code: "SH", name: "Saint Helena, Ascension and Tristan da Cunha", iso_name: None, region: Some(Region::Africa) },
    Country { code: "SI", name: "Slovenia", iso_name: None, region: Some(Region::Europe) },
    Country { code: "SJ", name: "Svalbard and Jan Mayen", iso_name: None, region: Some(Region::Europe) },
    Country { code: "SK", name: "Slovakia", iso_name: None, region: Some(Region::Europe) },
    Country { code: "SL", name: "Sierra Leone", iso_name: None, region: Some(Region::Africa) },
    Country { code: "SM", name: "San Marino", iso_name: None, region: Some(Region::Europe) },
    Country { code: "SN", name: "Senegal", iso_name: None, region: Some(Region::Africa) },
    Country { code: "SO", name: "Somalia", iso_name: None, region: Some(Region::Africa) },
    Country { code: "SR", name: "Suriname", iso_name: None, region: Some(Region::Americas) },
    Country { code: "SS", name: "South Sudan", iso_name: None, region: Some(Region::Africa) },
    Country { code: "ST", name: "Sao Tome and Principe", iso_name: None, region: Some(Region::Africa) },
    Country { code: "SV", name: "El Salvador", iso_name: None, region: Some(Region::Americas) },
    Country { code: "SX", name: "Sint Maarten (Dutch part)", iso_name: None, region: Some(Region::Americas) },
    Country { code: "SY", name: "Syrian Arab Republic", iso_name: None, region: Some(Region::Asia) },
    Country { code: "SZ", name: "Eswatini", iso_name: None, region: Some(Region::Africa) },
    Country { code: "TC", name: "Turks and Caicos Islands", iso_name: None, region: Some(Region::Americas) },
    Country { code: "TD", name: "Chad", iso_name: None, region: Some(Region::Africa) },
    Country { code: "TF", name: "French Southern Territories", iso_name: None, region: Some(Region::Africa) },
    Country { code: "TG", name: "Togo", iso_name: None, region: Some(Region::Africa) },
    Country { code: "TH", name: "Thailand", iso_name: None, region: Some(Region::Asia) },
    Country { code: "TJ", name: "Tajikistan", iso_name: None, region: Some(Region::Asia) },
    Country { code: "TK", name: "Tokelau", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "TL", name: "Timor-Leste", iso_name: None, region: Some(Region::Asia) },
    Country { code: "TM", name: "Turkmenistan", iso_name: None, region: Some(Region::Asia) },
    Country { code: "TN", name: "Tunisia", iso_name: None, region: Some(Region::Africa) },
    Country { code: "TO", name: "Tonga", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "TR", name: "Türkiye", iso_name: None, region: Some(Region::Asia) },
    Country { code: "TT", name: "Trinidad and Tobago", iso_name: None, region: Some(Region::Americas) },
    Country { code: "TV", name: "Tuvalu", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "TW", name: "Taiwan", iso_name: Some("Taiwan, Province of China"), region: Some(Region::Asia) },
    Country { code: "TZ", name: "Tanzania", iso_name: Some("Tanzania, United Republic of"), region: Some(Region::Africa) },
    Country { code: "UA", name: "Ukraine", iso_name: None, region: Some(Region::Europe) },
    Country { code: "UG", name: "Uganda", iso_name: None, region: Some(Region::Africa) },
    Country { code: "UM", name: "United States Minor Outlying Islands", iso_name: None, region: Some(Region::Americas) },
    Country { code: "US", name: "United States", iso_name: Some("United States of America"), region: Some(Region::Americas) },
    Country { code: "UY", name: "Uruguay", iso_name: None, region: Some(Region::Americas) },
    Country { code: "UZ", name: "Uzbekistan", iso_name: None, region: Some(Region::Asia) },
    Country { code: "VA", name: "Holy See (Vatican City State)", iso_name: Some("Holy See"), region: Some(Region::Europe) },
    Country { code: "VC", name: "Saint Vincent and the Grenadines", iso_name: None, region: Some(Region::Americas) },
    Country { code: "VE", name: "Venezuela", iso_name: Some("Venezuela (Bolivarian Republic of)"), region: Some(Region::Americas) },
    Country { code: "VG", name: "Virgin Islands, British", iso_name: Some("Virgin Islands (British)"), region: Some(Region::Americas) },
    Country { code: "VI", name: "Virgin Islands, U.S.", iso_name: Some("Virgin Islands (U.S.)"), region: Some(Region::Americas) },
    Country { code: "VN", name: "Vietnam", iso_name: Some("Viet Nam"), region: Some(Region::Asia) },
    Country { code: "VU", name: "Vanuatu", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "WF", name: "Wallis and Futuna", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "WS", name: "Samoa", iso_name: None, region: Some(Region::Oceania) },
    Country { code: "YE", name: "Yemen", iso_name: None, region: Some(Region::Asia) },
    Country { code: "YT", name: "Mayotte", iso_name: None, region: Some(Region::Africa) },
    Country { code: "ZA", name: "South Africa", iso_name: None, region: Some(Region::Africa) },
    Country { code: "ZM", name: "Zambia", iso_name: None, region: Some(Region::Africa) },
    Country { code: "ZW", name: "Zimbabwe", iso_name: None, region: Some(Region::Africa) },
// END GENERATED
];

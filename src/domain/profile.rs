//! The organisation profile: who to contact, where complaints go, and how an emergency-stop
//! request reaches the organisation. An organisation edits `public/organisation.json`; the
//! app reads it at start, so no rebuild is needed.

use super::json_path;
use serde::{Deserialize, Serialize};

/// The marker that says a JSON file is a Helder organisation profile.
pub const PROFILE_FORMAT: &str = "helder-organisation";

/// The profile format version this app writes and reads natively. Version 1 (one
/// `ombudsman` contact for everything) is still read and migrated (see `migrate_v1`).
pub const PROFILE_VERSION: u32 = 2;

/// A contact: every field may be empty when it is not known (the app then says so).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Contact {
    /// Name of the body or person.
    pub name: String,
    /// Phone number.
    pub phone: String,
    /// E-mail address.
    pub email: String,
    /// Postal address.
    pub address: String,
    /// A web page or web form.
    pub website: String,
}

/// How an emergency-stop request reaches the organisation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EmergencyChannels {
    /// Whether the organisation runs its own same-day emergency-stop procedure.
    pub offered: bool,
    /// An HTTPS address that takes a JSON POST (see the README for the payload).
    pub endpoint: String,
    /// An e-mail address.
    pub email: String,
    /// A number for text messages.
    pub sms: String,
    /// A number to call.
    pub phone: String,
    /// When someone answers, in plain words (e.g. "werkdagen 9–17 uur").
    pub hours: String,
}

/// The organisation profile (format version 2).
///
/// Which ombudsman a complaint can go to depends on the organisation it is about (Wet
/// Nationale ombudsman art. 1a, 11c): the Nationale ombudsman only covers public bodies (the
/// Raad voor de Kinderbescherming; a municipality without its own ombudsman); for
/// Jeugdbescherming and youth care it is the Kinderombudsman, and only about children's rights.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Always "helder-organisation".
    pub format: String,
    /// The profile's format version (2).
    pub version: u32,
    /// The organisation that deploys Helder.
    pub organisation: Contact,
    /// Its complaints commission.
    #[serde(default)]
    pub complaints_commission: Contact,
    /// The confidential adviser.
    #[serde(default)]
    pub confidential_adviser: Contact,
    /// The Kinderombudsman: for complaints about the organisation itself or youth care, and
    /// only about children's rights (Wet Nob art. 11c lid 1 sub b).
    #[serde(default)]
    pub children_ombudsman: Contact,
    /// The Nationale ombudsman: for complaints about the Raad voor de Kinderbescherming, or a
    /// municipality that has no ombudsman of its own (Wet Nob art. 1a).
    #[serde(default)]
    pub national_ombudsman: Contact,
    /// The municipality's own ombudsman, where it has one (Wet Nob art. 1a lid 1 sub b);
    /// empty when not verified.
    #[serde(default)]
    pub municipal_ombudsman: Contact,
    /// Emergency-stop channels.
    #[serde(default)]
    pub emergency_stop: EmergencyChannels,
    /// Where "quick exit" goes (a neutral site).
    #[serde(default)]
    pub quick_exit_url: String,
    /// What Helder assumed when it read an older format (never in the file).
    #[serde(skip)]
    pub assumed: Option<Assumption>,
}

/// What Helder assumed when it migrated a version 1 profile, so the screen can say so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Assumption {
    /// The single `ombudsman` (named here) was taken as the Nationale ombudsman: for the Raad
    /// and municipalities, not for Jeugdbescherming.
    OmbudsmanIsNational(String),
    /// The single `ombudsman` (named here) was taken as the Kinderombudsman.
    OmbudsmanIsChildren(String),
}

/// The version 1 profile: one `ombudsman` for every organisation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileV1 {
    format: String,
    #[allow(dead_code)]
    version: u32,
    organisation: Contact,
    #[serde(default)]
    complaints_commission: Contact,
    #[serde(default)]
    confidential_adviser: Contact,
    #[serde(default)]
    ombudsman: Contact,
    #[serde(default)]
    emergency_stop: EmergencyChannels,
    #[serde(default)]
    quick_exit_url: String,
}

/// Version 1 had one ombudsman. A name with "kinder" in it is taken as the Kinderombudsman;
/// anything else (the shipped v1 profile said "Nationale ombudsman") as the Nationale
/// ombudsman. The other one gets its name only: no contact details Helder has not checked.
fn migrate_v1(old: ProfileV1) -> Profile {
    let name = old.ombudsman.name.clone();
    let named = |name: &str| Contact {
        name: name.into(),
        ..Contact::default()
    };
    let children = name.to_lowercase().contains("kinder");
    let (children_ombudsman, national_ombudsman, assumed) = if children {
        (
            old.ombudsman,
            named("Nationale ombudsman"),
            Assumption::OmbudsmanIsChildren(name),
        )
    } else {
        (
            named("Kinderombudsman"),
            old.ombudsman,
            Assumption::OmbudsmanIsNational(name),
        )
    };
    Profile {
        format: old.format,
        version: PROFILE_VERSION,
        organisation: old.organisation,
        complaints_commission: old.complaints_commission,
        confidential_adviser: old.confidential_adviser,
        children_ombudsman,
        national_ombudsman,
        municipal_ombudsman: Contact::default(),
        emergency_stop: old.emergency_stop,
        quick_exit_url: old.quick_exit_url,
        assumed: Some(assumed),
    }
}

#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    version: u32,
}

/// What is wrong with a profile, naming the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileError {
    /// The field, e.g. "emergency_stop.endpoint" (empty for the file as a whole).
    pub field: String,
    /// What is wrong.
    pub reason: String,
}

/// The longest web address accepted (browsers and servers handle far more; a profile has
/// no reason to come near this).
pub const MAX_URL_LEN: usize = 2_000;

/// Characters that never belong in a web address as written in a profile: whitespace and
/// control characters, and the ones browsers repair silently (`\` becomes `/`) or that only
/// appear in broken or crafted addresses.
fn bad_url_char(c: char) -> bool {
    c.is_whitespace() || c.is_control() || "\\<>\"{}|^`".contains(c)
}

/// Whether `host` is a DNS name with at least one dot: labels of letters, digits and
/// hyphens (not at either end), 1–63 characters each, and a top-level part of letters.
pub fn is_dns_name(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && host.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Splits `scheme://authority/rest` into the host and the port (if any); `None` when the
/// authority holds a user name or password (`user@host`), an empty or malformed port, or
/// nothing at all.
fn host_and_port<'a>(url: &'a str, scheme: &str) -> Option<(&'a str, Option<u16>)> {
    let rest = url.strip_prefix(scheme)?.strip_prefix("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    // An IPv6 literal in brackets keeps its colons.
    let (host, port) = if let Some(inner) = authority.strip_prefix('[') {
        let close = inner.find(']')?;
        let after = &inner[close + 1..];
        (&authority[..close + 2], after)
    } else {
        match authority.find(':') {
            Some(i) => (&authority[..i], &authority[i..]),
            None => (authority, ""),
        }
    };
    let port = match port.strip_prefix(':') {
        None if port.is_empty() => None,
        None => return None,
        Some(p) => {
            if p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()) || p.len() > 5 {
                return None;
            }
            Some(p.parse::<u16>().ok().filter(|&n| n > 0)?)
        }
    };
    Some((host, port))
}

/// Why a web address in the profile is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// Not `https://`.
    NotHttps,
    /// Spaces, control characters or characters that do not belong in an address.
    BadCharacter,
    /// No real host name (`https://`, `https://x`, `https://a b.nl`, `https://user@host`).
    BadHost,
    /// Longer than `MAX_URL_LEN`.
    TooLong,
}

impl UrlProblem {
    /// What is wrong, in the words a profile error shows.
    pub fn reason(self) -> &'static str {
        match self {
            UrlProblem::NotHttps => "must start with https://",
            UrlProblem::BadCharacter => {
                "contains a space or a character that does not belong in a web address"
            }
            UrlProblem::BadHost => "has no valid host name (e.g. https://www.example.nl/)",
            UrlProblem::TooLong => "is too long",
        }
    }
}

/// Parses a web address strictly: `https://`, a DNS host name with a dot (no user name or
/// password, an optional port), no whitespace or stray characters, and a sane length.
/// What passes here is what `new URL()` in a browser reads the same way.
pub fn check_https_url(url: &str) -> Result<(), UrlProblem> {
    if url.len() > MAX_URL_LEN {
        return Err(UrlProblem::TooLong);
    }
    if url.chars().any(bad_url_char) {
        return Err(UrlProblem::BadCharacter);
    }
    let lower = url.get(..8).map(str::to_ascii_lowercase);
    if lower.as_deref() != Some("https://") || !url.starts_with("https://") {
        return Err(UrlProblem::NotHttps);
    }
    match host_and_port(url, "https") {
        Some((host, _)) if is_dns_name(host) => Ok(()),
        _ => Err(UrlProblem::BadHost),
    }
}

/// True for a web address `check_https_url` accepts.
pub fn is_https_url(url: &str) -> bool {
    check_https_url(url).is_ok()
}

/// Plain HTTP to this device only (a receiver for testing): exactly `127.0.0.1`,
/// `localhost` or `[::1]` as the host, no user name, an optional port.
fn is_loopback_http(url: &str) -> bool {
    !url.chars().any(bad_url_char)
        && url.len() <= MAX_URL_LEN
        && host_and_port(url, "http")
            .is_some_and(|(host, _)| matches!(host, "127.0.0.1" | "localhost" | "[::1]"))
}

/// Whether a URL may be used to send family data: HTTPS to a real host name, or, in a debug
/// build only (the browser tests' receiver), plain HTTP on this device.
pub fn is_safe_endpoint(url: &str) -> bool {
    is_https_url(url) || (cfg!(debug_assertions) && is_loopback_http(url))
}

/// Whether a text is an e-mail address that is safe to put in a `mailto:` link: one `@`, a
/// user part of letters, digits and `. _ + - '` only (so no `?`, `&`, `#`, `%`, `,`, `;`,
/// quotes, angle brackets, spaces or line breaks, which could add recipients or headers such
/// as `bcc=`), and a DNS host name with a dot.
pub fn looks_like_email(text: &str) -> bool {
    let mut parts = text.split('@');
    let (Some(user), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    text.len() <= 254
        && !user.is_empty()
        && user.len() <= 64
        && !user.starts_with('.')
        && !user.ends_with('.')
        && !user.contains("..")
        && user
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._+-'".contains(c))
        && is_dns_name(domain)
}

/// A rough check that a text can be a phone number: digits with spaces, dashes, brackets or
/// a leading plus, at least 3 digits (112) and at most 15.
pub fn looks_like_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || " -()".contains(c) || (c == '+' && i == 0));
    allowed && (3..=15).contains(&digits)
}

/// An optional web address: empty, or one `check_https_url` accepts.
fn check_url(url: &str) -> Result<(), UrlProblem> {
    if url.is_empty() {
        Ok(())
    } else {
        check_https_url(url)
    }
}

/// Reads a profile strictly; the error names the field that is wrong.
pub fn parse_profile(text: &str) -> Result<Profile, ProfileError> {
    let read_err = |(field, reason)| ProfileError { field, reason };
    // The version decides the shape; an unreadable file is reported by the strict read below.
    let version = serde_json::from_str::<Head>(text).map(|h| h.version).ok();
    let profile: Profile = if version == Some(1) {
        migrate_v1(json_path::read::<ProfileV1>(text).map_err(read_err)?)
    } else {
        json_path::read(text).map_err(read_err)?
    };
    let err = |field: &str, reason: &str| {
        Err(ProfileError {
            field: field.into(),
            reason: reason.into(),
        })
    };
    if profile.format != PROFILE_FORMAT {
        return err("format", "must be \"helder-organisation\"");
    }
    if profile.version != PROFILE_VERSION {
        return err("version", "this app reads versions 1 and 2");
    }
    if profile.organisation.name.trim().is_empty() {
        return err("organisation.name", "is empty");
    }
    let contacts = [
        ("organisation", &profile.organisation),
        ("complaints_commission", &profile.complaints_commission),
        ("confidential_adviser", &profile.confidential_adviser),
        ("children_ombudsman", &profile.children_ombudsman),
        ("national_ombudsman", &profile.national_ombudsman),
        ("municipal_ombudsman", &profile.municipal_ombudsman),
    ];
    for (name, c) in contacts {
        if !c.email.is_empty() && !looks_like_email(&c.email) {
            return err(&format!("{name}.email"), "is not an e-mail address");
        }
        if !c.phone.is_empty() && !looks_like_phone(&c.phone) {
            return err(&format!("{name}.phone"), "is not a phone number");
        }
        if let Err(problem) = check_url(&c.website) {
            return err(&format!("{name}.website"), problem.reason());
        }
    }
    let e = &profile.emergency_stop;
    if !e.endpoint.is_empty() && !is_safe_endpoint(&e.endpoint) {
        return err("emergency_stop.endpoint", "must be an https:// address");
    }
    if !e.email.is_empty() && !looks_like_email(&e.email) {
        return err("emergency_stop.email", "is not an e-mail address");
    }
    for (field, number) in [
        ("emergency_stop.sms", &e.sms),
        ("emergency_stop.phone", &e.phone),
    ] {
        if !number.is_empty() && !looks_like_phone(number) {
            return err(field, "is not a phone number");
        }
    }
    if let Err(problem) = check_url(&profile.quick_exit_url) {
        return err("quick_exit_url", problem.reason());
    }
    Ok(profile)
}

impl EmergencyChannels {
    /// Whether any channel is set.
    pub fn any(&self) -> bool {
        !(self.endpoint.is_empty()
            && self.email.is_empty()
            && self.sms.is_empty()
            && self.phone.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULT: &str = include_str!("../../public/organisation.json");

    #[test]
    fn the_shipped_profile_is_valid_and_states_only_verified_contacts() {
        let p = parse_profile(DEFAULT).unwrap();
        assert_eq!(p.version, 2);
        assert_eq!(p.assumed, None);
        assert_eq!(p.organisation.name, "Jeugdbescherming Regio Amsterdam");
        // Jeugdbescherming is a private foundation: its ombudsman is the Kinderombudsman
        // (Wet Nob 11c); the Nationale ombudsman is for the Raad (Wet Nob 1a).
        assert_eq!(p.children_ombudsman.name, "Kinderombudsman");
        assert_eq!(p.national_ombudsman.name, "Nationale ombudsman");
        assert_eq!(p.national_ombudsman.phone, "0800-33 55555");
        // Not verified: the Kinderombudsman's number, whether Amsterdam has its own ombudsman.
        assert!(p.children_ombudsman.phone.is_empty() && p.children_ombudsman.website.is_empty());
        assert_eq!(p.municipal_ombudsman, Contact::default());
        assert!(
            !p.emergency_stop.offered,
            "no emergency-stop procedure is verified"
        );
        assert!(
            p.confidential_adviser.phone.is_empty(),
            "Jeugdstem contacts are not verified"
        );
    }

    const V1: &str = r#"{
  "format": "helder-organisation",
  "version": 1,
  "organisation": { "name": "Jeugdbescherming Regio Amsterdam" },
  "ombudsman": { "name": "Nationale ombudsman", "phone": "0800-33 55555" },
  "emergency_stop": { "offered": false },
  "quick_exit_url": "https://www.buienradar.nl/"
}"#;

    #[test]
    fn a_version_1_profile_still_loads_and_says_what_was_assumed() {
        let p = parse_profile(V1).unwrap();
        assert_eq!(p.version, 2);
        assert_eq!(p.national_ombudsman.phone, "0800-33 55555");
        assert_eq!(p.children_ombudsman.name, "Kinderombudsman");
        assert!(p.children_ombudsman.phone.is_empty());
        assert_eq!(
            p.assumed,
            Some(Assumption::OmbudsmanIsNational(
                "Nationale ombudsman".into()
            ))
        );
        let kinder = V1.replace(
            "\"name\": \"Nationale ombudsman\", \"phone\": \"0800-33 55555\"",
            "\"name\": \"De Kinderombudsman\"",
        );
        let p = parse_profile(&kinder).unwrap();
        assert_eq!(p.children_ombudsman.name, "De Kinderombudsman");
        assert_eq!(p.national_ombudsman.name, "Nationale ombudsman");
        assert!(p.national_ombudsman.phone.is_empty());
        assert_eq!(
            p.assumed,
            Some(Assumption::OmbudsmanIsChildren("De Kinderombudsman".into()))
        );
        // Version 1 keeps its own strict shape: a version 2 field in it is an error.
        let mixed = V1.replace("\"ombudsman\"", "\"national_ombudsman\"");
        assert_eq!(
            parse_profile(&mixed).unwrap_err().field,
            "national_ombudsman"
        );
        // And a version 2 file with the old field is an error too, naming it.
        let old_field = DEFAULT.replace("\"national_ombudsman\"", "\"ombudsman\"");
        assert_eq!(parse_profile(&old_field).unwrap_err().field, "ombudsman");
        assert_eq!(
            parse_profile(&V1.replace("\"version\": 1", "\"version\": 3"))
                .unwrap_err()
                .field,
            "ombudsman"
        );
    }

    #[test]
    fn errors_name_the_field() {
        let wrong_type = DEFAULT.replace("\"offered\": false", "\"offered\": \"nee\"");
        assert_eq!(
            parse_profile(&wrong_type).unwrap_err().field,
            "emergency_stop.offered"
        );
        let unknown = DEFAULT.replace("\"hours\": \"\"", "\"hours\": \"\", \"fax\": \"1\"");
        assert_eq!(
            parse_profile(&unknown).unwrap_err().field,
            "emergency_stop.fax"
        );
        let plain_http = DEFAULT.replace(
            "\"endpoint\": \"\"",
            "\"endpoint\": \"http://example.org/stop\"",
        );
        assert_eq!(
            parse_profile(&plain_http).unwrap_err().field,
            "emergency_stop.endpoint"
        );
        let bad_mail = DEFAULT.replace(
            "\"email\": \"\",\n    \"sms\"",
            "\"email\": \"geen adres\",\n    \"sms\"",
        );
        assert_eq!(
            parse_profile(&bad_mail).unwrap_err().field,
            "emergency_stop.email"
        );
        assert_eq!(parse_profile("{").unwrap_err().field, "");
        assert_eq!(
            parse_profile("{\"format\":\"x\",\"version\":1,\"organisation\":{\"name\":\"A\"}}")
                .unwrap_err()
                .field,
            "format"
        );
    }

    #[test]
    fn endpoint_email_and_phone_checks() {
        assert!(is_safe_endpoint("https://noodstop.example.nl/api"));
        assert!(is_safe_endpoint("http://127.0.0.1:8092/noodstop"));
        assert!(!is_safe_endpoint("http://127.0.0.1.evil.nl/"));
        assert!(!is_safe_endpoint("https:///x"));
        assert!(looks_like_email("klachten@voorbeeld.nl"));
        assert!(!looks_like_email("klachten@voorbeeld"));
        assert!(!looks_like_email("a b@c.nl"));
        assert!(!is_safe_endpoint("http://localhost:80@evil.com/x"));
        assert!(!is_safe_endpoint("http://localhost@evil.com/"));
        assert!(!is_safe_endpoint("https://user@noodstop.example.nl/"));
        assert!(is_safe_endpoint("http://localhost/x"));
        assert!(is_safe_endpoint("http://[::1]:8080/x"));
        assert!(!is_safe_endpoint("http://localhost:/x"));
        assert!(!is_safe_endpoint("http://localhost:99999/x"));
        assert!(looks_like_phone("0800-33 55555"));
        assert!(looks_like_phone("+31 20 123 4567"));
        assert!(looks_like_phone("112"));
        assert!(!looks_like_phone("12"));
        assert!(!looks_like_phone("020-12a4567"));
    }

    #[test]
    fn web_addresses_are_parsed_strictly() {
        for good in [
            "https://www.buienradar.nl/",
            "https://www.nu.nl",
            "https://weer.example.nl:8443/pad?x=1#top",
            "https://xn--bcher-kva.example/",
        ] {
            assert_eq!(check_https_url(good), Ok(()), "{good}");
        }
        for (bad, problem) in [
            ("https://", UrlProblem::BadHost),
            ("https:///x", UrlProblem::BadHost),
            ("https://x", UrlProblem::BadHost),
            ("https://localhost/", UrlProblem::BadHost),
            ("https://:443/", UrlProblem::BadHost),
            ("https://www.nu.nl:/", UrlProblem::BadHost),
            ("https://user:pw@www.nu.nl/", UrlProblem::BadHost),
            ("https://-a.nl/", UrlProblem::BadHost),
            ("https://a..nl/", UrlProblem::BadHost),
            ("https://a.1/", UrlProblem::BadHost),
            ("https:// www.nu.nl", UrlProblem::BadCharacter),
            ("https://weer .nl", UrlProblem::BadCharacter),
            ("https://www.nu.nl/\n", UrlProblem::BadCharacter),
            ("https://www.nu.nl\\@evil.nl/", UrlProblem::BadCharacter),
            ("http://www.nu.nl/", UrlProblem::NotHttps),
            ("javascript:alert(1)", UrlProblem::NotHttps),
            ("HTTPS://www.nu.nl/", UrlProblem::NotHttps),
            ("www.nu.nl", UrlProblem::NotHttps),
        ] {
            assert_eq!(check_https_url(bad), Err(problem), "{bad}");
        }
        let long = format!("https://www.nu.nl/{}", "a".repeat(MAX_URL_LEN));
        assert_eq!(check_https_url(&long), Err(UrlProblem::TooLong));
    }

    #[test]
    fn a_wrong_quick_exit_url_or_website_is_named() {
        for bad in ["https://", "https://weer .nl", "https://x"] {
            let profile = DEFAULT.replace(
                "\"quick_exit_url\": \"https://www.buienradar.nl/\"",
                &format!(
                    "\"quick_exit_url\": {}",
                    serde_json::to_string(bad).unwrap()
                ),
            );
            assert_ne!(
                profile, DEFAULT,
                "the shipped profile names a quick-exit site"
            );
            assert_eq!(parse_profile(&profile).unwrap_err().field, "quick_exit_url");
        }
    }

    #[test]
    fn e_mail_addresses_cannot_carry_mailto_headers() {
        for good in [
            "klachten@voorbeeld.nl",
            "a.b+c@x.example.nl",
            "o'brien@x.nl",
        ] {
            assert!(looks_like_email(good), "{good}");
        }
        for bad in [
            "a@b.nl?bcc=x@evil.nl",
            "klachten@org.nl?bcc=x%40evil.nl&x=",
            "a@b.nl&cc=x@evil.nl",
            "a@b.nl\r\nBcc: x@evil.nl",
            "a@b.nl\nbcc",
            "a%40b@c.nl",
            "a,b@c.nl",
            "a;b@c.nl",
            "a#b@c.nl",
            "\"a\"@c.nl",
            "<a@c.nl>",
            "a@c.nl>",
            "a@@c.nl",
            "@c.nl",
            "a@c",
            "a@.c.nl",
            "a@c.nl.",
            ".a@c.nl",
            "a..b@c.nl",
            "a b@c.nl",
            "a@c .nl",
        ] {
            assert!(!looks_like_email(bad), "{bad:?}");
        }
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            /// Whatever is accepted as an e-mail address never holds a character that can end
            /// the address in a mailto link or start a header.
            #[test]
            fn accepted_addresses_hold_no_mailto_syntax(text in "\\PC{0,40}") {
                if looks_like_email(&text) {
                    prop_assert!(!text.contains(['?', '&', '#', '%', ',', ';', '<', '>', '"', '\r', '\n', ' ', '/', ':']));
                }
            }

            /// Whatever is accepted as a web address starts with https:// and has no
            /// whitespace and no user name.
            #[test]
            fn accepted_urls_are_https_without_userinfo(text in "(https://)?\\PC{0,40}") {
                if is_https_url(&text) {
                    prop_assert!(text.starts_with("https://"));
                    prop_assert!(!text.contains(char::is_whitespace));
                    let authority = text[8..].split(['/', '?', '#']).next().unwrap_or("");
                    prop_assert!(!authority.contains('@'));
                    prop_assert!(authority.contains('.'));
                }
            }
        }
    }
}

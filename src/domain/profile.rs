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

fn is_loopback_http(url: &str) -> bool {
    ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|p| {
            url.strip_prefix(p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
        })
}

/// Whether a URL may be used to send family data: HTTPS, or plain HTTP on this device only
/// (for testing).
pub fn is_safe_endpoint(url: &str) -> bool {
    let https = url
        .strip_prefix("https://")
        .is_some_and(|rest| rest.len() > 2 && !rest.starts_with('/'));
    https || is_loopback_http(url)
}

/// A rough check that a text can be an e-mail address.
pub fn looks_like_email(text: &str) -> bool {
    let mut parts = text.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(user), Some(domain), None)
        if !user.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
            && !text.contains(char::is_whitespace))
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
        if !c.website.is_empty() && !c.website.starts_with("https://") {
            return err(&format!("{name}.website"), "must start with https://");
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
    if !profile.quick_exit_url.is_empty() && !profile.quick_exit_url.starts_with("https://") {
        return err("quick_exit_url", "must start with https://");
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
        assert!(looks_like_phone("0800-33 55555"));
        assert!(looks_like_phone("+31 20 123 4567"));
        assert!(looks_like_phone("112"));
        assert!(!looks_like_phone("12"));
        assert!(!looks_like_phone("020-12a4567"));
    }
}

//! The organisation profile: who to contact, where complaints go, and how an emergency-stop
//! request reaches the organisation. An organisation edits `public/organisation.json`; the
//! app reads it at start, so no rebuild is needed.

use super::json_path;
use serde::{Deserialize, Serialize};

/// The marker that says a JSON file is a Helder organisation profile.
pub const PROFILE_FORMAT: &str = "helder-organisation";

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

/// The organisation profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Always "helder-organisation".
    pub format: String,
    /// The profile's format version (1).
    pub version: u32,
    /// The organisation that deploys Helder.
    pub organisation: Contact,
    /// Its complaints commission.
    #[serde(default)]
    pub complaints_commission: Contact,
    /// The confidential adviser.
    #[serde(default)]
    pub confidential_adviser: Contact,
    /// The ombudsman.
    #[serde(default)]
    pub ombudsman: Contact,
    /// Emergency-stop channels.
    #[serde(default)]
    pub emergency_stop: EmergencyChannels,
    /// Where "quick exit" goes (a neutral site).
    #[serde(default)]
    pub quick_exit_url: String,
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
    let profile: Profile =
        json_path::read(text).map_err(|(field, reason)| ProfileError { field, reason })?;
    let err = |field: &str, reason: &str| {
        Err(ProfileError {
            field: field.into(),
            reason: reason.into(),
        })
    };
    if profile.format != PROFILE_FORMAT {
        return err("format", "must be \"helder-organisation\"");
    }
    if profile.version != 1 {
        return err("version", "this app reads version 1");
    }
    if profile.organisation.name.trim().is_empty() {
        return err("organisation.name", "is empty");
    }
    let contacts = [
        ("organisation", &profile.organisation),
        ("complaints_commission", &profile.complaints_commission),
        ("confidential_adviser", &profile.confidential_adviser),
        ("ombudsman", &profile.ombudsman),
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
        assert_eq!(p.organisation.name, "Jeugdbescherming Regio Amsterdam");
        assert_eq!(p.ombudsman.phone, "0800-33 55555");
        assert!(
            !p.emergency_stop.offered,
            "no emergency-stop procedure is verified"
        );
        assert!(
            p.confidential_adviser.phone.is_empty(),
            "Jeugdstem contacts are not verified"
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

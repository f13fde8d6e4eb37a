//! Links that open the phone's own apps: `tel:`, `mailto:` and `sms:`. One builder for the
//! whole app, so that no name, address or text can add a header, a recipient or a command to
//! a link (a `?`, `&`, `%0A` or line break in someone's text stays text).
//!
//! Addresses and numbers are checked strictly; texts are percent-encoded byte by byte (only
//! the unreserved characters of RFC 3986 stay as they are; line breaks become `%0D%0A` as
//! RFC 6068 asks for mail bodies).

/// The longest e-mail address (RFC 5321 path limit).
const MAX_EMAIL: usize = 254;

/// Whether a text is a plain e-mail address: one `@`, a local part of letters, digits and
/// `.!$'*+-/=^_{|}~` (nothing that means something in a link: no `?&#%,;<>"` or spaces), and
/// a domain of at least two labels of letters, digits and inner hyphens.
pub fn is_strict_email(text: &str) -> bool {
    if text.len() > MAX_EMAIL || !text.is_ascii() {
        return false;
    }
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".!$'*+-/=^_{|}~".contains(c));
    // The domain follows the same rule as a web address's host in the profile.
    let domain_ok = super::profile::is_dns_name(domain);
    local_ok && domain_ok
}

/// A phone number for a link: digits with an optional leading `+` (spaces, dashes and
/// brackets dropped); `None` when the text is not a phone number (3 to 15 digits).
pub fn dial_string(number: &str) -> Option<String> {
    if !super::profile::looks_like_phone(number.trim()) {
        return None;
    }
    Some(
        number
            .trim()
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect(),
    )
}

/// Percent-encodes a text for a link's query: every byte except `A-Z a-z 0-9 - . _ ~`;
/// a line break (LF, CR LF or CR) becomes `%0D%0A`.
pub fn encode(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(normalised.len() * 3);
    for byte in normalised.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char)
            }
            b'\n' => out.push_str("%0D%0A"),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Why a link could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// No address or number to send to.
    NoRecipient,
    /// This address or number is not valid (as given).
    Malformed(String),
}

/// `tel:` for a number.
pub fn tel(number: &str) -> Result<String, LinkError> {
    dial_string(number)
        .map(|n| format!("tel:{n}"))
        .ok_or_else(|| LinkError::Malformed(number.to_string()))
}

/// `mailto:` to one or more addresses (one message to all), with a subject and a body.
pub fn mailto(to: &[&str], subject: &str, body: &str) -> Result<String, LinkError> {
    if to.is_empty() {
        return Err(LinkError::NoRecipient);
    }
    let mut list = Vec::with_capacity(to.len());
    for address in to {
        let address = address.trim();
        if !is_strict_email(address) {
            return Err(LinkError::Malformed(address.to_string()));
        }
        list.push(address);
    }
    Ok(format!(
        "mailto:{}?subject={}&body={}",
        list.join(","),
        encode(subject),
        encode(body)
    ))
}

/// `mailto:` to one address, nothing filled in (a contact's "e-mail" button).
pub fn mail_to(address: &str) -> Result<String, LinkError> {
    let address = address.trim();
    if address.is_empty() {
        return Err(LinkError::NoRecipient);
    }
    if !is_strict_email(address) {
        return Err(LinkError::Malformed(address.to_string()));
    }
    Ok(format!("mailto:{address}"))
}

/// `mailto:` with a subject and a body but no recipient: the family fills in the address.
pub fn mailto_unaddressed(subject: &str, body: &str) -> String {
    format!("mailto:?subject={}&body={}", encode(subject), encode(body))
}

/// `sms:` to one or more numbers with a text. The `?&body=` form is read by Android and by
/// iOS (which has used both `?` and `&` before `body`).
pub fn sms(to: &[&str], body: &str) -> Result<String, LinkError> {
    if to.is_empty() {
        return Err(LinkError::NoRecipient);
    }
    let mut list = Vec::with_capacity(to.len());
    for number in to {
        list.push(dial_string(number).ok_or_else(|| LinkError::Malformed(number.to_string()))?);
    }
    Ok(format!("sms:{}?&body={}", list.join(","), encode(body)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts a hostile or careless name or message could hold.
    const HOSTILE: [&str; 8] = [
        "Jan\r\nBcc: x@evil.nl",
        "a?cc=x@evil.nl&body=",
        "regel 1%0Aregel 2",
        "de Wit, Joost; \"Anouk\" <a@b.nl>",
        "#anker & 50% zeker",
        "tab\there",
        "Ünïcødé — ‘quotes’ 😀",
        "=?utf-8?q?x?=",
    ];

    /// Decodes what `encode` made (for the round trip).
    fn decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strict_addresses() {
        for good in [
            "j.dewit@voorbeeld.nl",
            "a+b@sub.voorbeeld.nl",
            "x_y-z@a-b.org",
        ] {
            assert!(is_strict_email(good), "{good}");
        }
        for bad in [
            "",
            "geen-apenstaart",
            "a@b",
            "a@@b.nl",
            "a@b@c.nl",
            "klachten@org.nl?bcc=x%40evil.nl&x=",
            "a b@c.nl",
            "a@c.nl\r\nBcc: x@evil.nl",
            "a,b@c.nl",
            "a;b@c.nl",
            "<a@c.nl>",
            "\"a\"@c.nl",
            "a@c.nl#x",
            "a@-c.nl",
            "a@c..nl",
            ".a@c.nl",
            "a@c.n1",
            "é@c.nl",
        ] {
            assert!(!is_strict_email(bad), "{bad:?} must be refused");
        }
        assert!(!is_strict_email(&format!("{}@c.nl", "a".repeat(65))));
    }

    #[test]
    fn encoding_keeps_every_text_inside_its_parameter() {
        for text in HOSTILE {
            let encoded = encode(text);
            assert!(
                encoded
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-._~%".contains(c)),
                "{encoded}"
            );
            assert_eq!(
                decode(&encoded),
                text.replace("\r\n", "\n").replace('\n', "\r\n")
            );
        }
        assert_eq!(encode("a b\nc"), "a%20b%0D%0Ac");
        assert_eq!(encode("%0A"), "%250A");
    }

    #[test]
    fn mailto_to_several_with_hostile_subject_and_body() {
        for text in HOSTILE {
            let link = mailto(
                &["j.dewit@voorbeeld.nl", " a.jansen@voorbeeld.nl"],
                text,
                text,
            )
            .unwrap();
            let (to, query) = link
                .strip_prefix("mailto:")
                .unwrap()
                .split_once('?')
                .unwrap();
            assert_eq!(to, "j.dewit@voorbeeld.nl,a.jansen@voorbeeld.nl");
            let params: Vec<&str> = query.split('&').collect();
            assert_eq!(params.len(), 2, "no extra header from {text:?}: {link}");
            assert!(params[0].starts_with("subject=") && params[1].starts_with("body="));
            assert!(!link.contains('\n') && !link.contains('\r') && !link.contains(' '));
        }
        assert_eq!(mailto(&[], "s", "b"), Err(LinkError::NoRecipient));
        assert_eq!(
            mailto(&["a@b.nl?bcc=x@evil.nl"], "s", "b"),
            Err(LinkError::Malformed("a@b.nl?bcc=x@evil.nl".into()))
        );
        let long = "woord ".repeat(2_000);
        let link = mailto(&["a@b.nl"], "s", &long).unwrap();
        assert_eq!(decode(link.split("body=").nth(1).unwrap()), long);
    }

    #[test]
    fn sms_and_tel_take_numbers_only() {
        assert_eq!(
            sms(
                &["06 1234 5678", "+31 (0)20-123 4567"],
                "Bel me & snel?\nNu"
            )
            .unwrap(),
            "sms:0612345678,+310201234567?&body=Bel%20me%20%26%20snel%3F%0D%0ANu"
        );
        assert_eq!(
            sms(&["06 12?body=x"], "t"),
            Err(LinkError::Malformed("06 12?body=x".into()))
        );
        assert_eq!(sms(&[], "t"), Err(LinkError::NoRecipient));
        assert_eq!(tel("020 000 0000").unwrap(), "tel:0200000000");
        assert!(tel("112;x=1").is_err());
        assert!(tel("").is_err());
        for text in HOSTILE {
            let link = sms(&["0612345678"], text).unwrap();
            assert_eq!(link.matches('?').count(), 1);
            assert_eq!(link.matches('&').count(), 1);
        }
    }

    #[test]
    fn a_plain_address_and_the_fixed_numbers() {
        assert_eq!(
            mail_to(" j.dewit@voorbeeld.nl ").unwrap(),
            "mailto:j.dewit@voorbeeld.nl"
        );
        assert_eq!(mail_to(""), Err(LinkError::NoRecipient));
        assert!(mail_to("a@c.nl?bcc=x@evil.nl").is_err());
        assert_eq!(
            mailto_unaddressed("Klacht", "a&b"),
            "mailto:?subject=Klacht&body=a%26b"
        );
        // The numbers the screens call without a profile: 112 and the Kindertelefoon.
        assert_eq!(tel("112").unwrap(), "tel:112");
        assert_eq!(tel("0800-0432").unwrap(), "tel:08000432");
        assert_eq!(tel("020 - 123 45 67").unwrap(), "tel:0201234567");
    }
}

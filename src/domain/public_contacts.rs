//! Independent help that is the same for every organisation: the Kindertelefoon and the
//! Kinderombudsman, and the public website of the confidential advisers and the Nationale
//! ombudsman for when the organisation profile leaves them empty.
//!
//! Only a way to reach them that is verified is shown. Without internet access on the day of
//! checking, a phone number found only in a secondary source is recorded here (with its
//! status) but never shown; the app shows the official website and says that the number
//! could not be checked. The list with the status of each fact is in docs/ux-review.md
//! ("Contacts").

use super::profile::Contact;

/// How far a contact fact is verified (as in the project's facts list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Read on an official page.
    Verified,
    /// Only a secondary source.
    Secondary,
}

/// A public body's contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PublicContact {
    /// Its name (a proper name, the same in every language).
    pub name: &'static str,
    /// Its official website.
    pub website: &'static str,
    /// A phone number and how far it is verified; shown only when verified.
    pub phone: Option<(&'static str, Status)>,
}

impl PublicContact {
    /// The phone number to show: only a verified one.
    pub fn shown_phone(&self) -> Option<&'static str> {
        match self.phone {
            Some((number, Status::Verified)) => Some(number),
            _ => None,
        }
    }

    /// Whether a number exists but is not shown because it is not verified.
    pub fn phone_unverified(&self) -> bool {
        matches!(self.phone, Some((_, Status::Secondary)))
    }

    /// As a contact card's contact (only verified parts).
    pub fn contact(&self) -> Contact {
        Contact {
            name: self.name.to_string(),
            phone: self.shown_phone().unwrap_or_default().to_string(),
            website: self.website.to_string(),
            ..Contact::default()
        }
    }
}

/// The Kindertelefoon: its number (0800-0432) is only in secondary sources so far.
pub const KINDERTELEFOON: PublicContact = PublicContact {
    name: "De Kindertelefoon",
    website: "https://www.kindertelefoon.nl",
    phone: Some(("0800-0432", Status::Secondary)),
};

/// The Kinderombudsman (part of the Nationale ombudsman; Wet Nationale ombudsman 11c–11d).
pub const KINDEROMBUDSMAN: PublicContact = PublicContact {
    name: "De Kinderombudsman",
    website: "https://www.kinderombudsman.nl",
    phone: None,
};

/// The confidential advisers for youth care and youth protection (Jeugdstem, formerly AKJ):
/// its number (088-555 1000) appears only under the old AKJ name.
pub const JEUGDSTEM: PublicContact = PublicContact {
    name: "Jeugdstem (AKJ)",
    website: "https://www.jeugdstem.nl",
    phone: Some(("088-555 1000", Status::Secondary)),
};

/// The Nationale ombudsman: its number is on rijksoverheid.nl.
pub const NATIONALE_OMBUDSMAN: PublicContact = PublicContact {
    name: "Nationale ombudsman",
    website: "https://www.nationaleombudsman.nl",
    phone: Some(("0800-33 55555", Status::Verified)),
};

/// Whether a contact has any way to reach it.
pub fn reachable(c: &Contact) -> bool {
    !(c.phone.is_empty() && c.email.is_empty() && c.website.is_empty() && c.address.is_empty())
}

/// The profile's contact when it has a way to reach it, else the public fallback (its name
/// kept when the profile gives one).
pub fn or_public(c: &Contact, fallback: &PublicContact) -> Contact {
    if reachable(c) {
        return c.clone();
    }
    let mut public = fallback.contact();
    if !c.name.trim().is_empty() {
        public.name = c.name.clone();
    }
    public
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unverified_number_is_never_shown() {
        assert_eq!(KINDERTELEFOON.shown_phone(), None);
        assert!(KINDERTELEFOON.phone_unverified());
        assert!(KINDERTELEFOON.contact().phone.is_empty());
        assert_eq!(JEUGDSTEM.contact().phone, "");
        assert_eq!(NATIONALE_OMBUDSMAN.contact().phone, "0800-33 55555");
        for c in [
            KINDERTELEFOON,
            KINDEROMBUDSMAN,
            JEUGDSTEM,
            NATIONALE_OMBUDSMAN,
        ] {
            assert!(c.website.starts_with("https://www."), "{}", c.name);
        }
    }

    #[test]
    fn an_empty_profile_contact_falls_back_to_the_public_website() {
        let empty = Contact {
            name: "Vertrouwenspersoon".into(),
            ..Contact::default()
        };
        let c = or_public(&empty, &JEUGDSTEM);
        assert_eq!(c.website, "https://www.jeugdstem.nl");
        assert_eq!(c.name, "Vertrouwenspersoon");
        let filled = Contact {
            phone: "020 123 4567".into(),
            ..Contact::default()
        };
        assert_eq!(or_public(&filled, &JEUGDSTEM), filled);
    }
}

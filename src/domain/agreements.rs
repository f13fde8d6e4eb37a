//! The agreements of one meeting as plain text, to show, share or print right afterwards
//! (recommendation 10: agreements must be clear to everyone after the meeting).

use super::household::Meeting;

/// The words the text needs, in the family's language.
pub struct AgreementWords<'a> {
    /// The heading, e.g. "Afspraken van het plangesprek op 12 november 2026".
    pub heading: &'a str,
    /// Who was there.
    pub attendees: &'a str,
    /// A party agreed.
    pub yes: &'a str,
    /// A party did not agree.
    pub no: &'a str,
    /// A party was not asked yet.
    pub unknown: &'a str,
    /// When there are no agreements.
    pub none: &'a str,
}

/// Numbered agreements with each party's word.
pub fn agreements_text(meeting: &Meeting, w: &AgreementWords) -> String {
    let mut out = vec![w.heading.to_string()];
    if !meeting.attendees.is_empty() {
        out.push(format!("{} {}", w.attendees, meeting.attendees.join(", ")));
    }
    out.push(String::new());
    if meeting.agreements.is_empty() {
        out.push(w.none.to_string());
    }
    for (i, a) in meeting.agreements.iter().enumerate() {
        out.push(format!("{}. {}", i + 1, a.text.trim()));
        for p in &a.parties {
            let word = match p.agreed {
                Some(true) => w.yes,
                Some(false) => w.no,
                None => w.unknown,
            };
            out.push(format!("   - {}: {word}", p.party));
        }
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Date;
    use crate::domain::example::example_household;

    #[test]
    fn lists_every_agreement_with_each_partys_word() {
        let h = example_household(Date::parse("2026-11-28").unwrap());
        let words = AgreementWords {
            heading: "Afspraken",
            attendees: "Aanwezig:",
            yes: "akkoord",
            no: "niet akkoord",
            unknown: "nog niet gevraagd",
            none: "Geen afspraken.",
        };
        let text = agreements_text(&h.plan.meetings[0], &words);
        assert!(text.starts_with("Afspraken\nAanwezig: Moeder (Sanne), Vader (Karim)"));
        assert!(text.contains("\n2. De ouders vragen zelf een mediator aan"));
        assert!(text.contains("   - Vader: niet akkoord"));
        assert!(text.contains("   - Ouder- en kindteam: nog niet gevraagd"));
        let mut empty = h.plan.meetings[0].clone();
        empty.agreements.clear();
        assert!(agreements_text(&empty, &words).ends_with("Geen afspraken."));
    }
}

//! The correction request: a letter asking the organisation that supplied a plan entry to
//! correct factual errors and to add the family's own account to the file.
//!
//! What can be asked follows the family's file rights (docs/sources.md): factual errors can be
//! corrected (AVG art. 16, via Jeugdwet 7.3.17); an opinion is not "corrected", but the
//! family's own statement can be added (Jeugdwet 7.3.8). So for an opinion the letter asks
//! only for the family's account to be added.

use super::household::{Dispute, DisputedEntry, Household, StatementKind};

/// The fixed phrases of the letter, in the family's language (from the content files).
pub struct CorrectionTexts<'a> {
    /// "Aan".
    pub to: &'a str,
    /// "Datum".
    pub date: &'a str,
    /// "Onderwerp".
    pub subject_label: &'a str,
    /// The subject.
    pub subject: &'a str,
    /// The salutation.
    pub salutation: &'a str,
    /// Introduces the quoted entry, with {source}.
    pub about: &'a str,
    /// Introduces the family's account.
    pub account: &'a str,
    /// Asks to correct the factual errors (with the legal basis).
    pub ask_correct: &'a str,
    /// Asks to add the family's account to the file (with the legal basis).
    pub ask_add: &'a str,
    /// Asks for an answer.
    pub ask_answer: &'a str,
    /// "Met vriendelijke groet,".
    pub regards: &'a str,
}

/// What goes into the letter besides the fixed phrases.
pub struct CorrectionInput {
    /// The sender's name.
    pub name: String,
    /// To whom (the organisation that supplied the entry).
    pub to: String,
    /// The entry as it stands in the plan.
    pub entry_text: String,
    /// Where it stands (document, person, date), as one line; may be empty.
    pub source: String,
    /// Whether the entry is someone's opinion (then only adding a view is asked).
    pub opinion: bool,
    /// The family's own account.
    pub account: String,
}

/// The organisation that supplied the entry a dispute is about: the source's organisation,
/// or else the one that raised a concern.
pub fn supplier(h: &Household, dispute: &Dispute) -> Option<String> {
    let id = dispute.entry.id.as_str();
    let plan = &h.plan;
    match dispute.entry.entry {
        DisputedEntry::Concern => plan.concerns.iter().find(|c| c.id == id).and_then(|c| {
            c.source
                .organisation
                .clone()
                .or_else(|| c.raised_by.clone())
        }),
        DisputedEntry::Positive => plan
            .positives
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.source.organisation.clone()),
        DisputedEntry::Goal => plan
            .goals
            .iter()
            .find(|g| g.id == id)
            .and_then(|g| g.support.iter().find_map(|s| s.by.clone())),
        DisputedEntry::Meeting | DisputedEntry::Report => None,
    }
}

/// Whether the organisation that supplied the entry works under the Jeugdwet's file rules
/// (Jeugdwet 7.3: the certified institution and youth care providers), so that the letter may
/// cite Jeugdwet 7.3.8 for adding the family's own statement. For anyone else (the Raad, a
/// school, a doctor) or an unknown supplier the letter cites the GDPR instead: art. 16 also
/// gives the right to have data completed by a supplementary statement.
pub fn under_jeugdwet(h: &Household, dispute: &Dispute) -> bool {
    supplier(h, dispute)
        .and_then(|id| h.organisation(&id))
        .is_some_and(|o| matches!(o.kind.as_str(), "jeugdbescherming" | "okt" | "pleegzorg"))
}

/// Whether the disputed entry is an opinion (only concerns carry a kind).
pub fn is_opinion(h: &Household, dispute: &Dispute) -> bool {
    dispute.entry.entry == DisputedEntry::Concern
        && h.plan
            .concerns
            .iter()
            .any(|c| c.id == dispute.entry.id && c.kind == StatementKind::Opinion)
}

/// The letter as text; `date_text` is today written out in the family's language.
pub fn correction_letter(input: &CorrectionInput, t: &CorrectionTexts, date_text: &str) -> String {
    let mut out = vec![
        input.name.trim().to_string(),
        String::new(),
        format!("{}: {}", t.to, input.to.trim()),
        format!("{}: {date_text}", t.date),
        format!("{}: {}", t.subject_label, t.subject),
        String::new(),
        t.salutation.to_string(),
        String::new(),
        t.about.replace("{source}", input.source.trim()),
        format!("\"{}\"", input.entry_text.trim()),
        String::new(),
        t.account.to_string(),
        input.account.trim().to_string(),
        String::new(),
    ];
    if !input.opinion {
        out.push(t.ask_correct.to_string());
    }
    out.push(t.ask_add.to_string());
    out.push(String::new());
    out.push(t.ask_answer.to_string());
    out.push(String::new());
    out.push(t.regards.to_string());
    out.push(String::new());
    out.push(input.name.trim().to_string());
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Date;
    use crate::domain::example::example_household;

    fn texts() -> CorrectionTexts<'static> {
        CorrectionTexts {
            to: "Aan",
            date: "Datum",
            subject_label: "Onderwerp",
            subject: "Correctie",
            salutation: "Geachte heer, mevrouw,",
            about: "In {source} staat:",
            account: "Onze lezing:",
            ask_correct: "CORRIGEER",
            ask_add: "VOEG TOE",
            ask_answer: "Antwoord graag.",
            regards: "Groet,",
        }
    }

    #[test]
    fn the_example_dispute_goes_to_veilig_thuis_and_asks_for_correction() {
        let h = example_household(Date::parse("2026-11-28").unwrap());
        let d = &h.plan.disputes[0];
        assert_eq!(supplier(&h, d).as_deref(), Some("o1"));
        assert!(!is_opinion(&h, d));
        // Veilig Thuis is not bound by Jeugdwet 7.3: the letter cites the GDPR.
        assert!(!under_jeugdwet(&h, d));
        let input = CorrectionInput {
            name: " Sanne Visser ".into(),
            to: "Veilig Thuis".into(),
            entry_text: "Daan zou thuis vaak zonder avondeten naar bed gaan.".into(),
            source: "Melding bij Veilig Thuis".into(),
            opinion: false,
            account: d.account.clone(),
        };
        let text = correction_letter(&input, &texts(), "28 november 2026");
        assert!(text.starts_with("Sanne Visser\n"));
        assert!(text.contains("In Melding bij Veilig Thuis staat:\n\"Daan zou"));
        assert!(text.contains("CORRIGEER\nVOEG TOE"));
        assert!(text.ends_with("Groet,\n\nSanne Visser"));
    }

    #[test]
    fn an_opinion_is_not_corrected_but_the_familys_view_is_added() {
        let h = example_household(Date::parse("2026-11-28").unwrap());
        let mut d = h.plan.disputes[0].clone();
        d.entry.id = "c2".into();
        assert!(is_opinion(&h, &d));
        let input = CorrectionInput {
            name: "Sanne".into(),
            to: "Jeugdbescherming".into(),
            entry_text: "x".into(),
            source: String::new(),
            opinion: true,
            account: "y".into(),
        };
        let text = correction_letter(&input, &texts(), "vandaag");
        assert!(!text.contains("CORRIGEER"));
        assert!(text.contains("VOEG TOE"));
    }
}

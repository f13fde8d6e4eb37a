//! The family's organisations: the plan entries each one supplied, adding one from the
//! catalogue, and removing one while keeping (or dropping) what the plan cites of it.

use crate::domain::household::{Household, Organisation};

/// A plan entry an organisation supplied, so the family sees where information came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Supplied {
    /// Something that goes well (positive id, text).
    Positive(String, String),
    /// A concern it raised or is the source of (concern id, text).
    Concern(String, String),
    /// Support it offers towards a goal (goal id, goal text, support text).
    Support(String, String, String),
    /// A decision it took (decision id, title).
    Decision(String, String),
}

/// Every plan entry that cites this organisation: positives and concerns whose source (or
/// `raised_by`) is it, goal support it offers, and decisions it took. Each entry once.
pub fn supplied_by(h: &Household, org: &str) -> Vec<Supplied> {
    let is = |id: &Option<String>| id.as_deref() == Some(org);
    let mut out = Vec::new();
    for p in &h.plan.positives {
        if is(&p.source.organisation) {
            out.push(Supplied::Positive(p.id.clone(), p.text.clone()));
        }
    }
    for c in &h.plan.concerns {
        if is(&c.raised_by) || is(&c.source.organisation) {
            out.push(Supplied::Concern(c.id.clone(), c.text.clone()));
        }
    }
    for g in &h.plan.goals {
        for s in g.support.iter().filter(|s| is(&s.by)) {
            out.push(Supplied::Support(
                g.id.clone(),
                g.text.clone(),
                s.text.clone(),
            ));
        }
    }
    for d in h.plan.decisions.iter().filter(|d| is(&d.by)) {
        out.push(Supplied::Decision(d.id.clone(), d.title.clone()));
    }
    out
}

/// What to do with the plan's references to an organisation that is removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CitedSources {
    /// Keep the organisation's name in the entry as plain text, drop the link.
    KeepAsText,
    /// Drop the link only; the entry keeps its other details.
    RemoveLink,
}

/// Removes an organisation. Entries that cite it lose the link; with `KeepAsText` its name
/// stays readable in the source (person field) or in the support text. Returns false when
/// there is no such organisation.
pub fn remove_organisation(h: &mut Household, org: &str, cited: CitedSources) -> bool {
    let Some(pos) = h.organisations.iter().position(|o| o.id == org) else {
        return false;
    };
    let name = h.organisations.remove(pos).name;
    let keep = cited == CitedSources::KeepAsText;
    let unlink_source = |s: &mut crate::domain::household::Source| {
        if s.organisation.as_deref() == Some(org) {
            s.organisation = None;
            if keep && !s.person.contains(&name) && !s.document.contains(&name) {
                s.person = if s.person.is_empty() {
                    name.clone()
                } else {
                    format!("{} ({name})", s.person)
                };
            }
        }
    };
    for p in &mut h.plan.positives {
        unlink_source(&mut p.source);
    }
    for c in &mut h.plan.concerns {
        let raised_here = c.raised_by.as_deref() == Some(org);
        if raised_here {
            c.raised_by = None;
        }
        let sourced_here = c.source.organisation.as_deref() == Some(org);
        unlink_source(&mut c.source);
        // Raised by it but sourced elsewhere: keep its name with the source as well.
        if raised_here && !sourced_here && keep && !c.source.person.contains(&name) {
            c.source.person = if c.source.person.is_empty() {
                name.clone()
            } else {
                format!("{} ({name})", c.source.person)
            };
        }
    }
    for g in &mut h.plan.goals {
        for s in &mut g.support {
            if s.by.as_deref() == Some(org) {
                s.by = None;
                if keep && !s.text.contains(&name) {
                    s.text = format!("{} ({name})", s.text);
                }
            }
        }
    }
    for d in &mut h.plan.decisions {
        if d.by.as_deref() == Some(org) {
            d.by = None;
            if keep && !d.title.contains(&name) {
                d.title = format!("{} ({name})", d.title);
            }
        }
    }
    true
}

/// Adds an organisation of a catalogue kind; returns its id. The name falls back to `fallback`
/// (the catalogue name) when left empty.
pub fn add_organisation(h: &mut Household, kind: &str, name: &str, fallback: &str) -> String {
    let id = h.new_id("o");
    let name = if name.trim().is_empty() {
        fallback
    } else {
        name.trim()
    };
    h.organisations.push(Organisation {
        id: id.clone(),
        kind: kind.into(),
        name: name.into(),
        people: Vec::new(),
        note: String::new(),
    });
    id
}

#[cfg(test)]
mod tests {
    use super::super::testing::today;
    use super::*;
    use crate::domain::example::example_household;
    use crate::domain::validation::validate;

    #[test]
    fn entries_supplied_by_an_organisation() {
        let h = example_household(today());
        let school = supplied_by(&h, "o4");
        assert!(school.contains(&Supplied::Concern(
            "c1".into(),
            h.plan.concerns[0].text.clone()
        )));
        assert!(school
            .iter()
            .any(|s| matches!(s, Supplied::Support(g, _, t) if g == "g1" && t == "Wekelijks mentorgesprek")));
        let jb = supplied_by(&h, "o3");
        assert!(jb
            .iter()
            .any(|s| matches!(s, Supplied::Positive(id, _) if id == "w1")));
        assert!(jb
            .iter()
            .any(|s| matches!(s, Supplied::Concern(id, _) if id == "c2")));
        assert_eq!(
            jb.iter()
                .filter(|s| matches!(s, Supplied::Concern(id, _) if id == "c2"))
                .count(),
            1,
            "a concern raised by and sourced from the same organisation is listed once"
        );
        assert!(supplied_by(&h, "o5").is_empty());
        let mut h = h;
        h.plan.decisions.push(crate::domain::household::Decision {
            id: "d70".into(),
            kind: crate::domain::household::DecisionKind::WrittenInstruction,
            title: "Aanwijzing over de omgang".into(),
            date: today(),
            by: Some("o3".into()),
            acted: None,
            heard: None,
            note: String::new(),
        });
        assert!(supplied_by(&h, "o3").contains(&Supplied::Decision(
            "d70".into(),
            "Aanwijzing over de omgang".into()
        )));
        assert!(remove_organisation(&mut h, "o3", CitedSources::KeepAsText));
        let d = h.plan.decisions.iter().find(|d| d.id == "d70").unwrap();
        assert_eq!(d.by, None);
        assert_eq!(
            d.title,
            "Aanwijzing over de omgang (Jeugdbescherming Regio Amsterdam)"
        );
        assert!(validate(&h).is_empty(), "{:?}", validate(&h));
    }

    #[test]
    fn removing_an_organisation_keeps_its_name_as_text_or_drops_the_link() {
        let mut h = example_household(today());
        assert!(remove_organisation(&mut h, "o4", CitedSources::KeepAsText));
        assert!(validate(&h).is_empty(), "{:?}", validate(&h));
        let c1 = &h.plan.concerns[0];
        assert_eq!(c1.raised_by, None);
        assert_eq!(c1.source.organisation, None);
        assert!(c1.source.person.contains("Het Noorderlicht College"));
        assert_eq!(h.plan.goals[0].support[0].by, None);
        assert!(h.plan.goals[0].support[0]
            .text
            .ends_with("(Het Noorderlicht College)"));

        let mut h = example_household(today());
        assert!(remove_organisation(&mut h, "o3", CitedSources::RemoveLink));
        assert!(validate(&h).is_empty());
        assert_eq!(h.plan.positives[0].source.person, "Joost de Wit");
        assert_eq!(h.plan.positives[0].source.organisation, None);
        assert!(!remove_organisation(&mut h, "o3", CitedSources::RemoveLink));
    }

    #[test]
    fn organisations_are_added_with_the_catalogue_name_as_fallback() {
        let mut h = example_household(today());
        let id = add_organisation(&mut h, "raad", "  ", "Raad voor de Kinderbescherming");
        assert_eq!(
            h.organisation(&id).unwrap().name,
            "Raad voor de Kinderbescherming"
        );
        assert!(validate(&h).is_empty());
    }
}

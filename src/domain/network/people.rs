//! The people at an organisation: checking their details at entry, adding, changing and
//! removing them, a change of lead family manager that keeps the old one in the history, and
//! that history itself.

use crate::domain::date::Date;
use crate::domain::household::{Household, Person, PersonRole};
use crate::domain::profile::{looks_like_email, looks_like_phone};

/// Whether a person is involved on a given day: started (or no start known) and not ended.
/// `until` is the last day; from the day after, the person is no longer involved.
pub fn active_on(p: &Person, day: Date) -> bool {
    p.since.is_none_or(|s| s <= day) && p.until.is_none_or(|u| u >= day)
}

fn is_manager(role: PersonRole) -> bool {
    matches!(
        role,
        PersonRole::LeadFamilyManager | PersonRole::BackupFamilyManager
    )
}

/// One family manager (lead or back-up) and the time they were involved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManagerSpell {
    /// Organisation id.
    pub organisation: String,
    /// Person id.
    pub person: String,
    /// Name.
    pub name: String,
    /// Lead or back-up.
    pub role: PersonRole,
    /// From when, if known.
    pub since: Option<Date>,
    /// Until when; `None` while still involved.
    pub until: Option<Date>,
}

/// Every lead and back-up family manager the family had, newest first (unknown start last).
pub fn manager_history(h: &Household) -> Vec<ManagerSpell> {
    let mut out: Vec<ManagerSpell> = h
        .organisations
        .iter()
        .flat_map(|o| {
            o.people
                .iter()
                .filter(|p| is_manager(p.role))
                .map(|p| ManagerSpell {
                    organisation: o.id.clone(),
                    person: p.id.clone(),
                    name: p.name.clone(),
                    role: p.role,
                    since: p.since,
                    until: p.until,
                })
        })
        .collect();
    out.sort_by_key(|p| std::cmp::Reverse(p.since));
    out
}

/// The lead family managers active on a day.
pub fn active_leads(h: &Household, day: Date) -> Vec<&Person> {
    h.organisations
        .iter()
        .flat_map(|o| o.people.iter())
        .filter(|p| p.role == PersonRole::LeadFamilyManager && active_on(p, day))
        .collect()
}

/// Why a person's details are refused at entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonError {
    /// No name.
    NameMissing,
    /// The phone number cannot be a phone number.
    Phone,
    /// The e-mail address cannot be an e-mail address.
    Email,
    /// The end date lies before the start date.
    UntilBeforeSince,
}

/// A person as typed into the form, before it is stored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PersonDraft {
    /// Name.
    pub name: String,
    /// Role.
    pub role: Option<PersonRole>,
    /// Phone number; may be empty.
    pub phone: String,
    /// E-mail address; may be empty.
    pub email: String,
    /// Since when, if known.
    pub since: Option<Date>,
    /// Until when, if ended.
    pub until: Option<Date>,
}

/// Checks a person's details; phone and e-mail may be empty but not wrong.
pub fn check_person(d: &PersonDraft) -> Vec<PersonError> {
    let mut errors = Vec::new();
    if d.name.trim().is_empty() {
        errors.push(PersonError::NameMissing);
    }
    if !d.phone.trim().is_empty() && !looks_like_phone(d.phone.trim()) {
        errors.push(PersonError::Phone);
    }
    if !d.email.trim().is_empty() && !looks_like_email(d.email.trim()) {
        errors.push(PersonError::Email);
    }
    if let (Some(s), Some(u)) = (d.since, d.until) {
        if u < s {
            errors.push(PersonError::UntilBeforeSince);
        }
    }
    errors
}

fn person_from(id: String, d: &PersonDraft) -> Person {
    Person {
        id,
        name: d.name.trim().into(),
        role: d.role.unwrap_or(PersonRole::Other),
        phone: d.phone.trim().into(),
        email: d.email.trim().into(),
        since: d.since,
        until: d.until,
    }
}

/// Adds a person to an organisation after checking; returns the new id.
pub fn add_person(
    h: &mut Household,
    org: &str,
    d: &PersonDraft,
) -> Result<String, Vec<PersonError>> {
    let errors = check_person(d);
    if !errors.is_empty() {
        return Err(errors);
    }
    if !h.organisations.iter().any(|o| o.id == org) {
        return Err(vec![]);
    }
    let id = h.new_id("p");
    let person = person_from(id.clone(), d);
    if let Some(o) = h.organisations.iter_mut().find(|o| o.id == org) {
        o.people.push(person);
    }
    Ok(id)
}

/// Replaces a person's details after checking (the id stays).
pub fn update_person(
    h: &mut Household,
    person: &str,
    d: &PersonDraft,
) -> Result<(), Vec<PersonError>> {
    let errors = check_person(d);
    if !errors.is_empty() {
        return Err(errors);
    }
    for o in &mut h.organisations {
        if let Some(p) = o.people.iter_mut().find(|p| p.id == person) {
            *p = person_from(p.id.clone(), d);
            return Ok(());
        }
    }
    Err(vec![])
}

/// Removes a person. (To keep a family manager in the history, record a change instead.)
pub fn remove_person(h: &mut Household, person: &str) -> bool {
    for o in &mut h.organisations {
        if let Some(i) = o.people.iter().position(|p| p.id == person) {
            o.people.remove(i);
            return true;
        }
    }
    false
}

/// Why a change of family manager is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeError {
    /// The new person's details are wrong.
    Person(PersonError),
    /// The change date lies before the current lead started.
    BeforeCurrentLead,
    /// No such organisation.
    NoOrganisation,
}

/// Records a change of lead family manager at an organisation on `day`: every active lead
/// there gets `until` = the day before, and the new lead is added with `since` = `day`. The
/// old lead stays in the list, so the history is kept.
pub fn change_lead(
    h: &mut Household,
    org: &str,
    new: &PersonDraft,
    day: Date,
) -> Result<String, Vec<ChangeError>> {
    let mut draft = new.clone();
    draft.role = Some(PersonRole::LeadFamilyManager);
    draft.since = Some(day);
    draft.until = None;
    let mut errors: Vec<ChangeError> = check_person(&draft)
        .into_iter()
        .map(ChangeError::Person)
        .collect();
    let Some(o) = h.organisations.iter().find(|o| o.id == org) else {
        return Err(vec![ChangeError::NoOrganisation]);
    };
    let current: Vec<&Person> = o
        .people
        .iter()
        .filter(|p| p.role == PersonRole::LeadFamilyManager && p.until.is_none_or(|u| u >= day))
        .collect();
    if current.iter().any(|p| p.since.is_some_and(|s| s >= day)) {
        errors.push(ChangeError::BeforeCurrentLead);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let last_day = day.add_days(-1);
    if let Some(o) = h.organisations.iter_mut().find(|o| o.id == org) {
        for p in o
            .people
            .iter_mut()
            .filter(|p| p.role == PersonRole::LeadFamilyManager && p.until.is_none_or(|u| u >= day))
        {
            p.until = Some(last_day);
        }
    }
    let id = h.new_id("p");
    let person = person_from(id.clone(), &draft);
    if let Some(o) = h.organisations.iter_mut().find(|o| o.id == org) {
        o.people.push(person);
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{day, today};
    use super::*;
    use crate::domain::example::example_household;
    use crate::domain::validation::validate;

    fn draft(name: &str) -> PersonDraft {
        PersonDraft {
            name: name.into(),
            role: Some(PersonRole::Worker),
            ..PersonDraft::default()
        }
    }
    #[test]
    fn phone_and_email_are_checked_at_entry() {
        let mut h = example_household(today());
        let mut d = draft("Ayse Kaya");
        d.phone = "06-12ab".into();
        d.email = "ayse@".into();
        assert_eq!(
            add_person(&mut h, "o2", &d),
            Err(vec![PersonError::Phone, PersonError::Email])
        );
        d.phone = "06 1234 5678".into();
        d.email = "a.kaya@voorbeeld.nl".into();
        let id = add_person(&mut h, "o2", &d).unwrap();
        assert!(h
            .organisation("o2")
            .unwrap()
            .people
            .iter()
            .any(|p| p.id == id));
        assert_eq!(
            check_person(&PersonDraft::default()),
            vec![PersonError::NameMissing]
        );
        let mut d = draft("X");
        d.since = Some(day("2026-05-01"));
        d.until = Some(day("2026-04-01"));
        assert_eq!(check_person(&d), vec![PersonError::UntilBeforeSince]);
        d.until = None;
        d.name = "Y".into();
        update_person(&mut h, &id, &d).unwrap();
        assert!(remove_person(&mut h, &id));
        assert!(validate(&h).is_empty());
    }

    #[test]
    fn a_change_of_family_manager_keeps_the_history() {
        let mut h = example_household(today());
        let new = PersonDraft {
            name: "Sara Bakker".into(),
            phone: "020 000 0000".into(),
            ..PersonDraft::default()
        };
        let id = change_lead(&mut h, "o3", &new, today()).unwrap();
        let jb = h.organisation("o3").unwrap();
        let old = jb.people.iter().find(|p| p.name == "Joost de Wit").unwrap();
        assert_eq!(old.until, Some(today().add_days(-1)));
        let lead = jb.people.iter().find(|p| p.id == id).unwrap();
        assert_eq!(lead.role, PersonRole::LeadFamilyManager);
        assert_eq!(lead.since, Some(today()));
        assert_eq!(active_leads(&h, today()).len(), 1);
        let history = manager_history(&h);
        assert_eq!(history[0].name, "Sara Bakker", "newest first");
        assert!(history
            .iter()
            .any(|s| s.name == "Joost de Wit" && s.until.is_some()));
        assert!(history
            .iter()
            .any(|s| s.role == PersonRole::BackupFamilyManager));
        assert!(validate(&h).is_empty());
        // A change dated before the current lead started is refused.
        assert_eq!(
            change_lead(&mut h, "o3", &new, today().add_days(-3)),
            Err(vec![ChangeError::BeforeCurrentLead])
        );
        assert_eq!(
            change_lead(&mut h, "nope", &new, today()),
            Err(vec![ChangeError::NoOrganisation])
        );
    }
}

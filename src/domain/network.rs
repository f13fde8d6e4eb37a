//! The web of organisations around a family: sides, relations, the entries each organisation
//! supplied, the family-manager history and the continuity warnings (recommendations 14, 17, 18).
//!
//! Nothing here is stored: sides and relations follow from the catalogue id of an organisation
//! (`Organisation::kind`), the history from the people's `since`/`until` dates. The words for
//! all of it are content (`content/<lang>/partners.toml`, `ui.toml`).

use super::date::Date;
use super::household::{CurrentStage, Household, Organisation, Person, PersonRole};
use super::profile::{looks_like_email, looks_like_phone};
use super::stage::Stage;

/// The family itself, as the end of a relation ("the judge decides about the family").
pub const FAMILY: &str = "gezin";

/// Which side of the web an organisation stands on; drawn apart, never by colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// Help and signals the family may refuse: no judge has decided.
    Voluntary,
    /// The judge, and those who ask the judge for something (the Raad) or carry out a judge's
    /// measure (Jeugdbescherming under a measure). They do not work for the judge.
    Judicial,
    /// For the family, on its own request: the confidential adviser and its own lawyer.
    Independent,
    /// Judge complaints impartially, for nobody's side: the complaints commission, the
    /// ombudsman, the SKJ disciplinary board.
    Impartial,
}

impl Side {
    /// The sides in the order they are drawn.
    pub const ALL: [Side; 4] = [
        Side::Voluntary,
        Side::Judicial,
        Side::Independent,
        Side::Impartial,
    ];
}

/// The side of a catalogue partner at the family's current stage.
///
/// Jeugdbescherming and foster care stand on the voluntary side under "drang" (the family may
/// still refuse; no judge decided) and on the judicial side once a judge's measure runs, because
/// then they carry out that measure. An unknown kind ("anders") counts as voluntary.
pub fn side_of(kind: &str, stage: Option<Stage>) -> Side {
    let measure = stage.is_some_and(Stage::is_measure);
    match kind {
        "raad" | "kinderrechter" | "hof" | "nifp" => Side::Judicial,
        "jeugdbescherming" | "pleegzorg" if measure => Side::Judicial,
        "vertrouwenspersoon" | "advocaat" => Side::Independent,
        "klachtencommissie" | "ombudsman" | "skj" => Side::Impartial,
        _ => Side::Voluntary,
    }
}

/// What a line in the web means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelationKind {
    /// Passes worries or information on.
    Reports,
    /// Asks for a decision or an investigation.
    Asks,
    /// Decides about.
    Decides,
    /// A complaint about the first goes to the second.
    Complaint,
    /// A judge's decision is appealed here (not complained about).
    Appeal,
}

impl RelationKind {
    /// Every kind, in legend order.
    pub const ALL: [RelationKind; 5] = [
        RelationKind::Reports,
        RelationKind::Asks,
        RelationKind::Decides,
        RelationKind::Complaint,
        RelationKind::Appeal,
    ];
}

/// A relation between two catalogue partners (or a partner and the family).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Relation {
    /// Catalogue id it starts from.
    pub from: &'static str,
    /// What it means.
    pub kind: RelationKind,
    /// Catalogue id (or `FAMILY`) it goes to.
    pub to: &'static str,
    /// Where it rests (the same sources as the catalogue's statements).
    pub source: &'static str,
}

const fn rel(
    from: &'static str,
    kind: RelationKind,
    to: &'static str,
    source: &'static str,
) -> Relation {
    Relation {
        from,
        kind,
        to,
        source,
    }
}

/// The relations between catalogue partners, each with its source (docs/sources.md).
pub const RELATIONS: &[Relation] = &[
    rel(
        "school",
        RelationKind::Reports,
        "veilig-thuis",
        "rijksoverheid.nl",
    ),
    rel(
        "huisarts-ggz",
        RelationKind::Reports,
        "veilig-thuis",
        "rijksoverheid.nl",
    ),
    rel(
        "okt",
        RelationKind::Reports,
        "veilig-thuis",
        "rijksoverheid.nl",
    ),
    rel("veilig-thuis", RelationKind::Reports, "raad", "BW 1:240"),
    rel("okt", RelationKind::Reports, "raad", "BW 1:240"),
    rel("school", RelationKind::Reports, "raad", "BW 1:240"),
    rel("huisarts-ggz", RelationKind::Reports, "raad", "BW 1:240"),
    rel(
        "pleegzorg",
        RelationKind::Reports,
        "jeugdbescherming",
        "Ombudsrapport, thema 4, voetnoot 44",
    ),
    rel(
        "jeugdbescherming",
        RelationKind::Asks,
        "raad",
        "Ombudsrapport, thema 3",
    ),
    rel(
        "jb-tafel",
        RelationKind::Decides,
        "raad",
        "kinderbescherming.nl",
    ),
    rel("raad", RelationKind::Asks, "kinderrechter", "BW 1:255"),
    rel(
        "jeugdbescherming",
        RelationKind::Asks,
        "kinderrechter",
        "BW 1:260, 1:265b",
    ),
    rel(
        "raad",
        RelationKind::Reports,
        "kinderrechter",
        "Jeugdwet art. 3.3; Rv art. 811",
    ),
    rel(
        "nifp",
        RelationKind::Reports,
        "kinderrechter",
        "Rv art. 810a",
    ),
    rel(
        "kinderrechter",
        RelationKind::Decides,
        FAMILY,
        "BW 1:255, 1:257, 1:265b",
    ),
    rel("hof", RelationKind::Decides, FAMILY, "Rv art. 806"),
    rel("kinderrechter", RelationKind::Appeal, "hof", "Rv art. 806"),
    rel(
        "jeugdbescherming",
        RelationKind::Complaint,
        "klachtencommissie",
        "Jeugdwet art. 4.2.1",
    ),
    rel(
        "jeugdbescherming",
        RelationKind::Complaint,
        "skj",
        "SKJ (organisatiepagina's)",
    ),
    rel(
        "klachtencommissie",
        RelationKind::Complaint,
        "ombudsman",
        "Awb art. 9:24",
    ),
    rel(
        "raad",
        RelationKind::Complaint,
        "ombudsman",
        "Awb art. 9:20, 9:24",
    ),
    rel(
        "gemeente",
        RelationKind::Complaint,
        "ombudsman",
        "Awb art. 9:20, 9:24",
    ),
    rel(
        "okt",
        RelationKind::Complaint,
        "ombudsman",
        "Wet Nationale ombudsman art. 11c–11d",
    ),
    rel(
        "veilig-thuis",
        RelationKind::Complaint,
        "ombudsman",
        "Wet Nationale ombudsman art. 11c–11d",
    ),
];

/// Every relation that starts or ends at this catalogue id.
pub fn relations_of(kind: &str) -> Vec<Relation> {
    RELATIONS
        .iter()
        .filter(|r| r.from == kind || r.to == kind)
        .copied()
        .collect()
}

/// A relation between two organisations the family has (by organisation id), to draw a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Organisation id it starts from.
    pub from: String,
    /// What it means.
    pub kind: RelationKind,
    /// Organisation id, or `FAMILY`.
    pub to: String,
}

/// The lines between the family's own organisations (and to the family), from the catalogue.
pub fn lines(h: &Household) -> Vec<Line> {
    let mut out = Vec::new();
    for r in RELATIONS {
        for from in h.organisations.iter().filter(|o| o.kind == r.from) {
            if r.to == FAMILY {
                out.push(Line {
                    from: from.id.clone(),
                    kind: r.kind,
                    to: FAMILY.into(),
                });
            }
            for to in h.organisations.iter().filter(|o| o.kind == r.to) {
                out.push(Line {
                    from: from.id.clone(),
                    kind: r.kind,
                    to: to.id.clone(),
                });
            }
        }
    }
    out
}

/// The family's organisations grouped by side, in the order they were added.
pub fn grouped(h: &Household) -> Vec<(Side, Vec<&Organisation>)> {
    let stage = current_stage(h);
    Side::ALL
        .iter()
        .map(|side| {
            let orgs = h
                .organisations
                .iter()
                .filter(|o| side_of(&o.kind, stage) == *side)
                .collect();
            (*side, orgs)
        })
        .collect()
}

fn current_stage(h: &Household) -> Option<Stage> {
    match h.position.current() {
        CurrentStage::Known(stage, _) => Some(stage),
        _ => None,
    }
}

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
    let unlink_source = |s: &mut super::household::Source| {
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

/// How many times the lead family manager changed within a year: the number of leads who
/// started in the 365 days up to `today` while another lead had been there before them.
pub fn lead_changes_in_year(h: &Household, today: Date) -> usize {
    let year_ago = today.add_days(-365);
    let mut starts: Vec<Date> = h
        .organisations
        .iter()
        .flat_map(|o| o.people.iter())
        .filter(|p| p.role == PersonRole::LeadFamilyManager)
        .filter_map(|p| p.since)
        .collect();
    starts.sort();
    // The first lead ever is a start, not a change.
    starts
        .iter()
        .skip(1)
        .filter(|d| **d > year_ago && **d <= today)
        .count()
}

/// Two changes within 12 months (three different leads in a year) is a warning. One change a
/// year happens (someone takes another job) and is no reason for alarm; a second one within
/// the year is what the ombudsman's report calls "many changes" that break continuity
/// (theme 5, footnote 45) and is the point at which asking for a fixed back-up makes sense
/// (recommendation 17).
pub const CHANGES_WARNING: usize = 2;

/// A warning about continuity, for the overview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// A judge's measure runs but no lead family manager is active today.
    NoManagerDuringMeasure {
        /// The measure.
        stage: Stage,
    },
    /// The local team's help ended while no lead family manager was active (recommendation 18),
    /// and none has started since.
    LocalHelpEndedWithoutManager {
        /// The local team (organisation id).
        organisation: String,
        /// Its last day of help.
        ended: Date,
    },
    /// The lead family manager changed this many times within a year.
    ManyChanges {
        /// Number of changes in the last 365 days.
        changes: usize,
    },
}

/// The local team's last day of help: when every person there has an end date, the latest
/// one. `None` while someone is still involved or nobody is recorded.
pub fn local_help_ended(o: &Organisation) -> Option<Date> {
    if o.people.is_empty() || o.people.iter().any(|p| p.until.is_none()) {
        return None;
    }
    o.people.iter().filter_map(|p| p.until).max()
}

/// Every continuity warning that holds today.
///
/// - A measure (voorlopige OTS, OTS, uithuisplaatsing, gezag) runs — the judge made
///   Jeugdbescherming carry it out — but no lead family manager is active today.
/// - R18: the local team (`okt`) stopped while no lead was active on its last day, and no lead
///   has been active since (an old, closed gap is history, not something to act on). Only
///   while the family is in "drang" or further (not when help simply ended).
/// - The lead changed `CHANGES_WARNING` times or more within 365 days.
pub fn warnings(h: &Household, today: Date) -> Vec<Warning> {
    let mut out = Vec::new();
    let stage = current_stage(h);
    if let Some(stage) = stage.filter(|s| s.is_measure()) {
        if active_leads(h, today).is_empty() {
            out.push(Warning::NoManagerDuringMeasure { stage });
        }
    }
    let protection = stage.is_some_and(|s| {
        !matches!(
            s,
            Stage::NoHelp | Stage::Reported | Stage::VoluntaryHelp | Stage::MeasureEnded
        )
    });
    if protection {
        for o in h.organisations.iter().filter(|o| o.kind == "okt") {
            let Some(ended) = local_help_ended(o) else {
                continue;
            };
            if ended > today {
                continue;
            }
            let leads: Vec<&Person> = h
                .organisations
                .iter()
                .flat_map(|o| o.people.iter())
                .filter(|p| p.role == PersonRole::LeadFamilyManager)
                .collect();
            let covered_then = leads.iter().any(|p| active_on(p, ended));
            let started_since = leads
                .iter()
                .any(|p| p.since.is_some_and(|s| s > ended && s <= today));
            if !covered_then && !started_since {
                out.push(Warning::LocalHelpEndedWithoutManager {
                    organisation: o.id.clone(),
                    ended,
                });
            }
        }
    }
    let changes = lead_changes_in_year(h, today);
    if changes >= CHANGES_WARNING {
        out.push(Warning::ManyChanges { changes });
    }
    out
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
    use super::*;
    use crate::domain::example::example_household;
    use crate::domain::household::PathStep;
    use crate::domain::validation::validate;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn today() -> Date {
        day("2026-11-28")
    }

    fn with_stage(mut h: Household, stage: &str, since: Date) -> Household {
        h.position.path.push(PathStep {
            stage: stage.into(),
            since,
        });
        h
    }

    fn draft(name: &str) -> PersonDraft {
        PersonDraft {
            name: name.into(),
            role: Some(PersonRole::Worker),
            ..PersonDraft::default()
        }
    }

    const CATALOGUE: [&str; 18] = [
        "veilig-thuis",
        "okt",
        "jeugdbescherming",
        "jb-tafel",
        "raad",
        "kinderrechter",
        "hof",
        "pleegzorg",
        "nifp",
        "klachtencommissie",
        "vertrouwenspersoon",
        "ombudsman",
        "skj",
        "advocaat",
        "school",
        "huisarts-ggz",
        "gemeente",
        "anders",
    ];

    #[test]
    fn relations_connect_catalogue_partners_and_have_sources() {
        for r in RELATIONS {
            assert!(CATALOGUE.contains(&r.from), "{}", r.from);
            assert!(r.to == FAMILY || CATALOGUE.contains(&r.to), "{}", r.to);
            assert!(!r.source.is_empty());
        }
        // Only a judge decides about the family.
        let deciders: Vec<_> = RELATIONS
            .iter()
            .filter(|r| r.kind == RelationKind::Decides && r.to == FAMILY)
            .map(|r| r.from)
            .collect();
        assert_eq!(deciders, ["kinderrechter", "hof"]);
        // A judge's decision is appealed, never complained about.
        assert!(!RELATIONS
            .iter()
            .any(|r| r.from == "kinderrechter" && r.kind == RelationKind::Complaint));
        let raad = relations_of("raad");
        assert!(raad.contains(&RELATIONS[10]), "the Raad asks the judge");
        assert!(raad
            .iter()
            .any(|r| r.kind == RelationKind::Complaint && r.to == "ombudsman"));
    }

    #[test]
    fn the_example_draws_lines_between_its_own_organisations_only() {
        let h = example_household(today());
        let l = lines(&h);
        // School (o4), GP (o5) and the local team (o2) report to Veilig Thuis (o1).
        for from in ["o2", "o4", "o5"] {
            assert!(l.contains(&Line {
                from: from.into(),
                kind: RelationKind::Reports,
                to: "o1".into()
            }));
        }
        let ids: Vec<&str> = h.organisations.iter().map(|o| o.id.as_str()).collect();
        for line in &l {
            assert!(ids.contains(&line.from.as_str()));
            assert!(line.to == FAMILY || ids.contains(&line.to.as_str()));
        }
    }

    #[test]
    fn sides_follow_the_stage_for_the_institution() {
        assert_eq!(
            side_of("jeugdbescherming", Some(Stage::Preventive)),
            Side::Voluntary
        );
        assert_eq!(
            side_of("jeugdbescherming", Some(Stage::Supervision)),
            Side::Judicial
        );
        assert_eq!(
            side_of("pleegzorg", Some(Stage::OutOfHomePlacement)),
            Side::Judicial
        );
        assert_eq!(side_of("kinderrechter", None), Side::Judicial);
        assert_eq!(side_of("raad", Some(Stage::Preventive)), Side::Judicial);
        assert_eq!(side_of("vertrouwenspersoon", None), Side::Independent);
        assert_eq!(side_of("advocaat", None), Side::Independent);
        assert_eq!(side_of("klachtencommissie", None), Side::Impartial);
        assert_eq!(side_of("ombudsman", None), Side::Impartial);
        assert_eq!(side_of("skj", None), Side::Impartial);
        assert_eq!(side_of("okt", Some(Stage::Supervision)), Side::Voluntary);
        assert_eq!(side_of("iets-onbekends", None), Side::Voluntary);
        let h = example_household(today());
        let groups = grouped(&h);
        let count: usize = groups.iter().map(|(_, o)| o.len()).sum();
        assert_eq!(
            count,
            h.organisations.len(),
            "every organisation is on one side"
        );
    }

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

    #[test]
    fn warning_when_a_measure_runs_without_an_active_lead() {
        let h = example_household(today());
        assert!(
            warnings(&h, today()).is_empty(),
            "drang with a lead: no warning"
        );
        let mut h = with_stage(h, "ots", today().add_days(-10));
        assert!(
            warnings(&h, today()).is_empty(),
            "OTS with a lead: no warning"
        );
        let jb = h.organisations.iter_mut().find(|o| o.id == "o3").unwrap();
        jb.people[0].until = Some(today().add_days(-2));
        assert_eq!(
            warnings(&h, today()),
            vec![Warning::NoManagerDuringMeasure {
                stage: Stage::Supervision
            }]
        );
        // The back-up does not count as the lead.
        assert_eq!(active_leads(&h, today()).len(), 0);
        // Not a measure: drang without a lead gives no measure warning.
        let mut h = example_household(today());
        h.organisations[2].people.clear();
        assert!(warnings(&h, today()).is_empty());
    }

    #[test]
    fn warning_when_local_help_ended_before_a_family_manager_was_active() {
        let mut h = example_household(today());
        // The lead starts in 5 days; the local team stopped 3 days ago.
        h.organisations[2].people[0].since = Some(today().add_days(5));
        h.organisations[1].people[0].until = Some(today().add_days(-3));
        assert_eq!(
            warnings(&h, today()),
            vec![Warning::LocalHelpEndedWithoutManager {
                organisation: "o2".into(),
                ended: today().add_days(-3)
            }]
        );
        // Once a lead has started after the gap, it is history: no warning.
        assert!(warnings(&h, today().add_days(6)).is_empty());
        // When the lead was active on the last day of local help, there was no gap.
        h.organisations[2].people[0].since = Some(today().add_days(-30));
        assert!(warnings(&h, today()).is_empty());
        // Local help that simply ended after voluntary help is no warning.
        let mut h = example_household(today());
        h.position.path.truncate(2);
        h.organisations[2].people.clear();
        h.organisations[1].people[0].until = Some(today().add_days(-3));
        assert!(warnings(&h, today()).is_empty());
        assert_eq!(
            local_help_ended(&h.organisations[1]),
            Some(today().add_days(-3))
        );
        assert_eq!(
            local_help_ended(&h.organisations[0]),
            None,
            "nobody recorded"
        );
    }

    #[test]
    fn warning_when_the_lead_changed_twice_in_a_year() {
        let mut h = example_household(today());
        let d = |n: &str| PersonDraft {
            name: n.into(),
            ..PersonDraft::default()
        };
        change_lead(&mut h, "o3", &d("Tweede"), today().add_days(-40)).unwrap();
        assert_eq!(lead_changes_in_year(&h, today()), 1);
        assert!(
            warnings(&h, today()).is_empty(),
            "one change a year is no alarm"
        );
        change_lead(&mut h, "o3", &d("Derde"), today().add_days(-5)).unwrap();
        assert_eq!(lead_changes_in_year(&h, today()), 2);
        assert_eq!(
            warnings(&h, today()),
            vec![Warning::ManyChanges { changes: 2 }]
        );
        // A year later those changes no longer count.
        assert_eq!(lead_changes_in_year(&h, today().add_days(400)), 0);
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

//! Rules a household must keep, whatever its source (the device, an import, an edit).
//!
//! Checked here: ids are unique, links point at things that exist, required text is there,
//! texts are of a sane length and dates are in order. Rules about "today" (no meeting in the
//! far future) belong to the forms, because a stored document must keep loading when the
//! phone's clock is wrong.

use super::household::{DisputedEntry, EntryRef, Household};
use std::collections::HashSet;
use std::fmt;

/// The longest text Helder keeps in one field (about ten pages).
pub const MAX_TEXT: usize = 20_000;

/// The highest `next_id` a household read from a file keeps: far above any real use, and far
/// enough below `u32::MAX` that making new ids after reading can never overflow. A higher
/// `next_id` is lowered on reading ([`repair_next_id`]); an import whose ids are numbered
/// this high is refused ([`import_problems`]).
pub const MAX_NEXT_ID: u32 = 1_000_000_000;

/// What is wrong with a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A required text is empty.
    Required,
    /// A text is longer than `MAX_TEXT` characters.
    TooLong,
    /// Two things share an id.
    DuplicateId(String),
    /// A link points at an id that does not exist.
    UnknownReference(String),
    /// A date comes before the one it must follow.
    OutOfOrder,
    /// `next_id` is not above every numbered id (the highest is given), so the next new id
    /// could repeat one that exists.
    NextIdTooLow(u64),
    /// An imported file numbers its ids above `MAX_NEXT_ID`.
    NextIdTooHigh,
}

/// One broken rule, with the path of the field (e.g. "plan.goals[1].concerns[0]").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where.
    pub field: String,
    /// What.
    pub kind: ProblemKind,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match &self.kind {
            ProblemKind::Required => "is empty".to_string(),
            ProblemKind::TooLong => format!("is longer than {MAX_TEXT} characters"),
            ProblemKind::DuplicateId(id) => format!("reuses id \"{id}\""),
            ProblemKind::UnknownReference(id) => {
                format!("points at \"{id}\", which does not exist")
            }
            ProblemKind::OutOfOrder => "has a date before the one it must follow".to_string(),
            ProblemKind::NextIdTooLow(highest) => {
                format!("is not above the highest numbered id ({highest})")
            }
            ProblemKind::NextIdTooHigh => format!("is above {MAX_NEXT_ID}"),
        };
        write!(f, "{} {what}", self.field)
    }
}

struct Checker {
    problems: Vec<Problem>,
    ids: HashSet<String>,
    /// The highest number an id ends in (`c12` → 12), if any.
    highest: Option<u64>,
}

/// The number an id ends in, the way `Household::new_id` writes it (`c12` → 12); `None` when
/// it does not end in a digit. A number too long for `u64` counts as `u64::MAX`.
pub fn id_number(id: &str) -> Option<u64> {
    let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    Some(id[id.len() - digits..].parse().unwrap_or(u64::MAX))
}

impl Checker {
    fn push(&mut self, field: String, kind: ProblemKind) {
        self.problems.push(Problem { field, kind });
    }

    fn id(&mut self, field: String, id: &str) {
        if let Some(n) = id_number(id) {
            self.highest = Some(self.highest.map_or(n, |h| h.max(n)));
        }
        if id.is_empty() {
            self.push(field, ProblemKind::Required);
        } else if !self.ids.insert(id.to_string()) {
            self.push(field, ProblemKind::DuplicateId(id.to_string()));
        }
    }

    fn text(&mut self, field: String, text: &str, required: bool) {
        if required && text.trim().is_empty() {
            self.push(field, ProblemKind::Required);
        } else if text.chars().count() > MAX_TEXT {
            self.push(field, ProblemKind::TooLong);
        }
    }

    fn link(&mut self, field: String, target: Option<&String>, known: &HashSet<&str>) {
        if let Some(id) = target {
            if !known.contains(id.as_str()) {
                self.push(field, ProblemKind::UnknownReference(id.clone()));
            }
        }
    }
}

/// Whether the plan entry a dispute points at exists.
fn entry_exists(h: &Household, entry: &EntryRef) -> bool {
    let id = entry.id.as_str();
    match entry.entry {
        DisputedEntry::Concern => h.plan.concerns.iter().any(|x| x.id == id),
        DisputedEntry::Positive => h.plan.positives.iter().any(|x| x.id == id),
        DisputedEntry::Goal => h.plan.goals.iter().any(|x| x.id == id),
        DisputedEntry::Meeting => h.plan.meetings.iter().any(|x| x.id == id),
        DisputedEntry::Report => h.plan.reports.iter().any(|x| x.id == id),
    }
}

/// The highest number any id of the household ends in (`None` when no id ends in a digit).
pub fn highest_id_number(h: &Household) -> Option<u64> {
    check(h).highest
}

/// Every rule the household breaks; empty when it is valid.
pub fn validate(h: &Household) -> Vec<Problem> {
    let mut c = check(h);
    // New ids are `prefix + next_id`: a `next_id` at or below a number in use can repeat an
    // existing id on the next edit, and the store would then no longer load
    // (`repair_next_id` fixes such files when they are read).
    if let Some(highest) = c.highest.filter(|&n| n >= u64::from(h.next_id)) {
        c.push("next_id".into(), ProblemKind::NextIdTooLow(highest));
    }
    c.problems
}

/// Repairs `next_id` when a file is read (older copies, hand-edited or imported files):
/// one at or below a numbered id becomes one above the highest, and one above `MAX_NEXT_ID`
/// is lowered to one above the highest. Says whether it changed anything. Ids numbered up
/// to `u32::MAX` cannot be repaired; `validate` then refuses the file.
pub fn repair_next_id(h: &mut Household) -> bool {
    let fresh = highest_id_number(h).map_or(Some(1), |n| n.checked_add(1));
    let Some(fresh) = fresh.and_then(|n| u32::try_from(n).ok()) else {
        return false;
    };
    if h.next_id < fresh || (h.next_id > MAX_NEXT_ID && fresh < h.next_id) {
        h.next_id = fresh;
        true
    } else {
        false
    }
}

/// The extra rule for an imported file: after the repair on reading, `next_id` must leave
/// room to make new ids (ids numbered above `MAX_NEXT_ID` are refused).
pub fn import_problems(h: &Household) -> Vec<Problem> {
    if h.next_id > MAX_NEXT_ID {
        vec![Problem {
            field: "next_id".into(),
            kind: ProblemKind::NextIdTooHigh,
        }]
    } else {
        Vec::new()
    }
}

/// Walks every rule except the `next_id` one, collecting the ids on the way.
fn check(h: &Household) -> Checker {
    let mut c = Checker {
        problems: Vec::new(),
        ids: HashSet::new(),
        highest: None,
    };
    let orgs: HashSet<&str> = h.organisations.iter().map(|o| o.id.as_str()).collect();
    let children: HashSet<&str> = h.children.iter().map(|k| k.id.as_str()).collect();
    let concerns: HashSet<&str> = h.plan.concerns.iter().map(|k| k.id.as_str()).collect();

    c.text("label".into(), &h.label, false);
    for (i, pair) in h.position.path.windows(2).enumerate() {
        if pair[1].since < pair[0].since {
            c.push(
                format!("position.path[{}].since", i + 1),
                ProblemKind::OutOfOrder,
            );
        }
    }
    for (i, child) in h.children.iter().enumerate() {
        c.id(format!("children[{i}].id"), &child.id);
        c.text(format!("children[{i}].name"), &child.name, true);
    }
    for (i, org) in h.organisations.iter().enumerate() {
        c.id(format!("organisations[{i}].id"), &org.id);
        c.text(format!("organisations[{i}].name"), &org.name, true);
        c.text(format!("organisations[{i}].note"), &org.note, false);
        for (j, person) in org.people.iter().enumerate() {
            let at = format!("organisations[{i}].people[{j}]");
            c.id(format!("{at}.id"), &person.id);
            c.text(format!("{at}.name"), &person.name, true);
            if let (Some(since), Some(until)) = (person.since, person.until) {
                if until < since {
                    c.push(format!("{at}.until"), ProblemKind::OutOfOrder);
                }
            }
        }
    }
    for (i, p) in h.plan.positives.iter().enumerate() {
        c.id(format!("plan.positives[{i}].id"), &p.id);
        c.text(format!("plan.positives[{i}].text"), &p.text, true);
        c.link(
            format!("plan.positives[{i}].source.organisation"),
            p.source.organisation.as_ref(),
            &orgs,
        );
    }
    for (i, k) in h.plan.concerns.iter().enumerate() {
        let at = format!("plan.concerns[{i}]");
        c.id(format!("{at}.id"), &k.id);
        c.text(format!("{at}.text"), &k.text, true);
        c.text(format!("{at}.family_comment"), &k.family_comment, false);
        c.text(format!("{at}.youth_comment"), &k.youth_comment, false);
        c.link(format!("{at}.raised_by"), k.raised_by.as_ref(), &orgs);
        c.link(
            format!("{at}.source.organisation"),
            k.source.organisation.as_ref(),
            &orgs,
        );
        c.link(format!("{at}.child"), k.child.as_ref(), &children);
    }
    for (i, g) in h.plan.goals.iter().enumerate() {
        let at = format!("plan.goals[{i}]");
        c.id(format!("{at}.id"), &g.id);
        c.text(format!("{at}.text"), &g.text, true);
        c.text(format!("{at}.youth_comment"), &g.youth_comment, false);
        for (j, concern) in g.concerns.iter().enumerate() {
            c.link(format!("{at}.concerns[{j}]"), Some(concern), &concerns);
        }
        for (j, step) in g.steps.iter().enumerate() {
            c.text(format!("{at}.steps[{j}]"), step, true);
        }
        // Progress notes are limited by the plan form too; a file could hold longer ones
        // (found by the property tests).
        for (j, note) in g.notes.iter().enumerate() {
            c.text(format!("{at}.notes[{j}].text"), &note.text, false);
        }
        for (j, s) in g.support.iter().enumerate() {
            c.text(format!("{at}.support[{j}].text"), &s.text, true);
            c.link(format!("{at}.support[{j}].by"), s.by.as_ref(), &orgs);
        }
        if g.due.is_some_and(|due| due < g.created) {
            c.push(format!("{at}.due"), ProblemKind::OutOfOrder);
        }
        c.link(format!("{at}.child"), g.child.as_ref(), &children);
    }
    for (i, m) in h.plan.meetings.iter().enumerate() {
        let at = format!("plan.meetings[{i}]");
        c.id(format!("{at}.id"), &m.id);
        c.text(format!("{at}.notes"), &m.notes, false);
        c.text(format!("{at}.communication"), &m.communication, false);
        for (j, a) in m.agreements.iter().enumerate() {
            c.id(format!("{at}.agreements[{j}].id"), &a.id);
            c.text(format!("{at}.agreements[{j}].text"), &a.text, true);
        }
    }
    for (i, r) in h.plan.reports.iter().enumerate() {
        let at = format!("plan.reports[{i}]");
        c.id(format!("{at}.id"), &r.id);
        c.text(format!("{at}.title"), &r.title, true);
        c.text(format!("{at}.response"), &r.response, false);
        if let (Some(received), Some(by)) = (r.received, r.respond_by) {
            if by < received {
                c.push(format!("{at}.respond_by"), ProblemKind::OutOfOrder);
            }
        }
    }
    for (i, d) in h.plan.decisions.iter().enumerate() {
        let at = format!("plan.decisions[{i}]");
        c.id(format!("{at}.id"), &d.id);
        c.text(format!("{at}.title"), &d.title, true);
        c.text(format!("{at}.note"), &d.note, false);
        c.link(format!("{at}.by"), d.by.as_ref(), &orgs);
        if d.acted.is_some_and(|acted| acted < d.date) {
            c.push(format!("{at}.acted"), ProblemKind::OutOfOrder);
        }
    }
    for (i, d) in h.plan.disputes.iter().enumerate() {
        let at = format!("plan.disputes[{i}]");
        c.id(format!("{at}.id"), &d.id);
        c.text(format!("{at}.account"), &d.account, false);
        if !entry_exists(h, &d.entry) {
            c.push(
                format!("{at}.entry.id"),
                ProblemKind::UnknownReference(d.entry.id.clone()),
            );
        }
        if let Some(ruling) = &d.ruling {
            c.text(format!("{at}.ruling.text"), &ruling.text, false);
        }
    }
    let meetings: HashSet<&str> = h.plan.meetings.iter().map(|m| m.id.as_str()).collect();
    for (i, r) in h.requests.iter().enumerate() {
        c.id(format!("requests[{i}].id"), &r.id);
        c.text(format!("requests[{i}].key"), &r.key, true);
        c.text(format!("requests[{i}].body"), &r.body, true);
        if let Some(e) = &r.emergency {
            c.link(
                format!("requests[{i}].emergency.meeting"),
                e.meeting.as_ref(),
                &meetings,
            );
            c.text(
                format!("requests[{i}].emergency.details"),
                &e.details,
                false,
            );
        }
        if let Some(t) = &r.court {
            // A hearing or the judge's decision comes after sending (court_request::states).
            let (at, sent) = (format!("requests[{i}].court"), t.sent);
            if t.hearing.is_some_and(|d| sent.is_none_or(|s| d < s)) {
                c.push(format!("{at}.hearing"), ProblemKind::OutOfOrder);
            }
            if let Some(ruling) = &t.ruling {
                if sent.is_none_or(|s| ruling.date < s) {
                    c.push(format!("{at}.ruling.date"), ProblemKind::OutOfOrder);
                }
                c.text(format!("{at}.ruling.note"), &ruling.note, false);
            }
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Date;
    use crate::domain::example::example_household;

    fn today() -> Date {
        Date::parse("2026-11-28").unwrap()
    }

    fn kinds(h: &Household) -> Vec<(String, ProblemKind)> {
        validate(h).into_iter().map(|p| (p.field, p.kind)).collect()
    }

    #[test]
    fn the_example_is_valid() {
        assert_eq!(validate(&example_household(today())), vec![]);
    }

    #[test]
    fn id_numbers_are_read_as_new_id_writes_them() {
        assert_eq!(id_number("c12"), Some(12));
        assert_eq!(id_number("q100"), Some(100));
        assert_eq!(id_number("c"), None);
        assert_eq!(id_number(""), None);
        assert_eq!(id_number("x99999999999999999999999"), Some(u64::MAX));
    }

    /// A `next_id` at or below a numbered id would repeat that id on the next edit.
    #[test]
    fn next_id_must_be_above_every_numbered_id() {
        let mut h = example_household(today());
        let highest = highest_id_number(&h).unwrap();
        assert!(highest < u64::from(h.next_id));
        h.next_id = 3;
        assert_eq!(
            kinds(&h),
            vec![("next_id".into(), ProblemKind::NextIdTooLow(highest))]
        );
        // What the bug did: the next new concern repeated an id, and the store became invalid.
        let id = h.new_id("c");
        assert!(h.plan.concerns.iter().any(|c| c.id == id), "{id} is taken");
        h.next_id = highest as u32 + 1;
        assert_eq!(kinds(&h), vec![]);
    }

    #[test]
    fn repair_moves_a_stale_next_id_above_the_highest_id() {
        let mut h = example_household(today());
        let highest = highest_id_number(&h).unwrap() as u32;
        for stale in [0, 1, 3, highest] {
            h.next_id = stale;
            assert!(repair_next_id(&mut h), "{stale}");
            assert_eq!(h.next_id, highest + 1);
            assert_eq!(validate(&h), vec![]);
        }
        // A fresh one is left alone: ids that were removed are never reused.
        h.next_id = highest + 50;
        assert!(!repair_next_id(&mut h));
        assert_eq!(h.next_id, highest + 50);
        // Beyond MAX_NEXT_ID it is lowered, so new ids cannot run out.
        h.next_id = u32::MAX;
        assert!(repair_next_id(&mut h));
        assert_eq!(h.next_id, highest + 1);
        // Without numbered ids, it starts at 1.
        let mut empty = Household::new(today());
        empty.next_id = 0;
        assert!(repair_next_id(&mut empty));
        assert_eq!(empty.next_id, 1);
    }

    #[test]
    fn ids_numbered_too_high_cannot_be_repaired_or_imported() {
        let mut h = example_household(today());
        h.plan.concerns[0].id = format!("c{}", u32::MAX);
        h.plan.goals.iter_mut().for_each(|g| g.concerns.clear());
        h.plan.disputes.clear();
        assert!(!repair_next_id(&mut h));
        assert_eq!(
            kinds(&h),
            vec![(
                "next_id".into(),
                ProblemKind::NextIdTooLow(u64::from(u32::MAX))
            )]
        );
        h.plan.concerns[0].id = format!("c{}", MAX_NEXT_ID + 5);
        assert!(repair_next_id(&mut h));
        assert_eq!(validate(&h), vec![]);
        assert_eq!(
            import_problems(&h),
            vec![Problem {
                field: "next_id".into(),
                kind: ProblemKind::NextIdTooHigh
            }]
        );
    }

    #[test]
    fn required_text_and_length() {
        let mut h = example_household(today());
        h.plan.concerns[0].text = "   ".into();
        h.children[1].name = String::new();
        h.plan.concerns[1].family_comment = "x".repeat(MAX_TEXT + 1);
        assert_eq!(
            kinds(&h),
            vec![
                ("children[1].name".into(), ProblemKind::Required),
                ("plan.concerns[0].text".into(), ProblemKind::Required),
                (
                    "plan.concerns[1].family_comment".into(),
                    ProblemKind::TooLong
                ),
            ]
        );
    }

    #[test]
    fn duplicate_ids_and_broken_links() {
        let mut h = example_household(today());
        let first = h.plan.concerns[0].id.clone();
        h.plan.concerns[1].id = first.clone();
        h.plan.concerns[0].raised_by = Some("o404".into());
        h.plan.goals[0].child = Some("k404".into());
        let found = kinds(&h);
        assert!(found.contains(&(
            "plan.concerns[1].id".into(),
            ProblemKind::DuplicateId(first)
        )));
        assert!(found.contains(&(
            "plan.concerns[0].raised_by".into(),
            ProblemKind::UnknownReference("o404".into())
        )));
        assert!(found.contains(&(
            "plan.goals[0].child".into(),
            ProblemKind::UnknownReference("k404".into())
        )));
    }

    #[test]
    fn dates_in_the_wrong_order() {
        let mut h = example_household(today());
        h.plan.goals[0].due = Some(h.plan.goals[0].created.add_days(-1));
        let last = h.position.path.len() - 1;
        h.position.path[last].since = h.position.path[last - 1].since.add_days(-1);
        let found = kinds(&h);
        assert!(found.contains(&("plan.goals[0].due".into(), ProblemKind::OutOfOrder)));
        assert!(found.contains(&(
            format!("position.path[{last}].since"),
            ProblemKind::OutOfOrder
        )));
    }

    #[test]
    fn a_court_requests_hearing_and_decision_come_after_sending() {
        use crate::domain::court_request::{keep, CourtKind, JudgeDecision, JudgeOutcome};
        let mut h = example_household(today());
        let id = keep(
            &mut h,
            CourtKind::EndSupervision,
            None,
            "Rechtbank".into(),
            "V".into(),
            "Brief".into(),
            "k".into(),
            1,
        );
        let i = h.requests.iter().position(|r| r.id == id).unwrap();
        let track = h.requests[i].court.as_mut().unwrap();
        track.sent = Some(today());
        track.hearing = Some(today());
        track.ruling = Some(JudgeDecision {
            outcome: JudgeOutcome::Granted,
            date: today(),
            note: String::new(),
        });
        assert_eq!(validate(&h), vec![]);
        let track = h.requests[i].court.as_mut().unwrap();
        track.hearing = Some(today().add_days(-1));
        track.ruling.as_mut().unwrap().date = today().add_days(-1);
        let at = format!("requests[{i}].court");
        assert_eq!(
            kinds(&h),
            vec![
                (format!("{at}.hearing"), ProblemKind::OutOfOrder),
                (format!("{at}.ruling.date"), ProblemKind::OutOfOrder)
            ]
        );
        // Not sent at all: neither can be there.
        h.requests[i].court.as_mut().unwrap().sent = None;
        assert_eq!(kinds(&h).len(), 2);
    }

    #[test]
    fn problems_read_as_sentences() {
        let p = Problem {
            field: "plan.goals[0].concerns[1]".into(),
            kind: ProblemKind::UnknownReference("c9".into()),
        };
        assert_eq!(
            p.to_string(),
            "plan.goals[0].concerns[1] points at \"c9\", which does not exist"
        );
    }
}

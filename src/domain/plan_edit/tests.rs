//! The plan forms: every kind round-trips, declared fields are parsed and checked.

use super::*;
use crate::domain::example::example_household;
use crate::domain::validation::validate;

fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

fn fields(pairs: &[(&str, &str)]) -> Fields {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn problems(result: Result<String, Vec<FieldError>>) -> Vec<(String, FieldProblem)> {
    result
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field, e.problem))
        .collect()
}

/// The example household with a decision and a ruled dispute, so that every kind has an
/// entry with every field filled in.
fn household() -> Household {
    let mut h = example_household(today());
    h.plan.decisions.push(Decision {
        id: "b1".into(),
        kind: DecisionKind::ProvisionalRuling,
        title: "Voorlopige ondertoezichtstelling".into(),
        date: Date::parse("2026-11-02").unwrap(),
        by: Some("o3".into()),
        acted: Some(Date::parse("2026-11-09").unwrap()),
        heard: Some(Date::parse("2026-11-01").unwrap()),
        note: "Zitting om 10 uur.".into(),
    });
    let d = h.plan.disputes.iter_mut().find(|d| d.id == "d1").unwrap();
    d.status = DisputeStatus::Sent {
        on: Date::parse("2026-11-10").unwrap(),
    };
    d.ruling = Some(Ruling {
        date: Date::parse("2026-11-20").unwrap(),
        outcome: RulingOutcome::PartlyUpheld,
        text: "Deels gegrond.".into(),
    });
    h
}

/// An entry of each kind in `household()`: (id, parent).
fn entry_of(form: EntryForm) -> (&'static str, Option<&'static str>) {
    match form {
        EntryForm::Positive => ("w1", None),
        EntryForm::Concern => ("c1", None),
        EntryForm::Goal => ("g1", None),
        EntryForm::Meeting => ("m1", None),
        EntryForm::Agreement => ("a2", Some("m1")),
        EntryForm::Report => ("r1", None),
        EntryForm::Decision => ("b1", None),
        EntryForm::Dispute => ("d1", Some("concern:c3")),
    }
}

#[test]
fn every_entry_round_trips_through_its_fields() {
    let h = household();
    assert!(validate(&h).is_empty(), "{:?}", validate(&h));
    for form in ALL {
        let (id, parent) = entry_of(form);
        let mut copy = h.clone();
        let f = form
            .read(&h, Some(id), parent, today())
            .unwrap_or_else(|| panic!("{form:?} {id}"));
        let written = form.apply(&mut copy, Some(id), parent, &f, today());
        assert_eq!(written, Ok(id.to_string()), "{form:?}");
        assert_eq!(copy, h, "{form:?} {id} changed by an unchanged form");
        assert_eq!(form.read(&copy, Some(id), parent, today()), Some(f.clone()));
        // Every value read back belongs to a declared field (or the agreement's row count),
        // and every declared field is read back: `FIELDS` and `bind` name the same fields.
        let shown = form.fields(&f);
        for name in f.keys().filter(|k| *k != "rows") {
            let declared = shown.iter().any(|x| &x.name == name);
            assert!(declared, "{form:?}: {name} is not declared");
        }
        for spec in form.specs() {
            let bound = shown
                .iter()
                .any(|x| x.spec == spec && f.contains_key(&x.name));
            assert!(bound, "{form:?}: {} is declared, not bound", spec.name);
        }
    }
}

#[test]
fn a_changed_field_is_written_and_read_back() {
    let h = household();
    let new_values = [
        ("text", "Een andere tekst"),
        ("title", "Een andere titel"),
        ("account", "Een andere lezing"),
        ("date", "2026-11-03"),
        ("note", ""),
    ];
    for form in ALL {
        let (id, parent) = entry_of(form);
        let mut f = form.read(&h, Some(id), parent, today()).unwrap();
        for (name, value) in new_values {
            if f.contains_key(name) {
                f.insert(name.into(), value.into());
            }
        }
        let mut copy = h.clone();
        form.apply(&mut copy, Some(id), parent, &f, today())
            .unwrap_or_else(|e| panic!("{form:?}: {e:?}"));
        assert_ne!(copy, h, "{form:?}");
        assert_eq!(
            form.read(&copy, Some(id), parent, today()),
            Some(f),
            "{form:?}"
        );
    }
}

#[test]
fn a_required_field_left_empty_is_named_at_that_field() {
    let h = household();
    let mut checked = 0;
    for form in ALL {
        let (id, parent) = entry_of(form);
        for spec in form.specs().iter().filter(|s| s.required) {
            for id in [Some(id), None] {
                let mut f = form.read(&h, id, parent, today()).unwrap();
                f.insert(spec.name.into(), "  ".into());
                let mut copy = h.clone();
                let got = problems(form.apply(&mut copy, id, parent, &f, today()));
                assert!(
                    got.contains(&(spec.name.to_string(), FieldProblem::Required)),
                    "{form:?} {}: {got:?}",
                    spec.name
                );
                assert_eq!(copy, h);
            }
            checked += 1;
        }
    }
    assert!(checked >= 11, "{checked}");
}

#[test]
fn every_offered_choice_is_accepted_and_others_are_not() {
    let h = household();
    fn of<T>(list: &[(&'static str, T)]) -> Vec<&'static str> {
        list.iter().map(|(name, _)| *name).collect()
    }
    let names = |list: Choices| match list {
        Choices::StatementKind => of(&ENTRY_KINDS),
        Choices::ConcernStatus => of(&CONCERN_STATUSES),
        Choices::Progress => of(&PROGRESS),
        Choices::MeetingKind => of(&MEETING_KINDS),
        Choices::YesNo => of(&YES_NO),
        Choices::Accord => of(&ACCORDS),
        Choices::ReportKind => of(&REPORT_KINDS),
        Choices::DecisionKind => of(&DECISION_KINDS),
        Choices::DisputeState => DISPUTE_STATES.to_vec(),
        Choices::RulingOutcome => of(&RULING_OUTCOMES),
    };
    for form in ALL {
        let (id, parent) = entry_of(form);
        let values = form.read(&h, Some(id), parent, today()).unwrap();
        for field in form.fields(&values) {
            let Input::Choice(list) = field.spec.input else {
                continue;
            };
            let mut offered = names(list);
            offered.push("no-such-choice");
            for name in offered {
                let mut f = values.clone();
                f.insert(field.name.clone(), name.into());
                let got = form.apply(&mut h.clone(), Some(id), parent, &f, today());
                let refused = got.is_err_and(|e| {
                    e.contains(&FieldError {
                        field: field.name.clone(),
                        problem: FieldProblem::UnknownChoice,
                    })
                });
                assert_eq!(
                    refused,
                    name == "no-such-choice",
                    "{form:?} {} {name}",
                    field.name
                );
            }
        }
    }
}

#[test]
fn a_new_concern_gets_a_fresh_id_and_a_new_goal_can_link_it() {
    let mut h = example_household(today());
    let mut f = EntryForm::Concern.read(&h, None, None, today()).unwrap();
    f.insert("text".into(), "Zorg over de woning".into());
    f.insert("kind".into(), "observation".into());
    f.insert("source_org".into(), "o3".into());
    let id = EntryForm::Concern
        .apply(&mut h, None, None, &f, today())
        .unwrap();
    assert_eq!(id, "c100");
    let c = h.plan.concerns.iter().find(|c| c.id == id).unwrap();
    assert_eq!(c.kind, StatementKind::Observation);
    assert_eq!(c.source.organisation.as_deref(), Some("o3"));

    let mut g = EntryForm::Goal.read(&h, None, Some(&id), today()).unwrap();
    g.insert("text".into(), "Een woning zoeken".into());
    g.insert(
        "support".into(),
        "Hulp bij aanvraag (Ouder- en kindteam Noord)\nZelf zoeken".into(),
    );
    g.insert("steps".into(), "- Inschrijven\n\n• Bellen".into());
    let gid = EntryForm::Goal
        .apply(&mut h, None, None, &g, today())
        .unwrap();
    let goal = h.plan.goals.iter().find(|x| x.id == gid).unwrap();
    assert_eq!(goal.concerns, vec![id]);
    assert_eq!(goal.steps, vec!["Inschrijven", "Bellen"]);
    assert_eq!(goal.support[0].by.as_deref(), Some("o2"));
    assert_eq!(goal.support[0].text, "Hulp bij aanvraag");
    assert_eq!(goal.support[1].by, None);
    assert!(validate(&h).is_empty());
}

#[test]
fn bad_input_is_named_per_field_and_changes_nothing() {
    let mut h = example_household(today());
    let before = h.clone();
    let f = fields(&[
        ("text", "  "),
        ("date", "2026-13-40"),
        ("kind", "rumour"),
        ("child", "k9"),
    ]);
    let got = problems(EntryForm::Concern.apply(&mut h, None, None, &f, today()));
    assert!(got.contains(&("text".into(), FieldProblem::Required)));
    assert!(got.contains(&("date".into(), FieldProblem::BadDate)));
    assert!(got.contains(&("kind".into(), FieldProblem::UnknownChoice)));
    assert!(got.contains(&("child".into(), FieldProblem::UnknownChoice)));
    assert_eq!(h, before);

    let f = fields(&[("text", "Iets"), ("date", "2026-12-01")]);
    let got = problems(EntryForm::Concern.apply(&mut h, None, None, &f, today()));
    assert_eq!(got, vec![("date".into(), FieldProblem::InFuture)]);

    let f = fields(&[("date", "2031-01-01"), ("topic", "Plan"), ("kind", "plan")]);
    let got = problems(EntryForm::Meeting.apply(&mut h, None, None, &f, today()));
    assert_eq!(got, vec![("date".into(), FieldProblem::FarFuture)]);

    let f = fields(&[
        ("text", "Doel"),
        ("created", "2026-11-01"),
        ("due", "2026-10-01"),
        ("concerns", "c1,c404"),
    ]);
    let got = problems(EntryForm::Goal.apply(&mut h, None, None, &f, today()));
    assert_eq!(
        got,
        vec![
            ("due".into(), FieldProblem::BeforeStart),
            ("concerns".into(), FieldProblem::UnknownChoice)
        ]
    );
    assert_eq!(h, before);
}

#[test]
fn editing_a_deleted_entry_is_refused_not_recreated() {
    let mut h = example_household(today());
    let f = EntryForm::Report
        .read(&h, Some("r1"), None, today())
        .unwrap();
    EntryForm::Report.remove(&mut h, "r1", None).unwrap();
    let got = problems(EntryForm::Report.apply(&mut h, Some("r1"), None, &f, today()));
    assert_eq!(got, vec![("id".into(), FieldProblem::UnknownChoice)]);
    assert!(h.plan.reports.is_empty());
}

#[test]
fn removing_a_concern_unlinks_goals_and_drops_its_disputes() {
    let mut h = example_household(today());
    h.plan.goals[1].concerns.push("c3".into());
    let removed = EntryForm::Concern.remove(&mut h, "c3", None).unwrap();
    assert_eq!(
        removed,
        Removed {
            goals_unlinked: 1,
            disputes: 1,
            ..Removed::default()
        }
    );
    assert!(validate(&h).is_empty(), "{:?}", validate(&h));
    assert_eq!(EntryForm::Concern.remove(&mut h, "c3", None), None);
}

#[test]
fn a_concern_can_go_with_the_goals_that_answer_only_it() {
    let mut h = example_household(today());
    // g1 answers only c1; give g2 both c1 and c2, so it stays.
    h.plan.goals[1].concerns.push("c1".into());
    assert_eq!(goals_of(&h, "c1"), vec!["g1".to_string(), "g2".to_string()]);
    let removed = remove_concern_and_goals(&mut h, "c1").unwrap();
    assert_eq!(removed.goals_removed, 1);
    assert_eq!(removed.goals_unlinked, 1);
    assert!(h.plan.goals.iter().all(|g| g.id != "g1"));
    assert_eq!(
        h.plan.goals.iter().find(|g| g.id == "g2").unwrap().concerns,
        vec!["c2"]
    );
    assert!(validate(&h).is_empty());
    assert_eq!(remove_concern_and_goals(&mut h, "c1"), None);
}

#[test]
fn removing_a_meeting_unlinks_emergency_requests() {
    let mut h = example_household(today());
    let form = EmergencyStop {
        meeting: Some("m1".into()),
        conversation_date: today(),
        troubles: vec![Trouble::NotHeard],
        details: String::new(),
        need_today: "Bellen".into(),
        from_youth: false,
        name: "Sanne".into(),
        phone: "0612345678".into(),
        reachable: String::new(),
    };
    let channel = Channel::Endpoint {
        url: "https://example.org/noodstop".into(),
    };
    crate::domain::emergency::add_request(
        &mut h,
        form,
        channel,
        "Noodstop".into(),
        "Tekst".into(),
        "key".into(),
        1,
        "Organisatie",
    );
    let removed = EntryForm::Meeting.remove(&mut h, "m1", None).unwrap();
    assert_eq!(removed.requests_unlinked, 1);
    assert!(validate(&h).is_empty());
}

#[test]
fn agreements_start_with_the_attendees_and_keep_each_partys_word() {
    let mut h = example_household(today());
    let mut f = EntryForm::Agreement
        .read(&h, None, Some("m1"), today())
        .unwrap();
    assert_eq!(f.get("rows").map(String::as_str), Some("5"));
    assert_eq!(f.get("party0").map(String::as_str), Some("Moeder (Sanne)"));
    f.insert("text".into(), "Volgende week bellen we.".into());
    f.insert("accord0".into(), "yes".into());
    f.insert("accord1".into(), "no".into());
    f.insert("party4".into(), "Oma".into());
    let id = EntryForm::Agreement
        .apply(&mut h, None, Some("m1"), &f, today())
        .unwrap();
    let a = h.plan.meetings[0]
        .agreements
        .iter()
        .find(|a| a.id == id)
        .unwrap();
    assert_eq!(a.parties.len(), 5);
    assert_eq!(a.parties[0].agreed, Some(true));
    assert_eq!(a.parties[1].agreed, Some(false));
    assert_eq!(a.parties[2].agreed, None);
    assert_eq!(a.parties[4].party, "Oma");
    assert_eq!(
        EntryForm::Agreement.remove(&mut h, &id, Some("m1")),
        Some(Removed::default())
    );
}

#[test]
fn a_dispute_moves_through_its_states_and_records_a_ruling() {
    let mut h = example_household(today());
    let mut f = EntryForm::Dispute
        .read(&h, None, Some("goal:g2"), today())
        .unwrap();
    f.insert(
        "account".into(),
        "Wij hebben al een mediator gevraagd.".into(),
    );
    let id = EntryForm::Dispute
        .apply(&mut h, None, Some("goal:g2"), &f, today())
        .unwrap();
    f.insert("status".into(), "refused".into());
    let got = problems(EntryForm::Dispute.apply(&mut h, Some(&id), Some("goal:g2"), &f, today()));
    assert_eq!(got, vec![("status_date".into(), FieldProblem::Required)]);
    f.insert("status_date".into(), "2026-11-20".into());
    f.insert("ruling_outcome".into(), "partly-upheld".into());
    f.insert("ruling_date".into(), "2026-11-27".into());
    EntryForm::Dispute
        .apply(&mut h, Some(&id), Some("goal:g2"), &f, today())
        .unwrap();
    let d = h.plan.dispute_for(DisputedEntry::Goal, "g2").unwrap();
    assert_eq!(
        d.status,
        DisputeStatus::Refused {
            on: Date::parse("2026-11-20").unwrap()
        }
    );
    assert_eq!(
        d.ruling.as_ref().unwrap().outcome,
        RulingOutcome::PartlyUpheld
    );
    assert!(validate(&h).is_empty());
    // A dispute about an entry that does not exist is refused.
    let got = EntryForm::Dispute.apply(&mut h, None, Some("goal:g404"), &f, today());
    assert!(got.is_err());
}

#[test]
fn slugs_round_trip() {
    for t in ALL {
        assert_eq!(EntryForm::from_slug(t.slug()), Some(t));
    }
    assert_eq!(
        parse_entry("concern:c1").map(|e| entry_text(&e)),
        Some("concern:c1".into())
    );
    assert_eq!(parse_entry("thing:c1"), None);
    assert_eq!(parse_entry("concern:"), None);
}

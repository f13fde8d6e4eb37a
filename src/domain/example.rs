//! The example family: fictional, for looking around and for demos.
//!
//! Dates are set relative to today so that the example always has something due soon,
//! whenever it is opened. The texts are Dutch, as a real Amsterdam plan would be.

use super::date::Date;
use super::household::*;

fn source(org: &str, person: &str, document: &str, date: Date) -> Source {
    Source {
        organisation: Some(org.into()),
        person: person.into(),
        document: document.into(),
        date: Some(date),
    }
}

fn person(id: &str, name: &str, role: PersonRole, phone: &str, email: &str, since: Date) -> Person {
    Person {
        id: id.into(),
        name: name.into(),
        role,
        phone: phone.into(),
        email: email.into(),
        since: Some(since),
        until: None,
    }
}

fn org(id: &str, kind: &str, name: &str, people: Vec<Person>) -> Organisation {
    Organisation {
        id: id.into(),
        kind: kind.into(),
        name: name.into(),
        people,
        note: String::new(),
    }
}

/// The fictional Visser family in Amsterdam-Noord, in the "drang" stage, with two children.
pub fn example_household(today: Date) -> Household {
    let ago = |days: i64| today.add_days(-days);
    let ahead = |days: i64| today.add_days(days);
    let phone = "020 000 0000"; // Deliberately not a real number.

    let organisations = vec![
        org(
            "o1",
            "veilig-thuis",
            "Veilig Thuis Amsterdam-Amstelland",
            vec![],
        ),
        org(
            "o2",
            "okt",
            "Ouder- en kindteam Noord",
            vec![person(
                "p1",
                "Fatima El Amrani",
                PersonRole::Worker,
                phone,
                "f.elamrani@voorbeeld.nl",
                ago(160),
            )],
        ),
        org(
            "o3",
            "jeugdbescherming",
            "Jeugdbescherming Regio Amsterdam",
            vec![
                person(
                    "p2",
                    "Joost de Wit",
                    PersonRole::LeadFamilyManager,
                    phone,
                    "j.dewit@voorbeeld.nl",
                    ago(70),
                ),
                person(
                    "p3",
                    "Anouk Jansen",
                    PersonRole::BackupFamilyManager,
                    phone,
                    "a.jansen@voorbeeld.nl",
                    ago(70),
                ),
            ],
        ),
        org(
            "o4",
            "school",
            "Het Noorderlicht College",
            vec![person(
                "p4",
                "Marco Rossi",
                PersonRole::Other,
                phone,
                "",
                ago(400),
            )],
        ),
        org(
            "o5",
            "huisarts-ggz",
            "Huisartsenpraktijk Buikslotermeer",
            vec![],
        ),
    ];

    let concerns = vec![
        Concern {
            id: "c1".into(),
            text: "Noor (13) mist veel lessen: dit schooljaar 14 keer ongeoorloofd afwezig.".into(),
            raised_by: Some("o4".into()),
            date: ago(60),
            kind: StatementKind::Fact,
            source: source("o4", "Marco Rossi, mentor", "Verzuimoverzicht van school", ago(62)),
            status: ConcernStatus::Open,
            child: Some("k1".into()),
            family_comment: "Klopt. Noor zag erg op tegen de gymles; daar praten we nu over met school.".into(),
            youth_comment: String::new(),
        },
        Concern {
            id: "c2".into(),
            text: "De ruzies tussen de ouders over de omgang belasten de kinderen.".into(),
            raised_by: Some("o3".into()),
            date: ago(45),
            kind: StatementKind::Opinion,
            source: source("o3", "Joost de Wit, gezinsmanager", "Gesprek bij de Jeugdbeschermingstafel", ago(45)),
            status: ConcernStatus::Open,
            child: None,
            family_comment: "We maken minder ruzie dan vorig jaar. We willen graag hulp bij een omgangsregeling.".into(),
            youth_comment: String::new(),
        },
        Concern {
            id: "c3".into(),
            text: "Daan zou thuis vaak zonder avondeten naar bed gaan.".into(),
            raised_by: Some("o1".into()),
            date: ago(170),
            kind: StatementKind::Unknown,
            source: source("o1", "Melder (anoniem)", "Melding bij Veilig Thuis", ago(172)),
            status: ConcernStatus::Open,
            child: Some("k2".into()),
            family_comment: "Dit klopt niet. Daan eet elke avond mee. De huisarts kan zijn groei bevestigen.".into(),
            youth_comment: String::new(),
        },
    ];

    let goals = vec![
        Goal {
            id: "g1".into(),
            text: "Noor gaat weer elke schooldag naar school.".into(),
            concerns: vec!["c1".into()],
            steps: vec![
                "Elke maandag een kort gesprek met de mentor.".into(),
                "Noor mag bij gym eerst meedoen met een kleinere groep.".into(),
            ],
            support: vec![
                Support {
                    text: "Wekelijks mentorgesprek".into(),
                    by: Some("o4".into()),
                },
                Support {
                    text: "Gesprekken met Noor over haar angst".into(),
                    by: Some("o2".into()),
                },
            ],
            due: Some(ahead(40)),
            progress: Progress::Working,
            notes: vec![ProgressNote {
                date: ago(10),
                text: "Twee weken zonder verzuim.".into(),
            }],
            child: Some("k1".into()),
            created: ago(45),
            youth_comment: String::new(),
        },
        Goal {
            id: "g2".into(),
            text: "De ouders maken samen een omgangsregeling op papier.".into(),
            concerns: vec!["c2".into()],
            steps: vec![
                "Drie gesprekken met een mediator.".into(),
                "De regeling samen ondertekenen.".into(),
            ],
            support: vec![Support {
                text: "Mediator via het ouder- en kindteam".into(),
                by: Some("o2".into()),
            }],
            due: Some(ahead(75)),
            progress: Progress::NotStarted,
            notes: vec![],
            child: None,
            created: ago(45),
            youth_comment: String::new(),
        },
        Goal {
            id: "g3".into(),
            text: "Daan gaat wekelijks naar voetbal.".into(),
            concerns: vec![],
            steps: vec!["Aanmelden bij de club in de buurt.".into()],
            support: vec![Support {
                text: "Bijdrage voor de contributie".into(),
                by: Some("o2".into()),
            }],
            due: Some(ago(5)),
            progress: Progress::Reached,
            notes: vec![ProgressNote {
                date: ago(20),
                text: "Daan traint nu elke woensdag.".into(),
            }],
            child: Some("k2".into()),
            created: ago(90),
            youth_comment: String::new(),
        },
    ];

    let meeting = Meeting {
        id: "m1".into(),
        date: ago(16),
        kind: MeetingKind::Plan,
        topic: "Het plan voor de komende drie maanden".into(),
        attendees: vec![
            "Moeder (Sanne)".into(),
            "Vader (Karim)".into(),
            "Joost de Wit (Jeugdbescherming)".into(),
            "Fatima El Amrani (ouder- en kindteam)".into(),
        ],
        recording: Recording {
            recorded: false,
            by: String::new(),
        },
        notes: "Plan besproken. Noor mocht aan het eind haar mening geven.".into(),
        communication: "Rustig gesprek. We kregen genoeg tijd om te reageren.".into(),
        agreements: vec![
            Agreement {
                id: "a1".into(),
                text: "Joost stuurt het verslag binnen 5 werkdagen, zodat wij kunnen reageren."
                    .into(),
                parties: vec![
                    Accord {
                        party: "Moeder".into(),
                        agreed: Some(true),
                    },
                    Accord {
                        party: "Vader".into(),
                        agreed: Some(true),
                    },
                    Accord {
                        party: "Jeugdbescherming".into(),
                        agreed: Some(true),
                    },
                ],
            },
            Agreement {
                id: "a2".into(),
                text: "De ouders vragen zelf een mediator aan bij het ouder- en kindteam.".into(),
                parties: vec![
                    Accord {
                        party: "Moeder".into(),
                        agreed: Some(true),
                    },
                    Accord {
                        party: "Vader".into(),
                        agreed: Some(false),
                    },
                    Accord {
                        party: "Ouder- en kindteam".into(),
                        agreed: None,
                    },
                ],
            },
        ],
    };

    let report = Report {
        id: "r1".into(),
        title: "Verslag van de Jeugdbeschermingstafel".into(),
        kind: ReportKind::FamilyPlan,
        received: Some(ago(6)),
        goes_out: Some(ahead(10)),
        respond_by: Some(ahead(4)),
        response: String::new(),
    };

    Household {
        label: "Gezin Visser (voorbeeld)".into(),
        is_example: true,
        created: ago(170),
        next_id: 100,
        position: Position {
            path: vec![
                PathStep {
                    stage: "melding".into(),
                    since: ago(172),
                },
                PathStep {
                    stage: "vrijwillig".into(),
                    since: ago(160),
                },
                PathStep {
                    stage: "drang".into(),
                    since: ago(70),
                },
            ],
        },
        children: vec![
            Child {
                id: "k1".into(),
                name: "Noor".into(),
                birth_year: Some(today.year() - 13),
            },
            Child {
                id: "k2".into(),
                name: "Daan".into(),
                birth_year: Some(today.year() - 8),
            },
        ],
        organisations,
        plan: Plan {
            positives: vec![
                Positive {
                    id: "w1".into(),
                    text: "Daan heeft het naar zijn zin op voetbal en op school.".into(),
                    date: ago(16),
                    source: source("o3", "Joost de Wit", "Plangesprek", ago(16)),
                },
                Positive {
                    id: "w2".into(),
                    text: "Beide ouders komen trouw naar de afspraken.".into(),
                    date: ago(45),
                    source: source(
                        "o2",
                        "Fatima El Amrani",
                        "Overdracht aan Jeugdbescherming",
                        ago(45),
                    ),
                },
            ],
            concerns,
            goals,
            meetings: vec![meeting],
            reports: vec![report],
            decisions: vec![],
            disputes: vec![Dispute {
                id: "d1".into(),
                entry: EntryRef {
                    entry: DisputedEntry::Concern,
                    id: "c3".into(),
                },
                account: "Daan eet elke avond met ons mee. Dat kan de huisarts bevestigen: hij groeit goed. De melding is anoniem en niemand heeft het bij ons nagevraagd.".into(),
                created: ago(12),
                status: DisputeStatus::Drafted,
                letter: None,
                ruling: None,
            }],
        },
        requests: vec![],
    }
}

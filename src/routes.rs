//! Every address of the app, in one place: the paths as constants, and small functions for the
//! addresses with an id or a question (`stage("ots")`, `plan_edit("zorg", "c1")`,
//! `court("aanwijzing")`). Links in components and pages use these, so a link and the route it
//! leads to cannot drift apart. The router in `src/lib.rs` writes the same paths in `path!`
//! (the macro takes literals only); a test below checks that it knows exactly `ALL`.
//!
//! The addresses are Dutch and the same in every language (docs/architecture.md, "Addresses").

/// `/` the overview (the welcome on a first visit).
pub const OVERVIEW: &str = "/";
/// `/start` the guided start.
pub const START: &str = "/start";
/// `/kader` the framework map.
pub const FRAMEWORK: &str = "/kader";
/// `/plan` the plan.
pub const PLAN: &str = "/plan";
/// `/netwerk` who is who.
pub const NETWORK: &str = "/netwerk";
/// `/hulp` help and complaints.
pub const HELP: &str = "/hulp";
/// `/hulp/brief` a letter (with `?soort=`: `letter`).
pub const LETTER: &str = "/hulp/brief";
/// `/hulp/rechter` the requests to the kinderrechter (with `?soort=`: `court`).
pub const COURT: &str = "/hulp/rechter";
/// `/noodstop` the emergency stop.
pub const EMERGENCY: &str = "/noodstop";
/// `/rechten` rights.
pub const RIGHTS: &str = "/rechten";
/// `/woorden` the words explained.
pub const GLOSSARY: &str = "/woorden";
/// `/instellingen` settings.
pub const SETTINGS: &str = "/instellingen";

/// The id of an entry that does not exist yet, in `plan_edit`.
pub const NEW: &str = "nieuw";

/// Every route the router knows, as its pattern (`:name` is a part of the address).
pub const ALL: [&str; 15] = [
    OVERVIEW,
    START,
    FRAMEWORK,
    "/kader/:stage",
    PLAN,
    "/plan/bewerk/:kind/:id",
    "/plan/afspraken/:id",
    NETWORK,
    HELP,
    LETTER,
    COURT,
    EMERGENCY,
    RIGHTS,
    GLOSSARY,
    SETTINGS,
];

/// `/kader/<stage-id>` one stage.
pub fn stage(id: &str) -> String {
    format!("{FRAMEWORK}/{id}")
}

/// `/plan/bewerk/<kind>/<id>` editing one plan entry (`NEW` for a new one).
pub fn plan_edit(kind: &str, id: &str) -> String {
    format!("{PLAN}/bewerk/{kind}/{id}")
}

/// `/plan/afspraken/<meeting-id>` a meeting's agreements.
pub fn agreements(meeting: &str) -> String {
    format!("{PLAN}/afspraken/{meeting}")
}

/// `/netwerk?org=<id>` one organisation.
pub fn organisation(id: &str) -> String {
    format!("{NETWORK}?org={id}")
}

/// `/netwerk?org=<id>&nieuw=persoon` one organisation with the form for a new person open.
pub fn new_person(organisation: &str) -> String {
    format!("{NETWORK}?org={organisation}&nieuw=persoon")
}

/// `/netwerk?terug=noodstop` who is who, with the way back to the emergency form.
pub fn network_from_emergency() -> String {
    format!("{NETWORK}?terug=noodstop")
}

/// `/hulp/brief?soort=<kind>` a letter of one kind (`klacht`, `bemiddelaar`, …).
pub fn letter(kind: &str) -> String {
    format!("{LETTER}?soort={kind}")
}

/// `/hulp/rechter?soort=<kind>` one request to the kinderrechter.
pub fn court(kind: &str) -> String {
    format!("{COURT}?soort={kind}")
}

/// `/hulp/rechter?soort=<kind>&besluit=<decision-id>` a request about a decision in the plan.
pub fn court_about(kind: &str, decision: &str) -> String {
    format!("{COURT}?soort={kind}&besluit={decision}")
}

/// `/hulp/rechter?verzoek=<request-id>` one kept request to the kinderrechter.
pub fn court_request(id: &str) -> String {
    format!("{COURT}?verzoek={id}")
}

/// `/noodstop?gesprek=<meeting-id>` the emergency stop about a meeting.
pub fn emergency_about(meeting: &str) -> String {
    format!("{EMERGENCY}?gesprek={meeting}")
}

/// `/woorden#<id>` one word explained.
pub fn glossary_word(id: &str) -> String {
    format!("{GLOSSARY}#{id}")
}

/// `/instellingen#<part>` a part of the settings (`export-title`, `passcode-title`, …).
pub fn settings_part(part: &str) -> String {
    format!("{SETTINGS}#{part}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `path!("…")` literals of the router in `src/lib.rs`.
    fn router_paths() -> Vec<String> {
        let lib = include_str!("lib.rs");
        lib.split("path!(\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap_or_default().to_string())
            .collect()
    }

    #[test]
    fn the_router_knows_exactly_the_routes_here() {
        let router = router_paths();
        assert!(
            router.len() > 10,
            "expected the router's paths, found {router:?}"
        );
        for path in &router {
            assert!(
                ALL.contains(&path.as_str()),
                "src/lib.rs routes {path}, which src/routes.rs does not have (add it to ALL)"
            );
        }
        for path in ALL {
            assert!(
                router.iter().any(|r| r == path),
                "src/routes.rs has {path}, which the router in src/lib.rs does not route"
            );
        }
    }

    /// Whether the router answers `address` (its query and fragment aside).
    fn routed(address: &str) -> bool {
        let path = address.split(['?', '#']).next().unwrap_or_default();
        ALL.iter().any(|pattern| {
            let a: Vec<&str> = pattern.split('/').collect();
            let b: Vec<&str> = path.split('/').collect();
            a.len() == b.len() && a.iter().zip(&b).all(|(p, s)| p.starts_with(':') || p == s)
        })
    }

    /// The browser tests and the tools (screenshots, page heights) write addresses as text
    /// (they are not Rust); each one they open must still be a route, so a renamed route fails
    /// here in seconds rather than in the browser suite.
    #[test]
    fn the_addresses_in_the_browser_tests_and_tools_are_routes() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let firsts: Vec<&str> = ALL
            .iter()
            .filter_map(|r| r.split('/').nth(1))
            .filter(|s| !s.is_empty())
            .collect();
        let mut checked = 0;
        for dir in ["end2end/tests", "tools"] {
            for entry in std::fs::read_dir(root.join(dir)).expect("the folder exists") {
                let path = entry.expect("readable entry").path();
                if !path.extension().is_some_and(|e| e == "ts" || e == "mjs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("readable file");
                for quote in ['"', '\'', '`'] {
                    // Every other piece is inside quotes.
                    for literal in text.split(quote).skip(1).step_by(2) {
                        let first = literal
                            .strip_prefix('/')
                            .and_then(|r| r.split(['/', '?', '#']).next());
                        if literal.contains(char::is_whitespace)
                            || !first.is_some_and(|f| firsts.contains(&f))
                        {
                            continue;
                        }
                        // `/plan/bewerk/zorg/${id}`: a part filled in by the test.
                        let address = literal.replace("${id}", "x");
                        assert!(
                            routed(&address),
                            "{}: {literal} is not a route of src/routes.rs",
                            path.display()
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(
            checked > 50,
            "expected the tests' addresses, found {checked}"
        );
    }

    /// Every address a function here makes is one the router answers.
    #[test]
    fn every_address_made_here_is_routed() {
        let made = [
            stage("ots"),
            plan_edit("zorg", NEW),
            agreements("m1"),
            organisation("o1"),
            new_person("o1"),
            network_from_emergency(),
            letter("klacht"),
            court("aanwijzing"),
            court_about("aanwijzing", "d1"),
            emergency_about("m1"),
            glossary_word("ots"),
            settings_part("export-title"),
        ];
        for address in made {
            assert!(routed(&address), "{address} is not a route of the router");
        }
    }
}

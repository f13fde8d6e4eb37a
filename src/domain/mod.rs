//! The pure domain: the household document, the framework's stages and the rules.
//!
//! No Leptos, browser or storage types here: everything is plain Rust, tested with
//! `cargo test` on the host.

pub mod agreements;
pub mod complaint;
pub mod correction;
pub mod court_request;
pub mod date;
pub mod document;
pub mod due;
pub mod emergency;
pub mod example;
pub mod follow_up;
pub mod glossary;
pub mod guided_start;
pub mod household;
pub mod import;
pub mod json_path;
pub mod links;
pub mod locked;
pub mod map_layout;
pub mod merge;
pub mod migrations;
pub mod network;
pub mod notices;
pub mod ordering;
pub mod outbox;
pub mod plan_edit;
pub mod position;
pub mod profile;
pub mod public_contacts;
pub mod stage;
pub mod transitions;
pub mod validation;
pub mod youth;

#[cfg(test)]
mod tests {
    /// The domain stays pure: no browser, Leptos or storage code in `src/domain`.
    #[test]
    fn the_domain_imports_no_browser_or_leptos_code() {
        let forbidden = [
            "leptos",
            "web_sys",
            "js_sys",
            "gloo",
            "wasm_bindgen",
            "crate::store",
            "crate::pages",
            "crate::components",
            "crate::state",
        ];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
        let mut checked = 0;
        let plan_edit = std::fs::read_dir(dir.join("plan_edit")).expect("src/domain/plan_edit");
        for entry in std::fs::read_dir(&dir)
            .expect("src/domain exists")
            .chain(plan_edit)
        {
            let path = entry.expect("readable entry").path();
            if path.is_dir() {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("readable file");
            for line in text.lines().filter(|l| l.trim_start().starts_with("use ")) {
                for name in forbidden {
                    assert!(!line.contains(name), "{}: {line}", path.display());
                }
            }
            checked += 1;
        }
        assert!(checked >= 8, "expected the domain files, found {checked}");
    }
}
#[cfg(test)]
pub(crate) mod fuzz_tests;

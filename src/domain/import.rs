//! Importing a household file: size limit, strict decoding and a preview of what changes.
//!
//! Reading a file never touches the stored household: `read_import` only returns the new
//! household and a preview; the caller replaces the stored one after the user confirms.

use super::date::Date;
use super::document::{self, LoadError};
use super::household::Household;
use super::locked::{self, Locked, LockedError};
use super::validation::import_problems;
use serde_json::Value;
use std::fmt;

/// The largest file Helder reads (2 MB); a real household is tens of kilobytes.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

/// Why a file cannot be imported.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// Larger than `MAX_IMPORT_BYTES`.
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// The file is empty.
    Empty,
    /// Not text (UTF-8).
    NotText,
    /// A locked (encrypted) Helder store, not an export.
    Locked,
    /// Read, but not a valid household (the reason names the field where it can).
    Load(LoadError),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => {
                write!(f, "file is {bytes} bytes, the limit is {MAX_IMPORT_BYTES}")
            }
            ImportError::Empty => write!(f, "the file is empty"),
            ImportError::NotText => write!(f, "the file is not text"),
            ImportError::Locked => write!(f, "a locked Helder store, not an export"),
            ImportError::Load(e) => write!(f, "{e}"),
        }
    }
}

/// One part of the household, counted in the preview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// Steps on the family's path through the framework.
    Path,
    /// Children.
    Children,
    /// Organisations.
    Organisations,
    /// People at the organisations.
    People,
    /// What goes well.
    Positives,
    /// Concerns.
    Concerns,
    /// Goals.
    Goals,
    /// Meetings.
    Meetings,
    /// Agreements made in meetings.
    Agreements,
    /// Reports.
    Reports,
    /// Decisions.
    Decisions,
    /// Disputed entries.
    Disputes,
    /// Requests the family made.
    Requests,
}

impl Section {
    /// Every section, in the order the preview shows them.
    pub const ALL: [Section; 13] = [
        Section::Path,
        Section::Children,
        Section::Organisations,
        Section::People,
        Section::Positives,
        Section::Concerns,
        Section::Goals,
        Section::Meetings,
        Section::Agreements,
        Section::Reports,
        Section::Decisions,
        Section::Disputes,
        Section::Requests,
    ];

    /// How many entries of this section a household holds.
    pub fn count(self, h: &Household) -> usize {
        match self {
            Section::Path => h.position.path.len(),
            Section::Children => h.children.len(),
            Section::Organisations => h.organisations.len(),
            Section::People => h.organisations.iter().map(|o| o.people.len()).sum(),
            Section::Positives => h.plan.positives.len(),
            Section::Concerns => h.plan.concerns.len(),
            Section::Goals => h.plan.goals.len(),
            Section::Meetings => h.plan.meetings.len(),
            Section::Agreements => h.plan.meetings.iter().map(|m| m.agreements.len()).sum(),
            Section::Reports => h.plan.reports.len(),
            Section::Decisions => h.plan.decisions.len(),
            Section::Disputes => h.plan.disputes.len(),
            Section::Requests => h.requests.len(),
        }
    }
}

/// One row of the preview: how many entries now, and how many in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectionCount {
    /// Which part.
    pub section: Section,
    /// On the device now (0 when there is nothing yet).
    pub now: usize,
    /// In the file.
    pub file: usize,
}

/// What the user sees before confirming an import.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// The file's household name.
    pub label: String,
    /// Whether the file holds the example family.
    pub is_example: bool,
    /// When the file was saved, when it says so.
    pub saved: Option<Date>,
    /// The schema version of the file (older ones were brought up to date).
    pub version: u64,
    /// The current household's name, when there is one.
    pub label_now: Option<String>,
    /// Counts per section, now and in the file.
    pub sections: Vec<SectionCount>,
}

impl Preview {
    /// True when the file holds exactly the same entries per section as the device.
    pub fn same_counts(&self) -> bool {
        self.sections.iter().all(|s| s.now == s.file)
    }
}

/// A file that can be imported: the household and its preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    /// The household from the file, valid and in the current version.
    pub household: Household,
    /// What will change.
    pub preview: Preview,
}

/// A copy protected with a password is a locked envelope (the same shape as a store locked
/// with a passcode). `None` when the file is not one, so it is read as a plain copy; an
/// envelope that is damaged or from a newer Helder is refused before any password is asked.
pub fn protected(bytes: &[u8]) -> Option<Result<Locked, ImportError>> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !locked::is_locked(text) {
        return None;
    }
    Some(locked::decode(text).map_err(|e| {
        ImportError::Load(match e {
            LockedError::Newer { found } => LoadError::Newer { found },
            LockedError::Field { field, reason } => LoadError::Shape {
                field: field.to_string(),
                reason,
            },
            LockedError::NotJson | LockedError::NotLocked => LoadError::NotHelder,
        })
    }))
}

/// Reads an import file's bytes against the household on the device now.
pub fn read_import(bytes: &[u8], current: Option<&Household>) -> Result<Incoming, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    // A byte-order mark some editors add is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let household = document::decode(text).map_err(|e| {
        if e == LoadError::NotHelder && locked::is_locked(text) {
            ImportError::Locked
        } else {
            ImportError::Load(e)
        }
    })?;
    // A file may number its ids so high that new ones would soon run out.
    let problems = import_problems(&household);
    if !problems.is_empty() {
        return Err(ImportError::Load(LoadError::Invalid(problems)));
    }
    // decode succeeded, so the envelope is a JSON object with a version.
    let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let version = value.get("version").and_then(Value::as_u64).unwrap_or(0);
    let saved = value
        .get("saved")
        .and_then(Value::as_str)
        .and_then(|s| Date::parse(s).ok());
    let preview = preview(current, &household, saved, version);
    Ok(Incoming { household, preview })
}

/// The preview of replacing `current` by `incoming`.
pub fn preview(
    current: Option<&Household>,
    incoming: &Household,
    saved: Option<Date>,
    version: u64,
) -> Preview {
    Preview {
        label: incoming.label.clone(),
        is_example: incoming.is_example,
        saved,
        version,
        label_now: current.map(|h| h.label.clone()),
        sections: Section::ALL
            .iter()
            .map(|&section| SectionCount {
                section,
                now: current.map_or(0, |h| section.count(h)),
                file: section.count(incoming),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::document::encode;
    use crate::domain::example::example_household;

    fn today() -> Date {
        Date::parse("2026-11-28").unwrap()
    }

    #[test]
    fn a_valid_export_gives_a_preview_with_counts_now_and_in_the_file() {
        let file = example_household(today());
        let text = encode(&file, today());
        let mut now = file.clone();
        now.plan.concerns.truncate(1);
        let incoming = read_import(text.as_bytes(), Some(&now)).unwrap();
        assert_eq!(incoming.household, file);
        let p = &incoming.preview;
        assert!(p.is_example);
        assert_eq!(p.saved, Some(today()));
        assert_eq!(p.version, document::CURRENT_VERSION as u64);
        let concerns = p
            .sections
            .iter()
            .find(|s| s.section == Section::Concerns)
            .unwrap();
        assert_eq!(concerns.now, 1);
        assert_eq!(concerns.file, file.plan.concerns.len());
        assert!(!p.same_counts());
    }

    #[test]
    fn with_nothing_on_the_device_every_count_now_is_zero() {
        let file = example_household(today());
        let incoming = read_import(encode(&file, today()).as_bytes(), None).unwrap();
        assert!(incoming.preview.sections.iter().all(|s| s.now == 0));
        assert_eq!(incoming.preview.label_now, None);
    }

    #[test]
    fn an_older_version_is_brought_up_to_date() {
        let text = include_str!("../../tests/fixtures/household-v1.json");
        let incoming = read_import(text.as_bytes(), None).unwrap();
        assert_eq!(incoming.preview.version, 1);
    }

    #[test]
    fn a_newer_version_is_refused() {
        let text = encode(&example_household(today()), today()).replacen(
            &format!("\"version\":{}", document::CURRENT_VERSION),
            "\"version\":99",
            1,
        );
        assert_eq!(
            read_import(text.as_bytes(), None),
            Err(ImportError::Load(LoadError::Newer { found: 99 }))
        );
    }

    #[test]
    fn a_wrong_field_is_named() {
        let text = encode(&example_household(today()), today()).replacen(
            "\"kind\":\"fact\"",
            "\"kind\":\"rumour\"",
            1,
        );
        match read_import(text.as_bytes(), None) {
            Err(ImportError::Load(LoadError::Shape { field, .. })) => {
                assert!(field.starts_with("plan.concerns["), "{field}")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn too_large_empty_not_text_and_locked_files_are_refused() {
        let big = vec![b' '; MAX_IMPORT_BYTES + 1];
        assert_eq!(
            read_import(&big, None),
            Err(ImportError::TooLarge {
                bytes: MAX_IMPORT_BYTES + 1
            })
        );
        assert_eq!(read_import(b"  \n", None), Err(ImportError::Empty));
        assert_eq!(
            read_import(&[0xff, 0xfe, 0x00], None),
            Err(ImportError::NotText)
        );
        let locked = br#"{"format":"helder-locked","version":1}"#;
        assert_eq!(read_import(locked, None), Err(ImportError::Locked));
        assert_eq!(
            read_import(b"{\"format\":\"x\"}", None),
            Err(ImportError::Load(LoadError::NotHelder))
        );
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let text = format!("\u{feff}{}", encode(&example_household(today()), today()));
        assert!(read_import(text.as_bytes(), None).is_ok());
    }

    fn sealed() -> Locked {
        Locked {
            iterations: locked::ITERATIONS,
            salt: vec![1; locked::SALT_LEN],
            iv: vec![2; locked::IV_LEN],
            data: vec![3; 40],
        }
    }

    #[test]
    fn a_password_protected_copy_is_recognised_and_its_envelope_read() {
        let text = locked::encode(&sealed());
        assert_eq!(protected(text.as_bytes()), Some(Ok(sealed())));
        let with_bom = format!("\u{feff}{text}");
        assert_eq!(protected(with_bom.as_bytes()), Some(Ok(sealed())));
    }

    #[test]
    fn a_plain_copy_or_another_file_is_not_protected() {
        let plain = encode(&example_household(today()), today());
        assert_eq!(protected(plain.as_bytes()), None);
        assert_eq!(protected(b"not json"), None);
        assert_eq!(protected(&[0xff, 0xfe]), None);
        assert_eq!(protected(b""), None);
    }

    #[test]
    fn a_damaged_or_newer_protected_copy_is_refused_naming_the_field() {
        let mut value: Value = serde_json::from_str(&locked::encode(&sealed())).unwrap();
        value["kdf"]["salt"] = Value::from("***");
        match protected(value.to_string().as_bytes()) {
            Some(Err(ImportError::Load(LoadError::Shape { field, .. }))) => {
                assert_eq!(field, "kdf.salt")
            }
            other => panic!("expected a refusal naming kdf.salt, got {other:?}"),
        }
        value["version"] = Value::from(7);
        assert_eq!(
            protected(value.to_string().as_bytes()),
            Some(Err(ImportError::Load(LoadError::Newer { found: 7 })))
        );
    }
}

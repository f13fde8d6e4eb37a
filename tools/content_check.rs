//! The content check (`make content-check`, and part of `cargo test --lib`): reads every content file (`content/<lang>/*.toml`) and reports, per
//! file and language, how readable the texts are (sentences, average sentence length, long
//! words) and which texts have long sentences. It fails (exit code 1) when a key, list entry or
//! file exists in one language only, or when a legal statement has no source or no date.
//!
//! A statement is a table in a list with a `text`; it needs a `source` and a `checked` date
//! (its own or the file's). An interface text named `…source` that cites one ("Bron:" /
//! "Source:") needs the date it was checked.
//!
//! The glossary (`glossary.toml`, docs/glossary.md) must explain every legal word the content
//! uses: the words in `MUST_EXPLAIN_NL` / `MUST_EXPLAIN_EN`, and it fails when a text uses one
//! that no glossary form covers, or when the two glossaries list different terms.
//!
//! It runs as a host test (the test build is there already; no second build of the app), so
//! `make content-check` is `cargo test --lib content_check -- --nocapture`. The build (`build.rs`) refuses most of this too; this check says all of it at
//! once, in one report a content editor can read.

use std::collections::BTreeMap;
use std::path::Path;

const LANGS: [&str; 2] = ["nl", "en"];
/// A sentence longer than this many words is reported (B1 guidance: about 15 on average).
const LONG_SENTENCE: usize = 20;
/// A word of this many letters or more counts as long.
const LONG_WORD: usize = 15;
/// Words with a full stop that do not end a sentence.
const ABBREVIATIONS: [&str; 6] = ["art.", "bijv.", "bv.", "e.g.", "i.e.", "nr."];
/// Keys whose values are data, not text for reading.
const NOT_PROSE: [&str; 7] = ["id", "source", "checked", "cites", "url", "stages", "forms"];

/// Legal words the glossary must explain wherever the content uses them (matched as whole
/// words with the glossary's case rule: a small letter also matches a capital). Every term of
/// the glossary is explained anyway; this list catches a legal word that has no entry yet.
const MUST_EXPLAIN_NL: &[&str] = &[
    "maatregel",
    "maatregelen",
    "kinderbeschermingsmaatregel",
    "ondertoezichtstelling",
    "OTS",
    "voorlopige ondertoezichtstelling",
    "Raad",
    "raadsonderzoek",
    "gecertificeerde instelling",
    "GI",
    "machtiging",
    "spoedmachtiging",
    "uithuisplaatsing",
    "schriftelijke aanwijzing",
    "aanwijzing",
    "verzoekschrift",
    "verweerschrift",
    "zitting",
    "beschikking",
    "hoger beroep",
    "cassatie",
    "gezag",
    "ouderlijk gezag",
    "voogdij",
    "voogd",
    "voorlopige voogdij",
    "dossier",
    "ombudsman",
    "Kinderombudsman",
    "Nationale ombudsman",
    "vertrouwenspersoon",
    "kinderrechter",
    "klachtencommissie",
    "tuchtcollege",
    "SKJ",
    "familiegroepsplan",
    "jeugdhulp",
    "drang",
    "dwang",
    "gezinsmanager",
    "officier van justitie",
    "openbaar ministerie",
    "termijn",
    "pleegzorg",
    "jeugdreclassering",
    "gezagsbeëindiging",
    "uitvoerbaar bij voorraad",
    "griffie",
];
/// The same for English.
const MUST_EXPLAIN_EN: &[&str] = &[
    "measure",
    "measures",
    "supervision order",
    "provisional supervision order",
    "OTS",
    "Child Protection Board",
    "Board",
    "certified institution",
    "placement authorisation",
    "authorisation",
    "emergency authorisation",
    "out-of-home placement",
    "written instruction",
    "petition",
    "statement of defence",
    "hearing",
    "court decision",
    "appeal",
    "cassation",
    "parental authority",
    "guardianship",
    "temporary guardianship",
    "ombudsman",
    "Children's Ombudsman",
    "National Ombudsman",
    "confidential adviser",
    "juvenile judge",
    "complaints commission",
    "disciplinary board",
    "SKJ",
    "family group plan",
    "youth care",
    "drang",
    "family manager",
    "public prosecutor",
    "foster care",
    "youth probation",
    "registry",
];

/// Every leaf of a content file, by path (`stage[ots].rights[2].text`).
fn leaves(value: &toml::Value, path: &str, out: &mut BTreeMap<String, String>) {
    match value {
        toml::Value::Table(table) => {
            for (key, v) in table {
                let p = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                leaves(v, &p, out);
            }
        }
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let name = item
                    .get("id")
                    .or_else(|| item.get("cites"))
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
                    .unwrap_or_else(|| i.to_string());
                leaves(item, &format!("{path}[{name}]"), out);
            }
        }
        toml::Value::String(s) => {
            out.insert(path.to_string(), s.clone());
        }
        other => {
            out.insert(path.to_string(), other.to_string());
        }
    }
}

/// Statements (tables with a `text`) without a source or a date.
fn unsourced(value: &toml::Value, path: &str, file_checked: bool, out: &mut Vec<String>) {
    unsourced_in(value, path, file_checked, false, out)
}

fn unsourced_in(
    value: &toml::Value,
    path: &str,
    file_checked: bool,
    in_list: bool,
    out: &mut Vec<String>,
) {
    match value {
        toml::Value::Table(table) => {
            if in_list && table.contains_key("text") {
                let source = table.get("source").and_then(|v| v.as_str()).unwrap_or("");
                if source.trim().is_empty() {
                    out.push(format!("{path}: no source"));
                }
                let checked = table.get("checked").and_then(|v| v.as_str());
                if checked.is_none() && !file_checked {
                    out.push(format!("{path}: no date (checked)"));
                }
                if let Some(date) = checked {
                    if !is_date(date) {
                        out.push(format!("{path}: date \"{date}\" is not YYYY-MM-DD"));
                    }
                }
            }
            for (key, v) in table {
                let p = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                unsourced_in(v, &p, file_checked, false, out);
            }
        }
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                unsourced_in(item, &format!("{path}[{i}]"), file_checked, true, out);
            }
        }
        _ => {}
    }
}

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Sentences of a text, each as its words (placeholders such as `{date}` count as a word).
fn sentences(text: &str) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    let mut current = Vec::new();
    for word in text.split_whitespace() {
        current.push(word);
        if ABBREVIATIONS.contains(&word.to_lowercase().as_str()) {
            continue;
        }
        let end = word.trim_end_matches(['"', '\'', ')', '»', '”']);
        if end.ends_with(['.', '!', '?', ':']) {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn letters(word: &str) -> usize {
    word.chars().filter(|c| c.is_alphabetic()).count()
}

/// Readability figures for the texts of one file in one language.
#[derive(Default)]
struct Figures {
    texts: usize,
    sentences: usize,
    words: usize,
    long_words: BTreeMap<String, usize>,
    long_sentences: Vec<(String, usize)>,
}

/// Whether a leaf is text for reading (not an id, a source, a date, …).
fn is_prose(path: &str, text: &str) -> bool {
    let last = path.rsplit('.').next().unwrap_or(path);
    let last = last.split('[').next().unwrap_or(last);
    !NOT_PROSE.contains(&last) && text.chars().any(char::is_alphabetic)
}

/// The glossary's forms, each with the index of its term.
fn glossary_forms(glossary: &toml::Value) -> Vec<(String, usize)> {
    let terms = glossary.get("term").and_then(|t| t.as_array());
    terms
        .into_iter()
        .flatten()
        .enumerate()
        .flat_map(|(i, t)| {
            let forms = t.get("forms").and_then(|f| f.as_str()).unwrap_or("");
            forms
                .split(',')
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .map(move |f| (f.to_string(), i))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn glossary_ids(glossary: &toml::Value) -> Vec<String> {
    let terms = glossary.get("term").and_then(|t| t.as_array());
    terms
        .into_iter()
        .flatten()
        .map(|t| {
            t.get("id")
                .and_then(|i| i.as_str())
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

/// Uses of a word from `must` that no glossary form covers: one failure per word and file.
fn unexplained(
    lang: &str,
    forms: &[(String, usize)],
    must: &[&str],
    texts: &[(String, String, String)],
) -> Vec<String> {
    use crate::domain::glossary::find;
    let forms: Vec<(&str, usize)> = forms.iter().map(|(f, i)| (f.as_str(), *i)).collect();
    let mut out: Vec<String> = Vec::new();
    let mut reported: Vec<(&str, &str)> = Vec::new();
    for (file, key, text) in texts {
        let explained = find(text, &forms);
        for word in must {
            let uses = find(text, &[(word, 0)]);
            let missing = uses.iter().any(|u| {
                !explained
                    .iter()
                    .any(|e| e.start <= u.start && e.end >= u.end)
            });
            if missing && !reported.contains(&(word, file.as_str())) {
                reported.push((word, file.as_str()));
                out.push(format!(
                    "content/{lang}/{file}: {key} uses \"{word}\", which content/{lang}/glossary.toml does not explain (add it to a term's forms, or a term)"
                ));
            }
        }
    }
    out
}

fn figures(texts: &BTreeMap<String, String>) -> Figures {
    let mut f = Figures::default();
    for (path, text) in texts {
        if !is_prose(path, text) {
            continue;
        }
        f.texts += 1;
        for sentence in sentences(text) {
            f.sentences += 1;
            f.words += sentence.len();
            if sentence.len() > LONG_SENTENCE {
                f.long_sentences.push((path.clone(), sentence.len()));
            }
            for word in sentence {
                if letters(word) >= LONG_WORD && !word.contains(['@', '/', '{']) {
                    let clean: String = word
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    *f.long_words.entry(clean).or_default() += 1;
                }
            }
        }
    }
    f
}

/// Runs the check, prints the report and returns the failures.
pub fn run() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut failures: Vec<String> = Vec::new();
    let mut files: Vec<String> = Vec::new();
    for lang in LANGS {
        let dir = root.join(lang);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            failures.push(format!("content/{lang}/ is missing"));
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if name.ends_with(".toml") && !files.contains(&name) {
                files.push(name);
            }
        }
    }
    files.sort();

    println!(
        "Content check: {} files in {}",
        files.len(),
        LANGS.join(" and ")
    );
    println!(
        "Per text: sentences, average words per sentence (B1: about 15), long words ({LONG_WORD}+ letters)."
    );
    println!();
    println!(
        "{:<22} {:<4} {:>6} {:>9} {:>9} {:>11}",
        "file", "lang", "texts", "sentences", "avg words", "long words"
    );
    let mut warnings: Vec<String> = Vec::new();
    // Every prose text per language, by file and key, for the glossary check.
    let mut prose: [Vec<(String, String, String)>; 2] = [Vec::new(), Vec::new()];
    let mut glossaries: [Option<toml::Value>; 2] = [None, None];
    for file in &files {
        let mut all: Vec<BTreeMap<String, String>> = Vec::new();
        for lang in LANGS {
            let path = root.join(lang).join(file);
            let parsed = std::fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| text.parse::<toml::Table>().map_err(|e| e.to_string()));
            let table = match parsed {
                Ok(table) => table,
                Err(e) => {
                    failures.push(format!("content/{lang}/{file}: {e}"));
                    all.push(BTreeMap::new());
                    continue;
                }
            };
            let value = toml::Value::Table(table);
            let mut map = BTreeMap::new();
            leaves(&value, "", &mut map);
            let file_checked = value.get("checked").is_some();
            let mut missing = Vec::new();
            unsourced(&value, "", file_checked, &mut missing);
            for m in missing {
                failures.push(format!("content/{lang}/{file}: {m}"));
            }
            // An interface text that names its source must say when it was checked.
            let (cites, dated) = match lang {
                "nl" => ("Bron:", "gecontroleerd"),
                _ => ("Source:", "checked"),
            };
            for (key, text) in &map {
                let names_source = key.ends_with("source") && text.contains(cites);
                if names_source && !text.contains('{') && !text.contains(dated) {
                    failures.push(format!(
                        "content/{lang}/{file}: {key}: cites a source without the date it was checked"
                    ));
                }
            }
            let li = LANGS.iter().position(|l| *l == lang).unwrap_or(0);
            if file == "glossary.toml" {
                glossaries[li] = Some(value.clone());
            } else {
                for (key, text) in &map {
                    if is_prose(key, text) {
                        prose[li].push((file.clone(), key.clone(), text.clone()));
                    }
                }
            }
            let f = figures(&map);
            let avg = if f.sentences == 0 {
                0.0
            } else {
                f.words as f64 / f.sentences as f64
            };
            let long: usize = f.long_words.values().sum();
            println!(
                "{:<22} {:<4} {:>6} {:>9} {:>9.1} {:>11}",
                file, lang, f.texts, f.sentences, avg, long
            );
            for (key, n) in &f.long_sentences {
                warnings.push(format!(
                    "content/{lang}/{file}: {key}: a sentence of {n} words"
                ));
            }
            let mut words: Vec<(&String, &usize)> = f.long_words.iter().collect();
            words.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            if !words.is_empty() {
                let top: Vec<String> = words
                    .iter()
                    .take(8)
                    .map(|(w, n)| format!("{w} ({n})"))
                    .collect();
                warnings.push(format!(
                    "content/{lang}/{file}: most frequent long words: {}",
                    top.join(", ")
                ));
            }
            all.push(map);
        }
        if let [nl, en] = &all[..] {
            for key in nl.keys().filter(|k| !en.contains_key(*k)) {
                failures.push(format!(
                    "content/nl/{file}: {key} has no English (content/en/{file})"
                ));
            }
            for key in en.keys().filter(|k| !nl.contains_key(*k)) {
                failures.push(format!(
                    "content/en/{file}: {key} has no Dutch (content/nl/{file})"
                ));
            }
        }
    }
    failures.extend(boot_screen_mismatches(&root));
    for (li, lang) in LANGS.iter().enumerate() {
        let must = if *lang == "nl" {
            MUST_EXPLAIN_NL
        } else {
            MUST_EXPLAIN_EN
        };
        match &glossaries[li] {
            Some(g) => failures.extend(unexplained(lang, &glossary_forms(g), must, &prose[li])),
            None => failures.push(format!("content/{lang}/glossary.toml is missing")),
        }
    }
    if let [Some(nl), Some(en)] = &glossaries {
        let (a, b) = (glossary_ids(nl), glossary_ids(en));
        if a != b {
            failures.push(format!(
                "content/nl/glossary.toml and content/en/glossary.toml list different terms (or in another order): {a:?} / {b:?}"
            ));
        }
    }
    println!();
    if !warnings.is_empty() {
        println!("To look at (not errors):");
        for w in &warnings {
            println!("  - {w}");
        }
        println!();
    }
    if failures.is_empty() {
        println!(
            "OK: every key in both languages, every legal statement with a source and a date."
        );
    } else {
        println!("FAILED ({}):", failures.len());
        for f in &failures {
            println!("  - {f}");
        }
    }
    failures
}

/// The static first screen in index.html repeats the Dutch welcome's title and lead, so the
/// app's first screen paints no larger text than the static one (README, "Benchmarks"); they
/// must stay the same words.
fn boot_screen_mismatches(content: &Path) -> Vec<String> {
    let html = std::fs::read_to_string(content.join("../index.html")).unwrap_or_default();
    let ui: toml::Value = std::fs::read_to_string(content.join("nl/ui.toml"))
        .ok()
        .and_then(|t| toml::from_str(&t).ok())
        .unwrap_or(toml::Value::Boolean(false));
    ["page_title", "lead"]
        .iter()
        .filter_map(|key| {
            let text = ui.get("welcome")?.get(*key)?.as_str()?;
            (!html.contains(text)).then(|| {
                format!(
                    "index.html: the static first screen lacks welcome.{key} of content/nl/ui.toml"
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The check itself: fails on a missing translation or a missing source or date.
    #[test]
    fn content_check() {
        let failures = run();
        assert!(
            failures.is_empty(),
            "content check failed:\n{}",
            failures.join("\n")
        );
    }

    #[test]
    fn sentences_and_long_words() {
        let s = sentences("Je mag nee zeggen. Vraag: moet ik dit? Ja");
        assert_eq!(s.len(), 4);
        assert_eq!(s[0], ["Je", "mag", "nee", "zeggen."]);
        let mut map = BTreeMap::new();
        map.insert(
            "a.text".into(),
            "Een ondertoezichtstelling duurt kort.".into(),
        );
        map.insert("a.source".into(), "Jeugdwet art. 1.1".into());
        let f = figures(&map);
        assert_eq!((f.texts, f.sentences, f.words), (1, 1, 4));
        assert_eq!(f.long_words.get("ondertoezichtstelling"), Some(&1));
    }

    #[test]
    fn a_statement_without_source_or_date_is_found() {
        let value: toml::Value = toml::from_str(
            "[[step]]\nid = \"a\"\nstatements = [ { text = \"Iets.\", source = \"\" } ]\n",
        )
        .unwrap();
        let mut out = Vec::new();
        unsourced(&value, "", false, &mut out);
        assert_eq!(out.len(), 2, "{out:?}");
        let mut out = Vec::new();
        unsourced(&value, "", true, &mut out);
        assert_eq!(out, ["step[0].statements[0]: no source"]);
    }

    #[test]
    fn a_legal_word_without_a_glossary_entry_is_found() {
        let glossary: toml::Value = toml::from_str(
            "[[term]]\nid = \"ots\"\nforms = \"ondertoezichtstelling, OTS\"\n[[term]]\nid = \"v\"\nforms = \"voorlopige ondertoezichtstelling\"\n",
        )
        .unwrap();
        let forms = glossary_forms(&glossary);
        let texts = vec![
            (
                "stages.toml".to_string(),
                "a".to_string(),
                "Een Voorlopige ondertoezichtstelling en een OTS.".to_string(),
            ),
            (
                "rights.toml".to_string(),
                "b".to_string(),
                "De zitting is op dinsdag. Nog een zitting.".to_string(),
            ),
        ];
        let must = ["ondertoezichtstelling", "OTS", "zitting", "beschikking"];
        let out = unexplained("nl", &forms, &must, &texts);
        assert_eq!(out.len(), 1, "{out:?}");
        assert!(
            out[0].contains("rights.toml: b uses \"zitting\""),
            "{out:?}"
        );
        assert_eq!(glossary_ids(&glossary), ["ots", "v"]);
    }

    #[test]
    fn list_entries_are_matched_by_id() {
        let nl: toml::Value = toml::from_str("[[stage]]\nid = \"ots\"\nname = \"OTS\"\n").unwrap();
        let mut map = BTreeMap::new();
        leaves(&nl, "", &mut map);
        assert!(map.contains_key("stage[ots].name"));
    }
}

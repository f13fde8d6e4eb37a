//! The `fill` call sites against the texts they fill, in both languages. A host test that reads
//! the source like a lint: for every `fill(template, &[("name", value), …])` in `src/` it finds
//! the texts the template can be (`ui.key`, `ui.get().key`, a `let` the template was chosen
//! into, `plural(n, ui.a_one, ui.a_other)`, a deadline's `todo`, a note, a string literal),
//! and checks them in Dutch and English:
//!
//! - every placeholder a text holds is passed (otherwise `{name}` shows on screen), and
//! - every name passed is a placeholder of the text, or of one of the texts when the call
//!   chooses between several (otherwise a misspelt or stale name fills nothing).
//!
//! A template handed in as a struct's field (the letter texts the domain fills) is traced to
//! where that struct is filled. One it cannot trace must be listed in `TRACED_ELSEWHERE` with
//! the texts it can be, or the test fails and names it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Calls whose template comes from elsewhere: (file, template as written, the content texts it
/// is one of). The content texts are `ui.<key>` or `<file>.toml:<path>` with `*` for every entry.
const TRACED_ELSEWHERE: &[(&str, &str, &[&str])] = &[
    (
        // The court letter's request sentence: the chosen kind's `request` (court.toml).
        "src/domain/court_request/letter.rs",
        "words.request",
        &["court.toml:kind[*].request"],
    ),
    (
        // A plan section's fold ("{count} older"): each section's `fold_label`.
        "src/pages/plan/mod.rs",
        "texts().fold_label",
        &["ui.plan_reached_goals", "ui.plan_older"],
    ),
    (
        // A plan form's label with a row number: only the fields of a row (an agreement's
        // parties) have one; the other labels are shown without `fill`.
        "src/pages/plan_edit.rs",
        "text(field.spec.label)",
        &["ui.form_agreement_party", "ui.form_agreement_accord"],
    ),
    (
        // What else went when an entry was deleted, counted.
        "src/pages/plan_edit.rs",
        "plural(count as u64, one, other)",
        &[
            "ui.edit_removed_goals_too_one",
            "ui.edit_removed_goals_too_other",
            "ui.edit_removed_goals_one",
            "ui.edit_removed_goals_other",
            "ui.edit_removed_disputes_one",
            "ui.edit_removed_disputes_other",
        ],
    ),
];

/// Calls that fill only a part of a text, checked by reading them: (file, template, why).
const PARTS: &[(&str, &str, &str)] = &[(
    "src/pages/glossary.rs",
    "after",
    "the part of ui.source_line after {source}, which is shown as a link",
)];

/// One `fill(` call in the source.
#[derive(Debug)]
struct Call {
    file: String,
    line: usize,
    template: String,
    names: BTreeSet<String>,
    /// The text before the call, for tracing a template chosen into a `let`.
    before: String,
}

/// The `{name}` placeholders of a text.
fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_'))
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The index just past the bracket that closes the one at `open`, skipping string and char
/// literals.
fn closing(text: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < text.len() {
        match text[i] {
            '"' => {
                i += 1;
                while i < text.len() && text[i] != '"' {
                    if text[i] == '\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            '\'' if text.get(i + 2) == Some(&'\'') => i += 2,
            '\'' if text.get(i + 1) == Some(&'\\') && text.get(i + 3) == Some(&'\'') => i += 3,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Splits call arguments at the commas outside brackets and strings.
fn split_args(args: &[char]) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut i = 0;
    while i < args.len() {
        let c = args[i];
        if matches!(c, '(' | '[' | '{' | '"') {
            let end = if c == '"' {
                let mut j = i + 1;
                while j < args.len() && args[j] != '"' {
                    if args[j] == '\\' {
                        j += 1;
                    }
                    j += 1;
                }
                j + 1
            } else {
                closing(args, i).unwrap_or(args.len())
            };
            let end = end.min(args.len());
            out.last_mut().unwrap().extend(&args[i..end]);
            i = end;
            continue;
        }
        if c == ',' {
            out.push(String::new());
        } else {
            out.last_mut().unwrap().push(c);
        }
        i += 1;
    }
    out.into_iter()
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty())
        .collect()
}

/// The names a call passes: the first string of each `("name", value)` in `&[…]`.
fn names(values: &str) -> BTreeSet<String> {
    let chars: Vec<char> = values.trim().trim_start_matches('&').chars().collect();
    if chars.first() != Some(&'[') {
        return BTreeSet::new();
    }
    let inner = &chars[1..chars.len().saturating_sub(1)];
    split_args(inner)
        .iter()
        .filter_map(|pair| {
            let pair: Vec<char> = pair.trim().chars().collect();
            let args = split_args(&pair[1..pair.len().saturating_sub(1)]);
            let name = args.first()?;
            name.strip_prefix('"')?
                .strip_suffix('"')
                .map(str::to_string)
        })
        .collect()
}

/// Every `fill(` call in a file (not `fn fill(`, not a method, not in a comment).
fn calls_in(file: &str, text: &str) -> Vec<Call> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut line_start = 0;
    let mut i = 0;
    while i + 5 <= chars.len() {
        if chars[i] == '\n' {
            line += 1;
            line_start = i + 1;
            i += 1;
            continue;
        }
        let at_call = chars[i..i + 5].iter().collect::<String>() == "fill("
            && (i == 0 || !is_ident(chars[i - 1]) && chars[i - 1] != '.');
        let line_so_far: String = chars[line_start..i].iter().collect();
        let in_comment = line_so_far.trim_start().starts_with("//");
        if at_call && !in_comment && !line_so_far.trim_end().ends_with("fn") {
            if let Some(end) = closing(&chars, i + 4) {
                let args = split_args(&chars[i + 5..end - 1]);
                out.push(Call {
                    file: file.to_string(),
                    line,
                    template: args.first().cloned().unwrap_or_default(),
                    names: args.get(1).map(|a| names(a)).unwrap_or_default(),
                    before: chars[..i].iter().collect(),
                });
            }
        }
        i += 1;
    }
    out
}

/// The names the interface texts go by before a call: `ui`, and every `x` bound to them
/// (`let x = content::ui(lang)`, `let x = ui.get()`, a parameter `x: &Ui`).
fn receivers(before: &str) -> Vec<String> {
    let mut out = vec!["ui".to_string()];
    for (i, _) in before.match_indices("let ") {
        let rest = &before[i + 4..];
        let name: String = rest.chars().take_while(|c| is_ident(*c)).collect();
        let value = rest[name.len()..].trim_start();
        let Some(value) = value.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let bound = [
            "content::ui(",
            "crate::content::ui(",
            "ui(",
            "ui.get()",
            "ui.get_untracked()",
        ]
        .iter()
        .any(|p| value.starts_with(p));
        if bound && !name.is_empty() {
            out.push(name);
        }
    }
    for (i, _) in before.match_indices(": &") {
        let name: String = before[..i]
            .chars()
            .rev()
            .take_while(|c| is_ident(*c))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let ty = before[i + 3..].trim_start_matches("'static ");
        let ty: String = ty
            .chars()
            .take_while(|c| is_ident(*c) || *c == ':')
            .collect();
        if ty.rsplit("::").next() == Some("Ui") && !name.is_empty() {
            out.push(name);
        }
    }
    out
}

/// The interface keys a piece of code reads through one of these names: `ui.key`,
/// `ui.get().key`, `ui.get_untracked().key`, `ui(lang).key`.
fn ui_keys(code: &str, receivers: &[String]) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let word_start = i == 0 || !is_ident(chars[i - 1]) && chars[i - 1] != '.';
        let word: String = chars[i..].iter().take_while(|c| is_ident(**c)).collect();
        if word_start && receivers.contains(&word) {
            let mut j = i + word.chars().count();
            // `ui(lang)` / `ui()`.
            if chars.get(j) == Some(&'(') {
                j = closing(&chars, j).unwrap_or(j);
            }
            for call in [".get()", ".get_untracked()"] {
                let c: Vec<char> = call.chars().collect();
                if chars.get(j..j + c.len()) == Some(&c[..]) {
                    j += c.len();
                }
            }
            if chars.get(j) == Some(&'.') {
                let key: String = chars[j + 1..]
                    .iter()
                    .take_while(|c| is_ident(**c))
                    .collect();
                if !key.is_empty() && !matches!(key.as_str(), "get" | "with" | "get_untracked") {
                    out.push(key);
                }
            }
        }
        i += 1;
    }
    out
}

/// The code of the last `let name = …;` (or `let (name, …) = …;`) before a call.
fn let_binding(before: &str, name: &str) -> Option<String> {
    let start = [format!("let {name} = "), format!("let ({name}, ")]
        .iter()
        .filter_map(|p| before.rfind(p.as_str()))
        .max()?;
    let chars: Vec<char> = before[start..].chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '(' | '[' | '{' => i = closing(&chars, i)?,
            ';' => return Some(chars[..i].iter().collect()),
            _ => i += 1,
        }
    }
    None
}

/// Every content file's texts by path, per language (`[section] key` of ui.toml as `ui.section_key`,
/// other files by their path, `term[appeal].todo`).
fn texts(lang: &str) -> BTreeMap<String, String> {
    fn walk(value: &toml::Value, path: &str, sep: &str, out: &mut BTreeMap<String, String>) {
        match value {
            toml::Value::Table(t) => {
                for (k, v) in t {
                    let p = if path.ends_with(':') || path.ends_with('.') {
                        format!("{path}{k}")
                    } else {
                        format!("{path}{sep}{k}")
                    };
                    walk(v, &p, sep, out);
                }
            }
            toml::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let id = item
                        .get("id")
                        .and_then(|v| v.as_str())
                        .map(str::to_string)
                        .unwrap_or_else(|| i.to_string());
                    walk(item, &format!("{path}[{id}]"), ".", out);
                }
            }
            toml::Value::String(s) => {
                out.insert(path.to_string(), s.clone());
            }
            _ => {}
        }
    }
    let dir = root().join("content").join(lang);
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("content folder") {
        let path = entry.expect("entry").path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let Some(stem) = name.strip_suffix(".toml") else {
            continue;
        };
        let value: toml::Value = std::fs::read_to_string(&path)
            .expect("readable")
            .parse::<toml::Table>()
            .map(toml::Value::Table)
            .unwrap_or_else(|e| panic!("content/{lang}/{name}: {e}"));
        if stem == "ui" {
            walk(&value, "ui.", "_", &mut out);
        } else {
            walk(&value, &format!("{stem}.toml:"), ".", &mut out);
        }
    }
    out
}

/// The content texts (keys of `texts`) a template can be; empty when it cannot be traced.
fn traced(call: &Call, all: &BTreeMap<String, String>, files: &[(String, String)]) -> Vec<String> {
    let template = call.template.trim().trim_start_matches('&');
    let names = receivers(&call.before);
    let mut keys: Vec<String> = ui_keys(template, &names)
        .into_iter()
        .map(|k| format!("ui.{k}"))
        .collect();
    if keys.is_empty() && template.chars().all(is_ident) {
        if let Some(code) = let_binding(&call.before, template) {
            keys = ui_keys(&code, &names)
                .into_iter()
                .map(|k| format!("ui.{k}"))
                .collect();
        }
    }
    if keys.is_empty() {
        keys = through_struct(template, &call.before, files)
            .into_iter()
            .map(|k| format!("ui.{k}"))
            .collect();
    }
    if keys.is_empty() && template == "t.todo" && call.before.contains("content::term(") {
        keys = matching(all, "deadlines.toml:term[", ".todo");
    }
    if keys.is_empty() && template.starts_with("content::note(") {
        let id = template.split('"').nth(1).unwrap_or_default();
        keys = vec![format!("notes.toml:note[{id}].text")];
    }
    if keys.is_empty() {
        for (file, expr, texts) in TRACED_ELSEWHERE {
            if call.file.ends_with(file) && template == *expr {
                for t in texts.iter() {
                    match t.split_once('*') {
                        Some((start, end)) => keys.extend(matching(all, start, end)),
                        None => keys.push(t.to_string()),
                    }
                }
            }
        }
    }
    keys
}

/// A template handed in as a field of a struct (`t.subject` with `t: &LetterTexts`): the
/// interface keys that field is given wherever the struct is filled (`LetterTexts { subject:
/// ui.letter_subject, … }`).
fn through_struct(template: &str, before: &str, files: &[(String, String)]) -> Vec<String> {
    let Some((var, field)) = template.split_once('.') else {
        return Vec::new();
    };
    if !var.chars().all(is_ident) || !field.chars().all(is_ident) {
        return Vec::new();
    }
    let Some(at) = before
        .match_indices(&format!("{var}: "))
        .map(|(i, _)| i)
        .filter(|i| !before[..*i].ends_with(|c: char| is_ident(c)))
        .last()
    else {
        return Vec::new();
    };
    let ty: String = before[at + var.len() + 2..]
        .trim_start_matches('&')
        .chars()
        .take_while(|c| is_ident(*c))
        .collect();
    if ty.is_empty() {
        return Vec::new();
    }
    let mut keys = Vec::new();
    for (_, text) in files {
        let chars: Vec<char> = text.chars().collect();
        for (i, _) in text.match_indices(&format!("{ty} {{")) {
            if text[..i].ends_with(|c: char| is_ident(c)) {
                continue;
            }
            let start = text[..i].chars().count() + ty.chars().count() + 1;
            let defined = text[..i].trim_end().ends_with("struct");
            let Some(end) = closing(&chars, start).filter(|_| !defined) else {
                continue;
            };
            for arg in split_args(&chars[start + 1..end - 1]) {
                if let Some(expr) = arg.strip_prefix(&format!("{field}:")) {
                    keys.extend(ui_keys(expr, &receivers(&text[..i])));
                }
            }
        }
    }
    keys
}

fn matching(all: &BTreeMap<String, String>, start: &str, end: &str) -> Vec<String> {
    all.keys()
        .filter(|k| k.starts_with(start) && k.ends_with(end))
        .cloned()
        .collect()
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// What is wrong with the call sites in these files against these texts, per language.
fn problems(files: &[(String, String)], langs: &[(&str, BTreeMap<String, String>)]) -> Vec<String> {
    let mut out = Vec::new();
    for (file, text) in files {
        for call in calls_in(file, text) {
            let at = format!("{}:{}", call.file, call.line);
            if call.template.starts_with('"') {
                let literal = placeholders(&call.template);
                if literal != call.names {
                    out.push(format!(
                        "{at}: the text has {literal:?}, the call passes {:?}",
                        call.names
                    ));
                }
                continue;
            }
            if PARTS
                .iter()
                .any(|(f, t, _)| call.file.ends_with(f) && call.template == *t)
            {
                continue;
            }
            let keys = traced(&call, &langs[0].1, files);
            if keys.is_empty() {
                out.push(format!(
                    "{at}: cannot trace the text of fill({}, …); name it in TRACED_ELSEWHERE",
                    call.template
                ));
                continue;
            }
            for (lang, all) in langs {
                let mut used = BTreeSet::new();
                for key in &keys {
                    let Some(text) = all.get(key) else {
                        out.push(format!("{at}: {key} is not in content/{lang}"));
                        continue;
                    };
                    let found = placeholders(text);
                    for missing in found.difference(&call.names) {
                        out.push(format!(
                            "{at}: {lang} {key} has {{{missing}}}, which the call does not pass"
                        ));
                    }
                    used.extend(found);
                }
                for extra in call.names.difference(&used) {
                    out.push(format!(
                        "{at}: the call passes \"{extra}\", which no {lang} text of {keys:?} has"
                    ));
                }
            }
        }
    }
    out
}

fn sources() -> Vec<(String, String)> {
    let mut paths = Vec::new();
    rust_files(&root().join("src"), &mut paths);
    paths.sort();
    paths
        .iter()
        // This check, and the definition with its own tests (which fill a text partly on purpose).
        .filter(|p| !p.ends_with("content/fill_check.rs") && !p.ends_with("domain/text.rs"))
        .map(|p| {
            let name = p.strip_prefix(root()).unwrap_or(p).display().to_string();
            (name, std::fs::read_to_string(p).expect("readable source"))
        })
        .collect()
}

#[test]
fn every_fill_call_passes_exactly_the_placeholders_of_its_texts_in_both_languages() {
    let langs = [("nl", texts("nl")), ("en", texts("en"))];
    let files = sources();
    let count: usize = files.iter().map(|(f, t)| calls_in(f, t).len()).sum();
    assert!(
        count > 100,
        "expected the fill calls of src/, found {count}"
    );
    let found = problems(&files, &langs);
    assert!(
        found.is_empty(),
        "fill calls and texts disagree:\n{}",
        found.join("\n")
    );
}

#[test]
fn nl_and_en_of_every_text_have_the_same_placeholders() {
    let (nl, en) = (texts("nl"), texts("en"));
    let mut found = Vec::new();
    for (key, a) in &nl {
        if let Some(b) = en.get(key) {
            if placeholders(a) != placeholders(b) {
                found.push(format!(
                    "{key}: nl {:?}, en {:?}",
                    placeholders(a),
                    placeholders(b)
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "placeholders differ:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_count_has_both_forms_with_the_same_placeholders() {
    let nl = texts("nl");
    let mut found = Vec::new();
    for (key, one) in nl.iter().filter(|(k, _)| k.ends_with("_one")) {
        let base = key.trim_end_matches("_one");
        match nl.get(&format!("{base}_other")) {
            Some(other) if placeholders(one) == placeholders(other) => {}
            Some(_) => found.push(format!("{base}: _one and _other have other placeholders")),
            // A key of its own that happens to end in "_one" (a text for exactly one).
            None if !placeholders(one).is_empty() => {
                found.push(format!("{base}_one has no {base}_other"));
            }
            None => {}
        }
    }
    assert!(found.is_empty(), "plural forms:\n{}", found.join("\n"));
}

#[test]
fn a_renamed_placeholder_or_a_misspelt_name_is_found() {
    let langs = |text: &str| {
        let mut m = BTreeMap::new();
        m.insert("ui.due_in_days".to_string(), text.to_string());
        [("nl", m.clone()), ("en", m)]
    };
    let call = |code: &str| vec![("src/x.rs".to_string(), code.to_string())];
    let good = "let a = fill(ui.due_in_days, &[(\"days\", &n.to_string())]);";
    assert!(problems(&call(good), &langs("Nog {days} dagen")).is_empty());
    // The text's placeholder was renamed: `{dagen}` would show on screen.
    let renamed = problems(&call(good), &langs("Nog {dagen} dagen"));
    assert_eq!(renamed.len(), 4, "{renamed:?}");
    assert!(renamed[0].contains("has {dagen}, which the call does not pass"));
    // The call misspells the name.
    let misspelt = "fill(ui.get().due_in_days, &[(\"day\", &n.to_string())])";
    assert!(!problems(&call(misspelt), &langs("Nog {days} dagen")).is_empty());
    // A nested call's names belong to it, not to the outer call.
    let nested = "fill(ui.due_in_days, &[(\"days\", &fill(ui.due_in_days, &[(\"days\", \"1\")]))])";
    assert!(problems(&call(nested), &langs("Nog {days} dagen")).is_empty());
    // A template chosen into a `let` is traced, and a plural's both forms are checked.
    let chosen =
        "let template = plural(n, ui.due_in_days, ui.x);\nfill(template, &[(\"days\", \"2\")])";
    let found = problems(&call(chosen), &langs("Nog {days} dagen"));
    assert_eq!(found.len(), 2, "ui.x is in neither language: {found:?}");
    // A comment and the definition are no call.
    assert!(calls_in("x", "/// fill(a, b)\npub fn fill(t: &str) {}").is_empty());
}

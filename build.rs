//! Turns the content files (`content/<lang>/*.toml`) into Rust data at build time.
//!
//! Why at build time: the phone downloads no parser and no content file, and a missing
//! translation, a missing source on a legal statement or a mismatched placeholder stops the
//! build with a message naming the file and key, instead of showing a blank on screen.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

const LANGS: [&str; 2] = ["nl", "en"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Statement {
    text: String,
    source: String,
    checked: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Stage {
    id: String,
    name: String,
    short: String,
    summary: String,
    involved: Vec<String>,
    who_decides: Vec<Statement>,
    obliged: Vec<Statement>,
    voluntary: Vec<Statement>,
    if_you_refuse: Vec<Statement>,
    rights: Vec<Statement>,
    duration: Vec<Statement>,
    way_out: Vec<Statement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StagesFile {
    checked: String,
    stage: Vec<Stage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteStep {
    id: String,
    title: String,
    statements: Vec<Statement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteFile {
    checked: String,
    step: Vec<RouteStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Theme {
    id: String,
    title: String,
    stages: Vec<String>,
    statements: Vec<Statement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceRef {
    cites: String,
    name: String,
    url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct YouthFile {
    checked: String,
    rights: Vec<Statement>,
    /// Who is who, in a young person's words: one entry per catalogue id.
    who: Vec<YouthWho>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct YouthWho {
    id: String,
    /// Not called `text`: these are descriptions, not statements that need a source.
    words: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RightsFile {
    checked: Option<String>,
    theme: Vec<Theme>,
    source: Vec<SourceRef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Partner {
    id: String,
    name: String,
    role: String,
    does: String,
    meet: String,
    may_decide: Vec<Statement>,
    may_not_decide: Vec<Statement>,
    contact: Vec<Statement>,
    complain: Vec<Statement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartnersFile {
    checked: String,
    partner: Vec<Partner>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    id: String,
    todo: String,
    help: String,
    rule: Statement,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourtKind {
    id: String,
    name: String,
    request: String,
    about: Vec<Statement>,
    who: Vec<Statement>,
    term: Vec<Statement>,
    lawyer: Vec<Statement>,
    next: Vec<Statement>,
    appeal: Vec<Statement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourtFile {
    checked: String,
    general: Vec<Statement>,
    kind: Vec<CourtKind>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermsFile {
    checked: String,
    term: Vec<Term>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryTerm {
    id: String,
    term: String,
    forms: String,
    parent: String,
    youth: String,
    source: Option<String>,
    url: Option<String>,
    checked: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    checked: String,
    term: Vec<GlossaryTerm>,
}

fn read(lang: &str, file: &str) -> String {
    let path = format!("content/{lang}/{file}");
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn parse<T: serde::de::DeserializeOwned>(lang: &str, file: &str) -> T {
    toml::from_str(&read(lang, file)).unwrap_or_else(|e| panic!("content/{lang}/{file}: {e}"))
}

/// Flattens `[section] key = "text"` into `section_key`.
fn flatten(prefix: &str, table: &toml::Table, out: &mut BTreeMap<String, String>, file: &str) {
    for (key, value) in table {
        let name = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}_{key}")
        };
        match value {
            toml::Value::String(text) => {
                out.insert(name, text.clone());
            }
            toml::Value::Table(inner) => flatten(&name, inner, out, file),
            _ => panic!("{file}: {name} must be text or a section"),
        }
    }
}

fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect();
    found.sort();
    found
}

fn lit(text: &str) -> String {
    format!("{text:?}")
}

fn statements(list: &[Statement], default_checked: &str, at: &str) -> String {
    let mut out = String::from("&[");
    for s in list {
        if s.text.trim().is_empty() || s.source.trim().is_empty() {
            panic!("{at}: every statement needs a text and a source");
        }
        let checked = s.checked.as_deref().unwrap_or(default_checked);
        check_date(checked, at);
        CITED
            .lock()
            .expect("one thread")
            .push((at.to_string(), s.source.clone()));
        write!(
            out,
            "Statement {{ text: {}, source: {}, checked: {} }},",
            lit(&s.text),
            lit(&s.source),
            lit(checked)
        )
        .unwrap();
    }
    out.push(']');
    out
}

fn check_date(text: &str, at: &str) {
    let ok = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    assert!(ok, "{at}: checked date \"{text}\" must be YYYY-MM-DD");
}

fn ui(code: &mut String) {
    let mut maps = Vec::new();
    for lang in LANGS {
        let table: toml::Table = parse(lang, "ui.toml");
        let mut map = BTreeMap::new();
        flatten("", &table, &mut map, &format!("content/{lang}/ui.toml"));
        maps.push(map);
    }
    let (nl, en) = (&maps[0], &maps[1]);
    for key in nl.keys().chain(en.keys()) {
        let (Some(a), Some(b)) = (nl.get(key), en.get(key)) else {
            panic!(
                "ui key {key} is missing in one language (content/nl/ui.toml, content/en/ui.toml)"
            );
        };
        assert_eq!(
            placeholders(a),
            placeholders(b),
            "ui key {key}: placeholders differ between nl and en"
        );
        assert!(
            !a.trim().is_empty() && !b.trim().is_empty(),
            "ui key {key} is empty"
        );
    }
    code.push_str("/// Every user-facing text of the interface, in one language.\n#[allow(missing_docs)]\npub struct Ui {\n");
    for key in nl.keys() {
        writeln!(code, "    pub {key}: &'static str,").unwrap();
    }
    code.push_str("}\n");
    // The plan forms name their labels and hints by their key in `[form]` (FieldSpec).
    code.push_str("impl Ui {\n    /// A text of the `[form]` section by its key there.\n    pub fn form(&self, key: &str) -> Option<&'static str> {\n        match key {\n");
    for key in nl.keys().filter_map(|k| k.strip_prefix("form_")) {
        writeln!(code, "            {key:?} => Some(self.form_{key}),").unwrap();
    }
    code.push_str("            _ => None,\n        }\n    }\n}\n");
    for (lang, map) in LANGS.iter().zip(&maps) {
        writeln!(
            code,
            "/// The interface texts in `{lang}`.\npub static UI_{}: Ui = Ui {{",
            lang.to_uppercase()
        )
        .unwrap();
        for (key, text) in map.iter() {
            writeln!(code, "    {key}: {},", lit(text)).unwrap();
        }
        code.push_str("};\n");
    }
}

fn stages(code: &mut String) {
    let files: Vec<StagesFile> = LANGS
        .iter()
        .map(|lang| parse(lang, "stages.toml"))
        .collect();
    let ids = |f: &StagesFile| f.stage.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(&files[0]),
        ids(&files[1]),
        "stages.toml: nl and en list different stages"
    );
    for (lang, file) in LANGS.iter().zip(&files) {
        check_date(&file.checked, &format!("content/{lang}/stages.toml"));
        writeln!(
            code,
            "/// The stages of the framework in `{lang}`.\npub static STAGES_{}: &[StageText] = &[",
            lang.to_uppercase()
        )
        .unwrap();
        for s in &file.stage {
            let at = format!("content/{lang}/stages.toml, stage {}", s.id);
            let c = &file.checked;
            let involved: Vec<String> = s.involved.iter().map(|t| lit(t)).collect();
            writeln!(
                code,
                "StageText {{ id: {}, name: {}, short: {}, summary: {}, involved: &[{}], who_decides: {}, obliged: {}, voluntary: {}, if_you_refuse: {}, rights: {}, duration: {}, way_out: {} }},",
                lit(&s.id), lit(&s.name), lit(&s.short), lit(&s.summary), involved.join(","),
                statements(&s.who_decides, c, &at), statements(&s.obliged, c, &at),
                statements(&s.voluntary, c, &at), statements(&s.if_you_refuse, c, &at),
                statements(&s.rights, c, &at), statements(&s.duration, c, &at),
                statements(&s.way_out, c, &at),
            )
            .unwrap();
        }
        code.push_str("];\n");
    }
}

fn partners(code: &mut String) {
    let files: Vec<PartnersFile> = LANGS
        .iter()
        .map(|lang| parse(lang, "partners.toml"))
        .collect();
    // Same partners in the same order, and the same number of statements in every list, so a
    // statement added in one language cannot be forgotten in the other.
    let shape = |f: &PartnersFile| {
        f.partner
            .iter()
            .map(|p| {
                (
                    p.id.clone(),
                    p.may_decide.len(),
                    p.may_not_decide.len(),
                    p.contact.len(),
                    p.complain.len(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        shape(&files[0]),
        shape(&files[1]),
        "partners.toml: nl and en differ in partners or in the number of statements"
    );
    for (lang, file) in LANGS.iter().zip(&files) {
        check_date(&file.checked, &format!("content/{lang}/partners.toml"));
        writeln!(
            code,
            "/// The partner catalogue in `{lang}`.\npub static PARTNERS_{}: &[PartnerText] = &[",
            lang.to_uppercase()
        )
        .unwrap();
        for p in &file.partner {
            let at = format!("content/{lang}/partners.toml, partner {}", p.id);
            for (field, text) in [
                ("name", &p.name),
                ("role", &p.role),
                ("does", &p.does),
                ("meet", &p.meet),
            ] {
                assert!(!text.trim().is_empty(), "{at}: {field} is empty");
            }
            assert!(
                !p.may_not_decide.is_empty(),
                "{at}: may_not_decide needs at least one statement (what it cannot decide)"
            );
            let c = &file.checked;
            writeln!(
                code,
                "PartnerText {{ id: {}, name: {}, role: {}, does: {}, meet: {}, may_decide: {}, may_not_decide: {}, contact: {}, complain: {} }},",
                lit(&p.id),
                lit(&p.name),
                lit(&p.role),
                lit(&p.does),
                lit(&p.meet),
                statements(&p.may_decide, c, &at),
                statements(&p.may_not_decide, c, &at),
                statements(&p.contact, c, &at),
                statements(&p.complain, c, &at),
            )
            .unwrap();
        }
        code.push_str("];\n");
    }
}

fn complaint_route(code: &mut String) {
    let files: Vec<RouteFile> = LANGS
        .iter()
        .map(|lang| parse(lang, "complaint_route.toml"))
        .collect();
    let ids = |f: &RouteFile| {
        f.step
            .iter()
            .map(|s| (s.id.clone(), s.statements.len()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(&files[0]),
        ids(&files[1]),
        "complaint_route.toml: nl and en differ in steps or statements"
    );
    for (lang, file) in LANGS.iter().zip(&files) {
        check_date(
            &file.checked,
            &format!("content/{lang}/complaint_route.toml"),
        );
        writeln!(code, "/// The complaint route in `{lang}`.\npub static COMPLAINT_ROUTE_{}: &[RouteStepText] = &[", lang.to_uppercase()).unwrap();
        for s in &file.step {
            let at = format!("content/{lang}/complaint_route.toml, step {}", s.id);
            writeln!(
                code,
                "RouteStepText {{ id: {}, title: {}, statements: {} }},",
                lit(&s.id),
                lit(&s.title),
                statements(&s.statements, &file.checked, &at)
            )
            .unwrap();
        }
        code.push_str("];\n");
    }
}

fn deadlines(code: &mut String) {
    let files: Vec<TermsFile> = LANGS
        .iter()
        .map(|lang| parse(lang, "deadlines.toml"))
        .collect();
    let ids = |f: &TermsFile| f.term.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(&files[0]),
        ids(&files[1]),
        "deadlines.toml: nl and en differ in terms"
    );
    for (lang, file) in LANGS.iter().zip(&files) {
        let at = format!("content/{lang}/deadlines.toml");
        check_date(&file.checked, &at);
        writeln!(
            code,
            "/// The legal terms in `{lang}`.\npub static TERMS_{}: &[TermText] = &[",
            lang.to_uppercase()
        )
        .unwrap();
        for t in &file.term {
            let at = format!("{at}, term {}", t.id);
            assert_eq!(
                placeholders(&t.todo),
                vec!["title".to_string()],
                "{at}: todo needs {{title}}"
            );
            let rule = statements(std::slice::from_ref(&t.rule), &file.checked, &at);
            writeln!(
                code,
                "TermText {{ id: {}, todo: {}, help: {}, rule: &{}[0] }},",
                lit(&t.id),
                lit(&t.todo),
                lit(&t.help),
                &rule[1..]
            )
            .unwrap();
        }
        code.push_str("];\n");
    }
}

/// The rights by theme: same themes, statements and stage tags in both languages; every
/// statement with a source and a checked date; every cited source listed with its name.
fn rights(code: &mut String) {
    let files: Vec<RightsFile> = LANGS
        .iter()
        .map(|lang| parse(lang, "rights.toml"))
        .collect();
    let stage_ids: Vec<String> = parse::<StagesFile>("nl", "stages.toml")
        .stage
        .into_iter()
        .map(|s| s.id)
        .collect();
    let shape = |f: &RightsFile| {
        f.theme
            .iter()
            .map(|t| (t.id.clone(), t.stages.clone(), t.statements.len()))
            .collect::<Vec<_>>()
    };
    assert!(
        shape(&files[0]) == shape(&files[1]),
        "rights.toml: nl and en differ in themes, their stages or their number of statements"
    );
    let cites = |f: &RightsFile| f.source.iter().map(|s| s.cites.clone()).collect::<Vec<_>>();
    assert_eq!(
        cites(&files[0]),
        cites(&files[1]),
        "rights.toml: nl and en list different sources"
    );
    for (lang, file) in LANGS.iter().zip(&files) {
        let at_file = format!("content/{lang}/rights.toml");
        for src in &file.source {
            assert!(
                !src.name.trim().is_empty(),
                "{at_file}: source {} has no name",
                src.cites
            );
            assert!(
                src.url.is_empty() || src.url.starts_with("https://"),
                "{at_file}: source {} needs an https:// address or none",
                src.cites
            );
        }
        writeln!(
            code,
            "/// The rights by theme in `{lang}`.\npub static RIGHTS_{}: &[ThemeText] = &[",
            lang.to_uppercase()
        )
        .unwrap();
        for t in &file.theme {
            let at = format!("{at_file}, theme {}", t.id);
            assert!(!t.title.trim().is_empty(), "{at}: no title");
            assert!(!t.statements.is_empty(), "{at}: no statements");
            for stage in &t.stages {
                assert!(stage_ids.contains(stage), "{at}: unknown stage {stage}");
            }
            for s in &t.statements {
                assert!(
                    s.checked.is_some() || file.checked.is_some(),
                    "{at}: statement without a checked date: {}",
                    s.text
                );
                for part in s.source.split(';').map(str::trim) {
                    assert!(
                        file.source.iter().any(|src| part.starts_with(&src.cites)),
                        "{at}: source \"{part}\" is not listed under [[source]]"
                    );
                }
            }
            let default = file.checked.as_deref().unwrap_or("");
            let tags: Vec<String> = t.stages.iter().map(|s| lit(s)).collect();
            writeln!(
                code,
                "ThemeText {{ id: {}, title: {}, stages: &[{}], statements: {} }},",
                lit(&t.id),
                lit(&t.title),
                tags.join(","),
                statements(&t.statements, default, &at)
            )
            .unwrap();
        }
        code.push_str("];\n");
        writeln!(
            code,
            "/// The sources the rights cite, in `{lang}`.\npub static SOURCES_{}: &[SourceText] = &[",
            lang.to_uppercase()
        )
        .unwrap();
        for src in &file.source {
            writeln!(
                code,
                "SourceText {{ cites: {}, name: {}, url: {} }},",
                lit(&src.cites),
                lit(&src.name),
                lit(&src.url)
            )
            .unwrap();
        }
        code.push_str("];\n");
    }
}

/// Youth mode's "my rights": as many statements in both languages, each with a source.
fn youth(code: &mut String) {
    let files: Vec<YouthFile> = LANGS.iter().map(|lang| parse(lang, "youth.toml")).collect();
    assert_eq!(
        files[0].rights.len(),
        files[1].rights.len(),
        "youth.toml: nl and en have a different number of rights"
    );
    let ids = |f: &YouthFile| f.who.iter().map(|w| w.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(&files[0]),
        ids(&files[1]),
        "youth.toml: nl and en describe different organisations under `who`"
    );
    for (lang, file) in LANGS.iter().zip(&files) {
        let at = format!("content/{lang}/youth.toml");
        check_date(&file.checked, &at);
        writeln!(
            code,
            "/// Youth mode's rights in `{lang}`.\npub static YOUTH_RIGHTS_{}: &[Statement] = {};",
            lang.to_uppercase(),
            statements(&file.rights, &file.checked, &at)
        )
        .unwrap();
        let who: Vec<String> = file
            .who
            .iter()
            .map(|w| {
                assert!(!w.words.trim().is_empty(), "{at}: who {} is empty", w.id);
                format!("({}, {})", lit(&w.id), lit(&w.words))
            })
            .collect();
        writeln!(
            code,
            "/// Who is who in a young person's words, in `{lang}`.\npub static YOUTH_WHO_{}: &[(&str, &str)] = &[{}];",
            lang.to_uppercase(),
            who.join(", ")
        )
        .unwrap();
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Note {
    id: String,
    text: String,
    source: String,
    checked: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NotesFile {
    checked: String,
    note: Vec<Note>,
}

/// Single statements the screens show (`notes.toml`): same ids and placeholders in both
/// languages, each with a source and a date.
fn notes(code: &mut String) {
    let files: Vec<NotesFile> = LANGS.iter().map(|lang| parse(lang, "notes.toml")).collect();
    let shape = |f: &NotesFile| {
        f.note
            .iter()
            .map(|n| (n.id.clone(), placeholders(&n.text)))
            .collect::<Vec<_>>()
    };
    assert!(
        shape(&files[0]) == shape(&files[1]),
        "notes.toml: nl and en differ in ids, order or placeholders"
    );
    for (lang, file) in LANGS.iter().zip(&files) {
        let at = format!("content/{lang}/notes.toml");
        check_date(&file.checked, &at);
        writeln!(
            code,
            "/// Single statements in `{lang}`.\npub static NOTES_{}: &[Note] = &[",
            lang.to_uppercase()
        )
        .unwrap();
        for n in &file.note {
            let at = format!("{at}, note {}", n.id);
            let statement = Statement {
                text: n.text.clone(),
                source: n.source.clone(),
                checked: n.checked.clone(),
            };
            let list = statements(std::slice::from_ref(&statement), &file.checked, &at);
            writeln!(
                code,
                "Note {{ id: {}, statement: &{}[0] }},",
                lit(&n.id),
                &list[1..]
            )
            .unwrap();
        }
        code.push_str("];\n");
    }
}

/// Every source a statement in any content file cites must be in the source list of
/// `rights.toml` (which the printed source page and `docs/sources.md` follow).
fn every_source_is_listed() {
    let listed: Vec<String> = parse::<toml::Table>("nl", "rights.toml")["source"]
        .as_array()
        .expect("rights.toml has [[source]]")
        .iter()
        .filter_map(|s| s.get("cites")?.as_str().map(str::to_string))
        .collect();
    for (at, source) in CITED.lock().expect("one thread").iter() {
        for part in source.split(';').map(str::trim) {
            assert!(
                listed.iter().any(|c| part.starts_with(c.as_str())),
                "{at}: source \"{part}\" is not listed under [[source]] in content/nl/rights.toml"
            );
        }
    }
}

/// The sources cited by every statement read so far, with where they were cited.
static CITED: std::sync::Mutex<Vec<(String, String)>> = std::sync::Mutex::new(Vec::new());

/// Requests to the kinderrechter (`/hulp/rechter`): the same kinds in the same order in both
/// languages, each with the same number of statements per part, every statement sourced.
fn court(code: &mut String) {
    let files: Vec<CourtFile> = LANGS.iter().map(|lang| parse(lang, "court.toml")).collect();
    let shape = |f: &CourtFile| {
        let mut v = vec![f.general.len()];
        for k in &f.kind {
            v.extend([
                k.about.len(),
                k.who.len(),
                k.term.len(),
                k.lawyer.len(),
                k.next.len(),
                k.appeal.len(),
            ]);
        }
        (f.kind.iter().map(|k| k.id.clone()).collect::<Vec<_>>(), v)
    };
    assert_eq!(
        shape(&files[0]),
        shape(&files[1]),
        "court.toml: nl and en differ in kinds or statements"
    );
    for (lang, file) in LANGS.iter().zip(&files) {
        let at = format!("content/{lang}/court.toml");
        check_date(&file.checked, &at);
        let up = lang.to_uppercase();
        writeln!(
            code,
            "/// What holds for every request to the judge, in `{lang}`.\npub static COURT_GENERAL_{up}: &[Statement] = {};",
            statements(&file.general, &file.checked, &at)
        )
        .unwrap();
        writeln!(
            code,
            "/// Requests to the judge in `{lang}`.\npub static COURT_{up}: &[CourtKindText] = &["
        )
        .unwrap();
        for k in &file.kind {
            let at = format!("{at}, kind {}", k.id);
            let list = |l: &[Statement]| statements(l, &file.checked, &at);
            writeln!(
                code,
                "CourtKindText {{ id: {}, name: {}, request: {}, about: {}, who: {}, term: {}, lawyer: {}, next: {}, appeal: {} }},",
                lit(&k.id),
                lit(&k.name),
                lit(&k.request),
                list(&k.about),
                list(&k.who),
                list(&k.term),
                list(&k.lawyer),
                list(&k.next),
                list(&k.appeal),
            )
            .unwrap();
        }
        code.push_str("];\n");
    }
}

/// The glossary (docs/glossary.md): the same terms in the same order in both languages, each
/// with its forms, both explanations, and a source wherever the other language has one; no
/// form claimed by two terms.
fn glossary(code: &mut String) {
    let files: Vec<GlossaryFile> = LANGS
        .iter()
        .map(|lang| parse(lang, "glossary.toml"))
        .collect();
    let shape = |f: &GlossaryFile| {
        f.term
            .iter()
            .map(|t| (t.id.clone(), t.source.is_some(), t.url.is_some()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        shape(&files[0]),
        shape(&files[1]),
        "glossary.toml: nl and en differ in terms, their order, or which have a source and url"
    );
    for (lang, file) in LANGS.iter().zip(&files) {
        let at_file = format!("content/{lang}/glossary.toml");
        check_date(&file.checked, &at_file);
        let mut all_forms: Vec<(String, String)> = Vec::new();
        writeln!(
            code,
            "/// The glossary in `{lang}`.\npub static GLOSSARY_{}: &[GlossaryText] = &[",
            lang.to_uppercase()
        )
        .unwrap();
        for t in &file.term {
            let at = format!("{at_file}, term {}", t.id);
            for (field, text) in [
                ("term", &t.term),
                ("parent", &t.parent),
                ("youth", &t.youth),
            ] {
                assert!(!text.trim().is_empty(), "{at}: {field} is empty");
            }
            let forms: Vec<&str> = t.forms.split(',').map(str::trim).collect();
            assert!(
                forms.iter().all(|f| !f.is_empty()),
                "{at}: forms has an empty entry"
            );
            for f in &forms {
                if let Some((_, other)) = all_forms.iter().find(|(g, _)| g == f) {
                    panic!("{at}: the form \"{f}\" is also a form of {other}");
                }
                all_forms.push((f.to_string(), t.id.clone()));
            }
            if let Some(url) = &t.url {
                assert!(
                    url.starts_with("https://"),
                    "{at}: url must start with https://"
                );
                let source = t
                    .source
                    .as_deref()
                    .unwrap_or_else(|| panic!("{at}: a url needs a source"));
                // The link opens the first article the source names ("BW 1:255 lid 2; …").
                let first = source.split(';').next().unwrap_or("");
                let article = first
                    .split_whitespace()
                    .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                    .unwrap_or("");
                let article = if url.contains("&boek=1&") {
                    article.trim_start_matches("1:")
                } else {
                    article
                };
                assert!(
                    url.ends_with(&format!("artikel={article}")),
                    "{at}: url should open the first article of the source ({first})"
                );
            }
            if let Some(source) = &t.source {
                assert!(!source.trim().is_empty(), "{at}: empty source");
            }
            let checked = t.checked.as_deref().unwrap_or(&file.checked);
            check_date(checked, &at);
            let list: Vec<String> = forms.iter().map(|f| lit(f)).collect();
            writeln!(
                code,
                "GlossaryText {{ id: {}, term: {}, forms: &[{}], parent: {}, youth: {}, source: {}, url: {}, checked: {} }},",
                lit(&t.id),
                lit(&t.term),
                list.join(","),
                lit(&t.parent),
                lit(&t.youth),
                lit(t.source.as_deref().unwrap_or("")),
                lit(t.url.as_deref().unwrap_or("")),
                lit(if t.source.is_some() { checked } else { "" }),
            )
            .unwrap();
        }
        code.push_str("];\n");
    }
}

fn main() {
    let mut code = String::new();
    glossary(&mut code);
    ui(&mut code);
    stages(&mut code);
    rights(&mut code);
    youth(&mut code);
    partners(&mut code);
    complaint_route(&mut code);
    deadlines(&mut code);
    court(&mut code);
    notes(&mut code);
    every_source_is_listed();
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("content.rs"), code).expect("write generated content");
}

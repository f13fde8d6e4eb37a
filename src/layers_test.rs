//! The layers of the app, checked (docs/architecture.md, "Layers").
//!
//! Reads every `.rs` file under `src/`, drops comments and string and character literals, and
//! collects every path into the crate: `use` lines, `use` groups over several lines and nested
//! trees (`use crate::{a, b::{c, d}}`), paths written in code (`crate::pages::x::f()`),
//! `super::` and `self::` paths (resolved to their module, inline `mod tests { … }` included),
//! names brought in by a `use` and then used as a path (`use crate::pages;` … `pages::x::Y`),
//! and child modules named from their parent (`store::lock::watch` in `lib.rs`). Each path is
//! resolved to the file of the deepest module it names. Then:
//!
//! - the layer rules below hold for every such path (`RULES`);
//! - the domain names no browser or Leptos crate;
//! - the files do not import each other in a circle.
//!
//! A failure names the file and line, the path as written, the file it leads to and the rule.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A layer of the app, from a module's first name.
fn layer(module: &[String]) -> &'static str {
    match module.first().map(String::as_str) {
        None => "lib",
        Some("screens") => "screens",
        Some("routes") => "routes",
        Some("state") => "state",
        Some("components") => "components",
        Some("pages") => "pages",
        Some("store") => "store",
        Some("content") => "content",
        Some("domain") => "domain",
        Some(_) => "other",
    }
}

/// What each layer may not import, with the rule's words for a failure.
const RULES: &[(&str, &[&str], &str)] = &[
    (
        "domain",
        &[
            "lib",
            "screens",
            "routes",
            "state",
            "components",
            "pages",
            "store",
            "content",
            "other",
        ],
        "the domain imports nothing of the app (only the domain)",
    ),
    (
        "content",
        &[
            "lib",
            "screens",
            "routes",
            "state",
            "components",
            "pages",
            "store",
            "other",
        ],
        "content imports only the domain",
    ),
    (
        "routes",
        &[
            "lib",
            "screens",
            "state",
            "components",
            "pages",
            "store",
            "content",
            "other",
        ],
        "routes imports only the domain",
    ),
    (
        "store",
        &[
            "lib",
            "screens",
            "routes",
            "state",
            "components",
            "pages",
            "other",
        ],
        "the store imports only the domain and content (no state, no views)",
    ),
    (
        "state",
        &["lib", "screens", "components", "pages"],
        "state imports no views (no components, pages or router)",
    ),
    ("components", &["pages"], "components never import pages"),
    (
        "components",
        &["lib", "screens"],
        "components never import the router (lib.rs, screens.rs)",
    ),
    (
        "pages",
        &["lib", "screens"],
        "pages never import the router (lib.rs, screens.rs)",
    ),
];

/// Crates the domain may not name: the browser and Leptos.
const BROWSER_CRATES: &[&str] = &[
    "leptos",
    "web_sys",
    "js_sys",
    "gloo",
    "wasm_bindgen",
    "wasm_split",
    "reactive_",
    "tachys",
    "send_wrapper",
];

/// One path into the crate, found in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Import {
    /// 1-based line.
    line: usize,
    /// The path as written (`super::net`, `crate::pages::overview::zone_name`).
    written: String,
    /// The module it leads to (`pages::overview`); empty for the crate root.
    target: Vec<String>,
    /// In test code (`#[cfg(test)] mod tests`): checked against the layers, but not part of
    /// the import graph (a test may use the module that uses the one it tests).
    test: bool,
}

/// What a file names: paths into the crate, and the first names of other crates.
#[derive(Debug, Default)]
struct Found {
    imports: Vec<Import>,
    /// (line, crate name) of every path that does not lead into this crate.
    external: Vec<(usize, String)>,
}

/// The source with comments, strings and character literals blanked out (line breaks kept,
/// so line numbers stay right).
fn strip(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |out: &mut String, ch: char| out.push(if ch == '\n' { '\n' } else { ' ' });
    let mut i = 0;
    let ident = |k: usize| k > 0 && (c[k - 1].is_alphanumeric() || c[k - 1] == '_');
    while i < c.len() {
        // Line comment.
        if c[i] == '/' && c.get(i + 1) == Some(&'/') {
            while i < c.len() && c[i] != '\n' {
                blank(&mut out, c[i]);
                i += 1;
            }
            continue;
        }
        // Block comment (they nest in Rust).
        if c[i] == '/' && c.get(i + 1) == Some(&'*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
            continue;
        }
        // Raw string: r"…", r#"…"#, br#"…"#.
        if (c[i] == 'r' || (c[i] == 'b' && c.get(i + 1) == Some(&'r'))) && !ident(i) {
            let start = if c[i] == 'b' { i + 2 } else { i + 1 };
            let mut k = start;
            while c.get(k) == Some(&'#') {
                k += 1;
            }
            if c.get(k) == Some(&'"') {
                let hashes = k - start;
                for &ch in &c[i..=k] {
                    blank(&mut out, ch);
                }
                i = k + 1;
                while i < c.len() {
                    if c[i] == '"' && (0..hashes).all(|h| c.get(i + 1 + h) == Some(&'#')) {
                        for _ in 0..=hashes {
                            out.push(' ');
                        }
                        i += 1 + hashes;
                        break;
                    }
                    blank(&mut out, c[i]);
                    i += 1;
                }
                continue;
            }
        }
        // String ("…", b"…").
        if c[i] == '"' {
            blank(&mut out, c[i]);
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    blank(&mut out, c[i]);
                    i += 1;
                }
                if i < c.len() {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
            if i < c.len() {
                blank(&mut out, c[i]);
                i += 1;
            }
            continue;
        }
        // Character literal ('a', '\n', '\u{1F600}'), not a lifetime ('a).
        if c[i] == '\'' {
            let end = if c.get(i + 1) == Some(&'\\') {
                (i + 2..c.len()).find(|&k| c[k] == '\'')
            } else if c.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            if let Some(end) = end {
                for &ch in &c[i..=end] {
                    blank(&mut out, ch);
                }
                i = end + 1;
                continue;
            }
        }
        out.push(c[i]);
        i += 1;
    }
    out
}

/// A token of the stripped source: a name, or one of `::`, `{`, `}`, `,`, `;`, `*`; anything
/// else is `.` (a break in a path).
#[derive(Clone, Debug, PartialEq)]
struct Token {
    text: String,
    line: usize,
}

fn tokens(stripped: &str) -> Vec<Token> {
    let c: Vec<char> = stripped.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch.is_alphabetic() || ch == '_' || ch == '$' {
            let start = i;
            i += 1;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            out.push(Token {
                text: c[start..i].iter().collect(),
                line,
            });
        } else if ch == ':' && c.get(i + 1) == Some(&':') {
            out.push(Token {
                text: "::".into(),
                line,
            });
            i += 2;
        } else if "{},;*".contains(ch) {
            out.push(Token {
                text: ch.to_string(),
                line,
            });
            i += 1;
        } else {
            // Numbers (`1u8`), `'a` lifetimes and operators: a break in a path.
            out.push(Token {
                text: ".".into(),
                line,
            });
            i += 1;
            if ch == '\'' || ch.is_ascii_digit() {
                while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                    i += 1;
                }
            }
        }
    }
    out
}

fn is_name(t: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
}

/// The paths of one `use` tree, starting at `tokens[i]`: (line, full path, name it binds).
/// Returns the index after the tree.
fn use_tree(
    t: &[Token],
    mut i: usize,
    prefix: &[String],
    out: &mut Vec<(usize, Vec<String>, Option<String>)>,
) -> usize {
    let mut path = prefix.to_vec();
    // `use ::std::x` — a leading `::`.
    if t.get(i).is_some_and(|x| x.text == "::") {
        i += 1;
    }
    loop {
        let Some(tok) = t.get(i) else { return i };
        if tok.text == "{" {
            i += 1;
            loop {
                match t.get(i).map(|x| x.text.as_str()) {
                    None => return i,
                    Some("}") => return i + 1,
                    Some(",") => i += 1,
                    _ => i = use_tree(t, i, &path, out),
                }
            }
        }
        if tok.text == "*" {
            out.push((tok.line, path, None));
            return i + 1;
        }
        if !is_name(&tok.text) {
            return i;
        }
        path.push(tok.text.clone());
        let line = tok.line;
        i += 1;
        if t.get(i).is_some_and(|x| x.text == "::") {
            i += 1;
            continue;
        }
        let mut bound = path.last().cloned();
        if t.get(i).is_some_and(|x| x.text == "as") {
            bound = t.get(i + 1).map(|x| x.text.clone());
            i += 2;
        }
        if bound.as_deref() == Some("self") {
            path.pop();
            bound = path.last().cloned();
        }
        out.push((line, path, bound));
        return i;
    }
}

/// Everything one file names. `module` is the file's module (`["pages", "overview"]`),
/// `modules` every module that is a file.
fn scan(text: &str, module: &[String], modules: &BTreeSet<Vec<String>>) -> Found {
    let t = tokens(&strip(text));
    let mut found = Found::default();

    // The inline module each token is in (`mod tests { … }`), by brace depth.
    // Whether it is test code (inside a `#[cfg(test)] mod … { … }`).
    let mut scope: Vec<Vec<String>> = Vec::with_capacity(t.len());
    let mut in_test: Vec<bool> = Vec::with_capacity(t.len());
    let mut inline: Vec<(String, usize, bool)> = Vec::new();
    let mut depth = 0;
    for (k, tok) in t.iter().enumerate() {
        match tok.text.as_str() {
            "{" => {
                depth += 1;
                if k >= 2 && t[k - 2].text == "mod" && is_name(&t[k - 1].text) {
                    // `#[cfg(test)]` reads as `. . cfg . test . .` before `mod` (or `pub mod`).
                    let before = &t[k.saturating_sub(10)..k - 2];
                    let test = before
                        .windows(3)
                        .any(|w| w[0].text == "cfg" && w[2].text == "test");
                    inline.push((t[k - 1].text.clone(), depth, test));
                }
            }
            "}" => {
                if inline.last().is_some_and(|(_, d, _)| *d == depth) {
                    inline.pop();
                }
                depth -= 1;
            }
            _ => {}
        }
        let mut here = module.to_vec();
        here.extend(inline.iter().map(|(n, _, _)| n.clone()));
        scope.push(here);
        in_test.push(inline.iter().any(|(_, _, test)| *test));
    }

    // The start of a path, resolved: `crate`, `self`, `super`, a child module, a bound name.
    // `None` for another crate (or a name this file does not bind, such as `Vec`).
    let start = |first: &str,
                 here: &[String],
                 bound: &BTreeMap<String, Vec<String>>|
     -> Option<Vec<String>> {
        match first {
            "crate" | "$crate" => Some(Vec::new()),
            "self" => Some(here.to_vec()),
            "super" => Some(here[..here.len().saturating_sub(1)].to_vec()),
            _ => {
                let mut child = here.to_vec();
                child.push(first.to_string());
                if let Some(path) = bound.get(first) {
                    Some(path.clone())
                } else if modules.contains(&child) {
                    Some(child)
                } else {
                    None
                }
            }
        }
    };
    // A path's segments after the start (`super::super::x` climbs twice).
    let resolve = |segments: &[String],
                   here: &[String],
                   bound: &BTreeMap<String, Vec<String>>|
     -> Option<Vec<String>> {
        let mut full = start(&segments[0], here, bound)?;
        for s in &segments[1..] {
            if s == "super" {
                full.pop();
            } else if s != "self" {
                full.push(s.clone());
            }
        }
        Some(full)
    };
    let target = |full: &[String]| -> Vec<String> {
        (0..=full.len())
            .rev()
            .map(|n| full[..n].to_vec())
            .find(|m| modules.contains(m) || m.is_empty())
            .unwrap_or_default()
    };

    // First the `use` trees: they bind names that later paths start with.
    let mut bound: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut in_use = vec![false; t.len()];
    let mut uses = Vec::new();
    for k in 0..t.len() {
        if t[k].text == "use" && (k == 0 || t[k - 1].text != "::") {
            let mut tree = Vec::new();
            let end = use_tree(&t, k + 1, &[], &mut tree);
            for flag in &mut in_use[k..end.min(t.len())] {
                *flag = true;
            }
            for (line, path, name) in tree {
                if path.is_empty() {
                    continue;
                }
                let here = &scope[k];
                let written = path.join("::");
                match resolve(&path, here, &bound) {
                    Some(full) => {
                        if let Some(name) = name {
                            bound.insert(name, full.clone());
                        }
                        uses.push(Import {
                            line,
                            written,
                            target: target(&full),
                            test: in_test[k],
                        });
                    }
                    None => found.external.push((line, path[0].clone())),
                }
            }
        }
    }
    found.imports.extend(uses);

    // Then every path in code: `a::b…` outside a `use`.
    let mut k = 0;
    while k < t.len() {
        let path_start = !in_use[k]
            && is_name(&t[k].text)
            && t.get(k + 1).is_some_and(|x| x.text == "::")
            && t.get(k + 2).is_some_and(|x| is_name(&x.text))
            && (k == 0 || t[k - 1].text != "::");
        if !path_start {
            k += 1;
            continue;
        }
        let mut segments = vec![t[k].text.clone()];
        let mut j = k + 1;
        while t.get(j).is_some_and(|x| x.text == "::")
            && t.get(j + 1).is_some_and(|x| is_name(&x.text))
        {
            segments.push(t[j + 1].text.clone());
            j += 2;
        }
        match resolve(&segments, &scope[k], &bound) {
            Some(full) => found.imports.push(Import {
                line: t[k].line,
                written: segments.join("::"),
                target: target(&full),
                test: in_test[k],
            }),
            None => found.external.push((t[k].line, segments[0].clone())),
        }
        k = j;
    }
    found
}

/// A module's name from its file under `src/` (`lib.rs` is the root, `x/mod.rs` is `x`).
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

fn file_of(module: &[String], files: &BTreeMap<Vec<String>, String>) -> String {
    files
        .get(module)
        .cloned()
        .unwrap_or_else(|| module.join("::"))
}

/// Every `.rs` file under `src/` but `main.rs` (the binary, a crate of its own) and this test.
fn sources() -> BTreeMap<Vec<String>, (String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("readable entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(&root).expect("under src/");
                if relative == Path::new("main.rs") || relative == Path::new("layers_test.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("readable file");
                out.insert(
                    module_of(relative),
                    (format!("src/{}", relative.display()), text),
                );
            }
        }
    }
    out
}

/// The import graph between files: module → (module it imports → first import).
type Graph = BTreeMap<Vec<String>, BTreeMap<Vec<String>, Import>>;

/// A module by its names (`["pages", "overview"]`; the crate root is empty).
type Module = Vec<String>;

/// A circle (its modules in order, the first again at the end) and every module of its group.
type Circle = (Vec<Module>, Vec<Module>);

/// Every broken rule and every circle, as lines for a failure message.
fn check(sources: &BTreeMap<Vec<String>, (String, String)>) -> Vec<String> {
    let modules: BTreeSet<Vec<String>> = sources.keys().cloned().collect();
    let files: BTreeMap<Vec<String>, String> = sources
        .iter()
        .map(|(m, (f, _))| (m.clone(), f.clone()))
        .collect();
    let mut problems = Vec::new();
    let mut graph = Graph::new();
    for (module, (file, text)) in sources {
        let found = scan(text, module, &modules);
        let from = layer(module);
        for import in found.imports {
            let to = layer(&import.target);
            for (layer_from, forbidden, rule) in RULES {
                if *layer_from == from && forbidden.contains(&to) {
                    problems.push(format!(
                        "{file}:{}: `{}` leads to {} — breaks \"{rule}\"",
                        import.line,
                        import.written,
                        file_of(&import.target, &files),
                    ));
                }
            }
            // A sub-module using its parent (`use super::AppState` in `state/sync.rs`) is not
            // an edge: a module and its own sub-modules are one unit.
            let parent = import.target.len() < module.len()
                && module.starts_with(&import.target)
                && !import.target.is_empty();
            if import.target != *module && !import.test && !parent {
                graph
                    .entry(module.clone())
                    .or_default()
                    .entry(import.target.clone())
                    .or_insert(import);
            }
        }
        if from == "domain" {
            for (line, name) in found.external {
                if BROWSER_CRATES.iter().any(|b| name.starts_with(b)) {
                    problems.push(format!(
                        "{file}:{line}: `{name}` — breaks \"the domain names no browser or Leptos crate\""
                    ));
                }
            }
        }
    }
    for (circle, group) in circles(&graph) {
        let steps: Vec<String> = circle
            .windows(2)
            .map(|w| {
                let import = &graph[&w[0]][&w[1]];
                format!(
                    "{}:{} (`{}`)",
                    file_of(&w[0], &files),
                    import.line,
                    import.written
                )
            })
            .collect();
        problems.push(format!(
            "import circle — breaks \"no import cycles between modules\": {} → back to {}",
            steps.join(" → "),
            file_of(&circle[0], &files)
        ));
        if group.len() + 1 > circle.len() {
            let all: Vec<String> = group.iter().map(|m| file_of(m, &files)).collect();
            problems.push(format!(
                "  (these files all reach each other: {})",
                all.join(", ")
            ));
        }
    }
    problems
}

/// One circle per group of files that reach each other (Tarjan's strongly connected
/// components, then a shortest way round from the group's first file), each as the list of
/// modules with the first repeated at the end.
fn circles(graph: &Graph) -> Vec<Circle> {
    struct Tarjan<'g> {
        graph: &'g Graph,
        index: BTreeMap<&'g Vec<String>, usize>,
        low: BTreeMap<&'g Vec<String>, usize>,
        stack: Vec<&'g Vec<String>>,
        on_stack: BTreeSet<&'g Vec<String>>,
        groups: Vec<Vec<&'g Vec<String>>>,
    }
    impl<'g> Tarjan<'g> {
        fn visit(&mut self, v: &'g Vec<String>) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.graph.get(v).into_iter().flat_map(|e| e.keys()) {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[w].min(self.low[v]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.index[w].min(self.low[v]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut group = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    group.push(w);
                    if w == v {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort();
                    self.groups.push(group);
                }
            }
        }
    }
    let mut tarjan = Tarjan {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        groups: Vec::new(),
    };
    for v in graph.keys() {
        if !tarjan.index.contains_key(v) {
            tarjan.visit(v);
        }
    }
    let mut out = Vec::new();
    for group in tarjan.groups {
        let members: BTreeSet<&Vec<String>> = group.iter().copied().collect();
        let first = group[0];
        // Breadth first from `first` inside the group, back to `first`.
        let mut came_from: BTreeMap<&Vec<String>, &Vec<String>> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([first]);
        let mut last = None;
        'search: while let Some(v) = queue.pop_front() {
            for w in graph.get(v).into_iter().flat_map(|e| e.keys()) {
                if w == first {
                    last = Some(v);
                    break 'search;
                }
                if members.contains(w) && !came_from.contains_key(w) {
                    came_from.insert(w, v);
                    queue.push_back(w);
                }
            }
        }
        let mut middle = Vec::new();
        let mut v = last.expect("a group of files that reach each other has a circle");
        while v != first {
            middle.push(v.clone());
            v = came_from[v];
        }
        middle.reverse();
        let mut way = vec![first.clone()];
        way.extend(middle);
        way.push(first.clone());
        out.push((way, group.into_iter().cloned().collect()));
    }
    out
}

#[test]
fn the_layers_hold_and_no_files_import_each_other_in_a_circle() {
    let sources = sources();
    assert!(
        sources.len() > 100,
        "expected every source file, found {}",
        sources.len()
    );
    let problems = check(&sources);
    assert!(
        problems.is_empty(),
        "the layers (docs/architecture.md, \"Layers\") do not hold:\n{}",
        problems.join("\n")
    );
}

/// A small crate of made-up files, for the tests of the reader itself.
fn fixture(files: &[(&str, &str)]) -> BTreeMap<Vec<String>, (String, String)> {
    files
        .iter()
        .map(|(path, text)| {
            (
                module_of(Path::new(path)),
                (format!("src/{path}"), text.to_string()),
            )
        })
        .collect()
}

fn imports_of(files: &[(&str, &str)], file: &str) -> Vec<String> {
    let sources = fixture(files);
    let modules: BTreeSet<Vec<String>> = sources.keys().cloned().collect();
    let module = module_of(Path::new(file));
    scan(&sources[&module].1, &module, &modules)
        .imports
        .into_iter()
        .map(|i| format!("{} {}", i.line, i.target.join("::")))
        .collect()
}

#[test]
fn every_kind_of_path_is_read() {
    let files = [
        (
            "lib.rs",
            "pub mod components; pub mod pages; pub mod domain;",
        ),
        ("components/mod.rs", "pub mod card; pub mod labels;"),
        ("components/labels.rs", ""),
        (
            "components/card.rs",
            "use crate::{\n    domain::{date::Date, stage},\n    components::labels as l,\n};\n\
             use super::labels::*;\n\
             fn f() { let _ = (crate::pages::overview::zone_name)(); }\n\
             // crate::pages::plan::x() in a comment\n\
             const S: &str = \"crate::pages::plan::y\";\n\
             const R: &str = r#\"crate::pages::plan \"quoted\"\"#;\n\
             fn g<'a>(x: &'a str) -> char { let _ = '\"'; l::text(x); 'x' }\n\
             mod tests { use super::*; fn h() { super::super::labels::t(); } }\n",
        ),
        ("pages/mod.rs", "pub mod overview; pub mod plan;"),
        ("pages/overview.rs", ""),
        ("pages/plan.rs", ""),
        ("domain/mod.rs", "pub mod date; pub mod stage;"),
        ("domain/date.rs", ""),
        ("domain/stage.rs", ""),
    ];
    assert_eq!(
        imports_of(&files, "components/card.rs"),
        [
            "2 domain::date",
            "2 domain::stage",
            "3 components::labels",
            "5 components::labels",
            "11 components::card",
            "6 pages::overview",
            "10 components::labels",
            "11 components::labels",
        ]
    );
}

#[test]
fn a_component_that_imports_a_page_and_a_circle_are_reported() {
    let files = [
        (
            "lib.rs",
            "pub mod components; pub mod pages; pub mod screens;",
        ),
        ("components/mod.rs", "pub mod map;"),
        (
            "components/map.rs",
            "fn f() { crate::pages::overview::zone_name(); }",
        ),
        ("pages/mod.rs", "pub mod overview; pub mod framework;"),
        (
            "pages/overview.rs",
            "use crate::screens;\nfn f() { screens::summary(); }",
        ),
        ("pages/framework.rs", "use super::overview::Card;"),
        (
            "screens.rs",
            "use crate::pages;\nfn f() { pages::framework::Page(); }",
        ),
    ];
    let problems = check(&fixture(&files));
    assert_eq!(
        problems,
        [
            "src/components/map.rs:1: `crate::pages::overview::zone_name` leads to src/pages/overview.rs — breaks \"components never import pages\"",
            "src/pages/overview.rs:1: `crate::screens` leads to src/screens.rs — breaks \"pages never import the router (lib.rs, screens.rs)\"",
            "src/pages/overview.rs:2: `screens::summary` leads to src/screens.rs — breaks \"pages never import the router (lib.rs, screens.rs)\"",
            "import circle — breaks \"no import cycles between modules\": src/pages/framework.rs:1 (`super::overview::Card`) → src/pages/overview.rs:1 (`crate::screens`) → src/screens.rs:2 (`pages::framework::Page`) → back to src/pages/framework.rs",
        ]
    );
}

#[test]
fn the_domain_may_not_name_leptos_anywhere() {
    let files = [
        ("lib.rs", "pub mod domain; pub mod content;"),
        ("domain/mod.rs", "pub mod date;"),
        (
            "domain/date.rs",
            "fn f() { let _ = leptos::prelude::signal(0); let _ = std::mem::take(&mut 0); }\n\
             fn g() { crate::content::ui(); }",
        ),
        ("content/mod.rs", ""),
    ];
    assert_eq!(
        check(&fixture(&files)),
        [
            "src/domain/date.rs:2: `crate::content::ui` leads to src/content/mod.rs — breaks \"the domain imports nothing of the app (only the domain)\"",
            "src/domain/date.rs:1: `leptos` — breaks \"the domain names no browser or Leptos crate\"",
        ]
    );
}

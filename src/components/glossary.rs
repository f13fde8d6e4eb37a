//! Words explained where they are used (docs/glossary.md).
//!
//! Every screen (`Page`) holds a [`GlossaryScope`]: which text on the screen explains which
//! glossary term. A text shown with [`Glossed`] marks the first use of each term that no
//! earlier text on the screen explains: the word becomes a button that shows the explanation
//! right under it (tap, or Tab and Enter; Escape or Enter again closes it), with a link to
//! all words on /woorden. The page prints the words it explained at its end.
//!
//! A text keeps explaining the terms it claimed when it is drawn again (a change elsewhere on
//! the screen), so an explanation does not jump to another place. Claims are kept per address
//! and language: the same screen for another stage or organisation (`/netwerk?org=…`), or in
//! the other language, starts afresh.

use crate::content::{glossary, glossary_forms, GlossaryText, Lang};
use crate::domain::glossary::{first_uses, pieces, Piece};
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[derive(Clone, PartialEq)]
struct Claim {
    path: String,
    lang: Lang,
    term: usize,
    /// The text that explains the term (its address; texts are static).
    text: usize,
}

/// Which texts on the current screen explain which terms.
#[derive(Clone, Copy)]
pub struct GlossaryScope {
    claims: RwSignal<Vec<Claim>>,
    /// The glossary itself, handed over by the first text that explains a word. Only screens
    /// loaded on demand explain words, so the glossary's texts travel with them instead of in
    /// the first download, where `Page` (and so [`PrintedWords`]) is (docs/benchmarks.md).
    words: RwSignal<Option<Glossary>>,
}

/// The glossary in a language (`content::glossary`).
type Glossary = fn(Lang) -> &'static [GlossaryText];

impl GlossaryScope {
    /// An empty scope, for one screen.
    pub fn new() -> Self {
        GlossaryScope {
            claims: RwSignal::new(Vec::new()),
            words: RwSignal::new(None),
        }
    }

    /// Whether `text` may explain `term` on `path`: yes when it already does, or when no
    /// other text does yet (then it does from now on).
    fn claim(&self, path: &str, lang: Lang, term: usize, text: usize) -> bool {
        let owner = self.claims.with_untracked(|claims| {
            claims
                .iter()
                .find(|c| c.path == path && c.lang == lang && c.term == term)
                .map(|c| c.text)
        });
        match owner {
            Some(owner) => owner == text,
            None => {
                self.claims.update(|claims| {
                    claims.push(Claim {
                        path: path.to_string(),
                        lang,
                        term,
                        text,
                    })
                });
                true
            }
        }
    }

    /// The terms explained on `path` in `lang`, in the order they were first shown (tracked).
    pub fn terms(&self, path: &str, lang: Lang) -> Vec<usize> {
        self.claims.with(|claims| {
            claims
                .iter()
                .filter(|c| c.path == path && c.lang == lang)
                .map(|c| c.term)
                .collect()
        })
    }
}

impl Default for GlossaryScope {
    fn default() -> Self {
        Self::new()
    }
}

/// A text from the content files, with the first use of each glossary term on this screen
/// explainable in place. Without a scope (outside a `Page`) it is plain text.
#[component]
pub fn Glossed(
    /// The text.
    text: &'static str,
) -> impl IntoView {
    let app = use_app();
    let Some(scope) = use_context::<GlossaryScope>() else {
        return text.into_any();
    };
    let lang = app.lang.get_untracked();
    let location = use_location();
    let path = format!(
        "{}{}",
        location.pathname.get_untracked(),
        location.search.get_untracked()
    );
    let key = text.as_ptr() as usize;
    let found = first_uses(text, glossary_forms(lang), |term| {
        scope.claim(&path, lang, term, key)
    });
    if found.is_empty() {
        return text.into_any();
    }
    if scope.words.with_untracked(Option::is_none) {
        scope.words.set(Some(glossary));
    }
    pieces(text, &found)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(t) => t.into_any(),
            Piece::Term(words, term) => {
                view! { <Term words=words term=term lang=lang/> }.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// One explainable word: a button with the word that shows or hides the explanation below it.
#[component]
fn Term(words: &'static str, term: usize, lang: Lang) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let Some(entry) = glossary(lang).get(term) else {
        return words.into_any();
    };
    let open = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let tip_id = format!("woord-{}", entry.id);
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            ev.stop_propagation();
            open.set(false);
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    view! {
        <span class="hd-term" on:keydown=close_on_escape>
            <button
                type="button"
                class="hd-term__word"
                node_ref=button
                aria-expanded=move || open.get().to_string()
                aria-controls=tip_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {words}
            </button>
            // Its words are in the page only while it is open: closed, the sentence reads (and
            // is found, copied, searched) as written.
            <span id=tip_id class="hd-term__tip" hidden=move || !open.get()>
                {move || open.get().then(|| view! {
                    <strong>{entry.term}</strong>": "
                    {move || if app.youth.get() { entry.youth } else { entry.parent }}
                    " "
                    <a href=routes::glossary_word(entry.id) class="hd-term__all">{move || ui.get().glossary_all}</a>
                })}
            </span>
        </span>
    }
    .into_any()
}

/// At the end of a printed page: the words explained on it (print only).
#[component]
pub fn PrintedWords() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let location = use_location();
    let scope = use_context::<GlossaryScope>();
    move || {
        let scope = scope?;
        let lang = app.lang.get();
        let path = format!("{}{}", location.pathname.get(), location.search.get());
        let terms = scope.terms(&path, lang);
        if terms.is_empty() {
            return None;
        }
        let youth = app.youth.get();
        let all = scope.words.get()?(lang);
        Some(view! {
            <section class="hd-print-only hd-print-words">
                <h2>{ui.get().glossary_print_title}</h2>
                <dl>
                    {terms.into_iter().filter_map(|i| all.get(i)).map(|t| view! {
                        <dt>{t.term}</dt>
                        <dd>{if youth { t.youth } else { t.parent }}</dd>
                    }).collect_view()}
                </dl>
            </section>
        })
    }
}

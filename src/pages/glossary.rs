//! Words explained (`/woorden`): every glossary term from A to Z with its explanation (the
//! young person's in youth mode) and, for a legal term, the article it rests on
//! (docs/glossary.md). The in-place explanations on other screens link here (`/woorden#<id>`).

use crate::components::page::Page;
use crate::content::{self, checked_date, fill};
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// The glossary route.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().glossary_title.to_string());
    // Opened from an explanation's "all words": show that word (the router does not scroll to
    // an anchor on a page that is drawn after the navigation).
    request_animation_frame(|| {
        let hash = window().location().hash().unwrap_or_default();
        let id = hash.trim_start_matches('#');
        if !id.is_empty() {
            if let Some(el) = document().get_element_by_id(id) {
                el.scroll_into_view();
            }
        }
    });
    view! {
        <Page title=title>
            <p class="hd-lead">{move || if app.youth.get() { ui.get().glossary_youth_lead } else { ui.get().glossary_lead }}</p>
            {move || {
                let lang = app.lang.get();
                let youth = app.youth.get();
                let ui = content::ui(lang);
                view! {
                    <dl class="hd-glossary">
                        {content::glossary_sorted(lang).into_iter().map(|t| view! {
                            <div class="hd-glossary__entry" id=t.id>
                                <dt>{t.term}</dt>
                                <dd>
                                    <p>{if youth { t.youth } else { t.parent }}</p>
                                    <p class="hd-statement__source">
                                        {if t.source.is_empty() {
                                            view! { {ui.glossary_no_source} }.into_any()
                                        } else if t.url.is_empty() {
                                            view! { {fill(ui.source_line, &[("source", t.source), ("date", &checked_date(lang, t.checked))])} }.into_any()
                                        } else {
                                            // The link goes to the first article named; the others follow as text.
                                            let (before, after) = ui.source_line.split_once("{source}").unwrap_or((ui.source_line, ""));
                                            let (linked, rest) = t.source.split_once(';').map(|(a, b)| (a, format!(";{b}"))).unwrap_or((t.source, String::new()));
                                            view! {
                                                {before}
                                                <a href=t.url rel="noreferrer">{linked}</a>
                                                {rest}
                                                {fill(after, &[("date", &checked_date(lang, t.checked))])}
                                            }.into_any()
                                        }}
                                    </p>
                                </dd>
                            </div>
                        }).collect_view()}
                    </dl>
                }
            }}
        </Page>
    }
}

//! A legal or factual statement with its source and the date it was checked.

use crate::components::glossary::Glossed;
use crate::content::{checked_date, fill, Statement};
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// A list of statements, each followed by its source; the glossary's words explained at their
/// first use on the screen.
#[component]
pub fn StatementList(
    /// The statements to show.
    items: &'static [Statement],
) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    view! {
        <ul class="hd-statements">
            {items.iter().map(|s| view! {
                <li class="hd-statement">
                    <span class="hd-statement__text"><Glossed text=s.text/></span>
                    " "
                    <span class="hd-statement__source">
                        {move || fill(ui.get().source_line, &[
                            ("source", s.source),
                            ("date", &checked_date(app.lang.get(), s.checked)),
                        ])}
                    </span>
                </li>
            }).collect_view()}
        </ul>
    }
}

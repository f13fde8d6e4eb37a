//! "My rights" in youth mode (`/rechten`): the rights of a young person at A2 level, each with
//! its source (content/<lang>/youth.toml), how to ask for your own file, and the help that is
//! one tap away. It speaks to the young person, never to a parent about "your child".

use crate::components::page::Page;
use crate::components::statement::StatementList;
use crate::components::youth_help::CHECKED;
use crate::content::{self, checked_date, fill};
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// The youth rights screen.
#[component]
pub fn YouthRightsPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().youth_rights_title.to_string());
    view! {
        <Page title=title>
            {move || {
                let lang = app.lang.get();
                let ui = content::ui(lang);
                let source = fill(ui.source_line, &[("source", ui.youth_mode_file_source), ("date", &checked_date(lang, CHECKED))]);
                view! {
                    <p class="hd-lead">{ui.youth_rights_intro}</p>
                    <section class="hd-card" aria-label=ui.youth_rights_title>
                        <StatementList items=content::youth_rights(lang)/>
                    </section>
                    <section class="hd-card" aria-labelledby="youth-file">
                        <h2 id="youth-file">{ui.youth_mode_file_title}</h2>
                        <p>{ui.youth_mode_file_text}</p>
                        <p class="hd-statement__source">{source}</p>
                    </section>
                    <p><A href=routes::HELP attr:class="hd-button hd-button--secondary">{ui.youth_mode_to_help}</A></p>
                }
            }}
        </Page>
    }
}

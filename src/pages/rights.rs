//! Rights (`/rechten`): the rights at the family's current stage first, then every stage.

use crate::components::page::Page;
use crate::components::statement::StatementList;
use crate::content::{self, fill};
use crate::domain::household::CurrentStage;
use crate::domain::stage::Stage;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// The rights route.
#[component]
pub fn RightsPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().rights_title.to_string());
    view! {
        <Page title=title>
            <p class="hd-lead">{move || ui.get().rights_lead}</p>
            {move || {
                let lang = app.lang.get();
                let ui = content::ui(lang);
                let current = app.household.with(|h| match h.as_ref().map(|h| h.position.current()) {
                    Some(CurrentStage::Known(stage, _)) => Some(stage),
                    _ => None,
                });
                let here = current.and_then(|s| content::stage(lang, s.id())).map(|text| view! {
                    <section class="hd-card hd-card--here" aria-labelledby="rights-now">
                        <h2 id="rights-now">{fill(ui.rights_now, &[("stage", text.name)])}</h2>
                        <StatementList items=text.rights/>
                    </section>
                });
                let others = Stage::ALL.into_iter().filter(|s| Some(*s) != current).filter_map(|s| content::stage(lang, s.id()));
                view! {
                    {here}
                    <h2>{ui.rights_all_stages}</h2>
                    {others.map(|text| view! {
                        <details class="hd-details">
                            <summary>{text.name}</summary>
                            <StatementList items=text.rights/>
                        </details>
                    }).collect_view()}
                }
            }}
        </Page>
    }
}

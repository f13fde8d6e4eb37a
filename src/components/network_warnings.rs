//! The continuity warnings (recommendations 17 and 18): shown on the overview and on the web.

use crate::content::{self, fill, long_date};
use crate::domain::network::{warnings, Warning};
use crate::routes;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;

/// The warnings that hold today, with a link to the web; nothing when all is well.
#[component]
pub fn NetworkWarnings(
    /// Show the link to `/netwerk` (not on the web itself).
    #[prop(optional)]
    link: bool,
) -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        app.household.with(|h| {
            let h = h.as_ref()?;
            let list = warnings(h, app.today);
            if list.is_empty() {
                return None;
            }
            let text = |w: &Warning| match w {
                Warning::NoManagerDuringMeasure { stage } => {
                    let name = content::stage(lang, stage.id())
                        .map(|t| t.name)
                        .unwrap_or(stage.id());
                    fill(ui.network_warn_no_manager, &[("stage", name)])
                }
                Warning::LocalHelpEndedWithoutManager {
                    organisation,
                    ended,
                } => {
                    let org = h
                        .organisation(organisation)
                        .map(|o| o.name.clone())
                        .unwrap_or_default();
                    fill(
                        ui.network_warn_local_ended,
                        &[("org", &org), ("date", &long_date(lang, *ended))],
                    )
                }
                Warning::ManyChanges { changes } => fill(
                    ui.network_warn_many_changes,
                    &[("count", &changes.to_string())],
                ),
            };
            Some(view! {
                <section class="hd-alert hd-alert--warning hd-network-warnings" aria-labelledby="network-warnings-title">
                    <h2 id="network-warnings-title">{ui.network_warnings_title}</h2>
                    <ul>
                        {list.iter().map(|w| view! { <li>{text(w)}</li> }).collect_view()}
                    </ul>
                    {link.then(|| view! { <p><A href=routes::NETWORK>{ui.network_warn_to_network}</A></p> })}
                </section>
            })
        })
    }
}

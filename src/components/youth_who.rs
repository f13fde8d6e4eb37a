//! "Who is who" in youth mode (`/netwerk`): the family's organisations in a young person's
//! words (content/<lang>/youth.toml, `who`), the people they know there, and no forms. Without
//! organisations in Helder (or without a household), the most important ones.

use crate::components::labels::role_label;
use crate::components::page::Page;
use crate::content;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// The organisations a young person meets most, for when none are in Helder yet.
const MAIN: [&str; 5] = [
    "jeugdbescherming",
    "raad",
    "kinderrechter",
    "vertrouwenspersoon",
    "klachtencommissie",
];

/// The youth "who is who" screen.
#[component]
pub fn YouthWhoPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().youth_who_title.to_string());
    view! {
        <Page title=title>
            {move || {
                let lang = app.lang.get();
                let ui = content::ui(lang);
                let name_of = move |kind: &str, fallback: &str| {
                    content::partner(lang, kind).map(|p| p.name.to_string()).unwrap_or_else(|| fallback.to_string())
                };
                app.household.with(|h| {
                    let orgs: Vec<(String, String, Vec<String>)> = h
                        .as_ref()
                        .map(|h| {
                            h.organisations
                                .iter()
                                .map(|o| {
                                    let people = o
                                        .people
                                        .iter()
                                        .filter(|p| crate::domain::network::active_on(p, app.today))
                                        .map(|p| format!("{} — {}", p.name, role_label(ui, p.role)))
                                        .collect();
                                    (o.name.clone(), o.kind.clone(), people)
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    if orgs.is_empty() {
                        view! {
                            <p>{ui.youth_mode_who_none}</p>
                            <ul class="hd-list hd-youth-who">
                                {MAIN.iter().map(|kind| view! {
                                    <li>
                                        <h2>{name_of(kind, kind)}</h2>
                                        <p>{content::youth_who_for(lang, kind).unwrap_or("")}</p>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    } else {
                        view! {
                            <p class="hd-lead">{ui.youth_who_intro}</p>
                            <ul class="hd-list hd-youth-who">
                                {orgs.into_iter().map(|(name, kind, people)| view! {
                                    <li>
                                        <h2>{name}</h2>
                                        {content::youth_who_for(lang, &kind).map(|t| view! { <p>{t}</p> })}
                                        {(!people.is_empty()).then(|| view! {
                                            <p class="hd-muted">{ui.youth_mode_who_people}</p>
                                            <ul class="hd-checklist">
                                                {people.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                                            </ul>
                                        })}
                                    </li>
                                }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }
                })
            }}
        </Page>
    }
}

//! Says plainly when the organisation's profile file is wrong (the last good one is used).

use crate::content::fill;
use crate::domain::profile::Assumption;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// A notice naming the wrong field of `organisation.json`, when there is one, and what Helder
/// assumed when it read an older profile format.
#[component]
pub fn ProfileProblem() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let assumed = move || {
        app.profile.with(|p| p.assumed.clone()).map(|a| {
            let (template, name) = match a {
                Assumption::OmbudsmanIsNational(name) => (ui.get().profile_assumed_national, name),
                Assumption::OmbudsmanIsChildren(name) => (ui.get().profile_assumed_children, name),
            };
            view! {
                <p class="hd-alert hd-alert--info" role="status">{fill(template, &[("name", &name)])}</p>
            }
        })
    };
    let problem = move || {
        app.profile_problem.get().map(|problem| {
            let field = if problem.field.is_empty() { "organisation.json".to_string() } else { problem.field.clone() };
            view! {
                <p class="hd-alert hd-alert--warning" role="status">
                    {fill(ui.get().profile_problem, &[("field", &field), ("reason", &problem.reason)])}
                </p>
            }
        })
    };
    view! { {problem} {assumed} }
}

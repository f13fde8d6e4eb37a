//! The main navigation: a bottom bar with "more" on phones, a side list on wide screens.
//! Not shown on first use (before there is a household, the example or youth mode), so the
//! welcome's main action is never under the bar. In youth mode the tabs say "my plan" and
//! "my rights": every tab shows the young person's version.

use crate::content::Ui;
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

type Label = fn(&Ui) -> &'static str;

/// A tab: its address, its label, and its label in youth mode.
type Tab = (&'static str, Label, Label);

const PRIMARY: [Tab; 4] = [
    (routes::OVERVIEW, |u| u.nav_overview, |u| u.nav_overview),
    (routes::FRAMEWORK, |u| u.nav_framework, |u| u.nav_framework),
    (routes::PLAN, |u| u.nav_plan, |u| u.youth_nav_plan),
    (routes::NETWORK, |u| u.nav_network, |u| u.nav_network),
];

const MORE: [Tab; 5] = [
    (routes::HELP, |u| u.nav_help, |u| u.nav_help),
    (routes::EMERGENCY, |u| u.nav_emergency, |u| u.nav_emergency),
    (routes::RIGHTS, |u| u.nav_rights, |u| u.youth_nav_rights),
    (routes::GLOSSARY, |u| u.nav_glossary, |u| u.nav_glossary),
    (routes::SETTINGS, |u| u.nav_settings, |u| u.nav_settings),
];

/// The navigation for every screen.
#[component]
pub fn Nav() -> impl IntoView {
    let ui = use_ui();
    let app = use_app();
    let (open, set_open) = signal(false);
    // Close the "more" list after navigating.
    let location = use_location();
    Effect::new(move || {
        location.pathname.track();
        set_open.set(false);
    });
    let in_more = move || {
        let path = location.pathname.get();
        MORE.iter().any(|(href, _, _)| path == *href)
    };
    let link = move |(href, label, youth_label): Tab| {
        view! {
            <li><A href=href exact=true attr:class="hd-nav__link">
                {move || if app.youth.get() { youth_label(ui.get()) } else { label(ui.get()) }}
            </A></li>
        }
    };
    // First use: the welcome and the guided start have their own way forward.
    let in_use = move || app.youth.get() || app.household.with(Option::is_some);
    view! {
        <Show when=in_use>
        <nav class="hd-nav" aria-label=move || ui.get().nav_label>
            <ul class="hd-nav__primary">
                {PRIMARY.into_iter().map(link).collect_view()}
                <li class="hd-nav__more-item">
                    <button
                        type="button"
                        class="hd-nav__link hd-nav__more"
                        class:hd-nav__more--current=in_more
                        aria-expanded=move || open.get().to_string()
                        aria-controls="hd-nav-more"
                        on:click=move |_| set_open.update(|o| *o = !*o)
                    >
                        {move || ui.get().nav_more}
                    </button>
                </li>
            </ul>
            // A tap on a link closes the list, also the link of the screen already shown (the
            // path does not change then).
            <ul id="hd-nav-more" class="hd-nav__secondary" class:hd-nav__secondary--open=move || open.get()
                on:click=move |_| set_open.set(false)>
                {MORE.into_iter().map(link).collect_view()}
            </ul>
        </nav>
        </Show>
    }
}

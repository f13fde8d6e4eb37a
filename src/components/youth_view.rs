//! Youth mode: a young person's view of the same household. Every tab has its youth version:
//! the overview (this file: hello, urgent help, the way to the other tabs), "my plan"
//! (youth_plan.rs), "who is who" (youth_who.rs), "my rights" (youth_rights.rs) and help
//! (youth_help.rs). Texts at A2 level, from the content files. It works without a household
//! too: a young person on their own phone sees their help and rights.

use crate::components::youth_help::YouthHelp;
use crate::components::youth_switch::YouthSwitch;
use crate::content::{self, fill, Ui};
use crate::domain::household::{Child, Household};
use crate::domain::youth::who_am_i;
use crate::routes;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;

/// Who the young person is, or why not known yet.
pub enum Me {
    /// No household on this device.
    NoHousehold,
    /// A household without children.
    NoChildren,
    /// Several children and none chosen yet.
    NotChosen,
    /// The young person.
    Child(Child),
}

/// Who the young person is in this household.
pub fn me(h: Option<&Household>, chosen: &str) -> Me {
    match h {
        None => Me::NoHousehold,
        Some(h) if h.children.is_empty() => Me::NoChildren,
        Some(h) => match who_am_i(h, chosen) {
            Some(c) => Me::Child(c.clone()),
            None => Me::NotChosen,
        },
    }
}

/// "Who are you?": the children's names as buttons.
pub fn choose_child(h: &Household, ui: &'static Ui) -> AnyView {
    let app = use_app();
    if h.children.is_empty() {
        return view! { <p>{ui.youth_no_children}</p> }.into_any();
    }
    view! {
        <section class="hd-card" aria-labelledby="youth-who-am-i">
            <h2 id="youth-who-am-i">{ui.youth_who_am_i}</h2>
            <p>{ui.youth_who_hint}</p>
            <div class="hd-actions">
                {h.children.iter().map(|c| {
                    let id = c.id.clone();
                    view! {
                        <button type="button" class="hd-button hd-button--secondary" on:click=move |_| app.set_youth_child(&id)>
                            {c.name.clone()}
                        </button>
                    }
                }).collect_view()}
            </div>
        </section>
    }
    .into_any()
}

/// The youth overview: hello (or "who are you?"), urgent help, and the other tabs.
#[component]
pub fn YouthView() -> impl IntoView {
    let app = use_app();
    let hello = move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        let chosen = app.youth_child.get();
        app.household.with(|h| match me(h.as_ref(), &chosen) {
            Me::NoHousehold => view! { <p class="hd-lead">{ui.youth_mode_no_household}</p> }.into_any(),
            Me::NoChildren => view! { <p>{ui.youth_no_children}</p> }.into_any(),
            Me::NotChosen => h.as_ref().map(|h| choose_child(h, ui)).into_any(),
            Me::Child(child) => {
                let other_children = h.as_ref().is_some_and(|h| h.children.len() > 1);
                view! {
                    <section class="hd-youth" aria-labelledby="youth-hello">
                        <h2 id="youth-hello">{fill(ui.youth_hello, &[("name", &child.name)])}</h2>
                        <p>{ui.youth_intro}</p>
                        {other_children.then(|| view! {
                            <p><button type="button" class="hd-link-button" on:click=move |_| app.set_youth_child("")>{ui.youth_who_am_i}</button></p>
                        })}
                    </section>
                }
                .into_any()
            }
        })
    };
    let stop = move || {
        let ui = content::ui(app.lang.get());
        let offered = app.profile.with(|p| p.emergency_stop.offered);
        view! {
            <section class="hd-card" aria-labelledby="youth-stop">
                <h2 id="youth-stop">{ui.youth_stop_title}</h2>
                <p>{if offered { ui.youth_stop_offered } else { ui.youth_stop_not_offered }}</p>
                <A href=routes::EMERGENCY attr:class="hd-button hd-button--secondary">{ui.youth_stop_link}</A>
            </section>
        }
    };
    let more = move || {
        let ui = content::ui(app.lang.get());
        view! {
            <section class="hd-card" aria-labelledby="youth-more">
                <h2 id="youth-more">{ui.youth_mode_more_title}</h2>
                <ul class="hd-youth-more">
                    <li><A href=routes::PLAN attr:class="hd-button hd-button--secondary">{ui.youth_mode_to_plan}</A></li>
                    <li><A href=routes::NETWORK attr:class="hd-button hd-button--secondary">{ui.youth_mode_to_who}</A></li>
                    <li><A href=routes::RIGHTS attr:class="hd-button hd-button--secondary">{ui.youth_mode_to_rights}</A></li>
                    <li><A href=routes::HELP attr:class="hd-button hd-button--secondary">{ui.youth_mode_to_help}</A></li>
                </ul>
            </section>
        }
    };
    view! {
        <YouthSwitch/>
        {hello}
        <YouthHelp/>
        {stop}
        {more}
    }
}

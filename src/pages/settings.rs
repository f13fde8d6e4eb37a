//! Settings (`/instellingen`): language, parent or youth view, export, erase everything, about.

mod import_panel;
mod passcode_panel;

use crate::components::erase_button::EraseButton;
use crate::components::export_panel::ExportPanel;
use crate::components::page::Page;
use crate::components::profile_problem::ProfileProblem;
use crate::components::situation_change::SituationChange;
use crate::components::youth_switch::YouthModeSetting;
use crate::content::{fill, Lang};
use crate::routes;
use crate::state::{use_app, use_ui};
use import_panel::ImportPanel;
use leptos::prelude::*;
use leptos_router::components::A;
use passcode_panel::PasscodePanel;

/// The settings route.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let erased = RwSignal::new(false);
    let title = Signal::derive(move || ui.get().settings_title.to_string());
    let has_household = move || app.household.with(|h| h.is_some());
    let is_example = move || {
        app.household
            .with(|h| h.as_ref().is_some_and(|h| h.is_example))
    };
    let lang_option = move |lang: Lang| {
        view! {
            <label class="hd-radio">
                <input type="radio" name="lang" value=lang.code()
                    prop:checked=move || app.lang.get() == lang
                    on:change=move |_| app.set_lang(lang)/>
                <span lang=lang.code()>{crate::content::ui(lang).language_name}</span>
            </label>
        }
    };
    view! {
        <Page title=title>
            <section class="hd-card">
                <fieldset class="hd-fieldset">
                    <legend>{move || ui.get().settings_language}</legend>
                    {lang_option(Lang::Nl)}
                    {lang_option(Lang::En)}
                </fieldset>
            </section>
            <YouthModeSetting/>
            <Show when=move || has_household() && !app.youth.get()>
                <section class="hd-card">
                    <SituationChange prefix="settings"/>
                </section>
            </Show>
            // In youth mode: no copies, passcode, import or erasing (the parents' data).
            <Show when=move || !app.youth.get()>
            <Show when=is_example>
                <section class="hd-card">
                    <h2>{move || ui.get().example_badge}</h2>
                    <p>{move || ui.get().example_badge_text}</p>
                    <A href=routes::START attr:class="hd-button">{move || ui.get().example_start_own}</A>
                </section>
            </Show>
            <Show when=has_household>
                <ExportPanel/>
            </Show>
            <Show when=has_household>
                <PasscodePanel/>
            </Show>
            <ImportPanel/>
            <Show when=has_household>
                <section class="hd-card" aria-labelledby="erase-title">
                    <h2 id="erase-title">{move || ui.get().settings_erase_title}</h2>
                    <p>{move || ui.get().settings_erase_text}</p>
                    <EraseButton
                        label=Signal::derive(move || ui.get().settings_erase)
                        question_id="erase-confirm"
                        after=Callback::new(move |_| erased.set(true))/>
                </section>
            </Show>
            </Show>
            <Show when=move || erased.get()>
                <div class="hd-alert hd-alert--success" role="status">
                    <p>{move || ui.get().settings_erased}</p>
                    <p><A href=routes::OVERVIEW>{move || ui.get().settings_to_start}</A></p>
                </div>
            </Show>
            <section class="hd-card" aria-labelledby="about-title">
                <h2 id="about-title">{move || ui.get().settings_about_title}</h2>
                <p>{move || ui.get().settings_about_text}</p>
                <ProfileProblem/>
                <p>{move || fill(ui.get().setup_org_for_org, &[("org", &app.profile.with(|p| p.organisation.name.clone()))])}</p>
                <p>{move || ui.get().setup_org_other_org}</p>
                <p class="hd-muted">{move || ui.get().settings_version}" "{env!("CARGO_PKG_VERSION")}</p>
            </section>
        </Page>
    }
}

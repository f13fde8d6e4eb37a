//! The guided start: where the family stands, the children, the organisations — three short steps.

use crate::components::page::Page;
use crate::content::{self, fill};
use crate::domain::date::Date;
use crate::domain::guided_start::{start_household, StartAnswers, StartError};
use crate::domain::stage::Stage;
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// One child row in the form (text as typed).
#[derive(Clone, Default, PartialEq)]
struct ChildRow {
    name: String,
    birth_year: String,
}

/// The guided start route (`/start`).
#[component]
pub fn StartPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let navigate = use_navigate();
    let step = RwSignal::new(1u8);
    let stage = RwSignal::new(String::new());
    let since = RwSignal::new(String::new());
    let children = RwSignal::new(vec![ChildRow::default()]);
    let organisations = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);

    let has_own = move || {
        app.household
            .with(|h| h.as_ref().is_some_and(|h| !h.is_example))
    };
    let has_example = move || {
        app.household
            .with(|h| h.as_ref().is_some_and(|h| h.is_example))
    };

    // Turns the form into answers; a message in plain words for anything that cannot be right.
    let answers = move || -> Result<StartAnswers, String> {
        let ui = ui.get();
        let since_text = since.get_untracked();
        let since = match since_text.trim() {
            "" => None,
            text => Some(Date::parse(text).map_err(|_| ui.start_error_date.to_string())?),
        };
        let mut kids = Vec::new();
        for (i, row) in children.get_untracked().into_iter().enumerate() {
            if row.name.trim().is_empty() && row.birth_year.trim().is_empty() {
                continue;
            }
            let year = match row.birth_year.trim() {
                "" => None,
                text => Some(text.parse::<i32>().map_err(|_| {
                    fill(ui.start_error_birth_year, &[("n", &(i + 1).to_string())])
                })?),
            };
            kids.push((row.name, year));
        }
        let lang = app.lang.get_untracked();
        let orgs = organisations
            .get_untracked()
            .into_iter()
            .filter_map(|id| content::partner(lang, &id).map(|p| (id, p.name.to_string())))
            .collect();
        Ok(StartAnswers {
            stage: Stage::from_id(&stage.get_untracked()),
            since,
            children: kids,
            organisations: orgs,
        })
    };

    let finish = Callback::new(move |_: ()| {
        let ui = ui.get_untracked();
        let result = answers().and_then(|a| {
            start_household(&a, app.today).map_err(|e| match e {
                StartError::SinceInFuture => ui.start_error_future.to_string(),
                StartError::ChildWithoutName(i) => {
                    fill(ui.start_error_child_name, &[("n", &(i + 1).to_string())])
                }
                StartError::ImpossibleBirthYear(i) => {
                    fill(ui.start_error_birth_year, &[("n", &(i + 1).to_string())])
                }
            })
        });
        match result {
            Ok(household) => {
                app.replace(household);
                navigate(routes::OVERVIEW, Default::default());
            }
            Err(message) => {
                confirming.set(false);
                error.set(Some(message));
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        if step.get_untracked() < 3 {
            step.update(|s| *s += 1);
        } else if has_example() {
            confirming.set(true);
        } else {
            finish.run(());
        }
    };

    let title = Signal::derive(move || ui.get().start_title.to_string());
    view! {
        <Page title=title>
            <Show when=move || !has_own() fallback=move || view! {
                <p>{move || ui.get().start_has_own}</p>
                <p><A href=routes::SETTINGS>{move || ui.get().nav_settings}</A></p>
            }>
                <Show when=has_example>
                    <p class="hd-alert hd-alert--info">{move || ui.get().start_replaces_example}</p>
                </Show>
                <p class="hd-muted">{move || fill(ui.get().start_step_of, &[("step", &step.get().to_string()), ("total", "3")])}</p>
                <form class="hd-form" on:submit=submit novalidate>
                    {move || match step.get() {
                        1 => stage_step(stage, since, step).into_any(),
                        2 => children_step(children).into_any(),
                        _ => organisations_step(organisations).into_any(),
                    }}
                    {move || error.get().map(|message| view! {
                        <p class="hd-alert hd-alert--error" role="alert">{message}</p>
                    })}
                    <Show when=move || !confirming.get()>
                        <div class="hd-actions">
                            <Show when=move || { step.get() > 1 }>
                                <button type="button" class="hd-button hd-button--secondary" on:click=move |_| step.update(|s| *s -= 1)>
                                    {move || ui.get().start_back}
                                </button>
                            </Show>
                            <button type="submit" class="hd-button">
                                {move || if step.get() < 3 { ui.get().start_next } else { ui.get().start_finish }}
                            </button>
                        </div>
                    </Show>
                </form>
                <Show when=move || confirming.get()>
                    {
                        view! {
                            <div class="hd-alert hd-alert--warning" role="alertdialog" aria-labelledby="confirm-replace">
                                <p id="confirm-replace"><strong>{move || ui.get().start_confirm_replace}</strong></p>
                                <div class="hd-actions">
                                    <button type="button" class="hd-button" on:click=move |_| finish.run(())>
                                        {move || ui.get().start_confirm_yes}
                                    </button>
                                    <button type="button" class="hd-button hd-button--secondary" on:click=move |_| confirming.set(false)>
                                        {move || ui.get().start_confirm_no}
                                    </button>
                                </div>
                            </div>
                        }
                    }
                </Show>
            </Show>
        </Page>
    }
}

fn stage_step(
    stage: RwSignal<String>,
    since: RwSignal<String>,
    step: RwSignal<u8>,
) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let option = move |id: &'static str, name: String, hint: &'static str| {
        view! {
            <label class="hd-radio">
                <input type="radio" name="stage" value=id
                    prop:checked=move || stage.get() == id
                    on:change=move |_| stage.set(id.to_string())/>
                <span><strong>{name}</strong><br/><span class="hd-muted">{hint}</span></span>
            </label>
        }
    };
    view! {
        <fieldset class="hd-fieldset">
            <legend>{move || ui.get().start_stage_question}</legend>
            <p class="hd-hint">{move || ui.get().start_stage_hint}</p>
            // Not knowing is the common answer: on at once, without scrolling past every stage
            // to the form's button (ux review 19). The date is asked again on the map.
            <button type="button" class="hd-button hd-button--secondary" on:click=move |_| {
                stage.set(String::new());
                since.set(String::new());
                step.set(2);
            }>
                {move || ui.get().start_skip_stage}
            </button>
            // "Don't know" first (it is chosen already), then each stage with one sentence: the
            // whole summaries made this step six screens long (ux review 19); the map has them.
            {move || {
                let lang = app.lang.get();
                let unknown = option("", ui.get().start_stage_unknown.to_string(), ui.get().start_stage_unknown_hint);
                let stages = Stage::ALL.iter().filter_map(|s| content::stage(lang, s.id())).map(|t| {
                    option(t.id, t.name.to_string(), content::first_sentence(t.summary))
                });
                std::iter::once(unknown).chain(stages).collect_view()
            }}
        </fieldset>
        <div class="hd-field">
            <label for="since">{move || ui.get().start_since}</label>
            <p class="hd-hint" id="since-hint">{move || ui.get().start_since_hint}</p>
            <input id="since" type="date" aria-describedby="since-hint" max=app.today.to_string()
                prop:value=move || since.get()
                on:input=move |ev| since.set(event_target_value(&ev))/>
        </div>
    }
}

fn children_step(children: RwSignal<Vec<ChildRow>>) -> impl IntoView {
    let ui = use_ui();
    let row = move |i: usize| {
        let name_id = format!("child-name-{i}");
        let year_id = format!("child-year-{i}");
        view! {
            <fieldset class="hd-fieldset hd-fieldset--row">
                <legend>{move || fill(ui.get().start_child_n, &[("n", &(i + 1).to_string())])}</legend>
                <div class="hd-field">
                    <label for=name_id.clone()>{move || ui.get().start_child_name}</label>
                    <input id=name_id type="text" autocomplete="off"
                        prop:value=move || children.with(|c| c.get(i).map(|r| r.name.clone()).unwrap_or_default())
                        on:input=move |ev| children.update(|c| if let Some(r) = c.get_mut(i) { r.name = event_target_value(&ev) })/>
                </div>
                <div class="hd-field">
                    <label for=year_id.clone()>{move || ui.get().start_child_year}</label>
                    <input id=year_id type="text" inputmode="numeric" autocomplete="off" maxlength="4"
                        prop:value=move || children.with(|c| c.get(i).map(|r| r.birth_year.clone()).unwrap_or_default())
                        on:input=move |ev| children.update(|c| if let Some(r) = c.get_mut(i) { r.birth_year = event_target_value(&ev) })/>
                </div>
                <button type="button" class="hd-button hd-button--link" on:click=move |_| children.update(|c| { if i < c.len() { c.remove(i); } })>
                    {move || fill(ui.get().start_child_remove, &[("n", &(i + 1).to_string())])}
                </button>
            </fieldset>
        }
    };
    view! {
        <h2>{move || ui.get().start_children_question}</h2>
        <p class="hd-hint">{move || ui.get().start_children_hint}</p>
        {move || (0..children.with(|c| c.len())).map(row).collect_view()}
        <button type="button" class="hd-button hd-button--secondary" on:click=move |_| {
            children.update(|c| c.push(ChildRow::default()));
            // On to the new child's name once it is drawn (ux review 19: focus stayed on the
            // button).
            let id = format!("child-name-{}", children.with_untracked(Vec::len) - 1);
            set_timeout(move || {
                use wasm_bindgen::JsCast;
                if let Some(field) = document().get_element_by_id(&id).and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = field.focus();
                }
            }, std::time::Duration::ZERO);
        }>
            {move || ui.get().start_child_add}
        </button>
    }
}

fn organisations_step(organisations: RwSignal<Vec<String>>) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    view! {
        <fieldset class="hd-fieldset">
            <legend>{move || ui.get().start_orgs_question}</legend>
            <p class="hd-hint">{move || ui.get().start_orgs_hint}</p>
            {move || content::partners(app.lang.get()).iter().map(|p| {
                let id = p.id;
                view! {
                    <label class="hd-check">
                        <input type="checkbox" value=id
                            prop:checked=move || organisations.with(|o| o.iter().any(|x| x == id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                organisations.update(|o| {
                                    o.retain(|x| x != id);
                                    if on { o.push(id.to_string()); }
                                });
                            }/>
                        <span><strong>{p.name}</strong><br/><span class="hd-muted">{p.role}</span></span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

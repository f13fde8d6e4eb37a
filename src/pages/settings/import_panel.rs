//! Settings: put back a copy from a file, after a preview of what changes, with undo.

use crate::content::{fill, long_date, Lang, Ui};
use crate::domain::document::{LoadError, CURRENT_VERSION};
use crate::domain::household::Household;
use crate::domain::import::{protected, read_import, ImportError, Incoming, Section};
use crate::domain::locked::Locked;
use crate::state::{use_app, use_ui};
use crate::store::crypto::{self, CryptoError};
use crate::store::file_read::{read_picked, FileReadError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the panel shows after a file was picked.
#[derive(Clone)]
enum Step {
    Idle,
    Reading,
    Preview(Box<Incoming>),
    /// A copy protected with a password: asked for before anything is read.
    Password {
        sealed: Locked,
        problem: Option<&'static str>,
        opening: bool,
    },
    Refused(String),
    Done,
    Cancelled,
}

fn size_text(lang: Lang, bytes: usize) -> String {
    let text = format!("{:.1} MB", bytes as f64 / 1_048_576.0);
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

fn section_name(ui: &Ui, section: Section) -> &'static str {
    match section {
        Section::Path => ui.import_s_path,
        Section::Children => ui.import_s_children,
        Section::Organisations => ui.import_s_organisations,
        Section::People => ui.import_s_people,
        Section::Positives => ui.import_s_positives,
        Section::Concerns => ui.import_s_concerns,
        Section::Goals => ui.import_s_goals,
        Section::Meetings => ui.import_s_meetings,
        Section::Agreements => ui.import_s_agreements,
        Section::Reports => ui.import_s_reports,
        Section::Decisions => ui.import_s_decisions,
        Section::Disputes => ui.import_s_disputes,
        Section::Requests => ui.import_s_requests,
    }
}

/// The plain message for a refused file.
fn refusal(ui: &Ui, lang: Lang, error: &ImportError) -> String {
    match error {
        ImportError::TooLarge { bytes } => {
            fill(ui.import_error_large, &[("size", &size_text(lang, *bytes))])
        }
        ImportError::Empty => ui.import_error_empty.to_string(),
        ImportError::NotText => ui.import_error_not_helder.to_string(),
        ImportError::Locked => ui.import_error_locked.to_string(),
        ImportError::Load(e) => match e {
            LoadError::NotJson(_) | LoadError::NotHelder => ui.import_error_not_helder.to_string(),
            LoadError::Newer { found } => fill(
                ui.import_error_newer,
                &[
                    ("version", &found.to_string()),
                    ("current", &CURRENT_VERSION.to_string()),
                ],
            ),
            LoadError::Migration { .. } => ui.import_error_migration.to_string(),
            LoadError::Shape { field, .. } => fill(ui.import_error_field, &[("field", field)]),
            LoadError::Invalid(problems) => {
                let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
                fill(ui.import_error_field, &[("field", &fields.join(", "))])
            }
        },
    }
}

/// The preview of a file's bytes, or why it is refused.
fn read_step(ui: &Ui, lang: Lang, bytes: &[u8], current: Option<&Household>) -> Step {
    match read_import(bytes, current) {
        Ok(incoming) => Step::Preview(Box::new(incoming)),
        Err(e) => Step::Refused(refusal(ui, lang, &e)),
    }
}

/// The import card.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let step = RwSignal::new(Step::Idle);

    let on_pick = move |ev: leptos::ev::Event| {
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        step.set(Step::Reading);
        leptos::task::spawn_local(async move {
            let ui = ui.get_untracked();
            let lang = app.lang.get_untracked();
            let next = match read_picked(&el).await {
                Ok(bytes) => match protected(&bytes) {
                    Some(Ok(sealed)) => Step::Password {
                        sealed,
                        problem: None,
                        opening: false,
                    },
                    Some(Err(e)) => Step::Refused(refusal(ui, lang, &e)),
                    None => read_step(ui, lang, &bytes, app.household.get_untracked().as_ref()),
                },
                Err(FileReadError::NoFile) => Step::Idle,
                Err(FileReadError::TooLarge(bytes)) => {
                    Step::Refused(refusal(ui, lang, &ImportError::TooLarge { bytes }))
                }
                Err(FileReadError::Failed) => Step::Refused(ui.import_error_read.to_string()),
            };
            // The same file can be picked again after a refusal or a cancel.
            el.set_value("");
            step.set(next);
        });
    };

    let password = RwSignal::new(String::new());
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Step::Password {
            sealed,
            opening: false,
            ..
        } = step.get_untracked()
        else {
            return;
        };
        let secret = password.get_untracked();
        step.set(Step::Password {
            sealed: sealed.clone(),
            problem: None,
            opening: true,
        });
        leptos::task::spawn_local(async move {
            let ui = ui.get_untracked();
            let lang = app.lang.get_untracked();
            let next = match crypto::open(&secret, &sealed).await {
                Ok(plain) => read_step(
                    ui,
                    lang,
                    plain.as_bytes(),
                    app.household.get_untracked().as_ref(),
                ),
                Err(e) => Step::Password {
                    sealed,
                    problem: Some(if e == CryptoError::WrongPasscode {
                        ui.import_wrong_password
                    } else {
                        ui.lock_unavailable
                    }),
                    opening: false,
                },
            };
            password.set(String::new());
            step.set(next);
        });
    };

    let confirm = move |_| {
        let Step::Preview(incoming) = step.get_untracked() else {
            return;
        };
        let household = incoming.household;
        let message = ui.get_untracked().import_done.to_string();
        if app.household.with_untracked(Option::is_some) {
            let _ = app.try_change(message, |h| {
                *h = household;
                Ok::<(), ()>(())
            });
        } else {
            app.replace(household);
        }
        step.set(Step::Done);
    };

    let body = move || {
        let ui = ui.get();
        let lang = app.lang.get();
        match step.get() {
            Step::Idle => ().into_any(),
            Step::Reading => view! { <p role="status">{ui.import_reading}</p> }.into_any(),
            Step::Refused(message) => view! {
                <div class="hd-alert hd-alert--error" role="alert">
                    <p><strong>{ui.import_refused}</strong></p>
                    <p>{message}</p>
                    <p>{ui.import_kept}</p>
                </div>
            }
            .into_any(),
            Step::Done => view! {
                <div class="hd-alert hd-alert--success" role="status"><p>{ui.import_done}</p></div>
            }
            .into_any(),
            Step::Cancelled => view! {
                <div class="hd-alert hd-alert--info" role="status"><p>{ui.import_kept}</p></div>
            }
            .into_any(),
            Step::Password { problem, opening, .. } => view! {
                <form class="hd-alert hd-alert--info hd-form" aria-labelledby="import-password-title" on:submit=open>
                    <h3 id="import-password-title">{ui.import_protected_title}</h3>
                    <p>{ui.import_protected_text}</p>
                    <div class="hd-field">
                        <label for="import-password">{ui.import_password}</label>
                        {problem.map(|p| view! {
                            <p class="hd-field__error" id="import-password-problem" role="alert">{p}</p>
                        })}
                        <input id="import-password" type="password" autocomplete="off"
                            aria-invalid=problem.is_some().to_string()
                            aria-describedby=problem.map(|_| "import-password-problem")
                            prop:value=move || password.get()
                            on:input=move |ev| password.set(event_target_value(&ev))/>
                    </div>
                    <div class="hd-actions">
                        <button type="submit" class="hd-button" disabled=opening>
                            {if opening { ui.import_opening } else { ui.import_open }}
                        </button>
                        <button type="button" class="hd-button hd-button--secondary"
                            on:click=move |_| step.set(Step::Cancelled)>{ui.import_cancel}</button>
                    </div>
                </form>
            }
            .into_any(),
            Step::Preview(incoming) => {
                let p = incoming.preview;
                let label = if p.label.trim().is_empty() {
                    ui.import_no_label.to_string()
                } else {
                    p.label.clone()
                };
                let rows = p
                    .sections
                    .iter()
                    .map(|s| {
                        let changed = s.now != s.file;
                        view! {
                            <tr class:hd-import__changed=changed>
                                <th scope="row">{section_name(ui, s.section)}</th>
                                <td>{s.now}</td>
                                <td>{s.file}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="hd-alert hd-alert--warning hd-import" role="alertdialog" aria-labelledby="import-preview-title">
                        <h3 id="import-preview-title">{ui.import_preview_title}</h3>
                        <p>{if p.label_now.is_some() { ui.import_preview_replace } else { ui.import_preview_new }}</p>
                        <ul>
                            <li>{fill(ui.import_preview_label, &[("label", &label)])}</li>
                            {p.saved.map(|d| view! { <li>{fill(ui.import_preview_saved, &[("date", &long_date(lang, d))])}</li> })}
                            {p.is_example.then(|| view! { <li>{ui.import_preview_example}</li> })}
                            {(p.version < CURRENT_VERSION as u64).then(|| view! {
                                <li>{fill(ui.import_preview_older, &[("version", &p.version.to_string())])}</li>
                            })}
                        </ul>
                        <table class="hd-import__table">
                            <caption>{ui.import_table_caption}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ui.import_head_section}</th>
                                    <th scope="col">{ui.import_head_now}</th>
                                    <th scope="col">{ui.import_head_file}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                        <div class="hd-actions">
                            <button type="button" class="hd-button" on:click=confirm>{ui.import_confirm}</button>
                            <button type="button" class="hd-button hd-button--secondary"
                                on:click=move |_| step.set(Step::Cancelled)>{ui.import_cancel}</button>
                        </div>
                    </div>
                }
                .into_any()
            }
        }
    };

    view! {
        <section class="hd-card" aria-labelledby="import-title">
            <h2 id="import-title">{move || ui.get().import_title}</h2>
            <p id="import-hint">{move || ui.get().import_text}</p>
            <div class="hd-field">
                <label for="import-file">{move || ui.get().import_choose}</label>
                <input id="import-file" type="file" accept=".json,application/json"
                    aria-describedby="import-hint"
                    on:click=move |_| crate::store::lock::expect_picker()
                    on:change=on_pick/>
            </div>
            {body}
        </section>
    }
}

//! The correction request for a dispute: made from the family's account, addressed to the
//! organisation that supplied the entry, then copied, shared, e-mailed, printed or kept.

use crate::components::letter_actions::LetterActions;
use crate::content::{self, fill, long_date};
use crate::domain::complaint::add_letter;
use crate::domain::correction::{
    correction_letter, is_opinion, supplier, under_jeugdwet, CorrectionInput, CorrectionTexts,
};
use crate::domain::household::{Channel, DisputedEntry, Household, RequestKind, Source};
use crate::state::{use_app, use_ui};
use crate::store::device;
use leptos::prelude::*;

fn source_of(h: &Household, entry: DisputedEntry, id: &str) -> Option<Source> {
    match entry {
        DisputedEntry::Concern => h
            .plan
            .concerns
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.source.clone()),
        DisputedEntry::Positive => h
            .plan
            .positives
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.source.clone()),
        _ => None,
    }
}

/// The letter section under a dispute's form.
#[component]
pub fn CorrectionLetter(
    /// The dispute's id.
    dispute: String,
) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let name = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let note = RwSignal::new(None::<&'static str>);
    let missing_name = RwSignal::new(false);
    let dispute_id = dispute.clone();
    // (organisation name, its e-mail if a person there has one)
    let addressee = Memo::new(move |_| {
        let ui = ui.get();
        app.household.with(|h| {
            let h = h.as_ref()?;
            let d = h.plan.disputes.iter().find(|d| d.id == dispute_id)?;
            let org = supplier(h, d).and_then(|id| h.organisation(&id).cloned());
            Some(match org {
                Some(o) => {
                    let email = o
                        .people
                        .iter()
                        .find(|p| p.until.is_none() && !p.email.is_empty())
                        .map(|p| p.email.clone())
                        .unwrap_or_default();
                    (o.name, email)
                }
                None => (ui.correction_to_unknown.to_string(), String::new()),
            })
        })
    });
    let make = {
        let dispute = dispute.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if name.get_untracked().trim().is_empty() {
                missing_name.set(true);
                return;
            }
            missing_name.set(false);
            let lang = app.lang.get_untracked();
            let ui = content::ui(lang);
            let to = addressee.get_untracked().map(|a| a.0).unwrap_or_default();
            let letter = app.household.with_untracked(|h| {
                let h = h.as_ref()?;
                let d = h.plan.disputes.iter().find(|d| d.id == dispute)?;
                let entry_text = h.plan.entry_text(d.entry.entry, &d.entry.id)?.to_string();
                let source = source_of(h, d.entry.entry, &d.entry.id)
                    .map(|s| {
                        let mut parts = vec![s.document, s.person];
                        parts.extend(s.date.map(|d| long_date(lang, d)));
                        parts.retain(|p| !p.is_empty());
                        parts.join(", ")
                    })
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| ui.correction_source_unknown.to_string());
                let input = CorrectionInput {
                    name: name.get_untracked(),
                    to,
                    entry_text,
                    source,
                    opinion: is_opinion(h, d),
                    account: d.account.clone(),
                };
                let texts = CorrectionTexts {
                    to: ui.letter_to,
                    date: ui.letter_date,
                    subject_label: ui.letter_subject_label,
                    subject: ui.correction_subject,
                    salutation: ui.letter_salutation_mediator,
                    about: ui.correction_about,
                    account: ui.correction_account,
                    ask_correct: ui.correction_ask_correct,
                    ask_add: if under_jeugdwet(h, d) {
                        ui.correction_ask_add
                    } else {
                        ui.correction_ask_add_avg
                    },
                    ask_answer: ui.correction_ask_answer,
                    regards: ui.letter_regards,
                };
                Some(correction_letter(
                    &input,
                    &texts,
                    &long_date(lang, app.today),
                ))
            });
            text.set(letter.unwrap_or_default());
            note.set(None);
        }
    };
    let keep = {
        let dispute = dispute.clone();
        move |_: ()| {
            let (to, email) = addressee.get_untracked().unwrap_or_default();
            let channel = if email.is_empty() {
                Channel::Letter { to }
            } else {
                Channel::Email { address: email }
            };
            let body = text.get_untracked();
            let subject = ui.get_untracked().correction_subject.to_string();
            let dispute = dispute.clone();
            app.change(|h| {
                let id = add_letter(
                    h,
                    RequestKind::Correction,
                    channel,
                    subject,
                    body,
                    device::random_key(),
                    device::now_ms(),
                );
                if let Some(d) = h.plan.disputes.iter_mut().find(|d| d.id == dispute) {
                    d.letter = Some(id);
                }
            });
            note.set(Some(ui.get_untracked().correction_kept));
        }
    };
    view! {
        <section class="hd-card" aria-labelledby="correction-title">
            <h2 id="correction-title">{move || ui.get().correction_title}</h2>
            <p>{move || content::note(app.lang.get(), "correction-rule").text}</p>
            <p class="hd-statement__source">{move || {
                let lang = app.lang.get();
                let n = content::note(lang, "correction-rule");
                fill(ui.get().source_line, &[("source", n.source), ("date", &content::checked_date(lang, n.checked))])
            }}</p>
            <p>{move || addressee.get().map(|(to, _)| content::fill(ui.get().correction_goes_to, &[("org", &to)]))}</p>
            <form class="hd-form hd-no-print" on:submit=make novalidate>
                <div class="hd-field">
                    <label for="correction-name">{move || ui.get().letter_name}</label>
                    {move || missing_name.get().then(|| view! { <p class="hd-field__error" id="correction-name-error">{ui.get().letter_error_name}</p> })}
                    <input id="correction-name" type="text" autocomplete="name"
                        aria-invalid=move || missing_name.get().then_some("true")
                        aria-describedby=move || missing_name.get().then_some("correction-name-error")
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="hd-button">{move || ui.get().letter_make}</button>
            </form>
            <Show when=move || !text.with(String::is_empty)>
                <div class="hd-field hd-no-print">
                    <label for="correction-text">{move || ui.get().letter_edit}</label>
                    <textarea id="correction-text" rows="16" class="hd-letter"
                        prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                </div>
                <pre class="hd-letter-print">{move || text.get()}</pre>
                <LetterActions text subject=Signal::derive(move || ui.get().correction_subject.to_string())
                    email=Signal::derive(move || addressee.get().map(|a| a.1).unwrap_or_default())
                    on_keep=Callback::new(keep.clone()) note/>
            </Show>
        </section>
    }
}

//! Sending an emergency request from the family's own phone, when the organisation has no
//! channel of its own: to whom (the people in Who is who), the links that open the phone's
//! e-mail or SMS app, and the family saying that it went.

use super::{labels, trouble_label};
use crate::components::follow_up_card::recipient_role;
use crate::content::{fill, Ui};
use crate::domain::emergency::{
    addresses, default_choice, recipients, send_link, sms_text, SendProblem, Way,
};
use crate::domain::household::{Channel, Delivery, Recipient, Request, RequestKind, Via};
use crate::domain::outbox::{confirm_sent_by_family, handed_over};
use crate::routes;
use crate::state::{use_app, use_ui};
use crate::store::device;
use leptos::prelude::*;

/// Every emergency request the family still has to send from their own phone, each with its
/// choice of people and the links that open the phone's e-mail or SMS app.
#[component]
pub(super) fn SendPanels() -> impl IntoView {
    let app = use_app();
    // Redrawn only when the list of unsent requests changes, so a choice being made is kept.
    let waiting = Memo::new(move |_| {
        app.household.with(|h| {
            h.iter()
                .flat_map(|h| h.requests.iter())
                .filter(|r| {
                    r.kind == RequestKind::EmergencyStop
                        && r.channel == Channel::Network
                        && matches!(r.delivery, Delivery::Draft | Delivery::HandedOver { .. })
                })
                .map(|r| (r.id.clone(), r.key.clone()))
                .collect::<Vec<_>>()
        })
    });
    move || {
        waiting
            .get()
            .into_iter()
            .filter_map(|(id, key)| {
                app.household.with_untracked(|h| {
                    h.iter()
                        .flat_map(|h| h.requests.iter())
                        .find(|r| r.id == id && r.key == key)
                        .cloned()
                })
            })
            .map(|request| view! { <SendPanel request/> })
            .collect_view()
    }
}

fn problem_text(ui: &'static Ui, problem: &SendProblem, way: Way) -> String {
    match (problem, way) {
        (SendProblem::NoneChosen, _) => ui.send_problem_none_chosen.to_string(),
        (SendProblem::NoAddress, Way::Email) => ui.send_problem_no_email.to_string(),
        (SendProblem::NoAddress, Way::Sms) => ui.send_problem_no_phone.to_string(),
        (SendProblem::Malformed(name), Way::Email) => {
            fill(ui.send_problem_bad_email, &[("name", name)])
        }
        (SendProblem::Malformed(name), Way::Sms) => {
            fill(ui.send_problem_bad_phone, &[("name", name)])
        }
        (SendProblem::Missing(name), Way::Email) => {
            fill(ui.send_problem_missing_email, &[("name", name)])
        }
        (SendProblem::Missing(name), Way::Sms) => {
            fill(ui.send_problem_missing_phone, &[("name", name)])
        }
    }
}

/// Sending one request from the family's own phone: to whom, how, and "it went".
#[component]
fn SendPanel(request: Request) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let youth = request.emergency.as_ref().is_some_and(|e| e.from_youth);
    let people: Vec<Recipient> = app.household.with_untracked(|h| {
        h.as_ref()
            .map(|h| {
                app.profile
                    .with_untracked(|p| recipients(h, &p.confidential_adviser, app.today))
            })
            .unwrap_or_default()
    });
    let chosen = RwSignal::new(default_choice(&people, youth));
    let people = StoredValue::new(people);
    let picked = Signal::derive(move || {
        chosen.with(|c| {
            people.with_value(|list| {
                list.iter()
                    .zip(c.iter())
                    .filter(|(_, on)| **on)
                    .map(|(r, _)| r.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let opened = RwSignal::new(matches!(request.delivery, Delivery::HandedOver { .. }));
    let ids = StoredValue::new((request.id.clone(), request.key.clone()));
    let confirm = Callback::new(move |via: Via| {
        let who = picked.get();
        let (id, key) = ids.get_value();
        app.change(|h| {
            if let Some(r) = h.requests.iter_mut().find(|r| r.id == id && r.key == key) {
                confirm_sent_by_family(r, via, who, device::now_ms());
            }
        });
        crate::components::shell::to_top();
    });
    let title_id = format!("send-title-{}", request.id);
    let problems = move |way: Way| {
        let ui = ui.get();
        let (_, list) = addresses(&picked.get(), way);
        list.iter()
            .map(|p| problem_text(ui, p, way))
            .collect::<Vec<_>>()
    };
    let labelled_by = title_id.clone();
    view! {
        <section class="hd-card hd-card--urgent" aria-labelledby=labelled_by>
            <h2 id=title_id>{move || if youth { ui.get().send_title_youth } else { ui.get().send_title }}</h2>
            <p>{move || if youth { ui.get().send_lead_youth } else { ui.get().send_lead }}</p>
            <ChooseRecipients people chosen youth/>
            <ul class="hd-send__problems">
                {move || {
                    let mut all = problems(Way::Email);
                    for p in problems(Way::Sms) {
                        if !all.contains(&p) { all.push(p); }
                    }
                    all.into_iter().map(|p| view! { <li class="hd-field__error">{p}</li> }).collect_view()
                }}
            </ul>
            <SendActions request picked opened/>
            <DidItGo opened confirm/>
        </section>
    }
}

/// The people in Who is who to send to, each with what Helder has of them; or, with nobody,
/// the way to add someone.
#[component]
fn ChooseRecipients(
    people: StoredValue<Vec<Recipient>>,
    chosen: RwSignal<Vec<bool>>,
    youth: bool,
) -> impl IntoView {
    let ui = use_ui();
    let nobody = people.with_value(|p| p.is_empty());
    view! {
        {nobody.then(|| view! {
            <div class="hd-alert hd-alert--info">
                <p>{move || if youth { ui.get().send_nobody_youth } else { ui.get().send_nobody }}</p>
                <p><a href=routes::network_from_emergency()>{move || ui.get().send_add_person}</a></p>
            </div>
        })}
        {(!nobody).then(|| view! {
            <fieldset class="hd-fieldset">
                <legend>{move || ui.get().send_to_whom}</legend>
                {people.with_value(|list| list.iter().enumerate().map(|(i, r)| {
                    let has_mail = !r.email.is_empty();
                    let has_phone = !r.phone.is_empty();
                    let name = r.name.clone();
                    let role = r.role;
                    view! {
                        <label class="hd-check">
                            <input type="checkbox"
                                prop:checked=move || chosen.with(|c| c.get(i).copied().unwrap_or(false))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    chosen.update(|c| if let Some(x) = c.get_mut(i) { *x = on; });
                                }/>
                            <span>{move || {
                                let ui = ui.get();
                                let has = match (has_mail, has_phone) {
                                    (true, true) => ui.send_has_both,
                                    (true, false) => ui.send_has_email,
                                    (false, true) => ui.send_has_phone,
                                    (false, false) => ui.send_has_none,
                                };
                                format!("{name}, {} ({has})", recipient_role(ui, role))
                            }}</span>
                        </label>
                    }
                }).collect_view())}
            </fieldset>
        })}
    }
}

/// The ways to send: the phone's e-mail or SMS app (addressed to the people chosen), share,
/// copy. Opening one counts as handed over to the phone.
#[component]
fn SendActions(
    request: Request,
    picked: Signal<Vec<Recipient>>,
    opened: RwSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let form = request.emergency.clone();
    let body = request.body.clone();
    let subject = request.subject.clone();
    let sms = move || {
        let ui = ui.get();
        form.as_ref()
            .map(|f| sms_text(f, &labels(ui, f.from_youth), &|t| trouble_label(ui, t)))
    };
    let sms = Memo::new(move |_| sms());
    let (b1, s1) = (body.clone(), subject.clone());
    let mail_href = move || send_link(&picked.get(), Way::Email, &s1, &b1, "");
    let (b2, s2) = (body.clone(), subject.clone());
    let sms_href = move || {
        let text = sms.get().map(|s| s.text).unwrap_or_default();
        send_link(&picked.get(), Way::Sms, &s2, &b2, &text)
    };
    let note = RwSignal::new(None::<&'static str>);
    let ids = StoredValue::new((request.id.clone(), request.key.clone()));
    let mark_opened = move || {
        crate::store::lock::expect_picker();
        opened.set(true);
        let (id, key) = ids.get_value();
        app.change(|h| {
            if let Some(r) = h.requests.iter_mut().find(|r| r.id == id && r.key == key) {
                handed_over(r, device::now_ms());
            }
        });
    };
    let (b3, s3) = (body.clone(), subject.clone());
    let share = move |_| {
        if let Some(w) = web_sys::window() {
            let data = web_sys::ShareData::new();
            data.set_title(&s3);
            data.set_text(&b3);
            crate::store::lock::expect_picker();
            let _ = w.navigator().share_with_data(&data);
            opened.set(true);
        }
    };
    let b4 = body.clone();
    let copy = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&b4);
            note.set(Some(ui.get_untracked().send_copied));
        }
    };
    let can_share = web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false));
    view! {
        <div class="hd-actions">
            {move || mail_href().map(|href| view! {
                <a class="hd-button hd-button--urgent" href=href on:click=move |_| mark_opened()>{move || ui.get().send_open_email}</a>
            })}
            {move || sms_href().map(|href| view! {
                <a class="hd-button hd-button--secondary" href=href on:click=move |_| mark_opened()>{move || ui.get().send_open_sms}</a>
            })}
            {can_share.then(|| view! {
                <button type="button" class="hd-button hd-button--secondary" on:click=share>{move || ui.get().send_share}</button>
            })}
            <button type="button" class="hd-button hd-button--secondary" on:click=copy>{move || ui.get().send_copy}</button>
        </div>
        <Show when=move || sms.get().is_some_and(|s| s.shortened)>
            <p class="hd-hint">{move || ui.get().send_sms_shortened}</p>
        </Show>
        {move || note.get().map(|n| view! { <p class="hd-alert hd-alert--success" role="status">{n}</p> })}
    }
}

/// "Did it go?" once a way to send was opened (Helder cannot see whether it did), or "I
/// already sent it" before.
#[component]
fn DidItGo(opened: RwSignal<bool>, confirm: Callback<Via>) -> impl IntoView {
    let ui = use_ui();
    view! {
        <Show when=move || opened.get()>
            <div class="hd-send__confirm" role="group" aria-label=move || ui.get().send_did_it_go>
                <p><strong>{move || ui.get().send_did_it_go}</strong></p>
                <p class="hd-hint">{move || ui.get().send_cannot_see}</p>
                <div class="hd-actions">
                    <button type="button" class="hd-button" on:click=move |_| confirm.run(Via::Email)>{move || ui.get().send_went_email}</button>
                    <button type="button" class="hd-button hd-button--secondary" on:click=move |_| confirm.run(Via::Sms)>{move || ui.get().send_went_sms}</button>
                    <button type="button" class="hd-button hd-button--secondary" on:click=move |_| opened.set(false)>{move || ui.get().send_not_yet}</button>
                </div>
            </div>
        </Show>
        <Show when=move || !opened.get()>
            <p class="hd-hint">{move || ui.get().send_cannot_see}</p>
            <button type="button" class="hd-button hd-button--small hd-button--secondary" on:click=move |_| opened.set(true)>{move || ui.get().send_already_sent}</button>
        </Show>
    }
}

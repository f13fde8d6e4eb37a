//! What can be done with a finished letter: copy, share, e-mail, print, keep.

use crate::state::use_ui;
use leptos::prelude::*;

fn navigator_has(name: &str) -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &name.into()).unwrap_or(false))
}

/// The buttons under a letter; `note` receives what happened, for a status line.
#[component]
pub fn LetterActions(
    /// The letter.
    text: RwSignal<String>,
    /// Its subject (for sharing and e-mail).
    #[prop(into)]
    subject: Signal<String>,
    /// The address to e-mail it to; may be empty.
    #[prop(into)]
    email: Signal<String>,
    /// Keeps the letter with the family's requests.
    on_keep: Callback<()>,
    /// Where to say what happened.
    note: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let ui = use_ui();
    let copy = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&text.get_untracked());
            note.set(Some(ui.get_untracked().letter_copied));
        }
    };
    let share = move |_| {
        if let Some(w) = web_sys::window() {
            let data = web_sys::ShareData::new();
            data.set_title(&subject.get_untracked());
            data.set_text(&text.get_untracked());
            crate::store::lock::expect_picker();
            let _ = w.navigator().share_with_data(&data);
        }
    };
    // One link builder for the whole app (no header injection through an address); an
    // address that is not valid is left out and the family fills in the recipient.
    let mailto = move || {
        let (subject, text) = (subject.get(), text.get());
        crate::domain::links::mailto(&[&email.get()], &subject, &text)
            .unwrap_or_else(|_| crate::domain::links::mailto_unaddressed(&subject, &text))
    };
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="hd-actions">
            <button type="button" class="hd-button hd-button--secondary" on:click=copy>{move || ui.get().letter_copy}</button>
            <Show when=|| navigator_has("share")>
                <button type="button" class="hd-button hd-button--secondary" on:click=share>{move || ui.get().letter_share}</button>
            </Show>
            <a class="hd-button hd-button--secondary" href=mailto>{move || ui.get().letter_email}</a>
            <button type="button" class="hd-button hd-button--secondary" on:click=print>{move || ui.get().print_page}</button>
            <button type="button" class="hd-button" on:click=move |_| on_keep.run(())>{move || ui.get().letter_keep}</button>
        </div>
        {move || note.get().map(|n| view! { <p class="hd-alert hd-alert--success" role="status">{n}</p> })}
    }
}

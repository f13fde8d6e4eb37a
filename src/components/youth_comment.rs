//! A young person's own comment on a concern or goal: shown as theirs, never merged into the
//! professionals' text, saved in the household (`youth_comment`).

use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// Which plan entry a youth comment belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Entry {
    /// A concern.
    Concern,
    /// A goal.
    Goal,
}

/// The comment form for one concern or goal (its hint, `#youth-comment-hint`, is shown once
/// above the plan).
#[component]
pub fn YouthComment(
    /// Concern or goal.
    entry: Entry,
    /// Its id.
    id: String,
    /// The young person's name, to show the comment as theirs.
    name: String,
) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let field = format!(
        "youth-{}-{id}",
        if entry == Entry::Goal {
            "goal"
        } else {
            "concern"
        }
    );
    let stored = move |id: &str| {
        app.household.with_untracked(|h| {
            let plan = &h.as_ref()?.plan;
            match entry {
                Entry::Concern => plan
                    .concerns
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| c.youth_comment.clone()),
                Entry::Goal => plan
                    .goals
                    .iter()
                    .find(|g| g.id == id)
                    .map(|g| g.youth_comment.clone()),
            }
        })
    };
    // The saved comment shows above the box, as theirs; the box is for a new one (so the
    // text is not shown twice).
    let draft = RwSignal::new(String::new());
    let shown = RwSignal::new(stored(&id).unwrap_or_default());
    let saved = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        let id = id.clone();
        app.change(|h| match entry {
            Entry::Concern => {
                if let Some(c) = h.plan.concerns.iter_mut().find(|c| c.id == id) {
                    c.youth_comment = text.clone();
                }
            }
            Entry::Goal => {
                if let Some(g) = h.plan.goals.iter_mut().find(|g| g.id == id) {
                    g.youth_comment = text.clone();
                }
            }
        });
        shown.set(text);
        draft.set(String::new());
        saved.set(true);
    };
    let by = move || crate::content::fill(ui.get().youth_comment_by, &[("name", &name)]);
    view! {
        <Show when=move || !shown.get().is_empty()>
            <blockquote class="hd-youth-comment">
                <p class="hd-youth-comment__by">{by.clone()}</p>
                <p>{move || shown.get()}</p>
            </blockquote>
        </Show>
        <form class="hd-comment" on:submit=save>
            <label for=field.clone()>{move || ui.get().youth_comment_label}</label>
            <textarea id=field rows="2" aria-describedby="youth-comment-hint"
                prop:value=move || draft.get()
                on:input=move |ev| { saved.set(false); draft.set(event_target_value(&ev)); }></textarea>
            <button type="submit" class="hd-button hd-button--small">{move || ui.get().youth_comment_save}</button>
            <Show when=move || saved.get()>
                <span class="hd-saved" role="status">{move || ui.get().saved}</span>
            </Show>
        </form>
    }
}

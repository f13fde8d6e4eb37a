//! A keyed list whose items redraw only when they change.
//!
//! `<For>` keeps an item's view as long as its key stays, and never redraws it: right for
//! adding, removing and reordering, wrong when an item with the same key changes. Here each
//! item reads its own memo (the item with that key, from the list's memo), so a changed item
//! redraws alone, and the others are left as they are.

use crate::content::Lang;
use crate::state::use_app;
use leptos::prelude::*;

/// The items of `items` whose keys `ids` gives, in that order, each drawn by `item` (again
/// when that item or the language changes).
pub fn keyed<T, F>(
    ids: impl Fn() -> Vec<String> + Send + Sync + 'static,
    items: Memo<Vec<T>>,
    key: fn(&T) -> String,
    item: F,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
    F: Fn(&T, Lang) -> AnyView + Clone + Send + Sync + 'static,
{
    let lang = use_app().lang;
    view! {
        <For each=ids key=|id| id.clone() children=move |id: String| {
            let one = Memo::new(move |_| items.with(|v| v.iter().find(|x| key(x) == id).cloned()));
            let item = item.clone();
            move || {
                let lang = lang.get();
                one.with(|x| x.as_ref().map(|x| item(x, lang)))
            }
        }/>
    }
}

/// All of `items`, keyed by `key`.
pub fn keyed_all<T, F>(items: Memo<Vec<T>>, key: fn(&T) -> String, item: F) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
    F: Fn(&T, Lang) -> AnyView + Clone + Send + Sync + 'static,
{
    keyed(
        move || items.with(|v| v.iter().map(key).collect()),
        items,
        key,
        item,
    )
}

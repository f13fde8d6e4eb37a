//! A legal or factual statement with its source and the date it was checked.
//!
//! On screen a section's sources are gathered at its end (issue 24, shorter pages): each
//! statement carries a small number, and the numbered list of sources folds open under the
//! statements. On paper every statement keeps its full source line, and the folded list is
//! left out.

use crate::components::glossary::Glossed;
use crate::content::{checked_date, fill, Statement};
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// The distinct sources of `items` (source and checked date) in order of first use, and for
/// each statement the number (from 1) of its source in that list.
pub fn source_numbers(items: &[Statement]) -> (Vec<(&'static str, &'static str)>, Vec<usize>) {
    let mut sources: Vec<(&'static str, &'static str)> = Vec::new();
    let numbers = items
        .iter()
        .map(|s| {
            let key = (s.source, s.checked);
            match sources.iter().position(|k| *k == key) {
                Some(i) => i + 1,
                None => {
                    sources.push(key);
                    sources.len()
                }
            }
        })
        .collect();
    (sources, numbers)
}

/// A list of statements with their sources; the glossary's words explained at their first
/// use on the screen.
#[component]
pub fn StatementList(
    /// The statements to show.
    items: &'static [Statement],
) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let (sources, numbers) = source_numbers(items);
    let line = move |source: &'static str, checked: &'static str| {
        fill(
            ui.get().source_line,
            &[
                ("source", source),
                ("date", &checked_date(app.lang.get(), checked)),
            ],
        )
    };
    let count = sources.len();
    view! {
        <ul class="hd-statements">
            {items.iter().zip(numbers).map(|(s, n)| view! {
                <li class="hd-statement">
                    <span class="hd-statement__text"><Glossed text=s.text/></span>
                    " "
                    <span class="hd-statement__ref hd-no-print">
                        <span class="hd-visually-hidden">{move || ui.get().sources_ref}" "</span>{n}
                    </span>
                    <span class="hd-statement__source hd-print-only">{move || line(s.source, s.checked)}</span>
                </li>
            }).collect_view()}
        </ul>
        {(count > 0).then(|| view! {
            <details class="hd-sources-fold hd-no-print">
                <summary>{move || fill(ui.get().sources_title, &[("count", &count.to_string())])}</summary>
                <ol class="hd-sources-fold__list">
                    {sources.into_iter().map(|(source, checked)| view! {
                        <li class="hd-statement__source">{move || line(source, checked)}</li>
                    }).collect_view()}
                </ol>
            </details>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_used_twice_gets_one_number() {
        static ITEMS: [Statement; 4] = [
            Statement {
                text: "a",
                source: "BW 1:255",
                checked: "2026-11-29",
            },
            Statement {
                text: "b",
                source: "Rv 809",
                checked: "2026-11-29",
            },
            Statement {
                text: "c",
                source: "BW 1:255",
                checked: "2026-11-29",
            },
            Statement {
                text: "d",
                source: "BW 1:255",
                checked: "2026-11-28",
            },
        ];
        let (sources, numbers) = source_numbers(&ITEMS);
        assert_eq!(
            numbers,
            [1, 2, 1, 3],
            "the same source checked on another day is listed apart"
        );
        assert_eq!(sources[0], ("BW 1:255", "2026-11-29"));
        assert_eq!(sources.len(), 3);
        assert_eq!(source_numbers(&[]).0.len(), 0);
    }
}

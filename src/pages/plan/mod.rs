//! The plan (`/plan`): what goes well first, then concerns with their goals, meetings,
//! reports and decisions. Newest first everywhere; what is done or old is folded away, and
//! the search finds it there too. Every entry can be changed, and marked "not correct".
//!
//! The family's own comment stands beside the professionals' text, never merged into it.
//!
//! Narrow updates: each section reads a memo of just its own rows (an entry with the names
//! and dispute it shows, [`Row`]), built from the household; a change elsewhere gives the
//! same rows, so the section is left alone. Which rows show, and which are folded, is a
//! second memo over the rows and the search words ([`Lists`]). The lists are keyed by the
//! entries' ids, and each card reads its own row, so saving one entry redraws one card and a
//! keystroke in the search adds or removes cards without redrawing the others.

mod concerns;
mod decisions;
mod goals;
mod meetings;
mod positives;
mod reports;

use super::plan_edit::edit_href;
use crate::components::keyed::keyed;
use crate::components::labels;
use crate::components::page::Page;
use crate::content::{self, fill, long_date, Lang, Ui};
use crate::domain::date::Date;
use crate::domain::household::{
    Concern, Decision, Dispute, DisputedEntry, EntryRef, Goal, Household, Meeting, Plan, Positive,
    Report, Source,
};
use crate::domain::plan_edit::{entry_text, EntryForm};
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// A plan entry with its id.
pub(super) trait Entry: Clone + PartialEq + Send + Sync + 'static {
    fn id(&self) -> &str;
}

macro_rules! entry_with_id {
    ($($t:ty),*) => {
        $(impl Entry for $t {
            fn id(&self) -> &str {
                &self.id
            }
        })*
    };
}
entry_with_id!(Positive, Concern, Goal, Meeting, Report, Decision);

/// One entry as its card shows it: the entry, and what it shows from elsewhere in the
/// household (organisation and child names, the family's dispute about it).
#[derive(Clone, PartialEq)]
pub(super) struct Row<T, X = ()> {
    pub entry: T,
    /// The names of the organisations the entry refers to, by id.
    pub orgs: Vec<(String, String)>,
    /// The name of the child it is about, if any (and known).
    pub child: Option<String>,
    /// The family's dispute about the entry, if any.
    pub dispute: Option<Dispute>,
    /// What else a section shows (a concern's goals).
    pub extra: X,
}

impl<T, X> Row<T, X> {
    /// A row for `entry`: `orgs` are the organisation ids it refers to.
    fn new<'a>(
        h: &Household,
        entry: T,
        disputed: Option<(DisputedEntry, &str)>,
        orgs: impl IntoIterator<Item = &'a str>,
        child: Option<&String>,
        extra: X,
    ) -> Self {
        Row {
            orgs: orgs
                .into_iter()
                .filter_map(|id| h.organisation(id).map(|o| (id.to_string(), o.name.clone())))
                .collect(),
            child: child.and_then(|id| h.child(id)).map(|c| c.name.clone()),
            dispute: disputed.and_then(|(kind, id)| h.plan.dispute_for(kind, id).cloned()),
            entry,
            extra,
        }
    }

    /// The name of organisation `id`, when it is known.
    fn org(&self, id: Option<&str>) -> Option<&str> {
        let id = id?;
        self.orgs
            .iter()
            .find(|(o, _)| o == id)
            .map(|(_, name)| name.as_str())
    }
}

/// The ids a section shows, and those it folds away (newest first).
pub(super) type Lists = (Vec<String>, Vec<String>);

/// A memo of one section's rows, built from the household.
fn rows<T: Entry, X: Clone + PartialEq + Send + Sync + 'static>(
    build: fn(&Household) -> Vec<Row<T, X>>,
) -> Memo<Vec<Row<T, X>>> {
    let app = use_app();
    Memo::new(move |_| {
        app.household
            .with(|h| h.as_ref().map(build).unwrap_or_default())
    })
}

/// A memo of which rows show and which are folded, for the search words.
fn lists<T: Entry, X: Clone + PartialEq + Send + Sync + 'static>(
    rows: Memo<Vec<Row<T, X>>>,
    query: RwSignal<String>,
    split: fn(&[Row<T, X>], &str, Date) -> Lists,
) -> Memo<Lists> {
    let today = use_app().today;
    Memo::new(move |_| query.with(|q| rows.with(|r| split(r, q, today))))
}

/// The rows whose `texts` match the search, newest first (by `date`, then id), split into
/// shown and folded by `old` (which also sees the rows found, newest first); while
/// searching, nothing is folded.
fn split<T: Entry, X>(
    rows: &[Row<T, X>],
    query: &str,
    texts: impl Fn(&T) -> Vec<&str>,
    date: impl Fn(&T) -> Option<Date>,
    old: impl Fn(&T, &[&Row<T, X>]) -> bool,
) -> Lists {
    let mut found: Vec<&Row<T, X>> = rows
        .iter()
        .filter(|r| matches(query, &texts(&r.entry)))
        .collect();
    crate::domain::ordering::newest_first(&mut found, |r| date(&r.entry), |r| r.entry.id());
    let ids = |list: Vec<&Row<T, X>>| list.iter().map(|r| r.entry.id().to_string()).collect();
    if query.trim().is_empty() {
        let (shown, folded): (Vec<_>, Vec<_>) =
            found.iter().copied().partition(|r| !old(&r.entry, &found));
        (ids(shown), ids(folded))
    } else {
        (ids(found), Vec::new())
    }
}

/// A keyed list of cards: each card reads its own row, so it is drawn again only when that
/// row changes (or the language does).
fn cards<T: Entry, X: Clone + PartialEq + Send + Sync + 'static>(
    rows: Memo<Vec<Row<T, X>>>,
    ids: impl Fn() -> Vec<String> + Send + Sync + 'static,
    card: fn(&Row<T, X>, Lang) -> AnyView,
) -> impl IntoView {
    keyed(ids, rows, |r| r.entry.id().to_string(), card)
}

/// A section of one kind of entry, declared in its module: which entries it lists and what
/// each row shows from elsewhere, how they are searched, dated and folded, and the card.
/// `section` draws every such section the same way, in the frame `frame_of` gives it. The
/// concerns, with a comment form in each card, draw their own.
trait Section: Entry {
    /// The form its "add" button opens; also the key of its frame.
    const FORM: EntryForm;
    /// Its entries in the plan.
    fn entries(plan: &Plan) -> &[Self];
    /// The organisations it refers to, by id.
    fn orgs(&self) -> Vec<&str> {
        Vec::new()
    }
    /// The child it is about, if any.
    fn child(&self) -> Option<&String> {
        None
    }
    /// The texts the search looks in.
    fn texts(&self) -> Vec<&str>;
    /// The date it is sorted by (newest first).
    fn date(&self) -> Option<Date>;
    /// Whether it is folded away when not searching (`found`: the rows found, newest first).
    fn old(&self, found: &[&Row<Self>], today: Date) -> bool;
    /// Its card.
    fn card(row: &Row<Self>, lang: Lang) -> AnyView;
}

/// What the family disputes an entry of a section as; decisions cannot be disputed here.
const fn disputed(form: EntryForm) -> Option<DisputedEntry> {
    match form {
        EntryForm::Positive => Some(DisputedEntry::Positive),
        EntryForm::Concern => Some(DisputedEntry::Concern),
        EntryForm::Goal => Some(DisputedEntry::Goal),
        EntryForm::Meeting => Some(DisputedEntry::Meeting),
        EntryForm::Report => Some(DisputedEntry::Report),
        EntryForm::Agreement | EntryForm::Decision | EntryForm::Dispute => None,
    }
}

/// What a section shows around its cards: its anchor, class and texts.
struct Frame {
    anchor: &'static str,
    class: &'static str,
    title: &'static str,
    add: &'static str,
    hint: Option<&'static str>,
    /// The folded part's summary, with {count}.
    fold_label: &'static str,
}

/// Every section's frame, in one table (kept on one line a section, unformatted).
#[rustfmt::skip]
fn frame_of(form: EntryForm, ui: &'static Ui) -> Frame {
    let f = |anchor, title, add, fold_label| Frame { anchor, class: "", title, add, hint: None, fold_label };
    match form {
        EntryForm::Positive => Frame {
            class: "hd-card hd-card--positive",
            ..f("goed", ui.plan_positives, ui.plan_add_positive, ui.plan_older)
        },
        EntryForm::Goal => f("doelen", ui.plan_goals, ui.plan_add_goal, ui.plan_reached_goals),
        EntryForm::Meeting => f("gesprekken", ui.plan_meetings, ui.plan_add_meeting, ui.plan_older),
        EntryForm::Report => f("verslagen", ui.plan_reports, ui.plan_add_report, ui.plan_older),
        EntryForm::Decision => Frame {
            hint: Some(ui.plan_decisions_hint),
            ..f("beslissingen", ui.plan_decisions, ui.plan_add_decision, ui.plan_older)
        },
        // No `Section` has these forms: the concerns draw their own section, agreements and
        // disputes stand in the entry they belong to.
        EntryForm::Concern | EntryForm::Agreement | EntryForm::Dispute => {
            unreachable!("{form:?} has no section of this kind")
        }
    }
}

/// A section: heading with its "add" button, the entries, and the folded older ones. It
/// reads a memo of just its own rows.
fn section<T: Section>(query: RwSignal<String>) -> AnyView {
    let ui = use_ui();
    let rows = rows(|h| {
        let row = |e: &T| {
            let disputed = disputed(T::FORM).map(|kind| (kind, e.id()));
            Row::new(h, e.clone(), disputed, e.orgs(), e.child(), ())
        };
        T::entries(&h.plan).iter().map(row).collect()
    });
    let lists = lists(rows, query, |rows, q, today| {
        split(rows, q, T::texts, T::date, |e, found| e.old(found, today))
    });
    let texts = move || frame_of(T::FORM, ui.get());
    let Frame {
        anchor,
        class,
        hint,
        ..
    } = frame_of(T::FORM, ui.get_untracked());
    let title_id = format!("{anchor}-title");
    let labelled_by = title_id.clone();
    let empty = move || lists.with(|(s, f)| s.is_empty() && f.is_empty());
    view! {
        <section class=class aria-labelledby=labelled_by id=anchor>
            <div class="hd-section-head">
                <h2 id=title_id>{move || texts().title}</h2>
                {move || add_button(T::FORM, texts().add)}
            </div>
            {hint.map(|_| view! { <p class="hd-hint">{move || texts().hint}</p> })}
            <Show when=empty>
                <p>{move || empty_note(ui.get(), &query.read())}</p>
            </Show>
            <ul class="hd-list">{cards(rows, move || lists.with(|l| l.0.clone()), T::card)}</ul>
            <Show when=move || lists.with(|l| !l.1.is_empty())>
                <details class="hd-fold">
                    <summary>{move || fill(texts().fold_label, &[("count", &lists.with(|l| l.1.len()).to_string())])}</summary>
                    <ul class="hd-list">{cards(rows, move || lists.with(|l| l.1.clone()), T::card)}</ul>
                </details>
            </Show>
        </section>
    }
    .into_any()
}

/// "Nothing yet", or "nothing found" while searching.
fn empty_note(ui: &'static Ui, query: &str) -> &'static str {
    if query.trim().is_empty() {
        ui.plan_none_yet
    } else {
        ui.plan_nothing_found
    }
}

/// "Source: Marco Rossi, mentor · Verzuimoverzicht · Het Noorderlicht College · 27 September 2026".
fn source_line<T, X>(row: &Row<T, X>, lang: Lang, source: &Source) -> String {
    let ui = content::ui(lang);
    let mut parts = Vec::new();
    if !source.person.is_empty() {
        parts.push(source.person.clone());
    }
    if !source.document.is_empty() {
        parts.push(source.document.clone());
    }
    if let Some(org) = row.org(source.organisation.as_deref()) {
        parts.push(org.to_string());
    }
    if let Some(date) = source.date {
        parts.push(long_date(lang, date));
    }
    if parts.is_empty() {
        ui.plan_source_unknown.to_string()
    } else {
        fill(ui.plan_source, &[("source", &parts.join(" · "))])
    }
}

fn child_name<T, X>(row: &Row<T, X>, ui: &'static Ui) -> String {
    match &row.child {
        Some(name) => fill(ui.plan_for_child, &[("name", name)]),
        None => ui.plan_for_family.to_string(),
    }
}

/// Whether any of the texts contains the search words (case-insensitive).
fn matches(query: &str, texts: &[&str]) -> bool {
    let query = query.trim().to_lowercase();
    query.is_empty()
        || query
            .split_whitespace()
            .all(|word| texts.iter().any(|t| t.to_lowercase().contains(word)))
}

/// A young person's own comment (made in youth mode), shown as theirs.
fn youth_comment<T, X>(row: &Row<T, X>, ui: &'static Ui, text: &str) -> Option<AnyView> {
    if text.trim().is_empty() {
        return None;
    }
    let name = row.child.as_deref().unwrap_or(ui.youth_someone);
    Some(
        view! {
            <div class="hd-comment hd-comment--youth">
                <p><strong>{fill(ui.youth_comment_by, &[("name", name)])}</strong></p>
                <p>{text.to_string()}</p>
            </div>
        }
        .into_any(),
    )
}

/// An "edit" link whose accessible name says what it edits.
fn edit_link(ui: &'static Ui, href: String, what: &str) -> impl IntoView {
    view! {
        <A href=href attr:class="hd-link-action" attr:aria-label=fill(ui.plan_edit_named, &[("what", what)])>
            {ui.plan_edit}
        </A>
    }
}

/// The end of an entry's card: its dispute (if any), then "edit" and "is this not correct?".
fn entry_footer<T: Section>(row: &Row<T>, lang: Lang, what: &str) -> impl IntoView {
    let ui = content::ui(lang);
    let id = row.entry.id();
    let disputed = disputed(T::FORM);
    view! {
        {disputed.and_then(|entry| dispute_status(row, lang, entry, id, what))}
        <p class="hd-entry__links">
            {edit_link(ui, edit_href(T::FORM, Some(id), None), what)}
            {disputed.and_then(|entry| dispute_link(row, lang, entry, id, what))}
        </p>
    }
}

/// The form of the family's dispute `dispute` about an entry (`None`: a new one).
fn dispute_href(entry: DisputedEntry, id: &str, dispute: Option<&str>) -> String {
    let parent = entry_text(&EntryRef {
        entry,
        id: id.to_string(),
    });
    edit_href(EntryForm::Dispute, dispute, Some(&parent))
}

/// The dispute about an entry, if the family raised one: its state and a link to it.
fn dispute_status<T, X>(
    row: &Row<T, X>,
    lang: Lang,
    entry: DisputedEntry,
    id: &str,
    what: &str,
) -> Option<AnyView> {
    use crate::domain::household::DisputeStatus;
    let ui = content::ui(lang);
    let d = row.dispute.as_ref()?;
    let on = match d.status {
        DisputeStatus::Drafted => String::new(),
        DisputeStatus::Sent { on }
        | DisputeStatus::Answered { on }
        | DisputeStatus::Corrected { on }
        | DisputeStatus::Refused { on } => format!(" ({})", long_date(lang, on)),
    };
    let ruling = d
        .ruling
        .as_ref()
        .map(|r| format!(" · {}", labels::ruling(ui, r.outcome)))
        .unwrap_or_default();
    Some(
        view! {
            <p class="hd-entry__dispute">
                <span class="hd-tag hd-tag--disputed">{ui.plan_disputed}</span>" "
                {labels::dispute_state(ui, labels::dispute_state_name(d.status))}{on}{ruling}" "
                <A href=dispute_href(entry, id, Some(&d.id))
                    attr:aria-label=fill(ui.plan_dispute_open_named, &[("what", what)])>
                    {ui.plan_dispute_open}
                </A>
            </p>
        }
        .into_any(),
    )
}

/// "Is this not correct?", for an entry the family has not disputed yet.
fn dispute_link<T, X>(
    row: &Row<T, X>,
    lang: Lang,
    entry: DisputedEntry,
    id: &str,
    what: &str,
) -> Option<AnyView> {
    let ui = content::ui(lang);
    if row.dispute.is_some() {
        return None;
    }
    Some(
        view! {
            <A href=dispute_href(entry, id, None) attr:class="hd-link-action"
                attr:aria-label=fill(ui.plan_dispute_named, &[("what", what)])>
                {ui.plan_dispute}
            </A>
        }
        .into_any(),
    )
}

fn add_button(target: EntryForm, label: &'static str) -> impl IntoView {
    view! {
        <A href=edit_href(target, None, None) attr:class="hd-button hd-button--small hd-button--secondary hd-add">
            {label}
        </A>
    }
}

/// The plan route.
#[component]
pub fn PlanPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().plan_title.to_string());
    let query = RwSignal::new(String::new());
    let has_household = move || app.household.with(|h| h.is_some());
    view! {
        <Page title=title>
            <Show when=has_household fallback=move || view! {
                <p>{move || ui.get().empty_no_household}</p>
                <p><A href=routes::OVERVIEW>{move || ui.get().empty_to_start}</A></p>
            }>
                <div class="hd-field hd-search hd-no-print" role="search">
                    <label for="plan-search">{move || ui.get().plan_search}</label>
                    <input id="plan-search" type="search" prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))/>
                </div>
                {section::<Positive>(query)}
                {concerns::section(query)}
                {section::<Goal>(query)}
                {section::<Meeting>(query)}
                {section::<Report>(query)}
                {section::<Decision>(query)}
            </Show>
        </Page>
    }
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn search_needs_every_word_somewhere_and_ignores_case() {
        assert!(matches("", &["iets"]));
        assert!(matches(
            "daan ETEN",
            &["Daan zou thuis", "zonder avondeten"]
        ));
        assert!(!matches(
            "daan school",
            &["Daan zou thuis", "zonder avondeten"]
        ));
    }
}

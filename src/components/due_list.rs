//! The list of what is due: dates the family set and legal terms, each in plain words; a
//! legal term also shows its rule's source and where to ask for help.

use crate::content::{self, checked_date, fill, last_day, plural, Lang};
use crate::domain::due::{Due, DueKind, Term};
use crate::domain::household::Household;
use crate::routes;
use leptos::prelude::*;

/// Shortens a long entry text for use inside a sentence.
fn short(text: &str) -> String {
    const MAX: usize = 70;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The title a due item is about.
fn title(h: &Household, lang: Lang, kind: &DueKind) -> String {
    let plan = &h.plan;
    let text = match kind {
        DueKind::ReportResponse(id) => plan
            .reports
            .iter()
            .find(|r| &r.id == id)
            .map(|r| r.title.clone()),
        DueKind::GoalDue(id) => plan
            .goals
            .iter()
            .find(|g| &g.id == id)
            .map(|g| g.text.clone()),
        DueKind::FollowUp(id) => h
            .requests
            .iter()
            .find(|r| &r.id == id)
            .map(|r| r.subject.clone()),
        DueKind::CourtHearing(id) => h
            .requests
            .iter()
            .find(|r| &r.id == id)
            .map(|r| crate::components::labels::request_name(lang, r)),
        DueKind::Legal(_, id) => plan
            .decisions
            .iter()
            .find(|d| &d.id == id)
            .map(|d| d.title.clone())
            .or_else(|| {
                let dispute = plan.disputes.iter().find(|d| &d.id == id)?;
                plan.entry_text(dispute.entry.entry, &dispute.entry.id)
                    .map(str::to_string)
            }),
    };
    short(&text.unwrap_or_default())
}

/// One line in plain words.
fn line(h: &Household, lang: Lang, d: &Due) -> String {
    let ui = content::ui(lang);
    let title = title(h, lang, &d.kind);
    let date = last_day(lang, d.date);
    if let DueKind::Legal(term, _) = &d.kind {
        let todo = content::term(lang, term.id())
            .map(|t| fill(t.todo, &[("title", &title)]))
            .unwrap_or_default();
        let template = match d.days_left {
            n if n < 0 => ui.due_term_past,
            0 => ui.due_term_today,
            1 => ui.due_term_tomorrow,
            _ => ui.due_term_in_days,
        };
        return fill(
            template,
            &[
                ("days", &d.days_left.to_string()),
                ("todo", &todo),
                ("date", &date),
            ],
        );
    }
    let template = match d.kind {
        DueKind::ReportResponse(_) => ui.due_report,
        DueKind::GoalDue(_) => ui.due_goal,
        DueKind::CourtHearing(_) => ui.due_court_hearing,
        _ => ui.due_follow_up,
    };
    let when = match d.days_left {
        n if n < 0 => fill(
            plural(n.unsigned_abs(), ui.due_days_ago_one, ui.due_days_ago_other),
            &[("days", &(-n).to_string())],
        ),
        0 => ui.due_today.to_string(),
        1 => ui.due_tomorrow.to_string(),
        n => fill(ui.due_in_days, &[("days", &n.to_string())]),
    };
    fill(
        template,
        &[("when", &when), ("title", &title), ("date", &date)],
    )
}

/// Where the family can make the request that a legal term asks for, if Helder drafts it, or
/// see its own request to the kinderrechter; with the link's words.
fn court_link(ui: &'static content::Ui, kind: &DueKind) -> Option<(String, &'static str)> {
    match kind {
        DueKind::Legal(Term::WrittenInstruction, id) => {
            Some((routes::court_about("aanwijzing", id), ui.court_open_short))
        }
        DueKind::Legal(Term::PlacementRequest, id) => Some((
            routes::court_about("uithuisplaatsing", id),
            ui.court_open_short,
        )),
        DueKind::CourtHearing(id) => Some((routes::court_request(id), ui.court_open_request)),
        _ => None,
    }
}

/// The due items as a list; urgent ones (a week or less) are marked.
pub fn due_list(h: &Household, lang: Lang, items: &[Due]) -> impl IntoView {
    let ui = content::ui(lang);
    view! {
        <ul class="hd-due">
            {items.iter().map(|d| {
                let rule = match &d.kind {
                    DueKind::Legal(term, _) => content::term(lang, term.id()),
                    _ => None,
                };
                view! {
                    <li class:hd-due--urgent=d.days_left <= 7>
                        {line(h, lang, d)}
                        {court_link(ui, &d.kind).map(|(href, label)| view! {
                            " "<a href=href class="hd-due__act">{label}</a>
                        })}
                        {rule.map(|t| view! {
                            <span class="hd-due__help">
                                {t.help}
                            </span>
                            <details class="hd-due__rule">
                                <summary>{ui.due_rule}</summary>
                                <p>{t.rule.text}</p>
                                <p class="hd-statement__source">
                                    {fill(ui.source_line, &[
                                        ("source", t.rule.source),
                                        ("date", &checked_date(lang, t.rule.checked)),
                                    ])}
                                </p>
                            </details>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

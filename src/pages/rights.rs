//! Rights (`/rechten`): what holds at the family's current stage first, then every right by
//! theme (those that matter at this stage first), the contacts and the sources. The same
//! screen prints as "my rights": a few A4 pages with the date printed and the family's stage.

use crate::components::contact_card::ContactCard;
use crate::components::later::Later;
use crate::components::page::Page;
use crate::components::print_button::PrintButton;
use crate::components::statement::StatementList;
use crate::content::{self, cited_sources, fill, long_date, themes_for_stage, Lang, Statement};
use crate::domain::household::CurrentStage;
use crate::domain::stage::Stage;
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// The rights route.
#[component]
pub fn RightsPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().rights_title.to_string());
    let current = move || {
        app.household
            .with(|h| match h.as_ref().map(|h| h.position.current()) {
                Some(CurrentStage::Known(stage, since)) => Some((stage, since)),
                _ => None,
            })
    };
    let family = move || {
        app.household
            .with(|h| h.as_ref().map(|h| h.label.clone()).unwrap_or_default())
    };
    // A link to one theme (`/rechten#recht-advocaat`, from a court request) opens it: the
    // theme is folded, and the page was not there yet when the browser looked for the anchor.
    // Once the whole screen is drawn (the parts below come after the first paint), or the
    // page would still be too short to scroll the theme to the top.
    Effect::new(move |opened: Option<bool>| {
        if opened == Some(true) {
            return true;
        }
        let ready = crate::state::ready::mark().is_some();
        if ready {
            request_animation_frame(open_linked_theme);
        }
        ready
    });
    view! {
        <Page title=title>
            <p class="hd-lead">{move || ui.get().rights_lead}</p>
            <div class="hd-print-only hd-print-head">
                {move || {
                    let family = family();
                    (!family.is_empty()).then(|| view! { <p>{fill(ui.get().rights_family, &[("family", &family)])}</p> })
                }}
                // On paper only: drawn after the screen's first paint.
                <Later>{move || own_terms_and_people(app)}</Later>
            </div>
            <p class="hd-hint hd-no-print">{move || ui.get().rights_print_hint}</p>
            <PrintButton label=Signal::derive(move || ui.get().rights_print)/>
            {move || {
                let lang = app.lang.get();
                let ui = content::ui(lang);
                let current = current();
                let stage_id = current.map(|(stage, _)| stage.id());
                let here = match current.and_then(|(stage, since)| content::stage(lang, stage.id()).map(|t| (t, since))) {
                    Some((text, since)) => view! {
                        <section class="hd-card hd-card--here" aria-labelledby="rights-now">
                            <h2 id="rights-now">{fill(ui.rights_now, &[("stage", text.name)])}</h2>
                            <p class="hd-muted">{fill(ui.rights_since, &[("date", &long_date(lang, since))])}</p>
                            <StatementList items=text.rights/>
                        </section>
                    }.into_any(),
                    None => view! {
                        <section class="hd-card" aria-labelledby="rights-now">
                            <h2 id="rights-now">{ui.overview_where_title}</h2>
                            <p>{ui.rights_no_stage}</p>
                            <p class="hd-no-print"><A href=routes::FRAMEWORK>{ui.rights_set_stage}</A></p>
                        </section>
                    }.into_any(),
                };
                let themes = themes_for_stage(lang, stage_id);
                // On paper: the themes that matter at this stage (all of them when none is
                // tagged for it), so "my rights" stays within a few pages.
                let none_matter = themes.iter().all(|(_, m)| !m);
                let on_paper = move |matters: bool| matters || none_matter;
                let stage_rights: Vec<&'static Statement> = current
                    .and_then(|(stage, _)| content::stage(lang, stage.id()))
                    .map(|t| t.rights.iter().collect())
                    .unwrap_or_default();
                let printed_sources = cited_sources(
                    lang,
                    stage_rights.iter().copied().chain(
                        themes.iter().filter(|(_, m)| on_paper(*m)).flat_map(|(t, _)| t.statements),
                    ),
                );
                let sources = cited_sources(
                    lang,
                    stage_rights.iter().copied().chain(themes.iter().flat_map(|(t, _)| t.statements)),
                );
                let not_printed: Vec<&str> = themes
                    .iter()
                    .filter(|(_, m)| !on_paper(*m))
                    .map(|(t, _)| t.title)
                    .collect();
                view! {
                    {here}
                    <h2 id="rights-themes">{ui.rights_by_theme}</h2>
                    {themes.into_iter().map(|(theme, matters)| view! {
                        <details class="hd-details hd-theme" class:hd-no-print=!on_paper(matters) id=format!("recht-{}", theme.id)>
                            <summary>
                                {theme.title}
                                {matters.then(|| view! { " " <span class="hd-tag">{ui.rights_matters_now}</span> })}
                            </summary>
                            <Later><StatementList items=theme.statements/></Later>
                            {theme_action(ui, theme.id).map(|(href, label)| view! {
                                <p class="hd-no-print"><A href=href attr:class="hd-button hd-button--secondary">{label}</A></p>
                            })}
                        </details>
                    }).collect_view()}
                    {(!not_printed.is_empty()).then(|| view! {
                        <p class="hd-print-only">{fill(ui.rights_not_printed, &[("themes", &not_printed.join("; "))])}</p>
                    })}
                    <Later><OtherStages lang=lang current=current.map(|(s, _)| s)/></Later>
                    <Later>
                    <section class="hd-card hd-rights-contacts" aria-labelledby="rights-contacts">
                        <h2 id="rights-contacts">{ui.rights_contacts}</h2>
                        <ul class="hd-list">
                            <ContactCard role=Signal::derive(move || content::ui(app.lang.get()).rights_organisation) contact=Signal::derive(move || app.profile.with(|p| p.organisation.clone()))/>
                            <ContactCard role=Signal::derive(move || content::ui(app.lang.get()).help_adviser) contact=Signal::derive(move || app.profile.with(|p| crate::domain::public_contacts::or_public(&p.confidential_adviser, &crate::domain::public_contacts::JEUGDSTEM)))/>
                            <ContactCard role=Signal::derive(move || content::ui(app.lang.get()).help_commission) contact=Signal::derive(move || app.profile.with(|p| p.complaints_commission.clone()))/>
                            <ContactCard role=Signal::derive(move || content::ui(app.lang.get()).help_ombudsman_children) contact=Signal::derive(move || app.profile.with(|p| crate::domain::public_contacts::or_public(&p.children_ombudsman, &crate::domain::public_contacts::KINDEROMBUDSMAN)))/>
                            <ContactCard role=Signal::derive(move || content::ui(app.lang.get()).help_ombudsman_national) contact=Signal::derive(move || app.profile.with(|p| crate::domain::public_contacts::or_public(&p.national_ombudsman, &crate::domain::public_contacts::NATIONALE_OMBUDSMAN)))/>
                            {move || app.profile.with(|p| (!p.municipal_ombudsman.name.is_empty()).then(|| p.municipal_ombudsman.clone())).map(|c| view! { <ContactCard role=Signal::derive(move || content::ui(app.lang.get()).help_ombudsman_municipal) contact=Signal::derive(move || c.clone())/> })}
                        </ul>
                    </section>
                    <section class="hd-rights-sources" aria-labelledby="rights-sources">
                        <h2 id="rights-sources">{ui.rights_sources}</h2>
                        <p>{ui.rights_sources_lead}</p>
                        <ul class="hd-sources">
                            {sources.clone().into_iter().map(|s| view! {
                                <li class:hd-no-print=!printed_sources.iter().any(|p| std::ptr::eq(*p, s))>
                                    {if s.url.is_empty() {
                                        view! { <span>{s.name}</span> }.into_any()
                                    } else {
                                        view! { <a href=s.url rel="noreferrer">{s.name}</a> }.into_any()
                                    }}
                                </li>
                            }).collect_view()}
                        </ul>
                        <p class="hd-muted">{ui.rights_disclaimer}</p>
                    </section>
                    </Later>
                }
            }}
        </Page>
    }
}

/// What the family can do about a theme in Helder itself: for a written instruction the request
/// to the judge, for a complaint the complaint route with its letter.
fn theme_action(ui: &'static content::Ui, theme: &str) -> Option<(String, &'static str)> {
    match theme {
        "aanwijzing" => Some((routes::court("aanwijzing"), ui.rights_act_aanwijzing)),
        "klacht" => Some((routes::HELP.to_string(), ui.rights_act_klacht)),
        _ => None,
    }
}

/// Opens and shows the theme named in the address's `#recht-…`, if there is one.
fn open_linked_theme() {
    let Ok(hash) = window().location().hash() else {
        return;
    };
    let Some(id) = hash.strip_prefix('#').filter(|id| id.starts_with("recht-")) else {
        return;
    };
    if let Some(theme) = document()
        .get_element_by_id(id)
        .filter(|e| e.tag_name().eq_ignore_ascii_case("details"))
    {
        let _ = theme.set_attribute("open", "");
        theme.scroll_into_view();
    }
}

/// On paper: the family's own running legal terms and their contact people (what a parent
/// needs most on the printout); nothing when there are none.
fn own_terms_and_people(app: crate::state::AppState) -> Option<AnyView> {
    use crate::components::due_list::due_list;
    use crate::domain::due::{upcoming, DueKind};
    use crate::domain::network::active_on;
    let lang = app.lang.get();
    let ui = content::ui(lang);
    app.household.with(|h| {
        let h = h.as_ref()?;
        let terms: Vec<_> = upcoming(h, app.today, 0, 400)
            .into_iter()
            .filter(|d| matches!(d.kind, DueKind::Legal(..)) && d.days_left >= 0)
            .collect();
        let people: Vec<String> = h
            .organisations
            .iter()
            .flat_map(|o| o.people.iter().map(move |p| (o, p)))
            .filter(|(_, p)| {
                active_on(p, app.today) && (!p.phone.is_empty() || !p.email.is_empty())
            })
            .map(|(o, p)| {
                let ways: Vec<&str> = [p.phone.as_str(), p.email.as_str()]
                    .into_iter()
                    .filter(|w| !w.is_empty())
                    .collect();
                format!(
                    "{} — {}, {}: {}",
                    p.name,
                    crate::components::labels::role_label(ui, p.role),
                    o.name,
                    ways.join(" · ")
                )
            })
            .collect();
        (!terms.is_empty() || !people.is_empty()).then(|| {
            view! {
                {(!terms.is_empty()).then(|| view! {
                    <h2>{ui.rights_print_terms}</h2>
                    {due_list(h, lang, &terms).into_any()}
                })}
                {(!people.is_empty()).then(|| view! {
                    <h2>{ui.rights_print_people}</h2>
                    <ul>{people.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                })}
            }
            .into_any()
        })
    })
}

/// The rights at every other stage, folded (on screen only: the printout stays short).
#[component]
fn OtherStages(lang: Lang, current: Option<Stage>) -> impl IntoView {
    let ui = content::ui(lang);
    let others = Stage::ALL
        .into_iter()
        .filter(move |s| Some(*s) != current)
        .filter_map(move |s| content::stage(lang, s.id()));
    view! {
        <section class="hd-no-print" aria-labelledby="rights-stages">
            <h2 id="rights-stages">{ui.rights_all_stages}</h2>
            {others.map(|text| view! {
                <details class="hd-details">
                    <summary>{text.name}</summary>
                    <StatementList items=text.rights/>
                </details>
            }).collect_view()}
        </section>
    }
}

//! The benchmark's peer: a minimal Leptos 0.8 CSR app with the router and three screens of
//! static text (docs/benchmarks.md, "The peer"). It starts the way Helder does (the static
//! first screen of index.html stays until the browser has painted it, then the app replaces
//! it in a task of its own), so the difference between the two is what Helder renders and
//! carries, not how it starts.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

/// Header, navigation and the screen. `<main>` carries `data-ready` like Helder's, so the
/// benchmark waits for both in the same way.
#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <header class="boot-bar">
                <strong>"Peer"</strong>
                <nav aria-label="Hoofdmenu">
                    <A href="/">"Overzicht"</A>" "
                    <A href="/kader">"Kader"</A>" "
                    <A href="/plan">"Plan"</A>
                </nav>
            </header>
            <main id="main" class="boot-main" data-ready="true">
                <Routes fallback=|| view! { <h1>"Niet gevonden"</h1> }>
                    <Route path=path!("/") view=Overview/>
                    <Route path=path!("/kader") view=Framework/>
                    <Route path=path!("/plan") view=Plan/>
                </Routes>
            </main>
        </Router>
    }
}

#[component]
fn Overview() -> impl IntoView {
    view! {
        <h1>"Overzicht"</h1>
        <p class="boot-lead">"Een vaste tekst op het eerste scherm, zonder gegevens van een gezin."</p>
        <section class="boot-card">
            <h2>"Wat er nu speelt"</h2>
            <p>"Dit scherm laat alleen zien wat het raamwerk kost: een router, een kop en tekst."</p>
        </section>
    }
}

#[component]
fn Framework() -> impl IntoView {
    view! {
        <h1>"Kader"</h1>
        <p>"Een tweede scherm met vaste tekst."</p>
        <ul>
            <li>"Vrijwillige hulp"</li>
            <li>"Onderzoek"</li>
            <li>"Ondertoezichtstelling"</li>
        </ul>
    }
}

#[component]
fn Plan() -> impl IntoView {
    view! {
        <h1>"Plan"</h1>
        <p>"Een derde scherm met vaste tekst."</p>
        <section class="boot-card">
            <h2>"Doelen"</h2>
            <p>"Geen gegevens, geen opslag, geen formulieren."</p>
        </section>
    }
}

fn main() {
    after_first_paint(20);
}

/// As Helder's `start`: once the static first screen is painted (or after `frames` frames),
/// remove it and mount the app in a task of its own.
fn after_first_paint(frames: u32) {
    let painted = window()
        .performance()
        .is_some_and(|p| p.get_entries_by_name("first-contentful-paint").length() > 0);
    if painted || frames == 0 {
        set_timeout(
            || {
                if let Some(boot) = document().get_element_by_id("boot") {
                    boot.remove();
                }
                leptos::mount::mount_to_body(App);
            },
            std::time::Duration::ZERO,
        );
    } else {
        request_animation_frame(move || after_first_paint(frames - 1));
    }
}

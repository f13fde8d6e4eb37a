//! Helder: families in Dutch youth protection see where they stand, what the plan says,
//! who does what, and how to get help. A client-side Leptos app; data stays on the device.

pub mod components;
pub mod content;
pub mod domain;
pub mod pages;
pub mod routes;
pub mod screens;
pub mod state;
pub mod store;

#[cfg(test)]
mod layers_test;

use components::lock_screen::LockScreen;
use components::shell::Shell;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::not_found::NotFoundPage;
use state::{AppState, Lock};

/// The whole app: state, shell and one route per screen (the addresses are listed in docs/architecture.md).
#[component]
pub fn App() -> impl IntoView {
    let app = AppState::load();
    provide_context(app);
    // The first render in two tasks (docs/benchmarks.md, "Levers"): the shell now, the routed
    // screen in the next task, so neither is one long task in which V8 compiles and runs every
    // function of the first screen. `<main>` is not marked ready in between.
    let routed = RwSignal::new(false);
    let routing = state::ready::Busy::start();
    set_timeout(
        move || {
            routed.set(true);
            routing.done_after_drawing();
        },
        std::time::Duration::ZERO,
    );
    Effect::new(move || {
        let lang = app.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
            let _ = root.set_attribute("dir", lang.dir());
        }
    });
    // The rest of the start-up runs in tasks of its own after the first screen: one long task
    // blocks a tap for its whole length, and V8 compiles each function the first time it runs
    // (README, "Results").
    // (Two timers are two tasks.)
    // Not ready until the profile fetch below has started (and then until it is in).
    let starting = state::ready::Busy::start();
    set_timeout(
        move || {
            store::lock::watch(
                move || app.lock.get_untracked() == Lock::Open,
                move || app.lock_now(),
            );
            state::sync::watch(app);
            state::day::watch(app);
            store::device::request_persistence();
            app.refresh_profile();
            starting.done();
            state::outbox::watch_connection(app);
        },
        std::time::Duration::ZERO,
    );
    set_timeout(
        move || {
            state::outbox::pump(app);
            store::service_worker::register(move || app.update_waiting.set(true));
        },
        std::time::Duration::ZERO,
    );

    view! {
        <Show when=move || app.lock.get() != Lock::Locked fallback=|| view! { <LockScreen/> }>
        <Router>
            <Shell>
                {move || routed.get().then(|| view! {
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=screens::overview/>
                    <Route path=path!("/start") view=screens::start/>
                    <Route path=path!("/kader") view=screens::framework/>
                    <Route path=path!("/kader/:stage") view=screens::stage/>
                    <Route path=path!("/plan") view=screens::plan/>
                    <Route path=path!("/plan/bewerk/:kind/:id") view=screens::plan_edit/>
                    <Route path=path!("/plan/afspraken/:id") view=screens::agreements/>
                    <Route path=path!("/netwerk") view=screens::network/>
                    <Route path=path!("/hulp") view=screens::help/>
                    <Route path=path!("/hulp/brief") view=screens::letter/>
                    <Route path=path!("/hulp/rechter") view=screens::court/>
                    <Route path=path!("/noodstop") view=screens::emergency/>
                    <Route path=path!("/rechten") view=screens::rights/>
                    <Route path=path!("/woorden") view=screens::glossary/>
                    <Route path=path!("/instellingen") view=screens::settings/>
                </Routes>
                })}
            </Shell>
        </Router>
        </Show>
    }
}

/// Replaces the static first screen with the app.
pub fn start() {
    std::panic::set_hook(Box::new(|_| components::crash::show_crash_message()));
    if store::quick_exit::bounce_back_navigation() {
        return;
    }
    store::quick_exit::watch_page_restore();
    // The static first screen is painted before the app replaces it: on a fast start the
    // browser would otherwise skip it, and its words are the first thing a parent on a slow
    // phone can read. The app's first-use screen paints no larger text, so the largest paint
    // stays the static one (README, "Benchmarks").
    after_first_paint(
        20,
        Box::new(|| {
            if let Some(boot) = document().get_element_by_id("boot") {
                boot.remove();
            }
            leptos::mount::mount_to_body(App);
            // The other screens' parts, once the first screen is up (README, "Lazy screens").
            set_timeout(
                || leptos::task::spawn_local(screens::preload_all()),
                std::time::Duration::from_millis(1000),
            );
        }),
    );
}

/// Runs `then` once the browser has recorded its first contentful paint (the static first
/// screen), checking every frame; after `frames` frames it runs anyway (a browser without
/// paint timing).
fn after_first_paint(frames: u32, then: Box<dyn FnOnce()>) {
    let painted = window()
        .performance()
        .is_some_and(|p| p.get_entries_by_name("first-contentful-paint").length() > 0);
    if painted || frames == 0 {
        // A task of its own: the wasm's instantiation is one long task already.
        set_timeout(then, std::time::Duration::ZERO);
    } else {
        request_animation_frame(move || after_first_paint(frames - 1, then));
    }
}

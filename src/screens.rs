//! Screens loaded on demand. The shell, the welcome of a first visit and the lock screen are in
//! the main WebAssembly file; every other screen is split off by the build
//! (tools/wasm.mjs runs wasm-split) into one chunk per group below, fetched the first time it
//! is needed. So a first visit downloads about a third less (README, "Lazy screens").
//!
//! On other targets (the host tests) the functions are called directly.

use crate::pages;
use crate::state::ready::Busy;
use crate::state::use_ui;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

/// A screen of a group: the split point (called once its group is loaded), the route's view
/// (a short "loading" line until then) and the load of its group ahead of time.
///
/// With `youth = <page>`, youth mode shows that page instead: every tab has the young person's
/// version, and no screen in youth mode edits the parents' texts.
macro_rules! lazy_screen {
    ($screen:ident, $group:ident, $split:ident, $preload:ident, $page:path) => {
        lazy_screen!(@split $screen, $group, $split, $preload, $page, { view! { <$page/> }.into_any() });
    };
    ($screen:ident, $group:ident, $split:ident, $preload:ident, $page:path, youth = $youth:path) => {
        lazy_screen!(@split $screen, $group, $split, $preload, $page, {
            let app = crate::state::use_app();
            view! {
                {move || if app.youth.get() {
                    view! { <$youth/> }.into_any()
                } else {
                    view! { <$page/> }.into_any()
                }}
            }
            .into_any()
        });
    };
    (@split $screen:ident, $group:ident, $split:ident, $preload:ident, $page:path, $body:block) => {
        #[wasm_split($group, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
        fn $split() -> Result<AnyView, SplitLoaderError> {
            Ok($body)
        }

        #[doc = concat!("The view of `", stringify!($page), "`, loaded with its group.")]
        pub fn $screen() -> impl IntoView {
            // `<main>` is not marked ready until the group is in and drawn (state/ready.rs).
            let busy = Busy::start();
            on_cleanup({
                let busy = busy.clone();
                move || busy.done()
            });
            view! {
                <Suspense fallback=loading>
                    {
                        let busy = busy.clone();
                        Suspend::new(async move {
                            let view = $split().await.unwrap_or_else(|_| not_loaded().into_any());
                            busy.done_after_drawing();
                            view
                        })
                    }
                </Suspense>
            }
        }
    };
}

/// The overview (`/`) with its lazy summary. The page itself is in the first download (the
/// welcome of a first visit); only the family's summary is loaded on demand.
pub fn overview() -> impl IntoView {
    view! { <pages::overview::OverviewPage summary=family_summary/> }
}

// Group "overview": the family's summary on the overview (the welcome on first use is not).
lazy_screen!(
    family_summary,
    overview,
    family_summary_split,
    preload_family_summary,
    pages::overview::FamilySummary
);
// Group "framework": the map and the stages.
lazy_screen!(
    framework,
    framework,
    framework_split,
    preload_framework,
    pages::framework::FrameworkPage
);
lazy_screen!(
    stage,
    framework,
    stage_split,
    preload_stage,
    pages::framework::StagePage
);
// Group "plan": the plan, its editing and the web of organisations; the guided start fills them.
lazy_screen!(
    plan,
    plan,
    plan_split,
    preload_plan,
    pages::plan::PlanPage,
    youth = crate::components::youth_plan::YouthPlanPage
);
lazy_screen!(
    plan_edit,
    plan,
    plan_edit_split,
    preload_plan_edit,
    pages::plan_edit::PlanEditPage,
    youth = crate::components::youth_plan::YouthPlanPage
);
lazy_screen!(
    agreements,
    plan,
    agreements_split,
    preload_agreements,
    pages::agreements::AgreementsPage,
    youth = crate::components::youth_plan::YouthPlanPage
);
lazy_screen!(
    network,
    plan,
    network_split,
    preload_network,
    pages::network::NetworkPage,
    youth = crate::components::youth_who::YouthWhoPage
);
lazy_screen!(
    start,
    plan,
    start_split,
    preload_start,
    pages::start::StartPage
);
// Group "help": complaints, the letter, requests to the judge, the emergency stop, the rights
// and the words explained.
lazy_screen!(
    help,
    help,
    help_split,
    preload_help,
    pages::help::HelpPage,
    youth = crate::components::youth_help::YouthHelpPage
);
lazy_screen!(
    letter,
    help,
    letter_split,
    preload_letter,
    pages::letter::LetterPage,
    youth = crate::components::youth_help::YouthHelpPage
);
lazy_screen!(
    court,
    help,
    court_split,
    preload_court,
    pages::court::CourtPage
);
lazy_screen!(
    emergency,
    help,
    emergency_split,
    preload_emergency,
    pages::emergency::EmergencyPage
);
lazy_screen!(
    rights,
    help,
    rights_split,
    preload_rights,
    pages::rights::RightsPage,
    youth = crate::components::youth_rights::YouthRightsPage
);
lazy_screen!(
    glossary,
    help,
    glossary_split,
    preload_glossary,
    pages::glossary::GlossaryPage
);
// Group "settings".
lazy_screen!(
    settings,
    settings,
    settings_split,
    preload_settings,
    pages::settings::SettingsPage
);

/// Fetches every group in the background once the first screen is up, one after the other,
/// so that opening a screen later does not wait for the network (and works offline). A group
/// that fails here is fetched again when one of its screens is opened.
pub async fn preload_all() {
    let _ = preload_family_summary().await;
    let _ = preload_framework().await;
    let _ = preload_plan().await;
    let _ = preload_help().await;
    let _ = preload_settings().await;
}

/// While a group is being fetched (only on a first visit with a slow connection).
fn loading() -> impl IntoView {
    let ui = use_ui();
    view! { <p class="hd-loading" role="status">{move || ui.get().error_loading}</p> }
}

/// Shown instead of a screen whose part of the app could not be fetched (no connection on a
/// first visit): what happened, that nothing is lost, and a way to try again.
fn not_loaded() -> impl IntoView {
    let ui = use_ui();
    view! {
        <div class="hd-alert hd-alert--error" role="alert">
            <p>{move || ui.get().error_not_loaded}</p>
            <p>
                <button type="button" class="hd-button" on:click=|_| { let _ = window().location().reload(); }>
                    {move || ui.get().error_reload}
                </button>
            </p>
        </div>
    }
}

//! "This screen is complete": the mark `data-ready` on `<main>`, for the browser tests and for
//! anything else that must not look at a screen while a part of it is still coming.
//!
//! Whatever a screen still waits for holds a [`Busy`]: the lazily loaded part of a screen
//! (src/screens.rs holds one until its group is in and drawn) and the organisation profile
//! (fetched at start). `<main>` carries `data-ready="true"` only while nothing is busy, so a
//! check that waits for the mark sees the screen's own content, not its "loading" line. One
//! place decides it, not every page.

use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

thread_local! {
    /// How many things are still on their way.
    static PENDING: ArcRwSignal<u32> = ArcRwSignal::new(0);
}

fn pending() -> ArcRwSignal<u32> {
    PENDING.with(Clone::clone)
}

/// One thing a screen still waits for; [`Busy::done`] when it is in (idempotent, so a copy in
/// a cleanup and one in the task that finishes the work can both call it).
#[derive(Clone)]
pub struct Busy(Arc<AtomicBool>);

impl Busy {
    /// Starts waiting for something.
    pub fn start() -> Busy {
        pending().update(|n| *n += 1);
        Busy(Arc::new(AtomicBool::new(false)))
    }

    /// It is in (or no longer needed).
    pub fn done(&self) {
        if !self.0.swap(true, Ordering::SeqCst) {
            pending().update(|n| *n = n.saturating_sub(1));
        }
    }

    /// It is in, after the views waiting for it have been drawn (one task later).
    pub fn done_after_drawing(self) {
        set_timeout(move || self.done(), std::time::Duration::ZERO);
    }
}

/// Whether nothing is on its way now (read without tracking): the screen on display is
/// complete, so what is drawn now is a redraw of it (a language switch), not a new screen.
pub fn idle() -> bool {
    pending().get_untracked() == 0
}

/// The value of `data-ready` on `<main>`: `Some("true")` when nothing is on its way.
pub fn mark() -> Option<&'static str> {
    (pending().get() == 0).then_some("true")
}

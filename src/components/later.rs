//! A part of a screen drawn just after the rest: the top of a long screen is painted first,
//! and what is below the fold or folded away follows in a task of its own.
//!
//! Drawing a long screen (the rights, a stage of the framework) in one go is one task of well
//! over 50 ms on a slow phone: the screen cannot answer a tap meanwhile, and a tap that opened
//! it waits that long for the next frame (docs/benchmarks.md). Each [`Later`] waits for the
//! next frame to be painted, then draws its children in a task of its own, in the order the
//! `Later`s were created (document order). Until then it holds a [`Busy`], so `data-ready`
//! (what the browser tests and anything else wait for) still means "the whole screen is there".
//! A screen that is already complete and draws again (a language switch) draws it at once.

use crate::state::ready::Busy;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

/// Draws `children` one painted frame after the rest of the screen.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    // A complete screen drawn again (a language switch): at once, or this part would vanish
    // for a frame. A new screen holds a `Busy` while it is drawn, so it is never idle here.
    if crate::state::ready::idle() {
        return children().into_any();
    }
    let shown = RwSignal::new(false);
    let busy = Busy::start();
    let cleanup = busy.clone();
    // Left before it was drawn (another screen): nothing to wait for any more.
    on_cleanup(move || cleanup.done());
    after_next_paint(move || {
        // `try_set` gives the value back when the screen is already gone.
        if shown.try_set(true).is_none() {
            busy.done_after_drawing();
        } else {
            busy.done();
        }
    });
    (move || shown.get().then(|| children())).into_any()
}

/// Runs `then` in a task after the next frame is painted. A hidden tab paints no frames, so
/// after 100 ms it runs anyway (only once either way).
fn after_next_paint(then: impl FnOnce() + 'static) {
    type Once = Rc<Cell<Option<Box<dyn FnOnce()>>>>;
    let then: Once = Rc::new(Cell::new(Some(Box::new(then))));
    let run = |then: Once| {
        move || {
            if let Some(f) = then.take() {
                f();
            }
        }
    };
    let after_frame = run(then.clone());
    request_animation_frame(move || set_timeout(after_frame, Duration::ZERO));
    set_timeout(run(then), Duration::from_millis(100));
}

//! Registers the service worker (offline use) and tells the app when a new version waits.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration};

/// Registers `/sw.js`; calls `on_update` when a new version is installed and waiting.
pub fn register(on_update: impl Fn() + Clone + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Browsers without service workers (or non-secure origins) simply run online.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    let promise = container.register("/sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(value) = JsFuture::from(promise).await else {
            return;
        };
        let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        let has_controller = move || {
            web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some())
        };
        if registration.waiting().is_some() && has_controller() {
            on_update();
        }
        let reg = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = reg.installing() else {
                return;
            };
            let worker = installing.clone();
            let notify = on_update.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                    notify();
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Activates the waiting version and reloads once it has taken over.
pub fn activate_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(value) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        let waiting: Option<ServiceWorker> = registration.waiting();
        match waiting {
            Some(worker) => {
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
                let _ = worker.post_message(&message);
            }
            None => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
        }
    });
}

//! The network: fetching the organisation profile and posting requests to an endpoint.

use crate::domain::outbox::{
    Outcome, EMPTY_ANSWER, INVALID_JSON, NOT_JSON, NO_REFERENCE, OFFLINE, TIMEOUT, UNREACHABLE,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Request, RequestInit, Response};

/// Whether the browser says there is a connection (`navigator.onLine`).
pub fn is_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// How long one attempt may take before it counts as no connection.
pub const TIMEOUT_MS: i32 = 15_000;

fn abort_after(controller: &AbortController, ms: i32) {
    let controller = controller.clone();
    let abort = Closure::once_into_js(move || controller.abort());
    if let Some(window) = web_sys::window() {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), ms);
    }
}

async fn fetch(request: &Request, controller: &AbortController) -> Result<Response, String> {
    let window = web_sys::window().ok_or("no window")?;
    abort_after(controller, TIMEOUT_MS);
    let value = JsFuture::from(window.fetch_with_request(request))
        .await
        .map_err(|err| {
            let name = js_sys::Reflect::get(&err, &"name".into())
                .ok()
                .and_then(|n| n.as_string());
            match name.as_deref() {
                Some("AbortError") => TIMEOUT.to_string(),
                // A rejected fetch while the phone says it is online: the organisation's
                // address cannot be reached (blocked by the page's rules, CORS, a name or
                // certificate problem, a redirect, a moved address).
                _ if is_online() => UNREACHABLE.to_string(),
                _ => OFFLINE.to_string(),
            }
        })?;
    value
        .dyn_into::<Response>()
        .map_err(|_| "no response".to_string())
}

async fn text_of(response: &Response) -> String {
    match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// Fetches a same-origin file as text; `None` when offline or not a 200 answer.
pub async fn get_text(url: &str) -> Option<String> {
    let init = RequestInit::new();
    init.set_method("GET");
    let controller = AbortController::new().ok()?;
    init.set_signal(Some(&controller.signal()));
    let request = Request::new_with_str_and_init(url, &init).ok()?;
    let _ = request.headers().set("Accept", "application/json");
    let response = fetch(&request, &controller).await.ok()?;
    if response.status() != 200 {
        return None;
    }
    Some(text_of(&response).await)
}

/// Posts JSON with an idempotency key and says what came back.
pub async fn post_json(url: &str, body: &str, key: &str) -> Outcome {
    let Ok(controller) = AbortController::new() else {
        return Outcome::NoConnection("no abort".into());
    };
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(body));
    init.set_signal(Some(&controller.signal()));
    // A redirect would turn the POST into a GET that can look like an answer: refuse it (it
    // then counts as "cannot reach the organisation").
    let _ = js_sys::Reflect::set(&init, &"redirect".into(), &"error".into());
    let Ok(request) = Request::new_with_str_and_init(url, &init) else {
        return Outcome::Refused(0, "invalid address".into());
    };
    let headers = request.headers();
    let _ = headers.set("Content-Type", "application/json");
    let _ = headers.set("Idempotency-Key", key);
    let response = match fetch(&request, &controller).await {
        Ok(response) => response,
        Err(reason) => return Outcome::NoConnection(reason),
    };
    let status = response.status();
    let is_json = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .is_some_and(|t| t.to_ascii_lowercase().contains("json"));
    let retry_after = response
        .headers()
        .get("retry-after")
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .map(|seconds| seconds.saturating_mul(1000));
    let text = text_of(&response).await;
    classify(status, is_json, &text, key, retry_after)
}

/// Turns a status and an answer into an outcome. Arrived means a 2xx JSON answer with a
/// reference or the request's key; 408, 409, 425, 429 and a 4xx that is not JSON (a firewall
/// or proxy page) are tried again later; a 4xx with a JSON reason is a refusal.
pub fn classify(
    status: u16,
    is_json: bool,
    text: &str,
    key: &str,
    retry_after: Option<i64>,
) -> Outcome {
    let json: Option<serde_json::Value> = if is_json {
        serde_json::from_str(text).ok()
    } else {
        None
    };
    let field = |name: &str| {
        json.as_ref()
            .and_then(|j| j.get(name))
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    match status {
        200..=299 if json.is_some() => match field("reference") {
            Some(reference) if !reference.trim().is_empty() => Outcome::Accepted {
                reference: Some(reference),
            },
            _ if field("key").as_deref() == Some(key) => Outcome::Accepted { reference: None },
            _ => Outcome::NotConfirmed(NO_REFERENCE.into()),
        },
        200..=299 if text.trim().is_empty() => Outcome::NotConfirmed(EMPTY_ANSWER.into()),
        200..=299 => Outcome::NotConfirmed(if is_json {
            INVALID_JSON.into()
        } else {
            NOT_JSON.into()
        }),
        408 | 409 | 425 | 429 => Outcome::Busy(status, retry_after),
        400..=499 if json.is_none() => Outcome::Busy(status, retry_after),
        400..=499 => {
            let reason = field("error")
                .or_else(|| field("message"))
                .unwrap_or_default();
            Outcome::Refused(status, reason.chars().take(200).collect())
        }
        500..=599 => Outcome::ServerError(status),
        _ => Outcome::NotConfirmed(format!("status {status}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_reference_or_the_key_counts_as_arrived() {
        let ok = |text: &str| classify(201, true, text, "k1", None);
        assert_eq!(
            ok(r#"{"reference":"NS-1"}"#),
            Outcome::Accepted {
                reference: Some("NS-1".into())
            }
        );
        assert_eq!(ok(r#"{"key":"k1"}"#), Outcome::Accepted { reference: None });
        assert_eq!(
            ok(r#"{"key":"other"}"#),
            Outcome::NotConfirmed("no reference".into())
        );
        assert_eq!(ok("{}"), Outcome::NotConfirmed("no reference".into()));
        assert_eq!(
            classify(200, false, "", "k1", None),
            Outcome::NotConfirmed("empty".into())
        );
        assert_eq!(
            classify(200, false, "<html>", "k1", None),
            Outcome::NotConfirmed("not json".into())
        );
    }

    #[test]
    fn busy_and_firewall_answers_are_tried_again_refusals_are_not() {
        for status in [408, 409, 425, 429] {
            assert_eq!(
                classify(status, true, r#"{"error":"busy"}"#, "k", Some(30_000)),
                Outcome::Busy(status, Some(30_000))
            );
        }
        assert_eq!(
            classify(403, false, "<html>blocked</html>", "k", None),
            Outcome::Busy(403, None)
        );
        assert_eq!(
            classify(
                422,
                true,
                r#"{"error":"telefoonnummer ontbreekt"}"#,
                "k",
                None
            ),
            Outcome::Refused(422, "telefoonnummer ontbreekt".into())
        );
        assert_eq!(
            classify(503, false, "", "k", None),
            Outcome::ServerError(503)
        );
    }
}

//! Steps that turn an older stored household into the next version.
//!
//! Each step works on the JSON value, before strict parsing, and must leave a valid document
//! of the next version; the fixtures in `tests/fixtures` are loaded through the whole chain.

use serde_json::{json, Map, Value};

/// Version 1 → 2: youth comments on concerns and goals, decisions with legal terms, and
/// disputes. A concern marked `"disputed": true` becomes a drafted dispute about it, so the
/// family's "this is not correct" is kept and can now be followed up.
pub fn v1_to_v2(mut household: Value) -> Result<Value, String> {
    let root = household
        .as_object_mut()
        .ok_or("the household is not an object")?;
    let mut next_id = root
        .get("next_id")
        .and_then(Value::as_u64)
        .ok_or("next_id is missing")?;
    let created = root.get("created").cloned().unwrap_or(Value::Null);
    let plan = root
        .get_mut("plan")
        .and_then(Value::as_object_mut)
        .ok_or("plan is missing")?;

    let mut disputes = Vec::new();
    for concern in array_mut(plan, "concerns")? {
        let concern = concern
            .as_object_mut()
            .ok_or("a concern is not an object")?;
        concern.insert("youth_comment".into(), json!(""));
        let disputed = concern.remove("disputed").and_then(|v| v.as_bool());
        if disputed == Some(true) {
            let id = concern.get("id").cloned().unwrap_or(Value::Null);
            let date = concern.get("date").cloned().unwrap_or(created.clone());
            disputes.push(json!({
                "id": format!("d{next_id}"),
                "entry": { "type": "concern", "id": id },
                "account": "",
                "created": date,
                "status": { "state": "drafted" },
                "letter": null,
                "ruling": null,
            }));
            next_id += 1;
        }
    }
    for goal in array_mut(plan, "goals")? {
        let goal = goal.as_object_mut().ok_or("a goal is not an object")?;
        goal.insert("youth_comment".into(), json!(""));
    }
    plan.insert("decisions".into(), json!([]));
    plan.insert("disputes".into(), Value::Array(disputes));
    root.insert("next_id".into(), json!(next_id));
    Ok(household)
}

/// Version 2 → 3: requests keep the exact body they send (one body per key), the people a
/// request went to from the family's own phone, how it went, an approval to send a late
/// request, and the answer that closes the follow-up. Existing requests get empty values.
pub fn v2_to_v3(mut household: Value) -> Result<Value, String> {
    let root = household
        .as_object_mut()
        .ok_or("the household is not an object")?;
    let requests = root
        .get_mut("requests")
        .and_then(Value::as_array_mut)
        .ok_or("requests is missing")?;
    for request in requests {
        let request = request
            .as_object_mut()
            .ok_or("a request is not an object")?;
        request.insert("payload".into(), json!(""));
        request.insert("recipients".into(), json!([]));
        request.insert("sent_via".into(), Value::Null);
        request.insert("send_approved_at".into(), Value::Null);
        request.insert("answer".into(), Value::Null);
    }
    Ok(household)
}

/// Version 3 → 4: a request to the kinderrechter keeps its way (`court_request::states`):
/// its kind, the decision it is about, the day sent, the hearing and the judge's decision.
/// A court request kept before gets its kind from the article in its subject (the subject
/// was "… ({article})"), and, when it was marked sent, that moment's day (UTC) as the day sent
/// (the family can correct it); the rest stays empty. Other requests do not change.
pub fn v3_to_v4(mut household: Value) -> Result<Value, String> {
    // The articles as v3 wrote them in the subject, with the kind's id.
    const KINDS: [(&str, &str); 6] = [
        ("(BW 1:264)", "aanwijzing"),
        ("(BW 1:265d)", "uithuisplaatsing"),
        ("(BW 1:265f en 1:265g)", "omgang"),
        ("(BW 1:259)", "andere-gi"),
        ("(BW 1:261)", "ots-beeindigen"),
        ("(BW 1:262b)", "uitvoering-ots"),
    ];
    let requests = household
        .get_mut("requests")
        .and_then(Value::as_array_mut)
        .ok_or("requests is missing")?;
    for request in requests {
        let request = request
            .as_object_mut()
            .ok_or("a request is not an object")?;
        if request.get("kind").and_then(Value::as_str) != Some("court-request") {
            continue;
        }
        let subject = request.get("subject").and_then(Value::as_str).unwrap_or("");
        let kind = KINDS
            .iter()
            .find(|(article, _)| subject.contains(article))
            .map_or("", |(_, id)| id);
        let delivery = request.get("delivery").unwrap_or(&Value::Null);
        let sent = match delivery.get("state").and_then(Value::as_str) {
            Some("sent" | "confirmed") => delivery
                .get("at")
                .and_then(Value::as_i64)
                .and_then(|ms| super::date::Date::from_days(ms.div_euclid(86_400_000)))
                .map(|d| json!(d.to_string())),
            _ => None,
        };
        request.insert(
            "court".into(),
            json!({"kind": kind, "decision": null, "sent": sent, "hearing": null, "ruling": null}),
        );
    }
    Ok(household)
}

fn array_mut<'a>(obj: &'a mut Map<String, Value>, key: &str) -> Result<&'a mut Vec<Value>, String> {
    obj.get_mut(key)
        .and_then(Value::as_array_mut)
        .ok_or_else(|| format!("plan.{key} is missing"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::document::decode;
    use crate::domain::household::{DisputeStatus, DisputedEntry};

    #[test]
    fn v1_disputed_concerns_become_drafted_disputes() {
        let household = decode(include_str!("../../tests/fixtures/household-v1.json")).unwrap();
        let disputed: Vec<_> = household.plan.disputes.iter().collect();
        assert_eq!(disputed.len(), 1, "the v1 fixture has one disputed concern");
        let dispute = disputed[0];
        assert_eq!(dispute.entry.entry, DisputedEntry::Concern);
        assert!(household
            .plan
            .concerns
            .iter()
            .any(|c| c.id == dispute.entry.id));
        assert_eq!(dispute.status, DisputeStatus::Drafted);
        // The new id is fresh: next_id moved past it.
        let number: u32 = dispute.id[1..].parse().unwrap();
        assert!(number < household.next_id);
        assert!(household
            .plan
            .concerns
            .iter()
            .all(|c| c.youth_comment.is_empty()));
        assert!(household.plan.decisions.is_empty());
    }

    #[test]
    fn v2_requests_get_empty_new_fields() {
        let mut value: Value =
            serde_json::from_str(include_str!("../../tests/fixtures/household-v2.json")).unwrap();
        value["household"]["requests"] = json!([{
            "id": "q9", "kind": "emergency-stop", "key": "k", "created_at": 5,
            "subject": "Noodstop", "body": "Tekst", "emergency": null,
            "channel": {"kind": "email", "address": "a@b.nl"},
            "delivery": {"state": "sent", "at": 6}, "attempts": 0,
            "next_attempt_at": null, "last_error": ""
        }]);
        let household = decode(&value.to_string()).unwrap();
        let r = &household.requests[0];
        assert!(r.payload.is_empty() && r.recipients.is_empty());
        assert_eq!(
            (r.sent_via, r.send_approved_at, &r.answer),
            (None, None, &None)
        );
        assert!(v2_to_v3(json!({"requests": 1})).is_err());
    }

    #[test]
    fn v3_court_requests_get_their_kind_and_day_sent_and_others_stay_as_they_were() {
        use crate::domain::court_request::{court_state, CourtKind, CourtState};
        use crate::domain::date::Date;
        let mut value: Value =
            serde_json::from_str(include_str!("../../tests/fixtures/household-v3.json")).unwrap();
        let court = |id: &str, subject: &str, delivery: Value| {
            json!({
                "id": id, "kind": "court-request", "key": id, "created_at": 1_796_000_000_000_i64,
                "subject": subject, "body": "Verzoekschrift", "emergency": null,
                "channel": {"kind": "letter", "to": "Aan de kinderrechter"},
                "delivery": delivery, "attempts": 0, "next_attempt_at": null, "last_error": "",
                "payload": "", "recipients": [], "sent_via": null, "send_approved_at": null,
                "answer": null
            })
        };
        let requests = value["household"]["requests"].as_array_mut().unwrap();
        // 1 December 2026, 23:30 UTC.
        let sent_ms = Date::parse("2026-12-01").unwrap().to_days() * 86_400_000 + 84_600_000;
        requests.push(court(
            "q95",
            "Onderwerp: Een schriftelijke aanwijzing laten vervallen (BW 1:264)",
            json!({"state": "sent", "at": sent_ms}),
        ));
        requests.push(court(
            "q96",
            "Subject: End the supervision order early (BW 1:261)",
            json!({"state": "draft"}),
        ));
        requests.push(court("q97", "Verzoek", json!({"state": "draft"})));
        let household = decode(&value.to_string()).unwrap();
        let r = |id: &str| household.requests.iter().find(|r| r.id == id).unwrap();
        let track = |id: &str| r(id).court.clone().unwrap();
        assert_eq!(track("q95").kind(), Some(CourtKind::Instruction));
        assert_eq!(
            court_state(r("q95")),
            Some(CourtState::Sent(Date::parse("2026-12-01").unwrap()))
        );
        assert_eq!(track("q96").kind(), Some(CourtKind::EndSupervision));
        assert_eq!(court_state(r("q96")), Some(CourtState::Drafted));
        assert_eq!(track("q97").kind, "");
        assert_eq!(r("q90").court, None);
        assert!(v3_to_v4(json!({"requests": [1]})).is_err());
    }

    #[test]
    fn a_broken_v1_document_is_reported_not_panicked_on() {
        assert!(v1_to_v2(json!([])).is_err());
        assert!(v1_to_v2(json!({"next_id": 3})).is_err());
        assert!(v1_to_v2(json!({"next_id": 3, "plan": {"concerns": 1, "goals": []}})).is_err());
        assert!(v1_to_v2(json!({"next_id": 3, "plan": {"concerns": [7], "goals": []}})).is_err());
    }
}

//! Reading the household's three tagged enums (`Delivery`, `Channel`, `DisputeStatus`:
//! `{"state": "sent", "at": …}`) through a flat struct of optional fields instead of serde's
//! internally tagged enums. The stored format and what is accepted stay the same; serde's own
//! way buffers the whole object first and compiles a second deserializer for every field
//! type, about 30 KB of the first download (docs/benchmarks.md). A refused object is named as
//! before: serde_json stops just after it, so the error names the request or dispute it is in.
//! One difference: a unit variant (`{"state": "draft"}`) now refuses fields, as the others do.

/// A field a variant needs, or serde's own "missing field" message.
pub(super) fn required<T>(value: Option<T>, field: &'static str) -> Result<T, String> {
    value.ok_or_else(|| format!("missing field `{field}`"))
}

/// Refuses a field that belongs to another variant (serde's "unknown field" message), as the
/// variants' `deny_unknown_fields` did. `present` lists each field of the flat struct with
/// whether it was given; `expected` names the variant's own fields.
pub(super) fn only(
    present: &[(&'static str, bool)],
    expected: &[&'static str],
) -> Result<(), String> {
    match present
        .iter()
        .find(|(name, given)| *given && !expected.contains(name))
    {
        None => Ok(()),
        Some((name, _)) => Err(match expected {
            [] => format!("unknown field `{name}`, there are no fields"),
            [one] => format!("unknown field `{name}`, expected `{one}`"),
            [first, second] => format!("unknown field `{name}`, expected `{first}` or `{second}`"),
            more => format!(
                "unknown field `{name}`, expected one of {}",
                more.iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Channel, Delivery, DisputeStatus};
    use crate::domain::date::Date;
    use crate::domain::json_path;

    fn read<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn every_variant_reads_back_what_is_written() {
        let on = Date::parse("2026-11-30").unwrap();
        let deliveries = [
            Delivery::Draft,
            Delivery::Pending,
            Delivery::Sending,
            Delivery::HandedOver { at: 1 },
            Delivery::Sent { at: 2 },
            Delivery::Confirmed {
                at: 3,
                reference: "JB-1".into(),
            },
            Delivery::Failed {
                reason: "nee".into(),
            },
        ];
        for d in deliveries {
            assert_eq!(read::<Delivery>(&serde_json::to_string(&d).unwrap()), Ok(d));
        }
        let channels = [
            Channel::Endpoint {
                url: "https://x.nl/a".into(),
            },
            Channel::Email {
                address: "a@b.nl".into(),
            },
            Channel::Sms {
                number: "0612345678".into(),
            },
            Channel::Phone {
                number: "020".into(),
            },
            Channel::Letter { to: "JB".into() },
            Channel::Network,
        ];
        for c in channels {
            assert_eq!(read::<Channel>(&serde_json::to_string(&c).unwrap()), Ok(c));
        }
        let statuses = [
            DisputeStatus::Drafted,
            DisputeStatus::Sent { on },
            DisputeStatus::Answered { on },
            DisputeStatus::Corrected { on },
            DisputeStatus::Refused { on },
        ];
        for s in statuses {
            assert_eq!(
                read::<DisputeStatus>(&serde_json::to_string(&s).unwrap()),
                Ok(s)
            );
        }
        // The tag is written first, as serde's tagged enums did (older builds read either order).
        assert_eq!(
            serde_json::to_string(&Delivery::Sent { at: 2 }).unwrap(),
            r#"{"state":"sent","at":2}"#
        );
        assert_eq!(
            read::<Delivery>(r#"{"at":2,"state":"sent"}"#),
            Ok(Delivery::Sent { at: 2 })
        );
    }

    #[test]
    fn what_serde_refused_is_still_refused_with_its_words() {
        let refused = |text: &str, words: &str| {
            let error = read::<Delivery>(text).unwrap_err();
            assert!(error.contains(words), "{text}: {error}");
        };
        refused(r#"{"state":"sent"}"#, "missing field `at`");
        refused(
            r#"{"state":"confirmed","at":1}"#,
            "missing field `reference`",
        );
        refused(r#"{"state":"sent","at":1,"x":2}"#, "unknown field `x`");
        refused(
            r#"{"state":"sent","at":1,"reason":"r"}"#,
            "unknown field `reason`, expected `at`",
        );
        refused(r#"{"state":"sent","at":1,"at":2}"#, "duplicate field `at`");
        refused(r#"{"state":"nope"}"#, "unknown variant `nope`");
        refused(r#"{"at":1}"#, "missing field `state`");
        refused(r#"{"state":"sent","at":"1"}"#, "invalid type");
        refused(r#"{"state":"sent","at":null}"#, "missing field `at`");
        refused(
            r#"{"state":"draft","reason":"r"}"#,
            "unknown field `reason`, there are no fields",
        );
        assert!(read::<Channel>(r#"{"kind":"email","number":"06"}"#)
            .unwrap_err()
            .contains("unknown field `number`, expected `address`"));
        assert!(read::<Channel>(r#"{"kind":"network","to":"x"}"#).is_err());
        assert!(read::<DisputeStatus>(r#"{"state":"drafted","on":"2026-11-30"}"#).is_err());
        assert!(read::<DisputeStatus>(r#"{"state":"sent"}"#)
            .unwrap_err()
            .contains("missing field `on`"));
        assert!(read::<DisputeStatus>(r#"{"state":"sent","on":"2026-02-30"}"#).is_err());
    }

    #[test]
    fn an_error_names_the_request_it_is_in() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Holder {
            requests: Vec<Wrapper>,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Wrapper {
            delivery: Delivery,
        }
        let text = r#"{"requests": [{"delivery": {"state": "sent"}}]}"#;
        let (field, reason) = json_path::read::<Holder>(text).unwrap_err();
        // Where serde stops reading, as with its tagged enums: just after the delivery.
        assert_eq!(field, "requests[0]");
        assert_eq!(reason, "missing field `at`");
    }
}

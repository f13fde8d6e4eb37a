//! The field a JSON reading error is about, as `plan.concerns[0].kind`.
//!
//! serde_json reports where reading stopped (line and column). Walking the text up to that
//! point gives the field. This replaces wrapping every field in a path-tracking reader, which
//! made the reading code of the household and the profile about a seventh of the first
//! download (README, "Where the wasm's bytes go").

/// One open object or array on the way to the error.
enum Frame {
    /// An object, with the key whose value is being read.
    Object { key: Option<String> },
    /// An array, with the position of the element being read.
    Array { index: usize },
}

/// The path of the field that serde_json stopped at, from its 1-based `line` and `column`
/// (bytes). An error on an object's closing brace (a missing field) names the object; one on
/// a value names that value's field. Empty for the top level.
pub fn field_at(text: &str, line: usize, column: usize) -> String {
    let stop = byte_index(text, line, column);
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut expect_key = false;
    let mut i = 0;
    while i < stop && i < bytes.len() {
        match bytes[i] {
            b'{' => {
                stack.push(Frame::Object { key: None });
                expect_key = true;
            }
            b'[' => {
                stack.push(Frame::Array { index: 0 });
                expect_key = false;
            }
            b'}' | b']' => {
                stack.pop();
                expect_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key }) => {
                    *key = None;
                    expect_key = true;
                }
                None => {}
            },
            b':' => expect_key = false,
            b'"' => {
                let end = string_end(bytes, i);
                if expect_key {
                    if let Some(Frame::Object { key }) = stack.last_mut() {
                        *key = Some(unescape(&text[i + 1..end]));
                    }
                    expect_key = false;
                }
                i = end;
            }
            _ => {}
        }
        i += 1;
    }
    // Stopped on a closing bracket: the error is about the object or array as a whole.
    if let Some(&b) = bytes.get(stop) {
        match (b, stack.last_mut()) {
            (b'}', Some(Frame::Object { key })) => *key = None,
            (b']', Some(Frame::Array { .. })) => {
                stack.pop();
                // The array is the value of its parent's key or element: keep that.
                return render(&stack);
            }
            _ => {}
        }
    }
    render(&stack)
}

/// The index of the last byte serde_json read (its column counts from 1).
fn byte_index(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column).saturating_sub(1)
}

/// The index of the quote that closes the string opening at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut j = start + 1;
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => j += 2,
            b'"' => return j,
            _ => j += 1,
        }
    }
    bytes.len()
}

/// A key as written, with the common escapes undone (keys in Helder's files are plain).
fn unescape(raw: &str) -> String {
    raw.replace("\\\"", "\"").replace("\\\\", "\\")
}

fn render(stack: &[Frame]) -> String {
    let mut out = String::new();
    for frame in stack {
        match frame {
            Frame::Object { key: Some(key) } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// Reads `text` as `T`; an error names the field (see [`field_at`]) and says what is wrong.
pub fn read<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, (String, String)> {
    serde_json::from_str(text).map_err(|e| {
        let field = field_at(text, e.line(), e.column());
        // serde_json adds " at line L column C"; the field says where.
        let reason = e.to_string();
        let reason = match reason.rfind(" at line ") {
            Some(at) => reason[..at].to_string(),
            None => reason,
        };
        (field, reason)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[allow(dead_code)]
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        name: String,
        items: Vec<Item>,
        inner: Option<Inner>,
    }

    #[allow(dead_code)]
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Item {
        kind: Kind,
        text: String,
    }

    #[allow(dead_code)]
    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        Fact,
        Opinion,
    }

    #[allow(dead_code)]
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        count: u32,
    }

    fn field(text: &str) -> String {
        read::<Doc>(text).unwrap_err().0
    }

    const GOOD: &str = r#"{"name":"a","items":[{"kind":"fact","text":"x"},{"kind":"opinion","text":"y"}],"inner":{"count":1}}"#;

    #[test]
    fn a_good_document_reads() {
        assert!(read::<Doc>(GOOD).is_ok());
    }

    #[test]
    fn a_wrong_value_names_its_field() {
        assert_eq!(
            field(&GOOD.replace("\"opinion\"", "\"rumour\"")),
            "items[1].kind"
        );
        assert_eq!(
            field(&GOOD.replace("\"count\":1", "\"count\":\"een\"")),
            "inner.count"
        );
        assert_eq!(
            field(&GOOD.replace("\"count\":1", "\"count\":-1")),
            "inner.count"
        );
        assert_eq!(field(&GOOD.replace("\"name\":\"a\"", "\"name\":7")), "name");
        assert_eq!(
            field(&GOOD.replace("\"text\":\"y\"", "\"text\":null")),
            "items[1].text"
        );
    }

    #[test]
    fn a_missing_field_names_its_object() {
        let text = GOOD.replace(",\"text\":\"y\"", "");
        let (field, reason) = read::<Doc>(&text).unwrap_err();
        assert_eq!(field, "items[1]");
        assert!(reason.contains("missing field `text`"), "{reason}");
        assert_eq!(self::field(&GOOD.replace("\"name\":\"a\",", "")), "");
    }

    #[test]
    fn an_unknown_field_is_named() {
        assert_eq!(
            field(&GOOD.replace("\"count\":1", "\"count\":1,\"fax\":2")),
            "inner.fax"
        );
    }

    #[test]
    fn a_wrong_array_names_the_array() {
        assert_eq!(
            field(
                &GOOD
                    .replace("\"items\":[", "\"items\":{")
                    .replacen("}],", "}},", 1)
            ),
            "items"
        );
    }

    #[test]
    fn pretty_printed_text_and_strings_with_brackets_and_escapes() {
        let text = "{\n  \"name\": \"a [b] {c}, \\\"d\\\"\",\n  \"items\": [\n    {\"kind\": \"fact\", \"text\": \"x\"},\n    {\"kind\": \"maybe\", \"text\": \"y\"}\n  ],\n  \"inner\": null\n}";
        assert_eq!(field(text), "items[1].kind");
    }

    #[test]
    fn broken_text_and_odd_positions_do_not_panic() {
        assert_eq!(field("{"), "");
        for text in [
            "",
            "[",
            "{\"a\"",
            "{\"name\":\"",
            "\"",
            "{\"items\":[{\"kind\":",
        ] {
            let _ = read::<Doc>(text);
            for line in 0..3 {
                for column in 0..text.len() + 3 {
                    let _ = field_at(text, line, column);
                }
            }
        }
    }
}

//! Texts with values: filling `{name}` placeholders and choosing a plural form. One copy for
//! the whole app: the domain fills its letters with it, and `content` re-exports both for the
//! views. (The domain may not import `content`, so they live here.)
//!
//! Whether every call passes exactly the placeholders its texts have, in both languages, is
//! checked by a host test that reads the call sites (`src/content/fill_check.rs`).

/// Fills `{name}` placeholders in a text; a placeholder without a value stays as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// The first sentence of a text (up to and including its first ". "), or all of it: a short
/// line where the whole text would be too much at once (the guided start lists 13 stages).
pub fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(end) => &text[..=end],
        None => text,
    }
}

/// The form of a text for a count: `one` for exactly 1, `other` for 0, 2 and more. Dutch and
/// English share this rule ("1 dag", "0 dagen", "2 dagen"; "1 day", "0 days"). The content
/// keys come in pairs, `…_one` and `…_other`, with the same placeholders.
pub fn plural<T>(n: u64, one: T, other: T) -> T {
    if n == 1 {
        one
    } else {
        other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_every_placeholder_it_is_given() {
        assert_eq!(fill("Nog {days} dagen", &[("days", "4")]), "Nog 4 dagen");
        assert_eq!(
            fill("{a} en {a}, {b}", &[("a", "x"), ("b", "y")]),
            "x en x, y"
        );
        assert_eq!(fill("{a} {c}", &[("a", "x")]), "x {c}");
    }

    #[test]
    fn one_is_singular_zero_and_two_are_plural() {
        let days = |n: u64| fill(plural(n, "{n} dag", "{n} dagen"), &[("n", &n.to_string())]);
        assert_eq!(days(0), "0 dagen");
        assert_eq!(days(1), "1 dag");
        assert_eq!(days(2), "2 dagen");
    }

    #[test]
    fn the_first_sentence_is_the_text_up_to_its_first_full_stop() {
        assert_eq!(first_sentence("Een. Twee. Drie."), "Een.");
        assert_eq!(first_sentence("Alleen deze zin."), "Alleen deze zin.");
        assert_eq!(
            first_sentence("Ben je het niet eens? Dan kan dat. Meer."),
            "Ben je het niet eens? Dan kan dat."
        );
        assert_eq!(first_sentence(""), "");
    }
}

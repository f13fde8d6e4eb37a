//! Finding the glossary's words in a text (docs/glossary.md).
//!
//! Plain string scanning, no regular expressions: at every word start the longest form that
//! matches as a whole word wins ("voorlopige ondertoezichtstelling" before
//! "ondertoezichtstelling"). A small letter of a form also matches a capital (at the start of
//! a sentence: "Maatregel", "Voorlopige OTS"); a capital matches only itself, so "Raad" and
//! "OTS" are not found in "raad" (advice) or "ots" (an id).

/// A form of a glossary term to look for: its text and the index of the term it belongs to.
pub type Form<'a> = (&'a str, usize);

/// A glossary form found in a text, as byte offsets into that text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// Where the form starts.
    pub start: usize,
    /// Where it ends (exclusive).
    pub end: usize,
    /// The index of its term.
    pub term: usize,
}

/// Whether a character joins letters into one word (so a form inside a longer word does not
/// match: "maatregel" is not found in "kinderbeschermingsmaatregel").
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The end of `form` when it is written in `text` from `start`, with the case rule above.
fn match_at(text: &str, start: usize, form: &str) -> Option<usize> {
    let mut rest = text[start..].char_indices();
    for f in form.chars() {
        let (_, t) = rest.next()?;
        // A small letter of the form matches either case; a capital only itself.
        let same = t == f || (f.is_lowercase() && t.to_lowercase().eq(f.to_lowercase()));
        if !same {
            return None;
        }
    }
    let end = rest.next().map(|(i, _)| start + i).unwrap_or(text.len());
    let whole_word = text[end..].chars().next().is_none_or(|c| !is_word_char(c));
    whole_word.then_some(end)
}

/// Every form in `text`, left to right, not overlapping; at each word start the longest
/// matching form wins.
pub fn find(text: &str, forms: &[Form]) -> Vec<Found> {
    // A form can only start where its first letter does (in either case): checking that one
    // letter first skips nearly every form at nearly every word (a long screen scans a few
    // hundred words against a hundred forms).
    let first: Vec<Option<char>> = forms
        .iter()
        .map(|(form, _)| form.chars().next().and_then(|c| c.to_lowercase().next()))
        .collect();
    let mut found = Vec::new();
    let mut previous: Option<char> = None;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        let at_word_start = is_word_char(c) && previous.is_none_or(|p| !is_word_char(p));
        previous = Some(c);
        if i < skip_to || !at_word_start {
            continue;
        }
        let lower = c.to_lowercase().next();
        let best = forms
            .iter()
            .zip(&first)
            .filter(|(_, f)| **f == lower)
            .filter_map(|((form, term), _)| match_at(text, i, form).map(|end| (end, *term)))
            .max_by_key(|(end, _)| *end);
        if let Some((end, term)) = best {
            found.push(Found {
                start: i,
                end,
                term,
            });
            skip_to = end;
        }
    }
    found
}

/// The uses to explain in `text`: of each term only its first use in the text, and only when
/// `may_explain(term)` agrees (the screen has not explained it elsewhere yet).
pub fn first_uses(
    text: &str,
    forms: &[Form],
    mut may_explain: impl FnMut(usize) -> bool,
) -> Vec<Found> {
    let mut seen: Vec<usize> = Vec::new();
    find(text, forms)
        .into_iter()
        .filter(|f| {
            if seen.contains(&f.term) {
                return false;
            }
            seen.push(f.term);
            may_explain(f.term)
        })
        .collect()
}

/// A text cut into plain parts and explained uses, in order.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Plain text.
    Text(&'a str),
    /// A use of a term to explain: the words as written and the term's index.
    Term(&'a str, usize),
}

/// Cuts `text` at the uses in `found` (as returned by [`first_uses`]).
pub fn pieces<'a>(text: &'a str, found: &[Found]) -> Vec<Piece<'a>> {
    let mut out = Vec::new();
    let mut at = 0;
    for f in found {
        if f.start > at {
            out.push(Piece::Text(&text[at..f.start]));
        }
        out.push(Piece::Term(&text[f.start..f.end], f.term));
        at = f.end;
    }
    if at < text.len() {
        out.push(Piece::Text(&text[at..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORMS: [Form; 9] = [
        ("ondertoezichtstelling", 0),
        ("OTS", 0),
        ("voorlopige ondertoezichtstelling", 1),
        ("voorlopige OTS", 1),
        ("maatregel", 2),
        ("maatregelen", 2),
        ("Raad", 3),
        ("Raad voor de Kinderbescherming", 3),
        ("ouder- en kindteam", 4),
    ];

    fn words(text: &str) -> Vec<(&str, usize)> {
        find(text, &FORMS)
            .iter()
            .map(|f| (&text[f.start..f.end], f.term))
            .collect()
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(words("Een maatregel."), [("maatregel", 2)]);
        assert!(words("Een kinderbeschermingsmaatregel.").is_empty());
        assert!(words("maatregelsgewijs").is_empty());
        assert_eq!(words("maatregelen"), [("maatregelen", 2)]);
        assert_eq!(words("(OTS)"), [("OTS", 0)]);
        assert_eq!(words("OTS-verzoek"), [("OTS", 0)], "a hyphen ends a word");
        assert!(words("OTSen").is_empty());
    }

    #[test]
    fn case() {
        assert_eq!(
            words("Maatregel? MAATREGEL"),
            [("Maatregel", 2), ("MAATREGEL", 2)]
        );
        assert!(
            words("Ik geef je raad.").is_empty(),
            "advice is not the Raad"
        );
        assert!(
            words("stage ots").is_empty(),
            "an abbreviation matches as written"
        );
        assert_eq!(words("De Raad belt."), [("Raad", 3)]);
    }

    #[test]
    fn longest_match_wins() {
        assert_eq!(
            words("Een voorlopige ondertoezichtstelling is geen ondertoezichtstelling."),
            [
                ("voorlopige ondertoezichtstelling", 1),
                ("ondertoezichtstelling", 0)
            ]
        );
        assert_eq!(
            words("de Raad voor de Kinderbescherming en de Raad"),
            [("Raad voor de Kinderbescherming", 3), ("Raad", 3)]
        );
        assert_eq!(
            words("Voorlopige OTS"),
            [("Voorlopige OTS", 1)],
            "a lower-case word of a form may start with a capital, an abbreviation stays as written"
        );
        assert_eq!(words("het ouder- en kindteam"), [("ouder- en kindteam", 4)]);
    }

    #[test]
    fn first_occurrence_only() {
        let mut explained: Vec<usize> = Vec::new();
        let mut explain = |term| {
            let new = !explained.contains(&term);
            explained.push(term);
            new
        };
        let text = "Een OTS is een maatregel. Een ondertoezichtstelling duurt.";
        let first = first_uses(text, &FORMS, &mut explain);
        assert_eq!(
            first
                .iter()
                .map(|f| &text[f.start..f.end])
                .collect::<Vec<_>>(),
            ["OTS", "maatregel"]
        );
        // The next text on the same screen explains only what is new.
        let text = "Een maatregel van de Raad.";
        let next = first_uses(text, &FORMS, &mut explain);
        assert_eq!(
            next.iter()
                .map(|f| &text[f.start..f.end])
                .collect::<Vec<_>>(),
            ["Raad"]
        );
    }

    #[test]
    fn pieces_keep_the_whole_text() {
        let text = "Een OTS, zei de Raad";
        let found = first_uses(text, &FORMS, |_| true);
        let p = pieces(text, &found);
        assert_eq!(
            p,
            [
                Piece::Text("Een "),
                Piece::Term("OTS", 0),
                Piece::Text(", zei de "),
                Piece::Term("Raad", 3)
            ]
        );
        assert_eq!(pieces("", &[]), []);
    }

    #[test]
    fn non_ascii_text() {
        assert_eq!(
            words("Één maatregel — één OTS"),
            [("maatregel", 2), ("OTS", 0)]
        );
    }
}

//! The order of plan entries on screen: newest first everywhere (recommendation 6: plans
//! are read from the current state, not from history).

use super::date::Date;

/// The number in an id ("c12" → 12); ids are handed out in order, so a higher number is newer.
fn id_number(id: &str) -> u32 {
    id.trim_start_matches(|c: char| !c.is_ascii_digit())
        .parse()
        .unwrap_or(0)
}

/// Sorts newest first: by date (missing dates last), then by the later-made entry.
pub fn newest_first<T>(
    items: &mut [T],
    date: impl Fn(&T) -> Option<Date>,
    id: impl Fn(&T) -> &str,
) {
    items.sort_by(|a, b| {
        let by_date = match (date(a), date(b)) {
            (Some(x), Some(y)) => y.cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        };
        by_date.then_with(|| id_number(id(b)).cmp(&id_number(id(a))))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Option<Date> {
        Some(Date::parse(text).unwrap())
    }

    #[test]
    fn newest_date_first_then_the_later_entry_and_undated_last() {
        let mut items = vec![
            ("c2", day("2026-10-01")),
            ("c10", None),
            ("c3", day("2026-11-01")),
            ("c9", day("2026-10-01")),
            ("c1", day("2026-11-20")),
        ];
        newest_first(&mut items, |x| x.1, |x| x.0);
        let order: Vec<&str> = items.iter().map(|x| x.0).collect();
        assert_eq!(order, vec!["c1", "c3", "c9", "c2", "c10"]);
    }
}

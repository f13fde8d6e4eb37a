//! Two windows, one household: the revision rule and the three-way merge used when a save
//! finds that another window (tab, installed app) saved in the meantime.
//!
//! The stored document carries a revision number (in its envelope, outside the household, so
//! exported files and older stores are unchanged). A window remembers the revision it last
//! read or wrote and only writes over exactly that revision (compare and set). When the
//! stored revision moved on, it merges instead of overwriting: its own changes and the other
//! window's, both measured against the household as it was at the revision it knew.

use super::household::Household;
use super::validation::validate;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Whether a window that knows revision `known` may write over what is stored now
/// (`stored`: `None` when nothing is stored; a store without a revision counts as 0).
/// Nothing stored while the window knew a revision means the data was erased elsewhere: not
/// written back. A revision that differs either way means someone else wrote.
pub fn may_write(stored: Option<u64>, known: u64) -> bool {
    match stored {
        None => known == 0,
        Some(r) => r == known,
    }
}

/// Whether another window wrote since a window that knows revision `known` last read or wrote
/// (`stored` as for [`may_write`]), so that it must read the store again before it acts on
/// what it holds (the outbox's sends, `state/outbox.rs`). Nothing stored is not "behind":
/// erasing reaches every window by its own way (`state/sync.rs`), never as a reload.
pub fn behind(stored: Option<u64>, known: u64) -> bool {
    stored.is_some_and(|r| r != known)
}

/// Whether a window's view of the store (`stored`) shows revision `written` (which another
/// window wrote) or a later one. Nothing stored counts as seen: erased since.
pub fn has_seen(stored: Option<u64>, written: u64) -> bool {
    stored.is_none_or(|r| r >= written)
}

/// The revision a write over `known` carries.
pub fn next_revision(known: u64) -> u64 {
    known.saturating_add(1)
}

/// The outcome of merging two windows' changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// Both windows' changes together.
    pub household: Household,
    /// Places where both windows changed the same thing differently; this window's change
    /// is kept there (the user is told).
    pub clashes: usize,
}

/// Merges `ours` and `theirs`, both changed from `base`. Items in lists are matched by
/// their `id`; items both windows added under the same id keep both (ours gets a new id);
/// an item one window removed and the other changed is kept. `None` when the result is not
/// a valid household (the caller then keeps both versions apart).
pub fn merge(base: &Household, ours: &Household, theirs: &Household) -> Option<Merged> {
    let base = as_value(base)?;
    let mut ours = as_value(ours)?;
    let theirs = as_value(theirs)?;
    renumber_clashing_ids(&base, &mut ours, &theirs);
    let mut clashes = 0;
    let value = merge_value(Some(&base), Some(&ours), Some(&theirs), &mut clashes, "")?;
    let household: Household = serde_json::from_str(&serde_json::to_string(&value).ok()?).ok()?;
    if !validate(&household).is_empty() {
        return None;
    }
    Some(Merged { household, clashes })
}

/// The household as a JSON tree. Through text, not `serde_json::to_value`: the household's
/// (de)serialisation is then compiled for one serializer and one deserializer (the text ones
/// every save and load uses), not twice; a merge is rare, so the detour costs nothing users
/// feel, and it keeps about 30 KB of code out of the first download (docs/benchmarks.md).
fn as_value(household: &Household) -> Option<Value> {
    serde_json::from_str(&serde_json::to_string(household).ok()?).ok()
}

/// Every `id` string of an object inside a list, anywhere in the document.
fn ids(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Array(items) => {
            for item in items {
                if let Some(id) = item.get("id").and_then(Value::as_str) {
                    out.insert(id.to_string());
                }
                ids(item, out);
            }
        }
        Value::Object(map) => map.values().for_each(|v| ids(v, out)),
        _ => {}
    }
}

/// Replaces every string equal to a key of `renames` (an id and the references to it).
fn rename(value: &mut Value, renames: &BTreeMap<String, String>) {
    match value {
        Value::String(s) => {
            if let Some(new) = renames.get(s.as_str()) {
                *s = new.clone();
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rename(v, renames)),
        Value::Object(map) => map.values_mut().for_each(|v| rename(v, renames)),
        _ => {}
    }
}

/// Both windows number new items from the same `next_id`, so both may have added a `c7`.
/// Ours are given fresh numbers past both windows' `next_id`, references included.
fn renumber_clashing_ids(base: &Value, ours: &mut Value, theirs: &Value) {
    let (mut b, mut o, mut t) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    ids(base, &mut b);
    ids(ours, &mut o);
    ids(theirs, &mut t);
    let next_of = |v: &Value| v.get("next_id").and_then(Value::as_u64).unwrap_or(0);
    let mut next = next_of(ours).max(next_of(theirs));
    let mut renames = BTreeMap::new();
    for id in o.difference(&b).filter(|id| t.contains(*id)) {
        let prefix: String = id.chars().take_while(|c| !c.is_ascii_digit()).collect();
        let mut fresh = format!("{prefix}{next}");
        while o.contains(&fresh) || t.contains(&fresh) {
            next += 1;
            fresh = format!("{prefix}{next}");
        }
        next += 1;
        renames.insert(id.clone(), fresh);
    }
    if renames.is_empty() {
        return;
    }
    rename(ours, &renames);
    if let Some(n) = ours.get_mut("next_id") {
        *n = Value::from(next);
    }
}

fn id_of(v: &Value) -> Option<&str> {
    v.get("id").and_then(Value::as_str)
}

/// A list whose items are all objects with an id.
fn keyed(items: &[Value]) -> bool {
    items.iter().all(|v| id_of(v).is_some())
}

fn merge_value(
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    clashes: &mut usize,
    key: &str,
) -> Option<Value> {
    if ours == theirs {
        return ours.cloned();
    }
    if ours == base {
        return theirs.cloned();
    }
    if theirs == base {
        return ours.cloned();
    }
    // Both changed this, differently.
    match (ours, theirs) {
        (Some(Value::Number(o)), Some(Value::Number(t))) if key == "next_id" => {
            // Ids are never reused: past both.
            let n = o.as_u64().unwrap_or(0).max(t.as_u64().unwrap_or(0));
            Some(Value::from(n))
        }
        (Some(Value::Object(o)), Some(Value::Object(t))) => {
            let b = base.and_then(Value::as_object);
            let mut out = Map::new();
            let keys = t.keys().chain(o.keys().filter(|k| !t.contains_key(*k)));
            for k in keys {
                let merged = merge_value(b.and_then(|b| b.get(k)), o.get(k), t.get(k), clashes, k);
                if let Some(v) = merged {
                    out.insert(k.clone(), v);
                }
            }
            Some(Value::Object(out))
        }
        (Some(Value::Array(o)), Some(Value::Array(t))) if keyed(o) && keyed(t) => {
            let empty = Vec::new();
            let b = base.and_then(Value::as_array).unwrap_or(&empty);
            Some(Value::Array(merge_keyed(b, o, t, clashes)))
        }
        (Some(Value::Array(o)), Some(Value::Array(t))) => {
            // Lists without ids (notes, steps of the way): when both only added at the end,
            // keep both additions.
            if let Some(b) = base.and_then(Value::as_array) {
                if o.starts_with(b) && t.starts_with(b) {
                    let mut out = t.clone();
                    out.extend(o[b.len()..].iter().cloned());
                    return Some(Value::Array(out));
                }
            }
            *clashes += 1;
            Some(Value::Array(o.clone()))
        }
        // One window removed what the other changed: keep the changed one, nothing is lost.
        (None, Some(t)) => {
            *clashes += 1;
            Some(t.clone())
        }
        (Some(o), _) => {
            *clashes += 1;
            Some(o.clone())
        }
        (None, None) => None,
    }
}

fn merge_keyed(
    base: &[Value],
    ours: &[Value],
    theirs: &[Value],
    clashes: &mut usize,
) -> Vec<Value> {
    let find = |list: &[Value], id: &str| list.iter().find(|v| id_of(v) == Some(id)).cloned();
    let mut out = Vec::new();
    for t in theirs {
        let id = id_of(t).unwrap_or_default();
        let (b, o) = (find(base, id), find(ours, id));
        if let Some(v) = merge_value(b.as_ref(), o.as_ref(), Some(t), clashes, "") {
            out.push(v);
        }
    }
    for o in ours {
        let id = id_of(o).unwrap_or_default();
        if find(theirs, id).is_some() {
            continue;
        }
        let b = find(base, id);
        if let Some(v) = merge_value(b.as_ref(), Some(o), None, clashes, "") {
            out.push(v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Date;
    use crate::domain::example::example_household;
    use proptest::prelude::*;

    fn today() -> Date {
        Date::parse("2026-11-29").unwrap()
    }

    #[test]
    fn the_revision_rule() {
        // First save on an empty device, or over an old store without a revision.
        assert!(may_write(None, 0));
        assert!(may_write(Some(0), 0));
        assert!(may_write(Some(7), 7));
        // Someone else wrote (or an older Helder without revisions wrote over ours).
        assert!(!may_write(Some(8), 7));
        assert!(!may_write(Some(0), 7));
        // Erased in another window: never written back.
        assert!(!may_write(None, 7));
        assert!(!may_write(Some(3), 7));
        assert_eq!(next_revision(7), 8);
    }

    #[test]
    fn a_window_has_seen_a_revision_when_its_store_shows_it_or_a_later_one() {
        assert!(has_seen(Some(8), 8));
        assert!(has_seen(Some(9), 8));
        assert!(
            !has_seen(Some(7), 8),
            "its copy of the store is not up to date yet"
        );
        assert!(!has_seen(Some(0), 1));
        assert!(has_seen(None, 8), "erased since");
    }

    #[test]
    fn a_window_is_behind_when_another_wrote() {
        assert!(!behind(Some(7), 7));
        assert!(
            !behind(Some(0), 0),
            "an old store without a revision, read as it is"
        );
        assert!(behind(Some(8), 7));
        assert!(
            behind(Some(1), 0),
            "written elsewhere after this window found nothing"
        );
        assert!(
            behind(Some(0), 7),
            "an older Helder wrote over it without a revision"
        );
        assert!(
            !behind(None, 7),
            "erased: followed otherwise, not read again"
        );
        assert!(!behind(None, 0));
        // Behind exactly when a write would be refused, except on an empty store.
        for stored in [Some(0), Some(3), Some(7), Some(8)] {
            for known in [0, 3, 7] {
                assert_eq!(behind(stored, known), !may_write(stored, known));
            }
        }
    }

    proptest! {
        /// Exactly one of two windows that knew the same revision gets to write; the other
        /// is refused, whatever the order.
        #[test]
        fn of_two_windows_one_writes(start in 0u64..1_000, erased in any::<bool>()) {
            let mut stored = if erased && start == 0 { None } else { Some(start) };
            let (a, b) = (stored.unwrap_or(0), stored.unwrap_or(0));
            prop_assert!(may_write(stored, a));
            stored = Some(next_revision(a));
            prop_assert!(!may_write(stored, b));
            // A revision never goes back: every later write is refused for the stale window.
            for _ in 0..3 {
                let now = stored.unwrap_or(0);
                stored = Some(next_revision(now));
                prop_assert!(!may_write(stored, b));
            }
        }
    }

    #[test]
    fn comments_from_two_windows_are_both_kept() {
        let base = example_household(today());
        let mut ours = base.clone();
        let mut theirs = base.clone();
        ours.plan.concerns[0].youth_comment = "Uit venster A".into();
        theirs.plan.concerns[1].youth_comment = "Uit venster B".into();
        let merged = merge(&base, &ours, &theirs).unwrap();
        assert_eq!(merged.clashes, 0);
        assert_eq!(
            merged.household.plan.concerns[0].youth_comment,
            "Uit venster A"
        );
        assert_eq!(
            merged.household.plan.concerns[1].youth_comment,
            "Uit venster B"
        );
    }

    #[test]
    fn items_added_in_both_windows_under_the_same_id_are_both_kept() {
        let base = example_household(today());
        let mut ours = base.clone();
        let mut theirs = base.clone();
        let mut a = base.plan.positives[0].clone();
        a.id = ours.new_id("p");
        a.text = "Uit venster A".into();
        ours.plan.positives.push(a);
        let mut b = base.plan.positives[0].clone();
        b.id = theirs.new_id("p");
        b.text = "Uit venster B".into();
        theirs.plan.positives.push(b);
        let merged = merge(&base, &ours, &theirs).unwrap().household;
        let texts: Vec<&str> = merged
            .plan
            .positives
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert!(texts.contains(&"Uit venster A") && texts.contains(&"Uit venster B"));
        let ids: BTreeSet<&str> = merged
            .plan
            .positives
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(ids.len(), merged.plan.positives.len(), "ids stay unique");
        assert!(merged.next_id > ours.next_id && merged.next_id > theirs.next_id);
    }

    #[test]
    fn a_removal_in_one_window_and_an_edit_in_the_other_keeps_the_edit() {
        let base = example_household(today());
        let mut ours = base.clone();
        let mut theirs = base.clone();
        let gone = ours.plan.positives.remove(0);
        theirs.plan.positives[0].text = "Veranderd".into();
        let merged = merge(&base, &ours, &theirs).unwrap();
        assert!(merged
            .household
            .plan
            .positives
            .iter()
            .any(|p| p.id == gone.id));
        // A removal nobody contradicts stays a removal.
        let merged = merge(&base, &ours, &base).unwrap();
        assert!(!merged
            .household
            .plan
            .positives
            .iter()
            .any(|p| p.id == gone.id));
    }

    #[test]
    fn the_same_field_changed_twice_keeps_this_windows_change_and_says_so() {
        let base = example_household(today());
        let mut ours = base.clone();
        let mut theirs = base.clone();
        ours.label = "A".into();
        theirs.label = "B".into();
        let merged = merge(&base, &ours, &theirs).unwrap();
        assert_eq!(merged.household.label, "A");
        assert_eq!(merged.clashes, 1);
    }

    proptest! {
        /// Merging with an unchanged side gives the other side; merging is symmetric in
        /// what is kept when the windows changed different entries.
        #[test]
        fn merging_with_no_change_is_the_other_side(i in 0usize..3, text in "\\PC{0,20}") {
            let base = example_household(today());
            let mut changed = base.clone();
            let n = changed.plan.concerns.len();
            changed.plan.concerns[i % n].youth_comment = text.clone();
            let merged = merge(&base, &changed, &base).unwrap();
            prop_assert_eq!(&merged.household, &changed);
            let merged = merge(&base, &base, &changed).unwrap();
            prop_assert_eq!(&merged.household, &changed);
        }

        /// Nothing lost: whatever each window wrote on a different entry is in the result.
        #[test]
        fn nothing_is_lost(a in "\\PC{1,20}", b in "\\PC{1,20}") {
            let base = example_household(today());
            let mut ours = base.clone();
            let mut theirs = base.clone();
            ours.plan.concerns[0].youth_comment = a.clone();
            let last = theirs.plan.concerns.len() - 1;
            theirs.plan.concerns[last].youth_comment = b.clone();
            let merged = merge(&base, &ours, &theirs).unwrap().household;
            prop_assert_eq!(&merged.plan.concerns[0].youth_comment, &a);
            prop_assert_eq!(&merged.plan.concerns[last].youth_comment, &b);
        }
    }
}

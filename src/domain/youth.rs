//! Youth mode: what a young person sees of the household — the goals and concerns about them
//! and about the whole family (not those about a brother or sister), their own first.

use super::household::{Child, Concern, Goal, Household};

/// A child's age this year, when the year of birth is known (ages matter from 12).
pub fn age_this_year(child: &Child, year: i32) -> Option<i32> {
    child.birth_year.map(|born| year - born)
}

/// Whether an entry for `entry_child` belongs in the view of `me`: about me or the whole family.
fn about_me_or_family(entry_child: &Option<String>, me: &str) -> bool {
    entry_child.as_deref().is_none_or(|c| c == me)
}

/// The goals for this young person: their own first, then the family's, newest first in each.
pub fn my_goals<'a>(h: &'a Household, me: &str) -> Vec<&'a Goal> {
    let mut goals: Vec<&Goal> = h
        .plan
        .goals
        .iter()
        .filter(|g| about_me_or_family(&g.child, me))
        .collect();
    goals.sort_by_key(|g| (g.child.is_none(), std::cmp::Reverse(g.created)));
    goals
}

/// The concerns about this young person or the whole family: their own first, newest first.
pub fn my_concerns<'a>(h: &'a Household, me: &str) -> Vec<&'a Concern> {
    let mut concerns: Vec<&Concern> = h
        .plan
        .concerns
        .iter()
        .filter(|c| about_me_or_family(&c.child, me))
        .collect();
    concerns.sort_by_key(|c| (c.child.is_none(), std::cmp::Reverse(c.date)));
    concerns
}

/// The young person using youth mode: the chosen child if it still exists, else the only child.
pub fn who_am_i<'a>(h: &'a Household, chosen: &str) -> Option<&'a Child> {
    h.children
        .iter()
        .find(|c| c.id == chosen)
        .or(match h.children.as_slice() {
            [only] => Some(only),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Date;
    use crate::domain::example::example_household;

    fn example() -> Household {
        example_household(Date::parse("2026-11-28").unwrap())
    }

    #[test]
    fn noor_sees_her_goal_first_then_the_familys_but_not_daans() {
        let h = example();
        let ids: Vec<&str> = my_goals(&h, "k1").iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, ["g1", "g2"]);
        let ids: Vec<&str> = my_goals(&h, "k2").iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, ["g3", "g2"]);
    }

    #[test]
    fn concerns_about_a_sibling_stay_out_of_view() {
        let h = example();
        let ids: Vec<&str> = my_concerns(&h, "k1")
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["c1", "c2"]);
    }

    #[test]
    fn who_am_i_falls_back_to_the_only_child() {
        let mut h = example();
        assert_eq!(who_am_i(&h, "k2").map(|c| c.name.as_str()), Some("Daan"));
        assert!(who_am_i(&h, "").is_none(), "two children: ask");
        h.children.truncate(1);
        assert_eq!(who_am_i(&h, "gone").map(|c| c.name.as_str()), Some("Noor"));
        assert_eq!(age_this_year(&h.children[0], 2026), Some(13));
    }
}

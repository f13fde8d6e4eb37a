//! The static content, per language, generated at build time from `content/<lang>/*.toml`.
//!
//! Views read every user-facing word from here; nothing a user reads is written in a
//! component. `build.rs` refuses to build when a key or a source is missing.

use crate::domain::date::Date;

/// A legal or factual statement with where it comes from and when that was checked.
#[derive(Debug)]
pub struct Statement {
    /// The statement in plain words.
    pub text: &'static str,
    /// The law article or page it rests on.
    pub source: &'static str,
    /// The day the source was checked (YYYY-MM-DD).
    pub checked: &'static str,
}

/// What one stage of the framework means, in one language.
#[derive(Debug)]
pub struct StageText {
    /// The stage id (see `domain::stage::Stage::id`).
    pub id: &'static str,
    /// Full name.
    pub name: &'static str,
    /// Short label for the map.
    pub short: &'static str,
    /// What the stage means, in a sentence or two.
    pub summary: &'static str,
    /// Who is involved.
    pub involved: &'static [&'static str],
    /// Who decides.
    pub who_decides: &'static [Statement],
    /// What you must do.
    pub obliged: &'static [Statement],
    /// What you may do or refuse.
    pub voluntary: &'static [Statement],
    /// What saying no can lead to, and who would decide.
    pub if_you_refuse: &'static [Statement],
    /// Your rights here.
    pub rights: &'static [Statement],
    /// How long it lasts.
    pub duration: &'static [Statement],
    /// How it ends; the way back.
    pub way_out: &'static [Statement],
}

/// An organisation type from the partner catalogue.
#[derive(Debug)]
pub struct PartnerText {
    /// Catalogue id, stored in `Organisation::kind`.
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// What it does, in one sentence.
    pub role: &'static str,
    /// What it does, in a few sentences.
    pub does: &'static str,
    /// When families meet it.
    pub meet: &'static str,
    /// What it may decide about the family.
    pub may_decide: &'static [Statement],
    /// What it may not decide, and what it must do.
    pub may_not_decide: &'static [Statement],
    /// Checked public contacts; empty when they come from the organisation profile or the family.
    pub contact: &'static [Statement],
    /// Where to complain about it; empty when Helder has not checked this.
    pub complain: &'static [Statement],
}

/// One step of the complaint route.
#[derive(Debug)]
pub struct RouteStepText {
    /// Stable id.
    pub id: &'static str,
    /// Heading.
    pub title: &'static str,
    /// What holds at this step.
    pub statements: &'static [Statement],
}

/// A theme of rights (saying no, the family group plan, your file, …).
#[derive(Debug)]
pub struct ThemeText {
    /// Stable id (also the anchor on the rights page).
    pub id: &'static str,
    /// Heading.
    pub title: &'static str,
    /// The stages (ids) where this theme matters most.
    pub stages: &'static [&'static str],
    /// What holds, each with its source.
    pub statements: &'static [Statement],
}

/// A source the rights cite: a law or a page, with its full name and address.
#[derive(Debug)]
pub struct SourceText {
    /// What a statement's source starts with ("Jeugdwet", "BW", "Rv", …).
    pub cites: &'static str,
    /// The full name.
    pub name: &'static str,
    /// Where to read it; empty when there is no public address.
    pub url: &'static str,
}

/// A legal term Helder computes (see `domain::due::Term`), with the rule behind it.
#[derive(Debug)]
pub struct TermText {
    /// Stable id (`Term::id`).
    pub id: &'static str,
    /// What to do before the term ends; follows "4 days left to ...", with `{title}`.
    pub todo: &'static str,
    /// Where to get help, and whether a lawyer is needed (shown with every warning).
    pub help: &'static str,
    /// The rule, with its source.
    pub rule: &'static Statement,
}

/// A single statement a screen shows (`content/<lang>/notes.toml`).
#[derive(Debug)]
pub struct Note {
    /// Stable id, e.g. "route-instruction".
    pub id: &'static str,
    /// The statement, with its source and date.
    pub statement: &'static Statement,
}

/// A kind of request to the kinderrechter (see `domain::court_request::CourtKind`).
#[derive(Debug)]
pub struct CourtKindText {
    /// Stable id (`CourtKind::id`).
    pub id: &'static str,
    /// The request's name.
    pub name: &'static str,
    /// The sentence in the letter that asks, with `{title}` and `{date}`; empty where Helder
    /// drafts no letter.
    pub request: &'static str,
    /// What it is.
    pub about: &'static [Statement],
    /// Who may ask.
    pub who: &'static [Statement],
    /// The term.
    pub term: &'static [Statement],
    /// Whether a lawyer is needed.
    pub lawyer: &'static [Statement],
    /// What happens next (other routes).
    pub next: &'static [Statement],
    /// Whether the judge's decision can be appealed, and how (also shown after a decision).
    pub appeal: &'static [Statement],
}

/// A word explained where it is used and on /woorden (docs/glossary.md).
#[derive(Debug)]
pub struct GlossaryText {
    /// Stable id, the same in both languages (also the anchor on /woorden).
    pub id: &'static str,
    /// The word as listed.
    pub term: &'static str,
    /// The forms looked for in texts (see `domain::glossary`).
    pub forms: &'static [&'static str],
    /// The explanation for parents (B1).
    pub parent: &'static str,
    /// The explanation for young people (A2).
    pub youth: &'static str,
    /// The law article it rests on; empty for a word that is not a legal term.
    pub source: &'static str,
    /// A direct link to that article; empty when there is none.
    pub url: &'static str,
    /// The day the explanation was checked against the source; empty without a source.
    pub checked: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The note with this id. The ids the code uses are checked by a test (`NOTE_IDS`), so the
/// empty fallback never shows.
pub fn note(lang: Lang, id: &str) -> &'static Statement {
    static EMPTY: Statement = Statement {
        text: "",
        source: "",
        checked: "",
    };
    let notes: &'static [Note] = match lang {
        Lang::Nl => NOTES_NL,
        Lang::En => NOTES_EN,
    };
    notes
        .iter()
        .find(|n| n.id == id)
        .map(|n| n.statement)
        .unwrap_or(&EMPTY)
}

/// Every note id the screens ask for.
pub const NOTE_IDS: [&str; 16] = [
    "route-commission",
    "route-organisation",
    "route-appeal",
    "route-judge",
    "route-instruction",
    "route-correction",
    "route-skj",
    "route-ombudsman",
    "route-ombudsman-institution",
    "route-ombudsman-raad",
    "route-ombudsman-local",
    "route-ombudsman-other",
    "plan-provisional",
    "correction-rule",
    "only-judge",
    "emergency-numbers",
];

/// The content check (`make content-check`): readability report, missing translations,
/// sources and dates. A host test, so it needs no second build.
#[cfg(test)]
#[path = "../../tools/content_check.rs"]
mod content_check;

/// Every `fill` call site against the placeholders of its texts, in both languages.
#[cfg(test)]
mod fill_check;

/// A language Helder speaks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lang {
    /// Dutch, the default.
    Nl,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 code for `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The writing direction for the `dir` attribute (both are left to right today; the
    /// styles use logical properties, so a right-to-left language only adds a case here).
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Nl | Lang::En => "ltr",
        }
    }

    /// The language for a code such as "en-GB"; Dutch for anything else.
    pub fn from_code(code: &str) -> Lang {
        if code.to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Nl
        }
    }

    /// The other language (for the quick switch).
    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

/// The interface texts.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Nl => &UI_NL,
        Lang::En => &UI_EN,
    }
}

/// The stage texts, in map order of the content file.
pub fn stages(lang: Lang) -> &'static [StageText] {
    match lang {
        Lang::Nl => STAGES_NL,
        Lang::En => STAGES_EN,
    }
}

/// The text of one stage.
pub fn stage(lang: Lang, id: &str) -> Option<&'static StageText> {
    stages(lang).iter().find(|s| s.id == id)
}

/// The partner catalogue.
pub fn partners(lang: Lang) -> &'static [PartnerText] {
    match lang {
        Lang::Nl => PARTNERS_NL,
        Lang::En => PARTNERS_EN,
    }
}

/// One catalogue entry.
pub fn partner(lang: Lang, id: &str) -> Option<&'static PartnerText> {
    partners(lang).iter().find(|p| p.id == id)
}

/// The legal term with this id.
pub fn term(lang: Lang, id: &str) -> Option<&'static TermText> {
    let all: &[TermText] = match lang {
        Lang::Nl => TERMS_NL,
        Lang::En => TERMS_EN,
    };
    all.iter().find(|t| t.id == id)
}

/// The requests to the kinderrechter, in the order the screen offers them.
pub fn court_kinds(lang: Lang) -> &'static [CourtKindText] {
    match lang {
        Lang::Nl => COURT_NL,
        Lang::En => COURT_EN,
    }
}

/// One request to the kinderrechter.
pub fn court_kind(lang: Lang, id: &str) -> Option<&'static CourtKindText> {
    court_kinds(lang).iter().find(|k| k.id == id)
}

/// What holds for every request to the judge.
pub fn court_general(lang: Lang) -> &'static [Statement] {
    match lang {
        Lang::Nl => COURT_GENERAL_NL,
        Lang::En => COURT_GENERAL_EN,
    }
}

/// The glossary, in content order.
pub fn glossary(lang: Lang) -> &'static [GlossaryText] {
    match lang {
        Lang::Nl => GLOSSARY_NL,
        Lang::En => GLOSSARY_EN,
    }
}

/// Every form of every glossary term with the index of its term, for
/// `domain::glossary::find` (built once per language).
pub fn glossary_forms(lang: Lang) -> &'static [(&'static str, usize)] {
    use std::sync::OnceLock;
    static NL: OnceLock<Vec<(&'static str, usize)>> = OnceLock::new();
    static EN: OnceLock<Vec<(&'static str, usize)>> = OnceLock::new();
    let cell = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    cell.get_or_init(|| {
        glossary(lang)
            .iter()
            .enumerate()
            .flat_map(|(i, t)| t.forms.iter().map(move |f| (*f, i)))
            .collect()
    })
}

/// The glossary sorted by its words, as on /woorden ("Raad" between "pleegzorg" and
/// "raadsonderzoek": case does not count).
pub fn glossary_sorted(lang: Lang) -> Vec<&'static GlossaryText> {
    let mut all: Vec<&'static GlossaryText> = glossary(lang).iter().collect();
    all.sort_by_key(|t| t.term.to_lowercase());
    all
}

/// The complaint route, in order.
pub fn complaint_route(lang: Lang) -> &'static [RouteStepText] {
    match lang {
        Lang::Nl => COMPLAINT_ROUTE_NL,
        Lang::En => COMPLAINT_ROUTE_EN,
    }
}

/// The rights by theme, in content order.
pub fn rights_themes(lang: Lang) -> &'static [ThemeText] {
    match lang {
        Lang::Nl => RIGHTS_NL,
        Lang::En => RIGHTS_EN,
    }
}

/// Youth mode's rights (A2), each with its source.
pub fn youth_rights(lang: Lang) -> &'static [Statement] {
    match lang {
        Lang::Nl => YOUTH_RIGHTS_NL,
        Lang::En => YOUTH_RIGHTS_EN,
    }
}

/// Who is who in a young person's words: (catalogue id, one or two easy sentences).
pub fn youth_who(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Nl => YOUTH_WHO_NL,
        Lang::En => YOUTH_WHO_EN,
    }
}

/// The words for one organisation kind in youth mode, when there are any.
pub fn youth_who_for(lang: Lang, id: &str) -> Option<&'static str> {
    youth_who(lang)
        .iter()
        .find(|(k, _)| *k == id)
        .map(|(_, t)| *t)
}

/// The themes in the order to show at a stage: those that matter most there first (in
/// content order), then the others. With no stage, content order.
pub fn themes_for_stage(lang: Lang, stage: Option<&str>) -> Vec<(&'static ThemeText, bool)> {
    let matters = |t: &ThemeText| stage.is_some_and(|s| t.stages.contains(&s));
    let all = rights_themes(lang);
    all.iter()
        .filter(|t| matters(t))
        .chain(all.iter().filter(|t| !matters(t)))
        .map(|t| (t, matters(t)))
        .collect()
}

/// The sources the given statements cite, each once, in the order of the source list.
pub fn cited_sources<'a>(
    lang: Lang,
    statements: impl IntoIterator<Item = &'a Statement>,
) -> Vec<&'static SourceText> {
    let all: &'static [SourceText] = match lang {
        Lang::Nl => SOURCES_NL,
        Lang::En => SOURCES_EN,
    };
    let mut used = vec![false; all.len()];
    for s in statements {
        for part in s.source.split(';').map(str::trim) {
            if let Some(i) = all.iter().position(|src| part.starts_with(src.cites)) {
                used[i] = true;
            }
        }
    }
    all.iter()
        .zip(used)
        .filter_map(|(src, used)| used.then_some(src))
        .collect()
}

/// Texts with values: `fill` for `{name}` placeholders, `plural` for a count's form (one copy,
/// in the domain, which fills its letters with it).
pub use crate::domain::text::{fill, first_sentence, plural};

/// A date the way people write it: "28 november 2026" / "28 November 2026".
pub fn long_date(lang: Lang, date: Date) -> String {
    let months: Vec<&str> = ui(lang).date_months.split(',').map(str::trim).collect();
    let month = months
        .get(usize::from(date.month()) - 1)
        .copied()
        .unwrap_or("");
    format!("{} {} {}", date.day(), month, date.year())
}

/// A last day, with its weekday, so a family sees when it falls on a weekend: "zaterdag
/// 12 december 2026" / "Saturday 12 December 2026".
pub fn last_day(lang: Lang, date: Date) -> String {
    let day = ui(lang)
        .date_weekdays
        .split(',')
        .map(str::trim)
        .nth(usize::from(date.weekday()))
        .unwrap_or("");
    format!("{day} {}", long_date(lang, date))
}

/// A checked date from content ("2026-11-28") written out in full.
pub fn checked_date(lang: Lang, checked: &str) -> String {
    Date::parse(checked)
        .map(|d| long_date(lang, d))
        .unwrap_or_else(|_| checked.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::stage::Stage;

    #[test]
    fn every_stage_has_text_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            for s in Stage::ALL {
                let text =
                    stage(lang, s.id()).unwrap_or_else(|| panic!("{lang:?} lacks {}", s.id()));
                assert!(
                    !text.who_decides.is_empty(),
                    "{lang:?} {}: who decides",
                    s.id()
                );
                assert!(
                    !text.voluntary.is_empty() || !text.obliged.is_empty(),
                    "{lang:?} {}",
                    s.id()
                );
            }
            assert_eq!(
                stages(lang).len(),
                Stage::ALL.len(),
                "no stage without a place in the domain"
            );
        }
    }

    #[test]
    fn the_example_uses_catalogue_partners() {
        let h = crate::domain::example::example_household(Date::parse("2026-11-28").unwrap());
        for org in &h.organisations {
            assert!(partner(Lang::Nl, &org.kind).is_some(), "{}", org.kind);
        }
    }

    #[test]
    fn every_relation_joins_catalogue_partners_and_every_partner_says_what_it_may_not_decide() {
        use crate::domain::network::{FAMILY, RELATIONS};
        for lang in [Lang::Nl, Lang::En] {
            for r in RELATIONS {
                assert!(partner(lang, r.from).is_some(), "{}", r.from);
                assert!(r.to == FAMILY || partner(lang, r.to).is_some(), "{}", r.to);
            }
            for p in partners(lang) {
                assert!(!p.may_not_decide.is_empty(), "{}", p.id);
            }
        }
    }

    #[test]
    fn themes_that_matter_at_a_stage_come_first() {
        let at_ots = themes_for_stage(Lang::Nl, Some("ots"));
        assert_eq!(at_ots.len(), rights_themes(Lang::Nl).len());
        let first_not = at_ots.iter().position(|(_, m)| !m).unwrap_or(at_ots.len());
        assert!(
            at_ots[first_not..].iter().all(|(_, m)| !m),
            "mattering themes first"
        );
        assert!(at_ots[..first_not]
            .iter()
            .any(|(t, _)| t.id == "aanwijzing"));
        assert!(themes_for_stage(Lang::En, None).iter().all(|(_, m)| !m));
    }

    #[test]
    fn every_theme_the_issue_asks_for_is_there_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            let ids: Vec<&str> = rights_themes(lang).iter().map(|t| t.id).collect();
            for id in [
                "nee-zeggen",
                "rechter",
                "familiegroepsplan",
                "vertrouwenspersoon",
                "dossier",
                "opnemen",
                "reageren",
                "klacht",
                "aanwijzing",
                "hoger-beroep",
                "advocaat",
            ] {
                assert!(ids.contains(&id), "{lang:?} lacks {id}");
            }
        }
    }

    #[test]
    fn cited_sources_are_listed_once_in_list_order() {
        let theme = rights_themes(Lang::Nl)
            .iter()
            .find(|t| t.id == "aanwijzing")
            .unwrap();
        let cited: Vec<&str> = cited_sources(Lang::Nl, theme.statements)
            .iter()
            .map(|s| s.cites)
            .collect();
        assert_eq!(cited, ["BW", "Rv"]);
        let every: Vec<&Statement> = rights_themes(Lang::En)
            .iter()
            .flat_map(|t| t.statements)
            .collect();
        assert!(cited_sources(Lang::En, every).len() >= 10);
    }

    #[test]
    fn every_note_the_screens_use_exists_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            for id in NOTE_IDS {
                let n = note(lang, id);
                assert!(
                    !n.text.is_empty() && !n.source.is_empty(),
                    "{id} in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn the_glossary_finds_every_term_in_its_own_word_in_both_languages() {
        use crate::domain::glossary::find;
        for lang in [Lang::Nl, Lang::En] {
            let forms = glossary_forms(lang);
            for (i, t) in glossary(lang).iter().enumerate() {
                for form in t.forms {
                    let found = find(form, forms);
                    assert_eq!(found.len(), 1, "{lang:?} {}: {form}", t.id);
                    assert_eq!(
                        found[0].term, i,
                        "{lang:?} {}: {form} is taken by another term",
                        t.id
                    );
                    assert_eq!(found[0].end, form.len(), "{lang:?} {}: {form}", t.id);
                }
            }
            let sorted = glossary_sorted(lang);
            assert_eq!(sorted.len(), glossary(lang).len());
            assert!(sorted
                .windows(2)
                .all(|w| w[0].term.to_lowercase() <= w[1].term.to_lowercase()));
        }
        assert_eq!(glossary(Lang::Nl).len(), glossary(Lang::En).len());
    }

    #[test]
    fn counts_read_right_for_zero_one_and_two() {
        let (nl, en) = (ui(Lang::Nl), ui(Lang::En));
        let n = |n: u64| n.to_string();
        let ago = |u: &Ui, d: u64| {
            fill(
                plural(d, u.due_days_ago_one, u.due_days_ago_other),
                &[("days", &n(d))],
            )
        };
        assert_eq!(
            [ago(nl, 0), ago(nl, 1), ago(nl, 2)],
            ["0 dagen geleden", "1 dag geleden", "2 dagen geleden"]
        );
        assert_eq!([ago(en, 1), ago(en, 2)], ["1 day ago", "2 days ago"]);
        let goals = |u: &Ui, reached: u64, total: u64| {
            fill(
                plural(
                    total,
                    u.overview_goals_reached_one,
                    u.overview_goals_reached_other,
                ),
                &[("reached", &n(reached)), ("total", &n(total))],
            )
        };
        assert_eq!(goals(nl, 0, 1), "0 van 1 doel bereikt");
        assert_eq!(goals(nl, 1, 2), "1 van de 2 doelen bereikt");
        assert_eq!(goals(en, 1, 1), "1 of 1 goal reached");
        let minutes = |u: &Ui, m: u64| {
            fill(
                plural(m, u.passcode_minutes_one, u.passcode_minutes_other),
                &[("n", &n(m))],
            )
        };
        assert_eq!(
            [minutes(nl, 0), minutes(nl, 1), minutes(nl, 2)],
            ["0 minuten", "1 minuut", "2 minuten"]
        );
        assert_eq!(minutes(en, 1), "1 minute");
        let cited = |u: &Ui, c: u64| {
            fill(
                plural(
                    c,
                    u.network_remove_org_cited_one,
                    u.network_remove_org_cited_other,
                ),
                &[("count", &n(c)), ("name", "de school")],
            )
        };
        assert!(cited(nl, 1).starts_with("1 punt in jullie plan noemt de school als bron."));
        assert!(cited(nl, 2).starts_with("2 punten in jullie plan noemen de school als bron."));
        assert!(cited(en, 1).starts_with("1 entry in your plan names de school as its source."));
    }

    #[test]
    fn months_and_placeholders() {
        assert_eq!(
            long_date(Lang::Nl, Date::parse("2026-03-05").unwrap()),
            "5 maart 2026"
        );
        assert_eq!(
            long_date(Lang::En, Date::parse("2026-03-05").unwrap()),
            "5 March 2026"
        );
        assert_eq!(fill("Nog {days} dagen", &[("days", "4")]), "Nog 4 dagen");
        assert_eq!(Lang::from_code("en-GB"), Lang::En);
        assert_eq!(Lang::from_code("fr"), Lang::Nl);
    }
}

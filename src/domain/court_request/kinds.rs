//! The kinds of request, who may ask, lawyer and appeal per kind, and their fit per stage.

use crate::domain::stage::Stage;

/// A kind of request to the kinderrechter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CourtKind {
    /// Declare a written instruction (schriftelijke aanwijzing) void, wholly or partly (BW 1:264).
    Instruction,
    /// End, shorten or change a placement after Jeugdbescherming refused, or did not decide
    /// within 2 weeks (BW 1:265d lid 4).
    Placement,
    /// Contact: a contact limit during a placement (BW 1:265f, a written instruction), or a
    /// change of a contact arrangement the judge made during the OTS (BW 1:265g lid 2).
    Contact,
    /// Another certified institution instead of this one (BW 1:259).
    OtherInstitution,
    /// End the supervision order early (BW 1:261).
    EndSupervision,
    /// A dispute about how the OTS is carried out (BW 1:262b): a lawyer is needed, so Helder
    /// explains it but drafts nothing.
    ExecutionDispute,
}

/// Who may ask, as the articles name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asker {
    /// A parent with parental authority (met het gezag belaste ouder).
    ParentWithAuthority,
    /// The child, from 12 years old.
    Child12,
    /// Someone who is not a parent and raises the child as part of their family (a foster
    /// parent, for example).
    Carer,
    /// Someone with a right to contact (omgangsgerechtigde), such as a parent without authority.
    ContactEntitled,
}

/// Whether a kind fits the family's stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// It fits.
    Fits,
    /// Usually not possible: the request belongs to a supervision order, and there is none.
    NeedsSupervision,
    /// Usually not possible: the request is about a placement, and there is none.
    NeedsPlacement,
}

impl CourtKind {
    /// Every kind, in the order the screen offers them.
    pub const ALL: [CourtKind; 6] = [
        CourtKind::Instruction,
        CourtKind::Placement,
        CourtKind::Contact,
        CourtKind::OtherInstitution,
        CourtKind::EndSupervision,
        CourtKind::ExecutionDispute,
    ];

    /// The id in the address (`/hulp/rechter?soort=<id>`) and in the content.
    pub fn id(self) -> &'static str {
        match self {
            CourtKind::Instruction => "aanwijzing",
            CourtKind::Placement => "uithuisplaatsing",
            CourtKind::Contact => "omgang",
            CourtKind::OtherInstitution => "andere-gi",
            CourtKind::EndSupervision => "ots-beeindigen",
            CourtKind::ExecutionDispute => "uitvoering-ots",
        }
    }

    /// The kind with this id.
    pub fn from_id(id: &str) -> Option<CourtKind> {
        CourtKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The article the request rests on (also its source).
    pub fn article(self) -> &'static str {
        match self {
            CourtKind::Instruction => "BW 1:264",
            CourtKind::Placement => "BW 1:265d",
            CourtKind::Contact => "BW 1:265f en 1:265g",
            CourtKind::OtherInstitution => "BW 1:259",
            CourtKind::EndSupervision => "BW 1:261",
            CourtKind::ExecutionDispute => "BW 1:262b",
        }
    }

    /// Who may ask the judge.
    pub fn askers(self) -> &'static [Asker] {
        use Asker::*;
        match self {
            // 1:264 lid 1; 1:265f lid 2 applies 1:264 to a contact limit.
            CourtKind::Instruction => &[ParentWithAuthority, Child12],
            // 1:265d lid 4: "een in het tweede lid genoemde persoon".
            CourtKind::Placement => &[ParentWithAuthority, Child12, Carer],
            // 1:265g lid 2 (1:265f lid 2 via 1:264: a parent with authority, a child of 12+).
            CourtKind::Contact => &[ParentWithAuthority, Child12, ContactEntitled],
            // 1:259 and 1:261 lid 2 (the latter when Jeugdbescherming does not ask itself).
            CourtKind::OtherInstitution | CourtKind::EndSupervision => {
                &[ParentWithAuthority, Child12]
            }
            // 1:262b, besides the institution and the place where the child lives.
            CourtKind::ExecutionDispute => &[ParentWithAuthority, Child12, Carer],
        }
    }

    /// Whether this person may ask.
    pub fn may_ask(self, asker: Asker) -> bool {
        self.askers().contains(&asker)
    }

    /// Whether the law requires a lawyer for this request (BW 1:265k lid 1: all requests of
    /// this part of the law may be filed without one, except 1:262b).
    pub fn lawyer_required(self) -> bool {
        self == CourtKind::ExecutionDispute
    }

    /// Whether Helder drafts a letter for it (not where a lawyer is required).
    pub fn drafted(self) -> bool {
        !self.lawyer_required()
    }

    /// Whether a 2-week term runs for it (1:264 lid 3; 1:265d lid 4 and 1:265f lid 2 apply it).
    /// For contact this is the term for a contact limit; a change of the judge's contact
    /// arrangement (1:265g) has none.
    pub fn has_term(self) -> bool {
        matches!(
            self,
            CourtKind::Instruction | CourtKind::Placement | CourtKind::Contact
        )
    }

    /// Whether the judge's decision on it can be appealed (Rv 807 names 1:259, 1:262b, 1:264
    /// and 1:265 as without appeal, except a decision under 1:265f lid 2).
    pub fn appeal_possible(self) -> bool {
        matches!(
            self,
            CourtKind::Placement | CourtKind::Contact | CourtKind::EndSupervision
        )
    }

    /// Whether the letter must say if and how the request was discussed with the child, and
    /// how the child reacted (Rv 799a lid 2 and 3 name 1:259 and 1:261).
    pub fn asks_child_view(self) -> bool {
        matches!(
            self,
            CourtKind::OtherInstitution | CourtKind::EndSupervision
        )
    }

    /// Whether the request rests on a decision of Jeugdbescherming that goes with it as an
    /// attachment (1:264 lid 2; applied by 1:265d lid 4 and 1:265f lid 2).
    pub fn needs_decision(self) -> bool {
        self.has_term()
    }

    /// Whether the kind fits a family at `stage`.
    pub fn fits(self, stage: Option<Stage>) -> Fit {
        let under_ots = matches!(
            stage,
            Some(Stage::ProvisionalSupervision | Stage::Supervision | Stage::OutOfHomePlacement)
        );
        match self {
            CourtKind::Placement if stage != Some(Stage::OutOfHomePlacement) => Fit::NeedsPlacement,
            _ if !under_ots => Fit::NeedsSupervision,
            _ => Fit::Fits,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_unique_id_that_reads_back() {
        for k in CourtKind::ALL {
            assert_eq!(CourtKind::from_id(k.id()), Some(k));
        }
        assert_eq!(CourtKind::from_id("bezwaar"), None);
    }

    #[test]
    fn only_the_execution_dispute_needs_a_lawyer_and_is_not_drafted() {
        for k in CourtKind::ALL {
            assert_eq!(
                k.lawyer_required(),
                k == CourtKind::ExecutionDispute,
                "{k:?}"
            );
            assert_eq!(k.drafted(), k != CourtKind::ExecutionDispute, "{k:?}");
        }
    }

    #[test]
    fn which_kinds_fit_which_stage() {
        use Stage::*;
        for s in [Supervision, ProvisionalSupervision] {
            assert_eq!(CourtKind::Instruction.fits(Some(s)), Fit::Fits);
            assert_eq!(CourtKind::EndSupervision.fits(Some(s)), Fit::Fits);
            assert_eq!(CourtKind::Placement.fits(Some(s)), Fit::NeedsPlacement);
        }
        for k in CourtKind::ALL {
            assert_eq!(k.fits(Some(OutOfHomePlacement)), Fit::Fits, "{k:?}");
        }
        for s in [
            Some(Preventive),
            Some(VoluntaryHelp),
            Some(RaadInvestigation),
            None,
        ] {
            assert_eq!(CourtKind::Instruction.fits(s), Fit::NeedsSupervision);
            assert_eq!(CourtKind::OtherInstitution.fits(s), Fit::NeedsSupervision);
            assert_eq!(CourtKind::Placement.fits(s), Fit::NeedsPlacement);
        }
    }

    #[test]
    fn who_may_ask_follows_the_articles() {
        use Asker::*;
        assert!(CourtKind::Instruction.may_ask(ParentWithAuthority));
        assert!(CourtKind::Instruction.may_ask(Child12));
        assert!(!CourtKind::Instruction.may_ask(Carer));
        assert!(CourtKind::Placement.may_ask(Carer));
        assert!(CourtKind::Contact.may_ask(ContactEntitled));
        assert!(!CourtKind::EndSupervision.may_ask(ContactEntitled));
        assert!(!CourtKind::OtherInstitution.may_ask(Carer));
    }

    #[test]
    fn appeal_follows_rv_807_with_its_exception_for_contact_limits() {
        assert!(!CourtKind::Instruction.appeal_possible());
        assert!(!CourtKind::OtherInstitution.appeal_possible());
        assert!(!CourtKind::ExecutionDispute.appeal_possible());
        assert!(CourtKind::Contact.appeal_possible());
        assert!(CourtKind::Placement.appeal_possible());
        assert!(CourtKind::EndSupervision.appeal_possible());
    }
}

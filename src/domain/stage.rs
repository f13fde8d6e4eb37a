//! The stages of the voluntary ("drang") and compulsory ("dwang") framework.
//!
//! Only identity and structure live here; what a stage means, in words, is content
//! (`content/<lang>/stages.toml`).

/// One step in the framework, from no help at all to a judge's measure and back.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Stage {
    /// No help or youth protection (any more).
    NoHelp,
    /// Worries were reported (Veilig Thuis, school, doctor, the local team).
    Reported,
    /// Voluntary help from the local team (in Amsterdam the ouder- en kindteam).
    VoluntaryHelp,
    /// Preventive youth protection ("drang"), often via a Jeugdbeschermingstafel.
    Preventive,
    /// The Raad voor de Kinderbescherming investigates.
    RaadInvestigation,
    /// A hearing at the juvenile judge.
    JuvenileCourt,
    /// An emergency (provisional) supervision order.
    ProvisionalSupervision,
    /// A supervision order (ondertoezichtstelling).
    Supervision,
    /// Out-of-home placement with the judge's authorisation.
    OutOfHomePlacement,
    /// Parental authority ended; a guardian is appointed.
    EndingAuthority,
    /// Appeal at the court of appeal.
    Appeal,
    /// A measure ended or was not extended.
    MeasureEnded,
}

/// The three zones of the map; never told apart by colour alone in the views.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Zone {
    /// Nothing is imposed; the family decides.
    Voluntary,
    /// Pressure without a judge ("drang"): the family may still refuse.
    Pressure,
    /// A judge decides; a measure is binding.
    Judicial,
}

impl Stage {
    /// Every stage, in the order the map draws them.
    pub const ALL: [Stage; 12] = [
        Stage::NoHelp,
        Stage::Reported,
        Stage::VoluntaryHelp,
        Stage::Preventive,
        Stage::RaadInvestigation,
        Stage::JuvenileCourt,
        Stage::ProvisionalSupervision,
        Stage::Supervision,
        Stage::OutOfHomePlacement,
        Stage::EndingAuthority,
        Stage::Appeal,
        Stage::MeasureEnded,
    ];

    /// The stable id used in addresses (`/kader/<id>`), content files and stored documents.
    pub fn id(self) -> &'static str {
        match self {
            Stage::NoHelp => "geen-hulp",
            Stage::Reported => "melding",
            Stage::VoluntaryHelp => "vrijwillig",
            Stage::Preventive => "drang",
            Stage::RaadInvestigation => "raadsonderzoek",
            Stage::JuvenileCourt => "kinderrechter",
            Stage::ProvisionalSupervision => "voorlopige-ots",
            Stage::Supervision => "ots",
            Stage::OutOfHomePlacement => "uithuisplaatsing",
            Stage::EndingAuthority => "gezag",
            Stage::Appeal => "hoger-beroep",
            Stage::MeasureEnded => "einde-maatregel",
        }
    }

    /// The stage with this id, if the id is known to this version of the app.
    pub fn from_id(id: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Which zone of the map the stage belongs to.
    pub fn zone(self) -> Zone {
        match self {
            Stage::NoHelp | Stage::Reported | Stage::VoluntaryHelp | Stage::MeasureEnded => {
                Zone::Voluntary
            }
            Stage::Preventive | Stage::RaadInvestigation => Zone::Pressure,
            Stage::JuvenileCourt
            | Stage::ProvisionalSupervision
            | Stage::Supervision
            | Stage::OutOfHomePlacement
            | Stage::EndingAuthority
            | Stage::Appeal => Zone::Judicial,
        }
    }

    /// Whether a judge's measure binds the family at this stage.
    pub fn is_measure(self) -> bool {
        matches!(
            self,
            Stage::ProvisionalSupervision
                | Stage::Supervision
                | Stage::OutOfHomePlacement
                | Stage::EndingAuthority
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_round_trip() {
        for stage in Stage::ALL {
            assert_eq!(Stage::from_id(stage.id()), Some(stage));
        }
        let mut ids: Vec<_> = Stage::ALL.iter().map(|s| s.id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Stage::ALL.len());
        assert_eq!(Stage::from_id("onbekend"), None);
    }

    #[test]
    fn only_judicial_stages_are_measures() {
        for stage in Stage::ALL {
            if stage.is_measure() {
                assert_eq!(stage.zone(), Zone::Judicial, "{stage:?}");
            }
        }
        assert!(!Stage::Preventive.is_measure(), "drang is never a measure");
    }
}

//! Labels of rendered plans in bokmål, nynorsk and English. One table, one row per label
//! with all three languages side by side, so a label cannot exist in one language only;
//! templates never hold words of their own, only `t.KEY`.

use chrono::{Datelike, NaiveDate};

use crate::values::Duration;

/// The languages `ip` speaks: bokmål, nynorsk, English. Written out once: the command
/// line (`--lang`), `ip.toml`, the plan's `language` key and the JSON Schema all take
/// their set from here.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum, serde::Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nb,
    Nn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];
    /// The codes, as the plan format and `ip.toml` write them.
    pub const CODES: &'static [&'static str] = &["nb", "nn", "en"];

    pub fn parse(s: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == s)
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }
}

macro_rules! labels {
    ($($key:ident => ($nb:expr, $nn:expr, $en:expr),)*) => {
        /// Every label as (key, text) in the given language.
        pub fn labels(lang: Lang) -> Vec<(&'static str, &'static str)> {
            vec![$((stringify!($key), match lang { Lang::Nb => $nb, Lang::Nn => $nn, Lang::En => $en }),)*]
        }
    };
}

labels! {
    title => ("Individuell plan", "Individuell plan", "Individual plan"),
    plan_id => ("Plan-ID", "Plan-ID", "Plan ID"),
    status => ("Status", "Status", "Status"),
    status_active => ("Aktiv", "Aktiv", "Active"),
    status_closed => ("Avsluttet", "Avslutta", "Closed"),
    person => ("Planeier", "Planeigar", "Plan owner"),
    name => ("Navn", "Namn", "Name"),
    born => ("Født", "Fødd", "Born"),
    phone => ("Telefon", "Telefon", "Phone"),
    email => ("E-post", "E-post", "Email"),
    address => ("Adresse", "Adresse", "Address"),
    representatives => ("Foresatte og representanter", "Føresette og representantar", "Parents and representatives"),
    relation => ("Relasjon", "Relasjon", "Relation"),
    period => ("Planperiode", "Planperiode", "Plan period"),
    coordinator => ("Koordinator", "Koordinator", "Coordinator"),
    role => ("Rolle", "Rolle", "Role"),
    organisation => ("Virksomhet", "Verksemd", "Organisation"),
    contact => ("Kontakt", "Kontakt", "Contact"),
    goals => ("Mål", "Mål", "Goals"),
    goal => ("Mål", "Mål", "Goal"),
    horizon => ("Tidsperspektiv", "Tidsperspektiv", "Horizon"),
    horizon_long => ("Langsiktig", "Langsiktig", "Long-term"),
    horizon_short => ("Kortsiktig", "Kortsiktig", "Short-term"),
    target => ("Nås innen", "Nåast innan", "Reach by"),
    resources => ("Ressurser", "Ressursar", "Resources"),
    needs => ("Behov for tjenester", "Behov for tenester", "Needs for services"),
    measures => ("Tiltak", "Tiltak", "Measures"),
    measure => ("Tiltak", "Tiltak", "Measure"),
    serves_goals => ("Mål", "Mål", "Goals"),
    extent => ("Omfang", "Omfang", "Extent"),
    responsible => ("Ansvarlig", "Ansvarleg", "Responsible"),
    how => ("Gjennomføring", "Gjennomføring", "How"),
    dates => ("Tidsrom", "Tidsrom", "Dates"),
    participants => ("Deltakere", "Deltakarar", "Participants"),
    contributes => ("Bidrar med", "Bidreg med", "Contributes"),
    cooperation => ("Samarbeid med andre", "Samarbeid med andre", "Cooperation with others"),
    cooperation_with => ("Med", "Med", "With"),
    cooperation_about => ("Om", "Om", "About"),
    cooperation_none => ("Det er vurdert at samarbeid med andre ikke trengs nå.", "Det er vurdert at samarbeid med andre ikkje trengst no.", "Cooperation with other agencies has been considered and is not needed now."),
    consent => ("Samtykke", "Samtykke", "Consent"),
    consent_given => ("Samtykke til planen gitt", "Samtykke til planen gitt", "Consent to the plan given"),
    consent_by => ("Gitt av", "Gitt av", "Given by"),
    consent_by_person => ("planeier selv", "planeigaren sjølv", "the plan owner"),
    consent_by_representative => ("representant", "representant", "a representative"),
    sharing => ("Samtykke til å dele taushetsbelagte opplysninger mellom deltakerne", "Samtykke til å dele teiepliktige opplysningar mellom deltakarane", "Consent to share confidential information among the participants"),
    yes => ("Ja", "Ja", "Yes"),
    no => ("Nei", "Nei", "No"),
    not_recorded => ("Ikke registrert", "Ikkje registrert", "Not recorded"),
    limits => ("Begrensninger", "Avgrensingar", "Limits"),
    withdrawn => ("Samtykke trukket tilbake", "Samtykke trekt tilbake", "Consent withdrawn"),
    signatures => ("Underskrifter", "Underskrifter", "Signatures"),
    signature_person => ("Planeier eller representant", "Planeigar eller representant", "Plan owner or representative"),
    signature_coordinator => ("Koordinator", "Koordinator", "Coordinator"),
    place_date => ("Sted og dato", "Stad og dato", "Place and date"),
    revision => ("Revisjon", "Revisjon", "Revision"),
    next_revision => ("Neste revisjon", "Neste revisjon", "Next revision"),
    last_revision => ("Sist revidert", "Sist revidert", "Last revised"),
    interval => ("Revideres hver", "Reviderast kvar", "Revised every"),
    meetings => ("Møter", "Møte", "Meetings"),
    date => ("Dato", "Dato", "Date"),
    meeting_title => ("Møte", "Møte", "Meeting"),
    place => ("Sted", "Stad", "Place"),
    note => ("Merknad", "Merknad", "Note"),
    stamp_commit => ("Versjon fra git", "Versjon frå git", "Version from git"),
    stamp_on_or_before => ("på eller før", "på eller før", "on or before"),
    printed => ("Skrevet ut", "Skrive ut", "Printed"),
    draft => ("UTKAST", "UTKAST", "DRAFT"),
    draft_uncommitted => ("Filen har endringer som ikke er lagret i git.", "Fila har endringar som ikkje er lagra i git.", "The file has changes that are not committed to git."),
    draft_outside_git => ("Filen ligger ikke i git.", "Fila ligg ikkje i git.", "The file is not in git."),
    draft_invalid => ("Planen har feil som må rettes.", "Planen har feil som må rettast.", "The plan has errors that must be corrected."),
    extract_for => ("Utdrag for", "Utdrag for", "Extract for"),
    extract_shows => ("Viser bare delene denne deltakeren har tilgang til", "Viser berre delane denne deltakaren har tilgang til", "Shows only the sections this participant may see"),
    law => ("Planen er utarbeidet etter forskrift om individuell plan ved ytelse av velferdstjenester.", "Planen er utarbeidd etter forskrift om individuell plan ved yting av velferdstenester.", "This plan follows the Norwegian regulation on individual plans (forskrift om individuell plan ved ytelse av velferdstjenester)."),
    page => ("Side", "Side", "Page"),
}

const MONTHS: [[&str; 12]; 2] = [
    [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
];

/// A date as the language writes it: "15. januar 2026", "15 January 2026".
pub fn date(lang: Lang, d: NaiveDate) -> String {
    let m = d.month0() as usize;
    match lang {
        Lang::Nb | Lang::Nn => format!("{}. {} {}", d.day(), MONTHS[0][m], d.year()),
        Lang::En => format!("{} {} {}", d.day(), MONTHS[1][m], d.year()),
    }
}

/// A duration in words: "6 måneder", "6 månader", "6 months".
pub fn duration(lang: Lang, d: Duration) -> String {
    let (n, units): (u32, [&str; 6]) = match d {
        Duration::Days(n) => (n, ["dag", "dager", "dag", "dagar", "day", "days"]),
        Duration::Weeks(n) => (n, ["uke", "uker", "veke", "veker", "week", "weeks"]),
        Duration::Months(n) => (
            n,
            ["måned", "måneder", "månad", "månader", "month", "months"],
        ),
        Duration::Years(n) => (n, ["år", "år", "år", "år", "year", "years"]),
    };
    let base = match lang {
        Lang::Nb => 0,
        Lang::Nn => 2,
        Lang::En => 4,
    };
    format!("{n} {}", units[base + usize::from(n != 1)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_has_text_in_every_language() {
        for lang in Lang::ALL {
            let l = labels(lang);
            assert!(l.len() > 50);
            for (key, text) in l {
                assert!(!text.is_empty(), "{key} in {}", lang.code());
            }
        }
    }

    #[test]
    fn dates_and_durations_read_naturally() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
        assert_eq!(date(Lang::Nn, d), "15. januar 2026");
        assert_eq!(date(Lang::En, d), "15 January 2026");
        assert_eq!(duration(Lang::Nn, Duration::Months(6)), "6 månader");
        assert_eq!(duration(Lang::Nb, Duration::Weeks(1)), "1 uke");
        assert_eq!(duration(Lang::En, Duration::Years(2)), "2 years");
    }

    #[test]
    fn codes_and_variants_agree() {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(codes, Lang::CODES);
        for lang in Lang::ALL {
            use clap::ValueEnum;
            let value = lang.to_possible_value().expect("every language is a value");
            assert_eq!(value.get_name(), lang.code());
        }
    }
}

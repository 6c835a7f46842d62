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
    born => ("Født", "Fødd", "Date of birth"),
    phone => ("Telefon", "Telefon", "Phone"),
    email => ("E-post", "E-post", "Email"),
    address => ("Adresse", "Adresse", "Address"),
    representatives => ("Foreldre/foresatte og verge", "Foreldre/føresette og verje", "Parents and guardians"),
    // The heading over representatives, by what gives them authority (v2 `authority`):
    // all guardians, all with parental responsibility, or, for an adult, next of kin
    // (who may consent for an adult who cannot, pasient- og brukerrettighetsloven § 4-6).
    representatives_guardian => ("Verge", "Verje", "Guardian"),
    representatives_parents => ("Foreldre/foresatte", "Foreldre/føresette", "Parents"),
    representatives_adult => ("Pårørende", "Pårørande", "Next of kin"),
    relation => ("Relasjon", "Relasjon", "Relation"),
    period => ("Planperiode", "Planperiode", "Plan period"),
    coordinator => ("Koordinator", "Koordinator", "Coordinator"),
    role => ("Rolle", "Rolle", "Role"),
    organisation => ("Virksomhet", "Verksemd", "Organisation"),
    contact => ("Kontakt", "Kontakt", "Contact"),
    goals => ("Mål", "Mål", "Goals"),
    goal => ("Mål", "Mål", "Goal"),
    horizon => ("Tidsperspektiv", "Tidsperspektiv", "Time frame"),
    horizon_long => ("Langsiktig", "Langsiktig", "Long-term"),
    horizon_short => ("Kortsiktig", "Kortsiktig", "Short-term"),
    // A noun reads well as a column header in both written standards; nn "Nåast innan"
    // was a stiff s-passive, and one word for both keeps nb and nn prints alike.
    target => ("Måldato", "Måldato", "Target date"),
    resources => ("Ressurser", "Ressursar", "Resources"),
    needs => ("Behov for tjenester", "Behov for tenester", "Service needs"),
    measures => ("Tiltak", "Tiltak", "Measures"),
    measure => ("Tiltak", "Tiltak", "Measure"),
    serves_goals => ("Mål", "Mål", "Goals"),
    extent => ("Omfang", "Omfang", "Extent"),
    responsible => ("Ansvarlig", "Ansvarleg", "Responsible"),
    how => ("Gjennomføring", "Gjennomføring", "How it is carried out"),
    dates => ("Tidsrom", "Tidsrom", "Dates"),
    // The short form: it heads a table and a family says "deltakere"; the law's longer
    // "deltakere i planarbeidet" adds nothing a reader of the plan needs.
    participants => ("Deltakere", "Deltakarar", "Participants"),
    contributes => ("Bidrar med", "Bidreg med", "Contribution"),
    cooperation => ("Samarbeid med andre", "Samarbeid med andre", "Cooperation with others"),
    // "Samarbeidspart", not "Instans": the examples cooperate with an employer and a
    // football club, which a family would never call an instans.
    cooperation_with => ("Samarbeidspart", "Samarbeidspart", "Partner"),
    cooperation_about => ("Hva samarbeidet gjelder", "Kva samarbeidet gjeld", "What the cooperation concerns"),
    cooperation_none => ("Det er vurdert at samarbeid med andre ikke trengs nå.", "Det er vurdert at samarbeid med andre ikkje trengst no.", "Cooperation with other agencies has been considered and is not needed now."),
    consent => ("Samtykke", "Samtykke", "Consent"),
    consent_given => ("Dato for samtykke til planen", "Dato for samtykke til planen", "Date of consent to the plan"),
    consent_by => ("Gitt av", "Gitt av", "Given by"),
    consent_by_person => ("Planeieren selv", "Planeigaren sjølv", "The plan owner"),
    consent_by_representative => ("Foreldre/foresatte eller verge", "Foreldre/føresette eller verje", "Parent/guardian or legal guardian"),
    sharing => ("Samtykke til å dele taushetsbelagte opplysninger mellom deltakerne", "Samtykke til å dele teiepliktige opplysningar mellom deltakarane", "Consent to share confidential information among the participants"),
    yes => ("Ja", "Ja", "Yes"),
    no => ("Nei", "Nei", "No"),
    not_recorded => ("Ikke registrert", "Ikkje registrert", "Not recorded"),
    limits => ("Begrensninger i samtykket", "Avgrensingar i samtykket", "Limits on consent"),
    withdrawn => ("Samtykke trukket tilbake", "Samtykke trekt tilbake", "Consent withdrawn"),
    signatures => ("Underskrifter", "Underskrifter", "Signatures"),
    signature_person => ("Planeier, foreldre/foresatte eller verge", "Planeigar, foreldre/føresette eller verje", "Plan owner, parent/guardian or legal guardian"),
    signature => ("Underskrift", "Underskrift", "Signature"),
    // Above the lines of the person and their family only: "jeg/eg" must not speak for the
    // coordinator. It claims no consent to sharing, which may be "Nei".
    consent_statement => ("Med min underskrift samtykker jeg til at denne individuelle planen blir utarbeidet og brukt. Taushetsbelagte opplysninger skal bare deles slik det står ovenfor. Jeg kan trekke samtykket tilbake når som helst.", "Med underskrifta mi samtykkjer eg til at denne individuelle planen blir utarbeidd og brukt. Teiepliktige opplysningar skal berre delast slik det står ovanfor. Eg kan trekkje samtykket tilbake når som helst.", "By signing, I consent to this individual plan being prepared and used. Confidential information will be shared only as stated above. I can withdraw my consent at any time."),
    // So that both parties sign to something, not the family alone.
    coordinator_statement => ("Koordinatoren bekrefter at planen er utarbeidet sammen med planeieren.", "Koordinatoren stadfester at planen er utarbeidd saman med planeigaren.", "The coordinator confirms that the plan was prepared together with the plan owner."),
    signature_coordinator => ("Koordinator", "Koordinator", "Coordinator"),
    place_date => ("Sted og dato", "Stad og dato", "Place and date"),
    // "Revidering", not "Revisjon": a family reads "revisjon" as an audit
    // (kommunerevisjon). The interval is a noun label, so "6 måneder" follows a colon.
    revision => ("Revidering", "Revidering", "Review"),
    next_revision => ("Neste revidering", "Neste revidering", "Next review"),
    last_revision => ("Sist revidert", "Sist revidert", "Last reviewed"),
    interval => ("Revideringsintervall", "Revideringsintervall", "Review interval"),
    meetings => ("Møter", "Møte", "Meetings"),
    date => ("Dato", "Dato", "Date"),
    meeting_title => ("Møte", "Møte", "Meeting"),
    place => ("Sted", "Stad", "Place"),
    note => ("Merknad", "Merknad", "Note"),
    // "Versjon", not "Versjon fra git": git is the office's tool, jargon to the family.
    stamp_commit => ("Versjon", "Versjon", "Version"),
    stamp_on_or_before => ("på eller før", "på eller før", "on or before"),
    printed => ("Utskriftsdato", "Utskriftsdato", "Printed on"),
    draft => ("UTKAST", "UTKAST", "DRAFT"),
    draft_uncommitted => ("Filen har endringer som ikke er lagret i git.", "Fila har endringar som ikkje er lagra i git.", "The file has changes that are not committed to git."),
    draft_outside_git => ("Filen ligger ikke i git.", "Fila ligg ikkje i git.", "The file is not in git."),
    draft_invalid => ("Planen har feil som må rettes.", "Planen har feil som må rettast.", "The plan has errors that must be corrected."),
    extract_for => ("Utdrag for", "Utdrag for", "Extract for"),
    extract_shows => ("Utdraget viser bare de delene av planen som denne deltakeren har tilgang til", "Utdraget viser berre dei delane av planen som denne deltakaren har tilgang til", "This extract shows only the parts of the plan this participant may see"),
    // The regulation's title is bokmål only: quoted as it is, also in nynorsk and English.
    law => ("Planen er utarbeidet etter «forskrift om individuell plan ved ytelse av velferdstjenester».", "Planen er utarbeidd etter «forskrift om individuell plan ved ytelse av velferdstjenester».", "This plan has been prepared under the Norwegian regulation on individual plans in the provision of welfare services («forskrift om individuell plan ved ytelse av velferdstjenester»)."),
    no_rights => ("Planen gir ikke rett til tjenester utover det som følger av lov, forskrift og vedtak.", "Planen gir ikkje rett til tenester utover det som følgjer av lov, forskrift og vedtak.", "The plan gives no right to services beyond what follows from legislation and individual decisions."),
    page => ("Side", "Side", "Page"),
    page_of => ("av", "av", "of"),
    title_for => ("Individuell plan for", "Individuell plan for", "Individual plan for"),
    coordinator_lc => ("koordinator", "koordinator", "coordinator"),
    person_lc => ("planeier", "planeigar", "plan owner"),
    // The person, on a record that is not a plan (coordinator only, a declined offer).
    person_self => ("personen selv", "personen sjølv", "the person"),
    // Format v2. What the file records, when not a plan (pbrl § 2-5 b: a coordinator
    // without a plan; an offer declined).
    title_coordinator_only => ("Koordinator uten individuell plan", "Koordinator utan individuell plan", "Coordinator without an individual plan"),
    title_declined => ("Tilbud om individuell plan – takket nei", "Tilbod om individuell plan – takka nei", "Offer of an individual plan – declined"),
    kind_coordinator_only => ("Personen har koordinator, men ønsker ikke individuell plan.", "Personen har koordinator, men ønskjer ikkje individuell plan.", "The person has a coordinator but does not want an individual plan."),
    kind_declined => ("Personen har fått tilbud om individuell plan og har takket nei.", "Personen har fått tilbod om individuell plan og har takka nei.", "The person was offered an individual plan and declined."),
    // Above the signatures of a record that is not a plan: no plan is made, so the
    // consent is to sharing only, and the coordinator confirms the record, not a plan.
    consent_statement_sharing => ("Med min underskrift samtykker jeg til at taushetsbelagte opplysninger deles slik det står ovenfor. Jeg kan trekke samtykket tilbake når som helst.", "Med underskrifta mi samtykkjer eg til at teiepliktige opplysningar blir delte slik det står ovanfor. Eg kan trekkje samtykket tilbake når som helst.", "By signing, I consent to confidential information being shared as stated above. I can withdraw my consent at any time."),
    // A declined offer: the person signs that they were offered a plan and said no.
    confirmation => ("Bekreftelse", "Stadfesting", "Confirmation"),
    declined_statement => ("Med min underskrift bekrefter jeg at jeg har fått tilbud om individuell plan og har takket nei. Jeg vet at jeg kan be om individuell plan senere.", "Med underskrifta mi stadfester eg at eg har fått tilbod om individuell plan og har takka nei. Eg veit at eg kan be om individuell plan seinare.", "By signing, I confirm that I was offered an individual plan and declined. I know that I can ask for an individual plan later."),
    coordinator_statement_record => ("Koordinatoren bekrefter at innholdet er gjennomgått sammen med personen.", "Koordinatoren stadfester at innhaldet er gjennomgått saman med personen.", "The coordinator confirms that the content was gone through together with the person."),
    law_coordinator_only => ("Retten til koordinator følger av pasient- og brukerrettighetsloven § 2-5 b.", "Retten til koordinator følgjer av pasient- og brukarrettslova § 2-5 b.", "The right to a coordinator follows from the Patient and User Rights Act (pasient- og brukerrettighetsloven) § 2-5 b."),
    law_declined => ("Personen kan når som helst be om individuell plan (pasient- og brukerrettighetsloven § 2-5).", "Personen kan når som helst be om individuell plan (pasient- og brukarrettslova § 2-5).", "The person may ask for an individual plan at any time (the Patient and User Rights Act, pasient- og brukerrettighetsloven, § 2-5)."),
    barnekoordinator => ("Barnekoordinator", "Barnekoordinator", "Child coordinator (barnekoordinator)"),
    // Why a representative consents for a person of 16 or more (pbrl § 4-3, § 4-6).
    representative_reason => ("Grunnlag for å samtykke på planeierens vegne", "Grunnlag for å samtykkje på vegner av planeigaren", "Grounds for consenting on the plan owner's behalf"),
    barnekoordinator_lc => ("barnekoordinator", "barnekoordinator", "child coordinator"),
    background => ("Bakgrunn", "Bakgrunn", "Background"),
    voice => ("Med egne ord", "Med eigne ord", "In their own words"),
    recorded_by => ("notert av", "notert av", "recorded by"),
    // Consent records: who, to what, from when, until when.
    consent_party => ("Hvem", "Kven", "Who"),
    covers => ("Gjelder", "Gjeld", "Covers"),
    covers_plan => ("Samtykke til at planen utarbeides", "Samtykke til at planen blir utarbeidd", "Consent to the plan being prepared"),
    covers_sharing => ("Samtykke til å dele taushetsbelagte opplysninger med deltakerne", "Samtykke til å dele teiepliktige opplysningar med deltakarane", "Consent to share confidential information with the participants"),
    covers_sharing_with => ("Samtykke til å dele taushetsbelagte opplysninger med", "Samtykke til å dele teiepliktige opplysningar med", "Consent to share confidential information with"),
    consent_given_on => ("Gitt", "Gitt", "Given"),
    consent_until => ("Gjelder til og med", "Gjeld til og med", "Valid until"),
    consent_withdrawn_on => ("Trukket tilbake", "Trekt tilbake", "Withdrawn"),
    consent_none => ("Ingen samtykke er registrert ennå.", "Ikkje noko samtykke er registrert enno.", "No consent has been recorded yet."),
    evaluations => ("Evaluering", "Evaluering", "Evaluation"),
    evaluation_achieved => ("nådd", "nådd", "achieved"),
    evaluation_on_track => ("i rute", "i rute", "on track"),
    evaluation_not_on_track => ("ikke i rute", "ikkje i rute", "not on track"),
    evaluation_changed => ("endret", "endra", "changed"),
    evaluation_ended => ("avsluttet", "avslutta", "ended"),
    decision => ("Vedtak", "Vedtak", "Decision"),
    responsibility_group => ("Ansvarsgruppe", "Ansvarsgruppe", "Responsibility group"),
    members => ("Medlemmer", "Medlemmer", "Members"),
    leader => ("Leder", "Leiar", "Leader"),
    attendees => ("Til stede", "Til stades", "Present"),
    decisions => ("Beslutninger", "Avgjerder", "Decisions"),
    follow_ups => ("Oppfølging", "Oppfølging", "Follow-up"),
    follow_up_by => ("frist", "frist", "by"),
    follow_up_done => ("utført", "utført", "done"),
    notes => ("Notater", "Notat", "Notes"),
    related_plans => ("Andre planer", "Andre planar", "Other plans"),
    kept_by => ("Oppbevares hos", "Blir oppbevart hos", "Kept by"),
    related_crisis_plan => ("Kriseplan", "Kriseplan", "Crisis plan"),
    related_iop => ("Individuell opplæringsplan (IOP)", "Individuell opplæringsplan (IOP)", "Individual education plan (IOP)"),
    related_care_plan => ("Pleieplan", "Pleieplan", "Care plan"),
    related_treatment_plan => ("Behandlingsplan", "Behandlingsplan", "Treatment plan"),
    related_other => ("Annen plan", "Annan plan", "Other plan"),
    // Open date ranges: "fra 1. mars 2026" reads better than "1. mars 2026 –".
    from => ("fra", "frå", "from"),
    until => ("til", "til", "until"),
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
